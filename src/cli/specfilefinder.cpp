// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "specfilefinder.h"

#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>

#ifdef Q_OS_LINUX
#include <cstring>
#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace {

#ifdef Q_OS_LINUX

// QDirIterator's "*.rst" filter ignores case the Unicode way. Names in plain ASCII are decided here;
// any other name goes through the same wildcard expression QDirIterator uses.
bool isSpecName(const char *name)
{
    const size_t length = std::strlen(name);
    bool ascii = true;
    for (size_t i = 0; i < length && ascii; ++i) {
        ascii = static_cast<unsigned char>(name[i]) < 0x80;
    }
    if (!ascii) {
        static const QRegularExpression wildcard =
            QRegularExpression::fromWildcard(QStringLiteral("*.rst"), Qt::CaseInsensitive);
        return wildcard.match(QFile::decodeName(name)).hasMatch();
    }
    return length >= 4 && name[length - 4] == '.' && (name[length - 3] | 0x20) == 'r' &&
           (name[length - 2] | 0x20) == 's' && (name[length - 1] | 0x20) == 't';
}

// One folder level. The entry types come from readdir: a stat only for symbolic links and file
// systems that do not report types. QDirIterator costs a stat and a QFileInfo for every entry.
void collect(int folderFd, const QString &prefix, QStringList &found)
{
    DIR *const folder = fdopendir(folderFd);
    if (!folder) {
        close(folderFd);
        return;
    }
    while (const dirent *entry = readdir(folder)) {
        const char *const name = entry->d_name;
        if (name[0] == '.') {
            continue; // ".", ".." and hidden entries, as QDirIterator without QDir::Hidden
        }
        unsigned char type = entry->d_type;
        if (type == DT_UNKNOWN) {
            struct stat status;
            if (fstatat(dirfd(folder), name, &status, AT_SYMLINK_NOFOLLOW) != 0) {
                continue;
            }
            type = S_ISDIR(status.st_mode)   ? DT_DIR
                   : S_ISREG(status.st_mode) ? DT_REG
                   : S_ISLNK(status.st_mode) ? DT_LNK
                                             : DT_UNKNOWN;
        }
        if (type == DT_DIR) {
            const int subFd = openat(dirfd(folder), name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
            if (subFd >= 0) {
                collect(subFd, prefix + QFile::decodeName(name) + QLatin1Char('/'), found);
            }
            continue;
        }
        if (!isSpecName(name)) {
            continue;
        }
        if (type == DT_LNK) {
            // Listed under the link's name; links to folders are not followed. A link that leads
            // nowhere (or round in a loop) is listed too: checking it says why it cannot be read.
            struct stat target;
            if (fstatat(dirfd(folder), name, &target, 0) == 0 && S_ISDIR(target.st_mode)) {
                continue;
            }
        }
        found.append(prefix + QFile::decodeName(name));
    }
    closedir(folder);
}

#endif

} // namespace

QStringList SpecFileFinder::onceEach(const QStringList &files)
{
    QSet<QString> real;
    for (const QString &file : files) {
        const QFileInfo info(file);
        if (!info.isSymLink()) {
            real.insert(info.canonicalFilePath());
        }
    }
    QStringList once;
    for (const QString &file : files) {
        const QFileInfo info(file);
        if (info.isSymLink() && real.contains(info.canonicalFilePath())) {
            continue;
        }
        once.append(file);
    }
    return once;
}

QStringList SpecFileFinder::specsIn(const QString &folder)
{
    QStringList found;
#ifdef Q_OS_LINUX
    // Linux only: there a hidden entry is one whose name starts with a dot (macOS also hides by a
    // file flag). Qt resource paths (":/...") exist only for Qt's own file engines.
    if (!folder.startsWith(QLatin1Char(':'))) {
        const int fd = open(QFile::encodeName(folder).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
        if (fd >= 0) {
            collect(fd, folder.endsWith(QLatin1Char('/')) ? folder : folder + QLatin1Char('/'), found);
        }
        found.sort();
        return found;
    }
#endif
    QDirIterator it(folder, {QStringLiteral("*.rst")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        found.append(it.next());
    }
    found.sort();
    return found;
}
