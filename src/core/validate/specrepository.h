// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

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
    /** The release folders of \a repository's specs/ folder, oldest first (named cycles, then 2023.1 …). */
    static QStringList releases(const QString &repository);
};

} // namespace Specwright::Core
