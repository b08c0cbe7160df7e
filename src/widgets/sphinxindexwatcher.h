// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFutureWatcher>
#include <QObject>
#include <QString>
#include <QTimer>

#include <memory>

namespace Specwright::Core {
class SphinxIndex;
struct SpecAnalysis;
} // namespace Specwright::Core

namespace Specwright::Widgets {

/** Keeps the open spec's repository index fresh in the background and asks for a new check when it changed. */
class SphinxIndexWatcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SphinxIndexWatcher)

public:
    explicit SphinxIndexWatcher(QObject *parent = nullptr);
    ~SphinxIndexWatcher() override;

    /** Follows the repository \a analysis was checked in, and the index it was checked against. */
    void show(const Core::SpecAnalysis &analysis);

Q_SIGNALS:
    /** A newer index than the last analysis used is ready. */
    void recheckNeeded();

private:
    void refresh();

    QString m_sourceDir;
    std::shared_ptr<const Core::SphinxIndex> m_used;
    QFutureWatcher<std::shared_ptr<const Core::SphinxIndex>> m_loading;
    QTimer m_poll;
};

} // namespace Specwright::Widgets
