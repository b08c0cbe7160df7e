// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

/**
 * The spec files `check` reads from a folder: every `*.rst` file below it.
 *
 * The result is what QDirIterator(folder, {"*.rst"}, QDir::Files,
 * QDirIterator::Subdirectories) lists, sorted, and on Linux also every other
 * entry so named that is not a folder: named pipes, devices, sockets, and
 * symbolic links that lead nowhere or round in a loop, so that `check`
 * reports each as skipped, with the reason, instead of passing over it. The
 * name filter ignores case, hidden files and folders (names starting with a
 * dot) are left out, a symbolic link to a file counts as a file, symbolic
 * links to folders are not followed, and folders that cannot be read are
 * skipped. Paths are spelt `<folder>/<sub>/<name>.rst`.
 *
 * \note Reentrant.
 */
class SpecFileFinder final
{
public:
    static QStringList specsIn(const QString &folder);
    /**
     * \a files without the symbolic links whose target is one of \a files too: a spec that a
     * repository links into several folders (glance's per-release copies) is checked once, by its
     * real path. Links to elsewhere, and links that lead nowhere, stay (the latter are reported).
     */
    static QStringList onceEach(const QStringList &files);
};
