// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "previewpage.h"

#include <QDesktopServices>

namespace Specwright::Widgets {

PreviewPage::PreviewPage(QWebEngineProfile *profile, QObject *parent)
    : QWebEnginePage(profile, parent)
{
}

bool PreviewPage::acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame)
{
    if (!isMainFrame) {
        return false; // no frames of any kind
    }
    if (type != NavigationTypeLinkClicked) {
        // The app's own setHtml(); nothing else may load a page here.
        return type == NavigationTypeTyped || type == NavigationTypeOther;
    }
    // In-document links (#anchor) scroll the page; web and mail links go to the system browser.
    if (url.matches(this->url(), QUrl::RemoveFragment) && url.hasFragment()) {
        return true;
    }
    const QString scheme = url.scheme();
    if (scheme == QLatin1String("http") || scheme == QLatin1String("https") || scheme == QLatin1String("mailto")) {
        m_externalLinks.append(url);
        QDesktopServices::openUrl(url);
    }
    return false;
}

} // namespace Specwright::Widgets
