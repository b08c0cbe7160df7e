// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace Specwright::Core {

/**
 * After Export for Review: a branch named after the blueprint and one commit
 * holding exactly the exported files (the spec and the index files it
 * changed) with the suggested message, made with `git` — ready for
 * `git review`. Other staged or unstaged changes stay as they were, out of
 * the commit.
 *
 * \note Runs git synchronously; call it off the GUI thread or accept a short wait.
 */
class ReviewCommit final
{
public:
    struct Result
    {
        bool ok = false;
        QString message; ///< what was done ("ready for git review"), or why nothing was
    };

    /**
     * Whether the files the export writes, \a changedByExport (absolute, inside \a repository), can
     * be committed alone: \a repository is a git work tree and none of them has changes of its own,
     * staged or not, that the commit would take along. Empty when they can, else why not. Call it
     * before the export writes.
     */
    static QString precheck(const QString &repository, const QStringList &changedByExport);
    /**
     * Creates (and switches to) branch \a branch at the current commit and commits \a files with
     * \a message, nothing else.
     */
    static Result commit(const QString &repository, const QString &branch, const QStringList &files,
                         const QString &message);
};

} // namespace Specwright::Core
