// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "testconfig.h"

#include <core/validate/builtintemplates.h>

#include <QDir>
#include <QElapsedTimer>
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

bool writeAll(const QString &path, const QByteArray &data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
}

// git's output in \a folder, trimmed.
QString gitIn(const QString &folder, const QStringList &arguments)
{
    QProcess process;
    process.setWorkingDirectory(folder);
    process.start(QStringLiteral("git"), arguments);
    process.waitForFinished(30000);
    return QString::fromUtf8(process.readAllStandardOutput()).trimmed();
}

// Makes \a folder a git work tree whose one commit holds every file in it.
bool commitEverything(const QString &folder)
{
    gitIn(folder, {QStringLiteral("init"), QStringLiteral("-q")});
    gitIn(folder, {QStringLiteral("config"), QStringLiteral("user.name"), QStringLiteral("Spec Author")});
    gitIn(folder, {QStringLiteral("config"), QStringLiteral("user.email"), QStringLiteral("author@example.org")});
    gitIn(folder, {QStringLiteral("add"), QStringLiteral(".")});
    gitIn(folder, {QStringLiteral("commit"), QStringLiteral("-q"), QStringLiteral("-m"), QStringLiteral("Start")});
    return !gitIn(folder, {QStringLiteral("rev-parse"), QStringLiteral("HEAD")}).isEmpty();
}

} // namespace

class CliTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // export: normalised, checked, written to the repository with a commit message; refused on errors.
    void exportForReview()
    {
        QTemporaryDir repo;
        QVERIFY(QDir(repo.path()).mkpath(QStringLiteral("specs/2026.1/approved")));
        QVERIFY(QFile::copy(QStringLiteral(SPECWRIGHT_SOURCE_DIR "/resources/templates/glance-spec.rst"),
                            QDir(repo.path()).filePath(QStringLiteral("specs/template.rst"))));
        QTemporaryDir work;
        const QString spec = work.filePath(QStringLiteral("draft.rst"));
        // The example spec with trailing spaces and CRLF, which export fixes.
        QByteArray text = readAll(QStringLiteral(SPECWRIGHT_SOURCE_DIR "/resources/examples/example-spec.rst"));
        text.replace("\n", "  \r\n");
        QVERIFY(writeAll(spec, text));
        const QString message = work.filePath(QStringLiteral("message.txt"));

        const Run dry = runCli(
            {QStringLiteral("export"), QStringLiteral("--repo"), repo.path(), QStringLiteral("--dry-run"), spec});
        QCOMPARE(dry.exitCode, 0);
        QVERIFY(dry.out.contains(QLatin1String("fixed: Trailing whitespace removed")));
        QVERIFY(dry.out.contains(QLatin1String("fixed: Carriage returns removed")));
        QVERIFY(dry.out.contains(QLatin1String("check (glance profile): 0 error(s)")));
        const QString target =
            QDir(repo.path()).filePath(QStringLiteral("specs/2026.1/approved/resumable-image-upload.rst"));
        QVERIFY(!QFile::exists(target));

        const Run run = runCli({QStringLiteral("export"), QStringLiteral("--repo"), repo.path(),
                                QStringLiteral("--commit-message"), message, spec});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(QLatin1String("wrote ")), qPrintable(run.out + run.err));
        const QByteArray written = readAll(target);
        QVERIFY(!written.contains('\r') && !written.contains(" \n"));
        QVERIFY(readAll(message).startsWith("Resumable uploads for large images\n\nImplements: blueprint "
                                            "resumable-image-upload\nAPIImpact\n"));
        // The written spec passes check with the repository's profile.
        QCOMPARE(runCli({QStringLiteral("check"), target}).exitCode, 0);

        // A markup error is refused, and nothing is written.
        QVERIFY(writeAll(spec, readAll(target) + "\n.. frobnicate::\n"));
        const Run refused =
            runCli({QStringLiteral("export"), QStringLiteral("--repo"), repo.path(), QStringLiteral("--force"), spec});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY(refused.err.contains(QLatin1String("export refused")));
        QVERIFY(refused.out.contains(QLatin1String("Unknown directive type")));
        QCOMPARE(readAll(target), written);
    }

    // export into a release whose index reaches no new spec (an empty toctree): it adds the entry
    // the way the previous release's index does, shows the diff, and writes it with the spec.
    void exportAddsTheIndexEntry()
    {
        QTemporaryDir repo;
        QDir root(repo.path());
        QVERIFY(root.mkpath(QStringLiteral("specs/2026.1/approved/glance")));
        QVERIFY(root.mkpath(QStringLiteral("specs/2026.2/approved/glance")));
        QVERIFY(root.mkpath(QStringLiteral("doc/source")));
        QVERIFY(QFile::copy(QStringLiteral(SPECWRIGHT_SOURCE_DIR "/resources/templates/glance-spec.rst"),
                            root.filePath(QStringLiteral("specs/template.rst"))));
        QVERIFY(writeAll(root.filePath(QStringLiteral("tox.ini")),
                         "[testenv:docs]\ncommands = sphinx-build -W -b html doc/source doc/build/html\n"));
        QVERIFY(
            writeAll(root.filePath(QStringLiteral("doc/source/conf.py")), "exclude_patterns = ['**/template.rst']\n"));
        QVERIFY(writeAll(root.filePath(QStringLiteral("doc/source/index.rst")),
                         "=====\nSpecs\n=====\n\n.. toctree::\n   :glob:\n\n   specs/*/index\n"));
        QVERIFY(QFile::link(QStringLiteral("../../specs"), root.filePath(QStringLiteral("doc/source/specs"))));
        for (const QString &release : {QStringLiteral("2026.1"), QStringLiteral("2026.2")}) {
            QVERIFY(writeAll(root.filePath(QStringLiteral("specs/%1/index.rst").arg(release)),
                             "=======\nRelease\n=======\n\n.. toctree::\n   :glob:\n\n   approved/*\n"));
        }
        QVERIFY(writeAll(root.filePath(QStringLiteral("specs/2026.1/approved/index.rst")),
                         "========\nApproved\n========\n\n.. toctree::\n   :glob:\n\n   glance/*\n"));
        QVERIFY(writeAll(root.filePath(QStringLiteral("specs/2026.1/approved/glance/older.rst")),
                         "=====\nOlder\n=====\n\nText.\n"));
        const QByteArray emptyIndex = "========\nApproved\n========\n\n.. toctree::\n   :glob:\n\nTODO.\n";
        const QString index = root.filePath(QStringLiteral("specs/2026.2/approved/index.rst"));
        QVERIFY(writeAll(index, emptyIndex));
        const QString spec = QStringLiteral(SPECWRIGHT_SOURCE_DIR "/resources/examples/example-spec.rst");

        const Run dry = runCli(
            {QStringLiteral("export"), QStringLiteral("--repo"), repo.path(), QStringLiteral("--dry-run"), spec});
        QCOMPARE(dry.exitCode, 0);
        QVERIFY2(dry.out.contains(QStringLiteral("gets \"glance/*\", so that its toctree reaches the spec")),
                 qPrintable(dry.out + dry.err));
        QVERIFY(dry.out.contains(QStringLiteral("\n+   glance/*\n")));
        QVERIFY(!dry.out.contains(QStringLiteral("isn't included in any toctree")));
        QCOMPARE(readAll(index), emptyIndex); // a dry run writes nothing

        // A git work tree with the author's own unstaged change: --git-commit leaves it out.
        const auto git = [&repo](const QStringList &arguments) { return gitIn(repo.path(), arguments); };
        QVERIFY(commitEverything(repo.path()));
        QVERIFY(writeAll(root.filePath(QStringLiteral("tox.ini")),
                         "[testenv:docs]\ncommands = sphinx-build -W -b html doc/source doc/build/html\n# mine\n"));
        const Run run = runCli(
            {QStringLiteral("export"), QStringLiteral("--repo"), repo.path(), QStringLiteral("--git-commit"), spec});
        QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
        QVERIFY(run.out.contains(QStringLiteral("updated ")));
        QVERIFY2(run.out.contains(QStringLiteral("ready for git review")), qPrintable(run.out + run.err));
        QCOMPARE(git({QStringLiteral("branch"), QStringLiteral("--show-current")}),
                 QStringLiteral("resumable-image-upload"));
        QCOMPARE(git({QStringLiteral("show"), QStringLiteral("--name-only"), QStringLiteral("--format=")}),
                 QStringLiteral("specs/2026.2/approved/glance/resumable-image-upload.rst\n"
                                "specs/2026.2/approved/index.rst"));
        QCOMPARE(git({QStringLiteral("status"), QStringLiteral("--porcelain")}), QStringLiteral("M tox.ini"));
        QCOMPARE(readAll(index),
                 QByteArray("========\nApproved\n========\n\n.. toctree::\n   :glob:\n\n   glance/*\n\nTODO.\n"));
        const QString target = root.filePath(QStringLiteral("specs/2026.2/approved/glance/resumable-image-upload.rst"));
        QVERIFY(QFile::exists(target));
        const Run check = runCli({QStringLiteral("check"), target});
        QVERIFY2(!check.out.contains(QStringLiteral("sphinx-")), qPrintable(check.out));
    }

    // export into a release the repository does not have yet: its folder is made like the newest
    // release's, the root index lists it, and --git-commit commits all of it and nothing else.
    void exportCreatesANewReleaseFolder()
    {
        QTemporaryDir repo;
        QDir root(repo.path());
        QVERIFY(root.mkpath(QStringLiteral("specs/2026.2/approved/glance")));
        QVERIFY(root.mkpath(QStringLiteral("doc/source")));
        QVERIFY(writeAll(root.filePath(QStringLiteral("tox.ini")),
                         "[testenv:docs]\ncommands = sphinx-build -W -b html doc/source doc/build/html\n"));
        QVERIFY(
            writeAll(root.filePath(QStringLiteral("doc/source/conf.py")), "exclude_patterns = ['**/template.rst']\n"));
        const QByteArray rootIndex = "=====\nSpecs\n=====\n\n.. toctree::\n   :maxdepth: 2\n\n   specs/2026.2/index\n";
        QVERIFY(writeAll(root.filePath(QStringLiteral("doc/source/index.rst")), rootIndex));
        QVERIFY(QFile::link(QStringLiteral("../../specs"), root.filePath(QStringLiteral("doc/source/specs"))));
        QVERIFY(
            writeAll(root.filePath(QStringLiteral("specs/2026.2/index.rst")),
                     "==============\n2026.2 Release\n==============\n\n.. toctree::\n   :glob:\n\n   approved/*\n"));
        QVERIFY(writeAll(root.filePath(QStringLiteral("specs/2026.2/approved/index.rst")),
                         "========\nApproved\n========\n\n.. toctree::\n   :glob:\n\n   glance/*\n"));
        QVERIFY(writeAll(root.filePath(QStringLiteral("specs/2026.2/approved/glance/older.rst")),
                         "=====\nOlder\n=====\n\nText.\n"));
        QVERIFY(QFile::copy(QStringLiteral(SPECWRIGHT_SOURCE_DIR "/resources/templates/glance-spec.rst"),
                            root.filePath(QStringLiteral("specs/2026.2/approved/glance/template.rst"))));
        const auto git = [&repo](const QStringList &arguments) { return gitIn(repo.path(), arguments); };
        QVERIFY(commitEverything(repo.path()));
        const QString spec = QStringLiteral(SPECWRIGHT_SOURCE_DIR "/resources/examples/example-spec.rst");

        const Run run =
            runCli({QStringLiteral("export"), QStringLiteral("--repo"), repo.path(), QStringLiteral("--release"),
                    QStringLiteral("2027.1"), QStringLiteral("--git-commit"), spec});
        QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
        QVERIFY2(run.out.contains(QStringLiteral("release: 2027.1 is new; its folder is made like 2026.2's")),
                 qPrintable(run.out));
        QVERIFY(run.out.contains(QStringLiteral("/specs/2027.1/index.rst is created, following 2026.2/index.rst\n")));
        QVERIFY(run.out.contains(QStringLiteral("\n+2027.1 Release\n")));
        QVERIFY(run.out.contains(QStringLiteral("\n+   specs/2027.1/index\n")));
        QVERIFY2(run.out.contains(QStringLiteral("ready for git review")), qPrintable(run.out + run.err));
        QCOMPARE(git({QStringLiteral("show"), QStringLiteral("--name-only"), QStringLiteral("--format=")}),
                 QStringLiteral("doc/source/index.rst\n"
                                "specs/2027.1/approved/glance/resumable-image-upload.rst\n"
                                "specs/2027.1/approved/glance/template.rst\n"
                                "specs/2027.1/approved/index.rst\n"
                                "specs/2027.1/index.rst"));
        QCOMPARE(git({QStringLiteral("status"), QStringLiteral("--porcelain")}), QString());
        QCOMPARE(readAll(root.filePath(QStringLiteral("doc/source/index.rst"))),
                 QByteArray("=====\nSpecs\n=====\n\n.. toctree::\n   :maxdepth: 2\n\n"
                            "   specs/2027.1/index\n   specs/2026.2/index\n"));
        const Run check =
            runCli({QStringLiteral("check"),
                    root.filePath(QStringLiteral("specs/2027.1/approved/glance/resumable-image-upload.rst"))});
        QVERIFY2(!check.out.contains(QStringLiteral("sphinx-")), qPrintable(check.out));
    }

    // export shows what it changes: the line-ending conversion once, the real fixes as diff lines and
    // in the fixed list with their lines; and a --name that is not the launchpad URL's is warned about.
    void exportShowsChanges_data()
    {
        QTest::addColumn<QByteArray>("from");
        QTest::addColumn<QByteArray>("to");
        QTest::addColumn<bool>("crlf");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QStringList>("outParts");
        QTest::addColumn<QString>("errPart");
        QTest::addColumn<int>("diffLines"); ///< lines starting with "-" or "+", headers aside
        const QByteArray line31 = "The image data upload call accepts a ``Content-Range`` header. Glance keeps\n";
        QTest::newRow("nominal: CRLF file with one trailing space")
            << line31 << QByteArray(line31).replace("keeps\n", "keeps \n") << true << QString()
            << QStringList{QStringLiteral("Line endings: CRLF \u2192 LF (every line)\n"),
                           QStringLiteral("fixed: Trailing whitespace removed (line 31)")}
            << QString() << 2;
        QTest::newRow("nominal: CRLF only: no diff lines")
            << QByteArray() << QByteArray() << true << QString()
            << QStringList{QStringLiteral("Line endings: CRLF \u2192 LF (every line)\n"),
                           QStringLiteral(
                               "fixed: Carriage returns removed (LF line endings) (lines 1, 2, 3, 4, 5 and ")}
            << QString() << 0;
        QTest::newRow("nominal: a tab inside a line")
            << QByteArray("The API reference") << QByteArray("The\tAPI reference") << false << QString()
            << QStringList{QStringLiteral("fixed: Tabs replaced by spaces (line 134)"),
                           QStringLiteral("+The     API reference")}
            << QString() << 2;
        QTest::newRow("edge: LF file: no line-ending line")
            << QByteArray("keeps\n") << QByteArray("keeps  \n") << false << QString()
            << QStringList{QStringLiteral("fixed: Trailing whitespace removed (line 31)")} << QString() << 2;
        QTest::newRow("nominal: --name other than the launchpad URL's")
            << QByteArray() << QByteArray() << false << QStringLiteral("other")
            << QStringList{QStringLiteral("Implements: blueprint other")}
            << QStringLiteral("warning: The blueprint name \"other\" differs from the spec's launchpad URL, which "
                              "names \"resumable-image-upload\"")
            << 0;
        QTest::newRow("edge: --name the same as the launchpad URL's")
            << QByteArray() << QByteArray() << false << QStringLiteral("resumable-image-upload")
            << QStringList{QStringLiteral("Implements: blueprint resumable-image-upload")} << QString() << 0;
    }

    void exportShowsChanges()
    {
        QFETCH(QByteArray, from);
        QFETCH(QByteArray, to);
        QFETCH(bool, crlf);
        QFETCH(QString, name);
        QFETCH(QStringList, outParts);
        QFETCH(QString, errPart);
        QFETCH(int, diffLines);
        QTemporaryDir repo;
        QVERIFY(QDir(repo.path()).mkpath(QStringLiteral("specs/2026.1/approved")));
        QVERIFY(QFile::copy(QStringLiteral(SPECWRIGHT_SOURCE_DIR "/resources/templates/glance-spec.rst"),
                            QDir(repo.path()).filePath(QStringLiteral("specs/template.rst"))));
        QTemporaryDir work;
        const QString spec = work.filePath(QStringLiteral("draft.rst"));
        QByteArray text = readAll(QStringLiteral(SPECWRIGHT_SOURCE_DIR "/resources/examples/example-spec.rst"));
        const QByteArray adornment(35, '='); // the example's title adornments, one too long: fitted first
        QCOMPARE(text.count(adornment + '\n'), 2);
        text.replace(adornment + '\n', QByteArray(34, '=') + '\n');
        if (!from.isEmpty()) {
            QVERIFY(text.contains(from));
            text.replace(from, to);
        }
        if (crlf) {
            text.replace("\n", "\r\n");
        }
        QVERIFY(writeAll(spec, text));
        QStringList arguments{QStringLiteral("export"), QStringLiteral("--repo"), repo.path(),
                              QStringLiteral("--dry-run")};
        if (!name.isEmpty()) {
            arguments << QStringLiteral("--name") << name;
        }
        const Run run = runCli(arguments << spec);
        QCOMPARE(run.exitCode, 0);
        for (const QString &part : std::as_const(outParts)) {
            QVERIFY2(run.out.contains(part), qPrintable(part + QStringLiteral("\n--\n") + run.out));
        }
        if (errPart.isEmpty()) {
            QVERIFY2(!run.err.contains(QLatin1String("warning:")), qPrintable(run.err));
        } else {
            QVERIFY2(run.err.contains(errPart), qPrintable(run.err));
        }
        QCOMPARE(run.out.contains(QLatin1String("Line endings:")), crlf);
        int changed = 0;
        for (const QString &line : run.out.split(u'\n')) {
            if ((line.startsWith(u'-') && !line.startsWith(QLatin1String("---"))) ||
                (line.startsWith(u'+') && !line.startsWith(QLatin1String("+++")))) {
                ++changed;
            }
        }
        QCOMPARE(changed, diffLines);
    }

    void gateSaysWhatItResolvedAndFromWhere()
    {
        // A repository in the shape "doc8 on the tox command line, sphinx-build -W, no titles test".
        QTemporaryDir repo;
        QVERIFY(QDir(repo.path()).mkpath(QStringLiteral("specs/2026.2/approved")));
        QVERIFY(writeAll(repo.filePath(QStringLiteral("tox.ini")),
                         "[tox]\nenvlist = pep8,docs\n\n[testenv:pep8]\ncommands =\n  doc8 --ignore D001 specs/\n\n"
                         "[testenv:docs]\ncommands = sphinx-build -W -b html doc/source doc/build/html\n"));
        QVERIFY(writeAll(
            repo.filePath(QStringLiteral("specs/template.rst")),
            Specwright::Core::BuiltinTemplates::text(Specwright::Core::BuiltinTemplates::all().constFirst()).toUtf8()));
        const QString spec = repo.filePath(QStringLiteral("specs/2026.2/approved/my-spec.rst"));
        QVERIFY(writeAll(spec, "=====\nTitle\n=====\n"));
        const Run run = runCli({QStringLiteral("gate"), spec});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(QStringLiteral("doc8: runs (tox.ini:6); ignores D001")), qPrintable(run.out));
        QVERIFY2(run.out.contains(QStringLiteral("Sphinx: builds doc/source (tox.ini:9); warnings are errors (-W)")),
                 qPrintable(run.out));
        QVERIFY2(run.out.contains(QStringLiteral("Titles test: none")), qPrintable(run.out));
        QVERIFY2(run.out.contains(QStringLiteral("profile: repository")), qPrintable(run.out));
        QVERIFY2(run.out.contains(QStringLiteral("template sections: warnings")), qPrintable(run.out));
        QVERIFY2(run.out.contains(QStringLiteral("lines over 79 columns: warnings")), qPrintable(run.out));
        QVERIFY2(run.out.contains(QStringLiteral("markup messages: errors")), qPrintable(run.out));
        // Outside any repository it says so, and a missing path is a usage error.
        QTemporaryDir elsewhere;
        QVERIFY(
            runCli({QStringLiteral("gate"), elsewhere.path()}).out.startsWith(QStringLiteral("No specs repository")));
        QCOMPARE(runCli({QStringLiteral("gate"), elsewhere.filePath(QStringLiteral("nothing.rst"))}).exitCode, 2);
    }

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
        QTest::newRow("render without file") << QStringList{QStringLiteral("render")} << 2 << QString()
                                             << QStringLiteral("render: give exactly one file");
        QTest::newRow("render with two files")
            << QStringList{QStringLiteral("render"), QStringLiteral("a.rst"), QStringLiteral("b.rst")} << 2 << QString()
            << QStringLiteral("render: give exactly one file");
        QTest::newRow("render of a missing file")
            << QStringList{QStringLiteral("render"), QStringLiteral("/no/such/spec.rst")} << 2 << QString()
            << QStringLiteral("/no/such/spec.rst does not exist");
        QTest::newRow("render with unknown option")
            << QStringList{QStringLiteral("render"), QStringLiteral("--bogus"), QStringLiteral("x.rst")} << 2
            << QString() << QStringLiteral("bogus");
        QTest::newRow("render help") << QStringList{QStringLiteral("render"), QStringLiteral("--help")} << 0
                                     << QStringLiteral("standalone HTML page") << QString();
        QTest::newRow("tree with unknown format")
            << QStringList{QStringLiteral("tree"), QStringLiteral("--format=xml"), QStringLiteral("x.rst")} << 2
            << QString() << QStringLiteral("tree: unknown format 'xml'");
        QTest::newRow("tree without file")
            << QStringList{QStringLiteral("tree")} << 2 << QString() << QStringLiteral("tree: give exactly one file");
        QTest::newRow("tree of a missing file")
            << QStringList{QStringLiteral("tree"), QStringLiteral("/no/such/spec.rst")} << 2 << QString()
            << QStringLiteral("/no/such/spec.rst does not exist");
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

    void renderWritesAStandalonePage()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("spec.rst"));
        QVERIFY(writeAll(path, "=========\nMy <Spec>\n=========\n\nA *first* paragraph.\n"));
        const Run run = runCli({QStringLiteral("render"), path});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
        QVERIFY2(run.out.startsWith(QLatin1String("<!DOCTYPE html>")), qPrintable(run.out.left(200)));
        QVERIFY(run.out.contains(QLatin1String("<title>My &lt;Spec&gt;</title>")));
        QVERIFY(run.out.contains(QLatin1String("A <em>first</em> paragraph.")));
        QVERIFY(run.out.trimmed().endsWith(QLatin1String("</html>")));
        // The preview style sheet is embedded as it is shipped.
        const QString css =
            QString::fromUtf8(readAll(QStringLiteral(SPECWRIGHT_SOURCE_DIR "/resources/preview/preview.css")));
        QVERIFY(css.contains(QLatin1String("--note-background: #eef5fc;")));
        QVERIFY(run.out.contains(QLatin1String("--note-background: #eef5fc;")));
        QVERIFY(run.out.contains(css));
    }

    void renderTitleFallsBackToTheFileName()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("untitled-spec.rst"));
        QVERIFY(writeAll(path, "Only a paragraph.\n"));
        const Run run = runCli({QStringLiteral("render"), path});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains(QLatin1String("<title>untitled-spec.rst</title>")));
    }

    void renderToAFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("spec.rst"));
        const QString output = dir.filePath(QStringLiteral("spec.html"));
        QVERIFY(writeAll(path, "Title\n=====\n\nBody text.\n"));
        const Run run = runCli({QStringLiteral("render"), QStringLiteral("-o"), output, path});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out, QString());
        const QString page = QString::fromUtf8(readAll(output));
        QVERIFY2(page.startsWith(QLatin1String("<!DOCTYPE html>")), qPrintable(page.left(200)));
        QVERIFY(page.contains(QLatin1String("<title>Title</title>")));
        QVERIFY(page.contains(QLatin1String("Body text.")));
    }

    void renderToAMissingFolderFails()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("spec.rst"));
        QVERIFY(writeAll(path, "Text.\n"));
        const Run run = runCli({QStringLiteral("render"), QStringLiteral("--output"),
                                dir.filePath(QStringLiteral("no/such/out.html")), path});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QLatin1String("cannot be written")), qPrintable(run.err));
    }

    void renderRejectsInvalidUtf8()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("latin1.rst"));
        QVERIFY(writeAll(path, "Caf\xe9 in Latin-1.\n"));
        const Run run = runCli({QStringLiteral("render"), path});
        QCOMPARE(run.exitCode, 2);
        QCOMPARE(run.out, QString());
        QVERIFY2(run.err.contains(QLatin1String("is not valid UTF-8")), qPrintable(run.err));
    }

    void treeCompareFormat()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("spec.rst"));
        QVERIFY(writeAll(path, "Title\n=====\n\nText.\n"));
        const Run run = runCli({QStringLiteral("tree"), QStringLiteral("--format=compare"), path});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out.section(QLatin1Char('\n'), 0, 0), QStringLiteral("document"));
        QVERIFY2(run.out.contains(QLatin1String("section")), qPrintable(run.out));
        const Run debug = runCli({QStringLiteral("tree"), path});
        QCOMPARE(debug.exitCode, 0);
        QVERIFY2(debug.out.startsWith(QLatin1String("document [")), qPrintable(debug.out));
    }

    // The hostile tester's attacks through every command that parses: includes of files outside the
    // repository show nothing of them, and a spec that includes itself ten times ends at once.
    void hostileIncludes_data()
    {
        QTest::addColumn<QString>("command");
        QTest::newRow("attack: check") << QStringLiteral("check");
        QTest::newRow("attack: tree") << QStringLiteral("tree");
        QTest::newRow("attack: render") << QStringLiteral("render");
    }

    void hostileIncludes()
    {
        QFETCH(QString, command);
        QTemporaryDir top;
        const QString repo = top.filePath(QStringLiteral("repo"));
        QVERIFY(QDir().mkpath(repo + QStringLiteral("/.git")));
        QVERIFY(writeAll(top.filePath(QStringLiteral("secret.txt")), "TOP-SECRET-LINE\n"));
        const QString outside = repo + QStringLiteral("/outside.rst");
        QVERIFY(writeAll(outside, "=====\nTitle\n=====\n\n.. include:: /etc/passwd\n\n.. include:: ../secret.txt\n"
                                  "   :literal:\n\nAfter.\n"));
        Run run = runCli({command, outside});
        QVERIFY2(run.exitCode >= 0, "did not finish");
        QVERIFY(!run.out.contains(QLatin1String("TOP-SECRET")) && !run.out.contains(QLatin1String("root:x:0:0")));
        if (command != QLatin1String("tree")) {
            QCOMPARE(run.out.count(QLatin1String("Include outside the repository refused")), 2);
        }
        // 283 bytes: a title, then ten includes of itself.
        const QString bomb = repo + QStringLiteral("/bomb.rst");
        QByteArray text = "====\nBomb\n====\n\n";
        for (int i = 0; i < 10; ++i) {
            text += ".. include:: bomb.rst\n\n";
        }
        QVERIFY(writeAll(bomb, text));
        QElapsedTimer timer;
        timer.start();
        run = runCli({command, bomb});
        QVERIFY2(run.exitCode >= 0, "did not finish within 30 s");
        QVERIFY2(timer.elapsed() < 10000, qPrintable(QString::number(timer.elapsed())));
        QVERIFY(run.out.size() < 100000);
        if (command == QLatin1String("check")) {
            QCOMPARE(run.out.count(QLatin1String("circular inclusion")), 10);
        }
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
