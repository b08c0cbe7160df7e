// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "specrepository.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

#include <algorithm>

namespace Specwright::Core {

namespace {

// Release folders: named cycles (austin … zed) sort before the dated ones (2023.1 …).
bool releaseBefore(const QString &a, const QString &b)
{
    static const QRegularExpression dated(QStringLiteral("^\\d{4}\\.\\d+$"));
    const bool aDated = dated.match(a).hasMatch();
    const bool bDated = dated.match(b).hasMatch();
    if (aDated != bDated) {
        return bDated;
    }
    return aDated ? QStringView(a).split(u'.').first().toInt() * 100 + QStringView(a).split(u'.').last().toInt() <
                        QStringView(b).split(u'.').first().toInt() * 100 + QStringView(b).split(u'.').last().toInt()
                  : a < b;
}

} // namespace

QString SpecRepository::find(const QString &path)
{
    QDir dir(QFileInfo(path).isDir() ? path : QFileInfo(path).absolutePath());
    for (int depth = 0; depth < 16; ++depth) {
        if (QFileInfo(dir.filePath(QStringLiteral("specs"))).isDir()) {
            return dir.absolutePath();
        }
        if (!dir.cdUp()) {
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
    std::sort(found.begin(), found.end(), releaseBefore);
    return found;
}

} // namespace Specwright::Core
