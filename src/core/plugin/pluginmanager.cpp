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
#include <QHash>
#include <QJsonObject>
#include <QMutex>
#include <QPluginLoader>
#include <QSettings>

namespace Specwright::Core {

namespace {

struct Loaded
{
    PluginManager::Plugin info;
    QString iid; ///< the interface the plugin's metadata declares
    QObject *instance = nullptr;
    bool tried = false; ///< whether its library was loaded (or failed to)
};

QMutex &stateMutex()
{
    static QMutex mutex;
    return mutex;
}

QString interfaceName(const QString &iid)
{
    static const QHash<QString, QString> names = {
        {QStringLiteral(SpecwrightCodeHighlighter_iid), QStringLiteral("code highlighter")},
        {QStringLiteral(SpecwrightTemplateProvider_iid), QStringLiteral("templates")},
        {QStringLiteral(SpecwrightExporter_iid), QStringLiteral("exporter")},
        {QStringLiteral(SpecwrightRuleProvider_iid), QStringLiteral("rule provider")},
    };
    return names.value(iid);
}

QList<Loaded> &loadedPlugins()
{
    // A function-local static: found once, thread-safe. Only the metadata is read here: a plugin's
    // library is loaded when its interface is first asked for (checking a spec needs no code
    // highlighter, and loading that one pulls in QtGui).
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
                const QJsonObject all = QPluginLoader(entry.info.file).metaData();
                const QJsonObject meta = all.value(QStringLiteral("MetaData")).toObject();
                entry.iid = all.value(QStringLiteral("IID")).toString();
                entry.info.name = meta.value(QStringLiteral("name")).toString(name);
                entry.info.description = meta.value(QStringLiteral("description")).toString();
                const bool byDefault = meta.value(QStringLiteral("enabledByDefault")).toBool(true);
                entry.info.enabled = !disabled.contains(name) && (byDefault || enabled.contains(name));
                if (const QString interface = interfaceName(entry.iid); !interface.isEmpty()) {
                    entry.info.interfaces.append(interface);
                }
                found.append(entry);
            }
        }
        return found;
    }();
    return plugins;
}

// The plugin's instance, its library loaded on first use; the caller holds stateMutex().
QObject *instanceOf(Loaded &entry)
{
    if (!entry.tried) {
        entry.tried = true;
        QPluginLoader loader(entry.info.file);
        entry.instance = loader.instance();
        entry.info.loaded = entry.instance != nullptr;
        if (!entry.instance) {
            entry.info.status = loader.errorString();
        }
    }
    return entry.instance;
}

// The enabled plugins that declare \a iid, loaded; the caller holds stateMutex().
template<typename Interface>
QList<Interface *> enabledInstances(QList<Loaded> &loaded, const char *iid)
{
    QList<Interface *> found;
    for (Loaded &entry : loaded) {
        if (entry.info.enabled && entry.iid == QLatin1String(iid)) {
            if (auto *instance = qobject_cast<Interface *>(instanceOf(entry))) {
                found.append(instance);
            }
        }
    }
    return found;
}

} // namespace

QList<PluginManager::Plugin> PluginManager::plugins(Status status)
{
    QList<Loaded> &loaded = loadedPlugins();
    QList<std::pair<Plugin, const RuleProvider *>> found;
    {
        const QMutexLocker lock(&stateMutex());
        for (Loaded &entry : loaded) {
            // Listing them loads every plugin: their load errors and status are part of the list.
            auto *rules = qobject_cast<RuleProvider *>(instanceOf(entry));
            found.append({entry.info, rules});
        }
    }
    QList<Plugin> result;
    for (auto &[info, rules] : found) {
        // Asked only when listed, and outside the lock: a rule provider's status may start its
        // tool (docutils' helper), which must not hold up rendering.
        if (rules && status == Status::Ask) {
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
    const QList<CodeHighlighter *> found = enabledInstances<CodeHighlighter>(loaded, SpecwrightCodeHighlighter_iid);
    return found.isEmpty() ? nullptr : found.first();
}

QList<const Exporter *> PluginManager::exporters()
{
    QList<Loaded> &loaded = loadedPlugins();
    const QMutexLocker lock(&stateMutex());
    QList<const Exporter *> found;
    for (Exporter *exporter : enabledInstances<Exporter>(loaded, SpecwrightExporter_iid)) {
        found.append(exporter);
    }
    return found;
}

QList<const TemplateProvider *> PluginManager::templateProviders()
{
    QList<Loaded> &loaded = loadedPlugins();
    const QMutexLocker lock(&stateMutex());
    QList<const TemplateProvider *> found;
    for (TemplateProvider *provider : enabledInstances<TemplateProvider>(loaded, SpecwrightTemplateProvider_iid)) {
        found.append(provider);
    }
    return found;
}

QList<const RuleProvider *> PluginManager::ruleProviders(Selection selection, QStringList *unavailable)
{
    QList<Loaded> &loaded = loadedPlugins();
    QList<std::pair<QString, RuleProvider *>> selected;
    {
        const QMutexLocker lock(&stateMutex());
        for (Loaded &entry : loaded) {
            if ((entry.info.enabled || selection == Selection::Installed) &&
                entry.iid == QLatin1String(SpecwrightRuleProvider_iid)) {
                if (auto *rules = qobject_cast<RuleProvider *>(instanceOf(entry))) {
                    selected.append({entry.info.name, rules});
                }
            }
        }
    }
    // Outside the lock: the first answer may start a tool, and the GUI thread takes the lock too.
    QList<const RuleProvider *> providers;
    for (const auto &[name, rules] : std::as_const(selected)) {
        if (rules->isAvailable()) {
            providers.append(rules);
        } else if (unavailable) {
            unavailable->append(QStringLiteral("%1: %2").arg(name, rules->status()));
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
