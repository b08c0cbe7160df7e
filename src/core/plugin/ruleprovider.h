// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/validate/diagnostic.h>

#include <QList>
#include <QObject>
#include <QString>

#include <atomic>

namespace Specwright::Core {

/**
 * Adds diagnostics of its own to the validator's, from a plugin (e.g. docutils'
 * second opinion). check() runs on the validation worker thread, after typing
 * pauses, and must be safe to call from any thread. isAvailable() and status()
 * may be asked from any thread while a check runs: they must answer without
 * waiting for it.
 */
class RuleProvider
{
public:
    virtual ~RuleProvider() = default;

    /** Whether it can check at all here (e.g. its tool is installed). */
    virtual bool isAvailable() const = 0;
    /** One line for Help → Plugins: what it uses, or why it cannot run. */
    virtual QString status() const = 0;
    /**
     * Diagnostics for \a text (the spec at \a sourcePath, which may be empty).
     * When \a cancel becomes true (a newer text, or the app quits) it must
     * return within about a tenth of a second; its answer is dropped.
     */
    virtual QList<Diagnostic> check(const QString &text, const QString &sourcePath,
                                    const std::atomic_bool *cancel = nullptr) const = 0;
};

} // namespace Specwright::Core

#define SpecwrightRuleProvider_iid "org.specwright.RuleProvider/1.1"
Q_DECLARE_INTERFACE(Specwright::Core::RuleProvider, SpecwrightRuleProvider_iid)
