// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Reflow Paragraph in the real main window: Ctrl+J, the context menu, one undo step, the status bar.
#include "widgettesthelpers.h"

#include <widgets/mainwindow.h>
#include <widgets/sourceeditor.h>

#include <QMenu>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTest>
#include <QTextBlock>

using Specwright::Widgets::MainWindow;
using Specwright::Widgets::SourceEditor;

namespace {

const QString Spec = QStringLiteral("Title\n"
                                    "=====\n"
                                    "\n"
                                    "A paragraph\n"
                                    "in short\n"
                                    "lines.\n"
                                    "\n"
                                    "Example::\n"
                                    "\n"
                                    "    code   kept\n"
                                    "    as it is\n"
                                    "\n"
                                    "* An item\n"
                                    "  in two lines.\n");

// Puts \a text in \a window's editor and the cursor at \a column of 0-based \a line, with the focus.
void prepare(MainWindow &window, const QString &text, int line, int column = 0)
{
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.editor()->setPlainText(text);
    window.activateWindow();
    window.editor()->setFocus();
    QTRY_VERIFY(window.editor()->hasFocus());
    QTextCursor cursor(window.editor()->document()->findBlockByNumber(line));
    cursor.movePosition(QTextCursor::Right, QTextCursor::MoveAnchor, column);
    window.editor()->setTextCursor(cursor);
}

} // namespace

class ReflowParagraphTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init() { QSettings().clear(); }

    void ctrlJReflowsAndCtrlZRestoresInOneStep()
    {
        MainWindow window;
        prepare(window, Spec, 4, 3);
        QWidget *focused = QApplication::focusWidget();
        QCOMPARE(focused, window.editor());
        QTest::keyClick(focused, Qt::Key_J, Qt::ControlModifier);
        QString expected = Spec;
        expected.replace(QStringLiteral("A paragraph\nin short\nlines.\n"),
                         QStringLiteral("A paragraph in short lines.\n"));
        QTRY_COMPARE_WITH_TIMEOUT(window.editor()->toPlainText(), expected,
                                  5000 * Specwright::Tests::SanitizerSlowdown);
        QCOMPARE(window.editor()->textCursor().blockNumber(), 3); // still before the "s" of "short"
        QCOMPARE(window.editor()->textCursor().positionInBlock(), 15);
        if (!qEnvironmentVariableIsEmpty("SPECWRIGHT_REFLOW_SCREENSHOT")) {
            QVERIFY(window.grab().save(qEnvironmentVariable("SPECWRIGHT_REFLOW_SCREENSHOT")));
        }

        QTest::keyClick(window.editor(), Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(window.editor()->toPlainText(), Spec);
        QVERIFY(!window.editor()->document()->isUndoAvailable()); // that was the only step

        // The list item, from its second line.
        QTextCursor cursor(window.editor()->document()->findBlockByNumber(13));
        window.editor()->setTextCursor(cursor);
        QTest::keyClick(window.editor(), Qt::Key_J, Qt::ControlModifier);
        QTRY_VERIFY(window.editor()->toPlainText().endsWith(QLatin1String("\n* An item in two lines.\n")));
    }

    void nothingToReflowSaysWhyInTheStatusBar()
    {
        MainWindow window;
        prepare(window, Spec, 9, 6);
        QTest::keyClick(window.editor(), Qt::Key_J, Qt::ControlModifier);
        QTRY_COMPARE(window.statusBar()->currentMessage(),
                     QStringLiteral("Line 10 is in a literal block: not reflowed"));
        QCOMPARE(window.editor()->toPlainText(), Spec);
        QVERIFY(!window.editor()->document()->isUndoAvailable());

        window.editor()->setTextCursor(QTextCursor(window.editor()->document()->findBlockByNumber(0)));
        QTest::keyClick(window.editor(), Qt::Key_J, Qt::ControlModifier);
        QTRY_COMPARE(window.statusBar()->currentMessage(), QStringLiteral("Line 1 is a section title: not reflowed"));
        QCOMPARE(window.editor()->toPlainText(), Spec);
    }

    void aSelectionReflowsEachParagraph()
    {
        MainWindow window;
        prepare(window, Spec, 3);
        // From the paragraph down to the start of the list item: the literal block between stays,
        // and the list item, where the selection ends at column 0, is not touched.
        QTextCursor cursor = window.editor()->textCursor();
        cursor.setPosition(window.editor()->document()->findBlockByNumber(12).position(), QTextCursor::KeepAnchor);
        window.editor()->setTextCursor(cursor);
        QTest::keyClick(window.editor(), Qt::Key_J, Qt::ControlModifier);
        QString expected = Spec;
        expected.replace(QStringLiteral("A paragraph\nin short\nlines.\n"),
                         QStringLiteral("A paragraph in short lines.\n"));
        QTRY_COMPARE_WITH_TIMEOUT(window.editor()->toPlainText(), expected,
                                  5000 * Specwright::Tests::SanitizerSlowdown);

        // The whole text selected: the list item too.
        window.editor()->selectAll();
        QTest::keyClick(window.editor(), Qt::Key_J, Qt::ControlModifier);
        expected.replace(QStringLiteral("* An item\n  in two lines.\n"), QStringLiteral("* An item in two lines.\n"));
        QTRY_COMPARE_WITH_TIMEOUT(window.editor()->toPlainText(), expected,
                                  5000 * Specwright::Tests::SanitizerSlowdown);
        window.editor()->undo();
        window.editor()->undo();
        QCOMPARE(window.editor()->toPlainText(), Spec);
    }

    void fromTheContextMenu()
    {
        MainWindow window;
        prepare(window, Spec, 5, 2);
        std::unique_ptr<QMenu> menu(window.editor()->createContextMenu());
        QAction *reflow = nullptr;
        for (QAction *action : menu->actions()) {
            if (action->objectName() == QLatin1String("actionReflowParagraph")) {
                reflow = action;
            }
        }
        QVERIFY(reflow);
        QVERIFY(menu->actions().contains(window.findChild<QAction *>(QStringLiteral("actionReflowParagraph"))));
        reflow->trigger();
        QString expected = Spec;
        expected.replace(QStringLiteral("A paragraph\nin short\nlines.\n"),
                         QStringLiteral("A paragraph in short lines.\n"));
        QTRY_COMPARE_WITH_TIMEOUT(window.editor()->toPlainText(), expected,
                                  5000 * Specwright::Tests::SanitizerSlowdown);
        window.editor()->undo();
        QCOMPARE(window.editor()->toPlainText(), Spec);
    }

    void ctrlJIsReflowParagraphsAlone()
    {
        MainWindow window;
        int taken = 0;
        for (const QAction *action : window.findChildren<QAction *>()) {
            if (action->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::Key_J))) {
                QCOMPARE(action->objectName(), QStringLiteral("actionReflowParagraph"));
                ++taken;
            }
        }
        QCOMPARE(taken, 1);
        // It is in the Edit menu.
        auto *action = window.findChild<QAction *>(QStringLiteral("actionReflowParagraph"));
        bool inEditMenu = false;
        for (const QMenu *menu : window.findChildren<QMenu *>()) {
            inEditMenu =
                inEditMenu || (menu->objectName() == QLatin1String("menuEdit") && menu->actions().contains(action));
        }
        QVERIFY(inEditMenu);
    }
};

SPECWRIGHT_WIDGET_TEST_MAIN(ReflowParagraphTest)
#include "reflowparagraph_test.moc"
