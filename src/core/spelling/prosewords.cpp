// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "prosewords.h"

#include <core/rst/rstdocument.h>
#include <core/rst/rstnode.h>

namespace Specwright::Core {

namespace {

using Kind = RstNode::Kind;

bool isApostrophe(QChar c)
{
    return c == QLatin1Char('\'') || c == QChar(0x2019);
}

// Dashes and the ellipsis separate words as spaces do ("fast—and", "wait…").
bool isSeparator(QChar c)
{
    return c.isSpace() || c == QChar(0x2014) || c == QChar(0x2013) || c == QChar(0x2026);
}

bool isWordCharacter(QChar c)
{
    return c.isLetter() || c.isMark();
}

// Splits prose into words, remembering across calls whether the next word starts a sentence.
class Tokenizer
{
public:
    explicit Tokenizer(QList<ProseWords::Word> *words)
        : m_words(words)
    {
    }

    bool sentenceStart = true; ///< the next word starts a sentence (or a block)
    bool title = false;        ///< the words are a title's: capitals say nothing there

    void addLine(QStringView text, int line, int column)
    {
        qsizetype i = 0;
        while (i < text.size()) {
            while (i < text.size() && isSeparator(text.at(i))) {
                ++i;
            }
            const qsizetype start = i;
            while (i < text.size() && !isSeparator(text.at(i))) {
                ++i;
            }
            if (i > start) {
                addChunk(text.mid(start, i - start), line, int(column + start));
            }
        }
    }

private:
    void addChunk(QStringView chunk, int line, int column)
    {
        const bool startsSentence = sentenceStart;
        // A chunk ending in ".", "!" or "?" (closing quotes and brackets aside) ends a sentence.
        qsizetype last = chunk.size() - 1;
        while (last >= 0 && (chunk.at(last) == QLatin1Char(')') || chunk.at(last) == QLatin1Char('"') ||
                             chunk.at(last) == QLatin1Char('*') || isApostrophe(chunk.at(last)) ||
                             chunk.at(last) == QChar(0x201D))) {
            --last;
        }
        sentenceStart = last >= 0 && (chunk.at(last) == QLatin1Char('.') || chunk.at(last) == QLatin1Char('!') ||
                                      chunk.at(last) == QLatin1Char('?'));
        if (chunk.contains(u"://") || chunk.contains(u'@') || chunk.contains(u'/') || chunk.contains(u'\\') ||
            chunk.startsWith(u'-')) {
            return; // URL, e-mail address, path or command-line option
        }
        qsizetype from = 0;
        qsizetype to = chunk.size();
        while (from < to && !isWordCharacter(chunk.at(from))) {
            ++from;
        }
        while (to > from && !isWordCharacter(chunk.at(to - 1))) {
            --to;
        }
        const QStringView trailer = chunk.mid(to);
        if (trailer.startsWith(u'(') || trailer.startsWith(u'[') || trailer.startsWith(u'{') ||
            trailer.startsWith(u'=') || trailer.startsWith(u'<')) {
            return; // foo(), bar[0], key=, a<T>
        }
        for (qsizetype i = from; i < to; ++i) {
            const QChar c = chunk.at(i);
            if (!isWordCharacter(c) && !isApostrophe(c) && c != QLatin1Char('-')) {
                return; // digits, underscores, dots, symbols: an identifier, a version, a key=value …
            }
        }
        qsizetype partStart = from;
        for (qsizetype i = from; i <= to; ++i) {
            if (i == to || chunk.at(i) == QLatin1Char('-')) {
                addPart(chunk, partStart, i, line, column, startsSentence && partStart == from);
                partStart = i + 1;
            }
        }
    }

