// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "toctreeaddition.h"

#include "sphinxpattern.h"

#include <core/document/linediff.h>
#include <core/document/textfile.h>

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

namespace Specwright::Core {

namespace {

QString folderOf(const QString &name)
{
    const qsizetype slash = name.lastIndexOf(QLatin1Char('/'));
    return slash < 0 ? QString() : name.left(slash);
}

QString relativeTo(const QString &folder, const QString &name)
{
    return folder.isEmpty() ? name : name.mid(folder.size() + 1);
}

// Whether the index lists documents by :glob: pattern; with no entries at all, the same index of
// the release before (specs/2026.1/approved/index for specs/2026.2/approved/index) decides.
bool listsByPattern(const SphinxIndex &index, const QString &indexName)
{
    const SphinxIndex::Document *document = index.document(indexName);
    const auto usesPatterns = [](const SphinxIndex::Document *d) {
        return std::any_of(d->facts.tocEntries().cbegin(), d->facts.tocEntries().cend(),
                           [](const SphinxDocument::TocEntry &e) { return e.pattern; });
    };
    if (document && !document->facts.tocEntries().isEmpty()) {
        return usesPatterns(document);
    }
    // The sibling index with the same path below another release folder, newest first.
    const QStringList names = index.documentNames();
    for (auto it = names.crbegin(); it != names.crend(); ++it) {
        if (*it == indexName || !it->endsWith(QLatin1String("/index"))) {
            continue;
        }
        const QStringList mine = indexName.split(QLatin1Char('/'));
        const QStringList theirs = it->split(QLatin1Char('/'));
        if (mine.size() != theirs.size() || mine.size() < 3) {
            continue;
        }
        int differing = 0;
        for (qsizetype i = 0; i < mine.size(); ++i) {
            differing += mine.at(i) != theirs.at(i) ? 1 : 0;
        }
        const SphinxIndex::Document *sibling = index.document(*it);
        if (differing == 1 && sibling && !sibling->facts.tocEntries().isEmpty()) {
            return usesPatterns(sibling);
        }
    }
    return true; // the specs repositories' own indexes glob
}

} // namespace

QString ToctreeAddition::withEntry(const QString &text, const QString &entry, bool glob)
{
    QStringList lines = text.split(QLatin1Char('\n'));
    const bool endsWithNewline = text.endsWith(QLatin1Char('\n'));
    if (endsWithNewline) {
        lines.removeLast();
    }
    static const QRegularExpression toctree(QStringLiteral("^(\\s*)\\.\\.\\s+toctree::"));
    int directive = -1;
    for (int i = int(lines.size()) - 1; i >= 0 && directive < 0; --i) {
        if (toctree.match(lines.at(i)).hasMatch()) {
            directive = i;
        }
    }
    if (directive < 0) {
        lines << QString() << QStringLiteral(".. toctree::");
        if (glob) {
            lines << QStringLiteral("   :glob:");
        }
        lines << QStringLiteral("   :maxdepth: 1") << QString() << QStringLiteral("   ") + entry;
        return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
    }
    const qsizetype outer = toctree.match(lines.at(directive)).capturedLength(1);
    const auto indentOf = [](const QString &line) {
        qsizetype i = 0;
        while (i < line.size() && line.at(i).isSpace()) {
            ++i;
        }
        return i;
    };
    // The directive's block: the lines indented deeper than it, blank lines between them.
    int last = directive;
    int lastEntry = -1;
    bool hasGlob = false;
    QString indent = QString(outer + 3, QLatin1Char(' '));
    for (int i = directive + 1; i < lines.size(); ++i) {
        const QString &line = lines.at(i);
        if (line.trimmed().isEmpty()) {
            continue;
        }
        if (indentOf(line) <= outer) {
            break;
        }
        last = i;
        const QString trimmed = line.trimmed();
        hasGlob = hasGlob || trimmed == QLatin1String(":glob:");
        if (!trimmed.startsWith(QLatin1Char(':'))) {
            lastEntry = i;
            indent = line.left(indentOf(line));
        }
    }
    if (lastEntry >= 0) {
        lines.insert(lastEntry + 1, indent + entry);
    } else {
        // An empty toctree: a blank line after its options, then the entry.
        lines.insert(last + 1, QString());
        lines.insert(last + 2, indent + entry);
    }
    if (glob && !hasGlob) {
        lines.insert(directive + 1, QString(outer + 3, QLatin1Char(' ')) + QStringLiteral(":glob:"));
    }
    return lines.join(QLatin1Char('\n')) + (endsWithNewline ? QStringLiteral("\n") : QString());
}

std::optional<ToctreeAddition::Edit> ToctreeAddition::forDocument(const SphinxIndex &index, const QString &name)
{
    QStringList referrers = index.reachers(name);
    referrers.removeAll(name);
    if (!referrers.isEmpty()) {
        return std::nullopt;
    }
    // The nearest index document in the document's folder or above it.
    QString folder = folderOf(name);
    QString indexName;
    while (true) {
        const QString candidate = folder.isEmpty() ? QStringLiteral("index") : folder + QStringLiteral("/index");
        if (candidate != name && index.contains(candidate)) {
            indexName = candidate;
            break;
        }
        if (folder.isEmpty()) {
            return std::nullopt;
        }
        folder = folderOf(folder);
    }
    const SphinxIndex::Document *document = index.document(indexName);
    const bool glob = listsByPattern(index, indexName);
    const QString documentFolder = folderOf(name);
    QString entry;
    if (glob) {
        entry =
            documentFolder == folder ? QStringLiteral("*") : relativeTo(folder, documentFolder) + QStringLiteral("/*");
    } else {
        entry = relativeTo(folder, name);
    }
    const TextFile file = TextFile::read(document->path);
    if (!file.isValid()) {
        return std::nullopt;
    }
    Edit edit;
    // The file's real path, not through doc/source/specs: what people and git know it by.
    const QString real = QFileInfo(document->path).canonicalFilePath();
    edit.path = real.isEmpty() ? document->path : real;
    edit.before = file.text();
    edit.entry = entry;
    edit.after = withEntry(edit.before, entry, glob);
    edit.diff = LineDiff::unified(edit.before, edit.after, edit.path, edit.path);
    edit.note = QStringLiteral("gets \"%1\", so that its toctree reaches the spec").arg(entry);
    return edit;
}

} // namespace Specwright::Core
