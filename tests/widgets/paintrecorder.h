// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QEvent>
#include <QList>
#include <QPaintEvent>
#include <QRect>
#include <QWidget>

namespace Specwright::Tests {

/** Records the rectangle of every paint event \a widget receives from now on. */
class PaintRecorder final : public QObject
{
    Q_OBJECT

public:
    explicit PaintRecorder(QWidget *widget)
    {
        Q_ASSERT(widget);
        widget->installEventFilter(this);
    }

    QList<QRect> rects;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint) {
            rects.append(static_cast<QPaintEvent *>(event)->rect());
        }
        return QObject::eventFilter(watched, event);
    }
};

} // namespace Specwright::Tests
