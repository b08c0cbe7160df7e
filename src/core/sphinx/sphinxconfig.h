// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sphinxpattern.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Specwright::Core {

/**
 * What a repository's Sphinx build reads from its `conf.py`, as far as it
 * decides which files are documents: the source folder, the root document
 * (`root_doc`, formerly `master_doc`), `exclude_patterns`, and the template,
 * static and extra folders Sphinx never reads as documents.
 *
 * conf.py is Python; this reads its plain assignments of strings and lists of
 * strings, which is how the specs repositories write them.
 *
 * \note A plain value; reentrant.
 */
class SphinxConfig final
{
public:
    SphinxConfig() = default;

    /** Reads \a sourceDir/conf.py; invalid when there is none. */
    static SphinxConfig read(const QString &sourceDir);
    /** The configuration conf.py's \a text gives a source folder \a sourceDir. */
    static SphinxConfig fromText(const QString &sourceDir, const QString &text);

    bool isValid() const { return !m_sourceDir.isEmpty(); }
    /** The folder holding conf.py (absolute, clean; not resolved through symbolic links). */
    QString sourceDir() const { return m_sourceDir; }
    /** The root document's name, e.g. "index". */
    QString rootDoc() const { return m_rootDoc; }
    QStringList excludePatterns() const { return m_excludeTexts; }
    /**
     * Whether Sphinx leaves out \a relativePath (a file or folder relative to
     * the source folder, segments joined by "/").
     */
    bool isExcluded(const QString &relativePath) const;

private:
    QString m_sourceDir;
    QString m_rootDoc = QStringLiteral("index");
    QStringList m_excludeTexts;
    QList<SphinxPattern> m_exclude;
};

} // namespace Specwright::Core
