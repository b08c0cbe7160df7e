// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "codeblocklexer.h"

#include "pygmentsaliases_p.h"

#include <algorithm>
#include <string_view>

namespace Specwright::Core {

namespace {

std::u16string_view utf16(QStringView text)
{
    return {reinterpret_cast<const char16_t *>(text.utf16()), size_t(text.size())};
}

bool isJsonInteger(char16_t c)
{
    return c == u'-' || (c >= u'0' && c <= u'9');
}

bool isJsonFloat(char16_t c)
{
    return c == u'.' || c == u'e' || c == u'E' || c == u'+';
}

bool isJsonConstant(char16_t c) // the letters of true, false and null
{
    return c == u't' || c == u'r' || c == u'u' || c == u'e' || c == u'f' || c == u'a' || c == u'l' || c == u's' ||
           c == u'n';
}

bool isJsonHex(char16_t c)
{
    return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
}

bool isJsonPunctuation(char16_t c)
{
    return c == u'{' || c == u'}' || c == u'[' || c == u']' || c == u',';
}

bool isJsonWhitespace(char16_t c)
{
    return c == u' ' || c == u'\n' || c == u'\r' || c == u'\t';
}

// JsonLexer.get_tokens_unprocessed (pygments/lexers/data.py, 2.18), reduced to where its first Error
// token starts and how long it is. Its flags are exclusive (an elif chain): one state here. Error
// tokens are yielded as they are found, after the queue of strings before a ':' is flushed, so the
// first one found is the first one the raiseonerror filter sees.
struct JsonError
{
    qsizetype start = -1;
    qsizetype length = 0;
};

JsonError jsonError(std::u16string_view text)
{
    enum class State { None, String, Whitespace, Constant, Number, Punctuation, LineComment, BlockComment, Slash };
    State state = State::None;
    bool escape = false;
    int unicodeEscape = 0;
    bool commentCloserNext = false;
    qsizetype start = 0;
    const qsizetype size = qsizetype(text.size());
    for (qsizetype stop = 0; stop < size; ++stop) {
        const char16_t c = text[size_t(stop)];
        switch (state) {
        case State::String:
            if (unicodeEscape > 0) {
                // A character that is not a hex digit ends the escape and is swallowed, even a '"'.
                unicodeEscape = isJsonHex(c) ? unicodeEscape - 1 : 0;
                escape = unicodeEscape > 0;
            } else if (escape) {
                unicodeEscape = c == u'u' ? 4 : 0;
                escape = c == u'u';
            } else if (c == u'\\') {
                escape = true;
            } else if (c == u'"') {
                state = State::None;
            }
            continue;
        case State::Whitespace:
            if (isJsonWhitespace(c)) {
                continue;
            }
            break;
        case State::Constant:
            if (isJsonConstant(c)) {
                continue;
            }
            break;
        case State::Number:
            if (isJsonInteger(c) || isJsonFloat(c)) {
                continue;
            }
            break;
        case State::Punctuation:
            if (isJsonPunctuation(c)) {
                continue;
            }
            break;
        case State::LineComment:
            if (c != u'\n') {
                continue;
            }
            break;
        case State::BlockComment:
            if (c == u'*') {
                commentCloserNext = true;
            } else if (commentCloserNext) {
                commentCloserNext = false;
                if (c == u'/') {
                    state = State::None;
                }
            }
            continue;
        case State::Slash:
            if (c == u'/') {
                state = State::LineComment;
                continue;
            }
            if (c == u'*') {
                state = State::BlockComment;
                continue;
            }
            return {start, stop - start}; // the "/" alone
        case State::None:
            break;
        }
        // The state ended at c (or there was none): c starts the next token.
        state = State::None;
        start = stop;
        if (c == u'"') {
            state = State::String;
        } else if (isJsonWhitespace(c)) {
            state = State::Whitespace;
        } else if (c == u'f' || c == u'n' || c == u't') {
            state = State::Constant;
        } else if (isJsonInteger(c)) {
            state = State::Number;
        } else if (c == u':' || isJsonPunctuation(c)) {
            state = State::Punctuation;
        } else if (c == u'/') {
            state = State::Slash;
        } else {
            // One code point: both halves of a surrogate pair.
            const bool pair =
                QChar::isHighSurrogate(c) && stop + 1 < size && QChar::isLowSurrogate(text[size_t(stop + 1)]);
            return {start, pair ? 2 : 1};
        }
    }
    if (state == State::String || state == State::BlockComment || state == State::Slash) {
        return {start, size - start}; // unclosed: the rest of the text
    }
    return {};
}

} // namespace

std::optional<LexError> CodeBlockLexer::firstError(QStringView language, QStringView body)
{
    if (!isChecked(language)) {
        return std::nullopt;
    }
    return firstJsonError(body);
}

bool CodeBlockLexer::isChecked(QStringView language)
{
    for (const QLatin1StringView json : {QLatin1StringView("json"), QLatin1StringView("json-object"),
                                         QLatin1StringView("jsonld"), QLatin1StringView("json-ld")}) {
        if (language.compare(json, Qt::CaseInsensitive) == 0) {
            return true;
        }
    }
    return false;
}

std::optional<LexError> CodeBlockLexer::firstJsonError(QStringView body)
{
    // Lexer._preprocess_lexer_input: drop a byte order mark, CR LF and CR → LF, strip line feeds at
    // both ends (so every CR and LF there), end with a line feed.
    qsizetype begin = body.startsWith(QChar(0xFEFF)) ? 1 : 0;
    qsizetype end = body.size();
    const auto isBreak = [](QChar c) { return c == QLatin1Char('\n') || c == QLatin1Char('\r'); };
    while (begin < end && isBreak(body[begin])) {
        ++begin;
    }
    while (end > begin && isBreak(body[end - 1])) {
        --end;
    }
    const QStringView core = body.sliced(begin, end - begin);
    const bool carriageReturns = core.contains(QLatin1Char('\r'));
    QString text;
    text.reserve(core.size() + 1);
    if (!carriageReturns) {
        text.append(core);
    } else {
        for (qsizetype i = 0; i < core.size(); ++i) {
            if (core[i] != QLatin1Char('\r')) {
                text.append(core[i]);
            } else if (i + 1 >= core.size() || core[i + 1] != QLatin1Char('\n')) {
                text.append(QLatin1Char('\n'));
            }
        }
    }
    text.append(QLatin1Char('\n'));

    const JsonError found = jsonError(utf16(text));
    if (found.start < 0) {
        return std::nullopt;
    }
    LexError error;
    error.token = text.sliced(found.start, found.length);
    // Back to the body's own offsets: past what was stripped in front, and each CR LF counted twice.
    qsizetype offset = begin + found.start;
    if (carriageReturns) {
        offset = begin;
        for (qsizetype k = 0; k < found.start; ++k) {
            offset += core[offset - begin] == QLatin1Char('\r') && offset + 1 - begin < core.size() &&
                              core[offset + 1 - begin] == QLatin1Char('\n')
                          ? 2
                          : 1;
        }
    }
    error.offset = offset;
    const QStringView before = body.first(offset);
    error.line = int(before.count(QLatin1Char('\n')));
    error.column = int(offset - (before.lastIndexOf(QLatin1Char('\n')) + 1));
    return error;
}

bool CodeBlockLexer::isPygmentsAlias(QStringView name)
{
    if (name.isEmpty()) {
        return false;
    }
    const QString lower = name.toString().toLower();
    return std::binary_search(PygmentsAliases::all.begin(), PygmentsAliases::all.end(), utf16(lower));
}

bool CodeBlockLexer::sphinxKnowsLanguage(QStringView language)
{
    // PygmentsBridge.get_lexer: these names never reach get_lexer_by_name (compared case-sensitively).
    static constexpr std::u16string_view own[] = {u"",   u"none", u"python",  u"pycon",   u"rest",   u"c",
                                                  u"py", u"py3",  u"python3", u"default", u"pycon3", u"guess"};
    return std::find(std::begin(own), std::end(own), utf16(language)) != std::end(own) || isPygmentsAlias(language);
}

bool CodeBlockLexer::docutilsKnowsLanguage(QStringView language)
{
    // docutils.utils.code_analyzer.Lexer: no lookup for these two.
    return language.isEmpty() || language == QLatin1StringView("text") || isPygmentsAlias(language);
}

QString CodeBlockLexer::pygmentsVersion()
{
    return QString::fromLatin1(PygmentsAliases::version.data(), qsizetype(PygmentsAliases::version.size()));
}

} // namespace Specwright::Core
