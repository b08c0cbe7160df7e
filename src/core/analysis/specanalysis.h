// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "specoutline.h"

#include <core/rst/rstdocument.h>
#include <core/spelling/misspelling.h>
#include <core/validate/diagnostic.h>
#include <core/validate/specvalidator.h>

#include <QList>
#include <QMetaType>
#include <QString>

#include <memory>

namespace Specwright::Core {

class SphinxIndex;

/**
 * Everything one revision of a spec means to the front ends, from one parse:
 * the document tree, the findings, the outline, the spans the editor
 * decorates and, when asked for, the preview's HTML. A plain value, made off
 * the GUI thread and read by the window, the CLI and Export for Review.
 */
struct SpecAnalysis
{
    /** A section title's lines (overline, if any, to underline) and its level (1: the spec's title). */
    struct TitleSpan
    {
        int firstLine = 0;
        int lastLine = 0;
        int level = 1;
        bool operator==(const TitleSpan &) const = default;
    };

    /** A code-block body, highlighted in its own language. */
    struct CodeSpan
    {
        int firstLine = 0;
        int lastLine = 0;
        QString language;
        bool operator==(const CodeSpan &) const = default;
    };

    /** The preview's rendering of one revision. */
    struct Page
    {
        quint64 revision = 0;
        QString bodyHtml;
        QString title;
    };

    quint64 revision = 0;
    RstDocument::Ptr document;
    QList<Diagnostic> diagnostics;
    SpecOutline outline;
    QList<TitleSpan> titles;
    QList<CodeSpan> codeBlocks;
    QString templateName; ///< the template the spec was checked against
    GateProfile profile;
    QString gateReport;    ///< what the repository's gate checks and what this spec is held to (CheckRules::describe)
    bool rendered = false; ///< page holds this revision's HTML
    Page page;
    bool cancelled = false; ///< stopped early: the rest describes nothing
    /// Prose words no dictionary knows (AnalysisInput::spelling.enabled only), in source order.
    /// Kept apart from the diagnostics: the gates do not check spelling.
    QList<Misspelling> misspellings;
    QString spellingNotice;         ///< why spelling was not checked (no dictionary), else empty
    bool vocabularyPending = false; ///< checked without the repository's words: they were not built yet
    /// The repository's Sphinx source folder (holding conf.py), when the spec is in a repository.
    QString sphinxSourceDir;
    /// The index of the repository's documents the Sphinx-level findings come from (null: none yet).
    std::shared_ptr<const SphinxIndex> sphinxIndex;
    bool sphinxIndexPending = false; ///< checked without the repository's index: it was not built yet

    int count(Diagnostic::Severity severity) const;
};

} // namespace Specwright::Core

Q_DECLARE_METATYPE(Specwright::Core::SpecAnalysis)
Q_DECLARE_METATYPE(Specwright::Core::SpecAnalysis::Page)
