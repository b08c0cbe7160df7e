// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "callbackundoitem.h"
#include "diagnosticsdock.h"
#include "diagramcanvas.h"
#include "diagramdock.h"
#include "exportforreviewdialog.h"
#include "outlinedock.h"
#include "pluginsdialog.h"
#include "previewview.h"
#include "sourceeditor.h"
#include "ui_mainwindow.h"

#include <core/document/linediff.h>
#include <core/plugin/exporter.h>
#include <core/plugin/pluginmanager.h>
#include <core/render/htmlrenderer.h>
#include <core/validate/builtintemplates.h>
#include <core/validate/checkrules.h>

#include <QAbstractButton>
#include <QActionGroup>
#include <QCloseEvent>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPrintDialog>
#include <QPrinter>
#include <QProgressDialog>
#include <QSaveFile>
#include <QScrollBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTextBlock>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QWebEnginePage>
#include <QtConcurrentRun>

#include <numeric>

namespace Specwright::Widgets {

namespace {
const QString RecentFilesKey = QStringLiteral("recentFiles");
const QString GeometryKey = QStringLiteral("window/geometry");
const QString WindowStateKey = QStringLiteral("window/state");
const QString SplitterKey = QStringLiteral("window/splitter");
const QString PreviewVisibleKey = QStringLiteral("window/previewVisible");
const QString ThemeKey = QStringLiteral("editor/theme");
const QString TemplateKey = QStringLiteral("check/template");
const QString SyncKey = QStringLiteral("preview/syncScrolling");
const QString ProfileKey = QStringLiteral("check/profile");
const QString FileFilter = QStringLiteral("reStructuredText (*.rst *.rest *.txt);;All files (*)");
} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
{
    m_ui->setupUi(this);
    m_ui->splitter->setStretchFactor(0, 1);
    m_ui->splitter->setStretchFactor(1, 1);
    setupActions();
    setupDocks();
    setupCheckMenu();
    setupExportActions();
    populateTemplateMenu();
    populateThemeMenu();
    readSettings();
    rebuildRecentMenu();

    connect(m_ui->editor->document(), &QTextDocument::modificationChanged, this,
            [this] { setWindowModified(isModified()); });

    // The preview follows the text after a typing pause, rendered off the GUI thread.
    m_previewTimer.setSingleShot(true);
    m_previewTimer.setTimerType(Qt::PreciseTimer); // a coarse timer may fire 5 % late
    m_previewTimer.setInterval(PreviewDelay);
    connect(&m_previewTimer, &QTimer::timeout, this, &MainWindow::requestAnalysis);
    connect(&m_analysisService, &Core::AnalysisService::analysed, this, [this](const Core::SpecAnalysis &analysis) {
        if (analysis.revision != m_revision) {
            return; // stale: the text changed meanwhile
        }
        showAnalysis(analysis);
        if (m_ui->preview->isVisible()) {
            updatePreview(analysis);
        }
        for (const auto &action : std::exchange(m_waitingForAnalysis, {})) {
            action(m_lastAnalysis);
        }
    });
    connect(m_ui->editor->document(), &QTextDocument::contentsChanged, this, [this] {
        if (isLoading()) {
            return; // checked once the whole text is in
        }
        ++m_revision;
        m_previewTimer.start();
    });
    m_loadTimer.setSingleShot(true);
    m_loadTimer.setInterval(0);
    connect(&m_loadTimer, &QTimer::timeout, this, &MainWindow::loadNextPiece);
    // Changes to the open file by other programs (including editors that save by renaming a new file
    // over it, which the folder watch catches).
    m_diskCheckTimer.setSingleShot(true);
    m_diskCheckTimer.setInterval(100);
    connect(&m_diskCheckTimer, &QTimer::timeout, this, &MainWindow::checkDiskFile);
    connect(&m_watcher, &QFileSystemWatcher::fileChanged, &m_diskCheckTimer, qOverload<>(&QTimer::start));
    connect(&m_watcher, &QFileSystemWatcher::directoryChanged, &m_diskCheckTimer, qOverload<>(&QTimer::start));

    // Unsaved text goes to the recovery journal every few seconds and whenever the app loses focus;
    // it is dropped once the document is saved, reverted or closed.
    m_journalTimer.setInterval(qMax(100, QSettings().value(QStringLiteral("recovery/interval"), 5000).toInt()));
    connect(&m_journalTimer, &QTimer::timeout, this, &MainWindow::journalInBackground);
    m_journalTimer.start();
    connect(qApp, &QGuiApplication::applicationStateChanged, this, [this](Qt::ApplicationState state) {
        if (state != Qt::ApplicationActive) {
            journalInBackground();
        }
    });
    connect(&m_journalWatcher, &QFutureWatcher<QString>::finished, this, [this] {
        if (m_journalWrite.isValid()) { // not already taken in by finishJournalWrite()
            finishJournalWrite();
        }
    });
    connect(m_ui->editor->document(), &QTextDocument::modificationChanged, this, [this](bool modified) {
        if (!modified && m_journal) {
            finishJournalWrite(); // a write in flight must not bring the journal back
            m_journal->discard();
        }
    });
    // The job renders before it checks: the preview never waits for the checks.
    connect(&m_analysisService, &Core::AnalysisService::pageReady, this, &MainWindow::showPage);
    connect(m_ui->editor, &QPlainTextEdit::cursorPositionChanged, this, [this] {
        const QTextCursor cursor = m_ui->editor->textCursor();
        statusBar()->showMessage(
            tr("Line %1, column %2").arg(cursor.blockNumber() + 1).arg(cursor.positionInBlock() + 1));
    });
    updateTitle();
}

MainWindow::~MainWindow()
{
    finishJournalWrite(); // the write uses the journal, which goes with the window
}

SourceEditor *MainWindow::editor() const
{
    return m_ui->editor;
}

PreviewView *MainWindow::preview() const
{
    return m_ui->preview;
}

QTreeView *MainWindow::diagnosticsList() const
{
    return m_diagnosticsDock->view();
}

QTreeWidget *MainWindow::outline() const
{
    return m_outlineDock->tree();
}

bool MainWindow::isModified() const
{
    // A spec going in piece by piece is what is on disk, though each piece marks the document modified.
    return !isLoading() && m_ui->editor->document()->isModified();
}

void MainWindow::setupActions()
{
    m_ui->actionNew->setShortcut(QKeySequence::New);
    m_ui->actionOpen->setShortcut(QKeySequence::Open);
    m_ui->actionSave->setShortcut(QKeySequence::Save);
    m_ui->actionSaveAs->setShortcut(QKeySequence::SaveAs);
    m_ui->actionClose->setShortcut(QKeySequence::Close);
    m_ui->actionQuit->setShortcut(QKeySequence::Quit);
    m_ui->actionUndo->setShortcut(QKeySequence::Undo);
    m_ui->actionRedo->setShortcut(QKeySequence::Redo);
    m_ui->actionCut->setShortcut(QKeySequence::Cut);
    m_ui->actionCopy->setShortcut(QKeySequence::Copy);
    m_ui->actionPaste->setShortcut(QKeySequence::Paste);
    m_ui->actionSelectAll->setShortcut(QKeySequence::SelectAll);

    connect(m_ui->actionNew, &QAction::triggered, this,
            [this] { newFromTemplate(Core::BuiltinTemplates::all().constFirst().id); });
    connect(m_ui->actionOpen, &QAction::triggered, this, [this] {
        const QString dir = m_filePath.isEmpty() ? QDir::homePath() : QFileInfo(m_filePath).absolutePath();
        const QString path = QFileDialog::getOpenFileName(this, tr("Open Spec"), dir, FileFilter);
        if (!path.isEmpty()) {
            openFile(path);
        }
    });
    connect(m_ui->actionSave, &QAction::triggered, this, &MainWindow::save);
    connect(m_ui->actionSaveAs, &QAction::triggered, this, &MainWindow::saveAs);
    connect(m_ui->actionClose, &QAction::triggered, this, &MainWindow::closeDocument);
    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);

