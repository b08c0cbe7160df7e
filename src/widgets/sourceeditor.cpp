// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sourceeditor.h"

#include "editordecorations.h"
#include "editortextlayout.h"
#include "linenumbergutter.h"
#include "longlinesafehighlighter.h"

#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>
#include <QApplication>
#include <QContextMenuEvent>
#include <QFontDatabase>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QMenu>
#include <QPainter>
#include <QScrollBar>
#include <QStyle>
#include <QTextBlock>
#include <QToolTip>
#include <QWheelEvent>
#include <QtMath>

#include <algorithm>

namespace Specwright::Widgets {

namespace {

using KSyntaxHighlighting::Theme;

// Loading the definitions and themes reads dozens of files: do it once per process.
KSyntaxHighlighting::Repository &repository()
{
    static KSyntaxHighlighting::Repository instance;
    return instance;
}

QColor editorColor(const Theme &theme, Theme::EditorColorRole role)
{
    return QColor::fromRgba(theme.editorColor(role));
}

int leadingSpaces(const QString &text)
{
    int count = 0;
    while (count < text.size() && text.at(count) == QLatin1Char(' ')) {
        ++count;
    }
    return count;
}

} // namespace

SourceEditor::SourceEditor(QWidget *parent)
    : QPlainTextEdit(parent)
    , m_gutter(new LineNumberGutter(this))
{
    // Before the highlighter exists: it attaches to the document it is given.
    auto *lines = new QTextDocument(this);
    m_layout = new EditorTextLayout(lines);
    lines->setDocumentLayout(m_layout);
    setDocument(lines);
    m_decorations = std::make_unique<EditorDecorations>(document(), repository());
    m_highlighter = new LongLineSafeHighlighter(document());

    QFont font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    font.setStyleHint(QFont::Monospace);
    setFont(font);
    setLineWrapMode(QPlainTextEdit::NoWrap);
    setTabChangesFocus(false);
    setCenterOnScroll(false);

    m_highlighter->setDefinition(repository().definitionForName(QStringLiteral("reStructuredText")));

    connect(this, &QPlainTextEdit::blockCountChanged, this, &SourceEditor::updateGutterWidth);
    connect(this, &QPlainTextEdit::updateRequest, this, &SourceEditor::updateGutter);
    connect(this, &QPlainTextEdit::cursorPositionChanged, this, &SourceEditor::highlightCurrentLine);
    connect(verticalScrollBar(), &QScrollBar::valueChanged, this, &SourceEditor::decorateVisibleLines);

    applyTheme();
    updateGutterWidth();
}

SourceEditor::~SourceEditor() = default;

void SourceEditor::setThemeName(const QString &name)
{
    if (name == m_themeName) {
        return;
    }
    m_themeName = name;
    applyTheme();
}

void SourceEditor::setSyntaxHighlighting(bool on)
{
    if (on != hasSyntaxHighlighting()) {
        m_highlighter->setDocument(on ? document() : nullptr);
    }
}

bool SourceEditor::hasSyntaxHighlighting() const
{
    return m_highlighter->document() != nullptr;
}

QString SourceEditor::effectiveThemeName() const
{
    return m_highlighter->theme().name();
}

QStringList SourceEditor::availableThemeNames()
{
    QStringList names;
    for (const Theme &theme : repository().themes()) {
        names.append(theme.name());
    }
    names.sort(Qt::CaseInsensitive);
    return names;
}

QString SourceEditor::definitionName() const
{
    return m_highlighter->definition().name();
}

void SourceEditor::setRulerColumn(int column)
{
    m_rulerColumn = column;
    viewport()->update();
}

void SourceEditor::setIndentWidth(int width)
{
    m_indentWidth = qMax(1, width);
}

void SourceEditor::addContextMenuAction(QAction *action)
{
    m_contextMenuActions.append(action);
}

QMenu *SourceEditor::createContextMenu(const QTextCursor &at)
{
    QMenu *menu = createStandardContextMenu();
    menu->addSeparator(); // not shown when no action follows: QMenu collapses it
    for (const QPointer<QAction> &action : std::as_const(m_contextMenuActions)) {
        if (action) {
            menu->addAction(action);
        }
    }
    Q_EMIT contextMenuAboutToShow(menu, at.isNull() ? textCursor() : at);
    return menu;
}

void SourceEditor::setMisspellings(const QList<Core::Misspelling> &misspellings)
{
    if (misspellings == m_decorations->misspellings()) {
        return; // the same words: no repaint
    }
    m_decorations->setMisspellings(misspellings);
    decorate(EditorDecorations::Spelling);
}

const QList<Core::Misspelling> &SourceEditor::misspellings() const
{
    return m_decorations->misspellings();
}

std::optional<Core::Misspelling> SourceEditor::misspellingAt(const QTextCursor &at) const
{
    const int line = at.blockNumber();
    const int column = at.positionInBlock();
    for (const Core::Misspelling &word : m_decorations->misspellings()) {
        if (word.line == line && column >= word.column && column <= word.column + word.length) {
            return word;
        }
    }
    return std::nullopt;
}

void SourceEditor::contextMenuEvent(QContextMenuEvent *event)
{
    // From the keyboard (the Menu key) the menu is for the cursor; a click comes through the
    // viewport, in its coordinates.
    QMenu *menu = createContextMenu(event->reason() == QContextMenuEvent::Keyboard ? textCursor()
                                                                                   : cursorForPosition(event->pos()));
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->popup(event->globalPos());
}

void SourceEditor::goToLine(int line)
{
    const QTextBlock block = document()->findBlockByNumber(qBound(0, line - 1, document()->blockCount() - 1));
    QTextCursor cursor(block);
    setTextCursor(cursor);
    centerCursor();
}

void SourceEditor::goToRange(const Core::SourceRange &range)
{
    const QTextCursor cursor = m_decorations->cursorFor(range);
    setTextCursor(cursor);
    ensureCursorVisible();
    // Sideways only as far as the finding's end needs: a finding at the end of a long line must not
    // scroll the line's start (and every shorter line) out of the view.
    QScrollBar *sideways = horizontalScrollBar();
    QTextCursor end = cursor;
    end.setPosition(cursor.selectionEnd());
    const int margin = fontMetrics().horizontalAdvance(QLatin1Char(' ')) * 2;
    const int endX = cursorRect(end).right() + sideways->value(); // in the text, not the view
    sideways->setValue(qMax(0, endX + margin - viewport()->width()));
}

QColor SourceEditor::diagnosticColor(Core::Diagnostic::Severity severity) const
{
    return m_decorations->diagnosticColor(severity);
}

QColor SourceEditor::titleColor(int level) const
{
    const QColor color = m_decorations->titleColor(level);
    return color.isValid() ? color : palette().color(QPalette::Text);
}

void SourceEditor::setCodeBlocks(const QList<CodeBlock> &blocks)
{
    m_decorations->setCodeBlocks(blocks);
    decorate(EditorDecorations::CodeBlocks);
}

int SourceEditor::highlightedCodeBlocks() const
{
    return m_decorations->highlightedCodeBlocks();
}

void SourceEditor::setTitles(const QList<TitleLines> &titles)
{
    m_decorations->setTitles(titles);
    decorate(EditorDecorations::Titles);
}

void SourceEditor::setDiagnostics(const QList<Core::Diagnostic> &diagnostics)
{
    const bool marksMoved = m_decorations->setDiagnostics(diagnostics);
    decorate(EditorDecorations::Underlines);
    if (marksMoved) {
        m_gutter->update();
    }
}

const QList<Core::Diagnostic> &SourceEditor::diagnostics() const
{
    return m_decorations->diagnostics();
}

QPair<int, int> SourceEditor::decoratedLines() const
{
    return m_decorations->decoratedLines();
}

// Rebuilds \a layers of decorations for the lines around the view (all lines in a short document).
void SourceEditor::decorate(int layers)
{
    const int screen = qMax(1, viewport()->height() / qMax(1, fontMetrics().lineSpacing()));
    m_decorations->update(layers, firstVisibleBlock().blockNumber(), screen);
    m_selectionsDirty = true;
    highlightCurrentLine();
}

void SourceEditor::decorateVisibleLines()
{
    const int first = firstVisibleBlock().blockNumber();
    const int last = first + viewport()->height() / qMax(1, fontMetrics().lineSpacing());
    if (m_decorations->needsUpdate(first, last)) {
        decorate(EditorDecorations::AllLayers);
    }
}

bool SourceEditor::goToNextDiagnostic(bool backwards)
{
    const QList<Core::Diagnostic> &diagnostics = m_decorations->diagnostics();
    if (diagnostics.isEmpty()) {
        return false;
    }
    const int position = textCursor().selectionStart();
    QList<int> starts;
    for (const Core::Diagnostic &diagnostic : diagnostics) {
        starts.append(m_decorations->cursorFor(diagnostic.range).selectionStart());
    }
    int best = -1;
    for (int i = 0; i < starts.size(); ++i) {
        const bool after = backwards ? starts.at(i) < position : starts.at(i) > position;
        if (after && (best < 0 || (backwards ? starts.at(i) > starts.at(best) : starts.at(i) < starts.at(best)))) {
            best = i;
        }
    }
    if (best < 0) { // wrap around
        best = 0;
        for (int i = 1; i < starts.size(); ++i) {
            if (backwards ? starts.at(i) > starts.at(best) : starts.at(i) < starts.at(best)) {
                best = i;
            }
        }
    }
    goToRange(diagnostics.at(best).range);
    return true;
}

bool SourceEditor::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QTextCursor hovered = cursorForPosition(viewport()->mapFromGlobal(help->globalPos()));
        const QString findings = m_decorations->tooltipAt(hovered);
        if (!findings.isEmpty()) {
            QToolTip::showText(help->globalPos(), findings, this);
        } else {
            QToolTip::hideText();
        }
        return true;
    }
    return QPlainTextEdit::event(event);
}

