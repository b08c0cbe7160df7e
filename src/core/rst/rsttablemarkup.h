// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rstlines.h"
#include "rstnode.h"
#include "rsttableparser.h"

namespace Specwright::Core {

class RstBlockParser;

/**
 * The block parser's tables: docutils' isolate_grid_table and isolate_simple_table
 * (with their messages and their quirks), the cells split by RstTableParser and
 * parsed as body elements into docutils' table structure.
 *
 * A part of RstBlockParser in a file of its own: it works on the parser it is made with.
 */
class RstTableMarkup final
{
public:
    explicit RstTableMarkup(RstBlockParser &parser)
        : m_parser(parser)
    {
    }

    /** A grid table from line \a i (its top border) into \a parent; false when there is none. */
    bool parseGridTable(const RstLines &lines, int &i, RstNode &parent, int depth);
    /** A simple table from line \a i (its top border) into \a parent; false when there is none. */
    bool parseSimpleTable(const RstLines &lines, int &i, RstNode &parent, int depth);

private:
    void buildTable(const RstTableParser::Table &table, RstNode &parent, int depth);

    RstBlockParser &m_parser;
};

} // namespace Specwright::Core
