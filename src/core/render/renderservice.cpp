// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "renderservice.h"

#include "htmlrenderer.h"

#include <QtConcurrent/QtConcurrentRun>

namespace Specwright::Core {

RenderService::RenderService(QObject *parent)
    : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcher<Result>::finished, this, &RenderService::finished);
}

RenderService::~RenderService()
{
    m_watcher.waitForFinished();
}

RenderService::Result RenderService::renderNow(const RstDocument &document, quint64 revision)
{
    return {revision, HtmlRenderer::renderBody(document), HtmlRenderer::documentTitle(document)};
}

void RenderService::request(RstDocument::Ptr document, quint64 revision)
{
    m_latestRevision = revision;
    Request request{std::move(document), revision};
    if (m_watcher.isRunning()) {
        m_waiting = std::move(request); // the newest request replaces an older waiting one
        return;
    }
    start(std::move(request));
}

void RenderService::start(Request request)
{
    m_watcher.setFuture(
        QtConcurrent::run([request = std::move(request)] { return renderNow(*request.document, request.revision); }));
}

void RenderService::finished()
{
    const Result result = m_watcher.result();
    if (m_waiting) {
        Request next = std::move(*m_waiting);
        m_waiting.reset();
        start(std::move(next));
    }
    if (result.revision == m_latestRevision) {
        Q_EMIT rendered(result);
    }
}

} // namespace Specwright::Core
