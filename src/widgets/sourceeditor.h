// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/analysis/specanalysis.h>
#include <core/spelling/misspelling.h>
#include <core/validate/diagnostic.h>

#include <QPlainTextEdit>
#include <QPointer>

#include <memory>
#include <optional>

namespace KSyntaxHighlighting {
class SyntaxHighlighter;
class Theme;
} // namespace KSyntaxHighlighting

namespace Specwright::Widgets {

class EditorDecorations;
class EditorTextLayout;
class LineNumberGutter;

/// The RST source editor: monospace, line numbers, column ruler, current-line
/// highlight, soft tabs and KSyntaxHighlighting's reStructuredText highlighting.
class SourceEditor final : public QPlainTextEdit
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SourceEditor)

public:
    /// Lines must stay shorter than 80 characters: the ruler sits after column 79.
    static constexpr int DefaultRulerColumn = 79;
    static constexpr int DefaultIndentWidth = 4;

    explicit SourceEditor(QWidget *parent = nullptr);
    ~SourceEditor() override;

    /// Empty name: follow the application palette (light or dark theme).
    void setThemeName(const QString &name);
    /** Token highlighting on or off (off for a spec too large to highlight without freezing the window). */
    void setSyntaxHighlighting(bool on);
    bool hasSyntaxHighlighting() const;
    QString themeName() const { return m_themeName; }
    /// The theme in use (resolved from the palette when themeName() is empty).
    QString effectiveThemeName() const;
    /// Names of all themes the user can pick.
    static QStringList availableThemeNames();
    /// The syntax definition used for highlighting ("reStructuredText").
    QString definitionName() const;

    int rulerColumn() const { return m_rulerColumn; }
    void setRulerColumn(int column);
    int indentWidth() const { return m_indentWidth; }
    void setIndentWidth(int width);

    /// Adds \a action at the end of the editor's context menu, after the standard editing actions.
    void addContextMenuAction(QAction *action);
    /// The context menu the editor shows for a click at \a at (default: the cursor): the standard one,
    /// the added actions, and what contextMenuAboutToShow() adds (spelling). The caller owns it.
    QMenu *createContextMenu(const QTextCursor &at = {});

    /// Underlines \a misspellings (dotted, in the theme's spelling colour), apart from the findings.
    void setMisspellings(const QList<Core::Misspelling> &misspellings);
    const QList<Core::Misspelling> &misspellings() const;
    /// The misspelt word under \a at, if any.
    std::optional<Core::Misspelling> misspellingAt(const QTextCursor &at) const;

    /// Moves the cursor to the start of 1-based \a line and shows it.
    void goToLine(int line);
    /// Selects \a range (0-based lines and columns) and shows it.
    void goToRange(const Core::SourceRange &range);

    /// Underlines \a diagnostics (wavy: errors, warnings, infos in the theme's colours) and marks their lines.
    void setDiagnostics(const QList<Core::Diagnostic> &diagnostics);
    const QList<Core::Diagnostic> &diagnostics() const;
    /// Moves to the next (or previous) diagnostic after the cursor, wrapping; false if there is none.
    bool goToNextDiagnostic(bool backwards = false);
    /// Section titles by level (KSyntaxHighlighting's RST definition cannot know them): each entry is
    /// the 0-based first and last line of a title's adornment block and its level (1 = document title).
    using TitleLines = Core::SpecAnalysis::TitleSpan;
    void setTitles(const QList<TitleLines> &titles);
    /// Code-block bodies to highlight in their own language: the (0-based) document lines they
    /// occupy and the directive's language name (json, yaml, python, bash …).
    using CodeBlock = Core::SpecAnalysis::CodeSpan;
    void setCodeBlocks(const QList<CodeBlock> &blocks);
    /// How many code blocks got a known language's highlighting (for tests).
    int highlightedCodeBlocks() const;

    /// Above this many lines, titles, code blocks and diagnostics are decorated only around the
    /// visible lines (and again as the view scrolls). Qt goes through every decoration for every
    /// line it paints and moves every one of them on each edit: 3 700 of them in a 20 000-line
    /// spec made a keystroke cost 4 ms, and hundreds of thousands froze the window for seconds.
    static constexpr int WindowedDecorationLines = 1000;
    /// The same above this many characters (long lines cost Qt's layout as much as many lines).
    static constexpr int WindowedDecorationCharacters = 4 * 1024 * 1024;
    /// At most this many findings are underlined at once (a line of unmatched markup can hold
    /// hundreds of thousands, and every underline is a format range Qt lays out).
    static constexpr int MaximumUnderlines = 5000;
    /// A line gets at most this many underlines of its own; one more covers the rest of its
    /// findings. Qt draws a line once per format range on it: 5 000 underlines on one 17 KB
    /// line made each keystroke take half a second, 58 000 on a 174 KB line four seconds.
    static constexpr int MaximumUnderlinesPerLine = 20;
    /// A hover tooltip lists at most this many findings, then how many more there are.
    static constexpr int MaximumTooltipFindings = 20;
    /// The 0-based lines whose decorations exist now (everything when the document is not windowed).
    QPair<int, int> decoratedLines() const;

    /// The colour of titles at \a level.
    QColor titleColor(int level) const;

    /// The colour used for \a severity.
    QColor diagnosticColor(Core::Diagnostic::Severity severity) const;

    /// Highlights \a ranges (start and length in the document) as search matches, over every other
    /// decoration; the find bar passes the matches in view. An empty list removes them.
    void setSearchHighlights(const QList<QPair<int, int>> &ranges);
    int searchHighlightCount() const { return int(m_searchSelections.size()); }
    /// The background of search matches, from the theme.
    QColor searchHighlightColor() const { return m_searchColor; }

    int gutterWidth() const;
    /// Colours taken from the theme, exposed for the gutter and for tests.
    QColor currentLineColor() const { return m_currentLineColor; }
    QColor rulerColor() const { return m_rulerColor; }
    /// The editor's width that shows \a columns characters of a line in the current font: the
    /// gutter, the margins and the vertical scroll bar included.
    int widthForColumns(int columns) const;
    /// The x position (viewport coordinates) where the ruler is drawn.
    int rulerX() const;

