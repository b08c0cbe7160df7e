// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Which words of a spec are prose (what the spell checker reads), and where they are.
#include <core/rst/rstparser.h>
#include <core/spelling/prosewords.h>

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Specwright::Core;

namespace {

QList<ProseWords::Word> wordsOf(const QString &rst)
{
    const RstDocument::Ptr document = RstParser::parse(rst, QString());
    return ProseWords::collect(*document);
}

QString joined(const QList<ProseWords::Word> &words)
{
    QStringList texts;
    for (const ProseWords::Word &word : words) {
        texts.append(word.text);
    }
    return texts.join(QLatin1Char(' '));
}

} // namespace

class ProseWordsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void proseWords_data()
    {
        QTest::addColumn<QString>("rst");
        QTest::addColumn<QString>("words");
        QTest::newRow("nominal: a paragraph") << "Hello world, this is prose.\n" << "Hello world this is prose";
        QTest::newRow("nominal: a title and its section") << "Title Words\n===========\n\nText here.\n"
                                                          << "Title Words Text here";
        QTest::newRow("nominal: emphasis and strong text are prose") << "Some *emphasised* and **strong** words.\n"
                                                                     << "Some emphasised and strong words";
        QTest::newRow("nominal: list items") << "* first item\n* second item\n" << "first item second item";
        QTest::newRow("nominal: definition list") << "Term words\n  The definition text.\n"
                                                  << "Term words The definition text";
        QTest::newRow("nominal: grid table cells")
            << "+-------+--------+\n| cell  | other  |\n| words | here   |\n+-------+--------+\n"
            << "cell words other here";
        QTest::newRow("nominal: admonition body, not its options")
            << ".. note::\n   :class: special\n\n   Admonition body.\n"
            << "Admonition body";
        QTest::newRow("nominal: field body, not its name") << ":Status: ready to merge\n" << "ready to merge";
        QTest::newRow("nominal: footnote text, not its label or reference")
            << "Text [#]_ here.\n\n.. [#] Footnote words.\n"
            << "Text here Footnote words";
        QTest::newRow("literal: inline literals are skipped") << "Use ``foo_bar`` and ``baz`` here.\n"
                                                              << "Use and here";
        QTest::newRow("literal: literal block") << "A paragraph::\n\n    code words here\n\nAfter that.\n"
                                                << "paragraph After that";
        QTest::newRow("literal: code-block body")
            << ".. code-block:: python\n\n   import os\n   print(words)\n\nText after.\n"
            << "Text after";
        QTest::newRow("literal: comment") << ".. a comment here\n\nSome text.\n" << "Some text";
        QTest::newRow("literal: toctree entries") << ".. toctree::\n\n   foo/bar\n   other\n" << "";
        QTest::newRow("role: the target of a role is skipped") << "See :ref:`some-target` and `title reference` now.\n"
                                                               << "See and now";
        QTest::newRow("role: the explicit title of a cross-reference is prose")
            << "See :ref:`Upgrade notes <upgrade-notes>` now.\n"
            << "See Upgrade notes now";
        QTest::newRow("role: code role") << "Call :code:`frobnicate` twice.\n" << "Call twice";
        QTest::newRow("reference: the label is prose, the URI is not")
            << "Read `the launchpad page <https://launchpad.net/glance>`_ first.\n"
            << "Read the launchpad page first";
        QTest::newRow("reference: named reference") << "See Glance_ docs.\n\n.. _Glance: https://x.org/g\n"
                                                    << "See Glance docs";
        QTest::newRow("target: hyperlink targets") << ".. _my-target:\n\nSome text.\n" << "Some text";
        QTest::newRow("substitution: reference and definition") << "The |name| text.\n\n.. |name| replace:: something\n"
                                                                << "The text";
        QTest::newRow("url: standalone URL and e-mail address")
            << "See https://example.com/foo and mail@example.com now.\n"
            << "See and now";
        QTest::newRow("path: file paths") << "Edit /etc/glance/glance-api.conf now.\n" << "Edit now";
        QTest::newRow("identifier: underscores, dots, digits, symbols")
            << "The image_id, os.path, v2, key=value and foo() parts.\n"
            << "The and parts";
        QTest::newRow("identifier: a paragraph of one word") << "Paragraph::\n\n    code\n" << "";
        QTest::newRow("identifier: calls and indexing") << "Call foo() or bar[key] or baz(x).\n" << "Call or or";
        QTest::newRow("identifier: abbreviations with dots") << "Things, e.g. these.\n" << "Things these";
        QTest::newRow("identifier: CamelCase and acronyms") << "Then OpenStack uses the REST API with glanceClient.\n"
                                                            << "Then uses the with";
        QTest::newRow("identifier: command-line options") << "Pass --force or -v to it.\n" << "Pass or to it";
        QTest::newRow("identifier: a paragraph of one token is a name")
            << "Primary assignee:\n  jane-doe\n\nOther people:\n\n* jdoe\n* rosmaita\n"
            << "Primary assignee Other people";
        QTest::newRow("apostrophe: contractions are one word") << "Don't touch it, it isn't ours.\n"
                                                               << "Don't touch it it isn't ours";
        QTest::newRow("apostrophe: possessive 's is left off") << "The spec's text.\n" << "The spec text";
        QTest::newRow("apostrophe: typographic apostrophe")
            << QStringLiteral("It doesn\u2019t matter.\n") << QStringLiteral("It doesn\u2019t matter");
        QTest::newRow("apostrophe: quotes around a word") << "The 'quoted' word.\n" << "The quoted word";
        QTest::newRow("hyphen: parts are words") << "The read-only, well-known option.\n"
                                                 << "The read only well known option";
        QTest::newRow("edge: single letters are skipped") << "A b c word.\n" << "word";
        QTest::newRow("edge: dashes separate words") << QStringLiteral("fast\u2014and slow\n") << "fast and slow";
    }

    void proseWords()
    {
        QFETCH(QString, rst);
        QFETCH(QString, words);
        QCOMPARE(joined(wordsOf(rst)), words);
    }

    void positions_data()
    {
        QTest::addColumn<QString>("rst");
        QTest::addColumn<QString>("word");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::newRow("paragraph: first line") << "Hello *wrold* there\ncontinued teh.\n" << "wrold" << 0 << 7;
        QTest::newRow("paragraph: continuation line") << "Hello *wrold* there\ncontinued teh.\n" << "teh" << 1 << 10;
        QTest::newRow("list item: continuation is indented") << "Intro.\n\n* item text\n  more wrods\n"
                                                             << "wrods" << 3 << 7;
        QTest::newRow("table: second line of a cell")
            << "+-------+--------+\n| cell  | other  |\n| words | hree   |\n+-------+--------+\n"
            << "hree" << 2 << 10;
        QTest::newRow("reference: label after the backquote") << "Read `teh page <https://x.org>`_ now.\n"
                                                              << "teh" << 0 << 6;
        QTest::newRow("role: explicit title") << "See :ref:`Upgarde notes <up>`.\n" << "Upgarde" << 0 << 10;
        QTest::newRow("title") << "Some Tilte\n==========\n\nText.\n" << "Tilte" << 0 << 5;
        QTest::newRow("block quote") << "Intro.\n\n    Quoted teh text\n    and mroe.\n" << "mroe" << 3 << 8;
    }

    void positions()
    {
        QFETCH(QString, rst);
        QFETCH(QString, word);
        QFETCH(int, line);
        QFETCH(int, column);
        const QList<ProseWords::Word> words = wordsOf(rst);
        const auto found =
            std::find_if(words.cbegin(), words.cend(), [&word](const ProseWords::Word &w) { return w.text == word; });
        QVERIFY2(found != words.cend(), qPrintable(joined(words)));
        QCOMPARE(found->line, line);
        QCOMPARE(found->column, column);
        QCOMPARE(found->length(), word.size());
        // The word is exactly the source's characters there.
        QCOMPARE(rst.split(QLatin1Char('\n')).at(line).mid(column, word.size()), word);
    }

    void names_data()
    {
        QTest::addColumn<QString>("rst");
        QTest::addColumn<QString>("names");
        QTest::newRow("capitalised mid-sentence") << "Use the Virtuozzo driver.\n" << "Virtuozzo";
        QTest::newRow("sentence start is not a name") << "Virtuozzo works. Then it stops.\n" << "";
        QTest::newRow("after a colon") << "Primary assignee: Markus Hentsch\n" << "Markus Hentsch";
        QTest::newRow("title words are not names") << "Add Virtuozzo Support\n=====================\n" << "";
        QTest::newRow("list item start is not a name") << "* Glance does it\n" << "";
    }

    void names()
    {
        QFETCH(QString, rst);
        QFETCH(QString, names);
        QStringList found;
        for (const ProseWords::Word &word : wordsOf(rst)) {
            if (word.name) {
                found.append(word.text);
            }
        }
        QCOMPARE(found.join(QLatin1Char(' ')), names);
    }

    void includedTextIsLeftOut()
    {
        QTemporaryDir dir;
        QFile other(dir.filePath(QStringLiteral("other.rst")));
        QVERIFY(other.open(QIODevice::WriteOnly));
        other.write("Included wrods are elsewhere.\n");
        other.close();
        const QString text = QStringLiteral("Main words here.\n\n.. include:: other.rst\n\nMore text.\n");
        const RstDocument::Ptr document = RstParser::parse(text, dir.filePath(QStringLiteral("main.rst")));
        QVERIFY(document->root().children.size() >= 3); // the included paragraph is in the tree
        QCOMPARE(joined(ProseWords::collect(*document)), QStringLiteral("Main words here More text"));
    }

    void cancelStopsEarly()
    {
        const std::atomic_bool cancel{true};
        const RstDocument::Ptr document = RstParser::parse(QStringLiteral("Some words here.\n"), QString());
        QVERIFY(ProseWords::collect(*document, &cancel).isEmpty());
    }
};

QTEST_GUILESS_MAIN(ProseWordsTest)
#include "prosewords_test.moc"
