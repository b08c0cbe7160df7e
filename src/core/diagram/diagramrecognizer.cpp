// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "diagramrecognizer.h"

#include "diagramgrid.h"

#include <QChar>

#include <vector>

namespace Specwright::Core {

namespace {

using Charset = DiagramCharset;
using Directions = DiagramCharset::Directions;

// The direction of a one-cell step.
Charset::Direction directionOf(QPoint step)
{
    for (Charset::Direction d : Charset::All) {
        if (Charset::step(d) == step) {
            return d;
        }
    }
    return Charset::None;
}

class Recognizer
{
public:
    explicit Recognizer(const DiagramGrid &grid)
        : m_width(grid.width())
        , m_height(grid.rowCount())
    {
        const size_t size = size_t(m_width) * size_t(m_height);
        m_cells.resize(size);
        for (int y = 0; y < m_height; ++y) {
            for (int x = 0; x < m_width; ++x) {
                m_cells[index(x, y)] = grid.at(QPoint(x, y));
            }
        }
        m_edgeH.assign(size, false);
        m_edgeV.assign(size, false);
        m_lineStrokes.assign(size, Charset::None);
        m_used.assign(size, 0);
        m_lineOwned.assign(size, false);
    }

    QList<DiagramShape> run()
    {
        findBoxes();
        findLineCells();
        traceLines();
        // findText() also labels the boxes, so it runs before they are handed out.
        const QList<DiagramShape> texts = findText();
        QList<DiagramShape> shapes = m_boxes;
        shapes.append(m_lines);
        shapes.append(texts);
        return shapes;
    }

private:
    size_t index(int x, int y) const { return size_t(y) * size_t(m_width) + size_t(x); }
    size_t index(QPoint p) const { return index(p.x(), p.y()); }
    bool inside(QPoint p) const { return p.x() >= 0 && p.y() >= 0 && p.x() < m_width && p.y() < m_height; }
    char32_t at(int x, int y) const { return inside(QPoint(x, y)) ? m_cells[index(x, y)] : U' '; }
    char32_t at(QPoint p) const { return at(p.x(), p.y()); }
    bool has(int x, int y, Directions mask) const { return (Charset::strokes(at(x, y)) & mask) == mask; }
    bool isEdge(QPoint p) const { return inside(p) && (m_edgeH[index(p)] || m_edgeV[index(p)]); }
    bool isLine(QPoint p) const { return inside(p) && m_lineStrokes[index(p)] != Charset::None; }

    // A cell that can continue a box's top or bottom edge, or its sides.
    bool horizontalEdge(int x, int y) const
    {
        const Charset::Direction arrow = Charset::arrowDirection(at(x, y));
        return has(x, y, Charset::Left | Charset::Right) || arrow == Charset::Up || arrow == Charset::Down;
    }
    bool verticalEdge(int x, int y) const
    {
        const Charset::Direction arrow = Charset::arrowDirection(at(x, y));
        return has(x, y, Charset::Up | Charset::Down) || arrow == Charset::Left || arrow == Charset::Right;
    }

    void findBoxes()
    {
        // Run lengths make each edge test O(1): boxes are searched from every corner.
        std::vector<int> hRun(m_cells.size() + 1, 0);
        for (int y = 0; y < m_height; ++y) {
            for (int x = m_width - 1; x >= 0; --x) {
                hRun[index(x, y)] = horizontalEdge(x, y) ? 1 + (x + 1 < m_width ? hRun[index(x + 1, y)] : 0) : 0;
            }
        }
        for (int y = 0; y < m_height; ++y) {
            for (int x = 0; x < m_width; ++x) {
                if (has(x, y, Charset::Right | Charset::Down)) {
                    findBoxAt(x, y, hRun);
                }
            }
        }
        for (const DiagramShape &box : m_boxes) {
            const QRect r = box.rect();
            for (const QPoint &p : box.cells()) {
                if (p.y() == r.top() || p.y() == r.bottom()) {
                    m_edgeH[index(p)] = true;
                }
                if (p.x() == r.left() || p.x() == r.right()) {
                    m_edgeV[index(p)] = true;
                }
            }
        }
    }

