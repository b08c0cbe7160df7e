// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <core/rst/rstparser.h>
#include <core/rst/rststringpool.h>

#include <QTest>

#include <memory>

using Specwright::Core::RstDocument;
using Specwright::Core::RstNode;
using Specwright::Core::RstParser;
using Specwright::Core::RstStringPool;
using Kind = RstNode::Kind;
using namespace Qt::StringLiterals;

namespace {

const void *bufferOf(const QString &string)
{
    return const_cast<QString &>(string).data_ptr().d_ptr();
}

// Every node of \a kind in \a node's tree, in document order.
void collect(const RstNode &node, Kind kind, QList<const RstNode *> &found)
{
    if (node.kind == kind) {
        found.append(&node);
    }
    for (const RstNode &child : node.children) {
        collect(child, kind, found);
    }
}

QList<const RstNode *> nodesOf(const RstDocument &document, Kind kind)
{
    QList<const RstNode *> found;
    collect(document.root(), kind, found);
    return found;
}

} // namespace

class RstStringPoolTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void copiesShareChunks_data()
    {
        QTest::addColumn<QStringList>("texts");
        QTest::addColumn<int>("expectedBuffers");

        QTest::newRow("small strings share one chunk") << QStringList{u"alpha"_s, u"béta"_s, u"γ"_s} << 1;
        QTest::newRow("strings that fill a chunk start the next one")
            << QStringList{QString(2000, u'a'), QString(2000, u'b'), QString(2000, u'c')} << 2;
        QTest::newRow("long strings have a buffer of their own")
            << QStringList{u"short"_s, QString(RstStringPool::MaximumPooledLength + 1, u'x'), u"tail"_s} << 2;
        QTest::newRow("empty strings take nothing") << QStringList{QString(), u"one"_s, QString()} << 1;
    }
    void copiesShareChunks()
    {
        QFETCH(QStringList, texts);
        QFETCH(int, expectedBuffers);
        QList<QString> pooled;
        QSet<const void *> buffers;
        {
            RstStringPool pool;
            for (const QString &text : texts) {
                pooled.append(pool.copy(text));
                if (!pooled.last().isEmpty()) {
                    buffers.insert(bufferOf(pooled.last()));
                }
            }
        }
        // The pool is gone: the strings keep their chunks, with the characters they were given.
        QCOMPARE(buffers.size(), expectedBuffers);
        QCOMPARE(pooled.size(), texts.size());
        for (qsizetype i = 0; i < texts.size(); ++i) {
            QCOMPARE(pooled[i], texts[i]);
            QCOMPARE(pooled[i].size(), texts[i].size());
            // '\0'-terminated, like any QString: utf16() hands the characters to C APIs as they are.
            QCOMPARE(pooled[i].utf16()[pooled[i].size()], u'\0');
        }
    }

    void changingAPooledStringLeavesItsNeighboursAlone_data()
    {
        QTest::addColumn<int>("changed");
        QTest::newRow("first") << 0;
        QTest::newRow("middle") << 1;
        QTest::newRow("last") << 2;
    }
    void changingAPooledStringLeavesItsNeighboursAlone()
    {
        QFETCH(int, changed);
        const QStringList texts{u"one"_s, u"two"_s, u"three"_s};
        RstStringPool pool;
        QList<QString> pooled;
        for (const QString &text : texts) {
            pooled.append(pool.copy(text));
        }
        pooled[changed].append(u" and more, longer than the gap to the next string"_s);
        pooled[changed][0] = u'X';
        for (qsizetype i = 0; i < texts.size(); ++i) {
            QCOMPARE(pooled[i].startsWith(i == changed ? u"X"_s : texts[i]), true);
            if (i != changed) {
                QCOMPARE(pooled[i], texts[i]);
            }
        }
        // Strings handed out after the change are not written over either.
        const QString later = pool.copy(u"later"_s);
        QCOMPARE(later, u"later"_s);
        QCOMPARE(
            pooled[changed],
            QString(texts[changed] + u" and more, longer than the gap to the next string"_s).replace(0, 1, u"X"_s));
    }

    void adoptPoolsOnlyStringsWithABufferOfTheirOwn()
    {
        RstStringPool pool;
        const QString first = pool.copy(u"first"_s);
        QString own = u"Own Name"_s.toLower(); // a buffer nothing else shares
        QVERIFY(own.isDetached());
        const QString adopted = pool.adopt(std::move(own));
        QCOMPARE(adopted, u"own name"_s);
        QCOMPARE(bufferOf(adopted), bufferOf(first));

        // Strings that share memory already stay as they are: a copy would only cost.
        QString shared = u"shared text"_s.toUpper();
        const QString keeper = shared;
        QCOMPARE(bufferOf(pool.adopt(QString(shared))), bufferOf(keeper));
        QCOMPARE(bufferOf(pool.adopt(QString(first))), bufferOf(first));
        const QString literal = u"literal"_s;
        QCOMPARE(pool.adopt(QString(literal)).constData(), literal.constData());
        QString longOwn(RstStringPool::MaximumPooledLength + 1, u'y');
        const void *longBuffer = bufferOf(longOwn);
        QCOMPARE(bufferOf(pool.adopt(std::move(longOwn))), longBuffer);
        QVERIFY(pool.adopt(QString()).isNull());
    }

    void allocateHandsOutCharactersToWrite()
    {
        RstStringPool pool;
        QChar *characters = nullptr;
        QString written = pool.allocate(5, &characters);
        QVERIFY(characters);
        std::copy_n(u"hello", 5, reinterpret_cast<char16_t *>(characters));
        const QString next = pool.copy(u"world"_s);
        QCOMPARE(written, u"hello"_s);
        QCOMPARE(next, u"world"_s);
        QCOMPARE(bufferOf(written), bufferOf(next));
    }

    // The parse puts the texts it makes of its own in the pool, and shares what recurs.
    void parsedTextsShareThePoolAndOutliveTheDocument_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<QStringList>("texts");

        // Indented paragraphs are joined without their indentation: not a slice of the source.
        QTest::newRow("block quote")
            << u"Intro.\n\n   Quoted *text* on\n   two lines.\n\n   And a second\n   paragraph.\n"_s
            << QStringList{u"Intro."_s, u"Quoted "_s, u"text"_s, u" on\ntwo lines."_s, u"And a second\nparagraph."_s};
        QTest::newRow("escapes") << u"- A \\*starred\\* word\n- Plain \\\\ backslash\n"_s
                                 << QStringList{u"A *starred* word"_s, u"Plain \\ backslash"_s};
        QTest::newRow("literal blocks") << u"Code::\n\n    first line\n      second line\n\nMore::\n\n    third\n"_s
                                        << QStringList{u"Code:"_s, u"first line\n  second line"_s, u"More:"_s,
                                                       u"third"_s};
    }
    void parsedTextsShareThePoolAndOutliveTheDocument()
    {
        QFETCH(QString, source);
        QFETCH(QStringList, texts);
        source.detach(); // on the heap, as a file's text is: texts that lie in it share it
        auto document = RstParser::parse(source);
        QStringList found;
        QSet<const void *> ownBuffers;
        std::function<void(const RstNode &)> walk = [&](const RstNode &node) {
            if ((node.kind == Kind::Text || node.kind == Kind::LiteralBlock) && !node.text.isEmpty()) {
                found.append(node.text);
                if (bufferOf(node.text) != bufferOf(document->text())) {
                    ownBuffers.insert(bufferOf(node.text));
                }
            }
            for (const RstNode &child : node.children) {
                walk(child);
            }
        };
        walk(document->root());
        QCOMPARE(found, texts);
        // What the parse made of its own lies in one chunk, not a buffer per text.
        QVERIFY(!ownBuffers.isEmpty());
        QCOMPARE(ownBuffers.size(), 1);
        document.reset();
        QCOMPARE(found, texts);
    }

    void normalisedNamesShareThePool()
    {
        QString source = u"First Title\n===========\n\nSee `Some Place`_ and `Other <https://example.org/a b>`_.\n\n"
                         ".. _Some Place: https://example.org/\n\nSecond Title\n============\n\nText.\n"_s;
        source.detach();
        auto document = RstParser::parse(source);
        QStringList names;
        QSet<const void *> buffers;
        std::function<void(const RstNode &)> walk = [&](const RstNode &node) {
            if (!node.name().isEmpty()) {
                names.append(node.name());
                buffers.insert(bufferOf(node.name()));
            }
            if (node.kind == Kind::Reference && node.hasAttribute(u"refuri"_s)) {
                names.append(node.attribute(u"refuri"_s));
                buffers.insert(bufferOf(node.attribute(u"refuri"_s)));
            }
            for (const RstNode &child : node.children) {
                walk(child);
            }
        };
        walk(document->root());
        QCOMPARE(names, (QStringList{u"first title"_s, u"some place"_s, u"other"_s, u"https://example.org/ab"_s,
                                     u"some place"_s, u"second title"_s}));
        // Lower-cased, whitespace-normalised, spaces removed: none of them is a slice of the
        // source, and all lie in one chunk of the pool instead of a buffer each.
        QCOMPARE(buffers.size(), 1);
        QVERIFY(!buffers.contains(bufferOf(document->text())));
        // Sections of one level have names of their own and share one list of attributes.
        const auto sections = nodesOf(*document, Kind::Section);
        QCOMPARE(sections.size(), 2);
        QCOMPARE(sections[1]->attribute(u"level"_s), u"1"_s);
        QCOMPARE(sections[1]->attributes(), sections[0]->attributes());
        QCOMPARE(sections[1]->attributes().constData(), sections[0]->attributes().constData());
        document.reset();
        QCOMPARE(names.constFirst(), u"first title"_s);
    }

    void listsAndDirectivesShareTheirAttributes()
    {
        const QString source = u"- a\n- b\n\nText.\n\n- c\n\n* d\n\n"
                               "1. one\n2. two\n\nText.\n\n1. again\n\n"
                               ".. note:: First.\n\n.. note:: Second.\n\n"
                               ".. code-block:: python\n\n   x = 1\n\n.. code-block:: python\n\n   y = 2\n"_s;
        auto document = RstParser::parse(source);
        const auto bullets = nodesOf(*document, Kind::BulletList);
        QCOMPARE(bullets.size(), 3);
        QCOMPARE(bullets[0]->attribute(u"bullet"_s), u"-"_s);
        QCOMPARE(&bullets[0]->attributes(), &bullets[1]->attributes());
        QCOMPARE(bullets[2]->attribute(u"bullet"_s), u"*"_s);
        QVERIFY(&bullets[2]->attributes() != &bullets[0]->attributes());
        const auto enumerated = nodesOf(*document, Kind::EnumeratedList);
        QCOMPARE(enumerated.size(), 2);
        QCOMPARE(&enumerated[0]->attributes(), &enumerated[1]->attributes());
        QCOMPARE(enumerated[1]->attribute(u"enumtype"_s), u"arabic"_s);
        const auto notes = nodesOf(*document, Kind::Admonition);
        QCOMPARE(notes.size(), 2);
        QCOMPARE(notes[1]->name(), u"note"_s);
        QCOMPARE(&notes[0]->name(), &notes[1]->name());
        const auto code = nodesOf(*document, Kind::LiteralBlock);
        QCOMPARE(code.size(), 2);
        QCOMPARE(code[1]->attribute(u"language"_s), u"python"_s);
        QCOMPARE(&code[0]->attributes(), &code[1]->attributes());

        // Shared, yet each node's own: changing one copy's attributes leaves the others as they were.
        RstNode changed = *bullets[0];
        changed.editAttributes().append({u"classes"_s, u"changed"_s});
        QCOMPARE(changed.attributes().size(), 2);
        QCOMPARE(bullets[0]->attributes().size(), 1);
        QCOMPARE(bullets[1]->attributes().size(), 1);
        changed.setName(u"renamed"_s);
        QCOMPARE(bullets[1]->name(), QString());
    }
};

QTEST_GUILESS_MAIN(RstStringPoolTest)
#include "rststringpool_test.moc"
