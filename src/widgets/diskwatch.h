// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/document/filesnapshot.h>

#include <QFileSystemWatcher>
#include <QObject>
#include <QString>
#include <QTimer>

class QWidget;

namespace Specwright::Widgets {

class DocumentController;
class SourceEditor;

/// Watches a DocumentController's file for other programs' changes: deleted or moved away, no longer
/// UTF-8 text, or new text, which reloads an unmodified document and otherwise asks Reload, Keep Mine
/// or Compare. Every change keeps the user's text.
class DiskWatch final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DiskWatch)

public:
    /// Watches the file of \a document, whose text is in \a editor; questions open over \a dialogParent.
    DiskWatch(const DocumentController *document, SourceEditor *editor, QWidget *dialogParent);

    /// The file holds \a text as UTF-8 (just read or saved): what tells our own saves from other
    /// programs' changes. Quiet: stateChanged() is only for what check() finds.
    void reset(const QString &text);
    /// Watches the document's file as it is named now (nothing while it is untitled).
    void watch();
    /// Looks at the file now instead of waiting for the watcher (which calls this after a short pause).
    /// Does nothing while the document is untitled or loading, or while a question about the file is open.
    void check();
    /// If the file changed since \a basis (what a reload or an answer was based on), looks again soon.
    void recheckIfMoved(const Core::FileSnapshot &basis);

    /// Whether the file still exists on disk (false once it was deleted or moved away).
    bool isOnDisk() const { return m_onDisk; }
    /// Why the file on disk is no longer UTF-8 text; empty while it is text (or gone).
    QString notTextReason() const { return m_notText; }
    /// Whether saving may replace \a path: asks first when the open file on disk is no longer text.
    bool mayOverwrite(const QString &path);

Q_SIGNALS:
    /// isOnDisk() or notTextReason() changed.
    void stateChanged();
    /// Something for the status bar; \a timeout in milliseconds, 0 until the next message.
    void statusMessage(const QString &text, int timeout);
    /// The document is to take the file's new text \a disk (it was unmodified, or the user chose Reload).
    void reloadRequested(const Core::FileSnapshot &disk);

private:
    void askAboutChange(const Core::FileSnapshot &changed);
    /// Shows the File Changed on Disk question; returns the QMessageBox::StandardButton clicked.
    int askQuestion(bool again);
    void markNotText(const QString &reason);
    void clearNotText();

    const DocumentController *m_document;
    SourceEditor *m_editor;
    QWidget *m_dialogParent;
    QFileSystemWatcher m_watcher;
    QTimer m_checkTimer; ///< coalesces the watcher's bursts of events
    QString m_text;      ///< the file's text as last read or saved: tells our saves from others'
    bool m_onDisk = true;
    bool m_asking = false;
    QString m_notText; ///< why the file on disk is no longer UTF-8 text (empty: it is text, or gone)
};

} // namespace Specwright::Widgets
