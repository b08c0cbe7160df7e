// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "previewrequestfilter.h"

#include <core/document/filereach.h>

#include <QDir>
#include <QFileInfo>

namespace Specwright::Widgets {

PreviewRequestFilter::PreviewRequestFilter(QObject *parent)
    : QWebEngineUrlRequestInterceptor(parent)
{
}

void PreviewRequestFilter::setAllowedDirectory(const QString &directory)
{
    const QString canonical = QDir(directory).canonicalPath();
    // Any name in the folder: FileReach looks at the folder the spec is in.
    const QString root =
        canonical.isEmpty() ? QString() : Core::FileReach::forSpec(canonical + QStringLiteral("/-")).root();
    const QMutexLocker lock(&m_mutex);
    m_directory = canonical;
    m_root = root;
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
        const QString path = QFileInfo(url.toLocalFile()).canonicalFilePath();
        // The page itself (the folder URL setHtml uses) and files inside the spec's reach.
        allowed =
            !m_directory.isEmpty() && (QDir(url.toLocalFile()).canonicalPath() == m_directory ||
                                       (!path.isEmpty() && !m_root.isEmpty() &&
                                        (m_root == QLatin1String("/") || path.startsWith(m_root + QLatin1Char('/')))));
    }
    if (!allowed) {
        info.block(true);
        const QMutexLocker lock(&m_mutex);
        ++m_blocked;
    }
}

} // namespace Specwright::Widgets
