// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "diskwatch.h"
#include "journalwriter.h"
#include "piecewiseloader.h"
#include "recentfiles.h"

#include <core/document/filesnapshot.h>
#include <core/document/recoveryjournal.h>
#include <core/document/textfile.h>

#include <QObject>
#include <QStringList>
#include <QTimer>

class QWidget;

namespace Specwright::Widgets {

class SourceEditor;

/// The life cycle of the file in an editor: open, piecewise load, save, line ending and BOM, disk
/// watching (through DiskWatch), the recovery journal and recent files. It asks its questions in dialogs over a widget
/// and reports to the window through signals.
class DocumentController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DocumentController)

public:
    static constexpr int MaximumRecentFiles = RecentFiles::Maximum;
    /// Above this, the editor opens a spec without token highlighting: highlighting every line of it
    /// at once would freeze the window for many seconds.
    static constexpr qsizetype HighlightSizeLimit = qsizetype(8) * 1024 * 1024;
    /// Above this, openFile() loads the text in pieces between events, with progress and Cancel:
    /// QTextDocument takes about 0.1 s per megabyte, which would freeze the window.
    static constexpr qsizetype IncrementalLoadSize = qsizetype(2) * 1024 * 1024;

    /// Works on \a editor's text; message boxes, file dialogs and progress open over \a dialogParent.
    DocumentController(SourceEditor *editor, QWidget *dialogParent, QObject *parent = nullptr);
    ~DocumentController() override;

    /// The file dialogs' filter: specs first, then any file.
    static QString fileFilter();

    /// Opens \a path after asking to save unsaved changes. On failure a message
    /// box explains why and the current document stays as it was. A spec above
    /// IncrementalLoadSize goes into the editor piece by piece while the window
    /// stays live (see isLoading()); the call returns once that has begun.
    bool openFile(const QString &path);
    /// Asks for a spec (File → Open) and opens it.
    bool openWithDialog();
    /// Whether openFile() is still putting a large spec into the editor (read-only meanwhile).
    bool isLoading() const { return m_loader.isActive(); }
    /// Replaces the document with a new, untitled one from the built-in template \a templateId.
    bool newFromTemplate(const QString &templateId);
    /// Saves to the current path, or asks for one when the document is untitled.
    bool save();
    bool saveAs();
    /// Writes the document to \a path and makes it the current file.
    bool saveToPath(const QString &path);
    /// Closes the document (asking to save changes) and leaves an empty untitled one.
    bool closeDocument();
    /// Asks whether to save unsaved changes; false means the user cancelled.
    bool maybeSave();
    /// The window is closing: asks to save changes, then stops a load and drops the journal (the
    /// text is saved or discarded on purpose). False when the user cancelled.
    bool prepareToClose();

    /// The absolute path of the open file; empty while untitled.
    QString filePath() const { return m_filePath; }
    bool isModified() const;
    /// Whether the open file is read-only (opened so; saving it asks for another place).
    bool isReadOnly() const { return m_readOnly; }
    /// Whether the file at \a path exists and must not be written: no write permission for anyone, or for us.
    static bool isReadOnlyFile(const QString &path);
    /// Counts changes of the text and of its line ending (not while a spec is loading).
    quint64 revision() const { return m_revision; }
    /// The file's name, and whether it was deleted or is no longer text on disk (the window's title).
    QString title() const;
    /** What the status bar says of a spec opened without syntax highlighting; empty otherwise. */
    QString largeDocumentNotice() const;

    /// The line ending the next save writes (the file's own, until convertToUnixLineEndings()).
    Core::TextFile::LineEnding lineEnding() const { return m_lineEnding; }
    bool hasByteOrderMark() const { return m_byteOrderMark; }
    /// Makes the next save write Unix (LF) line endings instead of the file's Windows ones; one
    /// undo step. False when the file has Unix line endings already.
    bool convertToUnixLineEndings();
    /// The editor's text with the line endings the file is saved with.
    QString textAsWritten() const;

    QStringList recentFiles() const { return RecentFiles::list(); }
    void clearRecentFiles();

    /// Whether the open file still exists on disk (false once it was deleted or moved away).
    bool isOnDisk() const { return m_disk.isOnDisk(); }
    /// Looks at the open file now instead of waiting for the file watcher (which calls this itself).
    void checkDiskFile();

    /// Journals the unsaved text now (the timer and losing focus do this on their own); false on failure.
    bool journalNow();
    /// Journals the unsaved text off the GUI thread (the write ends with a sync to disk): what the
    /// timer and losing focus do. Saving, closing and journalNow() wait for a write in flight.
    void journalInBackground();
    /// Where this document's journal goes (empty before the first write).
    QString journalPath() const { return m_journal.path(); }
    /// How often unsaved text is journaled (the "recovery/interval" setting, milliseconds).
    int journalInterval() const { return m_journalTimer.interval(); }
    /// Offers each document left by an editor that crashed or was killed: Recover, Discard or Compare.
    /// Recovering while this document has a file or changes asks for another window (see
    /// recoveryNeedsNewWindow()).
    void offerRecovery();
    /// Puts \a orphan's text in the editor as an unsaved change of its document and deletes the orphan.
    bool recover(const Core::RecoveryJournal::Orphan &orphan);

Q_SIGNALS:
    /// New text is in place (opened, reloaded, recovered, new or closed) at \a revision.
    void documentReplaced(quint64 revision);
    /// An edit of the text (typing, undo, a fix applied) made \a revision.
    void textChanged(quint64 revision);
    /// The line ending the file is saved with changed to \a ending (convert or its undo), making \a revision.
    void lineEndingChanged(Core::TextFile::LineEnding ending, quint64 revision);
    /// openFile() has put the whole spec into the editor (\a complete), or the load was given up
    /// (cancelled, another document opened, the window closed).
    void loadFinished(bool complete);
    /// title() or filePath() changed, or the modified state has to be shown again.
    void titleChanged(const QString &title);
    /// Something for the status bar; \a timeout in milliseconds, 0 until the next message.
    void statusMessage(const QString &text, int timeout);
    void recentFilesChanged(const QStringList &files);
    /// The user chose to recover \a orphan, but this document is in use: open it in a new window.
    void recoveryNeedsNewWindow(const Core::RecoveryJournal::Orphan &orphan);

private:
    enum class Load { AtOnce, InPieces };
    void setDocument(const QString &text, const QString &path, const Core::TextFile &format, Load load = Load::AtOnce);
    void documentInPlace();
    void stopLoading(); ///< gives up a load in progress (loadFinished(false))
    void showOpened();
    void showError(const QString &title, const QString &message);
    void updateTitle();
    void addRecentFile(const QString &path);
    void removeRecentFile(const QString &path);
    /// Puts the file's new text \a disk in place of the document's; the cursor and scroll position stay.
    void reloadFromDisk(const Core::FileSnapshot &disk);

    SourceEditor *m_editor;
    QWidget *m_dialogParent;
    QString m_filePath;
    Core::TextFile::LineEnding m_lineEnding = Core::TextFile::LineEnding::Unix;
    bool m_byteOrderMark = false;
    quint64 m_revision = 0;
    DiskWatch m_disk;
    bool m_readOnly = false;
    JournalWriter m_journal;
    QTimer m_journalTimer;
    PiecewiseLoader m_loader;
};

} // namespace Specwright::Widgets
