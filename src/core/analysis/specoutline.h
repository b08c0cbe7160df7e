// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/document/linechange.h>
#include <core/rst/rstdocument.h>
#include <core/validate/diagnostic.h>

#include <QList>

namespace Specwright::Core {

/**
 * What the Outline shows: the spec's sections in document order with their
 * depth, and, greyed in their place, the template's sections and subsections
 * the spec lacks, each with where and how "Insert Section" adds it.
 */
struct SpecOutline
{
    struct Entry
    {
        QString title;
        int line = 0;  ///< 0-based first line of the section; for a missing one, where it goes
        int depth = 0; ///< 0: a top-level entry of the outline
        bool missing = false;
        int insertLevel = -1; ///< missing only: 0 a section of the spec, 1 a subsection
        QChar adornment;      ///< missing only: the underline character its level uses in this spec

        bool operator==(const Entry &) const = default;
    };

    /** Where a missing section goes in and the line its title lands on. */
    struct Insertion
    {
        LineChange change;
        int titleLine = 0;
    };

    /// At most this many sections are listed; sections counts them all.
    static constexpr int SectionLimit = 5000;

    QList<Entry> entries; ///< depth-first, in the order the outline shows them
    int sections = 0;     ///< every section of the spec, listed or not

    /** The outline of \a document, with the missing sections \a diagnostics report. */
    static SpecOutline build(const RstDocument &document, const QList<Diagnostic> &diagnostics);
    /**
     * The edit that adds \a missing (an entry of build()) to the text whose lines are \a lines:
     * its title, underline and "None", set off by blank lines from what is around it.
     */
    static Insertion insertion(const QStringList &lines, const Entry &missing);

    bool operator==(const SpecOutline &) const = default;
};

} // namespace Specwright::Core
