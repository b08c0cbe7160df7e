// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "filesnapshot.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>

namespace Specwright::Core {

FileSnapshot FileSnapshot::take(const QString &path)
{
    FileSnapshot snapshot;
    snapshot.m_path = path;
    const QFileInfo info(path);
    snapshot.m_exists = info.exists();
    if (!snapshot.m_exists) {
        snapshot.m_file = TextFile::read(path); // says it does not exist
        return snapshot;
    }
    snapshot.m_size = info.size();
    snapshot.m_modified = info.lastModified();
    QFile file(path);
    if (info.isFile() && info.size() <= TextFile::MaximumSize && file.open(QIODevice::ReadOnly)) {
        const QByteArray data = file.readAll();
        if (file.error() == QFileDevice::NoError) {
            snapshot.m_hash = QCryptographicHash::hash(data, QCryptographicHash::Sha256);
            snapshot.m_file = TextFile::decode(data, path);
            return snapshot;
        }
    }
    // Not readable as a file: TextFile words the reason. Without a hash the snapshot matches no later
    // one that could read the bytes.
    snapshot.m_file = TextFile::read(path);
    return snapshot;
}

bool FileSnapshot::sameAs(const FileSnapshot &other) const
{
    return m_exists == other.m_exists && m_size == other.m_size && m_modified == other.m_modified &&
           m_hash == other.m_hash;
}

bool FileSnapshot::isCurrent() const
{
    const QFileInfo info(m_path);
    if (info.exists() != m_exists || (m_exists && (info.size() != m_size || info.lastModified() != m_modified))) {
        return false;
    }
    return sameAs(take(m_path));
}

} // namespace Specwright::Core
