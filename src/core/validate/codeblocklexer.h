// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace Specwright::Core {

/**
 * Where Pygments' lexer for a code block's language yields its first Error
 * token: what makes Sphinx warn "Lexing literal_block … as "json" resulted in
 * an error at token: '…'", which fails `sphinx-build -W`.
 */
struct LexError
{
    qsizetype offset = 0; ///< 0-based, in UTF-16 code units of the body as given
    int line = 0;         ///< 0-based line of the body ("\n" ends a line)
    int column = 0;       ///< 0-based, in UTF-16 code units from the line's start
    /// The Error token's text as Pygments yields it (and Sphinx quotes it): one character, "/" of a
    /// comment that never started, or an unclosed string or comment up to the end of the block.
    /// Carriage returns are already line feeds in it, and the block ends with one, as Pygments reads it.
    QString token;

    bool operator==(const LexError &) const = default;
};

/**
 * Lexes code-block bodies as Sphinx has Pygments (2.18) lex them, to find the
 * blocks `sphinx-build -W` rejects, and knows which language names Pygments,
 * Sphinx and docutils accept.
 *
 * Only languages whose lexer is mirrored exactly are checked: JSON
 * (`json`, `json-object`, `jsonld`, `json-ld`, in any case), whose Pygments
 * lexer is a hand-written state machine. Its Error tokens: any character
 * outside strings and comments that is none of `{}[],:`, whitespace (space,
 * tab, CR, LF only), `-0123456789.eE+` after a digit or minus, or the letters
 * of true/false/null after an f, n or t (so `NaN`, `'`, `...`, `+1`, `None`,
 * `undefined` and the second letter of an unquoted `foo`); a `/` that starts
 * neither `//` nor `/` `*`; an unclosed string; an unclosed block comment.
 * Comments, trailing commas, bare `-1e+5` and newlines inside strings pass.
 *
 * \note Pure functions of their arguments, safe from any thread. Lexing is
 * one pass over a copy of the body: a 5 000-line block takes about a
 * millisecond.
 */
class CodeBlockLexer final
{
public:
    /**
     * The first Error token Pygments yields for \a body as \a language, as the
     * code-block directive hands the body to Sphinx (its lines joined by "\n").
     * Nothing for a clean body, and for any language this class does not check
     * (see isChecked()).
     */
    static std::optional<LexError> firstError(QStringView language, QStringView body);
    /** Whether firstError() lexes \a language (case-insensitive, as Pygments looks names up). */
    static bool isChecked(QStringView language);
    /** The first Error token of \a body lexed with Pygments' JsonLexer, preprocessed as Pygments does. */
    static std::optional<LexError> firstJsonError(QStringView body);

    /** Whether \a name is the alias of a lexer of Pygments (pygments.lexers.get_lexer_by_name; any case). */
    static bool isPygmentsAlias(QStringView name);
    /**
     * Whether Sphinx highlights a code-block in \a language without warning "Pygments lexer name … is not
     * known": a Pygments alias, or one of the names Sphinx handles itself ("none", "default", "guess",
     * "pycon3", …; those are case-sensitive).
     */
    static bool sphinxKnowsLanguage(QStringView language);
    /**
     * Whether docutils' code directive (what doc8 parses `code-block` with) finds a lexer for
     * \a language: no language, "text", or a Pygments alias. Otherwise doc8 fails with
     * "Cannot analyze code. No Pygments lexer found for …".
     */
    static bool docutilsKnowsLanguage(QStringView language);
    /** The Pygments version the alias table and the mirrored lexers come from ("2.18.0"). */
    static QString pygmentsVersion();
};

} // namespace Specwright::Core
