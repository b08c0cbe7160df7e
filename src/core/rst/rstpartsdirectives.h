// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace Specwright::Core {

class RstDirectiveRegistry;

/**
 * docutils' document-part directives (directives/parts.py): contents (a
 * pending table of contents with its title), sectnum and section-numbering,
 * header and footer (which leave nothing in the body).
 */
class RstPartsDirectives final
{
public:
    /** Registers the family's directives and their handlers in \a registry. */
    static void addTo(RstDirectiveRegistry &registry);
};

} // namespace Specwright::Core
