// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "testconfig.h"

#include <core/rst/rstparser.h>
#include <core/validate/codeblockcheck.h>
#include <core/validate/codeblocklexer.h>

#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>

#include <functional>

using namespace Specwright::Core;
using namespace Qt::StringLiterals;

namespace {

// A JSON document of \a members lines (one object each); with \a bad, the last one holds Python's True.
QString bigDocument(int members, bool bad)
{
    QString text = u"{\n"_s;
    for (int i = 0; i < members; ++i) {
        text += u"    \"key%1\": {\"id\": %1, \"name\": \"server-%1\", \"size\": %1.5e+3, \"tags\": [\"a\", \"b\"], "
                "\"ok\": %2}"_s.arg(i)
                    .arg(bad && i == members - 1 ? u"True"_s : u"true"_s);
        text += i + 1 < members ? u",\n"_s : u"\n"_s;
    }
    return text + u"}"_s;
}

// Pygments itself: the first Error token of the body (read as UTF-8 from standard input) lexed with
// the lexer named by argv[1], as Sphinx lexes it, with its offset, line and column in the body as
// given (UTF-16 code units). Exit 3: no Pygments.
const char Oracle[] = R"(
import json, sys
try:
    from pygments.lexers import get_lexer_by_name
    from pygments.token import Error
    from pygments.filters import ErrorToken
except ImportError:
    sys.exit(3)
lang = sys.argv[1]
body = sys.stdin.buffer.read().decode('utf-8')
lexer = get_lexer_by_name(lang)
tokens = list(lexer.get_tokens(body))
text = ''.join(v for _, v in tokens)
start = 1 if body.startswith('\ufeff') else 0
index, k = [], start
while k < len(body):
    index.append(k)
    k += 2 if body[k] == '\r' and body[k + 1:k + 2] == '\n' else 1
normal = ''.join('\n' if body[k] in '\r\n' else body[k] for k in index)
lead = len(normal) - len(normal.lstrip('\n'))
assert normal.strip('\n') + '\n' == text, 'the preprocessing is not what this script expects'
strict = get_lexer_by_name(lang)
strict.add_filter('raiseonerror')
try:
    list(strict.get_tokens(body))
    raised = None
except ErrorToken as error:
    raised = str(error)
result = {'error': False, 'version': __import__('pygments').__version__}
at = 0
for ttype, value in tokens:
    if ttype is Error:
        orig = index[lead + at]
        before = body[:orig]
        u16 = lambda s: len(s.encode('utf-16-le')) // 2
        result.update(error=True, offset=u16(before), line=before.count('\n'),
                      column=u16(before[before.rfind('\n') + 1:]), token=value)
        break
    at += len(value)
assert raised == result.get('token'), 'raiseonerror disagrees'
print(json.dumps(result))
)";

} // namespace

