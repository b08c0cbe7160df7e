// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "rstdocument.h"

namespace Specwright::Core {

namespace {
// Nodes ahead of the one destroyed whose memory is asked for: far enough for memory to answer in time.
constexpr qsizetype PrefetchDistance = 32;
} // namespace

RstDocument::~RstDocument()
{
    if (!m_arena) {
        return;
    }
    // Every list of the tree lies in the arena: one pass over its memory destroys all nodes, where a
    // walk of the tree would wait on memory at each node of a big spec. A slot that holds no node
    // (capacity not used yet, memory of a list that moved) is zero past its source range, which
    // destroys like an empty node: RstNodeArena hands out zeroed memory and RstNodeList zeroes what
    // it gives back.
    m_root.children.abandonArenaMemory();
    m_arena->forEachUsedStretch([](std::byte *start, size_t bytes) {
        auto *node = reinterpret_cast<RstNode *>(start);
        for (RstNode *end = node + bytes / sizeof(RstNode); node != end; ++node) {
            // Freeing a node's text and extra part waits on memory the cache lost long ago: ask for it
            // ahead, in three steps, each reading what the step before brought in.
            if (end - node > PrefetchDistance) {
                node[PrefetchDistance].prefetchForTeardown(0);
            }
            if (end - node > PrefetchDistance / 2) {
                node[PrefetchDistance / 2].prefetchForTeardown(1);
            }
            if (end - node > PrefetchDistance / 4) {
                node[PrefetchDistance / 4].prefetchForTeardown(2);
            }
            node->children.abandonArenaMemory();
            node->~RstNode();
        }
    });
}

} // namespace Specwright::Core
