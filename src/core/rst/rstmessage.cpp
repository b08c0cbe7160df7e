// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "rstmessage.h"

namespace Specwright::Core {

QString RstMessage::severityName(Severity severity)
{
    switch (severity) {
    case Severity::Info:
        return QStringLiteral("INFO");
    case Severity::Warning:
        return QStringLiteral("WARNING");
    case Severity::Error:
        return QStringLiteral("ERROR");
    case Severity::Severe:
        return QStringLiteral("SEVERE");
    }
    return QStringLiteral("UNKNOWN");
}

} // namespace Specwright::Core
