// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "documentcontroller.h"

#include "callbackundoitem.h"
#include "diffdialog.h"
#include "sourceeditor.h"

#include <core/document/linediff.h>
#include <core/validate/builtintemplates.h>

#include <QAbstractButton>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QMessageBox>
#include <QScrollBar>
#include <QSettings>

namespace Specwright::Widgets {

DocumentController::DocumentController(SourceEditor *editor, QWidget *dialogParent, QObject *parent)
    : QObject(parent)
    , m_editor(editor)
    , m_dialogParent(dialogParent)
    , m_disk(this, editor, dialogParent)
    , m_loader(editor, dialogParent)
{
    connect(m_editor->document(), &QTextDocument::contentsChanged, this, [this] {
        if (isLoading()) {
            return; // checked once the whole text is in
        }
        ++m_revision;
        Q_EMIT textChanged(m_revision);
    });
    connect(&m_loader, &PiecewiseLoader::finished, this, [this] {
        documentInPlace();
        showOpened();
        Q_EMIT loadFinished(true);
    });
    // Cancel leaves an empty, untitled document.
    connect(&m_loader, &PiecewiseLoader::cancelRequested, this, [this] {
        const QString path = m_filePath;
        setDocument(QString(), QString(), Core::TextFile()); // reports loadFinished(false)
        Q_EMIT statusMessage(tr("Opening %1 was cancelled; the file is unchanged.").arg(QDir::toNativeSeparators(path)),
                             0);
    });
    connect(&m_disk, &DiskWatch::stateChanged, this, &DocumentController::updateTitle);
    connect(&m_disk, &DiskWatch::statusMessage, this, &DocumentController::statusMessage);
    connect(&m_disk, &DiskWatch::reloadRequested, this, &DocumentController::reloadFromDisk);

    // Unsaved text goes to the recovery journal every few seconds and whenever the app loses focus;
    // it is dropped once the document is saved, reverted or closed.
    m_journalTimer.setInterval(qMax(100, QSettings().value(QStringLiteral("recovery/interval"), 5000).toInt()));
    connect(&m_journalTimer, &QTimer::timeout, this, &DocumentController::journalInBackground);
    m_journalTimer.start();
    connect(qApp, &QGuiApplication::applicationStateChanged, this, [this](Qt::ApplicationState state) {
        if (state != Qt::ApplicationActive) {
            journalInBackground();
        }
    });
    connect(m_editor->document(), &QTextDocument::modificationChanged, this, [this](bool modified) {
        if (!modified) {
            m_journal.discard();
        }
    });
    // Said once, in the status bar: a modal box every 5 s would be worse.
    connect(&m_journal, &JournalWriter::failed, this, [this](const QString &error) {
        Q_EMIT statusMessage(tr("Unsaved changes cannot be journaled for recovery: %1").arg(error), 0);
    });
}

DocumentController::~DocumentController() = default;

QString DocumentController::fileFilter()
{
    return QStringLiteral("reStructuredText (*.rst *.rest *.txt);;All files (*)");
}

bool DocumentController::isModified() const
{
    // A spec going in piece by piece is what is on disk, though each piece marks the document modified.
    return !isLoading() && m_editor->document()->isModified();
}

bool DocumentController::isReadOnlyFile(const QString &path)
{
    const QFileInfo info(path);
    // Nobody may write it (root may all the same: the file says it is not to be changed), or we may not.
    constexpr QFileDevice::Permissions anyWrite =
        QFileDevice::WriteOwner | QFileDevice::WriteGroup | QFileDevice::WriteOther;
    return info.exists() && (!info.isWritable() || !(info.permissions() & anyWrite));
}

QString DocumentController::title() const
{
    const QString name = m_filePath.isEmpty() ? tr("Untitled") : QFileInfo(m_filePath).fileName();
    if (m_readOnly && m_disk.isOnDisk()) {
        return tr("%1 (read-only)").arg(name);
    }
    if (!m_disk.isOnDisk()) {
        return tr("%1 (deleted from disk)").arg(name);
    }
    if (!m_disk.notTextReason().isEmpty()) {
        return tr("%1 (not UTF-8 on disk)").arg(name);
    }
    return name;
}

void DocumentController::updateTitle()
{
    Q_EMIT titleChanged(title());
}

void DocumentController::addRecentFile(const QString &path)
{
    Q_EMIT recentFilesChanged(RecentFiles::add(path));
}

void DocumentController::removeRecentFile(const QString &path)
{
    if (RecentFiles::remove(path)) {
        Q_EMIT recentFilesChanged(RecentFiles::list());
    }
}

void DocumentController::clearRecentFiles()
{
    RecentFiles::clear();
    Q_EMIT recentFilesChanged({});
}

bool DocumentController::convertToUnixLineEndings()
{
    if (m_lineEnding != Core::TextFile::LineEnding::Windows) {
        return false;
    }
    // The text holds no carriage return: only what the next save writes changes. As a step on the
    // editor's undo stack, Undo brings the Windows line endings back like any edit.
    const auto setEnding = [this](Core::TextFile::LineEnding ending) {
        m_lineEnding = ending;
        ++m_revision;
        Q_EMIT lineEndingChanged(ending, m_revision);
    };
    setEnding(Core::TextFile::LineEnding::Unix);
    m_editor->document()->appendUndoItem(
        new CallbackUndoItem([setEnding] { setEnding(Core::TextFile::LineEnding::Windows); },
                             [setEnding] { setEnding(Core::TextFile::LineEnding::Unix); }));
    m_editor->document()->setModified(true);
    Q_EMIT statusMessage(tr("The file will be saved with Unix (LF) line endings."), 5000);
    return true;
}

QString DocumentController::textAsWritten() const
{
    QString text = m_editor->toPlainText();
    if (m_lineEnding == Core::TextFile::LineEnding::Windows) {
        text.replace(QLatin1Char('\n'), QStringLiteral("\r\n"));
    }
    return text;
}

void DocumentController::setDocument(const QString &text, const QString &path, const Core::TextFile &format, Load load)
{
    stopLoading(); // a spec still loading gives way
    // The old document's findings must not linger on the new text until it is validated.
    m_editor->setDiagnostics({});
    m_editor->setTitles({});
    m_editor->setCodeBlocks({});
    // Switched before the text goes in, so that a huge spec is never highlighted as a whole.
    m_editor->setSyntaxHighlighting(text.size() <= HighlightSizeLimit);
    m_filePath = path.isEmpty() ? QString() : QFileInfo(path).absoluteFilePath();
    m_readOnly = !path.isEmpty() && isReadOnlyFile(path);
    m_lineEnding = format.lineEnding();
    m_byteOrderMark = format.hasByteOrderMark();
    m_disk.reset(text);
    if (load == Load::InPieces && text.size() > IncrementalLoadSize) {
        m_loader.start(text, QFileInfo(path).fileName());
        updateTitle();
        return;
    }
    m_editor->setPlainText(text);
    documentInPlace();
}

void DocumentController::stopLoading()
{
    if (isLoading()) {
        m_loader.stop();
        Q_EMIT loadFinished(false);
    }
}

// The document's text is all in the editor: start editing, watching and checking it.
void DocumentController::documentInPlace()
{
    m_editor->document()->setModified(false);
    m_editor->moveCursor(QTextCursor::Start);
    m_disk.watch();
    updateTitle();
    ++m_revision;
    Q_EMIT documentReplaced(m_revision); // a newly opened document is checked and shown at once
    if (!m_editor->hasSyntaxHighlighting()) {
        Q_EMIT statusMessage(largeDocumentNotice(), 0);
    }
}

QString DocumentController::largeDocumentNotice() const
{
    if (m_editor->hasSyntaxHighlighting()) {
        return {};
    }
    return tr("This spec has %1 MB of text: syntax highlighting is off above %2 MB so that the editor stays "
              "responsive.")
        .arg(QString::number(double(m_editor->document()->characterCount()) / (1024 * 1024), 'f', 1))
        .arg(HighlightSizeLimit / (1024 * 1024));
}

void DocumentController::showError(const QString &title, const QString &message)
{
    QMessageBox::warning(m_dialogParent, title, message);
}

bool DocumentController::maybeSave()
{
    if (!isModified()) {
        return true;
    }
    const QString name = m_filePath.isEmpty() ? tr("Untitled") : QFileInfo(m_filePath).fileName();
    const auto answer =
        QMessageBox::warning(m_dialogParent, tr("Unsaved Changes"), tr("%1 has unsaved changes. Save them?").arg(name),
                             QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save) {
        return save();
    }
    if (answer == QMessageBox::Discard) {
        // Thrown away on purpose: nothing to recover. Putting the next text in does not always
        // report the document unmodified, so the journal goes now.
        m_journal.discard();
        return true;
    }
    return false;
}

bool DocumentController::openFile(const QString &path)
{
    // Read before asking about unsaved changes: a file that cannot be opened
    // must not cost the user their current document or a needless question.
    const Core::TextFile file = Core::TextFile::read(path);
    if (!file.isValid()) {
        showError(tr("Cannot Open File"), file.errorString());
        if (!QFileInfo::exists(path)) {
            removeRecentFile(path);
        }
        return false;
    }
    if (!maybeSave()) {
        return false;
    }
    setDocument(file.text(), path, file, Load::InPieces);
    addRecentFile(path);
    if (!isLoading()) {
        showOpened();
    }
    return true;
}

bool DocumentController::openWithDialog()
{
    const QString dir = m_filePath.isEmpty() ? QDir::homePath() : QFileInfo(m_filePath).absolutePath();
    const QString path = QFileDialog::getOpenFileName(m_dialogParent, tr("Open Spec"), dir, fileFilter());
    return !path.isEmpty() && openFile(path);
}

void DocumentController::showOpened()
{
    if (m_readOnly) {
        Q_EMIT statusMessage(tr("%1 is read-only: your changes can be saved elsewhere with Save As.")
                                 .arg(QDir::toNativeSeparators(m_filePath)),
                             0);
        return;
    }
    const QString notice = largeDocumentNotice();
    if (notice.isEmpty()) {
        Q_EMIT statusMessage(tr("Opened %1").arg(QDir::toNativeSeparators(m_filePath)), 5000);
    } else {
        Q_EMIT statusMessage(tr("Opened %1. %2").arg(QDir::toNativeSeparators(m_filePath), notice), 0);
    }
}

bool DocumentController::newFromTemplate(const QString &templateId)
{
    const Core::BuiltinTemplates::Entry entry = Core::BuiltinTemplates::find(templateId);
    if (entry.id.isEmpty()) {
        showError(tr("Cannot Create Spec"), tr("There is no template called %1.").arg(templateId));
        return false;
    }
    if (!maybeSave()) {
        return false;
    }
    setDocument(Core::BuiltinTemplates::text(entry), QString(), Core::TextFile());
    return true;
}

bool DocumentController::save()
{
    if (m_filePath.isEmpty()) {
        return saveAs();
    }
    return saveToPath(m_filePath);
}

bool DocumentController::saveAs()
{
    const QString suggested = m_filePath.isEmpty() ? QDir::home().filePath(QStringLiteral("untitled.rst")) : m_filePath;
    const QString path = QFileDialog::getSaveFileName(m_dialogParent, tr("Save Spec As"), suggested, fileFilter());
    if (path.isEmpty()) {
        return false;
    }
    return saveToPath(path);
}

bool DocumentController::saveToPath(const QString &path)
{
    if (isLoading()) { // half a spec must never overwrite the whole one
        Q_EMIT statusMessage(tr("The spec is still being opened; nothing was saved."), 0);
        return false;
    }
    if (!m_disk.mayOverwrite(path)) {
        return false;
    }
    const QString error = isReadOnlyFile(path)
                              ? tr("%1 is read-only: it was not changed.")
                                    .arg(QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath()))
                              : Core::TextFile::write(path, m_editor->toPlainText(), m_lineEnding, m_byteOrderMark);
    if (!error.isEmpty()) {
        // The text stays unsaved in the editor; the way out is another place to save it.
        QMessageBox box(QMessageBox::Warning, tr("Cannot Save File"), error, QMessageBox::Save | QMessageBox::Cancel,
                        m_dialogParent);
        box.button(QMessageBox::Save)->setText(tr("Save &As…"));
        box.setDefaultButton(QMessageBox::Save);
        box.setEscapeButton(QMessageBox::Cancel);
        return box.exec() == QMessageBox::Save && saveAs();
    }
    m_filePath = QFileInfo(path).absoluteFilePath();
    m_readOnly = false; // just written
    m_disk.reset(m_editor->toPlainText());
    m_disk.watch();
    m_editor->document()->setModified(false);
    addRecentFile(m_filePath);
    updateTitle();
    Q_EMIT statusMessage(tr("Saved %1").arg(QDir::toNativeSeparators(m_filePath)), 5000);
    return true;
}

