// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

namespace Specwright::Widgets {

class SourceEditor;

/// The line-number margin on the left of a SourceEditor; the editor paints it.
class LineNumberGutter final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LineNumberGutter)

public:
    explicit LineNumberGutter(SourceEditor *editor);

    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    SourceEditor *m_editor;
};

} // namespace Specwright::Widgets
