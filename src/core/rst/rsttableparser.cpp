// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "rsttableparser.h"

#include <QMap>

#include <algorithm>

namespace Specwright::Core {

namespace {

QChar charAt(const RstLines &lines, int row, int column)
{
    if (row < 0 || row >= int(lines.size()) || column < 0 || column >= lines[row].text.size()) {
        return QLatin1Char(' ');
    }
    return lines[row].text.at(column);
}

QStringView rstripped(QStringView text)
{
    while (!text.isEmpty() && text.back().isSpace()) {
        text.chop(1);
    }
    return text;
}

// The text of a rectangular area, indentation common to its lines removed
// and leading/trailing blank lines kept out (docutils' get_2D_block).
RstLines block2D(const RstLines &lines, int top, int left, int bottom, int right)
{
    RstLines block;
    int indent = INT_MAX;
    for (int row = top; row < bottom; ++row) {
        const RstLineRef &line = lines[row];
        QStringView text = left < line.text.size() ? line.text.mid(left) : QStringView();
        if (right >= 0 && text.size() > right - left) {
            text = text.left(right - left);
        }
        text = rstripped(text);
        block.push_back({line.line, line.column + left, text});
        if (!text.isEmpty()) {
            int n = 0;
            while (n < text.size() && text.at(n) == QLatin1Char(' ')) {
                ++n;
            }
            indent = std::min(indent, n);
        }
    }
    if (indent != INT_MAX && indent > 0) {
        for (RstLineRef &line : block) {
            line = line.mid(indent);
        }
    }
    while (!block.empty() && block.front().isBlank()) {
        block.erase(block.begin());
    }
    while (!block.empty() && block.back().isBlank()) {
        block.pop_back();
    }
    return block;
}

class GridScanner
{
public:
    explicit GridScanner(const RstLines &lines)
        : m_lines(lines)
        , m_bottom(int(lines.size()) - 1)
        , m_right(int(lines.front().text.size()) - 1)
        , m_done(m_right + 1, -1)
    {
    }

    struct Found
    {
        int top, left, bottom, right;
    };

    std::vector<Found> cells;
    QMap<int, bool> rowSeparators{{0, true}};
    QMap<int, bool> columnSeparators{{0, true}};

    bool parse()
    {
        std::vector<std::pair<int, int>> corners{{0, 0}};
        while (!corners.empty()) {
            const auto [top, left] = corners.front();
            corners.erase(corners.begin());
            if (top == m_bottom || left == m_right || top <= m_done[left]) {
                continue;
            }
            int bottom = 0;
            int right = 0;
            if (!scanCell(top, left, bottom, right)) {
                continue;
            }
            for (int column = left; column < right; ++column) {
                m_done[column] = bottom - 1;
            }
            cells.push_back({top, left, bottom, right});
            corners.emplace_back(top, right);
            corners.emplace_back(bottom, left);
            std::sort(corners.begin(), corners.end());
        }
        // Complete when every column was covered down to the bottom border.
        for (int column = 0; column < m_right; ++column) {
            if (m_done[column] != m_bottom - 1) {
                return false;
            }
        }
        return true;
    }

private:
    bool scanCell(int top, int left, int &bottom, int &right)
    {
        if (charAt(m_lines, top, left) != QLatin1Char('+')) {
            return false;
        }
        QMap<int, bool> rowSeps;
        QMap<int, bool> colSeps;
        for (int i = left + 1; i <= m_right; ++i) {
            const QChar c = charAt(m_lines, top, i);
            if (c == QLatin1Char('+')) {
                colSeps.insert(i, true);
                if (scanDown(top, left, i, bottom, rowSeps, colSeps)) {
                    right = i;
                    for (auto it = rowSeps.cbegin(); it != rowSeps.cend(); ++it) {
                        rowSeparators.insert(it.key(), true);
                    }
                    for (auto it = colSeps.cbegin(); it != colSeps.cend(); ++it) {
                        columnSeparators.insert(it.key(), true);
                    }
                    return true;
                }
            } else if (c != QLatin1Char('-')) {
                return false;
            }
        }
        return false;
    }

    bool scanDown(int top, int left, int right, int &bottom, QMap<int, bool> &rowSeps, QMap<int, bool> &colSeps)
    {
        for (int i = top + 1; i <= m_bottom; ++i) {
            const QChar c = charAt(m_lines, i, right);
            if (c == QLatin1Char('+')) {
                rowSeps.insert(i, true);
                if (scanLeft(top, left, i, right, rowSeps, colSeps)) {
                    bottom = i;
                    return true;
                }
            } else if (c != QLatin1Char('|')) {
                return false;
            }
        }
        return false;
    }

