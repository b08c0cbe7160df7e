// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportactions.h"

#include "documentcontroller.h"
#include "exportforreviewdialog.h"
#include "previewview.h"
#include "sourceeditor.h"

#include <core/plugin/exporter.h>
#include <core/plugin/pluginmanager.h>
#include <core/render/htmlrenderer.h>
#include <core/review/reviewcommit.h>
#include <core/review/reviewexport.h>

#include <QAction>
#include <QCheckBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrinter>
#include <QSaveFile>
#include <QWebEnginePage>

namespace Specwright::Widgets {

ExportActions::ExportActions(DocumentController *document, SourceEditor *editor, PreviewView *preview,
                             Analysis whenAnalysed, QWidget *dialogParent)
    : QObject(dialogParent)
    , m_document(document)
    , m_editor(editor)
    , m_preview(preview)
    , m_whenAnalysed(std::move(whenAnalysed))
    , m_dialogParent(dialogParent)
{
    const auto addAction = [this](const QString &text, const QString &name, const std::function<void()> &run) {
        auto *action = new QAction(text, this);
        action->setObjectName(name);
        connect(action, &QAction::triggered, this, run);
        m_actions.append(action);
        return action;
    };
    QAction *review = addAction(tr("Export for &Review…"), QStringLiteral("actionExportForReview"),
                                [this] { openExportForReview()->open(); });
    review->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_R);
    addAction(tr("Export &HTML…"), QStringLiteral("actionExportHtml"), [this] {
        const QString path = askForPath(tr("Export HTML"), QStringLiteral("html"), tr("HTML page (*.html)"));
        if (!path.isEmpty()) {
            exportHtml(path);
        }
    });
    addAction(tr("Export &PDF…"), QStringLiteral("actionExportPdf"), [this] {
        const QString path = askForPath(tr("Export PDF"), QStringLiteral("pdf"), tr("PDF document (*.pdf)"));
        if (!path.isEmpty()) {
            exportPdf(path);
        }
    });
    // Formats from exporter plugins (GitHub Markdown …).
    for (const Core::Exporter *exporter : Core::PluginManager::exporters()) {
        addAction(tr("Export %1…").arg(exporter->formatName()),
                  QStringLiteral("actionExport_") + exporter->fileSuffix(), [this, exporter] {
                      const QString path =
                          askForPath(tr("Export %1").arg(exporter->formatName()), exporter->fileSuffix(),
                                     tr("%1 (*.%2)").arg(exporter->formatName(), exporter->fileSuffix()));
                      if (!path.isEmpty()) {
                          exportWith(exporter, path);
                      }
                  });
    }
    addAction(tr("&Print…"), QStringLiteral("actionPrint"), [this] { print(); })->setShortcut(QKeySequence::Print);
    connect(m_preview->page(), &QWebEnginePage::pdfPrintingFinished, this, [this](const QString &path, bool ok) {
        if (ok) {
            Q_EMIT statusMessage(tr("Exported %1").arg(QDir::toNativeSeparators(path)), 5000);
        } else {
            showError(tr("Cannot Export PDF"), tr("%1 could not be written.").arg(path));
        }
        Q_EMIT pdfExported(path, ok);
    });
}

QString ExportActions::askForPath(const QString &title, const QString &suffix, const QString &filter) const
{
    const QString spec = m_document->filePath();
    const QString base = spec.isEmpty()
                             ? QDir::home().filePath(QStringLiteral("spec"))
                             : QFileInfo(spec).absolutePath() + QLatin1Char('/') + QFileInfo(spec).completeBaseName();
    return QFileDialog::getSaveFileName(m_dialogParent, title, base + QLatin1Char('.') + suffix, filter);
}

void ExportActions::print()
{
    auto *printer = new QPrinter(QPrinter::HighResolution);
    QPrintDialog dialog(printer, m_dialogParent);
    if (dialog.exec() != QDialog::Accepted) {
        delete printer;
        return;
    }
    connect(
        m_preview, &QWebEngineView::printFinished, this, [printer](bool) { delete printer; }, Qt::SingleShotConnection);
    m_preview->print(printer);
}