    void addPart(QStringView chunk, qsizetype from, qsizetype to, int line, int column, bool startsSentence)
    {
        while (from < to && isApostrophe(chunk.at(from))) {
            ++from;
        }
        while (to > from && isApostrophe(chunk.at(to - 1))) {
            --to;
        }
        // A possessive: "spec's" is checked as "spec" (the dictionary knows few possessives of nouns).
        if (to - from > 2 && (chunk.at(to - 1) == QLatin1Char('s') || chunk.at(to - 1) == QLatin1Char('S')) &&
            isApostrophe(chunk.at(to - 2))) {
            to -= 2;
        }
        if (to - from < 2) {
            return;
        }
        for (qsizetype i = from + 1; i < to; ++i) {
            if (chunk.at(i).isUpper()) {
                return; // CamelCase or an acronym
            }
        }
        ProseWords::Word word{line, int(column + from), chunk.mid(from, to - from).toString()};
        word.name = chunk.at(from).isUpper() && !startsSentence && !title;
        m_words->append(std::move(word));
    }

    QList<ProseWords::Word> *m_words;
};

class Walker
{
public:
    Walker(const RstDocument &document, const std::atomic_bool *cancel)
        : m_document(document)
        , m_cancel(cancel)
    {
    }

    QList<ProseWords::Word> words;
    Tokenizer tokenizer{&words};

    void walk(const RstNode &node)
    {
        if (m_cancel && m_cancel->load(std::memory_order_relaxed)) {
            return;
        }
        switch (node.kind) {
        case Kind::LiteralBlock:
        case Kind::DoctestBlock:
        case Kind::Comment:
        case Kind::Target:
        case Kind::SubstitutionDefinition:
        case Kind::Raw:
        case Kind::Pending:
        case Kind::Image:
        case Kind::Label:
        case Kind::FieldName:
        case Kind::OptionGroup:
        case Kind::Option:
        case Kind::OptionString:
        case Kind::OptionArgument:
        case Kind::Problematic:
        case Kind::Literal:
        case Kind::FootnoteReference:
        case Kind::CitationReference:
        case Kind::SubstitutionReference:
        case Kind::InlineTarget:
            tokenizer.sentenceStart = false; // a word of its own, in a sentence
            return;
        case Kind::Text:
            addText(node.text, node.range.startLine, node.range.startColumn);
            return;
        case Kind::InterpretedText:
            addReferenceTitle(node);
            return;
        case Kind::Reference:
            addReferenceLabel(node);
            return;
        case Kind::Paragraph:
            if (isOneToken(node)) {
                return; // a name or an identifier on its own ("* jdoe", "Primary assignee:\n  jane-doe")
            }
            break;
        default:
            break;
        }
        if (!node.isInline()) {
            // A block starts a sentence; a title's words are capitalised by style, not because they are names.
            tokenizer.sentenceStart = true;
            tokenizer.title = node.kind == Kind::Title || node.kind == Kind::Rubric;
        }
        // Everything else (Sphinx directives' opaque content included) holds its prose in children.
        for (const RstNode &child : node.children) {
            walk(child);
        }
    }

private:
    // A paragraph of one text node without spaces.
    static bool isOneToken(const RstNode &paragraph)
    {
        if (paragraph.children.size() != 1 || paragraph.children.front().kind != Kind::Text) {
            return false;
        }
        const QString &text = paragraph.children.front().text;
        return std::none_of(text.cbegin(), text.cend(), [](QChar c) { return c.isSpace(); });
    }

    // The column of the first character after \a marker at or after \a column of \a line, or -1.
    int after(int line, int column, QChar marker) const
    {
        const QStringView source = m_document.line(line);
        const qsizetype at = source.indexOf(marker, column);
        return at < 0 ? -1 : int(at + 1);
    }