    void findBoxAt(int x, int y, const std::vector<int> &hRun)
    {
        for (int x2 = x + 1; x2 < m_width; ++x2) {
            if (has(x2, y, Charset::Left | Charset::Down)) {
                for (int y2 = y + 1; y2 < m_height; ++y2) {
                    if (has(x, y2, Charset::Up | Charset::Right) && has(x2, y2, Charset::Up | Charset::Left) &&
                        (x2 == x + 1 || hRun[index(x + 1, y2)] >= x2 - x - 1)) {
                        // The smallest rectangle is the box; one without an inside (two boxes stacked edge on
                        // edge) is none, and must not make a larger box through the next corner either.
                        if (x2 >= x + 2 && y2 >= y + 2) {
                            m_boxes.append(DiagramShape::box(QRect(QPoint(x, y), QPoint(x2, y2))));
                        }
                        return;
                    }
                    if (!verticalEdge(x, y2) || !verticalEdge(x2, y2)) {
                        break;
                    }
                }
            }
            if (!horizontalEdge(x2, y)) {
                return;
            }
        }
    }

    // The strokes a box edge cell offers to a line: its glyph's, or an arrowhead's tail.
    Directions edgeStrokes(QPoint p) const
    {
        const Charset::Direction arrow = Charset::arrowDirection(at(p));
        return arrow != Charset::None ? Directions(Charset::opposite(arrow)) : Charset::strokes(at(p));
    }

    void findLineCells()
    {
        for (int y = 0; y < m_height; ++y) {
            for (int x = 0; x < m_width; ++x) {
                const QPoint p(x, y);
                if (isEdge(p)) {
                    continue;
                }
                const Directions strokes = Charset::strokes(at(p));
                if (strokes != Charset::None) {
                    m_lineStrokes[index(p)] = strokes;
                    continue;
                }
                const Charset::Direction arrow = Charset::arrowDirection(at(p));
                if (arrow == Charset::None) {
                    continue;
                }
                // An arrowhead needs a line behind it, and "v" is a letter unless it stands alone.
                const QPoint behind = p + Charset::step(Charset::opposite(arrow));
                if (!(Charset::strokes(at(behind)) & arrow)) {
                    continue;
                }
                if (at(p) == U'v' && (QChar::isLetterOrNumber(at(x - 1, y)) || QChar::isLetterOrNumber(at(x + 1, y)))) {
                    continue;
                }
                m_lineStrokes[index(p)] = Charset::opposite(arrow);
            }
        }
    }

    bool connected(QPoint p, Charset::Direction d) const
    {
        const QPoint q = p + Charset::step(d);
        if (!inside(q)) {
            return false;
        }
        const Charset::Direction back = Charset::opposite(d);
        if (isLine(p)) {
            if (!(m_lineStrokes[index(p)] & d)) {
                return false;
            }
            if (isLine(q)) {
                return m_lineStrokes[index(q)] & back;
            }
            // A line meets a box edge across it, where the edge has a junction or arrowhead facing it.
            return isEdge(q) && (Charset::isHorizontal(d) ? m_edgeV[index(q)] : m_edgeH[index(q)]) &&
                   (edgeStrokes(q) & back);
        }
        return isEdge(p) && isLine(q) && connected(q, back);
    }

    int degree(QPoint p) const
    {
        int n = 0;
        for (Charset::Direction d : Charset::All) {
            n += connected(p, d) ? 1 : 0;
        }
        return n;
    }

    bool used(QPoint p, Charset::Direction d) const { return m_used[index(p)] & d; }
    void use(QPoint p, Charset::Direction d) { m_used[index(p)] |= d; }

    // Whether a line can start at p going d: p is its end, not a point it passes through.
    bool startsAt(QPoint p, Charset::Direction d) const
    {
        if (isEdge(p)) {
            return true;
        }
        const int n = degree(p);
        return n == 1 || (n >= 3 && !connected(p, Charset::opposite(d)));
    }

    void traceLines()
    {
        // Open lines first, from their ends; what is left over are closed loops.
        for (bool loops : {false, true}) {
            for (int y = 0; y < m_height; ++y) {
                for (int x = 0; x < m_width; ++x) {
                    const QPoint p(x, y);
                    if (!isLine(p) && !isEdge(p)) {
                        continue;
                    }
                    for (Charset::Direction d : {Charset::Right, Charset::Down, Charset::Left, Charset::Up}) {
                        if (!used(p, d) && connected(p, d) && (loops || startsAt(p, d))) {
                            trace(p, d);
                        }
                    }
                }
            }
        }
    }

