// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMenu>

#include <memory>

namespace Specwright::Core {
class CheckRules;
}

namespace Specwright::Widgets {

/**
 * The Check menu: the profile (automatic or forced) and the template
 * (the repository's own or a chosen file), kept in QSettings, and the
 * CheckRules they make — the one resolution the window's analysis and
 * Export for Review use.
 */
class CheckMenu final : public QMenu
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CheckMenu)

public:
    explicit CheckMenu(QWidget *parent = nullptr);

    /// A template file (empty: the repository's own) and a profile name ("strict", "glance",
    /// "nova"; empty: detected), kept in QSettings; emits rulesChanged().
    void setCheckSettings(const QString &templatePath, const QString &profile);
    /// Forces \a profile ("strict", "glance", "nova"; empty: detected), as picking it in the menu does.
    void setProfile(const QString &profile);
    /// The settings' rules, resolved afresh (a repository's template is read again when first needed).
    std::shared_ptr<Core::CheckRules> freshRules() const;
    /// The folder the template file dialog starts in (the spec's).
    void setStartFolder(const QString &folder) { m_startFolder = folder; }

Q_SIGNALS:
    void rulesChanged(const std::shared_ptr<Specwright::Core::CheckRules> &rules);
    /// The user picked \a profile in the menu (empty: automatic).
    void profilePicked(const QString &profile);

private:
    QString m_startFolder;
};

} // namespace Specwright::Widgets
