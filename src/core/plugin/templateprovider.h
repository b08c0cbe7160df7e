// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QObject>
#include <QString>

namespace Specwright::Core {

/// Adds spec templates (File → New from Template, `specwright-cli templates` and `new`) from a plugin.
class TemplateProvider
{
public:
    struct Template
    {
        QString id;           ///< stable, e.g. "nova-spec"
        QString displayName;  ///< for menus
        QString resourcePath; ///< the text, in the plugin's own Qt resources
    };

    virtual ~TemplateProvider() = default;
    virtual QList<Template> templates() const = 0;
};

} // namespace Specwright::Core

#define SpecwrightTemplateProvider_iid "org.specwright.TemplateProvider/1.0"
Q_DECLARE_INTERFACE(Specwright::Core::TemplateProvider, SpecwrightTemplateProvider_iid)
