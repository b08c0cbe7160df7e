// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "rstinlineparser.h"

#include "rstdirectiveregistry.h"
#include "rsttext.h"

#include <algorithm>
#include <iterator>
#include <string_view>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

namespace Specwright::Core {

namespace {

using Kind = RstNode::Kind;
using Severity = RstMessage::Severity;
using MessageId = RstMessage::Id;

constexpr QChar Escape = QChar(0);

// Character classes of docutils' inline markup rules; ASCII through one table lookup, since
// nearly every character a spec holds is ASCII and these are asked for every character scanned.
enum CharClass : unsigned char {
    AlphaNumeric = 1,
    Opener = 2,
    Closer = 4,
    Delimiter = 8,
    ClosingDelimiter = 16,
    UriChar = 32,
    UriLast = 64,
    EmailChar = 128,
};

constexpr std::array<unsigned char, 128> asciiClasses = [] {
    std::array<unsigned char, 128> classes{};
    auto mark = [&classes](const char *chars, unsigned char flag) {
        for (; *chars; ++chars) {
            classes[size_t(*chars)] |= flag;
        }
    };
    for (int c = 0; c < 128; ++c) {
        if ((c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
            classes[size_t(c)] |= AlphaNumeric | UriChar | UriLast | EmailChar;
        }
    }
    mark("\"'(<[{", Opener);
    mark("\"')>]}", Closer);
    mark("-/:", Delimiter);
    mark("\\.,;!?", ClosingDelimiter);
    mark("-_.!~*'()[];/:@&=+$,%?#", UriChar);
    mark("_~*/=+", UriLast);
    mark("-_!~*'{|}/#?^`&=+$%", EmailChar);
    return classes;
}();

inline bool asciiIs(QChar c, unsigned char flag)
{
    return (asciiClasses[c.unicode()] & flag) != 0;
}

bool isOpener(QChar c)
{
    if (c.unicode() < 128) {
        return asciiIs(c, Opener);
    }
    const auto category = c.category();
    return category == QChar::Punctuation_Open || category == QChar::Punctuation_InitialQuote ||
           category == QChar::Punctuation_FinalQuote;
}

bool isCloser(QChar c)
{
    if (c.unicode() < 128) {
        return asciiIs(c, Closer);
    }
    const auto category = c.category();
    return category == QChar::Punctuation_Close || category == QChar::Punctuation_InitialQuote ||
           category == QChar::Punctuation_FinalQuote;
}

bool isDelimiter(QChar c)
{
    if (c.unicode() < 128) {
        return asciiIs(c, Delimiter);
    }
    const auto category = c.category();
    return category == QChar::Punctuation_Dash || category == QChar::Punctuation_Other;
}

bool isClosingDelimiter(QChar c)
{
    return c.unicode() < 128 && asciiIs(c, ClosingDelimiter);
}

// Matching opener/closer pairs: markup between them ("(*)", "'*'") is not markup.
bool matchingPair(QChar open, QChar close)
{
    static const QStringView opens(u"\"'(<[{\u2018\u201c\u00ab\u2039\u201a\u201e");
    static const QStringView closes(u"\"')>]}\u2019\u201d\u00bb\u203a\u2019\u201d");
    const qsizetype index = opens.indexOf(open);
    if (index >= 0 && closes.at(index) == close) {
        return true;
    }
    // Quotes used the other way round (German, Swedish …) also pair.
    static const QStringView alternatives(u"\u2019\u201d\u00bb\u203a");
    static const QStringView alternativeCloses(u"\u2019\u201d\u00bb\u203a");
    const qsizetype alt = alternatives.indexOf(open);
    return alt >= 0 && alternativeCloses.at(alt) == close;
}

bool isSimpleNameChar(QChar c)
{
    return c.unicode() < 128 ? asciiIs(c, AlphaNumeric) : c.isLetterOrNumber();
}

bool isUric(QChar c)
{
    return (c.unicode() < 128 && asciiIs(c, UriChar)) || c == Escape;
}

bool isUriLast(QChar c)
{
    return c.unicode() < 128 && asciiIs(c, UriLast);
}

bool isEmailChar(QChar c)
{
    return c.unicode() < 128 && asciiIs(c, EmailChar);
}

// docutils' URI schemes (its urischemes module), sorted.
constexpr std::string_view KnownSchemes[] = {
    "about",       "acap",
    "addbook",     "afp",
    "afs",         "aim",
    "callto",      "castanet",
    "chttp",       "cid",
    "crid",        "data",
    "dav",         "dict",
    "dns",         "eid",
    "fax",         "feed",
    "file",        "finger",
    "freenet",     "ftp",
    "go",          "gopher",
    "gsm-sms",     "h323",
    "h324",        "hdl",
    "hnews",       "http",
    "https",       "hydra",
    "iioploc",     "ilu",
    "im",          "imap",
    "info",        "ior",
    "ipp",         "irc",
    "iris.beep",   "iseek",
    "jar",         "javascript",
    "jdbc",        "ldap",
    "lifn",        "livescript",
    "lrq",         "mailbox",
    "mailserver",  "mailto",
    "md5",         "mid",
    "mocha",       "modem",
    "mtqp",        "mupdate",
    "news",        "nfs",
    "nntp",        "opaquelocktoken",
    "phone",       "pop",
    "pop3",        "pres",
    "printer",     "prospero",
    "rdar",        "res",
    "rtsp",        "rvp",
    "rwhois",      "rx",
    "sdp",         "service",
    "shttp",       "sip",
    "sips",        "smb",
    "snews",       "snmp",
    "soap.beep",   "soap.beeps",
    "ssh",         "t120",
    "tag",         "tcp",
    "tel",         "telephone",
    "telnet",      "tftp",
    "tip",         "tn3270",
    "tv",          "urn",
    "uuid",        "vemmi",
    "videotex",    "view-source",
    "wais",        "whodp",
    "whois++",     "x-man-page",
    "xmlrpc.beep", "xmlrpc.beeps",
    "z39.50r",     "z39.50s",
};
static_assert(std::is_sorted(std::begin(KnownSchemes), std::end(KnownSchemes)));

bool knownScheme(QStringView scheme)
{
    // Schemes are ASCII letters, digits and ".+-" (see addTextWithUris), compared case-insensitively.
    char lower[16];
    if (scheme.size() > qsizetype(sizeof lower)) {
        return false;
    }
    for (qsizetype k = 0; k < scheme.size(); ++k) {
        const char16_t c = scheme[k].unicode();
        if (c >= 128) {
            return false;
        }
        lower[k] = char(c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c);
    }
    return std::binary_search(std::begin(KnownSchemes), std::end(KnownSchemes),
                              std::string_view(lower, size_t(scheme.size())));
}

} // namespace

RstInlineParser::RstInlineParser(const Context &context)
    : m_context(context)
{
}

SourceRange RstInlineParser::rangeOf(int start, int end) const
{
    auto position = [&](int offset, int *line, int *column) {
        const auto it = std::upper_bound(m_lineStarts.begin(), m_lineStarts.end(), offset);
        const int index = int(it - m_lineStarts.begin()) - 1;
        const RstLineRef &ref = m_lines[qMax(0, index)];
        *line = ref.line;
        *column = ref.column + offset - m_lineStarts[qMax(0, index)];
    };
    SourceRange range;
    position(start, &range.startLine, &range.startColumn);
    position(qMax(start, end), &range.endLine, &range.endColumn);
    return range;
}

QString RstInlineParser::unescaped(int start, int end)
{
    // docutils' unescape: drop escape markers, and escaped whitespace entirely.
    if (!m_hasEscapes || QStringView(m_text).mid(start, end - start).indexOf(Escape) < 0) {
        return RstText::sharedSlice(m_text, start, end - start);
    }
    const auto keep = [this, end](int i) {
        // Where the character at \a i is kept (-1: it is dropped), and where the next one is.
        if (m_text.at(i) != Escape) {
            return std::pair{i, i + 1};
        }
        const bool escapedSpace =
            i + 1 < end && (m_text.at(i + 1) == QLatin1Char(' ') || m_text.at(i + 1) == QLatin1Char('\n'));
        return std::pair{-1, escapedSpace ? i + 2 : i + 1};
    };
    qsizetype length = 0;
    for (int i = start; i < end;) {
        const auto [kept, next] = keep(i);
        length += kept >= 0 ? 1 : 0;
        i = next;
    }
    QChar *out = nullptr;
    QString text = m_stringPool.allocate(length, &out);
    for (int i = start; i < end;) {
        const auto [kept, next] = keep(i);
        if (kept >= 0) {
            *out++ = m_text.at(kept);
        }
        i = next;
    }
    return text;
}

void RstInlineParser::addText(RstNode &parent, int start, int end)
{
    if (end <= start) {
        return;
    }
    QString text = unescaped(start, end);
    if (!text.isEmpty()) {
        appendText(parent, std::move(text), rangeOf(start, end));
    }
}

void RstInlineParser::appendText(RstNode &parent, QString text, const SourceRange &range)
{
    // Text next to text is one node, as in docutils.
    if (!parent.children.empty() && parent.children.back().kind == Kind::Text) {
        RstNode &last = parent.children.back();
        last.text += text;
        last.range.endLine = range.endLine;
        last.range.endColumn = range.endColumn;
        return;
    }
    RstNode &node = parent.children.emplace_back();
    node.kind = Kind::Text;
    node.text = std::move(text);
    node.range = range;
}

bool RstInlineParser::startAllowed(int pos) const
{
    if (pos == 0 || pos == m_restartAt) {
        return true;
    }
    const QChar before = m_text.at(pos - 1);
    return before.isSpace() || isOpener(before) || isDelimiter(before);
}

bool RstInlineParser::endAllowed(int pos) const
{
    if (pos >= m_text.size()) {
        return true;
    }
    const QChar after = m_text.at(pos);
    return after.isSpace() || after == Escape || isClosingDelimiter(after) || isDelimiter(after) || isCloser(after);
}

bool RstInlineParser::quotedStart(int start, int end) const
{
    if (start == 0) {
        return false;
    }
    if (end >= m_text.size()) {
        return true;
    }
    return matchingPair(m_text.at(start - 1), m_text.at(end));
}

int RstInlineParser::findEnd(int from, QStringView endString, bool escapeAware) const
{
    // Unterminated start-strings would otherwise rescan the rest of the text each time.
    const int kind = endString == u"**" ? NoEndStrong : endString == u"``" ? NoEndLiteral : NoEndEmphasis;
    if (from >= m_noEndFrom[kind]) {
        return -1;
    }
    const int found = findEndUncached(from, endString, escapeAware);
    if (found < 0) {
        m_noEndFrom[kind] = qMin(m_noEndFrom[kind], from);
    }
    return found;
}

int RstInlineParser::findEndUncached(int from, QStringView endString, bool escapeAware) const
{
    int pos = from;
    while (true) {
        pos = int(m_text.indexOf(endString, pos));
        if (pos < 0) {
            return -1;
        }
        const QChar before = pos > 0 ? m_text.at(pos - 1) : QLatin1Char(' ');
        const bool precededOk = !before.isSpace() && !(escapeAware && before == Escape) && pos > from - 1;
        if (precededOk && pos > 0 && endAllowed(pos + int(endString.size()))) {
            return pos;
        }
        ++pos;
    }
}

void RstInlineParser::checkRole(RstNode &node, const QString &role, int start, int end)
{
    if (m_context.registry.hasRole(node.name()) || m_context.localRoles.contains(node.name())) {
        return;
    }
    // docutils first reports (INFO) that it tries the name as a canonical role, then the error.
    RstMessage info;
    info.severity = Severity::Info;
    info.id = MessageId::UnknownRole;
    info.text = QStringLiteral("No role entry for \"%1\" in module \"docutils.parsers.rst.languages.en\".\nTrying "
                               "\"%1\" as canonical role name.")
                    .arg(role);
    info.range = node.range;
    m_messages.append(info);
    RstMessage error;
    error.severity = Severity::Error;
    error.id = MessageId::UnknownRole;
    error.text = QStringLiteral("Unknown interpreted text role \"%1\".").arg(role);
    error.range = node.range;
    m_messages.append(error);
    node.kind = Kind::Problematic;
    node.text = RstText::sharedSlice(m_original, start, end - start);
}

void RstInlineParser::warnUnterminated(RstNode &parent, const QString &what, int start, int end)
{
    RstMessage msg;
    msg.severity = Severity::Warning;
    msg.id = MessageId::UnterminatedInline;
    msg.text = QStringLiteral("Inline %1 start-string without end-string.").arg(what);
    msg.range = rangeOf(start, end);
    m_messages.append(msg);
    RstNode problematic;
    problematic.kind = Kind::Problematic;
    problematic.text = RstText::sharedSlice(m_original, start, end - start);
    problematic.range = msg.range;
    parent.children.push_back(std::move(problematic));
}

bool RstInlineParser::isPlainText(const RstLines &block)
{
    // Every inline construct starts with one of these (standalone URIs at their ':', e-mail
    // addresses at their '@'); NUL is the parser's own escape mark.
    for (const RstLineRef &line : block) {
        const QChar *data = line.text.data();
        const qsizetype size = line.text.size();
        qsizetype k = 0;
#ifdef __SSE2__
        const __m128i star = _mm_set1_epi16(u'*');
        const __m128i backquote = _mm_set1_epi16(u'`');
        const __m128i bar = _mm_set1_epi16(u'|');
        const __m128i underscore = _mm_set1_epi16(u'_');
        const __m128i bracket = _mm_set1_epi16(u'[');
        const __m128i colon = _mm_set1_epi16(u':');
        const __m128i at = _mm_set1_epi16(u'@');
        const __m128i backslash = _mm_set1_epi16(u'\\');
        const __m128i nul = _mm_setzero_si128();
        for (; k + 8 <= size; k += 8) {
            const __m128i chunk = _mm_loadu_si128(reinterpret_cast<const __m128i *>(data + k));
            const __m128i found = _mm_or_si128(
                _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi16(chunk, star), _mm_cmpeq_epi16(chunk, backquote)),
                             _mm_or_si128(_mm_cmpeq_epi16(chunk, bar), _mm_cmpeq_epi16(chunk, underscore))),
                _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi16(chunk, bracket), _mm_cmpeq_epi16(chunk, colon)),
                             _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi16(chunk, at), _mm_cmpeq_epi16(chunk, backslash)),
                                          _mm_cmpeq_epi16(chunk, nul))));
            if (_mm_movemask_epi8(found) != 0) {
                return false;
            }
        }
