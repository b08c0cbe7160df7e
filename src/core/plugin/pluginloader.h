// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace Specwright::Core {

class CodeHighlighter;

/**
 * Finds Specwright's Qt plugins (QPluginLoader) and hands out their interfaces.
 *
 * Plugins are looked for in $SPECWRIGHT_PLUGIN_PATH (colon-separated), in
 * `lib/specwright/plugins` beside the executable's `bin/` folder (the build
 * tree and a relocated install) and in the installed plugin folder;
 * SPECWRIGHT_NO_PLUGINS=1 loads none. Loading happens once, on first use, from
 * any thread.
 */
class PluginLoader final
{
public:
    /** The code highlighter plugin, or nullptr when none is installed (code then stays plain). */
    static const CodeHighlighter *codeHighlighter();

    /** The folders searched, in order. */
    static QStringList searchPaths();

    /** Plugins that exist but could not be loaded, with the reason (for `--version` style reports). */
    static QStringList loadErrors();
};

} // namespace Specwright::Core
