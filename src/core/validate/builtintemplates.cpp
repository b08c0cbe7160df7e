// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "builtintemplates.h"

#include <core/plugin/pluginmanager.h>
#include <core/plugin/templateprovider.h>

#include <QFile>

namespace Specwright::Core {

QList<BuiltinTemplates::Entry> BuiltinTemplates::all()
{
    QList<Entry> entries = {
        {QStringLiteral("glance-spec"), QStringLiteral("Glance specification"),
         QStringLiteral(":/specwright/templates/glance-spec.rst")},
    };
    // Templates from plugins (their texts live in the plugins' own resources).
    for (const TemplateProvider *provider : PluginManager::templateProviders()) {
        for (const TemplateProvider::Template &entry : provider->templates()) {
            if (!find(entries, entry.id)) {
                entries.append({entry.id, entry.displayName, entry.resourcePath});
            }
        }
    }
    return entries;
}

BuiltinTemplates::Entry BuiltinTemplates::find(const QString &id)
{
    const QList<Entry> entries = all();
    const Entry *entry = find(entries, id);
    return entry ? *entry : Entry();
}

const BuiltinTemplates::Entry *BuiltinTemplates::find(const QList<Entry> &entries, const QString &id)
{
    for (const Entry &entry : entries) {
        if (entry.id == id) {
            return &entry;
        }
    }
    return nullptr;
}

QString BuiltinTemplates::text(const Entry &entry)
{
    QFile file(entry.resourcePath);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    return QString::fromUtf8(file.readAll());
}

} // namespace Specwright::Core
