// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "editordecorations.h"

#include "codeblockhighlighter.h"
#include "sourceeditor.h"

#include <core/plugin/codelanguages.h>

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <QTextBlock>
#include <QTextDocument>

#include <algorithm>
#include <limits>

namespace Specwright::Widgets {

using KSyntaxHighlighting::Theme;

EditorDecorations::EditorDecorations(QTextDocument *document, KSyntaxHighlighting::Repository &repository)
    : m_document(document)
    , m_repository(repository)
{
}

void EditorDecorations::setTheme(const Theme &theme, bool dark)
{
    m_theme = theme;
    // Themes colour "warning" red like errors (Breeze: #da4453 against #bf0303) and "information"
    // orange: findings get one hue per severity, red, amber and blue, bright enough for the background.
    m_errorColor = dark ? QColor(0xff, 0x6b, 0x6b) : QColor(0xc6, 0x28, 0x28);
    m_warningColor = dark ? QColor(0xff, 0xb7, 0x4d) : QColor(0xb2, 0x6a, 0x00);
    m_infoColor = dark ? QColor(0x64, 0xb5, 0xf6) : QColor(0x15, 0x65, 0xc0);
    // Spelling: the theme's own spell-checking colour, dotted, so it never reads as a finding.
    m_spellingColor = QColor::fromRgba(theme.editorColor(Theme::SpellChecking));
    if (!m_spellingColor.isValid() || m_spellingColor.alpha() == 0) {
        m_spellingColor = dark ? QColor(0xe0, 0x7b, 0xe0) : QColor(0xa0, 0x20, 0xa0);
    }
    // Title levels take the theme's own colours, from the most to the least prominent.
    m_titleColors = {
        QColor::fromRgba(theme.textColor(Theme::Keyword)), QColor::fromRgba(theme.textColor(Theme::Function)),
        QColor::fromRgba(theme.textColor(Theme::DataType)), QColor::fromRgba(theme.textColor(Theme::Attribute)),
        QColor::fromRgba(theme.textColor(Theme::Constant))};
}

QColor EditorDecorations::titleColor(int level) const
{
    return m_titleColors.isEmpty() ? QColor() : m_titleColors.at(qBound(0, level - 1, int(m_titleColors.size()) - 1));
}

QColor EditorDecorations::diagnosticColor(Core::Diagnostic::Severity severity) const
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

bool EditorDecorations::setDiagnostics(const QList<Core::Diagnostic> &diagnostics)
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
    // selections can be unchanged while the marks, kept by line number, are not.
    const bool moved = lineSeverity != m_lineSeverity;
    m_lineSeverity = std::move(lineSeverity);
    return moved;
}

std::optional<Core::Diagnostic::Severity> EditorDecorations::lineSeverity(int line) const
{
    const auto it = m_lineSeverity.constFind(line);
    if (it == m_lineSeverity.constEnd()) {
        return std::nullopt;
    }
    return *it;
}

bool EditorDecorations::isWindowed() const
{
    return m_document->blockCount() > SourceEditor::WindowedDecorationLines ||
           m_document->characterCount() > SourceEditor::WindowedDecorationCharacters;
}

