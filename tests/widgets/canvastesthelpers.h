// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <widgets/diagramcanvas.h>

#include <QApplication>
#include <QMouseEvent>
#include <QTest>

namespace Specwright::Tests {

/** Drags on \a canvas from cell \a from to cell \a to through the cells between, as a hand would. */
inline void drag(Widgets::DiagramCanvas &canvas, QPoint from, QPoint to, Qt::KeyboardModifiers release = Qt::NoModifier)
{
    QWidget *viewport = canvas.viewport();
    QTest::mousePress(viewport, Qt::LeftButton, Qt::NoModifier, canvas.cellCenter(from));
    const QPoint step((to.x() > from.x()) - (to.x() < from.x()), (to.y() > from.y()) - (to.y() < from.y()));
    for (QPoint cell = from; cell != to;) {
        cell += QPoint(cell.x() != to.x() ? step.x() : 0, cell.y() != to.y() ? step.y() : 0);
        QMouseEvent move(QEvent::MouseMove, canvas.cellCenter(cell), viewport->mapToGlobal(canvas.cellCenter(cell)),
                         Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(viewport, &move);
    }
    QTest::mouseRelease(viewport, Qt::LeftButton, release, canvas.cellCenter(to));
}

} // namespace Specwright::Tests
