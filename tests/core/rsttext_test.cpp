// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <core/rst/rsttext.h>

#include <QTest>

using Specwright::Core::RstText;
using namespace Qt::StringLiterals;

class RstTextTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Lines as docutils reads them; the control characters sit before and after the first 8
    // characters, where the whole-text scan switches from 8-character steps to single ones.
    void linesOf_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("lines");
        QTest::addColumn<bool>("tabs");

        QTest::newRow("plain") << QStringLiteral("Title\n=====\n\nText.\n")
                               << QStringList{u"Title"_s, u"====="_s, QString(), u"Text."_s} << false;
        QTest::newRow("trailing whitespace") << QStringLiteral("a   \nb \n") << QStringList{u"a"_s, u"b"_s} << false;
        QTest::newRow("no final newline") << QStringLiteral("a\nb") << QStringList{u"a"_s, u"b"_s} << false;
        QTest::newRow("crlf") << QStringLiteral("first line\r\nsecond line\r\n")
                              << QStringList{u"first line"_s, u"second line"_s} << false;
        QTest::newRow("lone carriage return ends a line")
            << QStringLiteral("first part\rsecond part\n") << QStringList{u"first part"_s, u"second part"_s} << false;
        QTest::newRow("tab at the start")
            << QStringLiteral("\tindented\n") << QStringList{u"        indented"_s} << true;
        QTest::newRow("tab after eight characters")
            << QStringLiteral("abcdefghij\tk\n") << QStringList{u"abcdefghij      k"_s} << true;
        QTest::newRow("tab far into a long line") << QStringLiteral("0123456789012345678901234\tx\n")
                                                  << QStringList{u"0123456789012345678901234       x"_s} << true;
        QTest::newRow("vertical tab and form feed are spaces")
            << QStringLiteral("abcdefghijk\vl\fm\n") << QStringList{u"abcdefghijk l m"_s} << false;
        QTest::newRow("other control character is kept")
            << QStringLiteral("abcdefghijk\x01z\n") << QStringList{QStringLiteral("abcdefghijk\x01z")} << false;
        QTest::newRow("empty") << QString() << QStringList() << false;
        QTest::newRow("only line feeds") << QStringLiteral("\n\n\n") << QStringList{QString(), QString(), QString()}
                                         << false;
        QTest::newRow("line feeds on both sides of an 8-character step")
            << QStringLiteral("1234567\n\n234567890123456\nx")
            << QStringList{u"1234567"_s, QString(), u"234567890123456"_s, u"x"_s} << false;
        QTest::newRow("several lines in one 8-character step")
            << QStringLiteral("a\nb\nc\nd\n") << QStringList{u"a"_s, u"b"_s, u"c"_s, u"d"_s} << false;
        QTest::newRow("no-break space at the end is trailing white space")
            << QStringLiteral(u"word\u00a0\u00a0\nnext line here\n") << QStringList{u"word"_s, u"next line here"_s}
            << false;
        QTest::newRow("a tab after many plain lines")
            << QString(QStringLiteral("plain line of text\n").repeated(40) + QStringLiteral("\tlast\n"))
            << (QStringList(40, u"plain line of text"_s) << u"        last"_s) << true;
        QTest::newRow("wide characters are not control characters")
            << QStringLiteral(u"\u8a2d\u8a08\u66f8\u306e\u30bf\u30a4\u30c8\u30eb\uffff\u8a2d\n")
            << QStringList{QStringLiteral(u"\u8a2d\u8a08\u66f8\u306e\u30bf\u30a4\u30c8\u30eb\uffff\u8a2d")} << false;
    }
    void linesOf()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, lines);
        QFETCH(bool, tabs);
        QCOMPARE(RstText::linesOf(text), lines);
        bool hasTabs = !tabs;
        QStringList reworked;
        const Specwright::Core::RstLines parserLines = RstText::parserLinesOf(text, reworked, &hasTabs);
        QStringList parserTexts;
        for (size_t i = 0; i < parserLines.size(); ++i) {
            QCOMPARE(parserLines[i].line, int(i));
            QCOMPARE(parserLines[i].column, 0);
            parserTexts.append(parserLines[i].text.toString());
        }
        QCOMPARE(parserTexts, lines);
        QCOMPARE(hasTabs, tabs);
    }

    // Line feeds at every place relative to the 8-character steps of the scan.
    void lineFeedFrom_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("from");
        QTest::addColumn<int>("found");
        QTest::newRow("empty") << QString() << 0 << 0;
        QTest::newRow("none") << u"no line feed in this text at all"_s << 0 << 32;
        QTest::newRow("first") << u"\nrest"_s << 0 << 0;
        QTest::newRow("seventh") << u"1234567\n9"_s << 0 << 7;
        QTest::newRow("eighth") << u"12345678\n"_s << 0 << 8;
        QTest::newRow("in the tail") << u"1234567890\n"_s << 0 << 10;
        QTest::newRow("far") << QStringLiteral("x").repeated(100) + u"\n"_s << 0 << 100;
        QTest::newRow("after from") << u"a\nb\nc"_s << 2 << 3;
        QTest::newRow("from at a line feed") << u"a\nb\nc"_s << 1 << 1;
        QTest::newRow("from at the end") << u"ab\n"_s << 3 << 3;
        QTest::newRow("wide characters around")
            << QStringLiteral(u"\u8a2d\u8a08\uffff\u0a0a\u0a00\u8a2d\u8a08\u8a2d\u8a08\n") << 0 << 9;
    }
    void lineFeedFrom()
    {
        QFETCH(QString, text);
        QFETCH(int, from);
        QFETCH(int, found);
        QCOMPARE(RstText::lineFeedFrom(text, from), qsizetype(found));
    }

    void normalizeName_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("normalized");
        QTest::newRow("lower-cased") << u"Problem Description"_s << u"problem description"_s;
        QTest::newRow("whitespace collapsed") << u"  REST\t API\n\n impact  "_s << u"rest api impact"_s;
        QTest::newRow("punctuation kept") << u"Work_Items-2.0"_s << u"work_items-2.0"_s;
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("only whitespace") << u" \t "_s << QString();
        QTest::newRow("non-ASCII letters")
            << QStringLiteral(u"\u00c4nderung  \u00dcBER") << QStringLiteral(u"\u00e4nderung \u00fcber");
        QTest::newRow("no-break space is whitespace") << QStringLiteral(u"Data\u00a0Model") << u"data model"_s;
    }
    void normalizeName()
    {
        QFETCH(QString, name);
        QFETCH(QString, normalized);
        QCOMPARE(RstText::normalizeName(name), normalized);
        QCOMPARE(RstText::normalizeName(name), name.simplified().toLower()); // docutils' rule, as Qt says it
    }

    // Title underlines are measured in columns: wide characters take two, combining marks none.
    void columnWidth_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("width");
        QTest::newRow("ASCII") << u"Problem description"_s << 19;
        QTest::newRow("Latin-1") << QStringLiteral(u"Caf\u00e9 \u00fcber") << 9;
        QTest::newRow("combining accent") << QStringLiteral(u"Cafe\u0301") << 4;
        QTest::newRow("wide") << QStringLiteral(u"\u8a2d\u8a08 API") << 8;
        QTest::newRow("surrogate pair, wide") << QStringLiteral(u"\U0001F600!") << 3;
        QTest::newRow("empty") << QString() << 0;
    }
    void columnWidth()
    {
        QFETCH(QString, text);
        QFETCH(int, width);
        QCOMPARE(RstText::columnWidth(text), width);
    }

    void sharedSliceOutlivesItsSource()
    {
        QString slice;
        {
            QString source = QStringLiteral("alpha beta gamma");
            source.detach();
            slice = RstText::sharedSlice(source, 6, 4);
            QCOMPARE(slice, u"beta"_s);
            source[6] = QLatin1Char('B'); // writing to the source copies it: the slice does not change
            QCOMPARE(source, u"alpha Beta gamma"_s);
        }
        QCOMPARE(slice, u"beta"_s);
        slice += QStringLiteral("!"); // the slice alone owns the memory now, and may grow in it
        QCOMPARE(slice, u"beta!"_s);
    }

    void holdsOnlyViewsOfItsOwnCharacters_data()
    {
        QTest::addColumn<int>("start");
        QTest::addColumn<int>("length");
        QTest::addColumn<bool>("held");
        // Offsets into "alpha beta", from its first character; -1 starts just before it.
        QTest::newRow("the whole text") << 0 << 10 << true;
        QTest::newRow("a word inside") << 6 << 4 << true;
        QTest::newRow("the last character") << 9 << 1 << true;
        QTest::newRow("one past the end") << 6 << 5 << false;
        QTest::newRow("one before the start") << -1 << 3 << false;
        QTest::newRow("empty") << 3 << 0 << false;
    }
    void holdsOnlyViewsOfItsOwnCharacters()
    {
        QFETCH(int, start);
        QFETCH(int, length);
        QFETCH(bool, held);
        // One buffer, of which "alpha beta" is the middle: views around it lie in real memory.
        QString buffer = u"[alpha beta]"_s;
        buffer.detach(); // on the heap, so that the slice shares it
        const QString text = RstText::sharedSlice(buffer, 1, 10);
        QCOMPARE(text, u"alpha beta"_s);
        QCOMPARE(RstText::holds(text, QStringView(buffer.constData() + 1 + start, length)), held);
        // A copy of the same characters is not the text's own.
        const QString copy = QString(text).append(u'!').chopped(1);
        QVERIFY(!RstText::holds(text, QStringView(copy).mid(0, 5)));
    }

    void sharedSliceCopiesRawData()
    {
        QChar buffer[] = {u'r', u'a', u'w', u'!'};
        const QString raw = QString::fromRawData(buffer, 4);
        const QString slice = RstText::sharedSlice(raw, 1, 2);
        buffer[1] = u'X';
        QCOMPARE(slice, u"aw"_s); // a copy: raw data belongs to someone else
        QCOMPARE(RstText::sharedSlice(raw, 2, 0), QString());
    }
};

QTEST_APPLESS_MAIN(RstTextTest)
#include "rsttext_test.moc"
