// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reviewcommit.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>

namespace Specwright::Core {

namespace {

struct GitRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

GitRun git(const QString &repository, const QStringList &arguments, const QByteArray &input = {})
{
    QProcess process;
    process.setWorkingDirectory(repository);
    process.start(QStringLiteral("git"), arguments);
    GitRun run;
    if (!process.waitForStarted(10000)) {
        run.err = QStringLiteral("git could not be started: %1").arg(process.errorString());
        return run;
    }
    if (!input.isEmpty()) {
        process.write(input);
    }
    process.closeWriteChannel();
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit) {
        process.kill();
        run.err = QStringLiteral("git did not finish");
        return run;
    }
    run.exitCode = process.exitCode();
    run.out = QString::fromUtf8(process.readAllStandardOutput()).trimmed();
    run.err = QString::fromUtf8(process.readAllStandardError()).trimmed();
    return run;
}

// Paths for git: below the repository's real folder, through symbolic links (git refuses a path
// "beyond a symbolic link", such as doc/source/specs/… when doc/source/specs links to specs/).
QStringList relativeTo(const QString &repository, const QStringList &files)
{
    const QString root = QFileInfo(repository).canonicalFilePath();
    QStringList relative;
    for (const QString &file : files) {
        const QFileInfo info(file);
        const QString folder = QFileInfo(info.absolutePath()).canonicalFilePath();
        const QString real = folder.isEmpty() ? info.absoluteFilePath() : folder + QLatin1Char('/') + info.fileName();
        relative.append(QDir(root.isEmpty() ? repository : root).relativeFilePath(real));
    }
    return relative;
}

} // namespace

QString ReviewCommit::precheck(const QString &repository, const QStringList &changedByExport)
{
    const GitRun inside = git(repository, {QStringLiteral("rev-parse"), QStringLiteral("--is-inside-work-tree")});
    if (inside.exitCode != 0 || inside.out != QLatin1String("true")) {
        return QStringLiteral("%1 is not a git work tree: nothing can be committed.").arg(repository);
    }
    // A file the export changes must hold no other change, staged or not: it would join the commit.
    const GitRun status =
        git(repository, QStringList{QStringLiteral("status"), QStringLiteral("--porcelain"), QStringLiteral("--")} +
                            relativeTo(repository, changedByExport));
    if (status.exitCode != 0) {
        return status.err;
    }
    if (!status.out.isEmpty()) {
        return QStringLiteral("These files have changes of their own, which the commit would take along: %1. "
                              "Commit or stash them first.")
            .arg(status.out.split(QLatin1Char('\n')).join(QStringLiteral("; ")));
    }
    return {};
}

ReviewCommit::Result ReviewCommit::commit(const QString &repository, const QString &branch, const QStringList &files,
                                          const QString &message)
{
    Result result;
    const QStringList paths = relativeTo(repository, files);
    const GitRun create = git(repository, {QStringLiteral("switch"), QStringLiteral("-c"), branch});
    if (create.exitCode != 0) {
        result.message = QStringLiteral("git could not create the branch %1: %2").arg(branch, create.err);
        return result;
    }
    const GitRun add = git(repository, QStringList{QStringLiteral("add"), QStringLiteral("--")} + paths);
    if (add.exitCode != 0) {
        result.message = QStringLiteral("git add failed: %1").arg(add.err);
        return result;
    }
    // With paths, "git commit" records those paths only; whatever else is staged stays staged.
    const GitRun commit = git(repository,
                              QStringList{QStringLiteral("commit"), QStringLiteral("--quiet"),
                                          QStringLiteral("--file=-"), QStringLiteral("--only"), QStringLiteral("--")} +
                                  paths,
                              message.toUtf8());
    if (commit.exitCode != 0) {
        result.message = QStringLiteral("git commit failed: %1").arg(commit.err.isEmpty() ? commit.out : commit.err);
        return result;
    }
    const GitRun head =
        git(repository, {QStringLiteral("rev-parse"), QStringLiteral("--short"), QStringLiteral("HEAD")});
    result.ok = true;
    result.message = QStringLiteral("Committed %1 on the new branch %2 (%3): ready for git review.")
                         .arg(paths.join(QStringLiteral(", ")), branch, head.out);
    return result;
}

} // namespace Specwright::Core
