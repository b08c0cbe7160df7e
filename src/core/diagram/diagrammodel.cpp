// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "diagrammodel.h"

#include "diagramrecognizer.h"

#include <QChar>
#include <QSet>

#include <algorithm>

namespace Specwright::Core {

namespace {

using Charset = DiagramCharset;
using Directions = DiagramCharset::Directions;

// The strokes of the glyph at cell. An Ascii "+" has the strokes of the neighbours that reach back to it.
Directions strokesIn(const DiagramGrid &grid, QPoint cell)
{
    const char32_t c = grid.at(cell);
    if (c != U'+') {
        return Charset::strokes(c);
    }
    Directions joined;
    for (Charset::Direction d : Charset::All) {
        const char32_t next = grid.at(cell + Charset::step(d));
        if ((Charset::strokes(next) & Charset::opposite(d)) || Charset::arrowDirection(next) == d) {
            joined |= d;
        }
    }
    return joined;
}

// A line from start to end leaving each end along the axis it left by before: one corner when the
// axes differ, a Z through the middle when they agree (which is straight when the ends line up).
DiagramShape reroute(QPoint start, bool startHorizontal, QPoint end, bool endHorizontal, bool arrowAtStart,
                     bool arrowAtEnd)
{
    QList<QPoint> points{start};
    if (startHorizontal != endHorizontal) {
        points.append(startHorizontal ? QPoint(end.x(), start.y()) : QPoint(start.x(), end.y()));
    } else if (startHorizontal) {
        const int middle = start.x() + (end.x() - start.x()) / 2;
        points.append({QPoint(middle, start.y()), QPoint(middle, end.y())});
    } else {
        const int middle = start.y() + (end.y() - start.y()) / 2;
        points.append({QPoint(start.x(), middle), QPoint(end.x(), middle)});
    }
    points.append(end);
    return DiagramShape::line(points, arrowAtStart, arrowAtEnd);
}

// value within [low, high] where that range is not empty, else within [outerLow, outerHigh].
int clampInto(int value, int low, int high, int outerLow, int outerHigh)
{
    if (low > high) {
        low = outerLow;
        high = outerHigh;
    }
    return std::max(low, std::min(high, value));
}

// Whether p lies on the side of r that a line heading towards `heading` runs into.
bool onSide(const QRect &r, QPoint p, Charset::Direction heading)
{
    switch (heading) {
    case Charset::Down:
        return p.y() == r.top() && p.x() >= r.left() && p.x() <= r.right();
    case Charset::Up:
        return p.y() == r.bottom() && p.x() >= r.left() && p.x() <= r.right();
    case Charset::Right:
        return p.x() == r.left() && p.y() >= r.top() && p.y() <= r.bottom();
    case Charset::Left:
        return p.x() == r.right() && p.y() >= r.top() && p.y() <= r.bottom();
    case Charset::None:
        break;
    }
    return false;
}

bool isPlaceable(QPoint p)
{
    return p.x() >= 0 && p.y() >= 0;
}

} // namespace

DiagramModel::DiagramModel(const QString &text)
{
    setText(text);
}

void DiagramModel::setText(const QString &text)
{
    m_grid = DiagramGrid::fromText(text);
    m_charset = Charset::Style::Ascii;
    for (int y = 0; y < m_grid.rowCount() && m_charset == Charset::Style::Ascii; ++y) {
        for (int x = 0; x < m_grid.rowWidth(y); ++x) {
            if (Charset::isUnicodeGlyph(m_grid.at(QPoint(x, y)))) {
                m_charset = Charset::Style::Unicode;
                break;
            }
        }
    }
    recognize();
}

void DiagramModel::recognize()
{
    m_shapes = DiagramRecognizer::recognize(m_grid);
    m_owners.clear();
    for (qsizetype i = 0; i < m_shapes.size(); ++i) {
        for (const QPoint &p : m_shapes.at(i).cells()) {
            m_owners[p].append(int(i));
        }
    }
}

DiagramModel::Overflow DiagramModel::overflow() const
{
    Overflow result;
    result.usableWidth = usableWidth();
    for (int y = 0; y < m_grid.rowCount(); ++y) {
        const int width = m_grid.rowWidth(y);
        result.width = std::max(result.width, width);
        if (width > result.usableWidth) {
            result.rows.append(y);
        }
    }
    return result;
}

bool DiagramModel::isStroke(QPoint cell) const
{
    const QList<int> owners = m_owners.value(cell);
    return std::any_of(owners.cbegin(), owners.cend(),
                       [this](int i) { return m_shapes.at(i).kind() != DiagramShape::Kind::Text; });
}

int DiagramModel::shapeAt(QPoint cell) const
{
    for (int i : m_owners.value(cell)) {
        if (m_shapes.at(i).kind() != DiagramShape::Kind::Box) {
            return i;
        }
    }
    int best = -1;
    qint64 bestArea = 0;
    for (qsizetype i = 0; i < m_shapes.size(); ++i) {
        const DiagramShape &shape = m_shapes.at(i);
        const qint64 area = qint64(shape.rect().width()) * shape.rect().height();
        if (shape.kind() == DiagramShape::Kind::Box && shape.rect().contains(cell) && (best < 0 || area < bestArea)) {
            best = int(i);
            bestArea = area;
        }
    }
    return best;
}

QList<int> DiagramModel::shapesIn(const QRect &region) const
{
    const QRect r = DiagramGrid::normalized(region);
    QList<int> result;
    for (qsizetype i = 0; i < m_shapes.size(); ++i) {
        if (r.contains(m_shapes.at(i).rect())) {
            result.append(int(i));
        }
    }
    return result;
}

QList<int> DiagramModel::nestedIn(int box) const
{
    QList<int> result;
    const QRect r = m_shapes.at(box).rect();
    for (qsizetype i = 0; i < m_shapes.size(); ++i) {
        if (i != box && r.contains(m_shapes.at(i).rect())) {
            result.append(int(i));
        }
    }
    return result;
}

QList<DiagramModel::Attachment> DiagramModel::attachments(int box) const
{
    QList<Attachment> result;
    const QRect r = m_shapes.at(box).rect();
    const QList<int> nested = nestedIn(box);
    for (qsizetype i = 0; i < m_shapes.size(); ++i) {
        const DiagramShape &line = m_shapes.at(i);
        if (!line.isLinear() || nested.contains(int(i))) {
            continue;
        }
        for (bool atStart : {true, false}) {
            const QPoint end = atStart ? line.points().first() : line.points().last();
            const Charset::Direction heading = line.heading(atStart);
            for (bool onEdge : {true, false}) {
                if (onSide(r, onEdge ? end : end + Charset::step(heading), heading)) {
                    result.append({int(i), atStart, onEdge, heading});
                    break;
                }
            }
        }
    }
    return result;
}

bool DiagramModel::isAnchored(int line, bool atStart, int box) const
{
    const DiagramShape &shape = m_shapes.at(line);
    const QPoint end = atStart ? shape.points().first() : shape.points().last();
    const Charset::Direction heading = shape.heading(atStart);
    for (qsizetype i = 0; i < m_shapes.size(); ++i) {
        const DiagramShape &other = m_shapes.at(i);
        if (i == box || i == line || other.kind() != DiagramShape::Kind::Box) {
            continue;
        }
        if (onSide(other.rect(), end, heading) || onSide(other.rect(), end + Charset::step(heading), heading)) {
            return true;
        }
    }
    for (int owner : m_owners.value(end)) {
        if (owner != line && owner != box && m_shapes.at(owner).kind() != DiagramShape::Kind::Text) {
            return true;
        }
    }
    return false;
}

QList<int> DiagramModel::attachedLines(int box) const
{
    QList<int> result;
    if (box < 0 || box >= m_shapes.size() || m_shapes.at(box).kind() != DiagramShape::Kind::Box) {
        return result;
    }
    for (const Attachment &a : attachments(box)) {
        if (!result.contains(a.line)) {
            result.append(a.line);
        }
    }
    return result;
}

DiagramPatch DiagramModel::apply(const DiagramEdit &edit)
{
    DiagramPatch patch;
    patch.rowsBefore = m_grid.rowCount();
    patch.rowsAfter = patch.rowsBefore;
    patch.charsetBefore = m_charset;
    patch.charsetAfter = m_charset;
    DiagramGrid work = m_grid;
    if (!perform(edit, work)) {
        return patch;
    }
    if (edit.kind == DiagramEdit::Kind::ConvertCharset) {
        patch.charsetAfter = edit.style;
    }
    patch.rowsAfter = work.rowCount();
    for (int y = 0; y < std::max(m_grid.rowCount(), work.rowCount()); ++y) {
        const int width = std::max(m_grid.rowWidth(y), work.rowWidth(y));
        for (int x = 0; x < width; ++x) {
            const QPoint p(x, y);
            if (m_grid.at(p) != work.at(p)) {
                patch.cells.append({p, m_grid.at(p), work.at(p)});
            }
        }
    }
    if (!patch.isEmpty()) {
        m_grid = std::move(work);
        m_charset = patch.charsetAfter;
        recognize();
    }
    return patch;
}

void DiagramModel::undo(const DiagramPatch &patch)
{
    for (const DiagramPatch::Cell &cell : patch.cells) {
        m_grid.set(cell.position, cell.before);
    }
    m_grid.setRowCount(patch.rowsBefore);
    m_charset = patch.charsetBefore;
    recognize();
}

void DiagramModel::redo(const DiagramPatch &patch)
{
    for (const DiagramPatch::Cell &cell : patch.cells) {
        m_grid.set(cell.position, cell.after);
    }
    m_grid.setRowCount(patch.rowsAfter);
    m_charset = patch.charsetAfter;
    recognize();
}

bool DiagramModel::perform(const DiagramEdit &edit, DiagramGrid &work)
{
    using Kind = DiagramEdit::Kind;
    switch (edit.kind) {
    case Kind::DrawBox: {
        const QRect r = DiagramGrid::normalized(edit.rect);
        if (r.width() < 3 || r.height() < 3 || !isPlaceable(r.topLeft())) {
            return false;
        }
        draw(DiagramShape::box(r), work);
        return true;
    }
    case Kind::DrawLine:
        if (edit.from == edit.to || !isPlaceable(edit.from) || !isPlaceable(edit.to)) {
            return false;
        }
        draw(DiagramShape::routed(edit.from, edit.to, edit.elbow, edit.arrowAtStart, edit.arrowAtEnd), work);
        return true;
    case Kind::WriteText: {
        if (edit.text.isEmpty() || !isPlaceable(edit.from)) {
            return false;
        }
        const QList<QStringView> rows = QStringView(edit.text).split(u'\n');
        for (qsizetype row = 0; row < rows.size(); ++row) {
            // Tab stops count from the diagram's first column, not from where the text starts.
            const QString indent(edit.from.x(), u' ');
            const std::u32string cells =
                DiagramGrid::cellsOf(DiagramGrid::expandTabs(QString(indent + rows.at(row))).mid(indent.size()));
            for (size_t k = 0; k < cells.size(); ++k) {
                const QPoint cell = edit.from + QPoint(int(k), int(row));
                if (edit.keepShapes && isStroke(cell)) {
                    return false; // typing never changes a box, a line or an arrow
                }
                work.set(cell, cells[k]);
            }
        }
        return true;
    }
    case Kind::Freehand:
        if (edit.cells.isEmpty() || !QChar::isPrint(edit.character)) {
            return false;
        }
        for (const QPoint &p : edit.cells) {
            work.set(p, edit.character);
        }
        return true;
    case Kind::Erase: {
        const QRect r = DiagramGrid::normalized(edit.rect);
        for (int y = r.top(); y <= r.bottom(); ++y) {
            for (int x = r.left(); x <= r.right(); ++x) {
                work.set(QPoint(x, y), U' ');
            }
        }
        return !r.isEmpty();
    }
    case Kind::MoveShape: {
        const int i = int(m_shapes.indexOf(edit.shape));
        if (i < 0 || edit.offset.isNull()) {
            return false;
        }
        if (edit.shape.kind() == DiagramShape::Kind::Box) {
            return relocateBox(i, edit.shape.rect().translated(edit.offset), work);
        }
        const DiagramShape moved = edit.shape.translated(edit.offset);
        if (!isPlaceable(moved.rect().topLeft())) {
            return false;
        }
        clear({i}, work);
        if (moved.kind() == DiagramShape::Kind::Text) {
            const std::u32string cells = DiagramGrid::cellsOf(moved.text());
            for (size_t k = 0; k < cells.size(); ++k) {
                work.set(moved.rect().topLeft() + QPoint(int(k), 0), cells[k]);
            }
        } else {
            draw(moved, work);
        }
        return true;
    }
    case Kind::ResizeBox: {
        const int i = int(m_shapes.indexOf(edit.shape));
        return i >= 0 && edit.shape.kind() == DiagramShape::Kind::Box && relocateBox(i, edit.rect, work);
    }
    case Kind::DeleteShape: {
        const int i = int(m_shapes.indexOf(edit.shape));
        if (i < 0) {
            return false;
        }
        QList<int> gone{i};
        if (edit.shape.kind() == DiagramShape::Kind::Box) {
            gone.append(nestedIn(i));
        }
        clear(gone, work);
        return true;
    }
    case Kind::ConvertCharset:
        convert(edit.style, work);
        return true;
    }
    return false;
}

bool DiagramModel::relocateBox(int box, const QRect &rect, DiagramGrid &work) const
{
    const QRect old = m_shapes.at(box).rect();
    const QRect target = DiagramGrid::normalized(rect);
    if (target.width() < 3 || target.height() < 3 || !isPlaceable(target.topLeft()) || target == old) {
        return false;
    }
    // Moving carries the inside along; resizing leaves it in place, cut to the new size.
    const bool translate = target.size() == old.size();
    const QPoint offset = translate ? target.topLeft() - old.topLeft() : QPoint();

    const QList<int> nested = nestedIn(box);
    QList<int> gone{box};
    gone.append(nested);
    const QList<Attachment> attached = attachments(box);
    QList<DiagramShape> followers;
    for (int lineIndex : attachedLines(box)) {
        gone.append(lineIndex);
        const DiagramShape &line = m_shapes.at(lineIndex);
        const QPoint original[2] = {line.points().first(), line.points().last()};
        QPoint ends[2] = {original[0], original[1]};
        bool follows[2] = {false, false};
        for (const Attachment &a : attached) {
            if (a.line != lineIndex) {
                continue;
            }
            const int end = a.atStart ? 0 : 1;
            const QPoint step = Charset::step(a.heading);
            const QPoint edgePoint = a.onEdge ? ends[end] : ends[end] + step;
            QPoint moved = edgePoint + offset;
            if (!translate) {
                // The end stays where it was along its edge, as far as the new edge reaches.
                const int x =
                    clampInto(edgePoint.x(), target.left() + 1, target.right() - 1, target.left(), target.right());
                const int y =
                    clampInto(edgePoint.y(), target.top() + 1, target.bottom() - 1, target.top(), target.bottom());
                switch (a.heading) {
                case Charset::Down:
                    moved = QPoint(x, target.top());
                    break;
                case Charset::Up:
                    moved = QPoint(x, target.bottom());
                    break;
                case Charset::Right:
                    moved = QPoint(target.left(), y);
                    break;
                case Charset::Left:
                case Charset::None:
                    moved = QPoint(target.right(), y);
                    break;
                }
            }
            ends[end] = a.onEdge ? moved : moved - step;
            follows[end] = true;
        }
        DiagramShape follower;
        if (follows[0] && follows[1]) {
            follower =
                translate ? line.translated(offset)
                          : reroute(ends[0], Charset::isHorizontal(line.heading(true)), ends[1],
                                    Charset::isHorizontal(line.heading(false)), line.arrowAtStart(), line.arrowAtEnd());
        } else if (const int loose = follows[0] ? 1 : 0; !isAnchored(lineIndex, loose == 0, box)) {
            // Nothing holds the other end: the whole line comes along.
            const int held = 1 - loose;
            follower = line.translated(ends[held] - original[held]);
        } else {
            follower = reroute(ends[0], Charset::isHorizontal(line.heading(true)), ends[1],
                               Charset::isHorizontal(line.heading(false)), line.arrowAtStart(), line.arrowAtEnd());
        }
        if (follower.points().size() < 2) {
            continue; // The box moved onto the line's other end: nothing is left of it.
        }
        if (!isPlaceable(follower.rect().topLeft())) {
            return false;
        }
        followers.append(follower);
    }

    clear(gone, work);
    const QRect inside = target.adjusted(1, 1, -1, -1);
    for (int y = old.top() + 1; y < old.bottom(); ++y) {
        for (int x = old.left() + 1; x < old.right(); ++x) {
            const QPoint to = QPoint(x, y) + offset;
            if (inside.contains(to)) {
                work.set(to, m_grid.at(QPoint(x, y)));
            }
        }
    }
    // The outline joins whatever came along inside and touches it.
    const DiagramShape outline = DiagramShape::box(target);
    for (const QPoint &p : outline.cells()) {
        Directions strokes = outline.strokesAt(p);
        Charset::Direction arrow = Charset::None;
        for (int i : nested) {
            const DiagramShape inner = m_shapes.at(i).translated(offset);
            strokes |= inner.strokesAt(p);
            if (inner.arrowAt(p) != Charset::None) {
                arrow = inner.arrowAt(p);
            }
        }
        if (arrow != Charset::None) {
            work.set(p, Charset::arrowGlyph(m_charset, arrow));
        } else {
            drawStrokes(p, strokes, work);
        }
    }
    for (const DiagramShape &line : followers) {
        draw(line, work);
    }
    return true;
}

void DiagramModel::clear(const QList<int> &gone, DiagramGrid &work) const
{
    const QSet<int> goneSet(gone.cbegin(), gone.cend());
    for (int i : gone) {
        const DiagramShape &shape = m_shapes.at(i);
        if (shape.kind() != DiagramShape::Kind::Box) {
            continue;
        }
        const QRect r = shape.rect();
        for (int y = r.top() + 1; y < r.bottom(); ++y) {
            for (int x = r.left() + 1; x < r.right(); ++x) {
                work.set(QPoint(x, y), U' ');
            }
        }
    }
    // A cell shared with a shape that stays keeps that shape's strokes, in the glyph style it had.
    for (int i : gone) {
        for (const QPoint &p : m_shapes.at(i).cells()) {
            Directions strokes;
            Charset::Direction arrow = Charset::None;
            for (int j : m_owners.value(p)) {
                if (goneSet.contains(j)) {
                    continue;
                }
                strokes |= m_shapes.at(j).strokesAt(p);
                if (m_shapes.at(j).arrowAt(p) != Charset::None) {
                    arrow = m_shapes.at(j).arrowAt(p);
                }
            }
            const Charset::Style style =
                Charset::isUnicodeGlyph(m_grid.at(p)) ? Charset::Style::Unicode : Charset::Style::Ascii;
            work.set(p,
                     arrow != Charset::None ? Charset::arrowGlyph(style, arrow) : Charset::lineGlyph(style, strokes));
        }
    }
}

void DiagramModel::draw(const DiagramShape &shape, DiagramGrid &work) const
{
    for (const QPoint &p : shape.cells()) {
        const Charset::Direction arrow = shape.arrowAt(p);
        if (arrow != Charset::None) {
            work.set(p, Charset::arrowGlyph(m_charset, arrow));
        } else {
            drawStrokes(p, shape.strokesAt(p), work);
        }
    }
}

void DiagramModel::drawStrokes(QPoint cell, Directions strokes, DiagramGrid &work) const
{
    work.set(cell, Charset::lineGlyph(m_charset, strokesIn(work, cell) | strokes));
}

void DiagramModel::convert(Charset::Style style, DiagramGrid &work) const
{
    if (style == Charset::Style::Ascii) {
        // Every Unicode glyph has one Ascii counterpart: no need to know the shapes.
        for (int y = 0; y < work.rowCount(); ++y) {
            for (int x = 0; x < work.rowWidth(y); ++x) {
                work.set(QPoint(x, y), Charset::toAscii(work.at(QPoint(x, y))));
            }
        }
        return;
    }
    // An Ascii "+" could be any junction: the shapes through the cell say which.
    for (auto it = m_owners.cbegin(); it != m_owners.cend(); ++it) {
        const QPoint p = it.key();
        if (Charset::isUnicodeGlyph(work.at(p))) {
            continue;
        }
        Directions strokes;
        Charset::Direction arrow = Charset::None;
        for (int j : it.value()) {
            strokes |= m_shapes.at(j).strokesAt(p);
            if (m_shapes.at(j).arrowAt(p) != Charset::None) {
                arrow = m_shapes.at(j).arrowAt(p);
            }
        }
        if (arrow != Charset::None) {
            work.set(p, Charset::arrowGlyph(style, arrow));
        } else if (strokes != Charset::None) {
            work.set(p, Charset::lineGlyph(style, strokes));
        }
    }
}

bool DiagramModel::looksLikeDiagram(QStringView text)
{
    // One pass for every mark: "+-", "-+", "|", "->", "<-" or a box-drawing character.
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        const char16_t next = i + 1 < text.size() ? text[i + 1].unicode() : u'\0';
        if (c == u'|' || (c == u'+' && next == u'-') || (c == u'-' && (next == u'+' || next == u'>')) ||
            (c == u'<' && next == u'-') || (c >= 0x2500 && c <= 0x257f)) {
            return true;
        }
    }
    return false;
}

} // namespace Specwright::Core
