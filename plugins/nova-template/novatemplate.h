// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/plugin/templateprovider.h>

#include <QObject>

namespace Specwright::Plugins {

/// The Nova specs template, as a template provider (its text is in this plugin's resources).
class NovaTemplate final
    : public QObject
    , public Core::TemplateProvider
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID SpecwrightTemplateProvider_iid FILE "novatemplate.json")
    Q_INTERFACES(Specwright::Core::TemplateProvider)

public:
    QList<Template> templates() const override
    {
        return {{QStringLiteral("nova-spec"), QStringLiteral("Nova specification"),
                 QStringLiteral(":/specwright/plugin-templates/nova-spec.rst")}};
    }
};

} // namespace Specwright::Plugins
