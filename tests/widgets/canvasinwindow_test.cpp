// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The diagram canvas inside the real main window (issue 24): the Edit menu's keys act on the
// focused part. With the canvas focused, Ctrl+Z undoes the drawing (not the spec's text),
// Ctrl+X / Ctrl+C / Ctrl+V cut, copy and paste shapes, Ctrl+= zooms the canvas; with the editor
// focused they act on the text. Edit → Undo says what it will undo.
#include "canvastesthelpers.h"
#include "widgettesthelpers.h"

#include <widgets/diagramcanvas.h>
#include <widgets/diagramdock.h>
#include <widgets/mainwindow.h>
#include <widgets/sourceeditor.h>

#include <QAction>
#include <QMouseEvent>

using Specwright::Widgets::DiagramCanvas;
using Specwright::Widgets::MainWindow;

using Specwright::Tests::drag;

namespace {
QWidget *focused()
{
    return QApplication::focusWidget();
}

const QString Spec = QStringLiteral("=====\nTitle\n=====\n\nSome text.\n");
const QString Box = QStringLiteral("+-----+\n|     |\n+-----+");
} // namespace

class CanvasInWindowTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void editKeysActOnTheFocusedPart()
    {
        MainWindow window;
        window.resize(1400, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.editor()->setPlainText(Spec);
        window.activateWindow();
        window.editor()->setFocus();
        QTRY_VERIFY(window.editor()->hasFocus());
        QTest::keyClicks(focused(), QStringLiteral("typed ")); // something the editor could undo
        const QString typed = window.editor()->toPlainText();

        // Edit → Insert Diagram, from the keyboard: the canvas takes the focus.
        QTest::keyClick(focused(), Qt::Key_D, Qt::ControlModifier | Qt::ShiftModifier);
        DiagramCanvas *canvas = window.diagramDock()->canvas();
        QTRY_VERIFY(canvas->hasFocus());
        QTest::keyClick(focused(), Qt::Key_B);
        drag(*canvas, {0, 0}, {6, 2});
        QCOMPARE(canvas->text(), Box);
        auto *undo = window.findChild<QAction *>(QStringLiteral("actionUndo"));
        QVERIFY2(undo->isEnabled() && undo->text().contains(canvas->undoStack()->undoText()) &&
                     !canvas->undoStack()->undoText().isEmpty(),
                 qPrintable(undo->text()));

        // Ctrl+Z on the canvas: the drawing goes, the spec's text stays.
        QTest::keyClick(focused(), Qt::Key_Z, Qt::ControlModifier);
        QVERIFY(canvas->text().trimmed().isEmpty());
        QCOMPARE(window.editor()->toPlainText(), typed);
        QTest::keyClick(focused(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(canvas->text(), Box);

        // Copy and paste a shape: the canvas gets it, the spec does not.
        QTest::keyClick(focused(), Qt::Key_S);
        drag(*canvas, {0, 0}, {6, 2});
        QTest::keyClick(focused(), Qt::Key_C, Qt::ControlModifier);
        QTest::mouseClick(canvas->viewport(), Qt::LeftButton, Qt::NoModifier, canvas->cellCenter({10, 0}));
        QTest::keyClick(focused(), Qt::Key_V, Qt::ControlModifier);
        QVERIFY2(canvas->text().count(QLatin1Char('+')) == 8, qPrintable(canvas->text()));
        QCOMPARE(window.editor()->toPlainText(), typed);

        // Cut: the selected shape goes, the editor's selection stays.
        QTextCursor all = window.editor()->textCursor();
        all.select(QTextCursor::Document);
        window.editor()->setTextCursor(all);
        canvas->setFocus();
        QTRY_VERIFY(canvas->hasFocus());
        drag(*canvas, {0, 0}, {6, 2});
        QTest::keyClick(focused(), Qt::Key_X, Qt::ControlModifier);
        QCOMPARE(canvas->text().count(QLatin1Char('+')), 4);
        QCOMPARE(window.editor()->toPlainText(), typed);

        // Ctrl+= zooms the canvas, not the editor.
        const int zoom = canvas->zoom();
        const qreal font = window.editor()->font().pointSizeF();
        QTest::keyClick(focused(), Qt::Key_Equal, Qt::ControlModifier);
        QCOMPARE(canvas->zoom(), zoom + 1);
        QCOMPARE(window.editor()->font().pointSizeF(), font);

        // Back in the editor, Ctrl+Z undoes the text again.
        window.editor()->setFocus();
        QTRY_VERIFY(window.editor()->hasFocus());
        QCOMPARE(undo->text(), QStringLiteral("&Undo"));
        QTest::keyClick(focused(), Qt::Key_Z, Qt::ControlModifier);
        QVERIFY(window.editor()->toPlainText() != typed);
        QCOMPARE(canvas->text().count(QLatin1Char('+')), 4); // the drawing stays
    }
};

SPECWRIGHT_WIDGET_TEST_MAIN(CanvasInWindowTest)
#include "canvasinwindow_test.moc"
