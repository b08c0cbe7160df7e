// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The diagram canvas inside the real main window (issue 24): the Edit menu's keys act on the
// focused part. With the canvas focused, Ctrl+Z undoes the drawing (not the spec's text),
// Ctrl+X / Ctrl+C / Ctrl+V cut, copy and paste shapes, Ctrl+= zooms the canvas; with the editor
// focused they act on the text. Edit → Undo says what it will undo. Typed text never goes over
// other shapes and is undone by the word; Escape ends typing and keeps the tool; the canvas
// leaves the editor its 80 columns; its toolbar fits; a reopened diagram has a margin.
#include "canvastesthelpers.h"
#include "widgettesthelpers.h"

#include <widgets/diagramcanvas.h>
#include <widgets/diagramdock.h>
#include <widgets/mainwindow.h>
#include <widgets/sourceeditor.h>

#include <QAction>
#include <QLabel>
#include <QMouseEvent>
#include <QSettings>
#include <QSplitter>
#include <QTextBlock>
#include <QToolBar>
#include <QToolButton>

using Specwright::Widgets::DiagramCanvas;
using Specwright::Widgets::DiagramDock;
using Specwright::Widgets::MainWindow;

using Specwright::Tests::drag;

namespace {
QWidget *focused()
{
    return QApplication::focusWidget();
}

const QString Spec = QStringLiteral("=====\nTitle\n=====\n\nSome text.\n");
const QString Box = QStringLiteral("+-----+\n|     |\n+-----+");

/** Shows \a window at \a size with the spec, and opens the canvas from the keyboard (Ctrl+Shift+D). */
bool openCanvas(MainWindow &window, QSize size = QSize(1400, 900))
{
    window.resize(size);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window)) {
        return false;
    }
    window.editor()->setPlainText(Spec);
    window.activateWindow();
    window.editor()->setFocus();
    if (!QTest::qWaitFor([&] { return window.editor()->hasFocus(); })) {
        return false;
    }
    QTest::keyClick(focused(), Qt::Key_D, Qt::ControlModifier | Qt::ShiftModifier);
    DiagramCanvas *canvas = window.diagramDock()->canvas();
    return QTest::qWaitFor([&] { return canvas->hasFocus(); });
}

/** Clicks \a cell of \a canvas (with the current tool). */
void click(DiagramCanvas *canvas, QPoint cell)
{
    QTest::mouseClick(canvas->viewport(), Qt::LeftButton, Qt::NoModifier, canvas->cellCenter(cell));
}

/** A box from (0, 0) to (6, 2) and an arrow from its right edge to column 12, drawn with the mouse. */
void drawBoxAndArrow(DiagramCanvas *canvas)
{
    QTest::keyClick(focused(), Qt::Key_B);
    drag(*canvas, {0, 0}, {6, 2});
    QTest::keyClick(focused(), Qt::Key_A);
    drag(*canvas, {7, 1}, {12, 1});
}

const QString BoxAndArrow = QStringLiteral("+-----+\n|     |----->\n+-----+");
} // namespace

class CanvasInWindowTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        QSettings().clear(); // no window layout or placement from an earlier run
    }

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

    void typingNeverChangesOtherShapes_data()
    {
        QTest::addColumn<QPoint>("caret");
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("after");

        QTest::newRow("on the box's border") << QPoint(3, 0) << QStringLiteral("x") << BoxAndArrow;
        QTest::newRow("on the arrow") << QPoint(9, 1) << QStringLiteral("x") << BoxAndArrow;
        QTest::newRow("a free place") << QPoint(9, 0) << QStringLiteral("note")
                                      << QStringLiteral("+-----+  note\n|     |----->\n+-----+");
        QTest::newRow("a label inside the box")
            << QPoint(2, 1) << QStringLiteral("API") << QStringLiteral("+-----+\n| API |----->\n+-----+");
        QTest::newRow("a label too long for the box stops at its border")
            << QPoint(2, 1) << QStringLiteral("Gateway") << QStringLiteral("+-----+\n| Gate|----->\n+-----+");
    }

    void typingNeverChangesOtherShapes()
    {
        QFETCH(QPoint, caret);
        QFETCH(QString, typed);
        QFETCH(QString, after);
        MainWindow window;
        QVERIFY(openCanvas(window));
        DiagramCanvas *canvas = window.diagramDock()->canvas();
        drawBoxAndArrow(canvas);
        QCOMPARE(canvas->text(), BoxAndArrow);
        QTest::keyClick(focused(), Qt::Key_T);
        click(canvas, caret);
        QVERIFY(canvas->isEnteringText());
        QTest::keyClicks(focused(), typed);
        QCOMPARE(canvas->text(), after);
        if (after == BoxAndArrow || typed == QStringLiteral("Gateway")) {
            // Refused keys say why, in the canvas's status line.
            QVERIFY2(window.diagramDock()->statusLabel()->text().contains(QStringLiteral("does not go over")),
                     qPrintable(window.diagramDock()->statusLabel()->text()));
        }
        QCOMPARE(window.editor()->toPlainText(), Spec);
    }

    void oldCaretCannotTypeOverANewShape()
    {
        // The caret placed before a box was drawn over it: typing there must not break the box.
        MainWindow window;
        QVERIFY(openCanvas(window));
        DiagramCanvas *canvas = window.diagramDock()->canvas();
        QTest::keyClick(focused(), Qt::Key_T);
        click(canvas, {3, 0});
        QTest::keyClick(focused(), Qt::Key_Escape);
        QTest::keyClick(focused(), Qt::Key_B);
        drag(*canvas, {0, 0}, {6, 2});
        QTest::keyClick(focused(), Qt::Key_T);
        QVERIFY(!canvas->isEnteringText()); // a new click places the caret
        QTest::keyClicks(focused(), QStringLiteral("xyz"));
        QCOMPARE(canvas->text(), Box);
    }

    void typedTextIsUndoneByTheWord_data()
    {
        QTest::addColumn<QStringList>("bursts"); // typed with a pause of over a second between them
        QTest::addColumn<QStringList>("afterEachUndo");

        QTest::newRow("two words") << QStringList{QStringLiteral("api gateway")}
                                   << QStringList{QStringLiteral("api"), QString()};
        QTest::newRow("a pause inside a word") << QStringList{QStringLiteral("gate"), QStringLiteral("way")}
                                               << QStringList{QStringLiteral("gate"), QString()};
        QTest::newRow("words and a pause") << QStringList{QStringLiteral("to the"), QStringLiteral(" store")}
                                           << QStringList{QStringLiteral("to the"), QStringLiteral("to"), QString()};
    }

    void typedTextIsUndoneByTheWord()
    {
        QFETCH(QStringList, bursts);
        QFETCH(QStringList, afterEachUndo);
        MainWindow window;
        QVERIFY(openCanvas(window));
        DiagramCanvas *canvas = window.diagramDock()->canvas();
        QTest::keyClick(focused(), Qt::Key_T);
        click(canvas, {0, 0});
        for (const QString &burst : bursts) {
            if (burst != bursts.first()) {
                QTest::qWait(1200);
            }
            QTest::keyClicks(focused(), burst);
        }
        QCOMPARE(canvas->text(), bursts.join(QString()));
        auto *undo = window.findChild<QAction *>(QStringLiteral("actionUndo"));
        QCOMPARE(undo->text(), tr("&Undo %1").arg(QStringLiteral("Type text")));
        for (const QString &expected : afterEachUndo) {
            QTest::keyClick(focused(), Qt::Key_Z, Qt::ControlModifier);
            QCOMPARE(canvas->text(), expected);
        }
        QCOMPARE(window.editor()->toPlainText(), Spec);
    }

    void escapeEndsTypingAndKeepsTheTool()
    {
        MainWindow window;
        QVERIFY(openCanvas(window));
        DiagramCanvas *canvas = window.diagramDock()->canvas();
        QTest::keyClick(focused(), Qt::Key_T);
        click(canvas, {1, 1});
        // In text entry, tool letters are text.
        QTest::keyClicks(focused(), QStringLiteral("bla"));
        QCOMPARE(canvas->tool(), DiagramCanvas::Tool::Text);
        QCOMPARE(canvas->text(), QStringLiteral("\n bla"));
        QVERIFY(window.diagramDock()->statusLabel()->text().contains(QStringLiteral("Escape")));
        QTest::keyClick(focused(), Qt::Key_Escape);
        QVERIFY(!canvas->isEnteringText());
        QCOMPARE(canvas->tool(), DiagramCanvas::Tool::Text);
        // Out of text entry, a letter chooses a tool and types nothing.
        QTest::keyClick(focused(), Qt::Key_B);
        QCOMPARE(canvas->tool(), DiagramCanvas::Tool::Box);
        QCOMPARE(canvas->text(), QStringLiteral("\n bla"));
        QVERIFY(canvas->hasFocus()); // Escape did not leave the canvas (nor close anything)
        QVERIFY(window.diagramDock()->isVisible());
    }

    void canvasLeavesTheEditorItsColumns_data()
    {
        QTest::addColumn<QSize>("windowSize");
        QTest::addColumn<bool>("ownWindow");

        QTest::newRow("wide window: the preview's place") << QSize(1400, 900) << false;
        QTest::newRow("laptop window: the preview's place") << QSize(1366, 740) << false;
        QTest::newRow("narrow window: a window of its own") << QSize(1000, 700) << true;
    }

    void canvasLeavesTheEditorItsColumns()
    {
        QFETCH(QSize, windowSize);
        QFETCH(bool, ownWindow);
        MainWindow window;
        window.resize(windowSize);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QWidget *preview = window.findChild<QSplitter *>(QStringLiteral("splitter"))->widget(1);
        QTRY_VERIFY(preview->isVisible());
        const int previewWidth = preview->width();
        const int editorWidth = window.editor()->width();
        QVERIFY(openCanvas(window, windowSize));
        DiagramDock *dock = window.diagramDock();
        QTRY_VERIFY(dock->isVisible());
        QCOMPARE(dock->isFloating(), ownWindow);
        QCOMPARE(dock->ownWindowAction()->isChecked(), ownWindow);
        // Docked, the canvas is where the preview was and the editor has a spec's 80 columns; in a
        // window of its own, it takes nothing from the editor.
        const int needed = ownWindow ? editorWidth : window.editor()->widthForColumns(80);
        QTRY_VERIFY2(window.editor()->width() >= needed,
                     qPrintable(QStringLiteral("editor %1 px, needs %2 px").arg(window.editor()->width()).arg(needed)));
        QCOMPARE(preview->isVisible(), ownWindow);
        if (!ownWindow) {
            const QRect editorRect(window.editor()->mapTo(&window, QPoint()), window.editor()->size());
            const QRect dockRect(dock->mapTo(&window, QPoint()), dock->size());
            QVERIFY(!editorRect.intersects(dockRect));
            QVERIFY(dock->canvas()->width() >= 40 * dock->canvas()->cellSize().width());
        }
        // Closing the canvas gives the preview its place back, as wide as it was.
        dock->close();
        QTRY_VERIFY(preview->isVisible());
        QTRY_VERIFY2(qAbs(preview->width() - previewWidth) <= 2,
                     qPrintable(QStringLiteral("%1 px, was %2 px").arg(preview->width()).arg(previewWidth)));
    }

    void ownWindowIsRemembered()
    {
        {
            MainWindow window;
            QVERIFY(openCanvas(window));
            DiagramDock *dock = window.diagramDock();
            QVERIFY(!dock->isFloating());
            // The toolbar's "Own Window" button, clicked.
            auto *tools = dock->findChild<QToolBar *>(QStringLiteral("diagramTools"));
            QWidget *button = tools->widgetForAction(dock->ownWindowAction());
            QVERIFY(button && button->isVisible());
            QTest::mouseClick(button, Qt::LeftButton);
            QTRY_VERIFY(dock->isFloating());
            QWidget *preview = window.findChild<QSplitter *>(QStringLiteral("splitter"))->widget(1);
            QTRY_VERIFY(preview->isVisible()); // the preview back in the window
            QVERIFY(dock->width() >= 79 * dock->canvas()->cellSize().width());
            window.close();
        }
        MainWindow again;
        QVERIFY(openCanvas(again));
        QVERIFY(again.diagramDock()->isFloating());
        QVERIFY(again.diagramDock()->ownWindowAction()->isChecked());
        // And back into the main window: remembered too.
        again.diagramDock()->ownWindowAction()->trigger();
        QTRY_VERIFY(!again.diagramDock()->isFloating());
        QCOMPARE(QSettings().value(QStringLiteral("diagram/ownWindow")).toBool(), false);
    }

    void toolbarShowsEveryToolWithIconsAndTooltips()
    {
        MainWindow window;
        QVERIFY(openCanvas(window, QSize(1366, 740)));
        DiagramDock *dock = window.diagramDock();
        drawBoxAndArrow(dock->canvas()); // the undo action now says "Undo Draw arrow"
        auto *tools = dock->findChild<QToolBar *>(QStringLiteral("diagramTools"));
        QVERIFY(tools);
        window.resizeDocks({dock}, {1}, Qt::Horizontal); // as narrow as the user can drag it
        QTRY_VERIFY(dock->width() < 600);
        QApplication::processEvents();
        auto *overflow = tools->findChild<QToolButton *>(QStringLiteral("qt_toolbar_ext_button"));
        QVERIFY2(!overflow || !overflow->isVisible(), "the toolbar overflows into a menu");
        for (QAction *action : tools->actions()) {
            if (action->isSeparator()) {
                continue;
            }
            QVERIFY2(!action->icon().isNull(), qPrintable(action->text()));
            QVERIFY2(!action->toolTip().isEmpty(), qPrintable(action->text()));
            auto *button = qobject_cast<QToolButton *>(tools->widgetForAction(action));
            QVERIFY2(button && button->isVisible(), qPrintable(action->text()));
            QCOMPARE(button->toolButtonStyle(), Qt::ToolButtonIconOnly);
        }
        const QString undoTip = dock->canvas()->undoStack()->undoText();
        QCOMPARE(undoTip, QStringLiteral("Draw arrow"));
    }

    void reopenedDiagramHasAMargin()
    {
        MainWindow window;
        window.resize(1400, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.editor()->setPlainText(QStringLiteral("Flow::\n\n    +--+\n    |  |\n    +--+\n\nAfter.\n"));
        window.editor()->setTextCursor(QTextCursor(window.editor()->document()->findBlockByNumber(3)));
        window.activateWindow();
        window.editor()->setFocus();
        QTRY_VERIFY(window.editor()->hasFocus());
        QTest::keyClick(focused(), Qt::Key_E, Qt::ControlModifier | Qt::ShiftModifier); // Edit Diagram
        DiagramCanvas *canvas = window.diagramDock()->canvas();
        QTRY_COMPARE(canvas->text(), QStringLiteral("+--+\n|  |\n+--+"));
        QTRY_VERIFY(canvas->hasFocus());
        canvas->setShowGrid(false);
        const QImage image = canvas->viewport()->grab().toImage();
        // The first ink of the drawing, from the left and from the top.
        int left = image.width();
        int top = image.height();
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < qMin(image.width(), 8 * canvas->cellSize().width()); ++x) {
                if (qGray(image.pixel(x, y)) < 128) {
                    left = qMin(left, x);
                    top = qMin(top, y);
                }
            }
        }
        QVERIFY2(left >= canvas->cellSize().width(), qPrintable(QString::number(left)));
        QVERIFY2(top >= canvas->cellSize().height() / 2, qPrintable(QString::number(top)));
        QVERIFY(left < 4 * canvas->cellSize().width()); // the drawing is there, near the corner
        // A click on the margin draws at the diagram's first column, not off it.
        QTest::keyClick(focused(), Qt::Key_S);
        QTest::mouseClick(canvas->viewport(), Qt::LeftButton, Qt::NoModifier,
                          QPoint(2, canvas->cellCenter({0, 1}).y()));
        QCOMPARE(canvas->selectedShape(), canvas->model().shapeAt({0, 1}));
    }

    void wideDiagramOpensWhole()
    {
        // A 61-column diagram, opened beside the editor: shown whole across, in smaller cells.
        MainWindow window;
        window.resize(1366, 740);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QString wide =
            QStringLiteral("+--------+") + QString(40, QLatin1Char(' ')) + QStringLiteral("+--------+");
        const QString middle =
            QStringLiteral("| client |") + QString(40, QLatin1Char('-')) + QStringLiteral(">| server |");
        window.editor()->setPlainText(QStringLiteral("Flow::\n\n    %1\n    %2\n    %1\n\nAfter.\n").arg(wide, middle));
        window.editor()->setTextCursor(QTextCursor(window.editor()->document()->findBlockByNumber(3)));
        window.activateWindow();
        window.editor()->setFocus();
        QTRY_VERIFY(window.editor()->hasFocus());
        QTest::keyClick(focused(), Qt::Key_E, Qt::ControlModifier | Qt::ShiftModifier);
        DiagramCanvas *canvas = window.diagramDock()->canvas();
        QTRY_VERIFY(canvas->hasFocus());
        QCOMPARE(canvas->model().grid().width(), 61);
        QTRY_VERIFY2(canvas->cellCenter({60, 1}).x() < canvas->viewport()->width(),
                     qPrintable(QStringLiteral("column 60 at %1 px of %2 px, zoom %3")
                                    .arg(canvas->cellCenter({60, 1}).x())
                                    .arg(canvas->viewport()->width())
                                    .arg(canvas->zoom())));
        QVERIFY(canvas->zoom() >= 8); // still readable
        // The user's zoom holds from there.
        const int fitted = canvas->zoom();
        QTest::keyClick(focused(), Qt::Key_Equal, Qt::ControlModifier);
        QCOMPARE(canvas->zoom(), fitted + 1);
    }
};

SPECWRIGHT_WIDGET_TEST_MAIN(CanvasInWindowTest)
#include "canvasinwindow_test.moc"
