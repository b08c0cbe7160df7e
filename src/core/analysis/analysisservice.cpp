// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysisservice.h"

#include "specanalyzer.h"

#include <core/plugin/pluginmanager.h>
#include <core/validate/checkrules.h>

#include <QtConcurrent/QtConcurrentRun>

namespace Specwright::Core {

AnalysisService::AnalysisService(QObject *parent)
    : QObject(parent)
    , m_rules(std::make_shared<CheckRules>())
{
    connect(&m_watcher, &QFutureWatcher<SpecAnalysis>::finished, this, &AnalysisService::finished);
}

AnalysisService::~AnalysisService()
{
    if (m_cancel) {
        m_cancel->store(true);
    }
    m_watcher.waitForFinished();
}

void AnalysisService::setRules(std::shared_ptr<CheckRules> rules)
{
    m_rules = std::move(rules);
}

void AnalysisService::request(const AnalysisInput &input)
{
    m_latestRevision = input.revision;
    Job job{input, m_rules};
    if (m_watcher.isRunning()) {
        m_cancel->store(true); // the running job is superseded
        m_waiting = std::move(job);
        return;
    }
    start(std::move(job));
}

void AnalysisService::start(Job job)
{
    m_cancel = std::make_shared<std::atomic_bool>(false);
    SpecAnalyzer::PageReady onPage;
    if (job.input.render) {
        // Runs in the job; the destructor waits for the job, and the queued call dies with this service.
        onPage = [this](const SpecAnalysis::Page &page) {
            QMetaObject::invokeMethod(
                this,
                [this, page] {
                    if (page.revision == m_latestRevision) {
                        Q_EMIT this->pageReady(page);
                    }
                },
                Qt::QueuedConnection);
        };
    }
    m_watcher.setFuture(QtConcurrent::run([job = std::move(job), cancel = m_cancel, onPage = std::move(onPage)] {
        // In the job: asking a plugin whether its tool is there may start the tool.
        return SpecAnalyzer::analyse(job.input, *job.rules, PluginManager::ruleProviders(), cancel.get(), onPage);
    }));
}

void AnalysisService::finished()
{
    const SpecAnalysis analysis = m_watcher.result();
    if (m_waiting) {
        Job next = std::move(*m_waiting);
        m_waiting.reset();
        start(std::move(next));
    }
    if (analysis.revision == m_latestRevision && !analysis.cancelled) {
        Q_EMIT analysed(analysis);
    }
}

} // namespace Specwright::Core
