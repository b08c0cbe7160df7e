// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "diagramgrid.h"

#include <QList>

#include <algorithm>

namespace Specwright::Core {

DiagramGrid DiagramGrid::fromText(const QString &text)
{
    DiagramGrid grid;
    for (QStringView line : QStringView(text).split(u'\n')) {
        grid.m_rows.push_back(cellsOf(line.contains(u'\t') ? QStringView(expandTabs(line)) : line));
    }
    return grid;
}

QString DiagramGrid::expandTabs(QStringView line)
{
    QString expanded;
    expanded.reserve(line.size());
    int column = 0;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (c == u'\t') {
            const int spaces = TabWidth - column % TabWidth;
            expanded.append(QString(spaces, u' '));
            column += spaces;
            continue;
        }
        expanded.append(c);
        // A surrogate pair is one column, like one cell.
        if (!c.isHighSurrogate() || i + 1 >= line.size() || !line.at(i + 1).isLowSurrogate()) {
            ++column;
        }
    }
    return expanded;
}

std::u32string DiagramGrid::cellsOf(QStringView text)
{
    std::u32string cells;
    cells.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            cells.push_back(QChar::surrogateToUcs4(c, text.at(i + 1)));
            ++i;
        } else {
            // Unpaired surrogates stay as they are so that export gives them back.
            cells.push_back(c.unicode());
        }
    }
    return cells;
}

QString DiagramGrid::stringOf(const std::u32string &cells)
{
    QString text;
    text.reserve(qsizetype(cells.size()));
    for (char32_t c : cells) {
        if (QChar::requiresSurrogates(c)) {
            text.append(QChar(QChar::highSurrogate(c)));
            text.append(QChar(QChar::lowSurrogate(c)));
        } else {
            text.append(QChar(char16_t(c)));
        }
    }
    return text;
}

QRect DiagramGrid::normalized(const QRect &rect)
{
    QRect r = rect;
    if (r.width() < 0) {
        r.setCoords(rect.right(), r.top(), rect.left(), r.bottom());
    }
    if (r.height() < 0) {
        r.setCoords(r.left(), rect.bottom(), r.right(), rect.top());
    }
    return r;
}

QString DiagramGrid::toText() const
{
    QString result;
    for (int row = 0; row < rowCount(); ++row) {
        if (row > 0) {
            result.append(u'\n');
        }
        result.append(stringOf(m_rows[size_t(row)].substr(0, size_t(rowWidth(row)))));
    }
    return result;
}

QString DiagramGrid::text(const QRect &region) const
{
    const QRect r = normalized(region);
    QString result;
    for (int row = r.top(); row <= r.bottom(); ++row) {
        std::u32string cells;
        if (row >= 0 && row < rowCount()) {
            const std::u32string &line = m_rows[size_t(row)];
            for (int column = r.left(); column <= r.right(); ++column) {
                cells.push_back(column >= 0 && size_t(column) < line.size() ? line[size_t(column)] : U' ');
            }
        }
        const size_t end = cells.find_last_not_of(U' ');
        cells.resize(end == std::u32string::npos ? 0 : end + 1);
        if (row > r.top()) {
            result.append(u'\n');
        }
        result.append(stringOf(cells));
    }
    return result;
}

void DiagramGrid::setRowCount(int rows)
{
    m_rows.resize(size_t(std::max(rows, 0)));
}

int DiagramGrid::rowWidth(int row) const
{
    if (row < 0 || row >= rowCount()) {
        return 0;
    }
    const std::u32string &line = m_rows[size_t(row)];
    const size_t end = line.find_last_not_of(U' ');
    return end == std::u32string::npos ? 0 : int(end + 1);
}

int DiagramGrid::width() const
{
    int widest = 0;
    for (int row = 0; row < rowCount(); ++row) {
        widest = std::max(widest, rowWidth(row));
    }
    return widest;
}

char32_t DiagramGrid::at(QPoint cell) const
{
    if (cell.y() < 0 || cell.y() >= rowCount() || cell.x() < 0) {
        return U' ';
    }
    const std::u32string &line = m_rows[size_t(cell.y())];
    return size_t(cell.x()) < line.size() ? line[size_t(cell.x())] : U' ';
}

void DiagramGrid::set(QPoint cell, char32_t character)
{
    if (cell.x() < 0 || cell.y() < 0) {
        return;
    }
    if (character == U' ' && at(cell) == U' ') {
        return;
    }
    if (cell.y() >= rowCount()) {
        m_rows.resize(size_t(cell.y()) + 1);
    }
    std::u32string &line = m_rows[size_t(cell.y())];
    if (size_t(cell.x()) >= line.size()) {
        line.resize(size_t(cell.x()) + 1, U' ');
    }
    line[size_t(cell.x())] = character;
}

} // namespace Specwright::Core