#endif
        for (; k < size; ++k) {
            switch (data[k].unicode()) {
            case u'*':
            case u'`':
            case u'|':
            case u'_':
            case u'[':
            case u':':
            case u'@':
            case u'\\':
            case u'\0':
                return false;
            default:
                break;
            }
        }
    }
    return true;
}

QString RstInlineParser::sharedFromSource(const RstLines &block, qsizetype length) const
{
    // Unindented paragraphs and one-line blocks lie in the source as they are joined: sharing
    // spares big specs an allocation and a copy per block, and their memory traffic.
    const QString &source = m_context.source;
    if (block.empty() || !RstText::holds(source, QStringView(block.front().text.data(), length))) {
        return {};
    }
    const QChar *expected = block.front().text.data();
    for (const RstLineRef &line : block) {
        if (line.text.data() != expected) {
            return {};
        }
        expected += line.text.size();
        if (&line != &block.back() && *expected++ != QLatin1Char('\n')) {
            return {};
        }
    }
    return RstText::sharedSlice(source, block.front().text.data() - source.constData(), length);
}

void RstInlineParser::addPlainText(const RstLines &block, RstNode &parent)
{
    // What the full parse makes of markup-free text: its lines joined by "\n", one text node.
    qsizetype length = block.empty() ? 0 : qsizetype(block.size()) - 1;
    for (const RstLineRef &line : block) {
        length += line.text.size();
    }
    if (length == 0) {
        return;
    }
    QString text = sharedFromSource(block, length);
    if (text.isNull()) {
        QChar *out = nullptr;
        text = m_stringPool.allocate(length, &out);
        for (size_t k = 0; k < block.size(); ++k) {
            if (k > 0) {
                *out++ = QLatin1Char('\n');
            }
            out = std::copy(block[k].text.begin(), block[k].text.end(), out);
        }
    }
    const RstLineRef &last = block.back();
    appendText(parent, std::move(text),
               {block.front().line, block.front().column, last.line, int(last.column + last.text.size())});
}

