// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rstdirectiveregistry.h"
#include "rstlines.h"
#include "rstnode.h"

#include <QList>
#include <QPair>
#include <QStringList>

namespace Specwright::Core {

class RstBlockParser;
class RstDirectiveHost;

/**
 * The block parser's explicit markup: docutils' Body.explicit_construct and the
 * constructs it tries in order (footnotes and citations, hyperlink targets,
 * substitution definitions, directives), else a comment; and "__" anonymous
 * targets.
 *
 * A part of RstBlockParser in a file of its own, as docutils' Explicit state is
 * a part of its state machine: it works on the parser it is made with.
 */
class RstExplicitMarkup final
{
public:
    explicit RstExplicitMarkup(RstBlockParser &parser)
        : m_parser(parser)
    {
    }

    /** Parses the explicit markup blocks from line \a i of \a lines into \a parent; \a i moves past them. */
    void parseList(const RstLines &lines, int &i, RstNode &parent, int depth);

private:
    RstDirectiveHost &host();
    bool parseExplicit(const RstLines &lines, int &i, RstNode &parent, int depth, bool *blankFinish);
    void parseComment(const RstLines &lines, int &i, RstNode &parent, int markerEnd, bool *blankFinish);
    bool parseFootnoteOrCitation(const RstLines &lines, int &i, RstNode &parent, int depth, bool *blankFinish);
    bool parseHyperlinkTarget(const RstLines &lines, int &i, RstNode &parent, bool *blankFinish);
    void parseAnonymousTarget(const RstLines &lines, int &i, RstNode &parent, bool *blankFinish);
    bool parseSubstitutionDefinition(const RstLines &lines, int &i, RstNode &parent, int depth, bool *blankFinish);
    /** The inline parser's warnings about the option names of \a optionBlock, as docutils reports them. */
    void warnAboutOptionNames(const RstLines &optionBlock);
    bool parseDirective(const RstLines &lines, int &i, int nameStart, RstNode &parent, int depth, bool *blankFinish,
                        bool inSubstitution = false);
    /** What docutils' Directive base class checks for every directive, then the directive's handler. */
    void runDirective(const RstDirectiveRegistry::Directive &spec, const QString &name, const QStringList &arguments,
                      const QList<QPair<QString, QString>> &options, const RstLines &content, const SourceRange &range,
                      RstNode &parent, int depth, bool inSubstitution);

    RstBlockParser &m_parser;
};

} // namespace Specwright::Core
