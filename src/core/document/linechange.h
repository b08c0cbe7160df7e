// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace Specwright::Core {

/// An edit by whole lines: lines [firstLine, firstLine + removedLines) of a text become \a lines.
struct LineChange
{
    int firstLine = 0;
    int removedLines = 0;
    QStringList lines;

    bool operator==(const LineChange &) const = default;
};

} // namespace Specwright::Core
