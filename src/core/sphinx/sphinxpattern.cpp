// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sphinxpattern.h"

namespace Specwright::Core {

namespace {

// sphinx.util.matching._translate_pattern, character for character.
QString translate(const QString &pattern)
{
    QString result;
    const qsizetype size = pattern.size();
    qsizetype i = 0;
    while (i < size) {
        const QChar c = pattern.at(i++);
        if (c == QLatin1Char('*')) {
            if (i < size && pattern.at(i) == QLatin1Char('*')) {
                ++i;
                result += QLatin1String(".*");
            } else {
                result += QLatin1String("[^/]*");
            }
        } else if (c == QLatin1Char('?')) {
            result += QLatin1String("[^/]");
        } else if (c == QLatin1Char('[')) {
            qsizetype j = i;
            if (j < size && pattern.at(j) == QLatin1Char('!')) {
                ++j;
            }
            if (j < size && pattern.at(j) == QLatin1Char(']')) {
                ++j;
            }
            while (j < size && pattern.at(j) != QLatin1Char(']')) {
                ++j;
            }
            if (j >= size) {
                result += QLatin1String("\\[");
            } else {
                QString inside = pattern.mid(i, j - i);
                inside.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
                i = j + 1;
                if (inside.startsWith(QLatin1Char('!'))) {
                    result += QLatin1String("(?!/)[^") + inside.mid(1) + QLatin1Char(']');
                } else if (inside.startsWith(QLatin1Char('^'))) {
                    result += QLatin1String("(?!/)[\\") + inside + QLatin1Char(']');
                } else {
                    result += QLatin1String("(?!/)[") + inside + QLatin1Char(']');
                }
            }
        } else {
            result += QRegularExpression::escape(QString(c));
        }
    }
    return QLatin1String("\\A(?:") + result + QLatin1String(")\\z");
}

} // namespace

SphinxPattern::SphinxPattern(const QString &pattern)
    : m_pattern(pattern)
    , m_expression(translate(pattern))
{
}

bool SphinxPattern::matches(const QString &path) const
{
    return m_expression.isValid() && m_expression.match(path).hasMatch();
}

bool SphinxPattern::hasWildcard(const QString &text)
{
    // sphinx.util.matching / toctree: glob.has_magic (a "*", "?" or "[").
    for (const QChar c : text) {
        if (c == QLatin1Char('*') || c == QLatin1Char('?') || c == QLatin1Char('[')) {
            return true;
        }
    }
    return false;
}

} // namespace Specwright::Core
