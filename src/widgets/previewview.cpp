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

// The (fractional) source line at the top of the page scrolled to y (CSS pixels), between the anchors.
const char *const LineAtScript = R"(
var lineAt = function(y) {
  var list = anchors(), before = null, after = null;
  y += 8;
  for (var i = 0; i < list.length; ++i) {
    var a = list[i];
    if (a.top <= y) { if (!before || a.top >= before.top) before = a; }
    else if (!after || a.top < after.top) after = a;
  }
  if (before && after && after.top > before.top)
    return before.line + (after.line - before.line) * (y - before.top) / (after.top - before.top);
  return before ? before.line : 1;
};
)";

// The block under a double-click, the next block's line, and the word under it with the number of
// its occurrences in the block's text before it. Words are cut as Core::RenderedWord cuts them.
const char *const WordAtScript = R"(
(function(x, y) {
  var hit = document.elementFromPoint(x, y);
  var block = hit && hit.closest('[data-source-line]');
  if (!block) return null;
  var line = +block.getAttribute('data-source-line'), end = 0;
  var all = document.querySelectorAll('[data-source-line]');
  for (var i = 0; i < all.length; ++i) {
    var l = +all[i].getAttribute('data-source-line');
    if (l > line && (!end || l < end)) end = l;
  }
  var answer = [line, end, '', 0];
  var caret = document.caretRangeFromPoint(x, y);
  if (!caret || caret.startContainer.nodeType !== Node.TEXT_NODE || !block.contains(caret.startContainer))
    return answer;
  var isWord = function(c) { return /^[\p{L}\p{M}\p{N}]$/u.test(c); };
  var node = caret.startContainer, text = node.data, from = caret.startOffset, to = from;
  while (from > 0 && isWord(text[from - 1])) --from;
  while (to < text.length && isWord(text[to])) ++to;
  if (from === to) return answer;
  var word = text.substring(from, to), shown = '';
  var walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
  for (var t = walker.nextNode(); t && t !== node; t = walker.nextNode()) shown += t.data;
  var start = shown.length + from, occurrence = 0;
  shown += text;
  for (var at = shown.indexOf(word); at >= 0 && at < start; at = shown.indexOf(word, at + 1)) {
    if ((at === 0 || !isWord(shown[at - 1])) &&
        (at + word.length === shown.length || !isWord(shown[at + word.length]))) ++occurrence;
  }
  answer[2] = word;
  answer[3] = occurrence;
  return answer;
})(%1, %2)
)";

// How long a programmatic scroll may take to be reported back (sanitizer builds are slow).
constexpr qint64 ScrollReportTime = 3000;
// After input on the page (wheel, keys, a drag), its position is read this often (ms), until it has
// been still for ScrollWatchTime.
constexpr int ScrollWatchInterval = 40;
constexpr qint64 ScrollWatchTime = 400;

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
    m_clock.start();
    connect(previewPage, &QWebEnginePage::scrollPositionChanged, this, [this](const QPointF &position) {
        // Programmatic scrolls land where we asked; anything else is the user. A loading page
        // jumps to its top by itself: that is not the user either.
        if (!m_pageReady) {
            return;
        }
        // Reported positions come late and in bursts, and the page's own may lag them: the page is read
        // in order until it is still, and only what it says counts (never a step backwards).
        Q_UNUSED(position)
        watchScrolling();
    });
    m_scrollWatch.setInterval(ScrollWatchInterval);
    connect(&m_scrollWatch, &QTimer::timeout, this, &PreviewView::readScrollPosition);
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
    ++m_scrollsInFlight;
    m_lastScrollAsked = m_clock.elapsed();
    page()->runJavaScript(script, QWebEngineScript::ApplicationWorld, [this](const QVariant &y) {
        m_scrollsInFlight = qMax(0, m_scrollsInFlight - 1);
        if (y.isValid()) {
            m_expectedScrolls.append({y.toDouble(), m_clock.elapsed()});
        }
    });
}

void PreviewView::requestSourceLineAtTop()
{
    const QString script = QString::fromLatin1(AnchorsScript) + QString::fromLatin1(LineAtScript) +
                           QStringLiteral("lineAt(window.scrollY)");
    page()->runJavaScript(script, QWebEngineScript::ApplicationWorld,
                          [this](const QVariant &line) { Q_EMIT sourceLineAtTop(line.toDouble()); });
}

