// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Over 600 lines: the window wires its parts together (each part is its own class — FindBar,
// ViewActions, ScrollSync, CheckMenu, ExportActions, the docks); what is left here is the wiring
// that waits for an analysis (diagrams, reflow, missing sections), which shares whenAnalysed().
#include "mainwindow.h"

#include "checkmenu.h"
#include "diagnosticsdock.h"
#include "diagramcanvas.h"
#include "diagramdock.h"
#include "diagramplacement.h"
#include "editactions.h"
#include "exportactions.h"
#include "findbar.h"
#include "firstrunlayout.h"
#include "gotolinebar.h"
#include "maintoolbar.h"
#include "outlinedock.h"
#include "pluginsdialog.h"
#include "previewview.h"
#include "repositorybrowserdock.h"
#include "scrollsync.h"
#include "settingsmenu.h"
#include "shortcutsdialog.h"
#include "sourceeditor.h"
#include "spellingcontroller.h"
#include "sphinxindexwatcher.h"
#include "ui_mainwindow.h"
#include "viewactions.h"

#include <core/review/paragraphreflow.h>
#include <core/spelling/spellchecker.h>
#include <core/validate/builtintemplates.h>
#include <core/validate/checkrules.h>
#include <core/validate/repositorygate.h>

#include <QActionGroup>
#include <QCloseEvent>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QScreen>
#include <QScrollBar>
#include <QSettings>
#include <QTextBlock>
#include <QTreeWidget>

namespace Specwright::Widgets {

namespace {
const QString GeometryKey = QStringLiteral("window/geometry");
const QString WindowStateKey = QStringLiteral("window/state");
const QString SplitterKey = QStringLiteral("window/splitter");
const QString PreviewVisibleKey = QStringLiteral("window/previewVisible");
const QString TemplateKey = QStringLiteral("check/template");
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
    setupCheckAndExport();
    populateTemplateMenu();
    setupViewAndSettings();
    readSettings();
    rebuildRecentMenu(m_document->recentFiles());

    connect(m_ui->editor->document(), &QTextDocument::modificationChanged, this,
            [this] { setWindowModified(m_document->isModified()); });

