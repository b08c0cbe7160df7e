// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "previewrequestfilter.h"

#include <QDir>

namespace Specwright::Widgets {

PreviewRequestFilter::PreviewRequestFilter(QObject *parent)
    : QWebEngineUrlRequestInterceptor(parent)
{
}

void PreviewRequestFilter::setAllowedDirectory(const QString &directory)
{
    const QString canonical = QDir(directory).canonicalPath();
    // Any name in the folder: FileReach looks at the folder the spec is in.
    Core::FileReach reach =
        canonical.isEmpty() ? Core::FileReach() : Core::FileReach::forSpec(canonical + QStringLiteral("/-"));
    const QMutexLocker lock(&m_mutex);
    m_directory = canonical;
    m_reach = std::move(reach);
}

int PreviewRequestFilter::blockedRequests() const
{
    const QMutexLocker lock(&m_mutex);
    return m_blocked;
}

void PreviewRequestFilter::interceptRequest(QWebEngineUrlRequestInfo &info)
{
    const QUrl url = info.requestUrl();
    const QString scheme = url.scheme();
    bool allowed = scheme == QLatin1String("data") || scheme == QLatin1String("qrc");
    if (scheme == QLatin1String("file")) {
        const QMutexLocker lock(&m_mutex);
        // The page itself (the folder URL setHtml uses) and existing files inside the spec's reach.
        allowed = !m_directory.isEmpty() &&
                  (QDir(url.toLocalFile()).canonicalPath() == m_directory || m_reach.allows(url.toLocalFile()));
    }
    if (!allowed) {
        info.block(true);
        const QMutexLocker lock(&m_mutex);
        ++m_blocked;
    }
}

} // namespace Specwright::Widgets
