// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The gate read from the repository (issue 25 §1): small repositories in the shapes the specs
// repositories' gates take (../shared/reference/gate.md), and what is resolved from each; and the
// Glance corpus, given Glance's own tox.ini, .zuul.yaml and titles test, without a false error.
#include "testconfig.h"

#include <core/analysis/analysisinput.h>
#include <core/analysis/specanalyzer.h>
#include <core/document/textfile.h>
#include <core/validate/builtintemplates.h>
#include <core/validate/checkrules.h>
#include <core/validate/gateprofile.h>
#include <core/validate/repositorygate.h>

#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Specwright::Core;

namespace {

using Files = QMap<QString, QString>;
using Severity = Diagnostic::Severity;

constexpr Severity E = Severity::Error;
constexpr Severity W = Severity::Warning;

bool write(const QString &path, const QString &text)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(text.toUtf8()) == text.toUtf8().size();
}

QString glanceTemplate()
{
    return BuiltinTemplates::text(BuiltinTemplates::all().constFirst());
}

// What Glance runs (gate-details.md §0): doc8 and flake8 in pep8, sphinx-build -W in docs, the
// titles test only in the py313 job, which changes to .rst files do not trigger.
const QString GlanceTox = QStringLiteral(R"([tox]
minversion = 3.18.0
envlist = docs,py313,pep8

[testenv]
usedevelop = True
deps = -r{toxinidir}/requirements.txt
       -r{toxinidir}/test-requirements.txt
commands = stestr run --slowest {posargs}

[testenv:docs]
commands =
  sphinx-build -W -b html doc/source doc/build/html
  whereto doc/source/_extra/.htaccess doc/test/redirect-tests.txt

[testenv:pep8]
commands =
  doc8 --ignore D001 specs/
  flake8
)");
const QString GlanceZuul = QStringLiteral(R"(- project:
    templates:
      - openstack-specs-jobs
    check:
      jobs:
        - openstack-tox-pep8
        - openstack-tox-py313
    gate:
      jobs:
        - openstack-tox-pep8
        - openstack-tox-py313
)");
const QString NovaTitles = QStringLiteral(R"(import glob
import re

import docutils.core
import testtools


class TestTitles(testtools.TestCase):
    def _check_lines_wrapping(self, tpl, raw):
        code_block = False
        for i, line in enumerate(raw.split("\n")):
            self.assertTrue(len(line) < 80, msg="%s:%d: Line limited to a maximum of 79 characters." % (tpl, i + 1))

    def _check_no_cr(self, tpl, raw):
        matches = re.findall('\r', raw)

    def _check_trailing_spaces(self, tpl, raw):
        for i, line in enumerate(raw.split("\n")):
            trailing_spaces = re.findall(" +$", line)

    def _check_zero_width_space(self, tpl, raw):
        self.assertNotIn(u'\u200B', raw)
)");
const QString PlainTitles = QStringLiteral("import docutils.core\n\nclass TestTitles(object):\n"
                                           "    def _check_titles(self, titles):\n        pass\n");

} // namespace

class RepositoryGateTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void findsTheRoot()
    {
        QTemporaryDir dir;
        QVERIFY(write(dir.filePath(QStringLiteral("specs/2026.1/approved/a.rst")), QStringLiteral("A\n")));
        // specs/ alone is not a repository's root: one of tox.ini, setup.cfg or .git goes with it.
        QCOMPARE(RepositoryGate::findRoot(dir.filePath(QStringLiteral("specs/2026.1/approved/a.rst"))), QString());
        QVERIFY(write(dir.filePath(QStringLiteral(".git/HEAD")), QStringLiteral("ref: refs/heads/main\n")));
        QCOMPARE(RepositoryGate::findRoot(dir.filePath(QStringLiteral("specs/2026.1/approved/a.rst"))),
                 QDir(dir.path()).absolutePath());
        QCOMPARE(RepositoryGate::findRoot(dir.filePath(QStringLiteral("specs"))), QDir(dir.path()).absolutePath());
    }

    void resolves_data()
    {
        QTest::addColumn<Files>("files");
        QTest::addColumn<QString>("spec");
        QTest::addColumn<bool>("doc8Runs");
        QTest::addColumn<QStringList>("doc8Ignored");
        QTest::addColumn<int>("maxLineLength");
        QTest::addColumn<bool>("sphinxFails");
        QTest::addColumn<bool>("titlesRun");
        QTest::addColumn<QString>("templateFile");
        // Severities: line-too-long, missing-section, trailing-whitespace, tab, a docutils message, unknown-role.
        QTest::addColumn<QList<Severity>>("severities");

        const QString spec = QStringLiteral("specs/2026.2/approved/glance/my-spec.rst");
        QTest::newRow("glance: doc8 --ignore D001 on the tox command line, -W, titles test only in py jobs")
            << Files{{QStringLiteral("tox.ini"), GlanceTox},
                     {QStringLiteral(".zuul.yaml"), GlanceZuul},
                     {QStringLiteral("tests/test_titles.py"), PlainTitles},
                     {QStringLiteral("specs/template.rst"), glanceTemplate()},
                     // glance's per-release "template" is a one-line file naming the real one
                     {QStringLiteral("specs/2026.2/template.rst"), QStringLiteral("../template.rst\n")}}
            << spec << true << QStringList{QStringLiteral("D001")} << 79 << true << false
            << QStringLiteral("specs/template.rst") << QList<Severity>{W, W, E, E, E, E};

        // The same, but the py job's irrelevant-files no longer skip specs: the titles test runs.
        QTest::newRow("glance, with the py job started by spec changes: its titles test counts")
            << Files{{QStringLiteral("tox.ini"), GlanceTox},
                     {QStringLiteral(".zuul.yaml"),
                      QString(GlanceZuul)
                          .replace(QStringLiteral("        - openstack-tox-py313\n    gate:"),
                                   QStringLiteral("        - openstack-tox-py313:\n"
                                                  "            irrelevant-files: [^doc/.*$]\n"
                                                  "    gate:"))},
                     {QStringLiteral("tests/test_titles.py"), PlainTitles},
                     {QStringLiteral("specs/template.rst"), glanceTemplate()},
                     {QStringLiteral("specs/2026.2/template.rst"), QStringLiteral("../template.rst\n")}}
            << spec << true << QStringList{QStringLiteral("D001")} << 79 << true << true
            << QStringLiteral("specs/template.rst") << QList<Severity>{W, E, E, E, E, E};

        const QString novaTox = QStringLiteral("[tox]\nenvlist = docs,pep8\n\n[testenv:pep8]\ncommands =\n"
                                               "  stestr run --slowest {posargs}\n  flake8\n\n[testenv:docs]\n"
                                               "commands = sphinx-build -W -b html doc/source doc/build/html\n");
        QTest::newRow("nova: titles test with line rules and -W, no doc8, a template per release")
            << Files{{QStringLiteral("tox.ini"), novaTox},
                     {QStringLiteral("tests/test_titles.py"), NovaTitles},
                     {QStringLiteral("specs/2026.1-template.rst"), glanceTemplate()},
                     {QStringLiteral("specs/2026.2-template.rst"), glanceTemplate()}}
            << QStringLiteral("specs/2026.2/approved/my-spec.rst") << false << QStringList() << 79 << true << true
            << QStringLiteral("specs/2026.2-template.rst") << QList<Severity>{E, E, E, W, E, E};

        const QString codespellTox =
            QStringLiteral("[tox]\nenvlist = py3,pep8,docs\n\n[testenv]\ncommands = stestr run {posargs}\n\n"
                           "[testenv:pep8]\ncommands = codespell\n\n[testenv:docs]\n"
                           "commands = sphinx-build -b html doc/source doc/build/html\n");
        QTest::newRow("titles test, docs without -W, codespell in setup.cfg")
            << Files{{QStringLiteral("tox.ini"), codespellTox},
                     {QStringLiteral("setup.cfg"),
                      QStringLiteral("[metadata]\nname = x-specs\n\n[codespell]\nignore-words-list = ist,te\n")},
                     {QStringLiteral("tests/test_titles.py"), PlainTitles},
                     {QStringLiteral("specs/template.rst"), glanceTemplate()}}
            << QStringLiteral("specs/2026.2/approved/my-spec.rst") << false << QStringList() << 79 << false << true
            << QStringLiteral("specs/template.rst") << QList<Severity>{W, E, W, W, W, W};

        const QString doc8Tox = QStringLiteral("[testenv:pep8]\ncommands = doc8 specs/\n\n[testenv:docs]\n"
                                               "commands = sphinx-build -a -E -W -d doc/build/doctrees -b html "
                                               "doc/source doc/build/html\n\n[testenv]\ncommands = stestr run\n");
        QTest::newRow("doc8 with no ignore, its length from setup.cfg, titles test, -W")
            << Files{{QStringLiteral("tox.ini"), doc8Tox},
                     {QStringLiteral("setup.cfg"), QStringLiteral("[doc8]\nmax-line-length = 100\n")},
                     {QStringLiteral("tests/test_titles.py"), PlainTitles},
                     {QStringLiteral("specs/2025.1/template.rst"), glanceTemplate()},
                     {QStringLiteral("specs/template.rst"), glanceTemplate()}}
            << QStringLiteral("specs/2025.1/approved/my-spec.rst") << true << QStringList() << 100 << true << true
            << QStringLiteral("specs/2025.1/template.rst") << QList<Severity>{E, E, E, E, E, E};

        QTest::newRow("doc8 settings in tox.ini's [doc8], and a spec in abandoned/")
            << Files{{QStringLiteral("tox.ini"),
                      QStringLiteral("[testenv:docs]\ncommands = doc8 specs\n  sphinx-build -W doc/source out\n"
                                     "[testenv]\ncommands = stestr run\n\n[doc8]\nignore = D001,D002\n"
                                     "ignore-path = specs/old\n")},
                     {QStringLiteral("tests/test_titles.py"), PlainTitles},
                     {QStringLiteral("specs/template.rst"), glanceTemplate()}}
            << QStringLiteral("specs/abandoned/my-spec.rst") << true
            << QStringList{QStringLiteral("D001"), QStringLiteral("D002")} << 79 << true << true
            << QStringLiteral("specs/template.rst") << QList<Severity>{W, W, W, E, E, E};

        QTest::newRow("doc8 in pyproject.toml, run by pre-commit from tox; no docs build")
            << Files{{QStringLiteral("tox.ini"), QStringLiteral("[testenv:pep8]\ncommands = pre-commit run -a\n")},
                     {QStringLiteral("pyproject.toml"),
                      QStringLiteral("[project]\nname = \"x\"\n\n[tool.doc8]\nignore = [\"D001\"]\n"
                                     "max-line-length = 120\n")},
                     {QStringLiteral(".pre-commit-config.yaml"),
                      QStringLiteral("repos:\n  - repo: https://github.com/PyCQA/doc8\n    hooks:\n      - id: doc8\n"
                                     "  - repo: https://github.com/pre-commit/pre-commit-hooks\n    hooks:\n"
                                     "      - id: trailing-whitespace\n      - id: mixed-line-ending\n")},
                     {QStringLiteral("specs/template.rst"), glanceTemplate()}}
            << QStringLiteral("specs/2026.2/my-spec.rst") << true << QStringList{QStringLiteral("D001")} << 120 << false
            << false << QStringLiteral("specs/template.rst") << QList<Severity>{W, W, E, E, E, W};
    }

    void resolves()
    {
        QFETCH(Files, files);
        QFETCH(QString, spec);
        QFETCH(bool, doc8Runs);
        QFETCH(QStringList, doc8Ignored);
        QFETCH(int, maxLineLength);
        QFETCH(bool, sphinxFails);
        QFETCH(bool, titlesRun);
        QFETCH(QString, templateFile);
        QFETCH(QList<Severity>, severities);
        QTemporaryDir dir;
        for (auto it = files.cbegin(); it != files.cend(); ++it) {
            QVERIFY(write(dir.filePath(it.key()), it.value()));
        }
        const QString specPath = dir.filePath(spec);
        QVERIFY(write(specPath, QStringLiteral("Title\n=====\n")));

        const RepositoryGate gate = RepositoryGate::forPath(specPath);
        QVERIFY(gate.isValid());
        QCOMPARE(gate.root(), QDir(dir.path()).absolutePath());
        QCOMPARE(gate.doc8().runs, doc8Runs);
        QStringList ignored(gate.doc8().ignored.cbegin(), gate.doc8().ignored.cend());
        ignored.sort();
        QCOMPARE(ignored, doc8Ignored);
        QCOMPARE(gate.doc8().maxLineLength, maxLineLength);
        QCOMPARE(gate.sphinx().builds && gate.sphinx().warningsAreErrors, sphinxFails);
        QCOMPARE(gate.titlesTest().runs, titlesRun);
        QCOMPARE(QDir(dir.path()).relativeFilePath(gate.templateFor(specPath)), templateFile);

        const GateProfile profile = GateProfile::fromGate(gate, specPath);
        const QStringList rules = {QStringLiteral("line-too-long"),         QStringLiteral("missing-section"),
                                   QStringLiteral("trailing-whitespace"),   QStringLiteral("tab"),
                                   QStringLiteral("title-underline-short"), QStringLiteral("unknown-role")};
        for (int i = 0; i < rules.size(); ++i) {
            QVERIFY2(profile.severityOf(rules.at(i)) == severities.at(i),
                     qPrintable(QStringLiteral("%1: %2, expected %3")
                                    .arg(rules.at(i), Diagnostic::severityName(profile.severityOf(rules.at(i))),
                                         Diagnostic::severityName(severities.at(i)))));
        }
        // The one resolution the window, check and export use: the same template and profile.
        CheckRules checkRules;
        const CheckRules::Rules resolved = checkRules.rulesFor(specPath);
        QCOMPARE(resolved.profile, profile);
        QVERIFY(resolved.specTemplate.isValid());
        // describe() names where each fact came from.
        const QString described = gate.describe();
        if (doc8Runs && !gate.doc8().command.file.isEmpty()) {
            QVERIFY2(described.contains(gate.doc8().command.toString()), qPrintable(described));
        }
    }

    void codespellWordsAndSources()
    {
        QTemporaryDir dir;
        QVERIFY(write(dir.filePath(QStringLiteral("tox.ini")),
                      QStringLiteral("[testenv:pep8]\ncommands =\n    codespell -L nd,ot specs\n")));
        QVERIFY(
            write(dir.filePath(QStringLiteral("setup.cfg")), QStringLiteral("[codespell]\nignore_words_list = ist\n")));
        QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("specs")));
        const RepositoryGate gate = RepositoryGate::forPath(dir.path());
        QVERIFY(gate.codespell().runs);
        QStringList words = gate.codespell().ignoredWords;
        words.sort();
        QCOMPARE(words, (QStringList{QStringLiteral("ist"), QStringLiteral("nd"), QStringLiteral("ot")}));
        QCOMPARE(gate.codespell().settings.toString(), QStringLiteral("setup.cfg:2"));
    }

    void cachedUntilAGateFileChanges()
    {
        QTemporaryDir dir;
        QVERIFY(write(dir.filePath(QStringLiteral("tox.ini")), QStringLiteral("[testenv:pep8]\ncommands = flake8\n")));
        QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("specs")));
        QVERIFY(!RepositoryGate::forPath(dir.path()).doc8().runs);
        QTest::qWait(20); // a different modification time
        QVERIFY(
            write(dir.filePath(QStringLiteral("tox.ini")), QStringLiteral("[testenv:pep8]\ncommands = doc8 specs\n")));
        QFile tox(dir.filePath(QStringLiteral("tox.ini")));
        QVERIFY(tox.open(QIODevice::ReadWrite));
        QVERIFY(tox.setFileTime(QDateTime::currentDateTime().addSecs(5), QFileDevice::FileModificationTime));
        tox.close();
        QVERIFY(RepositoryGate::forPath(dir.path()).doc8().runs);
    }

    void glanceCorpusWithItsGate()
    {
        // The corpus passed Glance's gate: with Glance's own gate files beside it, nothing is an error.
        const QString corpus = QStringLiteral(SPECWRIGHT_SHARED_DIR "/corpus/glance-specs");
        if (!QFile::exists(corpus)) {
            QSKIP("../shared/corpus is not beside the checkout");
        }
        QTemporaryDir dir;
        QDirIterator it(corpus, QDir::Files, QDirIterator::Subdirectories);
        int copied = 0;
        while (it.hasNext()) {
            const QString from = it.next();
            const QString to = dir.filePath(QDir(corpus).relativeFilePath(from));
            QDir().mkpath(QFileInfo(to).absolutePath());
            QVERIFY(QFile::copy(from, to));
            ++copied;
        }
        QVERIFY(copied > 300);
        QVERIFY(write(dir.filePath(QStringLiteral("tox.ini")), GlanceTox));
        QVERIFY(write(dir.filePath(QStringLiteral(".zuul.yaml")), GlanceZuul));
        QVERIFY(write(dir.filePath(QStringLiteral("tests/test_titles.py")), PlainTitles));
        const RepositoryGate gate = RepositoryGate::forPath(dir.filePath(QStringLiteral("specs")));
        QVERIFY(gate.isValid());
        QVERIFY(gate.doc8().runs && !gate.titlesTest().runs);
        CheckRules rules;
        QStringList errors;
        int specs = 0;
        QDirIterator files(dir.filePath(QStringLiteral("specs")), {QStringLiteral("*.rst")}, QDir::Files,
                           QDirIterator::Subdirectories);
        while (files.hasNext()) {
            const QString path = files.next();
            QFile raw(path);
            QVERIFY(raw.open(QIODevice::ReadOnly));
            const QByteArray bytes = raw.readAll();
            const TextFile file = TextFile::decode(bytes, path);
            QVERIFY(file.isValid());
            const AnalysisInput input = AnalysisInput::fromFile(bytes, file, path);
            const SpecAnalysis analysis = SpecAnalyzer::analyse(input, rules);
            QCOMPARE(analysis.profile.name(), QStringLiteral("repository"));
            for (const Diagnostic &d : analysis.diagnostics) {
                if (d.severity == Diagnostic::Severity::Error) {
                    errors.append(QStringLiteral("%1:%2: %3 [%4]")
                                      .arg(QDir(dir.path()).relativeFilePath(path))
                                      .arg(d.range.startLine + 1)
                                      .arg(d.message, d.ruleId));
                }
            }
            ++specs;
        }
        QVERIFY(specs > 300);
        QVERIFY2(errors.isEmpty(), qPrintable(errors.mid(0, 20).join(u'\n')));
    }
};

QTEST_GUILESS_MAIN(RepositoryGateTest)
#include "repositorygate_test.moc"
