// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The diagram canvas driven with mouse and keyboard events, and its round trip with the spec.
#include "canvastesthelpers.h"
#include "widgettesthelpers.h"

#include <widgets/diagramcanvas.h>
#include <widgets/diagramdock.h>
#include <widgets/mainwindow.h>
#include <widgets/sourceeditor.h>

#include <QClipboard>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTextBlock>

using Specwright::Widgets::DiagramCanvas;
using Specwright::Widgets::DiagramDock;
using Specwright::Widgets::MainWindow;

using Specwright::Tests::drag;

namespace {

} // namespace

class DiagramCanvasTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { QSettings().clear(); }

    void drawWithTheTools_data()
    {
        QTest::addColumn<int>("toolKey");
        QTest::addColumn<QPoint>("from");
        QTest::addColumn<QPoint>("to");
        QTest::addColumn<bool>("shift");
        QTest::addColumn<QString>("expected");
        QTest::newRow("nominal: box (B)")
            << int(Qt::Key_B) << QPoint(0, 0) << QPoint(5, 2) << false << QStringLiteral("+----+\n|    |\n+----+");
        QTest::newRow("nominal: arrow (A) to the right")
            << int(Qt::Key_A) << QPoint(0, 0) << QPoint(5, 0) << false << QStringLiteral("----->");
        QTest::newRow("nominal: line (L), horizontal first")
            << int(Qt::Key_L) << QPoint(0, 0) << QPoint(3, 2) << false << QStringLiteral("---+\n   |\n   |");
        QTest::newRow("nominal: arrow, vertical first with Shift")
            << int(Qt::Key_A) << QPoint(0, 0) << QPoint(3, 2) << true << QStringLiteral("|\n|\n+-->");
        QTest::newRow("nominal: freehand (F)")
            << int(Qt::Key_F) << QPoint(0, 0) << QPoint(3, 0) << false << QStringLiteral("****");
    }

    void drawWithTheTools()
    {
        QFETCH(int, toolKey);
        QFETCH(QPoint, from);
        QFETCH(QPoint, to);
        QFETCH(bool, shift);
        QFETCH(QString, expected);
        DiagramCanvas canvas;
        canvas.resize(600, 400);
        canvas.show();
        QVERIFY(QTest::qWaitForWindowExposed(&canvas));
        QTest::keyClick(&canvas, Qt::Key(toolKey));
        drag(canvas, from, to, shift ? Qt::ShiftModifier : Qt::NoModifier);
        QCOMPARE(canvas.text(), expected);
        QCOMPARE(canvas.undoStack()->count(), 1);
    }

    void zoomKeepsDrawingOnTheGrid()
    {
        DiagramCanvas canvas;
        canvas.resize(600, 400);
        canvas.show();
        QVERIFY(QTest::qWaitForWindowExposed(&canvas));
        const int zoom = canvas.zoom();
        const QSize cell = canvas.cellSize();
        QTest::keyClick(&canvas, Qt::Key_Equal, Qt::ControlModifier);
        QTest::keyClick(&canvas, Qt::Key_Equal, Qt::ControlModifier);
        QCOMPARE(canvas.zoom(), zoom + 2);
        QVERIFY(canvas.cellSize().width() > cell.width());
        QVERIFY(canvas.cellSize().height() > cell.height());
        // Drawing at the new zoom lands in the same cells as before.
        QCOMPARE(canvas.cellAt(canvas.cellCenter({7, 3})), QPoint(7, 3));
        QTest::keyClick(&canvas, Qt::Key_B);
        drag(canvas, {1, 1}, {4, 3});
        QCOMPARE(canvas.text(), QStringLiteral("\n +--+\n |  |\n +--+"));
        QTest::keyClick(&canvas, Qt::Key_Minus, Qt::ControlModifier);
        QCOMPARE(canvas.zoom(), zoom + 1);
        canvas.setZoom(1000);
        QCOMPARE(canvas.zoom(), 40); // bounded both ways
        canvas.setZoom(0);
        QCOMPARE(canvas.zoom(), 6);
    }

    void gridToggle()
    {
        DiagramCanvas canvas;
        canvas.resize(600, 400);
        canvas.show();
        QVERIFY(QTest::qWaitForWindowExposed(&canvas));
        // A point on the line between two empty cells, and one inside an empty cell.
        const QSize cell = canvas.cellSize();
        const QPoint onLine(cell.width() * 5, cell.height() * 3 + cell.height() / 2);
        const QPoint inside(cell.width() * 5 + cell.width() / 2, cell.height() * 3 + cell.height() / 2);
        QVERIFY(canvas.showGrid());
        QImage shown = canvas.viewport()->grab().toImage();
        QVERIFY(shown.pixel(onLine) != shown.pixel(inside));
        canvas.setShowGrid(false);
        QImage hidden = canvas.viewport()->grab().toImage();
        QCOMPARE(hidden.pixel(onLine), hidden.pixel(inside));
        QCOMPARE(hidden.pixel(inside), shown.pixel(inside));
    }

    void labelUndoRedo()
    {
        DiagramCanvas canvas;
        canvas.resize(600, 400);
        canvas.show();
        QVERIFY(QTest::qWaitForWindowExposed(&canvas));
        QTest::keyClick(&canvas, Qt::Key_B);
        drag(canvas, {0, 0}, {6, 2});
        const QString box = QStringLiteral("+-----+\n|     |\n+-----+");
        QCOMPARE(canvas.text(), box);
        QTest::keyClick(&canvas, Qt::Key_T);
        QTest::mouseClick(canvas.viewport(), Qt::LeftButton, Qt::NoModifier, canvas.cellCenter({2, 1}));
        QTest::keyClicks(&canvas, QStringLiteral("API"));
        const QString labelled = QStringLiteral("+-----+\n| API |\n+-----+");
        QCOMPARE(canvas.text(), labelled);
        // The label is recognised as the box's: the model has one box with that label.
        QCOMPARE(canvas.model().shapes().size(), 1);
        // A typed word is one undo step.
        QTest::keyClick(&canvas, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(canvas.text(), box);
        QTest::keyClick(&canvas, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(canvas.text(), labelled);
    }

    void moveNudgeCopyPaste()
    {
        DiagramCanvas canvas;
        canvas.resize(600, 400);
        canvas.show();
        QVERIFY(QTest::qWaitForWindowExposed(&canvas));
        canvas.setDiagram(QStringLiteral("+--+\n|  |\n+--+"), 4);
        // Drag the box by its edge two cells right, then nudge it down with the arrow key.
        drag(canvas, {1, 0}, {3, 0});
        QCOMPARE(canvas.text(), QStringLiteral("  +--+\n  |  |\n  +--+"));
        QVERIFY(canvas.selectedShape() >= 0);
        QTest::keyClick(&canvas, Qt::Key_Down);
        QCOMPARE(canvas.text(), QStringLiteral("\n  +--+\n  |  |\n  +--+"));
        // Copy the box as text and paste it beside itself.
        QTest::keyClick(&canvas, Qt::Key_C, Qt::ControlModifier);
        QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("+--+\n|  |\n+--+"));
        drag(canvas, {10, 1}, {10, 1}); // click an empty cell: a one-cell region
        QTest::keyClick(&canvas, Qt::Key_V, Qt::ControlModifier);
        QCOMPARE(canvas.text(), QStringLiteral("\n  +--+    +--+\n  |  |    |  |\n  +--+    +--+"));
        // Delete removes the selected shape.
        QTest::mouseClick(canvas.viewport(), Qt::LeftButton, Qt::NoModifier, canvas.cellCenter({11, 1}));
        QVERIFY(canvas.selectedShape() >= 0);
        QTest::keyClick(&canvas, Qt::Key_Delete);
        QCOMPARE(canvas.text(), QStringLiteral("\n  +--+\n  |  |\n  +--+"));
    }

    void resizeByTheCornerWithAnAttachedLine()
    {
        DiagramCanvas canvas;
        canvas.resize(600, 400);
        canvas.show();
        QVERIFY(QTest::qWaitForWindowExposed(&canvas));
        canvas.setDiagram(QStringLiteral("+--+\n|  |---->\n+--+"), 4);
        drag(canvas, {3, 2}, {5, 3}); // the bottom-right corner, two right and one down
        // A line held by nothing else follows the edge whole.
        QCOMPARE(canvas.text(), QStringLiteral("+----+\n|    |---->\n|    |\n+----+"));
        QTest::keyClick(&canvas, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(canvas.text(), QStringLiteral("+--+\n|  |---->\n+--+"));
    }

    void insertIntoTheSpec()
    {
        MainWindow window;
        window.resize(1400, 900); // room for the editor's 80 columns and the canvas beside it
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QString original = QStringLiteral("Title\n=====\n\nThe flow\n\nNext.\n");
        window.editor()->setPlainText(original);
        QTextCursor cursor(window.editor()->document()->findBlockByNumber(4)); // the blank line
        window.editor()->setTextCursor(cursor);
        window.findChild<QAction *>(QStringLiteral("actionInsertDiagram"))->trigger();
        DiagramDock *dock = window.diagramDock();
        QVERIFY(dock->isVisible());
        // A dock beside the editor, both in view; it can be moved, floated or tabbed like any dock.
        QCOMPARE(window.dockWidgetArea(dock), Qt::RightDockWidgetArea);
        QVERIFY(!dock->isFloating());
        QVERIFY(window.editor()->isVisible());
        const QRect editorRect(window.editor()->mapTo(&window, QPoint()), window.editor()->size());
        const QRect dockRect(dock->mapTo(&window, QPoint()), dock->size());
        QVERIFY(!editorRect.intersects(dockRect));
        QVERIFY(dock->features().testFlags(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable));
        DiagramCanvas *canvas = dock->canvas();
        QTest::keyClick(canvas, Qt::Key_B);
        drag(*canvas, {0, 0}, {3, 2});
        QVERIFY(dock->insertButton()->isEnabled());
        QTest::mouseClick(dock->insertButton(), Qt::LeftButton);
        QCOMPARE(window.editor()->toPlainText(),
                 QStringLiteral("Title\n=====\n\nThe flow ::\n\n    +--+\n    |  |\n    +--+\n\nNext.\n"));
        window.editor()->undo(); // one undo step
        QCOMPARE(window.editor()->toPlainText(), original);
    }

    void editAnExistingBlockAndApply()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QString original = QStringLiteral("* Flow::\n\n      +--+\n      |  |\n      +--+\n\nAfter.\n");
        window.editor()->setPlainText(original);
        window.editor()->setTextCursor(QTextCursor(window.editor()->document()->findBlockByNumber(3)));
        // Right after the text changed: the action waits for the background analysis of it.
        QSignalSpy opened(&window, &MainWindow::diagramOpened);
        window.editDiagramAtCursor();
        QVERIFY(opened.isEmpty()); // the analysis is not there yet; the GUI thread parses nothing
        QTRY_COMPARE(opened.size(), 1);
        QCOMPARE(opened.constFirst().constFirst().toBool(), true);
        DiagramCanvas *canvas = window.diagramDock()->canvas();
        QCOMPARE(canvas->text(), QStringLiteral("+--+\n|  |\n+--+"));
        QCOMPARE(canvas->model().usableWidth(), 79 - 6);
        QTest::keyClick(canvas, Qt::Key_A);
        drag(*canvas, {4, 1}, {8, 1});
        QCOMPARE(canvas->text(), QStringLiteral("+--+\n|  |---->\n+--+"));
        QTest::mouseClick(window.diagramDock()->applyButton(), Qt::LeftButton);
        QTRY_COMPARE(window.editor()->toPlainText(),
                     QStringLiteral("* Flow::\n\n      +--+\n      |  |---->\n      +--+\n\nAfter.\n"));
        window.editor()->undo();
        QCOMPARE(window.editor()->toPlainText(), original);
        // Outside a literal block there is nothing to edit.
        window.editor()->setTextCursor(QTextCursor(window.editor()->document()->findBlockByNumber(6)));
        window.editDiagramAtCursor();
        QTRY_COMPARE(opened.size(), 2);
        QCOMPARE(opened.constLast().constFirst().toBool(), false);
    }
};

SPECWRIGHT_WIDGET_TEST_MAIN(DiagramCanvasTest)
#include "diagramcanvas_test.moc"
