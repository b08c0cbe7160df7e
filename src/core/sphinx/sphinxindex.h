// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sphinxconfig.h"
#include "sphinxdocument.h"

#include <QFuture>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>
#include <memory>

namespace Specwright::Core {

/**
 * The documents of a repository's Sphinx build and what they say to each
 * other: every document Sphinx would read (found as Sphinx finds them,
 * through symbolic links, minus conf.py's exclusions), the labels each
 * defines, and which toctrees reach which documents, with `:glob:` patterns
 * resolved as Sphinx resolves them.
 *
 * build() reuses the facts of the files a previous index read, when their
 * size and modification time are unchanged: a rebuild after one save parses
 * one file. load() keeps one index per source folder for the process and
 * builds it in the background, checking the tree again at most every few
 * seconds.
 *
 * \note Built values are immutable and shared; thread-safe.
 */
class SphinxIndex final
{
public:
    using Ptr = std::shared_ptr<const SphinxIndex>;

    struct Document
    {
        QString name; ///< Sphinx's docname: the path below the source folder, without ".rst"
        QString path; ///< as Sphinx reads it (below the source folder, links not resolved)
        qint64 size = -1;
        qint64 modified = 0;
        SphinxDocument facts;
    };
    struct Site
    {
        QString document;
        SourceRange range;
        bool titled = false; ///< SphinxDocument::Label::titled
    };

    /** Documents read at most: the rest of a bigger tree is left out. */
    static constexpr int MaxDocuments = 20000;

    /**
     * Finds and reads the documents of \a config now, on the calling thread, reading again only
     * the files that changed since \a previous. Returns \a previous itself when nothing changed.
     * Stops early, with what it has, when \a cancel is set.
     */
    static Ptr build(const SphinxConfig &config, const Ptr &previous = nullptr,
                     const std::atomic_bool *cancel = nullptr);
    /**
     * The index of the Sphinx source folder \a sourceDir (the one holding conf.py), cached per
     * folder: the latest build, started when there is none yet or (at most every few seconds) to
     * pick up changes. A future that has finished when the cached index is up to date.
     */
    static QFuture<Ptr> load(const QString &sourceDir);
    /** The last index load() finished for \a sourceDir, or null. */
    static Ptr cached(const QString &sourceDir);

    const SphinxConfig &config() const { return m_config; }
    /** Every document's name, sorted. */
    QStringList documentNames() const;
    int documentCount() const { return int(m_documents.size()); }
    bool contains(const QString &name) const { return m_documents.contains(name); }
    const Document *document(const QString &name) const;
    /**
     * The name of the document Sphinx reads from the file at \a path (which may be reached
     * through a symbolic link), or empty: the file is outside the source tree, or excluded.
     */
    QString documentNameFor(const QString &path) const;
    /**
     * The path below the source folder of the folder \a folderPath (reached through symbolic
     * links, as Sphinx reaches it; "" for the source folder itself), or a null string: Sphinx
     * does not read it.
     */
    QString folderNameFor(const QString &folderPath) const;
    /** The absolute path of \a relative, a path below the source folder ("/" between segments). */
    QString sourcePath(const QString &relative) const;

    /** Where \a label (normalised) is defined, in document order. */
    QList<Site> labelSites(const QString &label) const { return m_labels.value(label); }
    /** The documents whose toctrees reach \a name. */
    QStringList referrers(const QString &name) const { return m_referrers.value(name); }
    /**
     * The documents whose toctrees would reach \a name, also when no such file was there when the
     * index was built (a spec being exported, or saved for the first time): a pattern that matches
     * the name, or an entry that names it.
     */
    QStringList reachers(const QString &name) const;
    /**
     * The documents a toctree entry \a entry of document \a from names: a pattern's matches
     * (\a from itself left out, as Sphinx does), or the one document an entry names when it
     * exists.
     */
    QStringList resolveTocEntry(const QString &from, const SphinxDocument::TocEntry &entry) const;
    /** \a target, written in document \a from, as a document name (Sphinx's docname_join). */
    static QString joinDocumentName(const QString &from, const QString &target);

    /** Files read (parsed) by the build that made this index; the others were reused. */
    int parsedCount() const { return m_parsed; }
    /** How long the build took, in milliseconds. */
    qint64 buildMilliseconds() const { return m_milliseconds; }

private:
    void link();

    SphinxConfig m_config;
    QHash<QString, Document> m_documents;
    QHash<QString, QString> m_folders; ///< canonical folder -> its path below the source folder
    QHash<QString, QList<Site>> m_labels;
    QHash<QString, QStringList> m_referrers;
    int m_parsed = 0;
    qint64 m_milliseconds = 0;
};

} // namespace Specwright::Core
