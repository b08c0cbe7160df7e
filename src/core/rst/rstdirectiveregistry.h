// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rstnode.h"

#include <QHash>
#include <QSet>
#include <QStringList>

namespace Specwright::Core {

class RstDirectiveHost;
struct RstDirectiveCall;

/**
 * The directives and interpreted-text roles the RST engine knows: docutils'
 * standard ones plus the Sphinx and OpenStack ones that specs use.
 *
 * Directives and roles nobody registered are errors at their exact range;
 * known-but-unresolvable Sphinx ones (a :ref: to another document) are not.
 * The registry is plain data, so plugins can add entries later.
 *
 * \note Read-only after construction; the shared instance() may be used from
 * any thread.
 */
class RstDirectiveRegistry final
{
public:
    /** What the parser does with a directive's content block. */
    enum class Content {
        None,      ///< No content allowed
        Body,      ///< Parsed as body elements into the directive's node
        Literal,   ///< Kept verbatim (code, raw)
        Parsed,    ///< Kept as one text block with inline markup (parsed-literal)
        Opaque,    ///< Accepted but not parsed (toctree entries, csv data)
        ListTable, ///< A two-level bullet list that becomes a table
        CsvTable,  ///< CSV data that becomes a table
        Figure,    ///< Caption paragraph, then legend body elements
    };

    struct Directive
    {
        QString name;
        RstNode::Kind kind = RstNode::Kind::Container;
        int requiredArguments = 0;
        int optionalArguments = 0;
        bool finalArgumentWhitespace = false;
        Content content = Content::None;
        bool contentRequired = false;
        /// Known option names; empty with anyOption set accepts every option.
        QStringList options;
        bool anyOption = false;
        /// The directive's first argument becomes a title child (topic, admonition, sidebar).
        bool argumentIsTitle = false;
        /// Valid only in a substitution definition (replace, unicode, date).
        bool substitutionOnly = false;
        /**
         * Builds the directive's nodes into the parent from a checked call. Each family of
         * directives (RstAdmonitionDirectives, RstBodyDirectives …) registers its own; without
         * one, the directive is a node of its kind with its options as attributes.
         */
        using Handler = void (*)(RstDirectiveHost &host, const RstDirectiveCall &call, RstNode &parent);
        Handler handler = nullptr;
    };

    RstDirectiveRegistry();

    /** The built-in registry. */
    static const RstDirectiveRegistry &instance();

    /** The directive called \a name (case-insensitive), or nullptr. */
    const Directive *directive(const QString &name) const;
    bool hasRole(const QString &name) const;

    void addDirective(const Directive &directive);
    /** Adds \a directive with \a handler as the one that builds its nodes. */
    void addDirective(Directive directive, Directive::Handler handler);
    /** The space-separated words of \a list: option names, directive names. */
    static QStringList words(const char *list);
    void addRole(const QString &name);
    /**
     * The name a role written \a written is known by: lower case, and without Sphinx's "std:"
     * domain (`:std:ref:` is `:ref:`), so that every check treats the two alike.
     */
    static QString roleName(const QString &written);

    QStringList directiveNames() const;
    QStringList roleNames() const;

private:
    QHash<QString, Directive> m_directives;
    QSet<QString> m_roles;
};

} // namespace Specwright::Core
