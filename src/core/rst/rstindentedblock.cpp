// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "rstindentedblock.h"

namespace Specwright::Core {

RstIndentedBlock RstIndentedBlock::read(const RstLines &lines, int start, bool untilBlank, int blockIndent,
                                        int firstIndent, bool stripIndent)
{
    RstIndentedBlock result;
    int indent = blockIndent;
    int end = start;
    if (blockIndent >= 0 && firstIndent < 0) {
        firstIndent = blockIndent;
    }
    if (firstIndent >= 0) {
        ++end;
    }
    const int last = int(lines.size());
    result.blankFinish = true;
    while (end < last) {
        const RstLineRef &line = lines[end];
        const QStringView text = line.text;
        // A line ends the block when it starts with text, or has text within the known indentation
        // (after spaces, other white space counts as indentation there, as in docutils).
        if (!text.isEmpty() && (text.front() != QLatin1Char(' ') ||
                                (blockIndent >= 0 && line.indent() < qMin(blockIndent, int(text.size())) &&
                                 !text.left(blockIndent).trimmed().isEmpty()))) {
            result.blankFinish = end > start && lines[end - 1].isBlank();
            break;
        }
        if (text.isEmpty()) {
            if (untilBlank) {
                result.blankFinish = true;
                break;
            }
        } else if (blockIndent < 0) {
            const int lineIndent = line.indent();
            indent = indent < 0 ? lineIndent : qMin(indent, lineIndent);
        }
        ++end;
    }
    result.end = end;
    // The block's lines, each without its indentation (the first one without firstIndent), in one pass.
    result.lines.reserve(size_t(end - start));
    const int strip = stripIndent ? qMax(indent, 0) : 0;
    for (int k = start; k < end; ++k) {
        const RstLineRef &line = lines[k];
        result.lines.push_back(line.mid(k == start && firstIndent >= 0 ? firstIndent : strip));
    }
    result.indent = qMax(indent, 0);
    return result;
}

RstIndentedBlock RstIndentedBlock::known(const RstLines &lines, int start, int indent, bool untilBlank)
{
    RstIndentedBlock result = read(lines, start, untilBlank, indent, -1);
    while (!result.lines.empty() && result.lines.front().isBlank()) {
        result.lines.erase(result.lines.begin());
    }
    return result;
}

RstIndentedBlock RstIndentedBlock::firstKnown(const RstLines &lines, int start, int indent, bool untilBlank,
                                              bool stripTop, bool stripIndent)
{
    RstIndentedBlock result = read(lines, start, untilBlank, -1, indent, stripIndent);
    if (stripTop) {
        while (!result.lines.empty() && result.lines.front().isBlank()) {
            result.lines.erase(result.lines.begin());
        }
    }
    return result;
}

} // namespace Specwright::Core