void EditorDecorations::update(int layers, int top, int screen)
{
    int first = 0;
    int last = std::numeric_limits<int>::max();
    if (isWindowed()) {
        // A screenful above and below, so that scrolling a little rebuilds nothing.
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
    if (layers & Spelling) {
        buildSpellingSelections();
    }
}

bool EditorDecorations::needsUpdate(int first, int last) const
{
    const bool everything = m_decoratedFirst == 0 && m_decoratedLast == std::numeric_limits<int>::max();
    return everything != !isWindowed() || first < m_decoratedFirst || last > m_decoratedLast;
}

QList<QTextEdit::ExtraSelection> EditorDecorations::selections() const
{
    return m_codeSelections + m_titleSelections + m_spellingSelections + m_diagnosticSelections;
}

void EditorDecorations::buildTitleSelections()
{
    m_titleSelections.clear();
    for (const Core::SpecAnalysis::TitleSpan &title : std::as_const(m_titles)) {
        if (title.lastLine < m_decoratedFirst || title.firstLine > m_decoratedLast) {
            continue;
        }
        const QTextBlock first = m_document->findBlockByNumber(title.firstLine);
        const QTextBlock last = m_document->findBlockByNumber(title.lastLine);
        if (!first.isValid() || !last.isValid()) {
            continue;
        }
        QTextEdit::ExtraSelection selection;
        selection.cursor = QTextCursor(m_document);
        selection.cursor.setPosition(first.position());
        selection.cursor.setPosition(last.position() + last.length() - 1, QTextCursor::KeepAnchor);
        selection.format.setForeground(titleColor(title.level));
        selection.format.setFontWeight(QFont::Bold);
        m_titleSelections.append(selection);
    }
}

void EditorDecorations::buildCodeSelections()
{
    m_codeSelections.clear();
    m_highlightedCodeBlocks = 0;
    CodeBlockHighlighter highlighter;
    highlighter.setTheme(m_theme);
    for (const Core::SpecAnalysis::CodeSpan &block : std::as_const(m_codeBlocks)) {
        if (block.lastLine < m_decoratedFirst || block.firstLine > m_decoratedLast) {
            continue;
        }
        const KSyntaxHighlighting::Definition definition =
            m_repository.definitionForName(Core::CodeLanguages::definitionName(block.language));
        // Unknown languages (and "text", "none") stay plain literal text; that is not an error.
        if (!definition.isValid() || block.lastLine - block.firstLine > 2000) {
            continue;
        }
        QStringList lines;
        QList<QTextBlock> textBlocks;
        for (int line = block.firstLine; line <= block.lastLine; ++line) {
            const QTextBlock textBlock = m_document->findBlockByNumber(line);
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
            selection.cursor = QTextCursor(m_document);
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

void EditorDecorations::buildSpellingSelections()
{
    m_spellingSelections.clear();
    QTextEdit::ExtraSelection selection;
    selection.format.setUnderlineStyle(QTextCharFormat::DotLine);
    selection.format.setUnderlineColor(m_spellingColor);
    for (const Core::Misspelling &word : std::as_const(m_misspellings)) {
        if (word.line < m_decoratedFirst || word.line > m_decoratedLast) {
            continue;
        }
        if (m_spellingSelections.size() >= SourceEditor::MaximumUnderlines) {
            break;
        }
        selection.cursor = cursorFor({word.line, word.column, word.line, word.column + word.length});
        m_spellingSelections.append(selection);
    }
}

void EditorDecorations::buildDiagnosticSelections()
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
        if (m_diagnosticSelections.size() + rests.size() >= SourceEditor::MaximumUnderlines) {
            break; // the list and the gutter still show every finding
        }
        int &made = perLine[range.startLine];
        if (made < SourceEditor::MaximumUnderlinesPerLine) {
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

QTextCursor EditorDecorations::cursorFor(const Core::SourceRange &range) const
{
    // Past the end (a missing section anchored after the last line): the last line with text.
    QTextBlock startBlock = m_document->findBlockByNumber(qMin(range.startLine, m_document->blockCount() - 1));
    const bool pastEnd = range.startLine >= m_document->blockCount() ||
                         (range.startLine == range.endLine && range.startColumn == range.endColumn &&
                          startBlock.length() <= 1 && !startBlock.next().isValid());
    while (pastEnd && startBlock.previous().isValid() && startBlock.length() <= 1) {
        startBlock = startBlock.previous();
    }
    QTextBlock endBlock = pastEnd ? startBlock : m_document->findBlockByNumber(range.endLine);
    if (!endBlock.isValid()) {
        endBlock = m_document->lastBlock();
    }
    QTextCursor cursor(m_document);
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

QString EditorDecorations::tooltipAt(const QTextCursor &hovered) const
{
    const int position = hovered.position();
    const int line = hovered.blockNumber();
    const int column = hovered.positionInBlock();
    QStringList lines;
    int more = 0;
    const int lastLine = m_document->blockCount() - 1;
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
        if (lines.size() == SourceEditor::MaximumTooltipFindings) {
            ++more;
        } else {
            lines.append(
                QStringLiteral("%1: %2 [%3]")
                    .arg(Core::Diagnostic::severityName(diagnostic.severity), diagnostic.message, diagnostic.ruleId));
        }
    }
    if (more > 0) {
        lines.append(tr("… and %n more here", nullptr, more));
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace Specwright::Widgets
