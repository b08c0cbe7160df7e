// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <core/rst/rstmarkers.h>

#include <QTest>

using Specwright::Core::RstMarkers;
using Format = RstMarkers::EnumeratorFormat;
using Sequence = RstMarkers::EnumeratorSequence;
using namespace Qt::StringLiterals;

// Expected values are docutils 0.21's (docutils/parsers/rst/states.py, Body.patterns,
// Body.parse_enumerator, Body.make_enumerator, Body.parse_option_marker; the roman module), written
// with docutils' own names ("period", "loweralpha", "#") so each row reads like docutils' answer.
// Rows named "differs: …" are where the scanners disagree with docutils; they are expected to fail.
namespace {

QString formatName(Format format)
{
    switch (format) {
    case Format::Period:
        return u"period"_s;
    case Format::Parens:
        return u"parens"_s;
    case Format::RParen:
        break;
    }
    return u"rparen"_s;
}

// docutils' sequence names, "#" for the auto-enumerator and "" for none.
QString sequenceKey(Sequence sequence)
{
    switch (sequence) {
    case Sequence::None:
        break;
    case Sequence::Auto:
        return u"#"_s;
    case Sequence::Arabic:
        return u"arabic"_s;
    case Sequence::LowerAlpha:
        return u"loweralpha"_s;
    case Sequence::UpperAlpha:
        return u"upperalpha"_s;
    case Sequence::LowerRoman:
        return u"lowerroman"_s;
    case Sequence::UpperRoman:
        return u"upperroman"_s;
    }
    return {};
}

Sequence sequenceOf(const QString &key)
{
    for (const Sequence sequence : {Sequence::Auto, Sequence::Arabic, Sequence::LowerAlpha, Sequence::UpperAlpha,
                                    Sequence::LowerRoman, Sequence::UpperRoman}) {
        if (sequenceKey(sequence) == key) {
            return sequence;
        }
    }
    return Sequence::None;
}

Format formatOf(const QString &name)
{
    for (const Format format : {Format::Period, Format::Parens, Format::RParen}) {
        if (formatName(format) == name) {
            return format;
        }
    }
    qFatal("unknown enumerator format");
}

// docutils' parse_enumerator() result as one line: format, sequence, text, ordinal (-1 for None), match end.
QString describeEnumerator(bool valid, const QString &format, const QString &sequence, const QString &text,
                           qlonglong ordinal, int end)
{
    if (!valid) {
        return u"no enumerator"_s;
    }
    return u"%1 %2 '%3' ordinal %4 end %5"_s.arg(format, sequence, text).arg(ordinal).arg(end);
}

} // namespace

class RstMarkersTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // pats['nonalphanum7bit'] = '[!-/:-@[-`{-~]'
    void isPunctuation7Bit_data()
    {
        QTest::addColumn<QChar>("c");
        QTest::addColumn<bool>("expected");

        QTest::newRow("nominal: first of !-/") << QChar(u'!') << true;
        QTest::newRow("nominal: last of !-/") << QChar(u'/') << true;
        QTest::newRow("nominal: hyphen") << QChar(u'-') << true;
        QTest::newRow("nominal: first of :-@") << QChar(u':') << true;
        QTest::newRow("nominal: last of :-@") << QChar(u'@') << true;
        QTest::newRow("nominal: first of [-`") << QChar(u'[') << true;
        QTest::newRow("nominal: last of [-`") << QChar(u'`') << true;
        QTest::newRow("nominal: first of {-~") << QChar(u'{') << true;
        QTest::newRow("nominal: last of {-~") << QChar(u'~') << true;
        QTest::newRow("invalid: letter") << QChar(u'a') << false;
        QTest::newRow("invalid: digit") << QChar(u'0') << false;
        QTest::newRow("invalid: space") << QChar(u' ') << false;
        QTest::newRow("invalid: section sign, not 7-bit") << QChar(u'\u00a7') << false;
        QTest::newRow("invalid: bullet, not 7-bit") << QChar(u'\u2022') << false;
    }
    void isPunctuation7Bit()
    {
        QFETCH(QChar, c);
        QFETCH(bool, expected);
        QCOMPARE(RstMarkers::isPunctuation7Bit(c), expected);
    }

    // 'line': r'(%(nonalphanum7bit)s)\1* *$' (lines reach the scanner without trailing spaces)
    void isAdornment_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("expected");

        QTest::newRow("nominal: equals signs") << u"====="_s << true;
        QTest::newRow("nominal: tildes") << u"~~~~"_s << true;
        QTest::newRow("nominal: hashes") << u"####"_s << true;
        QTest::newRow("nominal: backquotes") << u"``"_s << true;
        QTest::newRow("nominal: backslashes") << u"\\\\\\"_s << true;
        QTest::newRow("edge: one character") << u"-"_s << true;
        QTest::newRow("invalid: two characters alternating") << u"=-=-"_s << false;
        QTest::newRow("invalid: ends in a letter") << u"===a"_s << false;
        QTest::newRow("invalid: empty") << QString() << false;
        QTest::newRow("invalid: letters") << u"aaa"_s << false;
        QTest::newRow("invalid: bullets, not 7-bit") << u"\u2022\u2022\u2022"_s << false;
        QTest::newRow("invalid: em dashes, not 7-bit") << u"\u2014\u2014"_s << false;
    }
    void isAdornment()
    {
        QFETCH(QString, text);
        QFETCH(bool, expected);
        QCOMPARE(RstMarkers::isAdornment(text), expected);
    }

    // 'bullet': '[-+*\u2022\u2023\u2043]( +|$)'; the end of the match, or -1
    void bulletMarkerEnd_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("end");

        QTest::newRow("nominal: asterisk") << u"* item"_s << 2;
        QTest::newRow("nominal: plus") << u"+ item"_s << 2;
        QTest::newRow("nominal: hyphen") << u"- item"_s << 2;
        QTest::newRow("nominal: bullet U+2022") << u"\u2022 item"_s << 2;
        QTest::newRow("nominal: triangular bullet U+2023") << u"\u2023 item"_s << 2;
        QTest::newRow("nominal: hyphen bullet U+2043") << u"\u2043 item"_s << 2;
        QTest::newRow("edge: marker alone") << u"*"_s << 1;
        QTest::newRow("edge: hyphen alone") << u"-"_s << 1;
        QTest::newRow("edge: several spaces are part of the marker") << u"*   item"_s << 4;
        QTest::newRow("invalid: no space after the marker") << u"*item"_s << -1;
        QTest::newRow("invalid: letter o") << u"o item"_s << -1;
        QTest::newRow("invalid: empty") << QString() << -1;
        QTest::newRow("invalid: en dash") << u"\u2013 item"_s << -1;
        QTest::newRow("invalid: middle dot") << u"\u00b7 item"_s << -1;
    }
    void bulletMarkerEnd()
    {
        QFETCH(QString, text);
        QFETCH(int, end);
        QCOMPARE(RstMarkers::bulletMarkerEnd(text), end);
    }

    // '( +|$)' matched at p
    void spacesOrEnd_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("p");
        QTest::addColumn<int>("end");

        QTest::newRow("nominal: one space") << u"a b"_s << 1 << 2;
        QTest::newRow("nominal: several spaces") << u"a   b"_s << 1 << 4;
        QTest::newRow("edge: at the end") << u"ab"_s << 2 << 2;
        QTest::newRow("edge: spaces up to the end") << u"a "_s << 1 << 2;
        QTest::newRow("invalid: a letter") << u"ab"_s << 1 << -1;
    }
    void spacesOrEnd()
    {
        QFETCH(QString, text);
        QFETCH(int, p);
        QFETCH(int, end);
        QCOMPARE(RstMarkers::spacesOrEnd(text, p), end);
    }

    // enum.sequences, and Body.enumerator's enumtype 'arabic' for a '#' list
    void sequenceName_data()
    {
        QTest::addColumn<QString>("sequence");
        QTest::addColumn<QString>("name");

        QTest::newRow("nominal: arabic") << u"arabic"_s << u"arabic"_s;
        QTest::newRow("nominal: loweralpha") << u"loweralpha"_s << u"loweralpha"_s;
        QTest::newRow("nominal: upperalpha") << u"upperalpha"_s << u"upperalpha"_s;
        QTest::newRow("nominal: lowerroman") << u"lowerroman"_s << u"lowerroman"_s;
        QTest::newRow("nominal: upperroman") << u"upperroman"_s << u"upperroman"_s;
        QTest::newRow("edge: auto-enumerated list is arabic") << u"#"_s << u"arabic"_s;
        QTest::newRow("edge: no sequence") << QString() << QString();
    }
    void sequenceName()
    {
        QFETCH(QString, sequence);
        QFETCH(QString, name);
        QCOMPARE(RstMarkers::sequenceName(sequenceOf(sequence)), name);
    }

    // roman.fromRoman(s.upper()); 0 where it raises InvalidRomanNumeralError
    void romanToInt_data()
    {
        QTest::addColumn<QString>("roman");
        QTest::addColumn<int>("value");

        QTest::newRow("nominal: i") << u"i"_s << 1;
        QTest::newRow("nominal: iv") << u"iv"_s << 4;
        QTest::newRow("nominal: ix") << u"ix"_s << 9;
        QTest::newRow("nominal: xiv") << u"xiv"_s << 14;
        QTest::newRow("nominal: xl") << u"xl"_s << 40;
        QTest::newRow("nominal: mcmxcix") << u"mcmxcix"_s << 1999;
        QTest::newRow("nominal: mmmcmxcix") << u"mmmcmxcix"_s << 3999;
        QTest::newRow("nominal: upper case") << u"MMMCMXCIX"_s << 3999;
        QTest::newRow("invalid: four i") << u"iiii"_s << 0;
        QTest::newRow("invalid: vv") << u"vv"_s << 0;
        QTest::newRow("invalid: ic") << u"ic"_s << 0;
        QTest::newRow("invalid: xm") << u"xm"_s << 0;
        QTest::newRow("invalid: dd") << u"dd"_s << 0;
        QTest::newRow("invalid: lc") << u"lc"_s << 0;
        QTest::newRow("invalid: five m") << u"mmmmm"_s << 0;
        QTest::newRow("invalid: empty") << QString() << 0;
        // roman.romanNumeralPattern starts with M{0,4}: 4000 to 4999 are numerals.
        QTest::newRow("roman: mmmm, docutils' M{0,4}") << u"mmmm"_s << 4000;
        QTest::newRow("roman: mmmmcmxcix") << u"mmmmcmxcix"_s << 4999;
    }
    void romanToInt()
    {
        QFETCH(QString, roman);
        QFETCH(int, value);
        QCOMPARE(RstMarkers::romanToInt(roman), value);
    }

    // roman.toRoman(n).lower()
    void intToRoman_data()
    {
        QTest::addColumn<int>("value");
        QTest::addColumn<QString>("roman");

        QTest::newRow("nominal: 1") << 1 << u"i"_s;
        QTest::newRow("nominal: 4") << 4 << u"iv"_s;
        QTest::newRow("nominal: 9") << 9 << u"ix"_s;
        QTest::newRow("nominal: 14") << 14 << u"xiv"_s;
        QTest::newRow("nominal: 40") << 40 << u"xl"_s;
        QTest::newRow("nominal: 1999") << 1999 << u"mcmxcix"_s;
        QTest::newRow("nominal: 3999") << 3999 << u"mmmcmxcix"_s;
        QTest::newRow("edge: 4000") << 4000 << u"mmmm"_s;
        QTest::newRow("edge: 4999, the largest") << 4999 << u"mmmmcmxcix"_s;
    }
    void intToRoman()
    {
        QFETCH(int, value);
        QFETCH(QString, roman);
        QCOMPARE(RstMarkers::intToRoman(value), roman);
    }

    // 'enumerator' pattern, then parse_enumerator(match, expected_sequence): (format, sequence,
    // text, ordinal) and match.end(); rows without a match are "no enumerator".
    void parseEnumerator_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expectedSequence");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("sequence");
        QTest::addColumn<QString>("marker");
        QTest::addColumn<qlonglong>("ordinal");
        QTest::addColumn<int>("end");

        const QString none;
        const auto row = [&](const char *name, const QString &text, const QString &expectedSequence,
                             const QString &format, const QString &sequence, const QString &marker, qlonglong ordinal,
                             int end) {
            QTest::newRow(name) << text << expectedSequence << true << format << sequence << marker << ordinal << end;
        };
        const auto noMatch = [&](const char *name, const QString &text) {
            QTest::newRow(name) << text << none << false << none << none << none << qlonglong(0) << 0;
        };

        row("nominal: arabic, period", u"1. item"_s, none, u"period"_s, u"arabic"_s, u"1"_s, 1, 3);
        row("nominal: arabic, parens", u"(1) item"_s, none, u"parens"_s, u"arabic"_s, u"1"_s, 1, 4);
        row("nominal: arabic, rparen", u"1) item"_s, none, u"rparen"_s, u"arabic"_s, u"1"_s, 1, 3);
        row("nominal: two digits", u"12. item"_s, none, u"period"_s, u"arabic"_s, u"12"_s, 12, 4);
        row("nominal: leading zeros", u"007. item"_s, none, u"period"_s, u"arabic"_s, u"007"_s, 7, 5);
        row("nominal: loweralpha", u"a. item"_s, none, u"period"_s, u"loweralpha"_s, u"a"_s, 1, 3);
        row("nominal: upperalpha Z", u"Z. item"_s, none, u"period"_s, u"upperalpha"_s, u"Z"_s, 26, 3);
        row("nominal: upperalpha, rparen", u"A) item"_s, none, u"rparen"_s, u"upperalpha"_s, u"A"_s, 1, 3);
        row("nominal: lowerroman ii", u"ii. item"_s, none, u"period"_s, u"lowerroman"_s, u"ii"_s, 2, 4);
        row("nominal: lowerroman, rparen", u"iv) item"_s, none, u"rparen"_s, u"lowerroman"_s, u"iv"_s, 4, 4);
        row("nominal: lowerroman, parens", u"(xii) item"_s, none, u"parens"_s, u"lowerroman"_s, u"xii"_s, 12, 6);
        row("nominal: auto, period", u"#. item"_s, none, u"period"_s, u"#"_s, u"#"_s, 1, 3);
        row("nominal: auto, parens", u"(#) item"_s, none, u"parens"_s, u"#"_s, u"#"_s, 1, 4);
        row("edge: marker alone", u"1."_s, none, u"period"_s, u"arabic"_s, u"1"_s, 1, 2);
        row("edge: parens marker alone", u"(a)"_s, none, u"parens"_s, u"loweralpha"_s, u"a"_s, 1, 3);
        row("edge: spaces are part of the marker", u"1.  item"_s, none, u"period"_s, u"arabic"_s, u"1"_s, 1, 4);
        row("edge: zero", u"0. item"_s, none, u"period"_s, u"arabic"_s, u"0"_s, 0, 3);

        // A lone i or I is roman unless the list's sequence says otherwise; other letters are alphabetic.
        row("ambiguous: i is lowerroman", u"i. item"_s, none, u"period"_s, u"lowerroman"_s, u"i"_s, 1, 3);
        row("ambiguous: I is upperroman", u"I. item"_s, none, u"period"_s, u"upperroman"_s, u"I"_s, 1, 3);
        row("ambiguous: v is loweralpha", u"v. item"_s, none, u"period"_s, u"loweralpha"_s, u"v"_s, 22, 3);
        row("ambiguous: c is loweralpha", u"c. item"_s, none, u"period"_s, u"loweralpha"_s, u"c"_s, 3, 3);
        row("ambiguous: v in a lowerroman list", u"v. item"_s, u"lowerroman"_s, u"period"_s, u"lowerroman"_s, u"v"_s, 5,
            3);
        row("ambiguous: i in a loweralpha list", u"i. item"_s, u"loweralpha"_s, u"period"_s, u"loweralpha"_s, u"i"_s, 9,
            3);
        row("ambiguous: I in an upperalpha list", u"I) item"_s, u"upperalpha"_s, u"rparen"_s, u"upperalpha"_s, u"I"_s,
            9, 3);
        row("ambiguous: b in a lowerroman list", u"b. item"_s, u"lowerroman"_s, u"period"_s, u"loweralpha"_s, u"b"_s, 2,
            3);
        row("ambiguous: ii in a loweralpha list", u"ii. item"_s, u"loweralpha"_s, u"period"_s, u"lowerroman"_s, u"ii"_s,
            2, 4);
        row("ambiguous: # in an arabic list", u"#. item"_s, u"arabic"_s, u"period"_s, u"#"_s, u"#"_s, 1, 3);

        // Not canonical roman numerals: the pattern matches, the ordinal is None.
        row("ordinal: iiii is None", u"iiii. item"_s, none, u"period"_s, u"lowerroman"_s, u"iiii"_s, -1, 6);
        row("ordinal: ic is None", u"ic. item"_s, none, u"period"_s, u"lowerroman"_s, u"ic"_s, -1, 4);

        noMatch("invalid: no space after the marker", u"1.item"_s);
        noMatch("invalid: two letters", u"ab. item"_s);
        noMatch("invalid: mixed-case roman", u"iI. item"_s);
        noMatch("invalid: unclosed parens", u"(1. item"_s);
        noMatch("invalid: colon", u"1: item"_s);
        noMatch("invalid: no punctuation", u"1 item"_s);
        noMatch("invalid: parens without closing", u"(1 item"_s);
        noMatch("invalid: word", u"Item. text"_s);
        noMatch("invalid: arabic-indic digit", u"\u0661. item"_s);
        noMatch("invalid: accented letter", u"\u00e9. item"_s);
        noMatch("invalid: empty", QString());

        row("differs: i in an arabic list", u"i. item"_s, u"arabic"_s, u"period"_s, u"loweralpha"_s, u"i"_s, 9, 3);
        row("roman: mmmm", u"mmmm. item"_s, none, u"period"_s, u"lowerroman"_s, u"mmmm"_s, 4000, 6);
        row("roman: MMMMCMXCIX", u"MMMMCMXCIX. item"_s, none, u"period"_s, u"upperroman"_s, u"MMMMCMXCIX"_s, 4999, 12);
        row("differs: beyond int", u"99999999999. item"_s, none, u"period"_s, u"arabic"_s, u"99999999999"_s,
            99999999999LL, 13);
    }
    void parseEnumerator()
    {
        QFETCH(QString, text);
        QFETCH(QString, expectedSequence);
        QFETCH(bool, valid);
        QFETCH(QString, format);
        QFETCH(QString, sequence);
        QFETCH(QString, marker);
        QFETCH(qlonglong, ordinal);
        QFETCH(int, end);

        const RstMarkers::Enumerator e = RstMarkers::parseEnumerator(text, sequenceOf(expectedSequence));
        QEXPECT_FAIL("differs: i in an arabic list",
                     "docutils skips its i/I rule when an expected sequence is given; not visible in the parser, "
                     "which ends the list either way",
                     Abort);
        QEXPECT_FAIL("differs: beyond int", "ordinals are ints: an arabic enumerator beyond INT_MAX is not one", Abort);
        QCOMPARE(describeEnumerator(e.valid, formatName(e.format), sequenceKey(e.sequence), e.text.toString(),
                                    e.ordinal, e.end),
                 describeEnumerator(valid, format, sequence, marker, ordinal, end));
    }

    // make_enumerator(ordinal, sequence, format): the next enumerator without its space; "" for None
    void formatEnumerator_data()
    {
        QTest::addColumn<QString>("sequence");
        QTest::addColumn<QString>("format");
        QTest::addColumn<int>("ordinal");
        QTest::addColumn<QString>("text");

        QTest::newRow("nominal: arabic, period") << u"arabic"_s << u"period"_s << 2 << u"2."_s;
        QTest::newRow("nominal: arabic, parens") << u"arabic"_s << u"parens"_s << 2 << u"(2)"_s;
        QTest::newRow("nominal: arabic, rparen") << u"arabic"_s << u"rparen"_s << 2 << u"2)"_s;
        QTest::newRow("nominal: arabic 10") << u"arabic"_s << u"period"_s << 10 << u"10."_s;
        QTest::newRow("nominal: upperalpha") << u"upperalpha"_s << u"rparen"_s << 3 << u"C)"_s;
        QTest::newRow("nominal: lowerroman") << u"lowerroman"_s << u"period"_s << 4 << u"iv."_s;
        QTest::newRow("nominal: upperroman") << u"upperroman"_s << u"parens"_s << 9 << u"(IX)"_s;
        QTest::newRow("nominal: auto") << u"#"_s << u"period"_s << 1 << u"#."_s;
        QTest::newRow("nominal: auto, parens, any ordinal") << u"#"_s << u"parens"_s << 7 << u"(#)"_s;
        QTest::newRow("edge: z, the last letter") << u"loweralpha"_s << u"period"_s << 26 << u"z."_s;
        QTest::newRow("edge: past z") << u"loweralpha"_s << u"period"_s << 27 << QString();
        QTest::newRow("edge: roman 4000") << u"upperroman"_s << u"rparen"_s << 4000 << u"MMMM)"_s;
        QTest::newRow("edge: roman 4999, the largest") << u"lowerroman"_s << u"period"_s << 4999 << u"mmmmcmxcix."_s;
        // roman.toRoman raises OutOfRangeError from 5000 on.
        QTest::newRow("roman: 5000 is beyond docutils' roman module")
            << u"lowerroman"_s << u"period"_s << 5000 << QString();
    }
    void formatEnumerator()
    {
        QFETCH(QString, sequence);
        QFETCH(QString, format);
        QFETCH(int, ordinal);
        QFETCH(QString, text);
        QCOMPARE(RstMarkers::formatEnumerator(sequenceOf(sequence), formatOf(format), ordinal), text);
    }

    // What make_enumerator builds, parse_enumerator reads back in a list of that sequence. Roman
    // numerals stop at 3999 here: 4000-4999 are the romanToInt difference above.
    void formatEnumeratorRoundTrip_data()
    {
        QTest::addColumn<QString>("sequence");
        QTest::addColumn<int>("last");

        QTest::newRow("arabic") << u"arabic"_s << 1000;
        QTest::newRow("loweralpha") << u"loweralpha"_s << 26;
        QTest::newRow("upperalpha") << u"upperalpha"_s << 26;
        QTest::newRow("lowerroman") << u"lowerroman"_s << 3999;
        QTest::newRow("upperroman") << u"upperroman"_s << 3999;
    }
    void formatEnumeratorRoundTrip()
    {
        QFETCH(QString, sequence);
        QFETCH(int, last);
        for (const Format format : {Format::Period, Format::Parens, Format::RParen}) {
            for (int ordinal = 1; ordinal <= last; ++ordinal) {
                const QString text = RstMarkers::formatEnumerator(sequenceOf(sequence), format, ordinal);
                const RstMarkers::Enumerator e = RstMarkers::parseEnumerator(text, sequenceOf(sequence));
                QVERIFY2(e.valid && e.format == format && sequenceKey(e.sequence) == sequence && e.ordinal == ordinal &&
                             e.end == text.size(),
                         qPrintable(text));
            }
        }
    }

    // 'field_marker': r':(?![: ])([^:\\]|\\.|:(?!([ `]|$)))*(?<! ):( +|$)'; parse_field_marker's name
    void fieldMarkerEnd_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("end");
        QTest::addColumn<QString>("name");

        QTest::newRow("nominal: name and value") << u":name: value"_s << 7 << u"name"_s;
        QTest::newRow("nominal: several words") << u":multi word name: value"_s << 18 << u"multi word name"_s;
        QTest::newRow("nominal: inline markup in the name") << u":*bold*: text"_s << 9 << u"*bold*"_s;
        QTest::newRow("nominal: non-ASCII name") << u":\u00e9t\u00e9: summer"_s << 6 << u"\u00e9t\u00e9"_s;
        QTest::newRow("edge: marker alone") << u":name:"_s << 6 << u"name"_s;
        QTest::newRow("edge: one-letter name") << u":a:"_s << 3 << u"a"_s;
        QTest::newRow("edge: several spaces") << u":name:   value"_s << 9 << u"name"_s;
        QTest::newRow("edge: escaped colon") << u":with\\: escaped: value"_s << 17 << u"with\\: escaped"_s;
        QTest::newRow("edge: escaped colon before the closing one") << u":a\\:: b"_s << 6 << u"a\\:"_s;
        QTest::newRow("edge: escaped space first") << u":\\ x: y"_s << 6 << u"\\ x"_s;
        QTest::newRow("edge: colon inside the name") << u":a:b: value"_s << 6 << u"a:b"_s;
        QTest::newRow("edge: name ending in a colon") << u":name:: value"_s << 8 << u"name:"_s;
        QTest::newRow("edge: the first closing colon wins") << u":a: b: c"_s << 4 << u"a"_s;
        QTest::newRow("invalid: space after the opening colon") << u": not: value"_s << -1 << QString();
        QTest::newRow("invalid: empty name") << u":: value"_s << -1 << QString();
        QTest::newRow("invalid: space before the closing colon") << u":name : value"_s << -1 << QString();
        QTest::newRow("invalid: no space after the closing colon") << u":name:value"_s << -1 << QString();
        QTest::newRow("invalid: a role, backquote after the colon") << u":name:`ref`"_s << -1 << QString();
        QTest::newRow("invalid: backquote then space") << u":name:` x"_s << -1 << QString();
        QTest::newRow("invalid: trailing backslash") << u":a\\"_s << -1 << QString();
        QTest::newRow("invalid: no closing colon") << u":name"_s << -1 << QString();
        QTest::newRow("invalid: no opening colon") << u"name: value"_s << -1 << QString();
        QTest::newRow("invalid: two colons") << u"::"_s << -1 << QString();
        QTest::newRow("invalid: one colon") << u":"_s << -1 << QString();
    }
    void fieldMarkerEnd()
    {
        QFETCH(QString, text);
        QFETCH(int, end);
        QFETCH(QString, name);
        QString found;
        QCOMPARE(RstMarkers::fieldMarkerEnd(text, &found), end);
        if (end >= 0) {
            QCOMPARE(found, name);
            QCOMPARE(RstMarkers::fieldMarkerEnd(text, nullptr), end);
        }
    }

    // 'option_marker': r'%(option)s(, %(option)s)*(  +| ?$)' and parse_option_marker(): the
    // description's start (match.end()) and each option as "string" or "string|delimiter|argument",
    // read with optionEnd() the way RstBlockParser::parseOptionList reads them.
    void isOptionListLine_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("isOption");
        QTest::addColumn<int>("descriptionStart");
        QTest::addColumn<QStringList>("options");

        const auto row = [](const char *name, const QString &text, int descriptionStart, const QStringList &options) {
            QTest::newRow(name) << text << true << descriptionStart << options;
        };
        const auto noMatch = [](const char *name, const QString &text) {
            QTest::newRow(name) << text << false << 0 << QStringList();
        };

        row("nominal: short option", u"-a  description"_s, 4, {u"-a"_s});
        row("nominal: long option with =", u"--long=arg  description"_s, 12, {u"--long|=|arg"_s});
        row("nominal: long option with space", u"--long arg  description"_s, 12, {u"--long| |arg"_s});
        row("nominal: DOS option", u"/V  description"_s, 4, {u"/V"_s});
        row("nominal: long DOS option", u"/Verbose  description"_s, 10, {u"/Verbose"_s});
        row("nominal: plus option", u"+o  description"_s, 4, {u"+o"_s});
        row("nominal: two options", u"-a, --all  description"_s, 11, {u"-a"_s, u"--all"_s});
        row("nominal: long then short", u"--all, -a  description"_s, 11, {u"--all"_s, u"-a"_s});
        row("nominal: options with arguments", u"-f FILE, --file=FILE  description"_s, 22,
            {u"-f| |FILE"_s, u"--file|=|FILE"_s});
        row("nominal: short option with argument", u"-a FILE  description"_s, 9, {u"-a| |FILE"_s});
        row("nominal: argument in angle brackets", u"-o <file name>  description"_s, 16, {u"-o| |<file name>"_s});
        row("nominal: = and angle brackets", u"--opt=<a b>  description"_s, 13, {u"--opt|=|<a b>"_s});
        row("nominal: comma inside angle brackets", u"-a <b, c>  description"_s, 11, {u"-a| |<b, c>"_s});
        row("nominal: hyphen and underscore in a long name", u"--long-name_x  description"_s, 15, {u"--long-name_x"_s});
        row("nominal: digit option", u"-1  description"_s, 4, {u"-1"_s});
        row("nominal: long option starting with a digit", u"--1x  description"_s, 6, {u"--1x"_s});
        row("nominal: argument then another option", u"--opt=a, -b  d"_s, 13, {u"--opt|=|a"_s, u"-b"_s});
        row("edge: option alone", u"-a"_s, 2, {u"-a"_s});
        row("edge: options alone", u"--a, -b"_s, 7, {u"--a"_s, u"-b"_s});
        row("edge: one space makes the word an argument", u"-a description"_s, 14, {u"-a| |description"_s});
        row("edge: one-letter description", u"-a  b"_s, 4, {u"-a"_s});
        noMatch("invalid: two words after one space", u"-a one two"_s);
        noMatch("invalid: double hyphen alone", u"--  description"_s);
        noMatch("invalid: hyphen alone", u"-  description"_s);
        noMatch("invalid: slash alone", u"/  description"_s);
        noMatch("invalid: non-ASCII option letter", u"-\u00e9  description"_s);
        noMatch("invalid: comma without space", u"-a,-b  description"_s);
        noMatch("invalid: comma then two spaces", u"-a,  description"_s);
        noMatch("invalid: argument starting with a digit", u"--opt=1  description"_s);
        noMatch("invalid: option after one space", u"-a -b  description"_s);
        noMatch("invalid: unclosed angle bracket", u"-a <file"_s);
        noMatch("invalid: second =", u"--x=y=z  d"_s);
        noMatch("invalid: plain text", u"plain text"_s);
        noMatch("invalid: empty", QString());

        // shortopt is (-|\+)alphanum( ?optarg)?: the argument may follow the letter directly, and
        // a short option takes no "=".
        row("differs: argument joined to a short option", u"-ab  description"_s, 5, {u"-a||b"_s});
        noMatch("differs: = after a short option", u"-a=b  description"_s);
        // optarg's <[^<>]+> needs one character or more, and none of them '<' or '>'.
        noMatch("differs: empty angle brackets", u"--opt=<>  description"_s);
        noMatch("differs: angle bracket inside angle brackets", u"-a <b<c>  description"_s);
    }
    void isOptionListLine()
    {
        QFETCH(QString, text);
        QFETCH(bool, isOption);
        QFETCH(int, descriptionStart);
        QFETCH(QStringList, options);

        int start = -1;
        QEXPECT_FAIL("differs: argument joined to a short option", "optionEnd takes no argument without a delimiter",
                     Abort);
        QEXPECT_FAIL("differs: = after a short option", "optionEnd takes '=' after short options too", Abort);
        QEXPECT_FAIL("differs: empty angle brackets", "optionEnd takes any text up to the next '>'", Abort);
        QEXPECT_FAIL("differs: angle bracket inside angle brackets", "optionEnd takes any text up to the next '>'",
                     Abort);
        QCOMPARE(RstMarkers::isOptionListLine(text, &start), isOption);
        if (!isOption) {
            return;
        }
        QCOMPARE(start, descriptionStart);
        QStringList found;
        QString option, argument, delimiter;
        int p = 0;
        while (true) {
            p = RstMarkers::optionEnd(text, p, &option, &argument, &delimiter);
            QVERIFY(p > 0);
            found.append(argument.isEmpty() ? option : QStringList{option, delimiter, argument}.join(u'|'));
            if (text.mid(p, 2) != u", "_s) {
                break;
            }
            p += 2;
        }
        QCOMPARE(found, options);
    }

    // grid_table_top_pat = re.compile(r'\+-[-+]+-\+ *$')
    void isGridBorder_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("expected");

        QTest::newRow("nominal: one column") << u"+---+"_s << true;
        QTest::newRow("nominal: two columns") << u"+---+---+"_s << true;
        QTest::newRow("edge: narrowest two columns") << u"+-+-+"_s << true;
        QTest::newRow("edge: adjacent pluses") << u"+--++--+"_s << true;
        QTest::newRow("edge: one-dash column inside") << u"+-+--+-+"_s << true;
        QTest::newRow("invalid: header separator") << u"+===+"_s << false;
        QTest::newRow("invalid: no closing plus") << u"+---"_s << false;
        QTest::newRow("invalid: no opening plus") << u"---+"_s << false;
        QTest::newRow("invalid: space inside") << u"+- -+"_s << false;
        QTest::newRow("invalid: text after") << u"+-----+ x"_s << false;
        QTest::newRow("invalid: empty") << QString() << false;
        QTest::newRow("invalid: two pluses") << u"++"_s << false;
        QTest::newRow("invalid: one dash") << u"+-+"_s << false;
        // [-+]+ between "+-" and "-+": five characters at least.
        QTest::newRow("edge: two dashes are too short") << u"+--+"_s << false;
    }
    void isGridBorder()
    {
        QFETCH(QString, text);
        QFETCH(bool, expected);
        QCOMPARE(RstMarkers::isGridBorder(text), expected);
    }

    // top: simple_table_top_pat = re.compile('=+( +=+)+ *$');
    // otherwise simple_table_border_pat = re.compile('=+[ =]*$')
    void isSimpleBorder_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("top");
        QTest::addColumn<bool>("expected");

        QTest::newRow("nominal: top of two columns") << u"=== ==="_s << true << true;
        QTest::newRow("nominal: top of three columns") << u"=== === ==="_s << true << true;
        QTest::newRow("nominal: border of two columns") << u"=== ==="_s << false << true;
        QTest::newRow("nominal: border of one column") << u"====="_s << false << true;
        QTest::newRow("edge: wide gap") << u"==  =="_s << true << true;
        QTest::newRow("edge: one-character columns") << u"= ="_s << true << true;
        QTest::newRow("edge: trailing spaces, top") << u"===  "_s << true << false;
        QTest::newRow("edge: trailing spaces, border") << u"===  "_s << false << true;
        QTest::newRow("invalid: one column is no top") << u"====="_s << true << false;
        QTest::newRow("invalid: hyphens, top") << u"=== ---"_s << true << false;
        QTest::newRow("invalid: hyphens, border") << u"=== ---"_s << false << false;
        QTest::newRow("invalid: starts with a hyphen") << u"- ==="_s << false << false;
        QTest::newRow("invalid: indented") << u" ==="_s << false << false;
        QTest::newRow("invalid: letter") << u"=== =x"_s << true << false;
        QTest::newRow("invalid: empty, top") << QString() << true << false;
        QTest::newRow("invalid: empty, border") << QString() << false << false;
    }
    void isSimpleBorder()
    {
        QFETCH(QString, text);
        QFETCH(bool, top);
        QFETCH(bool, expected);
        QCOMPARE(RstMarkers::isSimpleBorder(text, top), expected);
    }

    // Not blank or indented (StateWS' 'blank' and 'indent'), and one of Body.initial_transitions
    // before 'text' matches.
    void startsBodyConstruct_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("expected");

        QTest::newRow("nominal: bullet") << u"* item"_s << true;
        QTest::newRow("nominal: enumerator") << u"1. item"_s << true;
        QTest::newRow("nominal: enumerator with an invalid ordinal") << u"iiii. item"_s << true;
        QTest::newRow("nominal: field marker") << u":field: value"_s << true;
        QTest::newRow("nominal: option marker") << u"-a  description"_s << true;
        QTest::newRow("nominal: doctest") << u">>> x"_s << true;
        QTest::newRow("nominal: doctest alone") << u">>>"_s << true;
        QTest::newRow("nominal: line block") << u"| line"_s << true;
        QTest::newRow("nominal: line block alone") << u"|"_s << true;
        QTest::newRow("nominal: grid table top") << u"+---+"_s << true;
        QTest::newRow("nominal: simple table top") << u"=== ==="_s << true;
        QTest::newRow("nominal: adornment") << u"==="_s << true;
        QTest::newRow("nominal: explicit markup") << u".. note::"_s << true;
        QTest::newRow("nominal: explicit markup alone") << u".."_s << true;
        QTest::newRow("nominal: anonymous target") << u"__ x"_s << true;
        QTest::newRow("invalid: plain text") << u"Plain text"_s << false;
        QTest::newRow("invalid: indented") << u" * indented"_s << false;
        QTest::newRow("invalid: blank") << QString() << false;
        QTest::newRow("invalid: enumerator without space") << u"1.text"_s << false;
        QTest::newRow("invalid: doctest without space") << u">>>x"_s << false;
        QTest::newRow("invalid: line block without space") << u"|x"_s << false;
        QTest::newRow("invalid: explicit markup without space") << u"..x"_s << false;
        QTest::newRow("invalid: anonymous target without space") << u"__x"_s << false;
        QTest::newRow("invalid: word and colon") << u"Word: value"_s << false;
    }
    void startsBodyConstruct()
    {
        QFETCH(QString, text);
        QFETCH(bool, expected);
        QCOMPARE(RstMarkers::startsBodyConstruct(text), expected);
    }
};

QTEST_GUILESS_MAIN(RstMarkersTest)

#include "rstmarkers_test.moc"
