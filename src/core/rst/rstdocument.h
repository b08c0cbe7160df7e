// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rstmessage.h"
#include "rstnode.h"

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

    /** \a lines may borrow their characters from \a text (RstText::borrowedLinesOf), which the document keeps. */
    RstDocument(RstNode root, QList<RstMessage> messages, QString text, QStringList lines, Features features)
        : m_root(std::move(root))
        , m_messages(std::move(messages))
        , m_text(std::move(text))
        , m_lines(std::move(lines))
        , m_features(features)
    {
    }

    const RstNode &root() const { return m_root; }
    const QList<RstMessage> &messages() const { return m_messages; }
    /**
     * The source lines as the parser read them (tabs expanded, trailing whitespace removed).
     * \note They may refer to the document's own text: a copy kept beyond the document's life
     * must be deep (QString(line.constData(), line.size())).
     */
    const QStringList &lines() const { return m_lines; }
    /** The text parsed (without a byte order mark), which the lines may borrow from. */
    const QString &text() const { return m_text; }
    const Features &features() const { return m_features; }

private:
    RstNode m_root;
    QList<RstMessage> m_messages;
    QString m_text;
    QStringList m_lines;
    Features m_features;
};

} // namespace Specwright::Core
