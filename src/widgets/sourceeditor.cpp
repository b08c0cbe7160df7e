// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sourceeditor.h"

#include "codeblockhighlighter.h"
#include "editortextlayout.h"
#include "linenumbergutter.h"
#include "longlinesafehighlighter.h"

#include <core/plugin/codelanguages.h>

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>
#include <QApplication>
#include <QFontDatabase>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QPainter>
#include <QScrollBar>
#include <QTextBlock>
#include <QToolTip>

#include <algorithm>
#include <limits>

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

void SourceEditor::goToLine(int line)
{
    const QTextBlock block = document()->findBlockByNumber(qBound(0, line - 1, document()->blockCount() - 1));
    QTextCursor cursor(block);
    setTextCursor(cursor);
    centerCursor();
}

QTextCursor SourceEditor::cursorFor(const Core::SourceRange &range) const
{
    // Past the end (a missing section anchored after the last line): the last line with text.
    QTextBlock startBlock = document()->findBlockByNumber(qMin(range.startLine, document()->blockCount() - 1));
    const bool pastEnd = range.startLine >= document()->blockCount() ||
                         (range.startLine == range.endLine && range.startColumn == range.endColumn &&
                          startBlock.length() <= 1 && !startBlock.next().isValid());
    while (pastEnd && startBlock.previous().isValid() && startBlock.length() <= 1) {
        startBlock = startBlock.previous();
    }
    QTextBlock endBlock = pastEnd ? startBlock : document()->findBlockByNumber(range.endLine);
    if (!endBlock.isValid()) {
        endBlock = document()->lastBlock();
    }
    QTextCursor cursor(document());
    const int startColumn = pastEnd ? 0 : range.startColumn;
    const int endColumn = pastEnd ? startBlock.length() - 1 : range.endColumn;
    cursor.setPosition(startBlock.position() + qBound(0, startColumn, startBlock.length() - 1));
    int end = endBlock.position() + qBound(0, endColumn, endBlock.length() - 1);
    if (end <= cursor.position()) {
        // An empty range (a missing section's anchor, a missing newline): mark one character or the line.
        end = qMin(cursor.position() + 1, startBlock.position() + startBlock.length() - 1);
        if (end <= cursor.position()) {
            cursor.movePosition(QTextCursor::StartOfBlock);
            end = startBlock.position() + startBlock.length() - 1;
        }
    }
    cursor.setPosition(end, QTextCursor::KeepAnchor);
    return cursor;
}

void SourceEditor::goToRange(const Core::SourceRange &range)
{
    setTextCursor(cursorFor(range));
    ensureCursorVisible();
}

QColor SourceEditor::diagnosticColor(Core::Diagnostic::Severity severity) const
{
    switch (severity) {
    case Core::Diagnostic::Severity::Error:
        return m_errorColor;
    case Core::Diagnostic::Severity::Warning:
        return m_warningColor;
    case Core::Diagnostic::Severity::Info:
        return m_infoColor;
    }
    return m_errorColor;
}

namespace {

// Unknown names give an invalid definition: the block stays plain literal text.
KSyntaxHighlighting::Definition definitionForLanguage(const QString &language)
{
    return repository().definitionForName(Core::CodeLanguages::definitionName(language));
}

} // namespace

void SourceEditor::setCodeBlocks(const QList<CodeBlock> &blocks)
{
    m_codeBlocks = blocks;
    decorate(CodeBlocks);
}

void SourceEditor::buildCodeSelections()
{
    m_codeSelections.clear();
    m_highlightedCodeBlocks = 0;
    CodeBlockHighlighter highlighter;
    highlighter.setTheme(m_highlighter->theme());
    for (const CodeBlock &block : std::as_const(m_codeBlocks)) {
        if (block.lastLine < m_decoratedFirst || block.firstLine > m_decoratedLast) {
            continue;
        }
        const KSyntaxHighlighting::Definition definition = definitionForLanguage(block.language);
        // Unknown languages (and "text", "none") stay plain literal text; that is not an error.
        if (!definition.isValid() || block.lastLine - block.firstLine > 2000) {
            continue;
        }
        QStringList lines;
        QList<QTextBlock> textBlocks;
        for (int line = block.firstLine; line <= block.lastLine; ++line) {
            const QTextBlock textBlock = document()->findBlockByNumber(line);
            textBlocks.append(textBlock);
            lines.append(textBlock.text());
        }
        ++m_highlightedCodeBlocks;
        for (const CodeBlockHighlighter::Span &span : highlighter.highlight(definition, lines)) {
            const QTextBlock &textBlock = textBlocks.at(span.line);
            if (!textBlock.isValid()) {
                continue;
            }
            QTextEdit::ExtraSelection selection;
            selection.cursor = QTextCursor(document());
            selection.cursor.setPosition(textBlock.position() + qMin(span.column, textBlock.length() - 1));
            selection.cursor.setPosition(textBlock.position() + qMin(span.column + span.length, textBlock.length() - 1),
                                         QTextCursor::KeepAnchor);
            selection.format.setForeground(span.color);
            if (span.bold) {
                selection.format.setFontWeight(QFont::Bold);
            }
            if (span.italic) {
                selection.format.setFontItalic(true);
            }
            m_codeSelections.append(selection);
        }
    }
}

