// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pluginmanager.h"

#include "codehighlighter.h"
#include "exporter.h"
#include "ruleprovider.h"
#include "templateprovider.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonObject>
#include <QMutex>
#include <QPluginLoader>
#include <QSettings>

namespace Specwright::Core {

namespace {

struct Loaded
{
    PluginManager::Plugin info;
    QObject *instance = nullptr;
};

QMutex &stateMutex()
{
    static QMutex mutex;
    return mutex;
}

QList<Loaded> &loadedPlugins()
{
    // A function-local static: loaded once, thread-safe; plugins stay loaded for the process.
    static QList<Loaded> plugins = [] {
        QList<Loaded> found;
        const QSettings settings;
        const QStringList enabled = settings.value(QStringLiteral("plugins/enabled")).toStringList();
        const QStringList disabled = settings.value(QStringLiteral("plugins/disabled")).toStringList();
        QStringList seen;
        for (const QString &path : PluginManager::searchPaths()) {
            const QDir dir(path);
            for (const QString &name : dir.entryList({QStringLiteral("*.so")}, QDir::Files, QDir::Name)) {
                if (seen.contains(name)) {
                    continue; // the same plugin in two folders: the first one found wins
                }
                seen.append(name);
                Loaded entry;
                entry.info.file = dir.filePath(name);
                QPluginLoader loader(entry.info.file);
                const QJsonObject meta = loader.metaData().value(QStringLiteral("MetaData")).toObject();
                entry.info.name = meta.value(QStringLiteral("name")).toString(name);
                entry.info.description = meta.value(QStringLiteral("description")).toString();
                const bool byDefault = meta.value(QStringLiteral("enabledByDefault")).toBool(true);
                entry.info.enabled = !disabled.contains(name) && (byDefault || enabled.contains(name));
                entry.instance = loader.instance();
                entry.info.loaded = entry.instance != nullptr;
                if (!entry.instance) {
                    entry.info.status = loader.errorString();
                } else {
                    if (qobject_cast<CodeHighlighter *>(entry.instance)) {
                        entry.info.interfaces.append(QStringLiteral("code highlighter"));
                    }
                    if (qobject_cast<TemplateProvider *>(entry.instance)) {
                        entry.info.interfaces.append(QStringLiteral("templates"));
                    }
                    if (qobject_cast<Exporter *>(entry.instance)) {
                        entry.info.interfaces.append(QStringLiteral("exporter"));
                    }
                    if (qobject_cast<RuleProvider *>(entry.instance)) {
                        entry.info.interfaces.append(QStringLiteral("rule provider"));
                    }
                }
                found.append(entry);
            }
        }
        return found;
    }();
    return plugins;
}

} // namespace

QList<PluginManager::Plugin> PluginManager::plugins()
{
    QList<Loaded> &loaded = loadedPlugins();
    QList<std::pair<Plugin, const RuleProvider *>> found;
    {
        const QMutexLocker lock(&stateMutex());
        for (const Loaded &entry : loaded) {
            found.append({entry.info, qobject_cast<RuleProvider *>(entry.instance)});
        }
    }
    QList<Plugin> result;
    for (auto &[info, rules] : found) {
        // Asked only when listed, and outside the lock: a rule provider's status may start its
        // tool (docutils' helper), which must not hold up rendering.
        if (rules) {
            info.status = rules->status();
        }
        result.append(info);
    }
    return result;
}

void PluginManager::setEnabled(const QString &file, bool enabled)
{
    QList<Loaded> &loaded = loadedPlugins();
    const QMutexLocker lock(&stateMutex());
    const QString name = QFileInfo(file).fileName();
    QSettings settings;
    QStringList on = settings.value(QStringLiteral("plugins/enabled")).toStringList();
    QStringList off = settings.value(QStringLiteral("plugins/disabled")).toStringList();
    on.removeAll(name);
    off.removeAll(name);
    (enabled ? on : off).append(name);
    settings.setValue(QStringLiteral("plugins/enabled"), on);
    settings.setValue(QStringLiteral("plugins/disabled"), off);
    for (Loaded &entry : loaded) {
        if (QFileInfo(entry.info.file).fileName() == name) {
            entry.info.enabled = enabled;
        }
    }
}

const CodeHighlighter *PluginManager::codeHighlighter()
{
    QList<Loaded> &loaded = loadedPlugins();
    const QMutexLocker lock(&stateMutex());
    for (const Loaded &entry : loaded) {
        if (entry.info.enabled) {
            if (auto *highlighter = qobject_cast<CodeHighlighter *>(entry.instance)) {
                return highlighter;
            }
        }
    }
    return nullptr;
}

QList<const Exporter *> PluginManager::exporters()
{
    QList<Loaded> &loaded = loadedPlugins();
    const QMutexLocker lock(&stateMutex());
    QList<const Exporter *> found;
    for (const Loaded &entry : loaded) {
        if (auto *exporter = qobject_cast<Exporter *>(entry.instance); exporter && entry.info.enabled) {
            found.append(exporter);
        }
    }
    return found;
}

QList<const TemplateProvider *> PluginManager::templateProviders()
{
    QList<Loaded> &loaded = loadedPlugins();
    const QMutexLocker lock(&stateMutex());
    QList<const TemplateProvider *> found;
    for (const Loaded &entry : loaded) {
        if (auto *provider = qobject_cast<TemplateProvider *>(entry.instance); provider && entry.info.enabled) {
            found.append(provider);
        }
    }
    return found;
}

QList<const RuleProvider *> PluginManager::ruleProviders()
{
    QList<Loaded> &loaded = loadedPlugins();
    const QMutexLocker lock(&stateMutex());
    QList<const RuleProvider *> providers;
    for (const Loaded &entry : loaded) {
        if (auto *rules = qobject_cast<RuleProvider *>(entry.instance); rules && entry.info.enabled) {
            if (rules->isAvailable()) {
                providers.append(rules);
            }
        }
    }
    return providers;
}

QStringList PluginManager::searchPaths()
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

QStringList PluginManager::loadErrors()
{
    QStringList errors;
    for (const Plugin &plugin : plugins()) {
        if (!plugin.loaded) {
            errors.append(plugin.status);
        }
    }
    return errors;
}

} // namespace Specwright::Core
