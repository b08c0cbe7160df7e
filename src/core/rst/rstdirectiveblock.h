// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rstdirectivehost.h"
#include "rstdirectiveregistry.h"
#include "rstlines.h"

#include <QStringList>

namespace Specwright::Core {

/**
 * A directive's block as docutils' parse_directive_block reads it: the lines
 * after "name::" split into arguments, options (checked by their converters,
 * as docutils' and Sphinx's option_spec do) and content.
 */
struct RstDirectiveBlock
{
    QStringList arguments;
    RstDirectiveHost::Options options; ///< Names lower case, values trimmed, in the order written
    RstLines content;                  ///< Without leading blank lines
    RstLines optionBlock;              ///< The option lines as written (their names are inline text to docutils)
    /** Why docutils refuses the block ("unknown option: …"); empty when it takes it. */
    QString error;

    /** Reads \a block, the directive's indented lines (its first line's rest first), for \a spec. */
    static RstDirectiveBlock read(const RstDirectiveRegistry::Directive &spec, const RstLines &block);
};

} // namespace Specwright::Core
