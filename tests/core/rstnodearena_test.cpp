// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <core/rst/rstparser.h>
#include <core/rst/rsttreedump.h>

#include <QHash>
#include <QTest>

#include <algorithm>
#include <cstring>

using Specwright::Core::RstDocument;
using Specwright::Core::RstNode;
using Specwright::Core::RstNodeArena;
using Specwright::Core::RstParser;
using Specwright::Core::RstTreeDump;
using Kind = RstNode::Kind;

namespace {

RstNode textNode(const QString &text)
{
    RstNode node;
    node.kind = Kind::Text;
    node.text = text;
    return node;
}

// What a document's teardown needs of each 64-byte slot that holds no live node: nothing to free.
bool holdsNothing(const std::byte *slot)
{
    // The first 16 bytes are the source range (or a free list link): plain data.
    for (size_t i = sizeof(Specwright::Core::SourceRange); i < sizeof(RstNode); ++i) {
        if (slot[i] != std::byte{0}) {
            return false;
        }
    }
    return true;
}

// Every string of a tree, with its name and attribute values, as copies that share the tree's memory.
void collectStrings(const RstNode &node, QList<QString> &strings)
{
    for (const QString &string : {node.text, node.name()}) {
        if (!string.isEmpty()) {
            strings.append(string);
        }
    }
    for (const auto &attribute : node.attributes()) {
        strings.append(attribute.first);
        strings.append(attribute.second);
    }
    for (const RstNode &child : node.children) {
        collectStrings(child, strings);
    }
}

} // namespace

class RstNodeArenaTest : public QObject
{
    Q_OBJECT

private slots:
    void listsTakeMemoryFromTheCurrentArenaOnly()
    {
        RstNodeArena arena;
        RstNode::Children outside;
        outside.push_back(textNode(QStringLiteral("heap")));
        QCOMPARE(arena.reservedBytes(), size_t(0));
        {
            const RstNodeArena::Scope scope(&arena);
            RstNode::Children inside;
            inside.push_back(textNode(QStringLiteral("arena")));
            QVERIFY(arena.reservedBytes() > 0);
            QVERIFY(arena.contains(inside.data()));
            QVERIFY(!arena.contains(outside.data()));
        }
        QCOMPARE(RstNodeArena::current(), nullptr);
    }

    void scopesNest()
    {
        RstNodeArena outer;
        RstNodeArena inner;
        const RstNodeArena::Scope outerScope(&outer);
        {
            const RstNodeArena::Scope innerScope(&inner);
            QCOMPARE(RstNodeArena::current(), &inner);
        }
        QCOMPARE(RstNodeArena::current(), &outer);
    }

    // A list that was the last memory handed out grows where it is, while its block has room.
    void theLastListGrowsWhereItIs_data()
    {
        QTest::addColumn<int>("count");
        QTest::newRow("boundary: two") << 2;
        QTest::newRow("nominal: nine") << 9;
        QTest::newRow("boundary: a whole first block") << 256; // 16 KB of 64-byte nodes
    }
    void theLastListGrowsWhereItIs()
    {
        QFETCH(int, count);
        RstNodeArena arena;
        const RstNodeArena::Scope scope(&arena);
        RstNode::Children list;
        list.push_back(textNode(QString::number(0)));
        const RstNode *first = list.data();
        for (int i = 1; i < count; ++i) {
            list.push_back(textNode(QString::number(i)));
        }
        QCOMPARE(list.data(), first);
        for (int i = 0; i < count; ++i) {
            QCOMPARE(list[size_t(i)].text, QString::number(i));
        }
    }

    // A list that has to move leaves its old memory to the next list of that size.
    void movedListsLeaveTheirMemoryForReuse()
    {
        RstNodeArena arena;
        const RstNodeArena::Scope scope(&arena);
        RstNode::Children moving;
        moving.push_back(textNode(QStringLiteral("a")));
        const RstNode *old = moving.data();
        RstNode::Children after; // so that `moving` is no longer the last memory
        after.push_back(textNode(QStringLiteral("b")));
        moving.push_back(textNode(QStringLiteral("c")));
        QVERIFY(moving.data() != old);
#if defined(SPECWRIGHT_ARENA_ASAN)
        // Until it is handed out again, the sanitizer build treats it as freed.
        QVERIFY(__asan_address_is_poisoned(reinterpret_cast<const char *>(old) + 16));
#endif
        RstNode::Children next;
        next.push_back(textNode(QStringLiteral("d")));
        QCOMPARE(next.data(), old);
        QCOMPARE(moving[0].text, QStringLiteral("a"));
        QCOMPARE(moving[1].text, QStringLiteral("c"));
        QCOMPARE(after[0].text, QStringLiteral("b"));
        QCOMPARE(next[0].text, QStringLiteral("d"));
    }

