// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "testconfig.h"

#include <core/spec/builtintemplates.h>

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using Specwright::Core::BuiltinTemplates;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run runCli(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(SPECWRIGHT_BIN_DIR "/specwright-cli"), arguments);
    Run run;
    if (!process.waitForFinished(30000) || process.exitStatus() != QProcess::NormalExit) {
        return run;
    }
    run.exitCode = process.exitCode();
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class CliTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void usageAndExitCodes_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("outPart");
        QTest::addColumn<QString>("errPart");
        QTest::newRow("no command") << QStringList() << 2 << QStringLiteral("Usage: specwright-cli") << QString();
        QTest::newRow("help") << QStringList{QStringLiteral("--help")} << 0 << QStringLiteral("Commands:") << QString();
        QTest::newRow("version") << QStringList{QStringLiteral("--version")} << 0 << QStringLiteral("specwright-cli 0.")
                                 << QString();
        QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")} << 2 << QString()
                                         << QStringLiteral("unknown command 'frobnicate'");
        QTest::newRow("templates") << QStringList{QStringLiteral("templates")} << 0
                                   << QStringLiteral("glance-spec\tGlance specification") << QString();
        QTest::newRow("new without file")
            << QStringList{QStringLiteral("new")} << 2 << QString() << QStringLiteral("give exactly one output file");
        QTest::newRow("new with unknown template") << QStringList{QStringLiteral("new"), QStringLiteral("--template"),
                                                                  QStringLiteral("nova"), QStringLiteral("-")}
                                                   << 2 << QString() << QStringLiteral("no template called 'nova'");
        QTest::newRow("new with unknown option")
            << QStringList{QStringLiteral("new"), QStringLiteral("--bogus"), QStringLiteral("-")} << 2 << QString()
            << QStringLiteral("bogus");
    }

    void usageAndExitCodes()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, outPart);
        QFETCH(QString, errPart);
        const Run run = runCli(arguments);
        QCOMPARE(run.exitCode, exitCode);
        QVERIFY2(run.out.contains(outPart), qPrintable(run.out));
        QVERIFY2(run.err.contains(errPart), qPrintable(run.err));
    }

    void newWritesTheTemplate()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("my-spec.rst"));
        const Run run = runCli({QStringLiteral("new"), path});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains(path));
        QCOMPARE(readAll(path), BuiltinTemplates::text(BuiltinTemplates::all().constFirst()).toUtf8());
    }

    void newToStdout()
    {
        const Run run = runCli({QStringLiteral("new"), QStringLiteral("-")});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out, BuiltinTemplates::text(BuiltinTemplates::all().constFirst()));
    }

    void newNeverOverwritesWithoutForce()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("existing.rst"));
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("my precious work\n");
        }
        Run run = runCli({QStringLiteral("new"), path});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QLatin1String("already exists")), qPrintable(run.err));
        QCOMPARE(readAll(path), QByteArray("my precious work\n"));

        run = runCli({QStringLiteral("new"), QStringLiteral("--force"), path});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(readAll(path).startsWith(".."));
    }

    void newIntoMissingFolderFails()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("no/such/folder/spec.rst"));
        const Run run = runCli({QStringLiteral("new"), path});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QLatin1String("cannot be written")), qPrintable(run.err));
    }
};

QTEST_GUILESS_MAIN(CliTest)
#include "cli_test.moc"
