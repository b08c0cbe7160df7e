// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "checkrules.h"

#include "repositorygate.h"

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
