// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <initializer_list>

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

} // namespace Specwright::Tests
