// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
// A word double-clicked in the preview, found where the block's source writes it despite markup.
#include <core/render/renderedword.h>

#include <QTest>

using Specwright::Core::RenderedWord;
using Specwright::Core::SourceRange;

class RenderedWordTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void locate_data()
    {
        QTest::addColumn<QString>("source"); ///< the block's lines, joined with "\n"
        QTest::addColumn<QString>("word");
        QTest::addColumn<int>("occurrence"); ///< in the rendered text, 0-based
        QTest::addColumn<int>("line");       ///< expected, relative to the block; -1: not found
        QTest::addColumn<int>("column");

        const auto row = [](const char *name, const char *source, const char *word, int occurrence, int line,
                            int column) {
            QTest::newRow(name) << QString::fromUtf8(source) << QString::fromUtf8(word) << occurrence << line << column;
        };
        row("nominal: the only occurrence", "The quick brown fox.", "brown", 0, 0, 10);
        row("nominal: the second occurrence", "one two one two", "two", 1, 0, 12);
        row("nominal: a later line of the paragraph", "First line with a word\nsecond line with a word", "word", 1, 1,
            19);
        row("nominal: not inside a longer word", "cat concatenate cat", "cat", 1, 0, 16);
        row("nominal: case matters", "Word word", "word", 0, 0, 5);
        row("nominal: a section title", "Scope of work\n=============", "work", 0, 0, 9);
        row("nominal: an indented list item's second line", "- first item\n  spans two lines item", "item", 1, 1, 18);
        row("nominal: non-ASCII words", "Größe und Größe", "Größe", 1, 0, 10);
        row("markup: strong", "Some **bold** text, bold again", "bold", 1, 0, 20);
        row("markup: emphasis", "An *idea* and an idea", "idea", 0, 0, 4);
        row("markup: inline literal", "Run ``make`` to make it", "make", 1, 0, 16);
        row("markup: the URL of a link is not shown", "See `foo <https://foo.example/foo>`_ and foo.", "foo", 1, 0, 41);
        row("markup: the link's text", "See `foo <https://foo.example/foo>`_ and foo.", "foo", 0, 0, 5);
        row("markup: a role's name is not shown", "A :emphasis:`word` on emphasis", "emphasis", 0, 0, 22);
        row("markup: a named reference", "The Spec_ and the spec", "Spec", 0, 0, 4);
        row("markup: an anonymous reference", "The Spec__ and the spec", "Spec", 0, 0, 4);
        row("nominal: a part of an identifier", "Set max_upload_size here", "upload", 0, 0, 8);
        row("markup: escapes", "A \\*star\\* and a star", "star", 1, 0, 17);
        row("edge: more occurrences asked for than shown: the last", "alpha beta alpha", "alpha", 5, 0, 11);
        row("edge: a negative occurrence: the first", "alpha beta alpha", "alpha", -1, 0, 0);
        row("edge: not in the block", "alpha beta", "gamma", 0, -1, 0);
        row("edge: not one word", "alpha beta", "alpha beta", 0, -1, 0);
        row("edge: empty word", "alpha beta", "", 0, -1, 0);
        row("edge: no lines", "", "alpha", 0, -1, 0);
        row("edge: only in markup: found there", ".. note:: take care", "note", 0, 0, 3);
    }

    void locate()
    {
        QFETCH(QString, source);
        QFETCH(QString, word);
        QFETCH(int, occurrence);
        QFETCH(int, line);
        QFETCH(int, column);
        const QStringList lines = source.isEmpty() ? QStringList() : source.split(QLatin1Char('\n'));
        const std::optional<SourceRange> found = RenderedWord::locate(lines, word, occurrence);
        if (line < 0) {
            QVERIFY(!found);
            return;
        }
        QVERIFY(found);
        QCOMPARE(found->startLine, line);
        QCOMPARE(found->startColumn, column);
        QCOMPARE(found->endLine, line);
        QCOMPARE(found->endColumn, column + int(word.size()));
        QCOMPARE(lines.at(line).mid(column, word.size()), word);
    }

    void wordCharacters_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("word");
        QTest::newRow("nominal: letters") << QStringLiteral("spec") << true;
        QTest::newRow("nominal: digits") << QStringLiteral("rule42") << true;
        QTest::newRow("edge: an underscore splits words") << QStringLiteral("rule_42") << false;
        QTest::newRow("nominal: accented") << QStringLiteral("déjà") << true;
        QTest::newRow("edge: a hyphen splits words") << QStringLiteral("double-click") << false;
        QTest::newRow("edge: a space") << QStringLiteral("a b") << false;
        QTest::newRow("edge: empty") << QString() << false;
    }

    void wordCharacters()
    {
        QFETCH(QString, text);
        QFETCH(bool, word);
        QCOMPARE(RenderedWord::isWord(text), word);
    }
};

QTEST_GUILESS_MAIN(RenderedWordTest)
#include "renderedword_test.moc"
