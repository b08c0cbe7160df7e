// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Opening a 50 MB spec in the real window: how long until the text is in the editor and until it
// is checked, and the longest time the window went without handling events (a 5 ms timer records
// the gaps) while it loaded and afterwards. Prints the figures.
#include "../widgets/webenginetestsetup.h"
#include "testconfig.h"

#include <core/document/textfile.h>
#include <widgets/mainwindow.h>
#include <widgets/sourceeditor.h>

#include <QApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <algorithm>
#include <cstdio>

using namespace Specwright;

int main(int argc, char **argv)
{
    Tests::prepareForWebEngine();
    QApplication app(argc, argv);
    const QString example =
        Core::TextFile::read(QStringLiteral(SPECWRIGHT_SOURCE_DIR "/resources/examples/example-spec.rst")).text();
    // SPECWRIGHT_OPEN_BENCH_FILE=spec.rst: open that file instead of the 50 MB concatenation.
    const QString chosen = qEnvironmentVariable("SPECWRIGHT_OPEN_BENCH_FILE");
    const QString text = chosen.isEmpty() ? example.repeated(qsizetype(50) * 1024 * 1024 / example.size())
                                          : Core::TextFile::read(chosen).text();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("huge.rst"));
    if (!Core::TextFile::write(path, text).isEmpty()) {
        return 2;
    }
    Widgets::MainWindow window;
    window.resize(1400, 900);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window)) {
        return 2;
    }
    QTest::qWait(500);

    QElapsedTimer clock;
    qint64 last = 0;
    qint64 longestWhileLoading = 0;
    qint64 longestAfter = 0;
    qint64 loaded = -1;
    QTimer probe;
    probe.setInterval(5);
    QObject::connect(&probe, &QTimer::timeout, [&] {
        const qint64 now = clock.elapsed();
        qint64 &longest = loaded < 0 ? longestWhileLoading : longestAfter;
        longest = std::max(longest, now - last);
        last = now;
    });
    QObject::connect(window.document(), &Widgets::DocumentController::loadFinished, [&] { loaded = clock.elapsed(); });
    clock.start();
    probe.start();
    if (!window.document()->openFile(path)) {
        return 2;
    }
    const qint64 openReturned = clock.elapsed();
    longestWhileLoading = std::max(longestWhileLoading, openReturned - last); // openFile() itself
    last = openReturned;
    if (!QTest::qWaitFor(
            [&] { return !window.isLoading() && window.validatedRevision() == window.document()->revision(); },
            300000)) {
        std::fprintf(stderr, "the spec was not loaded and checked in time\n");
        return 2;
    }
    const qint64 checked = clock.elapsed();
    probe.stop();
    const bool same = window.editor()->toPlainText() == text;
    // SPECWRIGHT_OPEN_BENCH_SCREENSHOT=file.png: the window scrolled to the middle of the spec, to look at.
    const QString screenshot = qEnvironmentVariable("SPECWRIGHT_OPEN_BENCH_SCREENSHOT");
    if (!screenshot.isEmpty()) {
        window.editor()->goToLine(window.editor()->document()->blockCount() / 2);
        QTest::qWait(1000);
        window.grab().save(screenshot);
    }
    std::printf("open %.2f MB spec (%d lines): openFile() returned after %lld ms; text in the editor after "
                "%lld ms; checked after %lld ms\n",
                double(text.size()) / (1024 * 1024), window.editor()->document()->blockCount(), openReturned, loaded,
                checked);
    std::printf("longest time without handling events: %lld ms while loading, %lld ms after it\n", longestWhileLoading,
                longestAfter);
    std::printf("editor text identical to the file: %s\n", same ? "yes" : "NO");
    return same ? 0 : 1;
}