    bool scanLeft(int top, int left, int bottom, int right, QMap<int, bool> &rowSeps, QMap<int, bool> &colSeps)
    {
        QMap<int, bool> newColSeps;
        for (int i = right - 1; i > left; --i) {
            const QChar c = charAt(m_lines, bottom, i);
            if (c == QLatin1Char('+')) {
                newColSeps.insert(i, true);
            } else if (c != QLatin1Char('-')) {
                return false;
            }
        }
        if (charAt(m_lines, bottom, left) != QLatin1Char('+')) {
            return false;
        }
        QMap<int, bool> newRowSeps;
        for (int i = bottom - 1; i > top; --i) {
            const QChar c = charAt(m_lines, i, left);
            if (c == QLatin1Char('+')) {
                newRowSeps.insert(i, true);
            } else if (c != QLatin1Char('|')) {
                return false;
            }
        }
        for (auto it = newRowSeps.cbegin(); it != newRowSeps.cend(); ++it) {
            rowSeps.insert(it.key(), true);
        }
        for (auto it = newColSeps.cbegin(); it != newColSeps.cend(); ++it) {
            colSeps.insert(it.key(), true);
        }
        return true;
    }

    const RstLines &m_lines;
    int m_bottom;
    int m_right;
    std::vector<int> m_done;
};

QString multipleSeparators(int first, int second)
{
    return QStringLiteral("Malformed table.\nMultiple head/body row separators (table lines %1 and %2); only one "
                          "allowed.")
        .arg(first + 1)
        .arg(second + 1);
}

SourceRange rangeOfLines(const RstLines &lines)
{
    if (lines.empty()) {
        return {};
    }
    return {lines.front().line, lines.front().column, lines.back().line,
            int(lines.back().column + lines.back().text.size())};
}

} // namespace

RstTableParser::Table RstTableParser::parseGrid(const RstLines &input)
{
    Table table;
    table.range = rangeOfLines(input);
    if (input.size() < 2) {
        table.error = QStringLiteral("Malformed table.");
        return table;
    }
    // The head/body separator uses '='; scan it as a normal border.
    RstLines lines = input;
    int headSeparator = -1;
    for (size_t i = 0; i < lines.size(); ++i) {
        const QStringView text = lines[i].text;
        const bool headBorder =
            text.size() > 2 && text.startsWith(QLatin1String("+=")) && rstripped(text).endsWith(QLatin1String("=+"));
        if (headBorder) {
            if (headSeparator >= 0) {
                table.error = multipleSeparators(headSeparator, int(i));
                return table;
            }
            headSeparator = int(i);
            QString copy = text.toString();
            copy.replace(QLatin1Char('='), QLatin1Char('-'));
            table.rewrittenLines.push_back(copy);
        }
    }
    if (headSeparator >= 0) {
        lines[headSeparator].text = QStringView(table.rewrittenLines.front());
        if (headSeparator == int(lines.size()) - 1) {
            table.error = QStringLiteral("Malformed table.\nNo body rows; only header rows.");
            return table;
        }
    }
    const int width = int(rstripped(lines.front().text).size());
    for (RstLineRef &line : lines) {
        line.text = rstripped(line.text);
        if (line.text.size() != width) {
            table.error = QStringLiteral("Malformed table.");
            return table;
        }
    }
    GridScanner scanner(lines);
    if (!scanner.parse()) {
        table.error = QStringLiteral("Malformed table.\nMalformed table; parse incomplete.");
        return table;
    }
    const QList<int> rowSeps = scanner.rowSeparators.keys();
    const QList<int> colSeps = scanner.columnSeparators.keys();
    table.rows = int(rowSeps.size()) - 1;
    table.columns = int(colSeps.size()) - 1;
    for (int i = 1; i < colSeps.size(); ++i) {
        table.widths.push_back(colSeps[i] - colSeps[i - 1] - 1);
    }
    for (const auto &found : scanner.cells) {
        Cell cell;
        cell.row = int(rowSeps.indexOf(found.top));
        cell.column = int(colSeps.indexOf(found.left));
        cell.moreRows = int(rowSeps.indexOf(found.bottom)) - cell.row - 1;
        cell.moreColumns = int(colSeps.indexOf(found.right)) - cell.column - 1;
        cell.content = block2D(lines, found.top + 1, found.left + 1, found.bottom, found.right);
        table.cells.push_back(std::move(cell));
    }
    std::sort(table.cells.begin(), table.cells.end(),
              [](const Cell &a, const Cell &b) { return std::tie(a.row, a.column) < std::tie(b.row, b.column); });
    if (headSeparator >= 0) {
        table.headRows = int(rowSeps.indexOf(headSeparator));
    }
    return table;
}

RstTableParser::Table RstTableParser::parseSimple(const RstLines &input)
{
    Table table;
    table.range = rangeOfLines(input);
    RstLines lines = input;
    for (RstLineRef &line : lines) {
        line.text = rstripped(line.text);
    }
    auto isBorder = [](QStringView text, QChar c) {
        if (text.isEmpty() || text.front() != c) {
            return false;
        }
        for (QChar ch : text) {
            if (ch != c && ch != QLatin1Char(' ')) {
                return false;
            }
        }
        return true;
    };
    auto parseColumns = [](QStringView text, QChar c) {
        std::vector<std::pair<int, int>> columns;
        int end = 0;
        while (true) {
            const int begin = int(text.indexOf(c, end));
            if (begin < 0) {
                break;
            }
            end = int(text.indexOf(QLatin1Char(' '), begin));
            if (end < 0) {
                end = int(text.size());
            }
            columns.emplace_back(begin, end);
        }
        return columns;
    };

    // The closing border is the last line; one '=' border in between separates head from body.
    const std::vector<std::pair<int, int>> columns = parseColumns(lines.front().text, QLatin1Char('='));
    const int borderEnd = columns.back().second;
    lines.pop_back();
    int headSeparator = -1;
    for (size_t i = 1; i < lines.size(); ++i) {
        if (isBorder(lines[i].text, QLatin1Char('='))) {
            if (headSeparator >= 0) {
                table.error = multipleSeparators(headSeparator, int(i));
                return table;
            }
            headSeparator = int(i);
        }
    }
    table.columns = int(columns.size());
    for (const auto &column : columns) {
        table.widths.push_back(column.second - column.first);
    }

    struct PendingRow
    {
        int start;
        int end;
        int spanLine; // -1: no span line
    };
    std::vector<PendingRow> rows;
    const auto [firstStart, firstEnd] = columns.front();
    int start = 1;
    bool textFound = false;
    for (int offset = 1; offset < int(lines.size()); ++offset) {
        const QStringView text = lines[offset].text;
        const bool separator = offset == headSeparator;
        if (separator || isBorder(text, QLatin1Char('-'))) {
            rows.push_back({start, offset, offset});
            start = offset + 1;
            textFound = false;
        } else if (!text.mid(firstStart, firstEnd - firstStart).trimmed().isEmpty()) {
            if (textFound && offset != start) {
                rows.push_back({start, offset, -1});
            }
            start = offset;
            textFound = true;
        } else if (!textFound) {
            start = offset + 1;
        }
    }
    // The bottom border closes a row too, as every border and span line does in docutils, even
    // one with no text line since the last: three borders make an empty head row and body row.
    rows.push_back({start, int(lines.size()), -1});

    int rowIndex = 0;
    for (const PendingRow &row : rows) {
        std::vector<std::pair<int, int>> rowColumns = columns;
        if (row.spanLine >= 0 && row.spanLine != headSeparator) {
            rowColumns = parseColumns(lines[row.spanLine].text, QLatin1Char('-'));
            if (rowColumns.empty() || rowColumns.back().second != borderEnd) {
                table.error =
                    QStringLiteral("Malformed table.\nColumn span incomplete in table line %1.").arg(row.spanLine + 1);
                return table;
            }
        }
        // Text of the last column may run past the border; text in a margin is an error.
        for (int l = row.start; l < row.end; ++l) {
            const QStringView text = lines[l].text;
            for (size_t c = 0; c + 1 < rowColumns.size(); ++c) {
                const int gapStart = rowColumns[c].second;
                const int gapEnd = rowColumns[c + 1].first;
                if (!text.mid(gapStart, gapEnd - gapStart).trimmed().isEmpty()) {
                    table.error =
                        QStringLiteral("Malformed table.\nText in column margin in table line %1.").arg(l + 1);
                    table.errorLine = lines[l].line;
                    return table;
                }
            }
        }
        for (size_t c = 0; c < rowColumns.size(); ++c) {
            Cell cell;
            cell.row = rowIndex;
            // Map the span's start to an original column.
            int column = 0;
            while (column < int(columns.size()) && columns[column].first < rowColumns[c].first) {
                ++column;
            }
            int lastColumn = column;
            while (lastColumn + 1 < int(columns.size()) && columns[lastColumn + 1].first < rowColumns[c].second) {
                ++lastColumn;
            }
            cell.column = column;
            cell.moreColumns = lastColumn - column;
            const int right = c + 1 == rowColumns.size() ? -1 : rowColumns[c].second;
            cell.content = block2D(lines, row.start, rowColumns[c].first, row.end, right);
            table.cells.push_back(std::move(cell));
        }
        ++rowIndex;
        if (row.spanLine >= 0 && row.spanLine == headSeparator) {
            table.headRows = rowIndex;
        }
    }
    table.rows = rowIndex;
    return table;
}

} // namespace Specwright::Core
