// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "rsttext.h"

#include <QHash>
#include <QtAlgorithms>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

namespace Specwright::Core {

namespace {

bool isWide(char32_t c)
{
    // East Asian Wide (W) and Fullwidth (F) ranges.
    return (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0x303E) || (c >= 0x3041 && c <= 0x33FF) ||
           (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xA000 && c <= 0xA4CF) ||
           (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F) ||
           (c >= 0xFF00 && c <= 0xFF60) || (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x1F300 && c <= 0x1F64F) ||
           (c >= 0x1F900 && c <= 0x1F9FF) || (c >= 0x20000 && c <= 0x2FFFD) || (c >= 0x30000 && c <= 0x3FFFD);
}

inline bool isAlphaNumeric(QChar c)
{
    const char16_t u = c.unicode();
    if (u < 128) {
        return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9');
    }
    return c.isLetterOrNumber();
}

inline qsizetype trimmedEnd(const QChar *data, qsizetype start, qsizetype end)
{
    while (end > start && data[end - 1].isSpace()) {
        --end;
    }
    return end;
}

// The lines of a text without control characters other than line feeds (most specs), in one
// vectorised pass: \a addLine gets each line's start and end (trailing white space removed). False
// at the first other control character, with some lines handed out: then the caller starts over on
// the general path.
template<typename AddLine>
bool scanPlainLines(const QString &text, AddLine &&addLine)
{
    const QChar *data = text.constData();
    const qsizetype size = text.size();
    qsizetype start = 0;
    qsizetype k = 0;
#ifdef __SSE2__
    const __m128i belowSpace = _mm_set1_epi16(0x1f);
    const __m128i lineFeed = _mm_set1_epi16(0x0a);
    const __m128i zero = _mm_setzero_si128();
    for (; k + 8 <= size; k += 8) {
        const __m128i chunk = _mm_loadu_si128(reinterpret_cast<const __m128i *>(data + k));
        const __m128i isFeed = _mm_cmpeq_epi16(chunk, lineFeed);
        // Saturating c - 0x1f is zero exactly for c <= 0x1f (unsigned).
        const __m128i control = _mm_cmpeq_epi16(_mm_subs_epu16(chunk, belowSpace), zero);
        if (_mm_movemask_epi8(_mm_andnot_si128(isFeed, control)) != 0) {
            return false;
        }
        for (uint mask = uint(_mm_movemask_epi8(isFeed)); mask != 0; mask &= mask - 1, mask &= mask - 1) {
            const qsizetype end = k + qCountTrailingZeroBits(mask) / 2;
            addLine(start, trimmedEnd(data, start, end));
            start = end + 1;
        }
    }
#endif
    for (; k < size; ++k) {
        const char16_t u = data[k].unicode();
        if (u == u'\n') {
            addLine(start, trimmedEnd(data, start, k));
            start = k + 1;
        } else if (u < 0x20) {
            return false;
        }
    }
    if (start < size) {
        addLine(start, trimmedEnd(data, start, size));
    }
    return true;
}

// Room for lines of 16 characters on average: specs average over 30, and room never used is never
// touched. A big spec's text is read once, not once to count its lines and again to fill them in.
inline qsizetype likelyLineCount(const QString &text)
{
    return text.size() / 16 + 16;
}

} // namespace

QStringList RstText::linesOf(const QString &text, bool expandTabs)
{
    return splitLines(text, expandTabs, false);
}

RstLines RstText::parserLinesOf(const QString &text, QStringList &reworked, bool *hasTabs)
{
    RstLines lines;
    lines.reserve(size_t(likelyLineCount(text)));
    const QChar *data = text.constData();
    const bool plain = scanPlainLines(text, [&lines, data](qsizetype start, qsizetype end) {
        lines.push_back({int(lines.size()), 0, QStringView(data + start, end - start)});
    });
    if (plain) {
        if (hasTabs) {
            *hasTabs = false;
        }
        return lines;
    }
    const QStringList all = splitLines(text, true, true, hasTabs);
    lines.clear();
    lines.reserve(all.size());
    for (qsizetype i = 0; i < all.size(); ++i) {
        lines.push_back({int(i), 0, QStringView(all.at(i))});
    }
    reworked += all; // the list's strings, shared: the views stay valid
    return lines;
}

qsizetype RstText::lineFeedFrom(QStringView text, qsizetype from)
{
    const QChar *data = text.data();
    const qsizetype size = text.size();
    qsizetype k = from;
#ifdef __SSE2__
    const __m128i lineFeed = _mm_set1_epi16(u'\n');
    for (; k + 8 <= size; k += 8) {
        const __m128i chunk = _mm_loadu_si128(reinterpret_cast<const __m128i *>(data + k));
        const int mask = _mm_movemask_epi8(_mm_cmpeq_epi16(chunk, lineFeed));
        if (mask != 0) {
            return k + qCountTrailingZeroBits(uint(mask)) / 2;
        }
    }
#endif
    for (; k < size; ++k) {
        if (data[k] == QLatin1Char('\n')) {
            return k;
        }
    }
    return size;
}

bool RstText::holds(const QString &text, QStringView part)
{
    // Addresses as integers: views of other strings are not ordered with text's characters.
    const auto begin = quintptr(text.constData());
    const auto first = quintptr(part.data());
    return !part.isEmpty() && !text.isEmpty() && first >= begin &&
           first + quintptr(part.size()) * sizeof(QChar) <= begin + quintptr(text.size()) * sizeof(QChar);
}

QString RstText::sharedSlice(const QString &text, qsizetype start, qsizetype length)
{
    if (length <= 0 || !text.data_ptr().d) {
        return text.mid(start, length); // nothing to share (or raw data, which must be copied)
    }
    QString::DataPointer slice = text.data_ptr(); // a reference more to the same memory
    slice.ptr += start;
    slice.size = length;
    return QString(std::move(slice));
}

QStringList RstText::splitLines(const QString &text, bool expandTabs, bool borrow, bool *hasTabs)
{
    QStringList lines;
    lines.reserve(likelyLineCount(text));
    const QChar *data = text.constData();
    const bool plain = scanPlainLines(text, [&lines, data, borrow](qsizetype start, qsizetype end) {
        lines.append(borrow ? QString::fromRawData(data + start, end - start) : QString(data + start, end - start));
    });
    if (plain) {
        if (hasTabs) {
            *hasTabs = false;
        }
        return lines;
    }
    // Tabs, carriage returns, form feeds …: line by line.
    lines.clear();
    const QStringView all(text);
    const qsizetype size = text.size();
    // Which of them: a control character that is none of these needs no rework of the lines.
    const bool tabs = all.contains(QLatin1Char('\t'));
    const bool special = (expandTabs && tabs) || all.contains(QLatin1Char('\v')) || all.contains(QLatin1Char('\f'));
    const bool carriageReturns = all.contains(QLatin1Char('\r'));
    if (hasTabs) {
        *hasTabs = tabs;
    }
    qsizetype start = 0;
    while (start < size) {
        qsizetype end = lineFeedFrom(all, start);
        if (carriageReturns) {
            const qsizetype cr = all.mid(start, end - start).indexOf(QLatin1Char('\r'));
            if (cr >= 0) {
                end = start + cr;
            }
        }
        if (!special) {
            qsizetype last = end;
            while (last > start && data[last - 1].isSpace()) {
                --last;
            }
            lines.append(borrow ? QString::fromRawData(data + start, last - start)
                                : QString(data + start, last - start));
        } else {
            QString expanded;
            expanded.reserve(end - start + 8);
            for (qsizetype k = start; k < end; ++k) {
                const QChar c = data[k];
                if (c == QLatin1Char('\t') && expandTabs) {
                    expanded += QString(8 - expanded.size() % 8, QLatin1Char(' '));
                } else if (c == QLatin1Char('\v') || c == QLatin1Char('\f')) {
                    expanded += QLatin1Char(' '); // docutils turns these into spaces too
                } else {
                    expanded += c;
                }
            }
            qsizetype trimmed = expanded.size();
            while (trimmed > 0 && expanded.at(trimmed - 1).isSpace()) {
                --trimmed;
            }
            expanded.truncate(trimmed);
            lines.append(expanded);
        }
        start = end + 1;
        if (end + 1 < size && data[end] == QLatin1Char('\r') && data[end + 1] == QLatin1Char('\n')) {
            ++start; // CRLF is one line ending
        }
    }
    return lines;
}

int RstText::sourceColumn(QStringView sourceLine, int expandedColumn)
{
    int width = 0;
    for (int i = 0; i < sourceLine.size(); ++i) {
        if (width >= expandedColumn) {
            return i;
        }
        width += sourceLine.at(i) == QLatin1Char('\t') ? 8 - width % 8 : 1;
        if (width > expandedColumn) {
            return i; // inside a tab's expansion: the tab itself
        }
    }
    return int(sourceLine.size()) + (expandedColumn - width);
}

int RstText::columnWidth(QStringView text)
{
    int width = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i).unicode() < 0x300) {
            ++width; // below the first combining mark and far below the first wide character
            continue;
        }
        char32_t c = text.at(i).unicode();
        if (text.at(i).isHighSurrogate() && i + 1 < text.size()) {
            c = QChar::surrogateToUcs4(text.at(i), text.at(i + 1));
            ++i;
        }
        if (QChar::category(c) == QChar::Mark_NonSpacing || QChar::category(c) == QChar::Mark_Enclosing) {
            continue;
        }
        width += isWide(c) ? 2 : 1;
    }
    return width;
}

