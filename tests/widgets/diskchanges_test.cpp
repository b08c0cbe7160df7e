// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The open file changing under the editor, and saves that fail for real.
#include "widgettesthelpers.h"

#include <widgets/mainwindow.h>
#include <widgets/sourceeditor.h>

#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <csignal>
#include <sys/resource.h>

using Specwright::Tests::MessageBoxAnswerer;
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
        QVERIFY(window.openFile(m_path));
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
        QVERIFY(!window.isModified());
        QCOMPARE(answerer.count(), 0);
        // And it keeps watching: a second change is seen too.
        writeFile(m_path, Original);
        QTRY_COMPARE_WITH_TIMEOUT(window.editor()->toPlainText(), QString::fromUtf8(Original), 10000);
    }

    // A large spec changed on disk goes back in piece by piece, the window live, the view kept.
    void largeSpecReloadsInPieces()
    {
        const QByteArray paragraph =
            QByteArray("Words of a large spec that fill a line up nicely.\n").repeated(5) + "\n";
        const QByteArray large =
            QByteArray(Original) + paragraph.repeated(int(MainWindow::IncrementalLoadSize / paragraph.size()) + 10);
        writeFile(m_path, large);
        MainWindow window;
        window.resize(800, 600);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openFile(m_path));
        QTRY_VERIFY_WITH_TIMEOUT(!window.isLoading(), 120000);
        window.editor()->goToLine(20000);
        const int line = window.editor()->textCursor().blockNumber();
        QSignalSpy finished(&window, &MainWindow::loadFinished);
        writeFile(m_path, large + "Appended by another program.\n");
        QTRY_VERIFY_WITH_TIMEOUT(window.isLoading(), 10000); // reloading, not frozen
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 120000);
        QVERIFY(finished.constFirst().constFirst().toBool());
        QVERIFY(window.editor()->toPlainText().endsWith(QLatin1String("Appended by another program.\n")));
        QVERIFY(!window.isModified());
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
        QVERIFY(window.openFile(m_path));
        window.editor()->moveCursor(QTextCursor::Start);
        window.editor()->insertPlainText(QStringLiteral("Mine. "));
        MessageBoxAnswerer answerer{QMessageBox::StandardButton(answer)};
        writeFile(m_path, Theirs);
        QTRY_COMPARE_WITH_TIMEOUT(answerer.count(), 1, 10000);
        QVERIFY(answerer.texts().first().contains(QLatin1String("spec.rst was changed by another program")));
        QCOMPARE(window.editor()->toPlainText(), expectedText);
        QCOMPARE(window.isModified(), expectedModified);
        // The same change on disk does not ask twice.
        window.checkDiskFile();
        QCOMPARE(answerer.count(), 1);
    }

    void deletedFileKeepsTheBuffer()
    {
        MainWindow window;
        QVERIFY(window.openFile(m_path));
        QVERIFY(QFile::remove(m_path));
        QTRY_VERIFY_WITH_TIMEOUT(!window.isOnDisk(), 10000);
        QCOMPARE(window.editor()->toPlainText(), QString::fromUtf8(Original));
        QVERIFY(window.isModified()); // closing now asks to save the only copy
        QVERIFY(window.windowTitle().contains(QLatin1String("deleted from disk")));
        // Saving puts it back.
        QVERIFY(window.save());
        QCOMPARE(readFile(m_path), Original);
        QVERIFY(window.isOnDisk());
        QVERIFY(!window.windowTitle().contains(QLatin1String("deleted")));
    }

    void ownSaveDoesNotAsk()
    {
        MainWindow window;
        QVERIFY(window.openFile(m_path));
        window.editor()->moveCursor(QTextCursor::End);
        window.editor()->insertPlainText(QStringLiteral("More.\n"));
        MessageBoxAnswerer answerer(QMessageBox::Yes);
        QVERIFY(window.save());
        QTest::qWait(500); // the watcher's events for our own write come and go
        QCOMPARE(answerer.count(), 0);
        QVERIFY(!window.isModified());
    }

    // A write that fails for real (the file-size limit, as on a full disk): the error is shown,
    // the old file stays whole and the buffer stays modified.
    void failedSaveKeepsEverything()
    {
        MainWindow window;
        QVERIFY(window.openFile(m_path));
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
            MessageBoxAnswerer answerer(QMessageBox::Ok);
            saved = window.save();
            message = answerer.texts().value(0);
        }
        setrlimit(RLIMIT_FSIZE, &previous);
        std::signal(SIGXFSZ, oldHandler);
        QVERIFY(!saved);
        QVERIFY2(message.contains(QLatin1String("could not be saved: File too large")), qPrintable(message));
        QCOMPARE(readFile(m_path), Original);
        QVERIFY(window.isModified());
        QVERIFY(window.save()); // with room again, it saves
        QCOMPARE(readFile(m_path).size(), Original.size() + 64 * 1024);
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
};

SPECWRIGHT_WIDGET_TEST_MAIN(DiskChangesTest)
#include "diskchanges_test.moc"
