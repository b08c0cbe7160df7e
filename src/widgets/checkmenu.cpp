// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "checkmenu.h"

#include "documentcontroller.h"

#include <core/validate/checkrules.h>

#include <QActionGroup>
#include <QDir>
#include <QFileDialog>
#include <QMessageBox>
#include <QSettings>

namespace Specwright::Widgets {

namespace {
const QString TemplateKey = QStringLiteral("check/template");
const QString ProfileKey = QStringLiteral("check/profile");
} // namespace

CheckMenu::CheckMenu(QWidget *parent)
    : QMenu(tr("&Check"), parent)
{
    setObjectName(QStringLiteral("menuCheck"));
    QMenu *profiles = addMenu(tr("&Profile"));
    auto *group = new QActionGroup(this);
    const QString current = QSettings().value(ProfileKey).toString();
    const QList<std::pair<QString, QString>> choices = {
        {QString(), tr("&Automatic (From the Repository)")},
        {QStringLiteral("strict"), tr("&Strict (Every Rule Is an Error)")},
        {QStringLiteral("glance"), tr("&Glance Gate")},
        {QStringLiteral("nova"), tr("&Nova Gate")}};
    for (const auto &[name, label] : choices) {
        QAction *action = profiles->addAction(label);
        action->setCheckable(true);
        action->setChecked(name == current);
        action->setObjectName(QStringLiteral("profile-") + (name.isEmpty() ? QStringLiteral("auto") : name));
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, name] {
            setCheckSettings(QSettings().value(TemplateKey).toString(), name);
            Q_EMIT profilePicked(name);
        });
    }
    addSeparator();
    connect(addAction(tr("Check Against &Template…")), &QAction::triggered, this, [this] {
        const QString path = QFileDialog::getOpenFileName(parentWidget(), tr("Template to Check Against"),
                                                          m_startFolder.isEmpty() ? QDir::homePath() : m_startFolder,
                                                          DocumentController::fileFilter());
        if (path.isEmpty()) {
            return;
        }
        if (!Core::SpecTemplate::fromFile(path).isValid()) {
            QMessageBox::warning(parentWidget(), tr("Not a Template"),
                                 tr("%1 has no sections under a title to use as a template.").arg(path));
            return;
        }
        setCheckSettings(path, QSettings().value(ProfileKey).toString());
    });
    connect(addAction(tr("Use the &Repository's Template")), &QAction::triggered, this,
            [this] { setCheckSettings(QString(), QSettings().value(ProfileKey).toString()); });
}

void CheckMenu::setProfile(const QString &profile)
{
    // The menu's checked profile is the one in force: the settings may hold the new one already
    // (Preferences saves it under the same key before it applies it).
    const QString name = QStringLiteral("profile-") + (profile.isEmpty() ? QStringLiteral("auto") : profile);
    auto *action = findChild<QAction *>(name);
    if (action && action->isChecked()) {
        return;
    }
    if (action) {
        action->setChecked(true);
    }
    setCheckSettings(QSettings().value(TemplateKey).toString(), profile);
}

void CheckMenu::setCheckSettings(const QString &templatePath, const QString &profile)
{
    QSettings settings;
    settings.setValue(TemplateKey, templatePath);
    settings.setValue(ProfileKey, profile);
    Q_EMIT rulesChanged(freshRules());
}

std::shared_ptr<Core::CheckRules> CheckMenu::freshRules() const
{
    const QSettings settings;
    Core::SpecTemplate forced;
    const QString templatePath = settings.value(TemplateKey).toString();
    if (!templatePath.isEmpty()) {
        forced = Core::SpecTemplate::fromFile(templatePath);
    }
    std::optional<Core::SpecValidator::Profile> profile;
    Core::SpecValidator::Profile named;
    if (Core::SpecValidator::profileFromName(settings.value(ProfileKey).toString(), &named)) {
        profile = named;
    }
    return std::make_shared<Core::CheckRules>(forced, profile);
}

} // namespace Specwright::Widgets
