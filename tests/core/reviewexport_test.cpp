// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Export for review: the target in the repository, the name, the commit message, the gate.
#include "testconfig.h"

#include <core/analysis/specanalyzer.h>
#include <core/document/textfile.h>
#include <core/review/reviewexport.h>
#include <core/rst/rstparser.h>
#include <core/validate/checkrules.h>
#include <core/validate/specrepository.h>
#include <core/validate/spectemplate.h>
#include <core/validate/specvalidator.h>

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using Specwright::Core::AnalysisInput;
using Specwright::Core::CheckRules;
using Specwright::Core::Diagnostic;
using Specwright::Core::GateProfile;
using Specwright::Core::ReviewExport;
using Specwright::Core::ReviewNormalizer;
using Specwright::Core::RstParser;
using Specwright::Core::SpecAnalysis;
using Specwright::Core::SpecAnalyzer;
using Specwright::Core::SpecRepository;
using Specwright::Core::SpecTemplate;
using Specwright::Core::SpecValidator;
using Specwright::Core::TextFile;

namespace {

// A specs repository with the Glance template and a few releases.
std::unique_ptr<QTemporaryDir> makeRepository(const QStringList &releases, bool projectFolders)
{
    auto dir = std::make_unique<QTemporaryDir>();
    QDir root(dir->path());
    for (const QString &release : releases) {
        root.mkpath(
            QStringLiteral("specs/%1/approved%2").arg(release, projectFolders ? QStringLiteral("/glance") : QString()));
    }
    root.mkpath(QStringLiteral("specs/api"));
    QFile::copy(QStringLiteral(SPECWRIGHT_SOURCE_DIR "/resources/templates/glance-spec.rst"),
                root.filePath(QStringLiteral("specs/template.rst")));
    return dir;
}

QString exampleSpec()
{
    return TextFile::read(QStringLiteral(SPECWRIGHT_SOURCE_DIR "/resources/examples/example-spec.rst")).text();
}

} // namespace

class ReviewExportTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // A draft elsewhere in a specs repository is judged as Export for Review will judge it, in the
    // editor's analysis and in check alike: the repository's profile and its newest release's template.
    void draftOutsideSpecsIsJudgedByTheRepositorysGate_data()
    {
        QTest::addColumn<bool>("nova");
        QTest::newRow("nominal: glance-style repository") << false;
        QTest::newRow("nominal: nova-style repository (per-release templates)") << true;
    }

    void draftOutsideSpecsIsJudgedByTheRepositorysGate()
    {
        QFETCH(bool, nova);
        const auto repo = makeRepository({QStringLiteral("2025.2"), QStringLiteral("2026.1")}, false);
        QDir root(repo->path());
        if (nova) {
            QVERIFY(QFile::copy(root.filePath(QStringLiteral("specs/template.rst")),
                                root.filePath(QStringLiteral("specs/2026.1-template.rst"))));
            QVERIFY(QFile::remove(root.filePath(QStringLiteral("specs/template.rst"))));
        }
        QVERIFY(root.mkpath(QStringLiteral("drafts")));
        const QString draft = root.filePath(QStringLiteral("drafts/draft.rst"));
        const QString text = exampleSpec();
        QVERIFY(TextFile::write(draft, text).isEmpty());

        const ReviewExport::Plan plan = ReviewExport::plan(draft, text);
        QVERIFY2(plan.problems.isEmpty(), qPrintable(plan.problems.join(u'\n')));
        CheckRules rules;
        const SpecAnalysis editor =
            SpecAnalyzer::analyse(AnalysisInput::fromEditor(text, draft, 1, TextFile::LineEnding::Unix, false), rules);
        QCOMPARE(editor.profile, plan.profile);
        QCOMPARE(editor.profile, GateProfile(nova ? SpecValidator::Profile::Nova : SpecValidator::Profile::Glance));
        const SpecTemplate expected = SpecTemplate::forSpecFile(plan.targetPath);
        QVERIFY(expected.isValid());
        QCOMPARE(editor.templateName, expected.name());
        QCOMPARE(SpecTemplate::forSpecFile(draft).name(), expected.name());
        QCOMPARE(GateProfile(SpecValidator::detectProfile(draft)), plan.profile);
    }

    void releasesOldestFirst()
    {
        const auto repo =
            makeRepository({QStringLiteral("zed"), QStringLiteral("2023.1"), QStringLiteral("juno"),
                            QStringLiteral("2026.2"), QStringLiteral("2024.1"), QStringLiteral("2024.10")},
                           false);
        QCOMPARE(SpecRepository::releases(repo->path()),
                 QStringList({QStringLiteral("juno"), QStringLiteral("zed"), QStringLiteral("2023.1"),
                              QStringLiteral("2024.1"), QStringLiteral("2024.10"), QStringLiteral("2026.2")}));
        // Found from a file anywhere below it.
        const QString deep = QDir(repo->path()).filePath(QStringLiteral("specs/zed/approved/x.rst"));
        QCOMPARE(SpecRepository::find(deep), QDir(repo->path()).absolutePath());
    }

    void names_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("valid");
        QTest::newRow("nominal: words and hyphens") << QStringLiteral("resumable-image-upload") << true;
        QTest::newRow("nominal: digits") << QStringLiteral("glance-v2-api") << true;
        QTest::newRow("edge: capitals") << QStringLiteral("Resumable-Upload") << false;
        QTest::newRow("edge: underscore") << QStringLiteral("image_upload") << false;
        QTest::newRow("edge: double hyphen") << QStringLiteral("image--upload") << false;
        QTest::newRow("edge: trailing hyphen") << QStringLiteral("upload-") << false;
        QTest::newRow("edge: empty") << QString() << false;
    }

    void names()
    {
        QFETCH(QString, name);
        QFETCH(bool, valid);
        QCOMPARE(ReviewExport::isValidName(name), valid);
    }

    void blueprintFromTheUrl()
    {
        const auto [project, name] =
            ReviewExport::blueprint(QStringLiteral("Intro.\n\nhttps://blueprints.launchpad.net/glance-store/+spec/"
                                                   "multi-store-copy\n"));
        QCOMPARE(project, QStringLiteral("glance-store"));
        QCOMPARE(name, QStringLiteral("multi-store-copy"));
    }

    void commitMessage_data()
    {
        QTest::addColumn<QString>("apiSection");
        QTest::addColumn<bool>("apiImpact");
        QTest::newRow("nominal: the REST API changes") << QStringLiteral("A new call, ``PUT /v2/x``.") << true;
        QTest::newRow("nominal: None") << QStringLiteral("None") << false;
    }

    void commitMessage()
    {
        QFETCH(QString, apiSection);
        QFETCH(bool, apiImpact);
        const QString text = QStringLiteral("=========\nBig title\n=========\n\nProposed change\n===============\n\n"
                                            "Words.\n\nREST API impact\n---------------\n\n") +
                             apiSection + QLatin1Char('\n');
        const QString message = ReviewExport::commitMessage(*RstParser::parse(text), QStringLiteral("big-title"));
        QVERIFY(message.startsWith(QLatin1String("Big title\n\nImplements: blueprint big-title\n")));
        QCOMPARE(message.contains(QLatin1String("\nAPIImpact\n")), apiImpact);
    }

    void planAndWrite()
    {
        const auto repo = makeRepository({QStringLiteral("2025.2"), QStringLiteral("2026.1")}, true);
        const QString spec = exampleSpec();
        const ReviewExport::Plan plan = ReviewExport::plan(QString(), spec, repo->path());
        QVERIFY2(plan.canExport(), qPrintable(plan.problems.join(QLatin1Char('\n'))));
        QCOMPARE(plan.release, QStringLiteral("2026.1")); // the newest
        QCOMPARE(plan.name, QStringLiteral("resumable-image-upload"));
        QCOMPARE(
            plan.targetPath,
            QDir(repo->path()).filePath(QStringLiteral("specs/2026.1/approved/glance/resumable-image-upload.rst")));
        QCOMPARE(plan.count(Diagnostic::Severity::Error), 0);
        QCOMPARE(ReviewExport::write(plan, false), QString());
        QCOMPARE(TextFile::read(plan.targetPath).text(), plan.normalized.text);
        // The same text again is fine; other text needs confirmation.
        QCOMPARE(ReviewExport::write(plan, false), QString());
        ReviewExport::Plan changed = ReviewExport::plan(QString(), spec + QStringLiteral("\nMore.\n"), repo->path());
        QVERIFY(ReviewExport::write(changed, false).contains(QLatin1String("exists with other text")));
        QCOMPARE(ReviewExport::write(changed, true), QString());
        QCOMPARE(TextFile::read(plan.targetPath).text(), changed.normalized.text);
    }

    // A --name other than the launchpad URL's blueprint exports, but says the two differ.
    void nameDiffersFromTheUrl_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QStringList>("warnings");
        const QString spec = exampleSpec();
        QTest::newRow("nominal: no name given: the URL's") << spec << QString() << QStringList();
        QTest::newRow("nominal: the URL's own name")
            << spec << QStringLiteral("resumable-image-upload") << QStringList();
        QTest::newRow("nominal: another name")
            << spec << QStringLiteral("other")
            << QStringList{QStringLiteral("The blueprint name \"other\" differs from the spec's launchpad URL, which "
                                          "names \"resumable-image-upload\": the commit would implement blueprint "
                                          "other.")};
        QTest::newRow("edge: no URL to differ from")
            << QString(spec).replace(QLatin1String("https://blueprints.launchpad.net/glance/+spec/"), QString())
            << QStringLiteral("other") << QStringList();
    }

    void nameDiffersFromTheUrl()
    {
        QFETCH(QString, text);
        QFETCH(QString, name);
        QFETCH(QStringList, warnings);
        const auto repo = makeRepository({QStringLiteral("2026.1")}, false);
        const ReviewExport::Plan plan = ReviewExport::plan(QString(), text, repo->path(), QString(), name);
        QCOMPARE(plan.warnings, warnings);
        QVERIFY2(plan.canExport(), qPrintable(plan.problems.join(u' '))); // a warning, not a refusal
        if (!name.isEmpty()) {
            QVERIFY(plan.commitMessage.contains(QStringLiteral("Implements: blueprint %1\n").arg(name)));
        }
    }

    // The line-ending conversion is said once; the diff holds only the real changes.
    void lineEndings_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("description");
        QTest::addColumn<QString>("lfText");
        QTest::newRow("nominal: CRLF on every line")
            << QStringLiteral("One\r\nTwo\r\n") << QStringLiteral("Line endings: CRLF \u2192 LF (every line)")
            << QStringLiteral("One\nTwo\n");
        QTest::newRow("edge: CRLF on some lines")
            << QStringLiteral("One\nTwo\r\nThree\n") << QStringLiteral("Line endings: CRLF \u2192 LF (1 of 3 lines)")
            << QStringLiteral("One\nTwo\nThree\n");
        QTest::newRow("edge: lone CRs (old Mac)")
            << QStringLiteral("One\rTwo\r") << QStringLiteral("Line endings: CR \u2192 LF (every line)")
            << QStringLiteral("One\nTwo\n");
        QTest::newRow("edge: both") << QStringLiteral("One\rTwo\r\n")
                                    << QStringLiteral("Line endings: CRLF and CR \u2192 LF (every line)")
                                    << QStringLiteral("One\nTwo\n");
        QTest::newRow("nominal: LF already")
            << QStringLiteral("One\nTwo\n") << QString() << QStringLiteral("One\nTwo\n");
    }

    void lineEndings()
    {
        QFETCH(QString, text);
        QFETCH(QString, description);
        QFETCH(QString, lfText);
        QString said = QStringLiteral("stale");
        QCOMPARE(ReviewExport::withUnixLineEndings(text, &said), lfText);
        QCOMPARE(said, description);
    }

    void lineEndingsAsideFromTheDiff_data()
    {
        QTest::addColumn<bool>("trailingSpace");
        QTest::addColumn<QStringList>("diffLines"); ///< the "-" and "+" lines, headers aside
        QTest::newRow("nominal: only CRLF: no diff") << false << QStringList();
        QTest::newRow("nominal: CRLF and one trailing space: that line only")
            << true
            << QStringList{QStringLiteral("-The API reference documents the header and the new response. "),
                           QStringLiteral("+The API reference documents the header and the new response.")};
    }

    void lineEndingsAsideFromTheDiff()
    {
        QFETCH(bool, trailingSpace);
        QFETCH(QStringList, diffLines);
        QString spec = ReviewNormalizer::normalize(exampleSpec()).text; // in shape but for what the row adds
        if (trailingSpace) {
            spec.replace(QLatin1String("new response.\n"), QLatin1String("new response. \n"));
        }
        spec.replace(QLatin1Char('\n'), QLatin1String("\r\n"));
        const auto repo = makeRepository({QStringLiteral("2026.1")}, false);
        const ReviewExport::Plan plan = ReviewExport::plan(QString(), spec, repo->path());
        QCOMPARE(plan.lineEndings, QStringLiteral("Line endings: CRLF \u2192 LF (every line)"));
        QStringList changed;
        for (const QString &line : plan.diff.split(u'\n')) {
            if ((line.startsWith(u'-') && !line.startsWith(QLatin1String("---"))) ||
                (line.startsWith(u'+') && !line.startsWith(QLatin1String("+++")))) {
                changed.append(line);
            }
        }
        QCOMPARE(changed, diffLines);
        QVERIFY(!plan.diff.contains(u'\r'));
    }

    void refused_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("release");
        QTest::addColumn<QString>("problem");
        const QString spec = exampleSpec();
        QTest::newRow("edge: markup error the gate rejects")
            << spec + QStringLiteral("\n.. frobnicate::\n") << QString() << QString() << QStringLiteral("error(s)");
        QTest::newRow("edge: bad name") << spec << QStringLiteral("Bad_Name") << QString()
                                        << QStringLiteral("is not a blueprint name");
        QTest::newRow("edge: no blueprint URL")
            << QString(spec).replace(QLatin1String("https://blueprints.launchpad.net/glance/+spec/"), QString())
            << QString() << QString() << QStringLiteral("No blueprint name");
        QTest::newRow("edge: unknown release")
            << spec << QString() << QStringLiteral("2099.9") << QStringLiteral("is not a release");
    }

    // A repository whose specs/ has no release folder yet says so, instead of naming an empty release.
    void repositoryWithoutReleases()
    {
        const auto repo = makeRepository({}, false);
        const ReviewExport::Plan plan = ReviewExport::plan(QString(), exampleSpec(), repo->path());
        QVERIFY(!plan.canExport());
        QCOMPARE(plan.problems.size(), 1);
        QVERIFY2(plan.problems.constFirst().contains(QLatin1String("has no release folders yet")),
                 qPrintable(plan.problems.constFirst()));
        QVERIFY(!plan.problems.constFirst().contains(QLatin1String("\"\"")));
    }

    void refused()
    {
        QFETCH(QString, text);
        QFETCH(QString, name);
        QFETCH(QString, release);
        QFETCH(QString, problem);
        const auto repo = makeRepository({QStringLiteral("2026.1")}, false);
        const ReviewExport::Plan plan = ReviewExport::plan(QString(), text, repo->path(), release, name);
        QVERIFY(!plan.canExport());
        QVERIFY2(plan.problems.join(QLatin1Char(' ')).contains(problem),
                 qPrintable(plan.problems.join(QLatin1Char(' '))));
        QVERIFY(!ReviewExport::write(plan, true).isEmpty());
        QCOMPARE(
            QDir(QDir(repo->path()).filePath(QStringLiteral("specs/2026.1/approved"))).entryList(QDir::Files).size(),
            0);
    }
};

QTEST_GUILESS_MAIN(ReviewExportTest)
#include "reviewexport_test.moc"