    SourceEditor *editor = m_ui->editor;
    connect(m_ui->actionUndo, &QAction::triggered, editor, &QPlainTextEdit::undo);
    connect(m_ui->actionRedo, &QAction::triggered, editor, &QPlainTextEdit::redo);
    connect(m_ui->actionCut, &QAction::triggered, editor, &QPlainTextEdit::cut);
    connect(m_ui->actionCopy, &QAction::triggered, editor, &QPlainTextEdit::copy);
    connect(m_ui->actionPaste, &QAction::triggered, editor, &QPlainTextEdit::paste);
    connect(m_ui->actionSelectAll, &QAction::triggered, editor, &QPlainTextEdit::selectAll);
    connect(editor, &QPlainTextEdit::undoAvailable, m_ui->actionUndo, &QAction::setEnabled);
    connect(editor, &QPlainTextEdit::redoAvailable, m_ui->actionRedo, &QAction::setEnabled);
    connect(editor, &QPlainTextEdit::copyAvailable, m_ui->actionCut, &QAction::setEnabled);
    connect(editor, &QPlainTextEdit::copyAvailable, m_ui->actionCopy, &QAction::setEnabled);
    m_ui->actionUndo->setEnabled(false);
    m_ui->actionRedo->setEnabled(false);
    m_ui->actionCut->setEnabled(false);
    m_ui->actionCopy->setEnabled(false);

    connect(m_ui->actionShowPreview, &QAction::toggled, m_ui->preview, &QWidget::setVisible);
    auto *pluginsAction = new QAction(tr("&Plugins…"), this);
    pluginsAction->setObjectName(QStringLiteral("actionPlugins"));
    connect(pluginsAction, &QAction::triggered, this, [this] { openPlugins()->open(); });
    m_ui->menuHelp->insertAction(m_ui->actionAbout, pluginsAction);
    connect(m_ui->actionAbout, &QAction::triggered, this, [this] {
        QMessageBox::about(this, tr("About Specwright"),
                           tr("<h3>Specwright %1</h3><p>An editor for OpenStack-style specification documents "
                              "in reStructuredText.</p>")
                               .arg(QStringLiteral(SPECWRIGHT_VERSION)));
    });
}

void MainWindow::populateTemplateMenu()
{
    for (const Core::BuiltinTemplates::Entry &entry : Core::BuiltinTemplates::all()) {
        QAction *action = m_ui->menuNewFromTemplate->addAction(entry.displayName);
        const QString id = entry.id;
        connect(action, &QAction::triggered, this, [this, id] { newFromTemplate(id); });
    }
}

void MainWindow::populateThemeMenu()
{
    auto *group = new QActionGroup(this);
    group->setExclusive(true);
    const QString current = QSettings().value(ThemeKey).toString();
    auto addTheme = [&](const QString &label, const QString &name) {
        QAction *action = m_ui->menuTheme->addAction(label);
        action->setCheckable(true);
        action->setChecked(name == current);
        action->setData(name);
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, name] {
            m_ui->editor->setThemeName(name);
            m_ui->preview->setCodeTheme(name);
            QSettings().setValue(ThemeKey, name);
        });
    };
    addTheme(tr("Automatic (Follow System Colours)"), QString());
    m_ui->menuTheme->addSeparator();
    for (const QString &name : SourceEditor::availableThemeNames()) {
        addTheme(name, name);
    }
    m_ui->editor->setThemeName(current);
    m_ui->preview->setCodeTheme(current);
}

void MainWindow::readSettings()
{
    const QSettings settings;
    if (!restoreGeometry(settings.value(GeometryKey).toByteArray())) {
        resize(1400, 900);
    }
    restoreState(settings.value(WindowStateKey).toByteArray());
    if (!m_ui->splitter->restoreState(settings.value(SplitterKey).toByteArray())) {
        m_ui->splitter->setSizes({700, 700});
    }
    m_ui->actionShowPreview->setChecked(settings.value(PreviewVisibleKey, true).toBool());
    m_ui->preview->setVisible(m_ui->actionShowPreview->isChecked());
}

void MainWindow::writeSettings() const
{
    QSettings settings;
    settings.setValue(GeometryKey, saveGeometry());
    settings.setValue(WindowStateKey, saveState());
    settings.setValue(SplitterKey, m_ui->splitter->saveState());
    settings.setValue(PreviewVisibleKey, m_ui->actionShowPreview->isChecked());
}

QStringList MainWindow::recentFiles() const
{
    return QSettings().value(RecentFilesKey).toStringList();
}

void MainWindow::addRecentFile(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList files = recentFiles();
    files.removeAll(absolute);
    files.prepend(absolute);
    while (files.size() > MaximumRecentFiles) {
        files.removeLast();
    }
    QSettings().setValue(RecentFilesKey, files);
    rebuildRecentMenu();
}

void MainWindow::removeRecentFile(const QString &path)
{
    QStringList files = recentFiles();
    if (files.removeAll(QFileInfo(path).absoluteFilePath()) > 0) {
        QSettings().setValue(RecentFilesKey, files);
        rebuildRecentMenu();
    }
}

void MainWindow::rebuildRecentMenu()
{
    QMenu *menu = m_ui->menuOpenRecent;
    menu->clear();
    const QStringList files = recentFiles();
    for (int i = 0; i < files.size(); ++i) {
        const QString path = files.at(i);
        const QString label = QStringLiteral("&%1  %2").arg(i + 1).arg(QDir::toNativeSeparators(path));
        connect(menu->addAction(label), &QAction::triggered, this, [this, path] { openFile(path); });
    }
    if (!files.isEmpty()) {
        menu->addSeparator();
        connect(menu->addAction(tr("Clear Recent Files")), &QAction::triggered, this, [this] {
            QSettings().remove(RecentFilesKey);
            rebuildRecentMenu();
        });
    }
    menu->setEnabled(!files.isEmpty());
}

void MainWindow::updateTitle()
{
    // Before the title: a marker still set from the text being replaced must not show in the new one.
    setWindowModified(isModified());
    const QString name = m_filePath.isEmpty() ? tr("Untitled") : QFileInfo(m_filePath).fileName();
    if (!m_onDisk) {
        setWindowTitle(tr("%1 (deleted from disk)[*] — Specwright").arg(name));
    } else if (!m_diskNotText.isEmpty()) {
        setWindowTitle(tr("%1 (not UTF-8 on disk)[*] — Specwright").arg(name));
    } else {
        setWindowTitle(tr("%1[*] — Specwright").arg(name));
    }
    setWindowFilePath(m_filePath);
}

void MainWindow::requestAnalysis()
{
    m_previewTimer.stop();
    if (isLoading()) {
        return;
    }
    const bool render = m_ui->preview->isVisible() && m_ui->editor->document()->characterCount() <= PreviewSizeLimit;
    Core::AnalysisInput input = Core::AnalysisInput::fromEditor(m_ui->editor->toPlainText(), m_filePath, m_revision,
                                                                m_lineEnding, m_byteOrderMark);
    input.render = render;
    m_analysisService.request(input);
}

