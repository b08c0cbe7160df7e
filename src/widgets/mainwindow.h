// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "documentcontroller.h"

#include <core/diagram/diagramblock.h>
#include <core/document/textfile.h>
#include <core/render/renderservice.h>
#include <core/spec/validationservice.h>

#include <QMainWindow>
#include <QTimer>

class QLabel;
class QTreeWidget;

#include <memory>

namespace Ui {
class MainWindow;
}

namespace Specwright::Core {
class Exporter;
}

namespace Specwright::Widgets {

class DiagramDock;
class ExportForReviewDialog;
class PluginsDialog;
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
    static constexpr int DiagnosticsListLimit = 10000;
    /// The outline lists at most this many sections, then says how many more there are.
    static constexpr int OutlineSectionLimit = 5000;
    bool isPreviewPaused() const { return m_previewPaused; }

    /// The revision whose diagnostics the editor shows.
    quint64 validatedRevision() const { return m_validatedRevision; }
    QTreeWidget *diagnosticsList() const { return m_diagnosticsList; }
    QTreeWidget *outline() const { return m_outline; }
    /// Puts the cursor on 0-based \a line and shows that line at the top of the editor and of the
    /// preview, whether or not scrolling is synchronised (what an outline click does).
    void goToSection(int line);
    /// Inserts the template section or subsection \a title (missing from the spec) at its place; one undo step.
    bool insertMissingSection(const QString &title);
    /// Writes the rendered spec as one standalone HTML file (the same page specwright-cli render writes).
    bool exportHtml(const QString &path);
    /// Prints the preview to a PDF file; pdfExported() reports the outcome.
    void exportPdf(const QString &path);

    /// Validation settings: a template file (empty: the repository's own) and a profile name
    /// ("strict", "glance", "nova"; empty: detected). Kept in QSettings.
    void setCheckSettings(const QString &templatePath, const QString &profile);

    /// Writes the current text with an exporter plugin's format (File → Export <format>).
    bool exportWith(const Core::Exporter *exporter, const QString &path);

    /// Creates the Help → Plugins dialog (the menu opens it).
    PluginsDialog *openPlugins();

    /// Creates the Export for Review dialog for the current text (File → Export for Review opens it).
    ExportForReviewDialog *openExportForReview();

    /// The diagram canvas dock (Edit → Insert Diagram, Edit Diagram).
    DiagramDock *diagramDock() const { return m_diagramDock; }
    /// Opens the literal block under the cursor in the diagram canvas; false when there is none.
    bool editDiagramAtCursor();

Q_SIGNALS:
    /// The preview now shows revision \a revision of the document.
    void previewUpdated(quint64 revision);
    /// Diagnostics and outline now describe revision \a revision.
    void validationUpdated(quint64 revision);
    /// exportPdf() finished writing \a path (or failed).
    void pdfExported(const QString &path, bool ok);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void setupActions();
    void populateTemplateMenu();
    void populateThemeMenu();
    void rebuildRecentMenu(const QStringList &files);
    void readSettings();
    void writeSettings() const;
    void updateTitle();
    void takeDocumentState();
    void showError(const QString &title, const QString &message);
    void requestAnalysis();
    void setupDocks();
    void setupCheckMenu();
    void setupExportActions();
    void applyCheckSettings();
    void showValidation(const Core::ValidationService::Result &result);
    void fillOutline(const Core::ValidationService::Result &result);
    void updatePreview(const Core::ValidationService::Result &result);
    void showRendered(const Core::RenderService::Result &result);
    QChar adornmentForLevel(int level) const;
    void applyLineChange(const Core::DiagramBlock::Change &change);

    std::unique_ptr<Ui::MainWindow> m_ui;
    std::unique_ptr<DocumentController> m_document; ///< not a child: it goes before the editor it works on
    // The document's path, revision and line ending as the controller last reported them (see
    // takeDocumentState()): what the analysis, preview and export code reads.
    QString m_filePath;
    quint64 m_revision = 0;
    Core::TextFile::LineEnding m_lineEnding = Core::TextFile::LineEnding::Unix;
    Core::RenderService m_renderService;
    Core::ValidationService m_validationService;
    Core::ValidationService::Result m_lastValidation;
    quint64 m_validatedRevision = 0;
    QTreeWidget *m_diagnosticsList = nullptr;
    QTreeWidget *m_outline = nullptr;
    QLabel *m_counts = nullptr;
    bool m_syncingFromPreview = false;
    QTimer m_previewTimer;
    quint64 m_previewRevision = 0;
    QStringList m_outlineContent; ///< what fillOutline() last showed
    DiagramDock *m_diagramDock = nullptr;
    bool m_previewPaused = false;
};

} // namespace Specwright::Widgets
