// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

#include <atomic>
#include <memory>

namespace Specwright::Core {

/**
 * The specs of a repository, as its folders arrange them: each spec's release
 * (`2026.2`, `kilo`) and state (approved, implemented, backlog, abandoned, …),
 * its title, and how many errors and warnings a check finds in it — the
 * repository browser's contents.
 *
 * build() checks only the specs that changed since a previous catalog (by
 * size and modification time) and reuses the rest; templates and index files
 * are not specs and are left out.
 *
 * \note Built values are immutable and shared; build() is reentrant.
 */
class SpecCatalog final
{
public:
    using Ptr = std::shared_ptr<const SpecCatalog>;

    struct Entry
    {
        QString path;         ///< absolute
        QString relativePath; ///< below the repository's specs/ folder
        QString release;      ///< empty when the folders name none
        QString state;        ///< empty when the folders name none
        QString title;        ///< the spec's title, or its file name
        qint64 size = -1;
        qint64 modified = 0;
        int errors = 0;
        int warnings = 0;
    };

    /** Specs read at most: the rest of a bigger repository is left out. */
    static constexpr int MaxSpecs = 20000;

    /**
     * Lists and checks the specs of the repository at \a root (the folder holding specs/), on the
     * calling thread, checking again only what changed since \a previous (returned itself when
     * nothing did). Stops early, with what it has, when \a cancel is set.
     */
    static Ptr build(const QString &root, const Ptr &previous = nullptr, const std::atomic_bool *cancel = nullptr);
    /** The release and state \a relativePath (below specs/) is filed under; the other fields empty. */
    static Entry classify(const QString &relativePath);

    QString root() const { return m_root; }
    /** Sorted by path. */
    const QList<Entry> &entries() const { return m_entries; }
    /** Specs checked by the build that made this catalog; the others were reused. */
    int checkedCount() const { return m_checked; }
    qint64 buildMilliseconds() const { return m_milliseconds; }

private:
    QString m_root;
    QList<Entry> m_entries;
    int m_checked = 0;
    qint64 m_milliseconds = 0;
};

} // namespace Specwright::Core
