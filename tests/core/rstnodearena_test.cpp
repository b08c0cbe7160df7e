// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <core/rst/rstparser.h>
#include <core/rst/rsttreedump.h>

#include <QTest>

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