int SourceEditor::gutterWidth() const
{
    int digits = 1;
    for (int max = qMax(1, blockCount()); max >= 10; max /= 10) {
        ++digits;
    }
    digits = qMax(digits, 3);
    return fontMetrics().horizontalAdvance(QLatin1Char('9')) * (digits + 2);
}

int SourceEditor::widthForColumns(int columns) const
{
    const QFontMetricsF metrics(font());
    const int scrollBar = style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, this);
    return qCeil(metrics.horizontalAdvance(QLatin1Char(' ')) * columns + document()->documentMargin() * 2) +
           gutterWidth() + scrollBar + 2 * frameWidth();
}

int SourceEditor::rulerX() const
{
    const QFontMetricsF metrics(font());
    return qRound(contentOffset().x() + document()->documentMargin() +
                  metrics.horizontalAdvance(QLatin1Char(' ')) * m_rulerColumn);
}

void SourceEditor::keyPressEvent(QKeyEvent *event)
{
    const Qt::KeyboardModifiers modifiers = event->modifiers() & ~Qt::KeypadModifier;
    if (event->key() == Qt::Key_Tab && modifiers == Qt::NoModifier) {
        const QTextCursor cursor = textCursor();
        const bool multiLine = cursor.hasSelection() && document()->findBlock(cursor.selectionStart()) !=
                                                            document()->findBlock(cursor.selectionEnd());
        if (multiLine) {
            indentSelection(false);
        } else {
            insertSoftTab();
        }
        return;
    }
    if (event->key() == Qt::Key_Backtab) {
        indentSelection(true);
        return;
    }
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && modifiers == Qt::NoModifier) {
        // Keep the indentation of the current line: lists, literal blocks and
        // directive bodies in RST all continue at the same indent.
        QTextCursor cursor = textCursor();
        const QString line = cursor.block().text();
        const int indent = qMin(leadingSpaces(line), cursor.positionInBlock());
        cursor.beginEditBlock();
        cursor.insertBlock();
        cursor.insertText(QString(indent, QLatin1Char(' ')));
        cursor.endEditBlock();
        setTextCursor(cursor);
        ensureCursorVisible();
        return;
    }
    QPlainTextEdit::keyPressEvent(event);
}

