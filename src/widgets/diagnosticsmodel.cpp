// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "diagnosticsmodel.h"

#include <algorithm>
#include <numeric>

namespace Specwright::Widgets {

using Core::Diagnostic;

DiagnosticsModel::DiagnosticsModel(SeverityColor color, QObject *parent)
    : QAbstractTableModel(parent)
    , m_color(std::move(color))
{
}

void DiagnosticsModel::setDiagnostics(const QList<Diagnostic> &diagnostics)
{
    if (diagnostics == m_all) {
        return;
    }
    beginResetModel();
    m_all = diagnostics;
    m_listed.resize(m_all.size());
    std::iota(m_listed.begin(), m_listed.end(), 0);
    if (m_listed.size() > Limit) {
        std::stable_sort(m_listed.begin(), m_listed.end(),
                         [this](int a, int b) { return m_all.at(a).range.startLine < m_all.at(b).range.startLine; });
        m_listed.resize(Limit);
    }
    endResetModel();
}

int DiagnosticsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_listed.size());
}

int DiagnosticsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DiagnosticsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_listed.size()) {
        return {};
    }
    const Diagnostic &d = diagnosticAt(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case SeverityColumn:
            return Diagnostic::severityName(d.severity);
        case LineColumn:
            return d.range.startLine + 1; // a number, so that the column sorts by it
        case RuleColumn:
            return d.ruleId;
        case MessageColumn:
            return d.message;
        default:
            return {};
        }
    case Qt::ForegroundRole:
        if (index.column() == SeverityColumn && m_color) {
            return m_color(d.severity);
        }
        return {};
    case Qt::ToolTipRole:
        return index.column() == MessageColumn && !d.fixHint.isEmpty() ? QVariant(d.fixHint) : QVariant();
    case IndexRole:
        return m_listed.at(index.row());
    default:
        return {};
    }
}

QVariant DiagnosticsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case SeverityColumn:
        return tr("Severity");
    case LineColumn:
        return tr("Line");
    case RuleColumn:
        return tr("Rule");
    case MessageColumn:
        return tr("Message");
    default:
        return {};
    }
}

} // namespace Specwright::Widgets
