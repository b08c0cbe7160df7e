// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "diagramcharset.h"
#include "diagramedit.h"
#include "diagramgrid.h"
#include "diagrampatch.h"
#include "diagramshape.h"

#include <QHash>
#include <QList>
#include <QRect>
#include <QString>

namespace Specwright::Core {

/**
 * An ASCII diagram being edited: the model behind the diagram canvas.
 *
 * The character grid is the source of truth. Shapes (boxes, lines, arrows,
 * text) are recognised on top of it after every change (DiagramRecognizer),
 * and an edit rewrites only the cells it changes. So text that is imported
 * and exported without edits comes back exactly, whatever it is, except
 * that tabs are expanded (8-column stops, as docutils does in literal
 * blocks) and trailing spaces are dropped.
 *
 * Edits are values (DiagramEdit): apply() performs one and returns the
 * DiagramPatch that undo() and redo() replay, so a QUndoCommand needs to hold
 * only the edit and its patch.
 *
 * The width guard: a literal block is indented in the spec, and the spec's
 * lines must stay within 79 columns, so the diagram has usableWidth() =
 * 79 − indentation() columns; overflow() says which rows go past it.
 *
 * \note Not thread-safe: use one model from one thread. Edits and queries
 * are fast for diagram-sized text (recognition is linear in the cells for
 * ordinary diagrams).
 */
class DiagramModel final
{
public:
    /** The longest line a spec may have, in columns. */
    static constexpr int LineLimit = 79;

    /** Rows that go past the usable width. */
    struct Overflow
    {
        /** The width the diagram may use (see usableWidth()). */
        int usableWidth = 0;
        /** The widest row, in cells. */
        int width = 0;
        /** The 0-based rows that are wider than usableWidth, in order. */
        QList<int> rows;

        bool fits() const { return rows.isEmpty(); }
        /** How many columns the widest row has past the usable width (the columns usableWidth to width − 1). */
        int excessColumns() const { return width > usableWidth ? width - usableWidth : 0; }
    };

    DiagramModel() = default;
    /**
     * Whether \a text (a literal block's content) looks like a drawing rather than code or a
     * command: box corners and edges ("+-", "-+", "|"), arrows ("->", "<-") or box-drawing glyphs.
     */
    static bool looksLikeDiagram(QStringView text);

    /** A model holding \a text, as setText() imports it. */
    explicit DiagramModel(const QString &text);

    /**
     * Imports \a text (a literal block's content, de-indented) and
     * recognises its shapes. The drawing style becomes Unicode if the text
     * has Unicode line glyphs or arrowheads, Ascii otherwise.
     */
    void setText(const QString &text);

    /** The diagram as text: rows joined by "\n", trailing spaces dropped. */
    QString text() const { return m_grid.toText(); }

    const DiagramGrid &grid() const { return m_grid; }

    /** The style new strokes are drawn in. */
    DiagramCharset::Style charset() const { return m_charset; }
    /** Sets the style new strokes are drawn in, without converting what is drawn (see DiagramEdit::convertCharset()).
     */
    void setCharset(DiagramCharset::Style style) { m_charset = style; }

    /** The indentation of the literal block in the spec, in columns. */
    int indentation() const { return m_indentation; }
    void setIndentation(int columns) { m_indentation = columns > 0 ? columns : 0; }
    /** LineLimit − indentation(), never below 0. */
    int usableWidth() const { return LineLimit > m_indentation ? LineLimit - m_indentation : 0; }
    /** Which rows are wider than usableWidth(). */
    Overflow overflow() const;

    /** The shapes recognised in the current text (see DiagramRecognizer::recognize()). */
    const QList<DiagramShape> &shapes() const { return m_shapes; }

    /**
     * The index in shapes() of the shape at \a cell, or -1: a line, arrow or
     * text drawn there, else the smallest box whose rectangle holds the cell
     * (so clicking a box's label or inside selects the box).
     */
    int shapeAt(QPoint cell) const;
    /** Whether a box outline, a line or an arrow draws \a cell (text does not count). */
    bool isStroke(QPoint cell) const;

    /** The indexes in shapes() of the shapes lying wholly inside \a region, in order. */
    QList<int> shapesIn(const QRect &region) const;

    /**
     * The indexes in shapes() of the lines and arrows attached to the box at
     * \a box, which follow it when it moves or is resized. A line is attached
     * when one of its ends lies on the box's edge, or next to the edge and
     * heading into it. Lines inside the box are not attached: they move with
     * its inside.
     *
     * How a line follows: if its other end is held too (by another box, or
     * by a line it ends on) it is re-routed between the two ends, leaving
     * each end along the axis it left by before: one corner when those axes
     * differ, else a Z whose middle segment is halfway (straight when the ends
     * line up). A line held only by this box moves along whole.
     */
    QList<int> attachedLines(int box) const;

    /** The text of \a region, for the clipboard; paste it back with DiagramEdit::writeText(). */
    QString copy(const QRect &region) const { return m_grid.text(region); }

    /**
     * Performs \a edit and returns what it changed. An edit that is not
     * possible (a shape that is not in the model, a box under 3×3, something
     * moved to a negative cell, …) changes nothing and returns an empty patch.
     */
    DiagramPatch apply(const DiagramEdit &edit);

    /** Puts back what \a patch changed; the model must be in the state the patch left. */
    void undo(const DiagramPatch &patch);
    /** Makes \a patch's change again; the model must be in the state before it. */
    void redo(const DiagramPatch &patch);

private:
    struct Attachment
    {
        int line = -1;
        bool atStart = false;
        bool onEdge = false;
        DiagramCharset::Direction heading = DiagramCharset::None;
    };

    void recognize();
    QList<Attachment> attachments(int box) const;
    QList<int> nestedIn(int box) const;
    bool isAnchored(int line, bool atStart, int box) const;
    bool perform(const DiagramEdit &edit, DiagramGrid &work);
    bool relocateBox(int box, const QRect &rect, DiagramGrid &work) const;
    void clear(const QList<int> &gone, DiagramGrid &work) const;
    void draw(const DiagramShape &shape, DiagramGrid &work) const;
    void drawStrokes(QPoint cell, DiagramCharset::Directions strokes, DiagramGrid &work) const;
    void convert(DiagramCharset::Style style, DiagramGrid &work) const;

    DiagramGrid m_grid;
    DiagramCharset::Style m_charset = DiagramCharset::Style::Ascii;
    int m_indentation = 0;
    QList<DiagramShape> m_shapes;
    // Which shapes draw each cell: box perimeters, line paths and text.
    QHash<QPoint, QList<int>> m_owners;
};

} // namespace Specwright::Core
