// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "linenumbergutter.h"

#include "sourceeditor.h"

namespace Specwright::Widgets {

LineNumberGutter::LineNumberGutter(SourceEditor *editor)
    : QWidget(editor)
    , m_editor(editor)
{
}

QSize LineNumberGutter::sizeHint() const
{
    return {m_editor->gutterWidth(), 0};
}

void LineNumberGutter::paintEvent(QPaintEvent *event)
{
    m_editor->paintGutter(event);
}

} // namespace Specwright::Widgets
