// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace Specwright::Core {

/**
 * Puts a spec in the shape the specs repositories' gate and reviewers expect,
 * before it is exported for review: CRLF to LF, tabs to spaces, zero-width
 * spaces out, no trailing whitespace, exactly one final newline, title
 * adornments as long as their titles, and prose paragraphs with lines past
 * 79 columns re-wrapped.
 *
 * Re-wrapping never touches literal blocks, tables, directive bodies,
 * footnotes, titles, URLs or inline literals, and keeps inline markup whole
 * (a backquoted span is never split across lines).
 */
class ReviewNormalizer final
{
public:
    /// One kind of change, how often it was made and on which (1-based) lines of the result.
    struct Fix
    {
        QString kind; ///< "trailing-whitespace", "tab", "carriage-return", "zero-width-space",
                      ///< "final-newline", "title-adornment", "rewrap"
        QString description;
        QList<int> lines;

        /** Where it was made, for a reader: "line 4", "lines 4, 6" or "lines 1, 2, 3, 4, 5 and 7 more". */
        QString where() const;
    };

    struct Result
    {
        QString text;
        QList<Fix> fixes;
        bool changed() const { return !fixes.isEmpty(); }
    };

    /** The longest line a spec may have. */
    static constexpr int Width = 79;

    static Result normalize(const QString &text);
};

} // namespace Specwright::Core
