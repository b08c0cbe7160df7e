// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "spectemplate.h"

#include "builtintemplates.h"
#include "specrepository.h"

#include <core/document/textfile.h>
#include <core/rst/rstparser.h>

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QRegularExpression>

#include <array>

namespace Specwright::Core {

namespace {

using Kind = RstNode::Kind;

// Template paragraphs shorter than this are not guidance: "None", "Primary assignee:" and the like
// are legitimate spec text too.
constexpr qsizetype MinimumGuidanceLength = 40;

// The first characters of a paragraph without its whitespace: a key that rules out most paragraphs
// before the whitespace-normalised comparison (which every paragraph of every checked spec needs).
// Gathered into a fixed buffer, since nearly every key is only looked up, never kept.
class GuidanceKey
{
public:
    static constexpr int Length = 24;

    /** Adds the characters of \a text; false once the key is complete. */
    bool add(QStringView text)
    {
        for (const QChar c : text) {
            if (!c.isSpace()) {
                m_chars[m_size++] = c.unicode();
                if (m_size == Length) {
                    return false;
                }
            }
        }
        return true;
    }
    /** A view of the buffer as a QString, for lookups while the key lives. */
    QString view() const { return QString::fromRawData(reinterpret_cast<const QChar *>(m_chars.data()), m_size); }

private:
    std::array<char16_t, Length> m_chars{};
    int m_size = 0;
};

// plainText().simplified() of a paragraph, written in one pass over its pieces: the same
// whitespace rules (QChar::isSpace runs become one space, none at either end), without building
// the text first and then a simplified copy of it. Most paragraphs that get this far are guidance.
QString simplifiedPlainText(const RstNode &paragraph)
{
    qsizetype capacity = 0;
    paragraph.visitPlainText([&capacity](QStringView piece) {
        capacity += piece.size();
        return true;
    });
    QString out(capacity, Qt::Uninitialized);
    QChar *const begin = out.data();
    QChar *end = begin;
    bool pendingSpace = false;
    paragraph.visitPlainText([&](QStringView piece) {
        for (const QChar c : piece) {
            // Visible ASCII first: nearly every character, and never a space.
            const bool visibleAscii = char16_t(c.unicode() - 0x21) < 0x5E;
            if (!visibleAscii && c.isSpace()) {
                pendingSpace = end != begin;
                continue;
            }
            if (pendingSpace) {
                *end++ = QLatin1Char(' ');
                pendingSpace = false;
            }
            *end++ = c;
        }
        return true;
    });
    out.truncate(end - begin);
    return out;
}

QString guidanceKey(QStringView text)
{
    GuidanceKey key;
    key.add(text);
    const QString view = key.view();
    return QString(view.constData(), view.size()); // kept in the template's set: a deep copy
}

void collectGuidance(const RstNode &node, QSet<QString> &guidance)
{
    for (const RstNode &child : node.children) {
        if (child.kind == Kind::Paragraph) {
            const QString text = child.plainText().simplified();
            if (text.size() >= MinimumGuidanceLength) {
                guidance.insert(text);
            }
        } else if (child.kind != Kind::Title) {
            collectGuidance(child, guidance);
        }
    }
}

// Template sections a spec may leave out, as the nova-style gate (tests/test_titles.py) allows:
// "History" at the top level; "Feature Liaison" everywhere, and "Upgrade impact" in the queens
// release, where the template gained it after specs were already approved.
struct OptionalSubsection
{
    QLatin1String release; ///< empty: every release
    QLatin1String title;
};
constexpr OptionalSubsection OptionalSubsections[] = {
    {QLatin1String(), QLatin1String("Feature Liaison")},
    {QLatin1String("queens"), QLatin1String("Upgrade impact")},
};

// The release a template file belongs to: "queens" for specs/queens-template.rst.
QString releaseOfTemplate(const QString &name)
{
    static const QLatin1String suffix("-template.rst");
    const QString fileName = QFileInfo(name).fileName();
    return fileName.endsWith(suffix) ? fileName.chopped(suffix.size()).toLower() : QString();
}

// Every spec of a repository shares its template: parse each template file once per version of it.
SpecTemplate cachedTemplate(const QString &path)
{
    static QMutex mutex;
    static QHash<QString, std::pair<QDateTime, SpecTemplate>> cache;
    const QFileInfo info(path);
    if (!info.isFile()) {
        return {};
    }
    const QDateTime modified = info.lastModified();
    {
        const QMutexLocker lock(&mutex);
        const auto it = cache.constFind(path);
        if (it != cache.constEnd() && it->first == modified) {
            return it->second;
        }
    }
    const TextFile file = TextFile::read(path);
    SpecTemplate result = file.isValid() ? SpecTemplate::fromText(file.text(), path) : SpecTemplate();
    const QMutexLocker lock(&mutex);
    cache.insert(path, {modified, result});
    return result;
}

} // namespace

SpecTemplate SpecTemplate::fromText(const QString &text, const QString &name)
{
    SpecTemplate result;
    result.m_name = name;
    const QString release = releaseOfTemplate(name);
    const RstDocument::Ptr document = RstParser::parse(text);
    // The document title is the one top-level section; the template's sections are its children.
    const RstNode *titleSection = nullptr;
    for (const RstNode &child : document->root().children) {
        if (child.kind == Kind::Section) {
            titleSection = &child;
            break;
        }
    }
    if (!titleSection) {
        return result;
    }
    if (!titleSection->children.empty()) {
        result.m_title = titleSection->children.front().text.simplified();
    }
    for (const RstNode &section : titleSection->children) {
        if (section.kind != Kind::Section || section.children.empty()) {
            continue;
        }
        Section entry;
        entry.title = section.children.front().text.trimmed();
        entry.optional = entry.title.compare(QLatin1String("History"), Qt::CaseInsensitive) == 0;
        for (const RstNode &sub : section.children) {
            if (sub.kind == Kind::Section && !sub.children.empty()) {
                entry.subsections.append(sub.children.front().text.trimmed());
            }
        }
        for (const OptionalSubsection &optional : OptionalSubsections) {
            if (optional.release.isEmpty() || optional.release == release) {
                for (const QString &sub : std::as_const(entry.subsections)) {
                    if (sub.compare(optional.title, Qt::CaseInsensitive) == 0) {
                        entry.optionalSubsections.append(sub);
                    }
                }
            }
        }
        result.m_sectionKeys.append(entry.title.toLower());
        for (const QString &sub : std::as_const(entry.subsections)) {
            result.m_subsectionKeys.insert(sub.toLower());
        }
        result.m_sections.append(entry);
    }
    collectGuidance(document->root(), result.m_guidance);
    for (const QString &guidance : std::as_const(result.m_guidance)) {
        result.m_guidanceKeys.insert(guidanceKey(guidance));
    }
    static const QRegularExpression placeholder(QStringLiteral("<[a-z][a-z0-9 _-]*(?: or None)?>"));
    auto it = placeholder.globalMatch(text);
    while (it.hasNext()) {
        const QString match = it.next().captured();
        if (!result.m_placeholders.contains(match)) {
            result.m_placeholders.append(match);
        }
    }
    return result;
}

SpecTemplate SpecTemplate::fromFile(const QString &path)
{
    return cachedTemplate(path);
}

SpecTemplate SpecTemplate::builtinGlance()
{
    static const SpecTemplate glance =
        fromText(BuiltinTemplates::text(BuiltinTemplates::find(QStringLiteral("glance-spec"))),
                 QStringLiteral("built-in Glance template"));
    return glance;
}

SpecTemplate SpecTemplate::forSpecFile(const QString &specPath)
{
    QString release;
    const QString specs = gateSpecsFolder(specPath, &release);
    if (specs.isEmpty()) {
        return {};
    }
    // specs/<release>-template.rst for a file under specs/<release>/, else specs/template.rst.
    if (!release.isEmpty()) {
        SpecTemplate result = cachedTemplate(specs + QLatin1Char('/') + release + QStringLiteral("-template.rst"));
        if (result.isValid()) {
            return result;
        }
    }
    return cachedTemplate(specs + QStringLiteral("/template.rst"));
}

QString SpecTemplate::specsFolder(const QString &specPath, QString *release)
{
    // Walked up as text: checking a repository's few hundred specs must not stat every folder on the way.
    QString dir = QFileInfo(specPath).absolutePath();
    QString below;
    for (int depth = 0; depth < 12 && !dir.isEmpty(); ++depth) {
        const qsizetype slash = dir.lastIndexOf(QLatin1Char('/'));
        const QStringView name = QStringView(dir).sliced(slash + 1);
        if (name == QLatin1String("specs")) {
            if (release) {
                *release = below;
            }
            return dir;
        }
        if (slash <= 0) {
            break; // the root
        }
        below = name.toString();
        dir.truncate(slash);
    }
    return {};
}

QString SpecTemplate::gateSpecsFolder(const QString &specPath, QString *release)
{
    const QString specs = specsFolder(specPath, release);
    if (!specs.isEmpty()) {
        return specs;
    }
    const QString repository = SpecRepository::find(specPath);
    if (repository.isEmpty()) {
        return {};
    }
    if (release) {
        const QStringList releases = SpecRepository::releases(repository);
        *release = releases.isEmpty() ? QString() : releases.constLast();
    }
    return QDir(repository).filePath(QStringLiteral("specs"));
}

int SpecTemplate::indexOf(const QString &title) const
{
    for (int i = 0; i < m_sections.size(); ++i) {
        if (m_sections.at(i).title.compare(title.trimmed(), Qt::CaseInsensitive) == 0) {
            return i;
        }
    }
    return -1;
}

bool SpecTemplate::isGuidance(const QString &paragraph) const
{
    GuidanceKey key;
    key.add(paragraph);
    return m_guidanceKeys.contains(key.view()) && m_guidance.contains(paragraph.simplified());
}

bool SpecTemplate::isGuidance(const RstNode &paragraph) const
{
    // The paragraph's plain text is only built for the few paragraphs whose key matches. Guidance
    // paragraphs are at least MinimumGuidanceLength long, and simplifying only shortens a text.
    qsizetype length = 0;
    paragraph.visitPlainText([&length](QStringView piece) {
        length += piece.size();
        return length < MinimumGuidanceLength;
    });
    if (length < MinimumGuidanceLength) {
        return false;
    }
    GuidanceKey key;
    paragraph.visitPlainText([&key](QStringView piece) { return key.add(piece); });
    return m_guidanceKeys.contains(key.view()) && m_guidance.contains(simplifiedPlainText(paragraph));
}

} // namespace Specwright::Core
