// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace Specwright::Core {

/**
 * One word of a spec's prose that the spell checker does not know: where it
 * is and what it is. Positions are 0-based like Diagnostic::range (columns in
 * UTF-16 code units of the parser's line), and the word is exactly the
 * \a length characters of the source at that place, so replacing them with a
 * suggestion fixes it. Plain value; safe to copy across threads.
 */
struct Misspelling
{
    int line = 0;   ///< 0-based source line
    int column = 0; ///< 0-based column of the word's first character
    int length = 0; ///< the word's length in the source
    QString word;   ///< the word as written ("recieve", "Teh")

    bool operator==(const Misspelling &) const = default;
};

} // namespace Specwright::Core
