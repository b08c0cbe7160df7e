// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "rstnodearena.h"

#include <algorithm>
#include <cstring>
#include <new>

namespace Specwright::Core {

namespace {
constexpr size_t Alignment = 64; // a cache line: 64-byte nodes then never straddle two
constexpr size_t SmallestBlock = 16 * 1024;
// Blocks beyond this size would be fresh pages from the system for every parse of a big spec.
constexpr size_t LargestBlock = 1024 * 1024;
} // namespace

thread_local RstNodeArena *RstNodeArena::t_current = nullptr;

RstNodeArena::RstNodeArena(size_t expectedBytes, bool keepFreeSlotsZero)
    : m_nextBlockSize(std::clamp(std::bit_ceil(std::max<size_t>(expectedBytes, 1)), SmallestBlock, LargestBlock))
    , m_keepFreeSlotsZero(keepFreeSlotsZero)
{
}

RstNodeArena::~RstNodeArena()
{
    for (const Block &block : m_blocks) {
        SPECWRIGHT_ARENA_UNPOISON(block.start, block.size);
        ::operator delete(block.start, std::align_val_t(Alignment));
    }
}

bool RstNodeArena::contains(const void *pointer) const
{
    const auto *at = static_cast<const std::byte *>(pointer);
    return std::any_of(m_blocks.begin(), m_blocks.end(),
                       [at](const Block &block) { return at >= block.start && at < block.start + block.size; });
}

void *RstNodeArena::allocateInNewBlock(size_t bytes)
{
    // A list bigger than a block gets a block of its own; the current block stays current.
    const size_t size = std::max(m_nextBlockSize, (bytes + Alignment - 1) / Alignment * Alignment);
    auto *block = static_cast<std::byte *>(::operator new(size, std::align_val_t(Alignment)));
    if (m_keepFreeSlotsZero) {
        std::memset(block, 0, bytes);
    }
    if (size > m_nextBlockSize) {
        m_blocks.push_back({block, size, bytes});
        m_reserved += size;
        return block;
    }
    if (m_blockStart) {
        m_blocks[m_currentBlock].used = size_t(m_next - m_blockStart);
    }
    m_currentBlock = m_blocks.size();
    m_blocks.push_back({block, size, 0});
    m_reserved += size;
    m_nextBlockSize = std::min(m_nextBlockSize * 2, LargestBlock);
    SPECWRIGHT_ARENA_POISON(block + bytes, size - bytes);
    m_blockStart = block;
    m_next = block + bytes;
    m_end = block + size;
    return block;
}

} // namespace Specwright::Core
