// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "diagnosticsmodel.h"

#include <core/analysis/specanalysis.h>

#include <QDockWidget>
#include <QHash>

class QSortFilterProxyModel;
class QTreeView;

namespace Specwright::Widgets {

/**
 * The Diagnostics dock: a sortable list of the latest analysis' findings.
 * Clicking a finding asks to show it; findings the window can fix itself
 * (addFix()) offer the fix on their context menu.
 */
class DiagnosticsDock final : public QDockWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DiagnosticsDock)

public:
    explicit DiagnosticsDock(DiagnosticsModel::SeverityColor color, QWidget *parent = nullptr);

    /** Lists \a analysis' findings (an unchanged list keeps the reader's place and selection). */
    void showAnalysis(const Core::SpecAnalysis &analysis);
    /** Offers \a label on the context menu of findings of \a ruleId; choosing it emits fixRequested(). */
    void addFix(const QString &ruleId, const QString &label);

    /** "1 error, 2 warnings, 0 notes · glance profile": the counts in words, for the status bar. */
    static QString summary(const Core::SpecAnalysis &analysis);

    QTreeView *view() const { return m_view; }
    DiagnosticsModel *model() const { return m_model; }
    /** The finding shown in the view's \a row (as sorted), or null. */
    const Core::Diagnostic *diagnosticAtRow(int row) const;

Q_SIGNALS:
    void diagnosticActivated(const Specwright::Core::Diagnostic &diagnostic);
    void fixRequested(const QString &ruleId);

private:
    void showContextMenu(const QPoint &pos);

    DiagnosticsModel *m_model = nullptr;
    QSortFilterProxyModel *m_sorted = nullptr;
    QTreeView *m_view = nullptr;
    QHash<QString, QString> m_fixes; ///< rule id → the fix's menu label
};

} // namespace Specwright::Widgets