void MainWindow::setupDocks()
{
    m_diagnosticsDock = new DiagnosticsDock(
        [this](Core::Diagnostic::Severity severity) { return m_ui->editor->diagnosticColor(severity); }, this);
    addDockWidget(Qt::BottomDockWidgetArea, m_diagnosticsDock);
    connect(m_diagnosticsDock, &DiagnosticsDock::diagnosticActivated, this, [this](const Core::Diagnostic &d) {
        m_ui->editor->goToRange(d.range);
        m_ui->editor->setFocus();
    });
    m_diagnosticsDock->addFix(QStringLiteral("crlf-line-endings"), tr("Convert to Unix Line Endings (LF)"));
    connect(m_diagnosticsDock, &DiagnosticsDock::fixRequested, this, [this](const QString &ruleId) {
        if (ruleId == QLatin1String("crlf-line-endings")) {
            convertToUnixLineEndings();
        }
    });
    m_outlineDock = new OutlineDock(this);
    addDockWidget(Qt::LeftDockWidgetArea, m_outlineDock);
    connect(m_outlineDock, &OutlineDock::sectionActivated, this, &MainWindow::goToSection);
    connect(m_outlineDock, &OutlineDock::insertRequested, this, &MainWindow::insertMissingSection);

    m_ui->menuView->addSeparator();
    m_ui->menuView->addAction(m_outlineDock->toggleViewAction());
    m_ui->menuView->addAction(m_diagnosticsDock->toggleViewAction());

    auto *next = new QAction(tr("Next Diagnostic"), this);
    next->setShortcut(Qt::Key_F8);
    connect(next, &QAction::triggered, this, [this] { m_ui->editor->goToNextDiagnostic(false); });
    auto *previous = new QAction(tr("Previous Diagnostic"), this);
    previous->setShortcut(Qt::SHIFT | Qt::Key_F8);
    connect(previous, &QAction::triggered, this, [this] { m_ui->editor->goToNextDiagnostic(true); });
    m_ui->menuEdit->addSeparator();
    m_ui->menuEdit->addAction(next);
    m_ui->menuEdit->addAction(previous);

    // The diagram canvas, and the round trip of diagrams with the spec's literal blocks.
    m_diagramDock = new DiagramDock(this);
    addDockWidget(Qt::RightDockWidgetArea, m_diagramDock);
    m_diagramDock->hide();
    m_ui->menuView->addAction(m_diagramDock->toggleViewAction());
    auto *insertDiagram = new QAction(tr("Insert &Diagram…"), this);
    insertDiagram->setObjectName(QStringLiteral("actionInsertDiagram"));
    insertDiagram->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_D);
    connect(insertDiagram, &QAction::triggered, this, [this] {
        m_diagramDock->newDiagram();
        m_diagramDock->show();
        m_diagramDock->canvas()->setFocus();
    });
    auto *editDiagram = new QAction(tr("&Edit Diagram"), this);
    editDiagram->setObjectName(QStringLiteral("actionEditDiagram"));
    editDiagram->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_E);
    connect(editDiagram, &QAction::triggered, this, &MainWindow::editDiagramAtCursor);
    m_ui->menuEdit->addSeparator();
    m_ui->menuEdit->addAction(insertDiagram);
    m_ui->menuEdit->addAction(editDiagram);
    connect(m_diagramDock, &DiagramDock::insertRequested, this, [this](const QString &diagram) {
        const QStringList lines = m_ui->editor->toPlainText().split(QLatin1Char('\n'));
        applyLineChange(Core::DiagramBlock::insertion(lines, m_ui->editor->textCursor().blockNumber(), diagram));
    });
    connect(m_diagramDock, &DiagramDock::applyRequested, this,
            [this](const Core::DiagramBlock::Found &block, const QString &diagram) {
                // The text may have changed since the block was opened: find it again where it was.
                whenAnalysed([this, block, diagram](const Core::SpecAnalysis &analysis) {
                    const Core::DiagramBlock::Found now = Core::DiagramBlock::at(*analysis.document, block.firstLine);
                    if (!now.valid) {
                        showError(tr("Cannot Apply Diagram"),
                                  tr("The literal block at line %1 is gone. Use Insert into Spec to add the diagram.")
                                      .arg(block.firstLine + 1));
                        return;
                    }
                    applyLineChange(Core::DiagramBlock::replacement(now, diagram));
                    // Keep editing the block as it now is in the text.
                    whenAnalysed([this, line = now.firstLine](const Core::SpecAnalysis &applied) {
                        m_diagramDock->editBlock(Core::DiagramBlock::at(*applied.document, line));
                    });
                });
            });

    // Scroll synchronisation, both ways, through the rendered blocks' source lines.
    auto *sync = new QAction(tr("&Synchronize Scrolling"), this);
    sync->setObjectName(QStringLiteral("actionSyncScrolling"));
    sync->setCheckable(true);
    sync->setChecked(QSettings().value(SyncKey, true).toBool());
    connect(sync, &QAction::toggled, this, [](bool on) { QSettings().setValue(SyncKey, on); });
    m_ui->menuView->addAction(sync);
    QScrollBar *editorScroll = m_ui->editor->verticalScrollBar();
    connect(editorScroll, &QScrollBar::valueChanged, this, [this, sync](int value) {
        if (sync->isChecked() && !m_syncingFromPreview && m_ui->preview->isVisible()) {
            m_ui->preview->scrollToSourceLine(value + 1);
        }
    });
    connect(m_ui->preview, &PreviewView::userScrolled, this, [this, sync] {
        if (sync->isChecked()) {
            m_ui->preview->requestSourceLineAtTop();
        }
    });
    connect(m_ui->preview, &PreviewView::sourceLineAtTop, this, [this](double line) {
        m_syncingFromPreview = true; // the editor's scroll must not echo back to the preview
        m_ui->editor->verticalScrollBar()->setValue(qMax(0, int(line) - 1));
        m_syncingFromPreview = false;
    });
    connect(m_ui->preview, &PreviewView::sourceLineActivated, this, [this](int line) {
        m_ui->editor->goToLine(line);
        m_ui->editor->setFocus();
    });
    // Showing the preview again brings it up to date with what was typed while it was hidden.
    connect(m_ui->actionShowPreview, &QAction::toggled, this, [this](bool shown) {
        if (shown && m_previewRevision != m_revision) {
            requestAnalysis();
        }
    });

    m_counts = new QLabel(this);
    m_counts->setObjectName(QStringLiteral("diagnosticCounts"));
    statusBar()->addPermanentWidget(m_counts);
}

void MainWindow::setupCheckMenu()
{
    QMenu *menu = new QMenu(tr("&Check"), this);
    menu->setObjectName(QStringLiteral("menuCheck"));
    menuBar()->insertMenu(m_ui->menuHelp->menuAction(), menu);
    QMenu *profiles = menu->addMenu(tr("&Profile"));
    auto *group = new QActionGroup(this);
    const QString current = QSettings().value(ProfileKey).toString();
    const QList<std::pair<QString, QString>> choices = {
        {QString(), tr("&Automatic (From the Repository)")},
        {QStringLiteral("strict"), tr("&Strict (Every Rule Is an Error)")},
        {QStringLiteral("glance"), tr("&Glance Gate")},
        {QStringLiteral("nova"), tr("&Nova Gate")}};
    for (const auto &[name, label] : choices) {
        QAction *action = profiles->addAction(label);
        action->setCheckable(true);
        action->setChecked(name == current);
        action->setObjectName(QStringLiteral("profile-") + (name.isEmpty() ? QStringLiteral("auto") : name));
        group->addAction(action);
        connect(action, &QAction::triggered, this,
                [this, name] { setCheckSettings(QSettings().value(TemplateKey).toString(), name); });
    }
    menu->addSeparator();
    QAction *choose = menu->addAction(tr("Check Against &Template…"));
    connect(choose, &QAction::triggered, this, [this] {
        const QString dir = m_filePath.isEmpty() ? QDir::homePath() : QFileInfo(m_filePath).absolutePath();
        const QString path = QFileDialog::getOpenFileName(this, tr("Template to Check Against"), dir, FileFilter);
        if (path.isEmpty()) {
            return;
        }
        if (!Core::SpecTemplate::fromFile(path).isValid()) {
            showError(tr("Not a Template"), tr("%1 has no sections under a title to use as a template.").arg(path));
            return;
        }
        setCheckSettings(path, QSettings().value(ProfileKey).toString());
    });
    QAction *repository = menu->addAction(tr("Use the &Repository's Template"));
    connect(repository, &QAction::triggered, this,
            [this] { setCheckSettings(QString(), QSettings().value(ProfileKey).toString()); });
    applyCheckSettings();
}

