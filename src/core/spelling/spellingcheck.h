// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "misspelling.h"
#include "repositoryvocabulary.h"
#include "spellchecker.h"
#include "spellingoptions.h"

#include <QList>
#include <QString>

#include <atomic>

namespace Specwright::Core {

class RstDocument;

/**
 * The spell check of one parsed spec: its prose words (ProseWords) that
 * neither the dictionary, the user's words, the document's ignored words nor
 * the repository's vocabulary know, nor the spec itself: a word it uses
 * outside its prose (in a literal, a code block, an identifier, a URL, a
 * target) is one of its names, and so is a word it capitalises in the middle
 * of a sentence ("the Virtuozzo driver"), wherever it appears in the spec.
 * SpecAnalyzer::analyse() runs it when AnalysisInput::spelling.enabled is set.
 *
 * \note Runs on any thread (the analysis's worker); never touches widgets.
 */
class SpellingCheck final
{
public:
    struct Result
    {
        QList<Misspelling> misspellings; ///< in source order
        QString notice;                  ///< SpellChecker::notice() when there is no dictionary, else empty
        bool vocabularyPending = false;  ///< the repository's vocabulary was still being built
        int wordsChecked = 0;            ///< prose words looked at
    };

    /**
     * Checks \a document, the text of the spec at \a path (empty: unsaved, no repository), with
     * \a options. \a checker and \a vocabulary, when given, are used instead of the shared checker
     * for options.language and the cached vocabulary of the spec's repository.
     */
    static Result run(const RstDocument &document, const QString &path, const SpellingOptions &options,
                      const std::atomic_bool *cancel = nullptr, SpellChecker::Ptr checker = nullptr,
                      RepositoryVocabulary::Ptr vocabulary = nullptr);
};

} // namespace Specwright::Core
