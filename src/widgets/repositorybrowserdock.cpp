// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "repositorybrowserdock.h"

#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QThreadPool>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace Specwright::Widgets {

namespace {

// How often the shown repository is looked at again: only changed specs are checked again.
constexpr int PollMilliseconds = 5000;

// Newest first: numbered releases (2026.2) by number, then named ones (zed … kilo) backwards,
// then the specs filed under no release.
bool releaseBefore(const QString &a, const QString &b)
{
    static const QRegularExpression numbered(QStringLiteral("^\\d"));
    const bool aNumbered = numbered.match(a).hasMatch();
    const bool bNumbered = numbered.match(b).hasMatch();
    if (a.isEmpty() != b.isEmpty()) {
        return b.isEmpty();
    }
    if (aNumbered != bNumbered) {
        return aNumbered;
    }
    return a > b;
}

// A pool of its own: a catalog job waits for the Sphinx index's build, which runs on that index's
// pool; on one shared single-thread pool the two would wait for each other for ever.
QThreadPool &catalogPool()
{
    static QThreadPool *pool = [] {
        auto *p = new QThreadPool;
        p->setMaxThreadCount(1);
        return p;
    }();
    return *pool;
}

} // namespace

RepositoryBrowserDock::RepositoryBrowserDock(QWidget *parent)
    : QDockWidget(tr("Repository"), parent)
    , m_filter(new QLineEdit(this))
    , m_tree(new QTreeWidget(this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("repositoryDock"));
    m_filter->setObjectName(QStringLiteral("repositoryFilter"));
    m_filter->setPlaceholderText(tr("Filter specs"));
    m_filter->setClearButtonEnabled(true);
    m_tree->setObjectName(QStringLiteral("repositoryTree"));
    m_tree->setHeaderLabels({tr("Spec"), tr("Errors"), tr("Warnings")});
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_tree->setUniformRowHeights(true);
    m_status->setWordWrap(true);
    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addWidget(m_filter);
    layout->addWidget(m_tree);
    layout->addWidget(m_status);
    setWidget(content);

    connect(m_filter, &QLineEdit::textChanged, this, &RepositoryBrowserDock::applyFilter);
    const auto open = [this](QTreeWidgetItem *item) {
        const QString path = item ? item->data(0, PathRole).toString() : QString();
        if (!path.isEmpty()) {
            Q_EMIT openRequested(path);
        }
    };
    connect(m_tree, &QTreeWidget::itemActivated, this, open);
    connect(m_tree, &QTreeWidget::itemClicked, this, open);
    connect(&m_building, &QFutureWatcher<Core::SpecCatalog::Ptr>::finished, this, [this] {
        const Core::SpecCatalog::Ptr built = m_building.future().result();
        if (built && built->root() == QDir::cleanPath(QFileInfo(m_root).absoluteFilePath()) && built != m_catalog) {
            showCatalog(built);
        }
    });
    m_poll.setInterval(PollMilliseconds);
    connect(&m_poll, &QTimer::timeout, this, [this] {
        if (isVisible()) {
            refresh();
        }
    });
}

RepositoryBrowserDock::~RepositoryBrowserDock()
{
    if (m_cancel) {
        *m_cancel = true;
    }
    m_building.waitForFinished();
}

void RepositoryBrowserDock::setRepository(const QString &root)
{
    if (root == m_root) {
        return;
    }
    m_root = root;
    m_catalog.reset();
    m_tree->clear();
    if (m_cancel) {
        *m_cancel = true;
    }
    if (root.isEmpty()) {
        m_poll.stop();
        m_status->setText(tr("Open a spec or a folder of a specs repository."));
        return;
    }
    m_status->setText(tr("Checking the specs of %1…").arg(QDir::toNativeSeparators(root)));
    m_poll.start();
    refresh();
}

void RepositoryBrowserDock::refresh()
{
    if (m_root.isEmpty() || m_building.isRunning()) {
        return;
    }
    m_cancel = std::make_shared<std::atomic_bool>(false);
    m_building.setFuture(QtConcurrent::run(&catalogPool(), [root = m_root, previous = m_catalog, cancel = m_cancel] {
        return Core::SpecCatalog::build(root, previous, cancel.get());
    }));
}

