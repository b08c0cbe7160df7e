// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "testconfig.h"

#include <core/document/textfile.h>
#include <core/render/htmlrenderer.h>
#include <core/rst/rstparser.h>
#include <core/rst/rsttreedump.h>

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTest>

#include <functional>

using Specwright::Core::HtmlRenderer;
using Specwright::Core::RstDocument;
using Specwright::Core::RstNode;
using Specwright::Core::RstParser;
using Specwright::Core::RstTreeDump;
using Specwright::Core::TextFile;
using Kind = RstNode::Kind;

namespace {

// Hostile inputs are generated per row, so that only one of them is in memory at a time.
enum class Input {
    NestedBlockQuotes,
    IndentedStaircase,
    NestedBulletListsOnOneLine,
    NestedBulletListsIndented,
    StarRun,
    StarStarts,
    BackquoteRun,
    BackquoteStarts,
    MegabyteLine,
    AlternatingParagraphsAndLists,
    GridTable,
    LiteralDirective,
    NoteDirective,
    NestedEnumeratedListsOnOneLine,
    UnclosedInlineStarts,
    Junk,
    MarkupJunk,
};

QString generate(Input input, int size)
{
    QString text;
    switch (input) {
    case Input::NestedBlockQuotes: // each paragraph indented one more space: one block quote deeper
        for (int i = 0; i < size; ++i) {
            text += QString(i, QLatin1Char(' ')) + QStringLiteral("q%1\n\n").arg(i);
        }
        break;
    case Input::IndentedStaircase: // the same without blank lines: nested definition lists
        for (int i = 0; i < size; ++i) {
            text += QString(i, QLatin1Char(' ')) + QStringLiteral("q%1\n").arg(i);
        }
        break;
    case Input::NestedBulletListsOnOneLine:
        text = QStringLiteral("- ").repeated(size) + QStringLiteral("deep\n");
        break;
    case Input::NestedBulletListsIndented:
        for (int i = 0; i < size; ++i) {
            text += QString(2 * i, QLatin1Char(' ')) + QStringLiteral("- item%1\n\n").arg(i);
        }
        break;
    case Input::StarRun:
        text = QStringLiteral("Before ") + QString(size, QLatin1Char('*')) + QStringLiteral(" after\n");
        break;
    case Input::StarStarts:
        text = QStringLiteral("Before") + QStringLiteral(" *a").repeated(size) + QStringLiteral(" after\n");
        break;
    case Input::BackquoteRun:
        text = QStringLiteral("Before ") + QString(size, QLatin1Char('`')) + QStringLiteral(" after\n");
        break;
    case Input::BackquoteStarts:
        text = QStringLiteral("Before") + QStringLiteral(" `a").repeated(size) + QStringLiteral(" after\n");
        break;
    case Input::MegabyteLine: {
        const QString word = QStringLiteral("word ");
        text = word.repeated(size / word.size()) + QString(size % word.size(), QLatin1Char('x'));
        text.replace(text.size() - 1, 1, QLatin1Char('z')); // no trailing space to strip
        text += QLatin1Char('\n');
        break;
    }
    case Input::AlternatingParagraphsAndLists: // 5 lines per round
        for (int i = 0; i < size / 5; ++i) {
            text += QStringLiteral("Paragraph %1 with *emphasis*.\n\n- item %1\n- item\n\n").arg(i);
        }
        break;
    case Input::GridTable: { // size rows of 20 columns
        const int columns = 20;
        const QString border = QStringLiteral("+------").repeated(columns) + QStringLiteral("+\n");
        text = border;
        for (int r = 0; r < size; ++r) {
            for (int c = 0; c < columns; ++c) {
                text += QStringLiteral("| %1 ").arg(r * columns + c, 4, 10, QLatin1Char('0'));
            }
            text += QStringLiteral("|\n") + border;
        }
        break;
    }
    case Input::LiteralDirective: // size bytes of content
        text = QStringLiteral(".. code-block:: text\n\n");
        for (int i = 0; text.size() < size; ++i) {
            text += QStringLiteral("   line %1 of the code, with *no* markup\n").arg(i, 6, 10, QLatin1Char('0'));
        }
        text += QStringLiteral("\nAfter.\n");
        break;
    case Input::NoteDirective: // size bytes of content, in paragraphs
        text = QStringLiteral(".. note::\n\n");
        for (int i = 0; text.size() < size; ++i) {
            text += QStringLiteral("   Paragraph %1 of the note, with *emphasis*.\n\n").arg(i, 6, 10, QLatin1Char('0'));
        }
        text += QStringLiteral("After.\n");
        break;
    case Input::NestedEnumeratedListsOnOneLine:
        text = QStringLiteral("1. ").repeated(size) + QStringLiteral("deep\n");
        break;
    case Input::UnclosedInlineStarts: // every kind of inline start-string, none closed
        text = QStringLiteral("Before") + QStringLiteral(" **a ``b |c _`d :r:`e [f <g `h <i> x").repeated(size) +
               QStringLiteral(" after\n");
        break;
    case Input::MarkupJunk: { // mostly reStructuredText punctuation, indentation and newlines
        static const QString alphabet = QStringLiteral("  \n\n*`_|:.-=+#[]<>\\/()ab1 \t");
        QRandomGenerator random(4242);
        text.reserve(size);
        for (int i = 0; i < size; ++i) {
            text += alphabet.at(int(random.bounded(qsizetype(alphabet.size()))));
        }
        break;
    }
    case Input::Junk: { // printable ASCII and control characters, no NUL
        QRandomGenerator random(20260101);
        text.reserve(size);
        for (int i = 0; i < size; ++i) {
            const int c = int(random.bounded(1, 128));
            text += QChar(c);
        }
        break;
    }
    }
    return text;
}

// Every node, depth first, without recursion (the test must not be the one overflowing the stack).
void forEachNode(const RstNode &root, const std::function<void(const RstNode &)> &visit)
{
    std::vector<const RstNode *> stack{&root};
    while (!stack.empty()) {
        const RstNode *node = stack.back();
        stack.pop_back();
        visit(*node);
        for (auto it = node->children.rbegin(); it != node->children.rend(); ++it) {
            stack.push_back(&*it);
        }
    }
}

// All text a reader could see: #text nodes, literal contents, titles.
QString collectedText(const RstNode &root)
{
    QString text;
    forEachNode(root, [&text](const RstNode &node) {
        if (node.kind == Kind::Text || node.kind == Kind::LiteralBlock || node.kind == Kind::Literal) {
            text += node.text + QLatin1Char('\n');
        }
    });
    return text;
}

int countNodes(const RstNode &root, Kind kind)
{
    int count = 0;
    forEachNode(root, [&count, kind](const RstNode &node) { count += node.kind == kind ? 1 : 0; });
    return count;
}

// Every range lies within the document's lines and ends after it starts.
QString firstInsaneRange(const RstDocument &document)
{
    const int lineCount = int(document.lineCount());
    QString problem;
    forEachNode(document.root(), [&](const RstNode &node) {
        const auto &r = node.range;
        const bool ordered = r.startLine < r.endLine || (r.startLine == r.endLine && r.startColumn <= r.endColumn);
        if (problem.isEmpty() &&
            (!ordered || r.startLine < 0 || r.startColumn < 0 || r.endColumn < 0 || r.endLine > lineCount)) {
            problem = QStringLiteral("%1 at %2:%3-%4:%5 (%6 lines)")
                          .arg(RstNode::kindName(node.kind))
                          .arg(r.startLine)
                          .arg(r.startColumn)
                          .arg(r.endLine)
                          .arg(r.endColumn)
                          .arg(lineCount);
        }
    });
    return problem;
}

QString readText(const QString &path)
{
    const TextFile file = TextFile::read(path);
    if (!file.isValid()) {
        qFatal("cannot read %s", qPrintable(path));
    }
    return file.text();
}

} // namespace

