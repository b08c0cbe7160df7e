// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "diagramshape.h"

#include <QList>

namespace Specwright::Core {

class DiagramGrid;

/**
 * Finds the boxes, lines, arrows and text drawn in a grid of characters.
 *
 * Recognition only reads the grid; the characters stay the truth, and a
 * character that is not part of a recognised box or line is text. Either
 * glyph style is understood, mixed too.
 *
 * - Boxes: a top-left corner, a top edge, sides and a bottom edge that
 *   close around an inside (3×3 cells at least). Edges may carry junctions ("+") where lines leave and
 *   arrowheads where arrows arrive ("+---v---+"). From each top-left corner
 *   the narrowest, then lowest, box is taken, so a grid of cells is found
 *   as its cells. The text inside a box is its label.
 * - Lines: connected line glyphs, "+" turning or joining them. A line runs
 *   straight through a crossing; at a "T" the bar is one line and the stem
 *   another, ending on the bar. A line ends on a box edge where the edge has
 *   a junction or arrowhead facing it. "> < ^ v" (and "► ◄ ▲ ▼") are
 *   arrowheads only at the end of a line pointing onwards, and "v" only
 *   without a letter or digit beside it. A stray "-" or "|" between words
 *   is text: a line without corner, arrowhead, junction or box at either
 *   end needs 3 cells when horizontal and 2 when vertical.
 * - Text: the other characters outside boxes, in runs along a row whose
 *   words are joined by single spaces.
 *
 * \note Reentrant.
 */
class DiagramRecognizer final
{
public:
    /** The shapes in \a grid: boxes first, then lines and arrows, then text, each in reading order. */
    static QList<DiagramShape> recognize(const DiagramGrid &grid);
};

} // namespace Specwright::Core
