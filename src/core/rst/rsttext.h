// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rstlines.h"

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

    /**
     * The same lines as the parser reads them (line i at column 0), without a copy where none is
     * needed: lines that need no rework refer to \a text's characters; the others (tabs expanded,
     * …) are appended to \a reworked and refer to it. Both must outlive the lines. For a document
     * parsed once, this spares an allocation per line and a list of strings to build and free.
     */
    static RstLines parserLinesOf(const QString &text, QStringList &reworked, bool *hasTabs = nullptr);

    /**
     * Characters \a start to \a start + \a length of \a text, sharing \a text's memory instead
     * of copying it (the way QString keeps a string whose front was removed). The slice keeps that
     * memory alive, so it is as safe to keep as any QString, but it is not '\0'-terminated.
     */
    static QString sharedSlice(const QString &text, qsizetype start, qsizetype length);
    /** Whether \a part is a non-empty view of \a text's own characters (one sharedSlice() can share). */
    static bool holds(const QString &text, QStringView part);

    /**
     * The index of the first line feed in \a text at or after \a from, or \a text's size when
     * there is none. Lines are short: this beats a general character search, whose set-up
     * costs more than the few characters it skips.
     */
    static qsizetype lineFeedFrom(QStringView text, qsizetype from);

    /** The column in \a sourceLine (tabs unexpanded) of column \a expandedColumn of its tab-expanded form. */
    static int sourceColumn(QStringView sourceLine, int expandedColumn);

    /** Display width of \a text: East Asian wide and full-width characters count 2, combining marks 0. */
    static int columnWidth(QStringView text);

    /**
     * End of docutils' "simplename" starting at \a start (alphanumerics joined by single
     * "-", ".", "_", "+" or ":"), or -1 when none starts there.
     */
    static int simpleNameEnd(QStringView text, int start);
    /** docutils' make_id: the id a name gets (lower-case ASCII letters and digits, hyphens between). */
    static QString makeId(const QString &text);
    /** \a text with docutils' backslash escapes resolved (an escaped space or line break is dropped). */
    static QString withoutEscapes(const QString &text);
    /**
     * The normalised name \a link refers to when it is docutils' indirect reference ("name_" or
     * "`phrase`_"), or an empty string when it is a URI.
     */
    static QString indirectReferenceName(const QString &link);

    /** docutils' whitespace-normalised, lower-cased reference name. */
    static QString normalizeName(const QString &name);

private:
    static QStringList splitLines(const QString &text, bool expandTabs, bool borrow, bool *hasTabs = nullptr);
};

} // namespace Specwright::Core
