// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringView>

#include <cstring>
#include <vector>

namespace Specwright::Core {

/**
 * One input line as a nested parser sees it: the part left after stripping
 * indentation or a list marker, with its place in the document.
 */
struct RstLineRef
{
    int line = 0;   ///< 0-based line in the document
    int column = 0; ///< column in the document line where text() starts
    QStringView text;

    bool isBlank() const { return text.isEmpty(); }
    int indent() const
    {
        // Indentation runs deep in nested lists: four spaces at a time, then one by one.
        constexpr quint64 fourSpaces = 0x0020002000200020ULL;
        const QChar *data = text.data();
        const int size = int(text.size());
        int n = 0;
        for (quint64 four = 0; n + 4 <= size; n += 4) {
            std::memcpy(&four, data + n, sizeof four);
            if (four != fourSpaces) {
                break;
            }
        }
        while (n < size && data[n] == QLatin1Char(' ')) {
            ++n;
        }
        return n;
    }
    /** The same line without its first \a n characters. */
    RstLineRef mid(int n) const
    {
        n = qBound(0, n, int(text.size()));
        return {line, column + n, text.sliced(n)};
    }
};

using RstLines = std::vector<RstLineRef>;

} // namespace Specwright::Core
