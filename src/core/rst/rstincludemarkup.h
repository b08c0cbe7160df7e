// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rstlines.h"
#include "rstnode.h"

#include <QList>
#include <QPair>
#include <QString>

namespace Specwright::Core {

class RstBlockParser;

/**
 * The block parser's include directive: which file it may read and how the
 * included lines join the document (at a section's level, titles in them
 * start sections, as docutils inserts them into its input).
 *
 * A part of RstBlockParser in a file of its own: it works on the parser it is made with.
 */
class RstIncludeMarkup final
{
public:
    explicit RstIncludeMarkup(RstBlockParser &parser)
        : m_parser(parser)
    {
    }

    /**
     * Reads the file at \a path into \a parent as the include directive with \a options does:
     * relative to the including file, within the spec's reach, no cycle, within the limits on
     * depth, count and bytes; as a literal block with :literal: or :code:.
     */
    void includeFile(const QString &path, const QList<QPair<QString, QString>> &options, const SourceRange &range,
                     RstNode &parent, int depth);

private:
    RstBlockParser &m_parser;
};

} // namespace Specwright::Core