Q_DECLARE_METATYPE(Input)
Q_DECLARE_METATYPE(Specwright::Core::RstNode::Kind)

class RstHostileTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void survives_data()
    {
        QTest::addColumn<Input>("input");
        QTest::addColumn<int>("size");
        QTest::addColumn<QString>("marker"); // must be kept somewhere in the tree
        QTest::addColumn<Kind>("countedKind");
        QTest::addColumn<int>("minimumCount"); // nodes of countedKind, at least

        QTest::newRow("hostile: 10 000 nested block quotes")
            << Input::NestedBlockQuotes << 10000 << QStringLiteral("q9999") << Kind::BlockQuote << 60;
        QTest::newRow("hostile: 10 000 lines each indented one more space")
            << Input::IndentedStaircase << 10000 << QStringLiteral("q9999") << Kind::Definition << 60;
        QTest::newRow("hostile: 10 000 nested bullet lists on one line")
            << Input::NestedBulletListsOnOneLine << 10000 << QStringLiteral("deep") << Kind::BulletList << 60;
        // 3 000, not 10 000: the staircase of indentation alone would be 100 M characters.
        QTest::newRow("hostile: 3 000 nested bullet lists, one per line")
            << Input::NestedBulletListsIndented << 3000 << QStringLiteral("item2999") << Kind::BulletList << 60;
        QTest::newRow("hostile: 10 000 nested enumerated lists on one line")
            << Input::NestedEnumeratedListsOnOneLine << 10000 << QStringLiteral("deep") << Kind::EnumeratedList << 60;
        QTest::newRow("hostile: 5 000 stars in a paragraph")
            << Input::StarRun << 5000 << QStringLiteral("after") << Kind::Paragraph << 1;
        QTest::newRow("hostile: 5 000 unclosed emphasis start-strings")
            << Input::StarStarts << 5000 << QStringLiteral("after") << Kind::Paragraph << 1;
        QTest::newRow("hostile: 5 000 backquotes in a paragraph")
            << Input::BackquoteRun << 5000 << QStringLiteral("after") << Kind::Paragraph << 1;
        QTest::newRow("hostile: 5 000 unmatched backquotes")
            << Input::BackquoteStarts << 5000 << QStringLiteral("after") << Kind::Paragraph << 1;
        QTest::newRow("hostile: 2 000 rounds of every unclosed inline start-string")
            << Input::UnclosedInlineStarts << 2000 << QStringLiteral("after") << Kind::Paragraph << 1;
        QTest::newRow("hostile: 1 MB single line")
            << Input::MegabyteLine << 1024 * 1024 << QStringLiteral("word word") << Kind::Paragraph << 1;
        QTest::newRow("hostile: 50 000 lines of paragraphs and lists")
            << Input::AlternatingParagraphsAndLists << 50000 << QStringLiteral("item 9999") << Kind::BulletList
            << 10000;
        QTest::newRow("hostile: grid table of 200 rows and 20 columns")
            << Input::GridTable << 200 << QStringLiteral("3999") << Kind::Entry << 4000;
        QTest::newRow("hostile: code-block directive with 2 MB of content")
            << Input::LiteralDirective << 2 * 1024 * 1024 << QStringLiteral("line 040000") << Kind::LiteralBlock << 1;
        QTest::newRow("hostile: note directive with 2 MB of content")
            << Input::NoteDirective << 2 * 1024 * 1024 << QStringLiteral("Paragraph 040000") << Kind::Paragraph
            << 40000;
        QTest::newRow("hostile: random printable and control characters")
            << Input::Junk << 256 * 1024 << QString() << Kind::Document << 1;
        QTest::newRow("hostile: random markup punctuation")
            << Input::MarkupJunk << 256 * 1024 << QString() << Kind::Document << 1;
    }

    void survives()
    {
        QFETCH(Input, input);
        QFETCH(int, size);
        QFETCH(QString, marker);
        QFETCH(Kind, countedKind);
        QFETCH(int, minimumCount);

        const QString text = generate(input, size);
        QElapsedTimer timer;
        timer.start();
        const RstDocument::Ptr document = RstParser::parse(text);
        qInfo("parsed %lld characters in %lld ms", qlonglong(text.size()), qlonglong(timer.elapsed()));
        QVERIFY(document);
        QCOMPARE(document->root().kind, Kind::Document);
        const QString problem = firstInsaneRange(*document);
        QVERIFY2(problem.isEmpty(), qPrintable(QStringLiteral("range out of bounds: ") + problem));
        if (!marker.isEmpty()) {
            QVERIFY2(collectedText(document->root()).contains(marker),
                     qPrintable(QStringLiteral("lost \"%1\"").arg(marker)));
        }
        QVERIFY(countNodes(document->root(), countedKind) >= minimumCount);
    }

    void megabyteLineKeepsItsText()
    {
        const QString text = generate(Input::MegabyteLine, 1024 * 1024);
        const RstDocument::Ptr document = RstParser::parse(text);
        QVERIFY(document);
        const RstNode &root = document->root();
        QCOMPARE(root.children.size(), size_t(1));
        const RstNode &paragraph = root.children.front();
        QCOMPARE(paragraph.kind, Kind::Paragraph);
        qsizetype length = 0;
        for (const RstNode &child : paragraph.children) {
            QCOMPARE(child.kind, Kind::Text);
            length += child.text.size();
        }
        QCOMPARE(length, text.size() - 1); // all but the final newline
        QCOMPARE(paragraph.range.endColumn, int(text.size() - 1));
    }

    void directiveKeepsItsContent()
    {
        const QString text = generate(Input::LiteralDirective, 2 * 1024 * 1024);
        const RstDocument::Ptr document = RstParser::parse(text);
        QVERIFY(document);
        QCOMPARE(countNodes(document->root(), Kind::LiteralBlock), 1);
        const QStringList lines = text.split(QLatin1Char('\n'));
        // Content lines 2 .. (blank before "After.") - 1, without their 3-space indentation.
        const qsizetype last = lines.indexOf(QStringLiteral("After.")) - 2;
        QString expected;
        for (qsizetype i = 2; i <= last; ++i) {
            expected += lines.at(i).mid(3) + (i < last ? QStringLiteral("\n") : QString());
        }
        QString actual;
        forEachNode(document->root(), [&actual](const RstNode &node) {
            if (node.kind == Kind::LiteralBlock) {
                actual = node.text;
            }
        });
        QCOMPARE(actual.size(), expected.size());
        QVERIFY(actual == expected);
    }

    // Inputs the fuzzers (tests/fuzz) found crashing or tripping AddressSanitizer: they parse,
    // render and dump. Run the asan preset (packaging/devroot.sh asan) to see memory errors.
    void fuzzFindings_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::newRow("fuzz: grid table cell across a head separator with a stray character")
            << QByteArray("+------------+------------+-----------+\n"
                          "+============+=========\xCA==+===========+\n"
                          "+------------+------------+-----------+");
    }

    void fuzzFindings()
    {
        QFETCH(QByteArray, input);
        const RstDocument::Ptr document = RstParser::parse(QString::fromUtf8(input));
        QVERIFY(!HtmlRenderer::renderBody(*document).isEmpty());
        QVERIFY(!RstTreeDump::compare(*document).isEmpty());
        QVERIFY(!RstTreeDump::debug(*document).isEmpty());
    }

    void lineEndings_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("newline");
        QTest::addColumn<bool>("bom");

        const QString spec = QStringLiteral(SPECWRIGHT_SOURCE_DIR "/resources/examples/example-spec.rst");
        const QString constructs = QStringLiteral(TESTSRCDIR "/data/input/spec-like.rst");
        const QString tables = QStringLiteral(TESTSRCDIR "/data/input/grid-tables.rst");
        const QString literals = QStringLiteral(TESTSRCDIR "/data/input/literal-blocks.rst");
        QTest::newRow("edge: CRLF example spec") << spec << QStringLiteral("\r\n") << false;
        QTest::newRow("edge: lone CR example spec") << spec << QStringLiteral("\r") << false;
        QTest::newRow("edge: CRLF spec-like constructs") << constructs << QStringLiteral("\r\n") << false;
        QTest::newRow("edge: lone CR spec-like constructs") << constructs << QStringLiteral("\r") << false;
        QTest::newRow("edge: CRLF grid tables") << tables << QStringLiteral("\r\n") << false;
        QTest::newRow("edge: lone CR literal blocks") << literals << QStringLiteral("\r") << false;
        QTest::newRow("edge: byte order mark") << spec << QStringLiteral("\n") << true;
        QTest::newRow("edge: byte order mark and CRLF") << constructs << QStringLiteral("\r\n") << true;
    }

    void lineEndings()
    {
        QFETCH(QString, path);
        QFETCH(QString, newline);
        QFETCH(bool, bom);

        const QString text = readText(path);
        QString variant = text;
        variant.replace(QLatin1Char('\n'), newline);
        if (bom) {
            variant.prepend(QChar(0xFEFF));
        }
        const RstDocument::Ptr expected = RstParser::parse(text, path);
        const RstDocument::Ptr actual = RstParser::parse(variant, path);
        QVERIFY(expected && actual);
        QCOMPARE(actual->lineList(), expected->lineList());
        // debug() prints every node, inline ones too, with its exact range, and every message.
        QCOMPARE(RstTreeDump::debug(*actual), RstTreeDump::debug(*expected));
    }
};

QTEST_GUILESS_MAIN(RstHostileTest)

#include "rsthostile_test.moc"
