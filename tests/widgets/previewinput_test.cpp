// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The real main window on a real display, driven as a person drives it: wheel, keys and scroll
// bars on the preview and on the editor with scroll synchronisation on, and double-clicks on
// words in the preview.
#include "testconfig.h"
#include "widgettesthelpers.h"

#include <widgets/mainwindow.h>
#include <widgets/previewview.h>
#include <widgets/sourceeditor.h>

#include <QAction>
#include <QFile>
#include <QProcess>
#include <QScrollBar>
#include <QStandardPaths>
#include <QStyleOptionSlider>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QWebEnginePage>
#include <QWebEngineScript>
#include <QWheelEvent>

#include <algorithm>

using Specwright::Tests::SanitizerSlowdown;
using Specwright::Widgets::MainWindow;
using Specwright::Widgets::PreviewView;

namespace {

enum class Input {
    WheelNotch,    ///< one notch of the mouse wheel, four times, each followed by a pause
    WheelSpin,     ///< ten notches in quick succession
    PageDown,      ///< the PageDown key, three times
    ArrowKeys,     ///< the Down key, sixty times in quick succession (the editor's cursor)
    ScrollBarDrag, ///< the scroll bar's handle dragged down
    XServerWheel   ///< one notch of the wheel through the X server (xdotool), four times: what a mouse does
};

/** One notch of the wheel down at \a at, through the X server (the pointer moved there first when \a move). */
bool xWheelDown(const QString &xdotool, QPoint at, bool move)
{
    // (Moving the pointer where it already is makes "mousemove --sync" wait for motion that never comes.)
    if (move && QProcess::execute(xdotool, {QStringLiteral("mousemove"), QStringLiteral("--sync"),
                                            QString::number(at.x()), QString::number(at.y())}) != 0) {
        return false;
    }
    return QProcess::execute(xdotool, {QStringLiteral("click"), QStringLiteral("5")}) == 0;
}

// The example spec four times over: long enough to scroll.
QString writeLongSpec(const QTemporaryDir &dir)
{
    QFile source(QStringLiteral(SPECWRIGHT_SOURCE_DIR "/resources/examples/example-spec.rst"));
    const QString path = dir.filePath(QStringLiteral("long.rst"));
    QFile file(path);
    if (!source.open(QIODevice::ReadOnly) || !file.open(QIODevice::WriteOnly) ||
        file.write(source.readAll().repeated(4)) < 0) {
        return {};
    }
    return path;
}

QVariant evaluate(PreviewView *preview, const QString &script)
{
    QVariant value;
    bool done = false;
    preview->page()->runJavaScript(script, QWebEngineScript::ApplicationWorld, [&](const QVariant &result) {
        value = result;
        done = true;
    });
    return QTest::qWaitFor([&done] { return done; }, 10000 * SanitizerSlowdown) ? value : QVariant();
}

// The (fractional) source line at the top of the preview once it has settled, interpolated between
// the blocks' data-source-line anchors the way the preview does it. Measured here, by the test:
// the preview's own answer (sourceLineAtTop) is part of what is tested.
double previewTopLine(PreviewView *preview)
{
    const QVariant line = evaluate(preview, QStringLiteral(R"((function() {
  var elements = document.querySelectorAll('[data-source-line]'), y = window.scrollY + 8, before = null, after = null;
  for (var i = 0; i < elements.length; ++i) {
    var a = {line: +elements[i].getAttribute('data-source-line'),
             top: elements[i].getBoundingClientRect().top + window.scrollY};
    if (a.top <= y) { if (!before || a.top >= before.top) before = a; }
    else if (!after || a.top < after.top) after = a;
  }
  if (before && after && after.top > before.top)
    return before.line + (after.line - before.line) * (y - before.top) / (after.top - before.top);
  return before ? before.line : 1;
})())"));
    return line.isValid() ? line.toDouble() : -1.0;
}