void MainWindow::setupExportActions()
{
    auto *exportHtmlAction = new QAction(tr("Export &HTML…"), this);
    exportHtmlAction->setObjectName(QStringLiteral("actionExportHtml"));
    connect(exportHtmlAction, &QAction::triggered, this, [this] {
        const QString base = m_filePath.isEmpty() ? QDir::home().filePath(QStringLiteral("spec"))
                                                  : QFileInfo(m_filePath).absolutePath() + QLatin1Char('/') +
                                                        QFileInfo(m_filePath).completeBaseName();
        const QString path = QFileDialog::getSaveFileName(this, tr("Export HTML"), base + QStringLiteral(".html"),
                                                          tr("HTML page (*.html)"));
        if (!path.isEmpty()) {
            exportHtml(path);
        }
    });
    auto *exportPdfAction = new QAction(tr("Export &PDF…"), this);
    exportPdfAction->setObjectName(QStringLiteral("actionExportPdf"));
    connect(exportPdfAction, &QAction::triggered, this, [this] {
        const QString base = m_filePath.isEmpty() ? QDir::home().filePath(QStringLiteral("spec"))
                                                  : QFileInfo(m_filePath).absolutePath() + QLatin1Char('/') +
                                                        QFileInfo(m_filePath).completeBaseName();
        const QString path = QFileDialog::getSaveFileName(this, tr("Export PDF"), base + QStringLiteral(".pdf"),
                                                          tr("PDF document (*.pdf)"));
        if (!path.isEmpty()) {
            exportPdf(path);
        }
    });
    auto *printAction = new QAction(tr("&Print…"), this);
    printAction->setObjectName(QStringLiteral("actionPrint"));
    printAction->setShortcut(QKeySequence::Print);
    connect(printAction, &QAction::triggered, this, [this] {
        auto *printer = new QPrinter(QPrinter::HighResolution);
        QPrintDialog dialog(printer, this);
        if (dialog.exec() != QDialog::Accepted) {
            delete printer;
            return;
        }
        connect(
            m_ui->preview, &QWebEngineView::printFinished, this, [printer](bool) { delete printer; },
            Qt::SingleShotConnection);
        m_ui->preview->print(printer);
    });
    connect(m_ui->preview->page(), &QWebEnginePage::pdfPrintingFinished, this, [this](const QString &path, bool ok) {
        if (ok) {
            statusBar()->showMessage(tr("Exported %1").arg(QDir::toNativeSeparators(path)), 5000);
        } else {
            showError(tr("Cannot Export PDF"), tr("%1 could not be written.").arg(path));
        }
        Q_EMIT pdfExported(path, ok);
    });
    auto *reviewAction = new QAction(tr("Export for &Review…"), this);
    reviewAction->setObjectName(QStringLiteral("actionExportForReview"));
    reviewAction->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_R);
    connect(reviewAction, &QAction::triggered, this, [this] { openExportForReview()->open(); });
    m_ui->menuFile->insertActions(m_ui->actionClose, {reviewAction, exportHtmlAction, exportPdfAction, printAction});
    // Formats from exporter plugins (GitHub Markdown …).
    for (const Core::Exporter *exporter : Core::PluginManager::exporters()) {
        auto *action = new QAction(tr("Export %1…").arg(exporter->formatName()), this);
        action->setObjectName(QStringLiteral("actionExport_") + exporter->fileSuffix());
        connect(action, &QAction::triggered, this, [this, exporter] {
            const QString base = m_filePath.isEmpty() ? QDir::home().filePath(QStringLiteral("spec"))
                                                      : QFileInfo(m_filePath).absolutePath() + QLatin1Char('/') +
                                                            QFileInfo(m_filePath).completeBaseName();
            const QString path = QFileDialog::getSaveFileName(
                this, tr("Export %1").arg(exporter->formatName()), base + QLatin1Char('.') + exporter->fileSuffix(),
                tr("%1 (*.%2)").arg(exporter->formatName(), exporter->fileSuffix()));
            if (!path.isEmpty()) {
                exportWith(exporter, path);
            }
        });
        m_ui->menuFile->insertAction(printAction, action);
    }
    m_ui->menuFile->insertSeparator(m_ui->actionClose);
}

PluginsDialog *MainWindow::openPlugins()
{
    auto *dialog = new PluginsDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &PluginsDialog::pluginsChanged, this, &MainWindow::requestAnalysis); // check again with them
    return dialog;
}

bool MainWindow::convertToUnixLineEndings()
{
    if (m_lineEnding != Core::TextFile::LineEnding::Windows) {
        return false;
    }
    // The text holds no carriage return: only what the next save writes changes. As a step on the
    // editor's undo stack, Undo brings the Windows line endings back like any edit.
    const auto setEnding = [this](Core::TextFile::LineEnding ending) {
        m_lineEnding = ending;
        ++m_revision;
        requestAnalysis();
    };
    setEnding(Core::TextFile::LineEnding::Unix);
    m_ui->editor->document()->appendUndoItem(
        new CallbackUndoItem([setEnding] { setEnding(Core::TextFile::LineEnding::Windows); },
                             [setEnding] { setEnding(Core::TextFile::LineEnding::Unix); }));
    m_ui->editor->document()->setModified(true);
    statusBar()->showMessage(tr("The file will be saved with Unix (LF) line endings."), 5000);
    return true;
}

QString MainWindow::textAsWritten() const
{
    QString text = m_ui->editor->toPlainText();
    if (m_lineEnding == Core::TextFile::LineEnding::Windows) {
        text.replace(QLatin1Char('\n'), QStringLiteral("\r\n"));
    }
    return text;
}

