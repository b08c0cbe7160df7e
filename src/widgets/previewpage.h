// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWebEnginePage>

namespace Specwright::Widgets {

/// The preview's page: never navigates away; web links open in the system browser.
class PreviewPage final : public QWebEnginePage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreviewPage)

public:
    explicit PreviewPage(QWebEngineProfile *profile, QObject *parent = nullptr);

    /// Links the user clicked that were handed to the system browser (for tests).
    const QList<QUrl> &externalLinks() const { return m_externalLinks; }

protected:
    bool acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame) override;

private:
    QList<QUrl> m_externalLinks;
};

} // namespace Specwright::Widgets
