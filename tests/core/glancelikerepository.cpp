// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "glancelikerepository.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>

namespace {

// What glance-specs' doc/source holds (gate-details.md §B): a conf.py leaving the template copies
// out, a root index globbing each release's index, and specs/ reached through a symbolic link.
const QString GlanceConf =
    QStringLiteral(R"(# Sphinx configuration of the copy (the theme and feed extensions left out).
extensions = ['sphinx.ext.todo']
todo_include_todos = True
templates_path = ['_templates']
source_suffix = '.rst'
master_doc = 'index'
project = 'Glance Specs'
exclude_patterns = [
    '_build',
    '**/template.rst',
    '**/spec-lite-template.rst',
]
)");
const QString GlanceIndex = QStringLiteral(R"(=======================================
 Image Service (Glance) Specifications
=======================================

.. toctree::
   :glob:
   :maxdepth: 1

   specs/*/index

Image API v2
============

.. toctree::
   :glob:
   :maxdepth: 1

   specs/api/v2/*
)");
const QString Tox = QStringLiteral(R"([testenv:docs]
commands =
  sphinx-build -W -b html doc/source doc/build/html
)");

} // namespace

QString GlanceLikeRepository::glanceIndex()
{
    return GlanceIndex;
}

QString GlanceLikeRepository::sphinxBuild()
{
    return QStandardPaths::findExecutable(QStringLiteral("sphinx-build"));
}

bool GlanceLikeRepository::write(const QString &path, const QString &text)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(text.toUtf8()) == text.toUtf8().size();
}

QString GlanceLikeRepository::read(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

bool GlanceLikeRepository::makeRepository(const QString &root, const QString &index)
{
    return write(root + QStringLiteral("/tox.ini"), Tox) &&
           write(root + QStringLiteral("/doc/source/conf.py"), GlanceConf) &&
           write(root + QStringLiteral("/doc/source/index.rst"), index.isEmpty() ? GlanceIndex : index) &&
           QDir().mkpath(root + QStringLiteral("/specs")) &&
           QFile::link(QStringLiteral("../../specs"), root + QStringLiteral("/doc/source/specs"));
}

bool GlanceLikeRepository::copyTree(const QString &from, const QString &to)
{
    QDirIterator it(from, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString source = it.next();
        const QString target = to + QLatin1Char('/') + QDir(from).relativeFilePath(source);
        QDir().mkpath(QFileInfo(target).absolutePath());
        if (!QFile::copy(source, target)) {
            return false;
        }
    }
    return true;
}

// The docs job's command, on the copy: sphinx-build -W (and --keep-going, to see every warning).
GlanceLikeRepository::SphinxRun GlanceLikeRepository::runSphinx(const QString &program, const QString &root)
{
    SphinxRun run;
    QElapsedTimer timer;
    timer.start();
    QProcess sphinx;
    sphinx.setProcessChannelMode(QProcess::MergedChannels);
    sphinx.start(program, {QStringLiteral("-W"), QStringLiteral("--keep-going"), QStringLiteral("-q"),
                           QStringLiteral("-b"), QStringLiteral("html"), root + QStringLiteral("/doc/source"),
                           root + QStringLiteral("/doc/build/html")});
    if (!sphinx.waitForFinished(600000)) {
        return run;
    }
    run.exitCode = sphinx.exitStatus() == QProcess::NormalExit ? sphinx.exitCode() : -1;
    const QStringList lines = QString::fromUtf8(sphinx.readAll()).split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        if (line.contains(QLatin1String("WARNING:")) || line.contains(QLatin1String("ERROR:"))) {
            run.warnings.append(line);
        }
    }
    run.milliseconds = timer.elapsed();
    return run;
}