ExportForReviewDialog *MainWindow::openExportForReview()
{
    // The text as the file has it: Windows line endings are among the fixes the export lists.
    auto *dialog = new ExportForReviewDialog(m_filePath, textAsWritten(), m_checkRules, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ExportForReviewDialog::lineRequested, this, [this](int line) {
        m_ui->editor->goToLine(line + 1);
        m_ui->editor->setFocus();
    });
    // The normalisation as one undo step in the editor, so the buffer is what gets exported.
    auto applyFixes = [this, dialog](const QString &text) {
        if (text == textAsWritten()) {
            return;
        }
        QTextCursor cursor(m_ui->editor->document());
        const int position = m_ui->editor->textCursor().position();
        cursor.beginEditBlock();
        if (text != m_ui->editor->toPlainText()) {
            cursor.select(QTextCursor::Document);
            cursor.insertText(text);
        }
        convertToUnixLineEndings(); // the normalised text has none: the same undo step
        cursor.endEditBlock();
        cursor.setPosition(qMin(position, int(m_ui->editor->document()->characterCount()) - 1));
        m_ui->editor->setTextCursor(cursor);
        dialog->setText(textAsWritten());
    };
    connect(dialog, &ExportForReviewDialog::applyFixesRequested, this, applyFixes);
    connect(
        dialog, &ExportForReviewDialog::exportRequested, this,
        [this, dialog, applyFixes](const Core::ReviewExport::Plan &plan) {
            applyFixes(plan.normalized.text);
            QString error = Core::ReviewExport::write(plan, false);
            if (error.contains(QLatin1String("exists with other text"))) {
                const auto answer = QMessageBox::question(
                    dialog, tr("Replace Spec?"),
                    tr("%1 already exists with other text. Replace it?").arg(QDir::toNativeSeparators(plan.targetPath)),
                    QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
                if (answer != QMessageBox::Yes) {
                    return;
                }
                error = Core::ReviewExport::write(plan, true);
            }
            if (!error.isEmpty()) {
                showError(tr("Cannot Export for Review"), error);
                return;
            }
            statusBar()->showMessage(tr("Exported for review to %1").arg(QDir::toNativeSeparators(plan.targetPath)),
                                     10000);
            dialog->accept();
        });
    return dialog;
}

void MainWindow::whenAnalysed(std::function<void(const Core::SpecAnalysis &)> action)
{
    if (m_lastAnalysis.document && m_validatedRevision == m_revision && !isLoading()) {
        action(m_lastAnalysis);
        return;
    }
    m_waitingForAnalysis.append(std::move(action));
    requestAnalysis(); // now, not after the typing pause
}

void MainWindow::exportWith(const Core::Exporter *exporter, const QString &path)
{
    whenAnalysed([this, exporter, path](const Core::SpecAnalysis &analysis) {
        QSaveFile file(path);
        const QByteArray data = exporter->exportDocument(*analysis.document);
        const bool ok = file.open(QIODevice::WriteOnly) && file.write(data) == data.size() && file.commit();
        if (ok) {
            statusBar()->showMessage(tr("Exported %1").arg(QDir::toNativeSeparators(path)), 5000);
        } else {
            showError(tr("Cannot Export %1").arg(exporter->formatName()),
                      tr("%1 could not be written: %2.").arg(path, file.errorString()));
        }
        Q_EMIT exported(path, ok);
    });
}

void MainWindow::exportHtml(const QString &path)
{
    whenAnalysed([this, path](const Core::SpecAnalysis &analysis) {
        const QString fallback = m_filePath.isEmpty() ? tr("Untitled") : QFileInfo(m_filePath).fileName();
        const QString error =
            Core::TextFile::write(path, Core::HtmlRenderer::renderPage(*analysis.document, fallback, m_filePath));
        if (error.isEmpty()) {
            statusBar()->showMessage(tr("Exported %1").arg(QDir::toNativeSeparators(path)), 5000);
        } else {
            showError(tr("Cannot Export HTML"), error);
        }
        Q_EMIT exported(path, error.isEmpty());
    });
}

void MainWindow::exportPdf(const QString &path)
{
    m_ui->preview->page()->printToPdf(path);
}

void MainWindow::setCheckSettings(const QString &templatePath, const QString &profile)
{
    QSettings settings;
    settings.setValue(TemplateKey, templatePath);
    settings.setValue(ProfileKey, profile);
    applyCheckSettings();
    requestAnalysis();
}

void MainWindow::applyCheckSettings()
{
    const QSettings settings;
    Core::SpecTemplate forced;
    const QString templatePath = settings.value(TemplateKey).toString();
    if (!templatePath.isEmpty()) {
        forced = Core::SpecTemplate::fromFile(templatePath);
    }
    std::optional<Core::SpecValidator::Profile> profile;
    Core::SpecValidator::Profile named;
    if (Core::SpecValidator::profileFromName(settings.value(ProfileKey).toString(), &named)) {
        profile = named;
    }
    // A new resolution each time: the repository's template is read again, in case it changed.
    m_checkRules = std::make_shared<Core::CheckRules>(forced, profile);
    m_analysisService.setRules(m_checkRules);
}

void MainWindow::updatePreview(const Core::SpecAnalysis &analysis)
{
    const qsizetype size = m_ui->editor->document()->characterCount();
    if (size <= PreviewSizeLimit) {
        m_previewPaused = false;
        // Normally the job has rendered this revision already (pageReady() comes first); not when
        // the preview was hidden as the job started.
        if (m_previewRevision != analysis.revision) {
            if (analysis.rendered) {
                showPage(analysis.page);
            } else {
                requestAnalysis();
            }
        }
        return;
    }
    // A page of many megabytes would freeze the web view on every pause: say so instead, once.
    if (!m_previewPaused) {
        m_previewPaused = true;
        m_ui->preview->showDocument(
            tr("<h1>Preview paused</h1><p>This spec has %1 MB of text; the live preview stops above %2 MB so "
               "that typing stays fast. Checking goes on as you type, and File &gt; Export HTML still renders "
               "the whole spec.</p>")
                .arg(QString::number(double(size) / (1024 * 1024), 'f', 1))
                .arg(PreviewSizeLimit / (1024 * 1024)),
            tr("Preview paused"), m_filePath.isEmpty() ? QDir::homePath() : QFileInfo(m_filePath).absolutePath());
        statusBar()->showMessage(
            tr("Live preview paused: the spec is larger than %1 MB.").arg(PreviewSizeLimit / (1024 * 1024)), 10000);
    }
}

void MainWindow::showPage(const Core::SpecAnalysis::Page &page)
{
    if (page.revision != m_revision) {
        return; // the text changed again meanwhile; a newer page is on its way
    }
    const QString base = m_filePath.isEmpty() ? QDir::homePath() : QFileInfo(m_filePath).absolutePath();
    m_ui->preview->showDocument(page.bodyHtml, page.title, base);
    m_previewRevision = page.revision;
    Q_EMIT previewUpdated(page.revision);
}

void MainWindow::showAnalysis(const Core::SpecAnalysis &analysis)
{
    m_lastAnalysis = analysis;
    m_validatedRevision = analysis.revision;
    m_ui->editor->setDiagnostics(analysis.diagnostics);
    m_ui->editor->setTitles(analysis.titles);
    m_ui->editor->setCodeBlocks(analysis.codeBlocks);
    m_diagnosticsDock->showAnalysis(analysis);
    m_counts->setText(DiagnosticsDock::summary(analysis));
    m_counts->setToolTip(tr("Checked against %1").arg(analysis.templateName));
    m_outlineDock->setOutline(analysis.outline);
    Q_EMIT validationUpdated(analysis.revision);
}

void MainWindow::goToSection(int line)
{
    // The editor's own scrolling must not also move the preview: it goes to the section itself,
    // even where the editor cannot bring the line to the top (the end of the document).
    m_syncingFromPreview = true;
    m_ui->editor->goToLine(line + 1);
    m_ui->editor->verticalScrollBar()->setValue(line);
    m_syncingFromPreview = false;
    if (m_ui->preview->isVisible()) {
        m_ui->preview->scrollToSourceLine(line + 1);
    }
    m_ui->editor->setFocus();
}

bool MainWindow::insertMissingSection(const QString &title)
{
    for (const Core::SpecOutline::Entry &entry : std::as_const(m_lastAnalysis.outline.entries)) {
        if (!entry.missing || entry.title != title) {
            continue;
        }
        const Core::SpecOutline::Insertion insertion =
            Core::SpecOutline::insertion(m_ui->editor->toPlainText().split(QLatin1Char('\n')), entry);
        applyLineChange(insertion.change);
        m_ui->editor->goToLine(insertion.titleLine + 4); // on its "None", which the author replaces
        requestAnalysis();
        return true;
    }
    return false;
}

void MainWindow::setDocument(const QString &text, const QString &path, const Core::TextFile &format, Load load)
{
    stopLoading();                // a spec still loading gives way
    m_waitingForAnalysis.clear(); // an export or diagram asked for on the old text must not act on the new
    // The old document's findings must not linger on the new text until it is validated.
    m_ui->editor->setDiagnostics({});
    m_ui->editor->setTitles({});
    m_ui->editor->setCodeBlocks({});
    // Switched before the text goes in, so that a huge spec is never highlighted as a whole.
    m_ui->editor->setSyntaxHighlighting(text.size() <= HighlightSizeLimit);
    m_filePath = path.isEmpty() ? QString() : QFileInfo(path).absoluteFilePath();
    m_lineEnding = format.lineEnding();
    m_byteOrderMark = format.hasByteOrderMark();
    m_diskText = text;
    m_onDisk = true;
    m_diskNotText.clear();
    if (load == Load::InPieces && text.size() > IncrementalLoadSize) {
        m_ui->editor->setPlainText(QString());
        m_ui->editor->setReadOnly(true);
        m_ui->editor->setUpdatesEnabled(false); // repainting the growing text every turn only costs time
        m_ui->editor->document()->setUndoRedoEnabled(false);
        m_loadText = text;
        m_loadPosition = 0;
        updateTitle();
        // Window-modal: nothing can act on half a document; Cancel leaves an empty, untitled one.
        m_loadProgress =
            new QProgressDialog(tr("Opening %1…").arg(QFileInfo(path).fileName()), tr("Cancel"), 0, 1000, this);
        m_loadProgress->setWindowTitle(tr("Opening Spec"));
        m_loadProgress->setWindowModality(Qt::WindowModal);
        m_loadProgress->setMinimumDuration(0);
        m_loadProgress->setAutoReset(false);
        m_loadProgress->setAutoClose(false);
        connect(m_loadProgress, &QProgressDialog::canceled, this, [this] {
            const QString path = m_filePath;
            setDocument(QString(), QString(), Core::TextFile()); // reports loadFinished(false)
            statusBar()->showMessage(
                tr("Opening %1 was cancelled; the file is unchanged.").arg(QDir::toNativeSeparators(path)));
        });
        m_loadTimer.start();
        return;
    }
    m_ui->editor->setPlainText(text);
    documentInPlace();
}

void MainWindow::loadNextPiece()
{
    if (!isLoading()) {
        return;
    }
    // Whole lines, for about 40 ms per turn of the event loop (slower machines get smaller turns).
    constexpr qsizetype Piece = 256 * 1024;
    QElapsedTimer turn;
    turn.start();
    QTextCursor cursor(m_ui->editor->document());
    cursor.movePosition(QTextCursor::End);
    while (m_loadPosition < m_loadText.size() && turn.elapsed() < 40) {
        qsizetype end = m_loadText.indexOf(QLatin1Char('\n'), qMin(m_loadText.size(), m_loadPosition + Piece) - 1);
        end = end < 0 ? m_loadText.size() : end + 1;
        cursor.insertText(m_loadText.sliced(m_loadPosition, end - m_loadPosition));
        m_loadPosition = end;
    }
    m_ui->editor->document()->setModified(false); // what is in the editor is what is on disk
    if (m_loadPosition < m_loadText.size()) {
        if (m_loadProgress) {
            m_loadProgress->setValue(int(1000 * m_loadPosition / m_loadText.size())); // may run events
        }
        if (isLoading()) {
            m_loadTimer.start();
        }
        return;
    }
    endLoading();
    documentInPlace();
    showOpened();
    Q_EMIT loadFinished(true);
}

void MainWindow::stopLoading()
{
    if (isLoading()) {
        endLoading();
        Q_EMIT loadFinished(false);
    }
}

void MainWindow::endLoading()
{
    m_loadTimer.stop();
    m_loadText = QString();
    m_loadPosition = 0;
    if (m_loadProgress) {
        m_loadProgress->deleteLater(); // this may run inside its own setValue()
        m_loadProgress = nullptr;
    }
    m_ui->editor->setReadOnly(false);
    m_ui->editor->setUpdatesEnabled(true);
    m_ui->editor->document()->setUndoRedoEnabled(true);
}

// The document's text is all in the editor: start editing, watching and checking it.
void MainWindow::documentInPlace()
{
    m_ui->editor->document()->setModified(false);
    m_ui->editor->moveCursor(QTextCursor::Start);
    watchFile();
    updateTitle();
    ++m_revision;
    requestAnalysis(); // a newly opened document is checked and shown at once
    if (!m_ui->editor->hasSyntaxHighlighting()) {
        statusBar()->showMessage(largeDocumentNotice());
    }
}

QString MainWindow::largeDocumentNotice() const
{
    if (m_ui->editor->hasSyntaxHighlighting()) {
        return {};
    }
    return tr("This spec has %1 MB of text: syntax highlighting is off above %2 MB so that the editor stays "
              "responsive.")
        .arg(QString::number(double(m_ui->editor->document()->characterCount()) / (1024 * 1024), 'f', 1))
        .arg(HighlightSizeLimit / (1024 * 1024));
}

void MainWindow::showError(const QString &title, const QString &message)
{
    QMessageBox::warning(this, title, message);
}

bool MainWindow::maybeSave()
{
    if (!isModified()) {
        return true;
    }
    const QString name = m_filePath.isEmpty() ? tr("Untitled") : QFileInfo(m_filePath).fileName();
    const auto answer =
        QMessageBox::warning(this, tr("Unsaved Changes"), tr("%1 has unsaved changes. Save them?").arg(name),
                             QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save) {
        return save();
    }
    return answer == QMessageBox::Discard;
}

bool MainWindow::openFile(const QString &path)
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

void MainWindow::showOpened()
{
    const QString notice = largeDocumentNotice();
    if (notice.isEmpty()) {
        statusBar()->showMessage(tr("Opened %1").arg(QDir::toNativeSeparators(m_filePath)), 5000);
    } else {
        statusBar()->showMessage(tr("Opened %1. %2").arg(QDir::toNativeSeparators(m_filePath), notice));
    }
}

bool MainWindow::newFromTemplate(const QString &templateId)
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

bool MainWindow::save()
{
    if (m_filePath.isEmpty()) {
        return saveAs();
    }
    return saveToPath(m_filePath);
}

bool MainWindow::saveAs()
{
    const QString suggested = m_filePath.isEmpty() ? QDir::home().filePath(QStringLiteral("untitled.rst")) : m_filePath;
    const QString path = QFileDialog::getSaveFileName(this, tr("Save Spec As"), suggested, FileFilter);
    if (path.isEmpty()) {
        return false;
    }
    return saveToPath(path);
}

bool MainWindow::saveToPath(const QString &path)
{
    if (isLoading()) { // half a spec must never overwrite the whole one
        statusBar()->showMessage(tr("The spec is still being opened; nothing was saved."));
        return false;
    }
    if (!mayOverwrite(path)) {
        return false;
    }
    const QString error = Core::TextFile::write(path, m_ui->editor->toPlainText(), m_lineEnding, m_byteOrderMark);
    if (!error.isEmpty()) {
        showError(tr("Cannot Save File"), error);
        return false;
    }
    m_filePath = QFileInfo(path).absoluteFilePath();
    m_diskText = m_ui->editor->toPlainText();
    m_onDisk = true;
    m_diskNotText.clear();
    watchFile();
    m_ui->editor->document()->setModified(false);
    addRecentFile(m_filePath);
    updateTitle();
    statusBar()->showMessage(tr("Saved %1").arg(QDir::toNativeSeparators(m_filePath)), 5000);
    return true;
}

bool MainWindow::closeDocument()
{
    if (!maybeSave()) {
        return false;
    }
    setDocument(QString(), QString(), Core::TextFile());
    return true;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!maybeSave()) {
        event->ignore();
        return;
    }
    stopLoading();
    writeSettings();
    if (m_journal) {
        finishJournalWrite();
        m_journal->discard(); // saved or discarded on purpose: nothing to recover
    }
    event->accept();
}

