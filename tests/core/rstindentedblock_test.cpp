// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <core/rst/rstindentedblock.h>

#include <QTest>

using namespace Specwright::Core;
using namespace Qt::StringLiterals;

// docutils' StringList.get_indented (statemachine.py) and the state machine's get_known_indented /
// get_first_known_indented, which the block parser reads every indented construct with.
class RstIndentedBlockTest : public QObject
{
    Q_OBJECT

private slots:
    void read_data()
    {
        QTest::addColumn<QStringList>("source");
        QTest::addColumn<QString>("call"); // read, known or firstKnown
        QTest::addColumn<int>("start");
        QTest::addColumn<int>("indent"); // blockIndent for read (-1: least found), else the known indentation
        QTest::addColumn<bool>("untilBlank");
        QTest::addColumn<QStringList>("lines");
        QTest::addColumn<int>("end");
        QTest::addColumn<bool>("blankFinish");

        const QStringList quote{u"x"_s, u"  a"_s, u"    b"_s, QString(), u"  c"_s, u"d"_s};
        QTest::newRow("nominal: least indentation removed, blank lines inside kept")
            << quote << u"read"_s << 1 << -1 << false << QStringList{u"a"_s, u"  b"_s, QString(), u"c"_s} << 5 << false;
        QTest::newRow("nominal: until the first blank line")
            << quote << u"read"_s << 1 << -1 << true << QStringList{u"a"_s, u"  b"_s} << 3 << true;
        QTest::newRow("nominal: first line from its marker, the rest by their indentation")
            << QStringList{u"..  first"_s, u"   second"_s} << u"firstKnown"_s << 0 << 4 << false
            << QStringList{u"first"_s, u"second"_s} << 2 << true;
        QTest::newRow("nominal: a list item's known indentation")
            << QStringList{u"* a"_s, u"  b"_s, QString(), u"  c"_s, u"x"_s} << u"known"_s << 0 << 2 << false
            << QStringList{u"a"_s, u"b"_s, QString(), u"c"_s} << 4 << false;
        QTest::newRow("edge: text within the known indentation ends the block")
            << QStringList{u"* a"_s, u"  b"_s, u" c"_s} << u"known"_s << 0 << 2 << false << QStringList{u"a"_s, u"b"_s}
            << 2 << false;
        QTest::newRow("edge: a blank line before the next text finishes the block blank")
            << QStringList{u"* a"_s, QString(), u"x"_s} << u"known"_s << 0 << 2 << false << QStringList{u"a"_s} << 2
            << true;
    }

    void read()
    {
        QFETCH(QStringList, source);
        QFETCH(QString, call);
        QFETCH(int, start);
        QFETCH(int, indent);
        QFETCH(bool, untilBlank);
        QFETCH(QStringList, lines);
        QFETCH(int, end);
        QFETCH(bool, blankFinish);

        RstLines input;
        for (int k = 0; k < source.size(); ++k) {
            input.push_back({k, 0, QStringView(source.at(k))});
        }
        const RstIndentedBlock block = call == u"read"_s ? RstIndentedBlock::read(input, start, untilBlank, indent, -1)
                                       : call == u"known"_s
                                           ? RstIndentedBlock::known(input, start, indent, untilBlank)
                                           : RstIndentedBlock::firstKnown(input, start, indent, untilBlank);
        QStringList actual;
        for (const RstLineRef &line : block.lines) {
            actual.append(line.text.toString());
        }
        // Trailing blank lines are the caller's to drop, as in docutils.
        while (!actual.isEmpty() && actual.constLast().isEmpty()) {
            actual.removeLast();
        }
        QCOMPARE(actual, lines);
        QCOMPARE(block.end, end);
        QCOMPARE(block.blankFinish, blankFinish);
    }
};

QTEST_GUILESS_MAIN(RstIndentedBlockTest)
#include "rstindentedblock_test.moc"
