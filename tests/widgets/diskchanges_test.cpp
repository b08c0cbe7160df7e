// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The open file changing under the editor, and saves that fail for real.
#include "widgettesthelpers.h"

#include <widgets/mainwindow.h>
#include <widgets/sourceeditor.h>

#include <QDialog>
#include <QFile>
#include <QPlainTextEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QWindow>

#include <csignal>
#include <functional>
#include <sys/resource.h>

using Specwright::Tests::MessageBoxAnswerer;
using Specwright::Widgets::DocumentController;
using Specwright::Widgets::MainWindow;

namespace {

void writeFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size()) {
        qFatal("cannot write %s", qPrintable(path));
    }
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

const QByteArray Original = "=====\nTitle\n=====\n\nOriginal text.\n";
const QByteArray Theirs = "=====\nTitle\n=====\n\nChanged by another program.\n";
const QByteArray ChangedAgain = "=====\nTitle\n=====\n\nChanged again while the question was open.\n";

// A spec just above DocumentController::IncrementalLoadSize: it goes into the editor in pieces.
QByteArray largeSpec()
{
    const QByteArray paragraph = QByteArray("Words of a large spec that fill a line up nicely.\n").repeated(5) + "\n";
    return QByteArray(Original) +
           paragraph.repeated(int(DocumentController::IncrementalLoadSize / paragraph.size()) + 10);
}

// The editor's last line (the text ends with a newline): cheap to look at while polling a large spec.
QString lastLine(const MainWindow &window)
{
    return window.editor()->document()->lastBlock().previous().text();
}

/**
 * Answers message boxes one by one, like MessageBoxAnswerer, but each answer may first run \a before
 * (another program writing the file while the question is open). Boxes past the last step get the last
 * step's button. A Compare diff dialog is closed and its text kept in diffs().
 */
class ScriptedAnswerer final : public QObject
{
public:
    struct Step
    {
        QMessageBox::StandardButton button;
        std::function<void()> before;
    };

    explicit ScriptedAnswerer(QList<Step> steps)
        : m_steps(std::move(steps))
    {
        connect(&m_timer, &QTimer::timeout, this, &ScriptedAnswerer::poll);
        m_timer.start(20);
    }

    int count() const { return m_texts.size(); }
    QStringList texts() const { return m_texts; }
    QStringList diffs() const { return m_diffs; }

private:
    void poll()
    {
        QWidget *modal = QApplication::activeModalWidget();
        if (!modal || modal == m_last) {
            return;
        }
        m_last = modal;
        auto *box = qobject_cast<QMessageBox *>(modal);
        if (!box) {
            if (auto *view = modal->findChild<QPlainTextEdit *>(); view && qobject_cast<QDialog *>(modal)) {
                m_diffs.append(view->toPlainText());
                static_cast<QDialog *>(modal)->reject();
            }
            return;
        }
        m_texts.append(box->text());
        const Step step = m_steps.value(qMin(m_texts.size(), m_steps.size()) - 1);
        if (step.before) {
            step.before(); // may run the event loop: m_last keeps this box from being answered twice
        }
        box->button(step.button)->click();
    }

    QList<Step> m_steps;
    QTimer m_timer;
    QPointer<QWidget> m_last;
    QStringList m_texts;
    QStringList m_diffs;
};

} // namespace

class DiskChangesTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        QSettings().clear();
        m_dir = std::make_unique<QTemporaryDir>();
        m_path = m_dir->filePath(QStringLiteral("spec.rst"));
        writeFile(m_path, Original);
    }

    // How another program replaces the file: in place, or by renaming a new file over it.
    void unmodifiedBufferReloadsSilently_data()
    {
        QTest::addColumn<bool>("byRename");
        QTest::newRow("nominal: written in place") << false;
        QTest::newRow("nominal: renamed over (new inode)") << true;
    }

    void unmodifiedBufferReloadsSilently()
    {
        QFETCH(bool, byRename);
        MainWindow window;
        QVERIFY(window.document()->openFile(m_path));
        MessageBoxAnswerer answerer(QMessageBox::Yes);
        if (byRename) {
            const QString temporary = m_dir->filePath(QStringLiteral(".spec.rst.new"));
            writeFile(temporary, Theirs);
            QVERIFY(QFile::remove(m_path));
            QVERIFY(QFile::rename(temporary, m_path));
        } else {
            writeFile(m_path, Theirs);
        }
        QTRY_COMPARE_WITH_TIMEOUT(window.editor()->toPlainText(), QString::fromUtf8(Theirs), 10000);
        QVERIFY(!window.document()->isModified());
        QCOMPARE(answerer.count(), 0);
        // And it keeps watching: a second change is seen too.
        writeFile(m_path, Original);
        QTRY_COMPARE_WITH_TIMEOUT(window.editor()->toPlainText(), QString::fromUtf8(Original), 10000);
    }

    // A large spec changed on disk goes back in piece by piece, the window live, the view kept.
    void largeSpecReloadsInPieces()
    {
        const QByteArray large = largeSpec();
        writeFile(m_path, large);
        MainWindow window;
        window.resize(800, 600);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.document()->openFile(m_path));
        QTRY_VERIFY_WITH_TIMEOUT(!window.isLoading(), 120000);
        window.editor()->goToLine(20000);
        const int line = window.editor()->textCursor().blockNumber();
        QSignalSpy finished(window.document(), &DocumentController::loadFinished);
        writeFile(m_path, large + "Appended by another program.\n");
        QTRY_VERIFY_WITH_TIMEOUT(window.isLoading(), 10000); // reloading, not frozen
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 120000);
        QVERIFY(finished.constFirst().constFirst().toBool());
        QVERIFY(window.editor()->toPlainText().endsWith(QLatin1String("Appended by another program.\n")));
        QVERIFY(!window.document()->isModified());
        QCOMPARE(window.editor()->textCursor().blockNumber(), line);
    }

    void modifiedBufferAsks_data()
    {
        QTest::addColumn<int>("answer");
        QTest::addColumn<QString>("expectedText");
        QTest::addColumn<bool>("expectedModified");
        QTest::newRow("nominal: keep mine")
            << int(QMessageBox::No) << QStringLiteral("Mine. ") + QString::fromUtf8(Original) << true;
        QTest::newRow("nominal: reload") << int(QMessageBox::Yes) << QString::fromUtf8(Theirs) << false;
    }

    void modifiedBufferAsks()
    {
        QFETCH(int, answer);
        QFETCH(QString, expectedText);
        QFETCH(bool, expectedModified);
        MainWindow window;
        QVERIFY(window.document()->openFile(m_path));
        window.editor()->moveCursor(QTextCursor::Start);
        window.editor()->insertPlainText(QStringLiteral("Mine. "));
        MessageBoxAnswerer answerer{QMessageBox::StandardButton(answer)};
        writeFile(m_path, Theirs);
        QTRY_COMPARE_WITH_TIMEOUT(answerer.count(), 1, 10000);
        QVERIFY(answerer.texts().first().contains(QLatin1String("spec.rst was changed by another program")));
        QCOMPARE(window.editor()->toPlainText(), expectedText);
        QCOMPARE(window.document()->isModified(), expectedModified);
        // The same change on disk does not ask twice.
        window.document()->checkDiskFile();
        QCOMPARE(answerer.count(), 1);
    }

    // Attack: with unsaved edits, another program writes the file in two halves; the question opens on
    // the first half and the second lands before the answer. Reload must load the file as it is then,
    // or the next save cuts the file to its first half.
    void reloadReadsTheFileWhenAnswered()
    {
        const QByteArray whole = "=====\nTitle\n=====\n\nFirst half of the new text.\nSecond half of it.\n";
        const QByteArray half = whole.left(whole.indexOf("Second"));
        MainWindow window;
        QVERIFY(window.document()->openFile(m_path));
        window.editor()->moveCursor(QTextCursor::Start);
        window.editor()->insertPlainText(QStringLiteral("Mine. "));
        ScriptedAnswerer answerer({{QMessageBox::Yes, [&] { writeFile(m_path, whole); }}});
        writeFile(m_path, half);
        QTRY_COMPARE_WITH_TIMEOUT(answerer.count(), 1, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(window.editor()->toPlainText(), QString::fromUtf8(whole), 10000);
        QVERIFY(!window.document()->isModified());
        window.editor()->moveCursor(QTextCursor::End);
        window.editor()->insertPlainText(QStringLiteral("More.\n"));
        QVERIFY(window.document()->save());
        QCOMPARE(readFile(m_path), whole + "More.\n");
        QCOMPARE(answerer.count(), 1);
    }

    // Compare shows the file as it is when clicked, not as it was when the question opened.
    void compareShowsTheFileWhenClicked()
    {
        MainWindow window;
        QVERIFY(window.document()->openFile(m_path));
        window.editor()->moveCursor(QTextCursor::Start);
        window.editor()->insertPlainText(QStringLiteral("Mine. "));
        ScriptedAnswerer answerer(
            {{QMessageBox::Open, [&] { writeFile(m_path, ChangedAgain); }}, {QMessageBox::No, {}}});
        writeFile(m_path, Theirs);
        QTRY_COMPARE_WITH_TIMEOUT(answerer.count(), 2, 10000);
        QCOMPARE(answerer.diffs().size(), 1);
        QVERIFY2(answerer.diffs().constFirst().contains(QLatin1String("+Changed again while the question was open.")),
                 qPrintable(answerer.diffs().constFirst()));
        QVERIFY(!answerer.diffs().constFirst().contains(QLatin1String("Changed by another program")));
    }

    // Attack: the file changes again while the question is open, and the window's own check of that
    // change comes and goes during the question. Reload loads the newest text; Keep Mine asks again
    // about the version the user has not seen, then records it as what is on disk.
    void changeWhileAskingIsNotLost_data()
    {
        QTest::addColumn<int>("answer");
        QTest::newRow("attack: keep mine") << int(QMessageBox::No);
        QTest::newRow("attack: reload") << int(QMessageBox::Yes);
    }

    void changeWhileAskingIsNotLost()
    {
        QFETCH(int, answer);
        MainWindow window;
        QVERIFY(window.document()->openFile(m_path));
        window.editor()->moveCursor(QTextCursor::Start);
        window.editor()->insertPlainText(QStringLiteral("Mine. "));
        const auto writeAgain = [&] {
            writeFile(m_path, ChangedAgain);
            QTest::qWait(500); // the watcher's events for it reach the window while it asks
        };
        ScriptedAnswerer answerer(
            {{QMessageBox::StandardButton(answer), writeAgain}, {QMessageBox::StandardButton(answer), {}}});
        writeFile(m_path, Theirs);
        if (answer == QMessageBox::Yes) {
            QTRY_COMPARE_WITH_TIMEOUT(window.editor()->toPlainText(), QString::fromUtf8(ChangedAgain), 10000);
            QVERIFY(!window.document()->isModified());
            QCOMPARE(answerer.count(), 1);
            return;
        }
        QTRY_COMPARE_WITH_TIMEOUT(answerer.count(), 2, 10000);
        QVERIFY2(answerer.texts().at(1).contains(QLatin1String("spec.rst was changed by another program again")),
                 qPrintable(answerer.texts().at(1)));
        QCOMPARE(window.editor()->toPlainText(), QStringLiteral("Mine. ") + QString::fromUtf8(Original));
        QVERIFY(window.document()->isModified());
        // The second Keep Mine recorded the newest text: looking again does not ask, a new change does.
        window.document()->checkDiskFile();
        QCOMPARE(answerer.count(), 2);
        writeFile(m_path, Theirs);
        QTRY_COMPARE_WITH_TIMEOUT(answerer.count(), 3, 10000);
    }

    // Attack: the file changes again while Reload puts a large spec back in pieces (the window does not
    // look at the disk meanwhile). Once the reload is in, the newer text is noticed and, the buffer now
    // being unmodified, reloaded silently.
    void changeDuringReloadIsNotLost()
    {
        const QByteArray large = largeSpec();
        writeFile(m_path, large);
        MainWindow window;
        window.resize(800, 600);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.document()->openFile(m_path));
        QTRY_VERIFY_WITH_TIMEOUT(!window.isLoading(), 120000);
        window.editor()->moveCursor(QTextCursor::Start);
        window.editor()->insertPlainText(QStringLiteral("Mine. "));
        QSignalSpy finished(window.document(), &DocumentController::loadFinished);
        MessageBoxAnswerer answerer(QMessageBox::Yes);
        writeFile(m_path, large + "Second.\n");
        QTRY_VERIFY_WITH_TIMEOUT(window.isLoading(), 10000);
        writeFile(m_path, large + "Third.\n"); // while the reload goes in
        QTRY_VERIFY_WITH_TIMEOUT(finished.size() >= 2 && !window.isLoading(), 60000);
        QCOMPARE(lastLine(window), QStringLiteral("Third."));
        QVERIFY(!window.document()->isModified());
        QCOMPARE(answerer.count(), 1);
    }

    // Attack: with an unmodified buffer, another program rewrites the file as Latin-1. The window must
    // say so (where the bad byte is), keep the text, mark it as differing from disk, and never save over
    // the file without asking.
    void fileNoLongerUtf8_data()
    {
        QTest::addColumn<int>("answer");
        QTest::newRow("attack: save, cancel") << int(QMessageBox::Cancel);
        QTest::newRow("attack: save, overwrite") << int(QMessageBox::Save);
    }

    void fileNoLongerUtf8()
    {
        QFETCH(int, answer);
        const QByteArray latin1 = "=====\nTitle\n=====\n\nCaf\xe9 au lait.\n";
        MainWindow window;
        QVERIFY(window.document()->openFile(m_path));
        MessageBoxAnswerer answerer{QMessageBox::StandardButton(answer)};
        writeFile(m_path, latin1);
        QTRY_VERIFY_WITH_TIMEOUT(window.document()->isModified(), 10000);
        const QString message = window.statusBar()->currentMessage();
        QVERIFY2(message.contains(QLatin1String("no longer valid UTF-8")) &&
                     message.contains(QLatin1String("line 5, column 4")),
                 qPrintable(message));
        QCOMPARE(window.editor()->toPlainText(), QString::fromUtf8(Original));
        QVERIFY(window.isWindowModified());
        QVERIFY(window.windowTitle().contains(QLatin1String("not UTF-8 on disk")));
        QCOMPARE(answerer.count(), 0); // a notice, not a question
        const bool saved = window.document()->save();
        QCOMPARE(answerer.count(), 1);
        QVERIFY2(answerer.texts().constFirst().contains(QLatin1String("no longer valid UTF-8")) &&
                     answerer.texts().constFirst().contains(QLatin1String("Overwrite it with your text?")),
                 qPrintable(answerer.texts().constFirst()));
        if (answer == QMessageBox::Cancel) {
            QVERIFY(!saved);
            QCOMPARE(readFile(m_path), latin1);
            QVERIFY(window.document()->isModified());
            return;
        }
        QVERIFY(saved);
        QCOMPARE(readFile(m_path), Original);
        QVERIFY(!window.document()->isModified());
        QVERIFY(!window.windowTitle().contains(QLatin1String("UTF-8")));
    }

    // Saving re-reads the file even when the watcher never reported the change.
    void saveAsksEvenWhenTheChangeWentUnseen()
    {
        MainWindow window;
        QVERIFY(window.document()->openFile(m_path));
        window.editor()->moveCursor(QTextCursor::End);
        window.editor()->insertPlainText(QStringLiteral("More.\n"));
        const QByteArray binary = QByteArray::fromHex("7f454c46020101000000"); // an ELF header, NUL at byte 8
        writeFile(m_path, binary);
        MessageBoxAnswerer answerer(QMessageBox::Cancel);
        QVERIFY(!window.document()->save()); // at once: before the watcher's events are handled
        QCOMPARE(answerer.count(), 1);
        QVERIFY(answerer.texts().constFirst().contains(QLatin1String("line 1, column 8")));
        QCOMPARE(readFile(m_path), binary);
    }

    // A file that is valid again (a half-written character completed, or converted back) clears the
    // state: an unmodified buffer is unmodified again and takes the new text silently.
    void fileValidAgainClearsTheState()
    {
        MainWindow window;
        QVERIFY(window.document()->openFile(m_path));
        writeFile(m_path, "=====\nTitle\n=====\n\nCaf\xc3");
        QTRY_VERIFY_WITH_TIMEOUT(window.document()->isModified(), 10000);
        const QByteArray fixed = "=====\nTitle\n=====\n\nCaf\xc3\xa9.\n";
        writeFile(m_path, fixed);
        QTRY_COMPARE_WITH_TIMEOUT(window.editor()->toPlainText(), QString::fromUtf8(fixed), 10000);
        QVERIFY(!window.document()->isModified());
        QVERIFY(!window.windowTitle().contains(QLatin1String("UTF-8")));
    }

    // While a large spec goes into the editor, the title never shows the unsaved-changes marker: what is
    // in the editor is what is on disk.
    void titleUnmarkedWhileLoading()
    {
        writeFile(m_path, largeSpec());
        MainWindow window;
        window.resize(800, 600);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QStringList markedTitles; // every title the window system was given while loading
        const auto titles =
            connect(window.windowHandle(), &QWindow::windowTitleChanged, this, [&](const QString &title) {
                if (window.isLoading() && title.contains(QLatin1Char('*'))) {
                    markedTitles.append(title);
                }
            });
        int samples = 0;
        bool marked = false;
        QTimer sampler; // once per turn of the event loop
        connect(&sampler, &QTimer::timeout, this, [&] {
            if (window.isLoading()) {
                ++samples;
                marked = marked || window.isWindowModified() || window.document()->isModified() ||
                         window.windowHandle()->title().contains(QLatin1Char('*'));
            }
        });
        sampler.start(0);
        QSignalSpy finished(window.document(), &DocumentController::loadFinished);
        QVERIFY(window.document()->openFile(m_path));
        QVERIFY(window.isLoading());
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 120000);
        disconnect(titles);
        QVERIFY2(samples >= 3, qPrintable(QString::number(samples)));
        QVERIFY(!marked);
        QVERIFY2(markedTitles.isEmpty(), qPrintable(markedTitles.join(QLatin1Char('\n'))));
        QVERIFY(!window.isWindowModified());
    }

    void deletedFileKeepsTheBuffer()
    {
        MainWindow window;
        QVERIFY(window.document()->openFile(m_path));
        QVERIFY(QFile::remove(m_path));
        QTRY_VERIFY_WITH_TIMEOUT(!window.document()->isOnDisk(), 10000);
        QCOMPARE(window.editor()->toPlainText(), QString::fromUtf8(Original));
        QVERIFY(window.document()->isModified()); // closing now asks to save the only copy
        QVERIFY(window.windowTitle().contains(QLatin1String("deleted from disk")));
        // Saving puts it back.
        QVERIFY(window.document()->save());
        QCOMPARE(readFile(m_path), Original);
        QVERIFY(window.document()->isOnDisk());
        QVERIFY(!window.windowTitle().contains(QLatin1String("deleted")));
    }

    void ownSaveDoesNotAsk()
    {
        MainWindow window;
        QVERIFY(window.document()->openFile(m_path));
        window.editor()->moveCursor(QTextCursor::End);
        window.editor()->insertPlainText(QStringLiteral("More.\n"));
        MessageBoxAnswerer answerer(QMessageBox::Yes);
        QVERIFY(window.document()->save());
        QTest::qWait(500); // the watcher's events for our own write come and go
        QCOMPARE(answerer.count(), 0);
        QVERIFY(!window.document()->isModified());
    }

    // A write that fails for real (the file-size limit, as on a full disk): the error is shown,
    // the old file stays whole and the buffer stays modified.
    void failedSaveKeepsEverything()
    {
        MainWindow window;
        QVERIFY(window.document()->openFile(m_path));
        window.editor()->moveCursor(QTextCursor::End);
        window.editor()->insertPlainText(QString(64 * 1024, QLatin1Char('x')));
        rlimit previous{};
        QCOMPARE(getrlimit(RLIMIT_FSIZE, &previous), 0);
        const auto oldHandler = std::signal(SIGXFSZ, SIG_IGN); // EFBIG instead of a signal
        rlimit limited = previous;
        limited.rlim_cur = 4096;
        QCOMPARE(setrlimit(RLIMIT_FSIZE, &limited), 0);
        bool saved = true;
        QString message;
        {
            MessageBoxAnswerer answerer(QMessageBox::Cancel); // not Save As…: the disk is full
            saved = window.document()->save();
            message = answerer.texts().value(0);
        }
        setrlimit(RLIMIT_FSIZE, &previous);
        std::signal(SIGXFSZ, oldHandler);
        QVERIFY(!saved);
        QVERIFY2(message.contains(QLatin1String("could not be saved: File too large")), qPrintable(message));
        QCOMPARE(readFile(m_path), Original);
        QVERIFY(window.document()->isModified());
        QVERIFY(window.document()->save()); // with room again, it saves
        QCOMPARE(readFile(m_path).size(), Original.size() + 64 * 1024);
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
};

SPECWRIGHT_WIDGET_TEST_MAIN(DiskChangesTest)
#include "diskchanges_test.moc"
