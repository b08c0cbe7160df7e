// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Autosave journal and crash recovery: a real editor process is killed with SIGKILL, and the next
// start recovers what was typed up to the last journal write.
#include "widgettesthelpers.h"

#include <core/document/recoveryjournal.h>
#include <core/document/textfile.h>
#include <widgets/mainwindow.h>
#include <widgets/sourceeditor.h>

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSettings>
#include <QTemporaryDir>

#include <cstdio>

using Specwright::Core::RecoveryJournal;
using Specwright::Tests::MessageBoxAnswerer;
using Specwright::Widgets::MainWindow;

namespace {

const char ChildVariable[] = "SPECWRIGHT_RECOVERY_CHILD_FILE";
const QString Typed = QStringLiteral("Words typed just before the crash.");

void clearRecoveryFolder()
{
    QDir(RecoveryJournal::defaultDirectory()).removeRecursively();
}

} // namespace

class RecoveryTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        QSettings().clear();
        QSettings().setValue(QStringLiteral("recovery/interval"), 200);
        if (!qEnvironmentVariableIsSet(ChildVariable)) {
            clearRecoveryFolder();
        }
    }

    // Run by killedEditorIsRecovered() in a child process: open, type, wait to be killed.
    void editorChild()
    {
        const QString path = qEnvironmentVariable(ChildVariable);
        if (path.isEmpty()) {
            QSKIP("only runs as the child of killedEditorIsRecovered()");
        }
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.document()->openFile(path));
        window.editor()->moveCursor(QTextCursor::End);
        QTest::keyClicks(window.editor(), Typed);
        // The timer journals on its own; tell the parent once the typed words are on disk.
        QTRY_VERIFY_WITH_TIMEOUT(
            !window.document()->journalPath().isEmpty() && QFile::exists(window.document()->journalPath()), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(QFile(window.document()->journalPath()).open(QIODevice::ReadOnly), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                QFile journal(window.document()->journalPath());
                return journal.open(QIODevice::ReadOnly) && journal.readAll().contains(Typed.toUtf8());
            }(),
            10000);
        std::printf("JOURNALED\n");
        std::fflush(stdout);
        QTest::qWait(60000); // killed long before this ends
    }

    void killedEditorIsRecovered()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("spec.rst"));
        const QByteArray original = "=====\nTitle\n=====\n\nSaved text.\n";
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly) && file.write(original) == original.size());
        file.close();

        QProcess child;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QString::fromLatin1(ChildVariable), path);
        child.setProcessEnvironment(environment);
        child.setProcessChannelMode(QProcess::MergedChannels);
        child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("editorChild")});
        QVERIFY(child.waitForStarted(10000));
        QByteArray output;
        QTRY_VERIFY_WITH_TIMEOUT(
            (output += child.readAll()).contains("JOURNALED") || child.state() == QProcess::NotRunning, 60000);
        QVERIFY2(output.contains("JOURNALED"), output.constData());
        QCOMPARE(child.state(), QProcess::Running);
        child.kill(); // SIGKILL: no close event, no clean-up
        QVERIFY(child.waitForFinished(10000));
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);

        // The user's file is untouched; the journal has the typed words.
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), original);
        file.close();
        const QList<RecoveryJournal::Orphan> orphans = RecoveryJournal::orphans();
        QCOMPARE(orphans.size(), 1);
        QCOMPARE(orphans.first().documentPath, QFileInfo(path).absoluteFilePath());

        // The next start offers it; Recover puts the text back as unsaved changes.
        MainWindow window;
        {
            MessageBoxAnswerer answerer(QMessageBox::Yes);
            window.document()->offerRecovery();
            QCOMPARE(answerer.count(), 1);
            QVERIFY(answerer.texts().first().contains(QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath())));
        }
        QCOMPARE(window.document()->filePath(), QFileInfo(path).absoluteFilePath());
        QCOMPARE(window.editor()->toPlainText(), QString::fromUtf8(original) + Typed);
        QVERIFY(window.document()->isModified());
        QCOMPARE(RecoveryJournal::orphans().size(), 0); // now journaled by this window
        QVERIFY(QFile::exists(window.document()->journalPath()));

        // Saving ends the journal.
        QVERIFY(window.document()->save());
        QVERIFY(!QFile::exists(window.document()->journalPath()));
    }

    void discardDeletesTheJournal()
    {
        {
            RecoveryJournal crashed;
            QCOMPARE(crashed.write(QString(), QStringLiteral("Untitled draft")), QString());
        }
        QCOMPARE(RecoveryJournal::orphans().size(), 1);
        MainWindow window;
        MessageBoxAnswerer answerer(QMessageBox::Discard);
        window.document()->offerRecovery();
        QCOMPARE(answerer.count(), 1);
        QVERIFY(answerer.texts().first().contains(QLatin1String("untitled")));
        QCOMPARE(RecoveryJournal::orphans().size(), 0);
        QVERIFY(window.editor()->toPlainText().isEmpty());
        QVERIFY(!window.document()->isModified());
    }

    void journalFollowsTheBufferAndEndsOnClose()
    {
        MainWindow window;
        QCOMPARE(window.document()->journalInterval(), 200);
        window.editor()->insertPlainText(QStringLiteral("first"));
        QVERIFY(window.document()->journalNow());
        const QString journal = window.document()->journalPath();
        QVERIFY(QFile::exists(journal));
        // Never the user's file: untitled text has only the journal.
        QVERIFY(journal.startsWith(RecoveryJournal::defaultDirectory()));
        window.editor()->insertPlainText(QStringLiteral(" second"));
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                QFile f(journal);
                return f.open(QIODevice::ReadOnly) && f.readAll().endsWith("first second");
            }(),
            5000);
        MessageBoxAnswerer answerer(QMessageBox::Discard); // "Save changes?" → Discard
        QVERIFY(window.close());
        QVERIFY(!QFile::exists(journal));
        QCOMPARE(RecoveryJournal::orphans().size(), 0);
    }

    // The timer's write runs off the GUI thread; a save, a close or journalNow() waits for a write in
    // flight, so the journal never comes back after the text was saved.
    void backgroundJournalNeverOutlivesTheSave_data()
    {
        QTest::addColumn<bool>("waitForTheWrite");
        QTest::newRow("saved while the write is in flight") << false;
        QTest::newRow("saved after the write") << true;
    }

    void backgroundJournalNeverOutlivesTheSave()
    {
        QFETCH(bool, waitForTheWrite);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("spec.rst"));
        QVERIFY(Specwright::Core::TextFile::write(path, QStringLiteral("Title\n=====\n")).isEmpty());
        MainWindow window;
        QVERIFY(window.document()->openFile(path));
        window.editor()->moveCursor(QTextCursor::End);
        window.editor()->insertPlainText(Typed);
        window.document()->journalInBackground();
        const auto journaled = [&window] {
            QFile journal(window.document()->journalPath());
            return journal.open(QIODevice::ReadOnly) && journal.readAll().contains(Typed.toUtf8());
        };
        if (waitForTheWrite) {
            QTRY_VERIFY_WITH_TIMEOUT(journaled(), 5000);
        }
        QVERIFY(window.document()->save());
        QVERIFY(!QFile::exists(window.document()->journalPath()));
        QTest::qWait(300); // a write that outlived the save would show up by now
        QVERIFY(!QFile::exists(window.document()->journalPath()));
        QCOMPARE(RecoveryJournal::orphans().size(), 0);
        // The next change is journaled again.
        window.editor()->insertPlainText(QStringLiteral(" More."));
        window.document()->journalInBackground();
        QTRY_VERIFY_WITH_TIMEOUT(journaled(), 5000);
    }
};

SPECWRIGHT_WIDGET_TEST_MAIN(RecoveryTest)
#include "recovery_test.moc"
