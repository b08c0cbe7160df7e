// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sphinxdocument.h"
#include "sphinxindex.h"

#include <core/validate/diagnostic.h>
#include <core/validate/gateprofile.h>

#include <QList>

namespace Specwright::Core {

/**
 * What `sphinx-build` says about one document of the repository that no look
 * at the document alone can: it is in no toctree, one of its toctree entries
 * names no document, a label it defines is defined elsewhere too, a `:ref:`
 * or `:doc:` names nothing, a file a `literalinclude`, `image` or `figure`
 * reads does not exist. The messages start with Sphinx's own words.
 *
 * Rules: sphinx-toctree-unreached, sphinx-toctree-reference, sphinx-toctree-glob,
 * sphinx-duplicate-label, sphinx-undefined-label, sphinx-untitled-label (a
 * `:ref:` with no title of its own to a label before no section or caption),
 * sphinx-unknown-document, sphinx-missing-file; the profile says how severe each is (errors where the
 * docs build runs with -W).
 *
 * \note Reentrant.
 */
class SphinxCheck final
{
public:
    /**
     * The findings for document \a name, whose current text gave \a facts (it may differ from
     * what \a index read from disk: the editor's unsaved text), against the rest of \a index.
     */
    static QList<Diagnostic> check(const SphinxIndex &index, const QString &name, const SphinxDocument &facts,
                                   const GateProfile &profile);
};

} // namespace Specwright::Core
