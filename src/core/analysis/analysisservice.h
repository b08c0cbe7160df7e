// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysisinput.h"
#include "specanalysis.h"

#include <QFutureWatcher>
#include <QObject>

#include <atomic>
#include <memory>
#include <optional>

namespace Specwright::Core {

class CheckRules;

/**
 * The window's one background service: runs SpecAnalyzer::analyse() off the
 * GUI thread on immutable snapshots.
 *
 * One job runs at a time on the global thread pool; a newer request cancels
 * the running job (through its atomic flag) and waits in its place, replacing
 * any older waiting one. Only results for the newest revision are emitted:
 * pageReady() as soon as a job that renders has the HTML (the preview never
 * waits for the checks), then analysed().
 *
 * \note Lives in the GUI thread; the jobs never touch widgets. The destructor
 * cancels and waits for a running job.
 */
class AnalysisService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AnalysisService)

public:
    explicit AnalysisService(QObject *parent = nullptr);
    ~AnalysisService() override;

    /** The template and profile resolution the next requests use (shared with the jobs running). */
    void setRules(std::shared_ptr<CheckRules> rules);
    /** Analyses \a input (its revision tags the results); plugins' rule providers take part. */
    void request(const AnalysisInput &input);
    bool isBusy() const { return m_watcher.isRunning(); }

Q_SIGNALS:
    void pageReady(const Specwright::Core::SpecAnalysis::Page &page);
    void analysed(const Specwright::Core::SpecAnalysis &analysis);

private:
    struct Job
    {
        AnalysisInput input;
        std::shared_ptr<CheckRules> rules;
    };

    void start(Job job);
    void finished();

    QFutureWatcher<SpecAnalysis> m_watcher;
    std::shared_ptr<std::atomic_bool> m_cancel;
    std::optional<Job> m_waiting;
    quint64 m_latestRevision = 0;
    std::shared_ptr<CheckRules> m_rules;
};

} // namespace Specwright::Core
