// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "diagramcharset.h"

namespace Specwright::Core {

namespace {

// Indexed by the stroke mask Up=1 | Down=2 | Left=4 | Right=8.
constexpr char32_t UnicodeLines[16] = {
    U' ', U'│', U'│', U'│', U'─', U'┘', U'┐', U'┤', U'─', U'└', U'┌', U'├', U'─', U'┴', U'┬', U'┼',
};

} // namespace

char32_t DiagramCharset::lineGlyph(Style style, Directions strokes)
{
    const int mask = int(strokes.toInt()) & 15;
    if (style == Style::Unicode) {
        return UnicodeLines[mask];
    }
    const bool vertical = strokes & (Up | Down);
    const bool horizontal = strokes & (Left | Right);
    if (vertical && horizontal) {
        return U'+';
    }
    if (vertical) {
        return U'|';
    }
    return horizontal ? U'-' : U' ';
}

char32_t DiagramCharset::arrowGlyph(Style style, Direction pointing)
{
    const bool unicode = style == Style::Unicode;
    switch (pointing) {
    case Up:
        return unicode ? U'▲' : U'^';
    case Down:
        return unicode ? U'▼' : U'v';
    case Left:
        return unicode ? U'◄' : U'<';
    case Right:
        return unicode ? U'►' : U'>';
    case None:
        break;
    }
    return U' ';
}

DiagramCharset::Directions DiagramCharset::strokes(char32_t glyph)
{
    switch (glyph) {
    case U'-':
        return Left | Right;
    case U'|':
        return Up | Down;
    case U'+':
        return Up | Down | Left | Right;
    case U'│':
        return Up | Down;
    case U'─':
        return Left | Right;
    default:
        break;
    }
    // The table holds each corner and junction glyph once, at its own mask.
    for (int mask = 1; mask < 16; ++mask) {
        if (UnicodeLines[mask] == glyph && glyph != U'│' && glyph != U'─') {
            return Directions::fromInt(mask);
        }
    }
    return None;
}

DiagramCharset::Direction DiagramCharset::arrowDirection(char32_t glyph)
{
    switch (glyph) {
    case U'^':
    case U'▲':
        return Up;
    case U'v':
    case U'▼':
        return Down;
    case U'<':
    case U'◄':
        return Left;
    case U'>':
    case U'►':
        return Right;
    default:
        return None;
    }
}

bool DiagramCharset::isUnicodeGlyph(char32_t glyph)
{
    return (glyph >= 0x2500 && glyph <= 0x257F && strokes(glyph) != None) ||
           (arrowDirection(glyph) != None && glyph > 0x7F);
}

char32_t DiagramCharset::toAscii(char32_t glyph)
{
    if (!isUnicodeGlyph(glyph)) {
        return glyph;
    }
    const Direction arrow = arrowDirection(glyph);
    return arrow != None ? arrowGlyph(Style::Ascii, arrow) : lineGlyph(Style::Ascii, strokes(glyph));
}

DiagramCharset::Direction DiagramCharset::opposite(Direction direction)
{
    switch (direction) {
    case Up:
        return Down;
    case Down:
        return Up;
    case Left:
        return Right;
    case Right:
        return Left;
    case None:
        break;
    }
    return None;
}

QPoint DiagramCharset::step(Direction direction)
{
    switch (direction) {
    case Up:
        return {0, -1};
    case Down:
        return {0, 1};
    case Left:
        return {-1, 0};
    case Right:
        return {1, 0};
    case None:
        break;
    }
    return {};
}

} // namespace Specwright::Core