// A turn of the mouse wheel by \a notches (positive: down the page), as the window system delivers it.
void wheel(QWidget *target, const QPoint &position, int notches)
{
    QWheelEvent event(position, target->mapToGlobal(position), QPoint(), QPoint(0, -120 * notches), Qt::NoButton,
                      Qt::NoModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(target, &event);
}

// Drags from \a from down by \a distance pixels in small steps, the left button held.
void drag(QWidget *target, const QPoint &from, int distance)
{
    QTest::mousePress(target, Qt::LeftButton, {}, from);
    for (int moved = 10; moved <= distance; moved += 10) {
        QTest::mouseMove(target, from + QPoint(0, moved));
        QTest::qWait(15);
    }
    QTest::mouseRelease(target, Qt::LeftButton, {}, from + QPoint(0, distance));
}

// The window on the long spec, synchronised scrolling on, the preview showing it.
struct Fixture
{
    QTemporaryDir dir;
    MainWindow window;

    bool open()
    {
        const QString path = writeLongSpec(dir);
        window.resize(1200, 800);
        window.show();
        if (!QTest::qWaitForWindowExposed(&window) || path.isEmpty() || !window.document()->openFile(path)) {
            return false;
        }
        auto *sync = window.findChild<QAction *>(QStringLiteral("actionSyncScrolling"));
        if (!sync) {
            return false;
        }
        sync->setChecked(true);
        window.activateWindow();
        PreviewView *preview = window.preview();
        return QTest::qWaitForWindowActive(&window) &&
               QTest::qWaitFor([&] { return window.previewRevision() == window.document()->revision(); },
                               30000 * SanitizerSlowdown) &&
               QTest::qWaitFor(
                   [&] {
                       return evaluate(preview, QStringLiteral("!!document.body && document.body.scrollHeight > 5000"))
                                  .toBool() &&
                              previewTopLine(preview) >= 1;
                   },
                   30000 * SanitizerSlowdown);
    }
    PreviewView *preview() { return window.preview(); }
    // Chromium renders into, and takes its input from, the view's focus proxy.
    QWidget *surface() { return preview()->focusProxy() ? preview()->focusProxy() : preview(); }
    QScrollBar *editorScroll() { return window.editor()->verticalScrollBar(); }
    int editorTopLine() { return editorScroll()->value() + 1; }
    double pageScrollY() { return evaluate(preview(), QStringLiteral("window.scrollY")).toDouble(); }
    // Neither pane moves any more (a smooth scroll's animation has ended, the other pane followed).
    bool settled()
    {
        const double page = pageScrollY();
        const int editor = editorScroll()->value();
        QTest::qWait(200);
        return pageScrollY() == page && editorScroll()->value() == editor;
    }
    // Both panes show the same source line at their tops, within \a lines.
    QString outOfStep(double lines)
    {
        const double previewTop = previewTopLine(preview());
        return qAbs(editorTopLine() - previewTop) < lines
                   ? QString()
                   : QStringLiteral("editor at line %1, preview at %2").arg(editorTopLine()).arg(previewTop);
    }
};

QString joined(const QList<int> &values)
{
    QStringList texts;
    for (const int value : values) {
        texts.append(QString::number(value));
    }
    return texts.join(QLatin1Char(' '));
}

// Where the handle of \a bar is, in its own coordinates.
QRect sliderRect(QScrollBar *bar)
{
    QStyleOptionSlider option;
    option.initFrom(bar);
    option.subControls = QStyle::SC_None;
    option.activeSubControls = QStyle::SC_None;
    option.orientation = bar->orientation();
    option.minimum = bar->minimum();
    option.maximum = bar->maximum();
    option.sliderPosition = bar->sliderPosition();
    option.sliderValue = bar->value();
    option.singleStep = bar->singleStep();
    option.pageStep = bar->pageStep();
    option.upsideDown = bar->invertedAppearance();
    return bar->style()->subControlRect(QStyle::CC_ScrollBar, &option, QStyle::SC_ScrollBarSlider, bar);
}

} // namespace

Q_DECLARE_METATYPE(Input)

