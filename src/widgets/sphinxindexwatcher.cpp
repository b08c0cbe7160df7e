// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sphinxindexwatcher.h"

#include <core/analysis/specanalysis.h>
#include <core/sphinx/sphinxindex.h>

namespace Specwright::Widgets {

namespace {

// How often the repository is looked at again while a spec of it is open: a save elsewhere (a new
// label, a spec added to an index) shows within this time. A look only lists and stats the files.
constexpr int PollMilliseconds = 4000;

} // namespace

SphinxIndexWatcher::SphinxIndexWatcher(QObject *parent)
    : QObject(parent)
{
    m_poll.setInterval(PollMilliseconds);
    connect(&m_poll, &QTimer::timeout, this, &SphinxIndexWatcher::refresh);
    connect(&m_loading, &QFutureWatcher<Core::SphinxIndex::Ptr>::finished, this, [this] {
        const Core::SphinxIndex::Ptr latest = m_loading.future().result();
        if (latest && latest != m_used) {
            m_used = latest; // asked once per new index
            Q_EMIT recheckNeeded();
        }
    });
}

SphinxIndexWatcher::~SphinxIndexWatcher()
{
    m_loading.waitForFinished();
}

void SphinxIndexWatcher::show(const Core::SpecAnalysis &analysis)
{
    m_sourceDir = analysis.sphinxSourceDir;
    if (m_sourceDir.isEmpty()) {
        m_poll.stop();
        m_used.reset();
        return;
    }
    m_used = analysis.sphinxIndex;
    if (!m_poll.isActive()) {
        m_poll.start();
    }
    if (analysis.sphinxIndexPending) {
        refresh();
    }
}

void SphinxIndexWatcher::refresh()
{
    if (m_sourceDir.isEmpty() || m_loading.isRunning()) {
        return;
    }
    m_loading.setFuture(Core::SphinxIndex::load(m_sourceDir));
}

} // namespace Specwright::Widgets
