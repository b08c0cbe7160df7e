// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "rsttablemarkup.h"

#include "rstblockparser.h"
#include "rstindentedblock.h"
#include "rstmarkers.h"
#include "rsttext.h"

namespace Specwright::Core {

namespace {

using Kind = RstNode::Kind;
using Severity = RstMessage::Severity;
using MessageId = RstMessage::Id;
constexpr auto &isGridBorder = RstMarkers::isGridBorder;
constexpr auto &isSimpleBorder = RstMarkers::isSimpleBorder;

} // namespace

bool RstTableMarkup::parseGridTable(const RstLines &lines, int &i, RstNode &parent, int depth)
{
    if (!isGridBorder(lines[i].text)) {
        return false;
    }
    const int start = i;
    bool blankFinish = true;
    int end = i;
    while (end < int(lines.size()) && !lines[end].isBlank()) {
        if (end > start && lines[end].text.front() == QLatin1Char(' ')) {
            m_parser.message(MessageId::UnexpectedIndentation, Severity::Error,
                             QStringLiteral("Unexpected indentation."), lines[end].line);
            blankFinish = false;
            break;
        }
        ++end;
    }
    RstLines block(lines.begin() + start, lines.begin() + end);
    // The left edge must be '+' or '|' on every line; the table stops before the first line that is not.
    for (size_t k = 0; k < block.size(); ++k) {
        const QChar c = block[k].text.front();
        if (c != QLatin1Char('+') && c != QLatin1Char('|')) {
            blankFinish = false;
            end = start + int(k);
            block.resize(k);
            break;
        }
    }
    i = end;
    auto malformed = [&](const QString &detail) {
        const SourceRange r = m_parser.rangeOf(block);
        m_parser.message(MessageId::MalformedTable, Severity::Error,
                         detail.isEmpty() ? QStringLiteral("Malformed table.") : detail, r.startLine, 0, r.endLine,
                         r.endColumn);
    };
    if (!isGridBorder(block.back().text)) {
        blankFinish = false;
        int bottom = -1;
        for (int k = int(block.size()) - 2; k > 1; --k) {
            if (isGridBorder(block[k].text)) {
                bottom = k;
                break;
            }
        }
        if (bottom < 0) {
            malformed(QString());
            if (!blankFinish) {
                m_parser.message(MessageId::TableWithoutBlankLineAfter, Severity::Warning,
                                 QStringLiteral("Blank line required after table."),
                                 i < int(lines.size()) ? lines[i].line : lines.back().line + 1);
            }
            return true;
        }
        // docutils backs up one line too many here (previous_line(len(block) - i + 1)): it reads
        // the table's last row again, and the border after it, as what follows the table. The
        // gate reports what that makes (a line block, a malformed table), so Specwright does too.
        i = start + bottom - 1;
        block.resize(bottom + 1);
    }
    RstTableParser::Table table;
    if (block.size() == 1) {
        // A lone border line: docutils' parser finds it complete, with no cell: an empty table.
        table.range = m_parser.rangeOf(block);
    } else {
        table = RstTableParser::parseGrid(block);
    }
    if (!table.error.isEmpty()) {
        malformed(table.error);
    } else {
        buildTable(table, parent, depth);
    }
    if (!blankFinish) {
        m_parser.message(MessageId::TableWithoutBlankLineAfter, Severity::Warning,
                         QStringLiteral("Blank line required after table."),
                         i < int(lines.size()) ? lines[i].line : lines.back().line + 1);
    }
    return true;
}

bool RstTableMarkup::parseSimpleTable(const RstLines &lines, int &i, RstNode &parent, int depth)
{
    if (!isSimpleBorder(lines[i].text, true)) {
        return false;
    }
    const int start = i;
    const int limit = int(lines.size()) - 1;
    const int topLength = int(lines[start].text.trimmed().size());
    int found = 0;
    int foundAt = -1;
    int end = -1;
    for (int k = start + 1; k <= limit; ++k) {
        const QStringView text = lines[k].text;
        if (isSimpleBorder(text, false)) {
            if (text.trimmed().size() != topLength) {
                m_parser.message(
                    MessageId::MalformedTable, Severity::Error,
                    QStringLiteral("Malformed table.\nBottom/header table border does not match top border."),
                    lines[start].line, 0, lines[k].line);
                i = k + 1;
                if (k != limit && !lines[k + 1].isBlank()) {
                    m_parser.message(MessageId::TableWithoutBlankLineAfter, Severity::Warning,
                                     QStringLiteral("Blank line required after table."), lines[k + 1].line);
                }
                return true;
            }
            ++found;
            foundAt = k;
            if (found == 2 || k == limit || lines[k + 1].isBlank()) {
                end = k;
                break;
            }
        }
    }
    if (end < 0) {
        const QString extra = found ? QStringLiteral(" or no blank line after table bottom") : QString();
        const int last = found ? foundAt : limit;
        m_parser.message(MessageId::MalformedTable, Severity::Error,
                         QStringLiteral("Malformed table.\nNo bottom table border found%1.").arg(extra),
                         lines[start].line, 0, lines[last].line);
        i = last + 1;
        if (found) {
            m_parser.message(MessageId::TableWithoutBlankLineAfter, Severity::Warning,
                             QStringLiteral("Blank line required after table."),
                             i <= limit ? lines[i].line : lines[limit].line + 1);
        }
        return true;
    }
    i = end + 1;
    RstLines block(lines.begin() + start, lines.begin() + end + 1);
    RstTableParser::Table table = RstTableParser::parseSimple(block);
    if (!table.error.isEmpty()) {
        const SourceRange r = m_parser.rangeOf(block);
        m_parser.message(MessageId::MalformedTable, Severity::Error, table.error,
                         table.errorLine >= 0 ? table.errorLine : r.startLine, 0,
                         table.errorLine >= 0 ? table.errorLine : r.endLine);
    } else {
        buildTable(table, parent, depth);
    }
    if (end != limit && !lines[end + 1].isBlank()) {
        m_parser.message(MessageId::TableWithoutBlankLineAfter, Severity::Warning,
                         QStringLiteral("Blank line required after table."), lines[end + 1].line);
    }
    return true;
}

void RstTableMarkup::buildTable(const RstTableParser::Table &table, RstNode &parent, int depth)
{
    RstNode node;
    node.kind = Kind::Table;
    node.range = table.range;
    RstNode group;
    group.kind = Kind::TableGroup;
    group.range = table.range;
    group.editAttributes().append({QStringLiteral("cols"), QString::number(table.columns)});
    for (int width : table.widths) {
        RstNode spec;
        spec.kind = Kind::ColumnSpec;
        spec.range = table.range;
        spec.editAttributes().append({QStringLiteral("colwidth"), QString::number(width)});
        group.children.push_back(std::move(spec));
    }
    RstNode head;
    head.kind = Kind::TableHead;
    RstNode body;
    body.kind = Kind::TableBody;
    int currentRow = -1;
    RstNode row;
    auto flushRow = [&] {
        if (currentRow < 0) {
            return;
        }
        (currentRow < table.headRows ? head : body).children.push_back(std::move(row));
        row = RstNode();
    };
    for (const RstTableParser::Cell &cell : table.cells) {
        if (cell.row != currentRow) {
            flushRow();
            currentRow = cell.row;
            row.kind = Kind::Row;
            row.range = table.range;
        }
        RstNode entry;
        entry.kind = Kind::Entry;
        entry.range = cell.content.empty() ? table.range : m_parser.rangeOf(cell.content);
        if (cell.moreRows) {
            entry.editAttributes().append({QStringLiteral("morerows"), QString::number(cell.moreRows)});
        }
        if (cell.moreColumns) {
            entry.editAttributes().append({QStringLiteral("morecols"), QString::number(cell.moreColumns)});
        }
        m_parser.parseBody(cell.content, entry, false, depth + 1);
        row.children.push_back(std::move(entry));
    }
    flushRow();
    if (!head.children.empty()) {
        head.range = table.range;
        group.children.push_back(std::move(head));
    }
    body.range = table.range;
    group.children.push_back(std::move(body));
    node.children.push_back(std::move(group));
    parent.children.push_back(std::move(node));
}

} // namespace Specwright::Core
