// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/document/recoveryjournal.h>

#include <QFuture>
#include <QFutureWatcher>
#include <QObject>

#include <memory>

namespace Specwright::Widgets {

/// The recovery journal of one document, written on the GUI thread or off it, one write at a time.
class JournalWriter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JournalWriter)

public:
    JournalWriter();
    ~JournalWriter() override; ///< waits for a write in flight

    /// Where the journal goes (empty before the first write).
    QString path() const { return m_journal ? m_journal->journalPath() : QString(); }
    /// Whether the journal on disk holds \a revision of the text already.
    bool holds(quint64 revision) const { return m_journal && m_journal->hasJournal() && m_revision == revision; }
    bool isWriting() const { return m_write.isValid(); }

    /// Journals \a text (revision \a revision) of the document at \a documentPath now, after a write
    /// in flight; false on failure.
    bool write(const QString &documentPath, const QString &text, quint64 revision);
    /// Starts journaling off the GUI thread: encoding and the sync to disk take time.
    void writeInBackground(const QString &documentPath, const QString &text, quint64 revision);
    /// Waits for a write in flight and takes in its outcome.
    void finish();
    /// Removes the journal once a write in flight is done (the text was saved or dropped on purpose).
    void discard();

Q_SIGNALS:
    /// A write failed because of \a error; said once until a write succeeds again.
    void failed(const QString &error);

private:
    void written(quint64 revision, const QString &error);

    std::unique_ptr<Core::RecoveryJournal> m_journal; ///< created on the first write
    QFuture<QString> m_write;                         ///< a background write in flight, or none
    QFutureWatcher<QString> m_watcher;
    quint64 m_writeRevision = 0;
    quint64 m_revision = 0; ///< what the journal on disk holds
    bool m_failed = false;
};

} // namespace Specwright::Widgets
