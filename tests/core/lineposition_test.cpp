// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Go to Line's input: "line" or "line:column", clamped into the text with a note, or refused.
#include <core/document/lineposition.h>

#include <QTest>

using Specwright::Core::LinePosition;

class LinePositionTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("note"); ///< a part of the note ("" for none)
        // 100 lines, each 10 characters long.
        QTest::newRow("nominal: a line") << QStringLiteral("42") << true << 41 << 0 << QString();
        QTest::newRow("nominal: line and column") << QStringLiteral("42:7") << true << 41 << 6 << QString();
        QTest::newRow("nominal: spaces around") << QStringLiteral("  5 : 2 ") << true << 4 << 1 << QString();
        QTest::newRow("nominal: a trailing colon") << QStringLiteral("5:") << true << 4 << 0 << QString();
        QTest::newRow("nominal: end of line") << QStringLiteral("3:11") << true << 2 << 10 << QString();
        QTest::newRow("edge: past the last line")
            << QStringLiteral("500") << true << 99 << 0 << QStringLiteral("lines 1 to 100");
        QTest::newRow("edge: line 0") << QStringLiteral("0") << true << 0 << 0 << QStringLiteral("went to line 1");
        QTest::newRow("edge: negative") << QStringLiteral("-4") << true << 0 << 0 << QStringLiteral("went to line 1");
        QTest::newRow("edge: past the line's end")
            << QStringLiteral("3:999") << true << 2 << 10 << QStringLiteral("has 10 characters");
        QTest::newRow("edge: huge number")
            << QStringLiteral("99999999999999999999") << false << 0 << 0 << QStringLiteral("is not a line number");
        QTest::newRow("edge: words") << QStringLiteral("abc") << false << 0 << 0
                                     << QStringLiteral("is not a line number");
        QTest::newRow("edge: empty") << QString() << false << 0 << 0 << QStringLiteral("Type a line number");
        QTest::newRow("edge: two colons")
            << QStringLiteral("1:2:3") << false << 0 << 0 << QStringLiteral("Type a line number");
    }

    void parse()
    {
        QFETCH(QString, input);
        QFETCH(bool, valid);
        QFETCH(int, line);
        QFETCH(int, column);
        QFETCH(QString, note);
        const LinePosition position = LinePosition::parse(input, 100, [](int) { return 10; });
        QCOMPARE(position.valid, valid);
        if (valid) {
            QCOMPARE(position.line, line);
            QCOMPARE(position.column, column);
        }
        if (note.isEmpty()) {
            QCOMPARE(position.note, QString());
        } else {
            QVERIFY2(position.note.contains(note), qPrintable(position.note));
        }
    }
};

QTEST_GUILESS_MAIN(LinePositionTest)
#include "lineposition_test.moc"
