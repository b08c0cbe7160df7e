// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
// File → Export for Review: refused while the gate would fail, then written where it belongs.
#include "testconfig.h"
#include "widgettesthelpers.h"

#include <widgets/checkmenu.h>
#include <widgets/exportactions.h>
#include <widgets/exportforreviewdialog.h>
#include <widgets/mainwindow.h>
#include <widgets/sourceeditor.h>

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTextBlock>

using Specwright::Widgets::ExportForReviewDialog;
using Specwright::Widgets::MainWindow;

class ExportForReviewTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { QSettings().clear(); }

    // The editor and the Export for Review dialog share one template and profile resolution: the
    // same finding has the same severity in both, whether from the repository or chosen in Check.
    void editorAndDialogJudgeAlike_data()
    {
        QTest::addColumn<QString>("forcedProfile");
        QTest::addColumn<QString>("profile");
        QTest::newRow("nominal: the repository's gate") << QString() << QStringLiteral("glance");
        QTest::newRow("nominal: strict chosen in the Check menu")
            << QStringLiteral("strict") << QStringLiteral("strict");
    }

    void editorAndDialogJudgeAlike()
    {
        QFETCH(QString, forcedProfile);
        QFETCH(QString, profile);
        QTemporaryDir repo;
        QDir root(repo.path());
        QVERIFY(root.mkpath(QStringLiteral("specs/2026.1/approved")));
        QVERIFY(QFile::copy(QStringLiteral(SPECWRIGHT_SOURCE_DIR "/resources/templates/glance-spec.rst"),
                            root.filePath(QStringLiteral("specs/template.rst"))));
        QVERIFY(root.mkpath(QStringLiteral("drafts")));
        QFile example(QStringLiteral(SPECWRIGHT_SOURCE_DIR "/resources/examples/example-spec.rst"));
        QVERIFY(example.open(QIODevice::ReadOnly));
        QByteArray text = example.readAll();
        // A missing section: an error in strict, a warning in glance; Export for Review does not add it.
        const qsizetype from = text.indexOf("Dependencies\n============");
        const qsizetype to = text.indexOf("Testing\n=======");
        QVERIFY(from > 0 && to > from);
        text.remove(from, to - from);
        const QString spec = root.filePath(QStringLiteral("drafts/draft.rst"));
        QFile file(spec);
        QVERIFY(file.open(QIODevice::WriteOnly) && file.write(text) == text.size());
        file.close();

        MainWindow window;
        window.checkMenu()->setCheckSettings(QString(), forcedProfile);
        QVERIFY(window.document()->openFile(spec));
        QTRY_COMPARE(window.validatedRevision(), window.document()->revision());
        const auto severityOf = [](const QList<Specwright::Core::Diagnostic> &diagnostics, const QString &rule) {
            for (const Specwright::Core::Diagnostic &d : diagnostics) {
                if (d.ruleId == rule) {
                    return Specwright::Core::Diagnostic::severityName(d.severity);
                }
            }
            return QString();
        };
        const QString inEditor = severityOf(window.editor()->diagnostics(), QStringLiteral("missing-section"));
        QVERIFY(!inEditor.isEmpty());
        QCOMPARE(inEditor, profile == QLatin1String("glance") ? QStringLiteral("warning") : QStringLiteral("error"));
        ExportForReviewDialog *dialog = window.exports()->openExportForReview();
        QCOMPARE(dialog->plan().profile.name(), profile);
        QCOMPARE(severityOf(dialog->plan().diagnostics, QStringLiteral("missing-section")), inEditor);
        dialog->close();
    }

    // The Check list says what export changes (and where) and what may not be what the author meant.
    void listsChangesAndWarnings_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("tab");
        QTest::addColumn<QString>("listed");
        QTest::newRow("nominal: a tab inside a line is fixed on export, with its line")
            << QString() << true << QStringLiteral("Fixed on export: Tabs replaced by spaces (line %1)");
        QTest::newRow("nominal: a name other than the launchpad URL's")
            << QStringLiteral("other") << false
            << QStringLiteral("Warning: The blueprint name \"other\" differs from the spec's launchpad URL, which "
                              "names \"resumable-image-upload\"");
        QTest::newRow("edge: the URL's own name, typed: no warning")
            << QStringLiteral("resumable-image-upload") << false << QString();
    }

    void listsChangesAndWarnings()
    {
        QFETCH(QString, name);
        QFETCH(bool, tab);
        QFETCH(QString, listed);
        QTemporaryDir repo;
        QDir root(repo.path());
        QVERIFY(root.mkpath(QStringLiteral("specs/2026.1/approved")));
        QVERIFY(QFile::copy(QStringLiteral(SPECWRIGHT_SOURCE_DIR "/resources/templates/glance-spec.rst"),
                            root.filePath(QStringLiteral("specs/template.rst"))));
        QFile example(QStringLiteral(SPECWRIGHT_SOURCE_DIR "/resources/examples/example-spec.rst"));
        QVERIFY(example.open(QIODevice::ReadOnly));
        QString text = QString::fromUtf8(example.readAll());
        const int tabLine = int(text.count(QLatin1Char('\n'))) + 2;
        if (tab) {
            text += QStringLiteral("\nOne\textra word.\n");
        }
        ExportForReviewDialog dialog(root.filePath(QStringLiteral("drafts/draft.rst")), text, nullptr);
        dialog.repositoryEdit()->setText(root.absolutePath());
        if (!name.isEmpty()) {
            dialog.nameEdit()->setText(name);
        }
        QStringList items;
        for (int i = 0; i < dialog.problemList()->count(); ++i) {
            items.append(dialog.problemList()->item(i)->text());
        }
        const QStringList warnings = items.filter(QStringLiteral("Warning: The blueprint name"));
        if (listed.isEmpty()) {
            QVERIFY2(warnings.isEmpty(), qPrintable(items.join(u'\n')));
            return;
        }
        const QString expected = listed.contains(QLatin1String("%1")) ? listed.arg(tabLine) : listed;
        QVERIFY2(!items.filter(expected).isEmpty(),
                 qPrintable(expected + QStringLiteral("\n--\n") + items.join(u'\n')));
    }

    void showsTheIndexEntryItAdds()
    {
        // A release whose approved/index.rst reaches no new spec: the dialog shows the index's diff
        // among the changes, and the spec is not refused for it.
        QTemporaryDir repo;
        QDir root(repo.path());
        QVERIFY(root.mkpath(QStringLiteral("specs/2026.2/approved/glance")));
        QVERIFY(root.mkpath(QStringLiteral("doc/source")));
        const auto put = [&root](const QString &name, const QByteArray &text) {
            QFile file(root.filePath(name));
            return file.open(QIODevice::WriteOnly) && file.write(text) == text.size();
        };
        QVERIFY(QFile::copy(QStringLiteral(SPECWRIGHT_SOURCE_DIR "/resources/templates/glance-spec.rst"),
                            root.filePath(QStringLiteral("specs/template.rst"))));
        QVERIFY(put(QStringLiteral("tox.ini"), "[testenv:docs]\ncommands = sphinx-build -W doc/source doc/build\n"));
        QVERIFY(put(QStringLiteral("doc/source/conf.py"), "exclude_patterns = ['**/template.rst']\n"));
        QVERIFY(put(QStringLiteral("doc/source/index.rst"),
                    "=====\nSpecs\n=====\n\n.. toctree::\n   :glob:\n\n   specs/*/index\n"));
        QVERIFY(QFile::link(QStringLiteral("../../specs"), root.filePath(QStringLiteral("doc/source/specs"))));
        QVERIFY(put(QStringLiteral("specs/2026.2/index.rst"),
                    "=======\nRelease\n=======\n\n.. toctree::\n   :glob:\n\n   approved/*\n"));
        QVERIFY(put(QStringLiteral("specs/2026.2/approved/index.rst"),
                    "========\nApproved\n========\n\n.. toctree::\n   :glob:\n\nTODO.\n"));
        QFile example(QStringLiteral(SPECWRIGHT_SOURCE_DIR "/resources/examples/example-spec.rst"));
        QVERIFY(example.open(QIODevice::ReadOnly));
        ExportForReviewDialog dialog(root.filePath(QStringLiteral("drafts/draft.rst")),
                                     QString::fromUtf8(example.readAll()), nullptr);
        dialog.repositoryEdit()->setText(root.absolutePath());
        QTRY_VERIFY(dialog.plan().repositoryEdits.size() == 1);
        const QString changes = dialog.changesView()->toPlainText();
        QVERIFY2(changes.contains(QStringLiteral("gets \"glance/*\", so that its toctree reaches the spec")),
                 qPrintable(changes));
        QVERIFY(changes.contains(QStringLiteral("+   glance/*")));
        QVERIFY(dialog.plan().canExport());
        QVERIFY(dialog.exportButton()->isEnabled());

        // The next release is offered first; choosing it (a key press in the box) plans its folder.
        QCOMPARE(dialog.releaseBox()->currentText(), QStringLiteral("2026.2"));
        QCOMPARE(dialog.releaseBox()->itemText(0), QStringLiteral("2027.1 (new: made like 2026.2)"));
        dialog.releaseBox()->setFocus();
        QTest::keyClick(dialog.releaseBox(), Qt::Key_Up);
        QTRY_VERIFY(dialog.plan().newRelease);
        const QString newRelease = dialog.changesView()->toPlainText();
        QVERIFY2(newRelease.contains(QStringLiteral("The release 2027.1 is new: its folder is made like 2026.2's.")),
                 qPrintable(newRelease));
        QVERIFY(newRelease.contains(QStringLiteral("index.rst is created, following 2026.2/index.rst:")));
        QVERIFY(newRelease.contains(QStringLiteral("+   glance/*")));
        QVERIFY(dialog.targetLabel()->text().contains(QStringLiteral("2027.1")));
        QVERIFY(dialog.exportButton()->isEnabled());
        QTest::keyClick(dialog.releaseBox(), Qt::Key_Down);
        QTRY_VERIFY(!dialog.plan().newRelease);

        // "Create a branch and commit" is off at first, and remembered once ticked.
        QVERIFY(!dialog.gitCommitBox()->isChecked());
        dialog.gitCommitBox()->click();
        ExportForReviewDialog again(root.filePath(QStringLiteral("drafts/draft.rst")), QString(), nullptr);
        QVERIFY(again.gitCommitBox()->isChecked());
    }

    void refusedThenExported()
    {
        QTemporaryDir repo;
        QDir root(repo.path());
        QVERIFY(root.mkpath(QStringLiteral("specs/2025.2/approved")));
        QVERIFY(root.mkpath(QStringLiteral("specs/2026.1/approved")));
        QVERIFY(QFile::copy(QStringLiteral(SPECWRIGHT_SOURCE_DIR "/resources/templates/glance-spec.rst"),
                            root.filePath(QStringLiteral("specs/template.rst"))));
        QVERIFY(root.mkpath(QStringLiteral("drafts")));
        QFile example(QStringLiteral(SPECWRIGHT_SOURCE_DIR "/resources/examples/example-spec.rst"));
        QVERIFY(example.open(QIODevice::ReadOnly));
        QByteArray text = example.readAll();
        text.replace("Problem description\n", "Problem description   \n"); // trailing spaces: fixed on export
        text += "\n.. frobnicate::\n";                                     // a gate error: refused
        const QString spec = root.filePath(QStringLiteral("drafts/draft.rst"));
        QFile file(spec);
        QVERIFY(file.open(QIODevice::WriteOnly) && file.write(text) == text.size());
        file.close();

        MainWindow window;
        QVERIFY(window.document()->openFile(spec));
        ExportForReviewDialog *dialog = window.exports()->openExportForReview();
        QCOMPARE(dialog->repositoryEdit()->text(), root.absolutePath());
        QCOMPARE(dialog->releaseBox()->currentText(), QStringLiteral("2026.1"));
        QCOMPARE(dialog->nameEdit()->text(), QStringLiteral("resumable-image-upload"));
        QVERIFY(!dialog->exportButton()->isEnabled());
        QVERIFY(dialog->commitMessageView()->toPlainText().contains(QLatin1String("APIImpact")));

        // The error is listed; clicking it shows the line in the editor.
        QListWidgetItem *error = nullptr;
        for (int i = 0; i < dialog->problemList()->count(); ++i) {
            if (dialog->problemList()->item(i)->text().contains(QLatin1String("Unknown directive type"))) {
                error = dialog->problemList()->item(i);
            }
        }
        QVERIFY(error);
        Q_EMIT dialog->problemList()->itemActivated(error);
        QVERIFY(window.editor()->textCursor().block().text().startsWith(QLatin1String(".. frobnicate::")));

        // Fixed in the editor: export is allowed, normalises the buffer (one undo step) and writes.
        QTextCursor cursor = window.editor()->textCursor();
        cursor.select(QTextCursor::BlockUnderCursor);
        cursor.removeSelectedText();
        const QString beforeExport = window.editor()->toPlainText();
        dialog->setText(beforeExport);
        QVERIFY(dialog->exportButton()->isEnabled());
        MessageBoxAnswerer answerer(QMessageBox::Yes);
        QTest::mouseClick(dialog->exportButton(), Qt::LeftButton);
        const QString target = root.filePath(QStringLiteral("specs/2026.1/approved/resumable-image-upload.rst"));
        QVERIFY(QFile::exists(target));
        QVERIFY(!window.editor()->toPlainText().contains(QLatin1String("Problem description   ")));
        QFile written(target);
        QVERIFY(written.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(written.readAll()), window.editor()->toPlainText());
        window.editor()->undo();
        QCOMPARE(window.editor()->toPlainText(), beforeExport);
    }

private:
    using MessageBoxAnswerer = Specwright::Tests::MessageBoxAnswerer;
};

SPECWRIGHT_WIDGET_TEST_MAIN(ExportForReviewTest)
#include "exportforreview_test.moc"
