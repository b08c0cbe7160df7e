// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/validate/speccatalog.h>

#include <QDockWidget>
#include <QFutureWatcher>
#include <QTimer>

class QLabel;
class QLineEdit;
class QTreeWidget;
class QTreeWidgetItem;

namespace Specwright::Widgets {

/**
 * The Repository dock: the repository's specs by release and state, with a
 * filter box and each spec's error and warning counts from a background check
 * (refreshed while shown); activating a spec asks to open it.
 */
class RepositoryBrowserDock final : public QDockWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RepositoryBrowserDock)

public:
    /// Qt::UserRole of a spec's item: its absolute path.
    static constexpr int PathRole = Qt::UserRole;

    explicit RepositoryBrowserDock(QWidget *parent = nullptr);
    ~RepositoryBrowserDock() override;

    /** Lists the specs of the repository at \a root (the folder holding specs/); empty: none. */
    void setRepository(const QString &root);
    QString repository() const { return m_root; }
    QTreeWidget *tree() const { return m_tree; }
    QLineEdit *filter() const { return m_filter; }
    /** The catalog shown, or null while the first check runs. */
    Core::SpecCatalog::Ptr catalog() const { return m_catalog; }

Q_SIGNALS:
    void openRequested(const QString &path);
    /** A new catalog is shown. */
    void catalogShown();

private:
    void refresh();
    void showCatalog(const Core::SpecCatalog::Ptr &catalog);
    void applyFilter();

    QString m_root;
    QLineEdit *m_filter = nullptr;
    QTreeWidget *m_tree = nullptr;
    QLabel *m_status = nullptr;
    Core::SpecCatalog::Ptr m_catalog;
    QFutureWatcher<Core::SpecCatalog::Ptr> m_building;
    std::shared_ptr<std::atomic_bool> m_cancel;
    QTimer m_poll;
};

} // namespace Specwright::Widgets
