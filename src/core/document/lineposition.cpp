// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "lineposition.h"

#include <QCoreApplication>
#include <QStringList>

#include <algorithm>

namespace Specwright::Core {

LinePosition LinePosition::parse(const QString &input, int lineCount, const std::function<int(int)> &lineLength)
{
    LinePosition position;
    const QStringList parts = input.trimmed().split(QLatin1Char(':'));
    if (parts.size() > 2 || parts.constFirst().trimmed().isEmpty()) {
        position.note = QCoreApplication::translate("LinePosition", "Type a line number, or line:column.");
        return position;
    }
    bool lineOk = false;
    const qlonglong line = parts.at(0).trimmed().toLongLong(&lineOk);
    bool columnOk = true;
    qlonglong column = 1;
    if (parts.size() == 2 && !parts.at(1).trimmed().isEmpty()) {
        column = parts.at(1).trimmed().toLongLong(&columnOk);
    }
    if (!lineOk || !columnOk) {
        position.note = QCoreApplication::translate("LinePosition", "\u201c%1\u201d is not a line number, or "
                                                                    "line:column.")
                            .arg(input.trimmed());
        return position;
    }
    position.valid = true;
    const int lines = qMax(1, lineCount);
    position.line = int(std::clamp<qlonglong>(line, 1, lines)) - 1;
    if (line != position.line + 1) {
        position.note = QCoreApplication::translate("LinePosition", "The spec has lines 1 to %1: went to line %2.")
                            .arg(lines)
                            .arg(position.line + 1);
        column = 1;
    }
    const int length = lineLength ? qMax(0, lineLength(position.line)) : 0;
    position.column = int(std::clamp<qlonglong>(column, 1, length + 1)) - 1;
    if (position.note.isEmpty() && column != position.column + 1) {
        position.note = QCoreApplication::translate("LinePosition", "Line %1 has %2 characters: went to column %3.")
                            .arg(position.line + 1)
                            .arg(length)
                            .arg(position.column + 1);
    }
    return position;
}

} // namespace Specwright::Core
