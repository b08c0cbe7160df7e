// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The file life cycle on its own: a DocumentController over a bare editor, with no window around it.
#include "widgettesthelpers.h"

#include <core/document/recoveryjournal.h>
#include <widgets/documentcontroller.h>
#include <widgets/sourceeditor.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QWidget>

using Specwright::Core::RecoveryJournal;
using Specwright::Core::TextFile;
using Specwright::Tests::MessageBoxAnswerer;
using Specwright::Widgets::DocumentController;
using Specwright::Widgets::SourceEditor;

namespace {

const QByteArray Bom = "\xEF\xBB\xBF";
const QByteArray WindowsSpec = Bom + "=====\r\nTitle\r\n=====\r\n\r\nWindows text.\r\n";

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class DocumentControllerTest : public QObject
{
    Q_OBJECT

private:
    QString writeFile(const QString &name, const QByteArray &data)
    {
        const QString path = m_dir->filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size()) {
            qFatal("cannot write %s", qPrintable(path));
        }
        return path;
    }

    void appendText(const QString &text)
    {
        QTextCursor cursor(m_editor->document());
        cursor.movePosition(QTextCursor::End);
        cursor.insertText(text);
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QWidget> m_parent; ///< where the controller's dialogs open
    SourceEditor *m_editor = nullptr;
    std::unique_ptr<DocumentController> m_document;

private Q_SLOTS:
    void init()
    {
        QSettings().clear();
        QDir(RecoveryJournal::defaultDirectory()).removeRecursively();
        m_dir = std::make_unique<QTemporaryDir>();
        m_parent = std::make_unique<QWidget>();
        m_editor = new SourceEditor(m_parent.get());
        m_document = std::make_unique<DocumentController>(m_editor, m_parent.get());
    }

    void cleanup()
    {
        m_document.reset(); // before the editor it works on
        m_parent.reset();
    }

    void windowsLineEndingsAndBomSurviveASave()
    {
        const QString path = writeFile(QStringLiteral("windows.rst"), WindowsSpec);
        QSignalSpy titles(m_document.get(), &DocumentController::titleChanged);
        QSignalSpy recent(m_document.get(), &DocumentController::recentFilesChanged);
        QVERIFY(m_document->openFile(path));
        QCOMPARE(m_document->filePath(), QFileInfo(path).absoluteFilePath());
        QCOMPARE(m_document->lineEnding(), TextFile::LineEnding::Windows);
        QVERIFY(m_document->hasByteOrderMark());
        QVERIFY(!m_editor->toPlainText().contains(QLatin1Char('\r'))); // the editor only sees '\n'
        QCOMPARE(titles.last().first().toString(), QStringLiteral("windows.rst"));
        QCOMPARE(recent.last().first().toStringList(), QStringList{QFileInfo(path).absoluteFilePath()});

        appendText(QStringLiteral("\nAn edit.\n"));
        QVERIFY(m_document->isModified());
        QVERIFY(m_document->save());
        QVERIFY(!m_document->isModified());
        QCOMPARE(readFile(path), WindowsSpec + "\r\nAn edit.\r\n");
    }

    void convertingToUnixIsOneUndoStep()
    {
        const QString path = writeFile(QStringLiteral("windows.rst"), WindowsSpec);
        QVERIFY(m_document->openFile(path));
        QSignalSpy endings(m_document.get(), &DocumentController::lineEndingChanged);
        const quint64 before = m_document->revision();

        QVERIFY(m_document->convertToUnixLineEndings());
        QVERIFY(!m_document->convertToUnixLineEndings()); // nothing left to convert
        QCOMPARE(endings.size(), 1);
        QCOMPARE(endings.last().at(0).value<TextFile::LineEnding>(), TextFile::LineEnding::Unix);
        QCOMPARE(endings.last().at(1).toULongLong(), before + 1);
        QCOMPARE(m_document->revision(), before + 1);
        QVERIFY(m_document->isModified());
        QVERIFY(m_document->save());
        QByteArray lf = WindowsSpec;
        QCOMPARE(readFile(path), lf.replace("\r\n", "\n")); // the BOM stays

        m_editor->undo();
        QCOMPARE(m_document->lineEnding(), TextFile::LineEnding::Windows);
        QCOMPARE(endings.size(), 2);
        QVERIFY(m_document->revision() > before + 1); // a new revision (undo also reports a content change)
        QVERIFY(m_document->textAsWritten().contains(QLatin1String("Title\r\n")));
        QVERIFY(m_document->save());
        QCOMPARE(readFile(path), WindowsSpec);
    }

    void eachEditIsARevision()
    {
        QSignalSpy edits(m_document.get(), &DocumentController::textChanged);
        const quint64 start = m_document->revision();
        for (const QString &word : {QStringLiteral("one"), QStringLiteral(" two"), QStringLiteral(" three")}) {
            appendText(word);
        }
        QCOMPARE(m_document->revision(), start + 3);
        QCOMPARE(edits.size(), 3);
        QCOMPARE(edits.at(0).first().toULongLong(), start + 1);
        QCOMPARE(edits.at(2).first().toULongLong(), start + 3);
    }

    void aPiecewiseLoadIsOneRevision()
    {
        const QByteArray paragraph =
            QByteArray("Words of a large spec that fill a line up nicely.\n").repeated(5) + "\n";
        const QByteArray large =
            "=====\nTitle\n=====\n\n" +
            paragraph.repeated(int(DocumentController::IncrementalLoadSize / paragraph.size()) + 10);
        const QString path = writeFile(QStringLiteral("large.rst"), large);
        QSignalSpy finished(m_document.get(), &DocumentController::loadFinished);
        QSignalSpy replaced(m_document.get(), &DocumentController::documentReplaced);
        QVERIFY(m_document->openFile(path));
        QVERIFY(m_document->isLoading());
        QVERIFY(!m_document->isModified()); // what is in the editor so far is what is on disk
        const quint64 loading = m_document->revision();
        QSignalSpy edits(m_document.get(), &DocumentController::textChanged);

        QVERIFY(finished.wait(60000 * Specwright::Tests::SanitizerSlowdown));
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.first().first().toBool(), true);
        QVERIFY(!m_document->isLoading());
        QCOMPARE(edits.size(), 0); // the pieces going in are no edits
        QCOMPARE(m_document->revision(), loading + 1);
        QCOMPARE(replaced.size(), 1);
        QCOMPARE(replaced.first().first().toULongLong(), loading + 1);
        QCOMPARE(m_editor->document()->characterCount(), large.size() + 1);
        QVERIFY(!m_document->isModified());

        appendText(QStringLiteral("More."));
        QCOMPARE(m_document->revision(), loading + 2);
        QCOMPARE(edits.size(), 1);
    }

