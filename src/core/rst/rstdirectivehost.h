// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rstlines.h"
#include "rstmessage.h"
#include "rstnode.h"

#include <QList>
#include <QPair>
#include <QString>

namespace Specwright::Core {

/**
 * What a directive handler may ask of the parser running it: docutils gives
 * its directives the state machine (nested_parse, inline_text, the reporter,
 * the document's names); this is the same seam, and all of it.
 *
 * Implemented by RstBlockParser; a handler never sees the parser's state.
 * \note One parse, one thread: the host is not shared.
 */
class RstDirectiveHost
{
public:
    using Options = QList<QPair<QString, QString>>;

    virtual ~RstDirectiveHost() = default;

    // --- Parsing ----------------------------------------------------------------------------------
    /** Parses \a lines as body elements into \a into: docutils' nested_parse, one level below \a depth. */
    virtual void parseNested(const RstLines &lines, RstNode &into, int depth) = 0;
    /** Parses \a lines (joined with "\n") as inline text into \a node's children. */
    virtual void parseInline(RstNode &node, const RstLines &lines) = 0;
    /** Parses \a text, which sits at \a at in the document, as inline text into \a node's children. */
    virtual void parseInline(RstNode &node, const QString &text, const RstLineRef &at) = 0;
    /** Appends block quotes made of \a lines (with their attributions) to \a parent. */
    virtual void appendBlockQuotes(const RstLines &lines, RstNode &parent, int depth) = 0;
    /** Appends a line block made of \a lines (deeper indentation nests) to \a parent. */
    virtual void appendLineBlock(const RstLines &lines, RstNode &parent) = 0;
    /** Reads the file at \a path into \a parent as the include directive with \a options does. */
    virtual void include(const QString &path, const Options &options, const SourceRange &range, RstNode &parent,
                         int depth) = 0;

    // --- Messages and names -----------------------------------------------------------------------
    /** Reports \a text about \a range; an end line below 0 means the start line, to its end. */
    virtual void message(RstMessage::Id id, RstMessage::Severity severity, const QString &text,
                         const SourceRange &range) = 0;
    /** A target called \a name (normalised) that points to \a uri (empty: to its node). */
    virtual void noteExplicitTarget(const QString &name, const QString &uri, const SourceRange &range) = 0;
    /** A reference to \a refname, resolved against the document's targets after parsing. */
    virtual void noteReference(const QString &refname, const SourceRange &range) = 0;
    /** How many references the document holds so far (see forgetReferencesFrom()). */
    virtual qsizetype referenceCount() const = 0;
    /**
     * Forgets the references noted since referenceCount() said \a count: a handler that drops
     * content it parsed drops its references too, as docutils resolves them over the tree it keeps.
     */
    virtual void forgetReferencesFrom(qsizetype count) = 0;
    /** Whether \a path (a file a directive names) is in the spec's reach; reports it if not. */
    virtual bool fileInReach(const QString &path, const SourceRange &range, QLatin1String what) = 0;
    /** Makes \a name (lower case) a role of this document from here on. */
    virtual void defineRole(const QString &name) = 0;
    /** Whether a role called \a name (lower case) exists here: registered or defined by the document. */
    virtual bool hasRole(const QString &name) const = 0;
    /** Makes \a name (lower case; empty: none) the role of interpreted text without one. */
    virtual void setDefaultRole(const QString &name) = 0;
    /** Adds \a meta, which docutils places at the start of the document. */
    virtual void addMeta(RstNode meta) = 0;

    // --- Text and nodes ---------------------------------------------------------------------------
    /** \a lines' text joined with "\n", kept with the document. */
    virtual QString joinedText(const RstLines &lines) = 0;
    /** Keeps \a text as long as the document's lines: the view may be read as a line. */
    virtual QStringView keep(QString text) = 0;
    /**
     * Appends \a node (a directive's) to \a parent, sharing its name and attributes with an earlier
     * equal directive's where it can (a spec's many notes make one copy, not many).
     */
    virtual void appendShared(RstNode &parent, RstNode &&node) = 0;
};

} // namespace Specwright::Core
