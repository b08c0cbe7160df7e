// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/analysis/specanalysis.h>

#include <QObject>

#include <functional>
#include <memory>

class QAction;
class QWidget;

namespace Specwright::Core {
class CheckRules;
class Exporter;
} // namespace Specwright::Core

namespace Specwright::Widgets {

class DocumentController;
class ExportForReviewDialog;
class PreviewView;
class SourceEditor;

/**
 * Everything that writes the spec somewhere else: Export for Review, HTML,
 * PDF, printing and the exporter plugins' formats, with their File menu
 * entries. The whole-document exports use the analysis of the current
 * revision (never a parse on the GUI thread), through the function the window
 * hands in.
 */
class ExportActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExportActions)

public:
    using Analysis = std::function<void(std::function<void(const Core::SpecAnalysis &)>)>;

    /// \a dialogParent parents the file dialogs and messages; \a whenAnalysed runs its argument
    /// with the current revision's analysis.
    ExportActions(DocumentController *document, SourceEditor *editor, PreviewView *preview, Analysis whenAnalysed,
                  QWidget *dialogParent);

    /** The File menu's entries, in menu order. */
    const QList<QAction *> &actions() const { return m_actions; }
    /// File → Export for Review… (the first of actions()).
    QAction *reviewAction() const { return m_actions.constFirst(); }
    /** The template and profile resolution Export for Review checks with (the window's). */
    void setCheckRules(std::shared_ptr<Core::CheckRules> rules) { m_rules = std::move(rules); }

    /// Writes the rendered spec as one standalone HTML file (the page specwright-cli render writes).
    void exportHtml(const QString &path);
    /// Writes the spec in an exporter plugin's format.
    void exportWith(const Core::Exporter *exporter, const QString &path);
    /// Prints the preview to a PDF file.
    void exportPdf(const QString &path);
    /// Creates the Export for Review dialog for the current text (the menu opens it).
    ExportForReviewDialog *openExportForReview();

Q_SIGNALS:
    void statusMessage(const QString &text, int timeoutMs);
    /// exportHtml() or exportWith() wrote \a path (or failed, after saying why).
    void exported(const QString &path, bool ok);
    /// exportPdf() finished writing \a path (or failed).
    void pdfExported(const QString &path, bool ok);

private:
    /// Asks where to write, suggesting the spec's own name with \a suffix.
    QString askForPath(const QString &title, const QString &suffix, const QString &filter) const;
    void print();
    void applyFixes(ExportForReviewDialog *dialog, const QString &text);
    void showError(const QString &title, const QString &message) const;

    DocumentController *m_document;
    SourceEditor *m_editor;
    PreviewView *m_preview;
    Analysis m_whenAnalysed;
    QWidget *m_dialogParent;
    std::shared_ptr<Core::CheckRules> m_rules;
    QList<QAction *> m_actions;
};

} // namespace Specwright::Widgets
