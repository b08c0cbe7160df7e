// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "settingsmenu.h"

#include "preferencesdialog.h"
#include "viewactions.h"

#include <QToolBar>

namespace Specwright::Widgets {

SettingsMenu::SettingsMenu(ViewActions *view, QToolBar *toolBar, QWidget *parent)
    : QMenu(tr("&Settings"), parent)
    , m_view(view)
{
    setObjectName(QStringLiteral("menuSettings"));
    QAction *showToolBar = toolBar->toggleViewAction();
    showToolBar->setText(tr("Show &Toolbar"));
    showToolBar->setObjectName(QStringLiteral("actionShowToolBar"));
    addAction(showToolBar);
    QAction *preferences = addAction(tr("&Preferences…"), this, [this] { openPreferences()->show(); });
    preferences->setObjectName(QStringLiteral("actionPreferences"));
    preferences->setShortcut(Qt::CTRL | Qt::Key_Comma); // QKeySequence::Preferences is empty on many desktops
}

PreferencesDialog *SettingsMenu::openPreferences()
{
    if (m_dialog) {
        m_dialog->raise();
        return m_dialog;
    }
    m_dialog = new PreferencesDialog(m_view->preferences(), m_languages, parentWidget());
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_dialog, &PreferencesDialog::changed, m_view, &ViewActions::apply);
    connect(m_view, &ViewActions::preferencesChanged, m_dialog, &PreferencesDialog::setPreferences);
    return m_dialog;
}

} // namespace Specwright::Widgets
