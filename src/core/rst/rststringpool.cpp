// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "rststringpool.h"

#include <algorithm>

namespace Specwright::Core {

namespace {
// Chunks grow with the document, so that a small one does not hold much memory unused.
constexpr qsizetype FirstChunkLength = 4 * 1024;
constexpr qsizetype LargestChunkLength = 128 * 1024;
} // namespace

QString RstStringPool::allocate(qsizetype length, QChar **characters)
{
    if (length <= 0 || length > MaximumPooledLength) {
        QString own(qMax(length, qsizetype(0)), Qt::Uninitialized);
        *characters = own.data();
        return own;
    }
    // Each string is followed by a '\0', like any QString's characters.
    if (!m_chunk.d_ptr() || m_chunk.size + length + 1 > m_chunkLength) {
        const qsizetype grown = m_chunk.d_ptr() ? std::min(m_chunkLength * 2, LargestChunkLength) : FirstChunkLength;
        QString chunk;
        chunk.reserve(grown);
        m_chunk = chunk.data_ptr(); // the strings handed out from the chunk before keep it alive
        m_chunkLength = m_chunk.constAllocatedCapacity();
    }
    QString::DataPointer string = m_chunk; // a reference more to the chunk
    string.ptr = m_chunk.data() + m_chunk.size;
    string.size = length;
    string.ptr[length] = u'\0';
    m_chunk.size += length + 1;
    *characters = reinterpret_cast<QChar *>(string.ptr);
    return QString(std::move(string));
}

QString RstStringPool::copy(QStringView text)
{
    QChar *characters = nullptr;
    QString string = allocate(text.size(), &characters);
    std::copy(text.begin(), text.end(), characters);
    return string;
}

QString RstStringPool::adopt(QString &&string)
{
    // A buffer nothing else shares would be one more heap object for the tree to hold.
    if (string.isEmpty() || !string.isDetached() || string.size() > MaximumPooledLength) {
        return std::move(string);
    }
    return copy(string);
}

} // namespace Specwright::Core