    // A document in use does not give way to a recovered one: the controller asks for another
    // window instead of making one itself.
    void recoveryBesideAnOpenFileAsksForANewWindow()
    {
        {
            RecoveryJournal crashed;
            QCOMPARE(crashed.write(QString(), QStringLiteral("Untitled draft")), QString());
        }
        const QString path = writeFile(QStringLiteral("open.rst"), "Title\n=====\n");
        QVERIFY(m_document->openFile(path));
        QSignalSpy needsWindow(m_document.get(), &DocumentController::recoveryNeedsNewWindow);
        {
            MessageBoxAnswerer answerer(QMessageBox::Yes);
            m_document->offerRecovery();
            QCOMPARE(answerer.count(), 1);
        }
        QCOMPARE(needsWindow.size(), 1);
        QCOMPARE(m_editor->toPlainText(), QStringLiteral("Title\n=====\n")); // untouched
        const auto orphan = needsWindow.first().first().value<RecoveryJournal::Orphan>();
        QCOMPARE(orphan.text, QStringLiteral("Untitled draft"));

        // Another controller (the new window's) takes it in.
        auto *editor = new SourceEditor(m_parent.get());
        DocumentController other(editor, m_parent.get());
        QVERIFY(other.recover(orphan));
        QCOMPARE(editor->toPlainText(), QStringLiteral("Untitled draft"));
        QVERIFY(other.isModified());
        QVERIFY(RecoveryJournal::orphans().isEmpty());
        MessageBoxAnswerer discard(QMessageBox::Discard); // "Save changes?"
        QVERIFY(QFile::exists(other.journalPath()));      // journaled again, by the new owner
        QVERIFY(other.prepareToClose());                  // the window closes, discarding the changes
        QCOMPARE(discard.count(), 1);
        QVERIFY(!QFile::exists(other.journalPath())); // nothing to recover next time
    }

    // Closing a recovered document with Discard deletes its journal at once, not when the window
    // closes: the user threw the text away, and a crash before then must not offer it again.
    void discardingARecoveredDocumentDropsItsJournal()
    {
        {
            RecoveryJournal crashed;
            QCOMPARE(crashed.write(QString(), QStringLiteral("Untitled draft")), QString());
        }
        const QList<RecoveryJournal::Orphan> orphans = RecoveryJournal::orphans();
        QCOMPARE(orphans.size(), 1);
        QVERIFY(m_document->recover(orphans.constFirst()));
        const QString journal = m_document->journalPath();
        QVERIFY(QFile::exists(journal));
        MessageBoxAnswerer discard(QMessageBox::Discard); // "Save changes?"
        QVERIFY(m_document->closeDocument());
        QCOMPARE(discard.count(), 1);
        QVERIFY(!QFile::exists(journal));
        QVERIFY(RecoveryJournal::orphans().isEmpty());
    }
};

SPECWRIGHT_WIDGET_TEST_MAIN(DocumentControllerTest)
#include "documentcontroller_test.moc"
