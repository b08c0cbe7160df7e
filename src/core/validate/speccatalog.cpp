// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "speccatalog.h"

#include "checkrules.h"
#include "repositorygate.h"

#include <core/analysis/analysisinput.h>
#include <core/analysis/specanalyzer.h>
#include <core/document/textfile.h>
#include <core/render/htmlrenderer.h>

#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>

namespace Specwright::Core {

namespace {

// A spec bigger than this is listed but not checked here (the editor checks it when opened).
constexpr qint64 MaxCheckedBytes = 8 * 1024 * 1024;

bool isState(const QString &folder)
{
    static const QStringList states = {
        QStringLiteral("approved"),   QStringLiteral("implemented"), QStringLiteral("backlog"),
        QStringLiteral("abandoned"),  QStringLiteral("archive"),     QStringLiteral("not-implemented"),
        QStringLiteral("untargeted"), QStringLiteral("superseded"),  QStringLiteral("deferred"),
        QStringLiteral("proposed"),   QStringLiteral("rejected"),    QStringLiteral("completed")};
    return states.contains(folder);
}

// 2026.2, 2023.1; the named releases (kilo, zed) are told apart by position instead.
bool isNumberedRelease(const QString &folder)
{
    static const QRegularExpression release(QStringLiteral("^20\\d\\d\\.\\d$"));
    return release.match(folder).hasMatch();
}

void check(SpecCatalog::Entry *entry, CheckRules &rules)
{
    QFile file(entry->path);
    if (entry->size > MaxCheckedBytes || !file.open(QIODevice::ReadOnly)) {
        return;
    }
    const QByteArray bytes = file.readAll();
    const TextFile text = TextFile::decode(bytes, entry->path);
    if (!text.isValid()) {
        entry->errors = 1; // the editor says why when it opens the file
        return;
    }
    const SpecAnalysis analysis = SpecAnalyzer::analyse(AnalysisInput::fromFile(bytes, text, entry->path), rules);
    entry->errors = analysis.count(Diagnostic::Severity::Error);
    entry->warnings = analysis.count(Diagnostic::Severity::Warning);
    const QString title = HtmlRenderer::documentTitle(*analysis.document);
    if (!title.isEmpty()) {
        entry->title = title;
    }
}

} // namespace

SpecCatalog::Entry SpecCatalog::classify(const QString &relativePath)
{
    Entry entry;
    entry.relativePath = relativePath;
    QStringList folders = relativePath.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    if (!folders.isEmpty()) {
        folders.removeLast();
    }
    for (qsizetype i = 0; i < folders.size(); ++i) {
        const QString &folder = folders.at(i);
        if (entry.state.isEmpty() && isState(folder)) {
            entry.state = folder;
        } else if (entry.release.isEmpty() && (isNumberedRelease(folder) || (i == 0 && !isState(folder)))) {
            // specs/<release>/…, or specs/<project>/<release>/… when the second folder is numbered.
            if (i == 0 && folders.size() > 1 && isNumberedRelease(folders.at(1))) {
                continue;
            }
            entry.release = folder;
        }
    }
    return entry;
}

SpecCatalog::Ptr SpecCatalog::build(const QString &root, const Ptr &previous, const std::atomic_bool *cancel)
{
    QElapsedTimer timer;
    timer.start();
    auto catalog = std::make_shared<SpecCatalog>();
    catalog->m_root = QDir::cleanPath(QFileInfo(root).absoluteFilePath());
    const QString specs = catalog->m_root + QStringLiteral("/specs");
    QHash<QString, const Entry *> known;
    if (previous) {
        for (const Entry &entry : previous->m_entries) {
            known.insert(entry.path, &entry);
        }
    }
    QDirIterator it(specs, {QStringLiteral("*.rst")}, QDir::Files, QDirIterator::Subdirectories);
    CheckRules rules;
    bool changed = !previous || previous->m_root != catalog->m_root;
    while (it.hasNext() && catalog->m_entries.size() < MaxSpecs && !(cancel && cancel->load())) {
        const QString path = it.next();
        const QFileInfo info = it.fileInfo();
        const QString relative = path.mid(specs.size() + 1);
        if (relative.contains(QLatin1String("/.")) || relative.startsWith(QLatin1Char('.')) ||
            RepositoryGate::isTemplate(path) || info.fileName() == QLatin1String("index.rst")) {
            continue;
        }
        Entry entry = classify(relative);
        entry.path = path;
        entry.size = info.size();
        entry.modified = info.lastModified().toMSecsSinceEpoch();
        const Entry *old = known.value(path);
        if (old && old->size == entry.size && old->modified == entry.modified) {
            entry = *old;
        } else {
            entry.title = info.completeBaseName();
            check(&entry, rules);
            ++catalog->m_checked;
            changed = true;
        }
        catalog->m_entries.append(entry);
    }
    if (!changed && previous && previous->m_entries.size() == catalog->m_entries.size()) {
        return previous;
    }
    std::sort(catalog->m_entries.begin(), catalog->m_entries.end(),
              [](const Entry &a, const Entry &b) { return a.path < b.path; });
    catalog->m_milliseconds = timer.elapsed();
    return catalog;
}

} // namespace Specwright::Core
