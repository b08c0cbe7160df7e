// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "testconfig.h"

#include <core/document/textfile.h>
#include <core/rst/rstparser.h>
#include <core/rst/rsttreedump.h>

#include <QDir>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>

#include <functional>

using Specwright::Core::RstDocument;
using Specwright::Core::RstMessage;
using Specwright::Core::RstNode;
using Specwright::Core::RstParser;
using Specwright::Core::RstTreeDump;
using Specwright::Core::SourceRange;
using Specwright::Core::TextFile;
using Kind = RstNode::Kind;
using Severity = RstMessage::Severity;

Q_DECLARE_METATYPE(Specwright::Core::RstNode::Kind)
Q_DECLARE_METATYPE(Specwright::Core::SourceRange)

namespace Specwright::Core {
// QCOMPARE prints ranges as "line:column-line:column", 0-based like SourceRange itself.
char *toString(const SourceRange &range)
{
    return qstrdup(QStringLiteral("%1:%2-%3:%4")
                       .arg(range.startLine)
                       .arg(range.startColumn)
                       .arg(range.endLine)
                       .arg(range.endColumn)
                       .toUtf8()
                       .constData());
}
} // namespace Specwright::Core

namespace {

const QString inputDir = QStringLiteral(TESTSRCDIR "/data/input");
const QString referenceDir = QStringLiteral(TESTSRCDIR "/data/reference");

QString readText(const QString &path)
{
    const TextFile file = TextFile::read(path);
    if (!file.isValid()) {
        qFatal("cannot read %s", qPrintable(path));
    }
    return file.text();
}

// The depth-first, document-order \a nth node of \a kind, or nullptr.
const RstNode *findNode(const RstNode &node, Kind kind, int &nth)
{
    if (node.kind == kind && nth-- == 0) {
        return &node;
    }
    for (const RstNode &child : node.children) {
        if (const RstNode *found = findNode(child, kind, nth)) {
            return found;
        }
    }
    return nullptr;
}

const RstNode *findNth(const RstNode &root, Kind kind, int nth)
{
    return findNode(root, kind, nth);
}

// The text of every #text node below \a node, concatenated.
QString plainText(const RstNode &node)
{
    if (node.kind == Kind::Text) {
        return node.text;
    }
    QString text;
    for (const RstNode &child : node.children) {
        text += plainText(child);
    }
    return text;
}

// The tree part of a compare dump: no "#messages" section, no " @LINE" suffixes.
QStringList treeLines(const QString &dump)
{
    static const QRegularExpression lineSuffix(QStringLiteral(" @\\d+$"));
    QStringList out;
    for (QString line : dump.split(QLatin1Char('\n'))) {
        if (line == QLatin1String("#messages")) {
            break;
        }
        out.append(line.remove(lineSuffix));
    }
    while (!out.isEmpty() && out.constLast().isEmpty()) {
        out.removeLast();
    }
    return out;
}

// "SEVERITY first line of text" for each WARNING, ERROR or SEVERE line of a dump's #messages section.
QStringList referenceMessages(const QString &dump)
{
    static const QRegularExpression message(QStringLiteral("^(WARNING|ERROR|SEVERE) @\\S+ (.*)$"));
    const QStringList lines = dump.split(QLatin1Char('\n'));
    QStringList out;
    for (qsizetype i = lines.indexOf(QStringLiteral("#messages")) + 1; i > 0 && i < lines.size(); ++i) {
        const auto match = message.match(lines.at(i));
        if (match.hasMatch()) {
            out.append(match.captured(1) + QLatin1Char(' ') + match.captured(2));
        }
    }
    return out;
}

QStringList parserMessages(const RstDocument &document)
{
    QStringList out;
    for (const RstMessage &message : document.messages()) {
        if (message.severity >= Severity::Warning && !message.fromTransform) {
            out.append(RstMessage::severityName(message.severity) + QLatin1Char(' ') +
                       message.text.section(QLatin1Char('\n'), 0, 0));
        }
    }
    return out;
}

// A line diff (longest common subsequence) of two short texts, "-expected" / "+actual".
QString lineDiff(const QStringList &expected, const QStringList &actual)
{
    const qsizetype n = expected.size();
    const qsizetype m = actual.size();
    std::vector<std::vector<int>> common(n + 1, std::vector<int>(m + 1, 0));
    for (qsizetype i = n - 1; i >= 0; --i) {
        for (qsizetype j = m - 1; j >= 0; --j) {
            common[i][j] = expected.at(i) == actual.at(j) ? common[i + 1][j + 1] + 1
                                                          : std::max(common[i + 1][j], common[i][j + 1]);
        }
    }
    QString out = QStringLiteral("--- docutils\n+++ specwright\n");
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < n || j < m) {
        if (i < n && j < m && expected.at(i) == actual.at(j)) {
            out += QLatin1Char(' ') + expected.at(i++) + QLatin1Char('\n');
            ++j;
        } else if (j < m && (i == n || common[i][j + 1] >= common[i + 1][j])) {
            out += QLatin1Char('+') + actual.at(j++) + QLatin1Char('\n');
        } else {
            out += QLatin1Char('-') + expected.at(i++) + QLatin1Char('\n');
        }
    }
    return out;
}