class PreviewInputTest : public QObject
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

    // Wheel, keys and the scroll bar on the preview bring the editor along: the same source line at
    // both tops, the editor only ever moving the way the page goes, nothing moving once it settled.
    void previewInputMovesTheEditor_data()
    {
        QTest::addColumn<Input>("input");
        QTest::newRow("wheel: one notch at a time") << Input::WheelNotch;
        QTest::newRow("wheel: a quick spin") << Input::WheelSpin;
        QTest::newRow("keys: PageDown") << Input::PageDown;
        QTest::newRow("scroll bar: drag the handle") << Input::ScrollBarDrag;
        // Through the X server, as a mouse scrolls: the page then reports its new position before its
        // script sees it (events sent to the widget never showed that).
        QTest::newRow("wheel through the X server") << Input::XServerWheel;
    }

    void previewInputMovesTheEditor()
    {
        QFETCH(Input, input);
        Fixture f;
        QVERIFY(f.open());
        QWidget *surface = f.surface();
        QList<int> editorTops;
        connect(f.editorScroll(), &QScrollBar::valueChanged, this,
                [&editorTops](int value) { editorTops.append(value); });
        const QPoint middle(surface->width() / 2, surface->height() / 2);
        const auto wheelNotches = [&](int notches) {
            for (int i = 0; i < notches; ++i) {
                wheel(surface, middle, 1);
            }
        };
        const QString xdotool = QStandardPaths::findExecutable(QStringLiteral("xdotool"));
        if (input == Input::XServerWheel && xdotool.isEmpty()) {
            QSKIP("xdotool is not installed (packaging/debian-build-deps.txt lists it)");
        }
        const int steps = input == Input::WheelNotch || input == Input::XServerWheel ? 4
                          : input == Input::PageDown                                 ? 3
                                                                                     : 1;
        for (int step = 0; step < steps; ++step) {
            const double scrolledBefore = f.pageScrollY();
            switch (input) {
            case Input::WheelNotch:
                wheelNotches(1);
                break;
            case Input::WheelSpin:
                wheelNotches(10);
                break;
            case Input::PageDown:
                if (step == 0) { // focus the page: a click into its right margin, away from links
                    QTest::mouseClick(surface, Qt::LeftButton, {}, QPoint(surface->width() - 40, middle.y()));
                }
                QTest::keyClick(surface, Qt::Key_PageDown);
                break;
            case Input::ArrowKeys:
                break;
            case Input::XServerWheel:
                QVERIFY(xWheelDown(xdotool, surface->mapToGlobal(middle), step == 0));
                break;
            case Input::ScrollBarDrag: {
                // Chromium draws the page's scroll bar at its right edge: its handle starts at the top.
                const int x = surface->width() - 6;
                drag(surface, QPoint(x, 24), 200);
                break;
            }
            }
            QTRY_VERIFY_WITH_TIMEOUT(f.pageScrollY() > scrolledBefore + 20, 10000 * SanitizerSlowdown);
            QTRY_VERIFY_WITH_TIMEOUT(f.settled(), 10000 * SanitizerSlowdown);
            const QString outOfStep = f.outOfStep(2);
            QVERIFY2(outOfStep.isEmpty(), qPrintable(QStringLiteral("step %1: ").arg(step) + outOfStep));
        }
        QVERIFY(f.editorTopLine() > 10);
        // The editor went down with the page and never back.
        QVERIFY2(std::is_sorted(editorTops.cbegin(), editorTops.cend()), qPrintable(joined(editorTops)));
        // No feedback loop: things stay where they settled.
        const int editorTop = f.editorScroll()->value();
        const double pageTop = f.pageScrollY();
        QTest::qWait(500);
        QCOMPARE(f.editorScroll()->value(), editorTop);
        QCOMPARE(f.pageScrollY(), pageTop);
    }

    // The other way: wheel, keys, cursor keys and the scroll bar on the editor bring the preview
    // along, and the preview following never pulls the editor back.
    void editorInputMovesThePreview_data()
    {
        QTest::addColumn<Input>("input");
        QTest::newRow("wheel: one notch at a time") << Input::WheelNotch;
        QTest::newRow("wheel: a quick spin") << Input::WheelSpin;
        QTest::newRow("keys: PageDown") << Input::PageDown;
        QTest::newRow("keys: the cursor down, quickly") << Input::ArrowKeys;
        QTest::newRow("scroll bar: drag the handle") << Input::ScrollBarDrag;
        QTest::newRow("wheel through the X server") << Input::XServerWheel;
    }

    void editorInputMovesThePreview()
    {
        QFETCH(Input, input);
        Fixture f;
        QVERIFY(f.open());
        Specwright::Widgets::SourceEditor *editor = f.window.editor();
        // Start where the preview has blocks both above and below (the spec opens with a comment,
        // which the preview does not show).
        editor->setFocus();
        editor->setTextCursor(QTextCursor(editor->document()->findBlockByNumber(19)));
        f.editorScroll()->setValue(19);
        QTRY_VERIFY_WITH_TIMEOUT(qAbs(previewTopLine(f.preview()) - 20) < 3, 10000 * SanitizerSlowdown);
        QList<int> editorTops;
        connect(f.editorScroll(), &QScrollBar::valueChanged, this,
                [&editorTops](int value) { editorTops.append(value); });
        QWidget *viewport = editor->viewport();
        const QPoint middle(viewport->width() / 2, viewport->height() / 2);
        const QString xdotool = QStandardPaths::findExecutable(QStringLiteral("xdotool"));
        if (input == Input::XServerWheel && xdotool.isEmpty()) {
            QSKIP("xdotool is not installed (packaging/debian-build-deps.txt lists it)");
        }
        const int steps = input == Input::WheelNotch || input == Input::XServerWheel ? 4 : 1;
        for (int step = 0; step < steps; ++step) {
            const int topBefore = f.editorTopLine();
            switch (input) {
            case Input::WheelNotch:
                wheel(viewport, middle, 1);
                break;
            case Input::XServerWheel:
                QVERIFY(xWheelDown(xdotool, viewport->mapToGlobal(middle), step == 0));
                break;
            case Input::WheelSpin:
                for (int i = 0; i < 10; ++i) {
                    wheel(viewport, middle, 1);
                    QTest::qWait(10);
                }
                break;
            case Input::PageDown:
                for (int i = 0; i < 3; ++i) {
                    QTest::keyClick(editor, Qt::Key_PageDown);
                    QTest::qWait(10);
                }
                break;
            case Input::ArrowKeys:
                for (int i = 0; i < 100; ++i) {
                    QTest::keyClick(editor, Qt::Key_Down);
                    QTest::qWait(15);
                }
                break;
            case Input::ScrollBarDrag: {
                QScrollBar *bar = f.editorScroll();
                drag(bar, sliderRect(bar).center(), 150);
                break;
            }
            }
            // (Input through the X server arrives a moment later.)
            QTRY_VERIFY_WITH_TIMEOUT(f.editorTopLine() > topBefore, 5000 * SanitizerSlowdown);
            QTRY_VERIFY_WITH_TIMEOUT(f.settled(), 10000 * SanitizerSlowdown);
            const QString outOfStep = f.outOfStep(3);
            QVERIFY2(outOfStep.isEmpty(), qPrintable(QStringLiteral("step %1: ").arg(step) + outOfStep));
        }
        // The editor only ever went down: the preview following it did not pull it back.
        QVERIFY2(std::is_sorted(editorTops.cbegin(), editorTops.cend()), qPrintable(joined(editorTops)));
        const int editorTop = f.editorScroll()->value();
        const double pageTop = f.pageScrollY();
        QTest::qWait(500);
        QCOMPARE(f.editorScroll()->value(), editorTop);
        QCOMPARE(f.pageScrollY(), pageTop);
    }

    // A double-click on a word in the preview selects that word in the editor: the same occurrence
    // of it, where markup makes the source differ from what the preview shows.
    void doubleClickSelectsTheWord_data()
    {
        QTest::addColumn<int>("block");      ///< the block's data-source-line
        QTest::addColumn<QString>("word");   ///< the word double-clicked
        QTest::addColumn<int>("occurrence"); ///< which of its occurrences in the block, 0-based
        QTest::addColumn<int>("line");       ///< where the editor selects it, 1-based
        QTest::addColumn<int>("column");
        QTest::newRow("plain: a word") << 5 << QStringLiteral("names") << 0 << 5 << 20;
        QTest::newRow("plain: the second of three") << 5 << QStringLiteral("spec") << 1 << 5 << 42;
        QTest::newRow("markup: a strong word") << 5 << QStringLiteral("spec") << 2 << 5 << 53;
        QTest::newRow("markup: a link's text") << 7 << QStringLiteral("guide") << 0 << 7 << 9;
        QTest::newRow("markup: after a link, not in its URL") << 7 << QStringLiteral("guide") << 1 << 7 << 58;
        QTest::newRow("markup: after an inline literal") << 9 << QStringLiteral("code") << 1 << 9 << 28;
        QTest::newRow("nominal: a paragraph's second line") << 10 << QStringLiteral("idea") << 1 << 11 << 9;
    }

    void doubleClickSelectsTheWord()
    {
        QFETCH(int, block);
        QFETCH(QString, word);
        QFETCH(int, occurrence);
        QFETCH(int, line);
        QFETCH(int, column);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("words.rst"));
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("=====\nTitle\n=====\n\n"
                       "The first paragraph names the spec twice: spec and **spec** too.\n\n"
                       "See `the guide <https://example.org/guide>`_ and read the guide again.\n\n"
                       "- An item with ``code`` and code.\n"
                       "- A second item with an *idea*\n"
                       "  and an idea on its second line.\n");
        }
        MainWindow window;
        window.resize(1200, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.document()->openFile(path));
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTRY_VERIFY_WITH_TIMEOUT(window.previewRevision() == window.document()->revision(), 30000 * SanitizerSlowdown);
        PreviewView *preview = window.preview();
        QWidget *surface = preview->focusProxy() ? preview->focusProxy() : preview;
        // Where the word is on screen: the innermost element of the block, the occurrence-th whole word.
        const QString locate = QStringLiteral(R"((function(line, word, occurrence) {
  var blocks = document.querySelectorAll('[data-source-line="' + line + '"]');
  if (!blocks.length) return null;
  var walker = document.createTreeWalker(blocks[blocks.length - 1], NodeFilter.SHOW_TEXT);
  var isWord = function(c) { return c !== undefined && /^[\p{L}\p{M}\p{N}]$/u.test(c); };
  for (var t = walker.nextNode(); t; t = walker.nextNode()) {
    for (var at = t.data.indexOf(word); at >= 0; at = t.data.indexOf(word, at + 1)) {
      if (isWord(t.data[at - 1]) || isWord(t.data[at + word.length])) continue;
      if (occurrence-- > 0) continue;
      var range = document.createRange();
      range.setStart(t, at);
      range.setEnd(t, at + word.length);
      var r = range.getBoundingClientRect();
      return [r.left + r.width / 2, r.top + r.height / 2];
    }
  }
  return null;
})(%1, '%2', %3))")
                                   .arg(block)
                                   .arg(word)
                                   .arg(occurrence);
        QVariantList centre;
        QTRY_VERIFY_WITH_TIMEOUT((centre = evaluate(preview, locate).toList()).size() == 2, 30000 * SanitizerSlowdown);
        const QPoint point(qRound(centre.at(0).toDouble()), qRound(centre.at(1).toDouble()));
        QVERIFY(surface->rect().contains(point));
        QTest::mouseDClick(surface, Qt::LeftButton, {}, point);
        Specwright::Widgets::SourceEditor *editor = window.editor();
        QTRY_COMPARE_WITH_TIMEOUT(editor->textCursor().selectedText(), word, 10000 * SanitizerSlowdown);
        const QTextCursor cursor = editor->textCursor();
        const QTextBlock start = editor->document()->findBlock(cursor.selectionStart());
        QCOMPARE(start.blockNumber() + 1, line);
        QCOMPARE(cursor.selectionStart() - start.position(), column);
        QVERIFY(editor->hasFocus());
    }
};

SPECWRIGHT_WIDGET_TEST_MAIN(PreviewInputTest)
#include "previewinput_test.moc"
