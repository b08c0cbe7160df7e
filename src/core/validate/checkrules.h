// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "repositorygate.h"
#include "spectemplate.h"
#include "specvalidator.h"

#include <QHash>
#include <QMutex>

#include <memory>
#include <mutex>
#include <optional>

namespace Specwright::Core {

/**
 * The template and profile a spec is held to — the only resolution, used by
 * the window, `specwright-cli check` and Export for Review alike: the ones given on the
 * command line, else the repository's own gate (RepositoryGate: its template
 * for the spec's folder and the severities its tools imply), else the nearest
 * specs/ folder's template and preset (SpecTemplate::forSpecFile, falling back
 * to the built-in Glance template, and SpecValidator::detectProfile).
 *
 * Both depend only on the spec's folder, so they are looked up once per
 * folder, when the first spec of it is checked: the check jobs ask for them
 * in parallel instead of the main thread resolving every folder before the
 * checks start.
 *
 * \note Thread-safe.
 */
class CheckRules final
{
public:
    struct Rules
    {
        SpecTemplate specTemplate;
        GateProfile profile;
        /** The repository's gate the profile was made from (invalid for a preset). */
        RepositoryGate gate;
    };

    /** \a forcedTemplate applies to every spec when it is valid, \a forcedProfile when it is set. */
    explicit CheckRules(const SpecTemplate &forcedTemplate = SpecTemplate(),
                        std::optional<SpecValidator::Profile> forcedProfile = std::nullopt);

    Rules rulesFor(const QString &specPath);
    /**
     * For people: what the repository's gate checks and from which file (RepositoryGate::describe),
     * then what \a specPath is held to under \a rules: the template, the profile, and how severe
     * the main kinds of findings are. What `specwright-cli gate` prints and Check → Gate shows.
     */
    static QString describe(const Rules &rules, const QString &specPath);

private:
    struct Resolution
    {
        std::once_flag once;
        Rules rules;
    };

    Rules resolve(const QString &specPath) const;

    const SpecTemplate m_forcedTemplate;
    const std::optional<SpecValidator::Profile> m_forcedProfile;
    QMutex m_mutex;
    QHash<QString, std::shared_ptr<Resolution>> m_byFolder; ///< by the folder of a spec's path
};

} // namespace Specwright::Core
