// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace Specwright::Core {

class RstDirectiveRegistry;

/**
 * docutils' miscellaneous directives (directives/misc.py, references.py,
 * html.py): include, raw, the substitution-only replace, unicode and date,
 * class, role, default-role, title, meta and target-notes.
 */
class RstMiscDirectives final
{
public:
    /** Registers the family's directives and their handlers in \a registry. */
    static void addTo(RstDirectiveRegistry &registry);
};

} // namespace Specwright::Core