void RepositoryBrowserDock::showCatalog(const Core::SpecCatalog::Ptr &catalog)
{
    // Keep what the reader opened and selected across a refresh.
    QSet<QString> expanded;
    QString selected;
    for (QTreeWidgetItemIterator it(m_tree); *it; ++it) {
        if ((*it)->isExpanded()) {
            expanded.insert((*it)->data(0, Qt::UserRole + 1).toString());
        }
    }
    if (QTreeWidgetItem *current = m_tree->currentItem()) {
        selected = current->data(0, PathRole).toString();
    }
    const bool first = !m_catalog;
    m_catalog = catalog;
    m_tree->clear();
    QMap<QString, QList<const Core::SpecCatalog::Entry *>> byRelease;
    for (const Core::SpecCatalog::Entry &entry : catalog->entries()) {
        byRelease[entry.release].append(&entry);
    }
    QStringList releases = byRelease.keys();
    std::sort(releases.begin(), releases.end(), releaseBefore);
    int errors = 0;
    int failing = 0;
    for (const QString &release : std::as_const(releases)) {
        auto *releaseItem = new QTreeWidgetItem(m_tree, {release.isEmpty() ? tr("(no release)") : release});
        releaseItem->setData(0, Qt::UserRole + 1, release);
        QMap<QString, QTreeWidgetItem *> states;
        int releaseErrors = 0;
        for (const Core::SpecCatalog::Entry *entry : byRelease.value(release)) {
            QTreeWidgetItem *parent = releaseItem;
            if (!entry->state.isEmpty()) {
                QTreeWidgetItem *&stateItem = states[entry->state];
                if (!stateItem) {
                    stateItem = new QTreeWidgetItem(releaseItem, {entry->state});
                    stateItem->setData(0, Qt::UserRole + 1, QString(release + QLatin1Char('/') + entry->state));
                }
                parent = stateItem;
            }
            // Counts of zero stay blank, so that the specs with findings stand out.
            const auto count = [](int n) { return n > 0 ? QString::number(n) : QString(); };
            auto *item = new QTreeWidgetItem(parent, {entry->title, count(entry->errors), count(entry->warnings)});
            item->setData(0, PathRole, entry->path);
            item->setToolTip(0, entry->relativePath);
            if (entry->errors > 0) {
                item->setForeground(1, QColor(0xc0, 0x1c, 0x28));
                ++failing;
            }
            releaseErrors += entry->errors;
            errors += entry->errors;
            if (entry->path == selected) {
                m_tree->setCurrentItem(item);
            }
        }
        releaseItem->setText(1, releaseErrors > 0 ? QString::number(releaseErrors) : QString());
    }
    for (QTreeWidgetItemIterator it(m_tree); *it; ++it) {
        const QString key = (*it)->data(0, Qt::UserRole + 1).toString();
        (*it)->setExpanded(first ? (*it)->parent() == nullptr && *it == m_tree->topLevelItem(0)
                                 : expanded.contains(key));
    }
    m_status->setText(tr("%n spec(s); %1 with errors (%2 errors).", nullptr, int(catalog->entries().size()))
                          .arg(failing)
                          .arg(errors));
    applyFilter();
    Q_EMIT catalogShown();
}

void RepositoryBrowserDock::applyFilter()
{
    const QString text = m_filter->text().trimmed();
    // Bottom-up: a group shows when any spec in it does.
    std::function<bool(QTreeWidgetItem *)> visit = [&](QTreeWidgetItem *item) {
        bool any = false;
        for (int i = 0; i < item->childCount(); ++i) {
            any = visit(item->child(i)) || any;
        }
        const bool spec = !item->data(0, PathRole).toString().isEmpty();
        const bool matches = text.isEmpty() || item->text(0).contains(text, Qt::CaseInsensitive) ||
                             item->toolTip(0).contains(text, Qt::CaseInsensitive);
        const bool shown = spec ? matches : (any || (text.isEmpty() && item->childCount() == 0));
        item->setHidden(!shown);
        if (!text.isEmpty() && !spec && shown) {
            item->setExpanded(true);
        }
        return shown;
    };
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        visit(m_tree->topLevelItem(i));
    }
}

} // namespace Specwright::Widgets
