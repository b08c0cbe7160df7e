// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace Specwright::Core {

class RstDirectiveRegistry;

/**
 * docutils' table directives (directives/tables.py): table (a title for the
 * one table in its content), list-table and csv-table, each building docutils'
 * table structure: tgroup, colspecs, thead, tbody.
 */
class RstTableDirectives final
{
public:
    /** Registers the family's directives and their handlers in \a registry. */
    static void addTo(RstDirectiveRegistry &registry);
};

} // namespace Specwright::Core
