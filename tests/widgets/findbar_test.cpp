// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Find and replace in the real main window, driven from the keyboard and the mouse as a user
// would: Ctrl+F, typing, Enter / F3, the options, Ctrl+R with regex captures, undo, the preview.
#include "widgettesthelpers.h"

#include <widgets/findbar.h>
#include <widgets/mainwindow.h>
#include <widgets/previewview.h>
#include <widgets/sourceeditor.h>

#include <QCheckBox>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTextBlock>
#include <QWebEnginePage>

#include <memory>
#include <optional>

using Specwright::Widgets::FindBar;
using Specwright::Widgets::MainWindow;

namespace {
const QString Text = QStringLiteral("Spec one: the spec.\n"
                                    "Specs and the SPEC file.\n"
                                    "mail me@host or you@there\n"
                                    "last line of the spec\n");

// The widget with the keyboard focus: where a user's key presses go.
QWidget *focused()
{
    return QApplication::focusWidget();
}

struct Fixture
{
    MainWindow window;
    FindBar *bar = nullptr;

    bool start(const QString &text = Text)
    {
        window.resize(1200, 700);
        window.show();
        if (!QTest::qWaitForWindowExposed(&window)) {
            return false;
        }
        window.editor()->setPlainText(text);
        window.activateWindow();
        window.editor()->setFocus();
        bar = window.findChild<FindBar *>(QStringLiteral("findBar"));
        return bar && QTest::qWaitFor([this] { return window.editor()->hasFocus(); });
    }
    QString selected() const { return window.editor()->textCursor().selectedText(); }
    int selectionStart() const { return window.editor()->textCursor().selectionStart(); }
    QString status() const { return bar->statusLabel()->text(); }
};
} // namespace

class FindBarTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void findAsYouTypeAndStep()
    {
        Fixture f;
        QVERIFY(f.start());
        QVERIFY(!f.bar->isVisible());

        QTest::keyClick(focused(), Qt::Key_F, Qt::ControlModifier);
        QTRY_VERIFY(f.bar->findField()->hasFocus());
        QVERIFY(f.bar->isVisible());
        QVERIFY(!f.bar->replaceField()->isVisible()); // Ctrl+F: find only

        // Incremental: each key searches; any case by default.
        QTest::keyClicks(focused(), QStringLiteral("spe"));
        QCOMPARE(f.selectionStart(), 0);
        QTest::keyClicks(focused(), QStringLiteral("c"));
        QCOMPARE(f.bar->matchCount(), 5);
        QCOMPARE(f.status(), QStringLiteral("1 of 5"));
        QCOMPARE(f.window.editor()->searchHighlightCount(), 5); // every match in view is highlighted

        QTest::keyClick(focused(), Qt::Key_Return);
        QCOMPARE(f.selectionStart(), 14);
        QCOMPARE(f.status(), QStringLiteral("2 of 5"));
        QTest::keyClick(focused(), Qt::Key_F3);
        QTest::keyClick(focused(), Qt::Key_F3);
        QTest::keyClick(focused(), Qt::Key_F3);
        QCOMPARE(f.status(), QStringLiteral("5 of 5"));
        QTest::keyClick(focused(), Qt::Key_F3);
        QCOMPARE(f.status(), QStringLiteral("1 of 5 · wrapped to the top"));
        QCOMPARE(f.selectionStart(), 0);
        QTest::keyClick(focused(), Qt::Key_Return, Qt::ShiftModifier);
        QCOMPARE(f.status(), QStringLiteral("5 of 5 · wrapped to the end"));
        QTest::keyClick(focused(), Qt::Key_F3, Qt::ShiftModifier);
        QCOMPARE(f.status(), QStringLiteral("4 of 5"));
        QCOMPARE(f.window.editor()->toPlainText(), Text); // Return and F3 never reached the text

        // Escape: the bar goes, the editor has the focus, the match stays selected.
        QTest::keyClick(focused(), Qt::Key_Escape);
        QVERIFY(!f.bar->isVisible());
        QTRY_VERIFY(f.window.editor()->hasFocus());
        QCOMPARE(f.selected(), QStringLiteral("SPEC"));
        QCOMPARE(f.window.editor()->searchHighlightCount(), 0);

        // F3 in the editor goes on with the last search.
        QTest::keyClick(focused(), Qt::Key_F3);
        QVERIFY(f.bar->isVisible());
        QTRY_VERIFY(f.bar->findField()->hasFocus());
        QCOMPARE(f.status(), QStringLiteral("5 of 5"));
    }

    void options()
    {
        Fixture f;
        QVERIFY(f.start());
        QTest::keyClick(focused(), Qt::Key_F, Qt::ControlModifier);
        QTRY_VERIFY(f.bar->findField()->hasFocus());
        QTest::keyClicks(focused(), QStringLiteral("spec"));
        QCOMPARE(f.bar->matchCount(), 5);

        QTest::mouseClick(f.bar->matchCaseBox(), Qt::LeftButton, {}, QPoint(4, f.bar->matchCaseBox()->height() / 2));
        QVERIFY(f.bar->matchCaseBox()->isChecked());
        QCOMPARE(f.bar->matchCount(), 2); // "spec." and "spec"
        QTest::mouseClick(f.bar->matchCaseBox(), Qt::LeftButton, {}, QPoint(4, f.bar->matchCaseBox()->height() / 2));
        QTest::mouseClick(f.bar->wholeWordsBox(), Qt::LeftButton, {}, QPoint(4, f.bar->wholeWordsBox()->height() / 2));
        QCOMPARE(f.bar->matchCount(), 4); // not "Specs"

        // A regular expression; an invalid one is said so and finds nothing.
        QTest::mouseClick(f.bar->wholeWordsBox(), Qt::LeftButton, {}, QPoint(4, f.bar->wholeWordsBox()->height() / 2));
        QTest::mouseClick(f.bar->regularExpressionBox(), Qt::LeftButton, {},
                          QPoint(4, f.bar->regularExpressionBox()->height() / 2));
        f.bar->findField()->setFocus();
        f.bar->findField()->selectAll();
        QTest::keyClicks(focused(), QStringLiteral("^\\w+"));
        QCOMPARE(f.bar->matchCount(), 4); // the first word of each line
        QTest::keyClicks(focused(), QStringLiteral("("));
        QCOMPARE(f.bar->matchCount(), 0);
        QVERIFY2(f.status().startsWith(QLatin1String("Invalid pattern:")), qPrintable(f.status()));
        QVERIFY2(f.status().contains(QLatin1String("missing closing parenthesis at the end")), qPrintable(f.status()));
        QTest::keyClick(focused(), Qt::Key_Return); // nothing happens, nothing breaks
        QCOMPARE(f.window.editor()->toPlainText(), Text);
        QTest::keyClick(focused(), Qt::Key_Backspace);
        QCOMPARE(f.bar->matchCount(), 4);

        f.bar->findField()->selectAll();
        QTest::keyClicks(focused(), QStringLiteral("nowhere"));
        QCOMPARE(f.status(), QStringLiteral("No matches"));
    }

    void selectionStartsTheSearch()
    {
        Fixture f;
        QVERIFY(f.start());
        // A word selected: Ctrl+F searches for it.
        QTextCursor cursor(f.window.editor()->document()->findBlockByNumber(2));
        cursor.movePosition(QTextCursor::NextWord);
        cursor.movePosition(QTextCursor::EndOfWord, QTextCursor::KeepAnchor);
        f.window.editor()->setTextCursor(cursor);
        QCOMPARE(f.selected(), QStringLiteral("me"));
        QTest::keyClick(focused(), Qt::Key_F, Qt::ControlModifier);
        QTRY_VERIFY(f.bar->findField()->hasFocus());
        QCOMPARE(f.bar->findField()->text(), QStringLiteral("me"));
        QCOMPARE(f.bar->matchCount(), 1);
        QTest::keyClick(focused(), Qt::Key_Escape);

        // Lines selected: Ctrl+F searches in them only.
        cursor = QTextCursor(f.window.editor()->document()->findBlockByNumber(1));
        cursor.movePosition(QTextCursor::Down, QTextCursor::KeepAnchor, 2);
        f.window.editor()->setTextCursor(cursor);
        QTest::keyClick(focused(), Qt::Key_F, Qt::ControlModifier);
        QTRY_VERIFY(f.bar->findField()->hasFocus());
        QVERIFY(f.bar->inSelectionBox()->isChecked());
        QTest::keyClicks(focused(), QStringLiteral("spec"));
        QCOMPARE(f.bar->matchCount(), 2); // "Specs" and "SPEC", not the first or last line's
        QTest::keyClick(focused(), Qt::Key_Return);
        QTest::keyClick(focused(), Qt::Key_Return);
        QCOMPARE(f.selected(), QStringLiteral("Spec")); // wrapped within the selection: "Specs", not line 1
        QCOMPARE(f.selectionStart(), f.window.editor()->document()->findBlockByNumber(1).position());
        QTest::mouseClick(f.bar->inSelectionBox(), Qt::LeftButton, {},
                          QPoint(4, f.bar->inSelectionBox()->height() / 2));
        QCOMPARE(f.bar->matchCount(), 5);
    }

    void replaceWithCapturesAndUndo()
    {
        Fixture f;
        QVERIFY(f.start());
        QTest::keyClick(focused(), Qt::Key_R, Qt::ControlModifier);
        QTRY_VERIFY(f.bar->findField()->hasFocus());
        QVERIFY(f.bar->replaceField()->isVisible());
        QTest::mouseClick(f.bar->regularExpressionBox(), Qt::LeftButton, {},
                          QPoint(4, f.bar->regularExpressionBox()->height() / 2));
        f.bar->findField()->setFocus();
        QTest::keyClicks(focused(), QStringLiteral("(\\w+)@(?<host>\\w+)"));
        QCOMPARE(f.bar->matchCount(), 2);
        QTest::keyClick(focused(), Qt::Key_Tab);
        QTRY_VERIFY(f.bar->replaceField()->hasFocus() || f.bar->findField()->hasFocus());
        f.bar->replaceField()->setFocus();
        QTest::keyClicks(focused(), QStringLiteral("\\g<host> at \\1"));

        // Typing found the first; Enter in the replace field replaces it and finds the next.
        QCOMPARE(f.selected(), QStringLiteral("me@host"));
        QTest::keyClick(focused(), Qt::Key_Return);
        QVERIFY(f.window.editor()->toPlainText().contains(QLatin1String("mail host at me or you@there")));
        QCOMPARE(f.selected(), QStringLiteral("you@there"));
        QCOMPARE(f.status(), QStringLiteral("1 of 1"));
        f.window.editor()->undo();
        QCOMPARE(f.window.editor()->toPlainText(), Text);

        // Replace All: every match at once, one undo step, the count reported.
        QTest::mouseClick(f.bar->replaceAllButton(), Qt::LeftButton);
        QVERIFY(f.window.editor()->toPlainText().contains(QLatin1String("mail host at me or there at you")));
        QCOMPARE(f.status(), QStringLiteral("Replaced 2 occurrences"));
        QCOMPARE(f.window.statusBar()->currentMessage(), QStringLiteral("Replaced 2 occurrences"));
        QCOMPARE(f.bar->matchCount(), 0);
        f.window.editor()->setFocus();
        QTRY_VERIFY(f.window.editor()->hasFocus());
        QTest::keyClick(focused(), Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(f.window.editor()->toPlainText(), Text);

        // Ctrl+H opens the replace row too.
        QTest::keyClick(focused(), Qt::Key_Escape);
        QVERIFY(!f.bar->isVisible());
        QTest::keyClick(focused(), Qt::Key_H, Qt::ControlModifier);
        QTRY_VERIFY(f.bar->isVisible());
        QVERIFY(f.bar->replaceField()->isVisible());
    }

    void replaceAllIsOneStepOnALongSpec()
    {
        QStringList lines;
        for (int i = 0; i < 20000; ++i) {
            lines << QStringLiteral("Line %1 names the image service and the image API.").arg(i);
        }
        Fixture f;
        QVERIFY(f.start(lines.join(QLatin1Char('\n'))));
        QTest::keyClick(focused(), Qt::Key_R, Qt::ControlModifier);
        QTRY_VERIFY(f.bar->findField()->hasFocus());
        QTest::keyClicks(focused(), QStringLiteral("image"));
        QCOMPARE(f.bar->matchCount(), 40000);
        QVERIFY(f.window.editor()->searchHighlightCount() < 200); // only those in view
        f.bar->replaceField()->setText(QStringLiteral("picture"));
        QElapsedTimer timer;
        timer.start();
        QTest::keyClick(f.bar->replaceField(), Qt::Key_Return, Qt::ControlModifier); // Ctrl+Enter: all
        const qint64 elapsed = timer.elapsed();
        QCOMPARE(f.status(), QStringLiteral("Replaced 40000 occurrences"));
        QVERIFY(!f.window.editor()->toPlainText().contains(QLatin1String("image")));
        QVERIFY2(elapsed < 5000 * Specwright::Tests::SanitizerSlowdown, qPrintable(QString::number(elapsed)));
        f.window.editor()->undo();
        QCOMPARE(f.window.editor()->toPlainText(), lines.join(QLatin1Char('\n')));
    }

    void findInThePreview()
    {
        if (Specwright::Tests::SanitizerSlowdown > 1) {
            // Under AddressSanitizer the page never showed this test's text within 200 s (two runs
            // on a loaded machine); the dev suite and the GUI trials cover finding in the preview.
            QSKIP("the preview's page does not show the text in time under AddressSanitizer");
        }
        Fixture f;
        QVERIFY(f.start(QStringLiteral("=====\nTitle\n=====\n\nThe preview shows rendered text. Rendered twice.\n")));
        QSignalSpy updated(&f.window, &MainWindow::previewUpdated);
        QTRY_VERIFY_WITH_TIMEOUT(
            f.window.previewRevision() == f.window.document()->revision() && f.window.previewRevision() > 0, 20000);
        // The page shows the text (the update is applied inside the page after showPage()).
        const auto pageText = [&f] {
            auto text = std::make_shared<std::optional<QString>>(); // the answer may come after the wait
            f.window.preview()->page()->toPlainText([text](const QString &t) { *text = t; });
            if (!QTest::qWaitFor([text] { return text->has_value(); }, 5000)) {
                return QString(); // no answer yet: asked again by the caller
            }
            return text->value_or(QString());
        };
        QTRY_VERIFY_WITH_TIMEOUT(pageText().contains(QLatin1String("Rendered twice")),
                                 20000 * Specwright::Tests::SanitizerSlowdown);
        f.window.preview()->setFocus();
        QTRY_VERIFY(f.window.preview()->isAncestorOf(focused()) || focused() == f.window.preview());
        QTest::keyClick(focused(), Qt::Key_F, Qt::ControlModifier);
        QTRY_VERIFY(f.bar->isVisible());
        QVERIFY(f.bar->searchesPreview());
        QVERIFY(!f.bar->regularExpressionBox()->isEnabled()); // the page's find knows plain text only
        QVERIFY(!f.bar->replaceField()->isVisible());
        QTRY_VERIFY(f.bar->findField()->hasFocus());
        QTest::keyClicks(focused(), QStringLiteral("rendered"));
        QTRY_COMPARE_WITH_TIMEOUT(f.status(), QStringLiteral("1 of 2 in the preview"), 10000);
        QTest::keyClick(focused(), Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(f.status(), QStringLiteral("2 of 2 in the preview"), 10000);
        QTest::keyClick(focused(), Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(f.status(), QStringLiteral("1 of 2 in the preview · wrapped to the top"), 10000);
        QCOMPARE(f.window.editor()->textCursor().hasSelection(), false); // the source was not searched
        QTest::keyClick(focused(), Qt::Key_Escape);
        QVERIFY(!f.bar->isVisible());
    }
};

SPECWRIGHT_WIDGET_TEST_MAIN(FindBarTest)
#include "findbar_test.moc"
