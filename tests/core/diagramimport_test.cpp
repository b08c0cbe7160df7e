// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "diagramtesthelpers.h"
#include "testconfig.h"

#include <core/diagram/diagrammodel.h>
#include <core/diagram/diagramrecognizer.h>
#include <core/rst/rstparser.h>

#include <QDirIterator>
#include <QFile>
#include <QRandomGenerator>
#include <QTest>

#include <functional>
#include <initializer_list>

using Specwright::Core::DiagramCharset;
using Specwright::Core::DiagramEdit;
using Specwright::Core::DiagramGrid;
using Specwright::Core::DiagramModel;
using Specwright::Core::DiagramPatch;
using Specwright::Core::DiagramRecognizer;
using Specwright::Core::DiagramShape;
using Specwright::Core::RstNode;
using Specwright::Core::RstParser;
using Kind = DiagramShape::Kind;
using namespace Qt::StringLiterals;

namespace {

using Specwright::Tests::expectedExport;
using Specwright::Tests::rows;

int count(const QList<DiagramShape> &shapes, Kind kind)
{
    return int(
        std::count_if(shapes.cbegin(), shapes.cend(), [kind](const DiagramShape &s) { return s.kind() == kind; }));
}

QStringList labels(const QList<DiagramShape> &shapes)
{
    QStringList result;
    for (const DiagramShape &s : shapes) {
        if (s.kind() == Kind::Box) {
            result.append(s.text());
        }
    }
    return result;
}

// The corpus spec's own diagram (swift-multi-tenant-store-service-token-support.rst), de-indented.
const QString SwiftDownload = rows({
    u"+----------------+",
    u"|      User      |",
    u"+-------+--------+",
    u"        |",
    u"        | 1. Get Glance Image 123",
    u"        |",
    u"        | GET http://glance:9292/v2/images/123/file",
    u"        | X-AUTH-TOKEN: <token for user project 'abc'>",
    u"        |",
    u"+-------v---------+",
    u"|     Glance      |",
    u"+-------+---------+",
    u"        |",
    u"        | 2. Get Swift Object Data",
    u"        |",
    u"        | GET http://swift:8080/v1/AUTH_abc/glance_123/123",
    u"        | X-AUTH-TOKEN: <token for user project 'abc'>",
    u"        |",
    u"+-------v---------+",
    u"|      Swift      |",
    u"+-----------------+",
});

const QString ClientServer = rows({
    u"+--------+  request   +--------+",
    u"| Client |----------->| Server |",
    u"+--------+            +---+----+",
    u"                          |",
    u"                          | query",
    u"                          v",
    u"                      +--------+",
    u"                      |   DB   |",
    u"                      +--------+",
});

const QString Connected = rows({
    u"+---+     +---+",
    u"| a +-----+ b |",
    u"+-+-+     +---+",
    u"  |",
    u"  +-------------+",
    u"                |",
    u"              +-+-+",
    u"              | c |",
    u"              +---+",
});

const QString UnicodeFlow = rows({
    u"┌──────┐     ┌──────┐",
    u"│ API  ├────►│ Work │",
    u"└──┬───┘     └──────┘",
    u"   │",
    u"   ▼",
    u"┌──────┐",
    u"│ Disk │",
    u"└──────┘",
});

const QString Timeline = rows({
    u" N-1   -----------+",
    u"                  |",
    u"       -----------+   N",
    u"       <---------->",
    u"         Downtime",
});

const QString Prose = QStringLiteral("Pass --all-stores to glance-manage, or a|b.");

} // namespace

class DiagramImportTest : public QObject
{
    Q_OBJECT

private:
    int m_corpusBlocks = 0;
    int m_corpusFiles = 0;
    int m_corpusIdentical = 0;
    int m_corpusShapes[4] = {0, 0, 0, 0};

private Q_SLOTS:
    void recognition_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("boxes");
        QTest::addColumn<int>("lines");
        QTest::addColumn<int>("arrows");
        QTest::addColumn<int>("texts");
        QTest::addColumn<QStringList>("boxLabels");

