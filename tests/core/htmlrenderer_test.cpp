// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "testconfig.h"

#include <core/document/textfile.h>
#include <core/plugin/codehighlighter.h>
#include <core/plugin/pluginmanager.h>
#include <core/render/htmlrenderer.h>
#include <core/rst/rstparser.h>

#include <QDate>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using Specwright::Core::CodeHighlighter;
using Specwright::Core::HtmlRenderer;
using Specwright::Core::PluginManager;
using Specwright::Core::RstParser;
using Specwright::Core::TextFile;

namespace {

const QString inputDir = QStringLiteral(TESTSRCDIR "/data/input");
const QString referenceDir = QStringLiteral(TESTSRCDIR "/data/reference");
const QString updateScript = QStringLiteral("tests/tools/update-reference-html.sh");

// Golden files whose current rendering is wrong: the reference holds the correct HTML (edited by
// hand), the row is an expected failure, and update mode leaves the reference alone.
const QHash<QString, QString> &knownBrokenReferences()
{
    static const QHash<QString, QString> broken = {};
    return broken;
}

QString render(const QString &rst)
{
    return HtmlRenderer::renderBody(*RstParser::parse(rst));
}

// The HTML without the highlighting spans of code blocks: the text and structure other tests check.
QString withoutHighlighting(const QString &html)
{
    static const QRegularExpression spanPairs(QStringLiteral("<span class=\"hl-[a-z]+\">([^<]*)</span>"));
    QString text = html;
    text.replace(spanPairs, QStringLiteral("\\1"));
    return text.replace(QStringLiteral("<pre>\n<code"), QStringLiteral("<pre><code"))
        .replace(QStringLiteral("</code>\n</pre>"), QStringLiteral("\n</code></pre>"));
}

struct Tag
{
    QString name;
    QString attributes; // everything between the name and '>'
    qsizetype offset = 0;
};

// Every start tag of \a html. cmark escapes '<' in text, so each '<' that opens a name is markup.
QList<Tag> startTags(const QString &html)
{
    static const QRegularExpression tag(QStringLiteral("<([A-Za-z][A-Za-z0-9]*)([^>]*)>"));
    QList<Tag> tags;
    for (auto it = tag.globalMatch(html); it.hasNext();) {
        const auto match = it.next();
        tags.append({match.captured(1).toLower(), match.captured(2), match.capturedStart()});
    }
    return tags;
}

// The attribute names of a start tag, its quoted values removed ("" when a value is unquoted).
QStringList attributeNames(const Tag &tag, bool *allQuoted)
{
    static const QRegularExpression attribute(QStringLiteral("\\s+([^\\s=/>]+)(?:\\s*=\\s*(\"[^\"]*\"|[^\\s>]*))?"));
    QStringList names;
    *allQuoted = true;
    for (auto it = attribute.globalMatch(tag.attributes); it.hasNext();) {
        const auto match = it.next();
        names.append(match.captured(1).toLower());
        if (match.capturedLength(2) > 0 && !match.captured(2).startsWith(QLatin1Char('"'))) {
            *allQuoted = false;
        }
    }
    return names;
}

int sourceLine(const Tag &tag)
{
    static const QRegularExpression line(QStringLiteral("\\bdata-source-line=\"(\\d+)\""));
    const auto match = line.match(tag.attributes);
    return match.hasMatch() ? match.captured(1).toInt() : -1;
}

// The data-source-line of the last <tag …> that starts before the first occurrence of \a text.
int lineOfElement(const QString &html, const QString &tag, const QString &text)
{
    const qsizetype at = html.indexOf(text);
    if (at < 0) {
        return -2;
    }
    const qsizetype start = html.lastIndexOf(QLatin1Char('<') + tag + QLatin1Char(' '), at);
    if (start < 0) {
        return -3;
    }
    const qsizetype end = html.indexOf(QLatin1Char('>'), start);
    return sourceLine({tag, html.mid(start + tag.size() + 1, end - start - tag.size() - 1), start});
}

bool isBlockTag(const QString &name)
{
    static const QRegularExpression block(
        QStringLiteral("^(p|ul|ol|li|dl|dt|dd|section|h[1-6]|blockquote|div|aside|figure|hr|nav)$"));
    return block.match(name).hasMatch();
}

// "<tag attributes>" for each block-level start tag without data-source-line.
QStringList tagsWithoutSourceLine(const QString &html)
{
    QStringList missing;
    for (const Tag &tag : startTags(html)) {
        if (isBlockTag(tag.name) && sourceLine(tag) < 0) {
            missing.append(QLatin1Char('<') + tag.name + tag.attributes + QLatin1Char('>'));
        }
    }
    return missing;
}

// Where \a parts occur in \a html one after the other; the first part not found in order, or empty.
QString firstMissingInOrder(const QString &html, const QStringList &parts)
{
    qsizetype from = 0;
    for (const QString &part : parts) {
        const qsizetype at = html.indexOf(part, from);
        if (at < 0) {
            return part;
        }
        from = at + part.size();
    }
    return {};
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(data) == data.size();
}

// Compares \a actual with the reference file; on a difference prints `diff -u` of the two (as
// KSyntaxHighlighting's compareFiles() does, unless \a showDiff is false) and returns false.
bool compareWithReference(const QString &referencePath, const QByteArray &actual, bool showDiff)
{
    const QByteArray expected = readFile(referencePath);
    if (expected == actual || !showDiff) {
        return expected == actual;
    }
    QTemporaryDir dir;
    const QString actualPath = dir.filePath(QFileInfo(referencePath).fileName());
    QString diff;
    if (dir.isValid() && writeFile(actualPath, actual)) {
        QProcess process;
        process.start(QStringLiteral("diff"), {QStringLiteral("-u"), referencePath, actualPath});
        if (process.waitForFinished(30000)) {
            diff = QString::fromUtf8(process.readAllStandardOutput());
        }
    }
    if (diff.isEmpty()) {
        diff = QStringLiteral("--- expected\n%1\n+++ actual\n%2")
                   .arg(QString::fromUtf8(expected), QString::fromUtf8(actual));
    }
    qWarning().noquote() << "The rendering differs from" << referencePath << ":\n"
                         << diff << "\nIf the new rendering is right, run" << updateScript
                         << "and review the diff before committing.";
    return false;
}

// A document with one construct of each kind; the line numbers in the test refer to it.
const char multiConstructDocument[] = R"(=============
Spec Title
=============

Problem description
===================

Intro paragraph with a footnote [1]_ and
a second line.

* bullet one
* bullet two

  continued paragraph

1. first
2. second

term
  definition of term

:Author: someone
:Status: draft

Paragraph before literal::

    literal line 1
    literal line 2

.. note::

   Note body paragraph.

===== =====
A     B
===== =====
1     2
3     4
===== =====

    A block quote paragraph.

