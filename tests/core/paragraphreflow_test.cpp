// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Reflow Paragraph: what it fills, what it never touches, and the rules it shares with Export for Review.
#include "testconfig.h"

#include <core/document/textfile.h>
#include <core/review/paragraphreflow.h>
#include <core/review/prosewrapper.h>
#include <core/review/reviewnormalizer.h>
#include <core/rst/rstparser.h>

#include <QRandomGenerator>
#include <QTest>

using Specwright::Core::LineChange;
using Specwright::Core::ParagraphReflow;
using Specwright::Core::ProseWrapper;
using Specwright::Core::ReviewNormalizer;
using Specwright::Core::RstParser;
using Specwright::Core::TextFile;

namespace {

// \a text with \a change made.
QString applied(const QString &text, const LineChange &change)
{
    QStringList lines = text.split(QLatin1Char('\n'));
    lines.remove(change.firstLine, change.removedLines);
    for (qsizetype k = 0; k < change.lines.size(); ++k) {
        lines.insert(change.firstLine + k, change.lines.at(k));
    }
    return lines.join(QLatin1Char('\n'));
}

QString structure(const QString &text)
{
    return ProseWrapper::structureOf(RstParser::parse(text)->root());
}

// Every line of \a lines is shorter than 80 columns, or is one word that cannot be broken.
void verifyWidth(const QStringList &lines)
{
    for (const QString &line : lines) {
        if (ProseWrapper::codePoints(line) > ProseWrapper::Width) {
            QString text = line.trimmed();
            // What stands before the text (a list marker, a field name) is not a word of it.
            const qsizetype space = text.indexOf(QLatin1Char(' '));
            const QStringList atoms = ProseWrapper::atoms(text);
            const bool marker = atoms.size() == 2 && space > 0 && !text.at(0).isLetterOrNumber();
            QVERIFY2(atoms.size() == 1 || marker, qPrintable(QStringLiteral("too long: \"%1\"").arg(line)));
        }
    }
}

const QString Sentence = QStringLiteral("Specwright keeps the paragraph under the cursor readable by filling each "
                                        "line as far as the seventy-ninth column, and no further, whatever the user "
                                        "typed before.");

} // namespace

class ParagraphReflowTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void reflows_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<int>("first"); // 0-based lines: the cursor's, or a selection's first and last
        QTest::addColumn<int>("last");
        QTest::addColumn<QString>("expected");

        QTest::newRow("nominal: short lines joined")
            << QStringLiteral("Title\n=====\n\nThis is a paragraph\nwith short\nlines that a user typed.\n\nNext.\n")
            << 4 << 4
            << QStringLiteral("Title\n=====\n\nThis is a paragraph with short lines that a user typed.\n\nNext.\n");
        QTest::newRow("nominal: long line broken, the rest filled")
            << QStringLiteral("Specwright keeps the paragraph under the cursor readable by filling each line as far "
                              "as the\nseventy-ninth column,\nand no further, whatever the user typed before.\n")
            << 1 << 1
            << QStringLiteral("Specwright keeps the paragraph under the cursor readable by filling each line\n"
                              "as far as the seventy-ninth column, and no further, whatever the user typed\n"
                              "before.\n");
        QTest::newRow("nominal: bullet item keeps its marker, continuation under the text")
            << QStringLiteral("* ") + Sentence + QStringLiteral("\n* Second item.\n") << 0 << 0
            << QStringLiteral("* Specwright keeps the paragraph under the cursor readable by filling each line\n"
                              "  as far as the seventy-ninth column, and no further, whatever the user typed\n"
                              "  before.\n"
                              "* Second item.\n");
        QTest::newRow("nominal: bullet item joined") << QStringLiteral("- one\n  two\n  three\n- four\n  five\n") << 2
                                                     << 2 << QStringLiteral("- one two three\n- four\n  five\n");
        QTest::newRow("nominal: enumerated item 10. keeps its four-column hang")
            << QStringLiteral("9. Nine.\n10. ") + Sentence + QStringLiteral("\n") << 1 << 1
            << QStringLiteral("9. Nine.\n"
                              "10. Specwright keeps the paragraph under the cursor readable by filling each\n"
                              "    line as far as the seventy-ninth column, and no further, whatever the user\n"
                              "    typed before.\n");
        QTest::newRow("nominal: auto-numbered item") << QStringLiteral("#. first\n   item\n#. second\n") << 0 << 0
                                                     << QStringLiteral("#. first item\n#. second\n");
        QTest::newRow("nominal: second paragraph of a list item")
            << QStringLiteral("* First paragraph\n  of the item.\n\n  Second paragraph\n  of the item.\n") << 4 << 4
            << QStringLiteral("* First paragraph\n  of the item.\n\n  Second paragraph of the item.\n");
        QTest::newRow("nominal: nested list item")
            << QStringLiteral("* Outer.\n\n  * Inner item\n    in two lines.\n") << 2 << 2
            << QStringLiteral("* Outer.\n\n  * Inner item in two lines.\n");
        QTest::newRow("nominal: block quote keeps its indentation")
            << QStringLiteral("Intro.\n\n    Quoted text\n    in short\n    lines.\n") << 3 << 3
            << QStringLiteral("Intro.\n\n    Quoted text in short lines.\n");
        QTest::newRow("nominal: admonition body") << QStringLiteral(".. note::\n\n   A note\n   in short lines.\n") << 2
                                                  << 2 << QStringLiteral(".. note::\n\n   A note in short lines.\n");
        QTest::newRow("nominal: admonition text on the directive line")
            << QStringLiteral(".. warning:: Mind\n   the gap.\n") << 0 << 0
            << QStringLiteral(".. warning:: Mind the gap.\n");
        QTest::newRow("nominal: field body continues at its own indentation")
            << QStringLiteral(":Status: Specwright keeps the paragraph under the cursor readable by filling each\n"
                              "   line as far as the seventy-ninth column, and no further, whatever the user\n"
                              "   typed before.\n")
            << 0 << 0
            << QStringLiteral(":Status: Specwright keeps the paragraph under the cursor readable by filling\n"
                              "   each line as far as the seventy-ninth column, and no further, whatever the\n"
                              "   user typed before.\n");
        QTest::newRow("nominal: cursor on a field's name")
            << QStringLiteral(":Status: Draft\n   and short.\n:Next: x\n") << 0 << 0
            << QStringLiteral(":Status: Draft and short.\n:Next: x\n");
        QTest::newRow("nominal: option description") << QStringLiteral("-a, --all  Show all\n           the things.\n")
                                                     << 1 << 1 << QStringLiteral("-a, --all  Show all the things.\n");
        QTest::newRow("nominal: topic body") << QStringLiteral(".. topic:: Heading\n\n   Body text\n   here.\n") << 2
                                             << 2 << QStringLiteral(".. topic:: Heading\n\n   Body text here.\n");
        QTest::newRow("nominal: block quote in a list item")
            << QStringLiteral("* Item.\n\n      Quoted\n      text.\n") << 3 << 3
            << QStringLiteral("* Item.\n\n      Quoted text.\n");
        QTest::newRow("nominal: definition") << QStringLiteral("Term\n  The definition\n  in short lines.\n") << 2 << 2
                                             << QStringLiteral("Term\n  The definition in short lines.\n");
        QTest::newRow("nominal: footnote body")
            << QStringLiteral("Text [1]_.\n\n.. [1] A footnote\n   that continues.\n") << 3 << 3
            << QStringLiteral("Text [1]_.\n\n.. [1] A footnote that continues.\n");
        QTest::newRow("nominal: paragraph before a literal block keeps its ::")
            << QStringLiteral("For\nexample::\n\n    code   stays    as   it is\n    and here\n") << 0 << 0
            << QStringLiteral("For example::\n\n    code   stays    as   it is\n    and here\n");
        QTest::newRow("nominal: selection over two paragraphs, each filled, the blank line kept")
            << QStringLiteral("One\ntwo.\n\nThree\nfour.\n") << 0 << 4 << QStringLiteral("One two.\n\nThree four.\n");
        QTest::newRow("nominal: selection over a literal block between paragraphs")
            << QStringLiteral("One\ntwo::\n\n    a   b\n    c\n\nThree\nfour.\n") << 1 << 6
            << QStringLiteral("One two::\n\n    a   b\n    c\n\nThree four.\n");
        QTest::newRow("nominal: selection that starts on a title")
            << QStringLiteral("Title\n=====\n\nOne\ntwo.\n") << 0 << 4 << QStringLiteral("Title\n=====\n\nOne two.\n");
        QTest::newRow("edge: selection with an already filled paragraph and one to fill")
            << QStringLiteral("Filled.\n\nThree\nfour.\n") << 0 << 3 << QStringLiteral("Filled.\n\nThree four.\n");
        QTest::newRow("edge: inline literal is never split")
            << QStringLiteral("Filling words go here until the emphasised span starts near the end ``of this\n"
                              "line`` and goes on.\n")
            << 0 << 0
            << QStringLiteral("Filling words go here until the emphasised span starts near the end\n"
                              "``of this line`` and goes on.\n");
        QTest::newRow("edge: interpreted text with a role is never split")
            << QStringLiteral("Words to reach near the end of the line so that the role :ref:`the section <sec>`\n"
                              "goes down whole.\n")
            << 0 << 0
            << QStringLiteral("Words to reach near the end of the line so that the role\n"
                              ":ref:`the section <sec>` goes down whole.\n");
        QTest::newRow("edge: emphasis is never split")
            << QStringLiteral("Filling words go here until the emphasised span starts near the end *of this line*\n"
                              "and goes on.\n")
            << 0 << 0
            << QStringLiteral("Filling words go here until the emphasised span starts near the end\n"
                              "*of this line* and goes on.\n");
        QTest::newRow("edge: a long emphasised passage wraps inside")
            << QStringLiteral("*") + Sentence + QStringLiteral("*\n") << 0 << 0
            << QStringLiteral("*Specwright keeps the paragraph under the cursor readable by filling each line\n"
                              "as far as the seventy-ninth column, and no further, whatever the user typed\n"
                              "before.*\n");
        QTest::newRow("edge: strong emphasis is never split")
            << QStringLiteral("Filling words go here until the strong span starts near the very end **of\n"
                              "this line** and on.\n")
            << 0 << 0
            << QStringLiteral("Filling words go here until the strong span starts near the very end\n"
                              "**of this line** and on.\n");
        QTest::newRow("edge: a hyperlink reference is never split")
            << QStringLiteral("Before the link there are enough words that `the link text\n"
                              "<https://example.org/specs>`_ moves down.\n")
            << 1 << 1
            << QStringLiteral("Before the link there are enough words that\n"
                              "`the link text <https://example.org/specs>`_ moves down.\n");
        const QString url = QStringLiteral("https://example.org/a/very/long/path/that/goes/on/and/on/and/on/for/ever/"
                                           "and/ever.html");
        QTest::newRow("edge: a URL longer than the width stays whole on its own line")
            << QStringLiteral("See\n") + url + QStringLiteral(" for details.\n") << 0 << 0
            << QStringLiteral("See\n") + url + QStringLiteral("\nfor details.\n");
        QTest::newRow("edge: an unclosed * is an ordinary word")
            << QStringLiteral("Multiply 2 *\n3 and call f(*args)\nnow.\n") << 0 << 0
            << QStringLiteral("Multiply 2 * 3 and call f(*args) now.\n");
        QTest::newRow("edge: trailing whitespace goes")
            << QStringLiteral("One  \ntwo.\n") << 0 << 0 << QStringLiteral("One two.\n");
        QTest::newRow("edge: last line without a newline")
            << QStringLiteral("One\ntwo.") << 1 << 1 << QStringLiteral("One two.");
    }

    void reflows()
    {
        QFETCH(QString, input);
        QFETCH(int, first);
        QFETCH(int, last);
        QFETCH(QString, expected);
        const ParagraphReflow::Result result = ParagraphReflow::reflow(input, first, last);
        QVERIFY2(result.changed(), qPrintable(result.reason));
        QVERIFY(result.reason.isEmpty());
        const QString output = applied(input, *result.change);
        QCOMPARE(output, expected);
        verifyWidth(result.change->lines);
        QCOMPARE(structure(output), structure(input));
        // Already filled now: reflowing again changes nothing, and says so.
        const ParagraphReflow::Result again = ParagraphReflow::reflow(
            output, result.change->firstLine, result.change->firstLine + int(result.change->lines.size()) - 1);
        QVERIFY(!again.changed());
        QVERIFY2(again.reason.contains(QLatin1String("already filled")), qPrintable(again.reason));
    }

    void refuses_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("reason");
        const QString words = QStringLiteral("one two\nthree");
        QTest::newRow("literal block after ::") << QStringLiteral("Example::\n\n    one two\n    three\n") << 2
                                                << QStringLiteral("Line 3 is in a literal block: not reflowed");
        QTest::newRow("code-block body") << QStringLiteral(".. code-block:: python\n\n    x = 1\n    y = 2\n") << 2
                                         << QStringLiteral("Line 3 is in a code-block directive: not reflowed");
        QTest::newRow("section title") << QStringLiteral("A title\n=======\n\nText.\n") << 0
                                       << QStringLiteral("Line 1 is a section title");
        QTest::newRow("title adornment") << QStringLiteral("A title\n=======\n\nText.\n") << 1
                                         << QStringLiteral("Line 2 is a");
        QTest::newRow("grid table") << QStringLiteral("+-----+-----+\n| one | two |\n+-----+-----+\n") << 1
                                    << QStringLiteral("Line 2 is in a table: not reflowed");
        QTest::newRow("simple table") << QStringLiteral("=====  =====\none    two\nthree  four\n=====  =====\n") << 1
                                      << QStringLiteral("Line 2 is in a table");
        QTest::newRow("comment") << QStringLiteral(".. a comment\n   in two lines\n") << 1
                                 << QStringLiteral("Line 2 is in a comment: not reflowed");
        QTest::newRow("line block") << QStringLiteral("| one\n| two\n") << 0
                                    << QStringLiteral("Line 1 is in a line block: not reflowed");
        QTest::newRow("blank line") << QStringLiteral("One.\n\nTwo.\n") << 1
                                    << QStringLiteral("Line 2 is blank: nothing to reflow");
        QTest::newRow("already filled") << QStringLiteral("Already filled.\n") << 0
                                        << QStringLiteral("The paragraph at line 1 is already filled to 79 columns");
        QTest::newRow("tabs") << QStringLiteral("One\ttwo\nthree.\n") << 0
                              << QStringLiteral("The paragraph at line 1 has tabs: not reflowed");
        QTest::newRow("Sphinx directive body") << QStringLiteral(".. seealso::\n\n   Some text\n   here.\n") << 2
                                               << QStringLiteral("Line 3 is in a directive (seealso): not reflowed");
        QTest::newRow("hyperlink target")
            << QStringLiteral(".. _target: https://example.org/a\n") << 0 << QStringLiteral("hyperlink target");
        QTest::newRow("transition") << QStringLiteral("One.\n\n----------\n\nTwo.\n") << 2
                                    << QStringLiteral("Line 3 is a transition");
        QTest::newRow("filling would leave a line of only \"==== ====\"")
            << QStringLiteral("Some ") + QString(70, QLatin1Char('a')) + QStringLiteral(" ==== ====\n") << 0
            << QStringLiteral("would change");
    }

    void refuses()
    {
        QFETCH(QString, input);
        QFETCH(int, line);
        QFETCH(QString, reason);
        const ParagraphReflow::Result result = ParagraphReflow::reflow(input, line, line);
        QVERIFY2(!result.changed(), qPrintable(applied(input, result.change.value_or(LineChange{}))));
        QVERIFY2(result.reason.contains(reason), qPrintable(result.reason));
    }

    void cursorStaysInItsWord_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<int>("reflowed"); // a 0-based line of the paragraph reflowed
        QTest::addColumn<int>("line");     // where the cursor is, 0-based
        QTest::addColumn<int>("column");
        QTest::addColumn<int>("expectedLine");
        QTest::addColumn<int>("expectedColumn");
        const QString paragraph = QStringLiteral("Intro.\n\nA paragraph\nin short\nlines.\n\nNext.\n");
        QTest::newRow("nominal: inside a word") << paragraph << 3 << 3 << 3 << 2 << 15;
        QTest::newRow("nominal: at a line's start") << paragraph << 3 << 4 << 0 << 2 << 21;
        QTest::newRow("nominal: at the paragraph's end") << paragraph << 3 << 4 << 6 << 2 << 27;
        QTest::newRow("nominal: above the paragraph") << paragraph << 3 << 0 << 3 << 0 << 3;
        QTest::newRow("nominal: below the paragraph, moved up") << paragraph << 3 << 6 << 2 << 4 << 2;
        QTest::newRow("edge: list item continuation") << QStringLiteral("* one\n  two\n") << 0 << 1 << 2 << 0 << 6;
    }

    void cursorStaysInItsWord()
    {
        QFETCH(QString, input);
        QFETCH(int, reflowed);
        QFETCH(int, line);
        QFETCH(int, column);
        QFETCH(int, expectedLine);
        QFETCH(int, expectedColumn);
        const QStringList lines = input.split(QLatin1Char('\n'));
        const ParagraphReflow::Result result = ParagraphReflow::reflow(input, reflowed, reflowed);
        QVERIFY(result.changed());
        const auto [newLine, newColumn] = ParagraphReflow::positionAfter(lines, *result.change, line, column);
        QCOMPARE(newLine, expectedLine);
        QCOMPARE(newColumn, expectedColumn);
    }

    // Export for Review and Reflow Paragraph fill a long paragraph the same way: one set of rules.
    void sameRulesAsTheNormalizer_data()
    {
        QTest::addColumn<QString>("input");
        QTest::newRow("paragraph") << Sentence + QStringLiteral("\n");
        QTest::newRow("bullet item") << QStringLiteral("* ") + Sentence + QStringLiteral("\n");
        QTest::newRow("inline markup") << QStringLiteral("Filling words go here until the strong span starts near "
                                                         "the very end **of this line** and ``so on``.\n");
        QTest::newRow("field") << QStringLiteral(":Status: ") + Sentence + QStringLiteral("\n");
    }

    void sameRulesAsTheNormalizer()
    {
        QFETCH(QString, input);
        const ParagraphReflow::Result result = ParagraphReflow::reflow(input, 0, 0);
        QVERIFY(result.changed());
        QCOMPARE(applied(input, *result.change), ReviewNormalizer::normalize(input).text);
    }

    // Every paragraph of the example spec and of generated ones, reflowed: no line reaches
    // column 80 but for words that cannot be broken, the structure stays, and a second reflow
    // changes nothing.
    void noLineReachesColumn80_data()
    {
        QTest::addColumn<QString>("input");
        const TextFile example =
            TextFile::read(QStringLiteral(SPECWRIGHT_SOURCE_DIR "/resources/examples/example-spec.rst"));
        QVERIFY(example.isValid());
        QTest::newRow("example spec") << example.text();
        QRandomGenerator random(23);
        // What stands before a paragraph's first line, and before its other lines.
        const QList<std::pair<QString, QString>> leads = {
            {QString(), QString()},
            {QStringLiteral("* "), QStringLiteral("  ")},
            {QStringLiteral("#. "), QStringLiteral("   ")},
            {QStringLiteral("    "), QStringLiteral("    ")},
            {QStringLiteral(":Field: "), QStringLiteral("   ")},
        };
        const QStringList spans = {QStringLiteral("``a literal span``"), QStringLiteral(":ref:`a role <x>`"),
                                   QStringLiteral("*some emphasis*"), QStringLiteral("`a link <https://x.org/y>`_"),
                                   QStringLiteral("https://example.org/") + QString(70, QLatin1Char('u'))};
        for (int n = 0; n < 40; ++n) {
            const auto &[lead, hang] = leads.at(n % leads.size());
            QString paragraph = lead;
            const int words = 5 + int(random.bounded(60));
            for (int w = 0; w < words; ++w) {
                if (random.bounded(8) == 0) {
                    paragraph += spans.at(random.bounded(int(spans.size())));
                } else {
                    paragraph += QString(1 + int(random.bounded(12)), QChar(u'a' + random.bounded(26)));
                }
                paragraph += random.bounded(5) == 0 ? QStringLiteral("\n") + hang : QStringLiteral(" ");
            }
            QTest::addRow("generated %d", n) << QStringLiteral("Intro.\n\n") + paragraph + QStringLiteral("end.\n");
        }
    }

    void noLineReachesColumn80()
    {
        QFETCH(QString, input);
        const int lines = int(input.count(QLatin1Char('\n')));
        const ParagraphReflow::Result result = ParagraphReflow::reflow(input, 0, lines);
        if (!result.changed()) {
            QVERIFY2(result.reason.contains(QLatin1String("already filled")), qPrintable(result.reason));
            return;
        }
        const QString output = applied(input, *result.change);
        verifyWidth(output.split(QLatin1Char('\n')));
        QCOMPARE(structure(output), structure(input));
        const ParagraphReflow::Result again = ParagraphReflow::reflow(output, 0, lines);
        QVERIFY2(!again.changed(), qPrintable(applied(output, again.change.value_or(LineChange{}))));
    }
};

QTEST_GUILESS_MAIN(ParagraphReflowTest)
#include "paragraphreflow_test.moc"
