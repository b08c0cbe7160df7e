// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "diagramtesthelpers.h"

#include <core/diagram/diagrammodel.h>

#include <QTest>

#include <initializer_list>

using Specwright::Core::DiagramCharset;
using Specwright::Core::DiagramEdit;
using Specwright::Core::DiagramModel;
using Specwright::Core::DiagramPatch;
using Specwright::Core::DiagramShape;
using Elbow = DiagramShape::Elbow;
using Style = DiagramCharset::Style;

Q_DECLARE_METATYPE(DiagramEdit)

namespace {

using Specwright::Tests::rows;

const QString TwoBoxes = rows({
    u"+-----+",
    u"|  A  |",
    u"+--+--+",
    u"   |",
    u"   |",
    u"   v",
    u"+-----+",
    u"|  B  |",
    u"+-----+",
});

const QString SideBySide = rows({
    u"+---+     +---+",
    u"| A |---->| B |",
    u"+---+     +---+",
});

const QString ArrowOnEdge = rows({
    u"+------+",
    u"| User |",
    u"+--+---+",
    u"   |",
    u"   |",
    u"+--v---+",
    u"|Glance|",
    u"+------+",
});

const QString Crossing = rows({
    u"  |",
    u"--+--",
    u"  |",
});

} // namespace

class DiagramModelTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Which literal blocks the checks treat as diagrams.
    void looksLikeDiagram_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("diagram");
        QTest::newRow("box corner") << QStringLiteral("+--+") << true;
        QTest::newRow("box corner, right") << QStringLiteral("--+") << true;
        QTest::newRow("bar") << QStringLiteral("a | b") << true;
        QTest::newRow("arrow") << QStringLiteral("a -> b") << true;
        QTest::newRow("arrow back") << QStringLiteral("a <- b") << true;
        QTest::newRow("box drawing") << QStringLiteral("\u250c\u2500\u2510") << true;
        QTest::newRow("last character") << QStringLiteral("abc |") << true;
        QTest::newRow("command") << QStringLiteral("glance image-create --name x") << false;
        QTest::newRow("sum") << QStringLiteral("a + b - c") << false;
        QTest::newRow("lone plus at the end") << QStringLiteral("a +") << false;
        QTest::newRow("empty") << QString() << false;
    }

    void looksLikeDiagram()
    {
        QFETCH(QString, text);
        QFETCH(bool, diagram);
        QCOMPARE(DiagramModel::looksLikeDiagram(text), diagram);
    }

    void tools_data()
    {
        QTest::addColumn<QString>("before");
        QTest::addColumn<DiagramEdit>("edit");
        QTest::addColumn<QString>("after");

        QTest::newRow("box: 5x3") << QString() << DiagramEdit::drawBox(QRect(0, 0, 5, 3))
                                  << rows({u"+---+", u"|   |", u"+---+"});
        QTest::newRow("box: away from the origin")
            << QString() << DiagramEdit::drawBox(QRect(2, 1, 4, 3)) << rows({u"", u"  +--+", u"  |  |", u"  +--+"});
        QTest::newRow("box: dragged up and left")
            << QString() << DiagramEdit::drawBox(QRect(QPoint(4, 2), QPoint(0, 0)))
            << rows({u"+---+", u"|   |", u"+---+"});
        QTest::newRow("box: smallest") << QString() << DiagramEdit::drawBox(QRect(0, 0, 3, 3))
                                       << rows({u"+-+", u"| |", u"+-+"});
        QTest::newRow("box: inside left as it was") << rows({u"", u" hello"}) << DiagramEdit::drawBox(QRect(0, 0, 8, 3))
                                                    << rows({u"+------+", u"|hello |", u"+------+"});
        QTest::newRow("line: horizontal")
            << QString() << DiagramEdit::drawLine({0, 0}, {4, 0}, Elbow::HorizontalFirst) << QStringLiteral("-----");
        QTest::newRow("line: vertical") << QString() << DiagramEdit::drawLine({1, 0}, {1, 2}, Elbow::VerticalFirst)
                                        << rows({u" |", u" |", u" |"});
        QTest::newRow("line: horizontal first")
            << QString() << DiagramEdit::drawLine({0, 0}, {3, 2}, Elbow::HorizontalFirst)
            << rows({u"---+", u"   |", u"   |"});
        QTest::newRow("line: vertical first")
            << QString() << DiagramEdit::drawLine({0, 0}, {3, 2}, Elbow::VerticalFirst) << rows({u"|", u"|", u"+---"});
        QTest::newRow("line: vertical first, up and left")
            << QString() << DiagramEdit::drawLine({3, 2}, {0, 0}, Elbow::VerticalFirst)
            << rows({u"---+", u"   |", u"   |"});
        QTest::newRow("line: horizontal first, down and left")
            << QString() << DiagramEdit::drawLine({3, 0}, {0, 2}, Elbow::HorizontalFirst)
            << rows({u"+---", u"|", u"|"});
        QTest::newRow("arrow: right") << QString()
                                      << DiagramEdit::drawLine({0, 0}, {4, 0}, Elbow::HorizontalFirst, false, true)
                                      << QStringLiteral("---->");
        QTest::newRow("arrow: left") << QString()
                                     << DiagramEdit::drawLine({4, 0}, {0, 0}, Elbow::HorizontalFirst, false, true)
                                     << QStringLiteral("<----");
        QTest::newRow("arrow: down") << QString()
                                     << DiagramEdit::drawLine({0, 0}, {0, 2}, Elbow::VerticalFirst, false, true)
                                     << rows({u"|", u"|", u"v"});
        QTest::newRow("arrow: up") << QString()
                                   << DiagramEdit::drawLine({0, 2}, {0, 0}, Elbow::VerticalFirst, false, true)
                                   << rows({u"^", u"|", u"|"});
        QTest::newRow("arrow: both ends")
            << QString() << DiagramEdit::drawLine({0, 0}, {4, 0}, Elbow::HorizontalFirst, true, true)
            << QStringLiteral("<--->");
        QTest::newRow("arrow: around a corner")
            << QString() << DiagramEdit::drawLine({0, 0}, {3, 2}, Elbow::HorizontalFirst, false, true)
            << rows({u"---+", u"   |", u"   v"});
        QTest::newRow("arrow: at the start, vertical first")
            << QString() << DiagramEdit::drawLine({0, 0}, {3, 2}, Elbow::VerticalFirst, true, false)
            << rows({u"^", u"|", u"+---"});
        QTest::newRow("text: typed") << QString() << DiagramEdit::writeText({2, 1}, QStringLiteral("Hi there"))
                                     << rows({u"", u"  Hi there"});
        QTest::newRow("text: over a line")
            << QStringLiteral("-----") << DiagramEdit::writeText({1, 0}, QStringLiteral("ab"))
            << QStringLiteral("-ab--");
        QTest::newRow("text: spaces overwrite")
            << QStringLiteral("abcdef") << DiagramEdit::writeText({1, 0}, QStringLiteral("  "))
            << QStringLiteral("a  def");
        QTest::newRow("text: rows and a tab")
            << QString() << DiagramEdit::writeText({1, 0}, QStringLiteral("a\tb\nc")) << rows({u" a      b", u" c"});
        QTest::newRow("freehand") << QString()
                                  << DiagramEdit::freehand({QPoint(0, 0), QPoint(1, 1), QPoint(2, 2)}, U'*')
                                  << rows({u"*", u" *", u"  *"});
        QTest::newRow("freehand: non-ASCII character")
            << QStringLiteral("ab") << DiagramEdit::freehand({QPoint(1, 0), QPoint(3, 0)}, U'█')
            << QStringLiteral("a█ █");
        QTest::newRow("erase: half a box") << rows({u"+---+", u"|   |", u"+---+"})
                                           << DiagramEdit::erase(QRect(2, 0, 3, 3)) << rows({u"+-", u"|", u"+-"});
        QTest::newRow("erase: a dragged region")
            << QStringLiteral("abcdef") << DiagramEdit::erase(QRect(QPoint(3, 0), QPoint(1, 0)))
            << QStringLiteral("a   ef");
    }

    void tools()
    {
        QFETCH(QString, before);
        QFETCH(DiagramEdit, edit);
        QFETCH(QString, after);
        DiagramModel model(before);
        const DiagramPatch patch = model.apply(edit);
        QVERIFY(!patch.isEmpty());
        QCOMPARE(model.text(), after);
    }

    void junctions_data()
    {
        QTest::addColumn<QString>("before");
        QTest::addColumn<bool>("unicode");
        QTest::addColumn<DiagramEdit>("edit");
        QTest::addColumn<QString>("after");

        QTest::newRow("ascii: crossing lines")
            << rows({u"  |", u"  |", u"  |"}) << false << DiagramEdit::drawLine({0, 1}, {4, 1}, Elbow::HorizontalFirst)
            << Crossing;
        QTest::newRow("unicode: crossing lines")
            << rows({u"  │", u"  │", u"  │"}) << true << DiagramEdit::drawLine({0, 1}, {4, 1}, Elbow::HorizontalFirst)
            << rows({u"  │", u"──┼──", u"  │"});
        QTest::newRow("ascii: line ending on a line")
            << QStringLiteral("-----") << false << DiagramEdit::drawLine({2, 2}, {2, 0}, Elbow::VerticalFirst)
            << rows({u"--+--", u"  |", u"  |"});
        QTest::newRow("unicode: line ending on a line")
            << QStringLiteral("─────") << true << DiagramEdit::drawLine({2, 2}, {2, 0}, Elbow::VerticalFirst)
            << rows({u"──┬──", u"  │", u"  │"});
        QTest::newRow("unicode: line ending on a line from below")
            << rows({u"", u"", u"─────"}) << true << DiagramEdit::drawLine({2, 0}, {2, 2}, Elbow::VerticalFirst)
            << rows({u"  │", u"  │", u"──┴──"});
        QTest::newRow("unicode: line ending on a line from the side")
            << rows({u"│", u"│", u"│"}) << true << DiagramEdit::drawLine({3, 1}, {0, 1}, Elbow::HorizontalFirst)
            << rows({u"│", u"├───", u"│"});
        QTest::newRow("ascii: line leaving a box edge") << rows({u"+---+", u"|   |", u"+---+"}) << false
                                                        << DiagramEdit::drawLine({2, 2}, {2, 4}, Elbow::VerticalFirst)
                                                        << rows({u"+---+", u"|   |", u"+-+-+", u"  |", u"  |"});
        QTest::newRow("unicode: line leaving a box edge") << rows({u"┌───┐", u"│   │", u"└───┘"}) << true
                                                          << DiagramEdit::drawLine({2, 2}, {2, 4}, Elbow::VerticalFirst)
                                                          << rows({u"┌───┐", u"│   │", u"└─┬─┘", u"  │", u"  │"});
        QTest::newRow("unicode: line leaving a box side")
            << rows({u"┌───┐", u"│   │", u"└───┘"}) << true
            << DiagramEdit::drawLine({4, 1}, {7, 1}, Elbow::HorizontalFirst) << rows({u"┌───┐", u"│   ├───", u"└───┘"});
        QTest::newRow("ascii: arrow ending on a box edge")
            << rows({u"", u"", u"+---+", u"|   |", u"+---+"}) << false
            << DiagramEdit::drawLine({2, 0}, {2, 2}, Elbow::VerticalFirst, false, true)
            << rows({u"  |", u"  |", u"+-v-+", u"|   |", u"+---+"});
        QTest::newRow("ascii: arrow stopping next to a box")
            << rows({u"", u"", u"+---+", u"|   |", u"+---+"}) << false
            << DiagramEdit::drawLine({2, 0}, {2, 1}, Elbow::VerticalFirst, false, true)
            << rows({u"  |", u"  v", u"+---+", u"|   |", u"+---+"});
        QTest::newRow("ascii: box across a line")
            << rows({u"   |", u"   |", u"   |", u"   |", u"   |"}) << false << DiagramEdit::drawBox(QRect(0, 1, 8, 3))
            << rows({u"   |", u"+--+---+", u"|  |   |", u"+--+---+", u"   |"});
        QTest::newRow("unicode: box across a line")
            << rows({u"   │", u"   │", u"   │", u"   │", u"   │"}) << true << DiagramEdit::drawBox(QRect(0, 1, 8, 3))
            << rows({u"   │", u"┌──┼───┐", u"│  │   │", u"└──┼───┘", u"   │"});
        QTest::newRow("ascii: boxes sharing an edge")
            << rows({u"+---+", u"|   |", u"+---+"}) << false << DiagramEdit::drawBox(QRect(4, 0, 5, 3))
            << rows({u"+---+---+", u"|   |   |", u"+---+---+"});
        QTest::newRow("unicode: boxes sharing an edge")
            << rows({u"┌───┐", u"│   │", u"└───┘"}) << true << DiagramEdit::drawBox(QRect(4, 0, 5, 3))
            << rows({u"┌───┬───┐", u"│   │   │", u"└───┴───┘"});
        QTest::newRow("unicode: arrowheads")
            << QString() << true << DiagramEdit::drawLine({0, 0}, {3, 2}, Elbow::HorizontalFirst, true, true)
            << rows({u"◄──┐", u"   │", u"   ▼"});
    }

    void junctions()
    {
        QFETCH(QString, before);
        QFETCH(bool, unicode);
        QFETCH(DiagramEdit, edit);
        QFETCH(QString, after);
        DiagramModel model(before);
        QCOMPARE(model.charset(), before.isEmpty() ? Style::Ascii : (unicode ? Style::Unicode : Style::Ascii));
        model.setCharset(unicode ? Style::Unicode : Style::Ascii);
        model.apply(edit);
        QCOMPARE(model.text(), after);
    }

    void move_data()
    {
        QTest::addColumn<QString>("before");
        QTest::addColumn<QPoint>("pick");
        QTest::addColumn<QPoint>("offset");
        QTest::addColumn<QString>("after");

        QTest::newRow("box: arrow re-routed with two corners") << TwoBoxes << QPoint(3, 7) << QPoint(6, 0)
                                                               << rows({
                                                                      u"+-----+",
                                                                      u"|  A  |",
                                                                      u"+--+--+",
                                                                      u"   +-----+",
                                                                      u"         |",
                                                                      u"         v",
                                                                      u"      +-----+",
                                                                      u"      |  B  |",
                                                                      u"      +-----+",
                                                                  });
        QTest::newRow("box: the arrow's start follows") << TwoBoxes << QPoint(1, 1) << QPoint(4, 0)
                                                        << rows({
                                                               u"    +-----+",
                                                               u"    |  A  |",
                                                               u"    +--+--+",
                                                               u"   +---+",
                                                               u"   |",
                                                               u"   v",
                                                               u"+-----+",
                                                               u"|  B  |",
                                                               u"+-----+",
                                                           });
        QTest::newRow("box: side by side, moved down") << SideBySide << QPoint(12, 1) << QPoint(0, 2)
                                                       << rows({
                                                              u"+---+",
                                                              u"| A |--+",
                                                              u"+---+  |  +---+",
                                                              u"       +->| B |",
                                                              u"          +---+",
                                                          });
        QTest::newRow("box: arrowhead on the edge stays on it") << ArrowOnEdge << QPoint(4, 6) << QPoint(0, 2)
                                                                << rows({
                                                                       u"+------+",
                                                                       u"| User |",
                                                                       u"+--+---+",
                                                                       u"   |",
                                                                       u"   |",
                                                                       u"   |",
                                                                       u"   |",
                                                                       u"+--v---+",
                                                                       u"|Glance|",
                                                                       u"+------+",
                                                                   });
        QTest::newRow("box: over other text, which it hides")
            << rows({u"+---+  xxxxx", u"| A |  xxxxx", u"+---+  xxxxx"}) << QPoint(0, 0) << QPoint(7, 0)
            << rows({u"       +---+", u"       | A |", u"       +---+"});
        QTest::newRow("line: crossing left behind")
            << Crossing << QPoint(0, 1) << QPoint(0, 3) << rows({u"  |", u"  |", u"  |", u"", u"-----"});
        QTest::newRow("line: leaves the box it touched")
            << rows({u"+---+", u"|   |", u"+-+-+", u"  |", u"  |"}) << QPoint(2, 3) << QPoint(4, 0)
            << rows({u"+---+", u"|   |", u"+---+ |", u"      |", u"      |"});
        QTest::newRow("text") << QStringLiteral("hello   world") << QPoint(1, 0) << QPoint(0, 1)
                              << rows({u"        world", u"hello"});
    }

    void move()
    {
        QFETCH(QString, before);
        QFETCH(QPoint, pick);
        QFETCH(QPoint, offset);
        QFETCH(QString, after);
        DiagramModel model(before);
        const int index = model.shapeAt(pick);
        QVERIFY(index >= 0);
        const DiagramPatch patch = model.apply(DiagramEdit::moveShape(model.shapes().at(index), offset));
        QCOMPARE(model.text(), after);
        model.undo(patch);
        QCOMPARE(model.text(), before);
    }

    void attachedLines()
    {
        DiagramModel model(TwoBoxes);
        const int a = model.shapeAt({3, 1});
        const int b = model.shapeAt({3, 7});
        const int arrow = model.shapeAt({3, 4});
        QCOMPARE(model.shapes().at(arrow).kind(), DiagramShape::Kind::Arrow);
        QCOMPARE(model.attachedLines(a), QList<int>{arrow});
        QCOMPARE(model.attachedLines(b), QList<int>{arrow});
        QCOMPARE(model.attachedLines(arrow), QList<int>());
        QCOMPARE(model.attachedLines(-1), QList<int>());

        // A line inside a box is not attached to it: it moves with the inside.
        DiagramModel inner(rows({u"+-------+", u"| --+   |", u"|   |   |", u"+---+---+"}));
        QCOMPARE(inner.attachedLines(inner.shapeAt({0, 0})), QList<int>());
        inner.apply(DiagramEdit::moveShape(inner.shapes().at(inner.shapeAt({0, 0})), {2, 0}));
        QCOMPARE(inner.text(), rows({u"  +-------+", u"  | --+   |", u"  |   |   |", u"  +---+---+"}));
    }

    void resize_data()
    {
        QTest::addColumn<QString>("before");
        QTest::addColumn<QPoint>("pick");
        QTest::addColumn<QRect>("rect");
        QTest::addColumn<QString>("after");

        QTest::newRow("wider: the arrow stays") << TwoBoxes << QPoint(3, 7) << QRect(0, 6, 10, 3)
                                                << rows({
                                                       u"+-----+",
                                                       u"|  A  |",
                                                       u"+--+--+",
                                                       u"   |",
                                                       u"   |",
                                                       u"   v",
                                                       u"+--------+",
                                                       u"|  B     |",
                                                       u"+--------+",
                                                   });
        QTest::newRow("narrower from the left") << TwoBoxes << QPoint(3, 7) << QRect(2, 6, 5, 3)
                                                << rows({
                                                       u"+-----+",
                                                       u"|  A  |",
                                                       u"+--+--+",
                                                       u"   |",
                                                       u"   |",
                                                       u"   v",
                                                       u"  +---+",
                                                       u"  |B  |",
                                                       u"  +---+",
                                                   });
        QTest::newRow("taller: the arrow's start moves down") << TwoBoxes << QPoint(3, 1) << QRect(0, 0, 7, 4)
                                                              << rows({
                                                                     u"+-----+",
                                                                     u"|  A  |",
                                                                     u"|     |",
                                                                     u"+--+--+",
                                                                     u"   |",
                                                                     u"   v",
                                                                     u"+-----+",
                                                                     u"|  B  |",
                                                                     u"+-----+",
                                                                 });
        QTest::newRow("narrower: the end slides along the edge") << TwoBoxes << QPoint(3, 7) << QRect(4, 6, 3, 3)
                                                                 << rows({
                                                                        u"+-----+",
                                                                        u"|  A  |",
                                                                        u"+--+--+",
                                                                        u"   +-+",
                                                                        u"     |",
                                                                        u"     v",
                                                                        u"    +-+",
                                                                        u"    | |",
                                                                        u"    +-+",
                                                                    });
        QTest::newRow("taller: the arrow stays on its side")
            << SideBySide << QPoint(12, 1) << QRect(10, 0, 5, 4)
            << rows({u"+---+     +---+", u"| A |---->| B |", u"+---+     |   |", u"          +---+"});
    }

    void resize()
    {
        QFETCH(QString, before);
        QFETCH(QPoint, pick);
        QFETCH(QRect, rect);
        QFETCH(QString, after);
        DiagramModel model(before);
        const DiagramPatch patch = model.apply(DiagramEdit::resizeBox(model.shapes().at(model.shapeAt(pick)), rect));
        QCOMPARE(model.text(), after);
        model.undo(patch);
        QCOMPARE(model.text(), before);
    }

    void deleteShape_data()
    {
        QTest::addColumn<QString>("before");
        QTest::addColumn<QPoint>("pick");
        QTest::addColumn<QString>("after");

        QTest::newRow("box: its arrow stays")
            << TwoBoxes << QPoint(2, 7)
            << rows({u"+-----+", u"|  A  |", u"+--+--+", u"   |", u"   |", u"   v", u"", u"", u""});
        QTest::newRow("box: the arrowhead on its edge stays")
            << ArrowOnEdge << QPoint(1, 6)
            << rows({u"+------+", u"| User |", u"+--+---+", u"   |", u"   |", u"   v", u"", u""});
        QTest::newRow("arrow: the junction it left closes")
            << TwoBoxes << QPoint(3, 4)
            << rows({u"+-----+", u"|  A  |", u"+-----+", u"", u"", u"", u"+-----+", u"|  B  |", u"+-----+"});
        QTest::newRow("box in a grid: the shared edge stays")
            << rows({u"+---+---+", u"| a | b |", u"+---+---+"}) << QPoint(6, 1) << rows({u"+---+", u"| a |", u"+---+"});
        QTest::newRow("unicode: crossing line")
            << rows({u"  │", u"──┼──", u"  │"}) << QPoint(2, 0) << rows({u"", u"─────", u""});
    }

    void deleteShape()
    {
        QFETCH(QString, before);
        QFETCH(QPoint, pick);
        QFETCH(QString, after);
        DiagramModel model(before);
        const DiagramPatch patch = model.apply(DiagramEdit::deleteShape(model.shapes().at(model.shapeAt(pick))));
        QCOMPARE(model.text(), after);
        model.undo(patch);
        QCOMPARE(model.text(), before);
    }

    void undoRedo_data()
    {
        QTest::addColumn<QString>("before");
        QTest::addColumn<DiagramEdit>("edit");

        QTest::newRow("box") << TwoBoxes << DiagramEdit::drawBox(QRect(8, 1, 6, 5));
        QTest::newRow("line across a box")
            << TwoBoxes << DiagramEdit::drawLine({0, 4}, {5, 8}, Elbow::HorizontalFirst, true, true);
        QTest::newRow("text past the last row")
            << QStringLiteral("ab") << DiagramEdit::writeText({4, 3}, QStringLiteral("x\ty"));
        QTest::newRow("text past the end of a row")
            << QStringLiteral("ab\n") << DiagramEdit::writeText({6, 0}, QStringLiteral("cd"));
        QTest::newRow("freehand") << SideBySide << DiagramEdit::freehand({QPoint(2, 1), QPoint(20, 5)}, U'#');
        QTest::newRow("erase") << TwoBoxes << DiagramEdit::erase(QRect(2, 2, 3, 5));
        QTest::newRow("convert to unicode") << TwoBoxes << DiagramEdit::convertCharset(Style::Unicode);
        QTest::newRow("convert to ascii") << rows({u"┌─┐", u"└─┘"}) << DiagramEdit::convertCharset(Style::Ascii);
        QTest::newRow("move") << TwoBoxes
                              << DiagramEdit::moveShape(DiagramShape::box(QRect(0, 6, 7, 3), QStringLiteral("B")),
                                                        {9, 2});
        QTest::newRow("resize") << SideBySide
                                << DiagramEdit::resizeBox(DiagramShape::box(QRect(0, 0, 5, 3), QStringLiteral("A")),
                                                          QRect(0, 0, 8, 6));
        QTest::newRow("delete") << ArrowOnEdge
                                << DiagramEdit::deleteShape(
                                       DiagramShape::box(QRect(0, 0, 8, 3), QStringLiteral("User")));
    }

    void undoRedo()
    {
        QFETCH(QString, before);
        QFETCH(DiagramEdit, edit);
        DiagramModel model(before);
        const QList<DiagramShape> shapesBefore = model.shapes();
        const Style charsetBefore = model.charset();
        const DiagramPatch patch = model.apply(edit);
        QVERIFY(!patch.isEmpty());
        const QString after = model.text();
        const QList<DiagramShape> shapesAfter = model.shapes();
        QVERIFY(after != before);

        model.undo(patch);
        QCOMPARE(model.text(), before);
        QCOMPARE(model.shapes(), shapesBefore);
        QCOMPARE(model.charset(), charsetBefore);
        model.redo(patch);
        QCOMPARE(model.text(), after);
        QCOMPARE(model.shapes(), shapesAfter);
        model.undo(patch);
        QCOMPARE(model.text(), before);
        QCOMPARE(model.grid().rowCount(), DiagramModel(before).grid().rowCount());
    }

    void undoRedoSequence()
    {
        // Several edits undone in reverse order come back to the start, step by step.
        DiagramModel model;
        const QList<DiagramEdit> edits = {
            DiagramEdit::drawBox(QRect(0, 0, 7, 3)),
            DiagramEdit::writeText({2, 1}, QStringLiteral("A")),
            DiagramEdit::drawBox(QRect(0, 6, 7, 3)),
            DiagramEdit::writeText({2, 7}, QStringLiteral("B")),
            DiagramEdit::drawLine({3, 2}, {3, 5}, Elbow::VerticalFirst, false, true),
        };
        QStringList texts{model.text()};
        QList<DiagramPatch> patches;
        for (const DiagramEdit &edit : edits) {
            patches.append(model.apply(edit));
            texts.append(model.text());
        }
        QCOMPARE(texts.last(), rows({u"+-----+", u"| A   |", u"+--+--+", u"   |", u"   |", u"   v", u"+-----+",
                                     u"| B   |", u"+-----+"}));
        for (qsizetype i = patches.size() - 1; i >= 0; --i) {
            model.undo(patches.at(i));
            QCOMPARE(model.text(), texts.at(i));
        }
        for (qsizetype i = 0; i < patches.size(); ++i) {
            model.redo(patches.at(i));
            QCOMPARE(model.text(), texts.at(i + 1));
        }
    }

    void refused_data()
    {
        QTest::addColumn<DiagramEdit>("edit");
        const DiagramShape b = DiagramShape::box(QRect(0, 6, 7, 3), QStringLiteral("B"));
        QTest::newRow("box: one column") << DiagramEdit::drawBox(QRect(0, 0, 1, 3));
        QTest::newRow("box: no inside") << DiagramEdit::drawBox(QRect(0, 0, 4, 2));
        QTest::newRow("box: negative") << DiagramEdit::drawBox(QRect(-1, 0, 4, 3));
        QTest::newRow("line: one cell") << DiagramEdit::drawLine({2, 2}, {2, 2}, Elbow::HorizontalFirst);
        QTest::newRow("line: negative end") << DiagramEdit::drawLine({2, 2}, {-2, 2}, Elbow::HorizontalFirst);
        QTest::newRow("text: empty") << DiagramEdit::writeText({1, 1}, QString());
        QTest::newRow("text: negative") << DiagramEdit::writeText({-1, 1}, QStringLiteral("x"));
        QTest::newRow("freehand: control character") << DiagramEdit::freehand({QPoint(1, 1)}, U'\n');
        QTest::newRow("freehand: no cells") << DiagramEdit::freehand({}, U'x');
        QTest::newRow("erase: outside the text") << DiagramEdit::erase(QRect(20, 20, 5, 5));
        QTest::newRow("move: not in the model") << DiagramEdit::moveShape(DiagramShape::box(QRect(1, 1, 3, 3)), {1, 1});
        QTest::newRow("move: nowhere") << DiagramEdit::moveShape(b, {0, 0});
        QTest::newRow("move: off the top") << DiagramEdit::moveShape(b, {0, -7});
        QTest::newRow("move: attached arrow off the top") << DiagramEdit::moveShape(b, {0, -6});
        QTest::newRow("resize: same rectangle") << DiagramEdit::resizeBox(b, QRect(0, 6, 7, 3));
        QTest::newRow("resize: too small") << DiagramEdit::resizeBox(b, QRect(0, 6, 7, 2));
        QTest::newRow("resize: not a box")
            << DiagramEdit::resizeBox(DiagramShape::line({{3, 2}, {3, 5}}, false, true), QRect(0, 0, 4, 4));
        QTest::newRow("delete: not in the model")
            << DiagramEdit::deleteShape(DiagramShape::text({0, 0}, QStringLiteral("x")));
        QTest::newRow("convert: already ascii") << DiagramEdit::convertCharset(Style::Ascii);
    }

    void refused()
    {
        QFETCH(DiagramEdit, edit);
        DiagramModel model(TwoBoxes);
        const DiagramPatch patch = model.apply(edit);
        QVERIFY(patch.isEmpty());
        QCOMPARE(model.text(), TwoBoxes);
    }

    void typingKeepsShapes_data()
    {
        QTest::addColumn<QString>("before");
        QTest::addColumn<QPoint>("position");
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("after");

        // TwoBoxes: box A on rows 0-2, its bottom edge has the arrow's junction at column 3.
        QTest::newRow("beside the boxes") << TwoBoxes << QPoint(8, 4) << QStringLiteral("note")
                                          << rows({u"+-----+", u"|  A  |", u"+--+--+", u"   |", u"   |    note",
                                                   u"   v", u"+-----+", u"|  B  |", u"+-----+"});
        QTest::newRow("a box's label") << TwoBoxes << QPoint(1, 1) << QStringLiteral("Api")
                                       << rows({u"+-----+", u"|Api  |", u"+--+--+", u"   |", u"   |", u"   v",
                                                u"+-----+", u"|  B  |", u"+-----+"});
        QTest::newRow("over other text") << QStringLiteral("old words") << QPoint(0, 0) << QStringLiteral("new")
                                         << QStringLiteral("new words");
        QTest::newRow("refused: on a box's border") << TwoBoxes << QPoint(0, 0) << QStringLiteral("x") << TwoBoxes;
        QTest::newRow("refused: on the arrow's junction")
            << TwoBoxes << QPoint(3, 2) << QStringLiteral("x") << TwoBoxes;
        QTest::newRow("refused: across the arrow") << TwoBoxes << QPoint(1, 4) << QStringLiteral("abc") << TwoBoxes;
        QTest::newRow("refused: on an arrowhead") << TwoBoxes << QPoint(3, 5) << QStringLiteral(" ") << TwoBoxes;
        QTest::newRow("refused: on a line")
            << QStringLiteral("+----+") << QPoint(2, 0) << QStringLiteral("ab") << QStringLiteral("+----+");
    }

    void typingKeepsShapes()
    {
        // Typed text never changes another shape's characters (writeText, as paste uses, does).
        QFETCH(QString, before);
        QFETCH(QPoint, position);
        QFETCH(QString, typed);
        QFETCH(QString, after);
        DiagramModel model(before);
        const DiagramPatch patch = model.apply(DiagramEdit::typeText(position, typed));
        QCOMPARE(model.text(), after);
        QCOMPARE(patch.isEmpty(), after == before);
    }

    void appendedPatchesUndoAsOne()
    {
        // Typing a word is one undo step: each keystroke's patch appended to the first.
        DiagramModel model(QStringLiteral("+---+\n|   |\n+---+"));
        const QString before = model.text();
        DiagramPatch word = model.apply(DiagramEdit::typeText({6, 1}, QStringLiteral("a")));
        word.append(model.apply(DiagramEdit::typeText({7, 1}, QStringLiteral("b"))));
        word.append(model.apply(DiagramEdit::typeText({6, 1}, QStringLiteral("c")))); // over the first
        word.append(model.apply(DiagramEdit::typeText({6, 3}, QStringLiteral("d")))); // a new row
        const QString typed = model.text();
        QCOMPARE(typed, QStringLiteral("+---+\n|   | cb\n+---+\n      d"));
        model.undo(word);
        QCOMPARE(model.text(), before);
        QCOMPARE(model.grid().rowCount(), 3);
        model.redo(word);
        QCOMPARE(model.text(), typed);
    }

    void moveAttachedLineOffTheTop()
    {
        // An arrow next to the top edge would have to go to row -1.
        const QString text = rows({u"  |", u"  v", u"+---+", u"|   |", u"+---+"});
        DiagramModel model(text);
        const DiagramShape box = model.shapes().at(model.shapeAt({1, 3}));
        QVERIFY(model.apply(DiagramEdit::resizeBox(box, QRect(0, 0, 5, 5))).isEmpty());
        QCOMPARE(model.text(), text);
        QVERIFY(!model.apply(DiagramEdit::resizeBox(box, QRect(0, 2, 5, 4))).isEmpty());
        QCOMPARE(model.text(), rows({u"  |", u"  v", u"+---+", u"|   |", u"|   |", u"+---+"}));
    }

    void charsetConversion_data()
    {
        QTest::addColumn<QString>("ascii");
        QTest::addColumn<QString>("unicode");

        QTest::newRow("boxes and an arrow") << TwoBoxes
                                            << rows({
                                                   u"┌─────┐",
                                                   u"│  A  │",
                                                   u"└──┬──┘",
                                                   u"   │",
                                                   u"   │",
                                                   u"   ▼",
                                                   u"┌─────┐",
                                                   u"│  B  │",
                                                   u"└─────┘",
                                               });
        QTest::newRow("grid and crossing")
            << rows({u"+---+---+", u"| a | b |", u"+---+---+", u"  |", u"--+--", u"  |"})
            << rows({u"┌───┬───┐", u"│ a │ b │", u"└───┴───┘", u"  │", u"──┼──", u"  │"});
        QTest::newRow("arrow with three corners")
            << rows({u"<--+  ^", u"   |  |", u"   +--+"}) << rows({u"◄──┐  ▲", u"   │  │", u"   └──┘"});
        QTest::newRow("arrowhead on an edge") << ArrowOnEdge
                                              << rows({
                                                     u"┌──────┐",
                                                     u"│ User │",
                                                     u"└──┬───┘",
                                                     u"   │",
                                                     u"   │",
                                                     u"┌──▼───┐",
                                                     u"│Glance│",
                                                     u"└──────┘",
                                                 });
        QTest::newRow("text is not a drawing")
            << QStringLiteral("see X-AUTH-TOKEN + v2 | a--b") << QStringLiteral("see X-AUTH-TOKEN + v2 | a--b");
    }

    void charsetConversion()
    {
        QFETCH(QString, ascii);
        QFETCH(QString, unicode);
        DiagramModel model(ascii);
        QCOMPARE(model.charset(), Style::Ascii);
        model.apply(DiagramEdit::convertCharset(Style::Unicode));
        QCOMPARE(model.text(), unicode);
        QCOMPARE(model.charset(), Style::Unicode);
        model.apply(DiagramEdit::convertCharset(Style::Ascii));
        QCOMPARE(model.text(), ascii);
        QCOMPARE(model.charset(), Style::Ascii);

        DiagramModel imported(unicode);
        QCOMPARE(imported.charset(), unicode == ascii ? Style::Ascii : Style::Unicode);
        imported.apply(DiagramEdit::convertCharset(Style::Ascii));
        QCOMPARE(imported.text(), ascii);
    }

    void drawingStyle()
    {
        // setCharset() changes how new strokes look, not what is drawn.
        DiagramModel model(QStringLiteral("+-+\n+-+"));
        model.setCharset(Style::Unicode);
        QCOMPARE(model.text(), QStringLiteral("+-+\n+-+"));
        model.apply(DiagramEdit::drawLine({4, 0}, {6, 0}, Elbow::HorizontalFirst, false, true));
        QCOMPARE(model.text(), QStringLiteral("+-+ ──►\n+-+"));
    }

    void widthGuard_data()
    {
        QTest::addColumn<int>("indentation");
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("usable");
        QTest::addColumn<QList<int>>("rows");
        QTest::addColumn<int>("width");
        QTest::addColumn<int>("excess");

        const QString w75(75, u'x');
        const QString w76(76, u'x');
        QTest::newRow("fits exactly") << 4 << w75 << 75 << QList<int>() << 75 << 0;
        QTest::newRow("one column over") << 4 << w76 << 75 << QList<int>{0} << 76 << 1;
        QTest::newRow("trailing spaces do not count")
            << 4 << QString(w75 + QStringLiteral("    ")) << 75 << QList<int>() << 75 << 0;
        QTest::newRow("some rows over") << 8
                                        << QStringList{w76, w75, QStringLiteral("short"), QString(72, u'-')}.join(u'\n')
                                        << 71 << QList<int>{0, 1, 3} << 76 << 5;
        QTest::newRow("no indentation") << 0 << QString(79, u'-') << 79 << QList<int>() << 79 << 0;
        QTest::newRow("negative indentation is none") << -3 << QString(80, u'-') << 79 << QList<int>{0} << 80 << 1;
        QTest::newRow("indented past the limit") << 100 << QStringLiteral("a") << 0 << QList<int>{0} << 1 << 1;
        QTest::newRow("empty") << 4 << QString() << 75 << QList<int>() << 0 << 0;
    }

    void widthGuard()
    {
        QFETCH(int, indentation);
        QFETCH(QString, text);
        QFETCH(int, usable);
        QFETCH(QList<int>, rows);
        QFETCH(int, width);
        QFETCH(int, excess);
        DiagramModel model(text);
        QCOMPARE(model.indentation(), 0);
        QCOMPARE(model.usableWidth(), DiagramModel::LineLimit);
        model.setIndentation(indentation);
        QCOMPARE(model.indentation(), std::max(indentation, 0));
        QCOMPARE(model.usableWidth(), usable);
        const DiagramModel::Overflow overflow = model.overflow();
        QCOMPARE(overflow.usableWidth, usable);
        QCOMPARE(overflow.rows, rows);
        QCOMPARE(overflow.width, width);
        QCOMPARE(overflow.excessColumns(), excess);
        QCOMPARE(overflow.fits(), rows.isEmpty());
    }

    void copyPaste()
    {
        DiagramModel model(SideBySide);
        const QString copied = model.copy(QRect(10, 0, 5, 3));
        QCOMPARE(copied, rows({u"+---+", u"| B |", u"+---+"}));
        QCOMPARE(model.copy(QRect(QPoint(14, 2), QPoint(10, 0))), copied);
        QCOMPARE(model.copy(QRect(13, 1, 6, 2)), rows({u" |", u"-+"}));
        model.apply(DiagramEdit::writeText({10, 4}, copied));
        QCOMPARE(model.text(), rows({
                                   u"+---+     +---+",
                                   u"| A |---->| B |",
                                   u"+---+     +---+",
                                   u"",
                                   u"          +---+",
                                   u"          | B |",
                                   u"          +---+",
                               }));
        // The pasted box is a box like any other.
        const int pasted = model.shapeAt({12, 5});
        QCOMPARE(model.shapes().at(pasted), DiagramShape::box(QRect(10, 4, 5, 3), QStringLiteral("B")));
    }

    void hitTesting()
    {
        DiagramModel model(rows({
            u"+---------+",
            u"| outer   |   note here",
            u"| +---+   |",
            u"| | x |   |-->",
            u"| +---+   |",
            u"+---------+",
        }));
        const auto kindAt = [&](QPoint p) {
            const int i = model.shapeAt(p);
            return i < 0 ? QString() : model.shapes().at(i).text();
        };
        QCOMPARE(kindAt({0, 0}), QStringLiteral("outer"));
        QCOMPARE(kindAt({3, 1}), QStringLiteral("outer"));
        QCOMPARE(kindAt({8, 3}), QStringLiteral("outer"));
        QCOMPARE(kindAt({2, 2}), QStringLiteral("x"));
        QCOMPARE(kindAt({4, 3}), QStringLiteral("x"));
        QCOMPARE(kindAt({16, 1}), QStringLiteral("note here"));
        QCOMPARE(model.shapeAt({12, 3}), model.shapeAt({13, 3}));
        QCOMPARE(model.shapes().at(model.shapeAt({12, 3})).kind(), DiagramShape::Kind::Arrow);
        QCOMPARE(model.shapeAt({12, 1}), -1);
        QCOMPARE(model.shapeAt({40, 40}), -1);

        QList<QString> inside;
        for (int i : model.shapesIn(QRect(0, 0, 12, 6))) {
            inside.append(model.shapes().at(i).text());
        }
        QCOMPARE(inside, (QList<QString>{QStringLiteral("outer"), QStringLiteral("x")}));
        QCOMPARE(model.shapesIn(QRect(QPoint(14, 3), QPoint(10, 0))).size(), 1);
        QVERIFY(model.shapesIn(QRect(3, 3, 2, 2)).isEmpty());

        // Moving the outer box takes the inner one and its label along; the arrow follows.
        model.apply(DiagramEdit::moveShape(model.shapes().at(model.shapeAt({0, 0})), {0, 1}));
        QCOMPARE(model.text(), rows({
                                   u"",
                                   u"+---------+   note here",
                                   u"| outer   |",
                                   u"| +---+   |",
                                   u"| | x |   |-->",
                                   u"| +---+   |",
                                   u"+---------+",
                               }));
    }
};

QTEST_GUILESS_MAIN(DiagramModelTest)

#include "diagrammodel_test.moc"
