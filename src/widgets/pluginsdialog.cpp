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
    fill();
    connect(m_list, &QTreeWidget::itemChanged, this, [this](QTreeWidgetItem *item, int column) {
        if (column == 0) {
            PluginManager::setEnabled(item->data(0, Qt::UserRole).toString(), item->checkState(0) == Qt::Checked);
            Q_EMIT pluginsChanged();
        }
    });
}

void PluginsDialog::fill()
{
    const QSignalBlocker block(m_list);
    m_list->clear();
    for (const PluginManager::Plugin &plugin : PluginManager::plugins()) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(0, plugin.name);
        item->setToolTip(0, plugin.description + QLatin1Char('\n') + QDir::toNativeSeparators(plugin.file));
        item->setData(0, Qt::UserRole, plugin.file);
        item->setText(1, plugin.interfaces.join(QStringLiteral(", ")));
        item->setText(2, plugin.loaded ? (plugin.status.isEmpty() ? tr("Loaded.") : plugin.status)
                                       : tr("Not loaded: %1").arg(plugin.status));
        item->setFlags(plugin.loaded ? item->flags() | Qt::ItemIsUserCheckable : item->flags() & ~Qt::ItemIsEnabled);
        item->setCheckState(0, plugin.enabled ? Qt::Checked : Qt::Unchecked);
    }
    for (int column = 0; column < 2; ++column) {
        m_list->resizeColumnToContents(column);
    }
}

} // namespace Specwright::Widgets
