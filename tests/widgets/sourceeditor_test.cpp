// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgettesthelpers.h"

#include <widgets/sourceeditor.h>

#include <QFontInfo>
#include <QTextBlock>

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
};

SPECWRIGHT_WIDGET_TEST_MAIN(SourceEditorTest)
#include "sourceeditor_test.moc"
