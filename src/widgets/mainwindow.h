// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "documentcontroller.h"

#include <core/analysis/analysisservice.h>
#include <core/analysis/specanalysis.h>
#include <core/diagram/diagramblock.h>
#include <core/document/textfile.h>

#include <QMainWindow>
#include <QPointer>
#include <QTimer>

class QLabel;
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

class CheckMenu;
class DiagnosticsDock;
class DiagramDock;
class DiagramPlacement;
class OutlineDock;
class ExportActions;
class PluginsDialog;
class FindBar;
class MainToolBar;
class PreferencesDialog;
class ScrollSync;
class SettingsMenu;
class SpellingController;
class SphinxIndexWatcher;
class RepositoryBrowserDock;
class ViewActions;
struct Preferences;
class PreviewView;
class SourceEditor;

/// The editor window: source on the left, preview on the right; its DocumentController handles the file.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /// The file in the editor: open, save, disk changes, recovery, recent files.
    DocumentController *document() const { return m_document.get(); }
    /// Whether the document is still putting a large spec into the editor (read-only meanwhile).
    bool isLoading() const { return m_document->isLoading(); }

    SourceEditor *editor() const;
    PreviewView *preview() const;
    /// The revision of the text the preview shows (see previewUpdated()), one of DocumentController::revision().
    quint64 previewRevision() const { return m_previewRevision; }

    /// Milliseconds of typing pause before validation and the preview update.
    static constexpr int PreviewDelay = 150;
    /// Above this many characters the live preview pauses with a notice (checking goes on).
    static constexpr qsizetype PreviewSizeLimit = qsizetype(2) * 1024 * 1024;
    /// The diagnostics list shows at most this many findings (the first by line), then how many more.
    static constexpr int DiagnosticsListLimit = 10000; // DiagnosticsModel::Limit
    /// The outline lists at most this many sections, then says how many more there are.
    static constexpr int OutlineSectionLimit = Core::SpecOutline::SectionLimit;
    bool isPreviewPaused() const { return m_previewPaused; }

    /// The revision whose diagnostics the editor shows.
    quint64 validatedRevision() const { return m_validatedRevision; }
    DiagnosticsDock *diagnosticsDock() const { return m_diagnosticsDock; }
    QTreeView *diagnosticsList() const;
    RepositoryBrowserDock *repositoryBrowser() const { return m_repositoryDock; }
    /** Shows the Repository dock on the specs repository holding \a folder (or \a folder itself). */
    void openRepository(const QString &folder);
    QTreeWidget *outline() const;
    /// Puts the cursor on 0-based \a line and shows that line at the top of the editor and of the
    /// preview, whether or not scrolling is synchronised (what an outline click does).
    void goToSection(int line);
    /// Inserts the template section or subsection \a title (missing from the spec) at its place; one undo step.
    bool insertMissingSection(const QString &title);
    /// The Check menu: profile and template, and the CheckRules they make.
    CheckMenu *checkMenu() const { return m_checkMenu; }
    /// Export for Review, HTML, PDF, printing and the exporter plugins' formats.
    ExportActions *exports() const { return m_exports; }

    /// Creates the Help → Plugins dialog (the menu opens it).
    PluginsDialog *openPlugins();
    /// Settings → Preferences: the dialog, created once and brought up again.
    PreferencesDialog *openPreferences();
    /// The View menu's soft wrap, zoom and theme, and the preferences in force.
    ViewActions *viewActions() const { return m_view; }
    FindBar *findBar() const { return m_findBar; }
    MainToolBar *toolBar() const { return m_toolBar; }
    /// Spell checking: what it checks, its underlines and the editor's suggestions.
    SpellingController *spelling() const { return m_spelling; }

    /// The diagram canvas dock (Edit → Insert Diagram, Edit Diagram).
    DiagramDock *diagramDock() const { return m_diagramDock; }
    /// Opens the literal block under the cursor in the diagram canvas; false when there is none.
    /// diagramOpened() reports whether there was one.
    void editDiagramAtCursor();
    /// Runs \a action with the analysis of the current text: at once when it is current, else as soon
    /// as the background service has it (the GUI thread never parses the document itself).
    void whenAnalysed(std::function<void(const Core::SpecAnalysis &)> action);

Q_SIGNALS:
    /// The preview now shows revision \a revision of the document.
    void previewUpdated(quint64 revision);
    /// Diagnostics and outline now describe revision \a revision.
    void validationUpdated(quint64 revision);
    /// editDiagramAtCursor() opened the literal block under the cursor in the canvas (\a opened), or
    /// there was none.
    void diagramOpened(bool opened);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void setupActions();
    void populateTemplateMenu();
    void setupViewAndSettings();
    void applyPreferences(const Preferences &preferences);
    void rebuildRecentMenu(const QStringList &files);
    void readSettings();
    void writeSettings() const;
    void updateTitle();
    void showError(const QString &title, const QString &message);
    void requestAnalysis();
    void setupDocks();
    void setupCheckAndExport();
    void useRules(const std::shared_ptr<Core::CheckRules> &rules);
    void showAnalysis(const Core::SpecAnalysis &analysis);
    void updatePreview(const Core::SpecAnalysis &analysis);
    void showPage(const Core::SpecAnalysis::Page &page);
    void applyLineChange(const Core::DiagramBlock::Change &change);
    void reflowParagraph();

    std::unique_ptr<Ui::MainWindow> m_ui;
    std::unique_ptr<DocumentController> m_document; ///< not a child: it goes before the editor it works on
    Core::AnalysisService m_analysisService;
    Core::SpecAnalysis m_lastAnalysis;
    QList<std::function<void(const Core::SpecAnalysis &)>> m_waitingForAnalysis; ///< see whenAnalysed()
    CheckMenu *m_checkMenu = nullptr;
    ExportActions *m_exports = nullptr;
    quint64 m_validatedRevision = 0;
    DiagnosticsDock *m_diagnosticsDock = nullptr;
    OutlineDock *m_outlineDock = nullptr;
    RepositoryBrowserDock *m_repositoryDock = nullptr;
    QLabel *m_counts = nullptr;
    QTimer m_previewTimer;
    quint64 m_previewRevision = 0;
    DiagramDock *m_diagramDock = nullptr;
    DiagramPlacement *m_diagramPlacement = nullptr;
    bool m_previewPaused = false;
    FindBar *m_findBar = nullptr;
    QAction *m_insertDiagram = nullptr;
    ScrollSync *m_scrollSync = nullptr;
    ViewActions *m_view = nullptr;
    MainToolBar *m_toolBar = nullptr;
    SettingsMenu *m_settingsMenu = nullptr;
    SpellingController *m_spelling = nullptr;
    SphinxIndexWatcher *m_sphinxIndex = nullptr;
};

} // namespace Specwright::Widgets