void PreviewView::findSourceLineAt(double scrollY, const std::function<void(double)> &answer)
{
    // Wheel, keys and the scroll bar scroll on the compositor: the page's own window.scrollY
    // learns the position only later, so the position comes from what the page reported.
    const QString script = QString::fromLatin1(AnchorsScript) + QString::fromLatin1(LineAtScript) +
                           QStringLiteral("lineAt(%1)").arg(QString::number(scrollY, 'f', 2));
    page()->runJavaScript(script, QWebEngineScript::ApplicationWorld,
                          [answer](const QVariant &line) { answer(line.isValid() ? line.toDouble() : 0.0); });
}

bool PreviewView::isExpectedScroll(double y)
{
    const qint64 now = m_clock.elapsed();
    while (!m_expectedScrolls.isEmpty() && now - m_expectedScrolls.constFirst().at > ScrollReportTime) {
        m_expectedScrolls.removeFirst();
    }
    // Positions come in order: one that arrives drops those before it, which were never reported.
    for (qsizetype i = 0; i < m_expectedScrolls.size(); ++i) {
        if (qAbs(y - m_expectedScrolls.at(i).y) < 2) {
            m_expectedScrolls.remove(0, i + 1);
            return true;
        }
    }
    // A scroll asked for whose landing is not known yet: the position is on its way there.
    return m_scrollsInFlight > 0 && now - m_lastScrollAsked < ScrollReportTime;
}

void PreviewView::childEvent(QChildEvent *event)
{
    QWebEngineView::childEvent(event);
    // WebEngine renders into a child widget: mouse events arrive there.
    if (event->added() && event->child()->isWidgetType()) {
        event->child()->installEventFilter(this);
    }
}

void PreviewView::scrolledTo(double y)
{
    if (qAbs(y - m_lastSeenScroll) < 0.5) {
        return; // reported and read both: once is enough
    }
    m_lastSeenScroll = y;
    if (!isExpectedScroll(y)) {
        Q_EMIT userScrolled(y);
    }
}

void PreviewView::watchScrolling()
{
    m_watchUntil = m_clock.elapsed() + ScrollWatchTime;
    if (!m_scrollWatch.isActive()) {
        m_scrollWatch.start();
    }
}

void PreviewView::readScrollPosition()
{
    if (m_clock.elapsed() > m_watchUntil || !m_pageReady) {
        m_scrollWatch.stop();
        return;
    }
    if (m_readingScroll) {
        return; // one question at a time
    }
    m_readingScroll = true;
    page()->runJavaScript(QStringLiteral("window.scrollY"), QWebEngineScript::ApplicationWorld,
                          [this](const QVariant &y) {
                              m_readingScroll = false;
                              if (!y.isValid() || !m_pageReady) {
                                  return;
                              }
                              if (qAbs(y.toDouble() - m_lastSeenScroll) >= 0.5) {
                                  m_watchUntil = m_clock.elapsed() + ScrollWatchTime; // still moving
                              }
                              scrolledTo(y.toDouble());
                          });
}

bool PreviewView::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::Wheel:
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseButtonRelease:
        watchScrolling();
        break;
    case QEvent::MouseMove:
        if (static_cast<QMouseEvent *>(event)->buttons() != Qt::NoButton) {
            watchScrolling(); // dragging the scroll bar, or selecting past the edge
        }
        break;
    default:
        break;
    }
    if (event->type() == QEvent::MouseButtonDblClick) {
        const QPoint pos = static_cast<QMouseEvent *>(event)->position().toPoint();
        const QString script = QString::fromLatin1(WordAtScript).arg(pos.x()).arg(pos.y());
        page()->runJavaScript(script, QWebEngineScript::ApplicationWorld, [this](const QVariant &result) {
            const QVariantList hit = result.toList();
            if (hit.size() == 4 && hit.at(0).toInt() > 0) {
                Q_EMIT wordActivated(hit.at(0).toInt(), hit.at(1).toInt(), hit.at(2).toString(), hit.at(3).toInt());
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
    m_expectedScrolls.clear();
    m_scrollsInFlight = 0; // the old page's scripts may never answer
    m_lastSeenScroll = 0;
    m_readingScroll = false;
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
