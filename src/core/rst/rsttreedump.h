// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rstdocument.h"

namespace Specwright::Core {

/**
 * Text dumps of a parsed document, for `specwright-cli tree`.
 *
 * compare() prints the block structure in the normalised form that
 * tests/tools/docutils_tree.py prints for docutils' own doctree, so the two
 * can be diffed: one node per line, two spaces of indentation per level,
 * docutils node names, a few attributes, title texts, docutils' source line
 * (`@N`) where docutils sets one, then `#messages`.
 *
 * \note Reentrant.
 */
class RstTreeDump final
{
public:
    /**
     * \a withTransformMessages adds the messages docutils reports in its transforms, after
     * parsing (unknown target names, undefined substitutions …), as docutils' publish_doctree()
     * has them.
     */
    static QString compare(const RstDocument &document, bool withLines = true, bool withTransformMessages = false);
    /** Every node, inline ones included, with its exact source range. */
    static QString debug(const RstDocument &document);
};

} // namespace Specwright::Core
