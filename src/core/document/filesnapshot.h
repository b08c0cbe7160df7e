// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "textfile.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace Specwright::Core {

/**
 * A file on disk as it was at one moment: its text (or why it is not text), and its size,
 * modification time and a SHA-256 hash of its bytes, all from a single read. Lets the editor act on
 * what the disk holds when the user answers, and tell afterwards whether another program wrote the
 * file since.
 *
 * \note Reentrant: may run on any thread.
 */
class FileSnapshot final
{
public:
    /// Reads \a path once. A missing or unreadable file gives a snapshot whose file() says why.
    static FileSnapshot take(const QString &path);

    QString path() const { return m_path; }
    bool exists() const { return m_exists; }
    /// The text decoded from the very bytes that were hashed; check file().isValid().
    const TextFile &file() const { return m_file; }

    /// Whether both snapshots saw the same file contents (size, modification time, hash).
    bool sameAs(const FileSnapshot &other) const;
    /// Whether the file still holds what this snapshot saw; reads it again only when size and time agree.
    bool isCurrent() const;

private:
    QString m_path;
    bool m_exists = false;
    qint64 m_size = -1;
    QDateTime m_modified;
    QByteArray m_hash; ///< empty when the bytes could not be read
    TextFile m_file;
};

} // namespace Specwright::Core