    // The preview follows the text after a typing pause, rendered off the GUI thread.
    m_previewTimer.setSingleShot(true);
    m_previewTimer.setTimerType(Qt::PreciseTimer);                // a coarse timer may fire 5 % late
    m_previewTimer.setInterval(m_view->preferences().checkDelay); // PreviewDelay unless set otherwise
    connect(&m_previewTimer, &QTimer::timeout, this, &MainWindow::requestAnalysis);
    connect(&m_analysisService, &Core::AnalysisService::analysed, this, [this](const Core::SpecAnalysis &analysis) {
        if (analysis.revision != m_document->revision()) {
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
    connect(m_document.get(), &DocumentController::textChanged, &m_previewTimer, qOverload<>(&QTimer::start));
    connect(m_document.get(), &DocumentController::documentReplaced, this, [this] {
        m_waitingForAnalysis.clear(); // an export or diagram asked for on the old text must not act on the new
        m_spelling->documentReplaced();
        const QString path = m_document->filePath(); // an untitled spec: the dialog starts at home
        m_checkMenu->setStartFolder(path.isEmpty() ? QString() : QFileInfo(path).absolutePath());
        useRules(m_checkMenu->freshRules()); // the repository's template is read again
        if (!path.isEmpty()) {
            const QString root = Core::RepositoryGate::findRoot(path);
            if (!root.isEmpty()) {
                m_repositoryDock->setRepository(root);
            }
        }
        requestAnalysis();
    });
    connect(m_document.get(), &DocumentController::lineEndingChanged, this, &MainWindow::requestAnalysis);
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
    // The job renders before it checks: the preview never waits for the checks.
    connect(&m_analysisService, &Core::AnalysisService::pageReady, this, &MainWindow::showPage);
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

QTreeView *MainWindow::diagnosticsList() const
{
    return m_diagnosticsDock->view();
}

QTreeWidget *MainWindow::outline() const
{
    return m_outlineDock->tree();
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

    // Undo, Redo, Cut, Copy, Paste and Select All: EditActions, once the canvas exists (setupDocks()).

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

void MainWindow::setupViewAndSettings()
{
    m_spelling = new SpellingController(m_ui->editor, QString(), this);
    connect(m_spelling, &SpellingController::recheckNeeded, this, &MainWindow::requestAnalysis);
    m_sphinxIndex = new SphinxIndexWatcher(this);
    connect(m_sphinxIndex, &SphinxIndexWatcher::recheckNeeded, this, &MainWindow::requestAnalysis);
    connect(m_spelling, &SpellingController::noticed, this,
            [this](const QString &note) { statusBar()->showMessage(note, 10000); });
    m_view = new ViewActions(m_ui->editor, m_ui->preview, m_ui->menuView, m_ui->menuTheme, this);
    connect(m_view, &ViewActions::preferencesChanged, this, &MainWindow::applyPreferences);
    m_view->setZoomOverride([canvas = m_diagramDock->canvas()](int steps) {
        if (!canvas->hasFocus()) {
            return false;
        }
        canvas->setZoom(canvas->zoom() + steps); // Ctrl+= / Ctrl+- on the canvas zoom its cells
        return true;
    });
    applyPreferences(m_view->preferences());
    // The Check menu's profile is the preferences' default profile: another setting saved later
    // must not put the old one back.
    connect(m_checkMenu, &CheckMenu::profilePicked, m_view, [this](const QString &profile) {
        Preferences changed = m_view->preferences();
        changed.defaultProfile = profile;
        m_view->apply(changed);
    });

    using Kind = ActionIcons::Kind;
    m_toolBar = new MainToolBar({{m_ui->actionNew, Kind::New},
                                 {m_ui->actionOpen, Kind::Open},
                                 {m_ui->actionSave, Kind::Save},
                                 {nullptr, Kind::New},
                                 {m_ui->actionUndo, Kind::Undo},
                                 {m_ui->actionRedo, Kind::Redo},
                                 {nullptr, Kind::New},
                                 {m_findBar->findAction(), Kind::Find},
                                 {m_insertDiagram, Kind::Diagram},
                                 {m_exports->reviewAction(), Kind::Review},
                                 {m_ui->actionShowPreview, Kind::Preview}},
                                this);
    addToolBar(Qt::TopToolBarArea, m_toolBar);

    m_settingsMenu = new SettingsMenu(m_view, m_toolBar, this);
    m_settingsMenu->setSpellingLanguages(Core::SpellChecker::availableLanguages());
    menuBar()->insertMenu(m_ui->menuHelp->menuAction(), m_settingsMenu);

    QAction *shortcuts = new QAction(tr("&Keyboard Shortcuts"), this);
    shortcuts->setObjectName(QStringLiteral("actionKeyboardShortcuts"));
    connect(shortcuts, &QAction::triggered, this, [this] {
        auto *dialog = new ShortcutsDialog(menuBar(), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
    });
    m_ui->menuHelp->insertAction(m_ui->menuHelp->actions().constFirst(), shortcuts);
}

PreferencesDialog *MainWindow::openPreferences()
{
    return m_settingsMenu->openPreferences();
}

// What the View menu does not apply itself: the check delay, the profile, scrolling, spelling.
void MainWindow::applyPreferences(const Preferences &preferences)
{
    m_previewTimer.setInterval(preferences.checkDelay);
    m_spelling->setLanguage(preferences.spellingLanguage);
    m_spelling->setEnabled(preferences.spelling);
    m_scrollSync->setOn(preferences.syncScrolling);
    if (m_checkMenu) {
        m_checkMenu->setProfile(preferences.defaultProfile);
    }
}

void MainWindow::readSettings()
{
    const QSettings settings;
    if (!restoreGeometry(settings.value(GeometryKey).toByteArray())) {
        const QScreen *screen = this->screen();
        const FirstRunLayout layout = FirstRunLayout::forScreen(
            screen ? screen->availableGeometry().size() : QSize(1366, 768), m_ui->editor->widthForColumns(81));
        resize(layout.window);
        if (layout.outline > 0) {
            resizeDocks({m_outlineDock}, {layout.outline}, Qt::Horizontal);
        }
        resizeDocks({m_diagnosticsDock}, {layout.diagnostics}, Qt::Vertical);
        m_ui->splitter->setSizes({layout.editor, layout.preview});
    }
    restoreState(settings.value(WindowStateKey).toByteArray());
    m_ui->splitter->restoreState(settings.value(SplitterKey).toByteArray()); // else as proportioned above
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
    // Before the title: a marker still set from the text being replaced must not show in the new one.
    setWindowModified(m_document->isModified());
    setWindowTitle(tr("%1[*] — Specwright").arg(m_document->title()));
    setWindowFilePath(m_document->filePath());
}

void MainWindow::setupCheckAndExport()
{
    m_checkMenu = new CheckMenu(this);
    menuBar()->insertMenu(m_ui->menuHelp->menuAction(), m_checkMenu);
    // What the repository's gate checks, as the last check read it (specwright-cli gate prints the same).
    m_checkMenu->addSeparator();
    QAction *gate = m_checkMenu->addAction(tr("&Gate…"));
    gate->setObjectName(QStringLiteral("actionShowGate"));
    connect(gate, &QAction::triggered, this, [this] {
        whenAnalysed([this](const Core::SpecAnalysis &analysis) {
            QMessageBox box(QMessageBox::Information, tr("Gate"), analysis.gateReport, QMessageBox::Close, this);
            box.setTextFormat(Qt::PlainText);
            box.setTextInteractionFlags(Qt::TextSelectableByMouse);
            box.exec();
        });
    });
    connect(m_checkMenu, &CheckMenu::rulesChanged, this, [this](const std::shared_ptr<Core::CheckRules> &rules) {
        useRules(rules);
        requestAnalysis();
    });
    m_exports = new ExportActions(
        m_document.get(), m_ui->editor, m_ui->preview,
        [this](std::function<void(const Core::SpecAnalysis &)> action) { whenAnalysed(std::move(action)); }, this);
    connect(m_exports, &ExportActions::statusMessage, statusBar(), &QStatusBar::showMessage);
    m_ui->menuFile->insertActions(m_ui->actionClose, m_exports->actions());
    m_ui->menuFile->insertSeparator(m_ui->actionClose);
    useRules(m_checkMenu->freshRules());
}

// One resolution for the window's analysis and its Export for Review.
void MainWindow::useRules(const std::shared_ptr<Core::CheckRules> &rules)
{
    m_analysisService.setRules(rules);
    m_exports->setCheckRules(rules);
}

void MainWindow::requestAnalysis()
{
    m_previewTimer.stop();
    if (isLoading()) {
        return;
    }
    const bool render = m_ui->preview->isVisible() && m_ui->editor->document()->characterCount() <= PreviewSizeLimit;
    Core::AnalysisInput input =
        Core::AnalysisInput::fromEditor(m_ui->editor->toPlainText(), m_document->filePath(), m_document->revision(),
                                        m_document->lineEnding(), m_document->hasByteOrderMark());
    input.render = render;
    input.waitForSphinxIndex = false; // checked again when the repository's index is ready
    if (m_spelling) {
        input.spelling = m_spelling->options();
    }
    // Above the preview's limit spelling pauses with it: a huge spec's findings must not wait for it.
    input.spelling.enabled = input.spelling.enabled && m_ui->editor->document()->characterCount() <= PreviewSizeLimit;
    m_analysisService.request(input);
}

void MainWindow::setupDocks()
{
    // The list asks for colours while the window is torn down (hiding its children after its own
    // members are gone): the editor itself, not the window, answers, and only while it exists.
    m_diagnosticsDock = new DiagnosticsDock(
        [editor = QPointer<SourceEditor>(m_ui->editor)](Core::Diagnostic::Severity severity) {
            return editor ? editor->diagnosticColor(severity) : QColor();
        },
        this);
    addDockWidget(Qt::BottomDockWidgetArea, m_diagnosticsDock);
    connect(m_diagnosticsDock, &DiagnosticsDock::diagnosticActivated, this, [this](const Core::Diagnostic &d) {
        m_ui->editor->goToRange(d.range);
        m_ui->editor->setFocus();
    });
    m_diagnosticsDock->addFix(QStringLiteral("crlf-line-endings"), tr("Convert to Unix Line Endings (LF)"));
    connect(m_diagnosticsDock, &DiagnosticsDock::fixRequested, this, [this](const QString &ruleId) {
        if (ruleId == QLatin1String("crlf-line-endings")) {
            m_document->convertToUnixLineEndings();
        }
    });
    m_outlineDock = new OutlineDock(this);
    addDockWidget(Qt::LeftDockWidgetArea, m_outlineDock);
    connect(m_outlineDock, &OutlineDock::sectionActivated, this, &MainWindow::goToSection);
    connect(m_outlineDock, &OutlineDock::insertRequested, this, &MainWindow::insertMissingSection);

    m_repositoryDock = new RepositoryBrowserDock(this);
    addDockWidget(Qt::LeftDockWidgetArea, m_repositoryDock);
    tabifyDockWidget(m_outlineDock, m_repositoryDock);
    m_outlineDock->raise();
    m_repositoryDock->hide(); // shown by View → Repository, or by opening a folder
    connect(m_repositoryDock, &RepositoryBrowserDock::openRequested, this, [this](const QString &path) {
        if (QFileInfo(path) != QFileInfo(m_document->filePath())) {
            m_document->openFile(path);
        }
    });

    m_ui->menuView->addSeparator();
    m_ui->menuView->addAction(m_outlineDock->toggleViewAction());
    m_ui->menuView->addAction(m_repositoryDock->toggleViewAction());
    m_ui->menuView->addAction(m_diagnosticsDock->toggleViewAction());

    auto *goToLine = new GoToLineBar(m_ui->editor);
    connect(goToLine, &GoToLineBar::noticed, this,
            [this](const QString &note) { statusBar()->showMessage(note, 8000); });
    auto *next = new QAction(tr("Next Diagnostic"), this);
    next->setShortcut(Qt::Key_F8);
    connect(next, &QAction::triggered, this, [this] { m_ui->editor->goToNextDiagnostic(false); });
    auto *previous = new QAction(tr("Previous Diagnostic"), this);
    previous->setShortcut(Qt::SHIFT | Qt::Key_F8);
    connect(previous, &QAction::triggered, this, [this] { m_ui->editor->goToNextDiagnostic(true); });
    m_findBar = new FindBar(m_ui->editor, m_ui->preview, this);
    m_ui->centralLayout->addWidget(m_findBar); // under the editor and the preview, for both
    connect(m_findBar, &FindBar::noticed, this, [this](const QString &note) { statusBar()->showMessage(note, 8000); });
    m_ui->menuEdit->addSeparator();
    m_ui->menuEdit->addActions({m_findBar->findAction(), m_findBar->replaceAction(), m_findBar->findNextAction(),
                                m_findBar->findPreviousAction()});
    m_ui->menuEdit->addSeparator();
    m_ui->menuEdit->addActions({goToLine->action(), next, previous});

    // The diagram canvas, and the round trip of diagrams with the spec's literal blocks.
    m_diagramDock = new DiagramDock(this);
    addDockWidget(Qt::RightDockWidgetArea, m_diagramDock);
    m_diagramDock->hide();
    m_ui->menuView->addAction(m_diagramDock->toggleViewAction());
    m_diagramPlacement = new DiagramPlacement(this, m_diagramDock, m_ui->editor, m_ui->splitter);
    auto *insertDiagram = new QAction(tr("Insert &Diagram…"), this);
    insertDiagram->setObjectName(QStringLiteral("actionInsertDiagram"));
    insertDiagram->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_D);
    connect(insertDiagram, &QAction::triggered, this, [this] {
        m_diagramDock->newDiagram();
        m_diagramPlacement->open();
    });
    auto *editDiagram = new QAction(tr("&Edit Diagram"), this);
    editDiagram->setObjectName(QStringLiteral("actionEditDiagram"));
    editDiagram->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_E);
    connect(editDiagram, &QAction::triggered, this, &MainWindow::editDiagramAtCursor);
    m_ui->menuEdit->addSeparator();
    m_ui->menuEdit->addAction(insertDiagram);
    m_ui->menuEdit->addAction(editDiagram);
    new EditActions({m_ui->actionUndo, m_ui->actionRedo, m_ui->actionCut, m_ui->actionCopy, m_ui->actionPaste,
                     m_ui->actionSelectAll},
                    m_ui->editor, m_diagramDock->canvas(), this);
    m_insertDiagram = insertDiagram;
    auto *reflow = new QAction(tr("Re&flow Paragraph"), this);
    reflow->setObjectName(QStringLiteral("actionReflowParagraph"));
    reflow->setShortcut(Qt::CTRL | Qt::Key_J);
    connect(reflow, &QAction::triggered, this, &MainWindow::reflowParagraph);
    m_ui->menuEdit->addSeparator();
    m_ui->menuEdit->addAction(reflow);
    m_ui->editor->addContextMenuAction(reflow);
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
    m_scrollSync = new ScrollSync(m_ui->editor, m_ui->preview, Preferences::load().syncScrolling, this);
    m_ui->menuView->addAction(m_scrollSync->action());
    connect(m_scrollSync, &ScrollSync::toggled, this, [this](bool on) {
        Preferences changed = m_view->preferences();
        changed.syncScrolling = on;
        m_view->apply(changed);
    });
    // Showing the preview again brings it up to date with what was typed while it was hidden.
    connect(m_ui->actionShowPreview, &QAction::toggled, this, [this](bool shown) {
        if (shown && m_previewRevision != m_document->revision()) {
            requestAnalysis();
        }
    });

    m_counts = new QLabel(this);
    m_counts->setObjectName(QStringLiteral("diagnosticCounts"));
    statusBar()->addPermanentWidget(m_counts);
}

PluginsDialog *MainWindow::openPlugins()
{
    auto *dialog = new PluginsDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &PluginsDialog::pluginsChanged, this, &MainWindow::requestAnalysis); // check again with them
    return dialog;
}

void MainWindow::whenAnalysed(std::function<void(const Core::SpecAnalysis &)> action)
{
    if (m_lastAnalysis.document && m_validatedRevision == m_document->revision() && !isLoading()) {
        action(m_lastAnalysis);
        return;
    }
    m_waitingForAnalysis.append(std::move(action));
    requestAnalysis(); // now, not after the typing pause
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
            tr("Preview paused"),
            m_document->filePath().isEmpty() ? QDir::homePath() : QFileInfo(m_document->filePath()).absolutePath());
        statusBar()->showMessage(
            tr("Live preview paused: the spec is larger than %1 MB.").arg(PreviewSizeLimit / (1024 * 1024)), 10000);
    }
}

void MainWindow::showPage(const Core::SpecAnalysis::Page &page)
{
    if (page.revision != m_document->revision()) {
        return; // the text changed again meanwhile; a newer page is on its way
    }
    const QString base =
        m_document->filePath().isEmpty() ? QDir::homePath() : QFileInfo(m_document->filePath()).absolutePath();
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
    m_counts->setToolTip(tr("Checked against %1\n\n%2").arg(analysis.templateName, analysis.gateReport));
    m_outlineDock->setOutline(analysis.outline);
    m_spelling->show(analysis, m_document->filePath());
    m_sphinxIndex->show(analysis);
    Q_EMIT validationUpdated(analysis.revision);
}

void MainWindow::openRepository(const QString &folder)
{
    const QString root = Core::RepositoryGate::findRoot(folder);
    m_repositoryDock->setRepository(root.isEmpty() ? QFileInfo(folder).absoluteFilePath() : root);
    m_repositoryDock->show();
    m_repositoryDock->raise();
    // Wide enough for spec titles beside their counts.
    resizeDocks({m_repositoryDock}, {std::max(360, width() / 4)}, Qt::Horizontal);
}

void MainWindow::goToSection(int line)
{
    m_scrollSync->showLineAtTop(line);
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
    m_diagramPlacement->restorePreview(); // the splitter keeps the preview's width, not the canvas's
    writeSettings();
    event->accept();
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
        m_diagramPlacement->open();
        Q_EMIT diagramOpened(true);
    });
}

