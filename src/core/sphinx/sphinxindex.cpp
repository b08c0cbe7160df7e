// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sphinxindex.h"

#include "sphinxpattern.h"

#include <core/rst/rstparser.h>

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QMutex>
#include <QMutexLocker>
#include <QSet>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace Specwright::Core {

namespace {

// How long an index counts as up to date before load() looks at the tree again.
constexpr qint64 RecheckMilliseconds = 3000;
// A bigger file is not a document anyone builds; it is read up to this size.
constexpr qint64 MaxFileBytes = 16 * 1024 * 1024;
const QString Suffix = QStringLiteral(".rst");

// Builds run here, never on the global pool, which the analyses that wait for them use.
QThreadPool &buildPool()
{
    static QThreadPool *pool = [] {
        auto *p = new QThreadPool;
        p->setMaxThreadCount(1);
        return p;
    }();
    return *pool;
}

struct CacheEntry
{
    QFuture<SphinxIndex::Ptr> latest;
    SphinxIndex::Ptr finished;
    QElapsedTimer checked;
};

QMutex &cacheMutex()
{
    static QMutex mutex;
    return mutex;
}

QHash<QString, CacheEntry> &cache()
{
    static QHash<QString, CacheEntry> entries;
    return entries;
}

QString cleanAbsolute(const QString &path)
{
    return QDir::cleanPath(QFileInfo(path).absoluteFilePath());
}

QString joined(const QString &folder, const QString &name)
{
    return folder.isEmpty() ? name : folder + QLatin1Char('/') + name;
}

// Finds the documents as Sphinx does (os.walk with followlinks=True): folders and files that an
// exclude pattern matches are left out; a folder reached twice (a link loop) is walked once.
struct Walker
{
    const SphinxConfig &config;
    const std::atomic_bool *cancel;
    QSet<QString> visited;
    QHash<QString, QString> folders;
    QList<QPair<QString, QFileInfo>> files; ///< path below the source folder, file

    void walk(const QString &absolute, const QString &relative)
    {
        const QString canonical = QFileInfo(absolute).canonicalFilePath();
        if (canonical.isEmpty() || visited.contains(canonical) || (cancel && cancel->load())) {
            return;
        }
        visited.insert(canonical);
        folders.insert(canonical, relative);
        const QFileInfoList entries =
            QDir(absolute).entryInfoList(QDir::AllDirs | QDir::Files | QDir::NoDotAndDotDot | QDir::Hidden, QDir::Name);
        for (const QFileInfo &entry : entries) {
            if (files.size() >= SphinxIndex::MaxDocuments) {
                return;
            }
            const QString path = joined(relative, entry.fileName());
            if (config.isExcluded(path)) {
                continue;
            }
            if (entry.isDir()) {
                walk(entry.filePath(), path);
            } else if (entry.isFile() && entry.fileName().endsWith(Suffix)) {
                files.append({path, entry});
            }
        }
    }
};

SphinxDocument readDocument(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    const RstDocument::Ptr parsed = RstParser::parse(QString::fromUtf8(file.read(MaxFileBytes)), path);
    return SphinxDocument::fromDocument(*parsed);
}

} // namespace

SphinxIndex::Ptr SphinxIndex::build(const SphinxConfig &config, const Ptr &previous, const std::atomic_bool *cancel)
{
    QElapsedTimer timer;
    timer.start();
    Walker walker{config, cancel, {}, {}, {}};
    walker.walk(config.sourceDir(), QString());

    auto index = std::make_shared<SphinxIndex>();
    index->m_config = config;
    index->m_folders = std::move(walker.folders);
    const bool sameConfig = previous && previous->m_config.sourceDir() == config.sourceDir() &&
                            previous->m_config.rootDoc() == config.rootDoc() &&
                            previous->m_config.excludePatterns() == config.excludePatterns();
    bool changed = !sameConfig || previous->m_documents.size() != walker.files.size();
    for (const auto &[relative, info] : std::as_const(walker.files)) {
        if (cancel && cancel->load()) {
            break;
        }
        Document document;
        document.name = relative.chopped(Suffix.size());
        document.path = info.filePath();
        document.size = info.size();
        document.modified = info.lastModified().toMSecsSinceEpoch();
        const Document *known = previous ? previous->document(document.name) : nullptr;
        if (known && known->path == document.path && known->size == document.size &&
            known->modified == document.modified) {
            document.facts = known->facts;
        } else {
            document.facts = readDocument(document.path);
            ++index->m_parsed;
            changed = true;
        }
        index->m_documents.insert(document.name, std::move(document));
    }
    if (!changed && !(cancel && cancel->load())) {
        return previous;
    }
    index->link();
    index->m_milliseconds = timer.elapsed();
    return index;
}

