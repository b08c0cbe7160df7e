// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/document/linechange.h>
#include <core/rst/rstdocument.h>

#include <QString>
#include <QStringList>

#include <optional>

namespace Specwright::Core {

/**
 * Reflow Paragraph: re-fills the paragraphs on some lines of a spec to
 * ProseWrapper::Width columns, joining short lines as well as breaking long
 * ones, with the rules Export for Review's normaliser uses (ProseWrapper).
 *
 * Plain paragraphs, list items (the marker kept, continuation lines at the
 * item's text), and paragraphs in block quotes, field and definition bodies,
 * admonitions, topics and footnotes keep their indentation. Titles, literal
 * blocks, tables, comments, line blocks, directive bodies that are code or
 * markup, targets and transitions are never touched. When lines span several
 * paragraphs, each is filled on its own and the lines between them (blank
 * lines, a literal block) stay as they are.
 *
 * A reflow that would change the document's structure (its node kinds and
 * nesting) is not made.
 *
 * Pure functions; they may run on any thread.
 */
class ParagraphReflow final
{
public:
    /** What a reflow does: one edit, or nothing and why. */
    struct Result
    {
        /// Replaces the lines from the first paragraph's first line to the last one's last line.
        std::optional<LineChange> change;
        /// When there is no change: why, for the status bar ("Line 12 is in a literal block: not
        /// reflowed"; 1-based line numbers).
        QString reason;

        bool changed() const { return change.has_value(); }
    };

    /**
     * Reflows the paragraphs on 0-based lines \a firstLine to \a lastLine (inclusive; the
     * cursor's line, or the lines a selection touches) of \a lines, the document's text split
     * at "\n", whose parse tree is \a document (parsed from exactly these lines).
     */
    static Result reflow(const QStringList &lines, const RstDocument &document, int firstLine, int lastLine);

    /** The same on \a text (lines end with "\n"), parsed first. */
    static Result reflow(const QString &text, int firstLine, int lastLine);

    /**
     * Where the text at 0-based \a line and \a column of \a lines is once \a change (a reflow of
     * those lines) is made: in the reflowed lines, before the same non-blank character (the
     * cursor stays in its word); elsewhere, on the same text, moved by the lines the change adds
     * or removes. Returns the 0-based line and column.
     */
    static std::pair<int, int> positionAfter(const QStringList &lines, const LineChange &change, int line, int column);
};

} // namespace Specwright::Core
