// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/analysis/specanalysis.h>
#include <core/spelling/personaldictionary.h>
#include <core/spelling/repositoryvocabulary.h>
#include <core/spelling/spellingoptions.h>

#include <QFutureWatcher>
#include <QObject>
#include <QSet>

class QMenu;
class QTextCursor;

namespace Specwright::Widgets {

class SourceEditor;

/**
 * Spell checking in the window. The words are checked by the background analysis (this only says
 * how: on or off, the language, the user's words, the words ignored in this document); this shows
 * what it found — dotted underlines — and fills the editor's context menu on a misspelt word with
 * suggestions, Add to Dictionary (kept across runs) and Ignore (this document). Says once when no
 * dictionary is installed; asks for a new check when the repository's vocabulary is ready.
 */
class SpellingController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SpellingController)

public:
    /// \a dictionaryPath: where the user's words are kept (empty: the default, shared with the CLI).
    explicit SpellingController(SourceEditor *editor, const QString &dictionaryPath = {}, QObject *parent = nullptr);

    void setEnabled(bool enabled);
    bool isEnabled() const { return m_enabled; }
    void setLanguage(const QString &language);
    /// What the next analysis of the document is to check.
    Core::SpellingOptions options() const;
    /// Shows \a analysis's misspellings (made with options() for the spec at \a path).
    void show(const Core::SpecAnalysis &analysis, const QString &path);
    /// Another document: its own ignored words (none yet).
    void documentReplaced();

    Core::PersonalDictionary &dictionary() { return m_dictionary; }
    QSet<QString> ignoredWords() const { return m_ignored; }
    /// Adds the suggestions and the word's actions to \a menu when \a at is on a misspelt word.
    void fillContextMenu(QMenu *menu, const QTextCursor &at);

Q_SIGNALS:
    /// The words to check by changed (added, ignored, the vocabulary arrived): check again.
    void recheckNeeded();
    /// A sentence for the status bar (no dictionary; a word added).
    void noticed(const QString &text);

private:
    void replaceWord(const Core::Misspelling &word, const QString &replacement);
    void dropUnderlines(const QString &word);

    SourceEditor *m_editor;
    Core::PersonalDictionary m_dictionary;
    bool m_enabled = true;
    QString m_language;
    QSet<QString> m_ignored;
    bool m_noticeShown = false;
    QString m_waitingFor; ///< the repository whose vocabulary is being built
    QFutureWatcher<Core::RepositoryVocabulary::Ptr> m_vocabulary;
};

} // namespace Specwright::Widgets
