// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/plugin/ruleprovider.h>

#include <QJsonObject>
#include <QMutex>
#include <QObject>

#include <optional>
#include <sys/types.h>

namespace Specwright::Plugins {

/**
 * docutils' second opinion: the reference implementation parses the spec, with
 * the Sphinx directives and roles registered, and its system messages become
 * diagnostics at their lines. One long-lived python3 helper answers every
 * check (no interpreter start per check); it is started on first use and
 * again if it dies.
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
    QList<Core::Diagnostic> check(const QString &text, const QString &sourcePath) const override;

private:
    bool startHelper() const;
    void stopHelper() const;
    std::optional<QJsonObject> ask(const QJsonObject &request, int timeoutMs) const;
    void probe() const;

    mutable QMutex m_mutex; // one request at a time; guards everything below
    mutable pid_t m_pid = -1;
    mutable int m_socket = -1;
    mutable QByteArray m_pending;
    mutable bool m_probed = false;
    mutable QString m_version;
    mutable QString m_problem;
};

} // namespace Specwright::Plugins
