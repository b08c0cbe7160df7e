// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "testconfig.h"
#include "widgettesthelpers.h"

#include <core/plugin/pluginmanager.h>
#include <core/validate/builtintemplates.h>
#include <widgets/checkmenu.h>
#include <widgets/exportactions.h>
#include <widgets/exportforreviewdialog.h>
#include <widgets/mainwindow.h>
#include <widgets/pluginsdialog.h>
#include <widgets/previewview.h>
#include <widgets/repositorybrowserdock.h>
#include <widgets/sourceeditor.h>

#include <QElapsedTimer>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QProcess>
#include <QProgressDialog>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QSplitter>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QTextLayout>
#include <QTimer>
#include <QTreeView>
#include <QTreeWidget>

using Specwright::Core::BuiltinTemplates;
using Specwright::Tests::MessageBoxAnswerer;
using Specwright::Widgets::DocumentController;
using Specwright::Widgets::ExportActions;
using Specwright::Widgets::ExportForReviewDialog;
using Specwright::Widgets::MainWindow;
using Specwright::Widgets::PluginsDialog;
using Specwright::Widgets::SourceEditor;

using Specwright::Tests::SanitizerSlowdown;

class MainWindowTest : public QObject
{
    Q_OBJECT

private:
    QString writeBytes(const QString &name, const QByteArray &data)
    {
        const QString path = m_dir->filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size()) {
            qFatal("cannot write test file");
        }
        return path;
    }

    static QByteArray readAll(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    std::unique_ptr<QTemporaryDir> m_dir;

private Q_SLOTS:
    void init()
    {
        QSettings().clear();
        m_dir = std::make_unique<QTemporaryDir>();
    }

    void startsUntitled()
    {
        MainWindow window;
        QVERIFY(window.document()->filePath().isEmpty());
        QVERIFY(window.editor()->toPlainText().isEmpty());
        QCOMPARE(window.windowTitle(), QStringLiteral("Untitled[*] — Specwright"));
        QVERIFY(!window.isWindowModified());
    }

    void openShowsFileAndTitle()
    {
        const QString path = writeBytes(QStringLiteral("my-spec.rst"), "Title\n=====\n\nText.\n");
        MainWindow window;
        QVERIFY(window.document()->openFile(path));
        QCOMPARE(window.editor()->toPlainText(), QStringLiteral("Title\n=====\n\nText.\n"));
        QCOMPARE(window.document()->filePath(), path);
        QCOMPARE(window.windowTitle(), QStringLiteral("my-spec.rst[*] — Specwright"));
        QVERIFY(!window.isWindowModified());
        QTest::keyClicks(window.editor(), QStringLiteral("x"));
        QVERIFY(window.isWindowModified());
        QVERIFY(window.document()->isModified());
    }

    void badInputLeavesDocumentUntouched_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("binary file") << QStringLiteral("binary") << QStringLiteral("not a text file");
        QTest::newRow("invalid UTF-8") << QStringLiteral("latin1") << QStringLiteral("not valid UTF-8");
        QTest::newRow("missing path") << QStringLiteral("missing") << QStringLiteral("does not exist");
        QTest::newRow("folder") << QStringLiteral("folder") << QStringLiteral("is a folder");
    }

    void badInputLeavesDocumentUntouched()
    {
        QFETCH(QString, kind);
        QFETCH(QString, messagePart);
        const QString good = writeBytes(QStringLiteral("good.rst"), "Good\n====\n");
        MainWindow window;
        QVERIFY(window.document()->openFile(good));
        QTest::keyClicks(window.editor(), QStringLiteral("unsaved "));
        const QString textBefore = window.editor()->toPlainText();

        QString bad;
        if (kind == QLatin1String("binary")) {
            bad = writeBytes(QStringLiteral("image.rst"), QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16));
        } else if (kind == QLatin1String("latin1")) {
            bad = writeBytes(QStringLiteral("latin1.rst"), "Caf\xE9\n");
        } else if (kind == QLatin1String("missing")) {
            bad = m_dir->filePath(QStringLiteral("missing.rst"));
        } else {
            bad = m_dir->path();
        }
        MessageBoxAnswerer answerer(QMessageBox::Ok);
        QVERIFY(!window.document()->openFile(bad));
        QCOMPARE(answerer.count(), 1);
        QVERIFY2(answerer.texts().constFirst().contains(messagePart), qPrintable(answerer.texts().constFirst()));
        QCOMPARE(answerer.titles().constFirst(), QStringLiteral("Cannot Open File"));
        QCOMPARE(window.editor()->toPlainText(), textBefore);
        QCOMPARE(window.document()->filePath(), good);
        QVERIFY(window.document()->isModified());
    }

    void saveWritesAndClearsModified()
    {
        const QString path = writeBytes(QStringLiteral("spec.rst"), "Title\n=====\n");
        MainWindow window;
        QVERIFY(window.document()->openFile(path));
        window.editor()->moveCursor(QTextCursor::End);
        QTest::keyClicks(window.editor(), QStringLiteral("New text."));
        QVERIFY(window.document()->save());
        QCOMPARE(readAll(path), QByteArray("Title\n=====\nNew text."));
        QVERIFY(!window.document()->isModified());
        QVERIFY(!window.isWindowModified());
    }

    void saveKeepsLineEndingsAndBom()
    {
        const QString path = writeBytes(QStringLiteral("crlf.rst"), "\xEF\xBB\xBFTitle\r\n=====\r\n");
        MainWindow window;
        QVERIFY(window.document()->openFile(path));
        QCOMPARE(window.editor()->toPlainText(), QStringLiteral("Title\n=====\n"));
        window.editor()->moveCursor(QTextCursor::End);
        QTest::keyClicks(window.editor(), QStringLiteral("text"));
        QTest::keyClick(window.editor(), Qt::Key_Return);
        QVERIFY(window.document()->save());
        QCOMPARE(readAll(path), QByteArray("\xEF\xBB\xBFTitle\r\n=====\r\ntext\r\n"));
    }

    void saveAsMovesTheDocument()
    {
        MainWindow window;
        QVERIFY(window.document()->newFromTemplate(QStringLiteral("glance-spec")));
        const QString target = m_dir->filePath(QStringLiteral("new-spec.rst"));
        QVERIFY(window.document()->saveToPath(target));
        QCOMPARE(window.document()->filePath(), target);
        QCOMPARE(window.windowTitle(), QStringLiteral("new-spec.rst[*] — Specwright"));
        QCOMPARE(QString::fromUtf8(readAll(target)), BuiltinTemplates::text(BuiltinTemplates::all().constFirst()));
        QCOMPARE(window.document()->recentFiles().value(0), target);
    }

    void readOnlyFileIsMarked_data()
    {
        QTest::addColumn<QFileDevice::Permissions>("permissions");
        QTest::addColumn<bool>("readOnly");

        const QFileDevice::Permissions read = QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther;
        QTest::newRow("rw-r--r--") << (read | QFileDevice::WriteOwner) << false;
        QTest::newRow("rw-rw-r--") << (read | QFileDevice::WriteOwner | QFileDevice::WriteGroup) << false;
        QTest::newRow("r--r--r--") << read << true;
    }

    void readOnlyFileIsMarked()
    {
        // Tests may run as root, who may write anything: a file nobody may write is read-only all the same.
        QFETCH(QFileDevice::Permissions, permissions);
        QFETCH(bool, readOnly);
        const QString path = m_dir->filePath(QStringLiteral("locked.rst"));
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        QFile::remove(path);
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("Title\n=====\n");
        }
        QVERIFY(QFile::setPermissions(path, permissions));
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.document()->openFile(path));
        QCOMPARE(window.windowTitle().contains(QStringLiteral("(read-only)")), readOnly);
        QCOMPARE(window.statusBar()->currentMessage().contains(QStringLiteral("read-only")), readOnly);
        window.activateWindow();
        window.editor()->setFocus();
        QTRY_VERIFY(window.editor()->hasFocus());
        window.editor()->moveCursor(QTextCursor::End);
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("More."));
        // Ctrl+S: a read-only file is not written; the box offers Save As…, here declined.
        MessageBoxAnswerer answerer(QMessageBox::Cancel);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_S, Qt::ControlModifier);
        QCOMPARE(answerer.count(), readOnly ? 1 : 0);
        QCOMPARE(readAll(path), readOnly ? QByteArray("Title\n=====\n") : QByteArray("Title\n=====\nMore."));
        QCOMPARE(window.document()->isModified(), readOnly);
        if (readOnly) {
            QVERIFY2(answerer.texts().constFirst().contains(QStringLiteral("read-only")),
                     qPrintable(answerer.texts().constFirst()));
            QCOMPARE(window.editor()->toPlainText(), QStringLiteral("Title\n=====\nMore.")); // nothing lost
            window.editor()->document()->setModified(false);                                 // let the window close
        }
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }

    void failedSaveKeepsBufferModified()
    {
        MainWindow window;
        QTest::keyClicks(window.editor(), QStringLiteral("precious"));
        {
            MessageBoxAnswerer answerer(QMessageBox::Cancel);
            QVERIFY(!window.document()->saveToPath(m_dir->filePath(QStringLiteral("no/such/dir/spec.rst"))));
            QCOMPARE(answerer.count(), 1);
            QCOMPARE(answerer.titles().constFirst(), QStringLiteral("Cannot Save File"));
            QVERIFY(window.document()->isModified());
            QVERIFY(window.document()->filePath().isEmpty());
            QCOMPARE(window.editor()->toPlainText(), QStringLiteral("precious"));
        }
        // The box offers Save As…: the text goes where the user then says.
        const QString elsewhere = m_dir->filePath(QStringLiteral("elsewhere.rst"));
        QTimer fileDialog;
        connect(&fileDialog, &QTimer::timeout, this, [&] {
            if (auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget())) {
                if (auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"))) {
                    name->setText(elsewhere); // typed, as a user would
                }
                static_cast<QDialog *>(dialog)->accept(); // QFileDialog::accept() is protected
            }
        });
        fileDialog.start(20);
        QString saveAsText;
        QTimer box;
        connect(&box, &QTimer::timeout, this, [&] {
            if (auto *message = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                saveAsText = message->button(QMessageBox::Save)->text();
                message->button(QMessageBox::Save)->click();
            }
        });
        box.start(20);
        QVERIFY(window.document()->saveToPath(m_dir->filePath(QStringLiteral("no/such/dir/spec.rst"))));
        QCOMPARE(saveAsText, QStringLiteral("Save &As…"));
        QCOMPARE(window.document()->filePath(), QFileInfo(elsewhere).absoluteFilePath());
        QVERIFY(!window.document()->isModified());
        QFile saved(elsewhere);
        QVERIFY(saved.open(QIODevice::ReadOnly));
        QCOMPARE(saved.readAll(), QByteArray("precious")); // as typed: saving adds nothing
    }

    void newFromTemplate()
    {
        MainWindow window;
        QVERIFY(window.document()->newFromTemplate(QStringLiteral("glance-spec")));
        QCOMPARE(window.editor()->toPlainText(), BuiltinTemplates::text(BuiltinTemplates::all().constFirst()));
        QVERIFY(window.document()->filePath().isEmpty());
        QVERIFY(!window.document()->isModified());
        MessageBoxAnswerer answerer(QMessageBox::Ok);
        QVERIFY(!window.document()->newFromTemplate(QStringLiteral("no-such-template")));
        QCOMPARE(answerer.count(), 1);
    }

    void unsavedChangesPrompt_data()
    {
        QTest::addColumn<int>("answer");
        QTest::addColumn<bool>("closed");
        QTest::addColumn<QByteArray>("onDisk");
        QTest::newRow("cancel keeps everything") << int(QMessageBox::Cancel) << false << QByteArray("Old\n");
        QTest::newRow("discard closes, file unchanged") << int(QMessageBox::Discard) << true << QByteArray("Old\n");
        QTest::newRow("save closes, file saved") << int(QMessageBox::Save) << true << QByteArray("Old\nEdit");
    }

    void unsavedChangesPrompt()
    {
        QFETCH(int, answer);
        QFETCH(bool, closed);
        QFETCH(QByteArray, onDisk);
        const QString path = writeBytes(QStringLiteral("prompt.rst"), "Old\n");
        MainWindow window;
        QVERIFY(window.document()->openFile(path));
        window.editor()->moveCursor(QTextCursor::End);
        QTest::keyClicks(window.editor(), QStringLiteral("Edit"));

        MessageBoxAnswerer answerer{QMessageBox::StandardButton(answer)};
        QCOMPARE(window.document()->closeDocument(), closed);
        QCOMPARE(answerer.count(), 1);
        QVERIFY(answerer.texts().constFirst().contains(QLatin1String("prompt.rst has unsaved changes")));
        QCOMPARE(readAll(path), onDisk);
        if (closed) {
            QVERIFY(window.document()->filePath().isEmpty());
            QVERIFY(window.editor()->toPlainText().isEmpty());
        } else {
            QCOMPARE(window.document()->filePath(), path);
            QCOMPARE(window.editor()->toPlainText(), QStringLiteral("Old\nEdit"));
        }
    }

    void closeEventAsksToo()
    {
        MainWindow window;
        window.show();
        QTest::keyClicks(window.editor(), QStringLiteral("draft"));
        MessageBoxAnswerer answerer(QMessageBox::Cancel);
        QVERIFY(!window.close());
        QCOMPARE(answerer.count(), 1);
        QVERIFY(window.isVisible());
    }

    void recentFiles()
    {
        MainWindow window;
        QStringList paths;
        for (int i = 0; i < DocumentController::MaximumRecentFiles + 2; ++i) {
            paths.prepend(writeBytes(QStringLiteral("spec%1.rst").arg(i), "x\n"));
            QVERIFY(window.document()->openFile(paths.constFirst()));
        }
        QCOMPARE(window.document()->recentFiles(), paths.mid(0, DocumentController::MaximumRecentFiles));
        // Re-opening moves a file to the top without duplicating it.
        QVERIFY(window.document()->openFile(paths.at(3)));
        QCOMPARE(window.document()->recentFiles().value(0), paths.at(3));
        QCOMPARE(window.document()->recentFiles().count(paths.at(3)), 1);
        auto *menu = window.findChild<QMenu *>(QStringLiteral("menuOpenRecent"));
        QVERIFY(menu);
        QVERIFY(menu->actions().constFirst()->text().contains(paths.at(3)));
        // A recent file that disappeared is dropped from the list when opening it fails.
        QVERIFY(QFile::remove(paths.at(5)));
        MessageBoxAnswerer answerer(QMessageBox::Ok);
        QVERIFY(!window.document()->openFile(paths.at(5)));
        QVERIFY(!window.document()->recentFiles().contains(paths.at(5)));
        // And the list survives a restart.
        MainWindow second;
        QCOMPARE(second.document()->recentFiles(), window.document()->recentFiles());
    }

    void windowStateIsRestored()
    {
        {
            MainWindow window;
            window.show();
            window.resize(700, 500);
            window.findChild<QSplitter *>(QStringLiteral("splitter"))->setSizes({450, 250});
            window.close();
        }
        MainWindow window;
        window.show();
        QCOMPARE(window.size(), QSize(700, 500));
        const QList<int> sizes = window.findChild<QSplitter *>(QStringLiteral("splitter"))->sizes();
        QVERIFY2(sizes.value(0) > sizes.value(1),
                 qPrintable(QStringLiteral("%1 %2").arg(sizes.value(0)).arg(sizes.value(1))));
    }

    void diagnosticsFollowTheText()
    {
        const QString path =
            writeBytes(QStringLiteral("bad.rst"), "=====\nTitle\n=====\n\nText.\n\n.. frobnicate::\n\nSee nowhere_.\n");
        MainWindow window;
        QVERIFY(window.document()->openFile(path));
        QTRY_COMPARE(window.validatedRevision(), window.document()->revision());
        const auto rules = [&window] {
            QStringList ids;
            for (const Specwright::Core::Diagnostic &d : window.editor()->diagnostics()) {
                ids.append(d.ruleId);
            }
            return ids;
        };
        QVERIFY(rules().contains(QStringLiteral("unknown-directive")));
        QVERIFY(rules().contains(QStringLiteral("unknown-target")));
        // Wavy underlines on the exact ranges.
        int wavy = 0;
        for (const QTextEdit::ExtraSelection &selection : window.editor()->extraSelections()) {
            if (selection.format.underlineStyle() == QTextCharFormat::WaveUnderline) {
                ++wavy;
                QVERIFY(selection.cursor.hasSelection());
            }
        }
        QCOMPARE(wavy, window.editor()->diagnostics().size());
        // The list shows them all; activating a row moves the cursor there.
        QTreeView *list = window.diagnosticsList();
        QCOMPARE(list->model()->rowCount(), window.editor()->diagnostics().size());
        const int directiveRow =
            int(Specwright::Tests::columnTexts(list, 2).indexOf(QStringLiteral("unknown-directive")));
        QVERIFY(directiveRow >= 0);
        QCOMPARE(list->model()->index(directiveRow, 1).data().toInt(), 7);
        Q_EMIT list->activated(list->model()->index(directiveRow, 3));
        QCOMPARE(window.editor()->textCursor().blockNumber(), 6);

        // Fixing the text clears the diagnostic after a typing pause, without saving.
        QTextCursor cursor(window.editor()->document()->findBlockByNumber(6));
        cursor.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
        cursor.insertText(QStringLiteral(".. note:: fixed"));
        QTRY_COMPARE(window.validatedRevision(), window.document()->revision());
        QVERIFY(!rules().contains(QStringLiteral("unknown-directive")));
        QVERIFY(rules().contains(QStringLiteral("unknown-target")));
    }

    // The status bar counts in words: "1 error", "2 errors".
    void countsSpellSingularAndPlural()
    {
        MainWindow window;
        const auto counts = [&window] {
            for (const QLabel *label : window.statusBar()->findChildren<QLabel *>()) {
                if (label->text().contains(QLatin1String("profile"))) {
                    return label->text();
                }
            }
            return QString();
        };
        // The template as it ships, with one unknown directive added: exactly one error.
        QVERIFY(window.document()->newFromTemplate(QStringLiteral("glance-spec")));
        QTextCursor end(window.editor()->document());
        end.movePosition(QTextCursor::End);
        end.insertText(QStringLiteral("\n.. frob::\n"));
        QTRY_VERIFY(window.validatedRevision() == window.document()->revision());
        const QList<Specwright::Core::Diagnostic> found = window.editor()->diagnostics();
        using Severity = Specwright::Core::Diagnostic::Severity;
        const auto countOf = [&found](Severity severity) {
            return int(std::count_if(found.cbegin(), found.cend(),
                                     [severity](const auto &d) { return d.severity == severity; }));
        };
        QCOMPARE(countOf(Severity::Error), 1);
        const auto words = [](int n, const char *one) {
            return n == 1 ? QStringLiteral("1 %1").arg(QLatin1String(one))
                          : QStringLiteral("%1 %2s").arg(n).arg(QLatin1String(one));
        };
        const QString expected =
            QStringLiteral("1 error, %1, %2 · ")
                .arg(words(countOf(Severity::Warning), "warning"), words(countOf(Severity::Info), "note"));
        QVERIFY2(counts().startsWith(expected), qPrintable(counts() + QStringLiteral(" / ") + expected));
        // And two.
        end.movePosition(QTextCursor::End);
        end.insertText(QStringLiteral("\n.. frob::\n"));
        QTRY_VERIFY(window.validatedRevision() == window.document()->revision());
        QVERIFY2(counts().startsWith(QLatin1String("2 errors, ")), qPrintable(counts()));
        window.editor()->document()->setModified(false);
    }

    // Deleting a required subsection: the outline shows it greyed in its place under its section,
    // and Insert Section puts it back there with the spec's own subsection underline (one undo step).
    void outlineShowsAndInsertsMissingSubsections_data()
    {
        QTest::addColumn<QString>("deleted");
        QTest::addColumn<QString>("next"); // the title after it, where the deletion ends
        QTest::addColumn<int>("index");    // its place among Proposed change's subsections
        QTest::newRow("in the middle") << QStringLiteral("Security impact") << QStringLiteral("Notifications impact")
                                       << 3;
        QTest::newRow("the first") << QStringLiteral("Alternatives") << QStringLiteral("Data model impact") << 0;
        QTest::newRow("the last") << QStringLiteral("Developer impact") << QStringLiteral("Implementation") << 8;
    }

    void outlineShowsAndInsertsMissingSubsections()
    {
        QFETCH(QString, deleted);
        QFETCH(QString, next);
        QFETCH(int, index);
        MainWindow window;
        QVERIFY(window.document()->newFromTemplate(QStringLiteral("glance-spec")));
        QTRY_COMPARE(window.validatedRevision(), window.document()->revision());
        // Delete "Security impact" with its text, as a user would: select from its title to the next one.
        QTextDocument *document = window.editor()->document();
        const QTextBlock security = document->find(QRegularExpression(QStringLiteral("^%1$").arg(deleted))).block();
        const QTextBlock notifications = document->find(QRegularExpression(QStringLiteral("^%1$").arg(next))).block();
        QVERIFY(security.isValid() && notifications.isValid());
        QTextCursor cut(document);
        cut.setPosition(security.position());
        cut.setPosition(notifications.position(), QTextCursor::KeepAnchor);
        cut.removeSelectedText();
        const QString before = window.editor()->toPlainText();
        QTRY_COMPARE(window.validatedRevision(), window.document()->revision());
        QTreeWidgetItem *proposed = nullptr;
        QTreeWidgetItem *title = window.outline()->topLevelItem(0);
        for (int i = 0; i < title->childCount(); ++i) {
            if (title->child(i)->text(0) == QLatin1String("Proposed change")) {
                proposed = title->child(i);
            }
        }
        QVERIFY(proposed);
        QStringList children;
        for (int i = 0; i < proposed->childCount(); ++i) {
            children.append(proposed->child(i)->text(0));
        }
        QCOMPARE(children, (QStringList{QStringLiteral("Alternatives"), QStringLiteral("Data model impact"),
                                        QStringLiteral("REST API impact"), QStringLiteral("Security impact"),
                                        QStringLiteral("Notifications impact"), QStringLiteral("Other end user impact"),
                                        QStringLiteral("Performance Impact"), QStringLiteral("Other deployer impact"),
                                        QStringLiteral("Developer impact")}));
        QTreeWidgetItem *missing = proposed->child(index);
        QCOMPARE(missing->data(0, Qt::UserRole + 1).toString(), deleted);
        QCOMPARE(missing->foreground(0).color(), window.palette().color(QPalette::Disabled, QPalette::Text));
        for (int i = 0; i < proposed->childCount(); ++i) {
            QCOMPARE(proposed->child(i)->data(0, Qt::UserRole + 1).toString().isEmpty(), i != index);
        }

        QVERIFY(window.insertMissingSection(deleted));
        const QString inserted = QStringLiteral("\n\n%1\n%2\n\nNone\n\n\n%3\n")
                                     .arg(deleted, QString(deleted.size(), QLatin1Char('-')), next);
        QVERIFY2(window.editor()->toPlainText().contains(inserted), qPrintable(window.editor()->toPlainText()));
        QTRY_COMPARE(window.validatedRevision(), window.document()->revision());
        for (const Specwright::Core::Diagnostic &d : window.editor()->diagnostics()) {
            QVERIFY2(d.ruleId != QLatin1String("missing-subsection"), qPrintable(d.message));
        }
        window.editor()->undo();
        QCOMPARE(window.editor()->toPlainText(), before);
        window.editor()->document()->setModified(false);
    }

    // A CRLF file: the window says so once, on line 1, as `check` does (the gate's doc8 D004);
    // the fix makes the next save write LF, as one undo step; Export for Review lists the conversion.
    void windowsLineEndingsAreOneFindingWithAFix()
    {
        const QByteArray crlf = "=====\r\nTitle\r\n=====\r\n\r\nText.\r\n";
        const QString path = writeBytes(QStringLiteral("crlf.rst"), crlf);
        MainWindow window;
        QVERIFY(window.document()->openFile(path));
        QTRY_COMPARE(window.validatedRevision(), window.document()->revision());
        const auto crlfFindings = [&window] {
            QList<Specwright::Core::Diagnostic> found;
            for (const Specwright::Core::Diagnostic &d : window.editor()->diagnostics()) {
                if (d.ruleId.contains(QLatin1String("crlf")) || d.ruleId == QLatin1String("carriage-return")) {
                    found.append(d);
                }
            }
            return found;
        };
        QCOMPARE(crlfFindings().size(), 1);
        QCOMPARE(crlfFindings().constFirst().ruleId, QStringLiteral("crlf-line-endings"));
        QCOMPARE(crlfFindings().constFirst().severity, Specwright::Core::Diagnostic::Severity::Error);
        QCOMPARE(crlfFindings().constFirst().range.startLine, 0);
        // The command line says the same, once.
        QProcess cli;
        cli.start(QStringLiteral(SPECWRIGHT_BIN_DIR "/specwright-cli"), {QStringLiteral("check"), path});
        QVERIFY(cli.waitForFinished(30000));
        const QString report = QString::fromUtf8(cli.readAllStandardOutput());
        QCOMPARE(report.count(QLatin1String("[crlf-line-endings]")), 1);
        QVERIFY2(report.contains(path + QStringLiteral(":1:1: error: The file uses Windows line endings (CRLF); "
                                                       "the gate rejects them. [crlf-line-endings]")),
                 qPrintable(report));
        QVERIFY(!report.contains(QLatin1String("[carriage-return]")));

        // Export for Review names the conversion among its fixes.
        ExportForReviewDialog *dialog = window.exports()->openExportForReview();
        bool listed = false;
        for (int i = 0; i < dialog->problemList()->count(); ++i) {
            listed =
                listed || dialog->problemList()->item(i)->text().contains(QLatin1String("Carriage returns removed"));
        }
        QVERIFY(listed);
        dialog->close();

        // The fix: one step, undoable; the save writes LF.
        QVERIFY(!window.document()->isModified());
        QVERIFY(window.document()->convertToUnixLineEndings());
        QVERIFY(window.document()->isModified());
        QTRY_COMPARE(window.validatedRevision(), window.document()->revision());
        QVERIFY(crlfFindings().isEmpty());
        window.editor()->undo();
        QTRY_COMPARE(window.validatedRevision(), window.document()->revision());
        QCOMPARE(crlfFindings().size(), 1);
        window.editor()->redo();
        QTRY_COMPARE(window.validatedRevision(), window.document()->revision());
        QVERIFY(crlfFindings().isEmpty());
        QVERIFY(window.document()->save());
        QCOMPARE(readAll(path), QByteArray(crlf).replace("\r\n", "\n"));
    }

    void f8WalksTheDiagnostics()
    {
        const QString path =
            writeBytes(QStringLiteral("walk.rst"), "=====\nTitle\n=====\n\n.. one::\n\nText.\n\n.. two::\n");
        MainWindow window;
        window.show();
        QVERIFY(window.document()->openFile(path));
        QTRY_COMPARE(window.validatedRevision(), window.document()->revision());
        window.editor()->setFocus();
        QList<int> visited;
        for (int i = 0; i < 3; ++i) {
            QTest::keyClick(window.editor(), Qt::Key_F8);
            visited.append(window.editor()->textCursor().blockNumber());
        }
        QVERIFY2(visited.mid(0, 2) == (QList<int>{4, 8}), qPrintable(QString::number(visited.value(0))));
        QTest::keyClick(window.editor(), Qt::Key_F8, Qt::ShiftModifier);
        QVERIFY(window.editor()->textCursor().blockNumber() < visited.last() || visited.last() == 4);
    }

    void outlineShowsAndInsertsMissingSections()
    {
        const QString path = writeBytes(QStringLiteral("outline.rst"),
                                        "=====\nTitle\n=====\n\nProblem description\n===================\n\n"
                                        "None\n\nTesting\n=======\n\nNone\n");
        MainWindow window;
        QVERIFY(window.document()->openFile(path));
        QTRY_COMPARE(window.validatedRevision(), window.document()->revision());
        QTreeWidgetItem *title = window.outline()->topLevelItem(0);
        QVERIFY(title);
        QCOMPARE(title->text(0), QStringLiteral("Title"));
        QStringList children;
        for (int i = 0; i < title->childCount(); ++i) {
            children.append(title->child(i)->text(0));
        }
        // Present sections in document order, missing ones in their template place.
        QCOMPARE(children, (QStringList{QStringLiteral("Problem description"), QStringLiteral("Proposed change"),
                                        QStringLiteral("Implementation"), QStringLiteral("Dependencies"),
                                        QStringLiteral("Testing"), QStringLiteral("Documentation Impact"),
                                        QStringLiteral("References")}));
        QVERIFY(!title->child(1)->data(0, Qt::UserRole + 1).toString().isEmpty());
        QVERIFY(title->child(4)->data(0, Qt::UserRole + 1).toString().isEmpty());

        const QString before = window.editor()->toPlainText();
        QVERIFY(window.insertMissingSection(QStringLiteral("Dependencies")));
        const QString after = window.editor()->toPlainText();
        QVERIFY(after.contains(QLatin1String("None\n\nDependencies\n============\n\nNone\n\n\nTesting\n")));
        QTRY_COMPARE(window.validatedRevision(), window.document()->revision());
        for (const Specwright::Core::Diagnostic &d : window.editor()->diagnostics()) {
            QVERIFY(d.subject != QLatin1String("Dependencies"));
        }
        // One undo step restores the text.
        window.editor()->undo();
        QCOMPARE(window.editor()->toPlainText(), before);
    }

    // A check that finds what the last one found leaves the views alone: the reader's folds in the
    // outline, the current row of the diagnostics list and the editor's underlines stay as they are.
    void unchangedFindingsLeaveTheViewsAlone()
    {
        const QString path = writeBytes(QStringLiteral("steady.rst"),
                                        "=====\nTitle\n=====\n\nProblem description\n===================\n\n"
                                        "Some text.\n\nTesting\n=======\n\n.. frobnicate::\n");
        MainWindow window;
        window.show();
        QVERIFY(window.document()->openFile(path));
        QTRY_COMPARE(window.validatedRevision(), window.document()->revision());
        QTreeWidgetItem *title = window.outline()->topLevelItem(0);
        QVERIFY(title && title->isExpanded());
        title->setExpanded(false);
        QTreeView *list = window.diagnosticsList();
        QVERIFY(list->model()->rowCount() > 0);
        const QModelIndex row = list->model()->index(list->model()->rowCount() - 1, 0);
        list->setCurrentIndex(row);
        const QList<QTextEdit::ExtraSelection> underlines = window.editor()->extraSelections();

        // Typing inside a paragraph changes no finding.
        QTextCursor cursor(window.editor()->document()->findBlockByNumber(7));
        cursor.movePosition(QTextCursor::EndOfBlock);
        cursor.insertText(QStringLiteral(" More."));
        QTRY_COMPARE(window.validatedRevision(), window.document()->revision());
        QCOMPARE(window.outline()->topLevelItem(0), title);
        QVERIFY(!title->isExpanded());
        QCOMPARE(list->currentIndex(), row);
        QCOMPARE(window.editor()->extraSelections().size(), underlines.size());

        // A new finding rebuilds both.
        cursor.insertText(QStringLiteral(" See nowhere_."));
        QTRY_COMPARE(window.validatedRevision(), window.document()->revision());
        QVERIFY(Specwright::Tests::columnTexts(list, 2).contains(QStringLiteral("unknown-target")));
        QCOMPARE(window.editor()->extraSelections().size(), underlines.size() + 1);
        // A new section rebuilds the outline (expanded again, with the new section in it).
        cursor.insertText(QStringLiteral("\n\nDependencies\n============\n\nNone\n"));
        QTRY_COMPARE(window.validatedRevision(), window.document()->revision());
        title = window.outline()->topLevelItem(0);
        QVERIFY(title->isExpanded());
        QStringList children;
        for (int i = 0; i < title->childCount(); ++i) {
            if (title->child(i)->data(0, Qt::UserRole + 1).toString().isEmpty()) {
                children.append(title->child(i)->text(0));
            }
        }
        QCOMPARE(children, (QStringList{QStringLiteral("Problem description"), QStringLiteral("Dependencies"),
                                        QStringLiteral("Testing")}));
    }

    void theSphinxBuildsFailuresShowLive()
    {
        // A repository with a docs build (conf.py, specs reached through a symbolic link): a :ref: to a
        // label no document defines is an error in the open spec, typed or not; when another spec on
        // disk gains the label, the finding goes without a keystroke (the index watches the tree).
        const QString repo = m_dir->filePath(QStringLiteral("sphinxrepo"));
        QVERIFY(QDir().mkpath(repo + QStringLiteral("/specs/2026.2")));
        QVERIFY(QDir().mkpath(repo + QStringLiteral("/doc/source")));
        writeBytes(QStringLiteral("sphinxrepo/tox.ini"),
                   "[testenv:docs]\ncommands = sphinx-build -W -b html doc/source doc/build/html\n");
        writeBytes(QStringLiteral("sphinxrepo/doc/source/conf.py"), "exclude_patterns = ['**/template.rst']\n");
        writeBytes(QStringLiteral("sphinxrepo/doc/source/index.rst"),
                   "=====\nSpecs\n=====\n\n.. toctree::\n   :glob:\n\n   specs/*/*\n");
        QVERIFY(QFile::link(QStringLiteral("../../specs"), repo + QStringLiteral("/doc/source/specs")));
        writeBytes(QStringLiteral("sphinxrepo/specs/2026.2/other.rst"), "=====\nOther\n=====\n\nText.\n");
        const QString path = writeBytes(QStringLiteral("sphinxrepo/specs/2026.2/mine.rst"),
                                        "====\nMine\n====\n\nSee :ref:`shared-label`.\n");
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.document()->openFile(path));
        const auto findings = [&window](const QString &rule) {
            QStringList found;
            for (const Specwright::Core::Diagnostic &d : window.editor()->diagnostics()) {
                if (d.ruleId == rule) {
                    found.append(QStringLiteral("%1:%2").arg(d.range.startLine + 1).arg(d.message));
                }
            }
            return found;
        };
        QTRY_COMPARE(findings(QStringLiteral("sphinx-undefined-label")),
                     QStringList{QStringLiteral("5:undefined label: 'shared-label'.")});
        // The Problems list says it in Sphinx's words.
        QStringList listed;
        for (int column = 0; column < window.diagnosticsList()->model()->columnCount(); ++column) {
            listed += Specwright::Tests::columnTexts(window.diagnosticsList(), column);
        }
        QVERIFY2(listed.join(u'|').contains(QStringLiteral("undefined label: 'shared-label'")),
                 qPrintable(listed.join(u'|')));
        // Typing a second reference to nothing: found at once, on its line.
        QTextCursor cursor(window.editor()->document());
        cursor.movePosition(QTextCursor::End);
        window.editor()->setTextCursor(cursor);
        window.editor()->setFocus();
        QWidget *focused = QApplication::focusWidget();
        const auto backtick = [focused] {
            QTest::sendKeyEvent(QTest::Click, focused, Qt::Key_QuoteLeft, QStringLiteral("`"), Qt::NoModifier);
        };
        QTest::keyClick(focused, Qt::Key_Return);
        QTest::keyClicks(focused, QStringLiteral("And :doc:"));
        backtick();
        QTest::keyClicks(focused, QStringLiteral("gone"));
        backtick();
        QTest::keyClicks(focused, QStringLiteral("."));
        QTRY_COMPARE(findings(QStringLiteral("sphinx-unknown-document")).size(), 1);
        QVERIFY(findings(QStringLiteral("sphinx-unknown-document")).constFirst().startsWith(QStringLiteral("7:")));
        // Another spec gains the label on disk: the finding goes, with no key pressed.
        writeBytes(QStringLiteral("sphinxrepo/specs/2026.2/other.rst"),
                   ".. _shared-label:\n\n=====\nOther\n=====\n\nText.\n");
        QTRY_VERIFY_WITH_TIMEOUT(findings(QStringLiteral("sphinx-undefined-label")).isEmpty(), 15000);
    }

    void theRepositoryBrowserListsAndOpensSpecs()
    {
        // `specwright DIR`: the Repository dock lists the specs by release and state with their error
        // counts; the filter narrows the list; a click opens the spec.
        QVERIFY(QDir(m_dir->path()).mkpath(QStringLiteral("browse/specs/2026.2/approved")));
        QVERIFY(QDir(m_dir->path()).mkpath(QStringLiteral("browse/specs/2025.1/implemented")));
        writeBytes(QStringLiteral("browse/tox.ini"), "[testenv:pep8]\ncommands = doc8 specs/\n");
        writeBytes(QStringLiteral("browse/specs/2026.2/approved/new-cache.rst"),
                   "=========\nNew cache\n=========\n\nTrailing \n");
        const QString done = writeBytes(QStringLiteral("browse/specs/2025.1/implemented/old-feature.rst"),
                                        "===========\nOld feature\n===========\n\nText.\n");
        MainWindow window;
        window.resize(1200, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.openRepository(m_dir->filePath(QStringLiteral("browse/specs")));
        Specwright::Widgets::RepositoryBrowserDock *dock = window.repositoryBrowser();
        QVERIFY(dock->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(dock->catalog(), 20000);
        QTreeWidget *tree = dock->tree();
        QCOMPARE(tree->topLevelItemCount(), 2);
        QCOMPARE(tree->topLevelItem(0)->text(0), QStringLiteral("2026.2")); // newest first
        QTreeWidgetItem *approved = tree->topLevelItem(0)->child(0);
        QCOMPARE(approved->text(0), QStringLiteral("approved"));
        QCOMPARE(approved->child(0)->text(0), QStringLiteral("New cache"));
        QVERIFY(approved->child(0)->text(1).toInt() > 0); // the trailing space
        QVERIFY(dock->width() >= 300);
        // The filter keeps the matching spec and its groups.
        QTest::keyClicks(dock->filter(), QStringLiteral("old"));
        QVERIFY(tree->topLevelItem(0)->isHidden());
        QTreeWidgetItem *old = tree->topLevelItem(1)->child(0)->child(0);
        QCOMPARE(old->text(0), QStringLiteral("Old feature"));
        QVERIFY(!old->isHidden());
        // A click opens it.
        tree->scrollToItem(old);
        const QRect rect = tree->visualItemRect(old);
        QVERIFY(rect.isValid());
        QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, rect.center());
        QTRY_COMPARE(QFileInfo(window.document()->filePath()), QFileInfo(done));
        QVERIFY(window.editor()->toPlainText().startsWith(QStringLiteral("===========\nOld feature")));
    }

    void theRepositorysGateIsShown()
    {
        // A repository whose gate runs doc8 without D001 and a docs build with -W: the window checks
        // by it, and says so in the status bar's tooltip and in Check → Gate.
        QVERIFY(QDir(m_dir->path()).mkpath(QStringLiteral("gaterepo/specs/2026.2/approved")));
        writeBytes(QStringLiteral("gaterepo/tox.ini"),
                   "[tox]\nenvlist = pep8,docs\n\n[testenv:pep8]\ncommands =\n"
                   "  doc8 --ignore D001 specs/\n\n[testenv:docs]\n"
                   "commands = sphinx-build -W -b html doc/source doc/build/html\n");
        const QString path = writeBytes(QStringLiteral("gaterepo/specs/2026.2/approved/long.rst"),
                                        "=====\nTitle\n=====\n\n" + QByteArray(90, 'x').replace(10, 1, " ") + "\n");
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.document()->openFile(path));
        QTRY_COMPARE(window.validatedRevision(), window.document()->revision());
        QLabel *summary = nullptr;
        for (QLabel *label : window.statusBar()->findChildren<QLabel *>()) {
            if (label->text().contains(QStringLiteral("profile"))) {
                summary = label;
            }
        }
        QVERIFY(summary);
        QVERIFY2(summary->text().contains(QStringLiteral("repository profile")), qPrintable(summary->text()));
        QVERIFY2(summary->toolTip().contains(QStringLiteral("doc8: runs (tox.ini:6); ignores D001")),
                 qPrintable(summary->toolTip()));
        // A long line is no error where doc8 ignores D001 and no titles test runs.
        bool longLine = false;
        for (const Specwright::Core::Diagnostic &d : window.editor()->diagnostics()) {
            if (d.ruleId == QLatin1String("line-too-long")) {
                longLine = true;
                QCOMPARE(d.severity, Specwright::Core::Diagnostic::Severity::Warning);
            }
        }
        QVERIFY(longLine);
        // Check → Gate…, from the menu.
        MessageBoxAnswerer answerer(QMessageBox::Close);
        window.findChild<QAction *>(QStringLiteral("actionShowGate"))->trigger();
        QTRY_COMPARE(answerer.count(), 1);
        QCOMPARE(answerer.titles().constFirst(), QStringLiteral("Gate"));
        QVERIFY2(answerer.texts().constFirst().contains(QStringLiteral("Sphinx: builds doc/source (tox.ini:9); "
                                                                       "warnings are errors (-W)")),
                 qPrintable(answerer.texts().constFirst()));
        QVERIFY(answerer.texts().constFirst().contains(QStringLiteral("lines over 79 columns: warnings")));
    }

    void checkSettingsChooseTemplateAndProfile()
    {
        const QString templatePath =
            writeBytes(QStringLiteral("team-template.rst"), "=====\nTeam\n=====\n\nOverview\n========\n\nText.\n\n"
                                                            "Plan\n====\n\nText.\n");
        const QString path = writeBytes(QStringLiteral("team-spec.rst"), "=====\nMine\n=====\n\nOverview\n"
                                                                         "========\n\nWhat we do.\n");
        MainWindow window;
        QVERIFY(window.document()->openFile(path));
        QTRY_COMPARE(window.validatedRevision(), window.document()->revision());
        const auto missing = [&window](Specwright::Core::Diagnostic::Severity *severity) {
            QStringList titles;
            for (const Specwright::Core::Diagnostic &d : window.editor()->diagnostics()) {
                if (d.ruleId == QLatin1String("missing-section")) {
                    titles.append(d.subject);
                    *severity = d.severity;
                }
            }
            return titles;
        };
        Specwright::Core::Diagnostic::Severity severity{};
        // The built-in Glance template by default: its seven sections are expected.
        QVERIFY(missing(&severity).contains(QStringLiteral("Problem description")));

        window.checkMenu()->setCheckSettings(templatePath, QStringLiteral("glance"));
        QTRY_VERIFY(missing(&severity) == QStringList{QStringLiteral("Plan")});
        QCOMPARE(severity, Specwright::Core::Diagnostic::Severity::Warning);

        window.checkMenu()->setCheckSettings(templatePath, QStringLiteral("strict"));
        QTRY_VERIFY(missing(&severity) == QStringList{QStringLiteral("Plan")} &&
                    severity == Specwright::Core::Diagnostic::Severity::Error);
        // The choice is remembered.
        MainWindow second;
        QVERIFY(second.document()->openFile(path));
        QTRY_COMPARE(second.validatedRevision(), second.document()->revision());
        QStringList titles;
        for (const Specwright::Core::Diagnostic &d : second.editor()->diagnostics()) {
            if (d.ruleId == QLatin1String("missing-section")) {
                titles.append(d.subject);
            }
        }
        QCOMPARE(titles, QStringList{QStringLiteral("Plan")});
        window.checkMenu()->setCheckSettings(QString(), QString());
    }

    void hugeSpecOpensWithoutHighlighting()
    {
        const QByteArray paragraph =
            QByteArray("A line of words that fills the spec up, **strong** and ``literal``. ").repeated(10) + "\n\n";
        const QString huge =
            writeBytes(QStringLiteral("huge.rst"),
                       "=====\nTitle\n=====\n\n" +
                           paragraph.repeated(int(DocumentController::HighlightSizeLimit / paragraph.size()) + 10));
        const QString small = writeBytes(QStringLiteral("small.rst"), "=====\nTitle\n=====\n\n**Strong** text.\n");
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const auto formatsOfLine = [&window](int line) {
            return window.editor()->document()->findBlockByNumber(line).layout()->formats().size();
        };
        QVERIFY(window.document()->openFile(small));
        QVERIFY(window.editor()->hasSyntaxHighlighting());
        QTRY_VERIFY(formatsOfLine(4) > 0); // "**Strong**" is highlighted
        QVERIFY(window.document()->largeDocumentNotice().isEmpty());

        QVERIFY(window.document()->openFile(huge));
        QVERIFY(!window.editor()->hasSyntaxHighlighting());
        QTRY_VERIFY_WITH_TIMEOUT(!window.isLoading(), 120000);
        QCOMPARE(formatsOfLine(4), 0); // the text is there, plain
        QVERIFY(window.editor()->document()->findBlockByNumber(4).text().contains(QLatin1String("**strong**")));
        QVERIFY(window.document()->largeDocumentNotice().contains(QLatin1String("syntax highlighting is off")));
        QVERIFY(window.statusBar()->currentMessage().contains(QLatin1String("syntax highlighting is off")));

        QVERIFY(window.document()->openFile(small)); // a normal spec after it is highlighted again
        QVERIFY(window.editor()->hasSyntaxHighlighting());
        QTRY_VERIFY(formatsOfLine(4) > 0);
    }

    // A spec above IncrementalLoadSize goes into the editor piece by piece: the window handles
    // events meanwhile, shows progress, refuses to save half a spec, and ends with the exact text.
    void largeSpecLoadsWhileTheWindowStaysLive()
    {
        const QByteArray paragraph =
            QByteArray("A line of words that fills the spec up, with ``literal`` text.\r\n").repeated(6) + "\r\n";
        const QByteArray bytes =
            "=====\r\nTitle\r\n=====\r\n\r\n" +
            paragraph.repeated(int(DocumentController::IncrementalLoadSize / paragraph.size()) + 1000);
        const QString text = QString::fromUtf8(bytes).replace(QLatin1String("\r\n"), QLatin1String("\n"));
        const QString path = writeBytes(QStringLiteral("large.rst"), bytes);
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSignalSpy finished(window.document(), &DocumentController::loadFinished);
        int ticks = 0;
        QTimer probe;
        probe.setInterval(1);
        connect(&probe, &QTimer::timeout, this, [&ticks] { ++ticks; });
        probe.start();

        QVERIFY(window.document()->openFile(path));
        QVERIFY(window.isLoading());
        QVERIFY(window.editor()->isReadOnly());
        QCOMPARE(window.document()->filePath(), QFileInfo(path).absoluteFilePath());
        const QString elsewhere = m_dir->filePath(QStringLiteral("half.rst"));
        QVERIFY(!window.document()->saveToPath(elsewhere)); // half a spec is never written
        QVERIFY(!QFile::exists(elsewhere));
        QTRY_VERIFY(window.findChild<QProgressDialog *>() && window.findChild<QProgressDialog *>()->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 120000);
        QVERIFY(ticks > 2); // the event loop ran while the text went in
        QCOMPARE(finished.constFirst().constFirst().toBool(), true);
        QVERIFY(!window.isLoading());
        QVERIFY(!window.editor()->isReadOnly());
        QVERIFY(!window.document()->isModified());
        QCOMPARE(window.editor()->toPlainText(), text);
        QTRY_VERIFY(!window.findChild<QProgressDialog *>());
        QTRY_COMPARE(window.validatedRevision(), window.document()->revision());
        // Editing works as usual, and the load is not an undo step.
        QTextCursor cursor(window.editor()->document());
        cursor.insertText(QStringLiteral("x"));
        QVERIFY(window.document()->isModified());
        window.editor()->undo();
        QCOMPARE(window.editor()->toPlainText(), text);
        QVERIFY(!window.editor()->document()->isUndoAvailable());
        // Saving writes what was read: line endings as found.
        QVERIFY(window.document()->saveToPath(elsewhere));
        QCOMPARE(readAll(elsewhere), bytes);
    }

    // Hostile specs open in the window, are checked, and leave it usable (the CLI's suite feeds the
    // same shapes to every command).
    void hostileSpecsOpenAndAreChecked_data()
    {
        QTest::addColumn<QByteArray>("body");
        QByteArray nestedQuotes;
        QByteArray nestedLists;
        for (int depth = 0; depth < 1500; ++depth) {
            nestedQuotes += QByteArray(depth, ' ') + "quote\n\n";
            nestedLists += QByteArray(2 * depth, ' ') + "* item\n\n";
        }
        QByteArray table = "+----------+----------+\n";
        for (int row = 0; row < 10000; ++row) {
            table += "| c" + QByteArray::number(row).leftJustified(7) + " | d" +
                     QByteArray::number(row).leftJustified(7) + " |\n+----------+----------+\n";
        }
        QTest::newRow("a 1 MB line") << QByteArray("word ").repeated(200000) + "\n";
        QTest::newRow("unmatched inline markup") << QByteArray("*a `b ").repeated(100000) + "\n";
        QTest::newRow("1500 nested block quotes") << nestedQuotes;
        QTest::newRow("1500 nested lists") << nestedLists;
        QTest::newRow("a 10 000-row grid table") << table + "\n";
        QTest::newRow("a directive with 3 MB of content")
            << ".. code-block:: python\n\n" + QByteArray("    x = 1  # some python\n").repeated(120000);
    }

    void hostileSpecsOpenAndAreChecked()
    {
        QFETCH(QByteArray, body);
        const QByteArray bytes = "=====\nTitle\n=====\n\n" + body;
        const QString path = writeBytes(QStringLiteral("hostile.rst"), bytes);
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.document()->openFile(path));
        QTRY_VERIFY_WITH_TIMEOUT(!window.isLoading(), 300000);
        QCOMPARE(window.editor()->toPlainText(), QString::fromUtf8(bytes));
        QTRY_VERIFY_WITH_TIMEOUT(window.validatedRevision() == window.document()->revision(), 300000);
        QVERIFY(window.diagnosticsList()->model()->rowCount() <= MainWindow::DiagnosticsListLimit);
        QVERIFY(window.editor()->extraSelections().size() <= SourceEditor::MaximumUnderlines + 1000);
        // Still an editor: type at the end, check again.
        QTextCursor cursor(window.editor()->document());
        cursor.movePosition(QTextCursor::End);
        cursor.insertText(QStringLiteral("\nTyped.\n"));
        QTRY_VERIFY_WITH_TIMEOUT(window.validatedRevision() == window.document()->revision(), 300000);
        QVERIFY(window.document()->isModified());
    }

    // The hostile tester's 283-byte spec: its title, then ten includes of itself. The window checks
    // and shows it at once, comes back after the text is replaced, and closes without waiting.
    void includeBombIsCheckedAndTheWindowCloses()
    {
        QByteArray bytes = "====\nBomb\n====\n\n";
        for (int i = 0; i < 10; ++i) {
            bytes += ".. include:: bomb.rst\n\n";
        }
        const QString path = writeBytes(QStringLiteral("bomb.rst"), bytes);
        auto window = std::make_unique<MainWindow>();
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        QVERIFY(window->document()->openFile(path));
        QTRY_VERIFY_WITH_TIMEOUT(window->validatedRevision() == window->document()->revision(), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(window->previewRevision(), window->document()->revision(), 10000);
        QCOMPARE(Specwright::Tests::columnTexts(window->diagnosticsList(), 3)
                     .filter(QLatin1String("circular inclusion"))
                     .size(),
                 10);
        window->editor()->setPlainText(QStringLiteral("=====\nTitle\n=====\n\nReplaced.\n"));
        QTRY_VERIFY_WITH_TIMEOUT(window->validatedRevision() == window->document()->revision(), 10000);
        window->editor()->document()->setModified(false);
        QElapsedTimer timer;
        timer.start();
        window.reset();
        QVERIFY2(timer.elapsed() < 2000 * SanitizerSlowdown, qPrintable(QString::number(timer.elapsed())));
    }

    void cancellingALoadLeavesTheFileAlone()
    {
        const QByteArray bytes =
            "=====\nTitle\n=====\n\n" +
            QByteArray("Words words words.\n\n").repeated(int(DocumentController::IncrementalLoadSize / 10));
        const QString path = writeBytes(QStringLiteral("cancel.rst"), bytes);
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSignalSpy finished(window.document(), &DocumentController::loadFinished);
        QVERIFY(window.document()->openFile(path));
        QVERIFY(window.isLoading());
        QProgressDialog *progress = window.findChild<QProgressDialog *>();
        QVERIFY(progress);
        QPushButton *cancel = progress->findChild<QPushButton *>();
        QVERIFY(cancel);
        cancel->click();
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.constFirst().constFirst().toBool(), false);
        QVERIFY(!window.isLoading());
        QVERIFY(window.document()->filePath().isEmpty());
        QVERIFY(window.editor()->toPlainText().isEmpty());
        QVERIFY(!window.editor()->isReadOnly());
        QVERIFY(!window.document()->isModified());
        QVERIFY(window.statusBar()->currentMessage().contains(QLatin1String("cancelled")));
        QTest::qWait(100);
        QCOMPARE(readAll(path), bytes);
        QVERIFY(window.close()); // nothing to save, nothing asked
    }

    // Past OutlineSectionLimit the outline stops listing and says how many sections it left out.
    void outlineListsAtMostItsLimit()
    {
        QByteArray bytes = "=====\nTitle\n=====\n\n";
        const int count = MainWindow::OutlineSectionLimit + 20;
        for (int i = 0; i < count; ++i) {
            bytes += "Part " + QByteArray::number(i) + "\n--------\n\nText.\n\n";
        }
        const QString path = writeBytes(QStringLiteral("many.rst"), bytes);
        MainWindow window;
        QVERIFY(window.document()->openFile(path));
        QTRY_COMPARE_WITH_TIMEOUT(window.validatedRevision(), window.document()->revision(), 60000);
        QTreeWidget *outline = window.outline();
        QCOMPARE(outline->topLevelItemCount(), 2);
        int listed = 0; // the title and its parts; the template's missing sections come on top
        for (int i = 0; i < outline->topLevelItem(0)->childCount(); ++i) {
            listed += outline->topLevelItem(0)->child(i)->data(0, Qt::UserRole + 1).toString().isEmpty();
        }
        QCOMPARE(listed + 1, MainWindow::OutlineSectionLimit);
        QVERIFY(outline->topLevelItem(1)->text(0).contains(QStringLiteral("%1 more sections").arg(21)));
    }

    void codeBlocksAreHighlightedInTheirLanguage()
    {
        const QString path =
            writeBytes(QStringLiteral("code.rst"),
                       "=====\nTitle\n=====\n\n.. code-block:: json\n\n   {\"size\": 42, \"ok\": true}\n\n"
                       ".. code-block:: text\n\n   plain words\n\n.. code-block:: nosuchlanguage\n\n"
                       "   still fine\n");
        MainWindow window;
        QVERIFY(window.document()->openFile(path));
        QTRY_COMPARE(window.validatedRevision(), window.document()->revision());
        // JSON gets its definition; "text" and an unknown language stay plain, without any error.
        QCOMPARE(window.editor()->highlightedCodeBlocks(), 1);
        int coloured = 0;
        const QTextBlock jsonLine = window.editor()->document()->findBlockByNumber(6);
        for (const QTextEdit::ExtraSelection &selection : window.editor()->extraSelections()) {
            if (selection.cursor.block() == jsonLine && selection.format.hasProperty(QTextFormat::ForegroundBrush) &&
                selection.format.foreground().color() != window.editor()->palette().color(QPalette::Text)) {
                ++coloured;
            }
        }
        QVERIFY2(coloured >= 2, qPrintable(QString::number(coloured))); // keys, numbers, booleans …
        for (const Specwright::Core::Diagnostic &d : window.editor()->diagnostics()) {
            QVERIFY2(d.ruleId != QLatin1String("unknown-directive"), qPrintable(d.message));
        }
    }

    // The preview renders only while it is shown; showing it again brings it up to date.
    void previewRendersOnlyWhileShown()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QAction *showPreview = window.findChild<QAction *>(QStringLiteral("actionShowPreview"));
        QVERIFY(showPreview && showPreview->isChecked());
        window.editor()->setPlainText(QStringLiteral("=====\nTitle\n=====\n\nShown.\n"));
        QTRY_COMPARE(window.previewRevision(), window.document()->revision());
        showPreview->setChecked(false);
        QVERIFY(!window.preview()->isVisible());
        const quint64 shown = window.previewRevision();
        window.editor()->appendPlainText(QStringLiteral("\nTyped while hidden.\n"));
        QTRY_COMPARE(window.validatedRevision(), window.document()->revision()); // checking goes on
        QTest::qWait(2 * MainWindow::PreviewDelay);
        QCOMPARE(window.previewRevision(), shown); // nothing rendered for a hidden pane
        showPreview->setChecked(true);
        QTRY_COMPARE(window.previewRevision(), window.document()->revision());
    }

    // Help → Plugins lists the built plugins; switching docutils' second opinion on adds its findings.
    void pluginsDialogSwitchesTheDocutilsCheck()
    {
        MainWindow window;
        PluginsDialog *dialog = window.openPlugins();
        QTRY_VERIFY_WITH_TIMEOUT(dialog->isComplete(), 20000); // statuses are asked for off the GUI thread
        QTreeWidget *list = dialog->list();
        QTreeWidgetItem *docutils =
            list->findItems(QStringLiteral("docutils second opinion"), Qt::MatchExactly).value(0);
        QTreeWidgetItem *highlighter =
            list->findItems(QStringLiteral("KSyntaxHighlighting code highlighter"), Qt::MatchExactly).value(0);
        QVERIFY(docutils && highlighter);
        QCOMPARE(highlighter->checkState(0), Qt::Checked);
        QCOMPARE(docutils->checkState(0), Qt::Unchecked);
        QVERIFY(docutils->text(2).startsWith(QLatin1String("docutils ")));
        window.editor()->setPlainText(QStringLiteral("=====\nTitle\n=====\n\n.. frob::\n"));
        const auto rules = [&window] { return Specwright::Tests::columnTexts(window.diagnosticsList(), 2); };
        QTRY_COMPARE(window.validatedRevision(), window.document()->revision());
        QVERIFY(!rules().contains(QStringLiteral("docutils")));
        docutils->setCheckState(0, Qt::Checked); // checks run again at once
        QTRY_VERIFY_WITH_TIMEOUT(rules().contains(QStringLiteral("docutils")), 20000);
        docutils->setCheckState(0, Qt::Unchecked);
        QTRY_VERIFY_WITH_TIMEOUT(!rules().contains(QStringLiteral("docutils")), 20000);
        dialog->close();
    }

    // With docutils busy on a slow spec, Help → Plugins opens at once and the window closes at once
    // (it waited 53 s and 58 s for the check before).
    void slowDocutilsCheckBlocksNothing()
    {
        const QString file = [] {
            for (const Specwright::Core::PluginManager::Plugin &p : Specwright::Core::PluginManager::plugins()) {
                if (p.file.contains(QLatin1String("docutils-check"))) {
                    return p.file;
                }
            }
            return QString();
        }();
        QVERIFY(!file.isEmpty());
        Specwright::Core::PluginManager::setEnabled(file, true);
        auto window = std::make_unique<MainWindow>();
        QString slow; // several seconds of docutils' time, milliseconds of Specwright's
        for (int i = 0; i < 60000; ++i) {
            slow += QStringLiteral("Paragraph %1 with *some* ``markup`` and text.\n\n").arg(i);
        }
        window->editor()->setPlainText(slow);
        QTest::qWait(2500); // checked by Specwright; docutils is at work now
        QVERIFY(window->validatedRevision() != window->document()->revision());
        QElapsedTimer timer;
        timer.start();
        PluginsDialog *dialog = window->openPlugins();
        QVERIFY2(timer.elapsed() < 500 * SanitizerSlowdown, qPrintable(QString::number(timer.elapsed())));
        QTRY_VERIFY_WITH_TIMEOUT(dialog->isComplete(), 2000);
        window->editor()->document()->setModified(false);
        timer.restart();
        window.reset();
        // What may still run is Specwright's own work on the text (rendering is not cancellable
        // yet): milliseconds in a release build, seconds under AddressSanitizer.
        QVERIFY2(timer.elapsed() < 1500 * SanitizerSlowdown, qPrintable(QString::number(timer.elapsed())));
        Specwright::Core::PluginManager::setEnabled(file, false);
    }

    void exportMarkdownFromTheFileMenu()
    {
        MainWindow window;
        QAction *action = window.findChild<QAction *>(QStringLiteral("actionExport_md"));
        QVERIFY(action); // the Markdown exporter plugin's entry
        QVERIFY(action->text().contains(QLatin1String("GitHub Markdown")));
        window.editor()->setPlainText(QStringLiteral("=====\nTitle\n=====\n\nSome *text*.\n"));
        const QString path = m_dir->filePath(QStringLiteral("spec.md"));
        QSignalSpy exported(window.exports(), &ExportActions::exported);
        window.exports()->exportWith(Specwright::Core::PluginManager::exporters().value(0), path);
        QTRY_COMPARE(exported.size(), 1);
        QCOMPARE(exported.constFirst().at(1).toBool(), true);
        QCOMPARE(readAll(path), QByteArray("# Title\n\nSome *text*.\n"));
    }

    void exportHtmlIsWhatTheCommandLineRenders()
    {
        const QString path = writeBytes(QStringLiteral("export.rst"),
                                        "=====\nTitle\n=====\n\nSome *text* and ``code``.\n\n.. note:: Careful.\n\n"
                                        ".. code-block:: python\n\n   import os\n");
        MainWindow window;
        QVERIFY(window.document()->openFile(path));
        const QString html = m_dir->filePath(QStringLiteral("export.html"));
        QSignalSpy written(window.exports(), &ExportActions::exported);
        window.exports()->exportHtml(html);
        QTRY_COMPARE(written.size(), 1);
        QCOMPARE(written.constFirst(), (QVariantList{html, true}));
        QProcess cli;
        cli.start(QStringLiteral(SPECWRIGHT_BIN_DIR "/specwright-cli"), {QStringLiteral("render"), path});
        QVERIFY(cli.waitForFinished(30000));
        QCOMPARE(cli.exitCode(), 0);
        const QByteArray exported = readAll(html);
        QCOMPARE(exported, cli.readAllStandardOutput());
        QVERIFY(exported.contains("<title>Title</title>"));
        QVERIFY(exported.contains("<em>text</em>"));
        QVERIFY(exported.contains("class=\"admonition note\""));
        QVERIFY(exported.contains("<style>"));
        // Highlighted code, with its colours in the page.
        QVERIFY(exported.contains("<span class=\"hl-import\">import</span>"));
        QVERIFY(exported.contains(".hl-import{"));
        // A failed export says why and writes nothing.
        MessageBoxAnswerer answerer(QMessageBox::Ok);
        window.exports()->exportHtml(m_dir->filePath(QStringLiteral("missing/dir/export.html")));
        QTRY_COMPARE(written.size(), 2);
        QCOMPARE(written.constLast().at(1).toBool(), false);
        QCOMPARE(answerer.count(), 1);
    }

    // Go to Line as a user does it: Ctrl+G in the editor of the shown window, type, Enter.
    void goToLineFromTheKeyboard()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QStringList lines;
        for (int i = 1; i <= 40; ++i) {
            lines.append(QStringLiteral("Line %1 of the spec.").arg(i));
        }
        window.editor()->setPlainText(lines.join(QLatin1Char('\n')));
        window.activateWindow();
        window.editor()->setFocus();
        QTRY_VERIFY(window.editor()->hasFocus());
        auto *bar = window.findChild<QWidget *>(QStringLiteral("goToLineBar"));
        auto *field = window.findChild<QLineEdit *>(QStringLiteral("goToLineField"));
        QVERIFY(bar && field);

        QTest::keyClick(window.editor(), Qt::Key_G, Qt::ControlModifier);
        QTRY_VERIFY(field->hasFocus());
        QVERIFY(bar->isVisible());
        QCOMPARE(field->text(), QStringLiteral("1")); // the cursor's line, selected: typing replaces it
        QTest::keyClicks(field, QStringLiteral("7:6"));
        QTest::keyClick(field, Qt::Key_Return);
        QVERIFY(!bar->isVisible());
        QTRY_VERIFY(window.editor()->hasFocus());
        QCOMPARE(window.editor()->textCursor().blockNumber(), 6);
        QCOMPARE(window.editor()->textCursor().positionInBlock(), 5);
        QCOMPARE(window.editor()->toPlainText(), lines.join(QLatin1Char('\n'))); // Return went nowhere else

        // Past the end: the last line, and the status bar says so.
        QTest::keyClick(window.editor(), Qt::Key_L, Qt::ControlModifier);
        QTRY_VERIFY(field->hasFocus());
        QTest::keyClicks(field, QStringLiteral("999"));
        QTest::keyClick(field, Qt::Key_Return);
        QCOMPARE(window.editor()->textCursor().blockNumber(), 39);
        QVERIFY2(window.statusBar()->currentMessage().contains(QLatin1String("lines 1 to 40")),
                 qPrintable(window.statusBar()->currentMessage()));

        // Not a number: said in the bar, which stays; Escape closes it and the cursor stays put.
        QTest::keyClick(window.editor(), Qt::Key_G, Qt::ControlModifier);
        QTRY_VERIFY(field->hasFocus());
        QTest::keyClicks(field, QStringLiteral("twelve"));
        QTest::keyClick(field, Qt::Key_Return);
        QVERIFY(bar->isVisible());
        auto *problem = window.findChild<QLabel *>(QStringLiteral("goToLineProblem"));
        QVERIFY(problem && problem->isVisible());
        QVERIFY(problem->text().contains(QLatin1String("twelve")));
        QTest::keyClick(field, Qt::Key_Escape);
        QVERIFY(!bar->isVisible());
        QCOMPARE(window.editor()->textCursor().blockNumber(), 39);
    }

    void standardShortcuts()
    {
        MainWindow window;
        const auto shortcutOf = [&](const char *name) {
            return window.findChild<QAction *>(QLatin1String(name))->shortcut();
        };
        QCOMPARE(shortcutOf("actionOpen"), QKeySequence(QKeySequence::Open));
        QCOMPARE(shortcutOf("actionSave"), QKeySequence(QKeySequence::Save));
        QCOMPARE(shortcutOf("actionNew"), QKeySequence(QKeySequence::New));
        QCOMPARE(shortcutOf("actionQuit"), QKeySequence(QKeySequence::Quit));
    }
};

SPECWRIGHT_WIDGET_TEST_MAIN(MainWindowTest)
#include "mainwindow_test.moc"
