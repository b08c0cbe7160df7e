// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Over 600 lines: one widget's painting, mouse drags, keys and text entry, all over the same model,
// selection and caret; the editing itself is in core (DiagramModel, DiagramEdit).
#include "diagramcanvas.h"

#include "diagrameditcommand.h"

#include <QApplication>
#include <QClipboard>
#include <QFontDatabase>
#include <QKeyEvent>
#include <QPainter>
#include <QScrollBar>

namespace Specwright::Widgets {

using Core::DiagramEdit;
using Core::DiagramShape;

namespace {

QRect boundingRect(const DiagramShape &shape)
{
    QRect rect;
    for (const QPoint &cell : shape.cells()) {
        rect = rect.united(QRect(cell, QSize(1, 1)));
    }
    return rect;
}

// The margin around the diagram, in cells: a diagram opened from the spec never sits flush
// against the canvas's edge.
constexpr int MarginColumns = 2;
constexpr int MarginRows = 1;
// A pause this long (ms) in typing starts a new undo step.
constexpr int TypingPause = 1000;
// Zoom (the cells' font size, in points): the range, and how far fitting a diagram's width goes.
constexpr int MinimumZoom = 6;
constexpr int MaximumZoom = 40;
constexpr int FitZoom = 8;

QRect cellRect(QPoint a, QPoint b)
{
    return QRect(QPoint(qMin(a.x(), b.x()), qMin(a.y(), b.y())), QPoint(qMax(a.x(), b.x()), qMax(a.y(), b.y())));
}

} // namespace

DiagramCanvas::DiagramCanvas(QWidget *parent)
    : QAbstractScrollArea(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    viewport()->setMouseTracking(false);
    viewport()->setCursor(Qt::CrossCursor);
    setZoom(m_zoom);
    connect(&m_undoStack, &QUndoStack::indexChanged, this, [this] {
        m_selectedShape = -1; // indexes change with every edit
        updateScrollBars();
        viewport()->update();
        Q_EMIT changed();
    });
}

DiagramCanvas::~DiagramCanvas()
{
    // The undo stack, a member, clears itself as it is destroyed and signals the change: nobody
    // may hear of it then (the dock that holds this canvas is already half destroyed).
    m_undoStack.disconnect(this);
    m_undoStack.blockSignals(true); // nor anyone else (the window's Edit actions)
}

void DiagramCanvas::setDiagram(const QString &text, int indentation)
{
    m_undoStack.clear();
    m_model.setText(text);
    m_model.setIndentation(indentation);
    m_selection = {};
    m_selectedShape = -1;
    m_preview.reset();
    m_drag = Drag::None;
    endTextEntry();
    m_caret = {0, 0};
    m_fitPending = true;
    if (isVisible()) {
        fitWidth();
    }
    updateScrollBars();
    horizontalScrollBar()->setValue(0);
    verticalScrollBar()->setValue(0);
    viewport()->update();
    Q_EMIT changed();
}

void DiagramCanvas::setTool(Tool tool)
{
    if (m_tool == tool) {
        return;
    }
    m_tool = tool;
    endTextEntry();
    viewport()->setCursor(tool == Tool::Select ? Qt::ArrowCursor
                          : tool == Tool::Text ? Qt::IBeamCursor
                                               : Qt::CrossCursor);
    viewport()->update();
    Q_EMIT toolChanged(tool);
}

void DiagramCanvas::setShowGrid(bool show)
{
    m_showGrid = show;
    viewport()->update();
}

void DiagramCanvas::setZoom(int points)
{
    m_chosenZoom = qBound(MinimumZoom, points, MaximumZoom);
    applyZoom(m_chosenZoom);
}

void DiagramCanvas::fitWidth()
{
    // A diagram opened from the spec is shown whole across where it can be: smaller cells, down to
    // a readable size, never larger than the zoom the user chose.
    m_fitPending = false;
    const int columns = MarginColumns + m_model.grid().width() + 1;
    int zoom = m_chosenZoom;
    for (; zoom > FitZoom; --zoom) {
        QFont font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
        font.setPointSize(zoom);
        if (QFontMetrics(font).horizontalAdvance(QLatin1Char('M')) * columns <= viewport()->width()) {
            break;
        }
    }
    applyZoom(zoom);
}

void DiagramCanvas::applyZoom(int points)
{
    m_zoom = qBound(MinimumZoom, points, MaximumZoom);
    QFont font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    font.setPointSize(m_zoom);
    setFont(font);
    viewport()->setFont(font);
    updateScrollBars();
    viewport()->update();
}

void DiagramCanvas::setCharset(Core::DiagramCharset::Style style)
{
    if (!applyEdit(DiagramEdit::convertCharset(style))) {
        m_model.setCharset(style); // nothing drawn yet: only new strokes change
    }
}

QSize DiagramCanvas::cellSize() const
{
    const QFontMetrics metrics(viewport()->font());
    return {qMax(1, metrics.horizontalAdvance(QLatin1Char('M'))), qMax(1, metrics.height())};
}

QPoint DiagramCanvas::origin() const
{
    const QSize size = cellSize();
    return {MarginColumns * size.width(), MarginRows * size.height()};
}

QPoint DiagramCanvas::cellCenter(QPoint cell) const
{
    const QSize size = cellSize();
    return QPoint(cell.x() * size.width() + size.width() / 2 - horizontalScrollBar()->value(),
                  cell.y() * size.height() + size.height() / 2 - verticalScrollBar()->value()) +
           origin();
}

QPoint DiagramCanvas::cellAt(QPoint position) const
{
    const QSize size = cellSize();
    const QPoint content = position + QPoint(horizontalScrollBar()->value(), verticalScrollBar()->value()) - origin();
    // The margin belongs to the nearest cell of the diagram: nothing is drawn at negative cells.
    return {qMax(0, content.x() < 0 ? 0 : content.x() / size.width()),
            qMax(0, content.y() < 0 ? 0 : content.y() / size.height())};
}

void DiagramCanvas::updateScrollBars()
{
    const QSize size = cellSize();
    // Room to draw past the content, and always the whole usable width and its guide.
    const int columns = MarginColumns + qMax(m_model.grid().width(), m_model.usableWidth()) + 20;
    const int rows = MarginRows + m_model.grid().rowCount() + 20;
    horizontalScrollBar()->setRange(0, qMax(0, columns * size.width() - viewport()->width()));
    verticalScrollBar()->setRange(0, qMax(0, rows * size.height() - viewport()->height()));
    horizontalScrollBar()->setPageStep(viewport()->width());
    verticalScrollBar()->setPageStep(viewport()->height());
    horizontalScrollBar()->setSingleStep(size.width());
    verticalScrollBar()->setSingleStep(size.height());
}

void DiagramCanvas::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    if (m_fitPending && isVisible()) {
        fitWidth();
    }
    updateScrollBars();
}

