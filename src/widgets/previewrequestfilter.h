// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/document/filereach.h>

#include <QMutex>
#include <QWebEngineUrlRequestInterceptor>

namespace Specwright::Widgets {

/// Blocks every request of the preview except local files in the spec's reach (images).
class PreviewRequestFilter final : public QWebEngineUrlRequestInterceptor
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreviewRequestFilter)

public:
    explicit PreviewRequestFilter(QObject *parent = nullptr);

    /// The page lives in \a directory (the spec's folder); local files in the spec's FileReach may load.
    void setAllowedDirectory(const QString &directory);
    /// How many requests were blocked so far.
    int blockedRequests() const;

    void interceptRequest(QWebEngineUrlRequestInfo &info) override;

private:
    mutable QMutex m_mutex;  // interceptRequest runs on WebEngine's IO thread
    QString m_directory;     ///< the page's own folder
    Core::FileReach m_reach; ///< files in it may load
    int m_blocked = 0;
};

} // namespace Specwright::Widgets
