// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "webenginetestsetup.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QApplication>
#include <QMessageBox>
#include <QPointer>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>

namespace Specwright::Tests {

// Time limits stretch under AddressSanitizer, which makes Specwright's own work several times slower.
#if defined(__SANITIZE_ADDRESS__)
constexpr int SanitizerSlowdown = 10;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
constexpr int SanitizerSlowdown = 10;
#else
constexpr int SanitizerSlowdown = 1;
#endif
#else
constexpr int SanitizerSlowdown = 1;
#endif

/** The texts of \a column of every row a view shows (e.g. the Diagnostics list's rule ids), in view order. */
inline QStringList columnTexts(const QAbstractItemView *view, int column)
{
    QStringList texts;
    const QAbstractItemModel *model = view->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        texts.append(model->index(row, column).data().toString());
    }
    return texts;
}

/**
 * Answers the next modal message box with \a button and records its text, so
 * tests can drive code that asks the user. Polls because the box is opened
 * from inside the code under test, in a nested event loop.
 */
class MessageBoxAnswerer final : public QObject
{
    Q_OBJECT

public:
    explicit MessageBoxAnswerer(QMessageBox::StandardButton button)
        : m_button(button)
    {
        connect(&m_timer, &QTimer::timeout, this, &MessageBoxAnswerer::poll);
        m_timer.start(20);
    }

    int count() const { return m_texts.size(); }
    QStringList texts() const { return m_texts; }
    QStringList titles() const { return m_titles; }

private:
    void poll()
    {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box || box == m_last) {
            return;
        }
        m_last = box;
        m_texts.append(box->text());
        m_titles.append(box->windowTitle());
        QAbstractButton *button = box->button(m_button);
        if (!button) { // not offered: the box's way out, never an action the test did not ask for
            button = box->escapeButton() ? box->escapeButton() : box->buttons().value(0);
        }
        button->click();
    }

    QMessageBox::StandardButton m_button;
    QTimer m_timer;
    QPointer<QMessageBox> m_last;
    QStringList m_texts;
    QStringList m_titles;
};

} // namespace Specwright::Tests

// QTEST_MAIN, plus what Qt WebEngine needs before the application exists.
#define SPECWRIGHT_WIDGET_TEST_MAIN(TestObject)                                                                        \
    int main(int argc, char *argv[])                                                                                   \
    {                                                                                                                  \
        Specwright::Tests::prepareForWebEngine();                                                                      \
        QApplication app(argc, argv);                                                                                  \
        QApplication::setOrganizationName(QStringLiteral("SpecwrightTests"));                                          \
        QApplication::setApplicationName(QStringLiteral(#TestObject));                                                 \
        app.setAttribute(Qt::AA_Use96Dpi, true);                                                                       \
        TestObject tc;                                                                                                 \
        QTEST_SET_MAIN_SOURCE_PATH                                                                                     \
        return QTest::qExec(&tc, argc, argv);                                                                          \
    }