void DiagramCanvas::paintEvent(QPaintEvent *)
{
    QPainter painter(viewport());
    const QPalette colors = palette();
    painter.fillRect(viewport()->rect(), colors.color(QPalette::Base));
    const QSize size = cellSize();
    // Scrolled pixels, counted from cell (0, 0) rather than from the margin's corner.
    const int dx = horizontalScrollBar()->value() - origin().x();
    const int dy = verticalScrollBar()->value() - origin().y();
    const int firstColumn = qMax(0, dx / size.width());
    const int firstRow = qMax(0, dy / size.height());
    const int lastColumn = (dx + viewport()->width()) / size.width() + 1;
    const int lastRow = (dy + viewport()->height()) / size.height() + 1;
    auto cellBox = [&](int column, int row) {
        return QRect(column * size.width() - dx, row * size.height() - dy, size.width(), size.height());
    };
    const QColor text = colors.color(QPalette::Text);
    // The margin, shaded: where the diagram's first column and row begin.
    QColor marginColor = text;
    marginColor.setAlpha(10);
    painter.fillRect(QRect(0, 0, -dx, viewport()->height()), marginColor);
    painter.fillRect(QRect(-dx, 0, viewport()->width() + dx, -dy), marginColor);
    if (m_showGrid) {
        QColor gridColor = text;
        gridColor.setAlpha(22);
        painter.setPen(gridColor);
        const int top = qMax(0, -dy);
        const int left = qMax(0, -dx);
        for (int column = firstColumn; column <= lastColumn; ++column) {
            painter.drawLine(column * size.width() - dx, top, column * size.width() - dx, viewport()->height());
        }
        for (int row = firstRow; row <= lastRow; ++row) {
            painter.drawLine(left, row * size.height() - dy, viewport()->width(), row * size.height() - dy);
        }
    }
    const Core::DiagramModel &shown = m_preview ? *m_preview : m_model;
    const int usable = m_model.usableWidth();
    // The selected shape and region.
    QColor highlight = colors.color(QPalette::Highlight);
    highlight.setAlpha(60);
    if (m_selectedShape >= 0 && m_selectedShape < m_model.shapes().size() && !m_preview) {
        for (const QPoint &cell : m_model.shapes().at(m_selectedShape).cells()) {
            painter.fillRect(cellBox(cell.x(), cell.y()), highlight);
        }
    }
    QColor overflow(220, 50, 47);
    overflow.setAlpha(70);
    painter.setPen(text);
    for (int row = qMax(0, firstRow); row < qMin(lastRow + 1, shown.grid().rowCount()); ++row) {
        for (int column = qMax(0, firstColumn); column < qMin(lastColumn + 1, shown.grid().rowWidth(row)); ++column) {
            const char32_t c = shown.grid().at({column, row});
            if (c == U' ') {
                continue;
            }
            const QRect box = cellBox(column, row);
            if (column >= usable) {
                painter.fillRect(box, overflow); // past what fits in 79 columns in the spec
            }
            painter.drawText(box, Qt::AlignCenter, QString::fromUcs4(&c, 1));
        }
    }
    // The 79-column guide, where the spec's line limit falls for this block's indentation.
    QPen guide(QColor(220, 50, 47));
    guide.setStyle(Qt::DashLine);
    painter.setPen(guide);
    painter.drawLine(usable * size.width() - dx, 0, usable * size.width() - dx, viewport()->height());
    if (m_selection.isValid()) {
        painter.fillRect(QRect(cellBox(m_selection.left(), m_selection.top()).topLeft(),
                               cellBox(m_selection.right(), m_selection.bottom()).bottomRight()),
                         highlight);
    }
    if (m_textEntry && hasFocus()) {
        painter.fillRect(cellBox(m_caret.x(), m_caret.y()).adjusted(0, 0, 2 - size.width(), 0), text);
    }
}

