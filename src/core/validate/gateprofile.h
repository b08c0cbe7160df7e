// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "diagnostic.h"

#include <QHash>
#include <QString>

#include <optional>

namespace Specwright::Core {

class RepositoryGate;

/**
 * How severe each of the validator's findings is: what a gate fails (error)
 * and what it lets through (warning, or a note). Data, made either from a
 * named preset (`strict`, `glance`, `nova`, for files outside any repository
 * or when chosen) or from a repository's own gate (RepositoryGate): a rule the
 * repository does not enforce is never an error there.
 *
 * \note A plain value; reentrant.
 */
class GateProfile final
{
public:
    enum class Preset { Strict, Glance, Nova };

    /** The named preset (implicit: a preset is a profile). */
    GateProfile(Preset preset = Preset::Strict); // NOLINT(google-explicit-constructor)
    /** The severities \a gate implies for \a specPath (whether its titles test covers the file). */
    static GateProfile fromGate(const RepositoryGate &gate, const QString &specPath);

    /** "strict", "glance", "nova" or "repository". */
    QString name() const { return m_name; }
    /** The preset it is, if it is one. */
    std::optional<Preset> preset() const { return m_preset; }
    Diagnostic::Severity severityOf(const QString &rule) const;
    /** The longest line the gate allows, in columns (79 unless doc8 is configured otherwise). */
    int maxLineLength() const { return m_maxLineLength; }

    bool operator==(const GateProfile &other) const;
    bool operator==(Preset preset) const { return m_preset == preset; }

private:
    QString m_name;
    std::optional<Preset> m_preset;
    QHash<QString, Diagnostic::Severity> m_severities;
    Diagnostic::Severity m_markup = Diagnostic::Severity::Error; ///< every other rule: docutils' messages
    int m_maxLineLength = 79;
};

} // namespace Specwright::Core
