// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "spellingcheck.h"

#include "personaldictionary.h"
#include "prosewords.h"

#include <core/rst/rstdocument.h>
#include <core/validate/specrepository.h>

#include <QSet>

namespace Specwright::Core {

SpellingCheck::Result SpellingCheck::run(const RstDocument &document, const QString &path,
                                         const SpellingOptions &options, const std::atomic_bool *cancel,
                                         SpellChecker::Ptr checker, RepositoryVocabulary::Ptr vocabulary)
{
    Result result;
    if (!checker) {
        checker = SpellChecker::forLanguage(options.language);
    }
    if (!checker->isAvailable()) {
        result.notice = checker->notice();
        return result;
    }
    if (!vocabulary && options.repositoryVocabulary && !path.isEmpty()) {
        const QString repository = SpecRepository::find(path);
        if (!repository.isEmpty()) {
            const QFuture<RepositoryVocabulary::Ptr> loading = RepositoryVocabulary::load(repository);
            if (options.waitForVocabulary || loading.isFinished()) {
                vocabulary = loading.result();
            } else {
                vocabulary = RepositoryVocabulary::cached(repository);
                result.vocabularyPending = !vocabulary;
            }
        }
    }
    const QList<ProseWords::Word> words = ProseWords::collect(document, cancel);
    result.wordsChecked = int(words.size());
    // The spec's own names: words capitalised in the middle of a sentence, and every word its code
    // uses (literals, code blocks, identifiers, URLs, targets): all its words less its prose words.
    QSet<QString> names;
    QHash<QString, int> uses;
    for (const QString &key : RepositoryVocabulary::words(document.text())) {
        ++uses[key];
    }
    for (const ProseWords::Word &word : words) {
        --uses[RepositoryVocabulary::key(word.text)];
    }
    // A capitalised word one slip away from a dictionary word ("Glacne", "Nnoe") is a typo, not a name.
    const auto isName = [&checker](const ProseWords::Word &word) {
        return word.name && !checker->isCorrect(word.text) && !checker->isOneSlipFromKnownWord(word.text);
    };
    for (const ProseWords::Word &word : words) {
        if (isName(word)) {
            names.insert(word.text);
        }
    }
    for (const ProseWords::Word &word : words) {
        if (cancel && cancel->load(std::memory_order_relaxed)) {
            break;
        }
        if (names.contains(word.text) || uses.value(RepositoryVocabulary::key(word.text)) > 0 ||
            PersonalDictionary::containsWord(options.ignoredWords, word.text) ||
            PersonalDictionary::containsWord(options.personalWords, word.text) || checker->isCorrect(word.text) ||
            (vocabulary && vocabulary->accepts(word.text, path))) {
            continue;
        }
        result.misspellings.append({word.line, word.column, word.length(), word.text});
    }
    return result;
}

} // namespace Specwright::Core
