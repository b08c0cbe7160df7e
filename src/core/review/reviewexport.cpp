// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reviewexport.h"

#include <core/analysis/specanalyzer.h>
#include <core/document/linediff.h>
#include <core/document/textfile.h>
#include <core/review/releasefoldercreation.h>
#include <core/sphinx/sphinxindex.h>
#include <core/validate/checkrules.h>
#include <core/validate/specrepository.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <algorithm>

namespace Specwright::Core {

namespace {

using Kind = RstNode::Kind;

const RstNode *titleSection(const RstDocument &document)
{
    for (const RstNode &child : document.root().children) {
        if (child.kind == Kind::Section) {
            return &child;
        }
    }
    return nullptr;
}

// The text of a section (any depth) titled \a title, without its subsections, simplified.
QString sectionText(const RstNode &node, const QString &title)
{
    for (const RstNode &child : node.children) {
        if (child.kind != Kind::Section || child.children.empty()) {
            continue;
        }
        if (child.children.front().plainText().trimmed().compare(title, Qt::CaseInsensitive) == 0) {
            QString text;
            for (const RstNode &part : child.children) {
                if (part.kind != Kind::Title && part.kind != Kind::Section) {
                    text += part.plainText() + QLatin1Char(' ');
                }
            }
            return text.simplified();
        }
        const QString nested = sectionText(child, title);
        if (!nested.isNull()) {
            return nested;
        }
    }
    return QString();
}

} // namespace

int ReviewExport::Plan::count(Diagnostic::Severity severity) const
{
    return int(std::count_if(diagnostics.begin(), diagnostics.end(),
                             [severity](const Diagnostic &d) { return d.severity == severity; }));
}

std::pair<QString, QString> ReviewExport::blueprint(const QString &text)
{
    static const QRegularExpression url(
        QStringLiteral("https?://blueprints\\.launchpad\\.net/([A-Za-z0-9][A-Za-z0-9.+-]*)/\\+spec/([A-Za-z0-9.+-]+)"));
    const QRegularExpressionMatch match = url.match(text);
    return match.hasMatch() ? std::pair{match.captured(1), match.captured(2)} : std::pair<QString, QString>{};
}

QString ReviewExport::withUnixLineEndings(const QString &text, QString *description)
{
    QString result;
    result.reserve(text.size());
    int lines = 0;
    int crlf = 0;
    int cr = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('\r')) {
            ++lines;
            if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n')) {
                ++crlf;
                ++i;
            } else {
                ++cr;
            }
            result += QLatin1Char('\n');
            continue;
        }
        if (c == QLatin1Char('\n')) {
            ++lines;
        }
        result += c;
    }
    if (description) {
        description->clear();
        if (crlf + cr > 0) {
            const QString from = crlf > 0 && cr > 0 ? QStringLiteral("CRLF and CR")
                                 : crlf > 0         ? QStringLiteral("CRLF")
                                                    : QStringLiteral("CR");
            const QString scope = crlf + cr == lines ? QStringLiteral("every line")
                                                     : QStringLiteral("%1 of %2 lines").arg(crlf + cr).arg(lines);
            *description = QStringLiteral("Line endings: %1 \u2192 LF (%2)").arg(from, scope);
        }
    }
    return result;
}

bool ReviewExport::isValidName(const QString &name)
{
    static const QRegularExpression valid(QStringLiteral("^[a-z0-9]+(-[a-z0-9]+)*$"));
    return valid.match(name).hasMatch();
}

QString ReviewExport::commitMessage(const RstDocument &document, const QString &name)
{
    const RstNode *title = titleSection(document);
    QString subject = title && !title->children.empty() ? title->children.front().plainText().simplified()
                                                        : QStringLiteral("New spec");
    if (subject.size() > 72) {
        subject = subject.left(71).trimmed() + QChar(0x2026); // a short subject line, as git wants
    }
    QString message = subject + QStringLiteral("\n\n");
    if (!name.isEmpty()) {
        message += QStringLiteral("Implements: blueprint %1\n").arg(name);
    }
    const QString api = title ? sectionText(*title, QStringLiteral("REST API impact")) : QString();
    if (!api.isNull() && !api.isEmpty() && api.compare(QLatin1String("None"), Qt::CaseInsensitive) != 0 &&
        !api.startsWith(QLatin1String("None."), Qt::CaseInsensitive)) {
        message += QStringLiteral("APIImpact\n"); // the template asks for the flag when the REST API changes
    }
    return message;
}

