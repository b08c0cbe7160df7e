// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/analysis/analysisservice.h>
#include <core/analysis/specanalysis.h>
#include <core/diagram/diagramblock.h>
#include <core/document/filesnapshot.h>
#include <core/document/recoveryjournal.h>
#include <core/document/textfile.h>

#include <QFileSystemWatcher>
#include <QFuture>
#include <QFutureWatcher>
#include <QMainWindow>
#include <QPointer>
#include <QTimer>

class QLabel;
class QProgressDialog;
class QTreeView;
class QTreeWidget;

#include <functional>
#include <memory>

namespace Ui {
class MainWindow;
}

namespace Specwright::Core {
class CheckRules;
class Exporter;
} // namespace Specwright::Core

namespace Specwright::Widgets {

class DiagnosticsDock;
class DiagramDock;
class OutlineDock;
class ExportForReviewDialog;
class PluginsDialog;
class PreviewView;
class SourceEditor;

/// The editor window: source on the left, preview on the right, file handling.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    static constexpr int MaximumRecentFiles = 10;

    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Opens \a path after asking to save unsaved changes. On failure a message
    /// box explains why and the current document stays as it was. A spec above
    /// IncrementalLoadSize goes into the editor piece by piece while the window
    /// stays live (see isLoading()); the call returns once that has begun.
    bool openFile(const QString &path);
    /// Whether openFile() is still putting a large spec into the editor (read-only meanwhile).
    bool isLoading() const { return !m_loadText.isNull(); }
    /// Replaces the document with a new, untitled one from the built-in template \a templateId.
    bool newFromTemplate(const QString &templateId);
    /// Saves to the current path, or asks for one when the document is untitled.
    bool save();
    bool saveAs();
    /// Writes the document to \a path and makes it the current file.
    bool saveToPath(const QString &path);
    /// Closes the document (asking to save changes) and leaves an empty untitled one.
    bool closeDocument();

    QString filePath() const { return m_filePath; }
    bool isModified() const;
    QStringList recentFiles() const;

    SourceEditor *editor() const;
    PreviewView *preview() const;
    /// The revision of the text the preview shows (see previewUpdated()).
    quint64 previewRevision() const { return m_previewRevision; }
    quint64 revision() const { return m_revision; }

    /// Milliseconds of typing pause before validation and the preview update.
    static constexpr int PreviewDelay = 150;
    /// Above this many characters the live preview pauses with a notice (checking goes on).
    static constexpr qsizetype PreviewSizeLimit = qsizetype(2) * 1024 * 1024;
    /// Above this, the editor opens a spec without token highlighting: highlighting every line of it
    /// at once would freeze the window for many seconds.
    static constexpr qsizetype HighlightSizeLimit = qsizetype(8) * 1024 * 1024;
    /// Above this, openFile() loads the text in pieces between events, with progress and Cancel:
    /// QTextDocument takes about 0.1 s per megabyte, which would freeze the window.
    static constexpr qsizetype IncrementalLoadSize = qsizetype(2) * 1024 * 1024;
    /// The diagnostics list shows at most this many findings (the first by line), then how many more.
    static constexpr int DiagnosticsListLimit = 10000; // DiagnosticsModel::Limit
    /// The outline lists at most this many sections, then says how many more there are.
    static constexpr int OutlineSectionLimit = Core::SpecOutline::SectionLimit;
    bool isPreviewPaused() const { return m_previewPaused; }
    /** What the status bar says of a spec opened without syntax highlighting; empty otherwise. */
    QString largeDocumentNotice() const;

