// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "zuuljobs.h"

#include <QRegularExpression>

namespace Specwright::Core {

namespace {

const QString ToxPrefix = QStringLiteral("openstack-tox-");

struct Line
{
    qsizetype indent = 0;
    QString text; ///< trimmed, without its comment
};

QList<Line> linesOf(const QString &text)
{
    QList<Line> lines;
    for (const QString &raw : text.split(QLatin1Char('\n'))) {
        QString line = raw;
        const qsizetype comment = line.indexOf(QLatin1String(" #"));
        if (comment >= 0) {
            line.truncate(comment);
        }
        const QString trimmed = line.trimmed();
        if (trimmed.isEmpty() || trimmed.startsWith(QLatin1Char('#')) || trimmed == QLatin1String("---")) {
            continue;
        }
        qsizetype indent = 0;
        while (indent < line.size() && line.at(indent) == QLatin1Char(' ')) {
            ++indent;
        }
        lines.append({indent, trimmed});
    }
    return lines;
}

// The lines under line \a i: indented deeper, or list items at its indentation under a key.
qsizetype blockEnd(const QList<Line> &lines, qsizetype i)
{
    const bool isItem = lines.at(i).text.startsWith(QLatin1String("- "));
    qsizetype end = i + 1;
    while (end < lines.size() &&
           (lines.at(end).indent > lines.at(i).indent || (!isItem && lines.at(end).indent == lines.at(i).indent &&
                                                          lines.at(end).text.startsWith(QLatin1String("- "))))) {
        ++end;
    }
    return end;
}

QString unquoted(QString text)
{
    text = text.trimmed();
    if (text.size() >= 2 && (text.front() == QLatin1Char('\'') || text.front() == QLatin1Char('"')) &&
        text.back() == text.front()) {
        return text.mid(1, text.size() - 2);
    }
    return text;
}

// "key: value" as key and value ("" when the value is the block below).
std::pair<QString, QString> keyValue(const QString &text)
{
    const qsizetype colon = text.indexOf(QLatin1String(": "));
    if (colon >= 0) {
        return {text.left(colon).trimmed(), text.mid(colon + 2).trimmed()};
    }
    if (text.endsWith(QLatin1Char(':'))) {
        return {text.chopped(1).trimmed(), QString()};
    }
    return {text.trimmed(), QString()};
}

// The list a key holds: "[a, b]", a single scalar, or the "- item" lines of its block.
QStringList listAt(const QList<Line> &lines, qsizetype i)
{
    const QString value = keyValue(lines.at(i).text).second;
    QStringList items;
    if (value.startsWith(QLatin1Char('['))) {
        const QString inner = value.mid(1, value.endsWith(QLatin1Char(']')) ? value.size() - 2 : -1);
        for (const QString &item : inner.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            if (!unquoted(item).isEmpty()) {
                items.append(unquoted(item));
            }
        }
        return items;
    }
    if (!value.isEmpty()) {
        return {unquoted(value)};
    }
    const qsizetype end = blockEnd(lines, i);
    for (qsizetype j = i + 1; j < end; ++j) {
        if (lines.at(j).text.startsWith(QLatin1String("- ")) && lines.at(j).indent <= lines.at(i + 1).indent) {
            items.append(unquoted(lines.at(j).text.mid(2)));
        }
    }
    return items;
}

// The keys of a map block [from, to): those at its first line's indentation.
QList<qsizetype> keysOf(const QList<Line> &lines, qsizetype from, qsizetype to)
{
    QList<qsizetype> keys;
    if (from >= to) {
        return keys;
    }
    const qsizetype indent = lines.at(from).indent;
    for (qsizetype j = from; j < to; ++j) {
        if (lines.at(j).indent == indent && !lines.at(j).text.startsWith(QLatin1String("- "))) {
            keys.append(j);
        }
    }
    return keys;
}

// Reads a job's map (a definition's body, or a project entry's) into \a job.
void readJobMap(const QList<Line> &lines, qsizetype from, qsizetype to, ZuulJobs::Job *job)
{
    for (const qsizetype key : keysOf(lines, from, to)) {
        const auto [name, value] = keyValue(lines.at(key).text);
        if (name == QLatin1String("name")) {
            job->name = unquoted(value);
        } else if (name == QLatin1String("parent")) {
            job->parent = unquoted(value);
        } else if (name == QLatin1String("files")) {
            job->files = listAt(lines, key);
            job->filesSet = true;
        } else if (name == QLatin1String("irrelevant-files")) {
            job->irrelevantFiles = listAt(lines, key);
            job->irrelevantFilesSet = true;
        } else if (name == QLatin1String("vars")) {
            const qsizetype end = blockEnd(lines, key);
            for (const qsizetype var : keysOf(lines, key + 1, end)) {
                const auto [varName, varValue] = keyValue(lines.at(var).text);
                if (varName == QLatin1String("tox_envlist")) {
                    job->environment = unquoted(varValue);
                }
            }
        }
    }
}

bool matchesAny(const QStringList &patterns, const QString &path)
{
    for (const QString &pattern : patterns) {
        // Zuul matches from the start of the path (Python's re.match).
        const QRegularExpression expression(QStringLiteral("\\A(?:%1)").arg(pattern));
        if (expression.isValid() && expression.match(path).hasMatch()) {
            return true;
        }
    }
    return false;
}

} // namespace

ZuulJobs ZuulJobs::fromText(const QString &text)
{
    ZuulJobs jobs;
    const QList<Line> lines = linesOf(text);
    const auto addProjectJob = [&jobs](const Job &job) {
        for (const Job &known : std::as_const(jobs.m_projectJobs)) {
            if (known.name == job.name) {
                return; // in check and gate: the first entry counts
            }
        }
        jobs.m_projectJobs.append(job);
    };
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (lines.at(i).indent != 0 || !lines.at(i).text.startsWith(QLatin1String("- "))) {
            continue;
        }
        const QString kind = keyValue(lines.at(i).text.mid(2)).first;
        const qsizetype end = blockEnd(lines, i);
        if (kind == QLatin1String("job")) {
            Job job;
            readJobMap(lines, i + 1, end, &job);
            if (!job.name.isEmpty()) {
                jobs.m_definitions.insert(job.name, job);
            }
        } else if (kind == QLatin1String("project")) {
            for (const qsizetype key : keysOf(lines, i + 1, end)) {
                const QString name = keyValue(lines.at(key).text).first;
                if (name == QLatin1String("templates")) {
                    const QStringList templates = listAt(lines, key);
                    // OpenStack's templates that bring the docs job (openstack-zuul-jobs).
                    if (templates.contains(QLatin1String("openstack-specs-jobs")) ||
                        templates.contains(QLatin1String("build-openstack-docs-pti"))) {
                        addProjectJob({ToxPrefix + QStringLiteral("docs"), {}, {}, {}, {}, false, false});
                    }
                    continue;
                }
                if (name != QLatin1String("check") && name != QLatin1String("gate")) {
                    continue;
                }
                const qsizetype pipelineEnd = blockEnd(lines, key);
                for (const qsizetype part : keysOf(lines, key + 1, pipelineEnd)) {
                    if (keyValue(lines.at(part).text).first != QLatin1String("jobs")) {
                        continue;
                    }
                    if (!keyValue(lines.at(part).text).second.isEmpty()) {
                        for (const QString &jobName : listAt(lines, part)) {
                            addProjectJob({jobName, {}, {}, {}, {}, false, false});
                        }
                        continue;
                    }
                    const qsizetype jobsEnd = blockEnd(lines, part);
                    for (qsizetype j = part + 1; j < jobsEnd; ++j) {
                        if (!lines.at(j).text.startsWith(QLatin1String("- ")) ||
                            lines.at(j).indent > lines.at(part + 1).indent) {
                            continue;
                        }
                        Job job;
                        job.name = unquoted(keyValue(lines.at(j).text.mid(2)).first);
                        readJobMap(lines, j + 1, blockEnd(lines, j), &job);
                        addProjectJob(job);
                    }
                }
            }
        }
    }
    return jobs;
}

