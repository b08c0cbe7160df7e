// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
// `specwright-cli check`, run as a process the way CI and pre-commit hooks run it.
#include "testconfig.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run check(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(SPECWRIGHT_BIN_DIR "/specwright-cli"),
                  QStringList{QStringLiteral("check")} + arguments);
    Run run;
    if (process.waitForFinished(60000) && process.exitStatus() == QProcess::NormalExit) {
        run.exitCode = process.exitCode();
        run.out = QString::fromUtf8(process.readAllStandardOutput());
        run.err = QString::fromUtf8(process.readAllStandardError());
    }
    return run;
}

void write(const QString &path, const QByteArray &data)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size()) {
        qFatal("cannot write %s", qPrintable(path));
    }
}

const QString Example = QStringLiteral(SPECWRIGHT_SOURCE_DIR "/resources/examples/example-spec.rst");

} // namespace

class CheckCommandTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanSpecExitsZero()
    {
        const Run run = check({Example});
        QCOMPARE(run.exitCode, 0);
        // Only the informational APIImpact note.
        QVERIFY2(run.out.contains(QLatin1String(": info: ")) && !run.out.contains(QLatin1String(": error: ")),
                 qPrintable(run.out));
    }

    void findingsExitOneInTheEditorFormat()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bad.rst"));
        write(path, "=====\nTitle\n=====\n\nText with a trailing space \n\n.. frobnicate::\n");
        const Run run = check({QStringLiteral("--profile"), QStringLiteral("glance"), path});
        QCOMPARE(run.exitCode, 1);
        static const QRegularExpression line(
            QStringLiteral("^(.+):(\\d+):(\\d+): (error|warning|info): (.+) \\[([a-z-]+)\\]$"));
        bool trailing = false;
        bool directive = false;
        for (const QString &text : run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            const auto match = line.match(text);
            QVERIFY2(match.hasMatch(), qPrintable(text));
            QCOMPARE(match.captured(1), path);
            if (match.captured(6) == QLatin1String("trailing-whitespace")) {
                trailing = true;
                QCOMPARE(match.captured(2), QStringLiteral("5"));
                QCOMPARE(match.captured(3), QStringLiteral("27"));
                QCOMPARE(match.captured(4), QStringLiteral("error"));
            }
            if (match.captured(6) == QLatin1String("unknown-directive")) {
                directive = true;
                QCOMPARE(match.captured(2), QStringLiteral("7"));
                QVERIFY(match.captured(5).contains(QLatin1String("Unknown directive type \"frobnicate\"")));
            }
        }
        QVERIFY(trailing);
        QVERIFY(directive);
    }

    void jsonHasTheSameFields()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("long.rst"));
        write(path, "=====\nTitle\n=====\n\n" + QByteArray("word ").repeated(20).trimmed() + "\n");
        const Run run = check({QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--profile"),
                               QStringLiteral("glance"), path});
        QCOMPARE(run.exitCode, 0); // long lines only warn under glance
        const QJsonArray array = QJsonDocument::fromJson(run.out.toUtf8()).array();
        QVERIFY(!array.isEmpty());
        bool longLine = false;
        for (const QJsonValue &value : array) {
            const QJsonObject object = value.toObject();
            for (const char *key : {"path", "line", "column", "severity", "message", "rule"}) {
                QVERIFY2(object.contains(QLatin1String(key)), key);
            }
            if (object.value(QStringLiteral("rule")).toString() == QLatin1String("line-too-long")) {
                longLine = true;
                QCOMPARE(object.value(QStringLiteral("line")).toInt(), 5);
                QCOMPARE(object.value(QStringLiteral("severity")).toString(), QStringLiteral("warning"));
            }
        }
        QVERIFY(longLine);
    }

    void foldersAndBadFiles()
    {
        QTemporaryDir dir;
        QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("specs/sub")));
        write(dir.filePath(QStringLiteral("specs/sub/good.rst")), "=====\nTitle\n=====\n\nNone\n");
        write(dir.filePath(QStringLiteral("specs/sub/latin1.rst")), "Caf\xE9\n");
        write(dir.filePath(QStringLiteral("specs/sub/bad.rst")), "=====\nTitle\n=====\n\n.. frob::\n");
        write(dir.filePath(QStringLiteral("specs/notes.txt")), "not a spec\n");
        const Run run =
            check({QStringLiteral("--profile"), QStringLiteral("glance"), dir.filePath(QStringLiteral("specs"))});
        // An unreadable file is an I/O error (exit 2) with a clear message; the others are still checked.
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QLatin1String("latin1.rst is not valid UTF-8")), qPrintable(run.err));
        QVERIFY(run.out.contains(QLatin1String("bad.rst:5:1: error: Unknown directive type \"frob\".")));
        QVERIFY(!run.out.contains(QLatin1String("notes.txt")));
    }

    // Each folder has its own template and profile; many folders used to leave checks reading a
    // template the growing per-folder table had moved away (an intermittent crash).
    void manyFoldersInParallel()
    {
        QTemporaryDir dir;
        const int folders = 60;
        for (int i = 0; i < folders; ++i) {
            const QString folder = QStringLiteral("specs/release-%1").arg(i);
            QVERIFY(QDir(dir.path()).mkpath(folder));
            write(dir.filePath(folder + QStringLiteral("/bad.rst")), "=====\nTitle\n=====\n\n.. frob::\n");
        }
        for (int attempt = 0; attempt < 5; ++attempt) {
            const Run run = check({dir.filePath(QStringLiteral("specs"))});
            QCOMPARE(run.exitCode, 1);
            QCOMPARE(run.out.count(QLatin1String("error: Unknown directive type \"frob\".")), folders);
        }
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("errPart");
        QTest::newRow("no path") << QStringList() << QStringLiteral("at least one file");
        QTest::newRow("unknown profile") << QStringList{QStringLiteral("--profile"), QStringLiteral("cinder"), Example}
                                         << QStringLiteral("unknown profile 'cinder'");
        QTest::newRow("unknown format") << QStringList{QStringLiteral("--format"), QStringLiteral("xml"), Example}
                                        << QStringLiteral("unknown format 'xml'");
        QTest::newRow("missing file") << QStringList{QStringLiteral("/nonexistent/spec.rst")}
                                      << QStringLiteral("does not exist");
    }

    void usageErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, errPart);
        const Run run = check(arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(errPart), qPrintable(run.err));
    }
};

QTEST_GUILESS_MAIN(CheckCommandTest)
#include "checkcommand_test.moc"
