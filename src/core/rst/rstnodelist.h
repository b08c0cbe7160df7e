// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rstnodearena.h"

#include <QtGlobal>

#include <bit>
#include <cstring>
#include <iterator>
#include <new>
#include <utility>

namespace Specwright::Core {

/**
 * The children of a node: a vector of nodes in 12 bytes of data, a pointer
 * and a count. Its capacity is the count rounded up to a power of two, so it
 * needs no field of its own; the node puts its kind in the rest of the 16
 * bytes ([[no_unique_address]]), which makes a node 64 bytes, not 80. Trees
 * of big specs hold hundreds of thousands of nodes: the benchmark's 100x spec
 * peaks at 35 MB instead of 39 while it parses and renders.
 *
 * The interface is std::vector's, as far as the parser and its readers use it.
 * A template so that it can hold the node type it is a member of.
 *
 * Memory comes from the thread's current RstNodeArena while a parse runs, from
 * the heap otherwise; a flag (one more byte of the padding) says which.
 */
template<typename Node>
class RstNodeList
{
public:
    using value_type = Node;
    using size_type = size_t;
    using iterator = Node *;
    using const_iterator = const Node *;
    using reverse_iterator = std::reverse_iterator<iterator>;
    using const_reverse_iterator = std::reverse_iterator<const_iterator>;

    RstNodeList() = default;
    RstNodeList(const RstNodeList &other)
    {
        if (other.m_size > 0) {
            m_data = allocate(capacityFor(other.m_size), m_fromArena);
            for (quint32 i = 0; i < other.m_size; ++i) {
                new (m_data + i) Node(other.m_data[i]);
                m_size = i + 1; // destroyed by ~RstNodeList if a copy throws
            }
        }
    }
    RstNodeList(RstNodeList &&other) noexcept
        : m_data(std::exchange(other.m_data, nullptr))
        , m_size(std::exchange(other.m_size, 0))
        , m_fromArena(std::exchange(other.m_fromArena, false))
    {
    }
    RstNodeList &operator=(const RstNodeList &other)
    {
        if (this != &other) {
            RstNodeList copy(other);
            swap(copy);
        }
        return *this;
    }
    RstNodeList &operator=(RstNodeList &&other) noexcept
    {
        if (this != &other) {
            RstNodeList gone(std::move(other));
            swap(gone);
        }
        return *this;
    }
    ~RstNodeList() { release(); }

    void swap(RstNodeList &other) noexcept
    {
        std::swap(m_data, other.m_data);
        std::swap(m_size, other.m_size);
        std::swap(m_fromArena, other.m_fromArena);
    }

    size_t size() const { return m_size; }
    bool empty() const { return m_size == 0; }
    /** Always the count rounded up to a power of two (reserve() cannot change it). */
    size_t capacity() const { return capacityFor(m_size); }
    /** Nothing to do: the capacity follows the count. Kept so that the vector idiom still reads. */
    void reserve(size_t) {}

    Node *data() { return m_data; }
    const Node *data() const { return m_data; }
    iterator begin() { return m_data; }
    iterator end() { return m_data + m_size; }
    const_iterator begin() const { return m_data; }
    const_iterator end() const { return m_data + m_size; }
    const_iterator cbegin() const { return begin(); }
    const_iterator cend() const { return end(); }
    reverse_iterator rbegin() { return reverse_iterator(end()); }
    reverse_iterator rend() { return reverse_iterator(begin()); }
    const_reverse_iterator rbegin() const { return const_reverse_iterator(end()); }
    const_reverse_iterator rend() const { return const_reverse_iterator(begin()); }

    Node &operator[](size_t i) { return m_data[i]; }
    const Node &operator[](size_t i) const { return m_data[i]; }
    Node &front() { return m_data[0]; }
    const Node &front() const { return m_data[0]; }
    Node &back() { return m_data[m_size - 1]; }
    const Node &back() const { return m_data[m_size - 1]; }

