// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/validate/diagnostic.h>

#include <QAbstractTableModel>
#include <QColor>

#include <functional>

namespace Specwright::Widgets {

/**
 * The findings of one analysis as a table: severity, line, rule, message
 * (the fix hint as the message's tooltip). Lists at most Limit findings, the
 * first by line: hundreds of thousands of rows (a line of unmatched markup)
 * would hold the window for seconds; totalCount() still counts them all.
 */
class DiagnosticsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DiagnosticsModel)

public:
    enum Column { SeverityColumn, LineColumn, RuleColumn, MessageColumn, ColumnCount };
    /// Qt::UserRole of any cell: the finding's index in the list given to setDiagnostics().
    static constexpr int IndexRole = Qt::UserRole;
    static constexpr int Limit = 10000;

    using SeverityColor = std::function<QColor(Core::Diagnostic::Severity)>;

    explicit DiagnosticsModel(SeverityColor color, QObject *parent = nullptr);

    /** Shows \a diagnostics; an unchanged list is left alone (the reader keeps their place). */
    void setDiagnostics(const QList<Core::Diagnostic> &diagnostics);
    const QList<Core::Diagnostic> &diagnostics() const { return m_all; }
    int totalCount() const { return int(m_all.size()); }
    const Core::Diagnostic &diagnosticAt(int row) const { return m_all.at(m_listed.at(row)); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    SeverityColor m_color;
    QList<Core::Diagnostic> m_all;
    QList<int> m_listed; ///< indexes into m_all, at most Limit
};

} // namespace Specwright::Widgets
