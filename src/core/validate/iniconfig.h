// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace Specwright::Core {

/**
 * An INI file as Python's configparser reads tox.ini, setup.cfg and doc8.ini:
 * `[section]` headers, `key = value` or `key: value`, values continued on
 * indented lines, `#` and `;` comment lines. Keys are matched case-insensitively
 * and with `-` and `_` alike (doc8 accepts both spellings). Each value keeps the
 * line it starts on, so a finding can say where a setting came from.
 *
 * \note A plain value; reentrant.
 */
class IniConfig final
{
public:
    struct Value
    {
        QString text;     ///< continuation lines joined with "\n", each trimmed
        int line = 0;     ///< 1-based line of the key
        QList<int> lines; ///< the 1-based line of each line of text (a value may start on the next line)
        bool isSet() const { return line > 0; }
    };

    IniConfig() = default;
    /** Parses \a text (the whole file). */
    static IniConfig parse(const QString &text);
    /** Reads and parses \a path; an empty config when it cannot be read. */
    static IniConfig read(const QString &path);

    bool hasSection(const QString &section) const;
    /** The sections in file order. */
    QStringList sections() const { return m_order; }
    Value value(const QString &section, const QString &key) const;
    /** 1-based line of the section's header, or 0. */
    int sectionLine(const QString &section) const;

    /** A list value split at commas, whitespace and newlines, empty items dropped. */
    static QStringList list(const QString &value);
    /** configparser's booleans: 1/yes/true/on. */
    static bool isTrue(const QString &value);

private:
    static QString normalizedKey(const QString &key);

    struct Section
    {
        int line = 0;
        QHash<QString, Value> values;
    };
    QHash<QString, Section> m_sections;
    QStringList m_order;
};

} // namespace Specwright::Core
