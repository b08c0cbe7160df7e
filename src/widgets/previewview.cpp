// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "previewview.h"

#include <core/render/htmlrenderer.h>

#include <QDir>
#include <QWebEngineSettings>

namespace Specwright::Widgets {

PreviewView::PreviewView(QWidget *parent)
    : QWebEngineView(parent)
{
    // Documents are untrusted input: nothing in the page may run or reach the network.
    QWebEngineSettings *s = settings();
    s->setAttribute(QWebEngineSettings::JavascriptEnabled, false);
    s->setAttribute(QWebEngineSettings::LocalContentCanAccessRemoteUrls, false);
    s->setAttribute(QWebEngineSettings::PluginsEnabled, false);
    s->setAttribute(QWebEngineSettings::AutoLoadIconsForPage, false);
    setContextMenuPolicy(Qt::NoContextMenu);
    setMinimumWidth(200);
    showDocument(QString(), QString(), QDir::homePath());
}

void PreviewView::showDocument(const QString &bodyHtml, const QString &title, const QString &baseDirectory)
{
    static const QString css = Core::HtmlRenderer::defaultStyleSheet();
    const QString page = Core::HtmlRenderer::standalonePage(bodyHtml, title, css);
    setHtml(page, QUrl::fromLocalFile(QDir(baseDirectory).absolutePath() + QLatin1Char('/')));
}

} // namespace Specwright::Widgets
