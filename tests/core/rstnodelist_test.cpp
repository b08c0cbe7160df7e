// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <core/rst/rstnode.h>

#include <QTest>

#include <optional>

using Specwright::Core::RstNode;
using Specwright::Core::RstNodeArena;
using Kind = RstNode::Kind;

namespace {

// A node that owns memory of every kind a node can: text, name and attributes, and children.
RstNode makeNode(int number)
{
    RstNode node;
    node.kind = Kind::Paragraph;
    node.range = {number, 0, number, 10};
    node.text = QStringLiteral("text %1").arg(number);
    node.setName(QStringLiteral("name %1").arg(number));
    node.editAttributes().append({QStringLiteral("key"), QString::number(number)});
    RstNode child;
    child.kind = Kind::Text;
    child.text = QStringLiteral("child of %1").arg(number);
    node.children.push_back(std::move(child));
    return node;
}

// What a list holds, as "number" per node, checking every node is intact on the way.
QList<int> numbers(const RstNode::Children &list)
{
    QList<int> out;
    for (const RstNode &node : list) {
        const int number = node.range.startLine;
        if (node.text != QStringLiteral("text %1").arg(number) ||
            node.name() != QStringLiteral("name %1").arg(number) ||
            node.attribute(QStringLiteral("key")) != QString::number(number) || node.children.size() != 1 ||
            node.children.front().text != QStringLiteral("child of %1").arg(number)) {
            out.append(-1);
            continue;
        }
        out.append(number);
    }
    return out;
}

QList<int> range(int from, int to)
{
    QList<int> out;
    for (int i = from; i < to; ++i) {
        out.append(i);
    }
    return out;
}

} // namespace

class RstNodeListTest : public QObject
{
    Q_OBJECT

private slots:
    // Every case runs on heap lists and on lists made while an arena is current (as in a parse).
    void initTestCase_data()
    {
        QTest::addColumn<bool>("arena");
        QTest::newRow("heap") << false;
        QTest::newRow("arena") << true;
    }
    void init()
    {
        QFETCH_GLOBAL(bool, arena);
        if (arena) {
            m_arena.emplace();
            m_scope.emplace(&*m_arena);
        }
    }
    void cleanup()
    {
        m_scope.reset();
        m_arena.reset();
    }

    void nodeIsOneCacheLine() { QCOMPARE(sizeof(RstNode), size_t(64)); }

    void growsKeepingEveryNode_data()
    {
        QTest::addColumn<int>("count");
        QTest::addColumn<int>("capacity");
        QTest::newRow("boundary: empty") << 0 << 0;
        QTest::newRow("boundary: one") << 1 << 1;
        QTest::newRow("nominal: three") << 3 << 4;
        QTest::newRow("boundary: a power of two") << 8 << 8;
        QTest::newRow("boundary: one past a power of two") << 9 << 16;
        QTest::newRow("nominal: many") << 1000 << 1024;
    }
    void growsKeepingEveryNode()
    {
        QFETCH(int, count);
        QFETCH(int, capacity);
        RstNode::Children list;
        for (int i = 0; i < count; ++i) {
            if (i % 2 == 0) {
                list.push_back(makeNode(i));
            } else {
                RstNode &made = list.emplace_back(makeNode(i));
                QCOMPARE(made.range.startLine, i);
            }
        }
        QCOMPARE(list.size(), size_t(count));
        QCOMPARE(list.empty(), count == 0);
        QCOMPARE(list.capacity(), size_t(capacity));
        QCOMPARE(numbers(list), range(0, count));
    }

    // As std::vector: appending a copy of one of the list's own nodes works while the list grows.
    void appendsACopyOfItsOwnNode()
    {
        RstNode::Children list;
        for (int i = 0; i < 4; ++i) {
            list.push_back(makeNode(i));
        }
        list.push_back(list.front()); // 4 nodes fill the array: this one moves them
        list.push_back(list.back());
        QCOMPARE(numbers(list), (QList<int>{0, 1, 2, 3, 0, 0}));
    }

    void inserts_data()
    {
        QTest::addColumn<int>("size");
        QTest::addColumn<int>("at");
        QTest::addColumn<int>("count");
        QTest::newRow("nominal: at the front") << 3 << 0 << 2;
        QTest::newRow("nominal: in the middle") << 5 << 2 << 3;
        QTest::newRow("boundary: at the end") << 4 << 4 << 1;
        QTest::newRow("boundary: into an empty list") << 0 << 0 << 2;
        QTest::newRow("boundary: nothing") << 3 << 1 << 0;
    }
    void inserts()
    {
        QFETCH(int, size);
        QFETCH(int, at);
        QFETCH(int, count);
        RstNode::Children list;
        for (int i = 0; i < size; ++i) {
            list.push_back(makeNode(i));
        }
        std::vector<RstNode> more;
        for (int i = 0; i < count; ++i) {
            more.push_back(makeNode(100 + i));
        }
        const auto inserted =
            list.insert(list.begin() + at, std::make_move_iterator(more.begin()), std::make_move_iterator(more.end()));
        QCOMPARE(int(inserted - list.begin()), at);
        const QList<int> expected = range(0, at) + range(100, 100 + count) + range(at, size);
        QCOMPARE(numbers(list), expected);
        if (size > 0) {
            list.insert(list.begin(), makeNode(50));
            QCOMPARE(numbers(list), QList<int>{50} + expected);
        }
    }

    void copiesMovesAndClears()
    {
        RstNode::Children list;
        for (int i = 0; i < 5; ++i) {
            list.push_back(makeNode(i));
        }
        RstNode::Children copy(list);
        QCOMPARE(numbers(copy), range(0, 5));
        copy.front().text.clear(); // a deep copy: the original keeps its text
        QCOMPARE(numbers(list), range(0, 5));

        RstNode::Children assigned;
        assigned.push_back(makeNode(9));
        assigned = list;
        QCOMPARE(numbers(assigned), range(0, 5));

        RstNode::Children moved(std::move(assigned));
        QCOMPARE(numbers(moved), range(0, 5));
        QVERIFY(assigned.empty());

        moved = std::move(list);
        QCOMPARE(numbers(moved), range(0, 5));
        QVERIFY(list.empty());

        QList<int> backwards;
        for (auto it = moved.rbegin(); it != moved.rend(); ++it) {
            backwards.append(it->range.startLine);
        }
        QCOMPARE(backwards, (QList<int>{4, 3, 2, 1, 0}));

        moved.clear();
        QVERIFY(moved.empty());
        QCOMPARE(moved.capacity(), size_t(0));
        moved.push_back(makeNode(7)); // usable again after clear()
        QCOMPARE(numbers(moved), QList<int>{7});
    }

    // Whole trees copy deeply and free everything (the sanitizer build checks the freeing).
    void treesCopyDeeply()
    {
        RstNode root;
        root.kind = Kind::Document;
        for (int i = 0; i < 3; ++i) {
            RstNode item = makeNode(i);
            item.children.front().children.push_back(makeNode(10 + i));
            root.children.push_back(std::move(item));
        }
        const RstNode copy = root;
        root.children.clear();
        QCOMPARE(copy.children.size(), size_t(3));
        QCOMPARE(copy.children[2].children.front().children.front().text, QStringLiteral("text 12"));
    }

private:
    // Declared in this order so that the scope ends before its arena goes.
    std::optional<RstNodeArena> m_arena;
    std::optional<RstNodeArena::Scope> m_scope;
};

QTEST_GUILESS_MAIN(RstNodeListTest)

#include "rstnodelist_test.moc"
