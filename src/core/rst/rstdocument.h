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

    RstDocument(RstNode root, QList<RstMessage> messages, QStringList lines)
        : m_root(std::move(root))
        , m_messages(std::move(messages))
        , m_lines(std::move(lines))
    {
    }

    const RstNode &root() const { return m_root; }
    const QList<RstMessage> &messages() const { return m_messages; }
    const QStringList &lines() const { return m_lines; }

private:
    RstNode m_root;
    QList<RstMessage> m_messages;
    QStringList m_lines;
};

} // namespace Specwright::Core
