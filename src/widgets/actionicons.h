// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QIcon>

namespace Specwright::Widgets {

/**
 * The toolbar's icons: the desktop theme's own (document-new, edit-find …) where it has them,
 * else Specwright's, drawn here in the palette's text colour so that they suit a light or a dark
 * window alike (a bare system may have no icon theme, nor an SVG icon engine).
 */
class ActionIcons final
{
    Q_DECLARE_TR_FUNCTIONS(ActionIcons)

public:
    enum class Kind {
        New,
        Open,
        Save,
        Undo,
        Redo,
        Find,
        Diagram,
        Review,
        Preview,
        // The diagram canvas's tools and settings.
        Select,
        Box,
        Line,
        Arrow,
        Text,
        Freehand,
        Erase,
        Unicode,
        Grid,
        ZoomIn,
        ZoomOut,
        Float,
    };

    /// The theme's icon for \a kind, or the drawn fallback.
    static QIcon icon(Kind kind, const QPalette &palette);
    /// Specwright's own drawing of \a kind (what icon() falls back to).
    static QIcon drawn(Kind kind, const QPalette &palette);
    /// The freedesktop icon name for \a kind.
    static QString themeName(Kind kind);
};

} // namespace Specwright::Widgets
