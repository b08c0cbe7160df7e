// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "editactions.h"

#include "diagramcanvas.h"
#include "sourceeditor.h"

#include <QAction>
#include <QApplication>

namespace Specwright::Widgets {

EditActions::EditActions(const Actions &actions, SourceEditor *editor, DiagramCanvas *canvas, QObject *parent)
    : QObject(parent)
    , m_actions(actions)
    , m_editor(editor)
    , m_canvas(canvas)
{
    connect(m_actions.undo, &QAction::triggered, this,
            [this] { canvasHasFocus() ? m_canvas->undoStack()->undo() : m_editor->undo(); });
    connect(m_actions.redo, &QAction::triggered, this,
            [this] { canvasHasFocus() ? m_canvas->undoStack()->redo() : m_editor->redo(); });
    connect(m_actions.cut, &QAction::triggered, this, [this] { canvasHasFocus() ? m_canvas->cut() : m_editor->cut(); });
    connect(m_actions.copy, &QAction::triggered, this,
            [this] { canvasHasFocus() ? m_canvas->copy() : m_editor->copy(); });
    connect(m_actions.paste, &QAction::triggered, this,
            [this] { canvasHasFocus() ? m_canvas->paste() : m_editor->paste(); });
    connect(m_actions.selectAll, &QAction::triggered, this, [this] {
        if (!canvasHasFocus()) {
            m_editor->selectAll();
        }
    });
    connect(m_editor, &QPlainTextEdit::undoAvailable, this, [this](bool on) {
        m_editorCanUndo = on;
        update();
    });
    connect(m_editor, &QPlainTextEdit::redoAvailable, this, [this](bool on) {
        m_editorCanRedo = on;
        update();
    });
    connect(m_editor, &QPlainTextEdit::copyAvailable, this, [this](bool on) {
        m_editorHasSelection = on;
        update();
    });
    QUndoStack *drawing = m_canvas->undoStack();
    connect(drawing, &QUndoStack::indexChanged, this, &EditActions::update);
    connect(drawing, &QUndoStack::cleanChanged, this, &EditActions::update);
    connect(m_canvas, &DiagramCanvas::changed, this, &EditActions::update);
    // The part a menu opened from is the last focused one: opening the menu takes the focus away.
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget *, QWidget *now) {
        if (!now) {
            return;
        }
        if (now == m_canvas || m_canvas->isAncestorOf(now)) {
            m_canvasFocused = true;
        } else if (now == m_editor || m_editor->isAncestorOf(now)) {
            m_canvasFocused = false;
        }
        update();
    });
    update();
}

bool EditActions::canvasHasFocus() const
{
    return m_canvasFocused && m_canvas->isVisible();
}

void EditActions::update()
{
    if (canvasHasFocus()) {
        const QUndoStack *drawing = m_canvas->undoStack();
        m_actions.undo->setEnabled(drawing->canUndo());
        m_actions.redo->setEnabled(drawing->canRedo());
        m_actions.undo->setText(drawing->canUndo() ? tr("&Undo %1").arg(drawing->undoText()) : tr("&Undo"));
        m_actions.redo->setText(drawing->canRedo() ? tr("&Redo %1").arg(drawing->redoText()) : tr("&Redo"));
        const bool selected = !m_canvas->selection().isEmpty() || m_canvas->selectedShape() >= 0;
        m_actions.cut->setEnabled(selected);
        m_actions.copy->setEnabled(selected);
        m_actions.paste->setEnabled(true);
        m_actions.selectAll->setEnabled(false);
        return;
    }
    m_actions.undo->setEnabled(m_editorCanUndo);
    m_actions.redo->setEnabled(m_editorCanRedo);
    m_actions.undo->setText(tr("&Undo")); // the text's steps have no names
    m_actions.redo->setText(tr("&Redo"));
    m_actions.cut->setEnabled(m_editorHasSelection);
    m_actions.copy->setEnabled(m_editorHasSelection);
    m_actions.paste->setEnabled(!m_editor->isReadOnly());
    m_actions.selectAll->setEnabled(true);
}

} // namespace Specwright::Widgets
