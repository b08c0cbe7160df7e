// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/analysis/specanalysis.h>
#include <core/spelling/misspelling.h>
#include <core/validate/diagnostic.h>

#include <KSyntaxHighlighting/Theme>
#include <QCoreApplication>
#include <QHash>
#include <QTextEdit>

#include <optional>

namespace KSyntaxHighlighting {
class Repository;
} // namespace KSyntaxHighlighting

namespace Specwright::Widgets {

/// What the source editor shows beyond token highlighting, as extra selections over its document:
/// section titles by level, code-block bodies in their own language and wavy underlines under
/// findings. In a long document they are built only for a window of lines around the view (see
/// SourceEditor::WindowedDecorationLines); the editor tells where the view is.
class EditorDecorations final
{
    Q_DECLARE_TR_FUNCTIONS(EditorDecorations)
    Q_DISABLE_COPY_MOVE(EditorDecorations)

public:
    enum Layer { Titles = 1, CodeBlocks = 2, Underlines = 4, Spelling = 8, AllLayers = 15 };

    /// Decorates \a document; code blocks take their languages' definitions from \a repository.
    EditorDecorations(QTextDocument *document, KSyntaxHighlighting::Repository &repository);

    /// Takes code-block and title colours from \a theme, and finding colours for a \a dark or light
    /// background. Rebuild (update()) to show them.
    void setTheme(const KSyntaxHighlighting::Theme &theme, bool dark);
    QColor titleColor(int level) const;
    QColor diagnosticColor(Core::Diagnostic::Severity severity) const;

    void setTitles(const QList<Core::SpecAnalysis::TitleSpan> &titles) { m_titles = titles; }
    void setCodeBlocks(const QList<Core::SpecAnalysis::CodeSpan> &blocks) { m_codeBlocks = blocks; }
    /// Takes \a diagnostics; true when the lines marked with a finding (or its severity) changed.
    bool setDiagnostics(const QList<Core::Diagnostic> &diagnostics);
    const QList<Core::Diagnostic> &diagnostics() const { return m_diagnostics; }
    /// Takes the words the spell checker does not know: dotted underlines in their own colour.
    void setMisspellings(const QList<Core::Misspelling> &misspellings) { m_misspellings = misspellings; }
    const QList<Core::Misspelling> &misspellings() const { return m_misspellings; }
    QColor spellingColor() const { return m_spellingColor; }
    /// The worst severity of the findings that start on 0-based \a line, if any.
    std::optional<Core::Diagnostic::Severity> lineSeverity(int line) const;

    /// Whether the document is long enough to be decorated only around the view.
    bool isWindowed() const;
    /// Rebuilds \a layers (every one when the decorated lines move) for the whole document or, when
    /// windowed, for a screenful above and below the view, whose first line is \a top (0-based) and
    /// which shows \a screen lines.
    void update(int layers, int top, int screen);
    /// Whether the view now showing lines \a first to \a last needs update(): it left the decorated
    /// lines, or the document crossed the windowing threshold.
    bool needsUpdate(int first, int last) const;
    /// The 0-based lines whose decorations exist now (everything when the document is not windowed).
    QPair<int, int> decoratedLines() const { return {m_decoratedFirst, m_decoratedLast}; }
    /// How many code blocks got a known language's highlighting.
    int highlightedCodeBlocks() const { return m_highlightedCodeBlocks; }
    /// Code blocks, then titles, then spelling, then findings: the order they are drawn over each other.
    QList<QTextEdit::ExtraSelection> selections() const;

    /// Where \a range lies in the document; a range at or past the end falls on the last line with text.
    QTextCursor cursorFor(const Core::SourceRange &range) const;
    /// The findings at \a hovered, one a line (at most SourceEditor::MaximumTooltipFindings); empty if none.
    QString tooltipAt(const QTextCursor &hovered) const;

private:
    void buildTitleSelections();
    void buildCodeSelections();
    void buildDiagnosticSelections();
    void buildSpellingSelections();

    QTextDocument *m_document;
    KSyntaxHighlighting::Repository &m_repository;
    KSyntaxHighlighting::Theme m_theme;
    QList<QColor> m_titleColors;
    QColor m_errorColor;
    QColor m_warningColor;
    QColor m_infoColor;
    QColor m_spellingColor;
    QList<Core::Misspelling> m_misspellings;
    QList<QTextEdit::ExtraSelection> m_spellingSelections;
    QList<Core::SpecAnalysis::TitleSpan> m_titles;
    QList<Core::SpecAnalysis::CodeSpan> m_codeBlocks;
    QList<Core::Diagnostic> m_diagnostics;
    QHash<int, Core::Diagnostic::Severity> m_lineSeverity;
    QList<QTextEdit::ExtraSelection> m_titleSelections;
    QList<QTextEdit::ExtraSelection> m_codeSelections;
    QList<QTextEdit::ExtraSelection> m_diagnosticSelections;
    int m_highlightedCodeBlocks = 0;
    int m_decoratedFirst = 0;
    int m_decoratedLast = -1;
};

} // namespace Specwright::Widgets
