// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rstdocument.h"

#include <atomic>

namespace Specwright::Core {

class RstDirectiveRegistry;

/**
 * Parses reStructuredText into an RstDocument.
 *
 * Parsing never fails: malformed input yields a tree plus system messages
 * worded as docutils words them. Runs in time linear in the input for
 * ordinary documents, iteratively over lines, and caps nesting depth.
 *
 * \note Reentrant; call it from any thread on its own copy of the text.
 */
class RstParser final
{
public:
    /**
     * Parses \a text. \a sourcePath (may be empty) is used to resolve
     * relative `include` paths; includes read only files inside the spec's
     * repository (FileReach), never a file already being included, and at
     * most RstBlockParser's limits in all. \a registry defaults to the
     * built-in one. When \a cancel becomes true, parsing stops within a
     * block and returns an incomplete tree for the caller to drop.
     */
    static RstDocument::Ptr parse(const QString &text, const QString &sourcePath = QString(),
                                  const RstDirectiveRegistry *registry = nullptr,
                                  const std::atomic_bool *cancel = nullptr);
};

} // namespace Specwright::Core
