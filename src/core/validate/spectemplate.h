// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace Specwright::Core {

struct RstNode;

/**
 * The section skeleton a spec must follow, read from a template `.rst` file
 * with the RST engine: the top-level sections (under the document title) in
 * order, each with its subsections, plus the template's guidance paragraphs
 * and placeholders (so that text left over from the template can be found).
 *
 * \note Reentrant value type.
 */
class SpecTemplate final
{
public:
    struct Section
    {
        QString title;
        QStringList subsections;
        /** Subsections a spec may leave out although the template has them ("Feature Liaison"). */
        QStringList optionalSubsections;
        bool optional = false; ///< "History": a spec may leave the whole section out
    };

    /**
     * Parses \a text (a template .rst). \a name describes where it came from;
     * a file name `<release>-template.rst` selects that release's optional
     * subsections (the nova gate's exceptions).
     */
    static SpecTemplate fromText(const QString &text, const QString &name);
    /** Reads and parses the template file \a path (cached while the file is unchanged). */
    static SpecTemplate fromFile(const QString &path);
    /** The Glance skeleton shipped with the application. */
    static SpecTemplate builtinGlance();
    /**
     * The spec repository's own template for \a specPath, found by walking up
     * to a `specs/` folder: `specs/<release>-template.rst` for a file under
     * `specs/<release>/`, else `specs/template.rst`. Returns an invalid
     * template when there is none.
     */
    static SpecTemplate forSpecFile(const QString &specPath);
    /**
     * The nearest `specs/` folder above \a specPath (empty when there is none
     * within 12 levels), and in \a release the folder just below it on the
     * way (empty for a file directly in `specs/`). Path arithmetic only: no
     * file system access.
     */
    static QString specsFolder(const QString &specPath, QString *release = nullptr);
    /**
     * The `specs/` folder whose gate judges \a specPath: specsFolder(), else,
     * for a draft elsewhere in a specs repository (SpecRepository::find),
     * the repository's, with its newest release in \a release, where Export
     * for Review puts the spec by default. The one resolution behind the
     * template and the profile, so that the editor, `check` and Export for
     * Review judge a draft alike. Reads the file system only for a path
     * without a `specs/` folder above it.
     */
    static QString gateSpecsFolder(const QString &specPath, QString *release = nullptr);

    bool isValid() const { return !m_sections.isEmpty(); }
    QString name() const { return m_name; }
    const QList<Section> &sections() const { return m_sections; }
    /** The top-level titles lower-cased, in template order: the keys a validator compares. */
    const QStringList &sectionKeys() const { return m_sectionKeys; }
    /** Every subsection title of the template, lower-cased. */
    const QSet<QString> &subsectionKeys() const { return m_subsectionKeys; }
    /** Index of the top-level section titled \a title, or -1. */
    int indexOf(const QString &title) const;
    /** Paragraphs of guidance text, whitespace-normalised. */
    const QSet<QString> &guidance() const { return m_guidance; }
    /** Whether \a paragraph (plain text, any whitespace) is one of the guidance paragraphs. */
    bool isGuidance(const QString &paragraph) const;
    /** The same for a paragraph node, as its plainText(). */
    bool isGuidance(const RstNode &paragraph) const;
    /** The template's own document title ("Title of the change, as a sentence"), simplified. */
    const QString &title() const { return m_title; }
    /** "<…>" placeholders the template asks authors to replace. */
    const QStringList &placeholders() const { return m_placeholders; }

private:
    QString m_name;
    QList<Section> m_sections;
    QStringList m_sectionKeys; ///< computed once per template, not once per checked spec
    QSet<QString> m_subsectionKeys;
    QSet<QString> m_guidance;
    QSet<QString> m_guidanceKeys; ///< guidanceKey() of each guidance paragraph: rules most paragraphs out cheaply
    QStringList m_placeholders;
    QString m_title;
};

} // namespace Specwright::Core
