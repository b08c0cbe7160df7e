// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/spec/spectemplate.h>
#include <core/spec/specvalidator.h>

#include <QHash>
#include <QMutex>

#include <memory>
#include <mutex>
#include <optional>

/**
 * The template and profile `check` holds each spec to: the ones given on the
 * command line, else the spec repository's own (SpecTemplate::forSpecFile,
 * falling back to the built-in Glance template, and
 * SpecValidator::detectProfile).
 *
 * Both depend only on the spec's `specs/` folder and release folder, so they
 * are looked up once per pair, when the first spec of it is checked: the check
 * jobs ask for them in parallel instead of the main thread resolving every
 * folder before the checks start.
 *
 * \note Thread-safe.
 */
class CheckRules final
{
public:
    struct Rules
    {
        Specwright::Core::SpecTemplate specTemplate;
        Specwright::Core::SpecValidator::Profile profile = Specwright::Core::SpecValidator::Profile::Strict;
    };

    /** \a forcedTemplate applies to every spec when it is valid, \a forcedProfile when it is set. */
    CheckRules(const Specwright::Core::SpecTemplate &forcedTemplate,
               std::optional<Specwright::Core::SpecValidator::Profile> forcedProfile);

    Rules rulesFor(const QString &specPath);

private:
    struct Resolution
    {
        std::once_flag once;
        Rules rules;
    };

    Rules resolve(const QString &specPath) const;

    const Specwright::Core::SpecTemplate m_forcedTemplate;
    const std::optional<Specwright::Core::SpecValidator::Profile> m_forcedProfile;
    QMutex m_mutex;
    QHash<QString, std::shared_ptr<Resolution>> m_resolutions; ///< by specs folder and release
    QHash<QString, std::shared_ptr<Resolution>> m_byFolder;    ///< the same, by the folder of a spec's path
};
