// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "diagramshape.h"

#include "diagramgrid.h"

namespace Specwright::Core {

namespace {

using Charset = DiagramCharset;

int sign(int value)
{
    return (value > 0) - (value < 0);
}

// The direction of one step from a to b, which differ along one axis only.
Charset::Direction towards(QPoint a, QPoint b)
{
    if (b.x() > a.x()) {
        return Charset::Right;
    }
    if (b.x() < a.x()) {
        return Charset::Left;
    }
    if (b.y() > a.y()) {
        return Charset::Down;
    }
    return b.y() < a.y() ? Charset::Up : Charset::None;
}

} // namespace

DiagramShape DiagramShape::box(const QRect &rect, const QString &label)
{
    DiagramShape shape;
    shape.m_kind = Kind::Box;
    shape.m_rect = DiagramGrid::normalized(rect);
    shape.m_text = label;
    return shape;
}

DiagramShape DiagramShape::line(const QList<QPoint> &points, bool arrowAtStart, bool arrowAtEnd)
{
    QList<QPoint> path;
    for (const QPoint &p : points) {
        if (!path.isEmpty() && path.last().x() != p.x() && path.last().y() != p.y()) {
            path.append(QPoint(p.x(), path.last().y()));
        }
        if (path.isEmpty() || path.last() != p) {
            path.append(p);
        }
    }
    // Keep only the ends and the corners.
    for (qsizetype i = 1; i + 1 < path.size();) {
        const QPoint a = path.at(i - 1);
        const QPoint c = path.at(i + 1);
        const bool collinear = (a.x() == path.at(i).x() && c.x() == path.at(i).x()) ||
                               (a.y() == path.at(i).y() && c.y() == path.at(i).y());
        if (collinear && towards(a, path.at(i)) == towards(path.at(i), c)) {
            path.removeAt(i);
        } else {
            ++i;
        }
    }
    DiagramShape shape;
    shape.m_kind = arrowAtStart || arrowAtEnd ? Kind::Arrow : Kind::Line;
    shape.m_points = path;
    shape.m_arrowAtStart = arrowAtStart;
    shape.m_arrowAtEnd = arrowAtEnd;
    QRect bounds;
    for (const QPoint &p : path) {
        bounds = bounds.united(QRect(p, QSize(1, 1)));
    }
    shape.m_rect = bounds;
    return shape;
}

DiagramShape DiagramShape::routed(QPoint from, QPoint to, Elbow elbow, bool arrowAtStart, bool arrowAtEnd)
{
    const QPoint corner = elbow == Elbow::HorizontalFirst ? QPoint(to.x(), from.y()) : QPoint(from.x(), to.y());
    return line({from, corner, to}, arrowAtStart, arrowAtEnd);
}

DiagramShape DiagramShape::text(QPoint position, const QString &text)
{
    DiagramShape shape;
    shape.m_kind = Kind::Text;
    shape.m_text = text;
    shape.m_rect = QRect(position, QSize(int(DiagramGrid::cellsOf(text).size()), 1));
    return shape;
}

QList<QPoint> DiagramShape::cells() const
{
    QList<QPoint> result;
    switch (m_kind) {
    case Kind::Box:
        for (int x = m_rect.left(); x <= m_rect.right(); ++x) {
            result.append(QPoint(x, m_rect.top()));
        }
        for (int y = m_rect.top() + 1; y < m_rect.bottom(); ++y) {
            result.append(QPoint(m_rect.left(), y));
            result.append(QPoint(m_rect.right(), y));
        }
        for (int x = m_rect.left(); m_rect.height() > 1 && x <= m_rect.right(); ++x) {
            result.append(QPoint(x, m_rect.bottom()));
        }
        break;
    case Kind::Line:
    case Kind::Arrow:
        for (qsizetype i = 0; i < m_points.size(); ++i) {
            if (i == 0) {
                result.append(m_points.first());
                continue;
            }
            const QPoint step(sign(m_points.at(i).x() - m_points.at(i - 1).x()),
                              sign(m_points.at(i).y() - m_points.at(i - 1).y()));
            for (QPoint p = m_points.at(i - 1) + step; p != m_points.at(i); p += step) {
                result.append(p);
            }
            result.append(m_points.at(i));
        }
        break;
    case Kind::Text:
        for (int x = m_rect.left(); x <= m_rect.right(); ++x) {
            result.append(QPoint(x, m_rect.top()));
        }
        break;
    }
    return result;
}

DiagramCharset::Directions DiagramShape::strokesAt(QPoint cell) const
{
    Charset::Directions strokes;
    if (m_kind == Kind::Box) {
        const QRect &r = m_rect;
        if (!r.contains(cell)) {
            return strokes;
        }
        const bool top = cell.y() == r.top();
        const bool bottom = cell.y() == r.bottom();
        const bool left = cell.x() == r.left();
        const bool right = cell.x() == r.right();
        if (top || bottom) {
            strokes |=
                Charset::Directions(left ? Charset::None : Charset::Left) | (right ? Charset::None : Charset::Right);
        }
        if (left || right) {
            strokes |=
                Charset::Directions(top ? Charset::None : Charset::Up) | (bottom ? Charset::None : Charset::Down);
        }
        return strokes;
    }
    if (!isLinear()) {
        return strokes;
    }
    const QList<QPoint> path = cells();
    for (qsizetype i = 0; i < path.size(); ++i) {
        if (path.at(i) != cell) {
            continue;
        }
        if (i > 0) {
            strokes |= towards(cell, path.at(i - 1));
        }
        if (i + 1 < path.size()) {
            strokes |= towards(cell, path.at(i + 1));
        }
    }
    return strokes;
}

DiagramCharset::Direction DiagramShape::heading(bool atStart) const
{
    if (!isLinear() || m_points.size() < 2) {
        return Charset::None;
    }
    return atStart ? towards(m_points.at(1), m_points.at(0))
                   : towards(m_points.at(m_points.size() - 2), m_points.last());
}

DiagramCharset::Direction DiagramShape::arrowAt(QPoint cell) const
{
    if (m_points.size() < 2) {
        return Charset::None;
    }
    // A closed line has both ends on one cell; its end arrowhead wins, as it is drawn last.
    if (m_arrowAtEnd && cell == m_points.last()) {
        return heading(false);
    }
    if (m_arrowAtStart && cell == m_points.first()) {
        return heading(true);
    }
    return Charset::None;
}

bool DiagramShape::contains(QPoint cell) const
{
    if (m_kind == Kind::Box || m_kind == Kind::Text) {
        return m_rect.contains(cell);
    }
    return m_rect.contains(cell) && cells().contains(cell);
}

DiagramShape DiagramShape::translated(QPoint offset) const
{
    DiagramShape shape = *this;
    shape.m_rect.translate(offset);
    for (QPoint &p : shape.m_points) {
        p += offset;
    }
    return shape;
}

} // namespace Specwright::Core
