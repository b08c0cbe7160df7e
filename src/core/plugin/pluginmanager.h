// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QStringList>

namespace Specwright::Core {

class CodeHighlighter;
class Exporter;
class RuleProvider;
class TemplateProvider;

/**
 * Finds Specwright's Qt plugins (QPluginLoader) and hands out their interfaces.
 *
 * Plugins are looked for in $SPECWRIGHT_PLUGIN_PATH (colon-separated), in
 * `lib/specwright/plugins` beside the executable's `bin/` folder (the build
 * tree and a relocated install) and in the installed plugin folder;
 * SPECWRIGHT_NO_PLUGINS=1 loads none. Loading happens once, on first use, from
 * any thread; load errors are recorded, not fatal. A plugin whose metadata
 * says "enabledByDefault": false (e.g. one that starts another program) only
 * works once enabled (Help → Plugins; the "plugins/enabled" and
 * "plugins/disabled" settings).
 */
class PluginManager final
{
public:
    struct Plugin
    {
        QString file;
        QString name;
        QString description;
        QStringList interfaces; ///< "code highlighter", "rule provider" …
        QString status;         ///< what it reports about itself, or why it did not load
        bool loaded = false;
        bool enabled = false;
    };

    /** Whether plugins() asks rule providers for their status (which may start their tool). */
    enum class Status { Ask, Skip };

    /**
     * Every plugin file found, loaded or not. With Status::Skip a rule
     * provider's status is left empty: a caller on the GUI thread lists them
     * at once and asks for the rest on a worker.
     */
    static QList<Plugin> plugins(Status status = Status::Ask);
    /** Turns \a file's plugin on or off for this and later runs. */
    static void setEnabled(const QString &file, bool enabled);

    /** The code highlighter plugin, or nullptr when none is installed and enabled (code then stays plain). */
    static const CodeHighlighter *codeHighlighter();
    /** The enabled export formats. */
    static QList<const Exporter *> exporters();
    /** The enabled template providers. */
    static QList<const TemplateProvider *> templateProviders();
    /** Which plugins ruleProviders() takes: the ones the user enabled, or every one installed. */
    enum class Selection { Enabled, Installed };
    /**
     * The rule providers that can run here: the enabled ones (the window), or with
     * Selection::Installed every installed one (`specwright-cli check --plugin-rules`). \a
     * unavailable, when given, receives "name: why" for each selected one that cannot run.
     */
    static QList<const RuleProvider *> ruleProviders(Selection selection = Selection::Enabled,
                                                     QStringList *unavailable = nullptr);

    /** The folders searched, in order. */
    static QStringList searchPaths();
    /** Plugins that exist but could not be loaded, with the reason. */
    static QStringList loadErrors();
};

} // namespace Specwright::Core