    -- Attribution

| line one
| line two
|     indented line

Proposed change
===============

Final paragraph.

.. [1] The footnote text.
)";

} // namespace

class HtmlRendererTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    // --- Hostile documents ---------------------------------------------------------------------------

    void security_data()
    {
        QTest::addColumn<QString>("rst");
        QTest::addColumn<QStringList>("escapedParts"); // must appear, escaped, in the output
        QTest::addColumn<QStringList>("absent");       // must appear nowhere in the output

        const QStringList schemes = {QStringLiteral("javascript:"), QStringLiteral("vbscript:"),
                                     QStringLiteral("data:")};
        QTest::newRow("security: raw html directive")
            << QStringLiteral("Before.\n\n.. raw:: html\n\n   <script>alert(1)</script>\n\nAfter.\n")
            << QStringList{QStringLiteral("class=\"raw-notice\""),
                           QStringLiteral("&lt;script&gt;alert(1)&lt;/script&gt;")}
            << QStringList{};
        QTest::newRow("security: inline script in a paragraph")
            << QStringLiteral("Text <script>alert(1)</script> and <img src=x onerror=alert(1)> more.\n")
            << QStringList{QStringLiteral("&lt;script&gt;alert(1)&lt;/script&gt;"),
                           QStringLiteral("&lt;img src=x onerror=alert(1)&gt;")}
            << QStringList{};
        QTest::newRow("security: javascript embedded uri")
            << QStringLiteral("See `x <javascript:alert(1)>`_ now.\n")
            << QStringList{QStringLiteral("<span class=\"dropped-link\">x</span>")} << schemes;
        QTest::newRow("security: javascript named target")
            << QStringLiteral("See t_ now.\n\n.. _t: javascript:alert(1)\n")
            << QStringList{QStringLiteral("<span class=\"dropped-link\">t</span>")} << schemes;
        QTest::newRow("security: javascript anonymous target")
            << QStringLiteral("See `this`__ now.\n\n__ javascript:alert(1)\n")
            << QStringList{QStringLiteral("<span class=\"dropped-link\">this</span>")} << schemes;
        QTest::newRow("security: javascript indirect target")
            << QStringLiteral("See a_ now.\n\n.. _a: b_\n.. _b: JavaScript:alert(1)\n")
            << QStringList{QStringLiteral("<span class=\"dropped-link\">a</span>")} << schemes;
        QTest::newRow("security: upper-case scheme with spaces")
            << QStringLiteral("See `x <JAVA SCRIPT:alert(1)>`_ now.\n")
            << QStringList{QStringLiteral("<span class=\"dropped-link\">x</span>")} << schemes;
        QTest::newRow("security: vbscript link")
            << QStringLiteral("See `v <vbscript:msgbox(1)>`_ now.\n")
            << QStringList{QStringLiteral("<span class=\"dropped-link\">v</span>")} << schemes;
        QTest::newRow("security: data text/html link")
            << QStringLiteral("See `d <data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==>`_ now.\n")
            << QStringList{QStringLiteral("<span class=\"dropped-link\">d</span>")} << schemes;
        QTest::newRow("security: entity-spelled scheme stays relative text")
            << QStringLiteral("See `e <java&#115;cript:alert(1)>`_ now.\n")
            << QStringList{QStringLiteral("href=\"java&amp;#115;cript:alert(1)\"")} << QStringList{};
        QTest::newRow("security: javascript image")
            << QStringLiteral(".. image:: javascript:alert(1)\n   :alt: pic\n")
            << QStringList{QStringLiteral("<span class=\"dropped-image\">pic</span>")} << schemes;
        QTest::newRow("security: javascript image target")
            << QStringLiteral(".. image:: pic.png\n   :target: javascript:alert(1)\n")
            << QStringList{QStringLiteral("<img src=\"pic.png\"")} << schemes;
        QTest::newRow("security: onerror in image alt")
            << QStringLiteral(".. image:: pic.png\n   :alt: x\" onerror=\"alert(1)\n")
            << QStringList{QStringLiteral("alt=\"x&quot; onerror=&quot;alert(1)\"")} << QStringList{};
        QTest::newRow("security: figure caption and alt")
            << QStringLiteral(".. figure:: pic.png\n   :alt: a\"><script>x</script>\n\n   Caption <script>\n")
            << QStringList{QStringLiteral("alt=\"a&quot;&gt;&lt;script&gt;x&lt;/script&gt;\""),
                           QStringLiteral("Caption &lt;script&gt;")}
            << QStringList{};
        QTest::newRow("security: markup in the title")
            << QStringLiteral("Title <b>bold</b> \"quoted\"\n==========================\n\nText.\n")
            << QStringList{QStringLiteral("Title &lt;b&gt;bold&lt;/b&gt; &quot;quoted&quot;")} << QStringList{};
        QTest::newRow("security: markup in a field name")
            << QStringLiteral(":na<me onclick=\"x\">: value\n")
            << QStringList{QStringLiteral("na&lt;me onclick=&quot;x&quot;&gt;")} << QStringList{};
        QTest::newRow("security: code block closing its own tags")
            << QStringLiteral(".. code-block:: html\n\n   </code></pre><script>alert(1)</script>\n")
            << QStringList{QStringLiteral("&lt;/code&gt;&lt;/pre&gt;&lt;script&gt;alert(1)&lt;/script&gt;")}
            << QStringList{};
        QTest::newRow("security: code block language attribute")
            << QStringLiteral(".. code-block:: json\" onclick=\"alert(1)\n\n   {}\n") << QStringList{} << QStringList{};
        QTest::newRow("security: container class attribute")
            << QStringLiteral(".. container:: x\" onmouseover=\"alert(1)\n\n   Body.\n") << QStringList{}
            << QStringList{};
        QTest::newRow("security: abbreviation title attribute")
            << QStringLiteral("An :abbr:`X (a\" onmouseover=\"alert)` here.\n")
            << QStringList{QStringLiteral("title=\"a&quot; onmouseover=&quot;alert\"")} << QStringList{};
        QTest::newRow("security: inline target id")
            << QStringLiteral("An _`x\" onclick=\"y` target.\n") << QStringList{} << QStringList{};
        QTest::newRow("security: parsed literal")
            << QStringLiteral(".. parsed-literal::\n\n   <script>alert(1)</script> *em*\n")
            << QStringList{QStringLiteral("&lt;script&gt;alert(1)&lt;/script&gt; <em>em</em>")} << QStringList{};
        QTest::newRow("security: raw html substitution")
            << QStringLiteral("A |s| here.\n\n.. |s| raw:: html\n\n   <script>alert(1)</script>\n") << QStringList{}
            << QStringList{};
        QTest::newRow("security: raw html in a table cell") << QStringLiteral("+-----------------------------+\n"
                                                                              "| .. raw:: html               |\n"
                                                                              "|                             |\n"
                                                                              "|    <script>alert(1)</script> |\n"
                                                                              "+-----------------------------+\n")
                                                            << QStringList{} << QStringList{};
        QTest::newRow("security: literal in simple table cell")
            << QStringLiteral("=====  ============================\nA      B\n=====  ============================\n"
                              "x      ``<script>alert(1)</script>``\n=====  ============================\n")
            << QStringList{QStringLiteral("<code>&lt;script&gt;alert(1)&lt;/script&gt;</code>")} << QStringList{};
    }

    void security()
    {
        QFETCH(QString, rst);
        QFETCH(QStringList, escapedParts);
        QFETCH(QStringList, absent);
        const QString html = render(rst);

        QVERIFY2(!html.contains(QLatin1String("<script"), Qt::CaseInsensitive), qPrintable(html));
        for (const Tag &tag : startTags(html)) {
            const QString markup = QLatin1Char('<') + tag.name + tag.attributes + QLatin1Char('>');
            // No dangerous scheme in any attribute (visible, escaped text may mention it).
            static const QRegularExpression scheme(QStringLiteral("(javascript|vbscript|data)\\s*:"),
                                                   QRegularExpression::CaseInsensitiveOption);
            QVERIFY2(!scheme.match(tag.attributes).hasMatch(), qPrintable(markup));
            // No event handler attribute; every value quoted, so nothing can break out of one.
            bool allQuoted = true;
            const QStringList names = attributeNames(tag, &allQuoted);
            QVERIFY2(allQuoted, qPrintable(markup));
            for (const QString &name : names) {
                QVERIFY2(!name.startsWith(QLatin1String("on")), qPrintable(markup));
                QVERIFY2(name != QLatin1String("style") && name != QLatin1String("srcdoc"), qPrintable(markup));
            }
            QVERIFY2(tag.name != QLatin1String("iframe") && tag.name != QLatin1String("object") &&
                         tag.name != QLatin1String("embed") && tag.name != QLatin1String("svg") &&
                         tag.name != QLatin1String("math") && tag.name != QLatin1String("base") &&
                         tag.name != QLatin1String("meta") && tag.name != QLatin1String("form"),
                     qPrintable(markup));
        }
        // Highlighted code splits text into spans; the escaped text is what must be there.
        const QString text = withoutHighlighting(html);
        for (const QString &part : escapedParts) {
            QVERIFY2(text.contains(part), qPrintable(QStringLiteral("missing %1 in:\n%2").arg(part, html)));
        }
        for (const QString &part : absent) {
            QVERIFY2(!html.contains(part, Qt::CaseInsensitive),
                     qPrintable(QStringLiteral("%1 in:\n%2").arg(part, html)));
        }
    }

    void securityStandalonePage()
    {
        const auto document = RstParser::parse(QStringLiteral("</title><script>x</script> \"&\n"
                                                              "===========================\n\nText.\n"));
        const QString title = HtmlRenderer::documentTitle(*document);
        QCOMPARE(title, QStringLiteral("</title><script>x</script> \"&"));
        const QString page =
            HtmlRenderer::standalonePage(HtmlRenderer::renderBody(*document), title, HtmlRenderer::defaultStyleSheet());
        QVERIFY(!page.contains(QLatin1String("<script")));
        QVERIFY(
            page.contains(QLatin1String("<title>&lt;/title&gt;&lt;script&gt;x&lt;/script&gt; &quot;&amp;</title>")));
        QVERIFY(page.contains(QLatin1String("Content-Security-Policy")));
    }

    // --- Source lines -----------------------------------------------------------------------------------

    void sourceLines()
    {
        const QString html = render(QString::fromUtf8(multiConstructDocument));

        const QStringList missing = tagsWithoutSourceLine(html);
        QEXPECT_FAIL("",
                     "the generated title of an admonition without one (<p class=\"admonition-title\">) has no "
                     "data-source-line",
                     Continue);
        QCOMPARE(missing, QStringList());

        QCOMPARE(lineOfElement(html, QStringLiteral("section"), QStringLiteral("Spec Title")), 1);
        QCOMPARE(lineOfElement(html, QStringLiteral("h1"), QStringLiteral("Spec Title")), 2);
        QCOMPARE(lineOfElement(html, QStringLiteral("section"), QStringLiteral("Problem description")), 5);
        QCOMPARE(lineOfElement(html, QStringLiteral("h2"), QStringLiteral("Problem description")), 5);
        QCOMPARE(lineOfElement(html, QStringLiteral("p"), QStringLiteral("Intro paragraph")), 8);
        QCOMPARE(lineOfElement(html, QStringLiteral("ul"), QStringLiteral("bullet one")), 11);
        QCOMPARE(lineOfElement(html, QStringLiteral("li"), QStringLiteral("bullet two")), 12);
        QCOMPARE(lineOfElement(html, QStringLiteral("p"), QStringLiteral("continued paragraph")), 14);
        QCOMPARE(lineOfElement(html, QStringLiteral("ol"), QStringLiteral("first")), 16);
        QCOMPARE(lineOfElement(html, QStringLiteral("li"), QStringLiteral("\nsecond\n")), 17);
        QCOMPARE(lineOfElement(html, QStringLiteral("dl"), QStringLiteral("term")), 19);
        QCOMPARE(lineOfElement(html, QStringLiteral("dt"), QStringLiteral("term")), 19);
        QCOMPARE(lineOfElement(html, QStringLiteral("dd"), QStringLiteral("definition of term")), 20);
        QCOMPARE(lineOfElement(html, QStringLiteral("dt"), QStringLiteral("Status")), 23);
        QCOMPARE(lineOfElement(html, QStringLiteral("p"), QStringLiteral("Paragraph before literal")), 25);
        QCOMPARE(lineOfElement(html, QStringLiteral("div"), QStringLiteral("literal line 1")), 27);
        QCOMPARE(lineOfElement(html, QStringLiteral("div"), QStringLiteral("Note")), 30);
        QCOMPARE(lineOfElement(html, QStringLiteral("p"), QStringLiteral("Note body paragraph")), 32);
        QCOMPARE(lineOfElement(html, QStringLiteral("div"), QStringLiteral("<table>")), 34);
        QCOMPARE(lineOfElement(html, QStringLiteral("blockquote"), QStringLiteral("A block quote")), 41);
        QCOMPARE(lineOfElement(html, QStringLiteral("p"), QStringLiteral("Attribution")), 43);
        QCOMPARE(lineOfElement(html, QStringLiteral("div"), QStringLiteral("line two")), 46);
        QCOMPARE(lineOfElement(html, QStringLiteral("div"), QStringLiteral("indented line")), 47);
        QCOMPARE(lineOfElement(html, QStringLiteral("h2"), QStringLiteral("Proposed change")), 49);
        QCOMPARE(lineOfElement(html, QStringLiteral("p"), QStringLiteral("Final paragraph")), 52);
        QCOMPARE(lineOfElement(html, QStringLiteral("aside"), QStringLiteral("The footnote text")), 54);

        // Document order: the lines never go back.
        int previous = 0;
        for (const Tag &tag : startTags(html)) {
            const int line = sourceLine(tag);
            if (line < 0) {
                continue;
            }
            QVERIFY2(line >= previous,
                     qPrintable(QStringLiteral("<%1%2> after line %3").arg(tag.name, tag.attributes).arg(previous)));
            previous = line;
        }
    }

    // Constructs whose renderer-generated block elements might lack a source line.
    void sourceLinesPerConstruct_data()
    {
        QTest::addColumn<QString>("rst");
        QTest::newRow("nominal: paragraphs and sections")
            << QStringLiteral("Title\n=====\n\nText.\n\nSub\n---\n\nMore.\n");
        QTest::newRow("nominal: titled admonition") << QStringLiteral(".. admonition:: Careful\n\n   Body.\n");
        QTest::newRow("nominal: footnote and citation") << QStringLiteral(".. [1] Note.\n\n.. [CIT] Cite.\n");
        QTest::newRow("nominal: option list") << QStringLiteral("-a  all\n-b  both\n");
        QTest::newRow("nominal: figure") << QStringLiteral(".. figure:: a.png\n\n   Caption.\n\n   Legend.\n");
        QTest::newRow("nominal: grid table with block content")
            << QStringLiteral("+-----+-----+\n| A   | B   |\n+=====+=====+\n| - x | y   |\n| - z |     |\n"
                              "+-----+-----+\n");
        QTest::newRow("nominal: topic and sidebar")
            << QStringLiteral(".. topic:: T\n\n   Body.\n\n.. sidebar:: S\n\n   Body.\n");
        QTest::newRow("edge: admonition without a title") << QStringLiteral(".. note::\n\n   Body.\n");
        QTest::newRow("edge: raw notice") << QStringLiteral(".. raw:: html\n\n   <b>x</b>\n");
        QTest::newRow("edge: table of contents")
            << QStringLiteral(".. contents::\n\nOne\n===\n\nText.\n\nTwo\n===\n\nText.\n");
        QTest::newRow("edge: versionadded") << QStringLiteral(".. versionadded:: 2.0\n\n   Body.\n");
        QTest::newRow("edge: seealso") << QStringLiteral(".. seealso::\n\n   Body.\n");
    }

    void sourceLinesPerConstruct()
    {
        QFETCH(QString, rst);
        QEXPECT_FAIL("edge: admonition without a title", "<p class=\"admonition-title\"> has no data-source-line",
                     Continue);
        QEXPECT_FAIL("edge: versionadded", "the <p> with the version label has no data-source-line", Continue);
        QCOMPARE(tagsWithoutSourceLine(render(rst)), QStringList());
    }

    // --- Ids --------------------------------------------------------------------------------------------

    void ids_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("id");
        // Expected values are docutils 0.21's nodes.make_id().
        QTest::newRow("nominal: two words")
            << QStringLiteral("Problem description") << QStringLiteral("problem-description");
        QTest::newRow("nominal: upper case") << QStringLiteral("REST API impact") << QStringLiteral("rest-api-impact");
        QTest::newRow("nominal: accents") << QStringLiteral("Übersicht café") << QStringLiteral("ubersicht-cafe");
        QTest::newRow("nominal: punctuation") << QStringLiteral("a_b.c") << QStringLiteral("a-b-c");
        QTest::newRow("nominal: version number")
            << QStringLiteral("CamelCase v2.0") << QStringLiteral("camelcase-v2-0");
        QTest::newRow("edge: leading number") << QStringLiteral("1. Intro") << QStringLiteral("intro");
        QTest::newRow("edge: hyphens at both ends") << QStringLiteral("--x--") << QStringLiteral("x");
        QTest::newRow("edge: empty") << QString() << QString();
        QTest::newRow("edge: only digits") << QStringLiteral("2024") << QString();
        QTest::newRow("edge: surrounding whitespace")
            << QStringLiteral("  spaced   out  ") << QStringLiteral("spaced-out");
        QTest::newRow("edge: no-break space") << QStringLiteral("foo\u00a0bar") << QStringLiteral("foo-bar");
        QTest::newRow("edge: em dash is dropped") << QStringLiteral("x\u2014y") << QStringLiteral("xy");
        QTest::newRow("edge: only CJK") << QStringLiteral("日本語") << QString();
        QTest::newRow("edge: dotted capital I") << QStringLiteral("İstanbul") << QStringLiteral("istanbul");
        QTest::newRow("edge: compatibility ligature") << QStringLiteral("\u01c4emal") << QStringLiteral("dzemal");
        QTest::newRow("edge: digraph sharp s") << QStringLiteral("Straße") << QStringLiteral("strasze");
        QTest::newRow("edge: stroked letters") << QStringLiteral("Ørsted łódź") << QStringLiteral("orsted-lodz");
    }

    void ids()
    {
        QFETCH(QString, text);
        QFETCH(QString, id);
        QCOMPARE(HtmlRenderer::makeId(text), id);
    }

    void duplicateSectionIds()
    {
        const QString html = render(QStringLiteral("Spec\n====\n\nA\n-\n\nText.\n\nA\n-\n\nText.\n\nA\n-\n\nText.\n\n"
                                                   "a\n-\n\nText.\n"));
        static const QRegularExpression sectionId(QStringLiteral("<section [^>]*id=\"([^\"]*)\""));
        QStringList ids;
        for (auto it = sectionId.globalMatch(html); it.hasNext();) {
            ids.append(it.next().captured(1));
        }
        QCOMPARE(ids.size(), 5);
        QCOMPARE(ids.at(0), QStringLiteral("spec"));
        QCOMPARE(ids.at(1), QStringLiteral("a"));
        QCOMPARE(QSet<QString>(ids.cbegin(), ids.cend()).size(), ids.size());
    }

    void sectionReference()
    {
        const QString html = render(QStringLiteral("Problem description\n===================\n\nText.\n\n"
                                                   "Other\n=====\n\nSee `Problem description`_ and other_.\n"));
        QVERIFY2(html.contains(QLatin1String("<section data-source-line=\"1\" id=\"problem-description\">")),
                 qPrintable(html));
        QVERIFY2(html.contains(QLatin1String("<a href=\"#problem-description\">Problem description</a>")),
                 qPrintable(html));
        QVERIFY2(html.contains(QLatin1String("<a href=\"#other\">other</a>")), qPrintable(html));
    }

    // --- Constructs --------------------------------------------------------------------------------------

    void constructs_data()
    {
        QTest::addColumn<QString>("rst");
        QTest::addColumn<QStringList>("parts"); // must occur in this order
        QTest::addColumn<QStringList>("absent");

        auto row = [](const char *name, const QString &rst, const QStringList &parts,
                      const QStringList &absent = QStringList()) { QTest::newRow(name) << rst << parts << absent; };

        row("nominal: emphasis", QStringLiteral("An *emphasised* word.\n"),
            {QStringLiteral("<p data-source-line=\"1\">"), QStringLiteral("An <em>emphasised</em> word.")});
        row("nominal: strong", QStringLiteral("A **strong** word.\n"), {QStringLiteral("A <strong>strong</strong>")});
        row("nominal: inline literal", QStringLiteral("Run ``a < b``.\n"), {QStringLiteral("<code>a &lt; b</code>")});
        row("nominal: title reference", QStringLiteral("See `The Book`.\n"), {QStringLiteral("<cite>The Book</cite>")});
        row("nominal: subscript and superscript", QStringLiteral("H\\ :sub:`2`\\ O and x\\ :sup:`2`.\n"),
            {QStringLiteral("H<sub>2</sub>O"), QStringLiteral("x<sup>2</sup>")});
        row("nominal: abbreviation", QStringLiteral("A :abbr:`LIFO (last-in, first-out)` stack.\n"),
            {QStringLiteral("<abbr title=\"last-in, first-out\">LIFO</abbr>")});
        row("edge: abbreviation with parentheses in the explanation",
            QStringLiteral("A :abbr:`LIFO (last-in (really), first-out)` stack.\n"),
            {QStringLiteral("<abbr title=\"last-in (really), first-out\">LIFO</abbr>")});
        row("nominal: code-like sphinx role", QStringLiteral("Run :command:`glance`.\n"),
            {QStringLiteral("<code class=\"role-command\">glance</code>")});
        row("nominal: sections nest as headings",
            QStringLiteral("Title\n=====\n\nSection\n-------\n\nSub\n~~~\n\nText.\n"),
            {QStringLiteral("<section data-source-line=\"1\" id=\"title\">"),
             QStringLiteral("<h1 data-source-line=\"1\">"), QStringLiteral("Title"),
             QStringLiteral("<section data-source-line=\"4\" id=\"section\">"),
             QStringLiteral("<h2 data-source-line=\"4\">"), QStringLiteral("<h3 data-source-line=\"7\">"),
             QStringLiteral("Sub"), QStringLiteral("</section>\n</section>\n</section>")});
        row("nominal: bullet list", QStringLiteral("* one\n* two\n"),
            {QStringLiteral("<ul data-source-line=\"1\">"), QStringLiteral("<li data-source-line=\"1\">"),
             QStringLiteral("one"), QStringLiteral("<li data-source-line=\"2\">"), QStringLiteral("two"),
             QStringLiteral("</ul>")});
        row("nominal: enumerated arabic", QStringLiteral("1. one\n2. two\n"),
            {QStringLiteral("<ol data-source-line=\"1\" type=\"1\">")}, {QStringLiteral("start=")});
        row("nominal: enumerated loweralpha", QStringLiteral("a. one\nb. two\n"),
            {QStringLiteral("<ol data-source-line=\"1\" type=\"a\">")});
        row("nominal: enumerated upperroman", QStringLiteral("I. one\nII. two\n"),
            {QStringLiteral("<ol data-source-line=\"1\" type=\"I\">")});
        row("nominal: enumerated start", QStringLiteral("3. three\n4. four\n"),
            {QStringLiteral("<ol data-source-line=\"1\" type=\"1\" start=\"3\">")});
        row("nominal: auto-enumerated", QStringLiteral("#. one\n#. two\n"),
            {QStringLiteral("<ol data-source-line=\"1\" type=\"1\">")});
        row("nominal: definition list", QStringLiteral("term\n   Its definition.\n"),
            {QStringLiteral("<dl data-source-line=\"1\" class=\"definition-list\">"),
             QStringLiteral("<dt data-source-line=\"1\">\nterm"), QStringLiteral("</dt>"),
             QStringLiteral("<dd data-source-line=\"2\">"), QStringLiteral("Its definition."), QStringLiteral("</dd>"),
             QStringLiteral("</dl>")});
        row("nominal: definition list classifier", QStringLiteral("term : str\n   Its definition.\n"),
            {QStringLiteral("<dt data-source-line=\"1\">"), QStringLiteral("term"),
             QStringLiteral("<span class=\"classifier\">"), QStringLiteral("str"), QStringLiteral("</dt>"),
             QStringLiteral("<dd")});
        row("nominal: field list", QStringLiteral(":Author: Me\n:Version: 1\n"),
            {QStringLiteral("<dl data-source-line=\"1\" class=\"field-list\">"), QStringLiteral("Author"),
             QStringLiteral("</dt>"), QStringLiteral("<dd"), QStringLiteral("Me"), QStringLiteral("Version")});
        row("nominal: option list", QStringLiteral("-a, --all  Everything.\n"),
            {QStringLiteral("class=\"option-list\""), QStringLiteral("<kbd>-a</kbd>, <kbd>--all</kbd>"),
             QStringLiteral("Everything.")});
        row("nominal: note", QStringLiteral(".. note::\n\n   Mind this.\n"),
            {QStringLiteral("<div data-source-line=\"1\" class=\"admonition note\">"),
             QStringLiteral("class=\"admonition-title\">\nNote\n</p>"), QStringLiteral("Mind this.")});
        row("nominal: warning", QStringLiteral(".. warning:: Careful now.\n"),
            {QStringLiteral("class=\"admonition warning\""), QStringLiteral(">\nWarning\n</p>"),
             QStringLiteral("Careful now.")});
        row("nominal: generic admonition", QStringLiteral(".. admonition:: Upgrade impact\n\n   Body.\n"),
            {QStringLiteral("class=\"admonition"), QStringLiteral("class=\"admonition-title\">\nUpgrade impact\n</p>"),
             QStringLiteral("Body.")});
        row("nominal: literal block", QStringLiteral("Code::\n\n   x = 1 < 2\n"),
            {QStringLiteral("<p data-source-line=\"1\">\nCode:\n</p>"),
             QStringLiteral("<div data-source-line=\"3\" class=\"literal-block\">"),
             QStringLiteral("<pre><code>x = 1 &lt; 2\n</code></pre>")});
        row("nominal: code-block json", QStringLiteral(".. code-block:: json\n\n   {\"a\": 1}\n"),
            {QStringLiteral("<pre><code class=\"language-json\">{&quot;a&quot;: 1}")});
        row("nominal: doctest block", QStringLiteral(">>> 1 + 1\n2\n"),
            {QStringLiteral("class=\"doctest-block\""), QStringLiteral("class=\"language-pycon\">&gt;&gt;&gt; 1 + 1")});
        row("nominal: simple table uses GFM",
            QStringLiteral("=====  =====\nA      B\n=====  =====\n1      *2*\n=====  =====\n"),
            {QStringLiteral("<div data-source-line=\"1\" class=\"table\">"), QStringLiteral("<table>"),
             QStringLiteral("<thead>"), QStringLiteral("<th>A</th>"), QStringLiteral("<th>B</th>"),
             QStringLiteral("<tbody>"), QStringLiteral("<td>1</td>"), QStringLiteral("<td><em>2</em></td>")});
        row("nominal: grid table with spans",
            QStringLiteral("+-----+-----+-----+\n"
                           "| H1  | H2  | H3  |\n"
                           "+=====+=====+=====+\n"
                           "| wide      | a   |\n"
                           "+-----+-----+-----+\n"
                           "| tall| b   | c   |\n"
                           "+     +-----+-----+\n"
                           "|     | d   | e   |\n"
                           "+-----+-----+-----+\n"),
            {QStringLiteral("<table>"), QStringLiteral("<thead>"), QStringLiteral("<th>"), QStringLiteral("H1"),
             QStringLiteral("<td colspan=\"2\">"), QStringLiteral("wide"), QStringLiteral("<td rowspan=\"2\">"),
             QStringLiteral("tall"), QStringLiteral("</table>")});
        row("nominal: table title",
            QStringLiteral(".. table:: Limits\n\n   ===  ===\n   A    B\n   ===  ===\n"
                           "   1    2\n   ===  ===\n"),
            {QStringLiteral("class=\"table-title\""), QStringLiteral("Limits"), QStringLiteral("<table>")});
        row("nominal: footnote", QStringLiteral("Text [1]_.\n\n.. [1] The note.\n"),
            {QStringLiteral("<sup class=\"footnote-reference\"><a href=\"#footnote-1\">[1]</a></sup>"),
             QStringLiteral("<aside data-source-line=\"3\" class=\"footnote\" id=\"footnote-1\">"),
             QStringLiteral("[1]"), QStringLiteral("The note.")});
        row("nominal: auto-numbered footnotes", QStringLiteral("A [#]_ and B [#]_.\n\n.. [#] First.\n.. [#] Second.\n"),
            {QStringLiteral("<a href=\"#footnote-1\">[1]</a>"), QStringLiteral("<a href=\"#footnote-2\">[2]</a>"),
             QStringLiteral("id=\"footnote-1\""), QStringLiteral("[1]"), QStringLiteral("First."),
             QStringLiteral("id=\"footnote-2\""), QStringLiteral("[2]"), QStringLiteral("Second.")});
        row("edge: auto-numbered footnote skips later manual labels",
            QStringLiteral("Auto [#]_ and manual [1]_.\n\n.. [#] Auto.\n\n.. [1] Manual.\n"),
            {QStringLiteral(">[2]</a>"), QStringLiteral(">[1]</a>"), QStringLiteral("[2]"), QStringLiteral("Auto."),
             QStringLiteral("[1]"), QStringLiteral("Manual.")});
        row("nominal: citation", QStringLiteral("See [CIT2002]_.\n\n.. [CIT2002] A book.\n"),
            {QStringLiteral("<a href=\"#citation-cit2002\">[CIT2002]</a>"),
             QStringLiteral("class=\"citation\" id=\"citation-cit2002\""), QStringLiteral("A book.")});
        row("nominal: standalone url", QStringLiteral("Go to https://example.org/a?b=1&c=2 now.\n"),
            {QStringLiteral("<a href=\"https://example.org/a?b=1&amp;c=2\">https://example.org/a?b=1&amp;c=2</a>")});
        row("nominal: e-mail address", QStringLiteral("Mail someone@example.org today.\n"),
            {QStringLiteral("<a href=\"mailto:someone@example.org\">someone@example.org</a>")});
        row("nominal: named hyperlink", QStringLiteral("Use Python_.\n\n.. _Python: https://www.python.org/\n"),
            {QStringLiteral("<a href=\"https://www.python.org/\">Python</a>")});
        row("nominal: embedded uri", QStringLiteral("Use `the docs <https://docs.openstack.org/>`_.\n"),
            {QStringLiteral("<a href=\"https://docs.openstack.org/\">the docs</a>")});
        row("nominal: anonymous hyperlinks in order",
            QStringLiteral("`one`__ and `two`__\n\n__ https://one.example/\n__ https://two.example/\n"),
            {QStringLiteral("<a href=\"https://one.example/\">one</a>"),
             QStringLiteral("<a href=\"https://two.example/\">two</a>")});
        row("nominal: internal target", QStringLiteral("See `my target`_.\n\n.. _my target:\n\nHere.\n"),
            {QStringLiteral("<a href=\"#my-target\">my target</a>"),
             QStringLiteral("class=\"target\" id=\"my-target\""), QStringLiteral("Here.")});
        row("nominal: reference to an inline target",
            QStringLiteral("An _`inline target` is referred to as `inline target`_.\n"),
            {QStringLiteral("<span id=\"inline-target\">inline target</span>"),
             QStringLiteral("<a href=\"#inline-target\">inline target</a>")});
        row("nominal: relative link", QStringLiteral("See `spec <../other.html#x>`_.\n"),
            {QStringLiteral("<a href=\"../other.html#x\">spec</a>")});
        row("nominal: substitution", QStringLiteral("Project |name| rocks.\n\n.. |name| replace:: *Glance*\n"),
            {QStringLiteral("Project <em>Glance</em> rocks.")}, {QStringLiteral("|name|")});
        row("nominal: substitution used as a link",
            QStringLiteral("Use |name|_ today.\n\n.. |name| replace:: Specwright\n.. _name: https://example.org/\n"),
            {QStringLiteral("Use <a href=\"https://example.org/\">Specwright</a> today.")});
        row("nominal: date substitution", QStringLiteral("Today is |today|.\n\n.. |today| date::\n"),
            {QStringLiteral("Today is ")}, {QStringLiteral("%Y"), QStringLiteral("|today|")});
        // docutils' date directive takes its format as content, on its line or after a blank line.
        row("nominal: date format as content", QStringLiteral("In |year|.\n\n.. |year| date::\n\n   %Y\n"),
            {QStringLiteral("In ") + QString::number(QDate::currentDate().year()) + QLatin1Char('.')},
            {QStringLiteral("%Y"), QStringLiteral("no content permitted")});
        row("nominal: date format on the directive's line", QStringLiteral("In |year|.\n\n.. |year| date:: %Y\n"),
            {QStringLiteral("In ") + QString::number(QDate::currentDate().year()) + QLatin1Char('.')},
            {QStringLiteral("%Y")});
        row("edge: unknown substitution", QStringLiteral("Project |nope| rocks.\n"),
            {QStringLiteral("<span class=\"problematic\">|nope|</span>")});
        row("nominal: rfc role", QStringLiteral("See :rfc:`2616`.\n"),
            {QStringLiteral("<a href=\"https://www.rfc-editor.org/rfc/rfc2616\">RFC 2616</a>")});
        row("nominal: pep role", QStringLiteral("See :pep:`8`.\n"),
            {QStringLiteral("<a href=\"https://peps.python.org/pep-0008/\">PEP 8</a>")});
        row("nominal: contents",
            QStringLiteral("Spec\n====\n\n.. contents::\n\nFirst section\n-------------\n\nA.\n\n"
                           "Second section\n--------------\n\nB.\n"),
            {QStringLiteral("<nav data-source-line=\"4\" class=\"contents\">"), QStringLiteral("Contents"),
             QStringLiteral("<a href=\"#first-section\">First section</a>"),
             QStringLiteral("<a href=\"#second-section\">Second section</a>"), QStringLiteral("</nav>"),
             QStringLiteral("<section data-source-line=\"6\" id=\"first-section\">")});
        row("nominal: transition", QStringLiteral("Para one.\n\n----------\n\nPara two.\n"),
            {QStringLiteral("Para one."), QStringLiteral("<hr data-source-line=\"3\">"), QStringLiteral("Para two.")});
        row("nominal: block quote with attribution", QStringLiteral("Text.\n\n   Quoted.\n\n   -- Someone\n"),
            {QStringLiteral("<blockquote data-source-line=\"3\">"), QStringLiteral("Quoted."),
             QStringLiteral("<p data-source-line=\"5\" class=\"attribution\">"), QStringLiteral("Someone"),
             QStringLiteral("</blockquote>")});
        row("nominal: line block", QStringLiteral("| one\n| two\n"),
            {QStringLiteral("<div data-source-line=\"1\" class=\"line-block\">"),
             QStringLiteral("<div data-source-line=\"1\" class=\"line\">"), QStringLiteral("one"),
             QStringLiteral("<div data-source-line=\"2\" class=\"line\">"), QStringLiteral("two")});
        row("nominal: image", QStringLiteral(".. image:: diagram.png\n   :alt: The flow\n"),
            {QStringLiteral("<p data-source-line=\"1\" class=\"image\">"),
             QStringLiteral("<img src=\"diagram.png\" alt=\"The flow\" />")});
        row("nominal: figure", QStringLiteral(".. figure:: diagram.png\n\n   The caption.\n"),
            {QStringLiteral("<figure data-source-line=\"1\">"), QStringLiteral("<img src=\"diagram.png\""),
             QStringLiteral("<figcaption"), QStringLiteral("The caption."), QStringLiteral("</figure>")});
        row("nominal: raw html shown escaped", QStringLiteral(".. raw:: html\n\n   <b>bold</b>\n"),
            {QStringLiteral("<div data-source-line=\"1\" class=\"raw-notice\">"),
             QStringLiteral("&lt;b&gt;bold&lt;/b&gt;")},
            {QStringLiteral("<b>")});
        row("nominal: versionadded", QStringLiteral(".. versionadded:: 2.0\n\n   The flag.\n"),
            {QStringLiteral("New in version 2.0:"), QStringLiteral("The flag.")});
        row("edge: malformed table stays visible",
            QStringLiteral(
                "Before.\n\n+-----+-----+\n| a   | b   |\n+-----+---\n| c   | d   |\n+-----+-----+\n\nAfter.\n"),
            {QStringLiteral("Before."), QStringLiteral("Malformed table"), QStringLiteral("After.")});
        row("edge: unknown directive stays visible",
            QStringLiteral("Before.\n\n.. frobnicate:: arg\n\n   Directive body.\n\nAfter.\n"),
            {QStringLiteral("Before."), QStringLiteral("frobnicate"), QStringLiteral("After.")});
        row("edge: centered directive", QStringLiteral(".. centered:: A centred line\n"),
            {QStringLiteral("A centred line")});
        row("edge: code-block caption",
            QStringLiteral(".. code-block:: console\n   :caption: A shell session\n\n   $ ls\n"),
            {QStringLiteral("A shell session"), QStringLiteral("$ ls")});
        row("nominal: comment renders nothing", QStringLiteral(".. a comment\n\nText.\n"), {QStringLiteral("Text.")},
            {QStringLiteral("a comment")});
    }

    void constructs()
    {
        QFETCH(QString, rst);
        QFETCH(QStringList, parts);
        QFETCH(QStringList, absent);
        const QString html = withoutHighlighting(render(rst));
        QEXPECT_FAIL("edge: code-block caption", "the :caption: of a code-block is not rendered", Continue);
        // One verification per row, so that QEXPECT_FAIL covers the whole row.
        QString problem;
        if (const QString missing = firstMissingInOrder(html, parts); !missing.isEmpty()) {
            problem = QStringLiteral("missing (in order): ") + missing;
        }
        for (const QString &part : absent) {
            if (html.contains(part)) {
                problem += QStringLiteral("\nunexpected: ") + part;
            }
        }
        QVERIFY2(problem.isEmpty(), qPrintable(problem + QStringLiteral("\nin:\n") + html));
    }

    void documentTitle_data()
    {
        QTest::addColumn<QString>("rst");
        QTest::addColumn<QString>("title");
        QTest::newRow("nominal: overlined title")
            << QStringLiteral("======\n Spec\n======\n\nText.\n") << QStringLiteral("Spec");
        QTest::newRow("nominal: title with markup")
            << QStringLiteral("A *b* ``c``\n===========\n") << QStringLiteral("A b c");
        QTest::newRow("edge: no section") << QStringLiteral("Just text.\n") << QString();
        QTest::newRow("edge: empty document") << QString() << QString();
    }

    void documentTitle()
    {
        QFETCH(QString, rst);
        QFETCH(QString, title);
        QCOMPARE(HtmlRenderer::documentTitle(*RstParser::parse(rst)), title);
    }

    void utf8MatchesQString()
    {
        const auto document = RstParser::parse(QString::fromUtf8(multiConstructDocument) +
                                               QStringLiteral("\nÜmlaut — ünïcödé 日本語 😀.\n"));
        QCOMPARE(HtmlRenderer::renderBodyUtf8(*document), HtmlRenderer::renderBody(*document).toUtf8());
        QVERIFY(HtmlRenderer::renderBody(*document).contains(QStringLiteral("日本語 😀")));
    }

    // Code blocks are highlighted by the KSyntaxHighlighting plugin built with the project.
    void codeHighlighting_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QStringList>("highlighted"); // "style:escaped text" that must be one span
        QTest::newRow("nominal: json string") << QStringLiteral("json") << QStringLiteral("{\"name\": \"<x>\"}")
                                              << QStringList{QStringLiteral("string:&quot;&lt;x&gt;&quot;")};
        QTest::newRow("nominal: python keyword, string and comment")
            << QStringLiteral("python") << QStringLiteral("def f(x):\n    return 'a'  # why")
            << QStringList{QStringLiteral("keyword:def"), QStringLiteral("string:'a'"),
                           QStringLiteral("comment:# why")};
        QTest::newRow("nominal: alias py and a second line")
            << QStringLiteral("py") << QStringLiteral("x = 1\nimport os")
            << QStringList{QStringLiteral("import:import")};
        QTest::newRow("nominal: bash") << QStringLiteral("bash") << QStringLiteral("if true; then echo \"hi\"; fi")
                                       << QStringList{QStringLiteral("controlflow:if"),
                                                      QStringLiteral("string:&quot;hi&quot;")};
        QTest::newRow("edge: unknown language stays plain")
            << QStringLiteral("frobnix") << QStringLiteral("plain <text>") << QStringList{};
        QTest::newRow("edge: no language stays plain") << QString() << QStringLiteral("def plain():") << QStringList{};
    }

    void codeHighlighting()
    {
        QFETCH(QString, language);
        QFETCH(QString, code);
        QFETCH(QStringList, highlighted);
        QVERIFY2(PluginManager::codeHighlighter(), qPrintable(PluginManager::loadErrors().join(QLatin1Char('\n'))));
        QString rst =
            language.isEmpty() ? QStringLiteral("::\n\n") : QStringLiteral(".. code-block:: %1\n\n").arg(language);
        for (const QString &line : code.split(QLatin1Char('\n'))) {
            rst += QStringLiteral("    ") + line + QLatin1Char('\n');
        }
        const QString html = render(rst);
        for (const QString &expected : highlighted) {
            const QString style = expected.section(QLatin1Char(':'), 0, 0);
            const QString text = expected.section(QLatin1Char(':'), 1);
            const QString span = QStringLiteral("<span class=\"hl-%1\">%2</span>").arg(style, text);
            QVERIFY2(html.contains(span), qPrintable(QStringLiteral("missing %1 in:\n%2").arg(span, html)));
        }
        if (highlighted.isEmpty()) {
            QVERIFY2(!html.contains(QLatin1String("hl-")), qPrintable(html));
        }
        // Nothing lost or added: the code block's text, tags removed and entities decoded, is the code.
        static const QRegularExpression block(QStringLiteral("<pre>\\s*(<code[^>]*>.*</code>)\\s*</pre>"),
                                              QRegularExpression::DotMatchesEverythingOption);
        const QRegularExpressionMatch match = block.match(html);
        QVERIFY2(match.hasMatch(), qPrintable(html));
        static const QRegularExpression tags(QStringLiteral("<[^>]+>"));
        QString text = match.captured(1).remove(tags);
        text.replace(QLatin1String("&lt;"), QLatin1String("<"))
            .replace(QLatin1String("&gt;"), QLatin1String(">"))
            .replace(QLatin1String("&quot;"), QLatin1String("\""))
            .replace(QLatin1String("&#39;"), QLatin1String("'"))
            .replace(QLatin1String("&amp;"), QLatin1String("&"));
        QCOMPARE(text.trimmed(), code);
        if (!language.isEmpty()) {
            QVERIFY(html.contains(QStringLiteral("<code class=\"language-%1\">").arg(language)));
        }
    }

    void highlightStyleSheetFollowsLightAndDark()
    {
        const CodeHighlighter *highlighter = PluginManager::codeHighlighter();
        QVERIFY(highlighter);
        const QString css = HtmlRenderer::defaultStyleSheet();
        static const QRegularExpression light(QStringLiteral("\n\\.hl-string\\{color:(#[0-9a-f]{6})"));
        static const QRegularExpression dark(QStringLiteral(":root\\.dark \\.hl-string\\{color:(#[0-9a-f]{6})"));
        const QRegularExpressionMatch lightMatch = light.match(css);
        const QRegularExpressionMatch darkMatch = dark.match(css);
        QVERIFY2(lightMatch.hasMatch() && darkMatch.hasMatch(), qPrintable(css.right(3000)));
        QVERIFY(lightMatch.captured(1) != darkMatch.captured(1));
        // A named theme replaces the light colours.
        QVERIFY(highlighter->styleSheet(QStringLiteral("Solarized Light"), QString()) != highlighter->styleSheet());
    }

    void defaultStyleSheet()
    {
        const QString css = HtmlRenderer::defaultStyleSheet();
        QVERIFY(!css.isEmpty());
        QVERIFY(css.contains(QLatin1String("prefers-color-scheme: dark")));
    }

    // --- Golden files ------------------------------------------------------------------------------------

    void goldenFiles_data()
    {
        QTest::addColumn<QString>("name");
        const QStringList inputs = QDir(inputDir).entryList({QStringLiteral("*.rst")}, QDir::Files, QDir::Name);
        QVERIFY(!inputs.isEmpty());
        for (const QString &file : inputs) {
            const QString name = file.chopped(4);
            const QString row = (name.startsWith(QLatin1String("malformed-")) ? QStringLiteral("edge: ")
                                                                              : QStringLiteral("nominal: ")) +
                                name;
            QTest::newRow(qPrintable(row)) << name;
        }
    }

    void goldenFiles()
    {
        QFETCH(QString, name);
        const QString inputPath = inputDir + QLatin1Char('/') + name + QStringLiteral(".rst");
        const QString referencePath = referenceDir + QLatin1Char('/') + name + QStringLiteral(".html");
        const TextFile input = TextFile::read(inputPath);
        QVERIFY2(input.isValid(), qPrintable(input.errorString()));
        // The date directive renders today's date; references keep the format instead.
        const QByteArray actual = HtmlRenderer::renderBodyUtf8(*RstParser::parse(input.text(), inputPath))
                                      .replace(QDate::currentDate().toString(Qt::ISODate).toUtf8(), "%Y-%m-%d");

        const QString broken = knownBrokenReferences().value(name);
        if (qEnvironmentVariableIntValue("SPECWRIGHT_UPDATE_REFERENCES") == 1) {
            if (!broken.isEmpty()) {
                qInfo().noquote() << "kept the hand-corrected" << referencePath << "(known bug:" << broken << ")";
                return;
            }
            if (readFile(referencePath) != actual) {
                QVERIFY2(writeFile(referencePath, actual), qPrintable(referencePath));
                qInfo().noquote() << "updated" << referencePath;
            }
            return;
        }
        QVERIFY2(QFile::exists(referencePath),
                 qPrintable(QStringLiteral("%1 is missing; run %2").arg(referencePath, updateScript)));
        if (!broken.isEmpty()) {
            QEXPECT_FAIL(QTest::currentDataTag(), qPrintable(broken), Continue);
        }
        QVERIFY(compareWithReference(referencePath, actual, broken.isEmpty()));
    }
};

QTEST_GUILESS_MAIN(HtmlRendererTest)
#include "htmlrenderer_test.moc"
