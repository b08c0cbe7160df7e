// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

namespace Specwright::Core {

/**
 * The jobs a repository's `.zuul.yaml` runs on a change in its check and gate
 * pipelines, and which of them a change to one file starts: a job's `files`
 * must match the path (when given) and its `irrelevant-files` must not. Each
 * job's list comes from the project's job entry, else from the repository's own
 * job definition (and its parent's, up the chain), else from what OpenStack's
 * job defines: the `openstack-tox-py*` jobs skip changes to `.rst` files and
 * `doc/`; the others run on every change.
 *
 * Reads the subset of YAML Zuul files use: block and flow lists, nested maps.
 *
 * \note A plain value; reentrant.
 */
class ZuulJobs final
{
public:
    struct Job
    {
        QString name;
        QString parent;
        QString environment; ///< the tox environment it runs (openstack-tox-<env>, or vars: tox_envlist)
        QStringList files;   ///< regular expressions; empty: every file
        QStringList irrelevantFiles;
        bool filesSet = false;
        bool irrelevantFilesSet = false;
    };

    static ZuulJobs fromText(const QString &text);

    /** The check and gate jobs, in file order (a job in both once). */
    QStringList jobNames() const;
    /** The job \a name as the project runs it: its entry, filled in from the definitions. */
    Job job(const QString &name) const;
    /** Whether the job \a name runs for a change to \a path (relative to the repository, "/" between). */
    bool runsFor(const QString &name, const QString &path) const;
    /** The tox environments of the jobs that run for a change to \a path. */
    QStringList environmentsFor(const QString &path) const;

private:
    QList<Job> m_projectJobs;
    QHash<QString, Job> m_definitions;
};

} // namespace Specwright::Core