bool MainWindow::journalNow()
{
    finishJournalWrite();
    if (isLoading() || !isModified() || (m_journal && m_journal->hasJournal() && m_journaledRevision == m_revision)) {
        return true;
    }
    if (!m_journal) {
        m_journal = std::make_unique<Core::RecoveryJournal>();
    }
    const QString error = m_journal->write(m_filePath, m_ui->editor->toPlainText());
    journalWritten(m_revision, error);
    return error.isEmpty();
}

void MainWindow::journalInBackground()
{
    if (m_journalWrite.isValid()) {
        return; // the next tick writes what this one would have
    }
    if (isLoading() || !isModified() || (m_journal && m_journal->hasJournal() && m_journaledRevision == m_revision)) {
        return;
    }
    if (!m_journal) {
        m_journal = std::make_unique<Core::RecoveryJournal>();
    }
    // Only the snapshot is taken here; encoding and the write with its sync to disk run off the GUI
    // thread, one at a time, and nothing else touches the journal until the write is taken in.
    m_journalWriteRevision = m_revision;
    m_journalWrite = QtConcurrent::run([journal = m_journal.get(), path = m_filePath,
                                        text = m_ui->editor->toPlainText()] { return journal->write(path, text); });
    m_journalWatcher.setFuture(m_journalWrite);
}