void SourceEditor::insertSoftTab()
{
    QTextCursor cursor = textCursor();
    const int column = cursor.selectionStart() - cursor.block().position();
    const int spaces = m_indentWidth - (column % m_indentWidth);
    cursor.insertText(QString(spaces, QLatin1Char(' ')));
    setTextCursor(cursor);
}

void SourceEditor::indentSelection(bool unindent)
{
    QTextCursor cursor = textCursor();
    const int start = cursor.selectionStart();
    const int end = cursor.selectionEnd();
    QTextBlock block = document()->findBlock(start);
    QTextBlock last = document()->findBlock(end);
    // A selection ending at the start of a line does not include that line.
    if (cursor.hasSelection() && last != block && end == last.position()) {
        last = last.previous();
    }
    cursor.beginEditBlock();
    while (block.isValid()) {
        QTextCursor lineCursor(block);
        if (unindent) {
            const int remove = qMin(leadingSpaces(block.text()), m_indentWidth);
            lineCursor.movePosition(QTextCursor::NextCharacter, QTextCursor::KeepAnchor, remove);
            lineCursor.removeSelectedText();
        } else if (!block.text().isEmpty()) {
            lineCursor.insertText(QString(m_indentWidth, QLatin1Char(' ')));
        }
        if (block == last) {
            break;
        }
        block = block.next();
    }
    cursor.endEditBlock();
}

