// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "previewview.h"

#include "previewpage.h"
#include "previewrequestfilter.h"

#include <core/plugin/codehighlighter.h>
#include <core/plugin/pluginmanager.h>
#include <core/render/htmlrenderer.h>

#include <QChildEvent>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMouseEvent>
#include <QWebEngineProfile>
#include <QWebEngineScript>
#include <QWebEngineSettings>

#include <utility>

namespace Specwright::Widgets {

namespace {

// Remote images never load in the preview: show where they would come from instead.
const char *const DecorateScript = R"(
(function() {
  var images = document.querySelectorAll('img');
  for (var i = 0; i < images.length; ++i) {
    var src = images[i].getAttribute('src') || '';
    if (/^(https?:)?\/\//i.test(src)) {
      var note = document.createElement('span');
      note.className = 'remote-image';
      note.textContent = 'Remote image (not loaded in the preview): ' + src;
      images[i].replaceWith(note);
    }
  }
})();
)";

// Both directions of scroll synchronisation interpolate between the blocks' data-source-line anchors.
const char *const AnchorsScript = R"(
var anchors = function() {
  var list = [];
  var elements = document.querySelectorAll('[data-source-line]');
  for (var i = 0; i < elements.length; ++i) {
    list.push({line: +elements[i].getAttribute('data-source-line'),
               top: elements[i].getBoundingClientRect().top + window.scrollY});
  }
  return list;
};
)";

} // namespace

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
        if (ok) {
            page()->runJavaScript(QString::fromLatin1(DecorateScript) + QStringLiteral("true"),
                                  QWebEngineScript::ApplicationWorld);
            applyColorScheme();
            applyCodeTheme();
        }
        if (ok && !m_pendingBody.isNull()) {
            updateInPlace(m_pendingBody, m_pendingTitle);
        }
        // A scroll asked for while the page loaded lands on the loaded content (scripts run in order).
        if (ok && m_pendingScrollLine > 0) {
            scrollToSourceLine(std::exchange(m_pendingScrollLine, 0.0));
        }
    });
    connect(previewPage, &QWebEnginePage::scrollPositionChanged, this, [this](const QPointF &position) {
        // Programmatic scrolls land where we asked; anything else is the user. A loading page
        // jumps to its top by itself: that is not the user either.
        if (!m_pageReady) {
            return;
        }
        if (m_expectedScroll.y() >= 0 && qAbs(position.y() - m_expectedScroll.y()) < 2) {
            m_expectedScroll = {-1, -1};
            return;
        }
        m_expectedScroll = {-1, -1};
        Q_EMIT userScrolled();
    });
    showDocument(QString(), QString(), QDir::homePath());
}

PreviewView::~PreviewView()
{
    // The page calls its pending script callbacks, which use this view, as it is destroyed: it
    // goes while the view is whole, not later among QWidget's children.
    delete page();
}

void PreviewView::applyColorScheme()
{
    // The page follows the application's palette, not the desktop's colour-scheme setting.
    const bool dark = palette().color(QPalette::Window).lightness() < 128;
    page()->runJavaScript(QStringLiteral("document.documentElement.classList.toggle('dark', %1);"
                                         "document.documentElement.classList.toggle('light', %2); true")
                              .arg(dark ? QStringLiteral("true") : QStringLiteral("false"),
                                   dark ? QStringLiteral("false") : QStringLiteral("true")),
                          QWebEngineScript::ApplicationWorld);
}

void PreviewView::setCodeTheme(const QString &themeName)
{
    m_codeTheme = themeName;
    if (m_pageReady) {
        applyCodeTheme();
    }
}

void PreviewView::applyCodeTheme()
{
    const Core::CodeHighlighter *highlighter = Core::PluginManager::codeHighlighter();
    // One theme for light and dark alike, as in the editor; the rules follow the page's own.
    const QString css =
        highlighter && !m_codeTheme.isEmpty() ? highlighter->styleSheet(m_codeTheme, m_codeTheme) : QString();
    const QString arguments = QString::fromUtf8(QJsonDocument(QJsonArray{css}).toJson(QJsonDocument::Compact));
    page()->runJavaScript(QStringLiteral("(function(args){var s=document.getElementById('specwright-code-theme');"
                                         "if(!s){s=document.createElement('style');s.id='specwright-code-theme';"
                                         "document.head.appendChild(s);}s.textContent=args[0];return true;})(%1);")
                              .arg(arguments),
                          QWebEngineScript::ApplicationWorld);
}