void RstInlineParser::parse(const RstLines &block, RstNode &parent)
{
    // The parser is reused block after block: keep the buffers' capacity while nothing shares
    // them (m_text shares m_original's data, so it is released first). The nodes' texts are
    // slices of the block's text: when the last block handed some out, this one gets a new buffer.
    m_messages.clear();
    m_references.clear();
    m_substitutionReferences.clear();
    m_anonymousReferences.clear();
    m_unnamedAutoFootnoteReferences.clear();
    m_symbolFootnoteReferences.clear();
    m_targets.clear();
    if (isPlainText(block)) {
        addPlainText(block, parent);
        return;
    }
    m_lines = block;
    m_lineStarts.clear();
    m_text = QString();
    qsizetype length = 0;
    for (const RstLineRef &line : block) {
        length += line.text.size() + 1;
    }
    QString shared = sharedFromSource(block, length - 1);
    if (!shared.isNull()) {
        m_original = std::move(shared);
        for (qsizetype start = 0; const RstLineRef &line : block) {
            m_lineStarts.push_back(int(start));
            start += line.text.size() + 1;
        }
    } else {
        // Joined in the pool: the nodes' texts are slices of it.
        QChar *out = nullptr;
        m_original = m_stringPool.allocate(length - 1, &out);
        const QChar *const start = out;
        for (size_t k = 0; k < block.size(); ++k) {
            if (k > 0) {
                *out++ = QLatin1Char('\n');
            }
            m_lineStarts.push_back(int(out - start));
            out = std::copy(block[k].text.begin(), block[k].text.end(), out);
        }
    }
    if (m_lineStarts.empty()) {
        m_lineStarts.push_back(0);
        m_lines.push_back({});
    }
    m_noEndFrom.fill(INT_MAX);
    m_restartAt = -1;
    m_nextColon = m_nextAt = -1;
    // docutils' escape2null: "\x" becomes NUL + "x", keeping every offset.
    m_text = m_original;
    m_hasEscapes = m_original.contains(QLatin1Char('\\'));
    for (int i = 0; m_hasEscapes && i < m_text.size(); ++i) {
        if (m_text.at(i) == QLatin1Char('\\')) {
            m_text[i] = Escape;
            ++i;
        }
    }

    const int size = int(m_text.size());
    int segment = 0; // start of pending plain text
    int i = 0;
    auto flushText = [&](int upTo) { addTextWithUris(parent, segment, upTo); };
    // A start-string without its end-string: a warning, a problematic node, and scanning goes on
    // after it; \a memo (a NoEndKind, or -1) remembers that no end exists further on.
    auto skipUnterminated = [&](const QString &what, int contentStart, int memo) {
        if (memo >= 0) {
            m_noEndFrom[memo] = qMin(m_noEndFrom[memo], contentStart);
        }
        flushText(i);
        warnUnterminated(parent, what, i, contentStart);
        i = segment = m_restartAt = contentStart;
    };
    while (i < size) {
        const QChar c = m_text.at(i);
        // Fast path: most characters can start nothing; words only matter when "_" follows them.
        if (isSimpleNameChar(c)) {
            // A plain word (no joiner after it) cannot be a reference name followed by "_".
            int wordEnd = i + 1;
            while (wordEnd < size && isSimpleNameChar(m_text.at(wordEnd))) {
                ++wordEnd;
            }
            const char16_t next = wordEnd < size ? m_text.at(wordEnd).unicode() : u' ';
            if (next != u'_' && next != u'-' && next != u'.' && next != u'+' && next != u':') {
                i = wordEnd;
                continue;
            }
            const int nameEnd = RstText::simpleNameEnd(m_text, i);
            if (nameEnd > i && nameEnd < size && m_text.at(nameEnd) == QLatin1Char('_') && startAllowed(i)) {
                int q = nameEnd + 1;
                if (q < size && m_text.at(q) == QLatin1Char('_')) {
                    ++q;
                }
                if (endAllowed(q)) {
                    flushText(i);
                    RstNode node;
                    node.kind = Kind::Reference;
                    node.text = unescaped(i, nameEnd);
                    node.setName(m_stringPool.adopt(RstText::normalizeName(node.text)));
                    node.range = rangeOf(i, q);
                    if (q - nameEnd == 2) {
                        node.editAttributes().append({QStringLiteral("anonymous"), QStringLiteral("1")});
                        m_anonymousReferences.append(node.range);
                    } else {
                        node.editAttributes().append({QStringLiteral("refname"), node.name()});
                        m_references.append({node.name(), node.range});
                    }
                    parent.children.push_back(std::move(node));
                    i = segment = q;
                    continue;
                }
            }
            i = qMax(i + 1, nameEnd);
            continue;
        }
        const bool trigger = c == QLatin1Char('*') || c == QLatin1Char('`') || c == QLatin1Char('|') ||
                             c == QLatin1Char('_') || c == QLatin1Char(':') || c == QLatin1Char('[');
        if (!trigger || !startAllowed(i)) {
            ++i;
            continue;
        }
        // docutils' start-string "|" is one not followed by another: "a || b" is plain text.
        if (c == QLatin1Char('|') && i + 1 < size && m_text.at(i + 1) == QLatin1Char('|')) {
            ++i;
            continue;
        }
        // Simple start-strings: "**", "*", "``", "_`", "|".
        if (c == QLatin1Char('*') || c == QLatin1Char('`') || c == QLatin1Char('|') ||
            (c == QLatin1Char('_') && i + 1 < size && m_text.at(i + 1) == QLatin1Char('`'))) {
            QStringView start;
            QString what;
            Kind kind = Kind::Emphasis;
            if (c == QLatin1Char('*') && i + 1 < size && m_text.at(i + 1) == QLatin1Char('*')) {
                start = u"**";
                what = QStringLiteral("strong");
                kind = Kind::Strong;
            } else if (c == QLatin1Char('*')) {
                start = u"*";
                what = QStringLiteral("emphasis");
            } else if (c == QLatin1Char('`') && i + 1 < size && m_text.at(i + 1) == QLatin1Char('`')) {
                start = u"``";
                what = QStringLiteral("literal");
                kind = Kind::Literal;
            } else if (c == QLatin1Char('_')) {
                start = u"_`";
                what = QStringLiteral("target");
                kind = Kind::InlineTarget;
            } else if (c == QLatin1Char('|')) {
                start = u"|";
                what = QStringLiteral("substitution_reference");
                kind = Kind::SubstitutionReference;
            } else {
                start = u"`";
                what = QStringLiteral("interpreted text or phrase reference");
                kind = Kind::InterpretedText;
            }
            const int contentStart = i + int(start.size());
            if (contentStart >= size && i == 0) {
                // docutils: a start-string alone is still a start-string without an end-string.
                skipUnterminated(what, contentStart, -1);
                continue;
            }
            if (contentStart >= size || m_text.at(contentStart).isSpace() || quotedStart(i, contentStart)) {
                i = contentStart;
                continue;
            }
            if (kind == Kind::Emphasis || kind == Kind::Strong || kind == Kind::Literal) {
                const int end = findEnd(contentStart, start, kind != Kind::Literal);
                if (end < 0) {
                    skipUnterminated(what, contentStart, -1); // findEnd keeps its own memo
                    continue;
                }
                flushText(i);
                RstNode &node = parent.children.emplace_back();
                node.kind = kind;
                node.range = rangeOf(i, end + int(start.size()));
                if (kind == Kind::Literal) {
                    node.text = RstText::sharedSlice(m_original, contentStart, end - contentStart);
                } else {
                    RstNode &text = node.children.emplace_back();
                    text.kind = Kind::Text;
                    text.text = unescaped(contentStart, end);
                    text.range = rangeOf(contentStart, end);
                }
                i = segment = end + int(start.size());
                continue;
            }
            if (kind == Kind::SubstitutionReference) {
                int end = -1;
                for (int p = contentStart; p < size && contentStart < m_noEndFrom[NoEndSubstitution]; ++p) {
                    if (m_text.at(p) == QLatin1Char('|') && !m_text.at(p - 1).isSpace() && m_text.at(p - 1) != Escape) {
                        int q = p + 1;
                        while (q < size && q < p + 3 && m_text.at(q) == QLatin1Char('_')) {
                            ++q;
                        }
                        if (endAllowed(q)) {
                            end = p;
                            break;
                        }
                    }
                }
                if (end < 0) {
                    skipUnterminated(what, contentStart, NoEndSubstitution);
                    continue;
                }
                int after = end + 1;
                while (after < size && after < end + 3 && m_text.at(after) == QLatin1Char('_')) {
                    ++after;
                }
                flushText(i);
                RstNode node;
                node.kind = kind;
                node.setName(m_stringPool.adopt(unescaped(contentStart, end).simplified()));
                node.text = node.name();
                node.range = rangeOf(i, after);
                m_substitutionReferences.append({node.name(), node.range});
                const int underscores = after - end - 1;
                if (underscores == 1) {
                    const QString refname = m_stringPool.adopt(RstText::normalizeName(node.name()));
                    node.editAttributes().append({QStringLiteral("refname"), refname});
                    m_references.append({refname, node.range});
                } else if (underscores == 2) {
                    node.editAttributes().append({QStringLiteral("anonymous"), QStringLiteral("1")});
                    m_anonymousReferences.append(node.range);
                }
                parent.children.push_back(std::move(node));
                i = segment = after;
                continue;
            }
            // "_`target`" and "`interpreted`" / "`phrase`_": end at a backquote with optional suffix.
            int end = -1;
            QString role;
            int suffixEnd = -1;
            int refUnderscores = 0;
            const int memo = kind == Kind::InlineTarget ? NoEndTarget : NoEndInterpreted;
            for (int p = contentStart; p < size && contentStart < m_noEndFrom[memo]; ++p) {
                if (m_text.at(p) != QLatin1Char('`') || m_text.at(p - 1).isSpace() || m_text.at(p - 1) == Escape) {
                    continue;
                }
                int q = p + 1;
                QString suffixRole;
                if (kind == Kind::InterpretedText && q < size && m_text.at(q) == QLatin1Char(':')) {
                    const int nameEnd = RstText::simpleNameEnd(m_text, q + 1);
                    if (nameEnd > q + 1 && nameEnd < size && m_text.at(nameEnd) == QLatin1Char(':')) {
                        suffixRole = m_text.mid(q + 1, nameEnd - q - 1);
                        q = nameEnd + 1;
                    }
                }
                int underscores = 0;
                if (kind == Kind::InterpretedText) {
                    while (q < size && underscores < 2 && m_text.at(q) == QLatin1Char('_')) {
                        ++q;
                        ++underscores;
                    }
                }
                if (endAllowed(q)) {
                    end = p;
                    role = suffixRole;
                    suffixEnd = q;
                    refUnderscores = underscores;
                    break;
                }
            }
            if (end < 0) {
                skipUnterminated(what, contentStart, memo);
                continue;
            }
            flushText(i);
            RstNode node;
            node.range = rangeOf(i, suffixEnd);
            const QString content = unescaped(contentStart, end);
            if (kind == Kind::InlineTarget) {
                node.kind = Kind::InlineTarget;
                node.setName(m_stringPool.adopt(RstText::normalizeName(content)));
                node.text = content;
                m_targets.append({node.name(), QString(), node.range, true, QString()});
            } else if (refUnderscores > 0) {
                if (!role.isEmpty()) {
                    RstMessage msg;
                    msg.severity = Severity::Warning;
                    msg.id = MessageId::OtherMarkup;
                    msg.text = QStringLiteral("Mismatch: both interpreted text role suffix and reference suffix.");
                    msg.range = node.range;
                    m_messages.append(msg);
                }
                node.kind = Kind::Reference;
                // An embedded URI or alias: "text <uri>" at the end of the phrase.
                QString label = content;
                QString embedded;
                const QString raw = m_text.mid(contentStart, end - contentStart);
                if (raw.endsWith(QLatin1Char('>'))) {
                    int open = int(raw.lastIndexOf(QLatin1Char('<')));
                    while (open > 0 && raw.at(open - 1) == Escape) {
                        open = int(raw.lastIndexOf(QLatin1Char('<'), open - 2));
                    }
                    if (open >= 0 && (open == 0 || raw.at(open - 1).isSpace()) && open + 1 < raw.size() - 1 &&
                        !raw.at(open + 1).isSpace() && !raw.at(raw.size() - 2).isSpace()) {
                        embedded = unescaped(contentStart + open + 1, end - 1);
                        label = unescaped(contentStart, contentStart + open).trimmed();
                    }
                }
                node.text = label;
                if (!embedded.isEmpty()) {
                    const bool alias = embedded.endsWith(QLatin1Char('_')) && !raw.endsWith(QStringView(u"\\_>"));
                    if (alias) {
                        const QString refname =
                            m_stringPool.adopt(RstText::normalizeName(embedded.left(embedded.size() - 1)));
                        node.editAttributes().append({QStringLiteral("refname"), refname});
                        m_references.append({refname, node.range});
                        if (refUnderscores == 1 && !label.isEmpty()) {
                            // docutils makes the label an indirect target to the alias.
                            m_targets.append({RstText::normalizeName(label), QString(), node.range, false, refname});
                        }
                    } else {
                        QString uri = embedded;
                        uri.remove(QLatin1Char(' ')).remove(QLatin1Char('\n'));
                        uri = m_stringPool.adopt(std::move(uri));
                        node.editAttributes().append({QStringLiteral("refuri"), uri});
                        if (label.isEmpty()) {
                            node.text = uri;
                        }
                        if (refUnderscores == 1 && !label.isEmpty()) {
                            m_targets.append({RstText::normalizeName(label), uri, node.range, false, QString()});
                        }
                    }
                    node.setName(m_stringPool.adopt(RstText::normalizeName(node.text)));
                } else {
                    node.setName(m_stringPool.adopt(RstText::normalizeName(label)));
                    if (refUnderscores == 1) {
                        node.editAttributes().append({QStringLiteral("refname"), node.name()});
                        m_references.append({node.name(), node.range});
                    }
                }
                if (refUnderscores == 2) {
                    node.editAttributes().append({QStringLiteral("anonymous"), QStringLiteral("1")});
                    if (embedded.isEmpty()) {
                        m_anonymousReferences.append(node.range);
                    }
                }
            } else {
                node.kind = Kind::InterpretedText;
                node.text = content;
                QString name = role.isEmpty() ? m_context.defaultRole : role;
                if (name.isEmpty()) {
                    name = QStringLiteral("title-reference");
                }
                node.setName(RstDirectiveRegistry::roleName(name));
                if (node.name() != QLatin1String("title-reference")) {
                    checkRole(node, role, i, suffixEnd);
                }
            }
            parent.children.push_back(std::move(node));
            i = segment = suffixEnd;
            continue;
        }
        // ":role:`text`" (role prefix).
        if (c == QLatin1Char(':')) {
            const int nameEnd = RstText::simpleNameEnd(m_text, i + 1);
            if (nameEnd > i + 1 && nameEnd + 1 < size && m_text.at(nameEnd) == QLatin1Char(':') &&
                m_text.at(nameEnd + 1) == QLatin1Char('`') &&
                !(nameEnd + 2 < size && m_text.at(nameEnd + 2) == QLatin1Char('`'))) {
                const int contentStart = nameEnd + 2;
                const QString role = m_text.mid(i + 1, nameEnd - i - 1);
                if (contentStart < size && !m_text.at(contentStart).isSpace()) {
                    int end = -1;
                    for (int p = contentStart; p < size && contentStart < m_noEndFrom[NoEndRole]; ++p) {
                        if (m_text.at(p) == QLatin1Char('`') && !m_text.at(p - 1).isSpace() &&
                            m_text.at(p - 1) != Escape && endAllowed(p + 1)) {
                            end = p;
                            break;
                        }
                        if (m_text.at(p) == QLatin1Char('`') && !m_text.at(p - 1).isSpace() &&
                            m_text.at(p - 1) != Escape && p + 1 < size &&
                            (m_text.at(p + 1) == QLatin1Char(':') || m_text.at(p + 1) == QLatin1Char('_'))) {
                            // "`:a:`text`:b:`" or "`text`_" with a role prefix: docutils reports these below.
                            int q = p + 1;
                            if (m_text.at(q) == QLatin1Char(':')) {
                                const int suffixName = RstText::simpleNameEnd(m_text, q + 1);
                                if (suffixName > q + 1 && suffixName < size &&
                                    m_text.at(suffixName) == QLatin1Char(':') && endAllowed(suffixName + 1)) {
                                    flushText(i);
                                    RstMessage msg;
                                    msg.severity = Severity::Warning;
                                    msg.id = MessageId::OtherMarkup;
                                    msg.text = QStringLiteral("Multiple roles in interpreted text (both prefix and "
                                                              "suffix present; only one allowed).");
                                    msg.range = rangeOf(i, suffixName + 1);
                                    m_messages.append(msg);
                                    RstNode problematic;
                                    problematic.kind = Kind::Problematic;
                                    problematic.text = m_original.mid(i, suffixName + 1 - i);
                                    problematic.range = msg.range;
                                    parent.children.push_back(std::move(problematic));
                                    end = -2;
                                    i = segment = suffixName + 1;
                                    break;
                                }
                            } else {
                                while (q < size && q < p + 3 && m_text.at(q) == QLatin1Char('_')) {
                                    ++q;
                                }
                                if (endAllowed(q)) {
                                    flushText(i);
                                    RstMessage msg;
                                    msg.severity = Severity::Warning;
                                    msg.id = MessageId::OtherMarkup;
                                    msg.text = QStringLiteral("Mismatch: both interpreted text role prefix and "
                                                              "reference suffix.");
                                    msg.range = rangeOf(i, q);
                                    m_messages.append(msg);
                                    RstNode problematic;
                                    problematic.kind = Kind::Problematic;
                                    problematic.text = m_original.mid(i, q - i);
                                    problematic.range = msg.range;
                                    parent.children.push_back(std::move(problematic));
                                    end = -2;
                                    i = segment = q;
                                    break;
                                }
                            }
                        }
                    }
                    if (end == -2) {
                        continue;
                    }
                    if (end < 0) {
                        skipUnterminated(QStringLiteral("interpreted text or phrase reference"), contentStart,
                                         NoEndRole);
                        continue;
                    }
                    flushText(i);
                    RstNode node;
                    node.kind = Kind::InterpretedText;
                    node.setName(RstDirectiveRegistry::roleName(role));
                    node.text = unescaped(contentStart, end);
                    node.range = rangeOf(i, end + 1);
                    checkRole(node, role, i, end + 1);
                    parent.children.push_back(std::move(node));
                    i = segment = end + 1;
                    continue;
                }
            }
        }
        // Footnote and citation references: "[1]_", "[#]_", "[#label]_", "[*]_", "[CIT]_".
        if (c == QLatin1Char('[')) {
            const int close = int(m_text.indexOf(QLatin1Char(']'), i + 1));
            if (close > i + 1 && close + 1 < size && m_text.at(close + 1) == QLatin1Char('_') &&
                endAllowed(close + 2)) {
                const QString label = m_text.mid(i + 1, close - i - 1);
                bool numeric = true;
                for (QChar ch : label) {
                    numeric = numeric && ch.isDigit();
                }
                const bool autoNumber = label.startsWith(QLatin1Char('#')) &&
                                        (label.size() == 1 || RstText::simpleNameEnd(label, 1) == label.size());
                const bool symbol = label == QLatin1String("*");
                const bool citation =
                    !numeric && !autoNumber && !symbol && RstText::simpleNameEnd(label, 0) == label.size();
                if (numeric || autoNumber || symbol || citation) {
                    flushText(i);
                    RstNode node;
                    node.kind = citation ? Kind::CitationReference : Kind::FootnoteReference;
                    node.text = label;
                    node.range = rangeOf(i, close + 2);
                    if (numeric || citation || (autoNumber && label.size() > 1)) {
                        node.setName(m_stringPool.adopt(RstText::normalizeName(autoNumber ? label.mid(1) : label)));
                        m_references.append({node.name(), node.range});
                    }
                    if (autoNumber || symbol) {
                        node.editAttributes().append(
                            {QStringLiteral("auto"), symbol ? QStringLiteral("*") : QStringLiteral("1")});
                    }
                    if (symbol) {
                        m_symbolFootnoteReferences.append(node.range);
                    } else if (autoNumber && label.size() == 1) {
                        m_unnamedAutoFootnoteReferences.append(node.range);
                    }
                    parent.children.push_back(std::move(node));
                    i = segment = close + 2;
                    continue;
                }
            }
        }
        ++i;
    }
    flushText(size);
}

