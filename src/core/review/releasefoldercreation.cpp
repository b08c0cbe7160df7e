// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "releasefoldercreation.h"

#include <core/document/linediff.h>
#include <core/document/textfile.h>
#include <core/rst/rstparser.h>
#include <core/sphinx/sphinxindex.h>
#include <core/sphinx/sphinxpattern.h>
#include <core/validate/repositorygate.h>
#include <core/validate/specrepository.h>

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>

#include <algorithm>
#include <optional>

namespace Specwright::Core {

namespace {

using Edit = ToctreeAddition::Edit;

const QString Suffix = QStringLiteral(".rst");
// A release folder holds a few index files and templates; more means a folder that is not one.
constexpr int MaxFollowedFiles = 400;

struct Followed
{
    QString relative; ///< below the previous release's folder, with ".rst"
    QString path;
    bool isIndex = false;
};

QString withoutSuffix(const QString &name)
{
    return name.endsWith(Suffix) ? name.chopped(Suffix.size()) : name;
}

QString joined(const QString &folder, const QString &name)
{
    return folder.isEmpty() ? name : folder + QLatin1Char('/') + name;
}

QString folderOf(const QString &name)
{
    const qsizetype slash = name.lastIndexOf(QLatin1Char('/'));
    return slash < 0 ? QString() : name.left(slash);
}

bool isAdornment(const QString &line)
{
    const QString trimmed = line.trimmed();
    if (trimmed.isEmpty() || trimmed.size() != line.size() || trimmed.at(0).isLetterOrNumber()) {
        return false;
    }
    return std::all_of(trimmed.cbegin(), trimmed.cend(), [&](QChar c) { return c == trimmed.at(0); });
}

QRegularExpression releaseWord(const QString &release)
{
    // A whole word: 2026.2 in "specs/2026.2/index" and "2026.2 Specifications", never in 12026.25.
    return QRegularExpression(QStringLiteral("(?<![\\w.])%1(?!\\w|\\.\\d)").arg(QRegularExpression::escape(release)),
                              QRegularExpression::CaseInsensitiveOption);
}

QString replacedInLine(const QString &line, const QRegularExpression &word, const QString &release)
{
    QString result;
    qsizetype from = 0;
    QRegularExpressionMatchIterator it = word.globalMatch(line);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        result += line.mid(from, match.capturedStart() - from);
        QString name = release;
        if (match.captured().at(0).isUpper() && !name.isEmpty()) {
            name[0] = name.at(0).toUpper(); // "Zed Specifications" -> "Antelope Specifications"
        }
        result += name;
        from = match.capturedEnd();
    }
    return result + line.mid(from);
}

// The documents of the new folder (names below it) that toctree entry \a entry of \a from reaches,
// or nothing when the entry points outside the folder (it is kept as it is).
std::optional<QStringList> reachedInFolder(const QString &from, const SphinxDocument::TocEntry &entry,
                                           const QStringList &documents, const QString &sphinxFolder)
{
    QString name = SphinxIndex::joinDocumentName(from, entry.target);
    if (entry.target.startsWith(QLatin1Char('/'))) {
        if (sphinxFolder.isEmpty() || !name.startsWith(sphinxFolder + QLatin1Char('/'))) {
            return std::nullopt;
        }
        name = name.mid(sphinxFolder.size() + 1);
    }
    if (name.startsWith(QLatin1String("../")) || name == QLatin1String("..")) {
        return std::nullopt;
    }
    if (!entry.pattern) {
        name = withoutSuffix(name);
        return documents.contains(name) ? QStringList{name} : QStringList{};
    }
    const SphinxPattern pattern(name);
    QStringList matches;
    for (const QString &document : documents) {
        if (document != from && pattern.matches(document)) {
            matches.append(document);
        }
    }
    return matches;
}

QString removedLines(const QString &text, QList<int> lines)
{
    QStringList all = text.split(QLatin1Char('\n'));
    std::sort(lines.begin(), lines.end(), std::greater<>());
    for (const int line : std::as_const(lines)) {
        if (line >= 0 && line < all.size()) {
            all.removeAt(line);
        }
    }
    return all.join(QLatin1Char('\n'));
}

// \a text without its one-line "TODO" paragraphs: an empty index's note to fill it in, done now.
QString withoutTodoNotes(const QString &text)
{
    QStringList lines = text.split(QLatin1Char('\n'));
    for (qsizetype i = lines.size() - 1; i >= 0; --i) {
        const bool alone = (i == 0 || lines.at(i - 1).trimmed().isEmpty()) &&
                           (i + 1 == lines.size() || lines.at(i + 1).trimmed().isEmpty());
        if (alone && lines.at(i).startsWith(QLatin1String("TODO"))) {
            lines.removeAt(i);
            if (i < lines.size() && lines.at(i).trimmed().isEmpty() && i > 0 && lines.at(i - 1).trimmed().isEmpty()) {
                lines.removeAt(i); // one blank line where the paragraph was
            }
        }
    }
    return lines.join(QLatin1Char('\n'));
}

// Which release a toctree entry names, by one of its path segments.
QString releaseOf(const QString &target, const QStringList &releases)
{
    const QStringList segments = target.split(QLatin1Char('/'));
    for (const QString &segment : segments) {
        if (releases.contains(segment)) {
            return segment;
        }
    }
    return {};
}

} // namespace