std::optional<DiagramEdit> DiagramCanvas::dragEdit(QPoint cell, Qt::KeyboardModifiers modifiers) const
{
    const DiagramShape::Elbow elbow =
        modifiers & Qt::ShiftModifier ? DiagramShape::Elbow::VerticalFirst : DiagramShape::Elbow::HorizontalFirst;
    switch (m_drag) {
    case Drag::Draw:
        switch (m_tool) {
        case Tool::Box:
            return DiagramEdit::drawBox(cellRect(m_dragStart, cell));
        case Tool::Line:
        case Tool::Arrow:
            if (cell == m_dragStart) {
                return std::nullopt;
            }
            return DiagramEdit::drawLine(m_dragStart, cell, elbow, false, m_tool == Tool::Arrow);
        case Tool::Freehand:
            return DiagramEdit::freehand(m_freehandCells, m_freehandCharacter);
        case Tool::Erase:
            return DiagramEdit::erase(cellRect(m_dragStart, cell));
        default:
            return std::nullopt;
        }
    case Drag::Move:
        if (cell == m_dragStart || m_selectedShape < 0) {
            return std::nullopt;
        }
        return DiagramEdit::moveShape(m_model.shapes().at(m_selectedShape), cell - m_dragStart);
    case Drag::Resize: {
        if (m_selectedShape < 0) {
            return std::nullopt;
        }
        const QRect rect = m_model.shapes().at(m_selectedShape).rect();
        // The corner opposite the one grabbed stays put.
        const QPoint fixed(m_dragStart.x() == rect.left() ? rect.right() : rect.left(),
                           m_dragStart.y() == rect.top() ? rect.bottom() : rect.top());
        return DiagramEdit::resizeBox(m_model.shapes().at(m_selectedShape), cellRect(fixed, cell));
    }
    default:
        return std::nullopt;
    }
}

