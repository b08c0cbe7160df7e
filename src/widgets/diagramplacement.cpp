// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "diagramplacement.h"

#include "diagramcanvas.h"
#include "diagramdock.h"
#include "sourceeditor.h"

#include <QGuiApplication>
#include <QLayout>
#include <QMainWindow>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStyle>
#include <QTimer>

namespace Specwright::Widgets {

namespace {
const QString OwnWindowKey = QStringLiteral("diagram/ownWindow");
// What the editor keeps: a spec's 79 columns and the cursor after the last one.
constexpr int EditorColumns = 81;
// The canvas, docked, gets at least this many of its cells across.
constexpr int CanvasColumns = 40;
} // namespace

DiagramPlacement::DiagramPlacement(QMainWindow *window, DiagramDock *dock, SourceEditor *editor, QSplitter *splitter)
    : QObject(window)
    , m_window(window)
    , m_dock(dock)
    , m_editor(editor)
    , m_splitter(splitter)
    , m_ownWindow(QSettings().value(OwnWindowKey, false).toBool())
{
    connect(m_dock, &QDockWidget::topLevelChanged, this, [this](bool floating) {
        if (!m_placing) {
            // The user's choice, from "Own Window" or the title bar: remembered.
            m_ownWindow = floating;
            QSettings().setValue(OwnWindowKey, floating);
            if (floating && QGuiApplication::mouseButtons() == Qt::NoButton) {
                placeOwnWindow(); // not while the title bar is being dragged
            }
        }
        dockChanged();
    });
    connect(m_dock, &QDockWidget::visibilityChanged, this, &DiagramPlacement::dockChanged);
}

void DiagramPlacement::open()
{
    const bool own = m_ownWindow || !fitsBesideEditor();
    const bool wasHidden = m_dock->isHidden();
    m_placing = true;
    if (own != m_dock->isFloating()) {
        m_dock->setFloating(own);
        if (own) {
            placeOwnWindow();
        }
    } else if (own && wasHidden && !m_dock->geometry().intersects(m_window->geometry())) {
        placeOwnWindow();
    }
    if (!own) {
        hidePreview(); // before the dock is laid out beside it: the splitter's sizes are still the user's
    }
    m_dock->show();
    m_placing = false;
    dockChanged();
    m_dock->raise();
    if (own) {
        m_dock->activateWindow();
    }
    m_dock->canvas()->setFocus();
}

void DiagramPlacement::dockChanged()
{
    if (m_dock->isVisible() && !m_dock->isFloating()) {
        takePreviewPlace();
    } else if (m_dock->isHidden() || m_dock->isFloating()) {
        restorePreview();
    }
}

bool DiagramPlacement::fitsBesideEditor() const
{
    // The room the central area has (the editor and the preview, or the editor and the docked canvas).
    const bool docked = m_dock->isVisible() && !m_dock->isFloating();
    const int separator = m_window->style()->pixelMetric(QStyle::PM_DockWidgetSeparatorExtent, nullptr, m_window);
    const int room = m_window->centralWidget()->width() + (docked ? m_dock->width() + separator : 0);
    const int canvas = qMax(m_dock->minimumSizeHint().width(), m_dock->canvas()->cellSize().width() * CanvasColumns);
    return room - m_editor->widthForColumns(EditorColumns) - separator >= canvas;
}

void DiagramPlacement::takePreviewPlace()
{
    hidePreview();
    const Qt::DockWidgetArea area = m_window->dockWidgetArea(m_dock);
    if (area != Qt::LeftDockWidgetArea && area != Qt::RightDockWidgetArea) {
        return; // above or below the editor, it takes no width from it
    }
    m_window->layout()->activate(); // the editor alone in the centre now, the canvas beside it
    const int separator = m_window->style()->pixelMetric(QStyle::PM_DockWidgetSeparatorExtent, nullptr, m_window);
    const int room = m_window->centralWidget()->width() + m_dock->width();
    const int editor = m_editor->widthForColumns(EditorColumns);
    if (m_window->centralWidget()->width() < editor || room - editor > m_dock->width() + separator) {
        m_window->resizeDocks({m_dock}, {qMax(m_dock->minimumSizeHint().width(), room - editor)}, Qt::Horizontal);
    }
}

void DiagramPlacement::hidePreview()
{
    QWidget *preview = m_splitter->widget(1);
    if (!m_previewHidden && preview && !preview->isHidden()) {
        m_splitterSizes = m_splitter->sizes();
        preview->hide();
        m_previewHidden = true;
    }
}

void DiagramPlacement::restorePreview()
{
    if (!m_previewHidden) {
        return;
    }
    m_previewHidden = false;
    if (QWidget *preview = m_splitter->widget(1)) {
        preview->show();
    }
    if (!m_splitterSizes.isEmpty()) {
        m_splitter->setSizes(m_splitterSizes);
        // Again once the main window has laid out the centre without the canvas: it would share the
        // width it gains between the editor and the preview, not give the two their own widths back.
        QTimer::singleShot(0, m_splitter,
                           [splitter = m_splitter, sizes = m_splitterSizes] { splitter->setSizes(sizes); });
    }
}

void DiagramPlacement::placeOwnWindow()
{
    // Over the preview's side of the main window, wide enough for a spec's 79 columns of diagram.
    const QRect window = m_window->frameGeometry();
    const QSize cell = m_dock->canvas()->cellSize();
    QSize size(qMax(m_dock->minimumSizeHint().width(), cell.width() * (EditorColumns + 4)),
               qMax(m_dock->minimumSizeHint().height(), window.height() * 3 / 4));
    QRect placed(QPoint(window.right() - size.width(), window.top() + window.height() / 8), size);
    if (const QScreen *screen = m_window->screen()) {
        const QRect available = screen->availableGeometry();
        placed.setSize(placed.size().boundedTo(available.size()));
        placed.moveRight(qMin(placed.right(), available.right()));
        placed.moveLeft(qMax(placed.left(), available.left()));
        placed.moveTop(qBound(available.top(), placed.top(), available.bottom() - placed.height()));
    }
    m_dock->setGeometry(placed);
}

} // namespace Specwright::Widgets
