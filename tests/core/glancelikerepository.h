// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

/**
 * Test repositories in the shape of glance-specs (gate-details.md §B): tox.ini running
 * `sphinx-build -W`, doc/source with conf.py, an index.rst and specs/ reached through a symbolic
 * link; and the real sphinx-build run over one, where the machine has Sphinx.
 */
class GlanceLikeRepository final
{
public:
    struct SphinxRun
    {
        int exitCode = -1;
        QStringList warnings; ///< "path:line: WARNING: message" lines
        qint64 milliseconds = 0;
    };

    /** The root index.rst glance has: each release's index by a glob, and the API specs. */
    static QString glanceIndex();

    /** Writes \a text to \a path (UTF-8), making its folder. */
    static bool write(const QString &path, const QString &text);
    static QString read(const QString &path);
    /** Copies every file below \a from to the same place below \a to. */
    static bool copyTree(const QString &from, const QString &to);
    /** tox.ini, doc/source/conf.py, doc/source/index.rst (\a index, glance's when empty) and the link. */
    static bool makeRepository(const QString &root, const QString &index = QString());
    /** sphinx-build on this machine, or empty. */
    static QString sphinxBuild();
    /** The docs job's command on \a root: sphinx-build -W (and --keep-going, to see every warning). */
    static SphinxRun runSphinx(const QString &program, const QString &root);
};
