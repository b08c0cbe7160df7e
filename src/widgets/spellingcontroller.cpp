// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "spellingcontroller.h"

#include "sourceeditor.h"

#include <core/spelling/repositoryvocabulary.h>
#include <core/spelling/spellchecker.h>
#include <core/validate/specrepository.h>

#include <QAction>
#include <QMenu>
#include <QTextBlock>

namespace Specwright::Widgets {

SpellingController::SpellingController(SourceEditor *editor, const QString &dictionaryPath, QObject *parent)
    : QObject(parent)
    , m_editor(editor)
    , m_dictionary(dictionaryPath)
{
    connect(m_editor, &SourceEditor::contextMenuAboutToShow, this, &SpellingController::fillContextMenu);
    connect(&m_vocabulary, &QFutureWatcher<Core::RepositoryVocabulary::Ptr>::finished, this, [this] {
        m_waitingFor.clear();
        Q_EMIT recheckNeeded(); // now with the repository's words
    });
}

void SpellingController::setEnabled(bool enabled)
{
    if (enabled == m_enabled) {
        return;
    }
    m_enabled = enabled;
    if (!enabled) {
        m_editor->setMisspellings({});
    }
    Q_EMIT recheckNeeded();
}

void SpellingController::setLanguage(const QString &language)
{
    if (language == m_language) {
        return;
    }
    m_language = language;
    m_noticeShown = false; // a missing dictionary for the new language is worth saying
    Q_EMIT recheckNeeded();
}

Core::SpellingOptions SpellingController::options() const
{
    Core::SpellingOptions options;
    options.enabled = m_enabled;
    options.language = m_language;
    options.personalWords = m_dictionary.words();
    options.ignoredWords = m_ignored;
    options.waitForVocabulary = false; // the window checks at once, and again when the words are ready
    return options;
}

void SpellingController::show(const Core::SpecAnalysis &analysis, const QString &path)
{
    if (!m_enabled) {
        m_editor->setMisspellings({});
        return;
    }
    m_editor->setMisspellings(analysis.misspellings);
    if (!analysis.spellingNotice.isEmpty() && !m_noticeShown) {
        m_noticeShown = true;
        Q_EMIT noticed(analysis.spellingNotice);
    }
    if (analysis.vocabularyPending && m_waitingFor.isEmpty()) {
        m_waitingFor = Core::SpecRepository::find(path);
        if (!m_waitingFor.isEmpty()) {
            m_vocabulary.setFuture(Core::RepositoryVocabulary::load(m_waitingFor));
        }
    }
}

void SpellingController::documentReplaced()
{
    m_ignored.clear();
    m_editor->setMisspellings({});
}

void SpellingController::fillContextMenu(QMenu *menu, const QTextCursor &at)
{
    if (!m_enabled) {
        return;
    }
    const std::optional<Core::Misspelling> found = m_editor->misspellingAt(at);
    if (!found) {
        return;
    }
    const Core::Misspelling word = *found;
    QAction *first = menu->actions().isEmpty() ? nullptr : menu->actions().constFirst();
    const auto insert = [&](QAction *action) { menu->insertAction(first, action); };
    const QStringList suggestions = Core::SpellChecker::forLanguage(m_language)->suggestions(word.word);
    QFont bold = menu->font();
    bold.setBold(true);
    for (const QString &suggestion : suggestions) {
        auto *action = new QAction(suggestion, menu);
        action->setFont(bold);
        action->setObjectName(QStringLiteral("spellingSuggestion"));
        connect(action, &QAction::triggered, this, [this, word, suggestion] { replaceWord(word, suggestion); });
        insert(action);
    }
    if (suggestions.isEmpty()) {
        auto *none = new QAction(tr("No Suggestions for “%1”").arg(word.word), menu);
        none->setEnabled(false);
        insert(none);
    }
    auto *add = new QAction(tr("Add “%1” to Dictionary").arg(word.word), menu);
    add->setObjectName(QStringLiteral("spellingAddToDictionary"));
    connect(add, &QAction::triggered, this, [this, text = word.word] {
        if (!m_dictionary.add(text)) {
            Q_EMIT noticed(tr("Could not add “%1” to the dictionary: %2").arg(text, m_dictionary.errorString()));
            return;
        }
        dropUnderlines(text);
        Q_EMIT recheckNeeded();
    });
    insert(add);
    auto *ignore = new QAction(tr("Ignore “%1” in This Document").arg(word.word), menu);
    ignore->setObjectName(QStringLiteral("spellingIgnore"));
    connect(ignore, &QAction::triggered, this, [this, text = word.word] {
        m_ignored.insert(text);
        dropUnderlines(text);
        Q_EMIT recheckNeeded();
    });
    insert(ignore);
    menu->insertSeparator(first);
}

void SpellingController::replaceWord(const Core::Misspelling &word, const QString &replacement)
{
    const QTextBlock block = m_editor->document()->findBlockByNumber(word.line);
    if (!block.isValid() || block.text().mid(word.column, word.length) != word.word) {
        return; // the text moved on since the menu opened
    }
    QTextCursor cursor(block);
    cursor.setPosition(block.position() + word.column);
    cursor.setPosition(block.position() + word.column + word.length, QTextCursor::KeepAnchor);
    cursor.insertText(replacement); // one undo step
    m_editor->setTextCursor(cursor);
}

// At once, before the next check confirms it: the word the user just accepted must not stay marked.
void SpellingController::dropUnderlines(const QString &word)
{
    QList<Core::Misspelling> kept = m_editor->misspellings();
    kept.removeIf([&word](const Core::Misspelling &m) { return m.word == word; });
    m_editor->setMisspellings(kept);
}

} // namespace Specwright::Widgets
