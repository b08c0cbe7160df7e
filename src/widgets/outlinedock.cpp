// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "outlinedock.h"

#include <QMenu>
#include <QTreeWidget>

namespace Specwright::Widgets {

OutlineDock::OutlineDock(QWidget *parent)
    : QDockWidget(tr("Outline"), parent)
    , m_tree(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("outlineDock"));
    m_tree->setObjectName(QStringLiteral("outline"));
    m_tree->setHeaderHidden(true);
    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);
    setWidget(m_tree);
    connect(m_tree, &QTreeWidget::itemClicked, this, [this](QTreeWidgetItem *item) {
        const QVariant line = item->data(0, Qt::UserRole);
        if (line.isValid()) {
            Q_EMIT sectionActivated(line.toInt());
        }
    });
    connect(m_tree, &QWidget::customContextMenuRequested, this, &OutlineDock::showContextMenu);
}

void OutlineDock::setOutline(const Core::SpecOutline &outline)
{
    if (m_shownAny && outline == m_shown) {
        return; // rebuilding the same tree would only repaint it and unfold what the reader folded
    }
    m_shown = outline;
    m_shownAny = true;
    m_tree->clear();
    const QColor greyed = palette().color(QPalette::Disabled, QPalette::Text);
    QList<QTreeWidgetItem *> parents; // the last item at each depth
    for (const Core::SpecOutline::Entry &entry : outline.entries) {
        parents.resize(qMin<qsizetype>(entry.depth, parents.size()));
        auto *item = parents.isEmpty() ? new QTreeWidgetItem(m_tree) : new QTreeWidgetItem(parents.last());
        item->setText(0, entry.title);
        item->setData(0, Qt::UserRole, entry.line);
        if (entry.missing) {
            item->setForeground(0, greyed);
            item->setToolTip(0, tr("Missing from the spec; right-click to insert it."));
            item->setData(0, MissingRole, entry.title);
        }
        parents.append(item);
    }
    if (outline.sections > Core::SpecOutline::SectionLimit) {
        // Hundreds of thousands of rows would hold the window for seconds and help nobody.
        auto *more = new QTreeWidgetItem(m_tree);
        more->setText(0, tr("… %1 more sections (the outline lists the first %2)")
                             .arg(outline.sections - Core::SpecOutline::SectionLimit)
                             .arg(Core::SpecOutline::SectionLimit));
        more->setForeground(0, greyed);
        more->setFlags(Qt::ItemIsEnabled);
    }
    m_tree->expandAll();
}

void OutlineDock::showContextMenu(const QPoint &pos)
{
    const QTreeWidgetItem *item = m_tree->itemAt(pos);
    const QString missing = item ? item->data(0, MissingRole).toString() : QString();
    if (missing.isEmpty()) {
        return;
    }
    QMenu menu;
    QAction *insert = menu.addAction(tr("Insert Section \u201c%1\u201d").arg(missing));
    if (menu.exec(m_tree->viewport()->mapToGlobal(pos)) == insert) {
        Q_EMIT insertRequested(missing);
    }
}

} // namespace Specwright::Widgets
