// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rstlines.h"

namespace Specwright::Core {

/**
 * An indented block of lines, found as docutils' StringList.get_indented and
 * its state machine's get_known_indented / get_first_known_indented find it.
 */
struct RstIndentedBlock
{
    RstLines lines;          ///< The block's lines, their indentation removed
    int end = 0;             ///< Index after the block in the lines it was read from
    int indent = 0;          ///< The indentation removed
    bool blankFinish = true; ///< Whether a blank line (or the end) follows the block

    /**
     * The block from \a start in \a lines: lines indented (or blank) until one that is not, or
     * until a blank line with \a untilBlank. \a blockIndent (-1: the least found) is the
     * indentation removed and required; \a firstIndent (-1: none) is removed from the first line
     * only. With \a stripIndent false the lines keep their indentation.
     */
    static RstIndentedBlock read(const RstLines &lines, int start, bool untilBlank, int blockIndent, int firstIndent,
                                 bool stripIndent = true);
    /** get_known_indented: the block indented by \a indent, leading blank lines dropped. */
    static RstIndentedBlock known(const RstLines &lines, int start, int indent, bool untilBlank = false);
    /**
     * get_first_known_indented: the first line from column \a indent, the rest by their least
     * indentation; leading blank lines dropped with \a stripTop.
     */
    static RstIndentedBlock firstKnown(const RstLines &lines, int start, int indent, bool untilBlank = false,
                                       bool stripTop = true, bool stripIndent = true);
};

} // namespace Specwright::Core