class CodeBlockLexerTest : public QObject
{
    Q_OBJECT

private:
    // The rows of firstError and agreesWithPygments: the expected columns are what Pygments 2.18 said
    // (agreesWithPygments asks it again).
    static void addCases()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("body");
        QTest::addColumn<bool>("error");
        QTest::addColumn<int>("offset");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("token");
        QTest::newRow("nominal: object") << u"json"_s << u"{\"a\": 1}"_s << false << -1 << -1 << -1 << QString();
        QTest::newRow("nominal: nested objects and arrays")
            << u"json"_s
            << u"{\n    \"server\": {\n        \"id\": \"8a1f\",\n        \"tags\": [\"a\", \"b\"],\n        \"sizes\": [1, 2.5, -3e+10, 0.1E-2],\n        \"flags\": {\"on\": true, \"off\": false, \"none\": null}\n    }\n}"_s
            << false << -1 << -1 << -1 << QString();
        QTest::newRow("nominal: array at the top")
            << u"json"_s << u"[1, 2, 3]"_s << false << -1 << -1 << -1 << QString();
        QTest::newRow("nominal: trailing commas")
            << u"json"_s << u"{\"a\": [1, 2,],\n \"b\": 3,\n}"_s << false << -1 << -1 << -1 << QString();
        QTest::newRow("nominal: line comment")
            << u"json"_s << u"{\n    \"a\": 1 // the first\n}"_s << false << -1 << -1 << -1 << QString();
        QTest::newRow("nominal: block comment")
            << u"json"_s << u"{\"a\": /* elided */ 1}"_s << false << -1 << -1 << -1 << QString();
        QTest::newRow("nominal: comment eliding members")
            << u"json"_s << u"{\n    \"a\": 1,\n    // ...\n    \"z\": 26\n}"_s << false << -1 << -1 << -1 << QString();
        QTest::newRow("nominal: block comment with stars")
            << u"json"_s << u"{\"a\": 1 /** note **/}"_s << false << -1 << -1 << -1 << QString();
        QTest::newRow("nominal: escapes")
            << u"json"_s << u"{\"a\": \"q\\\"uote \\\\ \\u00e9 \\n \\/\"}"_s << false << -1 << -1 << -1 << QString();
        QTest::newRow("nominal: Unicode text in strings")
            << u"json"_s << u"{\"\u540D\u524D\": \"\u503C\", \"emoji\": \"\U0001F600\", \"nbsp\": \"a\u00A0b\"}"_s
            << false << -1 << -1 << -1 << QString();
        QTest::newRow("nominal: newline inside a string")
            << u"json"_s << u"{\"a\": \"line one\nline two\"}"_s << false << -1 << -1 << -1 << QString();
        QTest::newRow("nominal: empty body") << u"json"_s << u""_s << false << -1 << -1 << -1 << QString();
        QTest::newRow("nominal: whitespace only")
            << u"json"_s << u"   \n\t\n"_s << false << -1 << -1 << -1 << QString();
        QTest::newRow("nominal: tabs") << u"json"_s << u"{\n\t\"a\":\t1\n}"_s << false << -1 << -1 << -1 << QString();
        QTest::newRow("nominal: CRLF line endings")
            << u"json"_s << u"{\r\n  \"a\": 1\r\n}\r\n"_s << false << -1 << -1 << -1 << QString();
        QTest::newRow("nominal: lone CR line endings")
            << u"json"_s << u"{\r  \"a\": 1\r}"_s << false << -1 << -1 << -1 << QString();
        QTest::newRow("nominal: byte order mark")
            << u"json"_s << u"\uFEFF{\"a\": 1}"_s << false << -1 << -1 << -1 << QString();
        QTest::newRow("nominal: leading and trailing blank lines")
            << u"json"_s << u"\n\n{\"a\": 1}\n\n"_s << false << -1 << -1 << -1 << QString();
        QTest::newRow("nominal: odd numbers pass (no validation)")
            << u"json"_s << u"{\"a\": --1--, \"b\": 1...eee, \"c\": 1e+5}"_s << false << -1 << -1 << -1 << QString();
        QTest::newRow("nominal: odd constants pass (no validation)")
            << u"json"_s << u"{\"a\": trustful, \"b\": nullable}"_s << true << 26 << 0 << 26 << u"b"_s;
        QTest::newRow("nominal: several documents")
            << u"json"_s << u"{\"a\": 1}\n{\"b\": 2}"_s << false << -1 << -1 << -1 << QString();
        QTest::newRow("nominal: bare string")
            << u"json"_s << u"\"just a string\""_s << false << -1 << -1 << -1 << QString();
        QTest::newRow("nominal: uppercase language name")
            << u"JSON"_s << u"{\"a\": [true]}"_s << false << -1 << -1 << -1 << QString();
        QTest::newRow("nominal: json-object alias")
            << u"json-object"_s << u"{\"a\": 1}"_s << false << -1 << -1 << -1 << QString();
        QTest::newRow("nominal: jsonld") << u"jsonld"_s
                                         << u"{\"@context\": \"https://schema.org\", \"@type\": \"Person\"}"_s << false
                                         << -1 << -1 << -1 << QString();
        QTest::newRow("nominal: json-ld")
            << u"json-ld"_s << u"{\"@id\": \"x\"}"_s << false << -1 << -1 << -1 << QString();
        QTest::newRow("error: ellipsis member")
            << u"json"_s << u"{\n    \"a\": 1,\n    ...\n}"_s << true << 18 << 2 << 4 << u"."_s;
        QTest::newRow("error: ellipsis in an array") << u"json"_s << u"[1, 2, ...]"_s << true << 7 << 0 << 7 << u"."_s;
        QTest::newRow("error: ellipsis inside a line")
            << u"json"_s << u"{\"a\": 1, ... \"z\": 2}"_s << true << 9 << 0 << 9 << u"."_s;
        QTest::newRow("error: unquoted key starting like a constant")
            << u"json"_s << u"{foo: 1}"_s << true << 2 << 0 << 2 << u"o"_s;
        QTest::newRow("error: unquoted key") << u"json"_s << u"{key: 1}"_s << true << 1 << 0 << 1 << u"k"_s;
        QTest::newRow("error: unquoted string value")
            << u"json"_s << u"{\"a\": active}"_s << true << 6 << 0 << 6 << u"a"_s;
        QTest::newRow("error: single-quoted key") << u"json"_s << u"{'a': 1}"_s << true << 1 << 0 << 1 << u"'"_s;
        QTest::newRow("error: single-quoted value") << u"json"_s << u"{\"a\": 'x'}"_s << true << 6 << 0 << 6 << u"'"_s;
        QTest::newRow("error: NaN") << u"json"_s << u"{\"a\": NaN}"_s << true << 6 << 0 << 6 << u"N"_s;
        QTest::newRow("error: Infinity") << u"json"_s << u"{\"a\": -Infinity}"_s << true << 7 << 0 << 7 << u"I"_s;
        QTest::newRow("error: Python None") << u"json"_s << u"{\"a\": None}"_s << true << 6 << 0 << 6 << u"N"_s;
        QTest::newRow("error: Python True") << u"json"_s << u"{\"a\": True}"_s << true << 6 << 0 << 6 << u"T"_s;
        QTest::newRow("error: undefined") << u"json"_s << u"{\"a\": undefined}"_s << true << 6 << 0 << 6 << u"u"_s;
        QTest::newRow("error: constant with a foreign letter")
            << u"json"_s << u"{\"a\": nullx}"_s << true << 10 << 0 << 10 << u"x"_s;
        QTest::newRow("error: plus sign") << u"json"_s << u"{\"a\": +1}"_s << true << 6 << 0 << 6 << u"+"_s;
        QTest::newRow("error: leading dot number") << u"json"_s << u"{\"a\": .5}"_s << true << 6 << 0 << 6 << u"."_s;
        QTest::newRow("error: lone slash") << u"json"_s << u"{\"a\": 1 / 2}"_s << true << 8 << 0 << 8 << u"/"_s;
        QTest::newRow("error: slash at the end") << u"json"_s << u"[1] /"_s << true << 4 << 0 << 4 << u"/"_s;
        QTest::newRow("error: hash comment") << u"json"_s << u"{\"a\": 1 # note\n}"_s << true << 8 << 0 << 8 << u"#"_s;
        QTest::newRow("error: unterminated string")
            << u"json"_s << u"{\"a\": \"abc\n}"_s << true << 6 << 0 << 6 << u"\"abc\n}\n"_s;
        QTest::newRow("error: escaped quote leaves the string open")
            << u"json"_s << u"{\"a\": \"abc\\\"}"_s << true << 6 << 0 << 6 << u"\"abc\\\"}\n"_s;
        QTest::newRow("error: short unicode escape swallows the quote")
            << u"json"_s << u"{\"a\": \"\\u12\"}"_s << true << 6 << 0 << 6 << u"\"\\u12\"}\n"_s;
        QTest::newRow("error: unterminated block comment")
            << u"json"_s << u"{\"a\": 1 /* no end\n}"_s << true << 8 << 0 << 8 << u"/* no end\n}\n"_s;
        QTest::newRow("error: equals sign") << u"json"_s << u"{\"a\" = 1}"_s << true << 5 << 0 << 5 << u"="_s;
        QTest::newRow("error: semicolon") << u"json"_s << u"{\"a\": 1};"_s << true << 8 << 0 << 8 << u";"_s;
        QTest::newRow("error: backtick") << u"json"_s << u"{\"a\": `x`}"_s << true << 6 << 0 << 6 << u"`"_s;
        QTest::newRow("error: angle bracket placeholder")
            << u"json"_s << u"{\"a\": <id>}"_s << true << 6 << 0 << 6 << u"<"_s;
        QTest::newRow("error: non-breaking space")
            << u"json"_s << u"{\"a\":\u00A01}"_s << true << 5 << 0 << 5 << u"\u00A0"_s;
        QTest::newRow("error: form feed") << u"json"_s << u"{\"a\": 1}\f"_s << true << 8 << 0 << 8 << u"\f"_s;
        QTest::newRow("error: emoji outside a string")
            << u"json"_s << u"{\"a\": \U0001F600}"_s << true << 6 << 0 << 6 << u"\U0001F600"_s;
        QTest::newRow("error: CJK outside a string")
            << u"json"_s << u"{\u540D: 1}"_s << true << 1 << 0 << 1 << u"\u540D"_s;
        QTest::newRow("error: on a later line, indented")
            << u"json"_s << u"{\n    \"servers\": [\n        {\"id\": 1},\n        {\"id\": 2}, ...\n    ]\n}"_s << true
            << 57 << 3 << 19 << u"."_s;
        QTest::newRow("error: after leading blank lines")
            << u"json"_s << u"\n\n{\n  ...\n}"_s << true << 6 << 3 << 2 << u"."_s;
        QTest::newRow("error: after CRLF lines")
            << u"json"_s << u"{\r\n  \"a\": 1,\r\n  'b': 2\r\n}"_s << true << 16 << 2 << 2 << u"'"_s;
        QTest::newRow("error: after lone CRs")
            << u"json"_s << u"{\r  \"a\": 1,\r  'b': 2\r}"_s << true << 14 << 0 << 14 << u"'"_s;
        QTest::newRow("error: after a byte order mark")
            << u"json"_s << u"\uFEFF{\"a\": NaN}"_s << true << 7 << 0 << 7 << u"N"_s;
        QTest::newRow("error: uppercase language name")
            << u"JSON"_s << u"{\"a\": ...}"_s << true << 6 << 0 << 6 << u"."_s;
        QTest::newRow("error: json-object alias") << u"json-object"_s << u"{'a': 1}"_s << true << 1 << 0 << 1 << u"'"_s;
        QTest::newRow("error: jsonld") << u"jsonld"_s << u"{\"@id\": x}"_s << true << 8 << 0 << 8 << u"x"_s;
        QTest::newRow("error: json-ld") << u"json-ld"_s << u"{\"@id\": \"x\", ...}"_s << true << 13 << 0 << 13
                                        << u"."_s;
        QTest::newRow("error: request line before the body")
            << u"json"_s << u"POST /v2/images\n{\"a\": 1}"_s << true << 0 << 0 << 0 << u"P"_s;
        QTest::newRow("nominal: big document")
            << u"json"_s << bigDocument(5000, false) << false << -1 << -1 << -1 << QString();
        QTest::newRow("error: big document, at its end")
            << u"json"_s << bigDocument(5000, true) << true << 510555 << 5000 << 96 << u"T"_s;
    }

