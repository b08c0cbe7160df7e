// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace Specwright::Core {

/**
 * The spec templates shipped inside the application (Qt resources under
 * ":/specwright/templates") and those template-provider plugins add, offered
 * by File > New and `specwright-cli new`.
 *
 * \note Reentrant; the resources are read-only and may be read from any thread.
 */
class BuiltinTemplates final
{
public:
    /** One shipped template. */
    struct Entry
    {
        QString id;          ///< Stable identifier, e.g. "glance-spec".
        QString displayName; ///< Human-readable name for menus.
        QString resourcePath;
    };

    /** All shipped templates, the default one first. */
    static QList<Entry> all();

    /** The template with \a id, or an entry with an empty id if there is none. */
    static Entry find(const QString &id);

    /** The full text of \a entry (UTF-8 resource, "\n" line endings). */
    static QString text(const Entry &entry);

private:
    static const Entry *find(const QList<Entry> &entries, const QString &id);
};

} // namespace Specwright::Core
