// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "firstrunlayout.h"

#include <algorithm>

namespace Specwright::Widgets {

namespace {
// Room the window's frame, menu bar, toolbar and status bar take (the docks get the rest).
constexpr int FrameMargin = 16;
constexpr int MaximumWidth = 1680;
constexpr int MaximumHeight = 1050;
} // namespace

FirstRunLayout FirstRunLayout::forScreen(const QSize &available, int editorWidth)
{
    FirstRunLayout layout;
    const int width = std::min(available.width() - FrameMargin, MaximumWidth);
    const int height = std::min(available.height() - 2 * FrameMargin, MaximumHeight);
    layout.window = QSize(width, height);
    // The outline only when the editor and a readable preview still fit beside it.
    const int panes = width - FrameMargin;
    layout.outline = panes - OutlineWidth >= editorWidth + MinimumPreview ? OutlineWidth : 0;
    const int split = panes - layout.outline;
    layout.editor = std::max(editorWidth, split / 2); // a wide screen shares evenly
    layout.editor = std::min(layout.editor, std::max(editorWidth, split - MinimumPreview));
    layout.preview = std::max(0, split - layout.editor);
    layout.diagnostics = std::clamp(height / 6, 90, 200);
    return layout;
}

} // namespace Specwright::Widgets
