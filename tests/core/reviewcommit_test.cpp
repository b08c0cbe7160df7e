// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Export for Review's git step (issue 25 §4): a branch named after the blueprint and a commit of
// exactly the exported files, in a repository the test makes; other changes stay out of it.
#include <core/review/reviewcommit.h>

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Specwright::Core;

namespace {

QString git(const QString &repository, const QStringList &arguments)
{
    QProcess process;
    process.setWorkingDirectory(repository);
    process.start(QStringLiteral("git"), arguments);
    process.waitForFinished(30000);
    return QString::fromUtf8(process.readAllStandardOutput()).trimmed();
}

bool write(const QString &path, const QByteArray &text)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(text) == text.size();
}

} // namespace

class ReviewCommitTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString repository() const { return m_dir.path(); }
    QString path(const QString &name) const { return m_dir.filePath(name); }

private Q_SLOTS:
    void init()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("git")).isEmpty()) {
            QSKIP("no git on this machine");
        }
        QDir(repository()).removeRecursively();
        QVERIFY(QDir().mkpath(repository()));
        git(repository(),
            {QStringLiteral("init"), QStringLiteral("-q"), QStringLiteral("-b"), QStringLiteral("master")});
        git(repository(), {QStringLiteral("config"), QStringLiteral("user.name"), QStringLiteral("Spec Author")});
        git(repository(),
            {QStringLiteral("config"), QStringLiteral("user.email"), QStringLiteral("author@example.org")});
        QVERIFY(write(path(QStringLiteral("specs/2026.2/approved/index.rst")), "Index\n"));
        QVERIFY(write(path(QStringLiteral("README.rst")), "Readme\n"));
        QVERIFY(write(path(QStringLiteral("tox.ini")), "[tox]\n"));
        git(repository(), {QStringLiteral("add"), QStringLiteral(".")});
        git(repository(),
            {QStringLiteral("commit"), QStringLiteral("-q"), QStringLiteral("-m"), QStringLiteral("Start")});
    }

    void commitsExactlyTheExportedFiles()
    {
        const QString spec = path(QStringLiteral("specs/2026.2/approved/new-cache.rst"));
        const QString index = path(QStringLiteral("specs/2026.2/approved/index.rst"));
        QCOMPARE(ReviewCommit::precheck(repository(), {spec, index}), QString());
        // The author's other work: one change staged, one not, one new file.
        QVERIFY(write(path(QStringLiteral("README.rst")), "Readme, edited and staged\n"));
        git(repository(), {QStringLiteral("add"), QStringLiteral("README.rst")});
        QVERIFY(write(path(QStringLiteral("tox.ini")), "[tox]\nedited = yes\n"));
        QVERIFY(write(path(QStringLiteral("notes.txt")), "mine\n"));
        // What the export writes.
        QVERIFY(write(spec, "=========\nNew cache\n=========\n"));
        QVERIFY(write(index, "Index\n   glance/*\n"));

        const ReviewCommit::Result result =
            ReviewCommit::commit(repository(), QStringLiteral("new-cache"), {spec, index},
                                 QStringLiteral("New cache\n\nImplements: blueprint new-cache\n"));
        QVERIFY2(result.ok, qPrintable(result.message));
        QVERIFY(result.message.contains(QStringLiteral("ready for git review")));
        QCOMPARE(git(repository(), {QStringLiteral("branch"), QStringLiteral("--show-current")}),
                 QStringLiteral("new-cache"));
        QCOMPARE(git(repository(), {QStringLiteral("log"), QStringLiteral("-1"), QStringLiteral("--format=%B")}),
                 QStringLiteral("New cache\n\nImplements: blueprint new-cache"));
        QCOMPARE(git(repository(), {QStringLiteral("show"), QStringLiteral("--name-only"), QStringLiteral("--format=")})
                     .split(QLatin1Char('\n')),
                 (QStringList{QStringLiteral("specs/2026.2/approved/index.rst"),
                              QStringLiteral("specs/2026.2/approved/new-cache.rst")}));
        // The rest is as the author left it: staged, unstaged, untracked.
        QCOMPARE(git(repository(), {QStringLiteral("status"), QStringLiteral("--porcelain")}),
                 QStringLiteral("M  README.rst\n M tox.ini\n?? notes.txt"));
    }

    void refusesWhatWouldTakeOtherChangesAlong()
    {
        const QString index = path(QStringLiteral("specs/2026.2/approved/index.rst"));
        QVERIFY(write(index, "Index, with the author's own edit\n"));
        const QString why =
            ReviewCommit::precheck(repository(), {path(QStringLiteral("specs/2026.2/approved/x.rst")), index});
        QVERIFY2(why.contains(QStringLiteral("changes of their own")) && why.contains(QStringLiteral("index.rst")),
                 qPrintable(why));
    }

    void refusesOutsideAGitWorkTree()
    {
        QTemporaryDir plain;
        QVERIFY(ReviewCommit::precheck(plain.path(), {}).contains(QStringLiteral("not a git work tree")));
    }

    void anExistingBranchIsNotReused()
    {
        git(repository(), {QStringLiteral("branch"), QStringLiteral("taken")});
        const QString spec = path(QStringLiteral("specs/2026.2/approved/taken.rst"));
        QVERIFY(write(spec, "Spec\n"));
        const ReviewCommit::Result result =
            ReviewCommit::commit(repository(), QStringLiteral("taken"), {spec}, QStringLiteral("Taken\n"));
        QVERIFY(!result.ok);
        QVERIFY2(result.message.contains(QStringLiteral("could not create the branch taken")),
                 qPrintable(result.message));
        QCOMPARE(git(repository(), {QStringLiteral("branch"), QStringLiteral("--show-current")}),
                 QStringLiteral("master"));
    }
};

QTEST_GUILESS_MAIN(ReviewCommitTest)
#include "reviewcommit_test.moc"
