// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFlags>
#include <QPoint>

namespace Specwright::Core {

/**
 * The glyphs a diagram is drawn with, and what each glyph means as a stroke.
 *
 * A line glyph is described by the directions its strokes leave the cell in
 * (Directions): "-" is Left|Right, "┌" is Right|Down, and so on. Drawing
 * merges the strokes already in a cell with the new ones and asks
 * lineGlyph() for the result, which is how crossing and touching lines get
 * their junctions.
 *
 * Two styles exist:
 * - Ascii (the default): "-" "|", and "+" for every corner and junction;
 *   arrowheads "> < ^ v".
 * - Unicode box drawing, light weight: "─ │ ┌ ┐ └ ┘ ├ ┤ ┬ ┴ ┼"; arrowheads
 *   "► ◄ ▲ ▼". These triangles are used rather than "→ ← ↑ ↓" because they
 *   sit on the end of a "─" the way ">" sits on "-", where the arrows carry
 *   a shaft of their own and look doubled.
 *
 * \note All functions are pure and reentrant.
 */
class DiagramCharset final
{
public:
    enum class Style { Ascii, Unicode };

    /** A direction on the grid; as a stroke, the side of the cell the stroke leaves by. */
    enum Direction : unsigned char { None = 0, Up = 1, Down = 2, Left = 4, Right = 8 };
    Q_DECLARE_FLAGS(Directions, Direction)

    /**
     * The glyph for a cell whose strokes leave by \a strokes. A single
     * stroke (a line's end) is drawn as the straight line of its axis; no
     * strokes give a space. In Ascii any mix of the two axes is "+".
     */
    static char32_t lineGlyph(Style style, Directions strokes);

    /** The arrowhead pointing towards \a pointing (one of Up, Down, Left, Right). */
    static char32_t arrowGlyph(Style style, Direction pointing);

    /**
     * The strokes of a line glyph of either style; None for anything else,
     * arrowheads included. An Ascii "+" says nothing about its strokes, so it
     * reports all four: callers that need the real ones look at the
     * neighbours.
     */
    static Directions strokes(char32_t glyph);

    /** Where \a glyph points if it is an arrowhead of either style, else None. */
    static Direction arrowDirection(char32_t glyph);

    /** Whether \a glyph is a line glyph or arrowhead of the Unicode style. */
    static bool isUnicodeGlyph(char32_t glyph);

    /** The Ascii counterpart of a Unicode line glyph or arrowhead; any other character unchanged. */
    static char32_t toAscii(char32_t glyph);

    /** The reverse of \a direction (Up ⇄ Down, Left ⇄ Right). */
    static Direction opposite(Direction direction);

    /** One cell's step towards \a direction, with y growing downwards. */
    static QPoint step(Direction direction);
    /** Whether \a direction is Left or Right. */
    static bool isHorizontal(Direction direction) { return direction == Left || direction == Right; }

    /** The four directions, in the order Up, Down, Left, Right. */
    static constexpr Direction All[4] = {Up, Down, Left, Right};
};

Q_DECLARE_OPERATORS_FOR_FLAGS(DiagramCharset::Directions)

} // namespace Specwright::Core
