// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rstlines.h"
#include "rstnode.h"

#include <QString>

#include <vector>

namespace Specwright::Core {

/**
 * Splits RST grid tables and simple tables into cells, following docutils'
 * GridTableParser and SimpleTableParser. Cell contents are returned as line
 * blocks for the block parser to parse as body elements.
 *
 * \note Reentrant: pure functions of their input.
 */
class RstTableParser final
{
public:
    struct Cell
    {
        int row = 0;
        int column = 0;
        int moreRows = 0;
        int moreColumns = 0;
        RstLines content; ///< Indentation stripped; may be empty
    };

    struct Table
    {
        std::vector<Cell> cells; ///< In row-major order of their top-left corners
        int rows = 0;
        int columns = 0;
        int headRows = 0;
        std::vector<int> widths;
        QString error;      ///< docutils' message when the table is malformed
        int errorLine = -1; ///< Document line of a column-margin error
        SourceRange range;
        /// Lines rewritten for parsing (the head separator, '=' as '-'): cells' line views point into them.
        std::vector<QString> rewrittenLines;
    };

    /** \a lines: the table's lines from the top border to the bottom border. */
    static Table parseGrid(const RstLines &lines);
    /** \a lines: from the top border to the closing border, inclusive. */
    static Table parseSimple(const RstLines &lines);
};

} // namespace Specwright::Core
