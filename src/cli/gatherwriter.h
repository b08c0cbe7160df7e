// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

#include <sys/uio.h>
#include <vector>

/**
 * Byte strings bound for one file descriptor, written with writev: many in one system call, none
 * copied into one buffer first. `check` sends its report this way: a pipe takes separate writes
 * 4 KB at a time, and one buffer would copy the whole report once more.
 */
class GatherWriter
{
public:
    explicit GatherWriter(int fd)
        : m_fd(fd)
    {
    }

    /** Queues \a bytes, which must stay alive and unchanged until write(). */
    void append(const QByteArray &bytes);
    /** Writes what is queued, in order; false when the descriptor failed (a closed pipe, a full disk). */
    bool write();

private:
    int m_fd;
    std::vector<iovec> m_pieces;
};