void SourceEditor::resizeEvent(QResizeEvent *event)
{
    QPlainTextEdit::resizeEvent(event);
    m_layout->setViewWidth(viewport()->width());
    const QRect contents = contentsRect();
    m_gutter->setGeometry(QRect(contents.left(), contents.top(), gutterWidth(), contents.height()));
    decorateVisibleLines();
}

void SourceEditor::paintEvent(QPaintEvent *event)
{
    QPlainTextEdit::paintEvent(event);
    if (m_rulerColumn <= 0) {
        return;
    }
    QPainter painter(viewport());
    painter.setPen(m_rulerColor);
    const int x = rulerX();
    painter.drawLine(x, event->rect().top(), x, event->rect().bottom());
}

void SourceEditor::wheelEvent(QWheelEvent *event)
{
    if (!(event->modifiers() & Qt::ControlModifier)) {
        QPlainTextEdit::wheelEvent(event);
        return;
    }
    // A touchpad sends small deltas: they add up to whole steps.
    m_wheelZoom += event->angleDelta().y();
    const int steps = m_wheelZoom / QWheelEvent::DefaultDeltasPerStep;
    m_wheelZoom -= steps * QWheelEvent::DefaultDeltasPerStep;
    if (steps != 0) {
        Q_EMIT zoomRequested(steps);
    }
    event->accept();
}

void SourceEditor::changeEvent(QEvent *event)
{
    QPlainTextEdit::changeEvent(event);
    if ((event->type() == QEvent::ApplicationPaletteChange || event->type() == QEvent::PaletteChange) &&
        m_themeName.isEmpty() && !m_applyingTheme) {
        applyTheme();
    } else if (event->type() == QEvent::FontChange) {
        updateGutterWidth();
    }
}

void SourceEditor::paintGutter(QPaintEvent *event)
{
    QPainter painter(m_gutter);
    painter.fillRect(event->rect(), m_gutterBackground);
    const int currentBlock = textCursor().blockNumber();
    QTextBlock block = firstVisibleBlock();
    int top = qRound(blockBoundingGeometry(block).translated(contentOffset()).top());
    int bottom = top + qRound(blockBoundingRect(block).height());
    const int width = m_gutter->width() - fontMetrics().horizontalAdvance(QLatin1Char('9'));
    while (block.isValid() && top <= event->rect().bottom()) {
        if (block.isVisible() && bottom >= event->rect().top()) {
            const bool current = block.blockNumber() == currentBlock;
            painter.setPen(current ? m_currentLineNumberColor : m_lineNumberColor);
            QFont numberFont = font();
            numberFont.setBold(current);
            painter.setFont(numberFont);
            painter.drawText(0, top, width, fontMetrics().height(), Qt::AlignRight,
                             QString::number(block.blockNumber() + 1));
            const std::optional<Core::Diagnostic::Severity> marker = m_decorations->lineSeverity(block.blockNumber());
            if (marker) {
                // A dot in the gutter marks lines with diagnostics, in the colour of the worst one.
                const int size = qMax(4, fontMetrics().height() / 3);
                painter.save();
                painter.setRenderHint(QPainter::Antialiasing);
                painter.setPen(Qt::NoPen);
                painter.setBrush(diagnosticColor(*marker));
                painter.drawEllipse(QRect(2, top + (fontMetrics().height() - size) / 2, size, size));
                painter.restore();
            }
        }
        block = block.next();
        top = bottom;
        bottom = top + qRound(blockBoundingRect(block).height());
    }
}

void SourceEditor::updateGutterWidth()
{
    setViewportMargins(gutterWidth(), 0, 0, 0);
    const QRect contents = contentsRect();
    m_gutter->setGeometry(QRect(contents.left(), contents.top(), gutterWidth(), contents.height()));
}

void SourceEditor::updateGutter(const QRect &rect, int dy)
{
    if (dy != 0) {
        m_gutter->scroll(0, dy);
    } else {
        m_gutter->update(0, rect.y(), m_gutter->width(), rect.height());
    }
}

