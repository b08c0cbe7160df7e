// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "diagramcharset.h"

#include <QList>
#include <QPoint>
#include <QRect>
#include <QString>

namespace Specwright::Core {

/**
 * One thing drawn in a diagram: a box, a line, an arrow or a piece of text.
 *
 * Shapes are plain values. DiagramRecognizer finds them in a grid; the model
 * draws new ones and redraws moved ones. A shape says which cells it covers
 * (cells()) and, for boxes and lines, which strokes it puts in each of them
 * (strokesAt()); the glyph a cell finally shows is the merge of the strokes
 * of all shapes there (see DiagramCharset::lineGlyph()).
 *
 * - A box is a rectangle of at least 3×3 cells; its cells are its
 *   perimeter, and text() is its label (the text inside, one line per row
 *   that has some).
 * - A line is a path of horizontal and vertical segments through
 *   points(), from the first to the last point, both included. It is an
 *   Arrow when it has an arrowhead at one end or both.
 * - Text is a run of characters on one row (words joined by single spaces).
 *
 * \note Reentrant.
 */
class DiagramShape final
{
public:
    enum class Kind { Box, Line, Arrow, Text };

    /** Which way a line between two points turns: first along the row, or first along the column. */
    enum class Elbow { HorizontalFirst, VerticalFirst };

    /** An empty piece of text at (0, 0). */
    DiagramShape() = default;

    /** A box covering \a rect (see DiagramGrid::normalized(); at least 3×3 to be a box) labelled \a label. */
    static DiagramShape box(const QRect &rect, const QString &label = QString());

    /**
     * A line through \a points. Repeated and collinear points are dropped; a
     * diagonal step gets a corner (horizontal first) so that every segment
     * is straight. Needs two distinct cells to be a line.
     */
    static DiagramShape line(const QList<QPoint> &points, bool arrowAtStart = false, bool arrowAtEnd = false);

    /** A line from \a from to \a to with at most one corner, placed as \a elbow says. */
    static DiagramShape routed(QPoint from, QPoint to, Elbow elbow, bool arrowAtStart = false, bool arrowAtEnd = false);

    /** \a text (one row) starting at \a position. */
    static DiagramShape text(QPoint position, const QString &text);

    Kind kind() const { return m_kind; }
    /** Line or Arrow. */
    bool isLinear() const { return m_kind == Kind::Line || m_kind == Kind::Arrow; }

    /** The bounding rectangle in cells. */
    QRect rect() const { return m_rect; }
    /** A line's corners, its ends included; empty for other kinds. */
    const QList<QPoint> &points() const { return m_points; }
    bool arrowAtStart() const { return m_arrowAtStart; }
    bool arrowAtEnd() const { return m_arrowAtEnd; }
    /** A box's label or a text's characters; empty for lines. */
    QString text() const { return m_text; }

    /** The cells the shape draws: a box's perimeter, a line's path in order, each cell of a text. */
    QList<QPoint> cells() const;

    /** The strokes the shape puts in \a cell: none for text and for cells it does not cover. */
    DiagramCharset::Directions strokesAt(QPoint cell) const;

    /** Where the arrowhead at \a cell points, or None if the shape has no arrowhead there. */
    DiagramCharset::Direction arrowAt(QPoint cell) const;

    /**
     * The direction a line travels in when it arrives at its first point
     * (\a atStart) or at its last point, coming from its inner side. An
     * arrowhead at that end points this way. None for other kinds.
     */
    DiagramCharset::Direction heading(bool atStart) const;

    /** Whether \a cell is part of the shape; for a box, anywhere in its rectangle. */
    bool contains(QPoint cell) const;

    /** The same shape moved by \a offset. */
    DiagramShape translated(QPoint offset) const;

    bool operator==(const DiagramShape &) const = default;

private:
    Kind m_kind = Kind::Text;
    QRect m_rect;
    QList<QPoint> m_points;
    QString m_text;
    bool m_arrowAtStart = false;
    bool m_arrowAtEnd = false;
};

} // namespace Specwright::Core
