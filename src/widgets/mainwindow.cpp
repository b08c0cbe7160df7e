// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "diagramcanvas.h"
#include "diagramdock.h"
#include "exportforreviewdialog.h"
#include "pluginsdialog.h"
#include "previewview.h"
#include "sourceeditor.h"
#include "ui_mainwindow.h"

#include <core/plugin/exporter.h>
#include <core/plugin/pluginmanager.h>
#include <core/render/htmlrenderer.h>
#include <core/rst/rstparser.h>
#include <core/spec/builtintemplates.h>

#include <QActionGroup>
#include <QCloseEvent>
#include <QDialog>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPrintDialog>
#include <QPrinter>
#include <QSaveFile>
#include <QScrollBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTextBlock>
#include <QTreeWidget>
#include <QWebEnginePage>

#include <numeric>

namespace Specwright::Widgets {

namespace {
const QString GeometryKey = QStringLiteral("window/geometry");
const QString WindowStateKey = QStringLiteral("window/state");
const QString SplitterKey = QStringLiteral("window/splitter");
const QString PreviewVisibleKey = QStringLiteral("window/previewVisible");
const QString ThemeKey = QStringLiteral("editor/theme");
const QString TemplateKey = QStringLiteral("check/template");
const QString SyncKey = QStringLiteral("preview/syncScrolling");
const QString ProfileKey = QStringLiteral("check/profile");
} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
{
    m_ui->setupUi(this);
    m_document = std::make_unique<DocumentController>(m_ui->editor, this);
    m_ui->splitter->setStretchFactor(0, 1);
    m_ui->splitter->setStretchFactor(1, 1);
    setupActions();
    setupDocks();
    setupCheckMenu();
    setupExportActions();
    populateTemplateMenu();
    populateThemeMenu();
    readSettings();
    rebuildRecentMenu(m_document->recentFiles());

    connect(m_ui->editor->document(), &QTextDocument::modificationChanged, this,
            [this] { setWindowModified(m_document->isModified()); });

    // The preview follows the text after a typing pause, rendered off the GUI thread.
    m_previewTimer.setSingleShot(true);
    m_previewTimer.setTimerType(Qt::PreciseTimer); // a coarse timer may fire 5 % late
    m_previewTimer.setInterval(PreviewDelay);
    connect(&m_previewTimer, &QTimer::timeout, this, &MainWindow::requestAnalysis);
    connect(&m_validationService, &Core::ValidationService::validated, this,
            [this](const Core::ValidationService::Result &result) {
                if (result.revision != m_revision) {
                    return; // stale: the text changed meanwhile
                }
                showValidation(result);
                if (m_ui->preview->isVisible()) {
                    updatePreview(result);
                }
            });
    connect(m_document.get(), &DocumentController::textChanged, this, [this] {
        takeDocumentState();
        m_previewTimer.start();
    });
    const auto analyseNow = [this] {
        takeDocumentState();
        requestAnalysis();
    };
    connect(m_document.get(), &DocumentController::documentReplaced, this, analyseNow);
    connect(m_document.get(), &DocumentController::lineEndingChanged, this, analyseNow);
    connect(m_document.get(), &DocumentController::titleChanged, this, &MainWindow::updateTitle);
    connect(m_document.get(), &DocumentController::statusMessage, statusBar(), &QStatusBar::showMessage);
    connect(m_document.get(), &DocumentController::recentFilesChanged, this, &MainWindow::rebuildRecentMenu);
    connect(m_document.get(), &DocumentController::recoveryNeedsNewWindow, this,
            [](const Core::RecoveryJournal::Orphan &orphan) {
                auto *window = new MainWindow;
                window->setAttribute(Qt::WA_DeleteOnClose);
                window->show();
                window->document()->recover(orphan);
            });
    // The job renders before it validates; a preview shown again renders the last parse on its own.
    connect(&m_validationService, &Core::ValidationService::rendered, this, &MainWindow::showRendered);
    connect(&m_renderService, &Core::RenderService::rendered, this, &MainWindow::showRendered);
    connect(m_ui->editor, &QPlainTextEdit::cursorPositionChanged, this, [this] {
        const QTextCursor cursor = m_ui->editor->textCursor();
        statusBar()->showMessage(
            tr("Line %1, column %2").arg(cursor.blockNumber() + 1).arg(cursor.positionInBlock() + 1));
    });
    updateTitle();
}

MainWindow::~MainWindow() = default;

SourceEditor *MainWindow::editor() const
{
    return m_ui->editor;
}

PreviewView *MainWindow::preview() const
{
    return m_ui->preview;
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

    DocumentController *document = m_document.get();
    connect(m_ui->actionNew, &QAction::triggered, document,
            [document] { document->newFromTemplate(Core::BuiltinTemplates::all().constFirst().id); });
    connect(m_ui->actionOpen, &QAction::triggered, document, &DocumentController::openWithDialog);
    connect(m_ui->actionSave, &QAction::triggered, document, &DocumentController::save);
    connect(m_ui->actionSaveAs, &QAction::triggered, document, &DocumentController::saveAs);
    connect(m_ui->actionClose, &QAction::triggered, document, &DocumentController::closeDocument);
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
        connect(action, &QAction::triggered, this, [this, id] { m_document->newFromTemplate(id); });
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

void MainWindow::rebuildRecentMenu(const QStringList &files)
{
    QMenu *menu = m_ui->menuOpenRecent;
    menu->clear();
    for (int i = 0; i < files.size(); ++i) {
        const QString path = files.at(i);
        const QString label = QStringLiteral("&%1  %2").arg(i + 1).arg(QDir::toNativeSeparators(path));
        connect(menu->addAction(label), &QAction::triggered, this, [this, path] { m_document->openFile(path); });
    }
    if (!files.isEmpty()) {
        menu->addSeparator();
        connect(menu->addAction(tr("Clear Recent Files")), &QAction::triggered, m_document.get(),
                &DocumentController::clearRecentFiles);
    }
    menu->setEnabled(!files.isEmpty());
}

void MainWindow::updateTitle()
{
    takeDocumentState();
    // Before the title: a marker still set from the text being replaced must not show in the new one.
    setWindowModified(m_document->isModified());
    setWindowTitle(tr("%1[*] — Specwright").arg(m_document->title()));
    setWindowFilePath(m_filePath);
}

void MainWindow::takeDocumentState()
{
    m_filePath = m_document->filePath();
    m_revision = m_document->revision();
    m_lineEnding = m_document->lineEnding();
}

void MainWindow::requestAnalysis()
{
    m_previewTimer.stop();
    if (isLoading()) {
        return;
    }
    const bool render = m_ui->preview->isVisible() && m_ui->editor->document()->characterCount() <= PreviewSizeLimit;
    m_validationService.request(m_ui->editor->toPlainText(), m_revision, m_filePath, render, m_lineEnding);
}

void MainWindow::setupDocks()
{
    m_diagnosticsList = new QTreeWidget(this);
    m_diagnosticsList->setObjectName(QStringLiteral("diagnosticsList"));
    m_diagnosticsList->setHeaderLabels({tr("Severity"), tr("Line"), tr("Rule"), tr("Message")});
    m_diagnosticsList->setRootIsDecorated(false);
    m_diagnosticsList->setSortingEnabled(true);
    m_diagnosticsList->setUniformRowHeights(true);
    m_diagnosticsList->header()->setStretchLastSection(true);
    auto *diagnosticsDock = new QDockWidget(tr("Diagnostics"), this);
    diagnosticsDock->setObjectName(QStringLiteral("diagnosticsDock"));
    diagnosticsDock->setWidget(m_diagnosticsList);
    addDockWidget(Qt::BottomDockWidgetArea, diagnosticsDock);
    connect(m_diagnosticsList, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        const int index = item->data(0, Qt::UserRole).toInt();
        if (index >= 0 && index < m_ui->editor->diagnostics().size()) {
            m_ui->editor->goToRange(m_ui->editor->diagnostics().at(index).range);
            m_ui->editor->setFocus();
        }
    });
    connect(m_diagnosticsList, &QTreeWidget::itemClicked, m_diagnosticsList, &QTreeWidget::itemActivated);
    // Findings the window can fix itself offer it on the finding.
    m_diagnosticsList->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_diagnosticsList, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        const QTreeWidgetItem *item = m_diagnosticsList->itemAt(pos);
        if (!item || item->text(2) != QLatin1String("crlf-line-endings")) {
            return;
        }
        QMenu menu;
        QAction *fix = menu.addAction(tr("Convert to Unix Line Endings (LF)"));
        if (menu.exec(m_diagnosticsList->viewport()->mapToGlobal(pos)) == fix) {
            m_document->convertToUnixLineEndings();
        }
    });

    m_outline = new QTreeWidget(this);
    m_outline->setObjectName(QStringLiteral("outline"));
    m_outline->setHeaderHidden(true);
    m_outline->setContextMenuPolicy(Qt::CustomContextMenu);
    auto *outlineDock = new QDockWidget(tr("Outline"), this);
    outlineDock->setObjectName(QStringLiteral("outlineDock"));
    outlineDock->setWidget(m_outline);
    addDockWidget(Qt::LeftDockWidgetArea, outlineDock);
    connect(m_outline, &QTreeWidget::itemClicked, this, [this](QTreeWidgetItem *item) {
        const QVariant line = item->data(0, Qt::UserRole);
        if (line.isValid()) {
            goToSection(line.toInt());
        }
    });
    connect(m_outline, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        QTreeWidgetItem *item = m_outline->itemAt(pos);
        const QString missing = item ? item->data(0, Qt::UserRole + 1).toString() : QString();
        if (missing.isEmpty()) {
            return;
        }
        QMenu menu;
        QAction *insert = menu.addAction(tr("Insert Section \u201c%1\u201d").arg(missing));
        if (menu.exec(m_outline->viewport()->mapToGlobal(pos)) == insert) {
            insertMissingSection(missing);
        }
    });

    m_ui->menuView->addSeparator();
    m_ui->menuView->addAction(outlineDock->toggleViewAction());
    m_ui->menuView->addAction(diagnosticsDock->toggleViewAction());

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
                const auto document = Core::RstParser::parse(m_ui->editor->toPlainText(), m_filePath);
                const Core::DiagramBlock::Found now = Core::DiagramBlock::at(*document, block.firstLine);
                if (!now.valid) {
                    showError(tr("Cannot Apply Diagram"),
                              tr("The literal block at line %1 is gone. Use Insert into Spec to add the diagram.")
                                  .arg(block.firstLine + 1));
                    return;
                }
                applyLineChange(Core::DiagramBlock::replacement(now, diagram));
                m_diagramDock->editBlock(Core::DiagramBlock::at(
                    *Core::RstParser::parse(m_ui->editor->toPlainText(), m_filePath), now.firstLine));
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
        if (shown && m_lastValidation.document && m_previewRevision != m_validatedRevision) {
            m_renderService.request(m_lastValidation.document, m_lastValidation.revision);
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
        const QString path =
            QFileDialog::getOpenFileName(this, tr("Template to Check Against"), dir, DocumentController::fileFilter());
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

ExportForReviewDialog *MainWindow::openExportForReview()
{
    // The text as the file has it: Windows line endings are among the fixes the export lists.
    auto *dialog = new ExportForReviewDialog(m_filePath, m_document->textAsWritten(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ExportForReviewDialog::lineRequested, this, [this](int line) {
        m_ui->editor->goToLine(line + 1);
        m_ui->editor->setFocus();
    });
    // The normalisation as one undo step in the editor, so the buffer is what gets exported.
    auto applyFixes = [this, dialog](const QString &text) {
        if (text == m_document->textAsWritten()) {
            return;
        }
        QTextCursor cursor(m_ui->editor->document());
        const int position = m_ui->editor->textCursor().position();
        cursor.beginEditBlock();
        if (text != m_ui->editor->toPlainText()) {
            cursor.select(QTextCursor::Document);
            cursor.insertText(text);
        }
        m_document->convertToUnixLineEndings(); // the normalised text has none: the same undo step
        cursor.endEditBlock();
        cursor.setPosition(qMin(position, int(m_ui->editor->document()->characterCount()) - 1));
        m_ui->editor->setTextCursor(cursor);
        dialog->setText(m_document->textAsWritten());
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

bool MainWindow::exportWith(const Core::Exporter *exporter, const QString &path)
{
    const auto document = Core::RstParser::parse(m_ui->editor->toPlainText(), m_filePath);
    QSaveFile file(path);
    const QByteArray data = exporter->exportDocument(*document);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
        showError(tr("Cannot Export %1").arg(exporter->formatName()),
                  tr("%1 could not be written: %2.").arg(path, file.errorString()));
        return false;
    }
    statusBar()->showMessage(tr("Exported %1").arg(QDir::toNativeSeparators(path)), 5000);
    return true;
}

bool MainWindow::exportHtml(const QString &path)
{
    // An explicit export may parse on the GUI thread when the background parse is not current.
    Core::RstDocument::Ptr document = m_lastValidation.document;
    if (!document || m_validatedRevision != m_revision) {
        document = Core::RstParser::parse(m_ui->editor->toPlainText(), m_filePath);
    }
    const QString fallback = m_filePath.isEmpty() ? tr("Untitled") : QFileInfo(m_filePath).fileName();
    const QString error = Core::TextFile::write(path, Core::HtmlRenderer::renderPage(*document, fallback, m_filePath));
    if (!error.isEmpty()) {
        showError(tr("Cannot Export HTML"), error);
        return false;
    }
    statusBar()->showMessage(tr("Exported %1").arg(QDir::toNativeSeparators(path)), 5000);
    return true;
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
    Core::ValidationService::Settings check;
    check.templatePath = settings.value(TemplateKey).toString();
    Core::SpecValidator::Profile profile;
    if (Core::SpecValidator::profileFromName(settings.value(ProfileKey).toString(), &profile)) {
        check.profile = profile;
    }
    m_validationService.setSettings(check);
}

void MainWindow::updatePreview(const Core::ValidationService::Result &result)
{
    const qsizetype size = m_ui->editor->document()->characterCount();
    if (size <= PreviewSizeLimit) {
        m_previewPaused = false;
        // Normally the validation job has rendered this revision already (rendered() comes first);
        // not when the preview was hidden as the job started.
        if (m_previewRevision != result.revision) {
            m_renderService.request(result.document, result.revision);
        }
        return;
    }
    // A page of many megabytes would freeze the web view on every pause: say so instead, once.
    if (!m_previewPaused) {
        m_previewPaused = true;
        const QString notice =
            tr("Preview paused\n==============\n\nThis spec has %1 MB of text; the live preview stops above %2 MB so "
               "that typing stays fast. Checking goes on as you type, and File > Export HTML still renders "
               "the whole spec.\n")
                .arg(QString::number(double(size) / (1024 * 1024), 'f', 1))
                .arg(PreviewSizeLimit / (1024 * 1024));
        m_ui->preview->showDocument(Core::HtmlRenderer::renderBody(*Core::RstParser::parse(notice)),
                                    tr("Preview paused"),
                                    m_filePath.isEmpty() ? QDir::homePath() : QFileInfo(m_filePath).absolutePath());
        statusBar()->showMessage(
            tr("Live preview paused: the spec is larger than %1 MB.").arg(PreviewSizeLimit / (1024 * 1024)), 10000);
    }
}

void MainWindow::showRendered(const Core::RenderService::Result &result)
{
    if (result.revision != m_revision) {
        return; // the text changed again meanwhile; a newer render is on its way
    }
    const QString base = m_filePath.isEmpty() ? QDir::homePath() : QFileInfo(m_filePath).absolutePath();
    m_ui->preview->showDocument(result.bodyHtml, result.title, base);
    m_previewRevision = result.revision;
    Q_EMIT previewUpdated(result.revision);
}

void MainWindow::showValidation(const Core::ValidationService::Result &result)
{
    using Core::Diagnostic;
    const Core::ValidationService::Result previous = std::exchange(m_lastValidation, result);
    m_validatedRevision = result.revision;
    m_ui->editor->setDiagnostics(result.diagnostics);
    QList<SourceEditor::TitleLines> titles;
    std::function<void(const Core::RstNode &, int)> collect = [&](const Core::RstNode &node, int level) {
        for (const Core::RstNode &child : node.children) {
            if (child.kind == Core::RstNode::Kind::Section && !child.children.empty()) {
                // From the overline (if any) to the underline.
                const int titleLine = child.children.front().range.startLine;
                titles.append({child.range.startLine, titleLine + 1, level});
                collect(child, level + 1);
            }
        }
    };
    collect(result.document->root(), 1);
    m_ui->editor->setTitles(titles);
    // Code-block bodies: the directive's last lines hold its content (trailing blank lines are not kept).
    QList<SourceEditor::CodeBlock> codeBlocks;
    std::function<void(const Core::RstNode &)> code = [&](const Core::RstNode &node) {
        for (const Core::RstNode &child : node.children) {
            if (child.kind == Core::RstNode::Kind::LiteralBlock && child.hasAttribute(QStringLiteral("language")) &&
                !child.text.isEmpty()) {
                const int lines = int(child.text.count(QLatin1Char('\n'))) + 1;
                codeBlocks.append({child.range.endLine - lines + 1, child.range.endLine,
                                   child.attribute(QStringLiteral("language"))});
            }
            code(child);
        }
    };
    code(result.document->root());
    m_ui->editor->setCodeBlocks(codeBlocks);
    const bool sameDiagnostics = result.diagnostics == previous.diagnostics && previous.document;
    int errors = 0;
    int warnings = 0;
    int infos = 0;
    for (const Diagnostic &d : result.diagnostics) {
        (d.severity == Diagnostic::Severity::Error     ? errors
         : d.severity == Diagnostic::Severity::Warning ? warnings
                                                       : infos)++;
    }
    // Refilling an unchanged list would only repaint it (and lose the reader's place in it).
    if (!sameDiagnostics) {
        m_diagnosticsList->setSortingEnabled(false);
        m_diagnosticsList->clear();
        // The first DiagnosticsListLimit findings by line: hundreds of thousands of rows (a line of
        // unmatched markup) would hold the window for seconds; the status bar counts them all.
        QList<int> listed(result.diagnostics.size());
        std::iota(listed.begin(), listed.end(), 0);
        if (listed.size() > DiagnosticsListLimit) {
            std::stable_sort(listed.begin(), listed.end(), [&result](int a, int b) {
                return result.diagnostics.at(a).range.startLine < result.diagnostics.at(b).range.startLine;
            });
            listed.resize(DiagnosticsListLimit);
        }
        for (const int i : std::as_const(listed)) {
            const Diagnostic &d = result.diagnostics.at(i);
            auto *item = new QTreeWidgetItem(m_diagnosticsList);
            item->setText(0, Diagnostic::severityName(d.severity));
            item->setForeground(0, m_ui->editor->diagnosticColor(d.severity));
            item->setData(1, Qt::DisplayRole, d.range.startLine + 1);
            item->setText(2, d.ruleId);
            item->setText(3, d.message);
            item->setToolTip(3, d.fixHint);
            item->setData(0, Qt::UserRole, i);
        }
        if (auto *dock = qobject_cast<QDockWidget *>(m_diagnosticsList->parentWidget())) {
            dock->setWindowTitle(result.diagnostics.size() > DiagnosticsListLimit
                                     ? tr("Diagnostics — the first %1 of %2 by line (specwright-cli check "
                                          "lists them all)")
                                           .arg(DiagnosticsListLimit)
                                           .arg(result.diagnostics.size())
                                     : tr("Diagnostics"));
        }
        m_diagnosticsList->setSortingEnabled(true);
        m_diagnosticsList->sortByColumn(1, Qt::AscendingOrder);
    }
    // Singular and plural spelt out: tr()'s %n needs a translation file to say "1 error".
    const auto count = [](int n, const QString &one, const QString &many) { return (n == 1 ? one : many).arg(n); };
    m_counts->setText(
        tr("%1, %2, %3 · %4 profile")
            .arg(count(errors, tr("%1 error"), tr("%1 errors")), count(warnings, tr("%1 warning"), tr("%1 warnings")),
                 count(infos, tr("%1 note"), tr("%1 notes")), Core::SpecValidator::profileName(result.profile)));
    m_counts->setToolTip(tr("Checked against %1").arg(result.templateName));
    fillOutline(result);
    Q_EMIT validationUpdated(result.revision);
}

void MainWindow::fillOutline(const Core::ValidationService::Result &result)
{
    using Core::RstNode;
    // What the outline shows: each section's depth, title and line, and the missing sections.
    QStringList content;
    int sections = 0;
    std::function<void(const RstNode &, int)> describe = [&](const RstNode &node, int depth) {
        for (const RstNode &child : node.children) {
            if (child.kind == RstNode::Kind::Section && !child.children.empty()) {
                if (++sections <= OutlineSectionLimit) {
                    content.append(QStringLiteral("%1 %2 %3")
                                       .arg(depth)
                                       .arg(child.range.startLine)
                                       .arg(child.children.front().text));
                }
                describe(child, depth + 1);
            }
        }
    };
    describe(result.document->root(), 0);
    content.append(QString::number(sections));
    for (const Core::Diagnostic &d : result.diagnostics) {
        if (d.insertLevel >= 0) {
            content.append(QStringLiteral("- %1 %2 %3 %4")
                               .arg(d.insertLevel)
                               .arg(d.range.startLine)
                               .arg(d.insertLine)
                               .arg(d.subject));
        }
    }
    if (content == m_outlineContent) {
        return; // rebuilding the same tree would only repaint it and unfold what the reader folded
    }
    m_outlineContent = content;
    m_outline->clear();
    int listed = 0;
    std::function<void(const RstNode &, QTreeWidgetItem *)> add = [&](const RstNode &node, QTreeWidgetItem *parent) {
        for (const RstNode &child : node.children) {
            if (child.kind != RstNode::Kind::Section || child.children.empty()) {
                continue;
            }
            if (++listed > OutlineSectionLimit) {
                return;
            }
            auto *item = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(m_outline);
            item->setText(0, child.children.front().text);
            item->setData(0, Qt::UserRole, child.range.startLine);
            add(child, item);
        }
    };
    add(result.document->root(), nullptr);
    // The template's missing sections and subsections, greyed, where they belong.
    const auto missingItem = [this](const Core::Diagnostic &d) {
        auto *item = new QTreeWidgetItem();
        item->setText(0, d.subject);
        item->setForeground(0, palette().color(QPalette::Disabled, QPalette::Text));
        item->setToolTip(0, tr("Missing from the spec; right-click to insert it."));
        item->setData(0, Qt::UserRole + 1, d.subject);
        item->setData(0, Qt::UserRole, d.insertLine);
        return item;
    };
    const auto insertInPlace = [](QTreeWidgetItem *container, QTreeWidgetItem *item, int line) {
        int index = container->childCount();
        for (int i = 0; i < container->childCount(); ++i) {
            if (container->child(i)->data(0, Qt::UserRole).toInt() >= line &&
                container->child(i)->data(0, Qt::UserRole + 1).toString().isEmpty()) {
                index = i;
                break;
            }
        }
        container->insertChild(index, item);
    };
    QTreeWidgetItem *top = m_outline->topLevelItemCount() == 1 ? m_outline->topLevelItem(0) : nullptr;
    QTreeWidgetItem *sectionsParent = top ? top : m_outline->invisibleRootItem();
    // Sections first: a missing subsection's parent is a present section, never a missing one.
    QList<std::pair<QTreeWidgetItem *, int>> present;
    for (int i = 0; i < sectionsParent->childCount(); ++i) {
        present.append({sectionsParent->child(i), sectionsParent->child(i)->data(0, Qt::UserRole).toInt()});
    }
    for (const Core::Diagnostic &d : result.diagnostics) {
        if (d.insertLevel == 0 && !d.subject.isEmpty()) {
            insertInPlace(sectionsParent, missingItem(d), d.insertLine);
        }
    }
    for (const Core::Diagnostic &d : result.diagnostics) {
        if (d.insertLevel != 1 || d.subject.isEmpty()) {
            continue;
        }
        // The finding is on its section's title (with an overline, the title is the section's second line).
        for (const auto &[section, line] : std::as_const(present)) {
            if (line == d.range.startLine || line == d.range.startLine - 1) {
                insertInPlace(section, missingItem(d), d.insertLine);
                break;
            }
        }
    }
    if (sections > OutlineSectionLimit) {
        // Hundreds of thousands of rows would hold the window for seconds and help nobody.
        auto *more = new QTreeWidgetItem(m_outline);
        more->setText(0, tr("… %1 more sections (the outline lists the first %2)")
                             .arg(sections - OutlineSectionLimit)
                             .arg(OutlineSectionLimit));
        more->setForeground(0, palette().color(QPalette::Disabled, QPalette::Text));
        more->setFlags(Qt::ItemIsEnabled);
    }
    m_outline->expandAll();
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
    for (const Core::Diagnostic &d : std::as_const(m_lastValidation.diagnostics)) {
        if (d.insertLevel < 0 || d.subject != title) {
            continue;
        }
        const QChar adornment = adornmentForLevel(d.insertLevel);
        QTextDocument *document = m_ui->editor->document();
        QTextCursor cursor(document);
        QTextBlock block = document->findBlockByNumber(d.insertLine);
        if (block.isValid() && block.text().trimmed().isEmpty() && block.next().isValid()) {
            block = block.next(); // after the blank line that ends the section before it
        }
        if (block.isValid()) {
            cursor.setPosition(block.position());
        } else {
            cursor.movePosition(QTextCursor::End);
        }
        QString text = title + QLatin1Char('\n') + QString(title.size(), adornment) + QStringLiteral("\n\nNone\n\n\n");
        if (!block.isValid()) {
            if (!document->toPlainText().endsWith(QLatin1String("\n\n"))) {
                text.prepend(document->toPlainText().endsWith(QLatin1Char('\n')) ? QStringLiteral("\n")
                                                                                 : QStringLiteral("\n\n"));
            }
        } else if (block.previous().isValid() && !block.previous().text().trimmed().isEmpty()) {
            text.prepend(QLatin1Char('\n')); // a title right after text would continue its paragraph
        }
        cursor.beginEditBlock();
        cursor.insertText(text);
        cursor.endEditBlock();
        m_ui->editor->goToLine(cursor.blockNumber() - 4);
        requestAnalysis();
        return true;
    }
    return false;
}

// The underline character the spec's own sections at \a level use (0: the sections under the
// title, 1: their subsections), else one the spec does not use yet.
QChar MainWindow::adornmentForLevel(int level) const
{
    QList<const Core::RstNode *> scopes;
    const Core::RstNode &root = m_lastValidation.document->root();
    for (const Core::RstNode &child : root.children) {
        if (child.kind == Core::RstNode::Kind::Section) {
            scopes.append(&child); // the title's section holds the spec's sections
            break;
        }
    }
    if (scopes.isEmpty()) {
        scopes.append(&root);
    }
    QString used;
    for (int depth = 0; depth <= level && !scopes.isEmpty(); ++depth) {
        QList<const Core::RstNode *> next;
        for (const Core::RstNode *scope : std::as_const(scopes)) {
            used += scope->attribute(QStringLiteral("adornment")).right(1);
            for (const Core::RstNode &child : scope->children) {
                if (child.kind == Core::RstNode::Kind::Section) {
                    next.append(&child);
                }
            }
        }
        if (depth == level) {
            for (const Core::RstNode *section : std::as_const(next)) {
                const QString adornment = section->attribute(QStringLiteral("adornment")).right(1);
                if (!adornment.isEmpty()) {
                    return adornment.front();
                }
            }
        }
        scopes = next;
    }
    for (const QChar candidate : QStringLiteral("=-~^\"'`#*+")) {
        if (!used.contains(candidate)) {
            return candidate;
        }
    }
    return QLatin1Char('~');
}

void MainWindow::showError(const QString &title, const QString &message)
{
    QMessageBox::warning(this, title, message);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_document->prepareToClose()) {
        event->ignore();
        return;
    }
    writeSettings();
    event->accept();
}

bool MainWindow::editDiagramAtCursor()
{
    // On request, not per keystroke: parsing the whole text here is fine.
    const auto document = Core::RstParser::parse(m_ui->editor->toPlainText(), m_filePath);
    const Core::DiagramBlock::Found block = Core::DiagramBlock::at(*document, m_ui->editor->textCursor().blockNumber());
    if (!block.valid) {
        statusBar()->showMessage(tr("Put the cursor in a literal block (after \"::\") to edit its diagram."), 5000);
        return false;
    }
    m_diagramDock->editBlock(block);
    m_diagramDock->show();
    m_diagramDock->canvas()->setFocus();
    return true;
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

} // namespace Specwright::Widgets
