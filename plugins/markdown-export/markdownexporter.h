// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/plugin/exporter.h>

#include <QObject>

namespace Specwright::Plugins {

/**
 * The spec as GitHub-flavoured Markdown, for issues and chat: the document
 * tree becomes a CommonMark tree (headings, paragraphs, lists, quotes, code
 * blocks with their language, links, emphasis, code) and cmark-gfm's own
 * CommonMark renderer writes it, so every character is escaped as Markdown
 * needs. RST tables, which Markdown cannot always hold, stay as their
 * source in a code block.
 */
class MarkdownExporter final
    : public QObject
    , public Core::Exporter
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID SpecwrightExporter_iid FILE "markdownexporter.json")
    Q_INTERFACES(Specwright::Core::Exporter)

public:
    QString formatName() const override { return QStringLiteral("GitHub Markdown"); }
    QString fileSuffix() const override { return QStringLiteral("md"); }
    QByteArray exportDocument(const Core::RstDocument &document) const override;
};

} // namespace Specwright::Plugins
