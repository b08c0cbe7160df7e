// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "previewview.h"

#include "previewpage.h"
#include "previewrequestfilter.h"

#include <core/render/htmlrenderer.h>

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QWebEngineProfile>
#include <QWebEngineScript>
#include <QWebEngineSettings>

namespace Specwright::Widgets {

PreviewView::PreviewView(QWidget *parent)
    : QWebEngineView(parent)
{
    // Documents are untrusted input: nothing in the page may run, navigate or reach the network.
    // The app's own update script runs in an isolated world, which page settings do not block.
    // The default profile is off the record (no cache or cookies on disk) and outlives every page.
    auto *previewPage = new PreviewPage(QWebEngineProfile::defaultProfile(), this);
    m_filter = new PreviewRequestFilter(previewPage); // dies with the page that uses it
    previewPage->setUrlRequestInterceptor(m_filter);
    setPage(previewPage);
    QWebEngineSettings *s = settings();
    s->setAttribute(QWebEngineSettings::JavascriptEnabled, false);
    s->setAttribute(QWebEngineSettings::LocalContentCanAccessRemoteUrls, false);
    s->setAttribute(QWebEngineSettings::PluginsEnabled, false);
    s->setAttribute(QWebEngineSettings::AutoLoadIconsForPage, false);
    setContextMenuPolicy(Qt::NoContextMenu);
    setMinimumWidth(200);
    connect(this, &QWebEngineView::loadFinished, this, [this](bool ok) {
        m_pageReady = ok;
        if (ok && !m_pendingBody.isNull()) {
            updateInPlace(m_pendingBody, m_pendingTitle);
        }
    });
    showDocument(QString(), QString(), QDir::homePath());
}

void PreviewView::showDocument(const QString &bodyHtml, const QString &title, const QString &baseDirectory)
{
    const QUrl base = QUrl::fromLocalFile(QDir(baseDirectory).absolutePath() + QLatin1Char('/'));
    if (base == m_base && !m_base.isEmpty()) {
        // Same page: replace only the content, so there is no reload, no flicker, and the
        // reader's scroll position holds.
        if (m_pageReady) {
            updateInPlace(bodyHtml, title);
        } else {
            m_pendingBody = bodyHtml;
            m_pendingTitle = title;
        }
        return;
    }
    static const QString css = Core::HtmlRenderer::defaultStyleSheet();
    m_filter->setAllowedDirectory(baseDirectory);
    m_base = base;
    m_pageReady = false;
    m_pendingBody = QString();
    ++m_pageLoads;
    setHtml(Core::HtmlRenderer::standalonePage(bodyHtml, title, css), base);
}

void PreviewView::updateInPlace(const QString &bodyHtml, const QString &title)
{
    m_pendingBody = QString();
    // The HTML travels as a JSON string literal: no part of it is ever parsed as script.
    const QString arguments =
        QString::fromUtf8(QJsonDocument(QJsonArray{bodyHtml, title}).toJson(QJsonDocument::Compact));
    const QString script = QStringLiteral("(function(args){var main=document.querySelector('main.document');"
                                          "if(main){main.innerHTML=args[0];}document.title=args[1];"
                                          "return true;})(%1)")
                               .arg(arguments);
    const quint64 update = ++m_updates;
    page()->runJavaScript(script, QWebEngineScript::ApplicationWorld, [this, update](const QVariant &) {
        m_appliedUpdates = update;
        Q_EMIT contentUpdated();
    });
}

} // namespace Specwright::Widgets
