// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFont>
#include <QString>

namespace Specwright::Widgets {

/**
 * What Settings → Preferences sets, kept in QSettings: the editor's font, tab
 * width, soft wrap and zoom, the check delay, the default profile, spelling,
 * synchronised scrolling and the theme. A plain value: load(), change, save().
 */
struct Preferences
{
    QFont editorFont;          ///< the editor's font at zoom 0
    int tabWidth = 4;          ///< spaces a Tab inserts
    int checkDelay = 150;      ///< milliseconds of typing pause before checking and the preview
    QString defaultProfile;    ///< "glance", "nova", "strict"; empty: the repository's own
    bool spelling = true;      ///< spell checking of prose
    QString spellingLanguage;  ///< a dictionary name such as "en_US"; empty: the system's English
    bool syncScrolling = true; ///< the editor and the preview scroll together
    QString theme;             ///< a KSyntaxHighlighting theme for the whole window; empty: follow the system
    bool softWrap = false;     ///< specs are hard-wrapped: off by default
    int zoom = 0;              ///< points added to the editor font's size (Ctrl++ / Ctrl+-)

    static constexpr int MinimumCheckDelay = 0;
    static constexpr int MaximumCheckDelay = 5000;
    static constexpr int MinimumZoom = -8;
    static constexpr int MaximumZoom = 40;

    /// The defaults: the system's fixed-width font, everything else as declared.
    static Preferences defaults();
    /// The user's preferences (the defaults for what was never set).
    static Preferences load();
    void save() const;
    /// Saves only what differs from \a before, so that what another window saved meanwhile stays.
    void saveChanges(const Preferences &before) const;

    bool operator==(const Preferences &) const = default;
};

} // namespace Specwright::Widgets