    // :ref:`Title <target>`, :doc:`Title <target>`: the title is prose.
    void addReferenceTitle(const RstNode &node)
    {
        static const QStringList titled = {QStringLiteral("ref"), QStringLiteral("doc"), QStringLiteral("any"),
                                           QStringLiteral("term"), QStringLiteral("download")};
        if (!titled.contains(node.name()) || !node.text.endsWith(QLatin1Char('>'))) {
            return;
        }
        const qsizetype open = node.text.lastIndexOf(QLatin1Char('<'));
        if (open <= 0 || !node.text.at(open - 1).isSpace()) {
            return;
        }
        const int column = after(node.range.startLine, node.range.startColumn, QLatin1Char('`'));
        if (column >= 0) {
            addText(QStringView(node.text).left(open), node.range.startLine, column);
        }
    }

    // `Label <uri>`_, `Label`_, label_: the label is prose; a standalone URI or address is not.
    void addReferenceLabel(const RstNode &node)
    {
        if (node.text.isEmpty() || node.text == node.attribute(QStringLiteral("refuri"))) {
            return;
        }
        const QStringView source = m_document.line(node.range.startLine);
        int column = node.range.startColumn;
        if (column < source.size() && source.at(column) == QLatin1Char('`')) {
            ++column;
        }
        addText(node.text, node.range.startLine, column);
    }

    // \a text (lines joined with "\n") starts at \a column of \a line. Its later lines are the
    // source's lines less their indentation (or a table cell's part of them): each is found in
    // its source line. Text that does not stand in the source as it is (backslash escapes, an
    // included file) is placed word by word, and a word not found there is left out.
    void addText(QStringView text, int line, int column)
    {
        int k = 0;
        for (QStringView segment : text.tokenize(u'\n')) {
            const int sourceLine = line + k;
            const QStringView source = m_document.line(sourceLine);
            ++k;
            if (source.trimmed().startsWith(u".. include::")) {
                continue; // an included file's text has the directive's place: it is not this source's
            }
            qsizetype base = -1;
            if (k == 1) {
                if (source.mid(column, segment.size()) == segment) {
                    base = column;
                }
            } else {
                qsizetype indent = 0;
                while (indent < segment.size() && segment.at(indent).isSpace()) {
                    ++indent;
                }
                const qsizetype at = segment.size() > indent ? source.indexOf(segment.mid(indent)) : -1;
                base = at < 0 ? -1 : at - indent;
            }
            const qsizetype before = words.size();
            tokenizer.addLine(segment, sourceLine, 0);
            const QList<ProseWords::Word> found = words.mid(before);
            words.resize(before);
            if (base >= 0) {
                for (ProseWords::Word word : found) {
                    word.column += int(base);
                    words.append(std::move(word));
                }
            } else {
                qsizetype cursor = k == 1 ? column : 0;
                for (ProseWords::Word word : found) {
                    const qsizetype at = wordAt(source, word.text, cursor);
                    if (at < 0) {
                        continue;
                    }
                    word.column = int(at);
                    cursor = at + word.text.size();
                    words.append(std::move(word));
                }
            }
        }
    }

    // \a word as a whole word of \a source, from \a from on.
    static qsizetype wordAt(QStringView source, const QString &word, qsizetype from)
    {
        for (qsizetype at = source.indexOf(word, from); at >= 0; at = source.indexOf(word, at + 1)) {
            const qsizetype end = at + word.size();
            if ((at == 0 || !isWordCharacter(source.at(at - 1))) &&
                (end == source.size() || !isWordCharacter(source.at(end)))) {
                return at;
            }
        }
        return -1;
    }

    const RstDocument &m_document;
    const std::atomic_bool *m_cancel;
};

} // namespace

QList<ProseWords::Word> ProseWords::collect(const RstDocument &document, const std::atomic_bool *cancel)
{
    Walker walker(document, cancel);
    walker.walk(document.root());
    return walker.words;
}

QList<ProseWords::Word> ProseWords::wordsOfLine(QStringView text, int line, int column)
{
    QList<Word> words;
    Tokenizer tokenizer(&words);
    tokenizer.addLine(text, line, column);
    return words;
}

} // namespace Specwright::Core
