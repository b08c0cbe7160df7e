// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rstnode.h"

namespace Specwright::Core {

/**
 * A system message of the RST parser, as docutils reports them: a severity,
 * the message text (docutils' wording) and the source range it is about.
 */
struct RstMessage
{
    /** docutils' levels. */
    enum class Severity { Info = 1, Warning = 2, Error = 3, Severe = 4 };

    Severity severity = Severity::Warning;
    QString text;
    SourceRange range;
    /// Found by resolving references after parsing (docutils' transforms), not by the parser itself.
    bool fromTransform = false;

    static QString severityName(Severity severity);
};

} // namespace Specwright::Core
