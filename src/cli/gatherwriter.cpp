// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gatherwriter.h"

#include <algorithm>
#include <cerrno>
#include <climits>

void GatherWriter::append(const QByteArray &bytes)
{
    if (!bytes.isEmpty()) {
        m_pieces.push_back({const_cast<char *>(bytes.constData()), size_t(bytes.size())});
    }
}

bool GatherWriter::write()
{
    size_t first = 0;
    bool ok = true;
    while (first < m_pieces.size()) {
        const int count = int(std::min<size_t>(m_pieces.size() - first, IOV_MAX));
        const ssize_t written = ::writev(m_fd, m_pieces.data() + first, count);
        if (written < 0) {
            if (errno == EINTR) {
                continue;
            }
            ok = false;
            break;
        }
        // The descriptor may take part of it (a pipe, a signal): skip what went out, resume mid-piece.
        size_t left = size_t(written);
        while (first < m_pieces.size() && left >= m_pieces[first].iov_len) {
            left -= m_pieces[first].iov_len;
            ++first;
        }
        if (first < m_pieces.size()) {
            m_pieces[first].iov_base = static_cast<char *>(m_pieces[first].iov_base) + left;
            m_pieces[first].iov_len -= left;
        }
    }
    m_pieces.clear();
    return ok;
}
