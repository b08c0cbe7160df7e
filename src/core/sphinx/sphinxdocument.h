// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/rst/rstnode.h>

#include <QList>
#include <QSet>
#include <QString>

namespace Specwright::Core {

class RstDocument;

/**
 * What one document gives a Sphinx build to check across the repository: the
 * labels it defines, the `:ref:` and `:doc:` targets it names, its toctrees,
 * and the files its `literalinclude`, `image` and `figure` directives read.
 * Made from a parsed document, so that nothing in a literal block or a comment
 * counts.
 *
 * \note A plain value; reentrant.
 */
class SphinxDocument final
{
public:
    struct Label
    {
        QString name; ///< normalised as Sphinx stores it: lower case, spaces collapsed
        SourceRange range;
        /// it stands before a section, or names a figure, table or code block with a caption:
        /// a `:ref:` to it needs no title of its own
        bool titled = false;
    };
    struct CrossReference
    {
        enum class Role { Ref, Doc };
        Role role = Role::Ref;
        QString target; ///< the label (normalised) or the document as written
        SourceRange range;
        bool explicitTitle = false; ///< written "Title <target>"
    };
    struct TocEntry
    {
        QString target;       ///< the document name or pattern as written (title and "<>" removed)
        bool pattern = false; ///< a :glob: pattern
        SourceRange range;
    };
    struct FileReference
    {
        QString directive; ///< literalinclude, image or figure
        QString path;      ///< as written
        SourceRange range;
    };

    SphinxDocument() = default;
    /** The facts of \a document. */
    static SphinxDocument fromDocument(const RstDocument &document);

    const QList<Label> &labels() const { return m_labels; }
    const QList<CrossReference> &crossReferences() const { return m_references; }
    const QList<TocEntry> &tocEntries() const { return m_tocEntries; }
    const QList<FileReference> &fileReferences() const { return m_files; }
    /** Marked `:orphan:`: Sphinx does not ask a toctree to reach it. */
    bool isOrphan() const { return m_orphan; }

    /** A label or :ref: target as Sphinx compares them: lower case, runs of white space as one space. */
    static QString normalizedLabel(const QString &name);
    /** Whether \a node gives a label before it (or its own :name:) a title, as Sphinx sees it. */
    static bool hasTitle(const RstNode &node);

private:
    void collect(const RstDocument &document, const RstNode &node);
    void collectToctree(const RstDocument &document, const RstNode &node);

    QList<Label> m_labels;
    QList<CrossReference> m_references;
    QList<TocEntry> m_tocEntries;
    QList<FileReference> m_files;
    bool m_orphan = false;
    QSet<const RstNode *> m_titledTargets; ///< only while collecting
};

} // namespace Specwright::Core
