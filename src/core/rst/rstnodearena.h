// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <bit>
#include <cstddef>
#include <cstring>
#include <new>
#include <vector>

#if defined(__SANITIZE_ADDRESS__)
#define SPECWRIGHT_ARENA_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define SPECWRIGHT_ARENA_ASAN 1
#endif
#endif
#if defined(SPECWRIGHT_ARENA_ASAN)
#include <sanitizer/asan_interface.h>
// The sanitizer build sees arena memory that is not handed out as freed memory.
#define SPECWRIGHT_ARENA_POISON(address, size) ASAN_POISON_MEMORY_REGION(address, size)
#define SPECWRIGHT_ARENA_UNPOISON(address, size) ASAN_UNPOISON_MEMORY_REGION(address, size)
#else
#define SPECWRIGHT_ARENA_POISON(address, size) ((void)(address), (void)(size))
#define SPECWRIGHT_ARENA_UNPOISON(address, size) ((void)(address), (void)(size))
#endif

namespace Specwright::Core {

/**
 * The memory a parse gives its tree's child lists: big blocks handed out in
 * order and freed together with the document.
 *
 * Lists allocated one by one from the heap are freed in tree order, which is
 * not the order they were made in; the allocator then hands the next parse
 * memory in that scattered order, and a big tree's nodes get written all over
 * memory the cache no longer holds. From the arena, a parse writes its lists
 * one after the other, and dropping the document frees a few blocks.
 *
 * A parse makes its arena current on its thread (Scope). RstNodeList takes
 * memory from the current arena, if any, and remembers where its memory came
 * from. Lists that grow give their old memory back for reuse by lists of that
 * size; lists copied outside a parse (no current arena) use the heap.
 *
 * An arena made to keep free slots zero hands out zeroed memory, and lists zero
 * what they give back to it, so that every node-sized slot of the memory handed
 * out is a node or zeros: a document destroys a big tree in one pass over that
 * memory (forEachUsedStretch).
 */
class RstNodeArena final
{
public:
    /**
     * \a expectedBytes sizes the first block (a parse guesses from its text). With
     * \a keepFreeSlotsZero, memory handed out is zeroed (which costs time: only for big trees).
     */
    explicit RstNodeArena(size_t expectedBytes = 0, bool keepFreeSlotsZero = false);
    ~RstNodeArena();
    Q_DISABLE_COPY_MOVE(RstNodeArena)

    /** \a bytes of memory aligned for a node, zeroed if keepsFreeSlotsZero(); \a bytes a multiple of 16. */
    void *allocate(size_t bytes)
    {
        if (const int bucket = bucketOf(bytes); bucket >= 0 && m_spare[bucket]) {
            Spare *spare = m_spare[bucket];
            SPECWRIGHT_ARENA_UNPOISON(spare, bytes);
            m_spare[bucket] = spare->next;
            spare->next = nullptr; // the rest was zeroed when it was given back
            return spare;
        }
        if (bytes <= size_t(m_end - m_next)) [[likely]] {
            std::byte *result = m_next;
            m_next += bytes;
            SPECWRIGHT_ARENA_UNPOISON(result, bytes);
            if (m_keepFreeSlotsZero) {
                std::memset(result, 0, bytes);
            }
            return result;
        }
        return allocateInNewBlock(bytes);
    }
    /**
     * Grows the memory at \a data from \a bytes to \a newBytes where it lies, when
     * it is the last memory handed out and the block has room. Returns whether it did.
     */
    bool extend(void *data, size_t bytes, size_t newBytes)
    {
        if (static_cast<std::byte *>(data) < m_blockStart || static_cast<std::byte *>(data) + bytes != m_next ||
            newBytes - bytes > size_t(m_end - m_next)) {
            return false;
        }
        SPECWRIGHT_ARENA_UNPOISON(m_next, newBytes - bytes);
        if (m_keepFreeSlotsZero) {
            std::memset(m_next, 0, newBytes - bytes);
        }
        m_next += newBytes - bytes;
        return true;
    }
    /**
     * Takes back \a bytes at \a data for reuse, if they came from this arena's
     * current block (memory of another arena is left alone). With keepsFreeSlotsZero(), the
     * bytes must be zero.
     */
    void recycle(void *data, size_t bytes)
    {
        auto *at = static_cast<std::byte *>(data);
        const int bucket = bucketOf(bytes);
        if (bucket < 0 || at < m_blockStart || at >= m_end) {
            return;
        }
        if (at + bytes == m_next) {
            m_next = at; // the last memory handed out: just step back
            SPECWRIGHT_ARENA_POISON(at, bytes);
            return;
        }
        m_spare[bucket] = new (data) Spare{m_spare[bucket]};
        SPECWRIGHT_ARENA_POISON(at + sizeof(Spare), bytes - sizeof(Spare));
    }

    /** Whether memory handed out is zeroed, and lists zero what they give back. */
    bool keepsFreeSlotsZero() const { return m_keepFreeSlotsZero; }

    /**
     * Calls \a visit(start, bytes) for each stretch of memory handed out so far, in address order
     * of each block. With keepsFreeSlotsZero(), all of it holds what was written there or zeros.
     */
    template<typename Visit>
    void forEachUsedStretch(Visit &&visit)
    {
        for (Block &block : m_blocks) {
            const size_t used = block.start == m_blockStart ? size_t(m_next - m_blockStart) : block.used;
            SPECWRIGHT_ARENA_UNPOISON(block.start, used);
            visit(block.start, used);
        }
    }

    /** Bytes of the blocks taken from the heap so far. */
    size_t reservedBytes() const { return m_reserved; }
    /** Whether \a pointer lies in one of the arena's blocks (for tests). */
    bool contains(const void *pointer) const;

    /** The arena RstNodeList takes memory from on this thread, or null (the heap). */
    static RstNodeArena *current() { return t_current; }

    /** Makes an arena current on this thread while it lives; the previous one after. */
    class Scope final
    {
    public:
        explicit Scope(RstNodeArena *arena)
            : m_previous(t_current)
        {
            t_current = arena;
        }
        ~Scope() { t_current = m_previous; }
        Q_DISABLE_COPY_MOVE(Scope)

    private:
        RstNodeArena *m_previous;
    };

private:
    struct Spare
    {
        Spare *next;
    };
    static constexpr int SpareBuckets = 24;
    /** Reuse only exact powers of two (list capacities of 64-byte nodes are), one bucket each. */
    static int bucketOf(size_t bytes)
    {
        return std::has_single_bit(bytes) && std::countr_zero(bytes) < SpareBuckets ? std::countr_zero(bytes) : -1;
    }
    void *allocateInNewBlock(size_t bytes);

    static thread_local RstNodeArena *t_current;

    struct Block
    {
        std::byte *start;
        size_t size;
        size_t used; ///< bytes handed out, once the block is no longer current
    };
    std::vector<Block> m_blocks;
    size_t m_currentBlock = 0; ///< index in m_blocks of the block m_blockStart..m_end (once there is one)
    std::byte *m_blockStart = nullptr;
    std::byte *m_next = nullptr;
    std::byte *m_end = nullptr;
    size_t m_nextBlockSize;
    size_t m_reserved = 0;
    Spare *m_spare[SpareBuckets] = {};
    bool m_keepFreeSlotsZero;
};

} // namespace Specwright::Core
