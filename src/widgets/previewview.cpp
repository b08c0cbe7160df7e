// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "previewview.h"

#include <QWebEngineSettings>

namespace Specwright::Widgets {

const QUrl PreviewView::PlaceholderUrl(QStringLiteral("qrc:/specwright/preview/unavailable.html"));

PreviewView::PreviewView(QWidget *parent)
    : QWebEngineView(parent)
{
    // Documents are untrusted input: nothing in the page may run or reach the network.
    QWebEngineSettings *s = settings();
    s->setAttribute(QWebEngineSettings::JavascriptEnabled, false);
    s->setAttribute(QWebEngineSettings::LocalContentCanAccessRemoteUrls, false);
    s->setAttribute(QWebEngineSettings::LocalContentCanAccessFileUrls, false);
    s->setAttribute(QWebEngineSettings::PluginsEnabled, false);
    s->setAttribute(QWebEngineSettings::AutoLoadIconsForPage, false);
    setContextMenuPolicy(Qt::NoContextMenu);
    setMinimumWidth(200);
    load(PlaceholderUrl);
}

} // namespace Specwright::Widgets
