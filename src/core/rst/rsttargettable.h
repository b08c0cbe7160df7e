// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rstmessage.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

#include <optional>

namespace Specwright::Core {

/**
 * The names a document defines and the references it makes, as docutils keeps
 * them in its document (nameids, refnames, substitution and footnote lists),
 * and what its transforms then say about references that resolve to nothing:
 * the errors sphinx-build -W fails on.
 *
 * Names are normalised (RstText::normalizeName) by the caller.
 */
class RstTargetTable final
{
public:
    /** What noting a name says: docutils' "Duplicate … target name" message. */
    struct Notice
    {
        RstMessage::Severity severity = RstMessage::Severity::Info;
        QString text;
    };

    /** A target called \a name pointing to \a uri (empty: to its node); a notice when \a name is taken. */
    std::optional<Notice> noteExplicitTarget(const QString &name, const QString &uri);
    /** A section's name (its title); a notice when \a name is taken. */
    std::optional<Notice> noteImplicitTarget(const QString &name);
    /**
     * ".. _name: other_" (\a withId) or "`name <other_>`_": resolved like a reference, with its own
     * message (docutils names the id of the first, the second has none yet).
     */
    void noteIndirectTarget(const QString &name, const QString &refname, const SourceRange &range, bool withId = true);
    void noteReference(const QString &refname, const SourceRange &range);
    qsizetype referenceCount() const { return m_references.size(); }
    /** Forgets the references noted since referenceCount() was \a count (content that was dropped). */
    void forgetReferencesFrom(qsizetype count);
    /** A substitution definition; false when \a name (any case) is defined already. */
    bool noteSubstitutionDefinition(const QString &name);
    void noteSubstitutionReference(const QString &name, const SourceRange &range);
    void noteAnonymousTarget() { ++m_anonymousTargets; }
    void noteAnonymousReference(const SourceRange &range) { m_anonymousReferences.append(range); }
    /** ".. [#]": docutils numbers it after parsing, skipping numbers that name something. */
    void noteUnnamedAutoFootnote() { ++m_unnamedAutoFootnotes; }
    void noteSymbolFootnote() { ++m_symbolFootnotes; }
    void noteUnnamedAutoFootnoteReference(const SourceRange &range) { m_unnamedAutoFootnoteReferences.append(range); }
    void noteSymbolFootnoteReference(const SourceRange &range) { m_symbolFootnoteReferences.append(range); }

    /**
     * The errors docutils' transforms report about what was noted (References, IndirectHyperlinks,
     * Substitutions, Footnotes, AnonymousHyperlinks), marked fromTransform.
     */
    QList<RstMessage> unresolved() const;

private:
    struct Target
    {
        QString uri;
        bool explicitTarget = false;
        /// Named twice alike (two explicit targets, two section titles): docutils then resolves no
        /// reference to it ("Duplicate target name, cannot be used as a unique reference")
        bool ambiguous = false;
    };
    struct IndirectTarget
    {
        QString name;
        QString refname;
        SourceRange range;
        bool withId = true;
    };

    QHash<QString, Target> m_targets;
    QSet<QString> m_substitutionNames; ///< Lower case
    QList<QPair<QString, SourceRange>> m_references;
    QList<QPair<QString, SourceRange>> m_substitutionReferences;
    QList<IndirectTarget> m_indirectTargets;
    QList<SourceRange> m_anonymousReferences;
    QList<SourceRange> m_unnamedAutoFootnoteReferences;
    QList<SourceRange> m_symbolFootnoteReferences;
    int m_anonymousTargets = 0;
    int m_unnamedAutoFootnotes = 0;
    int m_symbolFootnotes = 0;
};

} // namespace Specwright::Core
