// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "specrepository.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

#include <algorithm>

namespace Specwright::Core {

namespace {

const QRegularExpression &datedRelease()
{
    static const QRegularExpression dated(QStringLiteral("^\\d{4}\\.\\d+$"));
    return dated;
}

} // namespace

// Release folders: named cycles (austin … zed) sort before the dated ones (2023.1 …).
bool SpecRepository::isReleaseBefore(const QString &a, const QString &b)
{
    const QRegularExpression &dated = datedRelease();
    const bool aDated = dated.match(a).hasMatch();
    const bool bDated = dated.match(b).hasMatch();
    if (aDated != bDated) {
        return bDated;
    }
    return aDated ? QStringView(a).split(u'.').first().toInt() * 100 + QStringView(a).split(u'.').last().toInt() <
                        QStringView(b).split(u'.').first().toInt() * 100 + QStringView(b).split(u'.').last().toInt()
                  : a < b;
}

bool SpecRepository::isReleaseName(const QString &name)
{
    // OpenStack's dated releases have two a year; cycle names are single lower-case words.
    static const QRegularExpression release(QStringLiteral("^(\\d{4}\\.[12]|[a-z]+)$"));
    static const QStringList notReleases{QStringLiteral("approved"), QStringLiteral("implemented"),
                                         QStringLiteral("backlog"),  QStringLiteral("abandoned"),
                                         QStringLiteral("archive"),  QStringLiteral("untargeted"),
                                         QStringLiteral("api"),      QStringLiteral("specs")};
    return release.match(name).hasMatch() && !notReleases.contains(name);
}

QString SpecRepository::nextRelease(const QString &release)
{
    if (!datedRelease().match(release).hasMatch()) {
        return {};
    }
    const int year = QStringView(release).split(u'.').first().toInt();
    const int half = QStringView(release).split(u'.').last().toInt();
    return half >= 2 ? QStringLiteral("%1.1").arg(year + 1) : QStringLiteral("%1.%2").arg(year).arg(half + 1);
}

bool SpecRepository::goUp(QDir &dir)
{
    const QString here = dir.absolutePath();
    const QString parent = QFileInfo(here).absolutePath();
    if (parent == here) {
        return false;
    }
    dir.setPath(parent);
    return true;
}

QString SpecRepository::find(const QString &path)
{
    QDir dir(QFileInfo(path).isDir() ? path : QFileInfo(path).absolutePath());
    for (int depth = 0; depth < 16; ++depth) {
        if (QFileInfo(dir.filePath(QStringLiteral("specs"))).isDir()) {
            return dir.absolutePath();
        }
        if (!goUp(dir)) {
            break;
        }
    }
    return {};
}

QStringList SpecRepository::releases(const QString &repository)
{
    QStringList found;
    const QDir specs(QDir(repository).filePath(QStringLiteral("specs")));
    for (const QString &name : specs.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        // A release folder holds approved/ (or implemented/) specs; api/, untargeted/ … do not.
        if (QFileInfo(specs.filePath(name + QStringLiteral("/approved"))).isDir() ||
            QFileInfo(specs.filePath(name + QStringLiteral("/implemented"))).isDir()) {
            found.append(name);
        }
    }
    std::sort(found.begin(), found.end(), isReleaseBefore);
    return found;
}

} // namespace Specwright::Core
