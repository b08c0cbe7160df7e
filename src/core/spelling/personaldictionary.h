// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMutex>
#include <QSet>
#include <QString>

namespace Specwright::Core {

/**
 * The user's own words ("Add to Dictionary"): accepted in every spec, kept
 * across runs in a UTF-8 text file, one word a line, sorted.
 *
 * The file is read when the dictionary is made (a missing file is an empty
 * dictionary) and rewritten atomically (QSaveFile) by each add() or remove().
 * Hand words() to AnalysisInput::spelling.personalWords: a snapshot that the
 * background analysis reads while the window adds more.
 *
 * \note Thread-safe.
 */
class PersonalDictionary final
{
public:
    /** The dictionary in \a path (empty: defaultPath()). */
    explicit PersonalDictionary(const QString &path = {});
    Q_DISABLE_COPY_MOVE(PersonalDictionary)

    /**
     * Where the window and specwright-cli keep the user's words, so both accept the same ones:
     * "specwright/personal-dictionary.txt" in the generic data location
     * (~/.local/share/specwright/ on Linux).
     */
    static QString defaultPath();

    QString path() const { return m_path; }
    /** Whether \a word was added (as written, or in lower case: "libvirt" accepts "Libvirt"). */
    bool contains(const QString &word) const;
    /** All words, a snapshot. */
    QSet<QString> words() const;

    /**
     * Adds \a word and writes the file. False when it could not be written (errorString() says
     * why; the word stays accepted for this run) or \a word is empty or has spaces.
     */
    bool add(const QString &word);
    /** Removes \a word and writes the file; false when it could not be written. */
    bool remove(const QString &word);
    /** Reads the file again (another window or process may have added words). */
    bool reload();
    /** Why the last read or write failed; empty when it did not. */
    QString errorString() const;

    /** Whether \a word is in \a words as written or in lower case. */
    static bool containsWord(const QSet<QString> &words, const QString &word);

private:
    bool save(); // under m_mutex

    const QString m_path;
    mutable QMutex m_mutex;
    QSet<QString> m_words;
    QString m_error;
};

} // namespace Specwright::Core
