// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Specwright::Core {

/// A line-by-line comparison of two texts, for "Compare" when recovering or reloading a document.
class LineDiff final
{
public:
    /**
     * A unified diff from \a before to \a after (labelled \a beforeName and \a afterName) with
     * \a context unchanged lines around each change; an empty string when the texts are equal.
     */
    static QString unified(const QString &before, const QString &after, const QString &beforeName,
                           const QString &afterName, int context = 3);
};

} // namespace Specwright::Core
