// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sphinxcheck.h"

#include <QDir>
#include <QFileInfo>

namespace Specwright::Core {

namespace {

// Python's repr() of a str as Sphinx's messages show it (%r).
QString quoted(const QString &text)
{
    if (text.contains(QLatin1Char('\'')) && !text.contains(QLatin1Char('"'))) {
        return QLatin1Char('"') + text + QLatin1Char('"');
    }
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\")).replace(QLatin1Char('\''), QLatin1String("\\'"));
    return QLatin1Char('\'') + escaped + QLatin1Char('\'');
}

// Labels Sphinx's std domain always has.
bool isBuiltinLabel(const QString &label)
{
    return label == QLatin1String("genindex") || label == QLatin1String("modindex") ||
           label == QLatin1String("search") || label == QLatin1String("py-modindex");
}

struct Findings
{
    const GateProfile &profile;
    QList<Diagnostic> list;

    void add(const QString &rule, const QString &message, const SourceRange &range, const QString &hint,
             const QString &subject = {})
    {
        Diagnostic diagnostic;
        diagnostic.ruleId = rule;
        diagnostic.severity = profile.severityOf(rule);
        diagnostic.message = message;
        diagnostic.range = range;
        diagnostic.fixHint = hint;
        diagnostic.subject = subject;
        list.append(diagnostic);
    }
};

} // namespace

QList<Diagnostic> SphinxCheck::check(const SphinxIndex &index, const QString &name, const SphinxDocument &facts,
                                     const GateProfile &profile)
{
    Findings findings{profile, {}};
    const QString rootDoc = index.config().rootDoc();

    QStringList referrers = index.reachers(name);
    referrers.removeAll(name);
    if (name != rootDoc && !facts.isOrphan() && referrers.isEmpty()) {
        findings.add(QStringLiteral("sphinx-toctree-unreached"),
                     QStringLiteral("document isn't included in any toctree: no index lists %1 (sphinx-build -W "
                                    "fails).")
                         .arg(name),
                     {0, 0, 0, 0},
                     QStringLiteral("Add it to the toctree of its folder's index.rst, or use a :glob: pattern there "
                                    "that matches it."));
    }

    for (const SphinxDocument::TocEntry &entry : facts.tocEntries()) {
        if (!index.resolveTocEntry(name, entry).isEmpty()) {
            continue;
        }
        if (entry.pattern) {
            findings.add(
                QStringLiteral("sphinx-toctree-glob"),
                QStringLiteral("toctree glob pattern %1 didn't match any documents.").arg(quoted(entry.target)),
                entry.range, QStringLiteral("Patterns are relative to this document's folder."), entry.target);
            continue;
        }
        QString target = SphinxIndex::joinDocumentName(name, entry.target);
        if (target.endsWith(QLatin1String(".rst"))) {
            target.chop(4);
        }
        if (target == name) {
            continue;
        }
        const bool excluded = QFileInfo::exists(index.sourcePath(target + QLatin1String(".rst")));
        findings.add(QStringLiteral("sphinx-toctree-reference"),
                     excluded
                         ? QStringLiteral("toctree contains reference to excluded document %1.").arg(quoted(target))
                         : QStringLiteral("toctree contains reference to nonexisting document %1.").arg(quoted(target)),
                     entry.range,
                     excluded ? QStringLiteral("conf.py's exclude_patterns leave this document out of the build.")
                              : QStringLiteral("Entries name documents relative to this one, without \".rst\"."),
                     entry.target);
    }

    for (const SphinxDocument::Label &label : facts.labels()) {
        for (const SphinxIndex::Site &site : index.labelSites(label.name)) {
            if (site.document == name) {
                continue;
            }
            const SphinxIndex::Document *other = index.document(site.document);
            findings.add(QStringLiteral("sphinx-duplicate-label"),
                         QStringLiteral("duplicate label %1, other instance in %2 (line %3).")
                             .arg(label.name, other ? other->path : site.document)
                             .arg(site.range.startLine + 1),
                         label.range, QStringLiteral("Labels are shared by the whole repository: pick another name."),
                         label.name);
            break;
        }
    }

    for (const SphinxDocument::CrossReference &reference : facts.crossReferences()) {
        if (reference.role == SphinxDocument::CrossReference::Role::Ref) {
            bool defined = isBuiltinLabel(reference.target);
            bool titled = defined;
            for (const SphinxDocument::Label &label : facts.labels()) {
                if (label.name == reference.target) {
                    defined = true;
                    titled = titled || label.titled;
                }
            }
            for (const SphinxIndex::Site &site : index.labelSites(reference.target)) {
                if (site.document != name) {
                    defined = true;
                    titled = titled || site.titled;
                }
            }
            if (defined && !titled && !reference.explicitTitle) {
                findings.add(QStringLiteral("sphinx-untitled-label"),
                             QStringLiteral("Failed to create a cross reference. A title or caption not found: %1.")
                                 .arg(quoted(reference.target)),
                             reference.range,
                             QStringLiteral("The label stands before no section, nor names a figure, table or code "
                                            "block with a caption: give the reference a title, :ref:`Title <%1>`.")
                                 .arg(reference.target),
                             reference.target);
            }
            if (!defined) {
                findings.add(QStringLiteral("sphinx-undefined-label"),
                             QStringLiteral("undefined label: %1.").arg(quoted(reference.target)), reference.range,
                             QStringLiteral("Define it with \".. _%1:\" before a section, or fix the name.")
                                 .arg(reference.target),
                             reference.target);
            }
        } else {
            const QString target = SphinxIndex::joinDocumentName(name, reference.target);
            if (target != name && !index.contains(target)) {
                findings.add(QStringLiteral("sphinx-unknown-document"),
                             QStringLiteral("unknown document: %1.").arg(quoted(reference.target)), reference.range,
                             QStringLiteral("Name the document relative to this one (or from the top with \"/\"), "
                                            "without \".rst\"."),
                             reference.target);
            }
        }
    }

    const qsizetype slash = name.lastIndexOf(QLatin1Char('/'));
    const QString folder = slash < 0 ? QString() : name.left(slash + 1);
    for (const SphinxDocument::FileReference &file : facts.fileReferences()) {
        // Sphinx's relfn2path: from the source folder when absolute, else from the document's folder.
        const QString relative =
            file.path.startsWith(QLatin1Char('/')) ? file.path.mid(1) : QDir::cleanPath(folder + file.path);
        if (QFileInfo(index.sourcePath(relative)).isFile()) {
            continue;
        }
        const bool image = file.directive != QLatin1String("literalinclude");
        findings.add(QStringLiteral("sphinx-missing-file"),
                     image ? QStringLiteral("image file not readable: %1.").arg(relative)
                           : QStringLiteral("Include file %1 not found or reading it failed.")
                                 .arg(quoted(index.sourcePath(relative))),
                     file.range, QStringLiteral("Paths are relative to this document's folder."), file.path);
    }
    return findings.list;
}

} // namespace Specwright::Core
