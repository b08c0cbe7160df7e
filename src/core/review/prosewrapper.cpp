// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "prosewrapper.h"

#include <core/rst/rstparser.h>

#include <algorithm>

namespace Specwright::Core {

namespace {

using Kind = RstNode::Kind;

int leadingSpaces(const QString &line)
{
    int count = 0;
    while (count < line.size() && line.at(count).isSpace()) {
        ++count;
    }
    return count;
}

// The start-string of an emphasis, strong or substitution span that \a word opens ("*", "**",
// "|"), after opening punctuation; empty when it opens none. Sets \a contentStart to where the
// span's text begins.
QString spanOpener(const QString &word, int &contentStart)
{
    int i = 0;
    while (i < word.size() && QStringLiteral("'\"([{<").contains(word.at(i))) {
        ++i;
    }
    QString marker;
    if (QStringView(word).mid(i).startsWith(QLatin1String("**"))) {
        marker = QStringLiteral("**");
    } else if (QStringView(word).mid(i).startsWith(QLatin1Char('*'))) {
        marker = QStringLiteral("*");
    } else if (QStringView(word).mid(i).startsWith(QLatin1Char('|'))) {
        marker = QStringLiteral("|");
    }
    contentStart = i + int(marker.size());
    // The span's text starts with neither a space (checked by the caller's split) nor its marker.
    if (marker.isEmpty() || contentStart >= word.size() || word.at(contentStart) == marker.front()) {
        return {};
    }
    return marker;
}

// Whether \a word holds the end-string \a marker at or after \a from, preceded by text and
// followed only by punctuation (or a reference's underscores).
bool closesSpan(const QString &word, const QString &marker, int from)
{
    for (int p = qMax(from, 1); p + marker.size() <= word.size(); ++p) {
        if (QStringView(word).mid(p, marker.size()) != marker || word.at(p - 1).isSpace()) {
            continue;
        }
        const QStringView rest = QStringView(word).mid(p + marker.size());
        if (std::none_of(rest.begin(), rest.end(), [](QChar c) { return c.isLetterOrNumber() || c == u'*'; })) {
            return true;
        }
    }
    return false;
}

} // namespace

bool ProseWrapper::wrapsInside(RstNode::Kind kind, Scope scope)
{
    switch (kind) {
    case Kind::Table:
    case Kind::LineBlock:
    case Kind::SubstitutionDefinition:
    case Kind::Comment:
    case Kind::LiteralBlock:
    case Kind::DoctestBlock:
    case Kind::Raw:
    case Kind::SphinxDirective:
    case Kind::Figure:
        return false;
    case Kind::Admonition:
    case Kind::Topic:
    case Kind::Sidebar:
    case Kind::Container:
    case Kind::Compound:
    case Kind::Footnote:
    case Kind::Citation:
        return scope == Scope::Requested;
    default:
        return true;
    }
}

QStringList ProseWrapper::atoms(const QString &text)
{
    // Words, keeping each backquoted span (inline literal, interpreted text, phrase reference)
    // in one piece.
    QStringList words;
    QString current;
    int quotes = 0; // backquotes seen in the current word run
    bool inside = false;
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('`')) {
            // A run of backquotes opens or closes a span.
            int run = 1;
            while (i + run < text.size() && text.at(i + run) == QLatin1Char('`')) {
                ++run;
            }
            current += text.mid(i, run);
            i += run - 1;
            if (!inside) {
                inside = true;
                quotes = run;
            } else if (run == quotes) {
                inside = false;
            }
            continue;
        }
        if (c.isSpace() && !inside) {
            if (!current.isEmpty()) {
                words.append(current);
                current.clear();
            }
            continue;
        }
        current += c.isSpace() ? QLatin1Char(' ') : c;
    }
    if (!current.isEmpty()) {
        words.append(current);
    }
    // Then emphasis, strong and substitution spans over several words, when their end is there
    // (docutils leaves an unclosed start-string as text, so that word stays on its own) and they
    // are short: a long emphasised passage (a whole paragraph in italics) wraps inside, as
    // docutils allows.
    QStringList result;
    for (int i = 0; i < words.size(); ++i) {
        int contentStart = 0;
        const QString marker = spanOpener(words.at(i), contentStart);
        int last = i;
        if (!marker.isEmpty() && !closesSpan(words.at(i), marker, contentStart + 1)) {
            int length = codePoints(words.at(i));
            for (int j = i + 1; j < words.size() && length <= MaximumWholeSpan; ++j) {
                length += 1 + codePoints(words.at(j));
                if (closesSpan(words.at(j), marker, 1)) {
                    last = length <= MaximumWholeSpan ? j : i;
                    break;
                }
            }
        }
        result.append(words.mid(i, last - i + 1).join(QLatin1Char(' ')));
        i = last;
    }
    return result;
}

