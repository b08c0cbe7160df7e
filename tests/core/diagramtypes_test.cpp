// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <core/diagram/diagramcharset.h>
#include <core/diagram/diagramedit.h>
#include <core/diagram/diagramgrid.h>
#include <core/diagram/diagramshape.h>

#include <QTest>

using Specwright::Core::DiagramCharset;
using Specwright::Core::DiagramEdit;
using Specwright::Core::DiagramGrid;
using Specwright::Core::DiagramShape;
using Style = DiagramCharset::Style;
using Directions = DiagramCharset::Directions;

Q_DECLARE_METATYPE(DiagramEdit)
Q_DECLARE_METATYPE(Directions)

namespace {

QString glyph(char32_t c)
{
    return QString::fromUcs4(&c, 1);
}

} // namespace

class DiagramTypesTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void lineGlyphs_data()
    {
        QTest::addColumn<Directions>("strokes");
        QTest::addColumn<QString>("ascii");
        QTest::addColumn<QString>("unicode");
        using C = DiagramCharset;
        QTest::newRow("none") << Directions() << QStringLiteral(" ") << QStringLiteral(" ");
        QTest::newRow("up") << Directions(C::Up) << QStringLiteral("|") << QStringLiteral("│");
        QTest::newRow("down") << Directions(C::Down) << QStringLiteral("|") << QStringLiteral("│");
        QTest::newRow("left") << Directions(C::Left) << QStringLiteral("-") << QStringLiteral("─");
        QTest::newRow("right") << Directions(C::Right) << QStringLiteral("-") << QStringLiteral("─");
        QTest::newRow("vertical") << (C::Up | C::Down) << QStringLiteral("|") << QStringLiteral("│");
        QTest::newRow("horizontal") << (C::Left | C::Right) << QStringLiteral("-") << QStringLiteral("─");
        QTest::newRow("top-left corner") << (C::Right | C::Down) << QStringLiteral("+") << QStringLiteral("┌");
        QTest::newRow("top-right corner") << (C::Left | C::Down) << QStringLiteral("+") << QStringLiteral("┐");
        QTest::newRow("bottom-left corner") << (C::Right | C::Up) << QStringLiteral("+") << QStringLiteral("└");
        QTest::newRow("bottom-right corner") << (C::Left | C::Up) << QStringLiteral("+") << QStringLiteral("┘");
        QTest::newRow("tee right") << (C::Up | C::Down | C::Right) << QStringLiteral("+") << QStringLiteral("├");
        QTest::newRow("tee left") << (C::Up | C::Down | C::Left) << QStringLiteral("+") << QStringLiteral("┤");
        QTest::newRow("tee down") << (C::Left | C::Right | C::Down) << QStringLiteral("+") << QStringLiteral("┬");
        QTest::newRow("tee up") << (C::Left | C::Right | C::Up) << QStringLiteral("+") << QStringLiteral("┴");
        QTest::newRow("cross") << (C::Up | C::Down | C::Left | C::Right) << QStringLiteral("+") << QStringLiteral("┼");
    }

    void lineGlyphs()
    {
        QFETCH(Directions, strokes);
        QFETCH(QString, ascii);
        QFETCH(QString, unicode);
        QCOMPARE(glyph(DiagramCharset::lineGlyph(Style::Ascii, strokes)), ascii);
        QCOMPARE(glyph(DiagramCharset::lineGlyph(Style::Unicode, strokes)), unicode);

        // Reading a glyph back gives its strokes; a line's end reads as the whole straight line.
        const char32_t u = DiagramCharset::lineGlyph(Style::Unicode, strokes);
        Directions expected = strokes;
        if (expected == DiagramCharset::Up || expected == DiagramCharset::Down) {
            expected = DiagramCharset::Up | DiagramCharset::Down;
        } else if (expected == DiagramCharset::Left || expected == DiagramCharset::Right) {
            expected = DiagramCharset::Left | DiagramCharset::Right;
        }
        QCOMPARE(DiagramCharset::strokes(u), expected);
        QCOMPARE(DiagramCharset::isUnicodeGlyph(u), strokes != DiagramCharset::None);
        QCOMPARE(glyph(DiagramCharset::toAscii(u)), ascii);
    }

    void asciiStrokes()
    {
        using C = DiagramCharset;
        QCOMPARE(C::strokes(U'-'), C::Left | C::Right);
        QCOMPARE(C::strokes(U'|'), C::Up | C::Down);
        QCOMPARE(C::strokes(U'+'), C::Up | C::Down | C::Left | C::Right);
        QCOMPARE(C::strokes(U'x'), Directions());
        QCOMPARE(C::strokes(U'>'), Directions());
        QCOMPARE(C::strokes(U'═'), Directions());
        QVERIFY(!C::isUnicodeGlyph(U'+'));
        QVERIFY(!C::isUnicodeGlyph(U'>'));
        QVERIFY(!C::isUnicodeGlyph(U'é'));
        QVERIFY(!C::isUnicodeGlyph(U'═'));
        QCOMPARE(C::toAscii(U'a'), U'a');
        QCOMPARE(C::toAscii(U'═'), U'═');
    }

    void arrows_data()
    {
        QTest::addColumn<int>("direction");
        QTest::addColumn<QString>("ascii");
        QTest::addColumn<QString>("unicode");
        QTest::addColumn<QPoint>("step");
        QTest::addColumn<int>("opposite");
        using C = DiagramCharset;
        QTest::newRow("up") << int(C::Up) << QStringLiteral("^") << QStringLiteral("▲") << QPoint(0, -1)
                            << int(C::Down);
        QTest::newRow("down") << int(C::Down) << QStringLiteral("v") << QStringLiteral("▼") << QPoint(0, 1)
                              << int(C::Up);
        QTest::newRow("left") << int(C::Left) << QStringLiteral("<") << QStringLiteral("◄") << QPoint(-1, 0)
                              << int(C::Right);
        QTest::newRow("right") << int(C::Right) << QStringLiteral(">") << QStringLiteral("►") << QPoint(1, 0)
                               << int(C::Left);
        QTest::newRow("none") << int(C::None) << QStringLiteral(" ") << QStringLiteral(" ") << QPoint(0, 0)
                              << int(C::None);
    }

    void arrows()
    {
        QFETCH(int, direction);
        QFETCH(QString, ascii);
        QFETCH(QString, unicode);
        QFETCH(QPoint, step);
        QFETCH(int, opposite);
        const auto d = DiagramCharset::Direction(direction);
        const char32_t a = DiagramCharset::arrowGlyph(Style::Ascii, d);
        const char32_t u = DiagramCharset::arrowGlyph(Style::Unicode, d);
        QCOMPARE(glyph(a), ascii);
        QCOMPARE(glyph(u), unicode);
        QCOMPARE(DiagramCharset::arrowDirection(a), d);
        QCOMPARE(DiagramCharset::arrowDirection(u), d);
        QCOMPARE(DiagramCharset::isUnicodeGlyph(u), d != DiagramCharset::None);
        QCOMPARE(DiagramCharset::toAscii(u), a);
        QCOMPARE(DiagramCharset::step(d), step);
        QCOMPARE(int(DiagramCharset::opposite(d)), opposite);
        QCOMPARE(DiagramCharset::arrowDirection(U'x'), DiagramCharset::None);
        QCOMPARE(DiagramCharset::arrowDirection(U'→'), DiagramCharset::None);
    }

    void expandTabs_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<QString>("expanded");
        QTest::newRow("none") << QStringLiteral("a b") << QStringLiteral("a b");
        QTest::newRow("leading") << QStringLiteral("\tx") << QStringLiteral("        x");
        QTest::newRow("to the next stop") << QStringLiteral("abc\tx") << QStringLiteral("abc     x");
        QTest::newRow("at a stop") << QStringLiteral("abcdefgh\tx") << QStringLiteral("abcdefgh        x");
        QTest::newRow("two") << QStringLiteral("\t\tx") << QString(QString(16, u' ') + u'x');
        QTest::newRow("after a wide code point") << QStringLiteral("🙂\tx") << QStringLiteral("🙂       x");
        QTest::newRow("trailing") << QStringLiteral("a\t") << QStringLiteral("a       ");
    }

    void expandTabs()
    {
        QFETCH(QString, line);
        QFETCH(QString, expanded);
        QCOMPARE(DiagramGrid::expandTabs(line), expanded);
    }

    void gridCells()
    {
        DiagramGrid grid = DiagramGrid::fromText(QStringLiteral("ab🙂c\n\nx  "));
        QCOMPARE(grid.rowCount(), 3);
        QCOMPARE(grid.at({2, 0}), U'🙂');
        QCOMPARE(grid.at({3, 0}), U'c');
        QCOMPARE(grid.at({9, 0}), U' ');
        QCOMPARE(grid.at({0, 7}), U' ');
        QCOMPARE(grid.at({-1, 0}), U' ');
        QCOMPARE(grid.rowWidth(0), 4);
        QCOMPARE(grid.rowWidth(1), 0);
        QCOMPARE(grid.rowWidth(2), 1);
        QCOMPARE(grid.rowWidth(5), 0);
        QCOMPARE(grid.width(), 4);
        QCOMPARE(grid.toText(), QStringLiteral("ab🙂c\n\nx"));

        grid.set({-1, 0}, U'z');
        grid.set({0, -1}, U'z');
        grid.set({5, 6}, U' ');
        QCOMPARE(grid.rowCount(), 3);
        QCOMPARE(grid.toText(), QStringLiteral("ab🙂c\n\nx"));
        grid.set({3, 4}, U'│');
        QCOMPARE(grid.rowCount(), 5);
        QCOMPARE(grid.toText(), QStringLiteral("ab🙂c\n\nx\n\n   │"));
        grid.set({0, 0}, U' ');
        QCOMPARE(grid.toText(), QStringLiteral(" b🙂c\n\nx\n\n   │"));
        grid.setRowCount(2);
        QCOMPARE(grid.toText(), QStringLiteral(" b🙂c\n"));
        grid.setRowCount(-4);
        QCOMPARE(grid.rowCount(), 0);
        QCOMPARE(grid.toText(), QString());
        QCOMPARE(DiagramGrid().toText(), QString());
        QCOMPARE(DiagramGrid::fromText(QString()).rowCount(), 1);
    }

    void gridRegion()
    {
        const DiagramGrid grid = DiagramGrid::fromText(QStringLiteral("+--+  \n|ab|\n+--+"));
        QCOMPARE(grid.text(QRect(1, 0, 2, 3)), QStringLiteral("--\nab\n--"));
        QCOMPARE(grid.text(QRect(2, 1, 6, 4)), QStringLiteral("b|\n-+\n\n"));
        QCOMPARE(grid.text(QRect(-2, -1, 3, 2)), QStringLiteral("\n  +"));
    }

    void normalisedRectangle_data()
    {
        QTest::addColumn<QRect>("rect");
        QTest::addColumn<QRect>("normalised");
        QTest::newRow("already") << QRect(1, 2, 3, 4) << QRect(1, 2, 3, 4);
        QTest::newRow("dragged left") << QRect(QPoint(4, 1), QPoint(0, 2)) << QRect(0, 1, 5, 2);
        QTest::newRow("dragged up") << QRect(QPoint(1, 4), QPoint(2, 0)) << QRect(1, 0, 2, 5);
        QTest::newRow("dragged up and left") << QRect(QPoint(4, 3), QPoint(1, 1)) << QRect(1, 1, 4, 3);
        QTest::newRow("one cell") << QRect(QPoint(3, 3), QPoint(3, 3)) << QRect(3, 3, 1, 1);
        QTest::newRow("empty stays empty") << QRect(3, 3, 0, 2) << QRect(3, 3, 0, 2);
    }

    void normalisedRectangle()
    {
        QFETCH(QRect, rect);
        QFETCH(QRect, normalised);
        QCOMPARE(DiagramGrid::normalized(rect), normalised);
    }

    void surrogates()
    {
        // A lone surrogate is one cell and comes back as it was.
        QString odd = QStringLiteral("a");
        odd.append(QChar(0xD800));
        odd.append(QStringLiteral("b🙂"));
        odd.append(QChar(0xDC00));
        const std::u32string cells = DiagramGrid::cellsOf(odd);
        QCOMPARE(cells.size(), size_t(5));
        QCOMPARE(cells[1], char32_t(0xD800));
        QCOMPARE(cells[3], U'🙂');
        QCOMPARE(DiagramGrid::stringOf(cells), odd);
    }

    void lineNormalisation_data()
    {
        QTest::addColumn<QList<QPoint>>("points");
        QTest::addColumn<QList<QPoint>>("normalised");
        QTest::newRow("straight") << QList<QPoint>{{0, 0}, {4, 0}} << QList<QPoint>{{0, 0}, {4, 0}};
        QTest::newRow("collinear points dropped")
            << QList<QPoint>{{0, 0}, {2, 0}, {4, 0}, {4, 3}, {4, 5}} << QList<QPoint>{{0, 0}, {4, 0}, {4, 5}};
        QTest::newRow("repeated points dropped")
            << QList<QPoint>{{1, 1}, {1, 1}, {1, 4}, {1, 4}} << QList<QPoint>{{1, 1}, {1, 4}};
        QTest::newRow("diagonal gets a corner")
            << QList<QPoint>{{0, 0}, {3, 2}} << QList<QPoint>{{0, 0}, {3, 0}, {3, 2}};
        QTest::newRow("single point") << QList<QPoint>{{2, 2}} << QList<QPoint>{{2, 2}};
    }

    void lineNormalisation()
    {
        QFETCH(QList<QPoint>, points);
        QFETCH(QList<QPoint>, normalised);
        QCOMPARE(DiagramShape::line(points).points(), normalised);
    }

    void routed()
    {
        using Elbow = DiagramShape::Elbow;
        QCOMPARE(DiagramShape::routed({0, 0}, {3, 2}, Elbow::HorizontalFirst).points(),
                 (QList<QPoint>{{0, 0}, {3, 0}, {3, 2}}));
        QCOMPARE(DiagramShape::routed({0, 0}, {3, 2}, Elbow::VerticalFirst).points(),
                 (QList<QPoint>{{0, 0}, {0, 2}, {3, 2}}));
        QCOMPARE(DiagramShape::routed({5, 1}, {0, 1}, Elbow::VerticalFirst).points(), (QList<QPoint>{{5, 1}, {0, 1}}));
        const DiagramShape arrow = DiagramShape::routed({0, 0}, {3, 2}, Elbow::HorizontalFirst, false, true);
        QCOMPARE(arrow.kind(), DiagramShape::Kind::Arrow);
        QVERIFY(arrow.isLinear());
        QVERIFY(!arrow.arrowAtStart());
        QVERIFY(arrow.arrowAtEnd());
        QCOMPARE(arrow.rect(), QRect(0, 0, 4, 3));
        QCOMPARE(arrow.cells(), (QList<QPoint>{{0, 0}, {1, 0}, {2, 0}, {3, 0}, {3, 1}, {3, 2}}));
        QCOMPARE(arrow.heading(true), DiagramCharset::Left);
        QCOMPARE(arrow.heading(false), DiagramCharset::Down);
        QCOMPARE(arrow.arrowAt({3, 2}), DiagramCharset::Down);
        QCOMPARE(arrow.arrowAt({0, 0}), DiagramCharset::None);
        QCOMPARE(arrow.strokesAt({3, 0}), DiagramCharset::Left | DiagramCharset::Down);
        QCOMPARE(arrow.strokesAt({0, 0}), Directions(DiagramCharset::Right));
        QCOMPARE(arrow.strokesAt({1, 1}), Directions());
        QVERIFY(arrow.contains({3, 1}));
        QVERIFY(!arrow.contains({1, 1}));
        QCOMPARE(arrow.text(), QString());

        const DiagramShape both = DiagramShape::line({{4, 0}, {0, 0}}, true, false);
        QCOMPARE(both.arrowAt({4, 0}), DiagramCharset::Right);
        QCOMPARE(both.translated({1, 2}).points(), (QList<QPoint>{{5, 2}, {1, 2}}));
        QCOMPARE(both.translated({1, 2}).rect(), QRect(1, 2, 5, 1));
        QCOMPARE(DiagramShape::line({{0, 0}, {2, 0}}).kind(), DiagramShape::Kind::Line);
        QCOMPARE(DiagramShape::line({{0, 0}, {2, 0}}).heading(true), DiagramCharset::Left);
    }

    void boxShape()
    {
        using C = DiagramCharset;
        const DiagramShape box = DiagramShape::box(QRect(QPoint(4, 3), QPoint(1, 1)), QStringLiteral("label"));
        QCOMPARE(box.kind(), DiagramShape::Kind::Box);
        QVERIFY(!box.isLinear());
        QCOMPARE(box.rect(), QRect(1, 1, 4, 3));
        QCOMPARE(box.text(), QStringLiteral("label"));
        QCOMPARE(box.cells(),
                 (QList<QPoint>{{1, 1}, {2, 1}, {3, 1}, {4, 1}, {1, 2}, {4, 2}, {1, 3}, {2, 3}, {3, 3}, {4, 3}}));
        QCOMPARE(box.strokesAt({1, 1}), C::Right | C::Down);
        QCOMPARE(box.strokesAt({4, 1}), C::Left | C::Down);
        QCOMPARE(box.strokesAt({1, 3}), C::Right | C::Up);
        QCOMPARE(box.strokesAt({4, 3}), C::Left | C::Up);
        QCOMPARE(box.strokesAt({2, 1}), C::Left | C::Right);
        QCOMPARE(box.strokesAt({4, 2}), C::Up | C::Down);
        QCOMPARE(box.strokesAt({2, 2}), Directions());
        QCOMPARE(box.strokesAt({9, 9}), Directions());
        QCOMPARE(box.arrowAt({1, 1}), C::None);
        QCOMPARE(box.heading(true), C::None);
        QVERIFY(box.contains({2, 2}));
        QVERIFY(!box.contains({5, 2}));
        QCOMPARE(box.translated({1, 0}), DiagramShape::box(QRect(2, 1, 4, 3), QStringLiteral("label")));
        QVERIFY(!(box == DiagramShape::box(QRect(1, 1, 4, 3))));
    }

    void textShape()
    {
        const DiagramShape text = DiagramShape::text({2, 1}, QStringLiteral("a 🙂"));
        QCOMPARE(text.kind(), DiagramShape::Kind::Text);
        QCOMPARE(text.rect(), QRect(2, 1, 3, 1));
        QCOMPARE(text.cells(), (QList<QPoint>{{2, 1}, {3, 1}, {4, 1}}));
        QCOMPARE(text.strokesAt({2, 1}), Directions());
        QVERIFY(text.contains({4, 1}));
        QVERIFY(!text.contains({5, 1}));
        QCOMPARE(text.points(), QList<QPoint>());
        QCOMPARE(DiagramShape().kind(), DiagramShape::Kind::Text);
    }

    void editDescription_data()
    {
        QTest::addColumn<DiagramEdit>("edit");
        QTest::addColumn<QString>("description");
        using Elbow = DiagramShape::Elbow;
        QTest::newRow("box") << DiagramEdit::drawBox(QRect(0, 0, 3, 3)) << QStringLiteral("Draw box");
        QTest::newRow("line") << DiagramEdit::drawLine({0, 0}, {1, 0}, Elbow::VerticalFirst)
                              << QStringLiteral("Draw line");
        QTest::newRow("arrow") << DiagramEdit::drawLine({0, 0}, {1, 0}, Elbow::VerticalFirst, true)
                               << QStringLiteral("Draw arrow");
        QTest::newRow("text") << DiagramEdit::writeText({0, 0}, QStringLiteral("x")) << QStringLiteral("Type text");
        QTest::newRow("freehand") << DiagramEdit::freehand({}, U'x') << QStringLiteral("Draw freehand");
        QTest::newRow("erase") << DiagramEdit::erase(QRect()) << QStringLiteral("Erase");
        QTest::newRow("move") << DiagramEdit::moveShape(DiagramShape(), {1, 1}) << QStringLiteral("Move");
        QTest::newRow("resize") << DiagramEdit::resizeBox(DiagramShape(), QRect()) << QStringLiteral("Resize box");
        QTest::newRow("delete") << DiagramEdit::deleteShape(DiagramShape()) << QStringLiteral("Delete");
        QTest::newRow("to unicode") << DiagramEdit::convertCharset(Style::Unicode)
                                    << QStringLiteral("Convert to Unicode");
        QTest::newRow("to ascii") << DiagramEdit::convertCharset(Style::Ascii) << QStringLiteral("Convert to ASCII");
    }

    void editDescription()
    {
        QFETCH(DiagramEdit, edit);
        QFETCH(QString, description);
        QCOMPARE(edit.description(), description);
    }
};

QTEST_GUILESS_MAIN(DiagramTypesTest)

#include "diagramtypes_test.moc"
