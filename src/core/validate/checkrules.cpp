// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "checkrules.h"

namespace Specwright::Core {

CheckRules::CheckRules(const SpecTemplate &forcedTemplate, std::optional<SpecValidator::Profile> forcedProfile)
    : m_forcedTemplate(forcedTemplate)
    , m_forcedProfile(forcedProfile)
{
}

CheckRules::Rules CheckRules::rulesFor(const QString &specPath)
{
    if (m_forcedTemplate.isValid() && m_forcedProfile) {
        return {m_forcedTemplate, *m_forcedProfile};
    }
    if (specPath.isEmpty()) {
        // An unsaved spec belongs to no repository (and must not take the current folder's).
        return {m_forcedTemplate.isValid() ? m_forcedTemplate : SpecTemplate::builtinGlance(),
                m_forcedProfile.value_or(SpecValidator::Profile::Strict)};
    }
    // The specs of one folder share their pair, so it is found once per folder as spelled: the
    // walk up from a relative path costs a getcwd, a system call per spec otherwise.
    const QString folder = specPath.left(qMax<qsizetype>(0, specPath.lastIndexOf(QLatin1Char('/'))));
    std::shared_ptr<Resolution> resolution;
    {
        const QMutexLocker lock(&m_mutex);
        resolution = m_byFolder.value(folder);
    }
    if (!resolution) {
        QString release;
        const QString specs = SpecTemplate::gateSpecsFolder(specPath, &release);
        // No path holds a NUL: the key cannot mix up two pairs.
        const QString key = specs + QLatin1Char('\0') + release;
        const QMutexLocker lock(&m_mutex);
        std::shared_ptr<Resolution> &slot = m_resolutions[key];
        if (!slot) {
            slot = std::make_shared<Resolution>();
        }
        resolution = slot;
        m_byFolder.insert(folder, resolution);
    }
    // Outside the table's lock: other folders resolve meanwhile; a job of the same folder waits
    // for the one template parse instead of repeating it.
    std::call_once(resolution->once, [&] { resolution->rules = resolve(specPath); });
    return resolution->rules;
}

CheckRules::Rules CheckRules::resolve(const QString &specPath) const
{
    Rules rules;
    if (m_forcedTemplate.isValid()) {
        rules.specTemplate = m_forcedTemplate;
    } else {
        const SpecTemplate own = SpecTemplate::forSpecFile(specPath);
        rules.specTemplate = own.isValid() ? own : SpecTemplate::builtinGlance();
    }
    rules.profile = m_forcedProfile ? *m_forcedProfile : SpecValidator::detectProfile(specPath);
    return rules;
}

} // namespace Specwright::Core
