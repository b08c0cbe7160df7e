// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reviewnormalizer.h"

#include "prosewrapper.h"

#include <core/rst/rstparser.h>
#include <core/rst/rsttext.h>

#include <QStringList>

#include <algorithm>
#include <functional>
#include <map>

namespace Specwright::Core {

namespace {

using Kind = RstNode::Kind;

using Scope = ProseWrapper::Scope;

bool hasLongLine(const QStringList &lines, int first, int last)
{
    return std::any_of(lines.cbegin() + first, lines.cbegin() + last + 1, ProseWrapper::isLongLine);
}

void addFix(QList<ReviewNormalizer::Fix> &fixes, const QString &kind, const QString &description, int line)
{
    for (ReviewNormalizer::Fix &fix : fixes) {
        if (fix.kind == kind) {
            fix.lines.append(line);
            return;
        }
    }
    fixes.append({kind, description, {line}});
}

} // namespace

QString ReviewNormalizer::Fix::where() const
{
    constexpr int Shown = 5;
    QStringList numbers;
    for (qsizetype i = 0; i < lines.size() && i < Shown; ++i) {
        numbers.append(QString::number(lines.at(i)));
    }
    QString text =
        (lines.size() == 1 ? QStringLiteral("line ") : QStringLiteral("lines ")) + numbers.join(QStringLiteral(", "));
    if (lines.size() > Shown) {
        text += QStringLiteral(" and %1 more").arg(lines.size() - Shown);
    }
    return text;
}

ReviewNormalizer::Result ReviewNormalizer::normalize(const QString &input)
{
    Result result;
    QString text = input;
    if (text.startsWith(QChar(0xFEFF))) {
        text.remove(0, 1);
    }
    // Lines end where the parser ends them (RstText::linesOf()): at "\n", "\r\n" or a lone "\r".
    // A lone CR becomes LF; dropping it would run two lines into one.
    QStringList lines;
    QList<bool> endedByCarriageReturn;
    qsizetype start = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == QLatin1Char('\n') || text.at(i) == QLatin1Char('\r')) {
            lines.append(text.mid(start, i - start));
            endedByCarriageReturn.append(text.at(i) == QLatin1Char('\r'));
            if (text.at(i) == QLatin1Char('\r') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n')) {
                ++i;
            }
            start = i + 1;
        }
    }
    lines.append(text.mid(start));
    endedByCarriageReturn.append(false);
    // Character-level fixes, line by line (line numbers do not move).
    for (int l = 0; l < lines.size(); ++l) {
        QString &line = lines[l];
        if (endedByCarriageReturn.at(l)) {
            addFix(result.fixes, QStringLiteral("carriage-return"),
                   QStringLiteral("Carriage returns removed (LF line endings)"), l + 1);
        }
        if (line.contains(QChar(0x200B))) {
            line.remove(QChar(0x200B));
            addFix(result.fixes, QStringLiteral("zero-width-space"), QStringLiteral("Zero-width spaces removed"),
                   l + 1);
        }
        if (line.contains(QLatin1Char('\t'))) {
            QString expanded;
            for (QChar c : std::as_const(line)) {
                if (c == QLatin1Char('\t')) {
                    expanded +=
                        QString(8 - ProseWrapper::codePoints(expanded) % 8, QLatin1Char(' ')); // docutils' tab stops
                } else {
                    expanded += c;
                }
            }
            line = expanded;
            addFix(result.fixes, QStringLiteral("tab"), QStringLiteral("Tabs replaced by spaces"), l + 1);
        }
        qsizetype end = line.size();
        while (end > 0 && line.at(end - 1).isSpace()) {
            --end;
        }
        if (end < line.size()) {
            line.truncate(end);
            addFix(result.fixes, QStringLiteral("trailing-whitespace"), QStringLiteral("Trailing whitespace removed"),
                   l + 1);
        }
    }
    // Exactly one final newline: no trailing blank lines, one "\n" at the end.
    const bool exactlyOne = lines.size() >= 2 && lines.constLast().isEmpty() && !lines.at(lines.size() - 2).isEmpty();
    while (lines.size() > 1 && lines.constLast().isEmpty()) {
        lines.removeLast();
    }
    const bool empty = lines.size() == 1 && lines.front().isEmpty();
    if (!exactlyOne && !empty) {
        addFix(result.fixes, QStringLiteral("final-newline"), QStringLiteral("Exactly one newline at the end"),
               int(lines.size()));
    }

    // Structure-level fixes on the parsed text.
    const RstDocument::Ptr document = RstParser::parse(lines.join(QLatin1Char('\n')) + QLatin1Char('\n'));
    std::map<int, std::pair<int, QStringList>, std::greater<>> replacements; // first line -> (count, lines)
    std::function<void(const RstNode &, bool)> walk = [&](const RstNode &node, bool protectedBody) {
        for (const RstNode &child : node.children) {
            if (child.kind == Kind::Section && !child.children.empty() && child.children.front().kind == Kind::Title) {
                // Title adornments as long as the title (display width, as docutils measures).
                const RstNode &title = child.children.front();
                const int t = title.range.startLine;
                if (t >= 0 && t < lines.size()) {
                    // Over- and underline must stay identical; an inset title (overlined only)
                    // keeps its inset inside them.
                    // Overlined as the parser saw it (a two-character style, "=="): an adornment line
                    // above may belong to something else, e.g. a broken title before this one.
                    const bool overlined = t > 0 && child.attribute(QStringLiteral("adornment")).size() == 2 &&
                                           ProseWrapper::isAdornment(lines.at(t - 1));
                    QString titleLine = lines.at(t);
                    while (!titleLine.isEmpty() && titleLine.back().isSpace()) {
                        titleLine.chop(1);
                    }
                    const int width = RstText::columnWidth(overlined ? titleLine : titleLine.trimmed());
                    for (const int a : {t - 1, t + 1}) {
                        if (a < 0 || a >= lines.size() || !ProseWrapper::isAdornment(lines.at(a)) ||
                            (a == t - 1 && !overlined)) {
                            continue;
                        }
                        const QString wanted(qMax(width, 4), lines.at(a).front());
                        if (lines.at(a) != wanted) {
                            lines[a] = wanted;
                            addFix(result.fixes, QStringLiteral("title-adornment"),
                                   QStringLiteral("Title over- and underlines made as long as their titles"), a + 1);
                        }
                    }
                }
            }
            const bool inProtected = protectedBody || !ProseWrapper::wrapsInside(child.kind, Scope::Automatic);
            if (child.kind == Kind::Paragraph && !inProtected && child.range.endLine < lines.size() &&
                hasLongLine(lines, child.range.startLine, child.range.endLine)) {
                const RstNode *next = &child != &node.children.back() ? &child + 1 : nullptr;
                const std::optional<QStringList> wrapped = ProseWrapper::fill(lines, child, node, next);
                const int first = child.range.startLine;
                const int count = child.range.endLine - first + 1;
                if (wrapped && *wrapped != lines.mid(first, count)) {
                    replacements[first] = {count, *wrapped};
                }
            }
            walk(child, inProtected);
        }
    };
    walk(document->root(), false);
    // A re-wrap must leave the document's structure as it was. Each paragraph was checked alone;
    // in its place the new lines can still change what is around them (a field body's
    // indentation is set by its second line), so the whole text is checked too, and if it
    // changed, each re-wrap is kept only if the structure stays.
    const QString expected = ProseWrapper::structureOf(document->root());
    const auto structureWith = [&lines](const auto &changes) {
        QStringList changed = lines;
        for (const auto &[first, change] : changes) { // bottom-up: earlier line numbers stay right
            changed.erase(changed.begin() + first, changed.begin() + first + change.first);
            for (int k = 0; k < change.second.size(); ++k) {
                changed.insert(first + k, change.second.at(k));
            }
        }
        return ProseWrapper::structureOf(RstParser::parse(changed.join(QLatin1Char('\n')) + QLatin1Char('\n'))->root());
    };
    if (!replacements.empty() && structureWith(replacements) != expected) {
        std::map<int, std::pair<int, QStringList>, std::greater<>> kept;
        for (const auto &replacement : replacements) {
            auto candidate = kept;
            candidate.insert(replacement);
            if (structureWith(candidate) == expected) {
                kept = std::move(candidate);
            }
        }
        replacements = std::move(kept);
    }
    // Bottom-up, so earlier line numbers stay right; the fix lines are those of the result.
    QList<int> rewrapped;
    for (const auto &[first, change] : replacements) {
        for (int k = 0; k < change.first; ++k) {
            lines.removeAt(first);
        }
        for (int k = 0; k < change.second.size(); ++k) {
            lines.insert(first + k, change.second.at(k));
        }
        for (int &line : rewrapped) {
            line += int(change.second.size()) - change.first;
        }
        rewrapped.prepend(first + 1);
    }
    if (!rewrapped.isEmpty()) {
        result.fixes.append(
            {QStringLiteral("rewrap"), QStringLiteral("Paragraphs re-wrapped at 79 columns"), rewrapped});
    }
    result.text = lines.join(QLatin1Char('\n'));
    if (!result.text.isEmpty()) {
        result.text += QLatin1Char('\n');
    }
    return result;
}

} // namespace Specwright::Core
