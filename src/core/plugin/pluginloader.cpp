// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pluginloader.h"

#include "codehighlighter.h"

#include <QCoreApplication>
#include <QDir>
#include <QPluginLoader>

namespace Specwright::Core {

namespace {

struct LoadedPlugins
{
    const CodeHighlighter *codeHighlighter = nullptr;
    QStringList errors;
};

const LoadedPlugins &loadedPlugins()
{
    // A function-local static: initialised once, thread-safe; plugins stay loaded for the process.
    static const LoadedPlugins plugins = [] {
        LoadedPlugins loaded;
        for (const QString &path : PluginLoader::searchPaths()) {
            const QDir dir(path);
            for (const QString &name : dir.entryList({QStringLiteral("*.so")}, QDir::Files, QDir::Name)) {
                QPluginLoader loader(dir.filePath(name));
                QObject *instance = loader.instance();
                if (!instance) {
                    loaded.errors.append(loader.errorString());
                    continue;
                }
                if (auto *highlighter = qobject_cast<CodeHighlighter *>(instance);
                    highlighter && !loaded.codeHighlighter) {
                    loaded.codeHighlighter = highlighter;
                }
            }
        }
        return loaded;
    }();
    return plugins;
}

} // namespace

const CodeHighlighter *PluginLoader::codeHighlighter()
{
    return loadedPlugins().codeHighlighter;
}

QStringList PluginLoader::searchPaths()
{
    QStringList paths;
    if (qEnvironmentVariableIntValue("SPECWRIGHT_NO_PLUGINS") == 1) {
        return paths; // to rule a plugin out when something goes wrong, and for like-for-like benchmarks
    }
    for (const QString &path :
         qEnvironmentVariable("SPECWRIGHT_PLUGIN_PATH").split(QLatin1Char(':'), Qt::SkipEmptyParts)) {
        paths.append(QDir(path).absolutePath());
    }
    if (QCoreApplication::instance()) {
        // The build tree, and an installed tree wherever it was moved (a package installs to /usr).
        const QString bin = QCoreApplication::applicationDirPath();
        paths.append(QDir(bin + QStringLiteral("/../lib/specwright/plugins")).absolutePath());
        paths.append(QDir(bin + QStringLiteral("/../" SPECWRIGHT_RELATIVE_PLUGIN_DIR)).absolutePath());
    }
    paths.append(QStringLiteral(SPECWRIGHT_INSTALL_PLUGIN_DIR));
    paths.removeDuplicates();
    return paths;
}

QStringList PluginLoader::loadErrors()
{
    return loadedPlugins().errors;
}

} // namespace Specwright::Core
