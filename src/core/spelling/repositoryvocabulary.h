// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QFuture>
#include <QHash>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <atomic>
#include <memory>

namespace Specwright::Core {

/**
 * The words a specs repository uses: a word found in at least two of its
 * specs other than the one being checked is its vocabulary ("libvirt",
 * "glanceclient", the project's names), not a typo. A typo made in one spec
 * stays a typo; one made the same way in three specs does not.
 *
 * A vocabulary is built from every *.rst file under the repository's specs/
 * folder (SpecRepository::find() gives the repository): all their words, code
 * and literals included, each letter run ("image_id": "image", "id") compared
 * in lower case. Built values are immutable and shared.
 *
 * load() keeps one per repository for the whole process and builds it in the
 * background, on a thread pool of its own. It notices changed files by a
 * fingerprint of the specs' paths, sizes and modification times, checked (in
 * the background too) at most every few seconds.
 *
 * \note Thread-safe.
 */
class RepositoryVocabulary final
{
public:
    using Ptr = std::shared_ptr<const RepositoryVocabulary>;

    /** Files read at most (the rest of a bigger repository is left out), and bytes read at most. */
    static constexpr int MaxFiles = 20000;
    static constexpr qint64 MaxBytes = 256 * 1024 * 1024;

    /**
     * Reads the specs of \a repository now, on the calling thread (the repository's folder, the one
     * holding specs/). Stops early, with what it has, when \a cancel is set.
     */
    static Ptr build(const QString &repository, const std::atomic_bool *cancel = nullptr);
    /** The vocabulary of \a files: (path, text) pairs, as if they were a repository's specs. */
    static Ptr fromTexts(const QList<QPair<QString, QString>> &files);

    /**
     * The vocabulary of \a repository, cached per repository: the result of the latest build, which
     * starts when there is none yet or (at most every few seconds) when the specs' fingerprint has
     * changed. A future that has finished when the cached vocabulary is up to date.
     */
    static QFuture<Ptr> load(const QString &repository);
    /** The last vocabulary load() finished building for \a repository, or null. */
    static Ptr cached(const QString &repository);
    /** Drops \a repository's cached vocabulary: the next load() reads the specs again. */
    static void invalidate(const QString &repository);

    /** The *.rst files under \a repository's specs/ folder, sorted (hidden folders left out). */
    static QStringList specFiles(const QString &repository);
    /** A digest of \a files' paths, sizes and modification times: changes when one of them does. */
    static QByteArray fingerprint(const QStringList &files);

    /** The fingerprint of the files this vocabulary was built from (empty for fromTexts()). */
    QByteArray fingerprint() const { return m_fingerprint; }
    /** How many files it was built from. */
    int fileCount() const { return int(m_fileIndex.size()); }
    /** How many distinct words it holds. */
    int wordCount() const { return int(m_words.size()); }

    /**
     * In how many files other than \a excludedPath \a word appears (in any case), counting up to
     * 3 exactly (a bigger number means "at least that many").
     */
    int filesUsing(const QString &word, const QString &excludedPath = {}) const;
    /** Whether \a word is the repository's: used in at least \a minimumFiles files besides \a excludedPath. */
    bool accepts(const QString &word, const QString &excludedPath = {}, int minimumFiles = 2) const
    {
        return filesUsing(word, excludedPath) >= minimumFiles;
    }

    /** The keys (see key()) of every word of \a text: its runs of letters, apostrophes inside them. */
    static QStringList words(QStringView text);
    /** The key a word is stored under: lower case, typographic apostrophe as "'", possessive "'s" left off. */
    static QString key(QStringView word);

private:
    struct Entry
    {
        int count = 0;               ///< files using the word
        int files[3] = {-1, -1, -1}; ///< the first three of them
    };
    void addFile(const QString &path, QStringView text);

    QByteArray m_fingerprint;
    QHash<QString, int> m_fileIndex;
    QHash<QString, Entry> m_words;
};

} // namespace Specwright::Core
