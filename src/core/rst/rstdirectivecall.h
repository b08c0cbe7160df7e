// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rstdirectivehost.h"
#include "rstdirectiveregistry.h"

#include <QStringList>

namespace Specwright::Core {

/**
 * One use of a directive, read by the parser as docutils' parse_directive_block
 * reads it (arguments, options, content) and handed to the directive's handler
 * with the host that runs it.
 */
struct RstDirectiveCall
{
    const RstDirectiveRegistry::Directive &spec;
    QString writtenName; ///< As written: messages quote it so
    QString name;        ///< Lower case
    QStringList arguments;
    RstDirectiveHost::Options options; ///< Names lower case, values trimmed, in the order written
    RstLines content;                  ///< Without leading and trailing blank lines
    SourceRange range;                 ///< The directive's lines
    int depth = 0;                     ///< Nesting of the block the directive is in
    bool inSubstitution = false;       ///< Inside a substitution definition (".. |x| image:: …")

    /** The value of option \a key (empty when absent or given no value). */
    QString option(const QString &key) const
    {
        for (const auto &option : options) {
            if (option.first == key) {
                return option.second;
            }
        }
        return QString();
    }
    bool hasOption(const QString &key) const
    {
        return std::any_of(options.begin(), options.end(), [&](const auto &option) { return option.first == key; });
    }
    /** Where text on the directive's line sits (a title from an argument, say). */
    RstLineRef at() const { return {range.startLine, range.startColumn, QStringView()}; }
    /** The line the directive starts on, to its end: where docutils reports what it says by line only. */
    SourceRange firstLine() const { return {range.startLine, 0, -1, -1}; }
    /** A node of the directive's kind over its range, named after it, its options as attributes. */
    RstNode node() const
    {
        RstNode node;
        node.kind = spec.kind;
        node.range = range;
        node.setName(name);
        node.editAttributes() = options;
        return node;
    }
    /** A title child made of \a text (an argument, an option), parsed as inline text. */
    RstNode title(RstDirectiveHost &host, const QString &text) const
    {
        RstNode title;
        title.kind = RstNode::Kind::Title;
        title.text = text;
        title.range = {range.startLine, range.startColumn, range.startLine, range.endColumn};
        host.parseInline(title, text, at());
        return title;
    }
    /**
     * Appends \a node to \a parent as most directives do: one with a name and no attributes (an
     * admonition, say) shares them with its equals.
     */
    static void append(RstDirectiveHost &host, RstNode &parent, RstNode &&node)
    {
        if (node.attributes().isEmpty()) {
            host.appendShared(parent, std::move(node));
        } else {
            parent.children.push_back(std::move(node));
        }
    }
    /** Reports \a text about the whole directive. */
    void report(RstDirectiveHost &host, RstMessage::Id id, RstMessage::Severity severity, const QString &text) const
    {
        host.message(id, severity, text, range);
    }
};

} // namespace Specwright::Core
