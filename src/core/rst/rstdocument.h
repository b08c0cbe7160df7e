// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rstlines.h"
#include "rstmessage.h"
#include "rstnode.h"
#include "rstnodearena.h"

#include <QStringList>

#include <memory>

namespace Specwright::Core {

/**
 * The result of parsing one reStructuredText text: the document tree, the
 * parser's system messages in source order, and the source lines.
 *
 * Immutable once built; share it as RstDocument::Ptr across threads.
 */
class RstDocument final
{
public:
    using Ptr = std::shared_ptr<const RstDocument>;

    /**
     * Kinds of node the parser met on its way. Readers skip the walks that would find nothing:
     * for a big spec, each walk of the tree is another pass over megabytes of memory.
     */
    struct Features
    {
        bool footnotes = false;               ///< Footnote nodes
        bool citations = false;               ///< Citation nodes
        bool targets = false;                 ///< Target nodes (explicit hyperlink targets)
        bool substitutionDefinitions = false; ///< SubstitutionDefinition nodes
        bool inlineTargets = false;           ///< InlineTarget nodes

        /** Whether sections are the only nodes with ids or names to link to. */
        bool onlySectionsHaveIds() const
        {
            return !footnotes && !citations && !targets && !substitutionDefinitions && !inlineTargets;
        }
    };

    /**
     * \a lines refer to \a text's characters or to \a reworkedLines' (RstText::parserLinesOf),
     * which the document keeps. \a arena holds the memory of \a root's lists, if the parse had one.
     */
    RstDocument(RstNode root, QList<RstMessage> messages, QString text, RstLines lines, QStringList reworkedLines,
                Features features, std::unique_ptr<RstNodeArena> arena = nullptr)
        : m_arena(std::move(arena))
        , m_root(std::move(root))
        , m_messages(std::move(messages))
        , m_text(std::move(text))
        , m_lines(std::move(lines))
        , m_reworkedLines(std::move(reworkedLines))
        , m_features(features)
    {
    }

    /** Destroys the tree: a big one in one pass over its arena's memory, instead of a walk. */
    ~RstDocument();
    Q_DISABLE_COPY_MOVE(RstDocument)

    const RstNode &root() const { return m_root; }
    const QList<RstMessage> &messages() const { return m_messages; }
    /** The number of source lines. */
    qsizetype lineCount() const { return qsizetype(m_lines.size()); }
    /**
     * Source line \a index as the parser read it (tabs expanded, trailing whitespace removed),
     * empty when there is no such line.
     * \note It refers to the document's own memory: to keep it beyond the document, copy it.
     */
    QStringView line(qsizetype index) const
    {
        return index >= 0 && index < lineCount() ? m_lines[size_t(index)].text : QStringView();
    }
    /** Copies of all source lines, for the few readers that want a list to edit. */
    QStringList lineList() const
    {
        QStringList list;
        list.reserve(lineCount());
        for (const RstLineRef &line : m_lines) {
            list.append(line.text.toString());
        }
        return list;
    }
    /** The text parsed (without a byte order mark), which the lines refer to. */
    const QString &text() const { return m_text; }
    const Features &features() const { return m_features; }
    /**
     * Whether the tree is bigger than a CPU's cache (as the parse expected from the text's size),
     * so that walks gain from asking for memory ahead (RstNode::prefetchForReading); for a tree the
     * cache holds, asking only costs time. Such a tree's arena keeps free slots zero.
     */
    bool treeOutgrowsCache() const { return m_arena && m_arena->keepsFreeSlotsZero(); }
    /** Trees from this size on count as bigger than the cache. */
    static constexpr size_t CacheBytes = 4 * 1024 * 1024;

private:
    std::unique_ptr<RstNodeArena> m_arena; ///< First, so that it goes after the tree that lives in it
    RstNode m_root;
    QList<RstMessage> m_messages;
    QString m_text;
    RstLines m_lines; ///< Trivial to free, unlike a list of strings: big specs have hundreds of thousands
    QStringList m_reworkedLines;
    Features m_features;
};

} // namespace Specwright::Core
