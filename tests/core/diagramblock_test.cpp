// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Finding a diagram's literal block in a spec, and the line changes that insert or replace one.
#include <core/diagram/diagramblock.h>
#include <core/rst/rstparser.h>

#include <QTest>

using Specwright::Core::DiagramBlock;
using Specwright::Core::RstParser;

namespace {

// The document after \a change, as text.
QString applied(const QString &document, const DiagramBlock::Change &change)
{
    QStringList lines = document.split(QLatin1Char('\n'));
    for (int k = 0; k < change.removedLines; ++k) {
        lines.removeAt(change.firstLine);
    }
    for (int k = 0; k < change.lines.size(); ++k) {
        lines.insert(change.firstLine + k, change.lines.at(k));
    }
    return lines.join(QLatin1Char('\n'));
}

const QString Box = QStringLiteral("+---+\n| a |\n+---+");

} // namespace

class DiagramBlockTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void find_data()
    {
        QTest::addColumn<QString>("document");
        QTest::addColumn<int>("line");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<int>("firstLine");
        QTest::addColumn<int>("indentation");
        QTest::addColumn<QString>("text");
        const QString spec = QStringLiteral("Title\n=====\n\nFlow::\n\n    +---+\n    | a |\n    +---+\n\nAfter.\n");
        QTest::newRow("nominal: first line of the block") << spec << 5 << true << 5 << 4 << Box;
        QTest::newRow("nominal: last line of the block") << spec << 7 << true << 5 << 4 << Box;
        QTest::newRow("edge: the paragraph before is not the block") << spec << 3 << false << 0 << 0 << QString();
        QTest::newRow("nominal: in a list item, indented further")
            << QStringLiteral("* Item::\n\n      a -> b\n") << 2 << true << 2 << 6 << QStringLiteral("a -> b");
        QTest::newRow("edge: a code-block is not a diagram")
            << QStringLiteral(".. code-block:: text\n\n   a -> b\n") << 2 << false << 0 << 0 << QString();
    }

    void find()
    {
        QFETCH(QString, document);
        QFETCH(int, line);
        QFETCH(bool, valid);
        QFETCH(int, firstLine);
        QFETCH(int, indentation);
        QFETCH(QString, text);
        const DiagramBlock::Found found = DiagramBlock::at(*RstParser::parse(document), line);
        QCOMPARE(found.valid, valid);
        if (valid) {
            QCOMPARE(found.firstLine, firstLine);
            QCOMPARE(found.indentation, indentation);
            QCOMPARE(found.text, text);
        }
    }

    void insert_data()
    {
        QTest::addColumn<QString>("document");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("expected");
        QTest::newRow("nominal: after a paragraph, on the blank line below it")
            << QStringLiteral("The flow\n\nNext.") << 1
            << QStringLiteral("The flow ::\n\n    +---+\n    | a |\n    +---+\n\nNext.");
        QTest::newRow("nominal: paragraph ending with a colon")
            << QStringLiteral("The flow:\n\nNext.") << 1
            << QStringLiteral("The flow::\n\n    +---+\n    | a |\n    +---+\n\nNext.");
        QTest::newRow("nominal: cursor inside the paragraph goes after it")
            << QStringLiteral("One\ntwo\n\nNext.") << 0
            << QStringLiteral("One\ntwo ::\n\n    +---+\n    | a |\n    +---+\n\nNext.");
        QTest::newRow("nominal: after a title, :: on its own line")
            << QStringLiteral("Title\n=====\n\nNext.") << 2
            << QStringLiteral("Title\n=====\n\n::\n\n    +---+\n    | a |\n    +---+\n\nNext.");
        QTest::newRow("edge: empty document")
            << QString() << 0 << QStringLiteral("::\n\n    +---+\n    | a |\n    +---+\n");
        const QString line78 = QString(70, QLatin1Char('x')) + QStringLiteral(" endings");
        QTest::newRow("edge: a 78-column line gets its marker on a line of its own")
            << line78 + QStringLiteral("\n\nNext.") << 1
            << line78 + QStringLiteral("\n\n::\n\n    +---+\n    | a |\n    +---+\n\nNext.");
        const QString line76 = QString(70, QLatin1Char('x')) + QStringLiteral(" endi");
        QTest::newRow("edge: a 76-column line still takes \" ::\"")
            << line76 + QStringLiteral("\n\nNext.") << 1
            << line76 + QStringLiteral(" ::\n\n    +---+\n    | a |\n    +---+\n\nNext.");
        QTest::newRow("edge: trailing spaces go before the marker")
            << QStringLiteral("checksums.    \n\nNext.") << 1
            << QStringLiteral("checksums. ::\n\n    +---+\n    | a |\n    +---+\n\nNext.");
        QTest::newRow("edge: at the end after a paragraph")
            << QStringLiteral("Text") << 1 << QStringLiteral("Text ::\n\n    +---+\n    | a |\n    +---+");
    }

    void canvasMarginIsNotIndentation()
    {
        // The canvas's empty left columns: the block is indented by exactly four spaces.
        const QString drawn = QStringLiteral("     +---+\n     | a |\n     +---+\n");
        const DiagramBlock::Change change = DiagramBlock::insertion({QStringLiteral("Text")}, 1, drawn);
        QCOMPARE(change.lines.mid(2), (QStringList{"    +---+", "    | a |", "    +---+"}));
        // Relative indentation inside the drawing stays.
        const DiagramBlock::Change stepped = DiagramBlock::insertion({}, 0, QStringLiteral("  a\n    b\n"));
        QCOMPARE(stepped.lines.mid(2), (QStringList{"    a", "      b"}));
    }

    void insert()
    {
        QFETCH(QString, document);
        QFETCH(int, line);
        QFETCH(QString, expected);
        const QString result = applied(document, DiagramBlock::insertion(document.split(QLatin1Char('\n')), line, Box));
        QCOMPARE(result, expected);
        // What was inserted parses back to a literal block holding exactly the diagram.
        bool found = false;
        const QStringList lines = result.split(QLatin1Char('\n'));
        for (int l = 0; l < lines.size() && !found; ++l) {
            const DiagramBlock::Found block = DiagramBlock::at(*RstParser::parse(result), l);
            found = block.valid && block.text == Box;
        }
        QVERIFY(found);
    }

    void replaceKeepsIndentation()
    {
        const QString document = QStringLiteral("* Item::\n\n      a -> b\n      c\n\nAfter.");
        const DiagramBlock::Found block = DiagramBlock::at(*RstParser::parse(document), 2);
        QVERIFY(block.valid);
        const QString result = applied(document, DiagramBlock::replacement(block, QStringLiteral("x --> y  \n\n  z")));
        QCOMPARE(result, QStringLiteral("* Item::\n\n      x --> y\n\n        z\n\nAfter."));
        const DiagramBlock::Found again = DiagramBlock::at(*RstParser::parse(result), 2);
        QCOMPARE(again.text, QStringLiteral("x --> y\n\n  z"));
    }
};

QTEST_GUILESS_MAIN(DiagramBlockTest)
#include "diagramblock_test.moc"