    void trace(QPoint start, Charset::Direction d)
    {
        QList<QPoint> path{start};
        QPoint current = start;
        while (true) {
            const QPoint next = current + Charset::step(d);
            use(current, d);
            use(next, Charset::opposite(d));
            current = next;
            path.append(current);
            if (isEdge(current)) {
                break;
            }
            const int n = degree(current);
            Charset::Direction onward = Charset::None;
            if (n == 2) {
                for (Charset::Direction e : Charset::All) {
                    if (e != Charset::opposite(d) && connected(current, e)) {
                        onward = e;
                    }
                }
            } else if (n >= 3 && connected(current, d)) {
                onward = d;
            }
            if (onward == Charset::None || used(current, onward)) {
                break;
            }
            d = onward;
        }
        addLine(path);
    }

    void addLine(const QList<QPoint> &path)
    {
        const QPoint last = path.last();
        const Charset::Direction startHeading = directionOf(path.first() - path.at(1));
        const Charset::Direction endHeading = directionOf(last - path.at(path.size() - 2));
        const bool arrowAtStart = Charset::arrowDirection(at(path.first())) == startHeading;
        const bool arrowAtEnd = Charset::arrowDirection(at(last)) == endHeading;
        const DiagramShape line = DiagramShape::line(path, arrowAtStart, arrowAtEnd);
        const bool horizontal = line.rect().height() == 1;
        const bool significant =
            line.isLinear() &&
            (line.kind() == DiagramShape::Kind::Arrow || line.points().size() > 2 || isEdge(path.first()) ||
             isEdge(last) || degree(path.first()) >= 3 || degree(last) >= 3 || path.size() >= (horizontal ? 3 : 2));
        if (!significant) {
            return;
        }
        for (const QPoint &p : path) {
            m_lineOwned[index(p)] = true;
        }
        m_lines.append(line);
    }

    QList<DiagramShape> findText()
    {
        // Each cell inside a box belongs to the smallest box around it: that box's label.
        std::vector<int> container(m_cells.size(), -1);
        for (qsizetype i = 0; i < m_boxes.size(); ++i) {
            const QRect r = m_boxes.at(i).rect();
            const qint64 area = qint64(r.width()) * r.height();
            for (int y = r.top() + 1; y < r.bottom(); ++y) {
                for (int x = r.left() + 1; x < r.right(); ++x) {
                    int &owner = container[index(x, y)];
                    if (owner < 0 ||
                        area < qint64(m_boxes.at(owner).rect().width()) * m_boxes.at(owner).rect().height()) {
                        owner = int(i);
                    }
                }
            }
        }
        auto isText = [&](int x, int y, int box) {
            const QPoint p(x, y);
            return inside(p) && at(p) != U' ' && !isEdge(p) && !m_lineOwned[index(p)] && container[index(p)] == box;
        };
        for (qsizetype i = 0; i < m_boxes.size(); ++i) {
            const QRect r = m_boxes.at(i).rect();
            QStringList label;
            for (int y = r.top() + 1; y < r.bottom(); ++y) {
                std::u32string row;
                for (int x = r.left() + 1; x < r.right(); ++x) {
                    row.push_back(isText(x, y, int(i)) ? at(x, y) : U' ');
                }
                const QString line = DiagramGrid::stringOf(row).trimmed();
                if (!line.isEmpty()) {
                    label.append(line);
                }
            }
            m_boxes[i] = DiagramShape::box(r, label.join(u'\n'));
        }
        QList<DiagramShape> texts;
        for (int y = 0; y < m_height; ++y) {
            for (int x = 0; x < m_width; ++x) {
                if (!isText(x, y, -1)) {
                    continue;
                }
                const int start = x;
                std::u32string run;
                while (isText(x, y, -1) || (at(x, y) == U' ' && isText(x + 1, y, -1))) {
                    run.push_back(at(x, y));
                    ++x;
                }
                texts.append(DiagramShape::text(QPoint(start, y), DiagramGrid::stringOf(run)));
            }
        }
        return texts;
    }

    int m_width = 0;
    int m_height = 0;
    std::vector<char32_t> m_cells;
    std::vector<bool> m_edgeH;
    std::vector<bool> m_edgeV;
    std::vector<Directions> m_lineStrokes;
    std::vector<unsigned char> m_used;
    std::vector<bool> m_lineOwned;
    QList<DiagramShape> m_boxes;
    QList<DiagramShape> m_lines;
};

} // namespace

QList<DiagramShape> DiagramRecognizer::recognize(const DiagramGrid &grid)
{
    return Recognizer(grid).run();
}

} // namespace Specwright::Core
