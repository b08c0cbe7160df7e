// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDir>
#include <QStringList>

namespace Specwright::Core {

/**
 * Where a spec's repository is and which release folders it has: what the
 * template and profile resolution and Export for Review both need.
 */
class SpecRepository final
{
public:
    /** The specs repository holding \a path: the nearest folder upwards with a specs/ folder. */
    static QString find(const QString &path);
    /**
     * Moves \a dir to its parent folder, also from a folder not created yet (a spec's target
     * in a new release folder), which QDir::cdUp() refuses. False at the file system's root.
     */
    static bool goUp(QDir &dir);
    /** The release folders of \a repository's specs/ folder, oldest first (named cycles, then 2023.1 …). */
    static QStringList releases(const QString &repository);
    /** Whether release \a a comes before \a b: named cycles (austin … zed), then 2023.1, 2023.2 … */
    static bool isReleaseBefore(const QString &a, const QString &b);
    /**
     * Whether \a name can name a new release folder: a dated release (2027.1) or a cycle name in
     * lower case.
     */
    static bool isReleaseName(const QString &name);
    /** The release after \a release: 2026.1 → 2026.2, 2026.2 → 2027.1; empty after a named cycle. */
    static QString nextRelease(const QString &release);
};

} // namespace Specwright::Core
