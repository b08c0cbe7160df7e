// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/rst/rstdocument.h>

#include <QFutureWatcher>
#include <QObject>

#include <optional>

namespace Specwright::Core {

/**
 * Parses and renders documents off the GUI thread.
 *
 * request() takes an immutable parsed document and its revision;
 * one job runs at a time through QtConcurrent and at most one more waits,
 * the newest replacing any older waiting one. Results for a revision older
 * than the newest request are dropped, so rendered() always describes the
 * latest text the service has seen.
 *
 * \note Lives in the GUI thread; the work itself runs on the global thread
 * pool and never touches widgets. The destructor waits for a running job.
 */
class RenderService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RenderService)

public:
    /** What one render produced. */
    struct Result
    {
        quint64 revision = 0;
        QString bodyHtml;
        QString title;
    };

    explicit RenderService(QObject *parent = nullptr);
    ~RenderService() override;

    /** Asks for \a document (parsed from revision \a revision) to be rendered. */
    void request(RstDocument::Ptr document, quint64 revision);

    /** Runs the same work synchronously (for the command line and tests). */
    static Result renderNow(const RstDocument &document, quint64 revision);

    bool isBusy() const { return m_watcher.isRunning(); }

Q_SIGNALS:
    /** The latest requested revision was rendered. */
    void rendered(const Specwright::Core::RenderService::Result &result);

private:
    struct Request
    {
        RstDocument::Ptr document;
        quint64 revision = 0;
    };

    void start(Request request);
    void finished();

    QFutureWatcher<Result> m_watcher;
    std::optional<Request> m_waiting;
    quint64 m_latestRevision = 0;
};

} // namespace Specwright::Core