void SourceEditor::highlightCurrentLine()
{
    // Extra selections hold live cursors: while the cursor stays on one line, typing needs no new
    // list (rebuilding it for thousands of titles and diagnostics would cost every keystroke).
    const int block = textCursor().blockNumber();
    // The line highlight's cursor is live too: replacing the whole text moves it off the cursor's line.
    const QList<QTextEdit::ExtraSelection> current = extraSelections();
    if (block == m_highlightedBlock && !m_selectionsDirty && !current.isEmpty() &&
        current.constFirst().cursor.blockNumber() == block) {
        return; // the gutter follows the text's own repaints (updateGutter)
    }
    const bool blockChanged = block != m_highlightedBlock;
    m_highlightedBlock = block;
    m_selectionsDirty = false;
    QList<QTextEdit::ExtraSelection> selections;
    QTextEdit::ExtraSelection line;
    line.format.setBackground(m_currentLineColor);
    line.format.setProperty(QTextFormat::FullWidthSelection, true);
    line.cursor = textCursor();
    line.cursor.clearSelection();
    selections.append(line);
    selections += m_decorations->selections();
    selections += m_searchSelections;
    // A check that found what the last one found must not repaint the editor: compare first.
    const bool same = std::equal(selections.cbegin(), selections.cend(), current.cbegin(), current.cend(),
                                 [](const QTextEdit::ExtraSelection &a, const QTextEdit::ExtraSelection &b) {
                                     return a.cursor.position() == b.cursor.position() &&
                                            a.cursor.anchor() == b.cursor.anchor() && a.format == b.format;
                                 });
    if (!same) {
        setExtraSelections(selections);
    }
    // Any repaint makes the window composite the web preview too; spare it when nothing changed.
    if (!same || blockChanged) {
        m_gutter->update();
    }
}

void SourceEditor::setSearchHighlights(const QList<QPair<int, int>> &ranges)
{
    if (ranges.isEmpty() && m_searchSelections.isEmpty()) {
        return;
    }
    m_searchSelections.clear();
    m_searchSelections.reserve(ranges.size());
    QTextEdit::ExtraSelection match;
    match.format.setBackground(m_searchColor);
    match.cursor = QTextCursor(document());
    for (const auto &[start, length] : ranges) {
        match.cursor.setPosition(start);
        match.cursor.setPosition(start + length, QTextCursor::KeepAnchor);
        m_searchSelections.append(match);
    }
    m_selectionsDirty = true;
    highlightCurrentLine();
}

void SourceEditor::applyTheme()
{
    Theme theme = m_themeName.isEmpty() ? Theme() : repository().theme(m_themeName);
    if (!theme.isValid()) {
        theme = repository().themeForPalette(qApp ? QApplication::palette() : palette());
    }
    m_highlighter->setTheme(theme);
    m_highlighter->rehighlight();

    QPalette pal = palette();
    pal.setColor(QPalette::Base, editorColor(theme, Theme::BackgroundColor));
    pal.setColor(QPalette::Text, QColor::fromRgba(theme.textColor(Theme::Normal)));
    pal.setColor(QPalette::Highlight, editorColor(theme, Theme::TextSelection));
    pal.setColor(QPalette::HighlightedText, QColor::fromRgba(theme.textColor(Theme::Normal)));
    // Setting the palette re-enters changeEvent(PaletteChange); the flag stops the loop.
    m_applyingTheme = true;
    setPalette(pal);
    m_applyingTheme = false;

    m_currentLineColor = editorColor(theme, Theme::CurrentLine);
    m_rulerColor = editorColor(theme, Theme::WordWrapMarker);
    m_searchColor = editorColor(theme, Theme::SearchHighlight);
    for (QTextEdit::ExtraSelection &match : m_searchSelections) {
        match.format.setBackground(m_searchColor);
    }
    m_gutterBackground = editorColor(theme, Theme::IconBorder);
    m_lineNumberColor = editorColor(theme, Theme::LineNumbers);
    m_currentLineNumberColor = editorColor(theme, Theme::CurrentLineNumber);
    m_selectionsDirty = true;
    m_decorations->setTheme(theme, pal.color(QPalette::Base).lightness() < 128);
    decorate(EditorDecorations::AllLayers); // in the new colours
    viewport()->update();
}

} // namespace Specwright::Widgets
