// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pluginsdialog.h"

#include <core/plugin/pluginmanager.h>

#include <QDialogButtonBox>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace Specwright::Widgets {

using Core::PluginManager;

PluginsDialog::PluginsDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Plugins"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(
        tr("Plugins are looked for in: %1").arg(PluginManager::searchPaths().join(QStringLiteral(", "))), this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_list = new QTreeWidget(this);
    m_list->setHeaderLabels({tr("Plugin"), tr("Provides"), tr("Status")});
    m_list->setRootIsDecorated(false);
    m_list->header()->setStretchLastSection(true);
    layout->addWidget(m_list, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(720, 320);
    fill(PluginManager::plugins(PluginManager::Status::Skip), false);
    connect(&m_statuses, &QFutureWatcher<QList<PluginManager::Plugin>>::finished, this,
            [this] { fill(m_statuses.result(), true); });
    m_statuses.setFuture(QtConcurrent::run([] { return PluginManager::plugins(PluginManager::Status::Ask); }));
    connect(m_list, &QTreeWidget::itemChanged, this, [this](QTreeWidgetItem *item, int column) {
        if (column == 0) {
            PluginManager::setEnabled(item->data(0, Qt::UserRole).toString(), item->checkState(0) == Qt::Checked);
            Q_EMIT pluginsChanged();
        }
    });
}

PluginsDialog::~PluginsDialog()
{
    // The worker only asks plugins for their status; its answer is no longer wanted.
    m_statuses.disconnect(this);
}

void PluginsDialog::fill(const QList<PluginManager::Plugin> &plugins, bool complete)
{
    const QSignalBlocker block(m_list);
    m_complete = complete;
    m_list->clear();
    for (const PluginManager::Plugin &plugin : plugins) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(0, plugin.name);
        item->setToolTip(0, plugin.description + QLatin1Char('\n') + QDir::toNativeSeparators(plugin.file));
        item->setData(0, Qt::UserRole, plugin.file);
        item->setText(1, plugin.interfaces.join(QStringLiteral(", ")));
        const bool asking = !complete && plugin.loaded && plugin.status.isEmpty() &&
                            plugin.interfaces.contains(QStringLiteral("rule provider"));
        item->setText(2, !plugin.loaded            ? tr("Not loaded: %1").arg(plugin.status)
                         : asking                  ? tr("Checking…")
                         : plugin.status.isEmpty() ? tr("Loaded.")
                                                   : plugin.status);
        item->setFlags(plugin.loaded ? item->flags() | Qt::ItemIsUserCheckable : item->flags() & ~Qt::ItemIsEnabled);
        item->setCheckState(0, plugin.enabled ? Qt::Checked : Qt::Unchecked);
    }
    for (int column = 0; column < 2; ++column) {
        m_list->resizeColumnToContents(column);
    }
}

} // namespace Specwright::Widgets
