// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace Specwright::Core {

class RstDirectiveRegistry;

/**
 * docutils' body directives (directives/body.py): topic, sidebar, rubric, the
 * block quotes (epigraph, highlights, pull-quote), compound, container,
 * line-block, parsed-literal, math, and code with Sphinx's code-block and
 * sourcecode.
 */
class RstBodyDirectives final
{
public:
    /** Registers the family's directives and their handlers in \a registry. */
    static void addTo(RstDirectiveRegistry &registry);
};

} // namespace Specwright::Core
