// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QAction;

namespace Specwright::Widgets {

class DiagramCanvas;
class SourceEditor;

/**
 * The Edit menu's Undo, Redo, Cut, Copy, Paste and Select All act on the part of the window that
 * has the focus: the diagram canvas (its drawing's undo stack, its shapes) when it has it, the
 * editor otherwise. The window's shortcuts reach the actions before any widget sees the keys, so
 * without this Ctrl+Z on the canvas undid the spec's text. Undo and Redo say what they will undo
 * ("Undo Draw Arrow") where the part knows.
 */
class EditActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EditActions)

public:
    struct Actions
    {
        QAction *undo = nullptr;
        QAction *redo = nullptr;
        QAction *cut = nullptr;
        QAction *copy = nullptr;
        QAction *paste = nullptr;
        QAction *selectAll = nullptr;
    };

    EditActions(const Actions &actions, SourceEditor *editor, DiagramCanvas *canvas, QObject *parent);

    /// Whether the canvas is the focused part (the actions act on it).
    bool canvasHasFocus() const;

private:
    void update();

    Actions m_actions;
    SourceEditor *m_editor;
    DiagramCanvas *m_canvas;
    bool m_editorCanUndo = false;
    bool m_editorCanRedo = false;
    bool m_editorHasSelection = false;
    bool m_canvasFocused = false; ///< the last part with the focus was the canvas
};

} // namespace Specwright::Widgets
