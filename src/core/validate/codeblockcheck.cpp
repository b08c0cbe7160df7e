// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "codeblockcheck.h"

#include "codeblocklexer.h"

#include <QList>

namespace Specwright::Core {

namespace {

// Python's repr() of a short str, as Sphinx quotes the token (%r); long tokens (an unclosed string
// runs to the end of the block) are cut.
QString pythonRepr(QStringView text)
{
    constexpr qsizetype Longest = 30;
    const bool cut = text.size() > Longest;
    if (cut) {
        text = text.first(Longest);
    }
    const QChar quote =
        text.contains(QLatin1Char('\'')) && !text.contains(QLatin1Char('"')) ? QLatin1Char('"') : QLatin1Char('\'');
    QString repr = quote;
    for (const QChar c : text) {
        if (c == QLatin1Char('\\') || c == quote) {
            repr += QLatin1Char('\\') + c;
        } else if (c == QLatin1Char('\n')) {
            repr += QStringLiteral("\\n");
        } else if (c == QLatin1Char('\t')) {
            repr += QStringLiteral("\\t");
        } else if (c.unicode() < 0x20 || c.unicode() == 0x7F || (c.unicode() >= 0x80 && c.unicode() <= 0xA0)) {
            repr += QStringLiteral("\\x%1").arg(c.unicode(), 2, 16, QLatin1Char('0'));
        } else {
            repr += c;
        }
    }
    return repr + quote + (cut ? QStringLiteral("…") : QString());
}

// Why JSON's lexer stops at \a token, and what to do about it.
std::pair<QString, QString> jsonReason(const QString &token)
{
    const QString elide = QStringLiteral("or highlight the block as javascript, which accepts it");
    if (token.size() > 1 && token.startsWith(QLatin1Char('"'))) {
        return {QStringLiteral("the string is never closed"), QStringLiteral("Close the string with a \".")};
    }
    if (token.startsWith(QLatin1String("/*"))) {
        return {QStringLiteral("the comment is never closed"), QStringLiteral("Close the comment with */.")};
    }
    if (token == QLatin1String("/")) {
        return {QStringLiteral("a lone / starts no comment"), QStringLiteral("Start comments with // or /*.")};
    }
    if (token == QLatin1String("'")) {
        return {QStringLiteral("JSON strings take double quotes"),
                QStringLiteral("Quote keys and strings with \" instead of ', ") + elide + QLatin1Char('.')};
    }
    if (token == QLatin1String(".")) {
        return {QStringLiteral("\"...\" and dots outside numbers are not JSON"),
                QStringLiteral("Elide with a comment (// ...), which Pygments accepts in JSON, ") + elide +
                    QLatin1Char('.')};
    }
    if (token.front().isLetter() || token.front() == QLatin1Char('_')) {
        return {QStringLiteral("unquoted words are not JSON (only true, false and null are)"),
                QStringLiteral("Quote keys and strings with \"; write NaN, None or undefined as a string or null, ") +
                    elide + QLatin1Char('.')};
    }
    return {QStringLiteral("this character is not JSON"),
            QStringLiteral("Make the block valid JSON, ") + elide + QStringLiteral(", or as text.")};
}

// The 0-based spec line of the first body line of \a node, whose body lines are \a lines: the body
// ends the directive, indented under it (its options come before it). -1 when the lines are not found.
int firstBodyLine(const RstNode &node, const RstDocument &document, const QList<QStringView> &lines)
{
    const int count = int(lines.size());
    const auto matches = [&](int first) {
        for (int i = 0; i < count; ++i) {
            const QStringView line = document.line(first + i);
            if (!line.endsWith(lines.at(i))) {
                return false;
            }
            const QStringView indent = line.first(line.size() - lines.at(i).size());
            if (!indent.trimmed().isEmpty() || (i == 0 && indent.isEmpty())) {
                return false;
            }
        }
        return true;
    };
    // The body's last line is the directive's last line; a few lines more are tried in case of
    // trailing blank lines counted in the range.
    for (int last = node.range.endLine; last >= node.range.endLine - 2; --last) {
        const int first = last - count + 1;
        if (first <= node.range.startLine) {
            break;
        }
        if (matches(first)) {
            return first;
        }
    }
    return -1;
}

} // namespace

std::optional<CodeBlockCheck::Finding> CodeBlockCheck::check(const RstNode &node, const RstDocument &document)
{
    if (node.kind != RstNode::Kind::LiteralBlock) {
        return std::nullopt;
    }
    const QString &directive = node.name();
    if (directive != QLatin1String("code-block") && directive != QLatin1String("code") &&
        directive != QLatin1String("sourcecode")) {
        return std::nullopt;
    }
    const QString language = node.attribute(QStringLiteral("language"));
    if (language.isEmpty()) {
        return std::nullopt;
    }
    const int directiveLine = node.range.startLine;
    const QStringView head = document.line(directiveLine);
    const SourceRange wholeHead{directiveLine, node.range.startColumn, directiveLine, int(head.size())};

    const bool sphinxKnows = CodeBlockLexer::sphinxKnowsLanguage(language);
    if (!sphinxKnows || !CodeBlockLexer::docutilsKnowsLanguage(language)) {
        SourceRange range = wholeHead;
        const qsizetype colons = head.indexOf(u"::", node.range.startColumn);
        const qsizetype at = colons < 0 ? -1 : head.indexOf(language, colons + 2);
        if (at >= 0) {
            range = {directiveLine, int(at), directiveLine, int(at + language.size())};
        }
        if (!sphinxKnows) {
            return Finding{QStringLiteral("code-block-language"),
                           QStringLiteral("Pygments has no lexer named \"%1\": sphinx-build -W fails (Pygments lexer "
                                          "name '%1' is not known), and doc8 too.")
                               .arg(language),
                           range,
                           QStringLiteral("Name a Pygments language (json, yaml, python, console, ini …), or text for "
                                          "none.")};
        }
        return Finding{QStringLiteral("code-block-language-doc8"),
                       QStringLiteral("doc8 fails on \"%1\": docutils finds no Pygments lexer by that name (Sphinx "
                                      "accepts it).")
                           .arg(language),
                       range, QStringLiteral("Write text for a block without highlighting.")};
    }
    if (node.hasAttribute(QStringLiteral("force")) || !CodeBlockLexer::isChecked(language)) {
        return std::nullopt; // :force: highlights without the error filter
    }

    // :dedent: N cuts N characters from every line (Sphinx's dedent_lines); without N it removes the
    // common indentation, which docutils already removed.
    bool dedentGiven = false;
    const int dedent = node.attribute(QStringLiteral("dedent")).trimmed().toInt(&dedentGiven);
    const bool cutLines = dedentGiven && dedent > 0;
    QString dedented;
    if (cutLines) {
        const QList<QStringView> lines = QStringView(node.text).split(QLatin1Char('\n'));
        for (qsizetype i = 0; i < lines.size(); ++i) {
            dedented += (i > 0 ? QStringLiteral("\n") : QString()) +
                        lines.at(i).sliced(qMin(qsizetype(dedent), lines.at(i).size()));
        }
    }
    const std::optional<LexError> error =
        CodeBlockLexer::firstError(language, cutLines ? QStringView(dedented) : QStringView(node.text));
    if (!error) {
        return std::nullopt;
    }

    SourceRange range = wholeHead;
    const QList<QStringView> lines = QStringView(node.text).split(QLatin1Char('\n'));
    const int first = firstBodyLine(node, document, lines);
    if (first >= 0 && error->line < lines.size()) {
        const int line = first + error->line;
        const QStringView text = document.line(line);
        const QStringView bodyLine = lines.at(error->line);
        const int cut = cutLines ? int(qMin(qsizetype(dedent), bodyLine.size())) : 0;
        const int column = int(text.size() - bodyLine.size()) + cut + error->column;
        const qsizetype feed = error->token.indexOf(QLatin1Char('\n'));
        const int length = int(qMax(qsizetype(1), feed < 0 ? error->token.size() : feed));
        range = {line, column, line, int(qMin(qsizetype(column + length), text.size()))};
        if (range.endColumn <= column) {
            range.endColumn = column + 1;
        }
    }
    const auto [reason, hint] = jsonReason(error->token);
    return Finding{QStringLiteral("code-block-lex"),
                   QStringLiteral("Sphinx cannot lex this code-block as %1 at %2 (sphinx-build -W fails): %3.")
                       .arg(language.toLower(), pythonRepr(error->token), reason),
                   range, hint};
}

} // namespace Specwright::Core