    // Memory of another arena (another document's tree) is never handed out by this one.
    void anotherArenasMemoryIsLeftAlone()
    {
        RstNodeArena first;
        RstNode::Children foreign;
        {
            const RstNodeArena::Scope scope(&first);
            foreign.push_back(textNode(QStringLiteral("first")));
            foreign.push_back(textNode(QStringLiteral("first too")));
        }
        RstNodeArena second;
        const RstNodeArena::Scope scope(&second);
        RstNode::Children made;
        made.push_back(textNode(QStringLiteral("second")));
        const void *foreignMemory = foreign.data();
        foreign.clear();
        for (int i = 0; i < 4; ++i) {
            RstNode::Children more;
            more.push_back(textNode(QStringLiteral("x")));
            more.push_back(textNode(QStringLiteral("y")));
            QVERIFY(more.data() != foreignMemory);
            QVERIFY(second.contains(more.data()));
        }
    }

    // Copies made where no arena is current go to the heap: they outlive the arena.
    void copiesOutsideAParseUseTheHeap()
    {
        RstNode copy;
        {
            RstNodeArena arena;
            RstNode root;
            {
                const RstNodeArena::Scope scope(&arena);
                for (int i = 0; i < 20; ++i) {
                    RstNode paragraph;
                    paragraph.kind = Kind::Paragraph;
                    paragraph.children.push_back(textNode(QString::number(i)));
                    root.children.push_back(std::move(paragraph));
                }
            }
            copy = root;
            QVERIFY(!arena.contains(copy.children.data()));
            QVERIFY(!arena.contains(copy.children[19].children.data()));
        } // the arena and the original tree go here; the sanitizer build checks the copy reads no freed memory
        QCOMPARE(copy.children.size(), size_t(20));
        QCOMPARE(copy.children[19].children[0].text, QStringLiteral("19"));
    }

    // The teardown of a big tree reads every slot of its arena: a slot either holds a live node or
    // nothing to free, however lists grew, moved or went.
    void everySlotIsALiveNodeOrHoldsNothing_data()
    {
        QTest::addColumn<int>("lists");
        QTest::addColumn<int>("grow");
        QTest::addColumn<bool>("clearEveryOther");
        QTest::newRow("nominal: lists that grow where they are") << 1 << 40 << false;
        QTest::newRow("nominal: interleaved lists that move") << 5 << 23 << false;
        QTest::newRow("nominal: moved and cleared lists") << 6 << 17 << true;
        QTest::newRow("boundary: a list bigger than a block") << 2 << 700 << true;
    }
    void everySlotIsALiveNodeOrHoldsNothing()
    {
        QFETCH(int, lists);
        QFETCH(int, grow);
        QFETCH(bool, clearEveryOther);
        RstNodeArena arena(0, true); // as for a tree that outgrows the cache
        const RstNodeArena::Scope scope(&arena);
        std::vector<RstNode::Children> made(static_cast<size_t>(lists));
        for (int round = 0; round < grow; ++round) {
            for (RstNode::Children &list : made) {
                list.push_back(textNode(QString::number(round)));
            }
        }
        for (size_t i = 0; clearEveryOther && i < made.size(); i += 2) {
            made[i].clear();
        }
        QHash<const std::byte *, bool> live;
        for (const RstNode::Children &list : made) {
            for (const RstNode &node : list) {
                live.insert(reinterpret_cast<const std::byte *>(&node), true);
            }
        }
        qsizetype liveSeen = 0;
        qsizetype emptySlots = 0;
        arena.forEachUsedStretch([&](std::byte *start, size_t bytes) {
            QCOMPARE(bytes % sizeof(RstNode), size_t(0));
            for (const std::byte *slot = start; slot != start + bytes; slot += sizeof(RstNode)) {
                if (live.contains(slot)) {
                    ++liveSeen;
                } else {
                    QVERIFY2(holdsNothing(slot), "a slot without a live node holds something");
                    ++emptySlots;
                }
            }
        });
        QCOMPARE(liveSeen, live.size());
        QVERIFY(emptySlots > 0); // capacity beyond the count, and moved lists, left empty slots
    }

    // The stretches visited are exactly the memory handed out, across blocks.
    void usedStretchesAreWhatWasHandedOut_data()
    {
        QTest::addColumn<QList<int>>("sizes");
        QTest::newRow("boundary: nothing") << QList<int>{};
        QTest::newRow("nominal: within the first block") << QList<int>{64, 128, 640};
        QTest::newRow("nominal: over several blocks") << QList<int>{8192, 8192, 8192, 4096, 16384, 64};
        QTest::newRow("boundary: bigger than any block") << QList<int>{64, 2 * 1024 * 1024, 128};
    }
    void usedStretchesAreWhatWasHandedOut()
    {
        QFETCH(QList<int>, sizes);
        RstNodeArena arena(0, true);
        size_t handedOut = 0;
        for (const int size : sizes) {
            auto *memory = static_cast<std::byte *>(arena.allocate(size_t(size)));
            QVERIFY(std::all_of(memory, memory + size, [](std::byte b) { return b == std::byte{0}; }));
            std::memset(memory, 0x5a, size_t(size));
            handedOut += size_t(size);
        }
        size_t visited = 0;
        arena.forEachUsedStretch([&](std::byte *start, size_t bytes) {
            QVERIFY(std::all_of(start, start + bytes, [](std::byte b) { return b == std::byte{0x5a}; }));
            visited += bytes;
        });
        QCOMPARE(visited, handedOut);
    }

