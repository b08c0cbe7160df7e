// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/rst/rstnode.h>

#include <QStringList>

#include <optional>

namespace Specwright::Core {

/**
 * Maps a word of a rendered block (what the reader double-clicked in the
 * preview) back to where it is written in the block's source.
 *
 * Markup makes the rendered text differ from the source: `**bold**`,
 * ``literal``, roles and `link <url>`_ hide characters and whole words
 * (the URL) that a plain search of the source would find. The block's
 * lines are therefore parsed, and the word is counted in the text a reader
 * sees, piece by piece, each piece knowing its source range.
 *
 * A word is a run of word characters (isWordCharacter()); the preview's
 * script cuts the word under the pointer and counts its occurrences by the
 * same rule.
 *
 * \note Reentrant; parses only the lines it is given.
 */
class RenderedWord final
{
public:
    /**
     * Where the \a occurrence-th (0-based) whole-word occurrence of \a word
     * in the rendered text of the block written in \a lines is in the source.
     * \a lines are the block's source lines, its first line first (the line
     * of its `data-source-line`) up to the next block's first line.
     *
     * The range is relative to \a lines: line 0 is their first line, columns
     * count UTF-16 code units of the line. Where the rendered text has fewer
     * occurrences than asked for, the last one; where the word is not in the
     * block's text at all but is in its lines, the \a occurrence-th there
     * (or the last); nullopt when the word is in neither, or is not a word.
     */
    static std::optional<SourceRange> locate(const QStringList &lines, const QString &word, int occurrence);

    /**
     * Whether \a c belongs to a word: letters, marks and digits. Not '_', which ends a reference
     * in the source (`Spec_`) and is gone from the rendered text.
     */
    static bool isWordCharacter(QChar c);
    /** Whether \a text is one word: not empty, word characters only. */
    static bool isWord(QStringView text);
};

} // namespace Specwright::Core
