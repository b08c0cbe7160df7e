// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "textsearch.h"

#include <QCoreApplication>

#include <algorithm>

namespace Specwright::Core {

namespace {
// Whole words: no word character may touch the match on either side. Unlike \b this also holds
// for a pattern that starts or ends with punctuation ("-v", "foo()").
const QString WholeWordPrefix = QStringLiteral("(?<!\\w)(?:");
const QString WholeWordSuffix = QStringLiteral(")(?!\\w)");
} // namespace

TextSearch::TextSearch(const QString &pattern, Options options)
    : m_pattern(pattern)
    , m_options(options)
{
    QRegularExpression::PatternOptions flags = QRegularExpression::UseUnicodePropertiesOption;
    if (options.regularExpression) {
        flags |= QRegularExpression::MultilineOption; // ^ and $ at every line, as in Kate
    }
    if (!options.matchCase) {
        flags |= QRegularExpression::CaseInsensitiveOption;
    }
    QString expression = options.regularExpression ? pattern : QRegularExpression::escape(pattern);
    m_expression = QRegularExpression(expression, flags);
    // A pattern is judged on its own before it is wrapped: "a)|(b" must not turn valid inside
    // the whole-word group, and its errors point into what the user typed.
    if (options.wholeWords && m_expression.isValid()) {
        m_expression = QRegularExpression(WholeWordPrefix + expression + WholeWordSuffix, flags);
    }
    if (!pattern.isEmpty() && m_expression.isValid()) {
        m_expression.optimize();
    }
}

bool TextSearch::isValid() const
{
    return m_pattern.isEmpty() || m_expression.isValid();
}

QString TextSearch::errorString() const
{
    if (isValid()) {
        return {};
    }
    const qsizetype offset = m_expression.patternErrorOffset();
    if (offset < 0 || offset >= m_pattern.size()) {
        return QCoreApplication::translate("TextSearch", "%1 at the end").arg(m_expression.errorString());
    }
    return QCoreApplication::translate("TextSearch", "%1 at character %2")
        .arg(m_expression.errorString())
        .arg(offset + 1);
}

QList<TextSearch::Match> TextSearch::findAll(const QString &text, qsizetype from, qsizetype to, qsizetype limit) const
{
    QList<Match> matches;
    if (isEmpty() || !m_expression.isValid()) {
        return matches;
    }
    if (to < 0 || to > text.size()) {
        to = text.size();
    }
    from = std::clamp<qsizetype>(from, 0, to);
    QRegularExpressionMatchIterator it = m_expression.globalMatch(text, from);
    while (it.hasNext() && matches.size() < limit) {
        const QRegularExpressionMatch match = it.next();
        const Match found{match.capturedStart(), match.capturedLength()};
        if (found.end() > to) {
            break;
        }
        matches.append(found);
    }
    return matches;
}

TextSearch::Step TextSearch::step(const QList<Match> &matches, qsizetype selectionStart, qsizetype selectionEnd,
                                  bool backwards)
{
    if (matches.isEmpty()) {
        return {};
    }
    const auto byStart = [](const Match &match, qsizetype position) { return match.start < position; };
    if (backwards) {
        // The last match starting before the selection.
        const auto it = std::lower_bound(matches.cbegin(), matches.cend(), selectionStart, byStart);
        if (it == matches.cbegin()) {
            return {int(matches.size() - 1), true};
        }
        return {int(it - matches.cbegin() - 1), false};
    }
    // The first match starting after the selection's start; one starting right at a bare cursor
    // counts too, unless it is empty (the cursor already stands on it).
    auto it = std::lower_bound(matches.cbegin(), matches.cend(), selectionStart, byStart);
    while (it != matches.cend() && it->start == selectionStart && (selectionStart != selectionEnd || it->length == 0)) {
        ++it;
    }
    if (it == matches.cend()) {
        return {0, true};
    }
    return {int(it - matches.cbegin()), false};
}

int TextSearch::indexOf(const QList<Match> &matches, qsizetype start, qsizetype end)
{
    const auto it = std::lower_bound(matches.cbegin(), matches.cend(), start,
                                     [](const Match &match, qsizetype position) { return match.start < position; });
    for (auto at = it; at != matches.cend() && at->start == start; ++at) {
        if (at->end() == end) {
            return int(at - matches.cbegin());
        }
    }
    return -1;
}

QString TextSearch::replacementFor(const QString &text, const Match &match, const QString &replacement) const
{
    if (!m_options.regularExpression) {
        return replacement;
    }
    const QRegularExpressionMatch found = m_expression.match(text, match.start, QRegularExpression::NormalMatch,
                                                             QRegularExpression::AnchorAtOffsetMatchOption);
    QString result;
    result.reserve(replacement.size());
    for (qsizetype i = 0; i < replacement.size(); ++i) {
        const QChar c = replacement.at(i);
        if (c != QLatin1Char('\\') || i + 1 == replacement.size()) {
            result.append(c);
            continue;
        }
        const QChar next = replacement.at(i + 1);
        if (next.isDigit()) {
            result.append(found.captured(next.digitValue()));
            ++i;
        } else if (next == QLatin1Char('n')) {
            result.append(QLatin1Char('\n'));
            ++i;
        } else if (next == QLatin1Char('t')) {
            result.append(QLatin1Char('\t'));
            ++i;
        } else if (next == QLatin1Char('\\')) {
            result.append(QLatin1Char('\\'));
            ++i;
        } else if (next == QLatin1Char('g') && i + 2 < replacement.size() &&
                   replacement.at(i + 2) == QLatin1Char('<')) {
            const qsizetype close = replacement.indexOf(QLatin1Char('>'), i + 3);
            if (close < 0) {
                result.append(c); // not a reference: kept as typed
                continue;
            }
            const QString name = replacement.mid(i + 3, close - i - 3);
            bool number = false;
            const int group = name.toInt(&number);
            result.append(number ? found.captured(group) : found.captured(name));
            i = close;
        } else {
            result.append(c); // an unknown escape stays as typed
        }
    }
    return result;
}

QString TextSearch::replaceAll(const QString &text, const QString &replacement, qsizetype from, qsizetype to,
                               int *count) const
{
    const QList<Match> matches = findAll(text, from, to);
    if (count) {
        *count = int(matches.size());
    }
    QString result;
    result.reserve(text.size());
    qsizetype copied = 0;
    for (const Match &match : matches) {
        result.append(QStringView(text).mid(copied, match.start - copied));
        result.append(replacementFor(text, match, replacement));
        copied = match.end();
    }
    result.append(QStringView(text).mid(copied));
    return result;
}

} // namespace Specwright::Core
