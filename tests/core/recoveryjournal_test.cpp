// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The autosave journal and the line diff shown by "Compare".
#include <core/document/linediff.h>
#include <core/document/recoveryjournal.h>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using Specwright::Core::LineDiff;
using Specwright::Core::RecoveryJournal;

class RecoveryJournalTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void orphanAfterTheEditorIsGone_data()
    {
        QTest::addColumn<QString>("documentPath");
        QTest::addColumn<QString>("text");
        QTest::newRow("nominal: a spec") << QStringLiteral("/home/me/specs/x.rst")
                                         << QStringLiteral("=====\nTitle\n=====\n\nUnsaved words.\n");
        QTest::newRow("nominal: untitled") << QString() << QStringLiteral("Draft");
        QTest::newRow("edge: non-ASCII, CRLF and no final newline")
            << QStringLiteral("/tmp/ü.rst") << QStringLiteral("Caf\u00e9 \u2014 \U0001F600\r\nline");
        QTest::newRow("edge: empty text") << QStringLiteral("/tmp/empty.rst") << QString();
    }

    void orphanAfterTheEditorIsGone()
    {
        QFETCH(QString, documentPath);
        QFETCH(QString, text);
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("recovery"));
        {
            RecoveryJournal journal(folder);
            QCOMPARE(journal.write(documentPath, QStringLiteral("older text")), QString());
            QCOMPARE(journal.write(documentPath, text), QString());
            QVERIFY(journal.hasJournal());
            // While its editor runs, a journal is nobody's orphan.
            QCOMPARE(RecoveryJournal::orphans(folder).size(), 0);
        } // the editor ends without discarding: a crash, as far as the journal knows
        const QList<RecoveryJournal::Orphan> orphans = RecoveryJournal::orphans(folder);
        QCOMPARE(orphans.size(), 1);
        QCOMPARE(orphans.first().documentPath, documentPath);
        QCOMPARE(orphans.first().text, text);
        QVERIFY(qAbs(orphans.first().savedAt.secsTo(QDateTime::currentDateTimeUtc())) < 60);
        QVERIFY(RecoveryJournal::remove(orphans.first()));
        QCOMPARE(RecoveryJournal::orphans(folder).size(), 0);
        QCOMPARE(QDir(folder).entryList(QDir::Files).size(), 0);
    }

    void discardLeavesNothing()
    {
        QTemporaryDir dir;
        {
            RecoveryJournal journal(dir.path());
            QCOMPARE(journal.write(QStringLiteral("/a.rst"), QStringLiteral("text")), QString());
            QVERIFY(QFile::exists(journal.journalPath()));
            journal.discard();
            QVERIFY(!journal.hasJournal());
            QVERIFY(!QFile::exists(journal.journalPath()));
        }
        QCOMPARE(RecoveryJournal::orphans(dir.path()).size(), 0);
    }

    void oldestFirstAndForeignFilesLeftAlone()
    {
        QTemporaryDir dir;
        {
            RecoveryJournal first(dir.path());
            QCOMPARE(first.write(QStringLiteral("/first.rst"), QStringLiteral("1")), QString());
            QTest::qWait(20);
            RecoveryJournal second(dir.path());
            QCOMPARE(second.write(QStringLiteral("/second.rst"), QStringLiteral("2")), QString());
        }
        QFile foreign(QDir(dir.path()).filePath(QStringLiteral("cut-short.journal")));
        QVERIFY(foreign.open(QIODevice::WriteOnly));
        foreign.write("specwright-journal 1\n{\"path\":"); // no end of header: not readable as a journal
        foreign.close();
        const QList<RecoveryJournal::Orphan> orphans = RecoveryJournal::orphans(dir.path());
        QCOMPARE(orphans.size(), 2);
        QCOMPARE(orphans.at(0).documentPath, QStringLiteral("/first.rst"));
        QCOMPARE(orphans.at(1).documentPath, QStringLiteral("/second.rst"));
        QVERIFY(foreign.exists()); // skipped, not deleted
    }

    void failedWriteSaysWhy()
    {
        QTemporaryDir dir;
        RecoveryJournal journal(dir.path());
        QVERIFY(QDir().mkpath(journal.journalPath())); // a folder where the journal should go
        const QString error = journal.write(QStringLiteral("/a.rst"), QStringLiteral("text"));
        QVERIFY(error.contains(journal.journalPath()));
        QVERIFY(!journal.hasJournal());
    }

    void unifiedDiff_data()
    {
        QTest::addColumn<QString>("before");
        QTest::addColumn<QString>("after");
        QTest::addColumn<int>("context");
        QTest::addColumn<QString>("expected");
        QTest::newRow("nominal: one changed line")
            << QStringLiteral("a\nb\nc\nd\ne") << QStringLiteral("a\nb\nX\nd\ne") << 1
            << QStringLiteral("--- disk\n+++ journal\n@@ -2,3 +2,3 @@\n b\n-c\n+X\n d\n");
        QTest::newRow("nominal: added lines at the end")
            << QStringLiteral("a\nb") << QStringLiteral("a\nb\nc\nd") << 3
            << QStringLiteral("--- disk\n+++ journal\n@@ -1,2 +1,4 @@\n a\n b\n+c\n+d\n");
        QTest::newRow("nominal: two hunks far apart")
            << QStringLiteral("1\n2\n3\n4\n5\n6\n7\n8\n9") << QStringLiteral("x\n2\n3\n4\n5\n6\n7\n8\ny") << 1
            << QStringLiteral("--- disk\n+++ journal\n@@ -1,2 +1,2 @@\n-1\n+x\n 2\n@@ -8,2 +8,2 @@\n 8\n-9\n+y\n");
        QTest::newRow("nominal: removed line")
            << QStringLiteral("a\nb\nc") << QStringLiteral("a\nc") << 3
            << QStringLiteral("--- disk\n+++ journal\n@@ -1,3 +1,2 @@\n a\n-b\n c\n");
        QTest::newRow("edge: equal texts") << QStringLiteral("same") << QStringLiteral("same") << 3 << QString();
        // An empty file has no lines: nothing removed, as diff -u and git show a new file.
        QTest::newRow("edge: from nothing") << QString() << QStringLiteral("new") << 3
                                            << QStringLiteral("--- disk\n+++ journal\n@@ -0,0 +1,1 @@\n+new\n");
        QTest::newRow("edge: from nothing, lines ending in newlines")
            << QString() << QStringLiteral("one\ntwo\n") << 3
            << QStringLiteral("--- disk\n+++ journal\n@@ -0,0 +1,2 @@\n+one\n+two\n");
    }

    void unifiedDiff()
    {
        QFETCH(QString, before);
        QFETCH(QString, after);
        QFETCH(int, context);
        QFETCH(QString, expected);
        QCOMPARE(LineDiff::unified(before, after, QStringLiteral("disk"), QStringLiteral("journal"), context),
                 expected);
    }

    void largeDiffStaysCorrect()
    {
        // Past the size where the line-by-line alignment is computed, the middle is replaced as a whole.
        QStringList before;
        QStringList after;
        for (int i = 0; i < 3000; ++i) {
            before.append(QStringLiteral("old %1").arg(i));
            after.append(QStringLiteral("new %1").arg(i));
        }
        const QString diff = LineDiff::unified(before.join(QLatin1Char('\n')), after.join(QLatin1Char('\n')),
                                               QStringLiteral("a"), QStringLiteral("b"));
        QCOMPARE(diff.count(QLatin1String("\n-old ")), 3000);
        QCOMPARE(diff.count(QLatin1String("\n+new ")), 3000);
    }
};

QTEST_GUILESS_MAIN(RecoveryJournalTest)
#include "recoveryjournal_test.moc"