    /// The revision whose diagnostics the editor shows.
    quint64 validatedRevision() const { return m_validatedRevision; }
    DiagnosticsDock *diagnosticsDock() const { return m_diagnosticsDock; }
    QTreeView *diagnosticsList() const;
    QTreeWidget *outline() const;
    /// Puts the cursor on 0-based \a line and shows that line at the top of the editor and of the
    /// preview, whether or not scrolling is synchronised (what an outline click does).
    void goToSection(int line);
    /// Makes the next save write Unix (LF) line endings instead of the file's Windows ones; one
    /// undo step. False when the file has Unix line endings already.
    bool convertToUnixLineEndings();
    /// The editor's text with the line endings the file is saved with.
    QString textAsWritten() const;
    /// Inserts the template section or subsection \a title (missing from the spec) at its place; one undo step.
    bool insertMissingSection(const QString &title);
    /// Writes the rendered spec as one standalone HTML file (the same page specwright-cli render writes).
    /// Like every explicit action on the whole text it uses the analysis of the current revision,
    /// waiting for it (off the GUI thread) when the text changed since; exported() reports the outcome.
    void exportHtml(const QString &path);
    /// Prints the preview to a PDF file; pdfExported() reports the outcome.
    void exportPdf(const QString &path);

    /// Validation settings: a template file (empty: the repository's own) and a profile name
    /// ("strict", "glance", "nova"; empty: detected). Kept in QSettings.
    void setCheckSettings(const QString &templatePath, const QString &profile);

    /// Journals the unsaved text now (the timer and losing focus do this on their own); false on failure.
    bool journalNow();
    /// Journals the unsaved text off the GUI thread (the write ends with a sync to disk): what the
    /// timer and losing focus do. Saving, closing and journalNow() wait for a write in flight.
    void journalInBackground();
    /// Where this window's journal goes (empty before the first write).
    QString journalPath() const { return m_journal ? m_journal->journalPath() : QString(); }
    /// Offers each document left by an editor that crashed or was killed: Recover, Discard or Compare.
    void offerRecovery();
    /// Puts \a orphan's text in this window as an unsaved change of its document and deletes the orphan.
    bool recover(const Core::RecoveryJournal::Orphan &orphan);
    /// Writes the current text with an exporter plugin's format (File → Export <format>).
    /// exported() reports the outcome.
    void exportWith(const Core::Exporter *exporter, const QString &path);

    /// Creates the Help → Plugins dialog (the menu opens it).
    PluginsDialog *openPlugins();

    /// Creates the Export for Review dialog for the current text (File → Export for Review opens it).
    ExportForReviewDialog *openExportForReview();

    /// The diagram canvas dock (Edit → Insert Diagram, Edit Diagram).
    DiagramDock *diagramDock() const { return m_diagramDock; }
    /// Opens the literal block under the cursor in the diagram canvas; false when there is none.
    /// diagramOpened() reports whether there was one.
    void editDiagramAtCursor();
    /// Runs \a action with the analysis of the current text: at once when it is current, else as soon
    /// as the background service has it (the GUI thread never parses the document itself).
    void whenAnalysed(std::function<void(const Core::SpecAnalysis &)> action);

    /// Whether the open file still exists on disk (false once it was deleted or moved away).
    bool isOnDisk() const { return m_onDisk; }
    /// Looks at the open file now instead of waiting for the file watcher (which calls this itself).
    void checkDiskFile();