void PreviewView::changeEvent(QEvent *event)
{
    QWebEngineView::changeEvent(event);
    if ((event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange) && m_pageReady) {
        applyColorScheme();
    }
}

void PreviewView::scrollToSourceLine(double line)
{
    if (!m_pageReady) {
        // A loading page has no document to scroll yet: the latest request waits for it.
        m_pendingScrollLine = line;
        return;
    }
    const QString script = QString::fromLatin1(AnchorsScript) + QStringLiteral(R"(
(function(line) {
  var list = anchors(), before = null, after = null;
  for (var i = 0; i < list.length; ++i) {
    var a = list[i];
    if (a.line <= line) { if (!before || a.line >= before.line) before = a; }
    else if (!after || a.line < after.line || (a.line == after.line && a.top < after.top)) after = a;
  }
  var y = 0;
  if (before && after && after.line > before.line)
    y = before.top + (after.top - before.top) * (line - before.line) / (after.line - before.line);
  else if (before) y = before.top;
  var root = document.scrollingElement || document.documentElement;
  if (!root) return window.scrollY;
  y = Math.max(0, Math.min(y - 8, root.scrollHeight - window.innerHeight));
  window.scrollTo(0, y);
  return window.scrollY;
})(%1))")
                                                                    .arg(line);
    page()->runJavaScript(script, QWebEngineScript::ApplicationWorld,
                          [this](const QVariant &y) { m_expectedScroll = QPointF(0, y.toDouble()); });
}

void PreviewView::requestSourceLineAtTop()
{
    const QString script = QString::fromLatin1(AnchorsScript) + QStringLiteral(R"(
(function() {
  var list = anchors(), y = window.scrollY + 8, before = null, after = null;
  for (var i = 0; i < list.length; ++i) {
    var a = list[i];
    if (a.top <= y) { if (!before || a.top >= before.top) before = a; }
    else if (!after || a.top < after.top) after = a;
  }
  if (before && after && after.top > before.top)
    return before.line + (after.line - before.line) * (y - before.top) / (after.top - before.top);
  return before ? before.line : 1;
})())");
    page()->runJavaScript(script, QWebEngineScript::ApplicationWorld,
                          [this](const QVariant &line) { Q_EMIT sourceLineAtTop(line.toDouble()); });
}

void PreviewView::childEvent(QChildEvent *event)
{
    QWebEngineView::childEvent(event);
    // WebEngine renders into a child widget: mouse events arrive there.
    if (event->added() && event->child()->isWidgetType()) {
        event->child()->installEventFilter(this);
    }
}

bool PreviewView::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::MouseButtonDblClick) {
        const QPoint pos = static_cast<QMouseEvent *>(event)->position().toPoint();
        const QString script = QStringLiteral("(function(x, y) { var e = document.elementFromPoint(x, y);"
                                              " e = e && e.closest('[data-source-line]');"
                                              " return e ? +e.getAttribute('data-source-line') : 0; })(%1, %2)")
                                   .arg(pos.x())
                                   .arg(pos.y());
        page()->runJavaScript(script, QWebEngineScript::ApplicationWorld, [this](const QVariant &line) {
            if (line.toInt() > 0) {
                Q_EMIT sourceLineActivated(line.toInt());
            }
        });
    }
    return QWebEngineView::eventFilter(watched, event);
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
    setHtml(Core::HtmlRenderer::standalonePage(bodyHtml, title, css, Core::HtmlRenderer::PageImages::LocalFiles), base);
}

void PreviewView::updateInPlace(const QString &bodyHtml, const QString &title)
{
    m_pendingBody = QString();
    // The HTML travels as a JSON string literal: no part of it is ever parsed as script.
    const QString arguments =
        QString::fromUtf8(QJsonDocument(QJsonArray{bodyHtml, title}).toJson(QJsonDocument::Compact));
    const QString script = QStringLiteral("(function(args){var main=document.querySelector('main.document');"
                                          "if(main){main.innerHTML=args[0];}document.title=args[1];"
                                          "return true;})(%1);")
                               .arg(arguments) +
                           QString::fromLatin1(DecorateScript);
    const quint64 update = ++m_updates;
    page()->runJavaScript(script, QWebEngineScript::ApplicationWorld, [this, update](const QVariant &) {
        m_appliedUpdates = update;
        Q_EMIT contentUpdated();
    });
}

} // namespace Specwright::Widgets
