// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/rst/rstdocument.h>

#include <QByteArray>
#include <QObject>
#include <QString>

namespace Specwright::Core {

/// Adds an export format (File → Export …) from a plugin.
class Exporter
{
public:
    virtual ~Exporter() = default;

    /** The format's name in menus, e.g. "GitHub Markdown". */
    virtual QString formatName() const = 0;
    /** The usual file name suffix, without the dot, e.g. "md". */
    virtual QString fileSuffix() const = 0;
    /** \a document in the format, as the bytes of a file. */
    virtual QByteArray exportDocument(const RstDocument &document) const = 0;
};

} // namespace Specwright::Core

#define SpecwrightExporter_iid "org.specwright.Exporter/1.0"
Q_DECLARE_INTERFACE(Specwright::Core::Exporter, SpecwrightExporter_iid)
