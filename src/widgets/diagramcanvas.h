// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/diagram/diagrammodel.h>

#include <QAbstractScrollArea>
#include <QUndoStack>

#include <optional>

namespace Specwright::Widgets {

/**
 * The ASCII-diagram canvas: a monospace character grid over a DiagramModel,
 * drawn on with asciiflow-like tools. Every change is a DiagramEdit pushed on
 * the canvas's undo stack; while the mouse drags, the edit is previewed on a
 * copy of the model (rubber band), and only the release commits it.
 *
 * Keys (outside the text tool): S select, B box, L line, A arrow, T text,
 * F freehand, E erase; arrows nudge the selection; Delete removes it;
 * Ctrl+C / Ctrl+X / Ctrl+V copy, cut and paste text; Ctrl+Z / Ctrl+Shift+Z
 * undo and redo; Ctrl+= / Ctrl+- zoom. A line or arrow goes horizontally
 * first, or vertically first when Shift is held as the drag ends.
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
    /** The font size of a cell, in points: the zoom. */
    int zoom() const { return m_zoom; }
    void setZoom(int points);
    void setFreehandCharacter(char32_t character) { m_freehandCharacter = character; }
    /** Draws new strokes in \a style and converts what is drawn (one undo step). */
    void setCharset(Core::DiagramCharset::Style style);

    /** The selected region (empty when none) and the selected shape's index in the model (or -1). */
    QRect selection() const { return m_selection; }
    int selectedShape() const { return m_selectedShape; }
    /** The centre of \a cell in viewport coordinates, and the cell under a viewport position. */
    QPoint cellCenter(QPoint cell) const;
    QPoint cellAt(QPoint position) const;
    /** One character cell at the current zoom, in pixels. */
    QSize cellSize() const;

    /** Pushes \a edit as one undoable step; false when it changed nothing. */
    bool applyEdit(const Core::DiagramEdit &edit);
    void copy();
    void cut();
    void paste();
    void deleteSelection();

Q_SIGNALS:
    void changed();
    void toolChanged(Specwright::Widgets::DiagramCanvas::Tool tool);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    enum class Drag { None, Draw, Move, Resize, Region };

    void updateScrollBars();
    /** The edit the current drag would make, ending at \a cell. */
    std::optional<Core::DiagramEdit> dragEdit(QPoint cell, Qt::KeyboardModifiers modifiers) const;
    void updatePreview(QPoint cell, Qt::KeyboardModifiers modifiers);
    QRect selectionRegion() const;
    void typeText(const QString &text);
    void selectShapeNear(QPoint cell);

    Core::DiagramModel m_model;
    std::optional<Core::DiagramModel> m_preview; ///< the model with the dragged edit applied
    QUndoStack m_undoStack;
    Tool m_tool = Tool::Select;
    bool m_showGrid = true;
    int m_zoom = 11;
    char32_t m_freehandCharacter = U'*';
    Drag m_drag = Drag::None;
    QPoint m_dragStart;
    QPoint m_dragCell;
    QList<QPoint> m_freehandCells;
    QRect m_selection;
    int m_selectedShape = -1;
    QPoint m_caret{0, 0};
    int m_caretLineStart = 0; ///< where Enter takes the caret back to
};

} // namespace Specwright::Widgets
