// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "validationservice.h"

#include <core/plugin/pluginmanager.h>
#include <core/plugin/ruleprovider.h>
#include <core/rst/rstparser.h>

#include <QtConcurrent/QtConcurrentRun>

namespace Specwright::Core {

ValidationService::ValidationService(QObject *parent)
    : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcher<Result>::finished, this, &ValidationService::finished);
}

ValidationService::~ValidationService()
{
    if (m_cancel) {
        m_cancel->store(true);
    }
    m_watcher.waitForFinished();
}

ValidationService::Result ValidationService::analyse(const QString &text, quint64 revision, const QString &sourcePath,
                                                     const std::atomic_bool *cancel, const Settings &settings,
                                                     const std::function<void(const RenderService::Result &)> &rendered,
                                                     TextFile::LineEnding lineEnding)
{
    Result result;
    result.revision = revision;
    result.document = RstParser::parse(text, sourcePath, nullptr, cancel);
    if (rendered && !(cancel && cancel->load())) {
        rendered(RenderService::renderNow(*result.document, revision));
    }
    SpecTemplate specTemplate;
    if (!settings.templatePath.isEmpty()) {
        specTemplate = SpecTemplate::fromFile(settings.templatePath);
    }
    if (!specTemplate.isValid() && !sourcePath.isEmpty()) {
        specTemplate = SpecTemplate::forSpecFile(sourcePath);
    }
    if (!specTemplate.isValid()) {
        specTemplate = SpecTemplate::builtinGlance();
    }
    result.templateName = specTemplate.name();
    if (settings.profile) {
        result.profile = *settings.profile;
    } else {
        result.profile =
            sourcePath.isEmpty() ? SpecValidator::Profile::Strict : SpecValidator::detectProfile(sourcePath);
    }
    result.diagnostics =
        SpecValidator::validate(text, *result.document, specTemplate, result.profile, cancel, lineEnding);
    // Second opinions from plugins (e.g. docutils itself), when enabled.
    for (const RuleProvider *provider : PluginManager::ruleProviders()) {
        if (cancel && cancel->load()) {
            break;
        }
        result.diagnostics += provider->check(text, sourcePath, cancel);
    }
    return result;
}

void ValidationService::request(const QString &text, quint64 revision, const QString &sourcePath, bool render,
                                TextFile::LineEnding lineEnding)
{
    m_latestRevision = revision;
    Request request{text, revision, sourcePath, m_settings, render, lineEnding};
    if (m_watcher.isRunning()) {
        m_cancel->store(true); // the running job is superseded
        m_waiting = std::move(request);
        return;
    }
    start(std::move(request));
}

void ValidationService::start(Request request)
{
    m_cancel = std::make_shared<std::atomic_bool>(false);
    std::function<void(const RenderService::Result &)> rendered;
    if (request.render) {
        // Runs in the job; the destructor waits for the job, and the queued call dies with this service.
        rendered = [this](const RenderService::Result &result) {
            QMetaObject::invokeMethod(
                this,
                [this, result] {
                    if (result.revision == m_latestRevision) {
                        Q_EMIT this->rendered(result);
                    }
                },
                Qt::QueuedConnection);
        };
    }
    m_watcher.setFuture(
        QtConcurrent::run([request = std::move(request), cancel = m_cancel, rendered = std::move(rendered)] {
            return analyse(request.text, request.revision, request.sourcePath, cancel.get(), request.settings, rendered,
                           request.lineEnding);
        }));
}

void ValidationService::finished()
{
    const Result result = m_watcher.result();
    if (m_waiting) {
        Request next = std::move(*m_waiting);
        m_waiting.reset();
        start(std::move(next));
    }
    if (result.revision == m_latestRevision) {
        Q_EMIT validated(result);
    }
}

} // namespace Specwright::Core