ReviewExport::Plan ReviewExport::plan(const QString &specPath, const QString &text, const QString &repository,
                                      const QString &release, const QString &name, CheckRules *rules)
{
    Plan plan;
    plan.original = text;
    plan.normalized = ReviewNormalizer::normalize(text);
    // The line-ending conversion touches every line: said once, so the diff shows only the real fixes.
    plan.diff = LineDiff::unified(withUnixLineEndings(text, &plan.lineEndings), plan.normalized.text,
                                  QStringLiteral("as written"), QStringLiteral("for review"));
    plan.repository = repository.isEmpty() ? SpecRepository::find(specPath) : QDir(repository).absolutePath();
    const auto [project, blueprintName] = blueprint(plan.normalized.text);
    plan.project = project;
    plan.name = name.isEmpty() ? blueprintName : name;
    if (!name.isEmpty() && !blueprintName.isEmpty() && name != blueprintName) {
        plan.warnings.append(QStringLiteral("The blueprint name \"%1\" differs from the spec's launchpad URL, which "
                                            "names \"%2\": the commit would implement blueprint %1.")
                                 .arg(name, blueprintName));
    }
    if (plan.repository.isEmpty() || !QFileInfo(QDir(plan.repository).filePath(QStringLiteral("specs"))).isDir()) {
        plan.problems.append(QStringLiteral("No specs repository found (a folder with specs/ in it): give one."));
    } else {
        plan.releases = SpecRepository::releases(plan.repository);
        plan.release = release.isEmpty() ? plan.releases.value(plan.releases.size() - 1) : release;
        if (plan.releases.isEmpty()) {
            plan.problems.append(QStringLiteral("%1 has no release folders yet (specs/<release>/approved/): create "
                                                "the current release's folder first.")
                                     .arg(plan.repository));
        } else if (!plan.releases.contains(plan.release) && SpecRepository::isReleaseName(plan.release) &&
                   SpecRepository::isReleaseBefore(plan.releases.constLast(), plan.release)) {
            plan.newRelease = true; // a new release folder, made like the newest one
            plan.followedRelease = plan.releases.constLast();
        } else if (!plan.releases.contains(plan.release)) {
            plan.problems.append(
                QStringLiteral("\"%1\" is not a release of %2 (it has: %3; a new release must come after "
                               "the newest, as %4 does).")
                    .arg(plan.release, plan.repository, plan.releases.join(QStringLiteral(", ")),
                         SpecRepository::nextRelease(plan.releases.constLast())));
        }
    }
    if (plan.name.isEmpty()) {
        plan.problems.append(QStringLiteral("No blueprint name: the spec has no launchpad blueprint URL; give one."));
    } else if (!isValidName(plan.name)) {
        plan.problems.append(
            QStringLiteral("\"%1\" is not a blueprint name (lowercase letters, digits and hyphens).").arg(plan.name));
    }
    if (plan.problems.isEmpty()) {
        // Older repositories file specs per project: approved/<project>/ when that folder exists (in
        // the release followed, for a new one).
        const QString specs = QDir(plan.repository).filePath(QStringLiteral("specs/"));
        const QString pattern = plan.newRelease ? plan.followedRelease : plan.release;
        QString approved = specs + plan.release + QStringLiteral("/approved");
        for (const QString &folder :
             {plan.project, QString(plan.project).replace(QLatin1Char('-'), QLatin1Char('_'))}) {
            if (!folder.isEmpty() && QFileInfo(specs + pattern + QStringLiteral("/approved/") + folder).isDir()) {
                approved += QLatin1Char('/') + folder;
                break;
            }
        }
        plan.targetPath = approved + QLatin1Char('/') + plan.name + QStringLiteral(".rst");
    }
    // The gate of the repository it goes to, on the text as it will be written.
    QString checkedAs = plan.targetPath.isEmpty() ? specPath : plan.targetPath;
    if (plan.newRelease && !plan.targetPath.isEmpty()) {
        // The new folder gets the followed release's templates: checked as if filed there.
        const QString specs = QDir(plan.repository).filePath(QStringLiteral("specs/"));
        checkedAs = specs + plan.followedRelease + plan.targetPath.mid(specs.size() + plan.release.size());
    }
    CheckRules ownRules;
    AnalysisInput input;
    input.writtenText = plan.normalized.text;
    input.path = checkedAs;
    const SpecAnalysis analysis = SpecAnalyzer::analyse(input, rules ? *rules : ownRules);
    plan.profile = analysis.profile;
    plan.diagnostics = analysis.diagnostics;
    plan.commitMessage = commitMessage(*analysis.document, plan.name);
    // A new spec no toctree reaches fails sphinx-build -W: its folder's index gets an entry.
    const QString documentName = analysis.sphinxIndex && !plan.targetPath.isEmpty()
                                     ? analysis.sphinxIndex->documentNameFor(plan.targetPath)
                                     : QString();
    const auto reachedNow = [&plan] {
        plan.diagnostics.removeIf(
            [](const Diagnostic &d) { return d.ruleId == QLatin1String("sphinx-toctree-unreached"); });
    };
    if (plan.newRelease && !plan.targetPath.isEmpty()) {
        const ReleaseFolderCreation::Result folder = ReleaseFolderCreation::plan(
            plan.repository, plan.followedRelease, plan.release, plan.targetPath, analysis.sphinxIndex.get());
        if (!folder.problem.isEmpty()) {
            plan.problems.append(folder.problem);
        } else {
            plan.repositoryEdits = folder.edits;
            reachedNow();
        }
    } else if (!documentName.isEmpty()) {
        if (const std::optional<ToctreeAddition::Edit> edit =
                ToctreeAddition::forDocument(*analysis.sphinxIndex, documentName)) {
            plan.repositoryEdits.append(*edit);
            reachedNow();
        }
    }
    const int errors = plan.count(Diagnostic::Severity::Error);
    if (errors > 0) {
        plan.problems.append(
            QStringLiteral("%1 error(s) the gate would reject remain after normalisation.").arg(errors));
    }
    return plan;
}