void SphinxIndex::link()
{
    const QStringList names = documentNames();
    for (const QString &name : names) {
        const Document &document = m_documents[name];
        for (const SphinxDocument::Label &label : document.facts.labels()) {
            m_labels[label.name].append({name, label.range, label.titled});
        }
        for (const SphinxDocument::TocEntry &entry : document.facts.tocEntries()) {
            for (const QString &reached : resolveTocEntry(name, entry)) {
                QStringList &from = m_referrers[reached];
                if (!from.contains(name)) {
                    from.append(name);
                }
            }
        }
    }
}

QStringList SphinxIndex::reachers(const QString &name) const
{
    if (m_documents.contains(name)) {
        return referrers(name);
    }
    QStringList found;
    for (auto it = m_documents.cbegin(); it != m_documents.cend(); ++it) {
        for (const SphinxDocument::TocEntry &entry : it->facts.tocEntries()) {
            QString target = joinDocumentName(it.key(), entry.target);
            if (!entry.pattern && target.endsWith(Suffix)) {
                target.chop(Suffix.size());
            }
            if (it.key() != name && (entry.pattern ? SphinxPattern(target).matches(name) : target == name)) {
                found.append(it.key());
                break;
            }
        }
    }
    found.sort();
    return found;
}

QStringList SphinxIndex::documentNames() const
{
    QStringList names = m_documents.keys();
    names.sort();
    return names;
}

const SphinxIndex::Document *SphinxIndex::document(const QString &name) const
{
    const auto found = m_documents.constFind(name);
    return found == m_documents.constEnd() ? nullptr : &*found;
}

QString SphinxIndex::documentNameFor(const QString &path) const
{
    const QFileInfo info(path);
    const QString folder = QFileInfo(info.absolutePath()).canonicalFilePath();
    const auto found = m_folders.constFind(folder);
    if (found == m_folders.constEnd() || !info.fileName().endsWith(Suffix)) {
        return {};
    }
    const QString relative = joined(*found, info.fileName());
    if (m_config.isExcluded(relative)) {
        return {};
    }
    return relative.chopped(Suffix.size());
}

QString SphinxIndex::folderNameFor(const QString &folderPath) const
{
    const auto found = m_folders.constFind(QFileInfo(folderPath).canonicalFilePath());
    return found == m_folders.constEnd() ? QString() : *found;
}

QString SphinxIndex::sourcePath(const QString &relative) const
{
    return QDir::cleanPath(m_config.sourceDir() + QLatin1Char('/') + relative);
}

QString SphinxIndex::joinDocumentName(const QString &from, const QString &target)
{
    if (target.startsWith(QLatin1Char('/'))) {
        return QDir::cleanPath(target.mid(1));
    }
    const qsizetype slash = from.lastIndexOf(QLatin1Char('/'));
    return QDir::cleanPath(slash < 0 ? target : from.left(slash + 1) + target);
}

QStringList SphinxIndex::resolveTocEntry(const QString &from, const SphinxDocument::TocEntry &entry) const
{
    QString name = joinDocumentName(from, entry.target);
    if (!entry.pattern) {
        if (name.endsWith(Suffix)) {
            name.chop(Suffix.size());
        }
        return m_documents.contains(name) ? QStringList{name} : QStringList{};
    }
    const SphinxPattern pattern(name);
    QStringList matches;
    for (auto it = m_documents.cbegin(); it != m_documents.cend(); ++it) {
        if (it.key() != from && pattern.matches(it.key())) {
            matches.append(it.key());
        }
    }
    matches.sort();
    return matches;
}

QFuture<SphinxIndex::Ptr> SphinxIndex::load(const QString &sourceDir)
{
    const QString key = cleanAbsolute(sourceDir);
    const QMutexLocker lock(&cacheMutex());
    CacheEntry &entry = cache()[key];
    if (entry.latest.isValid() && entry.latest.isFinished()) {
        entry.finished = entry.latest.result();
    }
    if (entry.latest.isValid() && (!entry.latest.isFinished() || entry.checked.elapsed() < RecheckMilliseconds)) {
        return entry.latest;
    }
    const Ptr previous = entry.finished;
    entry.checked.start();
    entry.latest = QtConcurrent::run(&buildPool(), [key, previous]() -> Ptr {
        const SphinxConfig config = SphinxConfig::read(key);
        return config.isValid() ? build(config, previous) : nullptr;
    });
    return entry.latest;
}

SphinxIndex::Ptr SphinxIndex::cached(const QString &sourceDir)
{
    const QMutexLocker lock(&cacheMutex());
    const auto found = cache().constFind(cleanAbsolute(sourceDir));
    if (found == cache().constEnd()) {
        return nullptr;
    }
    if (found->latest.isValid() && found->latest.isFinished()) {
        return found->latest.result();
    }
    return found->finished;
}

} // namespace Specwright::Core
