// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "specanalyzer.h"

#include <core/plugin/ruleprovider.h>
#include <core/render/htmlrenderer.h>
#include <core/rst/rstparser.h>
#include <core/spelling/spellingcheck.h>
#include <core/sphinx/sphinxcheck.h>
#include <core/sphinx/sphinxindex.h>
#include <core/validate/checkrules.h>

#include <QDir>
#include <QFileInfo>

namespace Specwright::Core {

namespace {

bool cancelled(const std::atomic_bool *cancel)
{
    return cancel && cancel->load();
}

void collectTitles(const RstNode &node, int level, QList<SpecAnalysis::TitleSpan> *titles)
{
    for (const RstNode &child : node.children) {
        if (child.kind == RstNode::Kind::Section && !child.children.empty()) {
            // From the overline (if any) to the underline.
            const int titleLine = child.children.front().range.startLine;
            titles->append({child.range.startLine, titleLine + 1, level});
            collectTitles(child, level + 1, titles);
        }
    }
}

// What the repository's Sphinx build says about this document (SphinxCheck), from its index of
// the other documents; this document's own facts come from the text being analysed.
void checkAgainstRepository(const AnalysisInput &input, const CheckRules::Rules &rules, SpecAnalysis *analysis)
{
    const RepositoryGate gate = rules.gate.isValid() ? rules.gate : RepositoryGate::forPath(input.path);
    if (!gate.isValid()) {
        return;
    }
    const QString sourceDir =
        QDir(gate.root())
            .filePath(gate.sphinx().sourceDir.isEmpty() ? QStringLiteral("doc/source") : gate.sphinx().sourceDir);
    if (!QFileInfo::exists(QDir(sourceDir).filePath(QStringLiteral("conf.py")))) {
        return;
    }
    analysis->sphinxSourceDir = sourceDir;
    SphinxIndex::Ptr index = SphinxIndex::cached(sourceDir);
    QFuture<SphinxIndex::Ptr> loading = SphinxIndex::load(sourceDir); // picks up changes on disk
    if (!index) {
        if (!input.waitForSphinxIndex) {
            analysis->sphinxIndexPending = true;
            return;
        }
        index = loading.result();
    }
    analysis->sphinxIndex = index;
    const QString name = index ? index->documentNameFor(input.path) : QString();
    if (!name.isEmpty()) {
        analysis->diagnostics +=
            SphinxCheck::check(*index, name, SphinxDocument::fromDocument(*analysis->document), rules.profile);
    }
}

void collectCode(const RstNode &node, QList<SpecAnalysis::CodeSpan> *blocks)
{
    for (const RstNode &child : node.children) {
        if (child.kind == RstNode::Kind::LiteralBlock && child.hasAttribute(QStringLiteral("language")) &&
            !child.text.isEmpty()) {
            // The directive's last lines hold its content (trailing blank lines are not kept).
            const int lines = int(child.text.count(QLatin1Char('\n'))) + 1;
            blocks->append(
                {child.range.endLine - lines + 1, child.range.endLine, child.attribute(QStringLiteral("language"))});
        }
        collectCode(child, blocks);
    }
}

} // namespace

int SpecAnalysis::count(Diagnostic::Severity severity) const
{
    return int(std::count_if(diagnostics.cbegin(), diagnostics.cend(),
                             [severity](const Diagnostic &d) { return d.severity == severity; }));
}

SpecAnalysis SpecAnalyzer::analyse(const AnalysisInput &input, CheckRules &rules,
                                   const QList<const RuleProvider *> &providers, const std::atomic_bool *cancel,
                                   const PageReady &pageReady)
{
    SpecAnalysis analysis;
    analysis.revision = input.revision;
    analysis.document = RstParser::parse(input.writtenText, input.path, nullptr, cancel);
    if (input.render && !cancelled(cancel)) {
        analysis.page = {input.revision, HtmlRenderer::renderBody(*analysis.document),
                         HtmlRenderer::documentTitle(*analysis.document)};
        analysis.rendered = true;
        if (pageReady) {
            pageReady(analysis.page);
        }
    }
    const CheckRules::Rules specRules = rules.rulesFor(input.path);
    analysis.templateName = specRules.specTemplate.name();
    analysis.profile = specRules.profile;
    analysis.gateReport = CheckRules::describe(specRules, input.path);
    if (!cancelled(cancel)) {
        analysis.diagnostics = SpecValidator::validate(input.writtenText, *analysis.document, specRules.specTemplate,
                                                       specRules.profile, cancel, input.lineEnding);
    }
    if (!input.path.isEmpty() && !cancelled(cancel)) {
        checkAgainstRepository(input, specRules, &analysis);
    }
    // Second opinions from plugins (e.g. docutils itself): they read the text as written, too.
    for (const RuleProvider *provider : providers) {
        if (cancelled(cancel)) {
            break;
        }
        analysis.diagnostics += provider->check(input.writtenText, input.path, cancel);
    }
    if (input.spelling.enabled && !cancelled(cancel)) {
        SpellingOptions spellingOptions = input.spelling;
        // Words the repository's codespell accepts are the spelling check's too.
        for (const QString &word : specRules.gate.codespell().ignoredWords) {
            spellingOptions.ignoredWords.insert(word);
        }
        SpellingCheck::Result spelling = SpellingCheck::run(*analysis.document, input.path, spellingOptions, cancel);
        analysis.misspellings = std::move(spelling.misspellings);
        analysis.spellingNotice = std::move(spelling.notice);
        analysis.vocabularyPending = spelling.vocabularyPending;
    }
    if (cancelled(cancel)) {
        analysis.cancelled = true;
        return analysis;
    }
    analysis.outline = SpecOutline::build(*analysis.document, analysis.diagnostics);
    analysis.titles = titleSpans(*analysis.document);
    analysis.codeBlocks = codeSpans(*analysis.document);
    return analysis;
}

QList<SpecAnalysis::TitleSpan> SpecAnalyzer::titleSpans(const RstDocument &document)
{
    QList<SpecAnalysis::TitleSpan> titles;
    collectTitles(document.root(), 1, &titles);
    return titles;
}

QList<SpecAnalysis::CodeSpan> SpecAnalyzer::codeSpans(const RstDocument &document)
{
    QList<SpecAnalysis::CodeSpan> blocks;
    collectCode(document.root(), &blocks);
    return blocks;
}

} // namespace Specwright::Core
