// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The repository's Sphinx build, checked live (issue 25 §2): Sphinx's path patterns and conf.py,
// the index of a repository's documents (built incrementally), the findings for one document,
// and the Glance corpus with its doc/source: no false error, and against the real
// `sphinx-build -W` on seeded faults (where the machine has Sphinx).
#include "glancelikerepository.h"
#include "testconfig.h"

#include <core/analysis/analysisinput.h>
#include <core/analysis/specanalyzer.h>
#include <core/document/textfile.h>
#include <core/review/reviewexport.h>
#include <core/sphinx/sphinxcheck.h>
#include <core/sphinx/sphinxconfig.h>
#include <core/sphinx/sphinxindex.h>
#include <core/sphinx/sphinxpattern.h>
#include <core/sphinx/toctreeaddition.h>
#include <core/validate/checkrules.h>

#include <QDateTime>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Specwright::Core;

namespace {

using Repo = GlanceLikeRepository;

SpecAnalysis analyse(const QString &path, const QString &text)
{
    CheckRules rules;
    return SpecAnalyzer::analyse(AnalysisInput::fromEditor(text, path, 1, TextFile::LineEnding::Unix, false), rules);
}

QStringList sphinxFindings(const SpecAnalysis &analysis)
{
    QStringList found;
    for (const Diagnostic &d : analysis.diagnostics) {
        if (d.ruleId.startsWith(QLatin1String("sphinx-")) || d.ruleId.startsWith(QLatin1String("code-block"))) {
            found.append(QStringLiteral("%1@%2").arg(d.ruleId).arg(d.range.startLine + 1));
        }
    }
    return found;
}

const QString SmallSpec = QStringLiteral(R"(.. _small-spec:

==========
Small spec
==========

Text.
)");

} // namespace

class SphinxIndexTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pattern_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<QString>("path");
        QTest::addColumn<bool>("matches");
        QTest::newRow("** crosses folders") << "**/template.rst" << "specs/2025.1/template.rst" << true;
        QTest::newRow("**/ needs a folder") << "**/template.rst" << "template.rst" << false;
        QTest::newRow("* stays in its folder")
            << "specs/2025.1/approved/*" << "specs/2025.1/approved/glance/x" << false;
        QTest::newRow("* matches a file") << "specs/2025.1/approved/*" << "specs/2025.1/approved/index" << true;
        QTest::newRow("whole path only") << "approved/*" << "specs/approved/x" << false;
        QTest::newRow("? one character") << "specs/?.rst" << "specs/a.rst" << true;
        QTest::newRow("class") << "specs/[ab]*" << "specs/beta" << true;
        QTest::newRow("negated class") << "specs/[!ab]*" << "specs/beta" << false;
        QTest::newRow("dot is literal") << "_build" << "_buildx" << false;
        QTest::newRow("a folder") << "_build" << "_build" << true;
    }
    void pattern()
    {
        QFETCH(QString, pattern);
        QFETCH(QString, path);
        QFETCH(bool, matches);
        QCOMPARE(SphinxPattern(pattern).matches(path), matches);
    }

    void config()
    {
        const SphinxConfig config = SphinxConfig::fromText(QStringLiteral("/repo/doc/source"), QStringLiteral(R"(
master_doc = 'contents'  # the old name
exclude_patterns = [
    '_build',   # Sphinx's output
    "**/template.rst",
]
html_static_path = ['_static']
)"));
        QVERIFY(config.isValid());
        QCOMPARE(config.rootDoc(), QStringLiteral("contents"));
        QCOMPARE(config.excludePatterns(), (QStringList{QStringLiteral("_build"), QStringLiteral("**/template.rst")}));
        QVERIFY(config.isExcluded(QStringLiteral("specs/kilo/template.rst")));
        QVERIFY(config.isExcluded(QStringLiteral("_static")));
        QVERIFY(!config.isExcluded(QStringLiteral("specs/kilo/spec.rst")));
        QVERIFY(!SphinxConfig::read(QStringLiteral("/nonexistent")).isValid());
    }

    void findings_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");
        const QString title = QStringLiteral("=====\nTitle\n=====\n\n");
        QTest::newRow("clean, reached by a glob")
            << "specs/2025.1/approved/clean.rst" << title + QStringLiteral("See :ref:`small-spec`.\n") << QStringList{};
        QTest::newRow("reached by no toctree")
            << "specs/2025.1/backlog/lost.rst" << title << QStringList{QStringLiteral("sphinx-toctree-unreached@1")};
        QTest::newRow("orphan needs no toctree")
            << "specs/2025.1/backlog/lost.rst" << QStringLiteral(":orphan:\n\n") + title << QStringList{};
        QTest::newRow("duplicate label") << "specs/2025.1/approved/dup.rst"
                                         << title + QStringLiteral("Text.\n\n.. _Small-Spec:\n\nPart\n----\n")
                                         << QStringList{QStringLiteral("sphinx-duplicate-label@7")};
        QTest::newRow("undefined :ref:") << "specs/2025.1/approved/ref.rst"
                                         << title + QStringLiteral("See\n:ref:`the spec <no-such-label>`.\n")
                                         << QStringList{QStringLiteral("sphinx-undefined-label@6")};
        QTest::newRow(":std:ref: is :ref:")
            << "specs/2025.1/approved/ref.rst"
            << title + QStringLiteral("See :std:ref:`small-spec`, :std:ref:`nowhere`.\n")
            << QStringList{QStringLiteral("sphinx-undefined-label@5")};
        QTest::newRow(":ref: without a title to a label before a paragraph")
            << "specs/2025.1/approved/ref.rst"
            << title + QStringLiteral(".. _para:\n\nA paragraph.\n\nSee :ref:`para`, :ref:`this <para>`.\n")
            << QStringList{QStringLiteral("sphinx-untitled-label@9")};
        QTest::newRow("labels before a section, a captioned figure and code block, and other labels")
            << "specs/2025.1/approved/ref.rst"
            << title + QStringLiteral(".. _fig:\n\n.. figure:: small.png\n\n   The caption.\n\n"
                                      ".. code-block:: python\n   :caption: Code\n   :name: code\n\n   pass\n\n"
                                      "See :ref:`fig`, :ref:`code`, :ref:`first`, :ref:`second`.\n\n"
                                      ".. _first:\n.. _second:\n\nPart\n----\n")
            << QStringList{};
        QTest::newRow("label defined in the text itself")
            << "specs/2025.1/approved/ref.rst"
            << title + QStringLiteral("See :ref:`here`.\n\n.. _here:\n\nPart\n----\n") << QStringList{};
        QTest::newRow(":ref: in a literal block is no reference")
            << "specs/2025.1/approved/ref.rst" << title + QStringLiteral("::\n\n  :ref:`no-such-label`\n")
            << QStringList{};
        QTest::newRow("unknown :doc:") << "specs/2025.1/approved/doc.rst"
                                       << title + QStringLiteral("See :doc:`small` and :doc:`nothing`.\n")
                                       << QStringList{QStringLiteral("sphinx-unknown-document@5")};
        QTest::newRow("absolute :doc:") << "specs/2025.1/approved/doc.rst"
                                        << title + QStringLiteral("See :doc:`/specs/2025.1/approved/small`.\n")
                                        << QStringList{};
        QTest::newRow("missing image and literalinclude")
            << "specs/2025.1/approved/files.rst"
            << title + QStringLiteral(".. image:: small.png\n\n.. image:: none.png\n\n"
                                      ".. literalinclude:: ../none.py\n")
            << QStringList{QStringLiteral("sphinx-missing-file@7"), QStringLiteral("sphinx-missing-file@9")};
        QTest::newRow("toctree: missing document, empty glob, excluded template")
            << "specs/2025.1/index.rst"
            << title + QStringLiteral(".. toctree::\n   :glob:\n\n   approved/*\n   gone\n   nothing-*\n"
                                      "   template\n")
            << QStringList{QStringLiteral("sphinx-toctree-reference@9"), QStringLiteral("sphinx-toctree-glob@10"),
                           QStringLiteral("sphinx-toctree-reference@11")};
        QTest::newRow("template: never built, never checked")
            << "specs/2025.1/template.rst" << title + QStringLiteral(":ref:`nothing`\n") << QStringList{};
    }
    void findings()
    {
        QFETCH(QString, file);
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        QTemporaryDir dir;
        const QString root = dir.path();
        QVERIFY(Repo::makeRepository(root));
        QVERIFY(Repo::write(root + QStringLiteral("/specs/2025.1/index.rst"),
                            QStringLiteral("====\n2025\n====\n\n.. toctree::\n   :glob:\n\n   approved/*\n")));
        QVERIFY(Repo::write(root + QStringLiteral("/specs/2025.1/approved/small.rst"), SmallSpec));
        QVERIFY(Repo::write(root + QStringLiteral("/specs/2025.1/approved/small.png"), QStringLiteral("png")));
        QVERIFY(Repo::write(root + QStringLiteral("/specs/2025.1/template.rst"), SmallSpec));
        const QString path = root + QLatin1Char('/') + file;
        QVERIFY(Repo::write(path, text));
        const SpecAnalysis analysis = analyse(path, text);
        QVERIFY(analysis.sphinxIndex);
        QCOMPARE(sphinxFindings(analysis), expected);
        for (const Diagnostic &d : analysis.diagnostics) {
            QVERIFY2(d.ruleId != QLatin1String("unknown-role"), qPrintable(d.message));
            if (d.ruleId.startsWith(QLatin1String("sphinx-"))) {
                QCOMPARE(d.severity, Diagnostic::Severity::Error); // the docs job runs sphinx-build -W
            }
        }
    }

    void severityFollowsTheDocsBuild()
    {
        // Without -W, Sphinx's warnings fail nothing: they are warnings here too.
        QTemporaryDir dir;
        QVERIFY(Repo::makeRepository(dir.path()));
        QVERIFY(Repo::write(dir.filePath(QStringLiteral("tox.ini")),
                            QStringLiteral("[testenv:docs]\ncommands = sphinx-build -b html doc/source doc/build\n")));
        const QString path = dir.filePath(QStringLiteral("specs/lost.rst"));
        QVERIFY(Repo::write(path, SmallSpec));
        const SpecAnalysis analysis = analyse(path, SmallSpec);
        QCOMPARE(sphinxFindings(analysis), QStringList{QStringLiteral("sphinx-toctree-unreached@1")});
        QCOMPARE(analysis.count(Diagnostic::Severity::Error), 0);
    }

    void incrementalBuild()
    {
        QTemporaryDir dir;
        QVERIFY(Repo::makeRepository(dir.path()));
        for (int i = 0; i < 20; ++i) {
            QVERIFY(Repo::write(dir.filePath(QStringLiteral("specs/s%1.rst").arg(i)), SmallSpec));
        }
        const SphinxConfig config = SphinxConfig::read(dir.filePath(QStringLiteral("doc/source")));
        const SphinxIndex::Ptr first = SphinxIndex::build(config);
        QCOMPARE(first->documentCount(), 21); // and index.rst
        QCOMPARE(first->parsedCount(), 21);
        QCOMPARE(first->labelSites(QStringLiteral("small-spec")).size(), 20);
        QCOMPARE(first->documentNameFor(dir.filePath(QStringLiteral("specs/s3.rst"))), QStringLiteral("specs/s3"));

        QCOMPARE(SphinxIndex::build(config, first), first); // nothing changed: the same index

        QVERIFY(Repo::write(dir.filePath(QStringLiteral("specs/s3.rst")), QStringLiteral("======\nOther\n======\n")));
        QFile touched(dir.filePath(QStringLiteral("specs/s3.rst")));
        QVERIFY(touched.open(QIODevice::ReadWrite));
        QVERIFY(touched.setFileTime(QDateTime::currentDateTime().addSecs(5), QFileDevice::FileModificationTime));
        touched.close();
        QVERIFY(QFile::remove(dir.filePath(QStringLiteral("specs/s4.rst"))));
        const SphinxIndex::Ptr second = SphinxIndex::build(config, first);
        QVERIFY(second != first);
        QCOMPARE(second->parsedCount(), 1);
        QCOMPARE(second->documentCount(), 20);
        QCOMPARE(second->labelSites(QStringLiteral("small-spec")).size(), 18);
    }

    void glanceCorpusHasNoSphinxError()
    {
        const QString corpus = QStringLiteral(SPECWRIGHT_SHARED_DIR "/corpus/glance-specs");
        if (!QFile::exists(corpus)) {
            QSKIP("../shared/corpus is not beside the checkout");
        }
        QTemporaryDir dir;
        QVERIFY(Repo::copyTree(corpus, dir.path()));
        QVERIFY(Repo::makeRepository(dir.path()));
        QElapsedTimer timer;
        timer.start();
        const SphinxConfig config = SphinxConfig::read(dir.filePath(QStringLiteral("doc/source")));
        const SphinxIndex::Ptr index = SphinxIndex::build(config);
        qInfo("index of %d documents built in %lld ms", index->documentCount(), qint64(timer.elapsed()));
        QVERIFY(index->documentCount() > 200);
        {
            // After one spec changed: that file is read again, the rest reused.
            const QString changed = dir.filePath(QStringLiteral("specs/2026.1/approved/glance/"
                                                                "download-from-suggested-stores.rst"));
            QVERIFY(Repo::write(changed, Repo::read(changed) + QStringLiteral("\nOne more line.\n")));
            QFile(changed).setFileTime(QDateTime::currentDateTime().addSecs(5), QFileDevice::FileModificationTime);
            timer.restart();
            const SphinxIndex::Ptr again = SphinxIndex::build(config, index);
            qInfo("rebuilt after one change in %lld ms, %d file(s) read", qint64(timer.elapsed()),
                  again->parsedCount());
            QCOMPARE(again->parsedCount(), 1);
        }
        QStringList errors;
        for (const QString &name : index->documentNames()) {
            const SphinxIndex::Document *document = index->document(name);
            QCOMPARE(index->documentNameFor(document->path), name);
            const QString text = Repo::read(document->path);
            const SpecAnalysis analysis = analyse(document->path, text);
            for (const Diagnostic &d : analysis.diagnostics) {
                // Nothing at all is an error, repository-level checks included (the corpus passed its gate).
                if (d.severity == Diagnostic::Severity::Error) {
                    errors.append(QStringLiteral("%1:%2: %3").arg(name).arg(d.range.startLine + 1).arg(d.message));
                }
            }
        }
        QVERIFY2(errors.isEmpty(), qPrintable(errors.mid(0, 20).join(u'\n')));
    }
    void toctreeAddition_data()
    {
        QTest::addColumn<QString>("index");    // specs/2026.2/approved/index.rst
        QTest::addColumn<QString>("sibling");  // specs/2026.1/approved/index.rst
        QTest::addColumn<QString>("spec");     // the new spec, below specs/2026.2/approved/
        QTest::addColumn<QString>("expected"); // the index after the edit; empty: no edit
        const QString head = QStringLiteral("========\nApproved\n========\n\n");
        const QString globbing = head + QStringLiteral(".. toctree::\n   :glob:\n   :maxdepth: 1\n\n   glance/*\n");
        QTest::newRow("a glob for the new folder, after its neighbours")
            << globbing << globbing << "glance_store/new.rst"
            << head + QStringLiteral(".. toctree::\n   :glob:\n   :maxdepth: 1\n\n   glance/*\n   glance_store/*\n");
        QTest::newRow("already reached: nothing") << globbing << globbing << "glance/new.rst" << "";
        QTest::newRow("reached by a glob before it is written: nothing")
            << globbing << globbing << "glance/unwritten.rst" << "";
        QTest::newRow("names one by one: the name")
            << head + QStringLiteral(".. toctree::\n   :maxdepth: 1\n\n   glance/old\n") << globbing << "glance/new.rst"
            << head + QStringLiteral(".. toctree::\n   :maxdepth: 1\n\n   glance/old\n   glance/new\n");
        QTest::newRow("empty toctree: as the release before does, before the text after it")
            << head + QStringLiteral(".. toctree::\n   :glob:\n   :maxdepth: 1\n\nTODO: fill this in.\n") << globbing
            << "glance/new.rst"
            << head +
                   QStringLiteral(".. toctree::\n   :glob:\n   :maxdepth: 1\n\n   glance/*\n\nTODO: fill this in.\n");
        QTest::newRow("no toctree at all: one is added")
            << head + QStringLiteral("Nothing yet.\n") << globbing << "glance/new.rst"
            << head + QStringLiteral("Nothing yet.\n\n.. toctree::\n   :glob:\n   :maxdepth: 1\n\n   glance/*\n");
    }
    void toctreeAddition()
    {
        QFETCH(QString, index);
        QFETCH(QString, sibling);
        QFETCH(QString, spec);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        QVERIFY(Repo::makeRepository(dir.path()));
        const QString release = QStringLiteral("====\nRelease\n====\n\n.. toctree::\n   :glob:\n\n   approved/index\n");
        QVERIFY(Repo::write(dir.filePath(QStringLiteral("specs/2026.2/index.rst")), release));
        QVERIFY(Repo::write(dir.filePath(QStringLiteral("specs/2026.1/index.rst")), release));
        QVERIFY(Repo::write(dir.filePath(QStringLiteral("specs/2026.2/approved/index.rst")), index));
        QVERIFY(Repo::write(dir.filePath(QStringLiteral("specs/2026.1/approved/index.rst")), sibling));
        QVERIFY(Repo::write(dir.filePath(QStringLiteral("specs/2026.2/approved/glance/old.rst")), SmallSpec));
        QVERIFY(Repo::write(dir.filePath(QStringLiteral("specs/2026.1/approved/glance/older.rst")), SmallSpec));
        if (!spec.contains(QLatin1String("unwritten"))) {
            QVERIFY(Repo::write(dir.filePath(QStringLiteral("specs/2026.2/approved/") + spec), SmallSpec));
        }
        const SphinxIndex::Ptr built =
            SphinxIndex::build(SphinxConfig::read(dir.filePath(QStringLiteral("doc/source"))));
        const QString name = built->documentNameFor(dir.filePath(QStringLiteral("specs/2026.2/approved/") + spec));
        QVERIFY(!name.isEmpty());
        const std::optional<ToctreeAddition::Edit> edit = ToctreeAddition::forDocument(*built, name);
        if (expected.isEmpty()) {
            QVERIFY(!edit);
            return;
        }
        QVERIFY(edit);
        QCOMPARE(edit->path,
                 QFileInfo(dir.filePath(QStringLiteral("specs/2026.2/approved/index.rst"))).canonicalFilePath());
        QCOMPARE(edit->before, index);
        QCOMPARE(edit->after, expected);
        QVERIFY(edit->diff.contains(QStringLiteral("\n+   ") + edit->entry));
    }

    void exportedSpecPassesSphinx_data()
    {
        QTest::addColumn<QString>("release");
        QTest::addColumn<QString>("approvedIndex"); // what its approved/index.rst holds afterwards
        // 2026.2's approved/index.rst has an empty toctree: the export adds "glance/*" there.
        QTest::newRow("into 2026.2, whose index is empty")
            << QStringLiteral("2026.2") << QStringLiteral("\n   glance/*\n");
        // 2027.1 does not exist: made like 2026.2, with "glance/*" in its approved/index.rst.
        QTest::newRow("into a new release, 2027.1") << QStringLiteral("2027.1") << QStringLiteral("\n   glance/*\n");
    }

    void exportedSpecPassesSphinx()
    {
        // Export for Review into a copy of the Glance corpus: the real sphinx-build -W passes after it.
        QFETCH(QString, release);
        QFETCH(QString, approvedIndex);
        const QString corpus = QStringLiteral(SPECWRIGHT_SHARED_DIR "/corpus/glance-specs");
        if (!QFile::exists(corpus)) {
            QSKIP("../shared/corpus is not beside the checkout");
        }
        QTemporaryDir dir;
        QVERIFY(Repo::copyTree(corpus, dir.path()));
        QVERIFY(Repo::makeRepository(dir.path()));
        const QString example = QStringLiteral(SPECWRIGHT_SOURCE_DIR "/resources/examples/example-spec.rst");
        const ReviewExport::Plan plan =
            ReviewExport::plan(example, Repo::read(example), dir.path(), release, QStringLiteral("exported-spec"));
        QVERIFY2(plan.canExport(), qPrintable(plan.problems.join(u'\n')));
        QCOMPARE(plan.newRelease, release == QLatin1String("2027.1"));
        QVERIFY(!plan.repositoryEdits.isEmpty());
        QVERIFY(plan.targetPath.endsWith(QStringLiteral("specs/%1/approved/glance/exported-spec.rst").arg(release)));
        QCOMPARE(ReviewExport::write(plan, false), QString());
        QVERIFY(Repo::read(dir.filePath(QStringLiteral("specs/%1/approved/index.rst").arg(release)))
                    .contains(approvedIndex));
        const QString sphinx = Repo::sphinxBuild();
        if (sphinx.isEmpty()) {
            QSKIP("no sphinx-build on this machine (Debian: python3-sphinx)");
        }
        const Repo::SphinxRun run = Repo::runSphinx(sphinx, dir.path());
        QVERIFY2(run.exitCode == 0, qPrintable(run.warnings.join(u'\n')));
        QVERIFY(QFile::exists(
            dir.filePath(QStringLiteral("doc/build/html/specs/%1/approved/glance/exported-spec.html").arg(release))));
    }

    void sphinxBuildAgreesOnSeededFaults()
    {
        // Each fault of issue 25 §2 seeded into its own file of a copy of the Glance corpus: the real
        // sphinx-build -W fails on it, and Specwright reports it in that file, at Sphinx's line.
        const QString corpus = QStringLiteral(SPECWRIGHT_SHARED_DIR "/corpus/glance-specs");
        if (!QFile::exists(corpus)) {
            QSKIP("../shared/corpus is not beside the checkout");
        }
        const QString sphinx = Repo::sphinxBuild();
        if (sphinx.isEmpty()) {
            QSKIP("no sphinx-build on this machine (Debian: python3-sphinx)");
        }
        QTemporaryDir dir;
        QVERIFY(Repo::copyTree(corpus, dir.path()));
        QVERIFY(Repo::makeRepository(dir.path()));
        const Repo::SphinxRun clean = Repo::runSphinx(sphinx, dir.path());
        qInfo("sphinx-build -W on the unseeded copy: exit %d in %lld ms", clean.exitCode, clean.milliseconds);
        QVERIFY2(clean.exitCode == 0, qPrintable(clean.warnings.mid(0, 20).join(u'\n')));

        struct Seed
        {
            const char *file;
            QString text;
            const char *sphinxSays;
            const char *rule;
            int sphinxLine; ///< 1: Sphinx names no line
            int line;       ///< where Specwright reports it
        };
        const QString title = QStringLiteral("=============\nA seeded spec\n=============\n\n");
        const QList<Seed> seeds = {
            {"specs/2026.2/approved/glance/seeded-unreached.rst", title + QStringLiteral("Text.\n"),
             "document isn't included in any toctree", "sphinx-toctree-unreached", 1, 1},
            {"specs/untargeted/glance/seeded-duplicate-label.rst",
             title + QStringLiteral("Text.\n\n.. _references:\n\nReferences\n----------\n\nMore.\n"),
             "duplicate label references", "sphinx-duplicate-label", 10, 7},
            {"specs/untargeted/glance/seeded-undefined-label.rst",
             title + QStringLiteral("Text.\n\nSee :ref:`no-such-label` here.\n"), "undefined label: 'no-such-label'",
             "sphinx-undefined-label", 7, 7},
            {"specs/untargeted/glance/seeded-unknown-document.rst",
             title + QStringLiteral("Text.\n\nSee :doc:`no-such-document` here.\n"),
             "unknown document: 'no-such-document'", "sphinx-unknown-document", 7, 7},
            {"specs/untargeted/glance/seeded-missing-image.rst",
             title + QStringLiteral("Text.\n\n.. image:: no-such-image.png\n"), "image file not readable",
             "sphinx-missing-file", 7, 7},
            {"specs/untargeted/glance/seeded-missing-literalinclude.rst",
             title + QStringLiteral("Text.\n\n.. literalinclude:: no-such-file.py\n"), "not found or reading it failed",
             "sphinx-missing-file", 7, 7},
            {"specs/untargeted/glance/seeded-toctree-reference.rst",
             title + QStringLiteral("Text.\n\n.. toctree::\n\n   no-such-doc\n"),
             "toctree contains reference to nonexisting document", "sphinx-toctree-reference", 7, 9},
            {"specs/untargeted/glance/seeded-toctree-glob.rst",
             title + QStringLiteral("Text.\n\n.. toctree::\n   :glob:\n\n   nothing-*\n"), "didn't match any documents",
             "sphinx-toctree-glob", 7, 10},
            {"specs/untargeted/glance/seeded-untitled-label.rst",
             title +
                 QStringLiteral("Text.\n\n.. _seeded-untitled:\n\nA paragraph.\n\nSee :ref:`seeded-untitled` here.\n"),
             "seeded-untitled", "sphinx-untitled-label", 11, 11},
            {"specs/untargeted/glance/seeded-std-ref.rst",
             title + QStringLiteral("Text.\n\nSee :std:ref:`no-such-std-label` here.\n"),
             "undefined label: 'no-such-std-label'", "sphinx-undefined-label", 7, 7},
            {"specs/untargeted/glance/seeded-json.rst",
             title + QStringLiteral("Text.\n\n.. code-block:: json\n\n   {\"name\": ...}\n"), "as \"json\"",
             "code-block-lex", 7, 9},
        };
        for (const Seed &seed : seeds) {
            QVERIFY(Repo::write(dir.filePath(QLatin1String(seed.file)), seed.text));
        }
        const Repo::SphinxRun seeded = Repo::runSphinx(sphinx, dir.path());
        qInfo("sphinx-build -W on the seeded copy: exit %d in %lld ms", seeded.exitCode, seeded.milliseconds);
        QVERIFY(seeded.exitCode != 0);
        const QRegularExpression location(QStringLiteral("^(.*?\\.rst):(\\d*):? (WARNING|ERROR): (.*)$"));
        for (const Seed &seed : seeds) {
            const QString name = QFileInfo(QLatin1String(seed.file)).fileName();
            int sphinxLine = -1;
            for (const QString &warning : seeded.warnings) {
                const QRegularExpressionMatch match = location.match(warning);
                if (match.hasMatch() && match.captured(1).endsWith(name) &&
                    match.captured(4).contains(QLatin1String(seed.sphinxSays))) {
                    sphinxLine = match.captured(2).isEmpty() ? 1 : match.captured(2).toInt();
                }
            }
            QVERIFY2(sphinxLine > 0,
                     qPrintable(QStringLiteral("sphinx-build said nothing of %1 about %2:\n%3")
                                    .arg(name, QLatin1String(seed.sphinxSays), seeded.warnings.join(u'\n'))));
            QCOMPARE(sphinxLine, seed.sphinxLine);
            // Where the two differ, Specwright points inside what Sphinx names: a duplicate label at
            // the label (Sphinx: the section it labels), a toctree's entry (Sphinx: the directive), the
            // code-block line that does not lex (Sphinx: the directive).
            const SpecAnalysis analysis = analyse(dir.filePath(QLatin1String(seed.file)), seed.text);
            QStringList reported;
            for (const Diagnostic &d : analysis.diagnostics) {
                if (d.ruleId == QLatin1String(seed.rule) && d.severity == Diagnostic::Severity::Error) {
                    reported.append(QString::number(d.range.startLine + 1));
                }
            }
            QVERIFY2(
                reported == QStringList{QString::number(seed.line)},
                qPrintable(
                    QStringLiteral("%1: %2 at lines %3").arg(name, QLatin1String(seed.rule), reported.join(u' '))));
        }
    }
};

QTEST_GUILESS_MAIN(SphinxIndexTest)
#include "sphinxindex_test.moc"
