// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPoint>
#include <QRect>
#include <QString>
#include <QStringView>

#include <string>
#include <vector>

namespace Specwright::Core {

/**
 * The characters of a diagram, one per cell: the diagram's source of truth.
 *
 * Cells are addressed as QPoint(column, row), both 0-based. A cell holds one
 * Unicode code point, so a character outside the Basic Multilingual Plane
 * takes one cell, as it takes one column on screen. The grid has no fixed
 * size: rows may differ in length, reading outside the text gives a space,
 * and writing outside it grows the grid.
 *
 * Text goes in and out unchanged except for two things. Tabs are expanded to
 * 8-column tab stops on the way in, as docutils expands them in literal
 * blocks before anything else sees the text, so a diagram lines up as it
 * will be rendered. Trailing spaces are dropped on the way out. Every other
 * character, control characters and unpaired UTF-16 surrogates included,
 * comes back as it was read.
 *
 * \note A plain value; reentrant.
 */
class DiagramGrid final
{
public:
    /** The tab stop distance docutils uses for literal blocks. */
    static constexpr int TabWidth = 8;

    /** Builds a grid from \a text, one row per line ("\n" separated), tabs expanded. */
    static DiagramGrid fromText(const QString &text);

    /** \a line with each tab replaced by the spaces up to the next 8-column stop. */
    static QString expandTabs(QStringView line);

    /** The rows joined by "\n", each without its trailing spaces. */
    QString toText() const;

    /**
     * The text of \a region: its rows joined by "\n", trailing spaces
     * dropped, cells outside the grid read as spaces.
     */
    QString text(const QRect &region) const;

    /** The number of rows, including empty ones (a final "\n" makes a last, empty row). */
    int rowCount() const { return int(m_rows.size()); }

    /** Adds empty rows or drops rows at the end so that there are \a rows. */
    void setRowCount(int rows);

    /** The number of cells in \a row up to its last character that is not a space. */
    int rowWidth(int row) const;

    /** The largest rowWidth() of all rows. */
    int width() const;

    /** The character at \a cell, a space outside the grid. */
    char32_t at(QPoint cell) const;

    /**
     * Puts \a character at \a cell, growing the grid to reach it. Cells with
     * a negative coordinate do not exist and are ignored, and so is a space
     * written outside the grid (it would change nothing).
     */
    void set(QPoint cell, char32_t character);

    /**
     * \a rect with a negative width or height flipped so that it covers the
     * cells between the same two corner cells, as when a rectangle is dragged
     * up or left. (QRect::normalized() would leave out a row and a column.)
     */
    static QRect normalized(const QRect &rect);

    /** The characters of \a text as cells: one per code point, an unpaired surrogate kept as is. */
    static std::u32string cellsOf(QStringView text);

    /** The reverse of cellsOf(). */
    static QString stringOf(const std::u32string &cells);

private:
    std::vector<std::u32string> m_rows;
};

} // namespace Specwright::Core