bool DocumentController::closeDocument()
{
    if (!maybeSave()) {
        return false;
    }
    setDocument(QString(), QString(), Core::TextFile());
    return true;
}

bool DocumentController::prepareToClose()
{
    if (!maybeSave()) {
        return false;
    }
    stopLoading();
    m_journal.discard(); // saved or discarded on purpose: nothing to recover
    return true;
}

bool DocumentController::journalNow()
{
    m_journal.finish();
    if (isLoading() || !isModified() || m_journal.holds(m_revision)) {
        return true;
    }
    return m_journal.write(m_filePath, m_editor->toPlainText(), m_revision);
}

void DocumentController::journalInBackground()
{
    if (m_journal.isWriting()) {
        return; // the next tick writes what this one would have
    }
    if (isLoading() || !isModified() || m_journal.holds(m_revision)) {
        return;
    }
    // Only the snapshot is taken on the GUI thread.
    m_journal.writeInBackground(m_filePath, m_editor->toPlainText(), m_revision);
}

void DocumentController::offerRecovery()
{
    for (const Core::RecoveryJournal::Orphan &orphan : Core::RecoveryJournal::orphans()) {
        const QString name =
            orphan.documentPath.isEmpty() ? tr("An untitled spec") : QDir::toNativeSeparators(orphan.documentPath);
        while (true) {
            QMessageBox box(QMessageBox::Question, tr("Recover Unsaved Changes"),
                            tr("%1 has unsaved changes from %2, when Specwright did not close normally.")
                                .arg(name, QLocale().toString(orphan.savedAt.toLocalTime(), QLocale::ShortFormat)),
                            QMessageBox::Yes | QMessageBox::Discard | QMessageBox::Open, m_dialogParent);
            box.button(QMessageBox::Yes)->setText(tr("&Recover"));
            box.button(QMessageBox::Open)->setText(tr("&Compare…"));
            box.setInformativeText(tr("Recover opens the text as unsaved changes; Discard deletes it."));
            box.setDefaultButton(QMessageBox::Yes);
            box.exec();
            if (box.clickedButton() == box.button(QMessageBox::Open)) {
                const Core::TextFile disk = Core::TextFile::read(orphan.documentPath);
                const QString diff = Core::LineDiff::unified(disk.isValid() ? disk.text() : QString(), orphan.text,
                                                             orphan.documentPath.isEmpty() ? tr("(nothing on disk)")
                                                                                           : orphan.documentPath,
                                                             tr("unsaved changes"));
                DiffDialog(tr("Unsaved Changes of %1").arg(name), diff, m_dialogParent).exec();
                continue; // ask again, now that the user has seen the difference
            }
            if (box.clickedButton() == box.button(QMessageBox::Discard)) {
                Core::RecoveryJournal::remove(orphan);
            } else if (box.clickedButton() == box.button(QMessageBox::Yes)) {
                if (isModified() || !m_filePath.isEmpty()) {
                    Q_EMIT recoveryNeedsNewWindow(orphan); // one document per window: recover beside this one
                } else {
                    recover(orphan);
                }
            } // closed without an answer: the journal stays for the next start
            break;
        }
    }
}