QColor SourceEditor::titleColor(int level) const
{
    return m_titleColors.isEmpty() ? palette().color(QPalette::Text)
                                   : m_titleColors.at(qBound(0, level - 1, int(m_titleColors.size()) - 1));
}

void SourceEditor::setTitles(const QList<TitleLines> &titles)
{
    m_titles = titles;
    decorate(Titles);
}

void SourceEditor::buildTitleSelections()
{
    m_titleSelections.clear();
    for (const TitleLines &title : std::as_const(m_titles)) {
        if (title.lastLine < m_decoratedFirst || title.firstLine > m_decoratedLast) {
            continue;
        }
        const QTextBlock first = document()->findBlockByNumber(title.firstLine);
        const QTextBlock last = document()->findBlockByNumber(title.lastLine);
        if (!first.isValid() || !last.isValid()) {
            continue;
        }
        QTextEdit::ExtraSelection selection;
        selection.cursor = QTextCursor(document());
        selection.cursor.setPosition(first.position());
        selection.cursor.setPosition(last.position() + last.length() - 1, QTextCursor::KeepAnchor);
        selection.format.setForeground(titleColor(title.level));
        selection.format.setFontWeight(QFont::Bold);
        m_titleSelections.append(selection);
    }
}

void SourceEditor::setDiagnostics(const QList<Core::Diagnostic> &diagnostics)
{
    m_diagnostics = diagnostics;
    QHash<int, Core::Diagnostic::Severity> lineSeverity;
    for (const Core::Diagnostic &diagnostic : diagnostics) {
        const auto it = lineSeverity.constFind(diagnostic.range.startLine);
        if (it == lineSeverity.constEnd() || int(*it) < int(diagnostic.severity)) {
            lineSeverity.insert(diagnostic.range.startLine, diagnostic.severity);
        }
    }
    // The underlines' cursors moved with the text when lines were added above them, so the
    // selections can be unchanged while the gutter's dots, kept by line number, are not.
    const bool dotsMoved = lineSeverity != m_lineSeverity;
    m_lineSeverity = std::move(lineSeverity);
    decorate(Underlines);
    if (dotsMoved) {
        m_gutter->update();
    }
}

void SourceEditor::buildDiagnosticSelections()
{
    m_diagnosticSelections.clear();
    const auto underline = [this](const QTextCursor &cursor, Core::Diagnostic::Severity severity) {
        QTextEdit::ExtraSelection selection;
        selection.cursor = cursor;
        selection.format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
        selection.format.setUnderlineColor(diagnosticColor(severity));
        m_diagnosticSelections.append(selection);
    };
    // The findings past a line's own underlines, as one range from the first to the last of them.
    struct Rest
    {
        Core::SourceRange range;
        Core::Diagnostic::Severity severity;
    };
    QHash<int, int> perLine;
    QHash<int, Rest> rests;
    for (const Core::Diagnostic &diagnostic : std::as_const(m_diagnostics)) {
        const Core::SourceRange &range = diagnostic.range;
        if (range.endLine < m_decoratedFirst || range.startLine > m_decoratedLast) {
            continue;
        }
        if (m_diagnosticSelections.size() + rests.size() >= MaximumUnderlines) {
            break; // the list and the gutter still show every finding
        }
        int &made = perLine[range.startLine];
        if (made < MaximumUnderlinesPerLine) {
            ++made;
            underline(cursorFor(range), diagnostic.severity);
            continue;
        }
        const auto it = rests.find(range.startLine);
        if (it == rests.end()) {
            rests.insert(range.startLine, {range, diagnostic.severity});
            continue;
        }
        Core::SourceRange &merged = it->range;
        if (std::pair(range.startLine, range.startColumn) < std::pair(merged.startLine, merged.startColumn)) {
            merged.startColumn = range.startColumn;
        }
        if (std::pair(range.endLine, range.endColumn) > std::pair(merged.endLine, merged.endColumn)) {
            merged.endLine = range.endLine;
            merged.endColumn = range.endColumn;
        }
        it->severity = std::max(it->severity, diagnostic.severity);
    }
    for (const Rest &rest : std::as_const(rests)) {
        underline(cursorFor(rest.range), rest.severity);
    }
}

bool SourceEditor::isWindowed() const
{
    return blockCount() > WindowedDecorationLines || document()->characterCount() > WindowedDecorationCharacters;
}

