// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QRegularExpression>
#include <QString>

namespace Specwright::Core {

/**
 * A path pattern as Sphinx reads one (sphinx.util.matching): `exclude_patterns`
 * entries and the `:glob:` entries of a toctree. `*` and `?` stay within one
 * path segment, `**` crosses segments, `[...]` is a class of characters other
 * than "/" (`[!...]` negated); the pattern must match the whole path.
 *
 * \note A plain value; reentrant.
 */
class SphinxPattern final
{
public:
    explicit SphinxPattern(const QString &pattern);

    /** Whether \a path (segments joined by "/") matches the whole pattern. */
    bool matches(const QString &path) const;
    /** Whether \a text holds a wildcard: Sphinx globs toctree entries only then. */
    static bool hasWildcard(const QString &text);
    QString pattern() const { return m_pattern; }

private:
    QString m_pattern;
    QRegularExpression m_expression;
};

} // namespace Specwright::Core