bool DocumentController::recover(const Core::RecoveryJournal::Orphan &orphan)
{
    // Keep the file's own line endings and BOM for the next save.
    const Core::TextFile disk =
        orphan.documentPath.isEmpty() ? Core::TextFile() : Core::TextFile::read(orphan.documentPath);
    setDocument(orphan.text, orphan.documentPath, disk.isValid() ? disk : Core::TextFile());
    m_disk.reset(disk.isValid() ? disk.text() : QString()); // what is on disk, not the recovered text
    m_editor->document()->setModified(true);
    if (!journalNow()) {
        return false; // keep the orphan: it is the only copy
    }
    Core::RecoveryJournal::remove(orphan);
    Q_EMIT statusMessage(tr("Recovered unsaved changes; save to keep them."), 10000);
    return true;
}

void DocumentController::checkDiskFile()
{
    m_disk.check();
}

void DocumentController::reloadFromDisk(const Core::FileSnapshot &disk)
{
    const int position = m_editor->textCursor().position();
    const int scroll = m_editor->verticalScrollBar()->value();
    const auto restoreView = [this, position, scroll] {
        QTextCursor cursor = m_editor->textCursor();
        cursor.setPosition(qMin(position, int(m_editor->document()->characterCount()) - 1));
        m_editor->setTextCursor(cursor);
        m_editor->verticalScrollBar()->setValue(scroll);
    };
    setDocument(disk.file().text(), m_filePath, disk.file(), Load::InPieces);
    if (!isLoading()) {
        restoreView();
        m_disk.recheckIfMoved(disk);
        return;
    }
    // A large spec goes back in piece by piece, like opening it; the view returns once it is all in.
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection =
        connect(this, &DocumentController::loadFinished, this, [this, connection, restoreView, disk](bool complete) {
            QObject::disconnect(*connection);
            if (complete) {
                restoreView();
                m_disk.recheckIfMoved(disk); // the watcher was ignored while the text went in
            }
        });
}

} // namespace Specwright::Widgets
