// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>

class QAction;
class QLabel;
class QLineEdit;

namespace Specwright::Widgets {

class SourceEditor;

/**
 * Go to Line (Ctrl+G, Ctrl+L): a small field over the editor's top-right
 * corner, not a modal dialog. Takes "line" or "line:column"; a position
 * past the end is clamped and noticed(); Escape or focus leaving it closes it.
 */
class GoToLineBar final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GoToLineBar)

public:
    explicit GoToLineBar(SourceEditor *editor);

    /** Edit → Go to Line…, with its shortcuts; the window puts it in its menu. */
    QAction *action() const { return m_action; }
    QLineEdit *field() const { return m_field; }
    /** Shows the field over the editor with the cursor's line in it, selected. */
    void open();

Q_SIGNALS:
    /** A note for the status bar: where a clamped position went. */
    void noticed(const QString &text);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void go();
    void close();
    void place();

    SourceEditor *m_editor;
    QLineEdit *m_field = nullptr;
    QLabel *m_problem = nullptr;
    QAction *m_action = nullptr;
};

} // namespace Specwright::Widgets