int ProseWrapper::codePoints(QStringView text)
{
    int count = 0;
    for (QChar c : text) {
        count += c.isLowSurrogate() ? 0 : 1;
    }
    return count;
}

bool ProseWrapper::isLongLine(const QString &line)
{
    if (codePoints(line) <= Width) {
        return false;
    }
    // The gate's own exemptions: URL lines and lines of one word.
    return !line.contains(QLatin1String("http://")) && !line.contains(QLatin1String("https://")) &&
           line.trimmed().contains(QLatin1Char(' '));
}

bool ProseWrapper::isAdornment(const QString &line)
{
    const QString trimmed = line.trimmed();
    if (trimmed.size() < 2 || trimmed != line) {
        return false;
    }
    const QChar c = trimmed.front();
    return !c.isLetterOrNumber() && !c.isSpace() && c.unicode() < 128 && trimmed.count(c) == trimmed.size();
}

std::optional<QStringList> ProseWrapper::fill(const QStringList &lines, const RstNode &paragraph, const RstNode &parent,
                                              const RstNode *next)
{
    const int first = paragraph.range.startLine;
    const int last = paragraph.range.endLine;
    const int column = paragraph.range.startColumn;
    const QString firstPrefix = lines.at(first).left(column);
    // Continuation lines stay at the block's indentation: that of the paragraph's own second
    // line. A one-line paragraph after a field or option marker takes the next block's (docutils
    // sets such a body's indentation by the lines below the marker).
    int indent = column;
    if (last > first) {
        indent = leadingSpaces(lines.at(first + 1));
    } else if ((parent.kind == Kind::FieldBody || parent.kind == Kind::Description) && next &&
               !firstPrefix.trimmed().isEmpty()) {
        indent = next->range.startColumn;
    }
    const QString prefix(indent, QLatin1Char(' '));
    QString joined = lines.at(first).mid(column);
    for (int l = first + 1; l <= last; ++l) {
        joined += QLatin1Char(' ') + lines.at(l).trimmed();
    }
    QStringList wrapped;
    QString current;
    for (const QString &atom : atoms(joined)) {
        const QString &lead = wrapped.isEmpty() ? firstPrefix : prefix;
        if (!current.isEmpty() && codePoints(lead) + codePoints(current) + 1 + codePoints(atom) > Width) {
            wrapped.append(lead + current);
            current.clear();
        }
        current += (current.isEmpty() ? QString() : QStringLiteral(" ")) + atom;
    }
    if (!current.isEmpty()) {
        wrapped.append((wrapped.isEmpty() ? firstPrefix : prefix) + current);
    }
    // The new lines must still read as one paragraph: a line with no letter or digit ("====",
    // "== =====", "+---+") may be an adornment or a table border, and joined lines may make a
    // marker (":a" + "b:" is a field). Parsed alone to make sure.
    QStringList alone;
    for (int k = 0; k < wrapped.size(); ++k) {
        const QString text = wrapped.at(k).mid(k == 0 ? firstPrefix.size() : prefix.size());
        if (std::none_of(text.cbegin(), text.cend(), [](QChar c) { return c.isLetterOrNumber(); })) {
            return std::nullopt;
        }
        alone.append(text);
    }
    const RstDocument::Ptr check = RstParser::parse(alone.join(QLatin1Char('\n')));
    if (check->root().children.size() != 1 || check->root().children.front().kind != Kind::Paragraph) {
        return std::nullopt;
    }
    return wrapped;
}

QString ProseWrapper::structureOf(const RstNode &node)
{
    QString out = RstNode::kindName(node.kind);
    if (!node.children.empty()) {
        out += QLatin1Char('(');
        for (const RstNode &child : node.children) {
            out += structureOf(child) + QLatin1Char(' ');
        }
        out += QLatin1Char(')');
    }
    return out;
}

} // namespace Specwright::Core
