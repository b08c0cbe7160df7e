// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "paintrecorder.h"
#include "widgettesthelpers.h"

#include <widgets/linenumbergutter.h>
#include <widgets/sourceeditor.h>

#include <QFontInfo>
#include <QHelpEvent>
#include <QScrollBar>
#include <QSet>
#include <QTextBlock>
#include <QTextLayout>
#include <QToolTip>

using Specwright::Tests::PaintRecorder;
using Specwright::Widgets::SourceEditor;

class SourceEditorTest : public QObject
{
    Q_OBJECT

private:
    // Puts \a text in the editor with the cursor at the '|' marker (or a selection between two markers).
    static void setTextWithCursor(SourceEditor &editor, QString text)
    {
        const qsizetype first = text.indexOf(QLatin1Char('|'));
        text.remove(first, 1);
        const qsizetype second = text.indexOf(QLatin1Char('|'));
        if (second >= 0) {
            text.remove(second, 1);
        }
        editor.setPlainText(text);
        QTextCursor cursor(editor.document());
        cursor.setPosition(first);
        if (second >= 0) {
            cursor.setPosition(second, QTextCursor::KeepAnchor);
        }
        editor.setTextCursor(cursor);
    }

    // Shows \a editor at \a size holding \a text, focused, with the cursor on 1-based \a line after
    // \a move, and everything painted: what a user sees before typing there.
    static bool showForTyping(SourceEditor &editor, QSize size, const QString &text, int line,
                              QTextCursor::MoveOperation move)
    {
        editor.resize(size);
        editor.setPlainText(text);
        editor.show();
        if (!QTest::qWaitForWindowExposed(&editor)) {
            return false;
        }
        editor.goToLine(line);
        editor.moveCursor(move);
        editor.setFocus();
        QCoreApplication::processEvents();
        return true;
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void keys_data()
    {
        QTest::addColumn<QString>("before");
        QTest::addColumn<int>("key");
        QTest::addColumn<int>("modifiers");
        QTest::addColumn<QString>("after");

        const int none = Qt::NoModifier;
        QTest::newRow("tab: spaces to the next stop")
            << QStringLiteral("ab|") << int(Qt::Key_Tab) << none << QStringLiteral("ab  ");
        QTest::newRow("tab: a full stop at column 0")
            << QStringLiteral("|x") << int(Qt::Key_Tab) << none << QStringLiteral("    x");
        QTest::newRow("tab: indents selected lines") << QStringLiteral("|one\ntwo\n\nthree|") << int(Qt::Key_Tab)
                                                     << none << QStringLiteral("    one\n    two\n\n    three");
        QTest::newRow("tab: selection ending at line start skips that line")
            << QStringLiteral("|one\n|two") << int(Qt::Key_Tab) << none << QStringLiteral("    one\ntwo");
        QTest::newRow("backtab: unindents the current line") << QStringLiteral("      te|xt") << int(Qt::Key_Backtab)
                                                             << int(Qt::ShiftModifier) << QStringLiteral("  text");
        QTest::newRow("backtab: removes at most the leading spaces")
            << QStringLiteral("  |a\n|b") << int(Qt::Key_Backtab) << int(Qt::ShiftModifier) << QStringLiteral("a\nb");
        QTest::newRow("enter: keeps the indentation")
            << QStringLiteral("  * item|") << int(Qt::Key_Return) << none << QStringLiteral("  * item\n  ");
        QTest::newRow("enter: in the indentation keeps only what is left of the cursor")
            << QStringLiteral("  |    x") << int(Qt::Key_Return) << none << QStringLiteral("  \n      x");
    }

    void keys()
    {
        QFETCH(QString, before);
        QFETCH(int, key);
        QFETCH(int, modifiers);
        QFETCH(QString, after);
        SourceEditor editor;
        setTextWithCursor(editor, before);
        QTest::keyClick(&editor, Qt::Key(key), Qt::KeyboardModifiers(modifiers));
        QCOMPARE(editor.toPlainText(), after);
        // Every key is one undo step.
        editor.undo();
        QString original = before;
        original.remove(QLatin1Char('|'));
        QCOMPARE(editor.toPlainText(), original);
    }

    void monospaceFont()
    {
        SourceEditor editor;
        QVERIFY(QFontInfo(editor.font()).fixedPitch());
    }

    void highlightsRestructuredText()
    {
        SourceEditor editor;
        QCOMPARE(editor.definitionName(), QStringLiteral("reStructuredText"));
        editor.setPlainText(QStringLiteral("Some **strong** text\n\n.. note::\n\n   body\n"));
        // The highlighter runs synchronously on setPlainText: the strong span
        // must carry a format that differs from plain text.
        const QTextBlock block = editor.document()->firstBlock();
        const QList<QTextLayout::FormatRange> formats = block.layout()->formats();
        QVERIFY(!formats.isEmpty());
        bool strongFormatted = false;
        for (const QTextLayout::FormatRange &range : formats) {
            if (range.start <= 5 && range.start + range.length >= 15 && range.format.fontWeight() >= QFont::Bold) {
                strongFormatted = true;
            }
        }
        QVERIFY(strongFormatted);
    }

    void themeFollowsPalette()
    {
        SourceEditor editor;
        QPalette light;
        light.setColor(QPalette::Base, Qt::white);
        light.setColor(QPalette::Window, Qt::white);
        light.setColor(QPalette::Text, Qt::black);
        light.setColor(QPalette::WindowText, Qt::black);
        QApplication::setPalette(light);
        const QString lightTheme = editor.effectiveThemeName();
        QVERIFY(editor.palette().color(QPalette::Base).lightness() > 128);

        QPalette dark;
        dark.setColor(QPalette::Base, QColor(30, 30, 30));
        dark.setColor(QPalette::Window, QColor(30, 30, 30));
        dark.setColor(QPalette::Text, Qt::white);
        dark.setColor(QPalette::WindowText, Qt::white);
        QApplication::setPalette(dark);
        QTRY_VERIFY(editor.effectiveThemeName() != lightTheme);
        QVERIFY(editor.palette().color(QPalette::Base).lightness() < 128);
        QApplication::setPalette(light);
    }

    void themeOverride()
    {
        SourceEditor editor;
        const QStringList themes = SourceEditor::availableThemeNames();
        QVERIFY(themes.contains(QStringLiteral("Breeze Dark")));
        QVERIFY(themes.contains(QStringLiteral("Breeze Light")));
        editor.setThemeName(QStringLiteral("Breeze Dark"));
        QCOMPARE(editor.effectiveThemeName(), QStringLiteral("Breeze Dark"));
        QVERIFY(editor.palette().color(QPalette::Base).lightness() < 128);
        // A light application palette does not override the user's choice.
        QApplication::setPalette(QPalette(Qt::white));
        QCOMPARE(editor.effectiveThemeName(), QStringLiteral("Breeze Dark"));
        editor.setThemeName(QString());
        QVERIFY(editor.effectiveThemeName() != QStringLiteral("Breeze Dark"));
    }

    void rulerAtColumn79()
    {
        SourceEditor editor;
        editor.resize(1200, 400);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        QCOMPARE(editor.rulerColumn(), 79);
        // The ruler sits exactly where the 80th character starts.
        editor.setPlainText(QString(79, QLatin1Char('x')) + QLatin1Char('y'));
        QTextCursor cursor(editor.document());
        cursor.setPosition(79);
        QCOMPARE(editor.cursorRect(cursor).left(), editor.rulerX());
        // And it is painted there.
        const QImage image = editor.viewport()->grab().toImage();
        const QColor painted = image.pixelColor(editor.rulerX(), image.height() - 5);
        QCOMPARE(painted.rgb(), editor.rulerColor().rgb());
    }

    void gutterGrowsWithLineCount()
    {
        SourceEditor editor;
        editor.setPlainText(QStringLiteral("a\nb\n"));
        const int small = editor.gutterWidth();
        QVERIFY(small > 0);
        editor.setPlainText(QString(99999, QLatin1Char('\n')));
        QVERIFY(editor.gutterWidth() > small);
        QVERIFY(editor.viewport()->geometry().left() >= editor.gutterWidth());
    }

    void currentLineIsHighlighted()
    {
        SourceEditor editor;
        editor.setPlainText(QStringLiteral("one\ntwo\nthree"));
        editor.goToLine(2);
        QCOMPARE(editor.textCursor().blockNumber(), 1);
        const QList<QTextEdit::ExtraSelection> selections = editor.extraSelections();
        QCOMPARE(selections.size(), 1);
        QCOMPARE(selections.constFirst().cursor.blockNumber(), 1);
        QCOMPARE(selections.constFirst().format.background().color(), editor.currentLineColor());
        QVERIFY(selections.constFirst().format.property(QTextFormat::FullWidthSelection).toBool());
    }

    // Hovering a finding shows its message and rule; a place with very many findings lists some.
    void tooltipListsTheFindingsUnderTheMouse_data()
    {
        QTest::addColumn<int>("findings");
        QTest::addColumn<int>("listed");
        QTest::addColumn<QString>("more");
        QTest::newRow("one") << 1 << 1 << QString();
        QTest::newRow("many") << SourceEditor::MaximumTooltipFindings + 7 << SourceEditor::MaximumTooltipFindings
                              << QStringLiteral("… and 7 more here");
    }

    void tooltipListsTheFindingsUnderTheMouse()
    {
        QFETCH(int, findings);
        QFETCH(int, listed);
        QFETCH(QString, more);
        SourceEditor editor;
        editor.resize(600, 300);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        editor.setPlainText(QStringLiteral("First line here.\nSee *unmatched text.\nLast line.\n"));
        QList<Specwright::Core::Diagnostic> diagnostics;
        for (int i = 0; i < findings; ++i) {
            Specwright::Core::Diagnostic d;
            d.ruleId = QStringLiteral("rule-%1").arg(i);
            d.message = QStringLiteral("Finding %1.").arg(i);
            d.range = {1, 4, 1, 5}; // the "*"
            diagnostics.append(d);
        }
        Specwright::Core::Diagnostic elsewhere;
        elsewhere.ruleId = QStringLiteral("elsewhere");
        elsewhere.message = QStringLiteral("On the first line.");
        elsewhere.range = {0, 0, 0, 5};
        diagnostics.append(elsewhere);
        editor.setDiagnostics(diagnostics);

        QTextCursor star(editor.document()->findBlockByNumber(1));
        star.setPosition(star.position() + 4);
        const QPoint at = editor.cursorRect(star).center() + QPoint(2, 0);
        QHelpEvent help(QEvent::ToolTip, at, editor.viewport()->mapToGlobal(at));
        QApplication::sendEvent(&editor, &help);
        QTRY_VERIFY(QToolTip::isVisible());
        const QStringList shown = QToolTip::text().split(QLatin1Char('\n'));
        QCOMPARE(shown.size(), listed + (more.isEmpty() ? 0 : 1));
        QCOMPARE(shown.constFirst(), QStringLiteral("warning: Finding 0. [rule-0]"));
        QVERIFY(!QToolTip::text().contains(QLatin1String("elsewhere")));
        if (!more.isEmpty()) {
            QCOMPARE(shown.constLast(), more);
        }
        QToolTip::hideText();
    }

    // Tens of thousands of findings on one line: a few underlines of their own, then one for the rest
    // (Qt draws the line once per underline); the rest's tooltips still name each finding.
    void findingsOnOneLineAreCapped()
    {
        SourceEditor editor;
        editor.resize(800, 300);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        const int count = 58000;
        editor.setPlainText(QStringLiteral("Title line.\n") + QStringLiteral("*a ").repeated(count) +
                            QStringLiteral("\nAfter.\n*b *c\n"));
        QList<Specwright::Core::Diagnostic> diagnostics;
        for (int i = 0; i < count; ++i) {
            Specwright::Core::Diagnostic d;
            d.ruleId = QStringLiteral("unterminated-inline");
            d.message = QStringLiteral("Finding %1.").arg(i);
            d.severity = i == count - 2 ? Specwright::Core::Diagnostic::Severity::Error
                                        : Specwright::Core::Diagnostic::Severity::Warning;
            d.range = {1, 3 * i, 1, 3 * i + 1};
            diagnostics.append(d);
        }
        for (const int column : {0, 3}) { // another line keeps its own underlines
            Specwright::Core::Diagnostic d;
            d.message = QStringLiteral("Below.");
            d.range = {3, column, 3, column + 1};
            diagnostics.append(d);
        }
        editor.setDiagnostics(diagnostics);
        QList<QTextEdit::ExtraSelection> underlines;
        for (const QTextEdit::ExtraSelection &selection : editor.extraSelections()) {
            if (selection.format.underlineStyle() == QTextCharFormat::WaveUnderline) {
                underlines.append(selection);
            }
        }
        QCOMPARE(underlines.size(), SourceEditor::MaximumUnderlinesPerLine + 1 + 2);
        const int lineStart = editor.document()->findBlockByNumber(1).position();
        const auto rest = std::find_if(underlines.cbegin(), underlines.cend(), [](const QTextEdit::ExtraSelection &s) {
            return s.cursor.selectionEnd() - s.cursor.selectionStart() > 1;
        });
        QVERIFY(rest != underlines.cend());
        QCOMPARE(rest->cursor.selectionStart(), lineStart + 3 * SourceEditor::MaximumUnderlinesPerLine);
        QCOMPARE(rest->cursor.selectionEnd(), lineStart + 3 * (count - 1) + 1);
        QCOMPARE(rest->format.underlineColor(), editor.diagnosticColor(Specwright::Core::Diagnostic::Severity::Error));

        // Hovering a finding inside the merged rest names that finding.
        QTextCursor far(editor.document());
        far.setPosition(lineStart + 3 * 30000);
        editor.setTextCursor(far);
        editor.ensureCursorVisible();
        const QPoint at = editor.cursorRect(far).center() + QPoint(2, 0);
        QHelpEvent help(QEvent::ToolTip, at, editor.viewport()->mapToGlobal(at));
        QApplication::sendEvent(&editor, &help);
        QTRY_VERIFY(QToolTip::isVisible());
        QCOMPARE(QToolTip::text(), QStringLiteral("warning: Finding 30000. [unterminated-inline]"));
        QToolTip::hideText();
    }

    // Errors, warnings and notes each have a hue of their own (red, amber, blue) in light and dark
    // themes: Breeze draws warnings in the red of errors and notes in orange.
    void severityColoursAreDistinct_data()
    {
        QTest::addColumn<QString>("theme");
        QTest::newRow("light") << QStringLiteral("Breeze Light");
        QTest::newRow("dark") << QStringLiteral("Breeze Dark");
        QTest::newRow("another light theme") << QStringLiteral("Solarized Light");
    }

    void severityColoursAreDistinct()
    {
        QFETCH(QString, theme);
        SourceEditor editor;
        editor.setThemeName(theme);
        using Severity = Specwright::Core::Diagnostic::Severity;
        const auto hue = [&editor](Severity severity) { return editor.diagnosticColor(severity).hslHue(); };
        const int error = hue(Severity::Error);
        QVERIFY2(error >= 345 || error <= 10, qPrintable(QString::number(error)));
        QVERIFY2(hue(Severity::Warning) >= 30 && hue(Severity::Warning) <= 50,
                 qPrintable(QString::number(hue(Severity::Warning))));
        QVERIFY2(hue(Severity::Info) >= 200 && hue(Severity::Info) <= 230,
                 qPrintable(QString::number(hue(Severity::Info))));
        // Readable on the editor's background.
        const int background = editor.palette().color(QPalette::Base).lightness();
        for (const Severity severity : {Severity::Error, Severity::Warning, Severity::Info}) {
            QVERIFY(std::abs(editor.diagnosticColor(severity).lightness() - background) > 60);
        }
    }

    // Findings come back for lines that moved (a line was added above them); their underlines moved
    // with the text already, so only the gutter's dots change: the gutter must be repainted.
    void gutterDotsFollowMovedFindings()
    {
        SourceEditor editor;
        editor.resize(600, 400);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        editor.setPlainText(QStringLiteral("zero\none\ntwo\nthree *x\nfour\nfive\n"));
        Specwright::Core::Diagnostic finding;
        finding.range = {3, 6, 3, 7};
        editor.setDiagnostics({finding});
        QTextCursor start(editor.document());
        start.insertText(QStringLiteral("new first line\n"));
        QTest::qWait(100); // the edit's own repaints
        PaintRecorder gutterPaints(editor.findChild<Specwright::Widgets::LineNumberGutter *>());
        finding.range = {4, 6, 4, 7}; // what the next check reports
        editor.setDiagnostics({finding});
        const QRect line4 = editor.cursorRect(QTextCursor(editor.document()->findBlockByNumber(4)));
        QTRY_VERIFY(std::any_of(gutterPaints.rects.cbegin(), gutterPaints.rects.cend(), [&line4](const QRect &r) {
            return r.top() <= line4.top() && r.bottom() >= line4.bottom();
        }));
    }

    // A line of unmatched markup costs the RST definition quadratic time: past the limit it stays plain.
    void veryLongLinesStayPlain()
    {
        SourceEditor editor;
        const QString pathological = QStringLiteral("*a `b ").repeated(20000);
        editor.setPlainText(QStringLiteral("**Strong** text.\n") + pathological +
                            QStringLiteral("\n**Strong** again.\n"));
        const auto formatsOfLine = [&editor](int line) {
            return editor.document()->findBlockByNumber(line).layout()->formats().size();
        };
        QVERIFY(formatsOfLine(0) > 0);
        QCOMPARE(formatsOfLine(1), 0);
        QVERIFY(formatsOfLine(2) > 0); // highlighting resumes after it
        // Shortened below the limit, the line is highlighted again.
        QTextCursor cursor(editor.document()->findBlockByNumber(1));
        cursor.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
        cursor.insertText(QStringLiteral("*a `b ").repeated(100));
        QVERIFY(formatsOfLine(1) > 0);
        QVERIFY(formatsOfLine(2) > 0);
    }

    // Short documents are decorated everywhere; long ones around the view, following it as it scrolls
    // (Qt goes through every decoration for every line it paints, and moves them all on every edit).
    void decorationsFollowTheViewInLongDocuments_data()
    {
        QTest::addColumn<int>("lines");
        QTest::addColumn<bool>("windowed");
        QTest::newRow("short: everything") << SourceEditor::WindowedDecorationLines / 2 << false;
        QTest::newRow("long: around the view") << SourceEditor::WindowedDecorationLines + 10000 << true;
    }

    void decorationsFollowTheViewInLongDocuments()
    {
        QFETCH(int, lines);
        QFETCH(bool, windowed);
        // A title every 10 lines, a finding on every title.
        QString text;
        QList<SourceEditor::TitleLines> titles;
        QList<Specwright::Core::Diagnostic> diagnostics;
        for (int line = 0; line < lines; line += 10) {
            text += QStringLiteral("Title\n=====\n\nText.\n\n\n\n\n\n\n");
            titles.append({line, line + 1, 2});
            Specwright::Core::Diagnostic d;
            d.ruleId = QStringLiteral("test");
            d.range = {line, 0, line, 5};
            diagnostics.append(d);
        }
        SourceEditor editor;
        editor.resize(600, 400);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        editor.setPlainText(text);
        editor.setTitles(titles);
        editor.setDiagnostics(diagnostics);
        const auto decoratedTitleLines = [&editor] {
            QSet<int> found;
            for (const QTextEdit::ExtraSelection &selection : editor.extraSelections()) {
                if (selection.format.fontWeight() == QFont::Bold) {
                    found.insert(selection.cursor.block().blockNumber() - 1); // the cursor ends on the underline
                }
            }
            return found;
        };
        const auto underlined = [&editor] {
            int count = 0;
            for (const QTextEdit::ExtraSelection &selection : editor.extraSelections()) {
                count += selection.format.underlineStyle() == QTextCharFormat::WaveUnderline;
            }
            return count;
        };
        if (!windowed) {
            QCOMPARE(decoratedTitleLines().size(), titles.size());
            QCOMPARE(underlined(), diagnostics.size());
            return;
        }
        QVERIFY(decoratedTitleLines().contains(0));
        QVERIFY(underlined() < 1000);
        // Scroll to the middle: the titles on screen are decorated, the ones at the top no longer.
        const int middle = (lines / 2 / 10) * 10;
        editor.verticalScrollBar()->setValue(middle);
        const int first = editor.cursorForPosition(QPoint(0, 0)).blockNumber();
        QVERIFY(qAbs(first - middle) < 10);
        const QSet<int> now = decoratedTitleLines();
        QVERIFY(!now.contains(0));
        for (int line = (first / 10 + 1) * 10; line < first + 10; line += 10) {
            QVERIFY2(now.contains(line), qPrintable(QString::number(line)));
        }
        QVERIFY(editor.decoratedLines().first <= first && editor.decoratedLines().second >= first + 10);
        QVERIFY(underlined() > 0 && underlined() < 1000);
    }

    // Typing inside a line repaints that line: with a highlighter on the document, Qt's own layout
    // would repaint every visible line on every keystroke.
    void typingRepaintsOnlyTheTypedLine_data()
    {
        QTest::addColumn<bool>("highlighting");
        QTest::newRow("highlighting on") << true;
        QTest::newRow("highlighting off") << false;
    }

    void typingRepaintsOnlyTheTypedLine()
    {
        QFETCH(bool, highlighting);
        QString text;
        for (int line = 0; line < 200; ++line) {
            text += QStringLiteral("Line %1 has *emphasis* and ``literal`` text.\n").arg(line);
        }
        SourceEditor editor;
        editor.setSyntaxHighlighting(highlighting);
        QVERIFY(showForTyping(editor, QSize(700, 500), text, 20, QTextCursor::NextWord));

        PaintRecorder viewportPaints(editor.viewport());
        PaintRecorder gutterPaints(editor.findChild<Specwright::Widgets::LineNumberGutter *>());
        const int lineHeight = editor.fontMetrics().lineSpacing();
        for (const char key : QByteArrayLiteral("typed")) {
            if (key == 0) {
                break;
            }
            QTest::keyClick(&editor, key);
            QCoreApplication::processEvents();
        }
        QCOMPARE(editor.document()->findBlockByNumber(19).text().left(16), QStringLiteral("Line typed19 has"));
        QVERIFY(!viewportPaints.rects.isEmpty());
        for (const QRect &rect : std::as_const(viewportPaints.rects)) {
            QVERIFY2(
                rect.height() <= 2 * lineHeight,
                qPrintable(QStringLiteral("repainted %1 px high, a line is %2").arg(rect.height()).arg(lineHeight)));
        }
        for (const QRect &rect : std::as_const(gutterPaints.rects)) {
            QVERIFY(rect.height() <= 2 * lineHeight);
        }
    }

    // Whatever an edit does to lines, the editor shows the text it holds: drawn after the edit, it
    // looks exactly like an editor that was given the resulting text.
    void editsShowTheResultingText_data()
    {
        QTest::addColumn<QString>("before"); // '|' marks the selection the edit replaces
        QTest::addColumn<QString>("inserted");
        QTest::addColumn<bool>("highlighting");
        const QList<std::pair<const char *, std::pair<QString, QString>>> edits{
            {"type in a line", {QStringLiteral("one\ntw|o\nthree\n"), QStringLiteral("x")}},
            {"a line break moves within the replaced text",
             {QStringLiteral("one\n|a\nbc|rest\nthree\n"), QStringLiteral("abc\n")}},
            {"join two lines", {QStringLiteral("one|\n|two\nthree\n"), QString()}},
            {"split a line", {QStringLiteral("one\ntw|o\nthree\n"), QStringLiteral("\n")}},
            {"replace across lines, same count", {QStringLiteral("o|ne\ntwo\nth|ree\n"), QStringLiteral("X\nY\nZ")}},
            {"title underline typed", {QStringLiteral("Title\n|\n\ntext *emph*\n"), QStringLiteral("=====")}},
            {"opens inline markup", {QStringLiteral("one ``lit\ntwo|\nthree``\n"), QStringLiteral("``")}},
        };
        for (const auto &[name, edit] : edits) {
            QTest::addRow("%s, highlighting on", name) << edit.first << edit.second << true;
            QTest::addRow("%s, highlighting off", name) << edit.first << edit.second << false;
        }
    }

    void editsShowTheResultingText()
    {
        QFETCH(QString, before);
        QFETCH(QString, inserted);
        QFETCH(bool, highlighting);
        SourceEditor edited;
        edited.setSyntaxHighlighting(highlighting);
        edited.resize(500, 300);
        edited.show();
        QVERIFY(QTest::qWaitForWindowExposed(&edited));
        setTextWithCursor(edited, before);
        QCoreApplication::processEvents();
        edited.grab(); // laid out and drawn before the edit
        edited.textCursor().insertText(inserted);
        QCoreApplication::processEvents();

        SourceEditor fresh;
        fresh.setSyntaxHighlighting(highlighting);
        fresh.resize(500, 300);
        fresh.show();
        QVERIFY(QTest::qWaitForWindowExposed(&fresh));
        fresh.setPlainText(edited.toPlainText());
        QTextCursor cursor(fresh.document());
        cursor.setPosition(edited.textCursor().position());
        fresh.setTextCursor(cursor);
        QCoreApplication::processEvents();
        const QImage shown = edited.viewport()->grab().toImage();
        const QImage expected = fresh.viewport()->grab().toImage();
        QCOMPARE(shown, expected);
    }

    // Typing at the end of the longest line moves the view in jumps of half its width (as on any
    // other line), not by one character per key, which repainted the whole view every time. Lines
    // that fit the view need no horizontal scrolling at all.
    void typingAtTheEndOfTheLongestLine_data()
    {
        QTest::addColumn<int>("longestLine");
        QTest::addColumn<int>("maximumScrolls");
        QTest::addColumn<bool>("scrollable");
        QTest::newRow("wider than the view") << 200 << 2 << true;
        QTest::newRow("fits the view") << 20 << 0 << false;
    }

    void typingAtTheEndOfTheLongestLine()
    {
        QFETCH(int, longestLine);
        QFETCH(int, maximumScrolls);
        QFETCH(bool, scrollable);
        QString text;
        for (int line = 0; line < 30; ++line) {
            text += QStringLiteral("short line\n");
        }
        text += QString(longestLine, QLatin1Char('x')) + QStringLiteral("\nlast\n");
        SourceEditor editor;
        QVERIFY(showForTyping(editor, QSize(600, 400), text, 31, QTextCursor::EndOfBlock));
        QCOMPARE(editor.horizontalScrollBar()->maximum() > 0, scrollable);

        int scrolls = 0;
        connect(editor.horizontalScrollBar(), &QScrollBar::valueChanged, &editor, [&scrolls] { ++scrolls; });
        const int typed = 30; // fewer characters than half the view holds
        QVERIFY(typed * editor.fontMetrics().horizontalAdvance(QLatin1Char('x')) < editor.viewport()->width() / 2);
        for (int key = 0; key < typed; ++key) {
            QTest::keyClick(&editor, 'y');
            QCoreApplication::processEvents();
            // The cursor stays in view.
            QVERIFY(editor.viewport()->rect().contains(editor.cursorRect().center()));
        }
        QCOMPARE(editor.document()->findBlockByNumber(30).text(),
                 QString(longestLine, QLatin1Char('x')) + QString(typed, QLatin1Char('y')));
        QVERIFY2(scrolls <= maximumScrolls, qPrintable(QString::number(scrolls)));
    }
};

SPECWRIGHT_WIDGET_TEST_MAIN(SourceEditorTest)
#include "sourceeditor_test.moc"
