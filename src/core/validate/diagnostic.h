// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/rst/rstnode.h>

#include <QString>

namespace Specwright::Core {

/**
 * One finding of the spec validator: what is wrong, where, how bad, and how
 * to fix it. Plain value; safe to copy across threads.
 */
struct Diagnostic
{
    enum class Severity { Info, Warning, Error };

    QString ruleId; ///< Stable id, e.g. "line-too-long", "missing-section"
    Severity severity = Severity::Warning;
    QString message;   ///< One sentence for the user
    SourceRange range; ///< 0-based, end exclusive
    QString fixHint;   ///< What to do about it (may be empty)
    QString subject;   ///< What the rule is about, e.g. the missing section's title (may be empty)
    /// For a missing section or subsection: the 0-based line to insert it before (the line count:
    /// at the end), and its level (0: top-level section of the spec, 1: subsection). -1: none.
    int insertLine = -1;
    int insertLevel = -1;

    static QString severityName(Severity severity)
    {
        switch (severity) {
        case Severity::Info:
            return QStringLiteral("info");
        case Severity::Warning:
            return QStringLiteral("warning");
        case Severity::Error:
            return QStringLiteral("error");
        }
        return {};
    }

    bool operator==(const Diagnostic &) const = default;
};

} // namespace Specwright::Core
