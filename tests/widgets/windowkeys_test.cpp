// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Keys in the real main window that must act where the user is (issue 24): F8 to a finding at the
// end of a long line scrolls sideways only as far as the finding needs.
#include "widgettesthelpers.h"

#include <widgets/mainwindow.h>
#include <widgets/sourceeditor.h>

#include <QScrollBar>
#include <QSplitter>
#include <QTextBlock>

using Specwright::Widgets::MainWindow;

class WindowKeysTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void f8KeepsTheLineStartInView_data()
    {
        QTest::addColumn<int>("visibleColumns");
        QTest::newRow("the long line fits") << 110;
        QTest::newRow("the long line is wider than the view") << 70;
    }

    void f8KeepsTheLineStartInView()
    {
        QFETCH(int, visibleColumns);
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        // The editor as wide as visibleColumns, beside the preview.
        auto *splitter = window.findChild<QSplitter *>(QStringLiteral("splitter"));
        const int width = window.editor()->widthForColumns(visibleColumns);
        window.resize(width + 600, 700);
        splitter->setSizes({width, 500});
        QStringList lines = {QStringLiteral("====="), QStringLiteral("Title"), QStringLiteral("====="), QString()};
        for (int i = 0; i < 5; ++i) {
            lines << QStringLiteral("A short line of prose.");
        }
        const QString longLine = QStringLiteral("This line is much longer than a spec may have it, %1 and it goes "
                                                "on past the ruler.")
                                     .arg(QString(20, QLatin1Char('x')));
        QVERIFY(longLine.size() > 95 && longLine.size() < 105);
        lines << longLine << QStringLiteral("A short line again.") << QString();
        window.editor()->setPlainText(lines.join(QLatin1Char('\n')));
        QTRY_VERIFY_WITH_TIMEOUT(window.validatedRevision() == window.document()->revision(), 20000);
        window.activateWindow();
        window.editor()->setFocus();
        QTRY_VERIFY(window.editor()->hasFocus());
        QTextCursor start(window.editor()->document());
        window.editor()->setTextCursor(start);

        QTest::keyClick(QApplication::focusWidget(), Qt::Key_F8);
        const QTextCursor at = window.editor()->textCursor();
        QCOMPARE(at.blockNumber(), 9); // the long line's finding
        QScrollBar *sideways = window.editor()->horizontalScrollBar();
        QTextCursor end = at;
        end.setPosition(at.selectionEnd());
        const QRect endRect = window.editor()->cursorRect(end);
        const int viewWidth = window.editor()->viewport()->width();
        QVERIFY2(endRect.right() <= viewWidth, "the finding's end is in view");
        // No more sideways than needed: two character cells of margin at most beyond the end.
        const int cell = window.editor()->fontMetrics().horizontalAdvance(QLatin1Char(' '));
        const int needed = qMax(0, endRect.right() + sideways->value() + 2 * cell - viewWidth);
        QVERIFY2(sideways->value() <= needed + 1,
                 qPrintable(QStringLiteral("scrolled %1 px, %2 needed").arg(sideways->value()).arg(needed)));
        if (endRect.right() + sideways->value() + 2 * cell <= viewWidth) {
            QCOMPARE(sideways->value(), 0); // the whole line fits: its start stays in view
        }
    }
};

SPECWRIGHT_WIDGET_TEST_MAIN(WindowKeysTest)
#include "windowkeys_test.moc"