void MainWindow::reflowParagraph()
{
    // The cursor's line, or the lines the selection touches (not the line a selection of whole
    // lines ends at the start of).
    const QTextCursor cursor = m_ui->editor->textCursor();
    const QTextBlock end = m_ui->editor->document()->findBlock(cursor.selectionEnd());
    const int first = m_ui->editor->document()->findBlock(cursor.selectionStart()).blockNumber();
    const bool endsAtLineStart = cursor.hasSelection() && end.position() == cursor.selectionEnd();
    const int last = qMax(first, end.blockNumber() - (endsAtLineStart ? 1 : 0));
    whenAnalysed([this, first, last](const Core::SpecAnalysis &analysis) {
        const QStringList lines = m_ui->editor->toPlainText().split(QLatin1Char('\n'));
        const Core::ParagraphReflow::Result result =
            Core::ParagraphReflow::reflow(lines, *analysis.document, first, last);
        if (!result.changed()) {
            statusBar()->showMessage(result.reason, 8000);
            return;
        }
        // The cursor stays in its word; after a selection it goes to the end of the reflowed text.
        const QTextCursor before = m_ui->editor->textCursor();
        const auto [line, column] =
            before.hasSelection() ? std::pair(result.change->firstLine + int(result.change->lines.size()) - 1,
                                              int(result.change->lines.constLast().size()))
                                  : Core::ParagraphReflow::positionAfter(lines, *result.change, before.blockNumber(),
                                                                         before.positionInBlock());
        applyLineChange(*result.change);
        QTextCursor after(m_ui->editor->document()->findBlockByNumber(line));
        after.setPosition(after.position() + column);
        m_ui->editor->setTextCursor(after);
        statusBar()->clearMessage();
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

} // namespace Specwright::Widgets
