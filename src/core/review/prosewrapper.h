// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/rst/rstnode.h>

#include <QStringList>

#include <optional>

namespace Specwright::Core {

/**
 * The rules for re-wrapping reStructuredText prose, in one place: Export for
 * Review's normaliser (ReviewNormalizer) and Reflow Paragraph
 * (ParagraphReflow) both fill paragraphs with them, so that the two cannot
 * drift apart.
 *
 * A paragraph is filled to Width columns: its words are joined and broken
 * again greedily, the first line keeps what stands before the paragraph's
 * text (indentation, a list marker, a field name), the other lines take the
 * paragraph's continuation indentation. Inline markup spans (``literal``,
 * `text <url>`_, :role:`text`, short *emphasis*, **strong**, |substitution|)
 * are never split, and a word longer than the width (a URL) stays whole.
 *
 * Whatever is not a paragraph is never touched: titles, literal blocks,
 * tables, comments, line blocks, and everything inside the kinds that
 * wrapsInside() refuses.
 *
 * All functions are pure and may run on any thread.
 */
class ProseWrapper final
{
public:
    /** The longest line a spec may have, in characters (Unicode code points). */
    static constexpr int Width = 79;
    /** An emphasis, strong or substitution span up to this long is kept whole; a longer one wraps inside. */
    static constexpr int MaximumWholeSpan = Width / 2;

    /** Where paragraphs may be re-wrapped. */
    enum class Scope {
        /// Without being asked (Export for Review): body text, lists, block quotes, fields and
        /// definitions, but nothing inside a directive, footnote or citation.
        Automatic,
        /// On the user's request (Reflow Paragraph): also admonition, topic, sidebar, container,
        /// footnote and citation bodies, which are prose too. Never code, tables or line blocks.
        Requested,
    };

    /**
     * Whether paragraphs inside a node of \a kind (at any depth) may be re-wrapped in \a scope.
     * \note Paragraphs are found only in block nodes; literal blocks, comments and the like hold
     * no paragraphs and are refused in both scopes.
     */
    static bool wrapsInside(RstNode::Kind kind, Scope scope);

    /**
     * The words of \a text (one paragraph's lines joined by spaces), keeping each inline markup
     * span in one piece: a backquoted span (inline literal, interpreted text, phrase reference,
     * with its role or trailing underscores), and an emphasis, strong or substitution span whose
     * end is found in \a text and that is at most MaximumWholeSpan long. Whitespace inside a
     * backquoted span becomes one space per character.
     */
    static QStringList atoms(const QString &text);

    /** \a text's length in Unicode code points (a surrogate pair counts once). */
    static int codePoints(QStringView text);

    /**
     * Whether \a line is too long for the specs' gate: past Width and not one of its exemptions
     * (a line with a URL, a line of a single word).
     */
    static bool isLongLine(const QString &line);

    /** Whether \a line is a section adornment: two or more of one ASCII punctuation character, unindented. */
    static bool isAdornment(const QString &line);

    /**
     * Paragraph \a paragraph of the document \a lines (its 0-based lines and parse tree; tabs
     * must have been expanded) filled to Width. \a parent is the paragraph's parent node and
     * \a next its next sibling (nullptr when it is the last child): a one-line paragraph after
     * a field or option marker continues at the indentation of the block that follows.
     *
     * Returns the paragraph's new lines (equal to its current ones when it is already filled),
     * or std::nullopt when the filled lines would no longer read as one paragraph (a line that
     * is only punctuation may be an adornment or a table border; joined lines may make a field
     * marker).
     */
    static std::optional<QStringList> fill(const QStringList &lines, const RstNode &paragraph, const RstNode &parent,
                                           const RstNode *next);

    /**
     * The node kinds of \a node and its descendants with their nesting, as text: what
     * re-wrapping must never change.
     */
    static QString structureOf(const RstNode &node);
};

} // namespace Specwright::Core