private Q_SLOTS:
    void firstError_data() { addCases(); }

    void firstError()
    {
        QFETCH(QString, language);
        QFETCH(QString, body);
        QFETCH(bool, error);
        QFETCH(int, offset);
        QFETCH(int, line);
        QFETCH(int, column);
        QFETCH(QString, token);
        QVERIFY(CodeBlockLexer::isChecked(language));
        const std::optional<LexError> found = CodeBlockLexer::firstError(language, body);
        QCOMPARE(found.has_value(), error);
        if (error) {
            QCOMPARE(found->offset, qsizetype(offset));
            QCOMPARE(found->line, line);
            QCOMPARE(found->column, column);
            QCOMPARE(found->token, token);
        }
    }

    void agreesWithPygments_data() { addCases(); }

    // Every row again, against Pygments itself rather than the table.
    void agreesWithPygments()
    {
        QFETCH(QString, language);
        QFETCH(QString, body);
        const QString python = QStandardPaths::findExecutable(u"python3"_s);
        if (python.isEmpty()) {
            QSKIP("no python3");
        }
        QProcess process;
        process.start(python, {u"-I"_s, u"-c"_s, QString::fromUtf8(Oracle), language});
        QVERIFY(process.waitForStarted());
        process.write(body.toUtf8());
        process.closeWriteChannel();
        QVERIFY(process.waitForFinished(60000));
        if (process.exitCode() == 3) {
            QSKIP("python3 has no Pygments (python3-pygments)");
        }
        QVERIFY2(process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0,
                 process.readAllStandardError().constData());
        const QJsonObject pygments = QJsonDocument::fromJson(process.readAllStandardOutput()).object();
        const std::optional<LexError> found = CodeBlockLexer::firstError(language, body);
        QCOMPARE(found.has_value(), pygments.value(u"error"_s).toBool());
        if (found) {
            QCOMPARE(found->token, pygments.value(u"token"_s).toString());
            QCOMPARE(found->offset, qsizetype(pygments.value(u"offset"_s).toInteger()));
            QCOMPARE(found->line, pygments.value(u"line"_s).toInt());
            QCOMPARE(found->column, pygments.value(u"column"_s).toInt());
        }
    }

    // Languages whose Pygments lexer is not mirrored are never reported, clean or not.
    void uncheckedLanguages_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("body");
        QTest::newRow("python with a stray $") << u"python"_s << u"a = $x"_s;
        QTest::newRow("yaml with a tab") << u"yaml"_s << u"a: b\n\tc: d"_s;
        QTest::newRow("javascript with an ellipsis") << u"javascript"_s << u"{\"a\": ...}"_s;
        QTest::newRow("text") << u"text"_s << u"{\"a\": ...}"_s;
        QTest::newRow("none") << u"none"_s << u"{\"a\": ...}"_s;
        QTest::newRow("default") << u"default"_s << u"{\"a\": ...}"_s;
        QTest::newRow("no language") << QString() << u"{\"a\": ...}"_s;
        QTest::newRow("jsonnet is another lexer") << u"jsonnet"_s << u"{a: 1}"_s;
    }

    void uncheckedLanguages()
    {
        QFETCH(QString, language);
        QFETCH(QString, body);
        QVERIFY(!CodeBlockLexer::isChecked(language));
        QVERIFY(!CodeBlockLexer::firstError(language, body));
    }

    void languageNames_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<bool>("alias");
        QTest::addColumn<bool>("sphinx");
        QTest::addColumn<bool>("docutils");
        QTest::newRow("json") << u"json"_s << true << true << true;
        QTest::newRow("JSON: any case") << u"JSON"_s << true << true << true;
        QTest::newRow("console") << u"console"_s << true << true << true;
        QTest::newRow("python3") << u"python3"_s << true << true << true;
        QTest::newRow("Python") << u"Python"_s << true << true << true;
        QTest::newRow("text") << u"text"_s << true << true << true;
        QTest::newRow("cucumber") << u"cucumber"_s << true << true << true;
        QTest::newRow("none: Sphinx only") << u"none"_s << false << true << false;
        QTest::newRow("default: Sphinx only") << u"default"_s << false << true << false;
        QTest::newRow("guess: Sphinx only") << u"guess"_s << false << true << false;
        QTest::newRow("None: neither") << u"None"_s << false << false << false;
        QTest::newRow("txt: neither") << u"txt"_s << false << false << false;
        QTest::newRow("xyz: neither") << u"xyz"_s << false << false << false;
        QTest::newRow("no language") << QString() << false << true << true;
    }

    void languageNames()
    {
        QFETCH(QString, language);
        QFETCH(bool, alias);
        QFETCH(bool, sphinx);
        QFETCH(bool, docutils);
        QCOMPARE(CodeBlockLexer::isPygmentsAlias(language), alias);
        QCOMPARE(CodeBlockLexer::sphinxKnowsLanguage(language), sphinx);
        QCOMPARE(CodeBlockLexer::docutilsKnowsLanguage(language), docutils);
    }

    // The alias table is Pygments' own: regenerate it (tests/tools/update-pygments-aliases.py) when
    // the installed Pygments is another version.
    void aliasesArePygments()
    {
        const QString python = QStandardPaths::findExecutable(u"python3"_s);
        if (python.isEmpty()) {
            QSKIP("no python3");
        }
        QProcess process;
        process.start(python,
                      {u"-I"_s, u"-c"_s,
                       u"import sys\ntry:\n    import pygments\n    from pygments.lexers._mapping import LEXERS\n"
                       "except ImportError:\n    sys.exit(3)\nprint(pygments.__version__)\n"
                       "print('\\n'.join(a for v in LEXERS.values() for a in v[2]))\n"_s});
        QVERIFY(process.waitForFinished(60000));
        if (process.exitCode() == 3) {
            QSKIP("python3 has no Pygments (python3-pygments)");
        }
        QCOMPARE(process.exitCode(), 0);
        QStringList lines = QString::fromUtf8(process.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
        const QString version = lines.takeFirst();
        if (version != CodeBlockLexer::pygmentsVersion()) {
            QSKIP(qPrintable(
                u"Pygments %1 is installed, the table is %2's"_s.arg(version, CodeBlockLexer::pygmentsVersion())));
        }
        for (const QString &alias : std::as_const(lines)) {
            QVERIFY2(CodeBlockLexer::isPygmentsAlias(alias), qPrintable(alias));
        }
        QVERIFY(lines.size() > 800);
    }

    // Every code block of the Glance corpus passed the real sphinx-build -W and doc8.
    void corpusBlocksPass()
    {
        const QString corpus = QStringLiteral(SPECWRIGHT_SHARED_DIR "/corpus/glance-specs");
        if (!QFile::exists(corpus)) {
            QSKIP("../shared/corpus is not beside the checkout");
        }
        int blocks = 0;
        int json = 0;
        QStringList findings;
        QDirIterator it(corpus, {u"*.rst"_s}, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            const auto document = RstParser::parse(QString::fromUtf8(file.readAll()), path);
            std::function<void(const RstNode &)> walk = [&](const RstNode &node) {
                for (const RstNode &child : node.children) {
                    if (child.kind == RstNode::Kind::LiteralBlock && !child.name().isEmpty()) {
                        ++blocks;
                        json += CodeBlockLexer::isChecked(child.attribute(u"language"_s)) ? 1 : 0;
                    }
                    if (const auto finding = CodeBlockCheck::check(child, *document)) {
                        findings.append(
                            u"%1:%2: %3"_s.arg(path).arg(finding->range.startLine + 1).arg(finding->message));
                    }
                    walk(child);
                }
            };
            walk(document->root());
        }
        QVERIFY2(findings.isEmpty(), qPrintable(findings.join(u'\n')));
        qInfo("%d code blocks, %d of them JSON", blocks, json);
        QVERIFY(blocks >= 40);
        QVERIFY(json >= 5);
    }

    // Checked on every pause in typing: a 5 000-line block must take a few milliseconds at most.
    void bigBlockIsFast()
    {
        const QString body = bigDocument(5000, true);
        QElapsedTimer timer;
        timer.start();
        const std::optional<LexError> found = CodeBlockLexer::firstError(u"json", body);
        const qint64 elapsed = timer.nsecsElapsed();
        QVERIFY(found);
        qInfo("%lld lines lexed in %.3f ms", qlonglong(body.count(u'\n') + 1), double(elapsed) / 1e6);
        QVERIFY2(elapsed < 50'000'000, "lexing 5 000 lines took 50 ms or more");
    }
};

QTEST_GUILESS_MAIN(CodeBlockLexerTest)
#include "codeblocklexer_test.moc"
