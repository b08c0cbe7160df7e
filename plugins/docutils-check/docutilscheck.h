// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/plugin/ruleprovider.h>

#include <QJsonObject>
#include <QMutex>
#include <QObject>

#include <atomic>
#include <optional>
#include <sys/types.h>

namespace Specwright::Plugins {

/**
 * docutils' second opinion: the reference implementation parses the spec, with
 * the Sphinx directives and roles registered, and its system messages become
 * diagnostics at their lines. One long-lived python3 helper answers every
 * check (no interpreter start per check); it is started on first use and
 * again if it dies. It runs isolated (`python3 -I`, in `/`, with a minimal
 * environment), so nothing in the folder Specwright was started from, nor
 * PYTHON* variables, can put code into it. A cancelled check kills it at
 * once: the next check starts a fresh one rather than wait for a stale answer.
 */
class DocutilsCheck final
    : public QObject
    , public Core::RuleProvider
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID SpecwrightRuleProvider_iid FILE "docutilscheck.json")
    Q_INTERFACES(Specwright::Core::RuleProvider)

public:
    DocutilsCheck() = default;
    ~DocutilsCheck() override;

    bool isAvailable() const override;
    QString status() const override;
    QList<Core::Diagnostic> check(const QString &text, const QString &sourcePath,
                                  const std::atomic_bool *cancel = nullptr) const override;

    /** The helper's process id while one runs, else -1 (for tests); never waits for a check. */
    Q_INVOKABLE qint64 helperProcess() const;

private:
    enum class Failure { None, Broken, TimedOut, Cancelled };

    bool startHelper() const;
    void stopHelper() const;
    std::optional<QJsonObject> ask(const QJsonObject &request, int timeoutMs, const std::atomic_bool *cancel,
                                   Failure *failure) const;
    void probe() const;
    void setProblem(const QString &problem) const;

    mutable QMutex m_requestMutex;         // one request at a time; guards the helper and its socket
    mutable std::atomic<pid_t> m_pid = -1; // read by helperProcess() without the request lock
    mutable int m_socket = -1;
    mutable QByteArray m_pending;

    mutable QMutex m_stateMutex; // what status() reports, without waiting for a request
    mutable bool m_probed = false;
    mutable QString m_version;
    mutable QString m_problem;
};

} // namespace Specwright::Plugins
