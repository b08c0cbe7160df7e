// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace Specwright::Core {

class RstDirectiveRegistry;

/**
 * docutils' admonitions (directives/admonitions.py): note, warning and the
 * other seven with body content, and the generic "admonition" with a title.
 */
class RstAdmonitionDirectives final
{
public:
    /** Registers the family's directives and their handler in \a registry. */
    static void addTo(RstDirectiveRegistry &registry);
};

} // namespace Specwright::Core
