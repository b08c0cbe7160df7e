// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "diagnosticsdock.h"

#include <QHeaderView>
#include <QMenu>
#include <QSortFilterProxyModel>
#include <QTreeView>

namespace Specwright::Widgets {

using Core::Diagnostic;

DiagnosticsDock::DiagnosticsDock(DiagnosticsModel::SeverityColor color, QWidget *parent)
    : QDockWidget(tr("Diagnostics"), parent)
    , m_model(new DiagnosticsModel(std::move(color), this))
    , m_sorted(new QSortFilterProxyModel(this))
    , m_view(new QTreeView(this))
{
    setObjectName(QStringLiteral("diagnosticsDock"));
    m_sorted->setSourceModel(m_model);
    m_view->setObjectName(QStringLiteral("diagnosticsList"));
    m_view->setModel(m_sorted);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(DiagnosticsModel::LineColumn, Qt::AscendingOrder);
    m_view->header()->setStretchLastSection(true);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    setWidget(m_view);
    const auto activate = [this](const QModelIndex &index) {
        if (const Diagnostic *d = diagnosticAtRow(index.row())) {
            Q_EMIT diagnosticActivated(*d);
        }
    };
    connect(m_view, &QTreeView::activated, this, activate);
    connect(m_view, &QTreeView::clicked, this, activate);
    connect(m_view, &QWidget::customContextMenuRequested, this, &DiagnosticsDock::showContextMenu);
}

const Diagnostic *DiagnosticsDock::diagnosticAtRow(int row) const
{
    const QModelIndex index = m_sorted->index(row, 0);
    if (!index.isValid()) {
        return nullptr;
    }
    return &m_model->diagnostics().at(index.data(DiagnosticsModel::IndexRole).toInt());
}

void DiagnosticsDock::showAnalysis(const Core::SpecAnalysis &analysis)
{
    m_model->setDiagnostics(analysis.diagnostics);
    setWindowTitle(m_model->totalCount() > DiagnosticsModel::Limit
                       ? tr("Diagnostics — the first %1 of %2 by line (specwright-cli check lists them all)")
                             .arg(DiagnosticsModel::Limit)
                             .arg(m_model->totalCount())
                       : tr("Diagnostics"));
}

void DiagnosticsDock::addFix(const QString &ruleId, const QString &label)
{
    m_fixes.insert(ruleId, label);
}

QString DiagnosticsDock::summary(const Core::SpecAnalysis &analysis)
{
    // Singular and plural spelt out: tr()'s %n needs a translation file to say "1 error".
    const auto count = [](int n, const QString &one, const QString &many) { return (n == 1 ? one : many).arg(n); };
    return tr("%1, %2, %3 · %4 profile")
        .arg(count(analysis.count(Diagnostic::Severity::Error), tr("%1 error"), tr("%1 errors")),
             count(analysis.count(Diagnostic::Severity::Warning), tr("%1 warning"), tr("%1 warnings")),
             count(analysis.count(Diagnostic::Severity::Info), tr("%1 note"), tr("%1 notes")), analysis.profile.name());
}

void DiagnosticsDock::showContextMenu(const QPoint &pos)
{
    const Diagnostic *d = diagnosticAtRow(m_view->indexAt(pos).row());
    if (!d || !m_fixes.contains(d->ruleId)) {
        return;
    }
    const QString ruleId = d->ruleId;
    QMenu menu;
    QAction *fix = menu.addAction(m_fixes.value(ruleId));
    if (menu.exec(m_view->viewport()->mapToGlobal(pos)) == fix) {
        Q_EMIT fixRequested(ruleId);
    }
}

} // namespace Specwright::Widgets