    // Dropping a document lets go of every reference its tree held, once: of the text it was
    // parsed from, of joined texts, names and attribute values. A copy taken from the tree is then
    // shared with other copies only.
    void teardownReleasesEveryReferenceOnce_data()
    {
        QTest::addColumn<QString>("data");
        QTest::newRow("nominal: texts that share the source") << QStringLiteral("Title\n=====\n\nPlain *text*.\n");
        QTest::newRow("nominal: joined texts and names")
            << QStringLiteral("* An item that goes on\n  over two lines, with a `link <https://example.org/>`_.\n\n"
                              "  ::\n\n    literal\n    block\n\n.. _target: https://example.org/t\n\n"
                              "#. enumerated\n#. list\n\n.. note:: A note\n   on two lines.\n");
        QTest::newRow("boundary: empty") << QString();
        QTest::newRow("nominal: a tree in several blocks")
            << QStringLiteral("Section\n-------\n\n* item with ``code`` and `ref`_\n\n  indented\n  paragraph\n\n")
                   .repeated(300);
        // Bigger than the cache: torn down in one pass over the arena, not by a walk.
        QTest::newRow("nominal: a tree that outgrows the cache")
            << QStringLiteral("Section\n-------\n\n* item with ``code`` and `ref`_\n\n  indented\n  paragraph\n\n"
                              "#. one\n#. two\n\n.. _t: https://example.org/\n\n")
                   .repeated(20000);
    }
    void teardownReleasesEveryReferenceOnce()
    {
        QFETCH(QString, data);
        QString text(data.constData(), data.size()); // text of its own, as read from a file (not the table's)
        QList<QString> strings;
        bool outgrowsCache = false;
        {
            const RstDocument::Ptr document = RstParser::parse(text);
            collectStrings(document->root(), strings);
            outgrowsCache = document->treeOutgrowsCache();
        }
        QCOMPARE(outgrowsCache, QByteArray(QTest::currentDataTag()).contains("outgrows"));
        QHash<const void *, int> copies;
        for (QString &string : strings) {
            if (string.data_ptr().d) { // not static data
                ++copies[string.data_ptr().d];
            }
        }
        if (text.data_ptr().d) {
            ++copies[text.data_ptr().d];
        }
        for (QString &string : strings) {
            if (string.data_ptr().d) {
                QCOMPARE(string.data_ptr().d->ref_.loadRelaxed(), copies.value(string.data_ptr().d));
            }
        }
        if (text.data_ptr().d) {
            QCOMPARE(text.data_ptr().d->ref_.loadRelaxed(), copies.value(text.data_ptr().d));
        }
    }

    // A document's teardown takes the nodes out of their lists without destroying them twice.
    void abandoningArenaMemory_data()
    {
        QTest::addColumn<bool>("inArena");
        QTest::newRow("nominal: an arena list lets go") << true;
        QTest::newRow("nominal: a heap list keeps its nodes") << false;
    }
    void abandoningArenaMemory()
    {
        QFETCH(bool, inArena);
        RstNodeArena arena;
        RstNode::Children list;
        {
            const RstNodeArena::Scope scope(inArena ? &arena : nullptr);
            list.push_back(textNode(QStringLiteral("kept")));
        }
        RstNode *node = list.data();
        list.abandonArenaMemory();
        QCOMPARE(list.empty(), inArena);
        QCOMPARE(node->text, QStringLiteral("kept"));
        if (inArena) {
            node->~RstNode(); // what the teardown does
        }
    }

    // A document keeps its arena: its tree outlives the parse, and a parse inside another
    // arena's scope (nesting) neither takes from nor changes that arena.
    void documentsKeepTheirArena_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("nominal: sections and lists")
            << QStringLiteral("Title\n=====\n\nSome *text* and ``code``.\n\n* one\n* two\n\n  * nested\n\nSub\n---\n\n"
                              ".. note::\n\n   Inside a note.\n\n+---+---+\n| a | b |\n+---+---+\n");
        QTest::newRow("boundary: empty") << QString();
        QTest::newRow("nominal: many paragraphs") << QStringLiteral("Paragraph with a `link`_.\n\n").repeated(500);
    }
    void documentsKeepTheirArena()
    {
        QFETCH(QString, text);
        const QString expected = RstTreeDump::debug(*RstParser::parse(text));
        RstNodeArena outer;
        RstDocument::Ptr document;
        {
            const RstNodeArena::Scope scope(&outer);
            document = RstParser::parse(text);
            QCOMPARE(RstNodeArena::current(), &outer);
        }
        QCOMPARE(outer.reservedBytes(), size_t(0));
        QCOMPARE(RstTreeDump::debug(*document), expected);
    }
};

QTEST_GUILESS_MAIN(RstNodeArenaTest)

#include "rstnodearena_test.moc"
