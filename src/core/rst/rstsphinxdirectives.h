// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace Specwright::Core {

class RstDirectiveRegistry;

/**
 * The Sphinx directives specs use: toctree with its real options,
 * literalinclude, glossary, index and the other leaf directives kept out of
 * the body, the ones whose content is body elements (only, seealso, todo,
 * hlist …), and versionadded and its kin.
 */
class RstSphinxDirectives final
{
public:
    /** Registers the family's directives and their handlers in \a registry. */
    static void addTo(RstDirectiveRegistry &registry);
};

} // namespace Specwright::Core
