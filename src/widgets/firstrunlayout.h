// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSize>

namespace Specwright::Widgets {

/**
 * The window's size and proportions the first time it opens (later it comes back as it was
 * left): the editor wide enough for all 80 columns of a spec line, the preview a readable column
 * beside it, the outline beside them when there is room, the diagnostics under them.
 */
struct FirstRunLayout
{
    QSize window;
    int outline = 0;     ///< the outline dock's width
    int diagnostics = 0; ///< the diagnostics dock's height
    int editor = 0;      ///< the splitter's share for the editor
    int preview = 0;     ///< … and for the preview

    /// The preview's narrowest readable width.
    static constexpr int MinimumPreview = 380;
    static constexpr int OutlineWidth = 220;

    /// The layout on a screen with \a available room for an editor that needs \a editorWidth pixels.
    static FirstRunLayout forScreen(const QSize &available, int editorWidth);
};

} // namespace Specwright::Widgets
