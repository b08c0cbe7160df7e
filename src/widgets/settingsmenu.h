// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMenu>
#include <QPointer>

class QToolBar;

namespace Specwright::Widgets {

class PreferencesDialog;
class ViewActions;

/// The Settings menu: Show Toolbar and Preferences…, whose dialog applies to \a view as it changes.
class SettingsMenu final : public QMenu
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsMenu)

public:
    SettingsMenu(ViewActions *view, QToolBar *toolBar, QWidget *parent);

    /// The spelling dictionaries Preferences offers.
    void setSpellingLanguages(const QStringList &languages) { m_languages = languages; }
    /// The Preferences dialog, created once and brought up again while it is open.
    PreferencesDialog *openPreferences();

private:
    ViewActions *m_view;
    QStringList m_languages;
    QPointer<PreferencesDialog> m_dialog;
};

} // namespace Specwright::Widgets