// Rebuilds \a layers of decorations (all of them when the decorated lines change): for all lines,
// or, in a long document, for the lines around the view.
void SourceEditor::decorate(int layers)
{
    int first = 0;
    int last = std::numeric_limits<int>::max();
    if (isWindowed()) {
        // A screenful above and below, so that scrolling a little rebuilds nothing.
        const int top = firstVisibleBlock().blockNumber();
        const int screen = qMax(1, viewport()->height() / qMax(1, fontMetrics().lineSpacing()));
        first = qMax(0, top - screen);
        last = top + 2 * screen;
    }
    if (first != m_decoratedFirst || last != m_decoratedLast) {
        m_decoratedFirst = first;
        m_decoratedLast = last;
        layers = AllLayers;
    }
    if (layers & Titles) {
        buildTitleSelections();
    }
    if (layers & CodeBlocks) {
        buildCodeSelections();
    }
    if (layers & Underlines) {
        buildDiagnosticSelections();
    }
    m_selectionsDirty = true;
    highlightCurrentLine();
}

void SourceEditor::decorateVisibleLines()
{
    const int first = firstVisibleBlock().blockNumber();
    const int last = first + viewport()->height() / qMax(1, fontMetrics().lineSpacing());
    const bool everything = m_decoratedFirst == 0 && m_decoratedLast == std::numeric_limits<int>::max();
    if (everything != !isWindowed() || first < m_decoratedFirst || last > m_decoratedLast) {
        decorate(AllLayers);
    }
}

bool SourceEditor::goToNextDiagnostic(bool backwards)
{
    if (m_diagnostics.isEmpty()) {
        return false;
    }
    const int position = textCursor().selectionStart();
    QList<int> starts;
    for (const Core::Diagnostic &diagnostic : std::as_const(m_diagnostics)) {
        starts.append(cursorFor(diagnostic.range).selectionStart());
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
    goToRange(m_diagnostics.at(best).range);
    return true;
}

bool SourceEditor::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QPoint viewportPos = viewport()->mapFromGlobal(help->globalPos());
        const QTextCursor hovered = cursorForPosition(viewportPos);
        const int position = hovered.position();
        const int line = hovered.blockNumber();
        const int column = hovered.positionInBlock();
        QStringList lines;
        int more = 0;
        const int lastLine = blockCount() - 1;
        for (const Core::Diagnostic &diagnostic : std::as_const(m_diagnostics)) {
            // Cheaply ruled out first (a line can hold thousands of findings); cursorFor() moves
            // ranges at or past the end onto the last line with text, so those always go through it.
            const Core::SourceRange &r = diagnostic.range;
            if (r.startLine < lastLine && (line < r.startLine || line > r.endLine ||
                                           (r.startLine == r.endLine && r.startColumn < r.endColumn &&
                                            (column < r.startColumn || column > r.endColumn)))) {
                continue;
            }
            const QTextCursor range = cursorFor(diagnostic.range);
            if (position < range.selectionStart() || position > range.selectionEnd()) {
                continue;
            }
            if (lines.size() == MaximumTooltipFindings) {
                ++more;
            } else {
                lines.append(QStringLiteral("%1: %2 [%3]")
                                 .arg(Core::Diagnostic::severityName(diagnostic.severity), diagnostic.message,
                                      diagnostic.ruleId));
            }
        }
        if (more > 0) {
            lines.append(tr("… and %n more here", nullptr, more));
        }
        if (!lines.isEmpty()) {
            QToolTip::showText(help->globalPos(), lines.join(QLatin1Char('\n')), this);
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
            const auto marker = m_lineSeverity.constFind(block.blockNumber());
            if (marker != m_lineSeverity.constEnd()) {
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
    selections += m_codeSelections;
    selections += m_titleSelections;
    selections += m_diagnosticSelections;
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
    m_gutterBackground = editorColor(theme, Theme::IconBorder);
    m_lineNumberColor = editorColor(theme, Theme::LineNumbers);
    m_currentLineNumberColor = editorColor(theme, Theme::CurrentLineNumber);
    m_selectionsDirty = true;
    // Themes colour "warning" red like errors (Breeze: #da4453 against #bf0303) and "information"
    // orange: findings get one hue per severity, red, amber and blue, bright enough for the background.
    const bool dark = pal.color(QPalette::Base).lightness() < 128;
    m_errorColor = dark ? QColor(0xff, 0x6b, 0x6b) : QColor(0xc6, 0x28, 0x28);
    m_warningColor = dark ? QColor(0xff, 0xb7, 0x4d) : QColor(0xb2, 0x6a, 0x00);
    m_infoColor = dark ? QColor(0x64, 0xb5, 0xf6) : QColor(0x15, 0x65, 0xc0);
    // Title levels take the theme's own colours, from the most to the least prominent.
    m_titleColors = {
        QColor::fromRgba(theme.textColor(Theme::Keyword)), QColor::fromRgba(theme.textColor(Theme::Function)),
        QColor::fromRgba(theme.textColor(Theme::DataType)), QColor::fromRgba(theme.textColor(Theme::Attribute)),
        QColor::fromRgba(theme.textColor(Theme::Constant))};
    decorate(AllLayers); // in the new colours
    viewport()->update();
}

} // namespace Specwright::Widgets
