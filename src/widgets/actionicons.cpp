// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "actionicons.h"

#include <QPainter>
#include <QPainterPath>
#include <QPalette>
#include <QPixmap>

namespace Specwright::Widgets {

namespace {
// Drawn on a 24-unit grid, then scaled to each size.
constexpr qreal Grid = 24.0;

void drawPage(QPainter &p)
{
    QPainterPath page;
    page.moveTo(5, 3);
    page.lineTo(14, 3);
    page.lineTo(19, 8);
    page.lineTo(19, 21);
    page.lineTo(5, 21);
    page.closeSubpath();
    p.drawPath(page);
    p.drawPolyline(QPolygonF({{14, 3}, {14, 8}, {19, 8}}));
}

void drawArrow(QPainter &p, bool redo)
{
    if (redo) {
        p.translate(Grid, 0);
        p.scale(-1, 1);
    }
    QPainterPath curve;
    curve.moveTo(5, 10);
    curve.lineTo(15, 10);
    curve.cubicTo(22, 10, 22, 20, 15, 20);
    curve.lineTo(10, 20);
    p.drawPath(curve);
    p.drawPolyline(QPolygonF({{9, 6}, {5, 10}, {9, 14}}));
}

void drawMagnifier(QPainter &p, bool plus)
{
    p.drawEllipse(QPointF(10, 10), 6, 6);
    p.drawLine(QPointF(14.5, 14.5), QPointF(20, 20));
    p.drawLine(QPointF(7, 10), QPointF(13, 10));
    if (plus) {
        p.drawLine(QPointF(10, 7), QPointF(10, 13));
    }
}

// The canvas's tools, drawn as what they put on the grid.
bool drawCanvasKind(QPainter &p, ActionIcons::Kind kind)
{
    using Kind = ActionIcons::Kind;
    switch (kind) {
    case Kind::Select:
        p.drawPolygon(QPolygonF({{6, 3}, {6, 19}, {10, 15}, {13, 21}, {15.5, 20}, {12.5, 14}, {18, 14}}));
        return true;
    case Kind::Box:
        p.drawRect(QRectF(3.5, 6, 17, 12));
        return true;
    case Kind::Line:
        p.drawPolyline(QPolygonF({{3, 7}, {14, 7}, {14, 18}, {21, 18}}));
        return true;
    case Kind::Arrow:
        p.drawLine(QPointF(3, 12), QPointF(20, 12));
        p.drawPolyline(QPolygonF({{15, 7}, {20, 12}, {15, 17}}));
        return true;
    case Kind::Text:
        p.drawLine(QPointF(5, 5), QPointF(19, 5));
        p.drawLine(QPointF(12, 5), QPointF(12, 20));
        p.drawLine(QPointF(9, 20), QPointF(15, 20));
        return true;
    case Kind::Freehand: {
        QPainterPath squiggle;
        squiggle.moveTo(3, 16);
        squiggle.cubicTo(6, 4, 10, 4, 11, 12);
        squiggle.cubicTo(12, 20, 17, 20, 21, 8);
        p.drawPath(squiggle);
        return true;
    }
    case Kind::Erase:
        p.drawPolygon(QPolygonF({{4, 15}, {13, 6}, {20, 13}, {13, 20}, {9, 20}}));
        p.drawLine(QPointF(8.5, 10.5), QPointF(15.5, 17.5));
        p.drawLine(QPointF(13, 20), QPointF(21, 20));
        return true;
    case Kind::Unicode:
        // A box-drawing corner and junction: ┌─┬
        p.drawPolyline(QPolygonF({{4, 20}, {4, 6}, {20, 6}}));
        p.drawLine(QPointF(12, 6), QPointF(12, 20));
        p.drawLine(QPointF(8, 13), QPointF(20, 13));
        return true;
    case Kind::Grid:
        for (qreal at : {4.0, 10.0, 16.0, 22.0}) {
            p.drawLine(QPointF(at - 1, 3), QPointF(at - 1, 21));
            p.drawLine(QPointF(3, at - 1), QPointF(21, at - 1));
        }
        return true;
    case Kind::ZoomIn:
    case Kind::ZoomOut:
        drawMagnifier(p, kind == Kind::ZoomIn);
        return true;
    case Kind::Float:
        p.drawRect(QRectF(3, 8, 13, 12));
        p.drawPolyline(QPolygonF({{8, 8}, {8, 4}, {21, 4}, {21, 15}, {16, 15}}));
        return true;
    default:
        return false;
    }
}

void drawKind(QPainter &p, ActionIcons::Kind kind)
{
    if (drawCanvasKind(p, kind)) {
        return;
    }
    using Kind = ActionIcons::Kind;
    switch (kind) {
    case Kind::New:
        drawPage(p);
        p.drawLine(QPointF(12, 11), QPointF(12, 17));
        p.drawLine(QPointF(9, 14), QPointF(15, 14));
        break;
    case Kind::Open: {
        QPainterPath folder;
        folder.moveTo(3, 19);
        folder.lineTo(3, 5);
        folder.lineTo(9, 5);
        folder.lineTo(11, 7);
        folder.lineTo(19, 7);
        folder.lineTo(19, 10);
        p.drawPath(folder);
        p.drawPolygon(QPolygonF({{3, 19}, {7, 10}, {22, 10}, {18, 19}}));
        break;
    }
    case Kind::Save:
        p.drawPolygon(QPolygonF({{4, 4}, {17, 4}, {20, 7}, {20, 20}, {4, 20}}));
        p.drawRect(QRectF(8, 4, 8, 5));
        p.drawRect(QRectF(7, 13, 10, 7));
        break;
    case Kind::Undo:
        drawArrow(p, false);
        break;
    case Kind::Redo:
        drawArrow(p, true);
        break;
    case Kind::Find:
        p.drawEllipse(QPointF(10, 10), 6, 6);
        p.drawLine(QPointF(14.5, 14.5), QPointF(20, 20));
        break;
    default:
        break; // drawn by drawCanvasKind()
    case Kind::Diagram:
        p.drawRect(QRectF(2.5, 4, 8, 6));
        p.drawRect(QRectF(13.5, 14, 8, 6));
        p.drawPolyline(QPolygonF({{6.5, 10}, {6.5, 17}, {12, 17}}));
        p.drawPolyline(QPolygonF({{10, 14.5}, {12.5, 17}, {10, 19.5}}));
        break;
    case Kind::Review:
        drawPage(p);
        p.drawPolyline(QPolygonF({{8, 14}, {11, 17}, {16, 11}}));
        break;
    case Kind::Preview: {
        QPainterPath eye;
        eye.moveTo(2, 12);
        eye.quadTo(12, 2, 22, 12);
        eye.quadTo(12, 22, 2, 12);
        p.drawPath(eye);
        p.drawEllipse(QPointF(12, 12), 3.5, 3.5);
        break;
    }
    }
}

QPixmap render(ActionIcons::Kind kind, const QColor &color, int size)
{
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.scale(size / Grid, size / Grid);
    p.setPen(QPen(color, 1.6, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    p.setBrush(Qt::NoBrush);
    drawKind(p, kind);
    return pixmap;
}
} // namespace

QString ActionIcons::themeName(Kind kind)
{
    switch (kind) {
    case Kind::New:
        return QStringLiteral("document-new");
    case Kind::Open:
        return QStringLiteral("document-open");
    case Kind::Save:
        return QStringLiteral("document-save");
    case Kind::Undo:
        return QStringLiteral("edit-undo");
    case Kind::Redo:
        return QStringLiteral("edit-redo");
    case Kind::Find:
        return QStringLiteral("edit-find");
    case Kind::Diagram:
        return QStringLiteral("insert-image");
    case Kind::Review:
        return QStringLiteral("document-send");
    case Kind::Preview:
        return QStringLiteral("document-preview");
    case Kind::Select:
        return QStringLiteral("edit-select");
    case Kind::Box:
        return QStringLiteral("draw-rectangle");
    case Kind::Line:
        return QStringLiteral("draw-line");
    case Kind::Arrow:
        return QStringLiteral("draw-arrow");
    case Kind::Text:
        return QStringLiteral("draw-text");
    case Kind::Freehand:
        return QStringLiteral("draw-freehand");
    case Kind::Erase:
        return QStringLiteral("draw-eraser");
    case Kind::Unicode:
        return QStringLiteral("character-set");
    case Kind::Grid:
        return QStringLiteral("view-grid");
    case Kind::ZoomIn:
        return QStringLiteral("zoom-in");
    case Kind::ZoomOut:
        return QStringLiteral("zoom-out");
    case Kind::Float:
        return QStringLiteral("window-new");
    }
    return {};
}

QIcon ActionIcons::drawn(Kind kind, const QPalette &palette)
{
    QIcon icon;
    for (int size : {16, 22, 24, 32, 48}) {
        icon.addPixmap(render(kind, palette.color(QPalette::Active, QPalette::WindowText), size), QIcon::Normal);
        icon.addPixmap(render(kind, palette.color(QPalette::Disabled, QPalette::WindowText), size), QIcon::Disabled);
    }
    return icon;
}

QIcon ActionIcons::icon(Kind kind, const QPalette &palette)
{
    const QString name = themeName(kind);
    return QIcon::hasThemeIcon(name) ? QIcon::fromTheme(name) : drawn(kind, palette);
}

} // namespace Specwright::Widgets
