// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/diagram/diagrammodel.h>

#include <QAbstractScrollArea>
#include <QElapsedTimer>
#include <QSet>
#include <QUndoStack>

#include <optional>

namespace Specwright::Widgets {

/**
 * The ASCII-diagram canvas: a monospace character grid over a DiagramModel,
 * drawn on with asciiflow-like tools. Every change is a DiagramEdit pushed on
 * the canvas's undo stack; while the mouse drags, the edit is previewed on a
 * copy of the model (rubber band), and only the release commits it.
 *
 * Text entry: a click with the text tool puts a caret there, and what is typed
 * becomes text (undone a word or a pause at a time); it never goes over a box,
 * a line or an arrow. Escape ends text entry and keeps the tool.
 *
 * Keys outside text entry: S select, B box, L line, A arrow, T text,
 * F freehand, E erase; arrows nudge the selection; Delete removes it;
 * Escape clears the selection. Always: Ctrl+C / Ctrl+X / Ctrl+V copy, cut
 * and paste text; Ctrl+Z / Ctrl+Shift+Z undo and redo; Ctrl+= / Ctrl+- zoom.
 * A line or arrow goes horizontally first, or vertically first when Shift
 * is held as the drag ends.
 *
 * The diagram's first column and row sit a small margin away from the
 * canvas's edges, so that it never looks cut off.
 */
class DiagramCanvas final : public QAbstractScrollArea
{
    Q_OBJECT

public:
    enum class Tool { Select, Box, Line, Arrow, Text, Freehand, Erase };
    Q_ENUM(Tool)

    explicit DiagramCanvas(QWidget *parent = nullptr);
    ~DiagramCanvas() override;

    /** Shows \a text (a literal block's content, de-indented) for a block indented by \a indentation. */
    void setDiagram(const QString &text, int indentation);
    QString text() const { return m_model.text(); }
    const Core::DiagramModel &model() const { return m_model; }
    QUndoStack *undoStack() { return &m_undoStack; }

    Tool tool() const { return m_tool; }
    void setTool(Tool tool);
    bool showGrid() const { return m_showGrid; }
    void setShowGrid(bool show);
    /** The font size of a cell, in points: the zoom. A diagram set is shown smaller if that fits its width. */
    int zoom() const { return m_zoom; }
    void setZoom(int points);
    void setFreehandCharacter(char32_t character) { m_freehandCharacter = character; }
    /** Draws new strokes in \a style and converts what is drawn (one undo step). */
    void setCharset(Core::DiagramCharset::Style style);

    /** Whether typed keys go into text (a caret placed by the text tool), rather than choosing tools. */
    bool isEnteringText() const { return m_textEntry; }
    QPoint caret() const { return m_caret; }

    /** The selected region (empty when none) and the selected shape's index in the model (or -1). */
    QRect selection() const { return m_selection; }
    int selectedShape() const { return m_selectedShape; }
    /** The centre of \a cell in viewport coordinates, and the cell under a viewport position. */
    QPoint cellCenter(QPoint cell) const;
    QPoint cellAt(QPoint position) const;
    /** One character cell at the current zoom, in pixels. */
    QSize cellSize() const;

    /** Pushes \a edit as one undoable step; false when it changed nothing. */
    bool applyEdit(const Core::DiagramEdit &edit) { return applyEdit(edit, edit.description()); }
    void copy();
    void cut();
    void paste();
    void deleteSelection();

Q_SIGNALS:
    void changed();
    void toolChanged(Specwright::Widgets::DiagramCanvas::Tool tool);
    /** Text entry started or ended. */
    void textEntryChanged(bool entering);
    /** Something the user tried was refused, and why (for a status line). */
    void refused(const QString &reason);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    enum class Drag { None, Draw, Move, Resize, Region };
    /** What the last key of text entry did: runs of one kind merge into one undo step. */
    enum class Typing { None, Text, Erase };

    bool applyEdit(const Core::DiagramEdit &edit, const QString &description, int typingRun = -1);
    /** The pixel offset of cell (0, 0) in the scrolled content: the margin. */
    QPoint origin() const;
    void startTextEntry(QPoint cell);
    void endTextEntry();
    bool handleTextEntryKey(QKeyEvent *event);
    /** Writes \a text (or erases, as Backspace does) at \a at, within the current typing run. */
    bool typeAt(QPoint at, const QString &text, Typing typing);
    void cancelDrag();

    void updateScrollBars();
    void applyZoom(int points);
    void fitWidth();
    /** The edit the current drag would make, ending at \a cell. */
    std::optional<Core::DiagramEdit> dragEdit(QPoint cell, Qt::KeyboardModifiers modifiers) const;
    void updatePreview(QPoint cell, Qt::KeyboardModifiers modifiers);
    QRect selectionRegion() const;
    void selectShapeNear(QPoint cell);

    Core::DiagramModel m_model;
    std::optional<Core::DiagramModel> m_preview; ///< the model with the dragged edit applied
    QUndoStack m_undoStack;
    Tool m_tool = Tool::Select;
    bool m_showGrid = true;
    int m_zoom = 11;
    int m_chosenZoom = 11;     ///< what the user set; fitting a diagram's width may show it smaller
    bool m_fitPending = false; ///< a diagram was set while the canvas had no size to fit it to
    char32_t m_freehandCharacter = U'*';
    Drag m_drag = Drag::None;
    QPoint m_dragStart;
    QPoint m_dragCell;
    QList<QPoint> m_freehandCells;
    QRect m_selection;
    int m_selectedShape = -1;
    QPoint m_caret{0, 0};
    int m_caretLineStart = 0; ///< where Enter takes the caret back to
    bool m_textEntry = false;
    QSet<QPoint> m_typedCells; ///< typed in this text entry: typing may change them again, as Backspace does
    int m_typingRun = 0;
    Typing m_lastTyping = Typing::None;
    bool m_lastTypedSpace = false;
    int m_typingIndex = -1; ///< the undo stack's index after the last key typed
    QElapsedTimer m_sinceTyped;
};

} // namespace Specwright::Widgets
