// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QMenuBar;
class QTreeWidget;

namespace Specwright::Widgets {

/**
 * Help → Keyboard Shortcuts: every menu action that has a shortcut, under its menu, read from the
 * window's menus themselves (so the list cannot fall behind), then the keys that belong to one
 * place (the find bar, the editor, the diagram canvas).
 */
class ShortcutsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ShortcutsDialog)

public:
    ShortcutsDialog(const QMenuBar *menuBar, QWidget *parent = nullptr);

    QTreeWidget *list() const { return m_list; }

private:
    QTreeWidget *m_list;
};

} // namespace Specwright::Widgets
