// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "maintoolbar.h"

#include <QAction>
#include <QEvent>

namespace Specwright::Widgets {

MainToolBar::MainToolBar(const QList<Entry> &entries, QWidget *parent)
    : QToolBar(tr("Main Toolbar"), parent)
    , m_entries(entries)
{
    setObjectName(QStringLiteral("mainToolBar")); // for QMainWindow::saveState()
    setToolButtonStyle(Qt::ToolButtonIconOnly);
    for (const auto &[action, kind] : entries) {
        if (action) {
            addAction(action);
        } else {
            addSeparator();
        }
    }
    updateIcons();
}

void MainToolBar::updateIcons()
{
    for (const auto &[action, kind] : m_entries) {
        if (action) {
            action->setIcon(ActionIcons::icon(kind, palette()));
        }
    }
}

void MainToolBar::changeEvent(QEvent *event)
{
    QToolBar::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        updateIcons(); // drawn icons take the new text colour
    }
}

} // namespace Specwright::Widgets