void DiagramCanvas::updatePreview(QPoint cell, Qt::KeyboardModifiers modifiers)
{
    m_preview.reset();
    if (const std::optional<DiagramEdit> edit = dragEdit(cell, modifiers)) {
        Core::DiagramModel preview = m_model;
        if (!preview.apply(*edit).isEmpty()) {
            m_preview = std::move(preview);
        }
    }
    viewport()->update();
}

void DiagramCanvas::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        return;
    }
    setFocus();
    const QPoint cell = cellAt(event->position().toPoint());
    m_dragStart = m_dragCell = cell;
    m_selection = {};
    switch (m_tool) {
    case Tool::Select: {
        m_selectedShape = m_model.shapeAt(cell);
        if (m_selectedShape < 0) {
            m_drag = Drag::Region;
            m_selection = QRect(cell, QSize(1, 1));
        } else {
            const DiagramShape &shape = m_model.shapes().at(m_selectedShape);
            const QRect rect = shape.rect();
            const bool corner = shape.kind() == DiagramShape::Kind::Box &&
                                (cell.x() == rect.left() || cell.x() == rect.right()) &&
                                (cell.y() == rect.top() || cell.y() == rect.bottom());
            m_drag = corner ? Drag::Resize : Drag::Move;
        }
        break;
    }
    case Tool::Text:
        startTextEntry(cell);
        m_drag = Drag::None;
        break;
    case Tool::Freehand:
        m_freehandCells = {cell};
        m_drag = Drag::Draw;
        updatePreview(cell, event->modifiers());
        break;
    default:
        m_drag = Drag::Draw;
        updatePreview(cell, event->modifiers());
        break;
    }
    viewport()->update();
}

void DiagramCanvas::mouseMoveEvent(QMouseEvent *event)
{
    if (m_drag == Drag::None) {
        return;
    }
    const QPoint cell = cellAt(event->position().toPoint());
    if (cell == m_dragCell) {
        return;
    }
    m_dragCell = cell;
    if (m_drag == Drag::Region) {
        m_selection = cellRect(m_dragStart, cell);
        viewport()->update();
        return;
    }
    if (m_tool == Tool::Freehand && !m_freehandCells.contains(cell)) {
        m_freehandCells.append(cell);
    }
    updatePreview(cell, event->modifiers());
}

void DiagramCanvas::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || m_drag == Drag::None) {
        return;
    }
    const QPoint cell = cellAt(event->position().toPoint());
    const Drag drag = m_drag;
    const std::optional<DiagramEdit> edit = drag == Drag::Region ? std::nullopt : dragEdit(cell, event->modifiers());
    m_drag = Drag::None;
    m_preview.reset();
    m_freehandCells.clear();
    if (edit && applyEdit(*edit) && (drag == Drag::Move || drag == Drag::Resize)) {
        selectShapeNear(cell); // the moved or resized shape, under the mouse
    }
    viewport()->update();
}

void DiagramCanvas::selectShapeNear(QPoint cell)
{
    m_selectedShape = m_model.shapeAt(cell);
    viewport()->update();
}

bool DiagramCanvas::applyEdit(const DiagramEdit &edit, const QString &description, int typingRun)
{
    const Core::DiagramPatch patch = m_model.apply(edit);
    if (patch.isEmpty()) {
        return false; // refused, or drew what was there: nothing to undo
    }
    m_undoStack.push(new DiagramEditCommand(m_model, description, patch, typingRun));
    return true;
}

QRect DiagramCanvas::selectionRegion() const
{
    if (m_selection.isValid()) {
        return m_selection;
    }
    if (m_selectedShape >= 0 && m_selectedShape < m_model.shapes().size()) {
        return boundingRect(m_model.shapes().at(m_selectedShape));
    }
    return {};
}

void DiagramCanvas::copy()
{
    const QRect region = selectionRegion();
    if (region.isValid()) {
        QApplication::clipboard()->setText(m_model.copy(region));
    }
}

void DiagramCanvas::cut()
{
    copy();
    deleteSelection();
}

void DiagramCanvas::paste()
{
    const QString text = QApplication::clipboard()->text();
    if (text.isEmpty()) {
        return;
    }
    const QRect region = selectionRegion();
    const QPoint at = region.isValid() ? region.topLeft() : m_caret;
    applyEdit(DiagramEdit::writeText(at, text));
}

