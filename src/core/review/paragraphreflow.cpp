// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "paragraphreflow.h"

#include "prosewrapper.h"

#include <core/rst/rstparser.h>

#include <QCoreApplication>

#include <algorithm>

namespace Specwright::Core {

namespace {

using Kind = RstNode::Kind;
using Scope = ProseWrapper::Scope;

QString tr(const char *text)
{
    return QCoreApplication::translate("ParagraphReflow", text);
}

// A paragraph to fill, with what ProseWrapper::fill() needs to know around it.
struct Found
{
    const RstNode *paragraph = nullptr;
    const RstNode *parent = nullptr;
    const RstNode *next = nullptr;
    const RstNode *topLevel = nullptr; // the outermost body element holding it (not a section)
};

bool contains(const RstNode &node, int line)
{
    return node.range.startLine <= line && line <= node.range.endLine;
}

// The paragraphs on lines [first, last] that may be filled.
void collect(const RstNode &node, const RstNode *topLevel, int first, int last, QList<Found> &found)
{
    for (auto it = node.children.begin(); it != node.children.end(); ++it) {
        const RstNode &child = *it;
        if (child.isInline() || child.range.endLine < first || child.range.startLine > last) {
            continue;
        }
        const RstNode *top = topLevel || child.kind == Kind::Section ? topLevel : &child;
        if (child.kind == Kind::Paragraph) {
            const auto next = std::next(it);
            found.append({&child, &node, next == node.children.end() ? nullptr : &*next, top});
        } else if (ProseWrapper::wrapsInside(child.kind, Scope::Requested)) {
            collect(child, top, first, last, found);
        }
    }
}

// Why line \a line (0-based) holds nothing to fill, for the status bar.
QString whyNot(const QStringList &lines, const RstDocument &document, int line)
{
    const QString where = tr("Line %1").arg(line + 1);
    if (line >= lines.size() || lines.at(line).trimmed().isEmpty()) {
        return tr("%1 is blank: nothing to reflow").arg(where);
    }
    // The blocks holding the line, outermost first.
    QList<const RstNode *> chain;
    const RstNode *node = &document.root();
    for (bool deeper = true; deeper;) {
        deeper = false;
        for (const RstNode &child : node->children) {
            if (!child.isInline() && contains(child, line)) {
                chain.append(&child);
                node = &child;
                deeper = true;
                break;
            }
        }
    }
    for (const RstNode *block : std::as_const(chain)) {
        switch (block->kind) {
        case Kind::Title:
            return tr("%1 is a section title: not reflowed").arg(where);
        case Kind::LiteralBlock:
        case Kind::DoctestBlock:
            if (!block->name().isEmpty()) { // code-block, literalinclude …
                return tr("%1 is in a %2 directive: not reflowed").arg(where, block->name());
            }
            return tr("%1 is in a literal block: not reflowed").arg(where);
        case Kind::Table:
            return tr("%1 is in a table: not reflowed").arg(where);
        case Kind::Comment:
            return tr("%1 is in a comment: not reflowed").arg(where);
        case Kind::LineBlock:
            return tr("%1 is in a line block: not reflowed").arg(where);
        case Kind::SubstitutionDefinition:
            return tr("%1 is a substitution definition: not reflowed").arg(where);
        case Kind::Target:
            return tr("%1 is a hyperlink target: not reflowed").arg(where);
        case Kind::Transition:
            return tr("%1 is a transition: not reflowed").arg(where);
        case Kind::SphinxDirective:
        case Kind::Raw:
        case Kind::Figure:
        case Kind::Image:
            return tr("%1 is in a directive (%2): not reflowed")
                .arg(where, block->name().isEmpty() ? RstNode::kindName(block->kind) : block->name());
        case Kind::Term:
        case Kind::Classifier:
            return tr("%1 is a definition list term: not reflowed").arg(where);
        default:
            break;
        }
    }
    if (ProseWrapper::isAdornment(lines.at(line))) {
        return tr("%1 is a title adornment: not reflowed").arg(where);
    }
    return tr("%1 is not in a paragraph: not reflowed").arg(where);
}

// Lines [first, last] of \a lines with \a replacements (first line -> new lines) made.
QStringList withReplacements(const QStringList &lines, int first, int last,
                             const QList<std::pair<const Found *, QStringList>> &replacements)
{
    QStringList result;
    int line = first;
    for (const auto &[found, wrapped] : replacements) {
        const int start = qMax(found->paragraph->range.startLine, line);
        result += lines.mid(line, start - line);
        result += wrapped;
        line = found->paragraph->range.endLine + 1;
    }
    result += lines.mid(line, last - line + 1);
    return result;
}

} // namespace

ParagraphReflow::Result ParagraphReflow::reflow(const QStringList &lines, const RstDocument &document, int firstLine,
                                                int lastLine)
{
    Result result;
    if (lines.isEmpty()) {
        result.reason = tr("Nothing to reflow");
        return result;
    }
    firstLine = qBound(0, firstLine, int(lines.size()) - 1);
    lastLine = qBound(firstLine, lastLine, int(lines.size()) - 1);
    QList<Found> found;
    collect(document.root(), nullptr, firstLine, lastLine, found);
    // The paragraphs' lines must all exist (the tree was parsed from these lines).
    found.removeIf([&lines](const Found &f) { return f.paragraph->range.endLine >= lines.size(); });
    if (found.isEmpty()) {
        int line = firstLine;
        while (line < lastLine && lines.at(line).trimmed().isEmpty()) {
            ++line;
        }
        result.reason = whyNot(lines, document, line);
        return result;
    }

    QList<std::pair<const Found *, QStringList>> replacements;
    QString refused;
    for (const Found &f : std::as_const(found)) {
        const int first = f.paragraph->range.startLine;
        const int count = f.paragraph->range.endLine - first + 1;
        const QStringList before = lines.mid(first, count);
        if (std::any_of(before.cbegin(), before.cend(),
                        [](const QString &l) { return l.contains(QLatin1Char('\t')); })) {
            refused = tr("The paragraph at line %1 has tabs: not reflowed").arg(first + 1);
            continue;
        }
        const std::optional<QStringList> wrapped = ProseWrapper::fill(lines, *f.paragraph, *f.parent, f.next);
        if (!wrapped) {
            refused = tr("Reflowing the paragraph at line %1 would change its markup: not reflowed").arg(first + 1);
            continue;
        }
        if (*wrapped != before) {
            replacements.append({&f, *wrapped});
        }
    }

    // The new lines must leave the blocks around them as they were (a field body's indentation
    // is set by its second line): each body element holding a changed paragraph is parsed alone,
    // before and after, and a paragraph that changes its structure is left as it is.
    const auto structure = [](const QStringList &blockLines) {
        return ProseWrapper::structureOf(
            RstParser::parse(blockLines.join(QLatin1Char('\n')) + QLatin1Char('\n'))->root());
    };
    for (qsizetype k = replacements.size() - 1; k >= 0; --k) {
        const RstNode *top = replacements.at(k).first->topLevel;
        const int first = top->range.startLine;
        const int last = qMin(top->range.endLine, int(lines.size()) - 1);
        QList<std::pair<const Found *, QStringList>> inside;
        for (const auto &replacement : std::as_const(replacements)) {
            if (replacement.first->topLevel == top) {
                inside.append(replacement);
            }
        }
        if (structure(withReplacements(lines, first, last, inside)) != structure(lines.mid(first, last - first + 1))) {
            refused = tr("Reflowing the paragraph at line %1 would change the document's structure: not reflowed")
                          .arg(replacements.at(k).first->paragraph->range.startLine + 1);
            replacements.removeAt(k);
        }
    }

    if (replacements.isEmpty()) {
        if (!refused.isEmpty()) {
            result.reason = refused;
        } else if (found.size() == 1) {
            result.reason = tr("The paragraph at line %1 is already filled to %2 columns")
                                .arg(found.front().paragraph->range.startLine + 1)
                                .arg(ProseWrapper::Width);
        } else {
            result.reason = tr("The paragraphs are already filled to %1 columns").arg(ProseWrapper::Width);
        }
        return result;
    }
    const int first = replacements.front().first->paragraph->range.startLine;
    const int last = replacements.back().first->paragraph->range.endLine;
    result.change = LineChange{first, last - first + 1, withReplacements(lines, first, last, replacements)};
    return result;
}

std::pair<int, int> ParagraphReflow::positionAfter(const QStringList &lines, const LineChange &change, int line,
                                                   int column)
{
    if (line < change.firstLine) {
        return {line, column};
    }
    if (line >= change.firstLine + change.removedLines) {
        return {line + int(change.lines.size()) - change.removedLines, column};
    }
    // Reflowing moves only blanks: count the non-blank characters before the position.
    int before = 0;
    for (int l = change.firstLine; l <= line && l < lines.size(); ++l) {
        const QString &text = lines.at(l);
        const qsizetype end = l == line ? qMin(qsizetype(column), text.size()) : text.size();
        before += int(std::count_if(text.cbegin(), text.cbegin() + end, [](QChar c) { return !c.isSpace(); }));
    }
    for (int k = 0; k < change.lines.size(); ++k) {
        const QString &text = change.lines.at(k);
        for (int c = 0; c < text.size(); ++c) {
            if (!text.at(c).isSpace() && before-- == 0) {
                return {change.firstLine + k, c};
            }
        }
    }
    const int last = change.firstLine + int(change.lines.size()) - 1;
    return {last, change.lines.isEmpty() ? 0 : int(change.lines.constLast().size())};
}

ParagraphReflow::Result ParagraphReflow::reflow(const QString &text, int firstLine, int lastLine)
{
    const RstDocument::Ptr document = RstParser::parse(text);
    return reflow(text.split(QLatin1Char('\n')), *document, firstLine, lastLine);
}

} // namespace Specwright::Core
