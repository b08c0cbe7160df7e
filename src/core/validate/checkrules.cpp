// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "checkrules.h"

#include "repositorygate.h"

#include <QDir>

namespace Specwright::Core {

CheckRules::CheckRules(const SpecTemplate &forcedTemplate, std::optional<SpecValidator::Profile> forcedProfile)
    : m_forcedTemplate(forcedTemplate)
    , m_forcedProfile(forcedProfile)
{
}

CheckRules::Rules CheckRules::rulesFor(const QString &specPath)
{
    if (m_forcedTemplate.isValid() && m_forcedProfile) {
        return {m_forcedTemplate, *m_forcedProfile, RepositoryGate()};
    }
    if (specPath.isEmpty()) {
        // An unsaved spec belongs to no repository (and must not take the current folder's).
        return {m_forcedTemplate.isValid() ? m_forcedTemplate : SpecTemplate::builtinGlance(),
                m_forcedProfile.value_or(SpecValidator::Profile::Strict), RepositoryGate()};
    }
    // The specs of one folder share their rules, so they are found once per folder as spelled: the
    // walk up from a relative path costs a getcwd, a system call per spec otherwise. (Templates are
    // parsed once per file whatever asks: SpecTemplate::fromFile keeps them.)
    const QString folder = specPath.left(qMax<qsizetype>(0, specPath.lastIndexOf(QLatin1Char('/'))));
    std::shared_ptr<Resolution> resolution;
    {
        const QMutexLocker lock(&m_mutex);
        std::shared_ptr<Resolution> &slot = m_byFolder[folder];
        if (!slot) {
            slot = std::make_shared<Resolution>();
        }
        resolution = slot;
    }
    // Outside the table's lock: other folders resolve meanwhile; a job of the same folder waits
    // for the one template parse instead of repeating it.
    std::call_once(resolution->once, [&] { resolution->rules = resolve(specPath); });
    return resolution->rules;
}

QString CheckRules::describe(const Rules &rules, const QString &specPath)
{
    QStringList out;
    if (rules.gate.isValid()) {
        out << rules.gate.describe();
    } else if (!specPath.isEmpty() && rules.profile.preset()) {
        out << QStringLiteral("No specs repository around this spec (a folder with specs/ and tox.ini, setup.cfg or "
                              ".git): the %1 preset applies.")
                   .arg(rules.profile.name());
    } else {
        out << QStringLiteral("An unsaved spec belongs to no repository: the %1 preset applies.")
                   .arg(rules.profile.name());
    }
    const auto severity = [&rules](const QString &rule) {
        return Diagnostic::severityName(rules.profile.severityOf(rule)) + QLatin1Char('s');
    };
    out << QString();
    out << (specPath.isEmpty() ? QStringLiteral("This spec:")
                               : QStringLiteral("For %1:").arg(QDir::toNativeSeparators(specPath)));
    const QString gateTemplate = rules.gate.templateFor(specPath);
    out << QStringLiteral("  template: %1")
               .arg(gateTemplate.isEmpty() ? rules.specTemplate.name()
                                           : QDir(rules.gate.root()).relativeFilePath(gateTemplate));
    out << QStringLiteral("  profile: %1").arg(rules.profile.name());
    out << QStringLiteral("  template sections: %1").arg(severity(QStringLiteral("missing-section")));
    out << QStringLiteral("  lines over %1 columns: %2")
               .arg(rules.profile.maxLineLength())
               .arg(severity(QStringLiteral("line-too-long")));
    out << QStringLiteral("  trailing whitespace: %1").arg(severity(QStringLiteral("trailing-whitespace")));
    out << QStringLiteral("  markup messages: %1").arg(severity(QStringLiteral("title-underline-short")));
    out << QStringLiteral("  unknown roles and directives: %1").arg(severity(QStringLiteral("unknown-role")));
    out << QStringLiteral("  code blocks that do not lex: %1").arg(severity(QStringLiteral("code-block-lex")));
    if (RepositoryGate::isTemplate(specPath)) {
        out << QStringLiteral("  (a template: the reference for the specs, not checked as one by the gate)");
    }
    return out.join(QLatin1Char('\n'));
}

CheckRules::Rules CheckRules::resolve(const QString &specPath) const
{
    Rules rules;
    // The repository's own gate where there is one (a folder with specs/ and tox.ini, setup.cfg or .git).
    const RepositoryGate gate = RepositoryGate::forPath(specPath);
    if (m_forcedTemplate.isValid()) {
        rules.specTemplate = m_forcedTemplate;
    } else {
        const QString gateTemplate = gate.templateFor(specPath);
        SpecTemplate own = gateTemplate.isEmpty() ? SpecTemplate() : SpecTemplate::fromFile(gateTemplate);
        if (!own.isValid()) {
            own = SpecTemplate::forSpecFile(specPath);
        }
        rules.specTemplate = own.isValid() ? own : SpecTemplate::builtinGlance();
    }
    if (m_forcedProfile) {
        rules.profile = *m_forcedProfile;
    } else if (gate.isValid()) {
        rules.profile = GateProfile::fromGate(gate, specPath);
        rules.gate = gate;
    } else {
        rules.profile = SpecValidator::detectProfile(specPath);
    }
    return rules;
}

} // namespace Specwright::Core
