// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <functional>

namespace Specwright::Core {

/**
 * What the user typed into Go to Line ("42", "42:7", "  42 : 7 "), resolved
 * against a text: 0-based line and column, clamped into the text with a note
 * saying so, or invalid with the reason.
 */
struct LinePosition
{
    bool valid = false;
    int line = 0;   ///< 0-based
    int column = 0; ///< 0-based, in UTF-16 code units
    QString note;   ///< why it is invalid, or how it was clamped (empty: exactly where asked)

    /** \a lineLength gives the length of each 0-based line of the text's \a lineCount lines. */
    static LinePosition parse(const QString &input, int lineCount, const std::function<int(int)> &lineLength);
};

} // namespace Specwright::Core
