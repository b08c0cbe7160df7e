// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "diskwatch.h"

#include "diffdialog.h"
#include "documentcontroller.h"
#include "sourceeditor.h"

#include <core/document/linediff.h>

#include <QAbstractButton>
#include <QDir>
#include <QFileInfo>
#include <QMessageBox>
#include <QSettings>

namespace Specwright::Widgets {

DiskWatch::DiskWatch(const DocumentController *document, SourceEditor *editor, QWidget *dialogParent)
    : m_document(document)
    , m_editor(editor)
    , m_dialogParent(dialogParent)
{
    // Changes to the open file by other programs (including editors that save by renaming a new file
    // over it, which the folder watch catches).
    m_checkTimer.setSingleShot(true);
    m_checkTimer.setInterval(100);
    connect(&m_checkTimer, &QTimer::timeout, this, &DiskWatch::check);
    connect(&m_watcher, &QFileSystemWatcher::fileChanged, &m_checkTimer, qOverload<>(&QTimer::start));
    connect(&m_watcher, &QFileSystemWatcher::directoryChanged, &m_checkTimer, qOverload<>(&QTimer::start));
}

void DiskWatch::reset(const QString &text)
{
    m_text = text;
    m_onDisk = true;
    m_notText.clear();
}

void DiskWatch::watch()
{
    if (!m_watcher.files().isEmpty()) {
        m_watcher.removePaths(m_watcher.files());
    }
    if (!m_watcher.directories().isEmpty()) {
        m_watcher.removePaths(m_watcher.directories());
    }
    const QString path = m_document->filePath();
    if (path.isEmpty()) {
        return;
    }
    if (QFileInfo::exists(path)) {
        m_watcher.addPath(path);
    }
    m_watcher.addPath(QFileInfo(path).absolutePath());
}

void DiskWatch::check()
{
    const QString path = m_document->filePath();
    if (path.isEmpty() || m_asking || m_document->isLoading()) {
        return;
    }
    const Core::FileSnapshot disk = Core::FileSnapshot::take(path);
    if (!disk.exists()) {
        if (m_onDisk) {
            // Keep every word: the buffer becomes the only copy, so closing asks to save it.
            m_onDisk = false;
            m_notText.clear();
            m_editor->document()->setModified(true);
            Q_EMIT stateChanged();
            Q_EMIT statusMessage(
                tr("%1 was deleted or moved on disk; your text is kept.").arg(QDir::toNativeSeparators(path)), 0);
        }
        return;
    }
    if (!m_watcher.files().contains(path)) {
        m_watcher.addPath(path); // replaced by a rename: watch the new file
    }
    if (!disk.file().isValid()) {
        markNotText(disk.file().errorString());
        return;
    }
    clearNotText();
    if (disk.file().text() == m_text) {
        if (!m_onDisk) { // back, with the text we have
            m_onDisk = true;
            Q_EMIT stateChanged();
        }
        return; // our own save, or a touch
    }
    m_onDisk = true;
    const bool silently = QSettings().value(QStringLiteral("files/reloadUnmodified"), true).toBool();
    if (!m_document->isModified() && silently) {
        Q_EMIT reloadRequested(disk);
        Q_EMIT statusMessage(tr("Reloaded %1: it changed on disk.").arg(QDir::toNativeSeparators(path)), 5000);
        return;
    }
    askAboutChange(disk);
}

// Every answer acts on the file as it is when given, not as it was when the question opened: another
// program may write it again meanwhile, and the watcher is ignored while the question is open.
void DiskWatch::askAboutChange(const Core::FileSnapshot &changed)
{
    m_asking = true;
    Core::FileSnapshot shown = changed; // the version the user is deciding about
    bool again = false;
    while (true) {
        const int answer = askQuestion(again);
        const QString path = m_document->filePath();
        const Core::FileSnapshot disk = Core::FileSnapshot::take(path);
        if (!disk.file().isValid()) {
            break; // gone or no longer text: the check below says so and keeps the buffer
        }
        if (answer == QMessageBox::Open) {
            DiffDialog(tr("Changes on Disk of %1").arg(QFileInfo(path).fileName()),
                       Core::LineDiff::unified(m_editor->toPlainText(), disk.file().text(), tr("your text"),
                                               tr("%1 on disk").arg(path)),
                       m_dialogParent)
                .exec();
            shown = disk;
            again = false;
            continue;
        }
        if (answer == QMessageBox::Yes) {
            m_asking = false;
            Q_EMIT reloadRequested(disk);
            return;
        }
        if (disk.file().text() != shown.file().text()) {
            // Keep Mine would overwrite, on the next save, a version the user has not seen: ask about it.
            shown = disk;
            again = true;
            continue;
        }
        // Keep mine: the buffer now differs from the file, and only a newer change asks again.
        m_text = disk.file().text();
        m_editor->document()->setModified(true);
        m_asking = false;
        recheckIfMoved(disk);
        return;
    }
    m_asking = false;
    m_checkTimer.start();
}

int DiskWatch::askQuestion(bool again)
{
    const QString name = QFileInfo(m_document->filePath()).fileName();
    QMessageBox box(QMessageBox::Question, tr("File Changed on Disk"),
                    again ? tr("%1 was changed by another program again while this question was open.").arg(name)
                          : tr("%1 was changed by another program.").arg(name),
                    QMessageBox::Yes | QMessageBox::No | QMessageBox::Open, m_dialogParent);
    box.button(QMessageBox::Yes)->setText(tr("&Reload"));
    box.button(QMessageBox::No)->setText(tr("&Keep Mine"));
    box.button(QMessageBox::Open)->setText(tr("&Compare…"));
    box.setInformativeText(m_document->isModified() ? tr("Reload discards your unsaved changes.")
                                                    : tr("Reload shows the file's new text."));
    box.setDefaultButton(QMessageBox::No);
    box.exec();
    return box.standardButton(box.clickedButton());
}

// Nothing looks at the disk while a question is open or a spec loads: if the file moved on since \a basis
// (what the last answer or reload was based on), look again.
void DiskWatch::recheckIfMoved(const Core::FileSnapshot &basis)
{
    if (!basis.isCurrent()) {
        m_checkTimer.start();
    }
}

// Another program made the file something other than UTF-8 text (Latin-1, binary data…). The buffer
// stays, marked as differing from disk so that closing asks; saving asks before overwriting the file.
void DiskWatch::markNotText(const QString &reason)
{
    if (reason == m_notText) {
        return; // the same problem, seen again
    }
    m_notText = reason;
    m_onDisk = true;
    m_editor->document()->setModified(true);
    Q_EMIT stateChanged();
    Q_EMIT statusMessage(
        tr("The file on disk is no longer valid UTF-8 text; your text is kept and saving asks before overwriting "
           "it. %1")
            .arg(reason),
        0);
}

void DiskWatch::clearNotText()
{
    if (m_notText.isEmpty()) {
        return;
    }
    m_notText.clear();
    // Marked modified only because of the disk: unmodified again when the text is what was last read.
    if (m_editor->toPlainText() == m_text) {
        m_editor->document()->setModified(false);
    }
    Q_EMIT stateChanged();
}

// Re-reads the file at save time, so that this holds even when the watcher missed the change.
bool DiskWatch::mayOverwrite(const QString &path)
{
    if (QFileInfo(path).absoluteFilePath() != m_document->filePath() || !QFileInfo::exists(path)) {
        return true; // a new file, or one the Save As dialog asked about
    }
    const Core::TextFile disk = Core::TextFile::read(path);
    if (disk.isValid()) {
        return true;
    }
    QMessageBox box(QMessageBox::Warning, tr("File on Disk Is Not Text"),
                    tr("The file on disk is no longer valid UTF-8 text. %1\n\nOverwrite it with your text?")
                        .arg(disk.errorString()),
                    QMessageBox::Save | QMessageBox::Cancel, m_dialogParent);
    box.button(QMessageBox::Save)->setText(tr("&Overwrite"));
    box.setDefaultButton(QMessageBox::Cancel);
    return box.exec() == QMessageBox::Save;
}

} // namespace Specwright::Widgets
