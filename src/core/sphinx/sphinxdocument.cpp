// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sphinxdocument.h"

#include "sphinxpattern.h"

#include <core/rst/rstdocument.h>

#include <QRegularExpression>

#include <algorithm>
#include <vector>

namespace Specwright::Core {

namespace {

// Sphinx's explicit_title_re: "title <target>".
const QRegularExpression &explicitTitle()
{
    static const QRegularExpression expression(QStringLiteral("^(.+?)\\s*(?<!\\x00)<(.*?)>$"),
                                               QRegularExpression::DotMatchesEverythingOption);
    return expression;
}

QString roleTarget(const QString &text)
{
    const QRegularExpressionMatch match = explicitTitle().match(text);
    return match.hasMatch() ? match.captured(2) : text;
}

bool isUrl(const QString &text)
{
    static const QRegularExpression url(QStringLiteral("^[a-z]+://"));
    return url.match(text).hasMatch();
}

// A :orphan: field before anything else in the document (Sphinx reads the docinfo fields).
bool startsWithOrphanField(const RstDocument &document)
{
    static const QRegularExpression field(QStringLiteral("^:([^:]+):(\\s|$)"));
    for (qsizetype i = 0; i < document.lineCount(); ++i) {
        const QString line = document.line(i).toString();
        if (line.trimmed().isEmpty()) {
            continue;
        }
        const QRegularExpressionMatch match = field.match(line);
        if (!match.hasMatch()) {
            return false;
        }
        if (match.captured(1).trimmed() == QLatin1String("orphan")) {
            return true;
        }
    }
    return false;
}

} // namespace

QString SphinxDocument::normalizedLabel(const QString &name)
{
    return name.simplified().toLower();
}

bool SphinxDocument::hasTitle(const RstNode &node)
{
    using Kind = RstNode::Kind;
    switch (node.kind) {
    case Kind::Section:
    case Kind::Rubric:
        return true;
    case Kind::Figure:
    case Kind::Table:
    case Kind::Container:
        // A figure's caption, a table's title, a code block's caption (docutils' container).
        return std::any_of(node.children.cbegin(), node.children.cend(), [](const RstNode &child) {
            return child.kind == Kind::Caption || child.kind == Kind::Title;
        });
    default:
        // code-block and toctree with a :caption: option
        return !node.attribute(QStringLiteral("caption")).trimmed().isEmpty();
    }
}

SphinxDocument SphinxDocument::fromDocument(const RstDocument &document)
{
    SphinxDocument facts;
    facts.m_orphan = startsWithOrphanField(document);
    // Sphinx gives a label a title only from what it stands before (a section, or a figure, table
    // or code block with a caption): the targets that do, found in document order.
    std::vector<const RstNode *> order;
    const auto flatten = [&order](const auto &self, const RstNode &node) -> void {
        if (node.isInline()) {
            return;
        }
        order.push_back(&node);
        for (const RstNode &child : node.children) {
            self(self, child);
        }
    };
    flatten(flatten, document.root());
    for (size_t i = 0; i < order.size(); ++i) {
        if (order[i]->kind != RstNode::Kind::Target) {
            continue;
        }
        size_t next = i + 1;
        while (next < order.size() &&
               (order[next]->kind == RstNode::Kind::Target || order[next]->kind == RstNode::Kind::Comment)) {
            ++next;
        }
        if (next < order.size() && hasTitle(*order[next])) {
            facts.m_titledTargets.insert(order[i]);
        }
    }
    facts.collect(document, document.root());
    facts.m_titledTargets.clear(); // pointers into the document, which the facts outlive
    return facts;
}

void SphinxDocument::collect(const RstDocument &document, const RstNode &node)
{
    using Kind = RstNode::Kind;
    switch (node.kind) {
    case Kind::Target:
        // ".. _name:" before an element; ".. _name: URL" and ".. _name: other_" are links, not labels.
        if (!node.name().isEmpty() && !node.hasAttribute(QStringLiteral("refuri")) &&
            !node.hasAttribute(QStringLiteral("refname")) && !node.name().startsWith(QLatin1Char('_'))) {
            m_labels.append({normalizedLabel(node.name()), node.range, m_titledTargets.contains(&node)});
        }
        return;
    case Kind::InterpretedText: {
        const QString role = node.name();
        const bool ref = role == QLatin1String("ref");
        if (ref || role == QLatin1String("doc")) {
            const QString text = node.text.isEmpty() ? node.plainText() : node.text;
            // "!target" asks for no link, and Sphinx checks nothing.
            if (!text.startsWith(QLatin1Char('!'))) {
                const QString target = roleTarget(text).trimmed();
                m_references.append({ref ? CrossReference::Role::Ref : CrossReference::Role::Doc,
                                     ref ? normalizedLabel(target) : target, node.range,
                                     explicitTitle().match(text.trimmed()).hasMatch()});
            }
        }
        return;
    }
    case Kind::Image: {
        const QString uri = node.attribute(QStringLiteral("uri"));
        if (!uri.isEmpty() && !uri.contains(QLatin1String("://")) && !uri.contains(QLatin1Char('*')) &&
            !uri.startsWith(QLatin1String("data:"))) {
            m_files.append({QStringLiteral("image"), uri, node.range});
        }
        break;
    }
    case Kind::SphinxDirective:
        if (node.name() == QLatin1String("toctree")) {
            collectToctree(document, node);
        } else if (node.name() == QLatin1String("literalinclude")) {
            const QString path = node.attribute(QStringLiteral("arguments")).trimmed();
            if (!path.isEmpty()) {
                m_files.append({node.name(), path, node.range});
            }
        }
        break;
    default:
        break;
    }
    // ":name:" on a directive (figure, code-block, …) is a label too.
    if (!node.isInline() && node.kind != Kind::Target) {
        const QString name = node.attribute(QStringLiteral("name"));
        if (!name.isEmpty()) {
            m_labels.append({normalizedLabel(name), node.range, hasTitle(node)});
        }
    }
    for (const RstNode &child : node.children) {
        collect(document, child);
    }
}

void SphinxDocument::collectToctree(const RstDocument &document, const RstNode &node)
{
    const bool glob = node.hasAttribute(QStringLiteral("glob"));
    bool inOptions = true;
    for (int line = node.range.startLine + 1; line <= node.range.endLine && line < document.lineCount(); ++line) {
        const QString text = document.line(line).toString();
        const QString entry = text.trimmed();
        if (entry.isEmpty()) {
            inOptions = false;
            continue;
        }
        // The option lines (":glob:", ":maxdepth: 2") come first, before any blank line.
        if (inOptions && entry.startsWith(QLatin1Char(':'))) {
            continue;
        }
        inOptions = false;
        const QRegularExpressionMatch titled = explicitTitle().match(entry);
        const QString target = titled.hasMatch() ? titled.captured(2).trimmed() : entry;
        if (target == QLatin1String("self") || isUrl(target)) {
            continue;
        }
        const int column = int(text.indexOf(entry.at(0)));
        m_tocEntries.append({target,
                             glob && !titled.hasMatch() && SphinxPattern::hasWildcard(target),
                             {line, column, line, column + int(entry.size())}});
    }
}

} // namespace Specwright::Core