int RstText::simpleNameEnd(QStringView text, int p)
{
    const int start = p;
    while (true) {
        const int runStart = p;
        while (p < text.size() && isAlphaNumeric(text.at(p))) {
            ++p;
        }
        if (p == runStart) {
            return runStart == start ? -1 : runStart - 1;
        }
        const char16_t joiner = p < text.size() ? text.at(p).unicode() : 0;
        const bool isJoiner = joiner == u'-' || joiner == u'.' || joiner == u'_' || joiner == u'+' || joiner == u':';
        if (p + 1 < text.size() && isJoiner && isAlphaNumeric(text.at(p + 1))) {
            ++p;
            continue;
        }
        return p;
    }
}

QString RstText::normalizeName(const QString &name)
{
    // Names are nearly always ASCII: one pass collapses whitespace and lower-cases, as
    // simplified().toLower() does, without its two intermediate strings.
    QString out(name.size(), Qt::Uninitialized);
    QChar *o = out.data();
    qsizetype n = 0;
    bool space = false;
    for (const QChar c : name) {
        const char16_t u = c.unicode();
        if (u >= 128) {
            return name.simplified().toLower();
        }
        if (u == u' ' || (u >= u'\t' && u <= u'\r')) {
            space = n > 0;
            continue;
        }
        if (space) {
            o[n++] = QLatin1Char(' ');
            space = false;
        }
        o[n++] = QChar(u >= u'A' && u <= u'Z' ? char16_t(u + 32) : u);
    }
    out.truncate(n);
    return out;
}

