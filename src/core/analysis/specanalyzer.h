// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysisinput.h"
#include "specanalysis.h"

#include <QList>

#include <atomic>
#include <functional>

namespace Specwright::Core {

class CheckRules;
class RuleProvider;

/**
 * The one entry point that checks a spec: the window's background service,
 * `specwright-cli check` and Export for Review all call analyse(), so the
 * three give the same findings for the same bytes.
 *
 * \note A pure function of its arguments (CheckRules is thread-safe); runs on
 * any thread, never touches widgets, and stops early when \a cancel is set.
 */
class SpecAnalyzer final
{
public:
    using PageReady = std::function<void(const SpecAnalysis::Page &)>;

    /**
     * Parses \a input once and derives everything from that parse. The template and profile come
     * from \a rules; \a providers (plugins such as docutils) add their findings. With
     * input.render, the HTML is rendered right after parsing and handed to \a pageReady (when
     * set) before the checks run, so a preview never waits for them.
     */
    static SpecAnalysis analyse(const AnalysisInput &input, CheckRules &rules,
                                const QList<const RuleProvider *> &providers = {},
                                const std::atomic_bool *cancel = nullptr, const PageReady &pageReady = {});

    /** The editor's spans of \a document: section titles by level and code-block bodies. */
    static QList<SpecAnalysis::TitleSpan> titleSpans(const RstDocument &document);
    static QList<SpecAnalysis::CodeSpan> codeSpans(const RstDocument &document);
};

} // namespace Specwright::Core
