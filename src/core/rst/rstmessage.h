// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rstnode.h"

namespace Specwright::Core {

/**
 * A system message of the RST parser, as docutils reports them: a severity,
 * what the message is about (a typed id), the message text (docutils' wording)
 * and the source range it is about.
 *
 * The id is set where the message is made. Readers that act on a message (the
 * spec validator's rule ids) go by the id, never by the text: the text follows
 * docutils' wording and quotes names and paths from the document.
 */
struct RstMessage
{
    /** docutils' levels. */
    enum class Severity { Info = 1, Warning = 2, Error = 3, Severe = 4 };

    /**
     * What a message is about. One id per problem the spec validator tells apart
     * (its own rule id or its own fix hint); every other message is OtherMarkup.
     */
    enum class Id {
        OtherMarkup,                    ///< any other markup message; the text says what it is about
        TitleUnderlineTooShort,         ///< "Title underline too short."
        TitleOverlineTooShort,          ///< "Title overline too short."
        TitleLevelInconsistent,         ///< "Title level inconsistent:"
        TitleOverlineUnderlineMismatch, ///< "Title overline & underline mismatch."
        TitleUnderlineMissing,          ///< "Missing matching underline for section title overline."
        TitleIncomplete,                ///< "Incomplete section title."
        TitleOrTransitionInvalid,       ///< "Invalid section title or transition marker."
        UnexpectedTitle,                ///< a title where none may be (in a list, quote, directive)
        UnknownDirective,               ///< "Unknown directive type …"
        DirectiveError,                 ///< a known directive used wrongly (options, arguments, content)
        UnknownRole,                    ///< "Unknown interpreted text role …" (and docutils' note before it)
        UnknownTarget,                  ///< "Unknown target name: …"
        DuplicateTarget,                ///< "Duplicate explicit (or implicit) target name: …"
        UndefinedSubstitution,          ///< "Undefined substitution referenced: …"
        AnonymousReferenceMismatch,     ///< "Anonymous hyperlink mismatch: …"
        UnexpectedUnindent,             ///< "… ends without a blank line; unexpected unindent."
        UnexpectedIndentation,          ///< "Unexpected indentation."
        UnterminatedInline,             ///< "Inline … start-string without end-string."
        MalformedTable,                 ///< "Malformed table." with docutils' detail
        TableWithoutBlankLineAfter,     ///< "Blank line required after table."
        LiteralBlockExpected,           ///< "Literal block expected; none found."
        IncludeNotFound,                ///< "Problems with "include" directive path": missing, unreadable or <standard>
        IncludeCycle,                   ///< "circular inclusion in "include" directive: …"
        IncludeLimit,                   ///< "Include refused: …" (too deep, too many files or bytes)
        FileOutsideRepository,          ///< an include or image that would read outside the repository
    };

    Severity severity = Severity::Warning;
    Id id = Id::OtherMarkup;
    QString text;
    SourceRange range;
    /// Found by resolving references after parsing (docutils' transforms), not by the parser itself.
    bool fromTransform = false;
    /// docutils reports it a second time (a title that closes a section is read twice): listed as
    /// docutils lists it, shown to people once
    bool repeated = false;

    static QString severityName(Severity severity);
};

} // namespace Specwright::Core