QString ReleaseFolderCreation::withRelease(const QString &text, const QString &previous, const QString &release)
{
    const QRegularExpression word = releaseWord(previous);
    QStringList lines = text.split(QLatin1Char('\n'));
    QList<std::pair<int, qsizetype>> changed; // line, growth
    for (int i = 0; i < lines.size(); ++i) {
        if (isAdornment(lines.at(i))) {
            continue;
        }
        const QString replaced = replacedInLine(lines.at(i), word, release);
        if (replaced != lines.at(i)) {
            changed.append({i, replaced.size() - lines.at(i).size()});
            lines[i] = replaced;
        }
    }
    // A title's underline (and overline) grows or shrinks with it, so docutils still accepts it.
    for (const auto &[line, growth] : std::as_const(changed)) {
        if (growth == 0 || line + 1 >= lines.size() || !isAdornment(lines.at(line + 1))) {
            continue;
        }
        const auto resized = [growth](const QString &adornment) {
            return QString(std::max<qsizetype>(1, adornment.size() + growth), adornment.at(0));
        };
        lines[line + 1] = resized(lines.at(line + 1));
        if (line > 0 && isAdornment(lines.at(line - 1))) {
            lines[line - 1] = resized(lines.at(line - 1));
        }
    }
    return lines.join(QLatin1Char('\n'));
}

