// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QMutex>
#include <QString>
#include <QStringList>

#include <memory>

namespace Sonnet {
class Speller;
}

namespace Specwright::Core {

/**
 * A dictionary of one language (KDE Sonnet, usually its hunspell backend):
 * whether a word is spelt right and what it might have meant.
 *
 * Sonnet's spellers are not safe to use from several threads at once, so
 * every call to Sonnet, in every instance, is serialised by one lock; answers
 * are cached per instance, so that the words a spec repeats cost a hash
 * look-up. Share one instance per language with forLanguage().
 *
 * Without a dictionary for the language, isAvailable() is false, notice()
 * says so in a sentence the window and the CLI show as it is, isCorrect()
 * accepts every word and suggestions() has none: nothing else breaks.
 *
 * \note Thread-safe: every method may be called from any thread.
 */
class SpellChecker final
{
public:
    using Ptr = std::shared_ptr<SpellChecker>;

    /**
     * A checker for \a language ("en_US", "en_GB" …; empty: defaultLanguage()). Loading the
     * dictionary takes a few tens of milliseconds: prefer forLanguage().
     */
    explicit SpellChecker(const QString &language = {});
    ~SpellChecker();
    Q_DISABLE_COPY_MOVE(SpellChecker)

    /** The process's one checker for \a language (empty: defaultLanguage()), made on first use. */
    static Ptr forLanguage(const QString &language = {});

    /**
     * The language to check in when the settings name none: the system locale's when it is an
     * English one with a dictionary installed (en_GB, en_AU …), else "en_US". Found once per run.
     */
    static QString defaultLanguage();
    /** The languages with a dictionary installed, as Sonnet names them ("en_GB", "en_US" …); read once per run. */
    static QStringList availableLanguages();

    /** The language checked in (the one asked for, even when it has no dictionary). */
    QString language() const { return m_language; }
    /** Whether a dictionary for language() is installed. */
    bool isAvailable() const { return m_available; }
    /**
     * Empty when isAvailable(); otherwise one sentence for the user, e.g. "Spelling is not
     * checked: no dictionary for en_US is installed (install hunspell-en-us)."
     */
    QString notice() const;

    /**
     * Whether the dictionary knows \a word (one word, no spaces; capitalised forms of known
     * words count, as do typographic apostrophes). True for every word without a dictionary.
     */
    bool isCorrect(const QString &word) const;
    /**
     * Whether one slip of the keyboard — two neighbouring letters swapped, a letter dropped, added
     * or replaced (a–z) — turns \a word into one the dictionary knows ("Glacne": "Glance"). A
     * capitalised word stays capitalised. Cheaper than suggestions(); cached.
     */
    bool isOneSlipFromKnownWord(const QString &word) const;
    /** Up to \a limit replacements for \a word, best first (empty for a known word). Cached too. */
    QStringList suggestions(const QString &word, int limit = 5) const;

private:
    static QString normalized(const QString &word);

    QString m_language;
    bool m_available = false;
    std::unique_ptr<Sonnet::Speller> m_speller; ///< used under the global Sonnet lock only
    mutable QMutex m_cacheMutex;
    mutable QHash<QString, bool> m_cache;
    mutable QHash<QString, bool> m_oneSlip;
    mutable QHash<QString, QStringList> m_suggestions; ///< hunspell takes milliseconds per word to suggest
};

} // namespace Specwright::Core
