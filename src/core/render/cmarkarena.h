// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>
#include <cmark-gfm.h>

#include <algorithm>
#include <cstddef>
#include <cstring>
#include <memory>
#include <vector>

namespace Specwright::Core {

/**
 * cmark allocates every node, literal and output buffer with calloc and frees them one by one; a
 * chunk of HTML needs thousands of them. The renderer hands cmark this bump allocator instead and
 * drops everything a chunk used at once. cmark_mem has no user data, hence the thread-local arena
 * (renders run on several threads at a time). Its memory is handed out zeroed: blocks start zeroed
 * and what a chunk used is zeroed again in one go when the chunk is done, rather than one small
 * memset per allocation.
 */
class CmarkArena final
{
public:
    CmarkArena()
    {
        s_current = this;
        m_blocks = std::move(s_spare);
        if (!m_blocks.empty()) {
            useBlock(0);
        }
    }
    ~CmarkArena()
    {
        reset();
        s_current = nullptr;
        // The next render on this thread starts with these, zeroed: fresh blocks cost page faults.
        m_blocks.resize(std::min(m_blocks.size(), KeptBlocks));
        s_spare = std::move(m_blocks);
    }
    Q_DISABLE_COPY_MOVE(CmarkArena)

    cmark_mem *mem() { return &s_mem; }

    /** Forgets every allocation; the blocks are kept, zeroed again, for the next chunk. */
    void reset()
    {
        if (m_blocks.empty()) {
            return;
        }
        m_filled[m_current] = size_t(m_cursor - base(m_current));
        for (size_t k = 0; k <= m_current; ++k) {
            std::memset(base(k), 0, m_filled[k]);
        }
        m_large.clear();
        useBlock(0);
    }

private:
    static constexpr size_t BlockSize = 256 * 1024;
    static constexpr size_t KeptBlocks = 4;                     // between renders: 1 MB a thread at most
    static constexpr size_t Header = alignof(std::max_align_t); // holds the size, for realloc

    char *base(size_t index) { return reinterpret_cast<char *>(m_blocks[index].get()); }
    void useBlock(size_t index)
    {
        m_current = index;
        m_filled.resize(m_blocks.size());
        m_cursor = base(index);
        m_limit = m_cursor + BlockSize;
        m_last = nullptr;
    }
    /** Moves on to the next block, kept from before or made now. */
    void nextBlock()
    {
        if (!m_blocks.empty()) {
            m_filled[m_current] = size_t(m_cursor - base(m_current));
        }
        const size_t next = m_blocks.empty() ? 0 : m_current + 1;
        if (next == m_blocks.size()) {
            m_blocks.emplace_back(new std::max_align_t[BlockSize / Header]);
            std::memset(m_blocks.back().get(), 0, BlockSize); // value-initialising may leave padding
        }
        useBlock(next);
    }

    /** Memory for \a size bytes; zeroed unless \a zero is false (for realloc, which copies into it). */
    void *allocate(size_t size, bool zero = true)
    {
        const size_t needed = Header + ((size + Header - 1) / Header) * Header;
        if (needed <= BlockSize / 4 && needed <= size_t(m_limit - m_cursor)) [[likely]] {
            char *block = m_cursor;
            m_cursor += needed;
            m_last = block;
            *reinterpret_cast<size_t *>(block) = size;
            return block + Header;
        }
        return allocateElsewhere(size, needed, zero);
    }

    // Out of line, so that the bump above stays a few instructions.
    Q_NEVER_INLINE void *allocateElsewhere(size_t size, size_t needed, bool zero)
    {
        char *block = nullptr;
        if (needed > BlockSize / 4) {
            // Large buffers (a big chunk's output) get their own block, so the bump block stays.
            m_large.emplace_back(new std::max_align_t[needed / Header]);
            block = reinterpret_cast<char *>(m_large.back().get());
            if (zero) {
                std::memset(block, 0, needed);
            }
        } else {
            nextBlock();
            block = m_cursor;
            m_cursor += needed;
            m_last = block;
        }
        *reinterpret_cast<size_t *>(block) = size;
        return block + Header;
    }

    // Bump memory past the cursor is always zero (zeroed when a block is made, again by reset()), so
    // calloc is a bump; only a large block needs its own memset.
    static void *zeroed(size_t count, size_t size) { return s_current->allocate(count * size); }
    static void *resized(void *old, size_t size)
    {
        if (old && s_current->growLast(old, size)) {
            return old; // cmark's buffers grow by appending: the newest allocation grows in place
        }
        void *p = s_current->allocate(size, false);
        if (old) {
            const size_t oldSize = *reinterpret_cast<size_t *>(static_cast<char *>(old) - Header);
            std::memcpy(p, old, std::min(oldSize, size));
        }
        return p;
    }

    bool growLast(void *old, size_t size)
    {
        char *block = static_cast<char *>(old) - Header;
        if (block != m_last) {
            return false;
        }
        const size_t needed = Header + ((size + Header - 1) / Header) * Header;
        if (needed > size_t(m_limit - block)) {
            return false;
        }
        // Never back: bytes a shrunk buffer gave up were written, and the block must stay zeroed past the cursor.
        m_cursor = std::max(m_cursor, block + needed);
        *reinterpret_cast<size_t *>(block) = size;
        return true;
    }

    static void release(void *) {}

    using Blocks = std::vector<std::unique_ptr<std::max_align_t[]>>;
    static thread_local CmarkArena *s_current;
    static thread_local Blocks s_spare; ///< zeroed blocks kept between renders
    static cmark_mem s_mem;
    Blocks m_blocks;
    std::vector<size_t> m_filled; ///< bytes used of each block up to the current one
    Blocks m_large;
    size_t m_current = 0;     ///< the bump block in use
    char *m_cursor = nullptr; ///< its next free byte
    char *m_limit = nullptr;  ///< its end
    char *m_last = nullptr;   ///< the newest allocation in it
};

} // namespace Specwright::Core
