// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "specoutline.h"

namespace Specwright::Core {

namespace {

using Kind = RstNode::Kind;

struct Node
{
    SpecOutline::Entry entry;
    QList<Node> children;
};

bool isTitledSection(const RstNode &node)
{
    return node.kind == Kind::Section && !node.children.empty();
}

void collect(const RstNode &node, QList<Node> *into, int *sections)
{
    for (const RstNode &child : node.children) {
        if (!isTitledSection(child)) {
            continue;
        }
        if (++*sections > SpecOutline::SectionLimit) {
            continue; // counted, not listed: hundreds of thousands of rows help nobody
        }
        Node section;
        section.entry.title = child.children.front().text;
        section.entry.line = child.range.startLine;
        collect(child, &section.children, sections);
        into->append(std::move(section));
    }
}

// Before the first present entry at or after \a line: missing entries stay after what precedes them.
void insertInPlace(QList<Node> *container, Node missing)
{
    qsizetype index = container->size();
    for (qsizetype i = 0; i < container->size(); ++i) {
        if (!container->at(i).entry.missing && container->at(i).entry.line >= missing.entry.line) {
            index = i;
            break;
        }
    }
    container->insert(index, std::move(missing));
}

void flatten(const QList<Node> &nodes, int depth, QList<SpecOutline::Entry> *out)
{
    for (const Node &node : nodes) {
        out->append(node.entry);
        out->last().depth = depth;
        flatten(node.children, depth + 1, out);
    }
}

// The underline character the spec's own sections at \a level use (0: the sections under the
// title, 1: their subsections), else one the spec does not use yet.
QChar adornmentForLevel(const RstDocument &document, int level)
{
    QList<const RstNode *> scopes;
    const RstNode &root = document.root();
    for (const RstNode &child : root.children) {
        if (child.kind == Kind::Section) {
            scopes.append(&child); // the title's section holds the spec's sections
            break;
        }
    }
    if (scopes.isEmpty()) {
        scopes.append(&root);
    }
    QString used;
    for (int depth = 0; depth <= level && !scopes.isEmpty(); ++depth) {
        QList<const RstNode *> next;
        for (const RstNode *scope : std::as_const(scopes)) {
            used += scope->attribute(QStringLiteral("adornment")).right(1);
            for (const RstNode &child : scope->children) {
                if (child.kind == Kind::Section) {
                    next.append(&child);
                }
            }
        }
        if (depth == level) {
            for (const RstNode *section : std::as_const(next)) {
                const QString adornment = section->attribute(QStringLiteral("adornment")).right(1);
                if (!adornment.isEmpty()) {
                    return adornment.front();
                }
            }
        }
        scopes = next;
    }
    for (const QChar candidate : QStringLiteral("=-~^\"'`#*+")) {
        if (!used.contains(candidate)) {
            return candidate;
        }
    }
    return QLatin1Char('~');
}

} // namespace

SpecOutline SpecOutline::build(const RstDocument &document, const QList<Diagnostic> &diagnostics)
{
    SpecOutline outline;
    QList<Node> roots;
    collect(document.root(), &roots, &outline.sections);
    // A spec has one title; its sections are what the template's sections line up with.
    QList<Node> &sections = roots.size() == 1 ? roots.first().children : roots;
    const auto missingNode = [&document](const Diagnostic &d) {
        Node node;
        node.entry.title = d.subject;
        node.entry.line = d.insertLine;
        node.entry.missing = true;
        node.entry.insertLevel = d.insertLevel;
        node.entry.adornment = adornmentForLevel(document, d.insertLevel);
        return node;
    };
    // Sections first: a missing subsection's parent is a present section, never a missing one.
    for (const Diagnostic &d : diagnostics) {
        if (d.insertLevel == 0 && !d.subject.isEmpty()) {
            insertInPlace(&sections, missingNode(d));
        }
    }
    for (const Diagnostic &d : diagnostics) {
        if (d.insertLevel != 1 || d.subject.isEmpty()) {
            continue;
        }
        // The finding is on its section's title (with an overline, the title is the section's second line).
        for (Node &section : sections) {
            if (!section.entry.missing &&
                (section.entry.line == d.range.startLine || section.entry.line == d.range.startLine - 1)) {
                insertInPlace(&section.children, missingNode(d));
                break;
            }
        }
    }
    flatten(roots, 0, &outline.entries);
    return outline;
}

SpecOutline::Insertion SpecOutline::insertion(const QStringList &lines, const Entry &missing)
{
    const QStringList section = {missing.title, QString(missing.title.size(), missing.adornment),
                                 QString(),     QStringLiteral("None"),
                                 QString(),     QString()};
    Insertion insertion;
    int at = missing.line;
    if (at >= 0 && at + 1 < lines.size() && lines.at(at).trimmed().isEmpty()) {
        ++at; // after the blank line that ends the section before it
    }
    if (at >= 0 && at < lines.size() && !(at == lines.size() - 1 && lines.at(at).isEmpty())) {
        QStringList added = section;
        if (at > 0 && !lines.at(at - 1).trimmed().isEmpty()) {
            added.prepend(QString()); // a title right after text would continue its paragraph
        }
        insertion.titleLine = at + int(added.indexOf(missing.title));
        insertion.change = {at, 0, added};
        return insertion;
    }
    // At the end: after a blank line, whatever the text ends with.
    const int last = int(lines.size()) - 1;
    QStringList added = {lines.value(last)};
    if (!lines.value(last).isEmpty()) {
        added.append(QString());
        added.append(QString());
    } else if (last < 1 || !lines.at(last - 1).isEmpty()) {
        added.append(QString());
    }
    insertion.titleLine = qMax(0, last) + int(added.size()) - 1;
    added.last() = section.first();
    added += section.mid(1);
    added.append(QString());
    insertion.change = {qMax(0, last), lines.isEmpty() ? 0 : 1, added};
    return insertion;
}

} // namespace Specwright::Core
