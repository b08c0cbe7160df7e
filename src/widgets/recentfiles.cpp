// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "recentfiles.h"

#include <QFileInfo>
#include <QSettings>

namespace Specwright::Widgets {

namespace {
const QString Key = QStringLiteral("recentFiles");
} // namespace

QStringList RecentFiles::list()
{
    return QSettings().value(Key).toStringList();
}

QStringList RecentFiles::add(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList files = list();
    files.removeAll(absolute);
    files.prepend(absolute);
    while (files.size() > Maximum) {
        files.removeLast();
    }
    QSettings().setValue(Key, files);
    return files;
}

bool RecentFiles::remove(const QString &path)
{
    QStringList files = list();
    if (files.removeAll(QFileInfo(path).absoluteFilePath()) == 0) {
        return false;
    }
    QSettings().setValue(Key, files);
    return true;
}

void RecentFiles::clear()
{
    QSettings().remove(Key);
}

} // namespace Specwright::Widgets
