// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/sphinx/toctreeaddition.h>

#include <QList>
#include <QString>
#include <QStringList>

namespace Specwright::Core {

class SphinxIndex;

/**
 * The files that start a release folder a specs repository does not have yet
 * (specs/2027.1/ when the newest is specs/2026.2/), made the way the previous
 * release's folder is made:
 * - its index files, with the release's name changed in them (titles
 *   re-underlined), the toctree entries that would reach nothing in the new
 *   folder left out (Sphinx fails a glob that matches nothing), and an entry
 *   that reaches the new spec;
 * - its template copies, unchanged (`template.rst`, `spec-lite-template.rst`
 *   in each project folder, `specs/<release>-template.rst`);
 * - an entry in the index outside that listed the previous release's folder,
 *   next to that one, when no toctree there reaches the new folder yet.
 *
 * \note Reentrant; reads files, writes nothing.
 */
class ReleaseFolderCreation final
{
public:
    struct Result
    {
        QList<ToctreeAddition::Edit> edits; ///< files created, then index files changed
        QString problem;                    ///< why the folder cannot be made; empty when it can
    };

    /**
     * The edits that create \a release in \a repository following \a previous, so that the spec
     * to be written at \a specPath (inside the new folder) is reached by the repository's
     * toctrees. \a index is the repository's Sphinx index, or null when it has no Sphinx build.
     */
    static Result plan(const QString &repository, const QString &previous, const QString &release,
                       const QString &specPath, const SphinxIndex *index);

    /**
     * \a text with \a previous (a release name, as a whole word) made \a release, and the
     * adornments of the titles whose length that changes made to fit again.
     */
    static QString withRelease(const QString &text, const QString &previous, const QString &release);
};

} // namespace Specwright::Core
