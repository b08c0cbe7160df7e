// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "journalwriter.h"

#include <QtConcurrentRun>

namespace Specwright::Widgets {

JournalWriter::JournalWriter()
{
    connect(&m_watcher, &QFutureWatcher<QString>::finished, this, [this] {
        if (m_write.isValid()) { // not already taken in by finish()
            finish();
        }
    });
}

JournalWriter::~JournalWriter()
{
    finish(); // the write uses the journal, which goes with this
}

bool JournalWriter::write(const QString &documentPath, const QString &text, quint64 revision)
{
    finish();
    if (!m_journal) {
        m_journal = std::make_unique<Core::RecoveryJournal>();
    }
    const QString error = m_journal->write(documentPath, text);
    written(revision, error);
    return error.isEmpty();
}

void JournalWriter::writeInBackground(const QString &documentPath, const QString &text, quint64 revision)
{
    finish();
    if (!m_journal) {
        m_journal = std::make_unique<Core::RecoveryJournal>();
    }
    // Nothing else touches the journal until the write is taken in.
    m_writeRevision = revision;
    m_write = QtConcurrent::run(
        [journal = m_journal.get(), documentPath, text] { return journal->write(documentPath, text); });
    m_watcher.setFuture(m_write);
}

void JournalWriter::finish()
{
    if (!m_write.isValid()) {
        return;
    }
    m_write.waitForFinished();
    const QString error = m_write.result();
    m_write = QFuture<QString>();
    written(m_writeRevision, error);
}

void JournalWriter::discard()
{
    if (m_journal) {
        finish(); // a write in flight must not bring the journal back
        m_journal->discard();
    }
}

void JournalWriter::written(quint64 revision, const QString &error)
{
    if (!error.isEmpty()) {
        if (!m_failed) {
            m_failed = true;
            Q_EMIT failed(error);
        }
        return;
    }
    m_failed = false;
    m_revision = revision;
}

} // namespace Specwright::Widgets
