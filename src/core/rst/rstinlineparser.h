// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rstlines.h"
#include "rstmessage.h"
#include "rstnode.h"
#include "rststringpool.h"

#include <QSet>

#include <array>

namespace Specwright::Core {

class RstDirectiveRegistry;

/**
 * Parses the inline markup of one text block (a paragraph, title, term …)
 * following docutils' Inliner: start- and end-string recognition rules,
 * backslash escapes, emphasis, strong, literals, interpreted text and roles,
 * hyperlink references (named, anonymous, embedded URIs), footnote, citation
 * and substitution references, inline targets and standalone URIs and
 * e-mail addresses. Every node gets its exact source range.
 *
 * One instance per block; reentrant.
 */
class RstInlineParser final
{
public:
    struct Context
    {
        const RstDirectiveRegistry &registry;
        const QSet<QString> &localRoles;
        const QString &defaultRole;
        /// The text the block lines borrow their characters from, if they do: node texts share it.
        const QString &source;
    };

    explicit RstInlineParser(const Context &context);

    /** Appends the inline nodes of \a block (its lines joined with "\n") to \a parent. */
    void parse(const RstLines &block, RstNode &parent);
    /** Where the parse's strings of its own go: the nodes' texts that are not slices of the source. */
    RstStringPool &stringPool() { return m_stringPool; }

    const QList<RstMessage> &messages() const { return m_messages; }
    /** Named references (normalised name, range) to be resolved against targets. */
    const QList<QPair<QString, SourceRange>> &references() const { return m_references; }
    const QList<QPair<QString, SourceRange>> &substitutionReferences() const { return m_substitutionReferences; }
    const QList<SourceRange> &anonymousReferences() const { return m_anonymousReferences; }
    /** "[#]_" references, which docutils numbers in order against the unnamed "[#]" footnotes. */
    const QList<SourceRange> &unnamedAutoFootnoteReferences() const { return m_unnamedAutoFootnoteReferences; }
    /** "[*]_" references, matched in order with the symbol footnotes. */
    const QList<SourceRange> &symbolFootnoteReferences() const { return m_symbolFootnoteReferences; }
    /** A target the block defines: "_`name`", or a named reference with an embedded URI. */
    struct Target
    {
        QString name;
        QString uri;
        SourceRange range;
        bool inlineTarget = false; ///< an inline target (_`name`), not a reference's embedded URI
        QString refname;           ///< an embedded alias ("`name <other_>`_"): the name it points to
    };
    const QList<Target> &targets() const { return m_targets; }

private:
    /** Whether \a block holds no character that can start inline markup. */
    static bool isPlainText(const RstLines &block);
    /** The one text node a block without markup makes. */
    void addPlainText(const RstLines &block, RstNode &parent);
    /**
     * \a block's lines joined with "\n" (\a length characters) as a part of the source text,
     * shared rather than copied, when they lie there one after the other; a null string otherwise.
     */
    QString sharedFromSource(const RstLines &block, qsizetype length) const;
    SourceRange rangeOf(int start, int end) const;
    void addText(RstNode &parent, int start, int end);
    /** Appends a text node to \a parent, or extends the text node it ends with. */
    static void appendText(RstNode &parent, QString text, const SourceRange &range);
    void addTextWithUris(RstNode &parent, int start, int end);
    bool startAllowed(int pos) const;
    bool endAllowed(int pos) const;
    bool quotedStart(int start, int end) const;
    int findEnd(int from, QStringView endString, bool escapeAware) const;
    int findEndUncached(int from, QStringView endString, bool escapeAware) const;

    /// Per kind of end-string: no valid end exists at or after this offset (keeps scanning linear).
    enum NoEndKind {
        NoEndStrong,
        NoEndEmphasis,
        NoEndLiteral,
        NoEndSubstitution,
        NoEndInterpreted,
        NoEndTarget,
        NoEndRole,
        NoEndKinds
    };
    mutable std::array<int, NoEndKinds> m_noEndFrom{};
    /// Where parsing goes on after a start-string without end-string: docutils parses the rest as
    /// a new string, so a construct may start there whatever precedes it.
    int m_restartAt = -1;
    /// The first ':' / '@' at or after a position addTextWithUris() reached (INT_MAX: none).
    int nextUriTrigger(int from) const;
    mutable int m_nextColon = -1;
    mutable int m_nextAt = -1;
    /// Marks \a node (interpreted text from \a start to \a end) problematic if its role is unknown.
    void checkRole(RstNode &node, const QString &role, int start, int end);
    void warnUnterminated(RstNode &parent, const QString &what, int start, int end);
    QString unescaped(int start, int end);

    Context m_context;
    QString m_text;     ///< The block's text, backslashes of escapes replaced by NUL (same length)
    QString m_original; ///< The block's text as written
    RstStringPool m_stringPool;
    bool m_hasEscapes = false;
    std::vector<int> m_lineStarts;
    RstLines m_lines;
    QList<RstMessage> m_messages;
    QList<QPair<QString, SourceRange>> m_references;
    QList<QPair<QString, SourceRange>> m_substitutionReferences;
    QList<SourceRange> m_anonymousReferences;
    QList<SourceRange> m_unnamedAutoFootnoteReferences;
    QList<SourceRange> m_symbolFootnoteReferences;
    QList<Target> m_targets;
};

} // namespace Specwright::Core
