// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "renderedword.h"

#include <core/rst/rstparser.h>

#include <algorithm>
#include <climits>

namespace Specwright::Core {

namespace {

struct Piece
{
    QStringView text;
    SourceRange range;
};

// The pieces of text a reader sees, in order. Comments, targets and substitution definitions
// are not shown.
void collectPieces(const RstNode &node, QList<Piece> &pieces)
{
    switch (node.kind) {
    case RstNode::Kind::Comment:
    case RstNode::Kind::Target:
    case RstNode::Kind::SubstitutionDefinition:
        return;
    default:
        break;
    }
    if (node.hasOwnPlainText() || (node.children.empty() && !node.text.isEmpty())) {
        pieces.append({node.text, node.range});
        return;
    }
    for (const RstNode &child : node.children) {
        collectPieces(child, pieces);
    }
}

// Offsets of \a word in \a text from \a from to \a to where it is a whole word of \a text.
QList<qsizetype> wordOffsets(QStringView text, QStringView word, qsizetype from = 0, qsizetype to = -1)
{
    if (to < 0 || to > text.size()) {
        to = text.size();
    }
    QList<qsizetype> offsets;
    for (qsizetype at = text.indexOf(word, from); at >= 0 && at + word.size() <= to; at = text.indexOf(word, at + 1)) {
        const qsizetype end = at + word.size();
        if ((at == 0 || !RenderedWord::isWordCharacter(text[at - 1])) &&
            (end == text.size() || !RenderedWord::isWordCharacter(text[end]))) {
            offsets.append(at);
        }
    }
    return offsets;
}

// The whole-word occurrences of \a word in \a lines within \a range (all of them by default).
QList<SourceRange> sourceOccurrences(const QStringList &lines, const QString &word,
                                     const SourceRange &range = {0, 0, INT_MAX, INT_MAX})
{
    QList<SourceRange> found;
    const int last = std::min(range.endLine, int(lines.size()) - 1);
    for (int line = std::max(0, range.startLine); line <= last; ++line) {
        const qsizetype from = line == range.startLine ? range.startColumn : 0;
        const qsizetype to = line == range.endLine ? range.endColumn : -1;
        for (const qsizetype column : wordOffsets(lines.at(line), word, from, to)) {
            found.append({line, int(column), line, int(column + word.size())});
        }
    }
    return found;
}

const SourceRange &pick(const QList<SourceRange> &ranges, int index)
{
    return ranges.at(std::clamp(index, 0, int(ranges.size()) - 1));
}

} // namespace

bool RenderedWord::isWordCharacter(QChar c)
{
    return c.isLetterOrNumber() || c.isMark();
}

bool RenderedWord::isWord(QStringView text)
{
    return !text.isEmpty() && std::all_of(text.begin(), text.end(), isWordCharacter);
}

std::optional<SourceRange> RenderedWord::locate(const QStringList &lines, const QString &word, int occurrence)
{
    if (!isWord(word) || lines.isEmpty()) {
        return std::nullopt;
    }
    // Only the block's own lines are parsed: they make the same inline markup standing alone.
    const RstDocument::Ptr document = RstParser::parse(lines.join(QLatin1Char('\n')));
    QList<Piece> pieces;
    collectPieces(document->root(), pieces);
    QString shown;
    QList<qsizetype> starts;
    for (const Piece &piece : std::as_const(pieces)) {
        starts.append(shown.size());
        shown += piece.text;
    }
    const QList<qsizetype> offsets = wordOffsets(shown, word);
    if (!offsets.isEmpty()) {
        const qsizetype offset = offsets.at(std::clamp(occurrence, 0, int(offsets.size()) - 1));
        const auto index = qsizetype(std::upper_bound(starts.cbegin(), starts.cend(), offset) - starts.cbegin()) - 1;
        const Piece &piece = pieces.at(index);
        // The piece's text may differ from its source (escapes, joined lines): count the word's
        // occurrences in the piece before this one, and take as many in the piece's source range.
        const auto before = std::count_if(offsets.cbegin(), offsets.cend(),
                                          [&](qsizetype at) { return at >= starts.at(index) && at < offset; });
        const QList<SourceRange> inSource = sourceOccurrences(lines, word, piece.range);
        if (!inSource.isEmpty()) {
            return pick(inSource, int(before));
        }
    }
    const QList<SourceRange> anywhere = sourceOccurrences(lines, word);
    if (anywhere.isEmpty()) {
        return std::nullopt;
    }
    return pick(anywhere, occurrence);
}

} // namespace Specwright::Core
