// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/document/linechange.h>
#include <core/rst/rstdocument.h>

#include <QStringList>

namespace Specwright::Core {

/**
 * Where a diagram lives in a spec: finding the literal block under the cursor
 * ("Edit diagram") and the line changes that insert a new one or put an
 * edited one back ("Insert into spec", "Apply"). Changes are line-based so the
 * editor can apply each as one undo step.
 */
class DiagramBlock final
{
public:
    /// A `::` literal block of the document.
    struct Found
    {
        bool valid = false;
        int firstLine = 0;   ///< 0-based first content line
        int lastLine = 0;    ///< 0-based last content line
        int indentation = 0; ///< of the content, in columns
        QString text;        ///< the content, de-indented
    };

    /// Replace lines [firstLine, firstLine + removedLines) of the document with \a lines.
    using Change = LineChange;

    /** The spaces a new diagram block is indented by. */
    static constexpr int Indentation = 4;
    /// The longest line the specs gates accept (79 columns): the "::" marker never makes a longer one.
    static constexpr int MaximumLineLength = 79;

    /** The `::` literal block holding 0-based \a line of \a document (directive blocks are not diagrams). */
    static Found at(const RstDocument &document, int line);

    /**
     * Inserts \a diagram as a literal block at \a line (0-based; a non-blank line means after its
     * paragraph): the `::` goes at the end of the paragraph just above, or on its own line,
     * with blank lines around and the diagram indented by Indentation spaces.
     */
    static Change insertion(const QStringList &documentLines, int line, const QString &diagram);

    /** Puts \a diagram in place of \a block's content, keeping its indentation. */
    static Change replacement(const Found &block, const QString &diagram);
};

} // namespace Specwright::Core
