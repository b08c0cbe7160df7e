// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/plugin/codehighlighter.h>

#include <KSyntaxHighlighting/Repository>
#include <QCache>
#include <QMutex>
#include <QObject>

namespace Specwright::Plugins {

/// Code highlighting with KSyntaxHighlighting: the editor's definitions and themes, for the preview and exports.
class KshCodeHighlighter final
    : public QObject
    , public Core::CodeHighlighter
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID SpecwrightCodeHighlighter_iid FILE "kshcodehighlighter.json")
    Q_INTERFACES(Specwright::Core::CodeHighlighter)

public:
    bool supports(const QString &language) const override;
    QList<Span> highlight(const QString &code, const QString &language) const override;
    QString styleSheet(const QString &lightTheme, const QString &darkTheme) const override;

private:
    // The repository is not meant for concurrent use: one caller at a time.
    mutable QMutex m_mutex;
    KSyntaxHighlighting::Repository m_repository;
    /// Spans by language and code; the cost is the code's length, about 4 MB of code at most.
    mutable QCache<QString, QList<Span>> m_cache{4 * 1024 * 1024};
};

} // namespace Specwright::Plugins
