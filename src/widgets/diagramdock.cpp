// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "diagramdock.h"

#include "actionicons.h"
#include "diagramcanvas.h"

#include <QActionGroup>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QToolBar>
#include <QVBoxLayout>

namespace Specwright::Widgets {

DiagramDock::DiagramDock(QWidget *parent)
    : QDockWidget(tr("Diagram"), parent)
{
    setObjectName(QStringLiteral("diagramDock"));
    auto *body = new QWidget(this);
    auto *layout = new QVBoxLayout(body);
    layout->setContentsMargins(4, 4, 4, 4);
    m_canvas = new DiagramCanvas(body);
    m_canvas->setObjectName(QStringLiteral("diagramCanvas"));

    // Icons with tooltips: labels (and "Undo Draw arrow") would push the last tools into an overflow menu.
    auto *tools = new QToolBar(body);
    tools->setObjectName(QStringLiteral("diagramTools"));
    tools->setToolButtonStyle(Qt::ToolButtonIconOnly);
    tools->setIconSize(QSize(20, 20));
    const QPalette colors = palette();
    auto icon = [&colors](ActionIcons::Kind kind) { return ActionIcons::icon(kind, colors); };
    auto *group = new QActionGroup(this);
    using Kind = ActionIcons::Kind;
    const struct
    {
        DiagramCanvas::Tool tool;
        Kind icon;
        QString label;
        QString key;
    } entries[] = {
        {DiagramCanvas::Tool::Select, Kind::Select, tr("Select and move"), QStringLiteral("S")},
        {DiagramCanvas::Tool::Box, Kind::Box, tr("Box"), QStringLiteral("B")},
        {DiagramCanvas::Tool::Line, Kind::Line, tr("Line"), QStringLiteral("L")},
        {DiagramCanvas::Tool::Arrow, Kind::Arrow, tr("Arrow"), QStringLiteral("A")},
        {DiagramCanvas::Tool::Text, Kind::Text, tr("Text"), QStringLiteral("T")},
        {DiagramCanvas::Tool::Freehand, Kind::Freehand, tr("Freehand"), QStringLiteral("F")},
        {DiagramCanvas::Tool::Erase, Kind::Erase, tr("Erase"), QStringLiteral("E")},
    };
    for (const auto &entry : entries) {
        QAction *action = tools->addAction(icon(entry.icon), entry.label);
        action->setCheckable(true);
        action->setChecked(entry.tool == m_canvas->tool());
        action->setToolTip(tr("%1 (%2)").arg(entry.label, entry.key));
        action->setData(int(entry.tool));
        group->addAction(action);
        const DiagramCanvas::Tool tool = entry.tool;
        connect(action, &QAction::triggered, m_canvas, [this, tool] {
            m_canvas->setTool(tool);
            m_canvas->setFocus();
        });
    }
    connect(m_canvas, &DiagramCanvas::toolChanged, this, [group](DiagramCanvas::Tool tool) {
        for (QAction *action : group->actions()) {
            action->setChecked(action->data().toInt() == int(tool));
        }
    });
    tools->addSeparator();
    QAction *undo = m_canvas->undoStack()->createUndoAction(this, tr("Undo"));
    QAction *redo = m_canvas->undoStack()->createRedoAction(this, tr("Redo"));
    undo->setIcon(icon(Kind::Undo)); // its text, "Undo Draw arrow", is the tooltip
    redo->setIcon(icon(Kind::Redo));
    tools->addAction(undo);
    tools->addAction(redo);
    tools->addSeparator();
    QAction *unicode = tools->addAction(icon(Kind::Unicode), tr("Unicode"));
    unicode->setCheckable(true);
    unicode->setToolTip(tr("Draw with Unicode box-drawing characters (specs want ASCII)"));
    connect(unicode, &QAction::toggled, m_canvas, [this](bool on) {
        m_canvas->setCharset(on ? Core::DiagramCharset::Style::Unicode : Core::DiagramCharset::Style::Ascii);
    });
    QAction *grid = tools->addAction(icon(Kind::Grid), tr("Grid"));
    grid->setToolTip(tr("Show the character grid"));
    grid->setCheckable(true);
    grid->setChecked(m_canvas->showGrid());
    connect(grid, &QAction::toggled, m_canvas, &DiagramCanvas::setShowGrid);
    QAction *zoomIn = tools->addAction(icon(Kind::ZoomIn), tr("Zoom In"));
    zoomIn->setToolTip(tr("Zoom In (Ctrl++)"));
    connect(zoomIn, &QAction::triggered, m_canvas, [this] { m_canvas->setZoom(m_canvas->zoom() + 1); });
    QAction *zoomOut = tools->addAction(icon(Kind::ZoomOut), tr("Zoom Out"));
    zoomOut->setToolTip(tr("Zoom Out (Ctrl+-)"));
    connect(zoomOut, &QAction::triggered, m_canvas, [this] { m_canvas->setZoom(m_canvas->zoom() - 1); });
    tools->addSeparator();
    m_floatAction = tools->addAction(icon(Kind::Float), tr("Own Window"));
    m_floatAction->setObjectName(QStringLiteral("actionDiagramOwnWindow"));
    m_floatAction->setCheckable(true);
    m_floatAction->setToolTip(tr("Draw in a window of its own (else the canvas takes the preview's place)"));
    connect(m_floatAction, &QAction::triggered, this, &QDockWidget::setFloating);
    connect(this, &QDockWidget::topLevelChanged, m_floatAction, &QAction::setChecked);

    // The dock is never narrower than its tools: none of them hides in an overflow menu.
    tools->setMinimumWidth(tools->sizeHint().width());

    auto *bottom = new QHBoxLayout;
    m_status = new QLabel(body);
    m_status->setWordWrap(true); // a long message takes two lines, not the editor's width
    m_status->setObjectName(QStringLiteral("diagramStatus"));
    m_insert = new QPushButton(tr("Insert into Spec"), body);
    m_insert->setToolTip(tr("Write the diagram as a literal block at the cursor (one undo step)"));
    m_apply = new QPushButton(tr("Apply"), body);
    m_apply->setToolTip(tr("Put the edited diagram back in place of its block (one undo step)"));
    bottom->addWidget(m_status, 1);
    bottom->addWidget(m_insert);
    bottom->addWidget(m_apply);
    layout->addWidget(tools);
    layout->addWidget(m_canvas, 1);
    layout->addLayout(bottom);
    setWidget(body);

    connect(m_insert, &QPushButton::clicked, this, [this] { Q_EMIT insertRequested(m_canvas->text()); });
    connect(m_apply, &QPushButton::clicked, this, [this] { Q_EMIT applyRequested(m_block, m_canvas->text()); });
    connect(m_canvas, &DiagramCanvas::changed, this, [this] {
        m_notice.clear();
        updateStatus();
    });
    connect(m_canvas, &DiagramCanvas::textEntryChanged, this, &DiagramDock::updateStatus);
    connect(m_canvas, &DiagramCanvas::refused, this, [this](const QString &reason) {
        m_notice = reason;
        updateStatus();
    });
    newDiagram();
}

void DiagramDock::newDiagram()
{
    m_block = {};
    m_canvas->setDiagram(QString(), Core::DiagramBlock::Indentation);
    m_apply->setEnabled(false);
    updateStatus();
}

void DiagramDock::editBlock(const Core::DiagramBlock::Found &block)
{
    m_block = block;
    m_canvas->setDiagram(block.text, block.indentation);
    m_apply->setEnabled(true);
    updateStatus();
}

void DiagramDock::updateStatus()
{
    const Core::DiagramModel::Overflow overflow = m_canvas->model().overflow();
    const QString fit =
        overflow.fits() ? tr("Fits in 79 columns (%1 usable).").arg(overflow.usableWidth)
                        : tr("%n row(s) go past column 79 by up to %1 column(s).", nullptr, int(overflow.rows.size()))
                              .arg(overflow.excessColumns());
    const QString typing = m_canvas->isEnteringText() ? tr("Typing text: Escape ends it.") : QString();
    m_status->setText(QStringList({m_notice, typing, fit}).join(QLatin1Char(' ')).simplified());
    m_insert->setEnabled(!m_canvas->text().trimmed().isEmpty());
}

} // namespace Specwright::Widgets
