// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gotolinebar.h"

#include "sourceeditor.h"

#include <core/document/lineposition.h>

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QScrollBar>
#include <QTextBlock>

namespace Specwright::Widgets {

GoToLineBar::GoToLineBar(SourceEditor *editor)
    : QFrame(editor)
    , m_editor(editor)
    , m_field(new QLineEdit(this))
    , m_problem(new QLabel(this))
    , m_action(new QAction(tr("&Go to Line…"), this))
{
    setObjectName(QStringLiteral("goToLineBar"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 4);
    layout->addWidget(new QLabel(tr("Go to line:"), this));
    m_field->setObjectName(QStringLiteral("goToLineField"));
    m_field->setMinimumWidth(fontMetrics().horizontalAdvance(QLatin1Char('0')) * 16);
    layout->addWidget(m_field);
    m_problem->setObjectName(QStringLiteral("goToLineProblem"));
    QPalette warning = m_problem->palette();
    warning.setColor(QPalette::WindowText, QColor(0xc0, 0x1c, 0x28));
    m_problem->setPalette(warning);
    m_problem->hide();
    layout->addWidget(m_problem);
    hide();
    m_action->setObjectName(QStringLiteral("actionGoToLine"));
    m_action->setShortcuts({Qt::CTRL | Qt::Key_G, Qt::CTRL | Qt::Key_L});
    connect(m_action, &QAction::triggered, this, &GoToLineBar::open);
    connect(m_field, &QLineEdit::textEdited, m_problem, &QWidget::hide);
    m_field->installEventFilter(this);
    editor->installEventFilter(this); // follows the editor's size
}

void GoToLineBar::open()
{
    const int lines = m_editor->document()->blockCount();
    m_field->setPlaceholderText(tr("line or line:column (1–%1)").arg(lines));
    m_field->setText(QString::number(m_editor->textCursor().blockNumber() + 1));
    m_field->selectAll();
    m_problem->hide();
    show();
    place();
    raise();
    m_field->setFocus(Qt::ShortcutFocusReason);
}

void GoToLineBar::go()
{
    QTextDocument *document = m_editor->document();
    const Core::LinePosition position =
        Core::LinePosition::parse(m_field->text(), document->blockCount(),
                                  [document](int line) { return document->findBlockByNumber(line).length() - 1; });
    if (!position.valid) {
        m_problem->setText(position.note);
        m_problem->show();
        place();
        return;
    }
    QTextCursor cursor(document->findBlockByNumber(position.line));
    cursor.movePosition(QTextCursor::Right, QTextCursor::MoveAnchor, position.column);
    m_editor->setTextCursor(cursor);
    m_editor->centerCursor();
    if (!position.note.isEmpty()) {
        Q_EMIT noticed(position.note);
    }
    close();
}

void GoToLineBar::close()
{
    hide();
    m_editor->setFocus();
}

// Over the top-right corner of the text, clear of the vertical scroll bar.
void GoToLineBar::place()
{
    adjustSize();
    const QRect area = m_editor->viewport()->geometry();
    move(qMax(area.left(), area.right() - width() - 8), area.top() + 4);
}

bool GoToLineBar::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_editor && event->type() == QEvent::Resize && isVisible()) {
        place();
    } else if (watched == m_field) {
        // Taken here, not from returnPressed(): QLineEdit passes Return on to its parents, and the
        // editor under the bar would then break the line the cursor just went to.
        const int key = event->type() == QEvent::KeyPress ? static_cast<QKeyEvent *>(event)->key() : 0;
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            go();
            return true;
        }
        if (key == Qt::Key_Escape) {
            close();
            return true;
        }
        if (event->type() == QEvent::FocusOut && isVisible()) {
            hide(); // clicked elsewhere: the field has done its job
        }
    }
    return QFrame::eventFilter(watched, event);
}

} // namespace Specwright::Widgets
