// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/spec/diagnostic.h>

#include <QList>
#include <QObject>
#include <QString>

namespace Specwright::Core {

/**
 * Adds diagnostics of its own to the validator's, from a plugin (e.g. docutils'
 * second opinion). check() runs on the validation worker thread, after typing
 * pauses, and must be safe to call from any thread.
 */
class RuleProvider
{
public:
    virtual ~RuleProvider() = default;

    /** Whether it can check at all here (e.g. its tool is installed). */
    virtual bool isAvailable() const = 0;
    /** One line for Help → Plugins: what it uses, or why it cannot run. */
    virtual QString status() const = 0;
    /** Diagnostics for \a text (the spec at \a sourcePath, which may be empty). */
    virtual QList<Diagnostic> check(const QString &text, const QString &sourcePath) const = 0;
};

} // namespace Specwright::Core

#define SpecwrightRuleProvider_iid "org.specwright.RuleProvider/1.0"
Q_DECLARE_INTERFACE(Specwright::Core::RuleProvider, SpecwrightRuleProvider_iid)
