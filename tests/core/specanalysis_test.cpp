// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The one analysis entry point and the window's one background service over it.
#include "testconfig.h"

#include <core/analysis/analysisservice.h>
#include <core/analysis/specanalyzer.h>
#include <core/document/textfile.h>
#include <core/render/htmlrenderer.h>
#include <core/rst/rstparser.h>
#include <core/validate/checkrules.h>

#include <QSignalSpy>
#include <QTest>

using namespace Specwright::Core;

namespace {

const QString ExampleSpec = QStringLiteral(SPECWRIGHT_SOURCE_DIR "/resources/examples/example-spec.rst");

AnalysisInput editorInput(const QString &text, quint64 revision = 1, bool render = false)
{
    AnalysisInput input = AnalysisInput::fromEditor(text, QString(), revision, TextFile::LineEnding::Unix, false);
    input.render = render;
    return input;
}

// A spec with the built-in Glance template's sections, so that only the named ones are missing.
QString specWithout(const QStringList &removedTitles)
{
    QStringList lines = TextFile::read(ExampleSpec).text().split(QLatin1Char('\n'));
    for (const QString &title : removedTitles) {
        const qsizetype at = lines.indexOf(title);
        if (at < 0) {
            return {};
        }
        // The title, its underline and its body, up to the next title (a line followed by an underline).
        qsizetype end = at + 2;
        while (end + 1 < lines.size() &&
               !(!lines.at(end).isEmpty() && lines.at(end + 1).size() >= lines.at(end).size() &&
                 QStringView(lines.at(end + 1)).trimmed().size() == lines.at(end + 1).size() &&
                 (lines.at(end + 1).count(lines.at(end + 1).front()) == lines.at(end + 1).size()) &&
                 !lines.at(end + 1).front().isLetterOrNumber())) {
            ++end;
        }
        lines.remove(at, end - at);
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace

class SpecAnalysisTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(TextFile::read(ExampleSpec).isValid()); }

    // One parse gives the findings, the outline, the editor's spans and the HTML of one revision.
    void analyseDerivesEverythingFromOneParse()
    {
        const QString text =
            QStringLiteral("=====\nTitle\n=====\n\nPart\n====\n\n.. code-block:: json\n\n   {\"a\": 1}\n"
                           "\nUnknown :frob:`x` role.\n");
        CheckRules rules;
        const SpecAnalysis analysis = SpecAnalyzer::analyse(editorInput(text, 7, true), rules);
        QCOMPARE(analysis.revision, quint64(7));
        QVERIFY(!analysis.cancelled);
        QVERIFY(analysis.rendered);
        QCOMPARE(analysis.page.bodyHtml, HtmlRenderer::renderBody(*RstParser::parse(text)));
        QCOMPARE(analysis.page.title, QStringLiteral("Title"));
        QCOMPARE(analysis.titles, (QList<SpecAnalysis::TitleSpan>{{0, 2, 1}, {4, 5, 2}}));
        QCOMPARE(analysis.codeBlocks, (QList<SpecAnalysis::CodeSpan>{{9, 9, QStringLiteral("json")}}));
        QVERIFY(std::any_of(analysis.diagnostics.cbegin(), analysis.diagnostics.cend(),
                            [](const Diagnostic &d) { return d.ruleId == QLatin1String("unknown-role"); }));
        QCOMPARE(analysis.profile, GateProfile(SpecValidator::Profile::Strict)); // unsaved: no repository
        QCOMPARE(analysis.templateName, SpecTemplate::builtinGlance().name());
        QCOMPARE(analysis.outline.entries.constFirst().title, QStringLiteral("Title"));
        QCOMPARE(analysis.outline.entries.at(1).title, QStringLiteral("Part"));
        QCOMPARE(analysis.outline.entries.at(1).depth, 1);
    }

    void cancelledAnalysisSaysSo()
    {
        const std::atomic_bool cancel{true};
        CheckRules rules;
        const SpecAnalysis analysis =
            SpecAnalyzer::analyse(editorInput(TextFile::read(ExampleSpec).text()), rules, {}, &cancel);
        QVERIFY(analysis.cancelled);
        QVERIFY(analysis.diagnostics.isEmpty());
    }

    // The outline shows a missing section or subsection greyed where the template puts it.
    void outlineShowsMissingEntriesInPlace_data()
    {
        QTest::addColumn<QStringList>("removed");
        QTest::addColumn<QString>("missing");
        QTest::addColumn<int>("depth");
        QTest::addColumn<QString>("before"); ///< the present entry listed right after it ("" when last)
        QTest::newRow("nominal: a section") << QStringList{QStringLiteral("Dependencies")}
                                            << QStringLiteral("Dependencies") << 1 << QStringLiteral("Testing");
        QTest::newRow("nominal: a subsection")
            << QStringList{QStringLiteral("Security impact")} << QStringLiteral("Security impact") << 2
            << QStringLiteral("Notifications impact");
        QTest::newRow("edge: the last section")
            << QStringList{QStringLiteral("References")} << QStringLiteral("References") << 1 << QString();
    }

    void outlineShowsMissingEntriesInPlace()
    {
        QFETCH(QStringList, removed);
        QFETCH(QString, missing);
        QFETCH(int, depth);
        QFETCH(QString, before);
        const QString text = specWithout(removed);
        QVERIFY(!text.isEmpty());
        CheckRules rules;
        const SpecAnalysis analysis = SpecAnalyzer::analyse(editorInput(text), rules);
        const QList<SpecOutline::Entry> &entries = analysis.outline.entries;
        qsizetype at = -1;
        for (qsizetype i = 0; i < entries.size(); ++i) {
            if (entries.at(i).title == missing) {
                at = i;
            }
        }
        QVERIFY2(at >= 0, qPrintable(missing));
        QVERIFY(entries.at(at).missing);
        QCOMPARE(entries.at(at).depth, depth);
        QCOMPARE(entries.at(at).insertLevel, depth - 1);
        if (before.isEmpty()) {
            QCOMPARE(at, entries.size() - 1);
        } else {
            QCOMPARE(entries.value(at + 1).title, before);
            QVERIFY(!entries.value(at + 1).missing);
        }
        // The missing one is the only missing entry, and every present section is listed.
        QCOMPARE(std::count_if(entries.cbegin(), entries.cend(), [](const auto &e) { return e.missing; }), 1);
        QCOMPARE(entries.size() - 1, analysis.outline.sections);
    }

    // Insert Section adds title, underline (in the spec's own adornment for that level) and "None",
    // set off by blank lines, and the outline no longer misses it.
    void insertionRestoresTheSection_data()
    {
        QTest::addColumn<QString>("removed");
        QTest::newRow("nominal: a section") << QStringLiteral("Dependencies");
        QTest::newRow("nominal: a subsection") << QStringLiteral("Security impact");
        QTest::newRow("edge: the last section") << QStringLiteral("References");
    }

    void insertionRestoresTheSection()
    {
        QFETCH(QString, removed);
        const QString text = specWithout({removed});
        CheckRules rules;
        const SpecAnalysis before = SpecAnalyzer::analyse(editorInput(text), rules);
        const auto entry = std::find_if(before.outline.entries.cbegin(), before.outline.entries.cend(),
                                        [&](const auto &e) { return e.missing && e.title == removed; });
        QVERIFY(entry != before.outline.entries.cend());
        QStringList lines = text.split(QLatin1Char('\n'));
        const SpecOutline::Insertion insertion = SpecOutline::insertion(lines, *entry);
        lines.remove(insertion.change.firstLine, insertion.change.removedLines);
        for (qsizetype i = 0; i < insertion.change.lines.size(); ++i) {
            lines.insert(insertion.change.firstLine + i, insertion.change.lines.at(i));
        }
        QCOMPARE(lines.at(insertion.titleLine), removed);
        QCOMPARE(lines.at(insertion.titleLine + 1), QString(removed.size(), entry->adornment));
        QCOMPARE(lines.at(insertion.titleLine + 3), QStringLiteral("None"));
        QVERIFY(lines.at(insertion.titleLine - 1).isEmpty());
        const SpecAnalysis after = SpecAnalyzer::analyse(editorInput(lines.join(QLatin1Char('\n'))), rules);
        QVERIFY(std::none_of(after.outline.entries.cbegin(), after.outline.entries.cend(),
                             [](const auto &e) { return e.missing; }));
        for (const Diagnostic &d : after.diagnostics) {
            QVERIFY2(d.severity != Diagnostic::Severity::Error, qPrintable(d.ruleId + u' ' + d.message));
        }
    }

    // The service emits only the newest revision, the page before the analysis, and only when asked.
    void serviceRendersBeforeChecking_data()
    {
        QTest::addColumn<bool>("render");
        QTest::newRow("preview shown") << true;
        QTest::newRow("preview hidden") << false;
    }

    void serviceRendersBeforeChecking()
    {
        QFETCH(bool, render);
        AnalysisService service;
        QStringList order;
        QList<SpecAnalysis::Page> pages;
        connect(&service, &AnalysisService::pageReady, this, [&](const SpecAnalysis::Page &page) {
            order.append(QStringLiteral("page %1").arg(page.revision));
            pages.append(page);
        });
        connect(&service, &AnalysisService::analysed, this, [&](const SpecAnalysis &analysis) {
            order.append(QStringLiteral("analysed %1").arg(analysis.revision));
        });
        const QString text = TextFile::read(ExampleSpec).text();
        service.request(editorInput(text + QStringLiteral("\nRevision one.\n"), 1, render));
        service.request(editorInput(text + QStringLiteral("\nRevision two.\n"), 2, render));
        QTRY_VERIFY(order.contains(QStringLiteral("analysed 2")));
        QTRY_VERIFY(!service.isBusy());
        QTest::qWait(50);
        if (render) {
            QCOMPARE(order, (QStringList{QStringLiteral("page 2"), QStringLiteral("analysed 2")}));
            const QString expected =
                HtmlRenderer::renderBody(*RstParser::parse(text + QStringLiteral("\nRevision two.\n")));
            QCOMPARE(pages.constFirst().bodyHtml, expected);
        } else {
            QCOMPARE(order, QStringList{QStringLiteral("analysed 2")});
        }
    }

    void serviceUnderLoadDeliversTheLatestRevision()
    {
        AnalysisService service;
        QSignalSpy spy(&service, &AnalysisService::analysed);
        const QString text = TextFile::read(ExampleSpec).text();
        constexpr quint64 requests = 40;
        for (quint64 revision = 1; revision <= requests; ++revision) {
            service.request(editorInput(text + QStringLiteral("\nRevision %1.\n").arg(revision), revision, true));
            if (revision % 4 == 0) {
                QCoreApplication::processEvents(); // let some jobs finish between requests
            }
        }
        QTRY_VERIFY(!spy.isEmpty() && spy.constLast().constFirst().value<SpecAnalysis>().revision == requests);
        QTRY_VERIFY(!service.isBusy());
        QTest::qWait(0);
        quint64 previous = 0;
        for (const QList<QVariant> &arguments : std::as_const(spy)) {
            const quint64 revision = arguments.constFirst().value<SpecAnalysis>().revision;
            QVERIFY2(revision > previous, qPrintable(QString::number(revision)));
            previous = revision;
        }
        const auto last = spy.constLast().constFirst().value<SpecAnalysis>();
        QVERIFY(last.page.bodyHtml.contains(QStringLiteral("Revision %1.").arg(requests)));
    }
};

QTEST_GUILESS_MAIN(SpecAnalysisTest)
#include "specanalysis_test.moc"
