// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The built plugins, loaded through the PluginManager as the app loads them.
#include <core/analysis/analysisservice.h>
#include <core/analysis/specanalyzer.h>
#include <core/plugin/codehighlighter.h>
#include <core/plugin/exporter.h>
#include <core/plugin/pluginmanager.h>
#include <core/plugin/ruleprovider.h>
#include <core/rst/rstparser.h>
#include <core/validate/builtintemplates.h>
#include <core/validate/checkrules.h>
#include <core/validate/spectemplate.h>
#include <core/validate/specvalidator.h>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFuture>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QtConcurrent/QtConcurrentRun>

#include <csignal>

using Specwright::Core::AnalysisInput;
using Specwright::Core::AnalysisService;
using Specwright::Core::BuiltinTemplates;
using Specwright::Core::CheckRules;
using Specwright::Core::Diagnostic;
using Specwright::Core::Exporter;
using Specwright::Core::PluginManager;
using Specwright::Core::RstParser;
using Specwright::Core::RuleProvider;
using Specwright::Core::SpecAnalysis;
using Specwright::Core::SpecAnalyzer;
using Specwright::Core::SpecTemplate;
using Specwright::Core::SpecValidator;

namespace {

PluginManager::Plugin plugin(const QString &fileContains)
{
    for (const PluginManager::Plugin &p : PluginManager::plugins()) {
        if (p.file.contains(fileContains)) {
            return p;
        }
    }
    return {};
}

// What the window's service does with an unsaved spec: Specwright's checks and the enabled plugins'.
SpecAnalysis analyseWithPlugins(const QString &text)
{
    CheckRules rules;
    return SpecAnalyzer::analyse(
        AnalysisInput::fromEditor(text, QString(), 1, Specwright::Core::TextFile::LineEnding::Unix, false), rules,
        PluginManager::ruleProviders());
}

} // namespace

class PluginsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear(); // before the manager reads which plugins are enabled
        // A plugin folder with a file that is not a plugin: recorded as a load error, nothing else.
        QVERIFY(m_extra.isValid());
        QFile broken(m_extra.filePath(QStringLiteral("libbroken.so")));
        QVERIFY(broken.open(QIODevice::WriteOnly) && broken.write("not a plugin") > 0);
        broken.close();
        qputenv("SPECWRIGHT_PLUGIN_PATH", m_extra.path().toUtf8());
    }

    void bothPluginsLoad()
    {
        const PluginManager::Plugin highlighter = plugin(QStringLiteral("ksyntaxhighlighting"));
        QVERIFY2(highlighter.loaded, qPrintable(highlighter.status));
        QVERIFY(highlighter.enabled);
        QCOMPARE(highlighter.interfaces, QStringList{QStringLiteral("code highlighter")});
        const PluginManager::Plugin docutils = plugin(QStringLiteral("docutils-check"));
        QVERIFY2(docutils.loaded, qPrintable(docutils.status));
        QCOMPARE(docutils.name, QStringLiteral("docutils second opinion"));
        QVERIFY(!docutils.enabled); // it starts another program: only when asked for
        QVERIFY2(docutils.status.startsWith(QLatin1String("docutils ")), qPrintable(docutils.status));
        QVERIFY(PluginManager::ruleProviders().isEmpty());
        const PluginManager::Plugin broken = plugin(QStringLiteral("libbroken.so"));
        QVERIFY(!broken.loaded && !broken.status.isEmpty());
        QCOMPARE(PluginManager::loadErrors(), QStringList{broken.status});
    }

    void markdownExport()
    {
        const QList<const Exporter *> exporters = PluginManager::exporters();
        QCOMPARE(exporters.size(), 1);
        const Exporter *markdown = exporters.first();
        QCOMPARE(markdown->fileSuffix(), QStringLiteral("md"));
        const QString text = QStringLiteral(
            "=====\nTitle\n=====\n\nProblem\n=======\n\nSome *emphasis*, **strong**, ``code`` and "
            "`a link <https://example.org/x>`_ with a * star.\n\n* one\n* two\n\n.. code-block:: json\n\n"
            "   {\"a\": 1}\n\n.. note:: Careful.\n\n+---+---+\n| a | b |\n+---+---+\n");
        const QString out = QString::fromUtf8(markdown->exportDocument(*RstParser::parse(text)));
        for (const QString &part :
             {QStringLiteral("# Title\n"), QStringLiteral("## Problem\n"), QStringLiteral("*emphasis*"),
              QStringLiteral("**strong**"), QStringLiteral("`code`"), QStringLiteral("[a link](https://example.org/x)"),
              QStringLiteral("with a \\* star"), QStringLiteral("  - one\n  - two\n"),
              QStringLiteral("``` json\n{\"a\": 1}\n```"), QStringLiteral("> **Note**"),
              QStringLiteral("    +---+---+\n    | a | b |\n    +---+---+")}) {
            QVERIFY2(out.contains(part), qPrintable(QStringLiteral("missing %1 in:\n%2").arg(part, out)));
        }
    }

    void novaTemplate()
    {
        const BuiltinTemplates::Entry nova = BuiltinTemplates::find(QStringLiteral("nova-spec"));
        QCOMPARE(nova.displayName, QStringLiteral("Nova specification"));
        QCOMPARE(BuiltinTemplates::all().constFirst().id, QStringLiteral("glance-spec")); // still the default
        const QString text = BuiltinTemplates::text(nova);
        const SpecTemplate spec = SpecTemplate::fromText(text, QStringLiteral("nova"));
        QVERIFY(spec.isValid());
        QStringList titles;
        for (const SpecTemplate::Section &section : spec.sections()) {
            titles.append(section.title);
        }
        QCOMPARE(titles, QStringList({QStringLiteral("Problem description"), QStringLiteral("Proposed change"),
                                      QStringLiteral("Implementation"), QStringLiteral("Dependencies"),
                                      QStringLiteral("Testing"), QStringLiteral("Documentation Impact"),
                                      QStringLiteral("References"), QStringLiteral("History")}));
        // A spec started from it passes the Nova profile's checks of structure and markup.
        const QList<Diagnostic> found =
            SpecValidator::validate(text, *RstParser::parse(text), spec, SpecValidator::Profile::Nova);
        for (const Diagnostic &d : found) {
            QVERIFY2(d.severity != Diagnostic::Severity::Error, qPrintable(d.ruleId + QLatin1Char(' ') + d.message));
        }
    }

    void docutilsSecondOpinion()
    {
        PluginManager::setEnabled(plugin(QStringLiteral("docutils-check")).file, true);
        QVERIFY(QSettings()
                    .value(QStringLiteral("plugins/enabled"))
                    .toStringList()
                    .contains(QStringLiteral("libspecwright-docutils-check.so")));
        const QList<const RuleProvider *> providers = PluginManager::ruleProviders();
        QCOMPARE(providers.size(), 1);
        const QString text = QStringLiteral("Title\n=====\n\n.. frob::\n\n*unclosed\n\n.. code-block:: json\n\n"
                                            "   {}\n\n:ref:`fine`\n");
        for (int round = 0; round < 3; ++round) { // one helper answers every check
            const QList<Diagnostic> found = providers.first()->check(text, QStringLiteral("x.rst"));
            QCOMPARE(found.size(), 2); // the Sphinx directive and role are known to it
            QCOMPARE(found.at(0).range.startLine, 3);
            QCOMPARE(found.at(0).severity, Diagnostic::Severity::Error);
            QVERIFY(found.at(0).message.contains(QLatin1String("Unknown directive type \"frob\"")));
            QCOMPARE(found.at(1).range.startLine, 5);
            QCOMPARE(found.at(1).severity, Diagnostic::Severity::Warning);
            QCOMPARE(found.at(1).ruleId, QStringLiteral("docutils"));
        }
        // The validator's background analysis includes them.
        const SpecAnalysis result = analyseWithPlugins(text);
        QVERIFY(std::any_of(result.diagnostics.begin(), result.diagnostics.end(),
                            [](const Diagnostic &d) { return d.ruleId == QLatin1String("docutils"); }));
        PluginManager::setEnabled(plugin(QStringLiteral("docutils-check")).file, false);
        QVERIFY(PluginManager::ruleProviders().isEmpty());
    }

    // A check nobody waits for any more ends at once, its helper killed; the status never waits for it;
    // and a validation service destroyed mid-check (the app quitting) does not wait for docutils.
    void docutilsCheckStopsWhenCancelled()
    {
        const QString file = plugin(QStringLiteral("docutils-check")).file;
        PluginManager::setEnabled(file, true);
        const QList<const RuleProvider *> providers = PluginManager::ruleProviders();
        QCOMPARE(providers.size(), 1);
        const RuleProvider *provider = providers.first();
        const auto *docutils = dynamic_cast<const QObject *>(provider);
        QVERIFY(docutils);
        QString slow; // about 4 s of docutils' time
        for (int i = 0; i < 40000; ++i) {
            slow += QStringLiteral("Paragraph %1 with *some* ``markup`` and text.\n\n").arg(i);
        }
        std::atomic_bool cancel{false};
        QFuture<QList<Diagnostic>> running =
            QtConcurrent::run([&] { return provider->check(slow, QStringLiteral("slow.rst"), &cancel); });
        QTest::qWait(500); // docutils is busy with it now
        QElapsedTimer timer;
        timer.start();
        QVERIFY(provider->status().startsWith(QLatin1String("docutils "))); // answered without waiting
        QVERIFY2(timer.elapsed() < 200, qPrintable(QString::number(timer.elapsed())));
        qint64 helper = -1;
        QVERIFY(QMetaObject::invokeMethod(const_cast<QObject *>(docutils), "helperProcess", Qt::DirectConnection,
                                          Q_RETURN_ARG(qint64, helper)));
        QVERIFY(helper > 0);
        timer.restart();
        cancel = true;
        running.waitForFinished();
        QVERIFY2(timer.elapsed() < 500, qPrintable(QString::number(timer.elapsed())));
        QVERIFY(running.result().isEmpty());
        QCOMPARE(::kill(pid_t(helper), 0), -1); // killed and reaped: gone
        // The next check starts a fresh helper and answers.
        QCOMPARE(provider->check(QStringLiteral(".. frob::\n"), QString()).size(), 1);

        // Quitting: the service's destructor cancels the running analysis and returns at once.
        auto service = std::make_unique<AnalysisService>();
        service->request(
            AnalysisInput::fromEditor(slow, QString(), 1, Specwright::Core::TextFile::LineEnding::Unix, false));
        QTest::qWait(1500); // parsed and checked by Specwright; now in docutils
        timer.restart();
        service.reset();
        QVERIFY2(timer.elapsed() < 1000, qPrintable(QString::number(timer.elapsed())));
        PluginManager::setEnabled(file, false);
    }

    // python3 -c puts the current folder first on the import path: a json.py planted in the folder
    // Specwright was started from (or on PYTHONPATH) would run inside the helper. The check runs in a
    // child process started there, so that its helper is a new one.
    void plantedModuleDoesNotRun()
    {
        QTemporaryDir planted;
        QVERIFY(planted.isValid());
        const QString marker = planted.filePath(QStringLiteral("ran"));
        for (const QString &module :
             {QStringLiteral("json.py"), QStringLiteral("docutils.py"), QStringLiteral("sitecustomize.py")}) {
            QFile file(planted.filePath(module));
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(QStringLiteral("open(%1, 'a').write('%2\\n')\n")
                           .arg(QString::fromUtf8(QJsonDocument(QJsonArray{marker}).toJson(QJsonDocument::Compact))
                                    .mid(1)
                                    .chopped(1),
                                module)
                           .toUtf8());
        }
        QProcess child;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("PYTHONPATH"), planted.path());
        environment.insert(QStringLiteral("PYTHONSTARTUP"), planted.filePath(QStringLiteral("json.py")));
        environment.insert(QStringLiteral("HOME"), planted.path()); // the child's own settings
        environment.insert(QStringLiteral("SPECWRIGHT_TEST_PLANTED"), QStringLiteral("1"));
        child.setProcessEnvironment(environment);
        child.setWorkingDirectory(planted.path());
        child.setProcessChannelMode(QProcess::MergedChannels);
        child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("plantedModuleChild")});
        QVERIFY(child.waitForFinished(60000));
        const QString output = QString::fromUtf8(child.readAll());
        QVERIFY2(child.exitStatus() == QProcess::NormalExit && child.exitCode() == 0, qPrintable(output));
        QVERIFY2(output.contains(QLatin1String("PASS   : PluginsTest::plantedModuleChild()")), qPrintable(output));
        QVERIFY2(!QFile::exists(marker), QFile(marker).open(QIODevice::ReadOnly) ? "a planted module ran" : "");
    }

    // Runs only as the child of plantedModuleDoesNotRun(), in the planted folder.
    void plantedModuleChild()
    {
        if (qEnvironmentVariableIsEmpty("SPECWRIGHT_TEST_PLANTED")) {
            QSKIP("run by plantedModuleDoesNotRun in a folder with planted modules");
        }
        PluginManager::setEnabled(plugin(QStringLiteral("docutils-check")).file, true);
        const QList<const RuleProvider *> providers = PluginManager::ruleProviders();
        QCOMPARE(providers.size(), 1);
        const QList<Diagnostic> found = providers.first()->check(QStringLiteral(".. frob::\n"), QString());
        QCOMPARE(found.size(), 1); // the real json and docutils answered
        QVERIFY(found.first().message.contains(QLatin1String("Unknown directive type \"frob\"")));
    }

    // Without docutils the plugin still loads and says so once, in its status (what Help → Plugins
    // shows); switched on, it adds no rule provider, no diagnostic and no error. Each case runs in a
    // child process, because a plugin answers that question once per process.
    void absentDocutilsIsOneNotice_data()
    {
        QTest::addColumn<QString>("wrapper");
        QTest::addColumn<QString>("notice");
        QTest::newRow("no python3 at all")
            << QString()
            << QStringLiteral("Not available: python3 cannot be started (No such file or directory): "
                              "install python3-docutils.");
        QTest::newRow("python3 without docutils")
            << QStringLiteral("#!/bin/sh\nexec %1 -S \"$@\"\n") // -S: no site-packages, so no docutils
            << QStringLiteral("Not available: python3-docutils is not installed.");
    }

    void absentDocutilsIsOneNotice()
    {
        QFETCH(QString, wrapper);
        QFETCH(QString, notice);
        QTemporaryDir bin;
        QVERIFY(bin.isValid());
        if (!wrapper.isEmpty()) {
            const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
            if (python.isEmpty()) {
                QSKIP("python3 is not installed here");
            }
            QFile script(bin.filePath(QStringLiteral("python3")));
            QVERIFY(script.open(QIODevice::WriteOnly));
            script.write(wrapper.arg(python).toUtf8());
            script.close();
            QVERIFY(script.setPermissions(script.permissions() | QFileDevice::ExeOwner));
        }
        QProcess child;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("PATH"), bin.path()); // python3 is looked up here only
        environment.insert(QStringLiteral("HOME"), bin.path()); // the child's own settings
        environment.insert(QStringLiteral("SPECWRIGHT_TEST_ABSENT_DOCUTILS"), notice);
        child.setProcessEnvironment(environment);
        child.setProcessChannelMode(QProcess::MergedChannels);
        child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("absentDocutilsChild")});
        QVERIFY(child.waitForFinished(60000));
        const QString output = QString::fromUtf8(child.readAll());
        QVERIFY2(child.exitStatus() == QProcess::NormalExit && child.exitCode() == 0, qPrintable(output));
        QVERIFY2(output.contains(QLatin1String("PASS   : PluginsTest::absentDocutilsChild()")), qPrintable(output));
    }

    // Runs only as the child of absentDocutilsIsOneNotice().
    void absentDocutilsChild()
    {
        const QString notice = qEnvironmentVariable("SPECWRIGHT_TEST_ABSENT_DOCUTILS");
        if (notice.isEmpty()) {
            QSKIP("run by absentDocutilsIsOneNotice in a process without docutils");
        }
        const PluginManager::Plugin docutils = plugin(QStringLiteral("docutils-check"));
        QVERIFY2(docutils.loaded, qPrintable(docutils.status)); // not a load error
        QCOMPARE(docutils.status, notice);
        QVERIFY(!PluginManager::loadErrors().join(u'\n').contains(QLatin1String("docutils")));
        PluginManager::setEnabled(docutils.file, true);
        QVERIFY(plugin(QStringLiteral("docutils-check")).enabled);
        QCOMPARE(plugin(QStringLiteral("docutils-check")).status, notice); // the same one notice
        QVERIFY(PluginManager::ruleProviders().isEmpty());
        const QString text = QStringLiteral("=====\nTitle\n=====\n\n.. frob::\n");
        const SpecAnalysis result = analyseWithPlugins(text);
        QVERIFY(!result.diagnostics.isEmpty()); // Specwright's own checks still run
        for (const Diagnostic &d : result.diagnostics) {
            QVERIFY2(d.ruleId != QLatin1String("docutils") && !d.message.contains(QLatin1String("python")),
                     qPrintable(d.message));
        }
    }

private:
    QTemporaryDir m_extra;
};

QTEST_GUILESS_MAIN(PluginsTest)
#include "plugins_test.moc"