void MainWindow::finishJournalWrite()
{
    if (!m_journalWrite.isValid()) {
        return;
    }
    m_journalWrite.waitForFinished();
    const QString error = m_journalWrite.result();
    m_journalWrite = QFuture<QString>();
    journalWritten(m_journalWriteRevision, error);
}

void MainWindow::journalWritten(quint64 revision, const QString &error)
{
    if (!error.isEmpty()) {
        if (!m_journalErrorShown) { // say it once, in the status bar: a modal box every 5 s would be worse
            statusBar()->showMessage(tr("Unsaved changes cannot be journaled for recovery: %1").arg(error));
            m_journalErrorShown = true;
        }
        return;
    }
    m_journalErrorShown = false;
    m_journaledRevision = revision;
}

void MainWindow::offerRecovery()
{
    for (const Core::RecoveryJournal::Orphan &orphan : Core::RecoveryJournal::orphans()) {
        const QString name =
            orphan.documentPath.isEmpty() ? tr("An untitled spec") : QDir::toNativeSeparators(orphan.documentPath);
        while (true) {
            QMessageBox box(QMessageBox::Question, tr("Recover Unsaved Changes"),
                            tr("%1 has unsaved changes from %2, when Specwright did not close normally.")
                                .arg(name, QLocale().toString(orphan.savedAt.toLocalTime(), QLocale::ShortFormat)),
                            QMessageBox::Yes | QMessageBox::Discard | QMessageBox::Open, this);
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
                showDiff(tr("Unsaved Changes of %1").arg(name), diff);
                continue; // ask again, now that the user has seen the difference
            }
            if (box.clickedButton() == box.button(QMessageBox::Discard)) {
                Core::RecoveryJournal::remove(orphan);
            } else if (box.clickedButton() == box.button(QMessageBox::Yes)) {
                MainWindow *target = this;
                if (isModified() || !m_filePath.isEmpty()) {
                    target = new MainWindow; // one document per window: recover beside this one
                    target->setAttribute(Qt::WA_DeleteOnClose);
                    target->show();
                }
                target->recover(orphan);
            } // closed without an answer: the journal stays for the next start
            break;
        }
    }
}

void MainWindow::showDiff(const QString &title, const QString &diff)
{
    QDialog dialog(this);
    dialog.setWindowTitle(title);
    auto *layout = new QVBoxLayout(&dialog);
    auto *view = new QPlainTextEdit(diff.isEmpty() ? tr("The texts are the same.") : diff);
    view->setReadOnly(true);
    view->setLineWrapMode(QPlainTextEdit::NoWrap);
    view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    layout->addWidget(view);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    layout->addWidget(buttons);
    dialog.resize(800, 600);
    dialog.exec();
}

void MainWindow::watchFile()
{
    if (!m_watcher.files().isEmpty()) {
        m_watcher.removePaths(m_watcher.files());
    }
    if (!m_watcher.directories().isEmpty()) {
        m_watcher.removePaths(m_watcher.directories());
    }
    if (m_filePath.isEmpty()) {
        return;
    }
    if (QFileInfo::exists(m_filePath)) {
        m_watcher.addPath(m_filePath);
    }
    m_watcher.addPath(QFileInfo(m_filePath).absolutePath());
}

void MainWindow::checkDiskFile()
{
    if (m_filePath.isEmpty() || m_askingAboutDisk || isLoading()) {
        return;
    }
    const Core::FileSnapshot disk = Core::FileSnapshot::take(m_filePath);
    if (!disk.exists()) {
        if (m_onDisk) {
            // Keep every word: the buffer becomes the only copy, so closing asks to save it.
            m_onDisk = false;
            m_diskNotText.clear();
            m_ui->editor->document()->setModified(true);
            updateTitle();
            statusBar()->showMessage(
                tr("%1 was deleted or moved on disk; your text is kept.").arg(QDir::toNativeSeparators(m_filePath)));
        }
        return;
    }
    if (!m_watcher.files().contains(m_filePath)) {
        m_watcher.addPath(m_filePath); // replaced by a rename: watch the new file
    }
    if (!disk.file().isValid()) {
        markDiskNotText(disk.file().errorString());
        return;
    }
    clearDiskNotText();
    if (disk.file().text() == m_diskText) {
        if (!m_onDisk) { // back, with the text we have
            m_onDisk = true;
            updateTitle();
        }
        return; // our own save, or a touch
    }
    m_onDisk = true;
    const bool silently = QSettings().value(QStringLiteral("files/reloadUnmodified"), true).toBool();
    if (!isModified() && silently) {
        reloadFromDisk(disk);
        statusBar()->showMessage(tr("Reloaded %1: it changed on disk.").arg(QDir::toNativeSeparators(m_filePath)),
                                 5000);
        return;
    }
    askAboutDiskChange(disk);
}

