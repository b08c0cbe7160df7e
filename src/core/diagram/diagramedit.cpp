// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "diagramedit.h"

namespace Specwright::Core {

DiagramEdit DiagramEdit::drawBox(const QRect &rect)
{
    DiagramEdit edit;
    edit.kind = Kind::DrawBox;
    edit.rect = rect;
    return edit;
}

DiagramEdit DiagramEdit::drawLine(QPoint from, QPoint to, DiagramShape::Elbow elbow, bool arrowAtStart, bool arrowAtEnd)
{
    DiagramEdit edit;
    edit.kind = Kind::DrawLine;
    edit.from = from;
    edit.to = to;
    edit.elbow = elbow;
    edit.arrowAtStart = arrowAtStart;
    edit.arrowAtEnd = arrowAtEnd;
    return edit;
}

DiagramEdit DiagramEdit::writeText(QPoint position, const QString &text)
{
    DiagramEdit edit;
    edit.kind = Kind::WriteText;
    edit.from = position;
    edit.text = text;
    return edit;
}

DiagramEdit DiagramEdit::typeText(QPoint position, const QString &text)
{
    DiagramEdit edit = writeText(position, text);
    edit.keepShapes = true;
    return edit;
}

DiagramEdit DiagramEdit::freehand(const QList<QPoint> &cells, char32_t character)
{
    DiagramEdit edit;
    edit.kind = Kind::Freehand;
    edit.cells = cells;
    edit.character = character;
    return edit;
}

DiagramEdit DiagramEdit::erase(const QRect &region)
{
    DiagramEdit edit;
    edit.kind = Kind::Erase;
    edit.rect = region;
    return edit;
}

DiagramEdit DiagramEdit::moveShape(const DiagramShape &shape, QPoint offset)
{
    DiagramEdit edit;
    edit.kind = Kind::MoveShape;
    edit.shape = shape;
    edit.offset = offset;
    return edit;
}

DiagramEdit DiagramEdit::resizeBox(const DiagramShape &box, const QRect &rect)
{
    DiagramEdit edit;
    edit.kind = Kind::ResizeBox;
    edit.shape = box;
    edit.rect = rect;
    return edit;
}

DiagramEdit DiagramEdit::deleteShape(const DiagramShape &shape)
{
    DiagramEdit edit;
    edit.kind = Kind::DeleteShape;
    edit.shape = shape;
    return edit;
}

DiagramEdit DiagramEdit::convertCharset(DiagramCharset::Style style)
{
    DiagramEdit edit;
    edit.kind = Kind::ConvertCharset;
    edit.style = style;
    return edit;
}

QString DiagramEdit::description() const
{
    switch (kind) {
    case Kind::DrawBox:
        return QStringLiteral("Draw box");
    case Kind::DrawLine:
        return arrowAtStart || arrowAtEnd ? QStringLiteral("Draw arrow") : QStringLiteral("Draw line");
    case Kind::WriteText:
        return QStringLiteral("Type text");
    case Kind::Freehand:
        return QStringLiteral("Draw freehand");
    case Kind::Erase:
        return QStringLiteral("Erase");
    case Kind::MoveShape:
        return QStringLiteral("Move");
    case Kind::ResizeBox:
        return QStringLiteral("Resize box");
    case Kind::DeleteShape:
        return QStringLiteral("Delete");
    case Kind::ConvertCharset:
        return style == DiagramCharset::Style::Unicode ? QStringLiteral("Convert to Unicode")
                                                       : QStringLiteral("Convert to ASCII");
    }
    return QString();
}

} // namespace Specwright::Core