QString RstText::makeId(const QString &text)
{
    // docutils' make_id: lower case, ASCII only, runs of other characters become one hyphen,
    // no leading digits or hyphens, no trailing hyphens.
    // docutils' _non_id_translate and _non_id_translate_digraphs, for letters NFKD does not decompose.
    static const QHash<QChar, QString> translate = {
        {QChar(0x00df), QStringLiteral("sz")}, {QChar(0x00e6), QStringLiteral("ae")},
        {QChar(0x0153), QStringLiteral("oe")}, {QChar(0x00f8), QStringLiteral("o")},
        {QChar(0x0111), QStringLiteral("d")},  {QChar(0x0127), QStringLiteral("h")},
        {QChar(0x0131), QStringLiteral("i")},  {QChar(0x0142), QStringLiteral("l")},
        {QChar(0x0167), QStringLiteral("t")},  {QChar(0x0180), QStringLiteral("b")},
        {QChar(0x0183), QStringLiteral("b")},  {QChar(0x0188), QStringLiteral("c")},
        {QChar(0x018c), QStringLiteral("d")},  {QChar(0x0192), QStringLiteral("f")},
        {QChar(0x0199), QStringLiteral("k")},  {QChar(0x019a), QStringLiteral("l")},
        {QChar(0x019e), QStringLiteral("n")},  {QChar(0x01a5), QStringLiteral("p")},
        {QChar(0x01ab), QStringLiteral("t")},  {QChar(0x01ad), QStringLiteral("t")},
        {QChar(0x01b4), QStringLiteral("y")},  {QChar(0x01b6), QStringLiteral("z")},
        {QChar(0x01e5), QStringLiteral("g")},  {QChar(0x0237), QStringLiteral("j")},
        {QChar(0x00f0), QStringLiteral("d")},  {QChar(0x00fe), QStringLiteral("th")},
        {QChar(0x0138), QStringLiteral("k")}};
    QString lowered = text.toLower();
    for (qsizetype i = 0; i < lowered.size(); ++i) {
        if (lowered.at(i).unicode() < 0xdf) {
            continue; // below every translated letter: the common case costs one comparison
        }
        const auto it = translate.constFind(lowered.at(i));
        if (it != translate.constEnd()) {
            lowered.replace(i, 1, *it);
            i += it->size() - 1;
        }
    }
    const QString decomposed = lowered.normalized(QString::NormalizationForm_KD);
    QString id;
    bool pendingHyphen = false;
    for (QChar c : decomposed) {
        const bool keep =
            (c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('0') && c <= QLatin1Char('9'));
        if (keep) {
            if (pendingHyphen && !id.isEmpty()) {
                id += QLatin1Char('-');
            }
            pendingHyphen = false;
            id += c;
        } else if (c.unicode() < 128 || c.isSpace()) {
            pendingHyphen = true;
        }
    }
    int start = 0;
    while (start < id.size() && (id.at(start).isDigit() || id.at(start) == QLatin1Char('-'))) {
        ++start;
    }
    return id.mid(start);
}

