// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "rsttargettable.h"

#include "rsttext.h"

namespace Specwright::Core {

using Severity = RstMessage::Severity;
using MessageId = RstMessage::Id;

std::optional<RstTargetTable::Notice> RstTargetTable::noteExplicitTarget(const QString &name, const QString &uri)
{
    if (name.isEmpty()) {
        return std::nullopt;
    }
    auto it = m_targets.find(name);
    if (it == m_targets.end()) {
        m_targets.insert(name, {uri, true});
        return std::nullopt;
    }
    if (it->explicitTarget) {
        // docutils only informs when both point to the same URI.
        const bool sameUri = !uri.isEmpty() && uri == it->uri;
        it->ambiguous = it->ambiguous || !sameUri;
        return Notice{sameUri ? Severity::Info : Severity::Warning,
                      QStringLiteral("Duplicate explicit target name: \"%1\".").arg(name)};
    }
    it->explicitTarget = true; // an explicit target wins over implicit ones
    it->ambiguous = false;
    it->uri = uri;
    return Notice{Severity::Info, QStringLiteral("Duplicate implicit target name: \"%1\".").arg(name)};
}

std::optional<RstTargetTable::Notice> RstTargetTable::noteImplicitTarget(const QString &name)
{
    if (name.isEmpty()) {
        return std::nullopt;
    }
    auto it = m_targets.find(name);
    if (it == m_targets.end()) {
        m_targets.insert(name, {QString(), false});
        return std::nullopt;
    }
    it->ambiguous = it->ambiguous || !it->explicitTarget; // two sections of one title, say
    return Notice{Severity::Info, QStringLiteral("Duplicate implicit target name: \"%1\".").arg(name)};
}

void RstTargetTable::noteIndirectTarget(const QString &name, const QString &refname, const SourceRange &range,
                                        bool withId)
{
    m_indirectTargets.append({name, refname, range, withId});
}

void RstTargetTable::noteReference(const QString &refname, const SourceRange &range)
{
    m_references.append({refname, range});
}

void RstTargetTable::forgetReferencesFrom(qsizetype count)
{
    m_references.resize(qMin(count, m_references.size()));
}

bool RstTargetTable::noteSubstitutionDefinition(const QString &name)
{
    const QString key = name.toLower();
    if (m_substitutionNames.contains(key)) {
        return false;
    }
    m_substitutionNames.insert(key);
    return true;
}

void RstTargetTable::noteSubstitutionReference(const QString &name, const SourceRange &range)
{
    m_substitutionReferences.append({name, range});
}

QList<RstMessage> RstTargetTable::unresolved() const
{
    QList<RstMessage> messages;
    auto report = [&](MessageId id, const QString &text, const SourceRange &range) {
        RstMessage msg;
        msg.severity = Severity::Error;
        msg.id = id;
        msg.text = text;
        msg.range = range;
        msg.fromTransform = true;
        messages.append(msg);
    };
    // docutils' Footnotes transform names each unnamed auto-numbered footnote by its number,
    // skipping numbers that name something already: "[1]_" may refer to ".. [#]".
    QSet<QString> footnoteNumbers;
    for (int footnote = 0, number = 1; footnote < m_unnamedAutoFootnotes; ++footnote, ++number) {
        while (m_targets.contains(QString::number(number))) {
            ++number;
        }
        footnoteNumbers.insert(QString::number(number));
    }
    for (const auto &[name, range] : m_references) {
        const auto target = m_targets.constFind(name);
        if (target == m_targets.cend() && !footnoteNumbers.contains(name)) {
            report(MessageId::UnknownTarget, QStringLiteral("Unknown target name: \"%1\".").arg(name), range);
        } else if (target != m_targets.cend() && target->ambiguous) {
            report(MessageId::UnknownTarget,
                   QStringLiteral("Duplicate target name, cannot be used as a unique reference: \"%1\".").arg(name),
                   range);
        }
    }
    for (const auto &[name, range] : m_substitutionReferences) {
        if (!m_substitutionNames.contains(name.toLower())) {
            report(MessageId::UndefinedSubstitution,
                   QStringLiteral("Undefined substitution referenced: \"%1\".").arg(name), range);
        }
    }
    // docutils' IndirectHyperlinks transform: a named target that points to a name no target has.
    for (const IndirectTarget &indirect : m_indirectTargets) {
        const auto target = m_targets.constFind(indirect.refname);
        const bool missing = target == m_targets.cend() && !footnoteNumbers.contains(indirect.refname);
        if (missing || (target != m_targets.cend() && target->ambiguous)) {
            report(MessageId::UnknownTarget,
                   QStringLiteral("Indirect hyperlink target \"%1\" %2 refers to target \"%3\", %4.")
                       .arg(indirect.name,
                            indirect.withId ? QStringLiteral("(id=\"%1\")").arg(RstText::makeId(indirect.name))
                                            : QString(),
                            indirect.refname,
                            missing ? QStringLiteral("which does not exist")
                                    : QStringLiteral("which is a duplicate, and cannot be used as a unique reference")),
                   indirect.range);
        }
    }
    // docutils' Footnotes transform numbers "[#]_" and "[*]_" in order; the first one left over is an error.
    if (m_unnamedAutoFootnoteReferences.size() > m_unnamedAutoFootnotes) {
        report(MessageId::OtherMarkup,
               QStringLiteral("Too many autonumbered footnote references: only %1 corresponding footnotes available.")
                   .arg(m_unnamedAutoFootnotes),
               m_unnamedAutoFootnoteReferences.at(m_unnamedAutoFootnotes));
    }
    if (m_symbolFootnoteReferences.size() > m_symbolFootnotes) {
        report(MessageId::OtherMarkup,
               QStringLiteral("Too many symbol footnote references: only %1 corresponding footnotes available.")
                   .arg(m_symbolFootnotes),
               m_symbolFootnoteReferences.at(m_symbolFootnotes));
    }
    if (m_anonymousReferences.size() != m_anonymousTargets) {
        const SourceRange range = m_anonymousReferences.isEmpty() ? SourceRange() : m_anonymousReferences.constFirst();
        report(MessageId::AnonymousReferenceMismatch,
               QStringLiteral("Anonymous hyperlink mismatch: %1 references but %2 targets.\nSee \"backrefs\" "
                              "attribute for IDs.")
                   .arg(m_anonymousReferences.size())
                   .arg(m_anonymousTargets),
               range);
    }
    return messages;
}

} // namespace Specwright::Core