QStringList ZuulJobs::jobNames() const
{
    QStringList names;
    for (const Job &job : m_projectJobs) {
        names.append(job.name);
    }
    return names;
}

ZuulJobs::Job ZuulJobs::job(const QString &name) const
{
    Job result;
    result.name = name;
    for (const Job &entry : m_projectJobs) {
        if (entry.name == name) {
            result = entry;
        }
    }
    // Up the parent chain: the first that sets a list gives it; the first outside this file is
    // OpenStack's own job.
    QString current = name;
    QString openstackJob;
    for (int depth = 0; depth < 16; ++depth) {
        const auto definition = m_definitions.constFind(current);
        if (definition == m_definitions.constEnd()) {
            openstackJob = current;
            break;
        }
        if (!result.filesSet && definition->filesSet) {
            result.files = definition->files;
            result.filesSet = true;
        }
        if (!result.irrelevantFilesSet && definition->irrelevantFilesSet) {
            result.irrelevantFiles = definition->irrelevantFiles;
            result.irrelevantFilesSet = true;
        }
        if (result.environment.isEmpty()) {
            result.environment = definition->environment;
        }
        if (definition->parent.isEmpty()) {
            break;
        }
        current = definition->parent;
    }
    if (openstackJob.startsWith(ToxPrefix)) {
        if (result.environment.isEmpty()) {
            result.environment = openstackJob.mid(ToxPrefix.size());
        }
        // openstack-tox-py* carry openstack-zuul-jobs' common-irrelevant-files.
        if (!result.irrelevantFilesSet && openstackJob.startsWith(ToxPrefix + QStringLiteral("py"))) {
            result.irrelevantFiles = {QStringLiteral("^.*\\.rst$"), QStringLiteral("^api-ref/.*$"),
                                      QStringLiteral("^doc/.*$"), QStringLiteral("^releasenotes/.*$")};
            result.irrelevantFilesSet = true;
        }
    }
    return result;
}

bool ZuulJobs::runsFor(const QString &name, const QString &path) const
{
    const Job resolved = job(name);
    if (resolved.filesSet && !resolved.files.isEmpty() && !matchesAny(resolved.files, path)) {
        return false;
    }
    return !matchesAny(resolved.irrelevantFiles, path);
}

QStringList ZuulJobs::environmentsFor(const QString &path) const
{
    QStringList environments;
    for (const Job &entry : m_projectJobs) {
        const Job resolved = job(entry.name);
        if (!resolved.environment.isEmpty() && !environments.contains(resolved.environment) &&
            runsFor(entry.name, path)) {
            environments.append(resolved.environment);
        }
    }
    return environments;
}

} // namespace Specwright::Core
