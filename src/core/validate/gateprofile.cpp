// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gateprofile.h"

#include "repositorygate.h"

#include <array>

namespace Specwright::Core {

namespace {

using Severity = Diagnostic::Severity;
constexpr Severity E = Severity::Error;
constexpr Severity W = Severity::Warning;
constexpr Severity I = Severity::Info;

// Severity of each rule under the presets strict, glance and nova. Rules not listed are the RST
// engine's messages, which fail doc8 (D000) and sphinx-build -W alike: errors in every preset.
const QHash<QString, std::array<Severity, 3>> &presetSeverities()
{
    static const QHash<QString, std::array<Severity, 3>> table = {
        {QStringLiteral("line-too-long"), {E, W, E}},
        {QStringLiteral("trailing-whitespace"), {E, E, E}},
        {QStringLiteral("tab"), {E, E, W}},
        {QStringLiteral("inline-tab"), {W, W, W}},
        {QStringLiteral("carriage-return"), {E, E, E}},
        {QStringLiteral("crlf-line-endings"), {E, E, E}},
        {QStringLiteral("zero-width-space"), {E, W, E}},
        {QStringLiteral("no-final-newline"), {E, E, W}},
        {QStringLiteral("include-not-found"), {W, W, W}},
        {QStringLiteral("missing-title"), {E, W, E}},
        {QStringLiteral("missing-section"), {E, W, E}},
        {QStringLiteral("extra-section"), {E, W, E}},
        {QStringLiteral("section-order"), {E, W, W}},
        {QStringLiteral("section-level"), {E, W, E}},
        {QStringLiteral("missing-subsection"), {E, W, E}},
        {QStringLiteral("unexpected-subsections"), {W, W, I}},
        {QStringLiteral("empty-section"), {W, W, W}},
        {QStringLiteral("template-placeholder"), {W, W, W}},
        {QStringLiteral("template-guidance"), {W, W, W}},
        {QStringLiteral("non-ascii-literal"), {W, W, W}},
        {QStringLiteral("wide-literal"), {W, I, I}},
        {QStringLiteral("api-impact"), {I, I, I}},
        {QStringLiteral("code-block-lex"), {E, E, E}},
        {QStringLiteral("code-block-language"), {E, E, E}},
        {QStringLiteral("code-block-language-doc8"), {E, E, W}}, // nova's gate runs no doc8
        // The repository's Sphinx build (SphinxCheck): glance and nova build their docs with -W.
        {QStringLiteral("sphinx-toctree-unreached"), {E, E, E}},
        {QStringLiteral("sphinx-toctree-reference"), {E, E, E}},
        {QStringLiteral("sphinx-toctree-glob"), {E, E, E}},
        {QStringLiteral("sphinx-duplicate-label"), {E, E, E}},
        {QStringLiteral("sphinx-undefined-label"), {E, E, E}},
        {QStringLiteral("sphinx-untitled-label"), {E, E, E}},
        {QStringLiteral("sphinx-unknown-document"), {E, E, E}},
        {QStringLiteral("sphinx-missing-file"), {E, E, E}},
    };
    return table;
}

Severity errorIf(bool enforced)
{
    return enforced ? E : W;
}

} // namespace

GateProfile::GateProfile(Preset preset)
    : m_preset(preset)
{
    const int column = int(preset);
    m_name = preset == Preset::Strict   ? QStringLiteral("strict")
             : preset == Preset::Glance ? QStringLiteral("glance")
                                        : QStringLiteral("nova");
    for (auto it = presetSeverities().cbegin(); it != presetSeverities().cend(); ++it) {
        m_severities.insert(it.key(), it.value().at(column));
    }
}

GateProfile GateProfile::fromGate(const RepositoryGate &gate, const QString &specPath)
{
    GateProfile profile(Preset::Strict); // the rules no gate decides keep the strict preset's severity
    profile.m_preset.reset();
    profile.m_name = QStringLiteral("repository");
    const RepositoryGate::Doc8 &doc8 = gate.doc8();
    const RepositoryGate::TitlesTest &titles = gate.titlesTest();
    const bool titlesRun = titles.runs;
    const bool sphinxFails = gate.sphinx().builds && gate.sphinx().warningsAreErrors;
    const QStringList &hooks = gate.preCommitHooks();
    auto set = [&profile](const QString &rule, Severity severity) { profile.m_severities.insert(rule, severity); };

    set(QStringLiteral("line-too-long"),
        errorIf(doc8.checks(QStringLiteral("D001")) || (titlesRun && titles.lineLength)));
    profile.m_maxLineLength = doc8.checks(QStringLiteral("D001")) ? doc8.maxLineLength : 79;
    set(QStringLiteral("trailing-whitespace"),
        errorIf(doc8.checks(QStringLiteral("D002")) || (titlesRun && titles.trailingSpaces) ||
                hooks.contains(QStringLiteral("trailing-whitespace"))));
    set(QStringLiteral("tab"), errorIf(doc8.checks(QStringLiteral("D003"))));
    const bool carriageReturns = doc8.checks(QStringLiteral("D004")) || (titlesRun && titles.carriageReturns) ||
                                 hooks.contains(QStringLiteral("mixed-line-ending"));
    set(QStringLiteral("carriage-return"), errorIf(carriageReturns));
    set(QStringLiteral("crlf-line-endings"), errorIf(carriageReturns));
    set(QStringLiteral("zero-width-space"), errorIf(titlesRun && titles.zeroWidthSpaces));
    set(QStringLiteral("no-final-newline"),
        errorIf(doc8.checks(QStringLiteral("D005")) || hooks.contains(QStringLiteral("end-of-file-fixer"))));
    const bool sections = gate.sectionsEnforced(specPath);
    for (const QString &rule :
         {QStringLiteral("missing-title"), QStringLiteral("missing-section"), QStringLiteral("extra-section"),
          QStringLiteral("section-level"), QStringLiteral("missing-subsection")}) {
        set(rule, errorIf(sections));
    }
    set(QStringLiteral("section-order"), W); // the titles tests compare sets of titles, not their order
    set(QStringLiteral("unexpected-subsections"), sections ? W : I);
    // docutils' messages fail doc8 (D000) and sphinx-build -W; unknown roles and directives only Sphinx.
    profile.m_markup = errorIf(doc8.checks(QStringLiteral("D000")) || sphinxFails);
    set(QStringLiteral("include-not-found"), profile.m_markup);
    set(QStringLiteral("unknown-directive"), errorIf(sphinxFails));
    set(QStringLiteral("unknown-role"), errorIf(sphinxFails));
    set(QStringLiteral("code-block-lex"), errorIf(sphinxFails));
    set(QStringLiteral("code-block-language"), errorIf(sphinxFails || doc8.checks(QStringLiteral("D000"))));
    set(QStringLiteral("code-block-language-doc8"), errorIf(doc8.checks(QStringLiteral("D000"))));
    for (const QString &rule : {QStringLiteral("sphinx-toctree-unreached"), QStringLiteral("sphinx-toctree-reference"),
                                QStringLiteral("sphinx-toctree-glob"), QStringLiteral("sphinx-duplicate-label"),
                                QStringLiteral("sphinx-undefined-label"), QStringLiteral("sphinx-untitled-label"),
                                QStringLiteral("sphinx-unknown-document"), QStringLiteral("sphinx-missing-file")}) {
        set(rule, errorIf(sphinxFails));
    }
    return profile;
}

Diagnostic::Severity GateProfile::severityOf(const QString &rule) const
{
    return m_severities.value(rule, m_markup);
}

bool GateProfile::operator==(const GateProfile &other) const
{
    return m_name == other.m_name && m_preset == other.m_preset && m_severities == other.m_severities &&
           m_markup == other.m_markup && m_maxLineLength == other.m_maxLineLength;
}

} // namespace Specwright::Core
