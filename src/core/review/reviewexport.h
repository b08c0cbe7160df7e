// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/review/reviewnormalizer.h>
#include <core/rst/rstdocument.h>
#include <core/sphinx/toctreeaddition.h>
#include <core/validate/diagnostic.h>
#include <core/validate/gateprofile.h>
#include <core/validate/specvalidator.h>

#include <QStringList>

namespace Specwright::Core {

class CheckRules;

/**
 * Export for review: where a spec goes in its specs repository, what
 * normalisation changes, whether the repository's gate would pass it, and
 * the commit message to send it with. plan() decides everything and writes
 * nothing; write() then puts the file in place atomically.
 */
class ReviewExport final
{
public:
    struct Plan
    {
        QString repository;   ///< the specs repository's root (holds specs/)
        QStringList releases; ///< its release folders, oldest first
        QString release;
        QString project; ///< the launchpad project of the blueprint URL (glance, glance-store …)
        QString name;    ///< the blueprint name, also the file name
        QString targetPath;
        QString original;
        ReviewNormalizer::Result normalized;
        /// unified diff of the normalisation, line endings aside (empty when nothing else changes)
        QString diff;
        /// the line-ending conversion, once for the whole file: "Line endings: CRLF → LF (every line)";
        /// empty when every line already ends in LF
        QString lineEndings;
        GateProfile profile;
        QList<Diagnostic> diagnostics; ///< of the normalised text, under the repository's profile
        QString commitMessage;
        /// the other files the export writes: index files changed so that the repository's toctrees
        /// reach the spec (ToctreeAddition); for a new release folder, its index files and
        /// template copies first (ReleaseFolderCreation)
        QList<ToctreeAddition::Edit> repositoryEdits;
        /// the release folder does not exist yet: the export creates it, following followedRelease
        bool newRelease = false;
        QString followedRelease;
        QStringList problems; ///< why it cannot be exported; empty when it can
        /// what may not be what the author meant, though it can be exported: a blueprint name other
        /// than the one in the spec's launchpad URL
        QStringList warnings;

        bool canExport() const { return problems.isEmpty(); }
        int count(Diagnostic::Severity severity) const;
    };

    /** The launchpad project and blueprint name of the spec's blueprint URL, or empty strings. */
    static std::pair<QString, QString> blueprint(const QString &text);
    /**
     * \a text with every line ending ("\r\n", a lone "\r") made "\n", as ReviewNormalizer ends
     * lines; \a description gets "Line endings: CRLF → LF (every line)" or "(3 of 40 lines)", or
     * an empty string when nothing changed.
     */
    static QString withUnixLineEndings(const QString &text, QString *description = nullptr);
    /** Launchpad blueprint names: lowercase letters, digits and single hyphens. */
    static bool isValidName(const QString &name);
    /** Subject from the title, a blueprint line, and APIImpact when the REST API changes. */
    static QString commitMessage(const RstDocument &document, const QString &name);

    /**
     * Plans the export of \a text (the spec at \a specPath, which may be untitled) into
     * \a repository (found from \a specPath when empty), \a release (the newest when empty; a
     * release newer than all the repository has is created, following the newest) under
     * \a name (from the blueprint URL when empty). The normalised text is checked by
     * SpecAnalyzer::analyse() at its target with \a rules (the window passes its own, so the
     * dialog and the editor resolve template and profile alike; null: the repository's own).
     */
    static Plan plan(const QString &specPath, const QString &text, const QString &repository = QString(),
                     const QString &release = QString(), const QString &name = QString(), CheckRules *rules = nullptr);

    /**
     * Writes the plan's normalised text to its target, atomically, then its index edits (each
     * only while the index file still holds the text the plan read). An existing file with other
     * text is replaced only when \a overwrite is true. Returns an empty string or why it failed.
     */
    static QString write(const Plan &plan, bool overwrite);
    /** The files write() writes: the spec, then the index files it changes. */
    static QStringList writtenFiles(const Plan &plan);
};

} // namespace Specwright::Core