void ExportActions::exportWith(const Core::Exporter *exporter, const QString &path)
{
    m_whenAnalysed([this, exporter, path](const Core::SpecAnalysis &analysis) {
        QSaveFile file(path);
        const QByteArray data = exporter->exportDocument(*analysis.document);
        const bool ok = file.open(QIODevice::WriteOnly) && file.write(data) == data.size() && file.commit();
        if (ok) {
            Q_EMIT statusMessage(tr("Exported %1").arg(QDir::toNativeSeparators(path)), 5000);
        } else {
            showError(tr("Cannot Export %1").arg(exporter->formatName()),
                      tr("%1 could not be written: %2.").arg(path, file.errorString()));
        }
        Q_EMIT exported(path, ok);
    });
}

void ExportActions::exportHtml(const QString &path)
{
    m_whenAnalysed([this, path](const Core::SpecAnalysis &analysis) {
        const QString spec = m_document->filePath();
        const QString fallback = spec.isEmpty() ? tr("Untitled") : QFileInfo(spec).fileName();
        const QString error =
            Core::TextFile::write(path, Core::HtmlRenderer::renderPage(*analysis.document, fallback, spec));
        if (error.isEmpty()) {
            Q_EMIT statusMessage(tr("Exported %1").arg(QDir::toNativeSeparators(path)), 5000);
        } else {
            showError(tr("Cannot Export HTML"), error);
        }
        Q_EMIT exported(path, error.isEmpty());
    });
}

void ExportActions::exportPdf(const QString &path)
{
    m_preview->page()->printToPdf(path);
}

ExportForReviewDialog *ExportActions::openExportForReview()
{
    // The text as the file has it: Windows line endings are among the fixes the export lists.
    auto *dialog =
        new ExportForReviewDialog(m_document->filePath(), m_document->textAsWritten(), m_rules, m_dialogParent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ExportForReviewDialog::lineRequested, this, [this](int line) {
        m_editor->goToLine(line + 1);
        m_editor->setFocus();
    });
    connect(dialog, &ExportForReviewDialog::applyFixesRequested, this,
            [this, dialog](const QString &text) { applyFixes(dialog, text); });
    connect(
        dialog, &ExportForReviewDialog::exportRequested, this, [this, dialog](const Core::ReviewExport::Plan &plan) {
            const bool commit = dialog->gitCommitBox()->isChecked();
            if (commit) {
                const QString why =
                    Core::ReviewCommit::precheck(plan.repository, Core::ReviewExport::writtenFiles(plan));
                if (!why.isEmpty()) {
                    showError(tr("Cannot Commit for Review"), why);
                    return;
                }
            }
            applyFixes(dialog, plan.normalized.text);
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
            if (commit) {
                const Core::ReviewCommit::Result committed = Core::ReviewCommit::commit(
                    plan.repository, plan.name, Core::ReviewExport::writtenFiles(plan), plan.commitMessage);
                if (!committed.ok) {
                    showError(tr("Exported, Not Committed"), committed.message);
                    return;
                }
                Q_EMIT statusMessage(committed.message, 15000);
                dialog->accept();
                return;
            }
            const QString others = plan.repositoryEdits.isEmpty() ? QString()
                                   : plan.newRelease
                                       ? tr(", with the new release folder %1 (%n other file(s))", nullptr,
                                            int(plan.repositoryEdits.size()))
                                             .arg(plan.release)
                                       : tr(" (and %n index file(s))", nullptr, int(plan.repositoryEdits.size()));
            Q_EMIT statusMessage(
                tr("Exported for review to %1%2").arg(QDir::toNativeSeparators(plan.targetPath), others), 10000);
            dialog->accept();
        });
    return dialog;
}

// The normalisation as one undo step in the editor, so the buffer is what gets exported.
void ExportActions::applyFixes(ExportForReviewDialog *dialog, const QString &text)
{
    if (text == m_document->textAsWritten()) {
        return;
    }
    QTextCursor cursor(m_editor->document());
    const int position = m_editor->textCursor().position();
    cursor.beginEditBlock();
    if (text != m_editor->toPlainText()) {
        cursor.select(QTextCursor::Document);
        cursor.insertText(text);
    }
    m_document->convertToUnixLineEndings(); // the normalised text has none: the same undo step
    cursor.endEditBlock();
    cursor.setPosition(qMin(position, int(m_editor->document()->characterCount()) - 1));
    m_editor->setTextCursor(cursor);
    dialog->setText(m_document->textAsWritten());
}

void ExportActions::showError(const QString &title, const QString &message) const
{
    QMessageBox::warning(m_dialogParent, title, message);
}

} // namespace Specwright::Widgets