QString ReviewExport::write(const Plan &plan, bool overwrite)
{
    if (!plan.canExport()) {
        return plan.problems.join(QLatin1Char(' '));
    }
    if (QFileInfo::exists(plan.targetPath)) {
        const TextFile existing = TextFile::read(plan.targetPath);
        if (existing.isValid() && existing.text() == plan.normalized.text) {
            return {}; // already there, word for word
        }
        if (!overwrite) {
            return QStringLiteral("%1 exists with other text; confirm to replace it.").arg(plan.targetPath);
        }
    }
    if (!QDir().mkpath(QFileInfo(plan.targetPath).absolutePath())) {
        return QStringLiteral("%1 cannot be created.").arg(QFileInfo(plan.targetPath).absolutePath());
    }
    // The other files first as the plan found them (new ones still absent), so that nothing is
    // half written.
    for (const ToctreeAddition::Edit &edit : plan.repositoryEdits) {
        if (edit.created) {
            if (QFileInfo::exists(edit.path)) {
                return QStringLiteral("%1 was created since the export was planned; export again.").arg(edit.path);
            }
            continue;
        }
        const TextFile current = TextFile::read(edit.path);
        if (!current.isValid() || current.text() != edit.before) {
            return QStringLiteral("%1 changed since the export was planned; export again.").arg(edit.path);
        }
    }
    const QString error = TextFile::write(plan.targetPath, plan.normalized.text);
    if (!error.isEmpty()) {
        return error;
    }
    for (const ToctreeAddition::Edit &edit : plan.repositoryEdits) {
        if (edit.created && !QDir().mkpath(QFileInfo(edit.path).absolutePath())) {
            return QStringLiteral("%1 cannot be created.").arg(QFileInfo(edit.path).absolutePath());
        }
        if (!edit.copiedFrom.isEmpty()) {
            if (!QFile::copy(edit.copiedFrom, edit.path)) {
                return QStringLiteral("%1 cannot be copied to %2.").arg(edit.copiedFrom, edit.path);
            }
            continue;
        }
        const QString fileError = TextFile::write(edit.path, edit.after);
        if (!fileError.isEmpty()) {
            return fileError;
        }
    }
    return {};
}

QStringList ReviewExport::writtenFiles(const Plan &plan)
{
    QStringList files{plan.targetPath};
    for (const ToctreeAddition::Edit &edit : plan.repositoryEdits) {
        files.append(edit.path);
    }
    return files;
}

} // namespace Specwright::Core
