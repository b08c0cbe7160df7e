// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Specwright::Core {

/**
 * Memory for the strings a parse makes of its own (joined lines, unescaped text): big chunks
 * that the strings share, one after the other, instead of a heap allocation each.
 *
 * A big spec's tree holds tens of thousands of such strings. Allocated one by one, they come
 * from wherever the heap has room, and a tree bigger than the cache waits on memory for each
 * as it is made, read and freed. From the pool, a parse writes them one after the other, and
 * they free as the chunks do.
 *
 * A pooled string is a QString like any other: it keeps its chunk alive (a reference to the
 * chunk's shared data, as a string whose front was removed keeps its buffer), so it is as safe
 * to keep and to copy; changing it makes a copy of its own. It is '\0'-terminated.
 *
 * \note Not thread-safe: one parse uses its pool (the strings may go to any thread).
 */
class RstStringPool final
{
public:
    /**
     * A string of \a length characters in the pool: the caller writes them, through
     * \a characters, before the string is read or copied.
     */
    QString allocate(qsizetype length, QChar **characters);
    /** A copy of \a text in the pool. */
    QString copy(QStringView text);
    /**
     * \a string itself where it shares memory already (the source's, the pool's, a literal's), a
     * copy in the pool where it has a buffer of its own (a name just normalised, say).
     */
    QString adopt(QString &&string);

    /** Strings longer than this get a buffer of their own. */
    static constexpr qsizetype MaximumPooledLength = 2048;

private:
    QString::DataPointer m_chunk; ///< The chunk strings are handed out from (size: characters used)
    qsizetype m_chunkLength = 0;  ///< The number of characters that fit in m_chunk
};

} // namespace Specwright::Core
