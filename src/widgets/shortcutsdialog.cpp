// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "shortcutsdialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QMenu>
#include <QMenuBar>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Specwright::Widgets {

namespace {
QString plain(QString text)
{
    text.remove(QLatin1Char('&'));
    text.remove(QStringLiteral("…"));
    return text.trimmed();
}

QString keys(const QList<QKeySequence> &sequences)
{
    QStringList texts;
    for (const QKeySequence &sequence : sequences) {
        texts << sequence.toString(QKeySequence::NativeText);
    }
    return texts.join(QStringLiteral(", "));
}

// The menu's actions with shortcuts, submenus included ("Open Recent › …").
void addMenu(QTreeWidgetItem *parent, const QMenu *menu, const QString &prefix)
{
    for (const QAction *action : menu->actions()) {
        if (action->menu()) {
            addMenu(parent, action->menu(), prefix + plain(action->text()) + QStringLiteral(" › "));
        } else if (!action->isSeparator() && !action->shortcuts().isEmpty()) {
            new QTreeWidgetItem(parent, {prefix + plain(action->text()), keys(action->shortcuts())});
        }
    }
}
} // namespace

ShortcutsDialog::ShortcutsDialog(const QMenuBar *menuBar, QWidget *parent)
    : QDialog(parent)
    , m_list(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("shortcutsDialog"));
    setWindowTitle(tr("Keyboard Shortcuts"));
    m_list->setObjectName(QStringLiteral("shortcutsList"));
    m_list->setHeaderLabels({tr("Action"), tr("Shortcut")});
    m_list->setRootIsDecorated(true);
    m_list->setUniformRowHeights(true);
    for (const QAction *menuAction : menuBar->actions()) {
        if (!menuAction->menu()) {
            continue;
        }
        auto *group = new QTreeWidgetItem(m_list, {plain(menuAction->text())});
        addMenu(group, menuAction->menu(), QString());
        if (group->childCount() == 0) {
            delete group;
        }
    }
    const QList<std::pair<QString, QStringList>> places = {
        {tr("Find bar"),
         {tr("Next match"), tr("Enter"), tr("Previous match"), tr("Shift+Enter"), tr("Replace this match"),
          tr("Enter (in Replace)"), tr("Replace all"), tr("Ctrl+Enter (in Replace)"), tr("Close"), tr("Escape")}},
        {tr("Editor"),
         {tr("Indent the selected lines"), tr("Tab"), tr("Unindent"), tr("Shift+Tab"), tr("Zoom"), tr("Ctrl+Wheel")}},
        {tr("Diagram canvas"),
         {tr("Select, Box, Line, Arrow, Text, Freehand, Erase"), tr("S, B, L, A, T, F, E"),
          tr("Vertical first (line, arrow)"), tr("Shift while drawing"), tr("Nudge the selection"), tr("Arrow keys")}},
    };
    for (const auto &[place, rows] : places) {
        auto *group = new QTreeWidgetItem(m_list, {place});
        for (qsizetype i = 0; i + 1 < rows.size(); i += 2) {
            new QTreeWidgetItem(group, {rows.at(i), rows.at(i + 1)});
        }
    }
    m_list->expandAll();
    m_list->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_list);
    layout->addWidget(buttons);
    resize(560, 640);
}

} // namespace Specwright::Widgets