// Every answer acts on the file as it is when given, not as it was when the question opened: another
// program may write it again meanwhile, and the window ignores the watcher while it asks.
void MainWindow::askAboutDiskChange(const Core::FileSnapshot &changed)
{
    m_askingAboutDisk = true;
    Core::FileSnapshot shown = changed; // the version the user is deciding about
    bool again = false;
    while (true) {
        const int answer = askDiskQuestion(again);
        const Core::FileSnapshot disk = Core::FileSnapshot::take(m_filePath);
        if (!disk.file().isValid()) {
            break; // gone or no longer text: the check below says so and keeps the buffer
        }
        if (answer == QMessageBox::Open) {
            showDiff(tr("Changes on Disk of %1").arg(QFileInfo(m_filePath).fileName()),
                     Core::LineDiff::unified(m_ui->editor->toPlainText(), disk.file().text(), tr("your text"),
                                             tr("%1 on disk").arg(m_filePath)));
            shown = disk;
            again = false;
            continue;
        }
        if (answer == QMessageBox::Yes) {
            m_askingAboutDisk = false;
            reloadFromDisk(disk);
            return;
        }
        if (disk.file().text() != shown.file().text()) {
            // Keep Mine would overwrite, on the next save, a version the user has not seen: ask about it.
            shown = disk;
            again = true;
            continue;
        }
        // Keep mine: the buffer now differs from the file, and only a newer change asks again.
        m_diskText = disk.file().text();
        m_ui->editor->document()->setModified(true);
        m_askingAboutDisk = false;
        recheckDiskIfMoved(disk);
        return;
    }
    m_askingAboutDisk = false;
    m_diskCheckTimer.start();
}

int MainWindow::askDiskQuestion(bool again)
{
    const QString name = QFileInfo(m_filePath).fileName();
    QMessageBox box(QMessageBox::Question, tr("File Changed on Disk"),
                    again ? tr("%1 was changed by another program again while this question was open.").arg(name)
                          : tr("%1 was changed by another program.").arg(name),
                    QMessageBox::Yes | QMessageBox::No | QMessageBox::Open, this);
    box.button(QMessageBox::Yes)->setText(tr("&Reload"));
    box.button(QMessageBox::No)->setText(tr("&Keep Mine"));
    box.button(QMessageBox::Open)->setText(tr("&Compare…"));
    box.setInformativeText(isModified() ? tr("Reload discards your unsaved changes.")
                                        : tr("Reload shows the file's new text."));
    box.setDefaultButton(QMessageBox::No);
    box.exec();
    return box.standardButton(box.clickedButton());
}

void MainWindow::reloadFromDisk(const Core::FileSnapshot &disk)
{
    const int position = m_ui->editor->textCursor().position();
    const int scroll = m_ui->editor->verticalScrollBar()->value();
    const auto restoreView = [this, position, scroll] {
        QTextCursor cursor = m_ui->editor->textCursor();
        cursor.setPosition(qMin(position, int(m_ui->editor->document()->characterCount()) - 1));
        m_ui->editor->setTextCursor(cursor);
        m_ui->editor->verticalScrollBar()->setValue(scroll);
    };
    setDocument(disk.file().text(), m_filePath, disk.file(), Load::InPieces);
    if (!isLoading()) {
        restoreView();
        recheckDiskIfMoved(disk);
        return;
    }
    // A large spec goes back in piece by piece, like opening it; the view returns once it is all in.
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection = connect(this, &MainWindow::loadFinished, this, [this, connection, restoreView, disk](bool complete) {
        QObject::disconnect(*connection);
        if (complete) {
            restoreView();
            recheckDiskIfMoved(disk); // the watcher was ignored while the text went in
        }
    });
}

// The window does not look at the disk while it asks or loads: if the file moved on since \a basis
// (what the last answer or reload was based on), look again.
void MainWindow::recheckDiskIfMoved(const Core::FileSnapshot &basis)
{
    if (!basis.isCurrent()) {
        m_diskCheckTimer.start();
    }
}

// Another program made the file something other than UTF-8 text (Latin-1, binary data…). The buffer
// stays, marked as differing from disk so that closing asks; saving asks before overwriting the file.
void MainWindow::markDiskNotText(const QString &reason)
{
    if (reason == m_diskNotText) {
        return; // the same problem, seen again
    }
    m_diskNotText = reason;
    m_onDisk = true;
    m_ui->editor->document()->setModified(true);
    updateTitle();
    statusBar()->showMessage(
        tr("The file on disk is no longer valid UTF-8 text; your text is kept and saving asks before overwriting "
           "it. %1")
            .arg(reason));
}

void MainWindow::clearDiskNotText()
{
    if (m_diskNotText.isEmpty()) {
        return;
    }
    m_diskNotText.clear();
    // Marked modified only because of the disk: unmodified again when the text is what was last read.
    if (m_ui->editor->toPlainText() == m_diskText) {
        m_ui->editor->document()->setModified(false);
    }
    updateTitle();
}

// Re-reads the file at save time, so that this holds even when the watcher missed the change.
bool MainWindow::mayOverwrite(const QString &path)
{
    if (QFileInfo(path).absoluteFilePath() != m_filePath || !QFileInfo::exists(path)) {
        return true; // a new file, or one the Save As dialog asked about
    }
    const Core::TextFile disk = Core::TextFile::read(path);
    if (disk.isValid()) {
        return true;
    }
    QMessageBox box(QMessageBox::Warning, tr("File on Disk Is Not Text"),
                    tr("The file on disk is no longer valid UTF-8 text. %1\n\nOverwrite it with your text?")
                        .arg(disk.errorString()),
                    QMessageBox::Save | QMessageBox::Cancel, this);
    box.button(QMessageBox::Save)->setText(tr("&Overwrite"));
    box.setDefaultButton(QMessageBox::Cancel);
    return box.exec() == QMessageBox::Save;
}

void MainWindow::editDiagramAtCursor()
{
    whenAnalysed([this, line = m_ui->editor->textCursor().blockNumber()](const Core::SpecAnalysis &analysis) {
        const Core::DiagramBlock::Found block = Core::DiagramBlock::at(*analysis.document, line);
        if (!block.valid) {
            statusBar()->showMessage(tr("Put the cursor in a literal block (after \"::\") to edit its diagram."), 5000);
            Q_EMIT diagramOpened(false);
            return;
        }
        m_diagramDock->editBlock(block);
        m_diagramDock->show();
        m_diagramDock->canvas()->setFocus();
        Q_EMIT diagramOpened(true);
    });
}

void MainWindow::applyLineChange(const Core::DiagramBlock::Change &change)
{
    QTextDocument *document = m_ui->editor->document();
    const int blocks = document->blockCount();
    const int end = document->characterCount() - 1;
    QString text = change.lines.join(QLatin1Char('\n'));
    const int from = change.firstLine < blocks ? document->findBlockByNumber(change.firstLine).position() : end;
    int to = end;
    if (change.firstLine + change.removedLines < blocks) {
        to = document->findBlockByNumber(change.firstLine + change.removedLines).position();
        text += QLatin1Char('\n');
    } else if (change.firstLine >= blocks) {
        text.prepend(QLatin1Char('\n'));
    }
    QTextCursor cursor(document);
    cursor.beginEditBlock(); // one undo step in the editor
    cursor.setPosition(from);
    cursor.setPosition(to, QTextCursor::KeepAnchor);
    cursor.insertText(text);
    cursor.endEditBlock();
    m_ui->editor->setTextCursor(cursor);
}

bool MainWindow::recover(const Core::RecoveryJournal::Orphan &orphan)
{
    // Keep the file's own line endings and BOM for the next save.
    const Core::TextFile disk =
        orphan.documentPath.isEmpty() ? Core::TextFile() : Core::TextFile::read(orphan.documentPath);
    setDocument(orphan.text, orphan.documentPath, disk.isValid() ? disk : Core::TextFile());
    m_diskText = disk.isValid() ? disk.text() : QString(); // what is on disk, not the recovered text
    m_ui->editor->document()->setModified(true);
    if (!journalNow()) {
        return false; // keep the orphan: it is the only copy
    }
    Core::RecoveryJournal::remove(orphan);
    statusBar()->showMessage(tr("Recovered unsaved changes; save to keep them."), 10000);
    return true;
}

} // namespace Specwright::Widgets
