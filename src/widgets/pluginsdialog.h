// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QTreeWidget;

namespace Specwright::Widgets {

/// Help → Plugins: every plugin found, what it provides, its status or load error, and a switch.
class PluginsDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit PluginsDialog(QWidget *parent = nullptr);
    QTreeWidget *list() const { return m_list; }

Q_SIGNALS:
    /** A plugin was switched on or off (checks should run again). */
    void pluginsChanged();

private:
    void fill();

    QTreeWidget *m_list = nullptr;
};

} // namespace Specwright::Widgets
