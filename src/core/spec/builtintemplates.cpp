// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "builtintemplates.h"

#include <QFile>

namespace Specwright::Core {

QList<BuiltinTemplates::Entry> BuiltinTemplates::all()
{
    return {
        {QStringLiteral("glance-spec"), QStringLiteral("Glance specification"),
         QStringLiteral(":/specwright/templates/glance-spec.rst")},
    };
}

BuiltinTemplates::Entry BuiltinTemplates::find(const QString &id)
{
    for (const Entry &entry : all()) {
        if (entry.id == id) {
            return entry;
        }
    }
    return {};
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
