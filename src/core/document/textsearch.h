// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QRegularExpression>
#include <QString>

namespace Specwright::Core {

/**
 * What the find bar looks for, compiled once: plain text or a regular
 * expression (QRegularExpression, `^` and `$` at every line), with match case
 * and whole words. Finds every match in a range of a text, steps from one to
 * the next, and expands a replacement with the match's captures.
 *
 * \note A plain value, safe to use from any thread; never throws on a bad
 * pattern: isValid() is false and errorString() says why.
 */
class TextSearch final
{
public:
    struct Options
    {
        bool matchCase = false;
        bool wholeWords = false;
        bool regularExpression = false;
        bool operator==(const Options &) const = default;
    };

    /// One match: where it starts in the searched text and its length (both in UTF-16 code units).
    struct Match
    {
        qsizetype start = 0;
        qsizetype length = 0;
        qsizetype end() const { return start + length; }
        bool operator==(const Match &) const = default;
    };

    /// Where find next (or previous) goes from a position: the match's index, and whether it wrapped
    /// around the end (or the start). index is -1 when there is no match at all.
    struct Step
    {
        int index = -1;
        bool wrapped = false;
    };

    TextSearch() = default;
    TextSearch(const QString &pattern, Options options);

    QString pattern() const { return m_pattern; }
    Options options() const { return m_options; }
    bool isEmpty() const { return m_pattern.isEmpty(); }
    /// False for an invalid regular expression; errorString() then says what is wrong and where.
    bool isValid() const;
    QString errorString() const;

    /**
     * Every match lying wholly inside \a from .. \a to of \a text (to < 0: its end), in order; at
     * most \a limit of them. An empty match (`^`, `x*`) counts where it stands, never twice.
     */
    QList<Match> findAll(const QString &text, qsizetype from = 0, qsizetype to = -1,
                         qsizetype limit = MatchLimit) const;
    /// More matches than this are not collected (the count then says "at least").
    static constexpr qsizetype MatchLimit = 1000000;

    /**
     * The match to go to from the selection \a selectionStart .. \a selectionEnd: forward, the first
     * that starts after the selection's start (so a selected match steps to the next one); backwards,
     * the last that ends before its end; wrapping around at the ends.
     */
    static Step step(const QList<Match> &matches, qsizetype selectionStart, qsizetype selectionEnd, bool backwards);
    /// The index of the match exactly at \a start .. \a end, or -1.
    static int indexOf(const QList<Match> &matches, qsizetype start, qsizetype end);

    /**
     * The text that replaces \a match of \a text. For a regular expression, \a replacement may hold
     * \0 (the whole match), \1 … \9, \g<name> or \g<12> (a capture), \n, \t and \\; plain searches
     * take it literally.
     */
    QString replacementFor(const QString &text, const Match &match, const QString &replacement) const;

    /// \a text with every match in \a from .. \a to replaced; \a count (if given) gets how many.
    QString replaceAll(const QString &text, const QString &replacement, qsizetype from = 0, qsizetype to = -1,
                       int *count = nullptr) const;

private:
    QString m_pattern;
    Options m_options;
    QRegularExpression m_expression;
};

} // namespace Specwright::Core
