// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "linediff.h"

#include <QStringList>

#include <vector>

namespace Specwright::Core {

namespace {

enum class Op { Same, Removed, Added };

struct Line
{
    Op op;
    QString text;
    int beforeLine; ///< 0-based line in before (for Same and Removed)
    int afterLine;  ///< 0-based line in after (for Same and Added)
};

// The edit script: common head and tail first, then a longest common subsequence of the middle
// when it is small enough, else the middle as removed-then-added (still correct, just coarser).
std::vector<Line> editScript(const QStringList &a, const QStringList &b)
{
    qsizetype head = 0;
    while (head < a.size() && head < b.size() && a[head] == b[head]) {
        ++head;
    }
    qsizetype tail = 0;
    while (tail < a.size() - head && tail < b.size() - head && a[a.size() - 1 - tail] == b[b.size() - 1 - tail]) {
        ++tail;
    }
    std::vector<Line> script;
    for (qsizetype i = 0; i < head; ++i) {
        script.push_back({Op::Same, a[i], int(i), int(i)});
    }
    const qsizetype n = a.size() - head - tail;
    const qsizetype m = b.size() - head - tail;
    if (n * m <= 4'000'000) {
        // lcs[i][j]: length of the LCS of a[head+i..] and b[head+j..].
        std::vector<int> lcs(size_t((n + 1) * (m + 1)), 0);
        auto at = [m, &lcs](qsizetype i, qsizetype j) -> int & { return lcs[size_t(i * (m + 1) + j)]; };
        for (qsizetype i = n - 1; i >= 0; --i) {
            for (qsizetype j = m - 1; j >= 0; --j) {
                at(i, j) = a[head + i] == b[head + j] ? at(i + 1, j + 1) + 1 : qMax(at(i + 1, j), at(i, j + 1));
            }
        }
        qsizetype i = 0;
        qsizetype j = 0;
        while (i < n || j < m) {
            if (i < n && j < m && a[head + i] == b[head + j]) {
                script.push_back({Op::Same, a[head + i], int(head + i), int(head + j)});
                ++i;
                ++j;
            } else if (j < m && (i == n || at(i, j + 1) > at(i + 1, j))) { // removals first on a tie, as diff does
                script.push_back({Op::Added, b[head + j], -1, int(head + j)});
                ++j;
            } else {
                script.push_back({Op::Removed, a[head + i], int(head + i), -1});
                ++i;
            }
        }
    } else {
        for (qsizetype i = 0; i < n; ++i) {
            script.push_back({Op::Removed, a[head + i], int(head + i), -1});
        }
        for (qsizetype j = 0; j < m; ++j) {
            script.push_back({Op::Added, b[head + j], -1, int(head + j)});
        }
    }
    for (qsizetype k = 0; k < tail; ++k) {
        script.push_back({Op::Same, a[a.size() - tail + k], int(a.size() - tail + k), int(b.size() - tail + k)});
    }
    return script;
}

} // namespace

QString LineDiff::unified(const QString &before, const QString &after, const QString &beforeName,
                          const QString &afterName, int context)
{
    if (before == after) {
        return {};
    }
    QString out = QStringLiteral("--- %1\n+++ %2\n").arg(beforeName, afterName);
    if (before.isEmpty()) {
        // A new file: every line added, none before it (as git shows one).
        QStringList lines = after.split(QLatin1Char('\n'));
        if (after.endsWith(QLatin1Char('\n'))) {
            lines.removeLast();
        }
        out += QStringLiteral("@@ -0,0 +1,%1 @@\n").arg(lines.size());
        for (const QString &line : std::as_const(lines)) {
            out += QLatin1Char('+') + line + QLatin1Char('\n');
        }
        return out;
    }
    const std::vector<Line> script = editScript(before.split(QLatin1Char('\n')), after.split(QLatin1Char('\n')));
    const int size = int(script.size());
    int k = 0;
    while (k < size) {
        if (script[size_t(k)].op == Op::Same) {
            ++k;
            continue;
        }
        // A hunk: this change, the changes within 2 * context lines of it, and context around them.
        const int start = qMax(0, k - context);
        int end = k;
        int lastChange = k;
        while (end < size && (script[size_t(end)].op != Op::Same || end - lastChange <= 2 * context)) {
            if (script[size_t(end)].op != Op::Same) {
                lastChange = end;
            }
            ++end;
        }
        end = qMin(size, lastChange + context + 1);
        int beforeStart = -1;
        int afterStart = -1;
        int beforeCount = 0;
        int afterCount = 0;
        QString body;
        for (int i = start; i < end; ++i) {
            const Line &line = script[size_t(i)];
            const QChar mark = line.op == Op::Same      ? QLatin1Char(' ')
                               : line.op == Op::Removed ? QLatin1Char('-')
                                                        : QLatin1Char('+');
            body += mark + line.text + QLatin1Char('\n');
            if (line.op != Op::Added) {
                beforeStart = beforeStart < 0 ? line.beforeLine : beforeStart;
                ++beforeCount;
            }
            if (line.op != Op::Removed) {
                afterStart = afterStart < 0 ? line.afterLine : afterStart;
                ++afterCount;
            }
        }
        out += QStringLiteral("@@ -%1,%2 +%3,%4 @@\n")
                   .arg(beforeCount ? beforeStart + 1 : 0)
                   .arg(beforeCount)
                   .arg(afterCount ? afterStart + 1 : 0)
                   .arg(afterCount) +
               body;
        k = end;
    }
    return out;
}

} // namespace Specwright::Core
