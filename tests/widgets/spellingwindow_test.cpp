// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Spell checking in the real window: prose words underlined after the background check, code
// (an inline literal, a literal block) left alone, the editor's context menu with suggestions, Add to Dictionary (kept
// for the next window), Ignore (this document only), and the Preferences switch.
#include "widgettesthelpers.h"

#include <core/spelling/personaldictionary.h>
#include <core/spelling/spellchecker.h>
#include <widgets/mainwindow.h>
#include <widgets/preferences.h>
#include <widgets/sourceeditor.h>
#include <widgets/spellingcontroller.h>
#include <widgets/viewactions.h>

#include <QContextMenuEvent>
#include <QFile>
#include <QMenu>
#include <QSettings>
#include <QSignalSpy>
#include <QTextBlock>

using Specwright::Widgets::MainWindow;

namespace {
const QString Spec = QStringLiteral("=====\nTitle\n=====\n\n"
                                    "Clients recieve the image and a wierd header.\n\n"
                                    "The ``teh_bufer`` call and the::\n\n    thier(fobar)\n");

QStringList flaggedWords(const MainWindow &window)
{
    QStringList words;
    for (const auto &m : window.editor()->misspellings()) {
        words << QStringLiteral("%1@%2:%3").arg(m.word).arg(m.line).arg(m.column);
    }
    return words;
}

// Types \a text into a new window's editor and waits for its check.
bool load(MainWindow &window, const QString &text)
{
    window.show();
    if (!QTest::qWaitForWindowExposed(&window)) {
        return false;
    }
    QSignalSpy checked(&window, &MainWindow::validationUpdated);
    window.editor()->setPlainText(text);
    return QTest::qWaitFor([&] { return window.validatedRevision() == window.document()->revision(); }, 20000);
}

QAction *actionNamed(QMenu *menu, const QString &name, const QString &text = {})
{
    for (QAction *action : menu->actions()) {
        if (action->objectName() == name && (text.isEmpty() || action->text() == text)) {
            return action;
        }
    }
    return nullptr;
}

QTextCursor cursorAt(const MainWindow &window, int line, int column)
{
    QTextCursor cursor(window.editor()->document()->findBlockByNumber(line));
    cursor.setPosition(cursor.position() + column);
    return cursor;
}
} // namespace

class SpellingWindowTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // the user's own dictionary stays untouched
        QFile::remove(Specwright::Core::PersonalDictionary::defaultPath());
        QSettings().clear();
        if (!Specwright::Core::SpellChecker::forLanguage()->isAvailable()) {
            QSKIP("no English dictionary installed (hunspell-en-us)");
        }
    }

    void prosIsCheckedCodeIsNot()
    {
        MainWindow window;
        QVERIFY(load(window, Spec));
        QTRY_COMPARE(flaggedWords(window), (QStringList{"recieve@4:8", "wierd@4:32"}));
        // Dotted, in the spelling colour: not a finding's wave, and not in the Diagnostics list.
        bool dotted = false;
        for (const QTextEdit::ExtraSelection &selection : window.editor()->extraSelections()) {
            dotted |= selection.format.underlineStyle() == QTextCharFormat::DotLine &&
                      selection.cursor.selectedText() == QLatin1String("recieve");
        }
        QVERIFY(dotted);
        for (const auto &finding : window.editor()->diagnostics()) {
            QVERIFY(!finding.message.contains(QLatin1String("recieve")));
        }
    }

    void suggestionReplacesTheWord()
    {
        MainWindow window;
        QVERIFY(load(window, Spec));
        QTRY_VERIFY(!window.editor()->misspellings().isEmpty());
        // A real right-click on the word, through the editor's viewport.
        const QRect word = window.editor()->cursorRect(cursorAt(window, 4, 10));
        QContextMenuEvent click(QContextMenuEvent::Mouse, word.center(),
                                window.editor()->viewport()->mapToGlobal(word.center()));
        QApplication::sendEvent(window.editor()->viewport(), &click);
        QMenu *menu = nullptr;
        QTRY_VERIFY((menu = qobject_cast<QMenu *>(QApplication::activePopupWidget())));
        QAction *receive = actionNamed(menu, QStringLiteral("spellingSuggestion"), QStringLiteral("receive"));
        QVERIFY2(receive, "no 'receive' among the suggestions");
        QCOMPARE(menu->actions().constFirst()->objectName(), QStringLiteral("spellingSuggestion")); // on top
        QVERIFY(actionNamed(menu, QStringLiteral("spellingAddToDictionary")));
        QVERIFY(actionNamed(menu, QStringLiteral("spellingIgnore")));
        receive->trigger();
        menu->close();
        QVERIFY(window.editor()->toPlainText().contains(QLatin1String("Clients receive the image")));
        QVERIFY(window.editor()->toPlainText().contains(QLatin1String("``teh_bufer``"))); // only that word
        QTRY_COMPARE(flaggedWords(window), (QStringList{"wierd@4:32"}));
        window.editor()->undo();
        QCOMPARE(window.editor()->toPlainText(), Spec);

        // Anywhere else the menu has no spelling entries.
        std::unique_ptr<QMenu> plain(window.editor()->createContextMenu(cursorAt(window, 4, 2)));
        QVERIFY(!actionNamed(plain.get(), QStringLiteral("spellingSuggestion")));
        QVERIFY(!actionNamed(plain.get(), QStringLiteral("spellingAddToDictionary")));
    }

    void addToDictionaryLastsIgnoreDoesNot()
    {
        {
            MainWindow window;
            QVERIFY(load(window, Spec));
            QTRY_COMPARE(window.editor()->misspellings().size(), 2);
            std::unique_ptr<QMenu> menu(window.editor()->createContextMenu(cursorAt(window, 4, 36)));
            actionNamed(menu.get(), QStringLiteral("spellingIgnore"))->trigger(); // wierd: this document
            QCOMPARE(flaggedWords(window), (QStringList{"recieve@4:8"}));         // at once
            menu.reset(window.editor()->createContextMenu(cursorAt(window, 4, 9)));
            actionNamed(menu.get(), QStringLiteral("spellingAddToDictionary"))->trigger(); // recieve: for good
            QVERIFY(window.editor()->misspellings().isEmpty());
            window.editor()->insertPlainText(QStringLiteral(" "));
            QTest::qWait(2 * MainWindow::PreviewDelay);
            QTRY_COMPARE(window.validatedRevision(), window.document()->revision());
            QVERIFY(window.editor()->misspellings().isEmpty()); // the next check agrees
        }
        QFile file(Specwright::Core::PersonalDictionary::defaultPath());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().split('\n').contains("recieve"));
        // A new window: the added word stays accepted; the ignored one was for that document only.
        MainWindow next;
        QVERIFY(load(next, Spec));
        QTRY_COMPARE(flaggedWords(next), (QStringList{"wierd@4:32"}));
        QFile::remove(Specwright::Core::PersonalDictionary::defaultPath());
    }

    void preferencesTurnItOff()
    {
        MainWindow window;
        QVERIFY(load(window, Spec));
        QTRY_VERIFY(!window.editor()->misspellings().isEmpty());
        Specwright::Widgets::Preferences off = window.viewActions()->preferences();
        off.spelling = false;
        window.viewActions()->apply(off);
        QVERIFY(window.editor()->misspellings().isEmpty());
        QTRY_COMPARE(window.validatedRevision(), window.document()->revision());
        QTest::qWait(300);
        QVERIFY(window.editor()->misspellings().isEmpty());
        off.spelling = true;
        window.viewActions()->apply(off);
        QTRY_VERIFY(!window.editor()->misspellings().isEmpty());
    }

    void missingDictionaryIsSaidOnce()
    {
        MainWindow window;
        Specwright::Widgets::Preferences klingon = window.viewActions()->preferences();
        klingon.spellingLanguage = QStringLiteral("tlh_KX");
        QSignalSpy noticed(window.spelling(), &Specwright::Widgets::SpellingController::noticed);
        window.viewActions()->apply(klingon);
        QVERIFY(load(window, Spec));
        QTRY_COMPARE(noticed.size(), 1);
        QVERIFY2(noticed.constFirst().constFirst().toString().contains(QLatin1String("tlh_KX")),
                 qPrintable(noticed.constFirst().constFirst().toString()));
        QVERIFY(window.editor()->misspellings().isEmpty());
        window.editor()->insertPlainText(QStringLiteral("more "));
        QTest::qWait(3 * MainWindow::PreviewDelay);
        QTRY_COMPARE(window.validatedRevision(), window.document()->revision());
        QCOMPARE(noticed.size(), 1); // once, not on every check
        QVERIFY(!window.editor()->diagnostics().isEmpty() || window.validatedRevision() > 0); // checking goes on
        klingon.spellingLanguage.clear();
        window.viewActions()->apply(klingon);
    }
};

SPECWRIGHT_WIDGET_TEST_MAIN(SpellingWindowTest)
#include "spellingwindow_test.moc"
