// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace Specwright::Widgets {

/// The recently opened or saved files, newest first, kept in QSettings for every window.
class RecentFiles final
{
public:
    static constexpr int Maximum = 10;

    static QStringList list();
    /// Puts \a path first (once) and returns the new list.
    static QStringList add(const QString &path);
    /// Takes \a path out; false when it was not listed.
    static bool remove(const QString &path);
    static void clear();
};

} // namespace Specwright::Widgets