QString RstText::withoutEscapes(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (int i = 0; i < text.size(); ++i) {
        if (text.at(i) == QLatin1Char('\\') && i + 1 < text.size()) {
            ++i;
            if (text.at(i) == QLatin1Char(' ') || text.at(i) == QLatin1Char('\n')) {
                continue;
            }
        }
        out += text.at(i);
    }
    return out;
}

// docutils' is_reference: "name_" or "`phrase`_" makes a target indirect.
QString RstText::indirectReferenceName(const QString &link)
{
    const QString normal = link.simplified();
    if (!normal.endsWith(QLatin1Char('_')) || normal.endsWith(QLatin1String("\\_"))) {
        return {};
    }
    if (normal.startsWith(QLatin1Char('`')) && normal.endsWith(QLatin1String("`_")) && normal.size() > 3) {
        const QString phrase = normal.mid(1, normal.size() - 3);
        if (phrase.startsWith(QLatin1Char(' ')) || phrase.endsWith(QLatin1Char(' '))) {
            return {};
        }
        return normalizeName(withoutEscapes(phrase));
    }
    const QString simple = normal.left(normal.size() - 1);
    if (simpleNameEnd(simple, 0) != simple.size()) {
        return {};
    }
    return normalizeName(withoutEscapes(simple));
}

} // namespace Specwright::Core
