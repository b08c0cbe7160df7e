// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "rstlistmarkup.h"

#include "rstblockparser.h"
#include "rstindentedblock.h"
#include "rstmarkers.h"
#include "rsttext.h"

namespace Specwright::Core {

namespace {

using Kind = RstNode::Kind;
using Severity = RstMessage::Severity;
using MessageId = RstMessage::Id;

// The marker scanners, under the names the parser calls them by.
using EnumeratorFormat = RstMarkers::EnumeratorFormat;
using EnumeratorSequence = RstMarkers::EnumeratorSequence;
using Enumerator = RstMarkers::Enumerator;
constexpr auto &bulletMarkerEnd = RstMarkers::bulletMarkerEnd;
constexpr auto &spacesOrEnd = RstMarkers::spacesOrEnd;
constexpr auto &sequenceName = RstMarkers::sequenceName;
constexpr auto &formatEnumerator = RstMarkers::formatEnumerator;
constexpr auto &fieldMarkerEnd = RstMarkers::fieldMarkerEnd;
constexpr auto &optionEnd = RstMarkers::optionEnd;
constexpr auto &isOptionListLine = RstMarkers::isOptionListLine;

// A function, not a reference: a reference would drop the default argument.
Enumerator parseEnumerator(QStringView text, EnumeratorSequence expectedSequence = EnumeratorSequence::None)
{
    return RstMarkers::parseEnumerator(text, expectedSequence);
}

} // namespace

RstNode RstListMarkup::nestLines(std::vector<std::pair<int, RstNode>> &lines)
{
    // docutils' nest_line_block_segment: lines indented deeper than the least form nested blocks.
    RstNode block;
    block.kind = Kind::LineBlock;
    int least = INT_MAX;
    for (const auto &line : lines) {
        if (line.first >= 0) {
            least = qMin(least, line.first);
        }
    }
    std::vector<std::pair<int, RstNode>> deeper;
    auto flush = [&] {
        if (!deeper.empty()) {
            block.children.push_back(nestLines(deeper));
            deeper.clear();
        }
    };
    for (auto &line : lines) {
        if (line.first > least) {
            deeper.push_back(std::move(line));
        } else {
            flush();
            block.children.push_back(std::move(line.second));
        }
    }
    flush();
    block.range = {block.children.front().range.startLine, block.children.front().range.startColumn,
                   block.children.back().range.endLine, block.children.back().range.endColumn};
    return block;
}

void RstListMarkup::appendLineBlock(const RstLines &content, RstNode &parent)
{
    // The line-block directive: every line is a line; deeper indentation nests.
    std::vector<std::pair<int, RstNode>> items;
    for (const RstLineRef &line : content) {
        RstNode node;
        node.kind = Kind::Line;
        node.range = {line.line, line.column, line.line, int(line.column + line.text.size())};
        const int indent = line.indent();
        m_parser.inlineText(node, RstLines{line.mid(indent)});
        items.emplace_back(line.isBlank() ? -1 : indent, std::move(node));
    }
    RstNode block = nestLines(items);
    block.range = m_parser.rangeOf(content);
    parent.children.push_back(std::move(block));
}

void RstListMarkup::appendList(RstNode &&list, RstNode &parent, bool blankFinish, const QString &what,
                               const RstLines &lines, int next)
{
    list.range = {list.children.front().range.startLine, list.children.front().range.startColumn,
                  list.children.back().range.endLine, list.children.back().range.endColumn};
    parent.children.push_back(std::move(list));
    if (!blankFinish) {
        m_parser.unindentWarning(what, lines, next);
    }
}

void RstListMarkup::parseBulletList(const RstLines &lines, int &i, RstNode &parent, int depth)
{
    RstNode list;
    list.kind = Kind::BulletList;
    const QChar bullet = lines[i].text.front();
    m_parser.setListAttributes(list, {{QStringLiteral("bullet"), QString(bullet)}});
    bool blankFinish = true;
    const int n = int(lines.size());
    while (i < n) {
        if (lines[i].isBlank()) {
            ++i;
            continue;
        }
        const QStringView text = lines[i].text;
        const int markerEnd = bulletMarkerEnd(text);
        if (markerEnd < 0 || text.front() != bullet) {
            break;
        }
        RstIndentedBlock item = markerEnd < text.size() ? RstIndentedBlock::known(lines, i, markerEnd)
                                                        : RstIndentedBlock::firstKnown(lines, i, markerEnd);
        RstNode &listItem = list.children.emplace_back();
        listItem.kind = Kind::ListItem;
        listItem.range = m_parser.markerRange(lines[i], item.lines);
        m_parser.parseBody(item.lines, listItem, false, depth + 1);
        blankFinish = item.blankFinish;
        i = item.end;
    }
    appendList(std::move(list), parent, blankFinish, QStringLiteral("Bullet list"), lines, i);
}

bool RstListMarkup::parseEnumeratedList(const RstLines &lines, int &i, RstNode &parent, int depth)
{
    const Enumerator first = parseEnumerator(lines[i].text);
    if (!first.valid || first.ordinal < 0) {
        return false;
    }
    // docutils' is_enumerated_list_item: the next line must be blank, indented or the next item.
    const auto isListItem = [&](int at, const Enumerator &e) {
        if (at + 1 >= int(lines.size())) {
            return true;
        }
        const QStringView next = lines[at + 1].text;
        if (next.isEmpty() || next.front() == QLatin1Char(' ')) {
            return true;
        }
        const QString nextEnumerator = formatEnumerator(e.sequence, e.format, e.ordinal + 1) + QLatin1Char(' ');
        const QString autoEnumerator = formatEnumerator(EnumeratorSequence::Auto, e.format, 1) + QLatin1Char(' ');
        // docutils' make_enumerator ends both with a space: "2.|" starts no item.
        return (nextEnumerator.size() > 1 && next.startsWith(nextEnumerator)) || next.startsWith(autoEnumerator);
    };
    if (!isListItem(i, first)) {
        return false;
    }
    RstNode list;
    list.kind = Kind::EnumeratedList;
    RstNode::Attributes attributes;
    attributes.append({QStringLiteral("enumtype"), sequenceName(first.sequence)});
    attributes.append(
        {QStringLiteral("prefix"), first.format == EnumeratorFormat::Parens ? QStringLiteral("(") : QString()});
    attributes.append({QStringLiteral("suffix"),
                       first.format == EnumeratorFormat::Period ? QStringLiteral(".") : QStringLiteral(")")});
    if (first.ordinal != 1) {
        attributes.append({QStringLiteral("start"), QString::number(first.ordinal)});
        m_parser.message(MessageId::OtherMarkup, Severity::Info,
                         QStringLiteral("Enumerated list start value not ordinal-1: \"%1\" (ordinal %2)")
                             .arg(first.text)
                             .arg(first.ordinal),
                         lines[i].line);
    }
    m_parser.setListAttributes(list, std::move(attributes));
    bool blankFinish = true;
    int lastOrdinal = first.ordinal - 1;
    const bool autoList = first.sequence == EnumeratorSequence::Auto;
    // After a "#." item an explicit enumerator starts a new list, as in docutils.
    bool sawAuto = autoList;
    const int n = int(lines.size());
    while (i < n) {
        if (lines[i].isBlank()) {
            ++i;
            continue;
        }
        const Enumerator e = parseEnumerator(lines[i].text, autoList ? EnumeratorSequence::None : first.sequence);
        if (!e.valid || e.format != first.format) {
            break;
        }
        if (e.sequence != EnumeratorSequence::Auto &&
            (e.sequence != first.sequence || sawAuto || e.ordinal != lastOrdinal + 1)) {
            break;
        }
        if (!list.children.empty() && !isListItem(i, e)) {
            break;
        }
        const QStringView text = lines[i].text;
        RstIndentedBlock item = e.end < text.size() ? RstIndentedBlock::known(lines, i, e.end)
                                                    : RstIndentedBlock::firstKnown(lines, i, e.end);
        RstNode &listItem = list.children.emplace_back();
        listItem.kind = Kind::ListItem;
        listItem.range = m_parser.markerRange(lines[i], item.lines);
        m_parser.parseBody(item.lines, listItem, false, depth + 1);
        lastOrdinal = e.sequence == EnumeratorSequence::Auto ? lastOrdinal + 1 : e.ordinal;
        sawAuto = sawAuto || e.sequence == EnumeratorSequence::Auto;
        blankFinish = item.blankFinish;
        i = item.end;
    }
    appendList(std::move(list), parent, blankFinish, QStringLiteral("Enumerated list"), lines, i);
    return true;
}

void RstListMarkup::parseFieldList(const RstLines &lines, int &i, RstNode &parent, int depth)
{
    RstNode list;
    list.kind = Kind::FieldList;
    bool blankFinish = true;
    const int n = int(lines.size());
    while (i < n) {
        if (lines[i].isBlank()) {
            ++i;
            continue;
        }
        QString name;
        const int end = fieldMarkerEnd(lines[i].text, &name);
        if (end < 0) {
            break;
        }
        const RstLineRef markerLine = lines[i];
        RstIndentedBlock body = RstIndentedBlock::firstKnown(lines, i, end);
        RstNode field;
        field.kind = Kind::Field;
        field.range = {markerLine.line, markerLine.column, markerLine.line,
                       int(markerLine.column + markerLine.text.size())};
        RstNode fieldName;
        fieldName.kind = Kind::FieldName;
        fieldName.text = name;
        fieldName.range = {markerLine.line, markerLine.column + 1, markerLine.line,
                           int(markerLine.column + 1 + name.size())};
        RstLines nameLine{{markerLine.line, markerLine.column + 1, markerLine.text.mid(1, name.size())}};
        m_parser.inlineText(fieldName, nameLine);
        field.children.push_back(std::move(fieldName));
        RstNode fieldBody;
        fieldBody.kind = Kind::FieldBody;
        fieldBody.range = body.lines.empty() ? field.range : m_parser.rangeOf(body.lines);
        m_parser.parseBody(body.lines, fieldBody, false, depth + 1);
        if (!body.lines.empty()) {
            const SourceRange r = m_parser.rangeOf(body.lines);
            field.range.endLine = r.endLine;
            field.range.endColumn = r.endColumn;
        }
        field.children.push_back(std::move(fieldBody));
        list.children.push_back(std::move(field));
        blankFinish = body.blankFinish;
        i = body.end;
    }
    appendList(std::move(list), parent, blankFinish, QStringLiteral("Field list"), lines, i);
}

bool RstListMarkup::parseOptionList(const RstLines &lines, int &i, RstNode &parent, int depth)
{
    int descriptionStart = 0;
    if (!isOptionListLine(lines[i].text, &descriptionStart) ||
        RstIndentedBlock::firstKnown(lines, i, descriptionStart).lines.empty()) {
        return false;
    }
    RstNode list;
    list.kind = Kind::OptionList;
    bool blankFinish = true;
    const int n = int(lines.size());
    while (i < n) {
        if (lines[i].isBlank()) {
            ++i;
            continue;
        }
        if (!isOptionListLine(lines[i].text, &descriptionStart)) {
            break;
        }
        const RstLineRef markerLine = lines[i];
        RstIndentedBlock description = RstIndentedBlock::firstKnown(lines, i, descriptionStart);
        if (description.lines.empty()) {
            // docutils: an option without a description is not an option list item but text.
            break;
        }
        RstNode item;
        item.kind = Kind::OptionListItem;
        RstNode group;
        group.kind = Kind::OptionGroup;
        group.range = {markerLine.line, markerLine.column, markerLine.line, markerLine.column + descriptionStart};
        QString option, argument, delimiter;
        int p = 0;
        while (true) {
            const int start = p;
            p = optionEnd(markerLine.text, p, &option, &argument, &delimiter);
            RstNode node;
            node.kind = Kind::Option;
            node.range = {markerLine.line, markerLine.column + start, markerLine.line, markerLine.column + p};
            RstNode string;
            string.kind = Kind::OptionString;
            string.text = option;
            string.range = node.range;
            node.children.push_back(std::move(string));
            if (!argument.isEmpty()) {
                RstNode arg;
                arg.kind = Kind::OptionArgument;
                arg.text = argument;
                arg.editAttributes().append({QStringLiteral("delimiter"), delimiter});
                arg.range = node.range;
                node.children.push_back(std::move(arg));
            }
            group.children.push_back(std::move(node));
            if (p + 2 <= markerLine.text.size() && markerLine.text.mid(p, 2) == QLatin1String(", ")) {
                p += 2;
                continue;
            }
            break;
        }
        item.children.push_back(std::move(group));
        RstNode desc;
        desc.kind = Kind::Description;
        desc.range = description.lines.empty() ? group.range : m_parser.rangeOf(description.lines);
        m_parser.parseBody(description.lines, desc, false, depth + 1);
        item.children.push_back(std::move(desc));
        item.range = {markerLine.line, markerLine.column, item.children.back().range.endLine,
                      item.children.back().range.endColumn};
        list.children.push_back(std::move(item));
        blankFinish = description.blankFinish;
        i = description.end;
    }
    appendList(std::move(list), parent, blankFinish, QStringLiteral("Option list"), lines, i);
    return true;
}

void RstListMarkup::parseDoctest(const RstLines &lines, int &i, RstNode &parent)
{
    const int start = i;
    while (i < int(lines.size()) && !lines[i].isBlank()) {
        ++i;
    }
    RstLines block(lines.begin() + start, lines.begin() + i);
    RstNode node;
    node.kind = Kind::DoctestBlock;
    node.range = m_parser.rangeOf(block);
    node.text = m_parser.joinedText(block);
    parent.children.push_back(std::move(node));
}

void RstListMarkup::parseLineBlock(const RstLines &lines, int &i, RstNode &parent)
{
    struct LineItem
    {
        RstNode node;
        int indent; // -1: empty line, inherits
    };
    std::vector<LineItem> items;
    const int n = int(lines.size());
    const int startLine = lines[i].line;
    bool blankFinish = false;
    while (i < n) {
        const QStringView text = lines[i].text;
        if (text.isEmpty()) {
            blankFinish = true;
            break;
        }
        if (text.front() != QLatin1Char('|') || spacesOrEnd(text, 1) < 0) {
            break;
        }
        const int markerEnd = spacesOrEnd(text, 1);
        RstIndentedBlock line = RstIndentedBlock::firstKnown(lines, i, markerEnd, true);
        LineItem item;
        item.node.kind = Kind::Line;
        item.node.range = {lines[i].line, lines[i].column, lines[i].line, int(lines[i].column + text.size())};
        if (!line.lines.empty()) {
            item.node.range = m_parser.rangeOf(line.lines);
            item.node.range.startColumn = lines[i].column;
        }
        item.indent = text.trimmed() == QLatin1String("|") ? -1 : markerEnd - 2;
        m_parser.inlineText(item.node, line.lines);
        items.push_back(std::move(item));
        i = line.end;
        if (line.blankFinish && i < n && lines[i].isBlank()) {
            blankFinish = true;
            break;
        }
    }
    if (i >= n) {
        blankFinish = true;
    }
    if (!items.empty() && items.front().indent < 0) {
        items.front().indent = 0;
    }
    for (size_t k = 1; k < items.size(); ++k) {
        if (items[k].indent < 0) {
            items[k].indent = items[k - 1].indent;
        }
    }
    if (!items.empty()) {
        std::vector<std::pair<int, RstNode>> lineNodes;
        for (LineItem &item : items) {
            lineNodes.emplace_back(item.indent, std::move(item.node));
        }
        parent.children.push_back(nestLines(lineNodes));
    }
    if (!blankFinish) {
        m_parser.message(MessageId::OtherMarkup, Severity::Warning,
                         QStringLiteral("Line block ends without a blank line."), startLine + 1);
    }
}

} // namespace Specwright::Core
