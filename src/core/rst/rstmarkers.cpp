// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "rstmarkers.h"

#include <QList>
#include <QPair>

#include <cstring>

namespace Specwright::Core {

bool RstMarkers::isPunctuation7Bit(QChar c)
{
    const ushort u = c.unicode();
    return (u >= '!' && u <= '/') || (u >= ':' && u <= '@') || (u >= '[' && u <= '`') || (u >= '{' && u <= '~');
}

bool RstMarkers::isAdornment(QStringView text)
{
    if (text.isEmpty() || !isPunctuation7Bit(text.front())) {
        return false;
    }
    const QChar c = text.front();
    for (QChar ch : text) {
        if (ch != c) {
            return false;
        }
    }
    return true;
}

int RstMarkers::bulletMarkerEnd(QStringView text)
{
    if (text.isEmpty()) {
        return -1;
    }
    const QChar c = text.front();
    const bool bullet = c == QLatin1Char('*') || c == QLatin1Char('+') || c == QLatin1Char('-') || c == QChar(0x2022) ||
                        c == QChar(0x2023) || c == QChar(0x2043);
    if (!bullet) {
        return -1;
    }
    if (text.size() == 1) {
        return 1;
    }
    if (text.at(1) != QLatin1Char(' ')) {
        return -1;
    }
    int end = 1;
    while (end < text.size() && text.at(end) == QLatin1Char(' ')) {
        ++end;
    }
    return end;
}

int RstMarkers::spacesOrEnd(QStringView text, int p)
{
    if (p == text.size()) {
        return p;
    }
    if (text.at(p) != QLatin1Char(' ')) {
        return -1;
    }
    while (p < text.size() && text.at(p) == QLatin1Char(' ')) {
        ++p;
    }
    return p;
}

QString RstMarkers::sequenceName(EnumeratorSequence sequence)
{
    switch (sequence) {
    case EnumeratorSequence::Auto:
    case EnumeratorSequence::Arabic:
        return QStringLiteral("arabic"); // docutils' enumtype of an auto-numbered list
    case EnumeratorSequence::LowerAlpha:
        return QStringLiteral("loweralpha");
    case EnumeratorSequence::UpperAlpha:
        return QStringLiteral("upperalpha");
    case EnumeratorSequence::LowerRoman:
        return QStringLiteral("lowerroman");
    case EnumeratorSequence::UpperRoman:
        return QStringLiteral("upperroman");
    case EnumeratorSequence::None:
        break;
    }
    return {};
}

int RstMarkers::romanToInt(QStringView roman)
{
    static const QList<QPair<QString, int>> table = {
        {QStringLiteral("m"), 1000}, {QStringLiteral("cm"), 900}, {QStringLiteral("d"), 500},
        {QStringLiteral("cd"), 400}, {QStringLiteral("c"), 100},  {QStringLiteral("xc"), 90},
        {QStringLiteral("l"), 50},   {QStringLiteral("xl"), 40},  {QStringLiteral("x"), 10},
        {QStringLiteral("ix"), 9},   {QStringLiteral("v"), 5},    {QStringLiteral("iv"), 4},
        {QStringLiteral("i"), 1}};
    const QString lower = roman.toString().toLower();
    int value = 0;
    int pos = 0;
    for (const auto &[symbol, amount] : table) {
        int repeats = 0;
        while (lower.mid(pos).startsWith(symbol)) {
            value += amount;
            pos += int(symbol.size());
            if (++repeats > (amount == 1000 ? 4 : 3)) { // docutils' roman module: M{0,4}
                return 0;
            }
        }
    }
    if (pos != lower.size() || value == 0 || value > 4999) {
        return 0;
    }
    // Reject non-canonical forms ("iiii", "vv", "ic") by converting back.
    QString back;
    int rest = value;
    for (const auto &[symbol, amount] : table) {
        while (rest >= amount) {
            back += symbol;
            rest -= amount;
        }
    }
    return back == lower ? value : 0;
}

QString RstMarkers::intToRoman(int value)
{
    static const QList<QPair<QString, int>> table = {
        {QStringLiteral("m"), 1000}, {QStringLiteral("cm"), 900}, {QStringLiteral("d"), 500},
        {QStringLiteral("cd"), 400}, {QStringLiteral("c"), 100},  {QStringLiteral("xc"), 90},
        {QStringLiteral("l"), 50},   {QStringLiteral("xl"), 40},  {QStringLiteral("x"), 10},
        {QStringLiteral("ix"), 9},   {QStringLiteral("v"), 5},    {QStringLiteral("iv"), 4},
        {QStringLiteral("i"), 1}};
    if (value < 1 || value > 4999) {
        return QString(); // beyond docutils' roman module: no such enumerator
    }
    QString out;
    for (const auto &[symbol, amount] : table) {
        while (value >= amount) {
            out += symbol;
            value -= amount;
        }
    }
    return out;
}

bool RstMarkers::allOf(QStringView text, bool (*pred)(QChar))
{
    if (text.isEmpty()) {
        return false;
    }
    for (QChar c : text) {
        if (!pred(c)) {
            return false;
        }
    }
    return true;
}

RstMarkers::Enumerator RstMarkers::parseEnumerator(QStringView text, EnumeratorSequence expectedSequence)
{
    Enumerator e;
    int p = 0;
    bool parens = false;
    if (!text.isEmpty() && text.front() == QLatin1Char('(')) {
        parens = true;
        p = 1;
    }
    const int start = p;
    // A marker of more than one character is all digits or all roman numerals: most words stop
    // this loop at their second letter.
    bool digits = true;
    bool roman = true;
    while (p < text.size() && text.at(p).unicode() < 128 &&
           (text.at(p).isLetterOrNumber() || text.at(p) == QLatin1Char('#'))) {
        const char c = char(text.at(p).unicode());
        digits = digits && c >= '0' && c <= '9';
        roman = roman && std::strchr("ivxlcdmIVXLCDM", c) != nullptr;
        ++p;
        if (p - start >= 2 && !digits && !roman) {
            return e;
        }
    }
    if (p == start || p >= text.size()) {
        return e;
    }
    // Most lines start with a plain word: decide on the delimiter first.
    const QChar close = text.at(p);
    if (parens ? close != QLatin1Char(')') : (close != QLatin1Char('.') && close != QLatin1Char(')'))) {
        return e;
    }
    e.end = spacesOrEnd(text, p + 1);
    if (e.end < 0) {
        e.end = 0;
        return e;
    }
    e.format = parens ? EnumeratorFormat::Parens
                      : (close == QLatin1Char('.') ? EnumeratorFormat::Period : EnumeratorFormat::RParen);
    e.text = text.mid(start, p - start);
    auto isDigit = [](QChar c) { return c >= QLatin1Char('0') && c <= QLatin1Char('9'); };
    auto isLower = [](QChar c) { return c >= QLatin1Char('a') && c <= QLatin1Char('z'); };
    auto isUpper = [](QChar c) { return c >= QLatin1Char('A') && c <= QLatin1Char('Z'); };
    auto isLowerRoman = [](QChar c) { return c.unicode() < 128 && std::strchr("ivxlcdm", char(c.unicode())); };
    auto isUpperRoman = [](QChar c) { return c.unicode() < 128 && std::strchr("IVXLCDM", char(c.unicode())); };
    auto matches = [&](EnumeratorSequence sequence) {
        switch (sequence) {
        case EnumeratorSequence::Arabic:
            return allOf(e.text, isDigit);
        case EnumeratorSequence::LowerAlpha:
            return e.text.size() == 1 && isLower(e.text.front());
        case EnumeratorSequence::UpperAlpha:
            return e.text.size() == 1 && isUpper(e.text.front());
        case EnumeratorSequence::LowerRoman:
            return allOf(e.text, isLowerRoman);
        case EnumeratorSequence::UpperRoman:
            return allOf(e.text, isUpperRoman);
        case EnumeratorSequence::None:
        case EnumeratorSequence::Auto:
            break;
        }
        return false;
    };
    if (e.text == QLatin1String("#")) {
        e.sequence = EnumeratorSequence::Auto;
    } else if (expectedSequence != EnumeratorSequence::Auto && matches(expectedSequence)) {
        e.sequence = expectedSequence;
    } else if (e.text == QLatin1String("i")) {
        e.sequence = EnumeratorSequence::LowerRoman;
    } else if (e.text == QLatin1String("I")) {
        e.sequence = EnumeratorSequence::UpperRoman;
    } else {
        for (const EnumeratorSequence sequence :
             {EnumeratorSequence::Arabic, EnumeratorSequence::LowerAlpha, EnumeratorSequence::UpperAlpha,
              EnumeratorSequence::LowerRoman, EnumeratorSequence::UpperRoman}) {
            if (matches(sequence)) {
                e.sequence = sequence;
                break;
            }
        }
        if (e.sequence == EnumeratorSequence::None) {
            return e;
        }
    }
    switch (e.sequence) {
    case EnumeratorSequence::Auto:
        e.ordinal = 1;
        break;
    case EnumeratorSequence::Arabic: {
        bool ok = false;
        e.ordinal = e.text.toInt(&ok);
        if (!ok) {
            return e;
        }
        break;
    }
    case EnumeratorSequence::LowerAlpha:
    case EnumeratorSequence::UpperAlpha:
        e.ordinal = e.text.front().toLower().unicode() - 'a' + 1;
        break;
    default:
        e.ordinal = romanToInt(e.text);
        if (e.ordinal == 0) {
            e.ordinal = -1; // not a valid roman numeral
        }
    }
    e.valid = true;
    return e;
}

QString RstMarkers::formatEnumerator(EnumeratorSequence sequence, EnumeratorFormat format, int ordinal)
{
    QString text;
    switch (sequence) {
    case EnumeratorSequence::Auto:
        text = QStringLiteral("#");
        break;
    case EnumeratorSequence::Arabic:
        text = QString::number(ordinal);
        break;
    case EnumeratorSequence::LowerAlpha:
    case EnumeratorSequence::UpperAlpha:
        if (ordinal > 26) {
            return {};
        }
        text = QChar(ushort((sequence == EnumeratorSequence::UpperAlpha ? 'A' : 'a') + ordinal - 1));
        break;
    case EnumeratorSequence::LowerRoman:
    case EnumeratorSequence::UpperRoman:
        text = intToRoman(ordinal);
        if (text.isEmpty()) {
            return {};
        }
        if (sequence == EnumeratorSequence::UpperRoman) {
            text = text.toUpper();
        }
        break;
    case EnumeratorSequence::None:
        return {};
    }
    switch (format) {
    case EnumeratorFormat::Parens:
        return QLatin1Char('(') + text + QLatin1Char(')');
    case EnumeratorFormat::Period:
        return text + QLatin1Char('.');
    case EnumeratorFormat::RParen:
        break;
    }
    return text + QLatin1Char(')');
}

int RstMarkers::fieldMarkerEnd(QStringView text, QString *name)
{
    if (text.size() < 3 || text.front() != QLatin1Char(':')) {
        return -1;
    }
    if (text.at(1) == QLatin1Char(':') || text.at(1) == QLatin1Char(' ')) {
        return -1;
    }
    int p = 1;
    while (p < text.size()) {
        const QChar c = text.at(p);
        if (c == QLatin1Char('\\')) {
            p += 2;
            continue;
        }
        if (c == QLatin1Char(':')) {
            // A colon followed by space, backquote or end closes the name ...
            const bool closes =
                p + 1 >= text.size() || text.at(p + 1) == QLatin1Char(' ') || text.at(p + 1) == QLatin1Char('`');
            if (closes) {
                // ... unless it is preceded by a space.
                if (text.at(p - 1) == QLatin1Char(' ')) {
                    return -1;
                }
                if (p + 1 < text.size() && text.at(p + 1) == QLatin1Char('`')) {
                    return -1;
                }
                const int end = spacesOrEnd(text, p + 1);
                if (end < 0) {
                    return -1;
                }
                if (name) {
                    *name = text.mid(1, p - 1).toString();
                }
                return end;
            }
        }
        ++p;
    }
    return -1;
}

int RstMarkers::optionEnd(QStringView text, int p, QString *optionString, QString *argument, QString *delimiter)
{
    const int start = p;
    if (p >= text.size()) {
        return -1;
    }
    if (text.at(p) == QLatin1Char('-')) {
        ++p;
        if (p < text.size() && text.at(p) == QLatin1Char('-')) {
            ++p;
        }
    } else if (text.at(p) == QLatin1Char('+') || text.at(p) == QLatin1Char('/')) {
        ++p;
    } else {
        return -1;
    }
    if (p >= text.size() || !(text.at(p).isLetterOrNumber()) || text.at(p).unicode() > 127) {
        return -1;
    }
    const bool longOption = text.mid(start).startsWith(QLatin1String("--")) || text.at(start) == QLatin1Char('/');
    if (longOption) {
        while (p < text.size() && ((text.at(p).isLetterOrNumber() && text.at(p).unicode() < 128) ||
                                   text.at(p) == QLatin1Char('_') || text.at(p) == QLatin1Char('-'))) {
            ++p;
        }
    } else {
        ++p; // short options are a single character
    }
    *optionString = text.mid(start, p - start).toString();
    argument->clear();
    delimiter->clear();
    // Optional argument: "=ARG", " ARG" or "<arg with spaces>".
    if (p < text.size() && (text.at(p) == QLatin1Char('=') || text.at(p) == QLatin1Char(' '))) {
        const QChar delim = text.at(p);
        int q = p + 1;
        if (q < text.size() && text.at(q) == QLatin1Char('<')) {
            const int close = int(text.indexOf(QLatin1Char('>'), q));
            if (close > 0) {
                *delimiter = QString(delim);
                *argument = text.mid(q, close - q + 1).toString();
                return close + 1;
            }
        } else if (q < text.size() && (text.at(q).isLetter() && text.at(q).unicode() < 128)) {
            int r = q;
            while (r < text.size() && ((text.at(r).isLetterOrNumber() && text.at(r).unicode() < 128) ||
                                       text.at(r) == QLatin1Char('_') || text.at(r) == QLatin1Char('-'))) {
                ++r;
            }
            if (delim == QLatin1Char(' ') && r < text.size() && text.at(r) != QLatin1Char(' ') &&
                text.at(r) != QLatin1Char(',')) {
                return p;
            }
            *delimiter = QString(delim);
            *argument = text.mid(q, r - q).toString();
            return r;
        }
    }
    return p;
}

bool RstMarkers::isOptionListLine(QStringView text, int *descriptionStart)
{
    QString option, argument, delimiter;
    int p = optionEnd(text, 0, &option, &argument, &delimiter);
    if (p < 0) {
        return false;
    }
    while (p + 2 <= text.size() && text.mid(p, 2) == QLatin1String(", ")) {
        const int next = optionEnd(text, p + 2, &option, &argument, &delimiter);
        if (next < 0) {
            return false;
        }
        p = next;
    }
    if (p == text.size()) {
        *descriptionStart = p;
        return true;
    }
    if (p + 1 == text.size() && text.at(p) == QLatin1Char(' ')) {
        *descriptionStart = p + 1;
        return true;
    }
    if (text.mid(p).startsWith(QLatin1String("  "))) {
        while (p < text.size() && text.at(p) == QLatin1Char(' ')) {
            ++p;
        }
        *descriptionStart = p;
        return true;
    }
    return false;
}

bool RstMarkers::isGridBorder(QStringView text)
{
    // \+-[-+]+-\+
    if (text.size() < 5 || !startsWithAscii(text, "+-") || !text.endsWith(QLatin1String("-+"))) {
        return false;
    }
    for (QChar c : text) {
        if (c != QLatin1Char('+') && c != QLatin1Char('-')) {
            return false;
        }
    }
    return true;
}

bool RstMarkers::isSimpleBorder(QStringView text, bool top)
{
    if (text.isEmpty() || text.front() != QLatin1Char('=')) {
        return false;
    }
    bool gap = false;
    bool secondColumn = false;
    for (QChar c : text) {
        if (c == QLatin1Char(' ')) {
            gap = true;
        } else if (c == QLatin1Char('=')) {
            if (gap) {
                secondColumn = true;
            }
        } else {
            return false;
        }
    }
    return top ? secondColumn : true;
}

bool RstMarkers::startsBodyConstruct(QStringView text)
{
    if (text.isEmpty() || text.front() == QLatin1Char(' ')) {
        return false;
    }
    int description = 0;
    return bulletMarkerEnd(text) >= 0 || parseEnumerator(text).valid || fieldMarkerEnd(text, nullptr) >= 0 ||
           isOptionListLine(text, &description) || (startsWithAscii(text, ">>>") && spacesOrEnd(text, 3) >= 0) ||
           (text.front() == QLatin1Char('|') && spacesOrEnd(text, 1) >= 0) || isGridBorder(text) ||
           isSimpleBorder(text, true) || (startsWithAscii(text, "..") && spacesOrEnd(text, 2) >= 0) ||
           (startsWithAscii(text, "__") && spacesOrEnd(text, 2) >= 0) || isAdornment(text);
}

} // namespace Specwright::Core
