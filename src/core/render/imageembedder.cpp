// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "imageembedder.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QUrl>

namespace Specwright::Core {

namespace {

QString mimeTypeOf(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("png")) {
        return QStringLiteral("image/png");
    }
    if (suffix == QLatin1String("jpg") || suffix == QLatin1String("jpeg")) {
        return QStringLiteral("image/jpeg");
    }
    if (suffix == QLatin1String("gif")) {
        return QStringLiteral("image/gif");
    }
    if (suffix == QLatin1String("svg")) {
        return QStringLiteral("image/svg+xml"); // an <img> never runs an SVG's scripts
    }
    if (suffix == QLatin1String("webp")) {
        return QStringLiteral("image/webp");
    }
    return {};
}

} // namespace

ImageEmbedder::ImageEmbedder(const QString &specPath)
    : m_folder(specPath.isEmpty() ? QString() : QFileInfo(specPath).absolutePath())
    , m_reach(FileReach::forSpec(specPath))
{
}

QString ImageEmbedder::source(const QString &uri)
{
    const QUrl url(uri);
    if (url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https") ||
        url.scheme() == QLatin1String("data")) {
        return uri;
    }
    if (!url.scheme().isEmpty() || m_folder.isEmpty()) {
        return {};
    }
    QString canonical;
    const QString path = QDir(m_folder).absoluteFilePath(QUrl::fromPercentEncoding(url.path().toUtf8()));
    const QString type = mimeTypeOf(path);
    if (type.isEmpty() || m_reach.check(path, &canonical) != FileReach::Verdict::Allowed) {
        return {};
    }
    QFile file(canonical);
    const qint64 size = QFileInfo(canonical).size();
    if (size > MaximumImageBytes || m_embeddedBytes + size > MaximumPageBytes || !file.open(QIODevice::ReadOnly)) {
        return {};
    }
    const QByteArray data = file.read(MaximumImageBytes);
    m_embeddedBytes += data.size();
    return QStringLiteral("data:%1;base64,%2").arg(type, QString::fromLatin1(data.toBase64()));
}

} // namespace Specwright::Core