int RstInlineParser::nextUriTrigger(int from) const
{
    // Whole-text searches, remembered across the segments of a block: most segments hold neither.
    auto next = [this, from](int &memo, QChar c) {
        if (memo < from) {
            const qsizetype found = m_text.indexOf(c, from);
            memo = found < 0 ? INT_MAX : int(found);
        }
        return memo;
    };
    return qMin(next(m_nextColon, QLatin1Char(':')), next(m_nextAt, QLatin1Char('@')));
}

void RstInlineParser::addTextWithUris(RstNode &parent, int start, int end)
{
    // Standalone URIs ("scheme:…") and e-mail addresses inside plain text.
    int segment = start;
    int i = start;
    while (i < end) {
        // Only ':' (after a scheme) and '@' (in an address) can make a reference of plain text.
        i = nextUriTrigger(i);
        if (i >= end) {
            break;
        }
        const QChar c = m_text.at(i);
        if (c == QLatin1Char(':') && i > start) {
            // Walk back over the scheme.
            int s = i;
            while (s > start && ((m_text.at(s - 1).unicode() < 128 && m_text.at(s - 1).isLetterOrNumber()) ||
                                 QStringView(u".+-").contains(m_text.at(s - 1)))) {
                --s;
            }
            while (s < i && !(m_text.at(s).unicode() < 128 && m_text.at(s).isLetter())) {
                ++s;
            }
            const QStringView scheme = QStringView(m_text).mid(s, i - s);
            if (s < i && s >= segment && startAllowed(s) && knownScheme(scheme)) {
                int e = i + 1;
                while (e < end && isUric(m_text.at(e))) {
                    ++e;
                }
                // The last character must be a urilast one (or any uric before '>'), followed by an end.
                while (e > i + 1 && !((isUriLast(m_text.at(e - 1)) || (e < end && m_text.at(e) == QLatin1Char('>'))) &&
                                      endAllowed(e))) {
                    --e;
                }
                if (e > i + 1 && !(scheme.compare(QLatin1String("mailto"), Qt::CaseInsensitive) != 0 && e == i + 1)) {
                    addText(parent, segment, s);
                    RstNode node;
                    node.kind = Kind::Reference;
                    node.text = unescaped(s, e);
                    node.editAttributes().append({QStringLiteral("refuri"), node.text});
                    node.editAttributes().append({QStringLiteral("standalone"), QStringLiteral("1")});
                    node.range = rangeOf(s, e);
                    parent.children.push_back(std::move(node));
                    i = segment = e;
                    continue;
                }
            }
        } else if (c == QLatin1Char('@') && i > start && m_text.at(i - 1) != Escape) {
            int s = i;
            while (s > segment && (isEmailChar(m_text.at(s - 1)) || m_text.at(s - 1) == QLatin1Char('.'))) {
                --s;
            }
            while (s < i && m_text.at(s) == QLatin1Char('.')) {
                ++s;
            }
            int e = i + 1;
            while (e < end && (isEmailChar(m_text.at(e)) || m_text.at(e) == QLatin1Char('.'))) {
                ++e;
            }
            while (e > i + 1 && !(isUriLast(m_text.at(e - 1)) && endAllowed(e))) {
                --e;
            }
            if (s < i && e > i + 1 && startAllowed(s)) {
                addText(parent, segment, s);
                RstNode node;
                node.kind = Kind::Reference;
                node.text = unescaped(s, e);
                node.editAttributes().append({QStringLiteral("refuri"), QStringLiteral("mailto:") + node.text});
                node.editAttributes().append({QStringLiteral("standalone"), QStringLiteral("1")});
                node.range = rangeOf(s, e);
                parent.children.push_back(std::move(node));
                i = segment = e;
                continue;
            }
        }
        ++i;
    }
    addText(parent, segment, end);
}

} // namespace Specwright::Core