        QTest::newRow("corpus: swift download")
            << SwiftDownload << 3 << 0 << 2 << 6 << QStringList{u"User"_s, u"Glance"_s, u"Swift"_s};
        QTest::newRow("labelled arrows") << ClientServer << 3 << 0 << 2 << 2
                                         << QStringList{u"Client"_s, u"Server"_s, u"DB"_s};
        QTest::newRow("lines between junctions")
            << Connected << 3 << 2 << 0 << 0 << QStringList{u"a"_s, u"b"_s, u"c"_s};
        QTest::newRow("unicode") << UnicodeFlow << 3 << 0 << 2 << 0 << QStringList{u"API"_s, u"Work"_s, u"Disk"_s};
        QTest::newRow("timeline") << Timeline << 0 << 1 << 1 << 3 << QStringList();
        QTest::newRow("prose") << Prose << 0 << 0 << 0 << 1 << QStringList();
        QTest::newRow("grid of cells") << rows({u"+---+---+", u"| 1 | 2 |", u"+---+---+", u"| 3 | 4 |", u"+---+---+"})
                                       << 4 << 0 << 0 << 0 << QStringList{u"1"_s, u"2"_s, u"3"_s, u"4"_s};
        QTest::newRow("nested boxes") << rows({u"+------------+", u"| host       |", u"| +--------+ |",
                                               u"| |  vm    | |", u"| | disk   | |", u"| +--------+ |",
                                               u"+------------+"})
                                      << 2 << 0 << 0 << 0 << QStringList{u"host"_s, u"vm\ndisk"_s};
        QTest::newRow("corpus: boxes stacked edge on edge, arrows from junctions")
            << rows({
                   u"+------------------------+",
                   u"|  MyHostGroups          |    +-----------------+",
                   u"|  +------------------+  +--> | Flavor          |",
                   u"|  |SSD               |  +    +-----------------+",
                   u"|  +------------------+  |    +-----------------+",
                   u"|                        +--> | Host Aggregate  |",
                   u"+------------------------+    +-----------------+",
               })
            << 4 << 0 << 2 << 0 << QStringList{u"MyHostGroups"_s, u"Flavor"_s, u"SSD"_s, u"Host Aggregate"_s};
        QTest::newRow("two rows are not a box, but a closed line")
            << rows({u"+--+", u"+--+"}) << 0 << 1 << 0 << 0 << QStringList();
        QTest::newRow("crossing") << rows({u"  |", u"--+--", u"  |"}) << 0 << 2 << 0 << 0 << QStringList();
        QTest::newRow("tee") << rows({u"--+--", u"  |", u"  v"}) << 0 << 1 << 1 << 0 << QStringList();
        QTest::newRow("closed loop") << rows({u"+--+", u"|  +-+", u"+----+"}) << 0 << 1 << 0 << 0 << QStringList();
        QTest::newRow("empty") << QString() << 0 << 0 << 0 << 0 << QStringList();
    }

    void recognition()
    {
        QFETCH(QString, text);
        QFETCH(int, boxes);
        QFETCH(int, lines);
        QFETCH(int, arrows);
        QFETCH(int, texts);
        QFETCH(QStringList, boxLabels);
        const DiagramModel model(text);
        const QList<DiagramShape> &shapes = model.shapes();
        QCOMPARE(count(shapes, Kind::Box), boxes);
        QCOMPARE(count(shapes, Kind::Line), lines);
        QCOMPARE(count(shapes, Kind::Arrow), arrows);
        QCOMPARE(count(shapes, Kind::Text), texts);
        QCOMPARE(labels(shapes), boxLabels);
        QCOMPARE(shapes, DiagramRecognizer::recognize(DiagramGrid::fromText(text)));
        QCOMPARE(model.text(), text);
    }

    void recognisedGeometry()
    {
        const DiagramModel model(SwiftDownload);
        const QList<DiagramShape> &shapes = model.shapes();
        QCOMPARE(shapes.at(0), DiagramShape::box(QRect(0, 0, 18, 3), u"User"_s));
        QCOMPARE(shapes.at(1), DiagramShape::box(QRect(0, 9, 19, 3), u"Glance"_s));
        QCOMPARE(shapes.at(2), DiagramShape::box(QRect(0, 18, 19, 3), u"Swift"_s));
        // The arrows start on a junction of one box's edge and end on an arrowhead in the next one's.
        QCOMPARE(shapes.at(3), DiagramShape::line({{8, 2}, {8, 9}}, false, true));
        QCOMPARE(shapes.at(4), DiagramShape::line({{8, 11}, {8, 18}}, false, true));
        QCOMPARE(shapes.at(5), DiagramShape::text({10, 4}, u"1. Get Glance Image 123"_s));
        QCOMPARE(shapes.at(7), DiagramShape::text({10, 7}, u"X-AUTH-TOKEN: <token for user project 'abc'>"_s));
        QCOMPARE(model.attachedLines(1), (QList<int>{3, 4}));
        QCOMPARE(model.charset(), DiagramCharset::Style::Ascii);

        const DiagramModel timeline(Timeline);
        QCOMPARE(timeline.shapes().at(0), DiagramShape::line({{7, 0}, {18, 0}, {18, 2}, {7, 2}}));
        QCOMPARE(timeline.shapes().at(1), DiagramShape::line({{7, 3}, {18, 3}}, true, true));
        QCOMPARE(timeline.shapes().at(2), DiagramShape::text({1, 0}, u"N-1"_s));

        const DiagramModel unicode(UnicodeFlow);
        QCOMPARE(unicode.charset(), DiagramCharset::Style::Unicode);
        QCOMPARE(unicode.shapes().at(3), DiagramShape::line({{7, 1}, {12, 1}}, false, true));
        QCOMPARE(unicode.shapes().at(4), DiagramShape::line({{3, 2}, {3, 4}}, false, true));

        // A "T": the bar is one line, the stem another that ends on it.
        const DiagramModel tee(rows({u"--+--", u"  |", u"  v"}));
        QCOMPARE(tee.shapes().at(0), DiagramShape::line({{0, 0}, {4, 0}}));
        QCOMPARE(tee.shapes().at(1), DiagramShape::line({{2, 0}, {2, 2}}, false, true));
    }

    void editImported()
    {
        // An imported diagram's shapes are editable like drawn ones.
        DiagramModel model(ClientServer);
        const int db = model.shapeAt({25, 7});
        QCOMPARE(model.shapes().at(db).text(), u"DB"_s);
        model.apply(DiagramEdit::moveShape(model.shapes().at(db), {-10, 0}));
        QCOMPARE(model.text(), rows({
                                   u"+--------+  request   +--------+",
                                   u"| Client |----------->| Server |",
                                   u"+--------+            +---+----+",
                                   u"                +---------+",
                                   u"                |           query",
                                   u"                v",
                                   u"            +--------+",
                                   u"            |   DB   |",
                                   u"            +--------+",
                               }));
    }

    void identity_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("exported");
        QTest::newRow("diagram: swift download") << SwiftDownload << SwiftDownload;
        QTest::newRow("diagram: client and server") << ClientServer << ClientServer;
        QTest::newRow("diagram: connected") << Connected << Connected;
        QTest::newRow("diagram: unicode") << UnicodeFlow << UnicodeFlow;
        QTest::newRow("diagram: timeline") << Timeline << Timeline;
        QTest::newRow("prose") << Prose << Prose;
        QTest::newRow("trailing spaces dropped") << u"ab  \n cd \n"_s << u"ab\n cd\n"_s;
        QTest::newRow("tabs expanded") << u"a\tb\n\t|"_s << u"a       b\n        |"_s;
        QTest::newRow("tab after a wide character") << u"🙂\tx"_s << u"🙂       x"_s;
        QTest::newRow("carriage return kept") << u"a\r\nb"_s << u"a\r\nb"_s;
        QTest::newRow("lone surrogate kept") << QString(QChar(0xD800) + u"-+"_s) << QString(QChar(0xD800) + u"-+"_s);
        QTest::newRow("control characters kept") << u"a\x01\x0c|"_s << u"a\x01\x0c|"_s;
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("only newlines") << u"\n\n"_s << u"\n\n"_s;
        QTest::newRow("box label beyond the BMP")
            << rows({u"+----+", u"| 🙂  |", u"+----+"}) << rows({u"+----+", u"| 🙂  |", u"+----+"});
        QTest::newRow("broken box") << rows({u"+---+", u"|   ", u"+---+"}) << rows({u"+---+", u"|", u"+---+"});
    }

    void identity()
    {
        QFETCH(QString, text);
        QFETCH(QString, exported);
        QCOMPARE(expectedExport(text), exported);
        DiagramModel model;
        model.setText(text);
        QCOMPARE(model.text(), exported);
        DiagramModel again(model.text());
        QCOMPARE(again.text(), exported);
        QCOMPARE(again.shapes(), model.shapes());
    }

    void fuzz()
    {
        // Any text survives import and export; any run of edits undoes back to it.
        const QString alphabet = u"+-|<>^v─│┌┐└┘├┤┬┴┼►◄▲▼ab =\t"_s;
        QRandomGenerator random(20260601);
        for (int sample = 0; sample < 300; ++sample) {
            QString text;
            const int rowCount = random.bounded(1, 12);
            for (int row = 0; row < rowCount; ++row) {
                const int length = random.bounded(0, 30);
                for (int i = 0; i < length; ++i) {
                    // Mostly spaces and line glyphs, so that boxes and lines form by chance.
                    text.append(random.bounded(3) == 0 ? u' ' : alphabet.at(random.bounded(int(alphabet.size()))));
                }
                if (row + 1 < rowCount) {
                    text.append(u'\n');
                }
            }
            DiagramModel model(text);
            const QString exported = expectedExport(text);
            QCOMPARE(model.text(), exported);

            QList<DiagramPatch> patches;
            for (int step = 0; step < 8; ++step) {
                const QPoint a(random.bounded(20), random.bounded(10));
                const QPoint b(random.bounded(20), random.bounded(10));
                DiagramEdit edit;
                const QList<DiagramShape> &shapes = model.shapes();
                switch (random.bounded(8)) {
                case 0:
                    edit = DiagramEdit::drawBox(QRect(a, b));
                    break;
                case 1:
                    edit = DiagramEdit::drawLine(a, b, DiagramShape::Elbow(random.bounded(2)), random.bounded(2) == 0,
                                                 random.bounded(2) == 0);
                    break;
                case 2:
                    edit = DiagramEdit::writeText(a, u"x y"_s);
                    break;
                case 3:
                    edit = DiagramEdit::erase(QRect(a, b));
                    break;
                case 4:
                case 5:
                    if (!shapes.isEmpty()) {
                        const DiagramShape &shape = shapes.at(random.bounded(int(shapes.size())));
                        edit = shape.kind() == Kind::Box && random.bounded(2) == 0
                                   ? DiagramEdit::resizeBox(shape, shape.rect().adjusted(0, 0, b.x() % 4, b.y() % 3))
                                   : DiagramEdit::moveShape(shape, QPoint(b.x() % 5 - 2, b.y() % 5 - 2));
                    }
                    break;
                case 6:
                    if (!shapes.isEmpty()) {
                        edit = DiagramEdit::deleteShape(shapes.at(random.bounded(int(shapes.size()))));
                    }
                    break;
                default:
                    edit = DiagramEdit::convertCharset(DiagramCharset::Style(random.bounded(2)));
                    break;
                }
                patches.append(model.apply(edit));
            }
            const QString edited = model.text();
            for (qsizetype i = patches.size() - 1; i >= 0; --i) {
                model.undo(patches.at(i));
            }
            QCOMPARE(model.text(), exported);
            for (const DiagramPatch &patch : std::as_const(patches)) {
                model.redo(patch);
            }
            QCOMPARE(model.text(), edited);
        }
    }

    void corpusRoundTrip_data()
    {
        QTest::addColumn<QString>("block");
        const QString corpus = QStringLiteral(SPECWRIGHT_SHARED_DIR "/corpus/glance-specs");
        if (!QFile::exists(corpus)) {
            QSKIP("../shared/corpus is not beside the checkout");
        }
        // Literal blocks with something drawn in them: box corners, edges, arrows.
        const QStringList marks = {u"+-"_s, u"-+"_s, u"|"_s, u"->"_s, u"<-"_s, u"--"_s, u"─"_s, u"│"_s};
        QDirIterator it(corpus, {QStringLiteral("*.rst")}, QDir::Files, QDirIterator::Subdirectories);
        QStringList paths;
        while (it.hasNext()) {
            paths.append(it.next());
        }
        paths.sort();
        for (const QString &path : std::as_const(paths)) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            const auto document = RstParser::parse(QString::fromUtf8(file.readAll()), path);
            bool found = false;
            std::function<void(const RstNode &)> walk = [&](const RstNode &node) {
                if (node.kind == RstNode::Kind::LiteralBlock) {
                    const QString text = node.text.isEmpty() ? node.plainText() : node.text;
                    if (std::any_of(marks.cbegin(), marks.cend(), [&](const QString &m) { return text.contains(m); })) {
                        QTest::addRow("%s:%d", qPrintable(path.mid(corpus.size() + 1)), node.range.startLine + 1)
                            << text;
                        found = true;
                    }
                }
                for (const RstNode &child : node.children) {
                    walk(child);
                }
            };
            walk(document->root());
            m_corpusFiles += found ? 1 : 0;
        }
    }

    void corpusRoundTrip()
    {
        QFETCH(QString, block);
        const DiagramModel model(block);
        ++m_corpusBlocks;
        for (const DiagramShape &shape : model.shapes()) {
            ++m_corpusShapes[int(shape.kind())];
        }
        QCOMPARE(model.text(), expectedExport(block));
        ++m_corpusIdentical;
    }

    void corpusWholeFiles()
    {
        // Not a diagram at all, but any text must come back: every spec file, whole.
        const QString corpus = QStringLiteral(SPECWRIGHT_SHARED_DIR "/corpus/glance-specs");
        if (!QFile::exists(corpus)) {
            QSKIP("../shared/corpus is not beside the checkout");
        }
        int files = 0;
        QDirIterator it(corpus, {QStringLiteral("*.rst")}, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QString text = QString::fromUtf8(file.readAll());
            QCOMPARE(DiagramModel(text).text(), expectedExport(text));
            ++files;
        }
        QVERIFY(files > 300);
    }

    void cleanupTestCase()
    {
        if (m_corpusBlocks > 0) {
            QCOMPARE(m_corpusIdentical, m_corpusBlocks); // 100 %
            QVERIFY(m_corpusShapes[int(Kind::Box)] > 0 && m_corpusShapes[int(Kind::Arrow)] > 0);
            qInfo("corpus: %d diagram literal blocks in %d files, %d identical after import and export (%.1f%%); "
                  "recognised %d boxes, %d lines, %d arrows, %d texts",
                  m_corpusBlocks, m_corpusFiles, m_corpusIdentical, 100.0 * m_corpusIdentical / m_corpusBlocks,
                  m_corpusShapes[int(Kind::Box)], m_corpusShapes[int(Kind::Line)], m_corpusShapes[int(Kind::Arrow)],
                  m_corpusShapes[int(Kind::Text)]);
        }
    }
};

QTEST_GUILESS_MAIN(DiagramImportTest)

#include "diagramimport_test.moc"