void DiagramCanvas::deleteSelection()
{
    if (m_selectedShape >= 0 && m_selectedShape < m_model.shapes().size()) {
        applyEdit(DiagramEdit::deleteShape(m_model.shapes().at(m_selectedShape)));
    } else if (m_selection.isValid()) {
        applyEdit(DiagramEdit::erase(m_selection));
    }
    m_selection = {};
    m_selectedShape = -1;
    viewport()->update();
}

void DiagramCanvas::startTextEntry(QPoint cell)
{
    m_caret = cell;
    m_caretLineStart = cell.x();
    m_typedCells.clear();
    m_lastTyping = Typing::None;
    if (!m_textEntry) {
        m_textEntry = true;
        Q_EMIT textEntryChanged(true);
    }
    viewport()->update();
}

void DiagramCanvas::endTextEntry()
{
    m_lastTyping = Typing::None;
    m_typedCells.clear();
    if (m_textEntry) {
        m_textEntry = false;
        viewport()->update();
        Q_EMIT textEntryChanged(false);
    }
}

bool DiagramCanvas::typeAt(QPoint at, const QString &text, Typing typing)
{
    const qsizetype length = qsizetype(Core::DiagramGrid::cellsOf(text).size());
    bool retyping = true; // only cells typed in this text entry: they may change again whatever they became
    for (qsizetype k = 0; k < length; ++k) {
        retyping = retyping && m_typedCells.contains(at + QPoint(int(k), 0));
    }
    const bool space = text.trimmed().isEmpty();
    // A run is one undo step: a word with the spaces after it, or erasing, until a pause.
    // (An undo or any other edit in between ends the run too.)
    if (typing != m_lastTyping || m_undoStack.index() != m_typingIndex || m_sinceTyped.elapsed() > TypingPause ||
        (m_lastTypedSpace && !space)) {
        ++m_typingRun;
    }
    const DiagramEdit edit = retyping ? DiagramEdit::writeText(at, text) : DiagramEdit::typeText(at, text);
    if (!applyEdit(edit, typing == Typing::Erase ? tr("Erase text") : tr("Type text"), m_typingRun) && !retyping) {
        bool overShape = false;
        for (qsizetype k = 0; k < length; ++k) {
            overShape = overShape || m_model.isStroke(at + QPoint(int(k), 0));
        }
        if (overShape) {
            QApplication::beep();
            Q_EMIT refused(tr("Text does not go over a box, a line or an arrow: click a free place to type."));
            return false;
        }
        // Else it wrote what was there already (a space over a space): the caret moves on all the same.
    }
    for (qsizetype k = 0; k < length; ++k) {
        m_typedCells.insert(at + QPoint(int(k), 0));
    }
    m_lastTyping = typing;
    m_lastTypedSpace = space;
    m_typingIndex = m_undoStack.index();
    m_sinceTyped.start();
    return true;
}

void DiagramCanvas::cancelDrag()
{
    m_drag = Drag::None;
    m_preview.reset();
    m_freehandCells.clear();
}

bool DiagramCanvas::handleTextEntryKey(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Return:
    case Qt::Key_Enter:
        m_caret = {m_caretLineStart, m_caret.y() + 1};
        m_lastTyping = Typing::None;
        viewport()->update();
        return true;
    case Qt::Key_Backspace:
        if (m_caret.x() > 0 && typeAt(m_caret - QPoint(1, 0), QStringLiteral(" "), Typing::Erase)) {
            m_caret.rx() -= 1;
            viewport()->update();
        }
        return true;
    case Qt::Key_Left:
    case Qt::Key_Right:
    case Qt::Key_Up:
    case Qt::Key_Down: {
        const QPoint step = event->key() == Qt::Key_Left    ? QPoint(-1, 0)
                            : event->key() == Qt::Key_Right ? QPoint(1, 0)
                            : event->key() == Qt::Key_Up    ? QPoint(0, -1)
                                                            : QPoint(0, 1);
        m_caret = QPoint(qMax(0, m_caret.x() + step.x()), qMax(0, m_caret.y() + step.y()));
        if (step.y() != 0) {
            m_caretLineStart = m_caret.x();
        }
        m_lastTyping = Typing::None;
        viewport()->update();
        return true;
    }
    default:
        break;
    }
    const QString typed = event->text();
    if (typed.isEmpty() || !typed.at(0).isPrint() || (event->modifiers() & (Qt::ControlModifier | Qt::AltModifier))) {
        return false;
    }
    if (typeAt(m_caret, typed, Typing::Text)) {
        m_caret.rx() += int(Core::DiagramGrid::cellsOf(typed).size());
        viewport()->update();
    }
    return true;
}