Q_SIGNALS:
    /// The context menu for a click at \a at is being made: add to \a menu (spelling suggestions).
    void contextMenuAboutToShow(QMenu *menu, const QTextCursor &at);
    /// Ctrl+wheel: zoom in (positive \a steps) or out; the window's View actions set the font.
    void zoomRequested(int steps);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;
    bool event(QEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    friend class LineNumberGutter;
    void paintGutter(QPaintEvent *event);
    void updateGutterWidth();
    void updateGutter(const QRect &rect, int dy);
    void highlightCurrentLine();
    void decorate(int layers);
    void decorateVisibleLines();
    void applyTheme();
    void indentSelection(bool unindent);
    void insertSoftTab();

    LineNumberGutter *m_gutter = nullptr;
    EditorTextLayout *m_layout = nullptr;
    KSyntaxHighlighting::SyntaxHighlighter *m_highlighter = nullptr;
    std::unique_ptr<EditorDecorations> m_decorations;
    QString m_themeName;
    int m_rulerColumn = DefaultRulerColumn;
    int m_indentWidth = DefaultIndentWidth;
    bool m_applyingTheme = false;
    QColor m_currentLineColor;
    QColor m_rulerColor;
    QColor m_searchColor;
    QList<QTextEdit::ExtraSelection> m_searchSelections;
    QColor m_gutterBackground;
    QColor m_lineNumberColor;
    QColor m_currentLineNumberColor;
    int m_highlightedBlock = -1;
    bool m_selectionsDirty = true;
    int m_wheelZoom = 0; ///< Ctrl+wheel's delta not yet a whole zoom step
    QList<QPointer<QAction>> m_contextMenuActions;
};

} // namespace Specwright::Widgets
