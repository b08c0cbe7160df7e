// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "diagnostic.h"
#include "gateprofile.h"
#include "spectemplate.h"

#include <core/document/textfile.h>
#include <core/rst/rstdocument.h>

#include <QList>

#include <atomic>

namespace Specwright::Core {

/**
 * Checks a spec against everything the specs repositories' gates reject:
 * the template's section skeleton, line rules (length with the gate's exact
 * exemptions, trailing whitespace, tabs, carriage returns, zero-width spaces,
 * final newline), title adornments, every markup message of the RST engine,
 * and template text left in.
 *
 * A GateProfile sets the severities: made from the repository's own gate
 * (RepositoryGate), or one of the presets: `glance` is the Glance gate (doc8
 * without D001 and `sphinx-build -W` as errors; long lines and template
 * deviations, which that gate never enforced on specs, as warnings), `nova`
 * the nova-style titles and line tests as errors, `strict` (default) the union.
 *
 * \note Runs off the GUI thread; never touches widgets. validate() is a pure
 * function of its arguments and checks \a cancel between rules.
 */
class SpecValidator final
{
public:
    using Profile = GateProfile::Preset;

    /** "strict", "glance", "nova" → profile; false if \a name is none of them. */
    static bool profileFromName(const QString &name, Profile *profile);
    static QString profileName(Profile profile);
    /** The profile a spec repository implies: nova-style per-release templates → nova, a plain template → glance. */
    static Profile detectProfile(const QString &specPath);

    /**
     * Validates \a text, whose parse is \a document (RstParser::parse of the
     * same text), against \a specTemplate. Diagnostics come sorted by position.
     * \a lineEnding is the file's (TextFile::lineEnding()): a file with Windows
     * line endings gets one finding for them on its first line, whether \a text
     * still holds its carriage returns (the command line) or not (the editor);
     * carriage returns anywhere else are findings of their own line.
     */
    static QList<Diagnostic> validate(const QString &text, const RstDocument &document,
                                      const SpecTemplate &specTemplate, const GateProfile &profile,
                                      const std::atomic_bool *cancel = nullptr,
                                      TextFile::LineEnding lineEnding = TextFile::LineEnding::Unix);
};

} // namespace Specwright::Core