void DiagramCanvas::keyPressEvent(QKeyEvent *event)
{
    if (event->matches(QKeySequence::Undo)) {
        m_undoStack.undo();
        return;
    }
    if (event->matches(QKeySequence::Redo)) {
        m_undoStack.redo();
        return;
    }
    if (event->matches(QKeySequence::Copy)) {
        copy();
        return;
    }
    if (event->matches(QKeySequence::Cut)) {
        cut();
        return;
    }
    if (event->matches(QKeySequence::Paste)) {
        paste();
        return;
    }
    if (event->modifiers() & Qt::ControlModifier) {
        if (event->key() == Qt::Key_Equal || event->key() == Qt::Key_Plus) {
            setZoom(m_zoom + 1);
            return;
        }
        if (event->key() == Qt::Key_Minus) {
            setZoom(m_zoom - 1);
            return;
        }
    }
    if (event->key() == Qt::Key_Escape) {
        // One step back at a time, never a change of tool: text entry, then a drag, then the selection.
        if (m_textEntry) {
            endTextEntry();
        } else if (m_drag != Drag::None) {
            cancelDrag();
        } else {
            m_selection = {};
            m_selectedShape = -1;
        }
        viewport()->update();
        return;
    }
    if (m_textEntry) {
        if (!handleTextEntryKey(event)) {
            QAbstractScrollArea::keyPressEvent(event);
        }
        return;
    }
    // Nudging the selected shape (or the selected region) with the arrow keys.
    QPoint nudge;
    switch (event->key()) {
    case Qt::Key_Left:
        nudge = {-1, 0};
        break;
    case Qt::Key_Right:
        nudge = {1, 0};
        break;
    case Qt::Key_Up:
        nudge = {0, -1};
        break;
    case Qt::Key_Down:
        nudge = {0, 1};
        break;
    case Qt::Key_Delete:
    case Qt::Key_Backspace:
        deleteSelection();
        return;
    default:
        break;
    }
    if (!nudge.isNull()) {
        if (m_selectedShape >= 0) {
            const DiagramShape moved = m_model.shapes().at(m_selectedShape).translated(nudge);
            if (applyEdit(DiagramEdit::moveShape(m_model.shapes().at(m_selectedShape), nudge))) {
                m_selectedShape = int(m_model.shapes().indexOf(moved));
                viewport()->update();
            }
        } else if (m_selection.isValid()) {
            m_selection.translate(nudge);
            viewport()->update();
        }
        return;
    }
    if (event->modifiers() == Qt::NoModifier || event->modifiers() == Qt::ShiftModifier) {
        static const QHash<int, Tool> shortcuts = {
            {Qt::Key_S, Tool::Select}, {Qt::Key_B, Tool::Box},      {Qt::Key_L, Tool::Line}, {Qt::Key_A, Tool::Arrow},
            {Qt::Key_T, Tool::Text},   {Qt::Key_F, Tool::Freehand}, {Qt::Key_E, Tool::Erase}};
        if (const auto it = shortcuts.constFind(event->key()); it != shortcuts.constEnd()) {
            setTool(*it);
            return;
        }
    }
    QAbstractScrollArea::keyPressEvent(event);
}

void DiagramCanvas::showEvent(QShowEvent *event)
{
    QAbstractScrollArea::showEvent(event);
    if (m_fitPending) {
        fitWidth();
    }
}

void DiagramCanvas::focusOutEvent(QFocusEvent *event)
{
    m_lastTyping = Typing::None; // typing after coming back is a new undo step
    QAbstractScrollArea::focusOutEvent(event);
}

void DiagramCanvas::wheelEvent(QWheelEvent *event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        setZoom(m_zoom + (event->angleDelta().y() > 0 ? 1 : -1));
        return;
    }
    QAbstractScrollArea::wheelEvent(event);
}

} // namespace Specwright::Widgets
