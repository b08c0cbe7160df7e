// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/analysis/specoutline.h>

#include <QDockWidget>

class QTreeWidget;

namespace Specwright::Widgets {

/**
 * The Outline dock: the spec's sections as a tree, with the template's
 * missing sections and subsections greyed in place. Clicking a section asks
 * to go there; a missing one offers "Insert Section" on its context menu.
 */
class OutlineDock final : public QDockWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OutlineDock)

public:
    /// Qt::UserRole + 1 of a missing entry's item: its title (empty for the spec's own sections).
    static constexpr int MissingRole = Qt::UserRole + 1;

    explicit OutlineDock(QWidget *parent = nullptr);

    /** Shows \a outline; the same outline again leaves the tree (and what the reader folded) alone. */
    void setOutline(const Core::SpecOutline &outline);
    QTreeWidget *tree() const { return m_tree; }

Q_SIGNALS:
    /** A section (or the place of a missing one) was clicked: its 0-based line. */
    void sectionActivated(int line);
    /** "Insert Section" was chosen for the missing section or subsection \a title. */
    void insertRequested(const QString &title);

private:
    void showContextMenu(const QPoint &pos);

    QTreeWidget *m_tree = nullptr;
    Core::SpecOutline m_shown;
    bool m_shownAny = false;
};

} // namespace Specwright::Widgets
