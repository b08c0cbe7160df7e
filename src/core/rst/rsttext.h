// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace Specwright::Core {

/**
 * Text helpers shared by the RST parsers, with docutils' exact semantics.
 *
 * \note Reentrant.
 */
class RstText final
{
public:
    /**
     * Splits \a text into the lines docutils parses: "\n", "\r\n" and "\r"
     * end lines, tabs are expanded to 8-column stops, trailing whitespace is
     * removed.
     */
    static QStringList linesOf(const QString &text, bool expandTabs = true);

    /** The column in \a sourceLine (tabs unexpanded) of column \a expandedColumn of its tab-expanded form. */
    static int sourceColumn(QStringView sourceLine, int expandedColumn);

    /** Display width of \a text: East Asian wide and full-width characters count 2, combining marks 0. */
    static int columnWidth(QStringView text);

    /**
     * End of docutils' "simplename" starting at \a start (alphanumerics joined by single
     * "-", ".", "_", "+" or ":"), or -1 when none starts there.
     */
    static int simpleNameEnd(QStringView text, int start);

    /** docutils' whitespace-normalised, lower-cased reference name. */
    static QString normalizeName(const QString &name);
};

} // namespace Specwright::Core
