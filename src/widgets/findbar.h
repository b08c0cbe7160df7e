// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/document/textsearch.h>

#include <QFrame>
#include <QTextCursor>
#include <QTimer>

class QAction;
class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QToolButton;

namespace Specwright::Widgets {

class PreviewView;
class SourceEditor;

/**
 * Find and replace, inline under the editor and the preview (Kate's search bar is the model):
 * incremental search, every match in view highlighted, "n of m", wrap-around with a notice,
 * match case, whole words, regular expressions (an invalid one is shown, never run) and search
 * in selection; the replace row replaces one match or all of them as one undo step, with the
 * regular expression's captures. With the preview focused it finds in the rendered page.
 *
 * The matching itself is Core::TextSearch; this class only wires it to the editor.
 */
class FindBar final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FindBar)

public:
    FindBar(SourceEditor *editor, PreviewView *preview, QWidget *parent);

    /// Edit → Find… (Ctrl+F), Replace… (Ctrl+R, Ctrl+H), Find Next (F3), Find Previous (Shift+F3).
    QAction *findAction() const { return m_findAction; }
    QAction *replaceAction() const { return m_replaceAction; }
    QAction *findNextAction() const { return m_findNextAction; }
    QAction *findPreviousAction() const { return m_findPreviousAction; }

    QLineEdit *findField() const { return m_findField; }
    QLineEdit *replaceField() const { return m_replaceField; }
    QCheckBox *matchCaseBox() const { return m_matchCase; }
    QCheckBox *wholeWordsBox() const { return m_wholeWords; }
    QCheckBox *regularExpressionBox() const { return m_regularExpression; }
    QCheckBox *inSelectionBox() const { return m_inSelection; }
    QPushButton *replaceButton() const { return m_replaceButton; }
    QPushButton *replaceAllButton() const { return m_replaceAllButton; }
    /// "3 of 12", "No matches", the pattern's error or where the search wrapped.
    QLabel *statusLabel() const { return m_status; }

    /// Opens the bar on the editor, or on the preview when it has the focus.
    void openFind();
    /// Opens the bar with the replace row (editor only).
    void openReplace();
    /// Whether the bar searches the rendered preview rather than the source.
    bool searchesPreview() const { return m_inPreview; }
    /// Matches in the editor now (within the selection when searching in it).
    int matchCount() const { return int(m_matches.size()); }
    /// The 0-based index of the selected match, or -1.
    int currentMatch() const;

    void findNext();
    void findPrevious();
    void replaceCurrent();
    void replaceAll();

Q_SIGNALS:
    /// A note for the status bar ("Replaced 12 occurrences").
    void noticed(const QString &text);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void open(bool replace);
    void close();
    void patternEdited();
    void optionsChanged();
    void setInSelection(bool on);
    void refresh();
    void find(bool backwards, bool fromStart);
    void findInPreview(bool backwards);
    void selectMatch(int index);
    bool canReplace();
    void showCount(const QString &note = {});
    void showProblem(const QString &text);
    void highlightVisibleMatches();
    bool previewHasFocus() const;

    SourceEditor *m_editor;
    PreviewView *m_preview;
    QLineEdit *m_findField = nullptr;
    QLineEdit *m_replaceField = nullptr;
    QWidget *m_replaceRow = nullptr;
    QLabel *m_replaceLabel = nullptr;
    QCheckBox *m_matchCase = nullptr;
    QCheckBox *m_wholeWords = nullptr;
    QCheckBox *m_regularExpression = nullptr;
    QCheckBox *m_inSelection = nullptr;
    QToolButton *m_previousButton = nullptr;
    QToolButton *m_nextButton = nullptr;
    QPushButton *m_replaceButton = nullptr;
    QPushButton *m_replaceAllButton = nullptr;
    QLabel *m_status = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_replaceAction = nullptr;
    QAction *m_findNextAction = nullptr;
    QAction *m_findPreviousAction = nullptr;

    Core::TextSearch m_search;
    QList<Core::TextSearch::Match> m_matches;
    QString m_searchedText;    ///< the editor's text the matches were found in
    bool m_stale = true;       ///< the text or the search changed since m_matches
    QTextCursor m_scope;       ///< the selection searched in, when "In selection" is on
    int m_incrementalFrom = 0; ///< where typing in the field searches from: the cursor when it opened
    bool m_inPreview = false;
    QTimer m_refreshTimer; ///< recounts a short while after the text changes
};

} // namespace Specwright::Widgets
