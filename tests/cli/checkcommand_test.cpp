// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
// `specwright-cli check`, run as a process the way CI and pre-commit hooks run it.
#include "testconfig.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run check(const QStringList &arguments,
          const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment())
{
    QProcess process;
    process.setProcessEnvironment(environment);
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

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
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

    // The same rule plugins the window runs when enabled: docutils itself finds what it finds, under
    // its own rule id, beside Specwright's findings.
    void pluginRulesRunOnRequest()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bad.rst"));
        write(path, "=====\nTitle\n=====\n\n.. frobnicate::\n");
        const Run plain = check({QStringLiteral("--format"), QStringLiteral("json"), path});
        QVERIFY(!plain.out.contains(QLatin1String("\"docutils\"")));
        const Run run =
            check({QStringLiteral("--plugin-rules"), QStringLiteral("--format"), QStringLiteral("json"), path});
        if (run.err.contains(QLatin1String("rule plugin not run"))) {
            QSKIP(qPrintable(QStringLiteral("docutils cannot run here: ") + run.err));
        }
        QCOMPARE(run.exitCode, 1);
        const QJsonArray findings = QJsonDocument::fromJson(run.out.toUtf8()).array();
        QStringList rules;
        for (const QJsonValue &finding : findings) {
            rules.append(finding.toObject().value(QStringLiteral("rule")).toString());
        }
        QVERIFY2(rules.contains(QStringLiteral("unknown-directive")), qPrintable(rules.join(u',')));
        QVERIFY2(rules.contains(QStringLiteral("docutils")), qPrintable(run.out + run.err));
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

    // On a repository with a docs build, `check` reports what sphinx-build -W would: on a file, and
    // on the whole repository (its index files too).
    void repositoryChecksOfTheSphinxBuild()
    {
        QTemporaryDir dir;
        QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("specs/2026.2/approved")));
        QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("doc/source")));
        write(dir.filePath(QStringLiteral("tox.ini")),
              "[testenv:docs]\ncommands = sphinx-build -W -b html doc/source doc/build/html\n");
        write(dir.filePath(QStringLiteral("doc/source/conf.py")), "master_doc = 'index'\n");
        write(dir.filePath(QStringLiteral("doc/source/index.rst")),
              "=====\nSpecs\n=====\n\n.. toctree::\n   :glob:\n\n   specs/*/index\n");
        QVERIFY(QFile::link(QStringLiteral("../../specs"), dir.filePath(QStringLiteral("doc/source/specs"))));
        write(dir.filePath(QStringLiteral("specs/2026.2/index.rst")),
              "======\n2026.2\n======\n\n.. toctree::\n\n   approved/first\n   approved/second\n");
        write(dir.filePath(QStringLiteral("specs/2026.2/approved/first.rst")),
              ".. _first:\n\n=====\nFirst\n=====\n\nSee :ref:`nowhere`.\n");
        const QString lost = dir.filePath(QStringLiteral("specs/2026.2/approved/lost.rst"));
        write(lost, "====\nLost\n====\n\nSee :ref:`first`.\n");

        const Run one = check({lost});
        QVERIFY2(one.out.contains(lost + QStringLiteral(":1:1: error: document isn't included in any toctree")),
                 qPrintable(one.out));
        QVERIFY(!one.out.contains(QStringLiteral("undefined label")));

        const Run all = check({dir.filePath(QStringLiteral("specs"))});
        QCOMPARE(all.exitCode, 1);
        const QString first = dir.filePath(QStringLiteral("specs/2026.2/approved/first.rst"));
        const QString index = dir.filePath(QStringLiteral("specs/2026.2/index.rst"));
        for (const QString &expected :
             {first + QStringLiteral(":7:5: error: undefined label: 'nowhere'. [sphinx-undefined-label]"),
              index + QStringLiteral(":8:4: error: toctree contains reference to nonexisting document "
                                     "'specs/2026.2/approved/second'. [sphinx-toctree-reference]"),
              lost + QStringLiteral(":1:1: error: document isn't included in any toctree")}) {
            QVERIFY2(all.out.contains(expected), qPrintable(expected + QStringLiteral("\n---\n") + all.out));
        }
    }

    // --spelling adds info findings in the same format; off by default, and never an error.
    void spellingFindings()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("spec.rst"));
        QString text = QString::fromUtf8(readAll(Example));
        const QString line = QStringLiteral("  when the connection drops at 39 GB.");
        const qsizetype at = text.indexOf(line);
        QVERIFY(at > 0);
        text.replace(at, line.size(), QStringLiteral("  when the conection drops at 39 GB."));
        write(path, text.toUtf8());
        const int lineNumber = int(text.left(at).count(QLatin1Char('\n'))) + 1;

        const Run plain = check({path});
        QCOMPARE(plain.exitCode, 0);
        QVERIFY2(!plain.out.contains(QLatin1String("[spelling]")), qPrintable(plain.out));

        // A personal dictionary of the user's own words, where the window keeps it.
        QTemporaryDir data;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("XDG_DATA_HOME"), data.path());
        const Run run = check({QStringLiteral("--spelling"), path}, environment);
        if (run.err.contains(QLatin1String("no dictionary"))) {
            QSKIP("no dictionary is installed");
        }
        QCOMPARE(run.exitCode, 0); // spelling findings are information only
        const QRegularExpression finding(
            QStringLiteral("^%1:%2:12: info: Unknown word \"conection\" \\(suggestions: connection(, [^)]+)?\\) "
                           "\\[spelling\\]$")
                .arg(QRegularExpression::escape(path))
                .arg(lineNumber),
            QRegularExpression::MultilineOption);
        QVERIFY2(finding.match(run.out).hasMatch(), qPrintable(run.out));
        // In line order among the other findings.
        const QStringList lines = run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QList<int> numbers;
        for (const QString &l : lines) {
            numbers.append(l.mid(path.size() + 1).section(QLatin1Char(':'), 0, 0).toInt());
        }
        QVERIFY(std::is_sorted(numbers.cbegin(), numbers.cend()));

        // Words in the personal dictionary are not findings.
        QVERIFY(QDir().mkpath(data.path() + QStringLiteral("/specwright")));
        write(data.path() + QStringLiteral("/specwright/personal-dictionary.txt"), "conection\n");
        const Run personal = check({QStringLiteral("--spelling"), path}, environment);
        QVERIFY2(!personal.out.contains(QLatin1String("conection")), qPrintable(personal.out));

        const Run json = check({QStringLiteral("--spelling"), QStringLiteral("--format"), QStringLiteral("json"), path},
                               environment);
        bool spelling = false;
        for (const QJsonValue &value : QJsonDocument::fromJson(json.out.toUtf8()).array()) {
            spelling =
                spelling || value.toObject().value(QStringLiteral("rule")).toString() == QLatin1String("spelling");
        }
        QVERIFY(spelling); // "checksums" and "deployer" are in the example
    }

    void spellingWithoutDictionary()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("spec.rst"));
        write(path, "Title\n=====\n\nTeh recieve.\n");
        const Run run = check({QStringLiteral("--spelling"), QStringLiteral("--spelling-language"),
                               QStringLiteral("xx_XX"), QStringLiteral("--profile"), QStringLiteral("glance"), path});
        QCOMPARE(run.err.count(QLatin1String("no dictionary for xx_XX is installed")), 1);
        QVERIFY2(!run.out.contains(QLatin1String("[spelling]")), qPrintable(run.out));
        QCOMPARE(run.exitCode, check({QStringLiteral("--profile"), QStringLiteral("glance"), path}).exitCode);
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

    // Paths and messages outside ASCII reach the report as UTF-8, line and column unchanged.
    void textLinesKeepNonAsciiText()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("na\u00efve.rst"));
        write(path, "=====\nTitle\n=====\n\n.. fr\xc3\xb3"
                    "b::\n\nCaf\xc3\xa9 \n");
        const Run run = check({QStringLiteral("--profile"), QStringLiteral("glance"), path});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.out.contains(path + QStringLiteral(":5:1: error: Unknown directive type \"fr\u00f3b\".")),
                 qPrintable(run.out));
        QVERIFY2(run.out.contains(path + QStringLiteral(":7:5: error: Trailing whitespace. [trailing-whitespace]\n")),
                 qPrintable(run.out));
    }

    // In a CI log (stdout and stderr together) a file's I/O error stands between the findings of
    // the files before and after it, in the order the files are checked.
    void ioErrorsStayInPlaceAmongFindings()
    {
        QTemporaryDir dir;
        const QByteArray finding = "=====\nTitle\n=====\n\ntrailing \n";
        write(dir.filePath(QStringLiteral("a.rst")), finding);
        write(dir.filePath(QStringLiteral("b.rst")), "bad \xff bytes\n");
        write(dir.filePath(QStringLiteral("c.rst")), finding);
        QProcess process;
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start(QStringLiteral(SPECWRIGHT_BIN_DIR "/specwright-cli"), {QStringLiteral("check"), dir.path()});
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitCode(), 2);
        const QString merged = QString::fromUtf8(process.readAll());
        const qsizetype first = merged.indexOf(QLatin1String("a.rst:5:9: error: Trailing whitespace."));
        const qsizetype error = merged.indexOf(QLatin1String("b.rst is not valid UTF-8"));
        const qsizetype last = merged.indexOf(QLatin1String("c.rst:5:9: error: Trailing whitespace."));
        QVERIFY2(first >= 0 && error >= 0 && last >= 0, qPrintable(merged));
        QVERIFY2(first < error && error < last, qPrintable(merged));
    }

    // The exit status comes from the findings in both formats: the text report keeps only its lines.
    void exitStatusFollowsTheWorstFinding_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("exitCode");
        const QByteArray longLine = QByteArray("word ").repeated(20).trimmed() + "\n";
        for (const char *format : {"text", "json"}) {
            QTest::addRow("%s: warnings only", format) << QString::fromLatin1(format) << longLine << 0;
            QTest::addRow("%s: an error", format) << QString::fromLatin1(format) << longLine + "\n.. frob::\n" << 1;
        }
    }
    void exitStatusFollowsTheWorstFinding()
    {
        QFETCH(QString, format);
        QFETCH(QByteArray, body);
        QFETCH(int, exitCode);
        QTemporaryDir dir;
        // The warning-only spec comes first: its findings must not hide the error of the second.
        write(dir.filePath(QStringLiteral("a.rst")),
              "=====\nTitle\n=====\n\n" + QByteArray("word ").repeated(20).trimmed() + "\n");
        write(dir.filePath(QStringLiteral("b.rst")), "=====\nTitle\n=====\n\n" + body);
        const Run run = check(
            {QStringLiteral("--format"), format, QStringLiteral("--profile"), QStringLiteral("glance"), dir.path()});
        QCOMPARE(run.exitCode, exitCode);
        QCOMPARE(run.out.count(QLatin1String("line-too-long")), 2);
    }

    // More specs with findings than one writev call takes (IOV_MAX, 1024), with a report larger
    // than a pipe holds: every line arrives, in the order of the files.
    void everyFindingOfManyFilesArrivesInOrder()
    {
        QTemporaryDir dir;
        const int files = 1100;
        for (int i = 0; i < files; ++i) {
            write(dir.filePath(QStringLiteral("spec-%1.rst").arg(i, 4, 10, QLatin1Char('0'))),
                  "=====\nTitle\n=====\n\ntrailing \n");
        }
        const Run run = check({dir.path()});
        QCOMPARE(run.exitCode, 1);
        // Each spec has the same findings (the missing template sections besides the trailing space).
        const QStringList lines = run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size() % files, 0);
        QStringList trailing;
        for (const QString &line : lines) {
            if (line.contains(QLatin1String("Trailing whitespace."))) {
                trailing.append(line);
            }
        }
        QCOMPARE(trailing.size(), files);
        for (int i = 0; i < files; ++i) {
            const QString expected =
                QStringLiteral("spec-%1.rst:5:9: error: Trailing whitespace.").arg(i, 4, 10, QLatin1Char('0'));
            QVERIFY2(trailing.at(i).contains(expected), qPrintable(trailing.at(i)));
        }
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

    // The folder walk lists what QDirIterator(*.rst, QDir::Files, Subdirectories) lists, sorted as
    // one list per folder given, less the links to specs it lists already (checked once, by their
    // real path).
    void folderWalk_data()
    {
        QTest::addColumn<QStringList>("files");
        QTest::addColumn<QStringList>("links"); // "name=target" symbolic links
        QTest::addColumn<QString>("argumentSuffix");
        QTest::addColumn<QStringList>("expected"); // checked, in this order
        const auto list = [](std::initializer_list<const char *> names) {
            QStringList result;
            for (const char *name : names) {
                result.append(QString::fromUtf8(name));
            }
            return result;
        };
        QTest::newRow("nested folders, sorted")
            << list({"b.rst", "a.rst", "sub/z.rst", "sub/deeper/m.rst", "A.rst", "sub-a.rst"}) << QStringList()
            << QString() << list({"A.rst", "a.rst", "b.rst", "sub-a.rst", "sub/deeper/m.rst", "sub/z.rst"});
        QTest::newRow("hidden files and folders skipped")
            << list({".hidden/x.rst", ".dot.rst", "visible/.y.rst", "visible/ok.rst"}) << QStringList() << QString()
            << list({"visible/ok.rst"});
        QTest::newRow("only *.rst, in any case")
            << list({"a.RST", "b.Rst", "notes.txt", "c.rst.txt", "rst", "folder.rst/e.rst", "ünïcode.rst", "café.RsT"})
            << QStringList() << QString() << list({"a.RST", "b.Rst", "café.RsT", "folder.rst/e.rst", "ünïcode.rst"});
        QTest::newRow("a link to a listed spec checked once, by its real path; links to folders not followed")
            << list({"real/spec.rst"}) << list({"alias.rst=real/spec.rst", "linked=real", "folder.rst=real"})
            << QString() << list({"real/spec.rst"});
        QTest::newRow("links in release folders to one template, as glance has them")
            << list({"specs/template.rst", "specs/juno/approved/a.rst"})
            << list({"specs/juno/example.rst=../template.rst", "specs/juno/approved/b.rst=../../template.rst"})
            << QString() << list({"specs/juno/approved/a.rst", "specs/template.rst"});
        QTest::newRow("folder given with a trailing slash")
            << list({"x.rst", "sub/y.rst"}) << QStringList() << QStringLiteral("/") << list({"sub/y.rst", "x.rst"});
    }

    void folderWalk()
    {
        QFETCH(QStringList, files);
        QFETCH(QStringList, links);
        QFETCH(QString, argumentSuffix);
        QFETCH(QStringList, expected);
        QTemporaryDir dir;
        const QString root = dir.filePath(QStringLiteral("tree"));
        for (const QString &file : std::as_const(files)) {
            QVERIFY(QDir(root).mkpath(QFileInfo(file).path()));
            write(root + QLatin1Char('/') + file, "=====\nTitle\n=====\n\n.. frob::\n");
        }
        for (const QString &link : std::as_const(links)) {
            const QStringList nameAndTarget = link.split(QLatin1Char('='));
            QVERIFY(QFile::link(nameAndTarget.at(1), root + QLatin1Char('/') + nameAndTarget.at(0)));
        }
        const QString argument = root + argumentSuffix;
        const Run run = check({QStringLiteral("--profile"), QStringLiteral("glance"), argument});
        QCOMPARE(run.exitCode, 1);
        QStringList checked;
        static const QString finding = QStringLiteral(":5:1: error: Unknown directive type");
        for (const QString &line : run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            if (line.contains(finding)) {
                checked.append(line.left(line.indexOf(finding)));
            }
        }
        QStringList oracle;
        QDirIterator it(argument, {QStringLiteral("*.rst")}, QDir::Files, QDirIterator::Subdirectories);
        QSet<QString> realFiles;
        while (it.hasNext()) {
            oracle.append(it.next());
            if (!it.fileInfo().isSymLink()) {
                realFiles.insert(it.fileInfo().canonicalFilePath());
            }
        }
        oracle.removeIf([&realFiles](const QString &path) {
            return QFileInfo(path).isSymLink() && realFiles.contains(QFileInfo(path).canonicalFilePath());
        });
        oracle.sort();
        QCOMPARE(checked, oracle);
        for (QString &path : expected) {
            path.prepend(root + QLatin1Char('/'));
        }
        QCOMPARE(checked, expected);
    }

    // Entries named *.rst that cannot be read are reported as skipped, each with its reason, and the
    // run exits 2; the readable specs beside them are still checked.
    void folderWalkReportsWhatItSkips()
    {
        QTemporaryDir dir;
        const QString root = dir.filePath(QStringLiteral("tree"));
        QVERIFY(QDir().mkpath(root));
        write(root + QStringLiteral("/good.rst"), "=====\nTitle\n=====\n\n.. frob::\n");
        QVERIFY(::mkfifo(QFile::encodeName(root + QStringLiteral("/pipe.rst")).constData(), 0600) == 0);
        QVERIFY(QFile::link(QStringLiteral("/dev/zero"), root + QStringLiteral("/zero.rst")));
        QVERIFY(QFile::link(QStringLiteral("loop-b.rst"), root + QStringLiteral("/loop-a.rst")));
        QVERIFY(QFile::link(QStringLiteral("loop-a.rst"), root + QStringLiteral("/loop-b.rst")));
        QVERIFY(QFile::link(QStringLiteral("missing.rst"), root + QStringLiteral("/dangling.rst")));
        QElapsedTimer timer;
        timer.start();
        const Run run = check({root});
        QVERIFY2(timer.elapsed() < 20000, "a pipe or /dev/zero held the check up");
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.out.contains(root + QStringLiteral("/good.rst:5:1: error: Unknown directive type")),
                 qPrintable(run.out));
        const QStringList expected = {
            root + QStringLiteral("/pipe.rst is not a regular file: it is a named pipe (FIFO)."),
            root + QStringLiteral("/zero.rst is not a regular file: it is a device."),
            root + QStringLiteral("/loop-a.rst is a symbolic link loop"),
            root + QStringLiteral("/loop-b.rst is a symbolic link loop"),
            root + QStringLiteral("/dangling.rst is a symbolic link to"),
        };
        for (const QString &line : expected) {
            QVERIFY2(run.err.contains(QStringLiteral("specwright-cli: skipped: ") + line), qPrintable(run.err));
        }
    }

    // Specs are held to their own release's template where it has one, else to the repository's,
    // and a repository with release templates is checked as nova; a spec outside any specs/
    // folder gets the built-in template and the strict profile. Many folders, checked in parallel.
    void templateAndProfilePerFolder()
    {
        QTemporaryDir dir;
        const QString specs = dir.filePath(QStringLiteral("repo/specs"));
        QVERIFY(QDir().mkpath(specs));
        write(specs + QStringLiteral("/template.rst"), "=====\nTitle\n=====\n\nAlpha\n=====\n\nText.\n");
        const int releases = 24;
        for (int i = 0; i < releases; ++i) {
            const QString release = specs + QStringLiteral("/r%1").arg(i);
            QVERIFY(QDir().mkpath(release + QStringLiteral("/nested")));
            write(release + QStringLiteral("/a.rst"), "=====\nSpec\n=====\n\nNone\n");
            write(release + QStringLiteral("/nested/b.rst"), "=====\nSpec\n=====\n\nNone\n");
            if (i % 2 == 1) {
                write(specs + QStringLiteral("/r%1-template.rst").arg(i),
                      QStringLiteral("=====\nTitle\n=====\n\nGamma%1\n=======\n\nText.\n").arg(i).toUtf8());
            }
        }
        const QString outside = dir.filePath(QStringLiteral("outside.rst"));
        write(outside, "=====\nSpec\n=====\n\nNone\n");
        const Run run = check({QStringLiteral("--format"), QStringLiteral("json"), specs, outside});
        QHash<QString, QStringList> missing; // path: the sections reported missing
        QHash<QString, QString> profiles;
        for (const QJsonValue &value : QJsonDocument::fromJson(run.out.toUtf8()).array()) {
            const QJsonObject object = value.toObject();
            const QString path = object.value(QStringLiteral("path")).toString();
            profiles.insert(path, object.value(QStringLiteral("profile")).toString());
            if (object.value(QStringLiteral("rule")).toString() == QLatin1String("missing-section")) {
                missing[path].append(
                    object.value(QStringLiteral("message")).toString().section(QLatin1Char('"'), 1, 1));
            }
        }
        for (int i = 0; i < releases; ++i) {
            const QString release = specs + QStringLiteral("/r%1").arg(i);
            for (const QString &path :
                 {release + QStringLiteral("/a.rst"), release + QStringLiteral("/nested/b.rst")}) {
                // Deeper folders of a release share its template.
                const bool own = i % 2 == 1;
                QCOMPARE(missing.value(path),
                         QStringList{own ? QStringLiteral("Gamma%1").arg(i) : QStringLiteral("Alpha")});
                QCOMPARE(profiles.value(path), QStringLiteral("nova"));
            }
        }
        QVERIFY(missing.value(outside).contains(QStringLiteral("Problem description")));
        QCOMPARE(profiles.value(outside), QStringLiteral("strict"));
    }

    // Hostile and odd input: a clear message or a result, never a crash or a hang; and every
    // command (check, render, tree, export --dry-run) holds up, not only check.
    void hostileInput_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("expectedErr"); // part of the message, or empty for a normal result
        const QByteArray spec = "=====\nTitle\n=====\n\nText.\n";
        QTest::newRow("edge: binary") << QByteArray("\x7f"
                                                    "ELF\x02\x01\x01\0\0\0\0\0",
                                                    12) +
                                             QByteArray(4096, '\0')
                                      << QStringLiteral("binary");
        QTest::newRow("edge: invalid UTF-8") << QByteArray("Title\n=====\n\nCaf\xe9\n") << QStringLiteral("UTF-8");
        QTest::newRow("edge: NUL byte in text") << QByteArray("Title\n=====\n\nA\0B\n", 17) << QStringLiteral("binary");
        QTest::newRow("edge: BOM") << QByteArray("\xEF\xBB\xBF") + spec << QString();
        QTest::newRow("edge: CRLF") << QByteArray(spec).replace("\n", "\r\n") << QString();
        QTest::newRow("edge: lone CR") << QByteArray(spec).replace("\n", "\r") << QString();
        QTest::newRow("edge: 1 MB single line") << spec + QByteArray(1024 * 1024, 'x') + "\n" << QString();
        QTest::newRow("edge: 5 000 nested quotes") << spec + [] {
            QByteArray nested;
            for (int depth = 0; depth < 5000; ++depth) {
                nested += QByteArray(depth, ' ') + "Quote\n\n";
            }
            return nested;
        }() << QString();
        QTest::newRow("edge: thousands of unmatched markup characters")
            << spec + QByteArray("*`|_ ").repeated(20000) + "\n"
            << QString();
        QTest::newRow("edge: huge table") << spec + [] {
            QByteArray table = "+---+---+\n";
            for (int row = 0; row < 3000; ++row) {
                table += "| a | b |\n+---+---+\n";
            }
            return table;
        }() << QString();
        QTest::newRow("edge: directive with megabytes of content")
            << spec + ".. code-block:: json\n\n" + QByteArray("   {\"a\": 1}\n").repeated(200000) << QString();
    }

    void hostileInput()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, expectedErr);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("hostile.rst"));
        write(path, content);
        for (const QStringList &command :
             {QStringList{QStringLiteral("check")},
              QStringList{QStringLiteral("render"), QStringLiteral("-o"), dir.filePath(QStringLiteral("out.html"))},
              QStringList{QStringLiteral("tree")},
              QStringList{QStringLiteral("export"), QStringLiteral("--dry-run"), QStringLiteral("--repo"),
                          dir.path()}}) {
            QProcess process;
            process.start(QStringLiteral(SPECWRIGHT_BIN_DIR "/specwright-cli"), command + QStringList{path});
            QVERIFY2(process.waitForFinished(60000), qPrintable(command.first() + QStringLiteral(": hang")));
            QVERIFY2(process.exitStatus() == QProcess::NormalExit,
                     qPrintable(command.first() + QStringLiteral(": crash")));
            process.readAllStandardOutput();
            const QString err = QString::fromUtf8(process.readAllStandardError());
            if (!expectedErr.isEmpty()) {
                QCOMPARE(process.exitCode(), 2);
                QVERIFY2(err.contains(expectedErr), qPrintable(command.first() + QStringLiteral(": ") + err));
            } else {
                QVERIFY2(process.exitCode() <= 2, qPrintable(command.first() + QStringLiteral(": ") + err));
            }
        }
    }

    // A 50 MB spec (the example spec, repeated): checked and rendered whole, no crash, no hang, and
    // nothing lost at the end of it.
    void fiftyMegabyteSpec()
    {
        QFile example(Example);
        QVERIFY(example.open(QIODevice::ReadOnly));
        const QByteArray one = example.readAll();
        const QByteArray content = one.repeated(int(50 * 1024 * 1024 / one.size()) + 1);
        QVERIFY(content.size() >= 50 * 1024 * 1024);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("big.rst"));
        write(path, content);

        QProcess checking;
        checking.start(QStringLiteral(SPECWRIGHT_BIN_DIR "/specwright-cli"), {QStringLiteral("check"), path});
        QVERIFY2(checking.waitForFinished(300000), "check: hang");
        QCOMPARE(checking.exitStatus(), QProcess::NormalExit);
        QVERIFY(checking.exitCode() <= 1);
        QVERIFY(checking.readAllStandardError().isEmpty());
        // Findings reach the last lines of the file: nothing was cut off.
        const int lastLine = int(content.count('\n'));
        const QList<QByteArray> findings = checking.readAllStandardOutput().split('\n');
        int furthest = 0;
        for (const QByteArray &finding : findings) {
            furthest = qMax(furthest, finding.mid(path.toUtf8().size() + 1).split(':').value(0).toInt());
        }
        QVERIFY2(furthest > lastLine - 400,
                 qPrintable(QStringLiteral("last finding at %1 of %2").arg(furthest).arg(lastLine)));

        const QString html = dir.filePath(QStringLiteral("big.html"));
        QProcess rendering;
        rendering.start(QStringLiteral(SPECWRIGHT_BIN_DIR "/specwright-cli"),
                        {QStringLiteral("render"), QStringLiteral("-o"), html, path});
        QVERIFY2(rendering.waitForFinished(300000), "render: hang");
        QCOMPARE(rendering.exitStatus(), QProcess::NormalExit);
        QCOMPARE(rendering.exitCode(), 0);
        QVERIFY(QFileInfo(html).size() > content.size());
        QFile page(html);
        QVERIFY(page.open(QIODevice::ReadOnly));
        page.seek(page.size() - 64 * 1024);
        QVERIFY(page.readAll().contains("</html>"));
    }

    // check reads every file whole, whatever its size, and names what is not a regular file.
    void filesAreReadWhole_data()
    {
        QTest::addColumn<int>("lines"); // lines of the spec; the last one without its newline
        QTest::newRow("one line") << 1;
        QTest::newRow("a page") << 60;
        QTest::newRow("3 MB") << 60000;
    }
    void filesAreReadWhole()
    {
        QFETCH(int, lines);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("spec.rst"));
        QByteArray content;
        for (int i = 1; i < lines; ++i) {
            content += "Line " + QByteArray::number(i) + " of a spec that goes on for a while, but fits.\n";
        }
        content += "The last line has no newline";
        write(path, content);
        const Run run = check({path});
        QCOMPARE(run.exitCode, 1);
        const QString last = QStringLiteral("%1:%2:29: error: No newline at the end of the file.").arg(path).arg(lines);
        QVERIFY2(run.out.contains(last), qPrintable(run.out.right(400)));
    }

    void specialFilesAreNamed()
    {
        QTemporaryDir dir;
        const QString fifo = dir.filePath(QStringLiteral("pipe.rst"));
        QVERIFY(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
        const Run run = check({fifo, Example});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(fifo + QStringLiteral(" is not a regular file")), qPrintable(run.err));
        QVERIFY2(!run.out.isEmpty(), "the other file is still checked");
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
        QTest::newRow("spelling language without spelling")
            << QStringList{QStringLiteral("--spelling-language"), QStringLiteral("en_GB"), Example}
            << QStringLiteral("--spelling-language needs --spelling");
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
