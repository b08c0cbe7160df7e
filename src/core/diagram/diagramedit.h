// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "diagramcharset.h"
#include "diagramshape.h"

#include <QList>
#include <QPoint>
#include <QRect>
#include <QString>

namespace Specwright::Core {

/**
 * One editing operation on a diagram, as data: what the user asked for,
 * not what it changed. DiagramModel::apply() carries it out and returns the
 * DiagramPatch that undoes it, so an undo command holds an edit and the
 * patch its first application produced.
 *
 * Build edits with the static functions; each documents the fields it uses.
 * Coordinates are cells, QPoint(column, row). Shapes are named by value (as
 * DiagramModel::shapes() lists them): an edit whose shape is no longer in the
 * model changes nothing.
 *
 * \note A plain value; reentrant.
 */
struct DiagramEdit
{
    enum class Kind {
        DrawBox,
        DrawLine,
        WriteText,
        Freehand,
        Erase,
        MoveShape,
        ResizeBox,
        DeleteShape,
        ConvertCharset,
    };

    Kind kind = Kind::WriteText;
    /** DrawBox and Erase: the rectangle; ResizeBox: the box's new rectangle. */
    QRect rect;
    /** DrawLine: the first cell; WriteText: where the text starts. */
    QPoint from;
    /** DrawLine: the last cell. */
    QPoint to;
    /** MoveShape: how far to move, in cells. */
    QPoint offset;
    DiagramShape::Elbow elbow = DiagramShape::Elbow::HorizontalFirst;
    bool arrowAtStart = false;
    bool arrowAtEnd = false;
    /** WriteText: the text, rows separated by "\n". */
    QString text;
    /** WriteText: refused when a box outline, a line or an arrow draws any cell the text would cover. */
    bool keepShapes = false;
    /** Freehand: the cells to paint. */
    QList<QPoint> cells;
    /** Freehand: the character to paint them with. */
    char32_t character = U' ';
    /** MoveShape, ResizeBox, DeleteShape: the shape to change. */
    DiagramShape shape;
    /** ConvertCharset: the style to convert to. */
    DiagramCharset::Style style = DiagramCharset::Style::Ascii;

    /**
     * A box outline on \a rect (at least 3×3 cells), in the model's style.
     * The inside is left as it is; the outline joins lines it meets.
     */
    static DiagramEdit drawBox(const QRect &rect);

    /**
     * A line from \a from to \a to (two different cells) with at most one
     * corner, as \a elbow says, and arrowheads where asked. Lines it crosses
     * or touches get junctions; an arrowhead replaces what is under it.
     */
    static DiagramEdit drawLine(QPoint from, QPoint to, DiagramShape::Elbow elbow, bool arrowAtStart = false,
                                bool arrowAtEnd = false);

    /**
     * \a text written over the grid from \a position, spaces included; each
     * "\n" starts the next row at the same column, tabs go to 8-column stops.
     * Typing a character and pasting copied text are both this edit.
     */
    static DiagramEdit writeText(QPoint position, const QString &text);
    /**
     * \a text typed at \a position: writeText() that never changes another shape,
     * so it is refused (changes nothing) where a box outline, a line or an arrow
     * draws any of the cells it would cover. Text is overwritten as typed.
     */
    static DiagramEdit typeText(QPoint position, const QString &text);

    /** Each of \a cells set to \a character, which must be printable (not a control character). */
    static DiagramEdit freehand(const QList<QPoint> &cells, char32_t character);

    /** Every cell of \a region set to a space. */
    static DiagramEdit erase(const QRect &region);

    /**
     * \a shape moved by \a offset. A box takes everything inside it along,
     * and lines attached to it follow: see DiagramModel::attachedLines().
     * Nothing may move to a negative cell.
     */
    static DiagramEdit moveShape(const DiagramShape &shape, QPoint offset);

    /**
     * The box \a box given the rectangle \a rect (at least 3×3). The inside
     * stays where it is, cut to the new size; attached lines follow the
     * edges they are on.
     */
    static DiagramEdit resizeBox(const DiagramShape &box, const QRect &rect);

    /** \a shape removed; a box with everything inside it. Lines it crossed or touched keep their own strokes. */
    static DiagramEdit deleteShape(const DiagramShape &shape);

    /**
     * Every box, line and arrow redrawn in \a style, which becomes the
     * model's drawing style; text is untouched.
     */
    static DiagramEdit convertCharset(DiagramCharset::Style style);

    /** A short name for the edit, for an undo command ("Draw box", "Move", …). */
    QString description() const;
};

} // namespace Specwright::Core
