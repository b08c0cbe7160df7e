// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QList>
#include <QLockFile>
#include <QString>

#include <memory>

namespace Specwright::Core {

/**
 * The autosave journal of one open document: its unsaved text, written
 * atomically to a recovery folder (never over the user's file).
 *
 * Each journal is held by a lock file while its editor runs, so that after a
 * crash or kill the next start can tell orphaned journals (their writer is
 * gone) from those of another running instance. A normal close discards the
 * journal.
 */
class RecoveryJournal final
{
public:
    /// A journal left behind by an editor that did not close normally.
    struct Orphan
    {
        QString journalPath;
        QString documentPath; ///< empty for an untitled document
        QDateTime savedAt;
        QString text;
    };

    /** Starts a journal in \a directory (created when missing) under a new, unique name. */
    explicit RecoveryJournal(const QString &directory = defaultDirectory());
    ~RecoveryJournal();
    RecoveryJournal(const RecoveryJournal &) = delete;
    RecoveryJournal &operator=(const RecoveryJournal &) = delete;

    /** The recovery folder under the application's data location. */
    static QString defaultDirectory();

    /**
     * Journals \a text of the document at \a documentPath (empty when untitled). Returns an
     * empty string on success, or why it failed; a failed write leaves the previous journal intact.
     */
    QString write(const QString &documentPath, const QString &text);
    /** Removes the journal (the document was saved, or closed on purpose). */
    void discard();
    /** Where this journal writes. */
    QString journalPath() const { return m_journalPath; }
    /** Whether write() has a journal on disk that discard() has not removed. */
    bool hasJournal() const { return m_written; }

    /** Journals in \a directory whose editors are gone, oldest first. Unreadable ones are skipped. */
    static QList<Orphan> orphans(const QString &directory = defaultDirectory());
    /** Deletes an orphan's journal once it has been recovered or discarded. */
    static bool remove(const Orphan &orphan);

private:
    QString m_journalPath;
    std::unique_ptr<QLockFile> m_lock;
    bool m_written = false;
};

} // namespace Specwright::Core
