// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "recoveryjournal.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>
#include <QUuid>

#include <algorithm>

namespace Specwright::Core {

namespace {

// A journal is a header line, a JSON line with what it belongs to, then the text as UTF-8.
constexpr char Magic[] = "specwright-journal 1\n";

QString lockPathFor(const QString &journalPath)
{
    return journalPath.chopped(int(qstrlen(".journal"))) + QStringLiteral(".lock");
}

} // namespace

RecoveryJournal::RecoveryJournal(const QString &directory)
{
    QDir().mkpath(directory);
    const QString name = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_journalPath = QDir(directory).filePath(name + QStringLiteral(".journal"));
    m_lock = std::make_unique<QLockFile>(lockPathFor(m_journalPath));
    m_lock->setStaleLockTime(0); // held for the whole session: only a dead owner makes it stale
    m_lock->tryLock(0);
}

RecoveryJournal::~RecoveryJournal() = default; // the lock goes; the journal stays unless discarded

QString RecoveryJournal::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/recovery");
}

QString RecoveryJournal::write(const QString &documentPath, const QString &text)
{
    QSaveFile file(m_journalPath);
    if (!file.open(QIODevice::WriteOnly)) {
        return QStringLiteral("%1 cannot be written: %2.").arg(m_journalPath, file.errorString());
    }
    const QJsonObject header{{QStringLiteral("path"), documentPath},
                             {QStringLiteral("saved"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)}};
    QByteArray data = Magic;
    data += QJsonDocument(header).toJson(QJsonDocument::Compact);
    data += '\n';
    data += text.toUtf8();
    if (file.write(data) != data.size() || !file.commit()) {
        return QStringLiteral("%1 cannot be written: %2.").arg(m_journalPath, file.errorString());
    }
    m_written = true;
    return {};
}

void RecoveryJournal::discard()
{
    QFile::remove(m_journalPath);
    m_written = false;
}

QList<RecoveryJournal::Orphan> RecoveryJournal::orphans(const QString &directory)
{
    QList<Orphan> found;
    const QDir dir(directory);
    for (const QString &name : dir.entryList({QStringLiteral("*.journal")}, QDir::Files)) {
        const QString path = dir.filePath(name);
        QLockFile lock(lockPathFor(path));
        lock.setStaleLockTime(0);
        if (!lock.tryLock(0)) {
            continue; // its editor is still running (another instance)
        }
        lock.unlock();
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            continue;
        }
        const QByteArray data = file.readAll();
        const qsizetype magicSize = qsizetype(qstrlen(Magic));
        const qsizetype headerEnd = data.indexOf('\n', magicSize);
        if (!data.startsWith(Magic) || headerEnd < 0) {
            continue; // not ours, or cut short: leave it alone rather than lose anything
        }
        const QJsonObject header = QJsonDocument::fromJson(data.mid(magicSize, headerEnd - magicSize)).object();
        found.append({path, header.value(QStringLiteral("path")).toString(),
                      QDateTime::fromString(header.value(QStringLiteral("saved")).toString(), Qt::ISODateWithMs),
                      QString::fromUtf8(data.mid(headerEnd + 1))});
    }
    std::sort(found.begin(), found.end(), [](const Orphan &a, const Orphan &b) { return a.savedAt < b.savedAt; });
    return found;
}

bool RecoveryJournal::remove(const Orphan &orphan)
{
    QFile::remove(lockPathFor(orphan.journalPath));
    return QFile::remove(orphan.journalPath);
}

} // namespace Specwright::Core
