// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/rst/rstdocument.h>

#include <QString>

#include <optional>

namespace Specwright::Core {

/**
 * What the docs gate says about one `code-block` / `code` / `sourcecode`
 * directive's language and body (the validator's rule `code-block-lex`):
 *
 * - a body Sphinx's Pygments lexer yields an Error token for (see
 *   CodeBlockLexer; `sphinx-build -W` fails on "Lexing literal_block … resulted
 *   in an error at token"), reported at the token's place in the spec;
 * - a language Pygments has no lexer for (Sphinx warns "Pygments lexer name …
 *   is not known", doc8 fails with "No Pygments lexer found for …"; `none` only
 *   fails doc8), reported at the language name.
 *
 * A block with Sphinx's `:force:` option is never lexed strictly: only its
 * language is checked. `:dedent: N` is applied to the body as Sphinx applies it.
 *
 * \note A pure function of its arguments, safe from any thread.
 */
class CodeBlockCheck final
{
public:
    struct Finding
    {
        /**
         * The validator's rule: `code-block-lex` (fails Sphinx only), `code-block-language` (a
         * language neither Sphinx nor doc8 knows), `code-block-language-doc8` (only doc8 fails).
         */
        QString rule;
        QString message;
        SourceRange range; ///< In the spec: the offending token, or the language name
        QString fixHint;
    };

    /**
     * The finding for \a node, a node of \a document; nothing when \a node is
     * not a code directive's literal block or the gate would pass it.
     */
    static std::optional<Finding> check(const RstNode &node, const RstDocument &document);
};

} // namespace Specwright::Core