void addInputFileRows()
{
    QTest::addColumn<QString>("inputPath");
    QTest::addColumn<QString>("referencePath");
    const QStringList names = QDir(inputDir).entryList({QStringLiteral("*.rst")}, QDir::Files, QDir::Name);
    if (names.isEmpty()) {
        qFatal("no input files in %s", qPrintable(inputDir));
    }
    for (const QString &name : names) {
        const QString reference =
            referenceDir + QLatin1Char('/') + QFileInfo(name).completeBaseName() + QStringLiteral(".tree");
        QTest::newRow(qPrintable(name)) << inputDir + QLatin1Char('/') + name << reference;
    }
}

} // namespace

class RstParserTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void structureMatchesDocutils_data() { addInputFileRows(); }

    void structureMatchesDocutils()
    {
        QFETCH(QString, inputPath);
        QFETCH(QString, referencePath);

        QVERIFY2(QFileInfo::exists(referencePath), qPrintable(QStringLiteral("no reference ") + referencePath));
        const QStringList expected = treeLines(readText(referencePath));
        const RstDocument::Ptr document = RstParser::parse(readText(inputPath), inputPath);
        QVERIFY(document);
        const QStringList actual = treeLines(RstTreeDump::compare(*document, false));
        if (actual != expected) {
            QFAIL(qPrintable(QStringLiteral("block structure differs from docutils':\n") + lineDiff(expected, actual)));
        }
    }

    void messages_data() { addInputFileRows(); }

    void messages()
    {
        QFETCH(QString, inputPath);
        QFETCH(QString, referencePath);

        const QStringList expected = referenceMessages(readText(referencePath));
        const RstDocument::Ptr document = RstParser::parse(readText(inputPath), inputPath);
        QVERIFY(document);
        const QStringList actual = parserMessages(*document);
        if (actual != expected) {
            QFAIL(qPrintable(QStringLiteral("WARNING+ parser messages differ from docutils':\n") +
                             lineDiff(expected, actual)));
        }
    }

    void messagesAfterTransforms_data() { addInputFileRows(); }

    void messagesAfterTransforms()
    {
        // What the gate sees: docutils' messages after its transforms too (references, substitutions,
        // transitions), as a Sphinx build has them; the parser's own lines are compared above.
        QFETCH(QString, inputPath);
        QFETCH(QString, referencePath);
        const QString reference = referencePath.chopped(5) + QStringLiteral(".messages");
        QVERIFY2(QFileInfo::exists(reference), qPrintable(QStringLiteral("no reference ") + reference));
        QStringList expected = readText(reference).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        const RstDocument::Ptr document = RstParser::parse(readText(inputPath), inputPath);
        QVERIFY(document);
        QStringList actual = referenceMessages(RstTreeDump::compare(*document, false, true));
        actual.sort();
        expected.sort();
        if (actual != expected) {
            QFAIL(qPrintable(QStringLiteral("WARNING+ messages after transforms differ from docutils':\n") +
                             lineDiff(expected, actual)));
        }
    }

    void snippetStructure_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected"); // tests/tools/docutils_tree.py --no-lines, without #messages

        QTest::newRow("nominal: option list items with descriptions")
            << QStringLiteral("-a  x\n-b  y\n")
            << QStringLiteral("document\n"
                              "  option_list\n"
                              "    option_list_item\n      option_group\n        option\n          option_string\n"
                              "      description\n        paragraph\n"
                              "    option_list_item\n      option_group\n        option\n          option_string\n"
                              "      description\n        paragraph");
        QTest::newRow("nominal: option with its description on the next line")
            << QStringLiteral("--all\n    Everything.\n")
            << QStringLiteral("document\n"
                              "  option_list\n"
                              "    option_list_item\n      option_group\n        option\n          option_string\n"
                              "      description\n        paragraph");
        QTest::newRow("edge: empty bullet list item")
            << QStringLiteral("- a\n-\n- c\n")
            << QStringLiteral("document\n  bullet_list bullet=-\n    list_item\n      paragraph\n    list_item\n"
                              "    list_item\n      paragraph");
        QTest::newRow("edge: option without description is a paragraph")
            << QStringLiteral("Para.\n\n--x\n") << QStringLiteral("document\n  paragraph\n  paragraph");
        QTest::newRow("edge: option without description ends the option list")
            << QStringLiteral("-a  x\n-b\n")
            << QStringLiteral("document\n"
                              "  option_list\n"
                              "    option_list_item\n      option_group\n        option\n          option_string\n"
                              "      description\n        paragraph\n"
                              "  paragraph");
        QTest::newRow("edge: attributions split one indented block into three quotes")
            << QStringLiteral("Intro.\n\n   Quote one.\n\n   -- A\n\n   Quote two.\n\n   -- B\n\n   Quote three.\n")
            << QStringLiteral("document\n  paragraph\n"
                              "  block_quote\n    paragraph\n    attribution\n"
                              "  block_quote\n    paragraph\n    attribution\n"
                              "  block_quote\n    paragraph");
        QTest::newRow("nominal: sections close when a title of an outer level comes")
            << QStringLiteral("A\n=\n\na\n\nB\n-\n\nb\n\nC\n~\n\nc\n\nD\n-\n\nd\n\nE\n=\n\ne\n")
            << QStringLiteral("document\n"
                              "  section\n    title \"A\"\n    paragraph\n"
                              "    section\n      title \"B\"\n      paragraph\n"
                              "      section\n        title \"C\"\n        paragraph\n"
                              "    section\n      title \"D\"\n      paragraph\n"
                              "  section\n    title \"E\"\n    paragraph");
        QTest::newRow("edge: header directive")
            << QStringLiteral(".. header:: x\n\nPara.\n")
            << QStringLiteral("document\n  decoration\n    header\n      paragraph\n  paragraph");
    }

    void snippetStructure()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);

        const RstDocument::Ptr document = RstParser::parse(text);
        QVERIFY(document);
        const QStringList actual = treeLines(RstTreeDump::compare(*document, false));
        const QStringList expectedLines = expected.split(QLatin1Char('\n'));
        QEXPECT_FAIL("edge: header directive", "header and footer directives are dropped", Continue);
        QVERIFY2(actual == expectedLines, qPrintable(lineDiff(expectedLines, actual)));
    }

    void snippetMessages_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected"); // docutils' WARNING+ parser messages: "SEVERITY first line"

        const auto warning = [](const char *text) { return QStringLiteral("WARNING ") + QLatin1String(text); };
        const auto error = [](const char *text) { return QStringLiteral("ERROR ") + QLatin1String(text); };

        QTest::newRow("nominal: well-formed inline markup")
            << QStringLiteral("*a* **b** ``c`` `d` :emphasis:`e` f_ `g <http://h/>`_ [1]_ |i|\n") << QStringList();
        QTest::newRow("nominal: start-string after text at the end")
            << QStringLiteral("a **\n\nx ``\n") << QStringList();
        QTest::newRow("bad: option without description after an option list")
            << QStringLiteral("-a  x\n-b\n")
            << QStringList{warning("Option list ends without a blank line; unexpected unindent.")};
        QTest::newRow("bad: strong start-string alone")
            << QStringLiteral("**\n") << QStringList{warning("Inline strong start-string without end-string.")};
        QTest::newRow("bad: literal start-string alone")
            << QStringLiteral("``\n") << QStringList{warning("Inline literal start-string without end-string.")};
        QTest::newRow("bad: role prefix and a backquote at the end")
            << QStringLiteral("x :r:`\n")
            << QStringList{warning("Inline interpreted text or phrase reference start-string without end-string.")};
        QTest::newRow("bad: role prefix and suffix")
            << QStringLiteral(":role:`x`:other:\n")
            << QStringList{
                   warning("Multiple roles in interpreted text (both prefix and suffix present; only one allowed).")};
        QTest::newRow("bad: role prefix and reference suffix")
            << QStringLiteral(":emphasis:`x`_\n")
            << QStringList{warning("Mismatch: both interpreted text role prefix and reference suffix.")};
        QTest::newRow("bad: unknown default role") << QStringLiteral(".. default-role:: nope\n\n`x`\n")
                                                   << QStringList{error("Unknown interpreted text role \"nope\".")};
        QTest::newRow("bad: raw directive without content")
            << QStringLiteral(".. raw:: html\n")
            << QStringList{error("Content block expected for the \"raw\" directive; none found.")};
        QTest::newRow("bad: grid table without a bottom border")
            << QStringLiteral("+---+\n| a |\n+---+\n| b |\n")
            << QStringList{warning("Blank line required after table."),
                           warning("Line block ends without a blank line."), error("Malformed table."),
                           warning("Blank line required after table.")};
    }

    void snippetMessages()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);

        const RstDocument::Ptr document = RstParser::parse(text);
        QVERIFY(document);
        const QStringList actual = parserMessages(*document);
        QEXPECT_FAIL("bad: role prefix and a backquote at the end", "the backquote is taken as plain text", Continue);
        QEXPECT_FAIL("bad: role prefix and suffix", "reported as an unknown role \"role\"", Continue);
        QEXPECT_FAIL("bad: unknown default role",
                     "the unknown role replaces the default one: `x` gets 'Unknown interpreted text role \"\".'",
                     Continue);
        QVERIFY2(actual == expected, qPrintable(lineDiff(expected, actual)));
    }

    void sourceRanges_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<Kind>("kind");
        QTest::addColumn<int>("nth");
        // 0-based, end exclusive; {-1, -1, -1, -1}: there is no such node.
        QTest::addColumn<SourceRange>("range");
        QTest::addColumn<QString>("nodeText"); // RstNode::text, when not null
        QTest::addColumn<QString>("nodeName"); // RstNode::name, when not null
        QTest::addColumn<QString>("plain");    // the #text below the node, when not null
        QTest::addColumn<QString>("attributeKey");
        QTest::addColumn<QString>("attributeValue");

        const QString none;
        const QString listText = QStringLiteral("Title\n=====\n\n* first item\n  continued\n* second\n");
        const QString gridTable = QStringLiteral("+-----+-----+\n"
                                                 "| a   | b   |\n"
                                                 "+=====+=====+\n"
                                                 "| c   | d   |\n"
                                                 "|     | e   |\n"
                                                 "+-----+-----+\n");
        const QString simpleTable = QStringLiteral("=====  =====\nA      B\n=====  =====\nx      y\n=====  =====\n");

        QTest::newRow("nominal: emphasis")
            << QStringLiteral("Some *word* here\n") << Kind::Emphasis << 0 << SourceRange{0, 5, 0, 11} << none << none
            << QStringLiteral("word") << none << none;
        QTest::newRow("nominal: emphasis on a paragraph's second line")
            << QStringLiteral("First line\nsecond *word* x\n") << Kind::Emphasis << 0 << SourceRange{1, 7, 1, 13}
            << none << none << QStringLiteral("word") << none << none;
        QTest::newRow("nominal: strong") << QStringLiteral("A **bold** move\n") << Kind::Strong << 0
                                         << SourceRange{0, 2, 0, 10} << none << none << QStringLiteral("bold") << none
                                         << none;
        QTest::newRow("nominal: inline literal")
            << QStringLiteral("Use ``x = 1`` here\n") << Kind::Literal << 0 << SourceRange{0, 4, 0, 13}
            << QStringLiteral("x = 1") << none << none << none << none;
        QTest::newRow("nominal: named reference")
            << QStringLiteral("See name_ now\n") << Kind::Reference << 0 << SourceRange{0, 4, 0, 9} << none
            << QStringLiteral("name") << none << QStringLiteral("refname") << QStringLiteral("name");
        QTest::newRow("nominal: phrase reference with embedded URI")
            << QStringLiteral("`Link text <https://ex.org/path>`_\n") << Kind::Reference << 0
            << SourceRange{0, 0, 0, 34} << QStringLiteral("Link text") << QStringLiteral("link text") << none
            << QStringLiteral("refuri") << QStringLiteral("https://ex.org/path");
        QTest::newRow("nominal: interpreted text with a role")
            << QStringLiteral("See :ref:`label` here\n") << Kind::InterpretedText << 0 << SourceRange{0, 4, 0, 16}
            << QStringLiteral("label") << QStringLiteral("ref") << none << none << none;
        QTest::newRow("nominal: section title")
            << QStringLiteral("Intro\n\nMy Title\n========\n\nBody\n") << Kind::Title << 0 << SourceRange{2, 0, 2, 8}
            << QStringLiteral("My Title") << none << QStringLiteral("My Title") << none << none;
        QTest::newRow("nominal: section spans title to its last body line")
            << QStringLiteral("Intro\n\nMy Title\n========\n\nBody\n") << Kind::Section << 0 << SourceRange{2, 0, 5, 4}
            << none << QStringLiteral("my title") << none << none << none;
        // Sections A (level 1) > B (2) > C (3), then D (2) closes B and C, E (1) closes A and D.
        const QString nested = QStringLiteral("A\n=\n\na\n\nB\n-\n\nb\n\nC\n~\n\nc\n\nD\n-\n\nd\n\nE\n=\n\ne\n");
        QTest::newRow("nominal: a section runs to its last subsection's end")
            << nested << Kind::Section << 0 << SourceRange{0, 0, 18, 1} << none << QStringLiteral("a") << none
            << QStringLiteral("level") << QStringLiteral("1");
        QTest::newRow("nominal: a subsection closed by a sibling runs to its own subsection's end")
            << nested << Kind::Section << 1 << SourceRange{5, 0, 13, 1} << none << QStringLiteral("b") << none
            << QStringLiteral("level") << QStringLiteral("2");
        QTest::newRow("nominal: the innermost section closed by a title two levels up")
            << nested << Kind::Section << 2 << SourceRange{10, 0, 13, 1} << none << QStringLiteral("c") << none
            << QStringLiteral("level") << QStringLiteral("3");
        QTest::newRow("nominal: a subsection closed by an outer title")
            << nested << Kind::Section << 3 << SourceRange{15, 0, 18, 1} << none << QStringLiteral("d") << none
            << QStringLiteral("level") << QStringLiteral("2");
        QTest::newRow("nominal: the last section runs to the end")
            << nested << Kind::Section << 4 << SourceRange{20, 0, 23, 1} << none << QStringLiteral("e") << none
            << QStringLiteral("level") << QStringLiteral("1");
        QTest::newRow("nominal: bullet list item with a continuation line")
            << listText << Kind::ListItem << 0 << SourceRange{3, 0, 4, 11} << none << none
            << QStringLiteral("first item\ncontinued") << none << none;
        QTest::newRow("nominal: last bullet list item") << listText << Kind::ListItem << 1 << SourceRange{5, 0, 5, 8}
                                                        << none << none << QStringLiteral("second") << none << none;
        QTest::newRow("nominal: literal block after ::")
            << QStringLiteral("Para::\n\n    code line 1\n      indented\n\n    code 3\n\nAfter.\n")
            << Kind::LiteralBlock << 0 << SourceRange{2, 4, 5, 10}
            << QStringLiteral("code line 1\n  indented\n\ncode 3") << none << none << none << none;
        QTest::newRow("nominal: note directive covers its content")
            << QStringLiteral("Intro.\n\n.. note::\n\n   Note body.\n\n   Second para.\n\nAfter.\n") << Kind::Admonition
            << 0 << SourceRange{2, 0, 6, 15} << none << QStringLiteral("note") << none << none << none;
        QTest::newRow("nominal: field name")
            << QStringLiteral(":Author: Someone\n:Long name: value\n") << Kind::FieldName << 1
            << SourceRange{1, 1, 1, 10} << none << none << QStringLiteral("Long name") << none << none;
        QTest::newRow("nominal: definition list term")
            << QStringLiteral("Term\n   Definition.\n") << Kind::Term << 0 << SourceRange{0, 0, 0, 4} << none << none
            << QStringLiteral("Term") << none << none;
        QTest::newRow("nominal: footnote reference")
            << QStringLiteral("Note [1]_ here.\n\n.. [1] The note.\n") << Kind::FootnoteReference << 0
            << SourceRange{0, 5, 0, 9} << QStringLiteral("1") << QStringLiteral("1") << none << none << none;
        QTest::newRow("nominal: citation reference")
            << QStringLiteral("See [CIT2002]_.\n\n.. [CIT2002] A book.\n") << Kind::CitationReference << 0
            << SourceRange{0, 4, 0, 14} << QStringLiteral("CIT2002") << QStringLiteral("cit2002") << none << none
            << none;
        QTest::newRow("nominal: substitution reference")
            << QStringLiteral("Use |sub| here.\n\n.. |sub| replace:: thing\n") << Kind::SubstitutionReference << 0
            << SourceRange{0, 4, 0, 9} << QStringLiteral("sub") << QStringLiteral("sub") << none << none << none;
        QTest::newRow("nominal: inline target")
            << QStringLiteral("An _`inline target` here.\n") << Kind::InlineTarget << 0 << SourceRange{0, 3, 0, 19}
            << QStringLiteral("inline target") << QStringLiteral("inline target") << none << none << none;
        QTest::newRow("nominal: standalone URI")
            << QStringLiteral("Visit https://example.org/a?b=c now.\n") << Kind::Reference << 0
            << SourceRange{0, 6, 0, 31} << QStringLiteral("https://example.org/a?b=c") << none << none
            << QStringLiteral("refuri") << QStringLiteral("https://example.org/a?b=c");
        QTest::newRow("nominal: e-mail address")
            << QStringLiteral("Mail me@example.org today.\n") << Kind::Reference << 0 << SourceRange{0, 5, 0, 19}
            << QStringLiteral("me@example.org") << none << none << QStringLiteral("refuri")
            << QStringLiteral("mailto:me@example.org");
        // Schemes are docutils' list, matched without regard to case (references as docutils makes them).
        QTest::newRow("nominal: standalone URI, scheme in capitals")
            << QStringLiteral("See HTTP://Example.org/a now.\n") << Kind::Reference << 0 << SourceRange{0, 4, 0, 24}
            << QStringLiteral("HTTP://Example.org/a") << none << none << QStringLiteral("refuri")
            << QStringLiteral("HTTP://Example.org/a");
        QTest::newRow("nominal: standalone URI, the longest scheme")
            << QStringLiteral("Lock opaquelocktoken:abc here.\n") << Kind::Reference << 0 << SourceRange{0, 5, 0, 24}
            << QStringLiteral("opaquelocktoken:abc") << none << none << QStringLiteral("refuri")
            << QStringLiteral("opaquelocktoken:abc");
        QTest::newRow("nominal: standalone URI, scheme with a dot")
            << QStringLiteral("Old Z39.50S:x here.\n") << Kind::Reference << 0 << SourceRange{0, 4, 0, 13}
            << QStringLiteral("Z39.50S:x") << none << none << QStringLiteral("refuri") << QStringLiteral("Z39.50S:x");
        QTest::newRow("edge: unknown scheme") << QStringLiteral("No notascheme:thing here.\n") << Kind::Reference << 0
                                              << SourceRange{-1, -1, -1, -1} << none << none << none << none << none;
        QTest::newRow("edge: a known scheme with one letter more")
            << QStringLiteral("No opaquelocktokens:abc here.\n") << Kind::Reference << 0 << SourceRange{-1, -1, -1, -1}
            << none << none << none << none << none;
        QTest::newRow("nominal: grid table cell paragraph over two lines")
            << gridTable << Kind::Paragraph << 3 << SourceRange{3, 8, 4, 9} << none << none << QStringLiteral("d\ne")
            << none << none;
        QTest::newRow("nominal: grid table header cell") << gridTable << Kind::Entry << 1 << SourceRange{1, 8, 1, 9}
                                                         << none << none << QStringLiteral("b") << none << none;
        QTest::newRow("nominal: simple table cell paragraph")
            << simpleTable << Kind::Paragraph << 3 << SourceRange{3, 7, 3, 8} << none << none << QStringLiteral("y")
            << none << none;
        QTest::newRow("nominal: emphasis in a list item in a block quote")
            << QStringLiteral("Para.\n\n   * item with *em*\n") << Kind::Emphasis << 0 << SourceRange{2, 15, 2, 19}
            << none << none << QStringLiteral("em") << none << none;
        QTest::newRow("edge: columns count UTF-16 code units")
            << QStringLiteral("Café *ñ* 🙂 *x*\n") << Kind::Emphasis << 1 << SourceRange{0, 12, 0, 15} << none << none
            << QStringLiteral("x") << none << none;
        QTest::newRow("edge: empty bullet list item spans its bullet")
            << QStringLiteral("Para.\n\n*\n") << Kind::ListItem << 0 << SourceRange{2, 0, 2, 1} << none << none
            << QString(QLatin1String("")) << none << none;
        QTest::newRow("edge: list of one empty item spans the bullet")
            << QStringLiteral("Para.\n\n-\n\nAfter.\n") << Kind::BulletList << 0 << SourceRange{2, 0, 2, 1} << none
            << none << none << none << none;
        QTest::newRow("edge: empty enumerated list item spans its enumerator")
            << QStringLiteral("Para.\n\n1.\n") << Kind::ListItem << 0 << SourceRange{2, 0, 2, 2} << none << none
            << QString(QLatin1String("")) << none << none;
        // Blocks without a character that can start markup take a shortcut; it must give the same nodes.
        QTest::newRow("plain: a paragraph without markup is one text node")
            << QStringLiteral("Plain words, nothing more.\nA second line here.\n") << Kind::Text << 0
            << SourceRange{0, 0, 1, 19} << QStringLiteral("Plain words, nothing more.\nA second line here.") << none
            << none << none << none;
        QTest::newRow("plain: in an indented list item")
            << QStringLiteral("* first item\n  continued\n") << Kind::Text << 0 << SourceRange{0, 2, 1, 11}
            << QStringLiteral("first item\ncontinued") << none << none << none << none;
        QTest::newRow("plain: a title") << QStringLiteral("Title text\n==========\n\nBody.\n") << Kind::Text << 0
                                        << SourceRange{0, 0, 0, 10} << QStringLiteral("Title text") << none << none
                                        << none << none;
        QTest::newRow("plain: non-ASCII text")
            << QStringLiteral(u"Caf\u00e9 na\u00efve \u8a2d\u8a08 text\n") << Kind::Text << 0
            << SourceRange{0, 0, 0, 18} << QStringLiteral(u"Caf\u00e9 na\u00efve \u8a2d\u8a08 text") << none << none
            << none << none;
        QTest::newRow("plain: a colon late in a long line is markup's business")
            << QStringLiteral("A long line of words that goes on and on, then: https://example.org\n")
            << Kind::Reference << 0 << SourceRange{0, 48, 0, 67} << none << none << none << QStringLiteral("refuri")
            << QStringLiteral("https://example.org");
        QTest::newRow("edge: a tab counts as one column of the source line")
            << QStringLiteral("a\t*em* x\n") << Kind::Emphasis << 0 << SourceRange{0, 2, 0, 6} << none << none
            << QStringLiteral("em") << none << none;
        QTest::newRow("edge: escaped markup is plain text")
            << QStringLiteral("\\*not emphasis\\* and \\`not literal\\`\n") << Kind::Paragraph << 0
            << SourceRange{0, 0, 0, 36} << none << none << QStringLiteral("*not emphasis* and `not literal`") << none
            << none;
        QTest::newRow("edge: escaped markup yields no emphasis")
            << QStringLiteral("\\*not emphasis\\*\n") << Kind::Emphasis << 0 << SourceRange{-1, -1, -1, -1} << none
            << none << none << none << none;
    }

    void sourceRanges()
    {
        QFETCH(QString, text);
        QFETCH(Kind, kind);
        QFETCH(int, nth);
        QFETCH(SourceRange, range);
        QFETCH(QString, nodeText);
        QFETCH(QString, nodeName);
        QFETCH(QString, plain);
        QFETCH(QString, attributeKey);
        QFETCH(QString, attributeValue);

        const RstDocument::Ptr document = RstParser::parse(text);
        QVERIFY(document);
        const RstNode *node = findNth(document->root(), kind, nth);
        if (range.startLine < 0) {
            QVERIFY2(!node, qPrintable(RstTreeDump::debug(*document)));
            return;
        }
        QVERIFY2(node, qPrintable(QStringLiteral("no such node in:\n") + RstTreeDump::debug(*document)));
        QCOMPARE(node->range, range);
        if (!nodeText.isNull()) {
            QCOMPARE(node->text, nodeText);
        }
        if (!nodeName.isNull()) {
            QCOMPARE(node->name(), nodeName);
        }
        if (!plain.isNull()) {
            QCOMPARE(plainText(*node), plain);
        }
        if (!attributeKey.isNull()) {
            QVERIFY(node->hasAttribute(attributeKey));
            QCOMPARE(node->attribute(attributeKey), attributeValue);
        }
    }

    void messagesAtExactPlace_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("message"); // the first line of RstMessage::text
        QTest::addColumn<QString>("severity");
        QTest::addColumn<int>("line");         // 0-based RstMessage::range.startLine
        QTest::addColumn<int>("docutilsLine"); // docutils' line, 0-based; must lie within the range
        QTest::addColumn<bool>("fromTransform");

        const QString warning = QStringLiteral("WARNING");
        const QString error = QStringLiteral("ERROR");
        const QString severe = QStringLiteral("SEVERE");

        // Our range spans title and underline; docutils points at the underline.
        QTest::newRow("bad: title underline too short")
            << QStringLiteral("Intro.\n\nTitle text\n=====\n\nBody\n") << QStringLiteral("Title underline too short.")
            << warning << 2 << 3 << false;
        QTest::newRow("bad: bullet list without a blank line before unindented text")
            << QStringLiteral("* a\n* b\nunindent\n")
            << QStringLiteral("Bullet list ends without a blank line; unexpected unindent.") << warning << 2 << 2
            << false;
        QTest::newRow("bad: unknown directive")
            << QStringLiteral("Para\n\n.. foo::\n") << QStringLiteral("Unknown directive type \"foo\".") << error << 2
            << 2 << false;
        QTest::newRow("bad: unknown role")
            << QStringLiteral("Para.\n\nText :bogus:`x` here.\n")
            << QStringLiteral("Unknown interpreted text role \"bogus\".") << error << 2 << 2 << false;
        QTest::newRow("bad: unclosed emphasis")
            << QStringLiteral("Para.\n\nSome *open text\n")
            << QStringLiteral("Inline emphasis start-string without end-string.") << warning << 2 << 2 << false;
        QTest::newRow("bad: unclosed inline literal")
            << QStringLiteral("Some ``open\n") << QStringLiteral("Inline literal start-string without end-string.")
            << warning << 0 << 0 << false;
        QTest::newRow("bad: duplicate explicit target with different URIs")
            << QStringLiteral("Intro.\n\n.. _x: http://a/\n.. _x: http://b/\n")
            << QStringLiteral("Duplicate explicit target name: \"x\".") << warning << 3 << 3 << false;
        QTest::newRow("bad: unknown target name")
            << QStringLiteral("Para.\n\nGo to nowhere_.\n") << QStringLiteral("Unknown target name: \"nowhere\".")
            << error << 2 << 2 << true;
        QTest::newRow("bad: undefined substitution")
            << QStringLiteral("Para.\n\nUse |nope| here.\n")
            << QStringLiteral("Undefined substitution referenced: \"nope\".") << error << 2 << 2 << true;
        QTest::newRow("bad: unexpected indentation in a paragraph")
            << QStringLiteral("Para\nline two\n  indented\n") << QStringLiteral("Unexpected indentation.") << error << 2
            << 2 << false;
        QTest::newRow("bad: unexpected indentation in a list item")
            << QStringLiteral("Para.\n\n- a\n- b\n\n  quoted\n- c\n  more\n   unexpected\n")
            << QStringLiteral("Unexpected indentation.") << error << 8 << 8 << false;
        QTest::newRow("bad: literal block expected")
            << QStringLiteral("Para::\n\nNot indented\n") << QStringLiteral("Literal block expected; none found.")
            << warning << 2 << 2 << false;
        QTest::newRow("bad: overline and underline mismatch")
            << QStringLiteral("Para.\n\n=====\nTitle\n-----\n")
            << QStringLiteral("Title overline & underline mismatch.") << severe << 2 << 2 << false;
        QTest::newRow("bad: note directive without content")
            << QStringLiteral("Para.\n\n.. note::\n\nEnd\n")
            << QStringLiteral("Content block expected for the \"note\" directive; none found.") << error << 2 << 2
            << false;
    }

    void messagesAtExactPlace()
    {
        QFETCH(QString, text);
        QFETCH(QString, message);
        QFETCH(QString, severity);
        QFETCH(int, line);
        QFETCH(int, docutilsLine);
        QFETCH(bool, fromTransform);

        const RstDocument::Ptr document = RstParser::parse(text);
        QVERIFY(document);
        QList<RstMessage> found;
        for (const RstMessage &candidate : document->messages()) {
            if (candidate.text.section(QLatin1Char('\n'), 0, 0) == message) {
                found.append(candidate);
            }
        }
        QVERIFY2(found.size() == 1,
                 qPrintable(QStringLiteral("expected the message once in:\n") + RstTreeDump::debug(*document)));
        const RstMessage &actual = found.constFirst();
        QCOMPARE(RstMessage::severityName(actual.severity), severity);
        QCOMPARE(actual.range.startLine, line);
        QVERIFY2(actual.range.startLine <= docutilsLine && docutilsLine <= actual.range.endLine,
                 qPrintable(QStringLiteral("docutils' line %1 is outside %2-%3")
                                .arg(docutilsLine)
                                .arg(actual.range.startLine)
                                .arg(actual.range.endLine)));
        QCOMPARE(actual.fromTransform, fromTransform);
    }

    // The features the parser reports are the kinds in its tree: the renderer skips walks by them.
    void featuresMatchTheTree_data()
    {
        QTest::addColumn<QString>("text");
        // footnotes, citations, targets, substitution definitions, inline targets
        QTest::addColumn<QList<bool>>("expected");
        QTest::newRow("none: sections, embedded URI, title reference")
            << QStringLiteral("Title\n=====\n\nSee `x <https://a.example>`_ and `Title`_.\n\nSub\n---\n\nText.\n")
            << QList<bool>{false, false, false, false, false};
        QTest::newRow("numbered footnote")
            << QStringLiteral("Text [1]_.\n\n.. [1] A footnote.\n") << QList<bool>{true, false, false, false, false};
        QTest::newRow("auto-numbered footnote")
            << QStringLiteral("Text [#]_.\n\n.. [#] A footnote.\n") << QList<bool>{true, false, false, false, false};
        QTest::newRow("symbol footnote") << QStringLiteral("Text [*]_.\n\n.. [*] A footnote.\n")
                                         << QList<bool>{true, false, false, false, false};
        QTest::newRow("citation") << QStringLiteral("See [CIT]_.\n\n.. [CIT] A citation.\n")
                                  << QList<bool>{false, true, false, false, false};
        QTest::newRow("explicit target") << QStringLiteral("See t_.\n\n.. _t: https://b.example\n")
                                         << QList<bool>{false, false, true, false, false};
        QTest::newRow("anonymous target in a block quote")
            << QStringLiteral("See a__.\n\n   __ https://b.example\n") << QList<bool>{false, false, true, false, false};
        QTest::newRow("substitution definition")
            << QStringLiteral("A |s|.\n\n.. |s| replace:: text\n") << QList<bool>{false, false, false, true, false};
        QTest::newRow("inline target") << QStringLiteral("An _`inline target` here.\n")
                                       << QList<bool>{false, false, false, false, true};
        QTest::newRow("inline target deep in a list") << QStringLiteral("* item\n\n  - deeper with _`a target`\n")
                                                      << QList<bool>{false, false, false, false, true};
        QTest::newRow("footnote and inline target in a table")
            << QStringLiteral("=====  =====\nA      B\n=====  =====\n_`t`    [2]_\n=====  =====\n\n.. [2] Note.\n")
            << QList<bool>{true, false, false, false, true};
        // Every input file: the features are what a walk of the whole tree finds.
        const QList<RstNode::Kind> kinds = {RstNode::Kind::Footnote, RstNode::Kind::Citation, RstNode::Kind::Target,
                                            RstNode::Kind::SubstitutionDefinition, RstNode::Kind::InlineTarget};
        const QStringList names = QDir(inputDir).entryList({QStringLiteral("*.rst")}, QDir::Files, QDir::Name);
        for (const QString &name : names) {
            const QString text = readText(inputDir + QLatin1Char('/') + name);
            QList<bool> found(kinds.size(), false);
            const std::function<void(const RstNode &)> walk = [&](const RstNode &node) {
                const qsizetype index = kinds.indexOf(node.kind);
                if (index >= 0) {
                    found[index] = true;
                }
                for (const RstNode &child : node.children) {
                    walk(child);
                }
            };
            walk(RstParser::parse(text)->root());
            QTest::newRow(qPrintable(name)) << text << found;
        }
    }

    void featuresMatchTheTree()
    {
        QFETCH(QString, text);
        QFETCH(QList<bool>, expected);
        const RstDocument::Ptr document = RstParser::parse(text);
        const RstDocument::Features &features = document->features();
        const QList<bool> actual = {features.footnotes, features.citations, features.targets,
                                    features.substitutionDefinitions, features.inlineTargets};
        QCOMPARE(actual, expected);
        QCOMPARE(features.onlySectionsHaveIds(), !expected.contains(true));
    }

    // Text nodes of blocks that lie in the source as written share its characters (big specs
    // parse without a copy of their text); any other block gets its joined text, the same value.
    void textNodesShareTheSource_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("texts");
        QTest::addColumn<QList<bool>>("shared");

        QTest::newRow("nominal: unindented paragraph of two lines")
            << QStringLiteral("First line\nsecond line.\n") << QStringList{QStringLiteral("First line\nsecond line.")}
            << QList<bool>{true};
        QTest::newRow("nominal: markup in an unindented paragraph")
            << QStringLiteral("Plain *stressed* tail\nnext.\n")
            << QStringList{QStringLiteral("Plain "), QStringLiteral("stressed"), QStringLiteral(" tail\nnext.")}
            << QList<bool>{true, true, true};
        QTest::newRow("nominal: one-line list item")
            << QStringLiteral("* item text\n") << QStringList{QStringLiteral("item text")} << QList<bool>{true};
        QTest::newRow("boundary: two-line list item (indented lines are apart)")
            << QStringLiteral("* item text\n  goes on\n") << QStringList{QStringLiteral("item text\ngoes on")}
            << QList<bool>{false};
        QTest::newRow("boundary: trailing spaces removed")
            << QStringLiteral("Line one  \nline two\n") << QStringList{QStringLiteral("Line one\nline two")}
            << QList<bool>{false};
        QTest::newRow("boundary: carriage returns")
            << QStringLiteral("Line one\r\nline two\r\n") << QStringList{QStringLiteral("Line one\nline two")}
            << QList<bool>{false};
        QTest::newRow("boundary: escapes keep their own text")
            << QStringLiteral("Not \\*stressed\\*.\n") << QStringList{QStringLiteral("Not *stressed*.")}
            << QList<bool>{false};
        QTest::newRow("invalid: tabs expanded")
            << QStringLiteral("A\tb\n") << QStringList{QStringLiteral("A       b")} << QList<bool>{false};
    }

    void textNodesShareTheSource()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, texts);
        QFETCH(QList<bool>, shared);

        // As a file or an editor hands it over: on the heap (a literal's static text is copied).
        const RstDocument::Ptr document = RstParser::parse(QString(text.constData(), text.size()));
        const QString &source = document->text();
        QStringList actualTexts;
        QList<bool> actualShared;
        std::function<void(const RstNode &)> walk = [&](const RstNode &node) {
            if (node.kind == Kind::Text) {
                actualTexts.append(node.text);
                const auto begin = quintptr(source.constData());
                const auto at = quintptr(node.text.constData());
                actualShared.append(at >= begin && at < begin + quintptr(source.size()) * sizeof(QChar));
            }
            for (const RstNode &child : node.children) {
                walk(child);
            }
        };
        walk(document->root());
        QCOMPARE(actualTexts, texts);
        QCOMPARE(actualShared, shared);
    }

    void wellFormedHasNoWarnings_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("text");

        const QString source = QStringLiteral(SPECWRIGHT_SOURCE_DIR);
        QTest::newRow("nominal: example spec")
            << source + QStringLiteral("/resources/examples/example-spec.rst") << QString();
        QTest::newRow("nominal: glance spec template")
            << source + QStringLiteral("/resources/templates/glance-spec.rst") << QString();
        QTest::newRow("nominal: spec-like construct file") << inputDir + QStringLiteral("/spec-like.rst") << QString();
        QTest::newRow("nominal: resolved references and substitutions")
            << QString()
            << QStringLiteral("Title\n=====\n\n"
                              "See target_, `Title`_, [1]_, [CIT]_, |sub|, anon__ and https://example.org.\n\n"
                              ".. _target: https://example.org/t\n"
                              ".. [1] A footnote.\n"
                              ".. [CIT] A citation.\n"
                              ".. |sub| replace:: *text*\n"
                              "__ https://example.org/anon\n\n"
                              "* item\n\n  .. note::\n\n     Body with ``code`` and :ref:`label`.\n");
    }

    void wellFormedHasNoWarnings()
    {
        QFETCH(QString, path);
        QFETCH(QString, text);

        const RstDocument::Ptr document = RstParser::parse(path.isEmpty() ? text : readText(path), path);
        QVERIFY(document);
        QStringList problems;
        for (const RstMessage &message : document->messages()) {
            if (message.severity >= Severity::Warning) {
                problems.append(QStringLiteral("%1 %2: %3")
                                    .arg(RstMessage::severityName(message.severity))
                                    .arg(message.range.startLine + 1)
                                    .arg(message.text.section(QLatin1Char('\n'), 0, 0)));
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }
};

QTEST_GUILESS_MAIN(RstParserTest)

#include "rstparser_test.moc"
