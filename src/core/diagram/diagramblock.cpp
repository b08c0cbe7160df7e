// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "diagramblock.h"

#include <functional>

namespace Specwright::Core {

namespace {

// The diagram's lines at exactly \a indentation: the canvas's empty left columns are not indentation.
QStringList indented(const QString &diagram, int indentation)
{
    QStringList lines;
    const QString prefix(indentation, QLatin1Char(' '));
    const QStringList drawn = diagram.split(QLatin1Char('\n'));
    qsizetype margin = -1;
    for (const QString &line : drawn) {
        qsizetype spaces = 0;
        while (spaces < line.size() && line.at(spaces) == QLatin1Char(' ')) {
            ++spaces;
        }
        if (spaces < line.size()) {
            margin = margin < 0 ? spaces : qMin(margin, spaces);
        }
    }
    for (const QString &drawnLine : drawn) {
        const QString line = drawnLine.mid(qMax<qsizetype>(0, margin));
        QString text = line;
        while (text.endsWith(QLatin1Char(' '))) {
            text.chop(1);
        }
        lines.append(text.isEmpty() ? QString() : prefix + text);
    }
    while (!lines.isEmpty() && lines.constLast().isEmpty()) {
        lines.removeLast();
    }
    while (!lines.isEmpty() && lines.constFirst().isEmpty()) {
        lines.removeFirst();
    }
    return lines;
}

bool isBlank(const QString &line)
{
    return line.trimmed().isEmpty();
}

// A line of ordinary paragraph text, which can take the "::" at its end.
bool isParagraphText(const QString &line)
{
    if (isBlank(line) || line.startsWith(QLatin1Char(' ')) || line.startsWith(QLatin1String("..")) ||
        line.endsWith(QLatin1String("::"))) {
        return false;
    }
    // Not a section adornment (a run of one punctuation character).
    const QString trimmed = line.trimmed();
    const QChar first = trimmed.front();
    if (!first.isLetterOrNumber() && trimmed.count(first) == trimmed.size()) {
        return false;
    }
    return true;
}

} // namespace

DiagramBlock::Found DiagramBlock::at(const RstDocument &document, int line)
{
    Found found;
    std::function<void(const RstNode &)> walk = [&](const RstNode &node) {
        for (const RstNode &child : node.children) {
            if (found.valid) {
                return;
            }
            if (child.kind == RstNode::Kind::LiteralBlock && child.name().isEmpty() &&
                !child.hasAttribute(QStringLiteral("name")) && child.range.startLine <= line &&
                line <= child.range.endLine) {
                found = {true, child.range.startLine, child.range.endLine, child.range.startColumn, child.text};
                return;
            }
            if (child.range.startLine <= line && line <= child.range.endLine) {
                walk(child);
            }
        }
    };
    walk(document.root());
    return found;
}

DiagramBlock::Change DiagramBlock::insertion(const QStringList &documentLines, int line, const QString &diagram)
{
    const int count = int(documentLines.size());
    int at = qBound(0, line, count);
    // On a line of text, the block goes after its paragraph.
    while (at < count && !isBlank(documentLines.at(at))) {
        ++at;
    }
    Change change;
    change.firstLine = at;
    const bool textAbove = at > 0 && isParagraphText(documentLines.at(at - 1));
    QString above = textAbove ? documentLines.at(at - 1) : QString();
    while (above.endsWith(QLatin1Char(' ')) || above.endsWith(QLatin1Char('\t'))) {
        above.chop(1); // the marker never goes after trailing spaces
    }
    const QString marker = above.endsWith(QLatin1Char(':')) ? QStringLiteral(":") : QStringLiteral(" ::");
    if (textAbove && above.size() + marker.size() <= MaximumLineLength) {
        // "Text::" shows "Text:"; "text ::" shows "text" — the paragraph reads on into the diagram.
        change.firstLine = at - 1;
        change.removedLines = 1;
        change.lines.append(above + marker);
    } else if (textAbove) {
        // The marker would push the line past the gate's limit: "::" as a paragraph of its own.
        change.lines.append(QString());
        change.lines.append(QStringLiteral("::"));
    } else {
        if (at > 0 && !isBlank(documentLines.at(at - 1))) {
            change.lines.append(QString());
        }
        change.lines.append(QStringLiteral("::"));
    }
    change.lines.append(QString());
    change.lines += indented(diagram, Indentation);
    // A blank line after the block, unless one is already there (the blank line the cursor was on).
    if (at < count && isBlank(documentLines.at(at))) {
        change.lines.append(QString());
        change.removedLines += 1; // the blank line is taken over, so blank lines do not pile up
    } else if (at < count) {
        change.lines.append(QString());
    }
    return change;
}

DiagramBlock::Change DiagramBlock::replacement(const Found &block, const QString &diagram)
{
    return {block.firstLine, block.lastLine - block.firstLine + 1, indented(diagram, block.indentation)};
}

} // namespace Specwright::Core
