// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportforreviewdialog.h"

#include <core/validate/checkrules.h>
#include <core/validate/specrepository.h>

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QTabWidget>
#include <QVBoxLayout>

namespace Specwright::Widgets {

using Core::Diagnostic;
using Core::ReviewExport;

ExportForReviewDialog::ExportForReviewDialog(const QString &specPath, const QString &text,
                                             std::shared_ptr<Core::CheckRules> rules, QWidget *parent)
    : QDialog(parent)
    , m_specPath(specPath)
    , m_text(text)
    , m_rules(rules ? std::move(rules) : std::make_shared<Core::CheckRules>())
{
    setWindowTitle(tr("Export for Review"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    auto *repositoryRow = new QHBoxLayout;
    m_repository = new QLineEdit(Core::SpecRepository::find(specPath), this);
    m_repository->setPlaceholderText(tr("The specs repository (the folder with specs/ in it)"));
    auto *browse = new QPushButton(tr("Browse…"), this);
    repositoryRow->addWidget(m_repository, 1);
    repositoryRow->addWidget(browse);
    form->addRow(tr("Repository:"), repositoryRow);
    m_release = new QComboBox(this);
    form->addRow(tr("Release:"), m_release);
    m_name = new QLineEdit(ReviewExport::blueprint(text).second, this);
    m_name->setPlaceholderText(tr("launchpad blueprint name, e.g. resumable-image-upload"));
    form->addRow(tr("Blueprint:"), m_name);
    m_target = new QLabel(this);
    m_target->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_target->setWordWrap(true);
    form->addRow(tr("Writes:"), m_target);
    layout->addLayout(form);

    auto *tabs = new QTabWidget(this);
    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_problems = new QListWidget(this);
    tabs->addTab(m_problems, tr("Check"));
    m_diff = new QPlainTextEdit(this);
    m_diff->setReadOnly(true);
    m_diff->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_diff->setFont(fixed);
    tabs->addTab(m_diff, tr("Changes"));
    auto *messagePage = new QWidget(this);
    auto *messageLayout = new QVBoxLayout(messagePage);
    m_message = new QPlainTextEdit(messagePage);
    m_message->setReadOnly(true);
    m_message->setFont(fixed);
    auto *copy = new QPushButton(tr("Copy"), messagePage);
    messageLayout->addWidget(m_message);
    messageLayout->addWidget(copy, 0, Qt::AlignRight);
    tabs->addTab(messagePage, tr("Commit Message"));
    layout->addWidget(tabs, 1);

    m_acceptWarnings = new QCheckBox(tr("Export even though warnings remain"), this);
    layout->addWidget(m_acceptWarnings);
    m_gitCommit = new QCheckBox(tr("Create a branch named after the blueprint and commit the exported files, "
                                   "ready for git review"),
                                this);
    m_gitCommit->setObjectName(QStringLiteral("exportGitCommit"));
    m_gitCommit->setToolTip(tr("Only the spec and the index files the export changes go into the commit; "
                               "your other changes stay as they are."));
    m_gitCommit->setChecked(QSettings().value(QStringLiteral("export/gitCommit"), false).toBool());
    connect(m_gitCommit, &QCheckBox::toggled, this,
            [](bool on) { QSettings().setValue(QStringLiteral("export/gitCommit"), on); });
    layout->addWidget(m_gitCommit);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_applyFixes = buttons->addButton(tr("Apply Fixes to Editor"), QDialogButtonBox::ActionRole);
    m_export = buttons->addButton(tr("Export"), QDialogButtonBox::AcceptRole);
    layout->addWidget(buttons);
    resize(760, 560);

    connect(browse, &QPushButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Specs Repository"), m_repository->text());
        if (!dir.isEmpty()) {
            m_repository->setText(dir);
        }
    });
    connect(m_repository, &QLineEdit::textChanged, this, [this] {
        m_release->clear(); // the new repository's releases
        replan();
    });
    connect(m_release, &QComboBox::currentTextChanged, this, &ExportForReviewDialog::replan);
    connect(m_name, &QLineEdit::textChanged, this, &ExportForReviewDialog::replan);
    connect(m_acceptWarnings, &QCheckBox::toggled, this, &ExportForReviewDialog::replan);
    connect(m_problems, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        const int line = item->data(Qt::UserRole).toInt();
        if (line >= 0) {
            Q_EMIT lineRequested(line);
        }
    });
    connect(m_problems, &QListWidget::itemClicked, m_problems, &QListWidget::itemActivated);
    connect(copy, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(m_message->toPlainText()); });
    connect(m_applyFixes, &QPushButton::clicked, this, [this] { Q_EMIT applyFixesRequested(m_plan.normalized.text); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_export, &QPushButton::clicked, this, [this] { Q_EMIT exportRequested(m_plan); });
    replan();
}

void ExportForReviewDialog::setText(const QString &text)
{
    m_text = text;
    replan();
}

void ExportForReviewDialog::replan()
{
    if (m_replanning) {
        return;
    }
    m_replanning = true;
    // The item's data is the release's name: the next release's item says it is new.
    const QString release = m_release->currentData().toString();
    m_plan = ReviewExport::plan(m_specPath, m_text, m_repository->text(), release, m_name->text(), m_rules.get());
    if (m_release->count() == 0 && !m_plan.releases.isEmpty()) {
        const QString next = Core::SpecRepository::nextRelease(m_plan.releases.constLast());
        if (!next.isEmpty()) {
            m_release->addItem(tr("%1 (new: made like %2)").arg(next, m_plan.releases.constLast()), next);
        }
        for (auto it = m_plan.releases.crbegin(); it != m_plan.releases.crend(); ++it) {
            m_release->addItem(*it, *it); // newest first
        }
        m_release->setCurrentIndex(m_release->findData(m_plan.release));
    }
    m_target->setText(m_plan.targetPath.isEmpty() ? tr("(nowhere yet)") : QDir::toNativeSeparators(m_plan.targetPath));
    if (m_plan.diff.isEmpty() && m_plan.lineEndings.isEmpty() && m_plan.repositoryEdits.isEmpty()) {
        m_diff->setPlainText(tr("Nothing to change: the spec is already in shape."));
    } else {
        QStringList changes{m_plan.lineEndings, m_plan.diff};
        if (m_plan.newRelease) {
            changes.append(
                tr("The release %1 is new: its folder is made like %2's.").arg(m_plan.release, m_plan.followedRelease));
        }
        for (const Core::ToctreeAddition::Edit &edit : m_plan.repositoryEdits) {
            changes.append(tr("%1 %2%3").arg(QDir::toNativeSeparators(edit.path), edit.note,
                                             edit.diff.isEmpty() ? QStringLiteral(".") : QStringLiteral(":")));
            changes.append(edit.diff);
        }
        changes.removeAll(QString());
        m_diff->setPlainText(changes.join(QLatin1Char('\n')));
    }
    m_applyFixes->setEnabled(m_plan.normalized.text != m_text);
    m_message->setPlainText(m_plan.commitMessage);
    m_problems->clear();
    for (const QString &problem : m_plan.problems) {
        auto *item = new QListWidgetItem(tr("Cannot export: %1").arg(problem), m_problems);
        item->setData(Qt::UserRole, -1);
    }
    for (const QString &warning : m_plan.warnings) {
        auto *item = new QListWidgetItem(tr("Warning: %1").arg(warning), m_problems);
        item->setData(Qt::UserRole, -1);
    }
    for (const Core::ReviewNormalizer::Fix &fix : m_plan.normalized.fixes) {
        auto *item = new QListWidgetItem(tr("Fixed on export: %1 (%2)").arg(fix.description, fix.where()), m_problems);
        item->setData(Qt::UserRole, fix.lines.value(0, 0) - 1);
    }
    for (const Diagnostic &d : m_plan.diagnostics) {
        auto *item = new QListWidgetItem(
            QStringLiteral("%1 %2: %3")
                .arg(Diagnostic::severityName(d.severity), QString::number(d.range.startLine + 1), d.message),
            m_problems);
        item->setData(Qt::UserRole, d.range.startLine);
    }
    const int warnings = m_plan.count(Diagnostic::Severity::Warning);
    m_acceptWarnings->setVisible(warnings > 0);
    m_export->setEnabled(m_plan.canExport() && (warnings == 0 || m_acceptWarnings->isChecked()));
    m_replanning = false;
}

} // namespace Specwright::Widgets
