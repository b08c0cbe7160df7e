// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace Specwright::Core {

class RstDirectiveRegistry;

/**
 * docutils' image directives (directives/images.py): image, and figure with
 * its caption and legend. A :target: wraps the image in a reference.
 */
class RstImageDirectives final
{
public:
    /** Registers the family's directives and their handler in \a registry. */
    static void addTo(RstDirectiveRegistry &registry);
};

} // namespace Specwright::Core
