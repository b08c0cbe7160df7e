// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringView>

#include <atomic>

namespace Specwright::Core {

class RstDocument;
struct RstNode;

/**
 * The words of a spec's prose, with their exact places in the source: what
 * the spell checker reads.
 *
 * Prose is the text of paragraphs, list items, titles, definition terms,
 * table cells, admonitions, footnotes and field bodies, including emphasis,
 * strong text and the labels of hyperlink references (`Foo bar`_, `text
 * <https://…>`_). Never prose: literal blocks, code-block and other opaque
 * directive bodies, comments, inline literals, interpreted text (roles:
 * :ref:`target`, `title-reference`, :code:`…`), substitution references and
 * definitions, hyperlink targets, footnote and citation labels and
 * references, inline targets, field names, option lists' options, directive
 * names, options and arguments (the arguments of Sphinx directives whose
 * body is prose, as in "versionadded", are prose like the body).
 * The one exception among roles is the explicit title of a cross-reference:
 * in :ref:`Upgrade notes <upgrade>` and :doc:`the API <api>` the words
 * "Upgrade notes" and "the API" are what the reader sees, so they are prose;
 * the target never is.
 *
 * Within prose, a word is a run of letters, with apostrophes inside it
 * ("don't") and hyphens splitting it into words ("read-only": "read",
 * "only"). A possessive "'s" is left off ("spec's": "spec"). These are not
 * words but identifiers or names, and are never checked:
 * - anything inside a URL, e-mail address or path (a token with "://", "@",
 *   "/" or "\"), and command-line options ("--force", "-v");
 * - tokens with digits, underscores, dots between letters or other symbols
 *   ("v2", "image_id", "os.path", "e.g.", "key=value", "foo()", "bar[0]");
 * - words with a capital after their first letter: CamelCase ("OpenStack",
 *   "glanceClient") and all-capital acronyms ("API", "RBAC");
 * - single letters;
 * - a paragraph that is one token ("* jdoe" in a list, "jane-doe" alone under
 *   "Primary assignee:"): a name or an identifier, not a sentence.
 *
 * Word::name marks words capitalised in the middle of a sentence: the spell
 * check takes them for proper names. A sentence starts a block (paragraph,
 * list item, cell …) and follows a token ending in ".", "!" or "?"; in titles
 * capitals say nothing.
 *
 * \note Pure functions of their arguments; run on any thread.
 */
class ProseWords final
{
public:
    /** One word of prose: where it starts (0-based line and column of the parser's lines) and its text. */
    struct Word
    {
        int line = 0;
        int column = 0;
        QString text; ///< exactly the source's characters from column on (apostrophes as written)
        /// Capitalised in the middle of a sentence (not at its start, not in a title): most likely a
        /// proper name ("Virtuozzo", "Markus"), which dictionaries rarely know.
        bool name = false;

        int length() const { return int(text.size()); }
        bool operator==(const Word &) const = default;
    };

    /**
     * The prose words of \a document in source order. Text that came from an included file
     * (which has no place of its own in this source) is left out. Stops early, with what it has,
     * when \a cancel is set.
     */
    static QList<Word> collect(const RstDocument &document, const std::atomic_bool *cancel = nullptr);

    /**
     * The words of one line of prose \a text, by the rules above, as if it began at \a column of
     * source line \a line.
     */
    static QList<Word> wordsOfLine(QStringView text, int line = 0, int column = 0);
};

} // namespace Specwright::Core
