// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "filereach.h"

#include <QDir>
#include <QFileInfo>

namespace Specwright::Core {

namespace {

bool isInside(const QString &canonicalPath, const QString &root)
{
    return root == QLatin1String("/") || canonicalPath == root || canonicalPath.startsWith(root + QLatin1Char('/'));
}

} // namespace

FileReach FileReach::forSpec(const QString &specPath)
{
    FileReach reach;
    if (specPath.isEmpty()) {
        return reach;
    }
    const QString folder = QDir(QFileInfo(specPath).absolutePath()).canonicalPath();
    if (folder.isEmpty()) {
        return reach;
    }
    for (QDir dir(folder);;) {
        if (QFileInfo::exists(dir.filePath(QStringLiteral(".git")))) {
            reach.m_root = dir.path();
            return reach;
        }
        if (!dir.cdUp()) {
            break;
        }
    }
    // A specs repository without git (an unpacked tarball, a copy): the folder holding the specs/
    // folder the spec lies in.
    for (QDir dir(folder);;) {
        const QString specs = dir.filePath(QStringLiteral("specs"));
        if (QFileInfo(specs).isDir() && isInside(folder, QDir(specs).canonicalPath())) {
            reach.m_root = dir.path();
            return reach;
        }
        if (!dir.cdUp()) {
            break;
        }
    }
    reach.m_root = folder;
    return reach;
}

FileReach::Verdict FileReach::check(const QString &path, QString *canonicalPath) const
{
    if (m_root.isEmpty()) {
        return Verdict::NoRoot;
    }
    const QString absolute = QDir::cleanPath(QDir(m_root).absoluteFilePath(path));
    const QString canonical = QFileInfo(absolute).canonicalFilePath();
    if (!canonical.isEmpty()) {
        if (!isInside(canonical, m_root)) {
            return Verdict::Outside;
        }
        if (canonicalPath) {
            *canonicalPath = canonical;
        }
        return Verdict::Allowed;
    }
    // Missing (or a dangling link): say so only when it would have been inside.
    QString existing = QFileInfo(absolute).absolutePath();
    while (!QFileInfo::exists(existing) && existing != QLatin1String("/")) {
        existing = QFileInfo(existing).absolutePath();
    }
    return isInside(QDir(existing).canonicalPath(), m_root) ? Verdict::Missing : Verdict::Outside;
}

QString FileReach::explain(Verdict verdict, const QString &path) const
{
    switch (verdict) {
    case Verdict::Allowed:
        return {};
    case Verdict::Outside:
        return QStringLiteral("\"%1\" is outside the spec's repository (%2); a spec may only read files inside it.")
            .arg(path, m_root);
    case Verdict::Missing:
        return QStringLiteral("\"%1\" does not exist.").arg(path);
    case Verdict::NoRoot:
        return QStringLiteral("the spec has not been saved yet, so it has no folder to read \"%1\" from.").arg(path);
    }
    return {};
}

} // namespace Specwright::Core
