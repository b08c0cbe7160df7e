// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "actionicons.h"

#include <QToolBar>

namespace Specwright::Widgets {

/**
 * The main toolbar: the actions people use most (New, Open, Save, Undo, Redo, Find, Insert
 * Diagram, Export for Review, Preview) with the theme's icons or Specwright's, redrawn when the
 * palette changes. Hideable (Settings → Show Toolbar); its place is kept with the window's state.
 */
class MainToolBar final : public QToolBar
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainToolBar)

public:
    /// A null action is a separator.
    using Entry = std::pair<QAction *, ActionIcons::Kind>;
    MainToolBar(const QList<Entry> &entries, QWidget *parent);

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateIcons();

    QList<Entry> m_entries;
};

} // namespace Specwright::Widgets
