// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
// How the real window looks and what Settings sets, driven as a user would: View → Soft Wrap,
// zoom from the keyboard and the wheel, the toolbar, Settings → Preferences applied live and kept,
// Help → Keyboard Shortcuts, one theme for the whole window, and the first-run size.
#include "widgettesthelpers.h"

#include <widgets/actionicons.h>
#include <widgets/findbar.h>
#include <widgets/firstrunlayout.h>
#include <widgets/maintoolbar.h>
#include <widgets/mainwindow.h>
#include <widgets/preferences.h>
#include <widgets/preferencesdialog.h>
#include <widgets/previewview.h>
#include <widgets/sourceeditor.h>
#include <widgets/viewactions.h>

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QFontComboBox>
#include <QFontInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QProcess>
#include <QPushButton>
#include <QScreen>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QTextLayout>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>
#include <QTreeWidget>
#include <QWebEngineScript>
#include <QWheelEvent>

#include <cmath>
#include <memory>
#include <optional>

using Specwright::Widgets::ActionIcons;
using Specwright::Widgets::FindBar;
using Specwright::Widgets::FirstRunLayout;
using Specwright::Widgets::MainWindow;
using Specwright::Widgets::Preferences;
using Specwright::Widgets::PreferencesDialog;
using Specwright::Widgets::PreviewView;
using Specwright::Widgets::SourceEditor;
using Specwright::Widgets::ViewActions;

namespace {
const QString Spec = QStringLiteral("=====\nTitle\n=====\n\nSome text.\n");

// The widget with the keyboard focus: where a user's key presses go.
QWidget *focused()
{
    return QApplication::focusWidget();
}

// What the menus show: the label without its mnemonic or ellipsis.
QString plain(QString text)
{
    text.remove(QLatin1Char('&'));
    text.remove(QStringLiteral("…"));
    return text.trimmed();
}

QAction *findInMenus(const QList<QAction *> &actions, const std::function<bool(const QAction *)> &match)
{
    for (QAction *action : actions) {
        if (match(action)) {
            return action;
        }
        if (action->menu()) {
            if (QAction *found = findInMenus(action->menu()->actions(), match)) {
                return found;
            }
        }
    }
    return nullptr;
}

// The action called \a name as a user reaches it: through the window's menus, not a hidden one.
QAction *menuAction(const MainWindow &window, const QString &name)
{
    return findInMenus(window.menuBar()->actions(), [&name](const QAction *a) { return a->objectName() == name; });
}

// View → Editor Theme → \a theme (empty: Automatic).
QAction *themeAction(const MainWindow &window, const QString &theme)
{
    const auto *menu = window.findChild<QMenu *>(QStringLiteral("menuTheme"));
    if (!menu || !findInMenus(window.menuBar()->actions(), [menu](const QAction *a) { return a->menu() == menu; })) {
        return nullptr;
    }
    return findInMenus(menu->actions(),
                       [&theme](const QAction *a) { return a->isCheckable() && a->data().toString() == theme; });
}

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128 && palette.color(QPalette::Base).lightness() < 128;
}

// The average lightness of an icon's drawn pixels.
int inkLightness(const QIcon &icon)
{
    const QImage image = icon.pixmap(QSize(24, 24)).toImage().convertToFormat(QImage::Format_ARGB32);
    qint64 sum = 0;
    qint64 weight = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor pixel = image.pixelColor(x, y);
            sum += qint64(pixel.lightness()) * pixel.alpha();
            weight += pixel.alpha();
        }
    }
    return weight > 0 ? int(sum / weight) : -1;
}

// Whether the preview's page has class 'dark' on its root element; nothing if the page did not answer.
std::optional<bool> previewIsDark(PreviewView *preview)
{
    // Shared with the callback, which may come after a time-out.
    auto answer = std::make_shared<std::optional<bool>>();
    auto done = std::make_shared<bool>(false);
    preview->page()->runJavaScript(QStringLiteral("document.documentElement.classList.contains('dark')"),
                                   QWebEngineScript::ApplicationWorld, [answer, done](const QVariant &value) {
                                       if (value.typeId() == QMetaType::Bool) {
                                           *answer = value.toBool();
                                       }
                                       *done = true;
                                   });
    return QTest::qWaitFor([done] { return *done; }, 10000) ? *answer : std::nullopt;
}

struct Fixture
{
    MainWindow window;

    bool start(const QString &text = Spec)
    {
        window.resize(1000, 700);
        window.show();
        if (!QTest::qWaitForWindowExposed(&window)) {
            return false;
        }
        window.editor()->setPlainText(text);
        return focusEditor();
    }
    bool focusEditor()
    {
        window.activateWindow();
        window.editor()->setFocus();
        return QTest::qWaitFor([this] { return window.editor()->hasFocus(); });
    }
    SourceEditor *editor() const { return window.editor(); }
    qreal fontSize() const { return window.editor()->font().pointSizeF(); }
    bool analysed() const { return window.validatedRevision() == window.document()->revision(); }
    QString counts() const { return window.findChild<QLabel *>(QStringLiteral("diagnosticCounts"))->text(); }

    template<typename T>
    T *preference(const QString &name)
    {
        return window.openPreferences()->findChild<T *>(name);
    }
};
} // namespace

class ViewSettingsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init() { QSettings().clear(); }
    void cleanup()
    {
        // A failed theme test must not leave the next test's windows dark.
        QSettings().clear();
        QApplication::setPalette(ViewActions::windowPalette(QString()));
    }

    // View → Soft Wrap: off by default (specs are hard-wrapped), wraps a long line, kept for the next window.
    void softWrap()
    {
        const QString longLine = QStringLiteral("word ").repeated(40).trimmed() + QLatin1Char('\n'); // 199 characters
        const auto wrappedLines = [](const Fixture &f) {
            const QTextBlock block = f.editor()->document()->firstBlock();
            return block.layout() ? block.layout()->lineCount() : 0;
        };
        {
            Fixture f;
            QVERIFY(f.start(longLine));
            QAction *softWrap = menuAction(f.window, QStringLiteral("actionSoftWrap"));
            QVERIFY(softWrap);
            QVERIFY(softWrap->isCheckable());
            QVERIFY(!softWrap->isChecked());
            QCOMPARE(f.editor()->lineWrapMode(), QPlainTextEdit::NoWrap);
            QTRY_COMPARE(wrappedLines(f), 1);
            QVERIFY(f.editor()->horizontalScrollBar()->maximum() > 0); // the line runs off the view

            softWrap->trigger();
            QVERIFY(softWrap->isChecked());
            QCOMPARE(f.editor()->lineWrapMode(), QPlainTextEdit::WidgetWidth);
            QTRY_VERIFY(wrappedLines(f) > 1);
            QTRY_COMPARE(f.editor()->horizontalScrollBar()->maximum(), 0);
            QCOMPARE(f.editor()->toPlainText(), longLine); // wrapped on screen only: no line break added
        }
        {
            Fixture f;
            QVERIFY(f.start(longLine));
            QAction *softWrap = menuAction(f.window, QStringLiteral("actionSoftWrap"));
            QVERIFY(softWrap->isChecked());
            QCOMPARE(f.editor()->lineWrapMode(), QPlainTextEdit::WidgetWidth);
            QTRY_VERIFY(wrappedLines(f) > 1);

            softWrap->trigger();
            QCOMPARE(f.editor()->lineWrapMode(), QPlainTextEdit::NoWrap);
            QTRY_COMPARE(wrappedLines(f), 1);
        }
        Fixture f;
        QVERIFY(!menuAction(f.window, QStringLiteral("actionSoftWrap"))->isChecked());
        QCOMPARE(f.editor()->lineWrapMode(), QPlainTextEdit::NoWrap);
    }

    void zoomFromTheKeyboard_data()
    {
        QTest::addColumn<int>("key");
        QTest::addColumn<Qt::KeyboardModifiers>("modifiers");
        QTest::addColumn<int>("step");
        QTest::newRow("Ctrl++") << int(Qt::Key_Plus) << Qt::KeyboardModifiers(Qt::ControlModifier) << 1;
        QTest::newRow("Ctrl+=") << int(Qt::Key_Equal) << Qt::KeyboardModifiers(Qt::ControlModifier) << 1;
        QTest::newRow("Ctrl+keypad +") << int(Qt::Key_Plus) << (Qt::ControlModifier | Qt::KeypadModifier) << 1;
        QTest::newRow("Ctrl+-") << int(Qt::Key_Minus) << Qt::KeyboardModifiers(Qt::ControlModifier) << -1;
        QTest::newRow("Ctrl+keypad -") << int(Qt::Key_Minus) << (Qt::ControlModifier | Qt::KeypadModifier) << -1;
    }

    // Ctrl++ / Ctrl+= / Ctrl+- change the editor font by a point a step; Ctrl+0 puts it back.
    void zoomFromTheKeyboard()
    {
        QFETCH(int, key);
        QFETCH(Qt::KeyboardModifiers, modifiers);
        QFETCH(int, step);
        Fixture f;
        QVERIFY(f.start());
        const qreal base = f.fontSize();
        QVERIFY(base > 0);
        QAction *reset = menuAction(f.window, QStringLiteral("actionZoomReset"));
        QVERIFY(reset);
        QVERIFY(!reset->isEnabled()); // nothing to reset yet

        QTest::keyClick(focused(), Qt::Key(key), modifiers);
        QCOMPARE(f.fontSize(), base + step);
        QTest::keyClick(focused(), Qt::Key(key), modifiers);
        QCOMPARE(f.fontSize(), base + 2 * step);
        QVERIFY(reset->isEnabled());
        QCOMPARE(f.editor()->toPlainText(), Spec); // the keys zoomed, they typed nothing

        QTest::keyClick(focused(), Qt::Key_0, Qt::ControlModifier);
        QCOMPARE(f.fontSize(), base);
        QVERIFY(!reset->isEnabled());
        QCOMPARE(f.editor()->toPlainText(), Spec);
    }

    // Ctrl+wheel on the text zooms; the plain wheel scrolls, as ever; the zoom is kept for the next window.
    void zoomWithTheWheel()
    {
        QStringList lines;
        for (int i = 1; i <= 300; ++i) {
            lines << QStringLiteral("Line %1 of the spec.").arg(i);
        }
        qreal base = 0;
        {
            Fixture f;
            QVERIFY(f.start(lines.join(QLatin1Char('\n'))));
            base = f.fontSize();
            QWidget *viewport = f.editor()->viewport();
            const auto wheel = [viewport](int delta, Qt::KeyboardModifiers modifiers) {
                const QPointF pos(viewport->width() / 2, viewport->height() / 2);
                QWheelEvent event(pos, viewport->mapToGlobal(pos), QPoint(), QPoint(0, delta), Qt::NoButton, modifiers,
                                  Qt::NoScrollPhase, false);
                QApplication::sendEvent(viewport, &event);
            };
            QScrollBar *scroll = f.editor()->verticalScrollBar();
            QCOMPARE(scroll->value(), 0);

            wheel(120, Qt::ControlModifier);
            QCOMPARE(f.fontSize(), base + 1);
            wheel(120, Qt::ControlModifier);
            QCOMPARE(f.fontSize(), base + 2);
            wheel(-120, Qt::ControlModifier);
            QCOMPARE(f.fontSize(), base + 1);
            QCOMPARE(scroll->value(), 0); // zooming did not scroll

            // A touchpad's small deltas add up to one step.
            wheel(40, Qt::ControlModifier);
            wheel(40, Qt::ControlModifier);
            QCOMPARE(f.fontSize(), base + 1);
            wheel(40, Qt::ControlModifier);
            QCOMPARE(f.fontSize(), base + 2);

            // Without Ctrl the wheel scrolls and leaves the size alone.
            wheel(-120, Qt::NoModifier);
            QVERIFY(scroll->value() > 0);
            QCOMPARE(f.fontSize(), base + 2);
        }
        {
            Fixture f;
            QVERIFY(f.start());
            QCOMPARE(f.fontSize(), base + 2);
            QTest::keyClick(focused(), Qt::Key_0, Qt::ControlModifier);
            QCOMPARE(f.fontSize(), base);
        }
        Fixture f;
        QCOMPARE(f.fontSize(), base);
    }

    // Two windows open: what one sets is not undone by the other saving its own settings.
    void settingsFromTwoWindows()
    {
        Fixture first;
        Fixture second;
        QVERIFY(first.start());
        const qreal base = first.fontSize();
        QTest::keyClick(first.editor(), Qt::Key_Plus, Qt::ControlModifier);
        QTest::keyClick(first.editor(), Qt::Key_Plus, Qt::ControlModifier);
        QCOMPARE(first.fontSize(), base + 2);
        menuAction(second.window, QStringLiteral("actionSoftWrap"))->trigger();

        Fixture next;
        QCOMPARE(next.fontSize(), base + 2);
        QVERIFY(menuAction(next.window, QStringLiteral("actionSoftWrap"))->isChecked());
    }

    // The toolbar holds the common actions, each with an icon that stands out from the toolbar.
    void toolBarActions()
    {
        Fixture f;
        QVERIFY(f.start());
        auto *bar = f.window.findChild<QToolBar *>(QStringLiteral("mainToolBar"));
        QVERIFY(bar);
        QVERIFY(bar->isVisible());
        QCOMPARE(f.window.toolBarArea(bar), Qt::TopToolBarArea);
        QStringList names;
        for (const QAction *action : bar->actions()) {
            if (!action->isSeparator()) {
                names << action->objectName();
            }
        }
        const QStringList expected = {QStringLiteral("actionNew"),           QStringLiteral("actionOpen"),
                                      QStringLiteral("actionSave"),          QStringLiteral("actionUndo"),
                                      QStringLiteral("actionRedo"),          QStringLiteral("actionFind"),
                                      QStringLiteral("actionInsertDiagram"), QStringLiteral("actionExportForReview"),
                                      QStringLiteral("actionShowPreview")};
        QCOMPARE(names, expected);
        QList<QImage> images;
        for (QAction *action : bar->actions()) {
            if (action->isSeparator()) {
                continue;
            }
            QVERIFY2(!action->icon().isNull(), qPrintable(action->objectName()));
            const QImage image = action->icon().pixmap(QSize(24, 24)).toImage();
            QVERIFY2(!image.isNull(), qPrintable(action->objectName()));
            QVERIFY2(!images.contains(image),
                     qPrintable(action->objectName() + QLatin1String(": same icon as another")));
            images << image;
            QWidget *button = bar->widgetForAction(action);
            QVERIFY2(button && button->isVisible(), qPrintable(action->objectName()));
            QVERIFY2(!action->toolTip().isEmpty(), qPrintable(action->objectName()));
            // The same action as the menu's: one place to enable, check and trigger it.
            QVERIFY2(menuAction(f.window, action->objectName()) == action, qPrintable(action->objectName()));
        }
    }

    // Settings → Show Toolbar hides it (and the window remembers); its Find button opens the find bar.
    void toolBarShowAndFind()
    {
        {
            Fixture f;
            QVERIFY(f.start());
            auto *bar = f.window.findChild<QToolBar *>(QStringLiteral("mainToolBar"));
            auto *findBar = f.window.findChild<FindBar *>(QStringLiteral("findBar"));
            QVERIFY(bar && findBar);
            QVERIFY(!findBar->isVisible());
            QAction *find = nullptr;
            for (QAction *action : bar->actions()) {
                if (action->objectName() == QLatin1String("actionFind")) {
                    find = action;
                }
            }
            QVERIFY(find);
            auto *button = qobject_cast<QToolButton *>(bar->widgetForAction(find));
            QVERIFY(button);
            QTest::mouseClick(button, Qt::LeftButton);
            QTRY_VERIFY(findBar->isVisible());
            QTRY_VERIFY(findBar->findField()->hasFocus());

            QAction *show = menuAction(f.window, QStringLiteral("actionShowToolBar"));
            QVERIFY(show);
            QVERIFY(show->isChecked());
            show->trigger();
            QVERIFY(!bar->isVisible());
            QVERIFY(!show->isChecked());
            QVERIFY(f.window.close());
        }
        {
            Fixture f;
            QVERIFY(f.start());
            auto *bar = f.window.findChild<QToolBar *>(QStringLiteral("mainToolBar"));
            QAction *show = menuAction(f.window, QStringLiteral("actionShowToolBar"));
            QVERIFY(!bar->isVisible());
            QVERIFY(!show->isChecked());
            show->trigger();
            QVERIFY(bar->isVisible());
            QVERIFY(show->isChecked());
        }
    }

    // Every setting of Settings → Preferences takes effect in the window at once, and a new window has it.
    void preferencesApplyLiveAndPersist()
    {
        qreal base = 0;
        QString family;
        QPalette light;
        {
            Fixture f;
            QVERIFY(f.start(Spec));
            QTRY_VERIFY_WITH_TIMEOUT(f.analysed(), 20000);
            light = QApplication::palette();
            base = f.fontSize();
            family = QFontInfo(f.editor()->font()).family();
            QAction *preferencesAction = menuAction(f.window, QStringLiteral("actionPreferences"));
            QVERIFY(preferencesAction);
            preferencesAction->trigger();
            PreferencesDialog *dialog = f.window.openPreferences();
            QTRY_VERIFY(dialog->isVisible());
            QCOMPARE(f.window.openPreferences(), dialog); // brought up again, not a second one

            auto *fontSize = f.preference<QSpinBox>(QStringLiteral("preferencesFontSize"));
            auto *tabWidth = f.preference<QSpinBox>(QStringLiteral("preferencesTabWidth"));
            auto *checkDelay = f.preference<QSpinBox>(QStringLiteral("preferencesCheckDelay"));
            auto *profile = f.preference<QComboBox>(QStringLiteral("preferencesProfile"));
            auto *spelling = f.preference<QCheckBox>(QStringLiteral("preferencesSpelling"));
            auto *language = f.preference<QComboBox>(QStringLiteral("preferencesLanguage"));
            auto *sync = f.preference<QCheckBox>(QStringLiteral("preferencesSyncScrolling"));
            auto *softWrap = f.preference<QCheckBox>(QStringLiteral("preferencesSoftWrap"));
            auto *theme = f.preference<QComboBox>(QStringLiteral("preferencesTheme"));
            QVERIFY(f.preference<QFontComboBox>(QStringLiteral("preferencesFont")));
            QVERIFY(fontSize && tabWidth && checkDelay && profile && spelling && language && sync && softWrap && theme);

            // The dialog shows what is in force.
            QCOMPARE(fontSize->value(), qRound(base));
            QCOMPARE(tabWidth->value(), 4);
            QCOMPARE(checkDelay->value(), MainWindow::PreviewDelay);
            QCOMPARE(profile->currentData().toString(), QString());
            QVERIFY(spelling->isChecked());
            QVERIFY(sync->isChecked());
            QVERIFY(!softWrap->isChecked());
            QCOMPARE(theme->currentData().toString(), QString());

            // Changing one thing changes that thing only: the editor keeps its font.
            tabWidth->setValue(2);
            QCOMPARE(f.editor()->indentWidth(), 2);
            QCOMPARE(QFontInfo(f.editor()->font()).family(), family);
            QCOMPARE(f.fontSize(), base);

            fontSize->setValue(qRound(base) + 3);
            QCOMPARE(f.fontSize(), qRound(base) + 3.0);
            QCOMPARE(QFontInfo(f.editor()->font()).family(), family);

            profile->setCurrentIndex(profile->findData(QStringLiteral("nova")));
            QVERIFY(menuAction(f.window, QStringLiteral("profile-nova"))->isChecked());
            QTRY_VERIFY_WITH_TIMEOUT(f.counts().contains(QLatin1String("nova profile")), 20000);

            sync->setChecked(false);
            QVERIFY(!menuAction(f.window, QStringLiteral("actionSyncScrolling"))->isChecked());
            softWrap->setChecked(true);
            QVERIFY(menuAction(f.window, QStringLiteral("actionSoftWrap"))->isChecked());
            QCOMPARE(f.editor()->lineWrapMode(), QPlainTextEdit::WidgetWidth);
            spelling->setChecked(false);
            QVERIFY(!language->isEnabled()); // no language to pick without spell checking
            checkDelay->setValue(400);
            theme->setCurrentIndex(theme->findData(QStringLiteral("Breeze Dark")));
            QVERIFY(isDark(QApplication::palette()));
            QVERIFY(themeAction(f.window, QStringLiteral("Breeze Dark"))->isChecked());
            QCOMPARE(f.editor()->effectiveThemeName(), QStringLiteral("Breeze Dark"));

            // The other way: the View menu's settings show in the open dialog.
            menuAction(f.window, QStringLiteral("actionSyncScrolling"))->trigger();
            QVERIFY(sync->isChecked());
            menuAction(f.window, QStringLiteral("actionSyncScrolling"))->trigger();
            QVERIFY(!sync->isChecked());
            dialog->close();
        }

        Fixture f;
        QVERIFY(f.start(Spec));
        QCOMPARE(f.fontSize(), qRound(base) + 3.0);
        QCOMPARE(QFontInfo(f.editor()->font()).family(), family);
        QCOMPARE(f.editor()->indentWidth(), 2);
        QVERIFY(menuAction(f.window, QStringLiteral("profile-nova"))->isChecked());
        QTRY_VERIFY_WITH_TIMEOUT(f.counts().contains(QLatin1String("nova profile")), 20000);
        QVERIFY(!menuAction(f.window, QStringLiteral("actionSyncScrolling"))->isChecked());
        QVERIFY(menuAction(f.window, QStringLiteral("actionSoftWrap"))->isChecked());
        QCOMPARE(f.editor()->lineWrapMode(), QPlainTextEdit::WidgetWidth);
        QVERIFY(isDark(QApplication::palette()));
        QVERIFY(themeAction(f.window, QStringLiteral("Breeze Dark"))->isChecked());
        f.window.openPreferences()->show();
        QCOMPARE(f.preference<QSpinBox>(QStringLiteral("preferencesFontSize"))->value(), qRound(base) + 3);
        QCOMPARE(f.preference<QSpinBox>(QStringLiteral("preferencesTabWidth"))->value(), 2);
        QCOMPARE(f.preference<QSpinBox>(QStringLiteral("preferencesCheckDelay"))->value(), 400);
        QCOMPARE(f.preference<QComboBox>(QStringLiteral("preferencesProfile"))->currentData().toString(),
                 QStringLiteral("nova"));
        QVERIFY(!f.preference<QCheckBox>(QStringLiteral("preferencesSpelling"))->isChecked());
        QVERIFY(!f.preference<QComboBox>(QStringLiteral("preferencesLanguage"))->isEnabled());
        QVERIFY(!f.preference<QCheckBox>(QStringLiteral("preferencesSyncScrolling"))->isChecked());
        QVERIFY(f.preference<QCheckBox>(QStringLiteral("preferencesSoftWrap"))->isChecked());
        QCOMPARE(f.preference<QComboBox>(QStringLiteral("preferencesTheme"))->currentData().toString(),
                 QStringLiteral("Breeze Dark"));

        // Restore Defaults: everything as on a first run, at once and for the next window.
        QTest::keyClick(f.editor(), Qt::Key_Plus, Qt::ControlModifier); // zoomed in as well
        auto *buttons = f.window.openPreferences()->findChild<QDialogButtonBox *>();
        QVERIFY(buttons);
        QTest::mouseClick(buttons->button(QDialogButtonBox::RestoreDefaults), Qt::LeftButton);
        const auto isDefault = [&](const Fixture &w) {
            QCOMPARE(w.fontSize(), base);
            QCOMPARE(QFontInfo(w.editor()->font()).family(), family);
            QCOMPARE(w.editor()->indentWidth(), 4);
            QVERIFY(menuAction(w.window, QStringLiteral("profile-auto"))->isChecked());
            QVERIFY(menuAction(w.window, QStringLiteral("actionSyncScrolling"))->isChecked());
            QVERIFY(!menuAction(w.window, QStringLiteral("actionSoftWrap"))->isChecked());
            QCOMPARE(w.editor()->lineWrapMode(), QPlainTextEdit::NoWrap);
            QVERIFY(themeAction(w.window, QString())->isChecked());
            QCOMPARE(QApplication::palette().color(QPalette::Window), light.color(QPalette::Window));
            QCOMPARE(QApplication::palette().color(QPalette::Base), light.color(QPalette::Base));
            QCOMPARE(w.window.viewActions()->preferences().checkDelay, MainWindow::PreviewDelay);
            QVERIFY(w.window.viewActions()->preferences().spelling);
            QCOMPARE(w.window.viewActions()->preferences().zoom, 0);
        };
        isDefault(f);
        if (QTest::currentTestFailed()) {
            return;
        }
        QCOMPARE(f.preference<QSpinBox>(QStringLiteral("preferencesFontSize"))->value(), qRound(base));
        QCOMPARE(f.preference<QSpinBox>(QStringLiteral("preferencesTabWidth"))->value(), 4);
        QCOMPARE(f.preference<QComboBox>(QStringLiteral("preferencesTheme"))->currentData().toString(), QString());
        QVERIFY(f.preference<QCheckBox>(QStringLiteral("preferencesSpelling"))->isChecked());
        Fixture next;
        isDefault(next);
    }

    void preferencesTabWidth_data()
    {
        QTest::addColumn<int>("width");
        QTest::newRow("2") << 2;
        QTest::newRow("3") << 3;
        QTest::newRow("8") << 8;
    }

    // Tab in the editor inserts the preferred number of spaces, and indents selected lines by as many.
    void preferencesTabWidth()
    {
        QFETCH(int, width);
        Fixture f;
        QVERIFY(f.start(QStringLiteral("one\ntwo\n")));
        f.window.openPreferences()->show();
        f.preference<QSpinBox>(QStringLiteral("preferencesTabWidth"))->setValue(width);
        QCOMPARE(f.editor()->indentWidth(), width);
        QVERIFY(f.focusEditor());
        const QString spaces(width, QLatin1Char(' '));

        QTest::keyClick(focused(), Qt::Key_Tab);
        QCOMPARE(f.editor()->toPlainText(), spaces + QLatin1String("one\ntwo\n"));
        QTest::keyClick(focused(), Qt::Key_Z, Qt::ControlModifier);
        QTest::keyClick(focused(), Qt::Key_Down, Qt::ShiftModifier);
        QTest::keyClick(focused(), Qt::Key_End, Qt::ShiftModifier);
        QTest::keyClick(focused(), Qt::Key_Tab);
        QCOMPARE(f.editor()->toPlainText(), spaces + QLatin1String("one\n") + spaces + QLatin1String("two\n"));
        QTest::keyClick(focused(), Qt::Key_Backtab, Qt::ShiftModifier);
        QCOMPARE(f.editor()->toPlainText(), QStringLiteral("one\ntwo\n"));
    }

    // The check delay: the window checks the spec and updates the preview only after that typing pause.
    void preferencesCheckDelay()
    {
        constexpr int Delay = 1500;
        {
            Fixture f;
            QVERIFY(f.start(Spec));
            QTRY_VERIFY_WITH_TIMEOUT(f.analysed(), 20000);
            f.window.openPreferences()->show();
            f.preference<QSpinBox>(QStringLiteral("preferencesCheckDelay"))->setValue(Delay);
            QVERIFY(f.focusEditor());

            QElapsedTimer timer;
            timer.start();
            QTest::keyClicks(focused(), QStringLiteral("x"));
            // Checks of the text before the key (still finishing on a loaded machine) do not count.
            const quint64 typed = f.window.document()->revision();
            const auto checked = [&f, typed] { return f.window.validatedRevision() == typed; };
            QVERIFY(!QTest::qWaitFor(checked, Delay / 2)); // not while the user may still be typing
            QVERIFY(QTest::qWaitFor(checked, 30000 * Specwright::Tests::SanitizerSlowdown));
            QVERIFY2(timer.elapsed() >= Delay, qPrintable(QString::number(timer.elapsed())));
        }
        Fixture f; // a new window waits as long
        QVERIFY(f.start(Spec));
        QTRY_VERIFY_WITH_TIMEOUT(f.analysed(), 20000);
        QTest::keyClicks(focused(), QStringLiteral("x"));
        const quint64 typed = f.window.document()->revision();
        const auto checked = [&f, typed] { return f.window.validatedRevision() == typed; };
        QVERIFY(!QTest::qWaitFor(checked, Delay / 2));
        QVERIFY(QTest::qWaitFor(checked, 30000 * Specwright::Tests::SanitizerSlowdown));
    }

    // A profile picked in the Check menu stays picked when another setting changes (zoom, soft wrap).
    void checkMenuProfileSurvivesOtherSettings()
    {
        Fixture f;
        QVERIFY(f.start(Spec));
        QAction *nova = menuAction(f.window, QStringLiteral("profile-nova"));
        QVERIFY(nova);
        nova->trigger();
        QVERIFY(nova->isChecked());
        QTRY_VERIFY_WITH_TIMEOUT(f.counts().contains(QLatin1String("nova profile")), 20000);

        QTest::keyClick(focused(), Qt::Key_Plus, Qt::ControlModifier);
        menuAction(f.window, QStringLiteral("actionSoftWrap"))->trigger();
        QVERIFY(nova->isChecked());
        QTest::keyClicks(focused(), QStringLiteral("x"));
        QTRY_VERIFY_WITH_TIMEOUT(f.analysed(), 20000);
        QVERIFY2(f.counts().contains(QLatin1String("nova profile")), qPrintable(f.counts()));
        f.window.openPreferences()->show();
        QCOMPARE(f.preference<QComboBox>(QStringLiteral("preferencesProfile"))->currentData().toString(),
                 QStringLiteral("nova"));

        Fixture next;
        QVERIFY(menuAction(next.window, QStringLiteral("profile-nova"))->isChecked());
    }

    // Help → Keyboard Shortcuts lists every menu action that has a shortcut, under its menu, with its keys.
    void keyboardShortcutsListEveryMenuShortcut()
    {
        Fixture f;
        QVERIFY(f.start());
        QAction *open = menuAction(f.window, QStringLiteral("actionKeyboardShortcuts"));
        QVERIFY(open);
        open->trigger();
        QDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = f.window.findChild<QDialog *>(QStringLiteral("shortcutsDialog"))) && dialog->isVisible());
        auto *list = dialog->findChild<QTreeWidget *>(QStringLiteral("shortcutsList"));
        QVERIFY(list);

        QStringList missing;
        QStringList allKeys;
        int checked = 0;
        for (const QAction *menuBarAction : f.window.menuBar()->actions()) {
            if (!menuBarAction->menu()) {
                continue;
            }
            const QString menuTitle = plain(menuBarAction->text());
            QTreeWidgetItem *group = nullptr;
            for (int i = 0; i < list->topLevelItemCount(); ++i) {
                if (list->topLevelItem(i)->text(0) == menuTitle) {
                    group = list->topLevelItem(i);
                }
            }
            std::function<void(const QMenu *)> walk = [&](const QMenu *menu) {
                for (const QAction *action : menu->actions()) {
                    if (action->menu()) {
                        walk(action->menu());
                        continue;
                    }
                    if (action->isSeparator() || action->shortcuts().isEmpty()) {
                        continue;
                    }
                    QStringList keys;
                    for (const QKeySequence &sequence : action->shortcuts()) {
                        keys << sequence.toString(QKeySequence::NativeText);
                    }
                    allKeys << keys;
                    ++checked;
                    const QString want = plain(action->text()) + QLatin1String(" = ") + keys.join(QLatin1String(", "));
                    bool found = false;
                    for (int i = 0; group && i < group->childCount(); ++i) {
                        const QTreeWidgetItem *row = group->child(i);
                        found = found || (row->text(0).endsWith(plain(action->text())) &&
                                          row->text(1) == keys.join(QLatin1String(", ")));
                    }
                    if (!found) {
                        missing << menuTitle + QLatin1String(" › ") + want;
                    }
                }
            };
            walk(menuBarAction->menu());
        }
        QVERIFY2(missing.isEmpty(), qPrintable(QLatin1String("not listed: ") + missing.join(QLatin1String("; "))));
        QVERIFY(checked >= 20);
        for (const QString &keys : {QStringLiteral("Ctrl+F"), QStringLiteral("Ctrl+J"), QStringLiteral("Ctrl+G"),
                                    QStringLiteral("F3"), QStringLiteral("Ctrl+S"), QStringLiteral("F8")}) {
            QVERIFY2(allKeys.contains(keys), qPrintable(keys));
        }
        // Reflow Paragraph under Edit, by its name.
        const QList<QTreeWidgetItem *> reflow =
            list->findItems(QStringLiteral("Reflow Paragraph"), Qt::MatchExactly | Qt::MatchRecursive);
        QCOMPARE(reflow.size(), 1);
        QCOMPARE(reflow.constFirst()->text(1), QStringLiteral("Ctrl+J"));
        QCOMPARE(reflow.constFirst()->parent()->text(0), QStringLiteral("Edit"));
    }

    void darkTheme_data()
    {
        QTest::addColumn<bool>("fromPreferences");
        QTest::newRow("View → Editor Theme") << false;
        QTest::newRow("Preferences") << true;
    }

    // A dark theme darkens the whole window, not just the text; Automatic brings the system's colours back.
    void darkTheme()
    {
        QFETCH(bool, fromPreferences);
        Fixture f;
        QVERIFY(f.start(Spec));
        QTRY_VERIFY_WITH_TIMEOUT(f.analysed(), 20000);
        const QPalette original = QApplication::palette();
        QVERIFY2(!isDark(original), "the test expects a light system palette");
        QTRY_COMPARE_WITH_TIMEOUT(previewIsDark(f.window.preview()), std::optional<bool>(false),
                                  20000 * Specwright::Tests::SanitizerSlowdown);
        auto *bar = f.window.findChild<QToolBar *>(QStringLiteral("mainToolBar"));
        QVERIFY(bar);

        const auto pick = [&](const QString &theme) {
            if (fromPreferences) {
                auto *combo = f.preference<QComboBox>(QStringLiteral("preferencesTheme"));
                combo->setCurrentIndex(combo->findData(theme));
            } else {
                themeAction(f.window, theme)->trigger();
            }
        };
        if (fromPreferences) {
            f.window.openPreferences()->show();
        }
        QVERIFY(themeAction(f.window, QStringLiteral("Breeze Dark")));
        pick(QStringLiteral("Breeze Dark"));
        QVERIFY(themeAction(f.window, QStringLiteral("Breeze Dark"))->isChecked());
        QVERIFY(isDark(QApplication::palette()));
        // Widgets take the application's palette as its change event reaches them.
        QTRY_VERIFY(isDark(f.window.palette()));
        QTRY_VERIFY(f.editor()->palette().color(QPalette::Base).lightness() < 128);
        QTRY_VERIFY(isDark(f.window.outline()->palette()));
        QTRY_VERIFY(isDark(f.window.diagnosticsList()->palette()));
        QTRY_VERIFY(isDark(bar->palette()));
        QTRY_VERIFY(isDark(f.window.menuBar()->palette()));
        // Text stays readable on it.
        QVERIFY(QApplication::palette().color(QPalette::WindowText).lightness() > 160);
        QVERIFY(QApplication::palette().color(QPalette::Text).lightness() > 160);
        QTRY_COMPARE_WITH_TIMEOUT(previewIsDark(f.window.preview()), std::optional<bool>(true),
                                  20000 * Specwright::Tests::SanitizerSlowdown);
        // The toolbar's drawn icons are redrawn light, to show on the dark bar.
        for (QAction *action : bar->actions()) {
            if (!action->isSeparator()) {
                const int ink = inkLightness(action->icon());
                QVERIFY2(std::abs(ink - bar->palette().color(QPalette::Window).lightness()) >= 60,
                         qPrintable(action->objectName() + QLatin1String(": ") + QString::number(ink)));
            }
        }

        pick(QString());
        QVERIFY(themeAction(f.window, QString())->isChecked());
        QCOMPARE(QApplication::palette().color(QPalette::Window), original.color(QPalette::Window));
        QCOMPARE(QApplication::palette().color(QPalette::Base), original.color(QPalette::Base));
        QCOMPARE(QApplication::palette().color(QPalette::Text), original.color(QPalette::Text));
        QTRY_VERIFY(!isDark(f.window.outline()->palette()));
        QTRY_VERIFY(!isDark(f.window.diagnosticsList()->palette()));
        QTRY_VERIFY(!isDark(bar->palette()));
        QTRY_VERIFY(f.editor()->palette().color(QPalette::Base).lightness() >= 128);
        QTRY_COMPARE_WITH_TIMEOUT(previewIsDark(f.window.preview()), std::optional<bool>(false),
                                  20000 * Specwright::Tests::SanitizerSlowdown);
        for (QAction *action : bar->actions()) {
            if (!action->isSeparator()) {
                const int ink = inkLightness(action->icon());
                QVERIFY2(std::abs(ink - bar->palette().color(QPalette::Window).lightness()) >= 60,
                         qPrintable(action->objectName() + QLatin1String(": ") + QString::number(ink)));
            }
        }
    }

    void firstRunLayout_data()
    {
        QTest::addColumn<QSize>("screen");
        QTest::addColumn<bool>("outline");
        QTest::newRow("1366x768") << QSize(1366, 768) << false;
        QTest::newRow("1440x900") << QSize(1440, 900) << true;
        QTest::newRow("1920x1080") << QSize(1920, 1080) << true;
        QTest::newRow("2560x1440") << QSize(2560, 1440) << true;
    }

    // The first-run proportions: the window on the screen, 81 columns for the editor, a readable preview.
    void firstRunLayout()
    {
        QFETCH(QSize, screen);
        QFETCH(bool, outline);
        MainWindow window;
        const int editorWidth = window.editor()->widthForColumns(81);
        QVERIFY(editorWidth > 81 * 5);
        const FirstRunLayout layout = FirstRunLayout::forScreen(screen, editorWidth);
        QVERIFY2(layout.window.width() <= screen.width() && layout.window.height() <= screen.height(),
                 qPrintable(QStringLiteral("%1×%2").arg(layout.window.width()).arg(layout.window.height())));
        QVERIFY2(layout.editor >= editorWidth, qPrintable(QString::number(layout.editor)));
        QVERIFY2(layout.preview >= FirstRunLayout::MinimumPreview, qPrintable(QString::number(layout.preview)));
        if (outline) {
            QCOMPARE(layout.outline, FirstRunLayout::OutlineWidth);
        }
        QVERIFY(layout.outline + layout.editor + layout.preview <= layout.window.width());
        QVERIFY(layout.diagnostics > 0 && layout.diagnostics <= layout.window.height() / 4);
    }

    void firstRunWindow_data() { firstRunLayout_data(); }

    // A real first-run window on screens of those sizes: the editor shows 80 columns whole, beside a
    // readable preview and, from 1440 pixels, the outline. Each screen is an offscreen platform of
    // that size, in a process of its own (a process has its screens from the start).
    void firstRunWindow()
    {
        QFETCH(QSize, screen);
        QFETCH(bool, outline);
        QScreen *primary = QGuiApplication::primaryScreen();
        if (primary->size() != screen) {
            QVERIFY2(!qEnvironmentVariableIsSet("SPECWRIGHT_SCREEN_TEST"), "the offscreen screen was not configured");
            QTemporaryDir dir;
            const QString config = dir.filePath(QStringLiteral("screen.json"));
            QFile file(config);
            QVERIFY(file.open(QIODevice::WriteOnly));
            const QJsonObject screenObject{{QStringLiteral("name"), QStringLiteral("test")},
                                           {QStringLiteral("x"), 0},
                                           {QStringLiteral("y"), 0},
                                           {QStringLiteral("width"), screen.width()},
                                           {QStringLiteral("height"), screen.height()},
                                           {QStringLiteral("logicalDpi"), 96},
                                           {QStringLiteral("logicalBaseDpi"), 96},
                                           {QStringLiteral("dpr"), 1.0}};
            file.write(QJsonDocument(QJsonObject{{QStringLiteral("screens"), QJsonArray{screenObject}}}).toJson());
            file.close();
            QProcess child;
            QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
            environment.insert(QStringLiteral("SPECWRIGHT_SCREEN_TEST"), QStringLiteral("1"));
            child.setProcessEnvironment(environment);
            child.setProcessChannelMode(QProcess::MergedChannels);
            child.start(QCoreApplication::applicationFilePath(),
                        {QStringLiteral("-platform"), QStringLiteral("offscreen:configfile=") + config,
                         QStringLiteral("firstRunWindow:") + QString::fromUtf8(QTest::currentDataTag())});
            QVERIFY(child.waitForFinished(120000 * Specwright::Tests::SanitizerSlowdown));
            const QByteArray output = child.readAll();
            QVERIFY2(child.exitStatus() == QProcess::NormalExit && child.exitCode() == 0, output.constData());
            QVERIFY2(output.contains("PASS   : ViewSettingsTest::firstRunWindow("), output.constData());
            return;
        }

        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        SourceEditor *editor = window.editor();
        const QString line = QStringLiteral("0123456789").repeated(8); // 80 columns
        editor->setPlainText(line + QLatin1Char('\n'));
        const QRect available = primary->availableGeometry();
        const auto describe = [&] {
            return QStringLiteral("window %1×%2 (frame %3×%4), editor viewport %5, preview %6, outline %7")
                .arg(window.width())
                .arg(window.height())
                .arg(window.frameGeometry().width())
                .arg(window.frameGeometry().height())
                .arg(editor->viewport()->width())
                .arg(window.preview()->width())
                .arg(window.outline()->isVisible() ? window.outline()->width() : 0);
        };
        const qreal column = QFontMetricsF(editor->font()).horizontalAdvance(QLatin1Char(' '));
        // Polled: the docks and the splitter take their sizes as the shown window lays out.
        QTRY_VERIFY2(editor->viewport()->width() >= 80 * column + editor->document()->documentMargin(),
                     qPrintable(describe()));
        QTRY_VERIFY2(editor->horizontalScrollBar()->maximum() == 0, qPrintable(describe())); // all 80 in view
        qInfo().noquote() << describe(); // shown when the parent reports a failure
        QVERIFY2(window.frameGeometry().width() <= available.width() &&
                     window.frameGeometry().height() <= available.height(),
                 qPrintable(describe()));
        QTRY_VERIFY2(window.preview()->isVisible() && window.preview()->width() >= FirstRunLayout::MinimumPreview,
                     qPrintable(describe()));
        QVERIFY(window.diagnosticsList()->isVisible());
        if (outline) {
            QVERIFY2(window.outline()->isVisible() && window.outline()->width() >= FirstRunLayout::OutlineWidth / 2,
                     qPrintable(describe()));
        }
    }
};

SPECWRIGHT_WIDGET_TEST_MAIN(ViewSettingsTest)
#include "viewsettings_test.moc"
