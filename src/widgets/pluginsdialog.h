// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/plugin/pluginmanager.h>

#include <QDialog>
#include <QFutureWatcher>

class QTreeWidget;

namespace Specwright::Widgets {

/// Help → Plugins: every plugin found, what it provides, its status or load error, and a switch.
/// Statuses that need a plugin's tool are asked for on a worker thread and filled in when known.
class PluginsDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit PluginsDialog(QWidget *parent = nullptr);
    ~PluginsDialog() override;
    QTreeWidget *list() const { return m_list; }
    /// Whether every status is known (no "Checking…" left).
    bool isComplete() const { return m_complete; }

Q_SIGNALS:
    /** A plugin was switched on or off (checks should run again). */
    void pluginsChanged();

private:
    void fill(const QList<Core::PluginManager::Plugin> &plugins, bool complete);

    QTreeWidget *m_list = nullptr;
    QFutureWatcher<QList<Core::PluginManager::Plugin>> m_statuses;
    bool m_complete = false; ///< the list shows every status
};

} // namespace Specwright::Widgets
