// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The find bar's engine: plain and regular-expression matches with match case and whole words,
// stepping between matches with wrap-around, and replacements with captures.
#include <core/document/textsearch.h>

#include <QTest>

using Specwright::Core::TextSearch;

namespace {
TextSearch::Options options(const QString &flags)
{
    TextSearch::Options options;
    options.matchCase = flags.contains(QLatin1Char('c'));
    options.wholeWords = flags.contains(QLatin1Char('w'));
    options.regularExpression = flags.contains(QLatin1Char('r'));
    return options;
}

// "start+length" of each match, for readable expectations.
QStringList describe(const QList<TextSearch::Match> &matches)
{
    QStringList out;
    for (const TextSearch::Match &match : matches) {
        out << QStringLiteral("%1+%2").arg(match.start).arg(match.length);
    }
    return out;
}
} // namespace

class TextSearchTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void findAll_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<QString>("flags"); ///< c: match case, w: whole words, r: regular expression
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("matches");
        QTest::newRow("nominal: plain, any case")
            << "glance" << "" << "Glance and glance-api" << QStringList{"0+6", "11+6"};
        QTest::newRow("nominal: match case") << "glance" << "c" << "Glance and glance-api" << QStringList{"11+6"};
        QTest::newRow("nominal: whole words")
            << "image" << "w" << "image images image_id an image." << QStringList{"0+5", "25+5"};
        QTest::newRow("nominal: whole words, punctuation at the edge")
            << "--force" << "w" << "use --force, not --forced" << QStringList{"4+7"};
        QTest::newRow("nominal: plain text is not a pattern") << "a.b" << "" << "a.b axb" << QStringList{"0+3"};
        QTest::newRow("nominal: regex") << "v[0-9]+" << "r" << "v1 and v22, V3" << QStringList{"0+2", "7+3", "12+2"};
        QTest::newRow("nominal: regex, match case") << "v[0-9]+" << "rc" << "v1 and V3" << QStringList{"0+2"};
        QTest::newRow("nominal: ^ at every line") << "^=+$" << "r" << "Title\n=====\ntext\n==\n"
                                                  << QStringList{"6+5", "17+2"};
        QTest::newRow("nominal: across lines") << "Title\\n=" << "r" << "Title\n=====" << QStringList{"0+7"};
        QTest::newRow("edge: empty matches are counted once each")
            << "x*" << "r" << "ab" << QStringList{"0+0", "1+0", "2+0"};
        QTest::newRow("edge: nothing") << "nova" << "" << "glance" << QStringList{};
        QTest::newRow("edge: empty pattern finds nothing") << "" << "r" << "text" << QStringList{};
        QTest::newRow("edge: non-ASCII") << "übung" << "" << "Übung und übung" << QStringList{"0+5", "10+5"};
        QTest::newRow("edge: whole words in Unicode") << "a" << "w" << "é a ä" << QStringList{"2+1"};
    }

    void findAll()
    {
        QFETCH(QString, pattern);
        QFETCH(QString, flags);
        QFETCH(QString, text);
        QFETCH(QStringList, matches);
        const TextSearch search(pattern, options(flags));
        QVERIFY(search.isValid());
        QCOMPARE(describe(search.findAll(text)), matches);
    }

    void findInRange()
    {
        // "In selection": only matches wholly inside the range, but the pattern sees the text around
        // it (a whole word at the range's edge is judged by its real neighbours).
        const QString text = QStringLiteral("cat catalog cat cat");
        const TextSearch search(QStringLiteral("cat"), options(QStringLiteral("w")));
        QCOMPARE(describe(search.findAll(text, 4, 15)), QStringList{"12+3"});
        QCOMPARE(describe(search.findAll(text, 4, 14)), QStringList{});
        QCOMPARE(describe(search.findAll(text, 5, 19)), (QStringList{"12+3", "16+3"}));
        QCOMPARE(search.findAll(text, 0, -1, 2).size(), 2); // the limit
    }

    void invalidPattern_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<QString>("flags");
        QTest::addColumn<QString>("where");
        QTest::newRow("edge: unclosed group") << "(abc" << "r" << "missing closing parenthesis at the end";
        QTest::newRow("edge: unclosed class") << "[a-" << "r" << "at the end";
        QTest::newRow("edge: a bad escape in the middle")
            << "a\\kb" << "r" << "at character 4"; // PCRE points past the escape
        QTest::newRow("edge: whole words count from the user's pattern") << "a)" << "rw" << "at character 2";
        QTest::newRow("edge: a pattern is judged before the whole-word group") << "a)|(b" << "rw" << "at character 2";
        QTest::newRow("edge: nothing to repeat") << "*a" << "r" << "at character 1";
    }

    void invalidPattern()
    {
        QFETCH(QString, pattern);
        QFETCH(QString, flags);
        QFETCH(QString, where);
        const TextSearch search(pattern, options(flags));
        QVERIFY(!search.isValid());
        QVERIFY2(search.errorString().endsWith(where), qPrintable(search.errorString()));
        QVERIFY(search.findAll(QStringLiteral("(abc [a- a) *a")).isEmpty()); // never a crash, never a match
        // The same characters as plain text are fine.
        QVERIFY(TextSearch(pattern, options(flags.remove(QLatin1Char('r')))).isValid());
    }

    void step_data()
    {
        QTest::addColumn<int>("selectionStart");
        QTest::addColumn<int>("selectionEnd");
        QTest::addColumn<bool>("backwards");
        QTest::addColumn<int>("index");
        QTest::addColumn<bool>("wrapped");
        // Matches at 10+3, 20+3, 30+3.
        QTest::newRow("nominal: next from a bare cursor") << 15 << 15 << false << 1 << false;
        QTest::newRow("nominal: a match right at the cursor") << 20 << 20 << false << 1 << false;
        QTest::newRow("nominal: next from a selected match") << 20 << 23 << false << 2 << false;
        QTest::newRow("nominal: previous from a selected match") << 20 << 23 << true << 0 << false;
        QTest::newRow("nominal: previous from a bare cursor") << 25 << 25 << true << 1 << false;
        QTest::newRow("edge: next wraps to the first") << 30 << 33 << false << 0 << true;
        QTest::newRow("edge: previous wraps to the last") << 10 << 13 << true << 2 << true;
        QTest::newRow("edge: past the end") << 40 << 40 << false << 0 << true;
    }

    void step()
    {
        QFETCH(int, selectionStart);
        QFETCH(int, selectionEnd);
        QFETCH(bool, backwards);
        QFETCH(int, index);
        QFETCH(bool, wrapped);
        const QList<TextSearch::Match> matches{{10, 3}, {20, 3}, {30, 3}};
        const TextSearch::Step step = TextSearch::step(matches, selectionStart, selectionEnd, backwards);
        QCOMPARE(step.index, index);
        QCOMPARE(step.wrapped, wrapped);
    }

    void stepOverEmptyMatches()
    {
        // Regex "^" on a cursor at a line start: the next line's start, not the same place again.
        const QString text = QStringLiteral("ab\ncd\n");
        const TextSearch search(QStringLiteral("^"), options(QStringLiteral("r")));
        const QList<TextSearch::Match> matches = search.findAll(text);
        QCOMPARE(describe(matches), (QStringList{"0+0", "3+0"}));
        QCOMPARE(TextSearch::step(matches, 0, 0, false).index, 1);
        QCOMPARE(TextSearch::step(matches, 3, 3, false).index, 0);
        QVERIFY(TextSearch::step({}, 0, 0, false).index < 0);
        QCOMPARE(TextSearch::indexOf(matches, 3, 3), 1);
        QCOMPARE(TextSearch::indexOf(matches, 1, 1), -1);
    }

    void replace_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<QString>("flags");
        QTest::addColumn<QString>("replacement");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("result");
        QTest::addColumn<int>("count");
        QTest::newRow("nominal: plain") << "nova" << "" << "glance" << "Nova uses nova." << "glance uses glance." << 2;
        QTest::newRow("nominal: plain replacement is literal") << "a" << "" << "\\1\\n"
                                                               << "a-a" << "\\1\\n-\\1\\n"
                                                               << 2;
        QTest::newRow("nominal: numbered captures")
            << "(\\w+)@(\\w+)" << "r" << "\\2 at \\1" << "me@host, you@there" << "host at me, there at you" << 2;
        QTest::newRow("nominal: the whole match") << "v\\d" << "r" << "[\\0]" << "v1 v2" << "[v1] [v2]" << 2;
        QTest::newRow("nominal: named groups")
            << "(?<key>\\w+)=(?<value>\\w+)" << "r" << "\\g<value>: \\g<key>" << "a=1 b=2" << "1: a 2: b" << 2;
        QTest::newRow("nominal: group number in \\g<>") << "(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)(k)" << "r" << "\\g<11>"
                                                        << "abcdefghijk" << "k" << 1;
        QTest::newRow("nominal: newline and tab escapes") << ", " << "r" << ",\\n\\t" << "a, b" << "a,\n\tb" << 1;
        QTest::newRow("nominal: a backslash") << "/" << "r" << "\\\\" << "a/b" << "a\\b" << 1;
        QTest::newRow("edge: a missing group is empty") << "(a)|(b)" << "r" << "<\\2>" << "ab" << "<><b>" << 2;
        QTest::newRow("edge: unknown escapes stay") << "a" << "r" << "\\q\\g<x" << "a" << "\\q\\g<x" << 1;
        QTest::newRow("edge: empty matches insert") << "^" << "r" << "> " << "a\nb" << "> a\n> b" << 2;
        QTest::newRow("edge: whole words only") << "id" << "w" << "ID" << "id ids id_x id" << "ID ids id_x ID" << 2;
    }

    void replace()
    {
        QFETCH(QString, pattern);
        QFETCH(QString, flags);
        QFETCH(QString, replacement);
        QFETCH(QString, text);
        QFETCH(QString, result);
        QFETCH(int, count);
        const TextSearch search(pattern, options(flags));
        int replaced = -1;
        QCOMPARE(search.replaceAll(text, replacement, 0, -1, &replaced), result);
        QCOMPARE(replaced, count);
    }

    void replaceInRange()
    {
        const TextSearch search(QStringLiteral("x"), options(QString()));
        int replaced = 0;
        QCOMPARE(search.replaceAll(QStringLiteral("xxxx"), QStringLiteral("y"), 1, 3, &replaced),
                 QStringLiteral("xyyx"));
        QCOMPARE(replaced, 2);
    }
};

QTEST_GUILESS_MAIN(TextSearchTest)
#include "textsearch_test.moc"