ReleaseFolderCreation::Result ReleaseFolderCreation::plan(const QString &repository, const QString &previous,
                                                          const QString &release, const QString &specPath,
                                                          const SphinxIndex *index)
{
    Result result;
    const QDir specs(QDir(repository).filePath(QStringLiteral("specs")));
    const QDir previousDir(specs.filePath(previous));
    const QDir releaseDir(specs.filePath(release));
    const QString specRelative = releaseDir.relativeFilePath(QFileInfo(specPath).absoluteFilePath());
    if (specRelative.startsWith(QLatin1String("../")) || !specRelative.endsWith(Suffix)) {
        result.problem = QStringLiteral("%1 is not inside %2.").arg(specPath, releaseDir.path());
        return result;
    }

    // What the previous release's folder is made of, besides its specs.
    QList<Followed> followed;
    QDirIterator files(previousDir.path(), {QStringLiteral("*.rst")}, QDir::Files, QDirIterator::Subdirectories);
    while (files.hasNext() && followed.size() <= MaxFollowedFiles) {
        const QString path = files.next();
        const bool isIndex = files.fileName() == QLatin1String("index.rst");
        if (isIndex || RepositoryGate::isTemplate(path)) {
            followed.append({previousDir.relativeFilePath(path), path, isIndex});
        }
    }
    if (followed.size() > MaxFollowedFiles) {
        result.problem =
            QStringLiteral("%1 holds too many index and template files to follow.").arg(previousDir.path());
        return result;
    }
    std::sort(followed.begin(), followed.end(),
              [](const Followed &a, const Followed &b) { return a.relative < b.relative; });

    // Where Sphinx sees the two folders ("specs/2027.1"), when the repository has a Sphinx build.
    QString sphinxFolder;
    QString sphinxPrevious;
    if (index) {
        const QString specsName = index->folderNameFor(specs.absolutePath());
        if (!specsName.isNull()) {
            sphinxFolder = joined(specsName, release);
            sphinxPrevious = joined(specsName, previous);
        }
    }
    const auto built = [&](const QString &relative) {
        return sphinxFolder.isEmpty() || !index->config().isExcluded(joined(sphinxFolder, relative));
    };
    const QString specName = withoutSuffix(specRelative);
    QStringList documents{specName};
    for (const Followed &file : std::as_const(followed)) {
        if (built(file.relative)) {
            documents.append(withoutSuffix(file.relative));
        }
    }

    // The new index files: renamed, without the entries that would reach nothing.
    QHash<QString, QString> indexTexts; // document name below the new folder -> text
    QHash<QString, bool> indexGlobs;
    QHash<QString, bool> indexEmpty; // no entry left
    QStringList orphans;             // marked :orphan:, so no toctree needs to reach them
    QStringList reached;
    for (Followed &file : followed) {
        const TextFile read = TextFile::read(file.path);
        if (!read.isValid()) {
            result.problem = QStringLiteral("%1 cannot be read: %2").arg(file.path, read.errorString());
            return result;
        }
        const QString target = releaseDir.filePath(file.relative);
        if (QFileInfo::exists(target)) {
            result.problem = QStringLiteral("%1 exists already, in a release folder without approved/ or "
                                            "implemented/ specs: finish or remove it first.")
                                 .arg(target);
            return result;
        }
        if (!file.isIndex) {
            Edit copy;
            copy.path = target;
            copy.after = read.text();
            copy.copiedFrom = file.path;
            copy.created = true;
            copy.note = QStringLiteral("is created: a copy of %1").arg(specs.relativeFilePath(file.path));
            result.edits.append(copy);
            continue;
        }
        const QString text = withRelease(read.text(), previous, release);
        const SphinxDocument facts = SphinxDocument::fromDocument(*RstParser::parse(text));
        const QString from = withoutSuffix(file.relative);
        if (facts.isOrphan()) {
            orphans.append(from);
        }
        QList<int> dropped;
        bool glob = facts.tocEntries().isEmpty();
        for (const SphinxDocument::TocEntry &entry : facts.tocEntries()) {
            glob = glob || entry.pattern;
            const std::optional<QStringList> hits = reachedInFolder(from, entry, documents, sphinxFolder);
            if (hits && hits->isEmpty()) {
                dropped.append(entry.range.startLine);
            } else if (hits) {
                reached.append(*hits);
            }
        }
        indexTexts.insert(from, removedLines(text, dropped));
        indexEmpty.insert(from, dropped.size() == facts.tocEntries().size());
        indexGlobs.insert(from, glob);
    }

    // The spec: an entry in the nearest new index, listed as that index lists its neighbours.
    if (!reached.contains(specName)) {
        for (QString folder = folderOf(specName);; folder = folderOf(folder)) {
            const QString indexName = joined(folder, QStringLiteral("index"));
            if (indexTexts.contains(indexName)) {
                const bool glob = indexGlobs.value(indexName);
                const QString documentFolder = folderOf(specName);
                const QString below = folder.isEmpty() ? documentFolder : documentFolder.mid(folder.size() + 1);
                const QString entry = glob ? joined(below, QStringLiteral("*"))
                                           : (folder.isEmpty() ? specName : specName.mid(folder.size() + 1));
                QString text = indexTexts.value(indexName);
                if (indexEmpty.value(indexName)) {
                    text = withoutTodoNotes(text); // "TODO: fill this in once a new approved spec is added."
                }
                indexTexts[indexName] = ToctreeAddition::withEntry(text, entry, glob);
                reached.append(specName);
                break;
            }
            if (folder.isEmpty()) {
                break;
            }
        }
    }
    for (const Followed &file : std::as_const(followed)) {
        const QString name = withoutSuffix(file.relative);
        if (!file.isIndex) {
            continue;
        }
        Edit created;
        created.path = releaseDir.filePath(file.relative);
        created.after = indexTexts.value(name);
        created.created = true;
        created.diff = LineDiff::unified(QString(), created.after, QStringLiteral("/dev/null"), created.path);
        created.note = QStringLiteral("is created, following %1").arg(specs.relativeFilePath(file.path));
        result.edits.append(created);
    }
    // A release template beside the folders (specs/2026.2-template.rst) is followed too.
    const QString releaseTemplate = specs.filePath(previous + QStringLiteral("-template.rst"));
    const QString newTemplate = specs.filePath(release + QStringLiteral("-template.rst"));
    if (QFileInfo::exists(releaseTemplate) && !QFileInfo::exists(newTemplate)) {
        const TextFile read = TextFile::read(releaseTemplate);
        if (read.isValid()) {
            Edit copy;
            copy.path = newTemplate;
            copy.after = read.text();
            copy.copiedFrom = releaseTemplate;
            copy.created = true;
            copy.note = QStringLiteral("is created: a copy of %1").arg(specs.relativeFilePath(releaseTemplate));
            result.edits.append(copy);
        }
    }
    if (sphinxFolder.isEmpty()) {
        return result; // no Sphinx build: no toctree outside needs the new folder
    }

    // The new folder's tops: reached from outside, next to where the previous release is listed.
    const QStringList releases = SpecRepository::releases(repository);
    QHash<QString, QStringList> outsideLines; // index path -> its lines, edited
    QHash<QString, QStringList> outsideEntries;
    QHash<QString, QString> outsideTexts;
    for (const QString &document : std::as_const(documents)) {
        if (reached.contains(document) || index->reachers(joined(sphinxFolder, document)).size() > 0) {
            continue;
        }
        const QString previousName = joined(sphinxPrevious, document);
        QStringList referrers = index->referrers(previousName);
        referrers.removeIf([&](const QString &r) { return r.startsWith(sphinxPrevious + QLatin1Char('/')); });
        bool linked = false;
        for (const QString &referrer : std::as_const(referrers)) {
            const SphinxIndex::Document *outside = index->document(referrer);
            const QList<SphinxDocument::TocEntry> &entries = outside->facts.tocEntries();
            for (qsizetype e = 0; e < entries.size() && !linked; ++e) {
                const SphinxDocument::TocEntry &entry = entries.at(e);
                if (!index->resolveTocEntry(referrer, entry).contains(previousName)) {
                    continue;
                }
                const QString newTarget = replacedInLine(entry.target, releaseWord(previous), release);
                const QString newName = SphinxIndex::joinDocumentName(referrer, newTarget);
                const QString wanted = joined(sphinxFolder, document);
                if (entry.pattern ? !SphinxPattern(newName).matches(wanted) : withoutSuffix(newName) != wanted) {
                    continue;
                }
                if (!outsideLines.contains(outside->path)) {
                    const TextFile read = TextFile::read(outside->path);
                    if (!read.isValid()) {
                        continue;
                    }
                    outsideTexts.insert(outside->path, read.text());
                    outsideLines.insert(outside->path, read.text().split(QLatin1Char('\n')));
                    outsideEntries.insert(outside->path, {});
                }
                QStringList &lines = outsideLines[outside->path];
                const int line = entry.range.startLine;
                // Newest first unless the entry before names an older release.
                const QString before = e > 0 ? releaseOf(entries.at(e - 1).target, releases) : QString();
                const bool oldestFirst = !before.isEmpty() && SpecRepository::isReleaseBefore(before, previous);
                const QString added = replacedInLine(lines.value(line), releaseWord(previous), release);
                lines.insert(oldestFirst ? line + 1 : line, added);
                outsideEntries[outside->path].append(added.trimmed());
                linked = true;
            }
            if (linked) {
                break;
            }
        }
        if (!linked && !orphans.contains(document)) {
            result.problem = QStringLiteral("No toctree would reach the new release folder %1 (its %2.rst): "
                                            "list the release in the repository's index first.")
                                 .arg(releaseDir.path(), document);
            return result;
        }
    }
    for (auto it = outsideLines.cbegin(); it != outsideLines.cend(); ++it) {
        Edit edit;
        const QString real = QFileInfo(it.key()).canonicalFilePath();
        edit.path = real.isEmpty() ? it.key() : real;
        edit.before = outsideTexts.value(it.key());
        edit.after = it.value().join(QLatin1Char('\n'));
        edit.entry = outsideEntries.value(it.key()).join(QStringLiteral(", "));
        edit.diff = LineDiff::unified(edit.before, edit.after, edit.path, edit.path);
        edit.note = QStringLiteral("gets \"%1\", so that its toctree reaches the new release folder").arg(edit.entry);
        result.edits.append(edit);
    }
    return result;
}

} // namespace Specwright::Core
