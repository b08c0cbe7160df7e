// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSet>
#include <QString>

namespace Specwright::Core {

/**
 * What the analysis's spell check does: part of AnalysisInput. Off by
 * default (the specs gates do not check spelling). A plain value: the sets
 * are implicitly shared, so handing the user's words to each analysis costs
 * nothing.
 */
struct SpellingOptions
{
    bool enabled = false;
    QString language;            ///< "en_GB" …; empty: SpellChecker::defaultLanguage()
    QSet<QString> personalWords; ///< the user's words (PersonalDictionary::words()), accepted in every spec
    QSet<QString> ignoredWords;  ///< words "Ignore"d in this document only
    /// Accept the words of the spec's repository (RepositoryVocabulary) as its other specs use them.
    bool repositoryVocabulary = true;
    /**
     * Wait for the repository's vocabulary when it is not built yet (the CLI). Otherwise (the
     * window) the analysis uses what is ready and says SpecAnalysis::vocabularyPending: analyse
     * again when RepositoryVocabulary::load() finishes.
     */
    bool waitForVocabulary = true;
};

} // namespace Specwright::Core
