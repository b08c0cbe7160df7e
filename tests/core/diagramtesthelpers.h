// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <initializer_list>
#include <utility>

namespace Specwright::Tests {

/// The rows of a drawing joined by "\n", so that expected text reads as the picture it is.
inline QString rows(std::initializer_list<QStringView> lines)
{
    QStringList list;
    for (QStringView line : lines) {
        list.append(line.toString());
    }
    return list.join(u'\n');
}

/// What a diagram's export must give for any input: each line without trailing spaces, tabs at
/// 8-column stops (the model's contract; the unit tests and the fuzzer both hold it to that).
inline QString expectedExport(const QString &text)
{
    QStringList lines = text.split(u'\n');
    for (QString &line : lines) {
        QString expanded;
        int column = 0;
        for (QChar c : std::as_const(line)) {
            if (c == u'\t') {
                do {
                    expanded.append(u' ');
                } while (++column % 8 != 0);
            } else {
                expanded.append(c);
                // A surrogate pair is one character, one column.
                column += c.isLowSurrogate() ? 0 : 1;
            }
        }
        while (expanded.endsWith(u' ')) {
            expanded.chop(1);
        }
        line = expanded;
    }
    return lines.join(u'\n');
}

} // namespace Specwright::Tests
