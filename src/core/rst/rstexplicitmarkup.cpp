// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "rstexplicitmarkup.h"

#include "rstblockparser.h"
#include "rstdirectiveblock.h"
#include "rstdirectivecall.h"
#include "rstindentedblock.h"
#include "rstmarkers.h"
#include "rsttext.h"

namespace Specwright::Core {

namespace {

using Kind = RstNode::Kind;
using Severity = RstMessage::Severity;
using MessageId = RstMessage::Id;
constexpr auto &spacesOrEnd = RstMarkers::spacesOrEnd;
constexpr auto &fieldMarkerEnd = RstMarkers::fieldMarkerEnd;

template<size_t N>
bool startsWithAscii(QStringView text, const char (&prefix)[N])
{
    return RstMarkers::startsWithAscii(text, prefix);
}

} // namespace

RstDirectiveHost &RstExplicitMarkup::host()
{
    return m_parser; // a friend may see the parser's private base
}

void RstExplicitMarkup::parseList(const RstLines &lines, int &i, RstNode &parent, int depth)
{
    bool blankFinish = true;
    const int n = int(lines.size());
    while (i < n) {
        if (lines[i].isBlank()) {
            ++i;
            continue;
        }
        const QStringView text = lines[i].text;
        const bool explicitStart = startsWithAscii(text, "..") && spacesOrEnd(text, 2) >= 0;
        const bool anonymousStart = startsWithAscii(text, "__") && spacesOrEnd(text, 2) >= 0;
        if (!explicitStart && !anonymousStart) {
            break;
        }
        // After an include that opened sections, what follows belongs to the last one opened.
        RstNode &into = m_parser.m_includeMatchesTitles ? *m_parser.m_openSections.back() : parent;
        if (anonymousStart) {
            parseAnonymousTarget(lines, i, into, &blankFinish);
        } else {
            parseExplicit(lines, i, into, depth, &blankFinish);
        }
    }
    if (!blankFinish) {
        m_parser.unindentWarning(QStringLiteral("Explicit markup"), lines, i);
    }
}

bool RstExplicitMarkup::parseExplicit(const RstLines &lines, int &i, RstNode &parent, int depth, bool *blankFinish)
{
    const QStringView text = lines[i].text;
    const int markerEnd = spacesOrEnd(text, 2);
    if (markerEnd < text.size()) {
        const QChar c = text.at(markerEnd);
        if (c == QLatin1Char('[') && parseFootnoteOrCitation(lines, i, parent, depth, blankFinish)) {
            return true;
        }
        if (c == QLatin1Char('_') && markerEnd + 1 < text.size() && text.at(markerEnd + 1) != QLatin1Char(' ') &&
            parseHyperlinkTarget(lines, i, parent, blankFinish)) {
            return true;
        }
        if (c == QLatin1Char('|') && markerEnd + 1 < text.size() && text.at(markerEnd + 1) != QLatin1Char(' ') &&
            parseSubstitutionDefinition(lines, i, parent, depth, blankFinish)) {
            return true;
        }
        if (parseDirective(lines, i, markerEnd, parent, depth, blankFinish)) {
            return true;
        }
    }
    parseComment(lines, i, parent, markerEnd, blankFinish);
    return true;
}

void RstExplicitMarkup::parseComment(const RstLines &lines, int &i, RstNode &parent, int markerEnd, bool *blankFinish)
{
    const RstLineRef first = lines[i];
    const bool nextBlank = i + 1 >= int(lines.size()) || lines[i + 1].isBlank();
    RstNode comment;
    comment.kind = Kind::Comment;
    if (nextBlank && first.text.mid(markerEnd).trimmed().isEmpty()) {
        // "A tiny but practical wart": ".." alone before a blank line is an empty comment.
        comment.range = {first.line, first.column, first.line, int(first.column + first.text.size())};
        parent.children.push_back(std::move(comment));
        ++i;
        *blankFinish = true;
        return;
    }
    RstIndentedBlock block = RstIndentedBlock::firstKnown(lines, i, markerEnd);
    while (!block.lines.empty() && block.lines.back().isBlank()) {
        block.lines.pop_back();
    }
    comment.text = m_parser.joinedText(block.lines);
    comment.range = {first.line, first.column, first.line, int(first.column + first.text.size())};
    if (!block.lines.empty()) {
        const SourceRange r = m_parser.rangeOf(block.lines);
        comment.range.endLine = qMax(r.endLine, first.line);
        comment.range.endColumn = r.endLine >= first.line ? r.endColumn : comment.range.endColumn;
    }
    parent.children.push_back(std::move(comment));
    i = block.end;
    *blankFinish = block.blankFinish;
}

bool RstExplicitMarkup::parseFootnoteOrCitation(const RstLines &lines, int &i, RstNode &parent, int depth,
                                                bool *blankFinish)
{
    const RstLineRef first = lines[i];
    const QStringView text = first.text;
    const int open = spacesOrEnd(text, 2);
    const int close = int(text.indexOf(QLatin1Char(']'), open));
    if (close < 0) {
        return false;
    }
    const QString label = text.mid(open + 1, close - open - 1).toString();
    const int end = spacesOrEnd(text, close + 1);
    if (end < 0 || label.isEmpty()) {
        return false;
    }
    bool numeric = true;
    for (QChar c : label) {
        numeric = numeric && c.isDigit();
    }
    const bool autoNumber =
        label.startsWith(QLatin1Char('#')) && (label.size() == 1 || RstText::simpleNameEnd(label, 1) == label.size());
    const bool symbol = label == QLatin1String("*");
    const bool footnote = numeric || autoNumber || symbol;
    if (!footnote && RstText::simpleNameEnd(label, 0) != label.size()) {
        return false;
    }
    RstIndentedBlock body = RstIndentedBlock::firstKnown(lines, i, end);
    RstNode node;
    node.kind = footnote ? Kind::Footnote : Kind::Citation;
    (footnote ? m_parser.m_features.footnotes : m_parser.m_features.citations) = true;
    node.range = {first.line, first.column, first.line, int(first.column + text.size())};
    if (!body.lines.empty()) {
        const SourceRange r = m_parser.rangeOf(body.lines);
        node.range.endLine = r.endLine;
        node.range.endColumn = r.endColumn;
    }
    if (autoNumber) {
        node.editAttributes().append({QStringLiteral("auto"), QStringLiteral("1")});
        if (label.size() > 1) {
            node.setName(m_parser.m_inlineParser.stringPool().adopt(RstText::normalizeName(label.mid(1))));
        } else {
            m_parser.m_names.noteUnnamedAutoFootnote();
        }
    } else if (symbol) {
        node.editAttributes().append({QStringLiteral("auto"), QStringLiteral("*")});
        m_parser.m_names.noteSymbolFootnote();
    } else {
        RstNode labelNode;
        labelNode.kind = Kind::Label;
        labelNode.text = label;
        labelNode.range = {first.line, first.column + open, first.line, first.column + close + 1};
        node.children.push_back(std::move(labelNode));
        node.setName(m_parser.m_inlineParser.stringPool().adopt(RstText::normalizeName(label)));
    }
    if (!node.name().isEmpty()) {
        m_parser.noteExplicitTarget(node.name(), QString(), node.range);
    }
    m_parser.parseBody(body.lines, node, false, depth + 1);
    parent.children.push_back(std::move(node));
    i = body.end;
    *blankFinish = body.blankFinish;
    return true;
}

namespace {

// Splits ".. _name: uri" at the name's closing colon; returns the index after ':' or -1.
int targetNameEnd(const QString &text, int start, QString *name)
{
    const bool quoted = start < text.size() && text.at(start) == QLatin1Char('`');
    int p = quoted ? start + 1 : start;
    if (p >= text.size() || text.at(p) == QLatin1Char(' ') || text.at(p) == QLatin1Char('`')) {
        return -1;
    }
    for (int q = p; q < text.size(); ++q) {
        const QChar c = text.at(q);
        if (c == QLatin1Char('\\')) {
            ++q;
            continue;
        }
        // docutils' target pattern: the name, one optional space, ":", then a space or the end.
        if (quoted) {
            if (c == QLatin1Char('`') && text.at(q - 1) != QLatin1Char(' ')) {
                int colon = q + 1;
                if (colon < text.size() && text.at(colon) == QLatin1Char(' ')) {
                    ++colon;
                }
                const int after = colon + 1;
                if (colon < text.size() && text.at(colon) == QLatin1Char(':') &&
                    (after == text.size() || text.at(after) == QLatin1Char(' '))) {
                    *name = text.mid(p, q - p);
                    return after;
                }
            }
        } else if (c == QLatin1Char(':')) {
            const int after = q + 1;
            const int end = q > p && text.at(q - 1) == QLatin1Char(' ') ? q - 1 : q; // "Name :"
            // The name ends in no space and in no unescaped colon ("R3::" is malformed).
            const bool nameEndsWell =
                end > p && !text.at(end - 1).isSpace() &&
                !(text.at(end - 1) == QLatin1Char(':') && (end - 2 < p || text.at(end - 2) != QLatin1Char('\\')));
            if ((after == text.size() || text.at(after) == QLatin1Char(' ')) && nameEndsWell) {
                *name = text.mid(p, end - p);
                return after;
            }
        }
    }
    return -1;
}

} // namespace

bool RstExplicitMarkup::parseHyperlinkTarget(const RstLines &lines, int &i, RstNode &parent, bool *blankFinish)
{
    const RstLineRef first = lines[i];
    const int markerEnd = spacesOrEnd(first.text, 2);
    RstIndentedBlock block = RstIndentedBlock::firstKnown(lines, i, markerEnd + 1, true, true, false);
    // The name may continue over several lines; join until the target pattern matches.
    QString joined;
    int nameEnd = -1;
    QString name;
    size_t used = 0;
    for (; used < block.lines.size(); ++used) {
        joined += block.lines[used].text.toString();
        if (startsWithAscii(joined, "_:") || startsWithAscii(joined, "_ :")) {
            // Anonymous, "__: URL" or "__ : URL"; the colon ends the line or a space follows it.
            const int colon = joined.at(1) == QLatin1Char(':') ? 1 : 2;
            if (colon + 1 == joined.size() || joined.at(colon + 1) == QLatin1Char(' ')) {
                name.clear();
                nameEnd = colon + 1;
                break;
            }
        }
        nameEnd = targetNameEnd(joined, 0, &name);
        if (nameEnd >= 0) {
            break;
        }
    }
    if (nameEnd < 0) {
        m_parser.message(MessageId::OtherMarkup, Severity::Warning, QStringLiteral("malformed hyperlink target."),
                         first.line);
        return false;
    }
    QStringList linkParts;
    linkParts.append(joined.mid(nameEnd).trimmed());
    for (size_t k = used + 1; k < block.lines.size(); ++k) {
        linkParts.append(block.lines[k].text.trimmed().toString());
    }
    RstNode target;
    target.kind = Kind::Target;
    m_parser.m_features.targets = true;
    target.range = {first.line, first.column, first.line, int(first.column + first.text.size())};
    if (!block.lines.empty()) {
        const SourceRange r = m_parser.rangeOf(block.lines);
        target.range.endLine = qMax(first.line, r.endLine);
        target.range.endColumn = r.endColumn;
    }
    const bool anonymous = name.isEmpty();
    const QString link = linkParts.join(QLatin1Char(' ')).trimmed();
    const QString refname = RstText::indirectReferenceName(link);
    if (!refname.isEmpty()) {
        target.editAttributes().append({QStringLiteral("refname"), refname});
        if (anonymous) {
            m_parser.m_names.noteReference(refname, target.range);
        } else {
            m_parser.m_names.noteIndirectTarget(RstText::normalizeName(RstText::withoutEscapes(name)), refname,
                                                target.range);
        }
    } else if (!link.isEmpty()) {
        QString uri;
        for (const QString &part : linkParts) {
            uri += RstText::withoutEscapes(part).remove(QLatin1Char(' '));
        }
        target.editAttributes().append(
            {QStringLiteral("refuri"), m_parser.m_inlineParser.stringPool().adopt(std::move(uri))});
    }
    if (anonymous) {
        target.editAttributes().append({QStringLiteral("anonymous"), QStringLiteral("1")});
        m_parser.m_names.noteAnonymousTarget();
    } else {
        target.setName(
            m_parser.m_inlineParser.stringPool().adopt(RstText::normalizeName(RstText::withoutEscapes(name))));
        m_parser.noteExplicitTarget(target.name(), target.attribute(QStringLiteral("refuri")), target.range);
    }
    parent.children.push_back(std::move(target));
    i = block.end;
    *blankFinish = block.blankFinish;
    return true;
}

void RstExplicitMarkup::parseAnonymousTarget(const RstLines &lines, int &i, RstNode &parent, bool *blankFinish)
{
    const RstLineRef first = lines[i];
    const int markerEnd = spacesOrEnd(first.text, 2);
    RstIndentedBlock block = RstIndentedBlock::firstKnown(lines, i, markerEnd, true);
    RstNode target;
    target.kind = Kind::Target;
    m_parser.m_features.targets = true;
    target.range = {first.line, first.column, first.line, int(first.column + first.text.size())};
    QString link;
    for (const RstLineRef &line : block.lines) {
        link += line.text.trimmed().toString();
    }
    const QString refname = RstText::indirectReferenceName(link);
    if (!refname.isEmpty()) {
        target.editAttributes().append({QStringLiteral("refname"), refname});
        m_parser.m_names.noteReference(refname, target.range);
    } else {
        target.editAttributes().append(
            {QStringLiteral("refuri"), RstText::withoutEscapes(link).remove(QLatin1Char(' '))});
    }
    target.editAttributes().append({QStringLiteral("anonymous"), QStringLiteral("1")});
    m_parser.m_names.noteAnonymousTarget();
    parent.children.push_back(std::move(target));
    i = block.end;
    *blankFinish = block.blankFinish;
}

// --- Substitution definitions and directives -----------------------------------------------------------

bool RstExplicitMarkup::parseSubstitutionDefinition(const RstLines &lines, int &i, RstNode &parent, int depth,
                                                    bool *blankFinish)
{
    const RstLineRef first = lines[i];
    const QStringView text = first.text;
    const int open = spacesOrEnd(text, 2);
    // "|name|" ends at a '|' preceded by non-space and followed by a space or the end.
    int close = -1;
    for (int p = open + 2; p < text.size(); ++p) {
        if (text.at(p) == QLatin1Char('|') && text.at(p - 1) != QLatin1Char(' ') &&
            text.at(p - 1) != QLatin1Char('\\') && (p + 1 == text.size() || text.at(p + 1) == QLatin1Char(' '))) {
            close = p;
            break;
        }
    }
    if (close < 0) {
        // docutils joins the block's lines until the closing bar turns up; when none does, the
        // block is a comment, with a warning.
        const RstIndentedBlock block = RstIndentedBlock::firstKnown(lines, i, open + 1, false, true, false);
        bool closes = false;
        for (size_t k = 1; k < block.lines.size() && !closes; ++k) {
            const QStringView line = block.lines[k].text.trimmed();
            for (int p = 1; p < line.size() && !closes; ++p) {
                closes = line.at(p) == QLatin1Char('|') && !line.at(p - 1).isSpace() &&
                         line.at(p - 1) != QLatin1Char('\\') &&
                         (p + 1 == line.size() || line.at(p + 1) == QLatin1Char(' '));
            }
        }
        if (!closes) {
            m_parser.message(MessageId::OtherMarkup, Severity::Warning,
                             QStringLiteral("malformed substitution definition."), first.line, first.column,
                             m_parser.rangeOf(block.lines).endLine);
        }
        return false;
    }
    const QString name = text.mid(open + 1, close - open - 1).toString();
    const int rest = spacesOrEnd(text, close + 1);
    RstNode definition;
    definition.kind = Kind::SubstitutionDefinition;
    definition.setName(name.simplified());
    definition.range = {first.line, first.column, first.line, int(first.column + text.size())};
    if (rest >= text.size()) {
        RstIndentedBlock block = RstIndentedBlock::firstKnown(lines, i, int(text.size()));
        i = block.end;
        *blankFinish = block.blankFinish;
        m_parser.message(MessageId::OtherMarkup, block.lines.empty() ? Severity::Warning : Severity::Error,
                         block.lines.empty()
                             ? QStringLiteral("Substitution definition \"%1\" missing contents.").arg(name)
                             : QStringLiteral("Substitution definition \"%1\" empty or invalid.").arg(name),
                         first.line, first.column, first.line);
        return true;
    }
    // The embedded directive: parse it as if its name started the line.
    RstNode holder;
    if (!parseDirective(lines, i, rest, holder, depth, blankFinish, true)) {
        RstIndentedBlock block = RstIndentedBlock::firstKnown(lines, i, rest);
        i = block.end;
        *blankFinish = block.blankFinish;
        m_parser.message(MessageId::OtherMarkup, Severity::Warning,
                         QStringLiteral("Substitution definition \"%1\" empty or invalid.").arg(name), first.line,
                         first.column, first.line);
        return true;
    }
    if (holder.children.empty()) {
        // The directive made nothing (it failed and said why): docutils drops the definition.
        m_parser.message(MessageId::OtherMarkup, Severity::Warning,
                         QStringLiteral("Substitution definition \"%1\" empty or invalid.").arg(name), first.line,
                         first.column, first.line);
        return true;
    }
    for (RstNode &child : holder.children) {
        if (child.kind == Kind::Paragraph) {
            for (RstNode &inlineChild : child.children) {
                definition.children.push_back(std::move(inlineChild));
            }
        } else {
            definition.children.push_back(std::move(child));
        }
    }
    if (!definition.children.empty()) {
        definition.range.endLine = qMax(definition.range.endLine, definition.children.back().range.endLine);
    }
    if (!m_parser.m_names.noteSubstitutionDefinition(definition.name())) {
        m_parser.message(MessageId::OtherMarkup, Severity::Error,
                         QStringLiteral("Duplicate substitution definition name: \"%1\".").arg(definition.name()),
                         first.line);
    }
    m_parser.m_features.substitutionDefinitions = true;
    parent.children.push_back(std::move(definition));
    return true;
}

void RstExplicitMarkup::warnAboutOptionNames(const RstLines &optionBlock)
{
    // docutils parses the options as a field list first, each name as inline text: a name such
    // as ":*target:" gets the inline parser's warnings before any option is checked.
    for (const RstLineRef &line : optionBlock) {
        if (line.indent() > 0) {
            continue; // a value's continuation
        }
        QString name;
        if (fieldMarkerEnd(line.text, &name) < 0) {
            return; // docutils stops here: "invalid option block"
        }
        const bool mayHoldMarkup = std::any_of(name.cbegin(), name.cend(), [](QChar c) {
            return c == QLatin1Char('*') || c == QLatin1Char('`') || c == QLatin1Char('|') || c == QLatin1Char('_') ||
                   c == QLatin1Char('[');
        });
        if (mayHoldMarkup) {
            m_parser.m_includedTexts.push_back({name});
            RstNode scratch;
            m_parser.m_inlineParser.parse(
                {{line.line, line.column + 1, QStringView(m_parser.m_includedTexts.back().front())}}, scratch);
            m_parser.m_detachedMessages += m_parser.m_inlineParser.messages();
        }
    }
}

bool RstExplicitMarkup::parseDirective(const RstLines &lines, int &i, int nameStart, RstNode &parent, int depth,
                                       bool *blankFinish, bool inSubstitution)
{
    const RstLineRef first = lines[i];
    const QStringView text = first.text;
    const int nameEnd = RstText::simpleNameEnd(text, nameStart);
    if (nameEnd < 0) {
        return false;
    }
    int p = nameEnd;
    if (p < text.size() && text.at(p) == QLatin1Char(' ')) {
        ++p;
    }
    if (!text.mid(p).startsWith(QLatin1String("::"))) {
        return false;
    }
    const int after = spacesOrEnd(text, p + 2);
    if (after < 0) {
        return false;
    }
    const QString name = text.mid(nameStart, nameEnd - nameStart).toString();
    RstIndentedBlock block = RstIndentedBlock::firstKnown(lines, i, after, false, false);
    i = block.end;
    *blankFinish = block.blankFinish || i >= int(lines.size()) || lines[i].isBlank();
    SourceRange range = {first.line, first.column, first.line, int(first.column + text.size())};
    {
        int last = int(block.lines.size()) - 1;
        while (last > 0 && block.lines[last].isBlank()) {
            --last;
        }
        if (last > 0) {
            range.endLine = block.lines[last].line;
            range.endColumn = int(block.lines[last].column + block.lines[last].text.size());
        }
    }
    const RstDirectiveRegistry::Directive *spec = m_parser.m_registry.directive(name);
    if (!spec) {
        m_parser.message(MessageId::UnknownDirective, Severity::Error,
                         QStringLiteral("Unknown directive type \"%1\".").arg(name), first.line, first.column,
                         range.endLine, range.endColumn);
        return true;
    }

    // docutils' parse_directive_block.
    const RstDirectiveBlock parsed = RstDirectiveBlock::read(*spec, block.lines);
    warnAboutOptionNames(parsed.optionBlock);
    if (!parsed.error.isEmpty()) {
        m_parser.message(MessageId::DirectiveError, Severity::Error,
                         QStringLiteral("Error in \"%1\" directive:\n%2.").arg(name, parsed.error), first.line,
                         first.column, range.endLine, range.endColumn);
        return true;
    }
    runDirective(*spec, name, parsed.arguments, parsed.options, parsed.content, range, parent, depth, inSubstitution);
    return true;
}

void RstExplicitMarkup::runDirective(const RstDirectiveRegistry::Directive &spec, const QString &name,
                                     const QStringList &arguments, const QList<QPair<QString, QString>> &options,
                                     const RstLines &content, const SourceRange &range, RstNode &parent, int depth,
                                     bool inSubstitution)
{
    // What docutils' Directive base class checks for every directive; the rest is the handler's.
    const RstDirectiveCall call{spec, name, name.toLower(), arguments, options, content, range, depth, inSubstitution};
    if (spec.contentRequired && content.empty()) {
        call.report(host(), MessageId::DirectiveError, Severity::Error,
                    QStringLiteral("Content block expected for the \"%1\" directive; none found.").arg(name));
        return;
    }
    if (spec.substitutionOnly && !inSubstitution) {
        call.report(host(), MessageId::DirectiveError, Severity::Error,
                    QStringLiteral("Invalid context: the \"%1\" directive can only be used within a substitution "
                                   "definition.")
                        .arg(name));
        return;
    }
    if (call.hasOption(QStringLiteral("name"))) {
        m_parser.noteExplicitTarget(RstText::normalizeName(call.option(QStringLiteral("name"))), QString(), range);
    }
    if (spec.handler) {
        spec.handler(host(), call, parent);
    } else {
        RstDirectiveCall::append(host(), parent, call.node());
    }
}

} // namespace Specwright::Core
