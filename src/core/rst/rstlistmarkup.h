// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rstlines.h"
#include "rstnode.h"

#include <utility>
#include <vector>

namespace Specwright::Core {

class RstBlockParser;

/**
 * The block parser's lists: bullet, enumerated (with docutils' checks of the
 * next enumerator), field and option lists, doctest blocks and line blocks.
 *
 * A part of RstBlockParser in a file of its own: it works on the parser it is made with.
 */
class RstListMarkup final
{
public:
    explicit RstListMarkup(RstBlockParser &parser)
        : m_parser(parser)
    {
    }

    void parseBulletList(const RstLines &lines, int &i, RstNode &parent, int depth);
    /** An enumerated list from line \a i; false when the line does not start one (docutils' checks). */
    bool parseEnumeratedList(const RstLines &lines, int &i, RstNode &parent, int depth);
    void parseFieldList(const RstLines &lines, int &i, RstNode &parent, int depth);
    /** An option list from line \a i; false when the line is not an option list item. */
    bool parseOptionList(const RstLines &lines, int &i, RstNode &parent, int depth);
    void parseDoctest(const RstLines &lines, int &i, RstNode &parent);
    void parseLineBlock(const RstLines &lines, int &i, RstNode &parent);
    /** The line-block directive's content: every line a line; deeper indentation nests. */
    void appendLineBlock(const RstLines &content, RstNode &parent);

private:
    /**
     * Appends \a list (its items made) to \a parent over its items' range; without a blank line
     * after it, docutils' "… ends without a blank line; unexpected unindent." about line \a next.
     */
    void appendList(RstNode &&list, RstNode &parent, bool blankFinish, const QString &what, const RstLines &lines,
                    int next);
    /** Nests line nodes by their indentation (-1: a blank line) into a line block. */
    static RstNode nestLines(std::vector<std::pair<int, RstNode>> &lines);

    RstBlockParser &m_parser;
};

} // namespace Specwright::Core
