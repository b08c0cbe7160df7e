// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "rstdocument.h"

namespace Specwright::Core {

namespace {
// Nodes ahead of the one destroyed whose memory is asked for: far enough for memory to answer in time.
constexpr qsizetype PrefetchDistance = 32;

// Destroys the nodes of arena lists depth first, without giving their memory back (the arena goes as a whole).
void destroyArenaNodes(RstNode::Children &children)
{
    for (RstNode &node : children) {
        if (node.children.inArena()) {
            destroyArenaNodes(node.children);
            node.children.abandonArenaMemory();
        }
        node.~RstNode();
    }
}

} // namespace

RstDocument::~RstDocument()
{
    if (!m_root.children.inArena()) {
        return;
    }
    if (!treeOutgrowsCache()) {
        // The cache holds the tree: a walk is faster than a pass over all of the arena's memory.
        destroyArenaNodes(m_root.children);
        m_root.children.abandonArenaMemory();
        return;
    }
    // Every list of the tree lies in the arena: one pass over its memory destroys all nodes, where a
    // walk of the tree would wait on memory at each node of a big spec. A slot that holds no node
    // (capacity not used yet, memory of a list that moved) is zero past its source range, which
    // destroys like an empty node: this arena keeps free slots zero (RstNodeArena, RstNodeList).
    m_root.children.abandonArenaMemory();
    m_arena->forEachUsedStretch([](std::byte *start, size_t bytes) {
        auto *node = reinterpret_cast<RstNode *>(start);
        RstNode *const end = node + bytes / sizeof(RstNode);
        for (; node != end; ++node) {
            // Freeing a node's text and extra part waits on memory the cache lost long ago: ask for it
            // some nodes ahead. (Asking for what those point to as well cost more than it gained.)
            if (end - node > PrefetchDistance) {
                node[PrefetchDistance].prefetchForTeardown();
            }
            node->children.abandonArenaMemory();
            node->~RstNode();
        }
    });
}

} // namespace Specwright::Core
