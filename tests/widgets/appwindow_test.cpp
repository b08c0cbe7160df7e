// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The real main window on a real display (Xvfb under the README test command),
// with Qt WebEngine rendering the preview pane.
#include "testconfig.h"
#include "widgettesthelpers.h"

#include <core/plugin/codehighlighter.h>
#include <core/plugin/pluginmanager.h>
#include <widgets/checkmenu.h>
#include <widgets/exportactions.h>
#include <widgets/mainwindow.h>
#include <widgets/previewpage.h>
#include <widgets/previewrequestfilter.h>
#include <widgets/previewview.h>
#include <widgets/sourceeditor.h>

#include <QFile>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QTreeWidget>
#include <QWebEnginePage>
#include <QWebEngineScript>
#include <QWebEngineSettings>

#include <functional>

using Specwright::Tests::SanitizerSlowdown;
using Specwright::Widgets::ExportActions;
using Specwright::Widgets::MainWindow;
using Specwright::Widgets::PreviewView;

namespace {

// The example spec \a copies times over, as \a name in \a dir: a spec long enough to scroll.
QString writeLongSpec(const QTemporaryDir &dir, const QString &name, int copies)
{
    QFile source(QStringLiteral(SPECWRIGHT_SOURCE_DIR "/resources/examples/example-spec.rst"));
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!source.open(QIODevice::ReadOnly) || !file.open(QIODevice::WriteOnly) ||
        file.write(source.readAll().repeated(copies)) < 0) {
        return {};
    }
    return path;
}

// The source line at the top of the preview, as the page reports it (-1 when it does not answer).
double previewTopLine(PreviewView *preview)
{
    double line = -1;
    auto connection =
        QObject::connect(preview, &PreviewView::sourceLineAtTop, preview, [&line](double l) { line = l; });
    preview->requestSourceLineAtTop();
    const bool answered = QTest::qWaitFor([&line] { return line >= 0; }, 10000);
    QObject::disconnect(connection);
    return answered ? line : -1.0;
}

// A server on loopback that counts the connections made to it (and serves nothing).
class CountingServer : public QTcpServer
{
public:
    CountingServer()
    {
        listen(QHostAddress::LocalHost);
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = nextPendingConnection()) {
                ++m_connections;
                socket->close();
            }
        });
    }
    int connections() const { return m_connections; }
    QByteArray url() const { return "http://127.0.0.1:" + QByteArray::number(serverPort()); }

private:
    int m_connections = 0;
};

// A spec that reaches for \a url in every way a document can: images, figure, links, raw HTML with
// scripts, an image with an event handler, an iframe, CSS url() and a style sheet link.
QByteArray hostileSpec(const QByteArray &url)
{
    return "=======\nHostile\n=======\n\n"
           ".. image:: /etc/hostname\n\n"
           ".. image:: missing-beside-the-spec.png\n\n"
           ".. image:: " +
           url +
           "/image.png\n\n"
           ".. figure:: " +
           url +
           "/figure.png\n\n   Caption.\n\n"
           "A `link <" +
           url + "/link>`_ and " + url +
           "/standalone and `js <javascript:alert(1)>`_.\n\n"
           ".. raw:: html\n\n"
           "   <script>document.title = 'ran'</script>\n"
           "   <script src=\"" +
           url +
           "/script.js\"></script>\n"
           "   <img src=\"" +
           url +
           "/raw.png\" onerror=\"document.title='ran'\">\n"
           "   <iframe src=\"" +
           url +
           "/frame\"></iframe>\n"
           "   <div style=\"background: url(" +
           url +
           "/css.png)\">x</div>\n"
           "   <link rel=\"stylesheet\" href=\"" +
           url + "/style.css\">\n";
}

// hostileSpec(\a url) as hostile.rst in \a dir; empty when it cannot be written.
QString writeHostileSpec(const QTemporaryDir &dir, const QByteArray &url)
{
    const QString path = dir.filePath(QStringLiteral("hostile.rst"));
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(hostileSpec(url)) > 0 ? path : QString();
}

} // namespace

class AppWindowTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        if (QGuiApplication::platformName() != QLatin1String("xcb")) {
            QFAIL("this test needs a real X display; run it through 'packaging/devroot.sh test', "
                  "which starts Xvfb");
        }
    }

    void editAndSaveWithLivePreview()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("spec.rst"));
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("Title\n=====\n\nFirst paragraph.\n");
        }

        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.document()->openFile(path));

        // The preview pane really runs WebEngine and shows the rendered document.
        const auto pageText = [&window] {
            QString text;
            bool done = false;
            window.preview()->page()->toPlainText([&](const QString &result) {
                text = result;
                done = true;
            });
            if (!QTest::qWaitFor([&done] { return done; }, 10000)) {
                return QString();
            }
            return text;
        };
        QTRY_VERIFY_WITH_TIMEOUT(window.previewRevision() == window.document()->revision(), 30000);
        QTRY_VERIFY_WITH_TIMEOUT(pageText().contains(QLatin1String("First paragraph.")), 30000);
        QVERIFY(pageText().contains(QLatin1String("Title")));
        QVERIFY(!pageText().contains(QLatin1String("=====")));

        // Type into the focused editor and save with the standard shortcut.
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        window.editor()->setFocus();
        window.editor()->moveCursor(QTextCursor::End);
        QTest::keyClicks(window.editor(), QStringLiteral("Typed under Xvfb."));
        QTRY_VERIFY(window.isWindowModified());
        QTest::keySequence(&window, QKeySequence::Save);
        QTRY_VERIFY(!window.isWindowModified());

        // After a typing pause the preview shows the new text too.
        QTRY_VERIFY_WITH_TIMEOUT(pageText().contains(QLatin1String("Typed under Xvfb.")), 30000);

        QFile saved(path);
        QVERIFY(saved.open(QIODevice::ReadOnly));
        QCOMPARE(saved.readAll(), QByteArray("Title\n=====\n\nFirst paragraph.\nTyped under Xvfb."));
    }

    void previewUpdatesInPlaceKeepingScroll()
    {
        QTemporaryDir dir;
        const QString path = writeLongSpec(dir, QStringLiteral("long.rst"), 4);
        QVERIFY(!path.isEmpty());
        MainWindow window;
        window.resize(1200, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.document()->openFile(path));
        QTRY_VERIFY_WITH_TIMEOUT(window.previewRevision() == window.document()->revision(), 30000);
        PreviewView *preview = window.preview();
        const auto evaluate = [preview](const QString &script) {
            QVariant value;
            bool done = false;
            preview->page()->runJavaScript(script, QWebEngineScript::ApplicationWorld, [&](const QVariant &result) {
                value = result;
                done = true;
            });
            if (!QTest::qWaitFor([&done] { return done; }, 10000)) {
                return QVariant();
            }
            return value;
        };
        QTRY_VERIFY_WITH_TIMEOUT(evaluate(QStringLiteral("document.body.scrollHeight > 3000")).toBool(), 30000);
        evaluate(QStringLiteral("window.scrollTo(0, 1500); true"));
        QTRY_COMPARE_WITH_TIMEOUT(evaluate(QStringLiteral("Math.round(window.scrollY)")).toInt(), 1500, 10000);
        const int loads = preview->pageLoads();
        const quint64 updates = preview->appliedUpdates();

        // Edit near the top; after the pause the preview shows it without reloading or jumping.
        QTextCursor cursor(window.editor()->document()->findBlockByNumber(12));
        cursor.insertText(QStringLiteral("Edited in place. "));
        QTRY_VERIFY_WITH_TIMEOUT(preview->appliedUpdates() > updates, 30000);
        QTRY_VERIFY_WITH_TIMEOUT(
            evaluate(QStringLiteral("document.body.innerText.indexOf('Edited in place.') >= 0")).toBool(), 10000);
        QCOMPARE(preview->pageLoads(), loads);
        QCOMPARE(evaluate(QStringLiteral("Math.round(window.scrollY)")).toInt(), 1500);
        // Page scripts stay off: a script in the document would not run even if it got through.
        QCOMPARE(preview->settings()->testAttribute(QWebEngineSettings::JavascriptEnabled), false);
    }

    void scrollSyncBothWays()
    {
        QTemporaryDir dir;
        const QString path = writeLongSpec(dir, QStringLiteral("sync.rst"), 4);
        QVERIFY(!path.isEmpty());
        MainWindow window;
        window.resize(1200, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.document()->openFile(path));
        QTRY_VERIFY_WITH_TIMEOUT(window.previewRevision() == window.document()->revision(), 30000);
        PreviewView *preview = window.preview();
        QTRY_VERIFY_WITH_TIMEOUT(preview->appliedUpdates() > 0 || preview->pageLoads() > 1, 30000);
        const auto topLine = [preview] { return previewTopLine(preview); };
        QTRY_VERIFY_WITH_TIMEOUT(topLine() >= 1, 10000);

        // Editor -> preview: the preview's top lands within one block of the editor's top line.
        window.editor()->verticalScrollBar()->setValue(300);
        QTRY_VERIFY_WITH_TIMEOUT(qAbs(topLine() - 301) < 6, 10000);

        // Preview -> editor: scrolling the page moves the editor to the matching line.
        preview->page()->runJavaScript(
            QStringLiteral("window.scrollTo(0, document.querySelectorAll('[data-source-line]')[60]"
                           ".getBoundingClientRect().top + window.scrollY - 8); true"),
            QWebEngineScript::ApplicationWorld);
        QTRY_VERIFY_WITH_TIMEOUT(qAbs(window.editor()->verticalScrollBar()->value() + 1 - topLine()) < 3 &&
                                     qAbs(window.editor()->verticalScrollBar()->value() - 299) > 20,
                                 10000);

        // No feedback loop: things settle.
        const int settled = window.editor()->verticalScrollBar()->value();
        QTest::qWait(500);
        QCOMPARE(window.editor()->verticalScrollBar()->value(), settled);

        // A double-click in the preview puts the editor's cursor in that block's source lines (on the
        // word clicked: previewinput_test).
        QWidget *surface = preview->focusProxy() ? preview->focusProxy() : preview;
        const QPoint point(surface->width() / 2, surface->height() / 3);
        QVariant expected;
        bool done = false;
        preview->page()->runJavaScript(
            QStringLiteral("(function(){var e=document.elementFromPoint(%1,%2);e=e&&e.closest('[data-source-line]');"
                           "return e?+e.getAttribute('data-source-line'):0;})()")
                .arg(point.x())
                .arg(point.y()),
            QWebEngineScript::ApplicationWorld, [&](const QVariant &v) {
                expected = v;
                done = true;
            });
        QTRY_VERIFY(done);
        QVERIFY(expected.toInt() > 0);
        QSignalSpy activated(preview, &PreviewView::wordActivated);
        QTest::mouseDClick(surface, Qt::LeftButton, {}, point);
        QTRY_VERIFY_WITH_TIMEOUT(!activated.isEmpty(), 10000);
        QCOMPARE(activated.constFirst().constFirst().toInt(), expected.toInt());
        const int cursorLine = window.editor()->textCursor().blockNumber() + 1;
        QVERIFY2(cursorLine >= expected.toInt() && cursorLine < expected.toInt() + 10,
                 qPrintable(QString::number(cursorLine)));
    }

    // Clicking a section in the outline brings it to the top of the editor and of the preview,
    // with scroll synchronisation on and off.
    void scrollAskedForWhileLoadingLandsAfterLoad()
    {
        // Opening a file loads a new page; the editor may scroll before that load finishes.
        QTemporaryDir dir;
        QString body;
        for (int line = 1; line <= 400; ++line) {
            body += QStringLiteral("<p data-source-line=\"%1\">Paragraph from line %1.</p>").arg(line);
        }
        PreviewView preview;
        preview.resize(600, 400);
        preview.show();
        QVERIFY(QTest::qWaitForWindowExposed(&preview));
        const int loads = preview.pageLoads();
        preview.showDocument(body, QStringLiteral("Loading"), dir.path());
        QCOMPARE(preview.pageLoads(), loads + 1); // a new page, still loading: nothing ran yet
        preview.scrollToSourceLine(120);
        preview.scrollToSourceLine(300); // the latest request wins
        QTRY_VERIFY_WITH_TIMEOUT(qAbs(previewTopLine(&preview) - 300) < 1, 20000);
    }

    void outlineClicksMoveBothPanes()
    {
        QTemporaryDir dir;
        const QString path = writeLongSpec(dir, QStringLiteral("outline.rst"), 3);
        QVERIFY(!path.isEmpty());
        MainWindow window;
        window.resize(1400, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.document()->openFile(path));
        QTRY_VERIFY_WITH_TIMEOUT(window.previewRevision() == window.document()->revision(), 30000);
        QTRY_VERIFY_WITH_TIMEOUT(window.validatedRevision() == window.document()->revision(), 30000);
        PreviewView *preview = window.preview();
        QTRY_VERIFY_WITH_TIMEOUT(preview->appliedUpdates() > 0 || preview->pageLoads() > 1, 30000);
        const auto topLine = [preview] { return previewTopLine(preview); };
        QTRY_VERIFY_WITH_TIMEOUT(topLine() >= 1, 10000);

        // Two sections in the middle copy of the spec: far from the top, far from the end.
        QList<QTreeWidgetItem *> sections;
        std::function<void(QTreeWidgetItem *)> collect = [&](QTreeWidgetItem *item) {
            for (int i = 0; i < item->childCount(); ++i) {
                QTreeWidgetItem *child = item->child(i);
                const int line = child->data(0, Qt::UserRole).toInt();
                if (child->data(0, Qt::UserRole + 1).toString().isEmpty() && line > 150 && line < 260) {
                    sections.append(child);
                }
                collect(child);
            }
        };
        collect(window.outline()->invisibleRootItem());
        QVERIFY2(sections.size() >= 2, qPrintable(QString::number(sections.size())));
        QAction *sync = window.findChild<QAction *>(QStringLiteral("actionSyncScrolling"));
        QVERIFY(sync);
        const bool syncWas = sync->isChecked();
        for (const bool synchronised : {false, true}) {
            sync->setChecked(synchronised);
            QTreeWidgetItem *item = synchronised ? sections.constLast() : sections.constFirst();
            const int line = item->data(0, Qt::UserRole).toInt(); // 0-based
            window.outline()->scrollToItem(item);
            const QRect rect = window.outline()->visualItemRect(item);
            QVERIFY(!rect.isEmpty());
            QTest::mouseClick(window.outline()->viewport(), Qt::LeftButton, {}, rect.center());
            // The editor: the cursor on the section's first line, that line at the top.
            QTRY_COMPARE(window.editor()->textCursor().blockNumber(), line);
            QCOMPARE(window.editor()->verticalScrollBar()->value(), line);
            // The preview: the same section at its top, within one block.
            QTRY_VERIFY_WITH_TIMEOUT(qAbs(topLine() - (line + 1)) < 3, 10000);
            QTest::qWait(300); // nothing pulls either pane away afterwards
            QVERIFY(qAbs(window.editor()->verticalScrollBar()->value() - line) <= 1);
            QVERIFY2(qAbs(topLine() - (line + 1)) < 3, qPrintable(QString::number(topLine())));
        }
        sync->setChecked(syncWas);
    }

    // In-document links (#anchor) scroll the preview to their target, without loading anything.
    void inDocumentLinksScroll()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("anchors.rst"));
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            QByteArray text = "=====\nTitle\n=====\n\nJump to `Far section`_.\n\n";
            for (int i = 0; i < 80; ++i) {
                text += "Filler paragraph " + QByteArray::number(i) + ".\n\n";
            }
            text += "Far section\n===========\n\nThe target.\n\n";
            for (int i = 0; i < 80; ++i) { // enough below it for the section to reach the top
                text += "More filler " + QByteArray::number(i) + ".\n\n";
            }
            file.write(text);
        }
        MainWindow window;
        window.resize(1200, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.document()->openFile(path));
        QTRY_VERIFY_WITH_TIMEOUT(window.previewRevision() == window.document()->revision(), 30000);
        PreviewView *preview = window.preview();
        const auto evaluate = [preview](const QString &script) {
            QVariant value;
            bool done = false;
            preview->page()->runJavaScript(script, QWebEngineScript::ApplicationWorld, [&](const QVariant &result) {
                value = result;
                done = true;
            });
            return QTest::qWaitFor([&done] { return done; }, 10000) ? value : QVariant();
        };
        QTRY_VERIFY_WITH_TIMEOUT(
            evaluate(QStringLiteral("!!document.querySelector('a[href=\"#far-section\"]')")).toBool(), 30000);
        QCOMPARE(evaluate(QStringLiteral("Math.round(window.scrollY)")).toInt(), 0);
        const int loads = preview->pageLoads();
        const QVariantList centre =
            evaluate(
                QStringLiteral("(function(){var r=document.querySelector('a[href=\"#far-section\"]')"
                               ".getBoundingClientRect();return [r.left + r.width / 2, r.top + r.height / 2];})()"))
                .toList();
        QCOMPARE(centre.size(), 2);
        QWidget *surface = preview->focusProxy() ? preview->focusProxy() : preview;
        QTest::mouseClick(surface, Qt::LeftButton, {}, QPoint(centre.at(0).toInt(), centre.at(1).toInt()));
        // The page scrolls so that the section's top is at the top of the view.
        QTRY_VERIFY_WITH_TIMEOUT(
            evaluate(QStringLiteral("Math.abs(document.getElementById('far-section').getBoundingClientRect().top) < 2"))
                .toBool(),
            10000);
        QVERIFY(evaluate(QStringLiteral("window.scrollY > 500")).toBool());
        // Same page, same content, nothing handed to the browser.
        QCOMPARE(preview->pageLoads(), loads);
        QVERIFY(evaluate(QStringLiteral("document.body.innerText.indexOf('Filler paragraph 40.') >= 0")).toBool());
        QVERIFY(static_cast<Specwright::Widgets::PreviewPage *>(preview->page())->externalLinks().isEmpty());
    }

    void previewIsInert()
    {
        CountingServer server; // counts every connection the preview would make
        QVERIFY(server.isListening());
        QTemporaryDir dir;
        const QString path = writeHostileSpec(dir, server.url());
        QVERIFY(!path.isEmpty());
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.document()->openFile(path));
        QTRY_VERIFY_WITH_TIMEOUT(window.previewRevision() == window.document()->revision(), 30000);
        PreviewView *preview = window.preview();
        // A local image outside the spec's repository is refused by the parser, with a finding, and
        // never requested.
        QTRY_VERIFY_WITH_TIMEOUT(window.validatedRevision() == window.document()->revision(), 30000);
        QVERIFY(!Specwright::Tests::columnTexts(window.diagnosticsList(), 3)
                     .filter(QLatin1String("Image outside the repository refused"))
                     .isEmpty());
        // The one local image left, named beside the spec but missing, is requested and stopped by the
        // filter, which lets through only files that exist inside the repository.
        QTRY_VERIFY_WITH_TIMEOUT(preview->requestFilter()->blockedRequests() >= 1, 20000);
        QTest::qWait(1000); // give anything that slipped through time to connect
        QCOMPARE(server.connections(), 0);
        QString title;
        bool done = false;
        preview->page()->runJavaScript(QStringLiteral("document.title"), QWebEngineScript::ApplicationWorld,
                                       [&](const QVariant &value) {
                                           title = value.toString();
                                           done = true;
                                       });
        QTRY_VERIFY(done);
        QCOMPARE(title, QStringLiteral("Hostile"));
        // Remote images are shown as a note with their URL instead.
        QString notes;
        done = false;
        preview->page()->runJavaScript(
            QStringLiteral(
                "Array.from(document.querySelectorAll('span.remote-image')).map(e => e.textContent).join('|')"),
            QWebEngineScript::ApplicationWorld, [&](const QVariant &value) {
                notes = value.toString();
                done = true;
            });
        QTRY_VERIFY(done);
        QVERIFY2(notes.contains(QString::fromLatin1(server.url() + "/image.png")), qPrintable(notes));
        QVERIFY2(notes.contains(QString::fromLatin1(server.url() + "/figure.png")), qPrintable(notes));
        // Clicking a web link does not navigate the preview; the system browser gets it.
        const QUrl before = preview->page()->url();
        preview->page()->runJavaScript(QStringLiteral("document.querySelector('a[href^=\"http\"]').click(); true"),
                                       QWebEngineScript::ApplicationWorld);
        auto *page = static_cast<Specwright::Widgets::PreviewPage *>(preview->page());
        QTRY_VERIFY_WITH_TIMEOUT(!page->externalLinks().isEmpty(), 10000);
        QCOMPARE(page->externalLinks().constFirst().toString(), QString::fromLatin1(server.url() + "/link"));
        QCOMPARE(preview->page()->url(), before);
        QCOMPARE(server.connections(), 0);
    }

    // The exported page is as inert as the preview, even in a browser that runs scripts: its
    // Content-Security-Policy lets nothing load from the network and no script run.
    void exportedHtmlIsInert()
    {
        CountingServer server;
        QVERIFY(server.isListening());
        QTemporaryDir dir;
        const QString path = writeHostileSpec(dir, server.url());
        QVERIFY(!path.isEmpty());
        MainWindow window;
        QVERIFY(window.document()->openFile(path));
        const QString exported = dir.filePath(QStringLiteral("hostile.html"));
        QSignalSpy written(window.exports(), &ExportActions::exported);
        window.exports()->exportHtml(exported);
        QTRY_COMPARE(written.size(), 1);
        QCOMPARE(written.constFirst().at(1).toBool(), true);

        QWebEnginePage browser; // like any browser: JavaScript on, local pages may load remote images
        QVERIFY(browser.settings()->testAttribute(QWebEngineSettings::JavascriptEnabled));
        browser.settings()->setAttribute(QWebEngineSettings::LocalContentCanAccessRemoteUrls, true);
        QSignalSpy loaded(&browser, &QWebEnginePage::loadFinished);
        browser.load(QUrl::fromLocalFile(exported));
        QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty(), 30000);
        QTest::qWait(1000); // give anything that slipped through time to connect
        QCOMPARE(server.connections(), 0);
        QString title;
        bool done = false;
        browser.runJavaScript(QStringLiteral("document.title"), [&](const QVariant &value) {
            title = value.toString();
            done = true;
        });
        QTRY_VERIFY(done);
        QCOMPARE(title, QStringLiteral("Hostile"));
    }

    void previewFollowsTheApplicationPalette()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        PreviewView *preview = window.preview();
        const auto htmlClass = [preview] {
            QString value;
            bool done = false;
            preview->page()->runJavaScript(QStringLiteral("document.documentElement.className"),
                                           QWebEngineScript::ApplicationWorld, [&](const QVariant &v) {
                                               value = v.toString();
                                               done = true;
                                           });
            return QTest::qWaitFor([&done] { return done; }, 10000) ? value : QString();
        };
        const QPalette original = QApplication::palette();
        QPalette dark;
        dark.setColor(QPalette::Window, QColor(30, 30, 30));
        dark.setColor(QPalette::Base, QColor(30, 30, 30));
        dark.setColor(QPalette::WindowText, Qt::white);
        dark.setColor(QPalette::Text, Qt::white);
        // The colours the style sheet gives the page, literal blocks, tables and admonitions.
        const auto colours = [preview] {
            QString value;
            bool done = false;
            preview->page()->runJavaScript(
                QStringLiteral("(function(){var d=document.createElement('div');d.id='probe';"
                               "d.innerHTML='<pre>x</pre><table><tr><th>h</th></tr></table>"
                               "<div class=\"admonition note\"><p class=\"admonition-title\">Note</p></div>';"
                               "document.body.appendChild(d);var c=function(s,p){return getComputedStyle("
                               "d.querySelector(s))[p];};var r=[getComputedStyle(document.body).backgroundColor,"
                               "getComputedStyle(document.body).color,c('pre','backgroundColor'),"
                               "c('th','borderTopColor'),c('div.admonition','borderLeftColor')].join('|');"
                               "d.remove();return r;})()"),
                QWebEngineScript::ApplicationWorld, [&](const QVariant &v) {
                    value = v.toString();
                    done = true;
                });
            return QTest::qWaitFor([&done] { return done; }, 10000) ? value : QString();
        };
        const auto lightness = [](const QString &css) {
            static const QRegularExpression rgb(QStringLiteral("rgba?\\((\\d+), (\\d+), (\\d+)"));
            const QRegularExpressionMatch m = rgb.match(css);
            return m.hasMatch()
                       ? QColor(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt()).lightness()
                       : -1;
        };
        QApplication::setPalette(dark);
        QTRY_VERIFY_WITH_TIMEOUT(htmlClass().contains(QLatin1String("dark")), 20000);
        const QStringList darkColours = colours().split(QLatin1Char('|'));
        QApplication::setPalette(original);
        QTRY_VERIFY_WITH_TIMEOUT(htmlClass().contains(QLatin1String("light")), 20000);
        const QStringList lightColours = colours().split(QLatin1Char('|'));
        QCOMPARE(darkColours.size(), 5);
        QCOMPARE(lightColours.size(), 5);
        // Dark page, light text and the reverse; literal blocks set off from the page in both.
        QVERIFY2(lightness(darkColours.at(0)) < 64 && lightness(darkColours.at(1)) > 180,
                 qPrintable(darkColours.join(u' ')));
        QVERIFY2(lightness(lightColours.at(0)) > 240 && lightness(lightColours.at(1)) < 80,
                 qPrintable(lightColours.join(u' ')));
        for (const QStringList &scheme : {darkColours, lightColours}) {
            QVERIFY2(scheme.at(2) != scheme.at(0), qPrintable(scheme.join(u' '))); // pre has its own background
            QVERIFY2(scheme.at(3) != scheme.at(0), qPrintable(scheme.join(u' '))); // table cells have borders
            QVERIFY2(scheme.at(4) != scheme.at(0), qPrintable(scheme.join(u' '))); // admonitions have a bar
        }
        for (int i = 0; i < 5; ++i) {
            QVERIFY2(darkColours.at(i) != lightColours.at(i), qPrintable(darkColours.at(i)));
        }
        // A readable measure, as on docs.openstack.org: the text column stops at about 45 em.
        QString measure;
        bool done = false;
        preview->page()->runJavaScript(
            QStringLiteral("(function(){var m=document.querySelector('main.document');var s=getComputedStyle(m);"
                           "return parseFloat(s.maxWidth)/parseFloat(s.fontSize);})()"),
            QWebEngineScript::ApplicationWorld, [&](const QVariant &v) {
                measure = v.toString();
                done = true;
            });
        QVERIFY(QTest::qWaitFor([&done] { return done; }, 10000));
        QVERIFY2(measure.toDouble() >= 35 && measure.toDouble() <= 55, qPrintable(measure));
    }

    // Code blocks in the preview are highlighted, in the editor's theme once the user picks one.
    void previewHighlightsCodeInTheEditorTheme()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("code.rst"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("=====\nTitle\n=====\n\n.. code-block:: json\n\n   {\"name\": \"value\"}\n");
        file.close();
        QSettings().remove(QStringLiteral("editor/theme")); // automatic, whatever an earlier run picked
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.document()->openFile(path));
        QTRY_VERIFY_WITH_TIMEOUT(window.previewRevision() == window.document()->revision(), 30000);
        PreviewView *preview = window.preview();
        const auto stringColor = [preview] {
            QString value;
            bool done = false;
            preview->page()->runJavaScript(
                QStringLiteral("(function(){var e=document.querySelector('pre code .hl-string');"
                               "return e ? getComputedStyle(e).color : '';})()"),
                QWebEngineScript::ApplicationWorld, [&](const QVariant &v) {
                    value = v.toString();
                    done = true;
                });
            return QTest::qWaitFor([&done] { return done; }, 10000) ? value : QString();
        };
        const auto rgb = [](const QString &css, const QString &theme) {
            // The colour the highlighter's style sheet gives strings in that theme.
            static const QRegularExpression rule(QStringLiteral("\\n\\.hl-string\\{color:(#[0-9a-f]{6})"));
            const QColor color(rule.match(css).captured(1));
            return color.isValid()
                       ? QStringLiteral("rgb(%1, %2, %3)").arg(color.red()).arg(color.green()).arg(color.blue())
                       : QStringLiteral("no string colour in %1").arg(theme);
        };
        const auto *highlighter = Specwright::Core::PluginManager::codeHighlighter();
        QVERIFY(highlighter);
        const QString light = rgb(highlighter->styleSheet(), QStringLiteral("default light"));
        QTRY_COMPARE_WITH_TIMEOUT(stringColor(), light, 20000);

        QAction *solarized = nullptr;
        for (QAction *action : window.findChildren<QAction *>()) {
            if (action->data().toString() == QLatin1String("Solarized Light")) {
                solarized = action;
            }
        }
        QVERIFY(solarized);
        solarized->trigger();
        QCOMPARE(preview->codeTheme(), QStringLiteral("Solarized Light"));
        const QString themed =
            rgb(highlighter->styleSheet(QStringLiteral("Solarized Light"), QStringLiteral("Solarized Light")),
                QStringLiteral("Solarized Light"));
        QVERIFY(themed != light);
        QTRY_COMPARE_WITH_TIMEOUT(stringColor(), themed, 20000);
        QSettings().remove(QStringLiteral("editor/theme"));
    }

    // Above the size limit the preview pauses with a notice instead of freezing; below it, it comes back.
    void previewPausesForHugeSpecs()
    {
        MainWindow window;
        window.resize(1200, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        PreviewView *preview = window.preview();
        const auto bodyText = [preview] {
            QString value;
            bool done = false;
            preview->page()->runJavaScript(QStringLiteral("document.body.innerText"),
                                           QWebEngineScript::ApplicationWorld, [&](const QVariant &v) {
                                               value = v.toString();
                                               done = true;
                                           });
            return QTest::qWaitFor([&done] { return done; }, 10000) ? value : QString();
        };
        const QString paragraph =
            QStringLiteral("A line of words that fills the spec up. ").repeated(20) + QLatin1String("\n\n");
        const QString huge = QStringLiteral("=====\nTitle\n=====\n\n") +
                             paragraph.repeated(int(MainWindow::PreviewSizeLimit / paragraph.size()) + 10);
        window.editor()->setPlainText(huge);
        QTRY_VERIFY_WITH_TIMEOUT(window.isPreviewPaused(), 60000 * SanitizerSlowdown);
        QTRY_VERIFY_WITH_TIMEOUT(bodyText().contains(QLatin1String("Preview paused")), 30000 * SanitizerSlowdown);
        QCOMPARE(window.validatedRevision(), window.document()->revision()); // checking went on
        window.editor()->setPlainText(QStringLiteral("=====\nTitle\n=====\n\nSmall again.\n"));
        QTRY_VERIFY_WITH_TIMEOUT(!window.isPreviewPaused(), 30000 * SanitizerSlowdown);
        QTRY_VERIFY_WITH_TIMEOUT(bodyText().contains(QLatin1String("Small again.")), 30000 * SanitizerSlowdown);
    }

    void exportPdfHoldsTheDocument()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("pdf.rst"));
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("================\nPortable Summary\n================\n\nThe exported paragraph text.\n");
        }
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.document()->openFile(path));
        QTRY_VERIFY_WITH_TIMEOUT(window.previewRevision() == window.document()->revision(), 30000);
        QTRY_VERIFY_WITH_TIMEOUT(window.preview()->pageLoads() > 1 || window.preview()->appliedUpdates() > 0, 30000);
        QTest::qWait(300);
        const QString pdf = dir.filePath(QStringLiteral("out.pdf"));
        QSignalSpy exported(window.exports(), &ExportActions::pdfExported);
        window.exports()->exportPdf(pdf);
        QTRY_VERIFY_WITH_TIMEOUT(!exported.isEmpty(), 60000);
        QVERIFY(exported.constFirst().at(1).toBool());
        QFile file(pdf);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.read(5).startsWith("%PDF"));
        QProcess text;
        text.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
        if (!text.waitForStarted(10000)) {
            QSKIP("pdftotext (poppler-utils) is not installed");
        }
        QVERIFY(text.waitForFinished(30000));
        const QString content = QString::fromUtf8(text.readAllStandardOutput());
        QVERIFY2(content.contains(QLatin1String("Portable Summary")), qPrintable(content));
        QVERIFY(content.contains(QLatin1String("The exported paragraph text.")));
    }

    void appScreenshotShowsEditorAndPreview()
    {
        QTemporaryDir dir;
        const QString shot = dir.filePath(QStringLiteral("window.png"));
        QProcess app;
        app.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        app.start(QStringLiteral(SPECWRIGHT_BIN_DIR "/specwright"),
                  {QStringLiteral("--screenshot"), shot,
                   QStringLiteral(SPECWRIGHT_SOURCE_DIR "/resources/examples/example-spec.rst")});
        QVERIFY(app.waitForFinished(120000));
        QCOMPARE(app.exitStatus(), QProcess::NormalExit);
        QCOMPARE(app.exitCode(), 0);
        QVERIFY(QString::fromUtf8(app.readAllStandardOutput()).contains(shot));

        const QImage image(shot);
        QVERIFY(!image.isNull());
        QVERIFY(image.width() >= 800);
        // Both halves of the window hold content: count distinct colours on each side.
        const auto distinctColours = [&image](int x0, int x1) {
            QSet<QRgb> colours;
            for (int y = image.height() / 5; y < image.height() * 4 / 5; y += 3) {
                for (int x = x0; x < x1; x += 3) {
                    colours.insert(image.pixel(x, y));
                }
            }
            return colours.size();
        };
        QVERIFY(distinctColours(0, image.width() / 2) > 20);            // highlighted source text
        QVERIFY(distinctColours(image.width() / 2, image.width()) > 5); // the preview page
    }
};

SPECWRIGHT_WIDGET_TEST_MAIN(AppWindowTest)
#include "appwindow_test.moc"