    void push_back(const Node &node) { emplace_back(node); }
    void push_back(Node &&node) { emplace_back(std::move(node)); }
    template<typename... Args>
    Node &emplace_back(Args &&...args)
    {
        if (m_size < capacity()) [[likely]] {
            Node *made = new (m_data + m_size) Node(std::forward<Args>(args)...);
            ++m_size;
            return *made;
        }
        if (m_fromArena) {
            // In the arena, the list made last grows where it is: nothing moves.
            RstNodeArena *arena = RstNodeArena::current();
            if (arena && arena->extend(m_data, capacity() * sizeof(Node), capacityFor(m_size + 1) * sizeof(Node))) {
                Node *made = new (m_data + m_size) Node(std::forward<Args>(args)...);
                ++m_size;
                return *made;
            }
        }
        // The new node first: the arguments may refer to a node of this list.
        bool freshFromArena = false;
        Node *fresh = allocate(capacityFor(m_size + 1), freshFromArena);
        Node *made = new (fresh + m_size) Node(std::forward<Args>(args)...);
        relocate(fresh, freshFromArena);
        ++m_size;
        return *made;
    }

    iterator insert(const_iterator position, Node &&node)
    {
        Node moved(std::move(node));
        return insert(position, std::make_move_iterator(&moved), std::make_move_iterator(&moved + 1));
    }
    template<typename InputIterator>
    iterator insert(const_iterator position, InputIterator first, InputIterator last)
    {
        const size_t at = size_t(position - begin());
        const size_t count = size_t(std::distance(first, last));
        if (count == 0) {
            return begin() + at;
        }
        // Into a new array in order: what comes before, the inserted nodes, what comes after.
        const quint32 total = quint32(m_size + count);
        bool freshFromArena = false;
        Node *fresh = allocate(capacityFor(total), freshFromArena);
        quint32 made = 0;
        for (size_t i = 0; i < at; ++i, ++made) {
            new (fresh + made) Node(std::move(m_data[i]));
        }
        for (; first != last; ++first, ++made) {
            new (fresh + made) Node(*first);
        }
        for (size_t i = at; i < m_size; ++i, ++made) {
            new (fresh + made) Node(std::move(m_data[i]));
        }
        release();
        m_data = fresh;
        m_size = total;
        m_fromArena = freshFromArena;
        return begin() + at;
    }

    void clear() { release(); }

    /** Whether the nodes lie in an arena's memory (RstNodeArena), not the heap's. */
    bool inArena() const { return m_fromArena; }

    /**
     * Lets go of arena memory without destroying the nodes in it: for a document's teardown, which
     * destroys all nodes of its arena in one pass over the arena's memory (RstDocument).
     */
    void abandonArenaMemory()
    {
        if (m_fromArena) {
            m_data = nullptr;
            m_size = 0;
            m_fromArena = false;
        }
    }

private:
    static size_t capacityFor(size_t count) { return count == 0 ? 0 : std::bit_ceil(count); }
    static Node *allocate(size_t capacity, bool &fromArena)
    {
        static_assert(alignof(Node) <= 16 && sizeof(Node) % 16 == 0, "the arena aligns to 16 bytes");
        if (RstNodeArena *arena = RstNodeArena::current()) {
            fromArena = true;
            return static_cast<Node *>(arena->allocate(capacity * sizeof(Node)));
        }
        fromArena = false;
        return static_cast<Node *>(::operator new(capacity * sizeof(Node)));
    }
    /**
     * Frees the array: heap memory to the heap, arena memory back to the current arena for reuse.
     * Arena memory is zeroed for an arena that keeps free slots zero (or when no arena is current,
     * which a parse never leaves): such an arena's teardown reads every node slot.
     */
    void deallocate()
    {
        if (!m_fromArena) {
            if (m_data) { // not a call per childless node (most of a tree's)
                ::operator delete(m_data);
            }
            return;
        }
        RstNodeArena *arena = RstNodeArena::current();
        if (!arena || arena->keepsFreeSlotsZero()) {
            std::memset(static_cast<void *>(m_data), 0, capacity() * sizeof(Node));
        }
        if (arena) {
            arena->recycle(m_data, capacity() * sizeof(Node));
        }
    }
    /** Moves the nodes into \a fresh (room for one more) and frees the old array. */
    void relocate(Node *fresh, bool freshFromArena)
    {
        for (quint32 i = 0; i < m_size; ++i) {
            new (fresh + i) Node(std::move(m_data[i]));
            m_data[i].~Node();
        }
        deallocate();
        m_data = fresh;
        m_fromArena = freshFromArena;
    }
    void release()
    {
        for (quint32 i = 0; i < m_size; ++i) {
            m_data[i].~Node();
        }
        deallocate();
        m_data = nullptr;
        m_size = 0;
        m_fromArena = false;
    }

    Node *m_data = nullptr;
    quint32 m_size = 0;
    bool m_fromArena = false; ///< m_data is arena memory (never set while m_data is null)
};

} // namespace Specwright::Core
