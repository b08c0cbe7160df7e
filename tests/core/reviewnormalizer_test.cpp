// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Normalising a spec for review: each fix, what is never touched, and the whole corpus.
#include "testconfig.h"

#include <core/document/linediff.h>
#include <core/document/textfile.h>
#include <core/review/reviewnormalizer.h>
#include <core/rst/rstparser.h>

#include <QDirIterator>
#include <QTest>

#include <algorithm>
#include <functional>

using Specwright::Core::LineDiff;
using Specwright::Core::ReviewNormalizer;
using Specwright::Core::RstNode;
using Specwright::Core::RstParser;
using Specwright::Core::TextFile;

namespace {

// Node kinds in document order: the structure a normalisation must keep.
QString structure(const QString &text)
{
    QString kinds;
    std::function<void(const RstNode &)> walk = [&](const RstNode &node) {
        kinds += RstNode::kindName(node.kind) + QLatin1Char(' ');
        for (const RstNode &child : node.children) {
            walk(child);
        }
    };
    walk(RstParser::parse(text)->root());
    return kinds;
}

const QString Long = QStringLiteral(
    "This paragraph is far too long for the gate because it keeps going well past the seventy-ninth column "
    "of the line.");

} // namespace

class ReviewNormalizerTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fixes_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<QString>("kind");
        QTest::newRow("nominal: trailing whitespace")
            << QStringLiteral("Text  \nmore \n") << QStringLiteral("Text\nmore\n")
            << QStringLiteral("trailing-whitespace");
        QTest::newRow("nominal: CRLF") << QStringLiteral("One\r\nTwo\r\n") << QStringLiteral("One\nTwo\n")
                                       << QStringLiteral("carriage-return");
        QTest::newRow("nominal: lone CR")
            << QStringLiteral("One\rTwo\r") << QStringLiteral("One\nTwo\n") << QStringLiteral("carriage-return");
        QTest::newRow("nominal: tab in indentation")
            << QStringLiteral("::\n\n\tcode\n") << QStringLiteral("::\n\n        code\n") << QStringLiteral("tab");
        QTest::newRow("nominal: tab inside a line, to docutils' 8-column stop")
            << QStringLiteral("One\textra\n") << QStringLiteral("One     extra\n") << QStringLiteral("tab");
        QTest::newRow("edge: tab after eight columns goes to the next stop")
            << QStringLiteral("Eight ch\tnext\n") << QStringLiteral("Eight ch        next\n") << QStringLiteral("tab");
        QTest::newRow("nominal: zero-width space")
            << QStringLiteral("A\u200Bword\n") << QStringLiteral("Aword\n") << QStringLiteral("zero-width-space");
        QTest::newRow("nominal: no final newline")
            << QStringLiteral("Text") << QStringLiteral("Text\n") << QStringLiteral("final-newline");
        QTest::newRow("nominal: blank lines at the end")
            << QStringLiteral("Text\n\n\n") << QStringLiteral("Text\n") << QStringLiteral("final-newline");
        QTest::newRow("nominal: short underline")
            << QStringLiteral("A longer title\n=====\n\nText.\n")
            << QStringLiteral("A longer title\n==============\n\nText.\n") << QStringLiteral("title-adornment");
        QTest::newRow("nominal: long over- and underline")
            << QStringLiteral("==========\nTitle\n==========\n\nText.\n")
            << QStringLiteral("=====\nTitle\n=====\n\nText.\n") << QStringLiteral("title-adornment");
        QTest::newRow("nominal: long paragraph re-wrapped")
            << Long + QStringLiteral("\n")
            << QStringLiteral("This paragraph is far too long for the gate because it keeps going well past\n"
                              "the seventy-ninth column of the line.\n")
            << QStringLiteral("rewrap");
        QTest::newRow("nominal: list item keeps its hanging indent")
            << QStringLiteral("* ") + Long + QStringLiteral("\n")
            << QStringLiteral("* This paragraph is far too long for the gate because it keeps going well past\n"
                              "  the seventy-ninth column of the line.\n")
            << QStringLiteral("rewrap");
        QTest::newRow("edge: inline literal and reference stay whole")
            << QStringLiteral("Some words to fill the line up to the point where ``the inline literal`` and "
                              "`a link`_ fall.\n")
            << QStringLiteral("Some words to fill the line up to the point where ``the inline literal`` and\n"
                              "`a link`_ fall.\n")
            << QStringLiteral("rewrap");
        QTest::newRow("edge: a short emphasis span stays whole (the rule Reflow Paragraph shares)")
            << QStringLiteral("Note that the values for ``source_disk_format`` and ``source_container_format`` will "
                              "be pulled from configuration options used to supply values for the *value discovery* "
                              "call.\n")
            << QStringLiteral("Note that the values for ``source_disk_format`` and ``source_container_format``\n"
                              "will be pulled from configuration options used to supply values for the\n"
                              "*value discovery* call.\n")
            << QStringLiteral("rewrap");
    }

    void fixes()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QFETCH(QString, kind);
        const ReviewNormalizer::Result result = ReviewNormalizer::normalize(input);
        QCOMPARE(result.text, expected);
        QCOMPARE(result.fixes.size(), 1);
        QCOMPARE(result.fixes.first().kind, kind);
        QVERIFY(!result.fixes.first().lines.isEmpty());
        QCOMPARE(ReviewNormalizer::normalize(result.text).text, result.text); // idempotent
    }

    // Every change is listed with the lines it made, so "Fixed on export" can say where.
    void fixLines_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QList<int>>("lines");
        QTest::newRow("nominal: tabs inside two lines")
            << QStringLiteral("Title\n=====\n\nOne\textra\nplain\nTwo\tmore\n") << QStringLiteral("tab")
            << QList<int>{4, 6};
        QTest::newRow("nominal: CRLF on every line")
            << QStringLiteral("One\r\nTwo\r\n") << QStringLiteral("carriage-return") << QList<int>{1, 2};
    }

    void fixLines()
    {
        QFETCH(QString, input);
        QFETCH(QString, kind);
        QFETCH(QList<int>, lines);
        const ReviewNormalizer::Result result = ReviewNormalizer::normalize(input);
        const auto fix = std::find_if(result.fixes.cbegin(), result.fixes.cend(),
                                      [&kind](const ReviewNormalizer::Fix &f) { return f.kind == kind; });
        QVERIFY2(fix != result.fixes.cend(), qPrintable(kind));
        QCOMPARE(fix->lines, lines);
    }

    void neverTouched_data()
    {
        QTest::addColumn<QString>("input");
        const QString longWords = QStringLiteral("one two three four five six seven eight nine ten eleven twelve "
                                                 "thirteen fourteen");
        QTest::newRow("literal block") << QStringLiteral("Example::\n\n    ") + longWords + QStringLiteral("\n");
        QTest::newRow("directive body") << QStringLiteral(".. note::\n\n   ") + longWords + QStringLiteral("\n");
        QTest::newRow("grid table") << QStringLiteral("+---+\n| a |\n+---+\n");
        QTest::newRow("URL line") << QStringLiteral("See https://example.org/a/very/long/path/that/goes/on/and/on/"
                                                    "and/on/for/ever/and/ever now.\n");
        QTest::newRow("title") << QStringLiteral("=").repeated(110) + QStringLiteral("\n") + longWords +
                                      QStringLiteral(" ") + longWords.left(20) + QStringLiteral("\n") +
                                      QStringLiteral("=").repeated(110) + QStringLiteral("\n");
        QTest::newRow("already clean") << QStringLiteral("Title\n=====\n\nText.\n");
    }

    void neverTouched()
    {
        QFETCH(QString, input);
        const ReviewNormalizer::Result result = ReviewNormalizer::normalize(input);
        // Only the title row may have its adornment fitted; nothing is re-wrapped.
        for (const ReviewNormalizer::Fix &fix : result.fixes) {
            QVERIFY2(fix.kind == QLatin1String("title-adornment"), qPrintable(fix.kind));
        }
        if (result.fixes.isEmpty()) {
            QCOMPARE(result.text, input);
        }
    }

    // Inputs the fuzzer (tests/fuzz/normalizer_fuzz) found changing structure or not stable.
    void fuzzFindings_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::newRow("fuzz: lone CR ends a line, it is not dropped") << QByteArray("-\r\0", 3);
        QTest::newRow("fuzz: list with lone CR line endings") << QByteArray("- one\r- two\r");
        QTest::newRow("fuzz: adornment above a title that is not its overline") << QByteArray("----\n\x01\n--\n@\n-\n");
        QTest::newRow("fuzz: re-wrapping would leave a line of only \"====\"")
            << (QByteArray("==== ") + QByteArray(80, '=') + QByteArray("x and more words\n"));
        QTest::newRow("fuzz: re-wrapping would leave a simple table border \"== =====\"")
            << (QByteArray("    == ===== ") + QByteArray(80, 'x') + QByteArray("\n"));
        QTest::newRow("fuzz: joined lines would make a field marker")
            << (QByteArray(":a\nssignee: ") + QByteArray(80, 'x') + QByteArray(" y\n"));
        // Tabs expanded make the field body's first line long; re-wrapped, it took in the body's
        // second line, which set the body's indentation, and the block quote below was lost.
        QTest::newRow("fuzz: field body with tabs keeps its block quote") << QByteArray::fromHex(
            "3a6f62653a2060ff0909000000000000000009000008207273ff000900000000002b2b00090100003900002b2b0a20640a202000");
        QTest::newRow("fuzz: field body with tabs, printable")
            << QByteArray(":obe: `d\t\taaaaaaaa\taac rsda\taaaaa++a\tbaa9aa++\n d\n  a\n");
        QTest::newRow("fuzz: one-line field body re-wrapped at the indentation of the lines below")
            << QByteArray(":problem: We perform a set of steps here that are long enough to go past the end of the "
                          "line.\n\n a\n");
    }

    void fuzzFindings()
    {
        QFETCH(QByteArray, input);
        const QString text = QString::fromUtf8(input);
        const ReviewNormalizer::Result result = ReviewNormalizer::normalize(text);
        QCOMPARE(structure(result.text), structure(text));
        QCOMPARE(ReviewNormalizer::normalize(result.text).text, result.text);
    }

    // Every real spec keeps its structure and text, and comes out clean and stable.
    void corpus()
    {
        const QString root = QStringLiteral(SPECWRIGHT_SHARED_DIR "/corpus/glance-specs");
        if (!QFileInfo::exists(root)) {
            QSKIP("../shared/corpus is absent");
        }
        int files = 0;
        int changed = 0;
        QDirIterator it(root, {QStringLiteral("*.rst")}, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            const TextFile file = TextFile::read(path);
            QVERIFY2(file.isValid(), qPrintable(path));
            const ReviewNormalizer::Result result = ReviewNormalizer::normalize(file.text());
            ++files;
            changed += result.changed() ? 1 : 0;
            QVERIFY2(structure(result.text) == structure(file.text()),
                     qPrintable(path + QLatin1Char('\n') +
                                LineDiff::unified(file.text(), result.text, QStringLiteral("before"),
                                                  QStringLiteral("after"))));
            const QString before = RstParser::parse(file.text())->root().plainText().simplified();
            const QString after = RstParser::parse(result.text)->root().plainText().simplified();
            QVERIFY2(before == after, qPrintable(path));
            QVERIFY2(ReviewNormalizer::normalize(result.text).text == result.text, qPrintable(path));
        }
        qInfo("%d corpus specs normalised, %d of them changed", files, changed);
        QVERIFY(files > 300);
    }
};

QTEST_GUILESS_MAIN(ReviewNormalizerTest)
#include "reviewnormalizer_test.moc"
