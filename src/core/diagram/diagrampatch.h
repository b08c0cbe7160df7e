// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "diagramcharset.h"

#include <QList>
#include <QPoint>

#include <algorithm>

namespace Specwright::Core {

/**
 * What one DiagramEdit changed: every cell whose character changed, with
 * its character before and after, the row count before and after, and the
 * drawing style before and after. DiagramModel::undo() and redo() replay it
 * in either direction, which restores the exact text: an undo command keeps
 * the patch its edit produced.
 *
 * \note A plain value; reentrant.
 */
struct DiagramPatch
{
    struct Cell
    {
        QPoint position;
        char32_t before = U' ';
        char32_t after = U' ';

        bool operator==(const Cell &) const = default;
    };

    QList<Cell> cells;
    int rowsBefore = 0;
    int rowsAfter = 0;
    DiagramCharset::Style charsetBefore = DiagramCharset::Style::Ascii;
    DiagramCharset::Style charsetAfter = DiagramCharset::Style::Ascii;

    /** Whether the edit changed nothing (it was refused, or drew what was already there). */
    bool isEmpty() const { return cells.isEmpty() && rowsBefore == rowsAfter && charsetBefore == charsetAfter; }

    /**
     * Makes this patch also carry \a later, the patch of the edit made right after it: one undo
     * step for both (typing a word is many edits, undone at once).
     */
    void append(const DiagramPatch &later)
    {
        for (const Cell &cell : later.cells) {
            const auto same = std::find_if(cells.begin(), cells.end(),
                                           [&cell](const Cell &mine) { return mine.position == cell.position; });
            if (same == cells.end()) {
                cells.append(cell);
            } else {
                same->after = cell.after;
            }
        }
        rowsAfter = later.rowsAfter;
        charsetAfter = later.charsetAfter;
    }
    bool operator==(const DiagramPatch &) const = default;
};

} // namespace Specwright::Core
