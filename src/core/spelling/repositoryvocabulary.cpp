// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "repositoryvocabulary.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QDirIterator>
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

// How long a vocabulary counts as up to date before load() checks the specs' fingerprint again.
constexpr qint64 RecheckMilliseconds = 3000;

bool isApostrophe(QChar c)
{
    return c == QLatin1Char('\'') || c == QChar(0x2019);
}

bool isWordCharacter(QChar c)
{
    return c.isLetter() || c.isMark();
}

// Builds run here, never on the global pool: a job of the global pool may wait for one.
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
    QFuture<RepositoryVocabulary::Ptr> latest;
    RepositoryVocabulary::Ptr finished;
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

QString cacheKey(const QString &repository)
{
    return QDir::cleanPath(QFileInfo(repository).absoluteFilePath());
}

} // namespace

QString RepositoryVocabulary::key(QStringView word)
{
    QString k = word.toString().toLower();
    k.replace(QChar(0x2019), QLatin1Char('\''));
    if (k.size() > 2 && k.endsWith(QLatin1String("'s"))) {
        k.chop(2);
    }
    return k;
}

QStringList RepositoryVocabulary::words(QStringView text)
{
    QStringList found;
    qsizetype i = 0;
    const qsizetype size = text.size();
    while (i < size) {
        while (i < size && !isWordCharacter(text.at(i))) {
            ++i;
        }
        const qsizetype start = i;
        // Letters, with apostrophes between them ("don't").
        while (i < size && (isWordCharacter(text.at(i)) ||
                            (isApostrophe(text.at(i)) && i + 1 < size && isWordCharacter(text.at(i + 1))))) {
            ++i;
        }
        if (i - start >= 2) {
            found.append(key(text.mid(start, i - start)));
        }
    }
    return found;
}

void RepositoryVocabulary::addFile(const QString &path, QStringView text)
{
    const int index = int(m_fileIndex.size());
    m_fileIndex.insert(path, index);
    const QStringList all = words(text);
    const QSet<QString> seen(all.cbegin(), all.cend());
    for (const QString &word : std::as_const(seen)) {
        Entry &entry = m_words[word];
        if (entry.count < 3) {
            entry.files[entry.count] = index;
        }
        ++entry.count;
    }
}

RepositoryVocabulary::Ptr RepositoryVocabulary::build(const QString &repository, const std::atomic_bool *cancel)
{
    auto vocabulary = std::make_shared<RepositoryVocabulary>();
    const QStringList files = specFiles(repository);
    vocabulary->m_fingerprint = fingerprint(files);
    qint64 bytes = 0;
    for (const QString &path : files) {
        if ((cancel && cancel->load()) || bytes > MaxBytes) {
            break;
        }
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            continue;
        }
        const QByteArray data = file.read(MaxBytes - bytes + 1);
        bytes += data.size();
        vocabulary->addFile(path, QString::fromUtf8(data));
    }
    return vocabulary;
}

RepositoryVocabulary::Ptr RepositoryVocabulary::fromTexts(const QList<QPair<QString, QString>> &files)
{
    auto vocabulary = std::make_shared<RepositoryVocabulary>();
    for (const auto &[path, text] : files) {
        vocabulary->addFile(path, text);
    }
    return vocabulary;
}

QStringList RepositoryVocabulary::specFiles(const QString &repository)
{
    QStringList files;
    const QString specs = QDir(repository).filePath(QStringLiteral("specs"));
    QDirIterator it(specs, {QStringLiteral("*.rst")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext() && files.size() < MaxFiles) {
        const QString path = it.next();
        if (!path.mid(specs.size()).contains(QLatin1String("/."))) {
            files.append(path);
        }
    }
    files.sort();
    return files;
}

QByteArray RepositoryVocabulary::fingerprint(const QStringList &files)
{
    QCryptographicHash hash(QCryptographicHash::Sha1);
    for (const QString &path : files) {
        const QFileInfo info(path);
        hash.addData(path.toUtf8());
        const qint64 numbers[2] = {info.size(), info.lastModified().toMSecsSinceEpoch()};
        hash.addData(QByteArrayView(reinterpret_cast<const char *>(numbers), sizeof numbers));
    }
    return hash.result();
}

QFuture<RepositoryVocabulary::Ptr> RepositoryVocabulary::load(const QString &repository)
{
    const QString root = cacheKey(repository);
    const QMutexLocker lock(&cacheMutex());
    CacheEntry &entry = cache()[root];
    if (entry.latest.isValid() && entry.latest.isFinished()) {
        entry.finished = entry.latest.result();
    }
    if (entry.latest.isValid() && (!entry.latest.isFinished() || entry.checked.elapsed() < RecheckMilliseconds)) {
        return entry.latest;
    }
    // Up to date as far as anyone knows: a new job checks the fingerprint and keeps the built
    // vocabulary when it has not changed.
    const Ptr previous = entry.finished;
    entry.checked.start();
    entry.latest = QtConcurrent::run(&buildPool(), [root, previous]() -> Ptr {
        if (previous && previous->fingerprint() == fingerprint(specFiles(root))) {
            return previous;
        }
        return build(root);
    });
    return entry.latest;
}

RepositoryVocabulary::Ptr RepositoryVocabulary::cached(const QString &repository)
{
    const QMutexLocker lock(&cacheMutex());
    const auto found = cache().constFind(cacheKey(repository));
    if (found == cache().constEnd()) {
        return nullptr;
    }
    if (found->latest.isValid() && found->latest.isFinished()) {
        return found->latest.result();
    }
    return found->finished;
}

void RepositoryVocabulary::invalidate(const QString &repository)
{
    const QMutexLocker lock(&cacheMutex());
    cache().remove(cacheKey(repository));
}

int RepositoryVocabulary::filesUsing(const QString &word, const QString &excludedPath) const
{
    const auto found = m_words.constFind(key(word));
    if (found == m_words.constEnd()) {
        return 0;
    }
    const Entry &entry = *found;
    if (excludedPath.isEmpty()) {
        return entry.count;
    }
    const int excluded = m_fileIndex.value(excludedPath, m_fileIndex.value(cacheKey(excludedPath), -1));
    if (excluded < 0) {
        return entry.count;
    }
    const bool among = std::find(std::begin(entry.files), std::end(entry.files), excluded) != std::end(entry.files);
    // Beyond the first three files the list does not say: count the excluded file as one of them.
    return entry.count - (among || entry.count > 3 ? 1 : 0);
}

} // namespace Specwright::Core