    /// How often unsaved text is journaled (the "recovery/interval" setting, milliseconds).
    int journalInterval() const { return m_journalTimer.interval(); }

Q_SIGNALS:
    /// The preview now shows revision \a revision of the document.
    void previewUpdated(quint64 revision);
    /// Diagnostics and outline now describe revision \a revision.
    void validationUpdated(quint64 revision);
    /// openFile() has put the whole spec into the editor (\a complete), or the load was given up
    /// (cancelled, another document opened, the window closed).
    void loadFinished(bool complete);
    /// exportPdf() finished writing \a path (or failed).
    void pdfExported(const QString &path, bool ok);
    /// exportHtml() or exportWith() wrote \a path (or failed, after saying why).
    void exported(const QString &path, bool ok);
    /// editDiagramAtCursor() opened the literal block under the cursor in the canvas (\a opened), or
    /// there was none.
    void diagramOpened(bool opened);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    /// Waits for a background journal write in flight and takes in its outcome.
    void finishJournalWrite();
    void journalWritten(quint64 revision, const QString &error);
    void setupActions();
    void populateTemplateMenu();
    void populateThemeMenu();
    void rebuildRecentMenu();
    void addRecentFile(const QString &path);
    void removeRecentFile(const QString &path);
    void readSettings();
    void writeSettings() const;
    void updateTitle();
    enum class Load { AtOnce, InPieces };
    void setDocument(const QString &text, const QString &path, const Core::TextFile &format, Load load = Load::AtOnce);
    void documentInPlace();
    void loadNextPiece();
    void stopLoading(); ///< gives up a load in progress (loadFinished(false))
    void endLoading();
    void showOpened();
    /// Asks whether to save unsaved changes; false means the user cancelled.
    bool maybeSave();
    void showError(const QString &title, const QString &message);
    void requestAnalysis();
    void setupDocks();
    void setupCheckMenu();
    void setupExportActions();
    void applyCheckSettings();
    void showAnalysis(const Core::SpecAnalysis &analysis);
    void updatePreview(const Core::SpecAnalysis &analysis);
    void showPage(const Core::SpecAnalysis::Page &page);
    void watchFile();
    void askAboutDiskChange(const Core::FileSnapshot &changed);
    /// Shows the File Changed on Disk question; returns the QMessageBox::StandardButton clicked.
    int askDiskQuestion(bool again);
    void reloadFromDisk(const Core::FileSnapshot &disk);
    void recheckDiskIfMoved(const Core::FileSnapshot &basis);
    void markDiskNotText(const QString &reason);
    void clearDiskNotText();
    /// Whether saving may replace \a path: asks first when the open file on disk is no longer text.
    bool mayOverwrite(const QString &path);
    void showDiff(const QString &title, const QString &diff);
    void applyLineChange(const Core::DiagramBlock::Change &change);

    std::unique_ptr<Ui::MainWindow> m_ui;
    QString m_filePath;
    Core::TextFile::LineEnding m_lineEnding = Core::TextFile::LineEnding::Unix;
    bool m_byteOrderMark = false;
    Core::AnalysisService m_analysisService;
    Core::SpecAnalysis m_lastAnalysis;
    QList<std::function<void(const Core::SpecAnalysis &)>> m_waitingForAnalysis; ///< see whenAnalysed()
    std::shared_ptr<Core::CheckRules> m_checkRules;
    quint64 m_validatedRevision = 0;
    DiagnosticsDock *m_diagnosticsDock = nullptr;
    OutlineDock *m_outlineDock = nullptr;
    QLabel *m_counts = nullptr;
    bool m_syncingFromPreview = false;
    QTimer m_previewTimer;
    quint64 m_revision = 0;
    quint64 m_previewRevision = 0;
    DiagramDock *m_diagramDock = nullptr;
    bool m_previewPaused = false;
    QFileSystemWatcher m_watcher;
    QTimer m_diskCheckTimer; ///< coalesces the watcher's bursts of events
    QString m_diskText;      ///< the file's text as last read or saved: tells our saves from others'
    bool m_onDisk = true;
    bool m_askingAboutDisk = false;
    QString m_diskNotText; ///< why the file on disk is no longer UTF-8 text (empty: it is text, or gone)
    std::unique_ptr<Core::RecoveryJournal> m_journal; ///< created on the first journal write
    QFuture<QString> m_journalWrite;                  ///< a background write in flight, or none
    QFutureWatcher<QString> m_journalWatcher;
    quint64 m_journalWriteRevision = 0;
    QTimer m_journalTimer;
    quint64 m_journaledRevision = 0;
    bool m_journalErrorShown = false;
    QString m_loadText; ///< what openFile() still has to put in the editor (null: not loading)
    qsizetype m_loadPosition = 0;
    QTimer m_loadTimer; ///< one piece per event-loop turn
    QPointer<QProgressDialog> m_loadProgress;
};

} // namespace Specwright::Widgets
