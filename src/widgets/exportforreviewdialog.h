// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/review/reviewexport.h>

#include <QDialog>

#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace Specwright::Widgets {

/**
 * File → Export for Review: where the spec goes, what normalisation changes
 * (as a diff), what the repository's gate would still reject (click to jump),
 * and the suggested commit message. Export stays disabled while errors remain.
 */
class ExportForReviewDialog final : public QDialog
{
    Q_OBJECT

public:
    /// \a rules: the window's template and profile resolution (null: the repository's own).
    ExportForReviewDialog(const QString &specPath, const QString &text,
                          std::shared_ptr<Core::CheckRules> rules = nullptr, QWidget *parent = nullptr);

    const Core::ReviewExport::Plan &plan() const { return m_plan; }
    QLineEdit *repositoryEdit() const { return m_repository; }
    QComboBox *releaseBox() const { return m_release; }
    QLabel *targetLabel() const { return m_target; }
    QLineEdit *nameEdit() const { return m_name; }
    QListWidget *problemList() const { return m_problems; }
    QPushButton *exportButton() const { return m_export; }
    QCheckBox *acceptWarnings() const { return m_acceptWarnings; }
    /** "Create a branch and commit": remembered between exports. */
    QCheckBox *gitCommitBox() const { return m_gitCommit; }
    QPlainTextEdit *commitMessageView() const { return m_message; }
    QPlainTextEdit *changesView() const { return m_diff; }

    /** Plans again for new text (after the editor changed), keeping the choices made. */
    void setText(const QString &text);

Q_SIGNALS:
    /** A problem was clicked: show 0-based \a line of the normalised text. */
    void lineRequested(int line);
    /** "Apply Fixes to Editor": the normalised text should replace the editor's (one undo step). */
    void applyFixesRequested(const QString &text);
    /** Export was clicked and the plan allows it. */
    void exportRequested(const Core::ReviewExport::Plan &plan);

private:
    void replan();

    QString m_specPath;
    QString m_text;
    std::shared_ptr<Core::CheckRules> m_rules;
    Core::ReviewExport::Plan m_plan;
    QLineEdit *m_repository = nullptr;
    QComboBox *m_release = nullptr;
    QLineEdit *m_name = nullptr;
    QLabel *m_target = nullptr;
    QPlainTextEdit *m_diff = nullptr;
    QCheckBox *m_gitCommit = nullptr;
    QListWidget *m_problems = nullptr;
    QPlainTextEdit *m_message = nullptr;
    QCheckBox *m_acceptWarnings = nullptr;
    QPushButton *m_applyFixes = nullptr;
    QPushButton *m_export = nullptr;
    bool m_replanning = false;
};

} // namespace Specwright::Widgets
