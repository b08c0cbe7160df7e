// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Export for Review into a release the repository does not have yet (issue 25 §4): the folder and
// its index files made like the newest release's, its templates copied, and the root index linking
// it the way it lists the other releases; then the real sphinx-build -W passes (where there is one).
#include "glancelikerepository.h"
#include "testconfig.h"

#include <core/review/releasefoldercreation.h>
#include <core/review/reviewexport.h>
#include <core/sphinx/sphinxcheck.h>
#include <core/sphinx/sphinxconfig.h>
#include <core/sphinx/sphinxindex.h>
#include <core/validate/specrepository.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace Specwright::Core;
using Repo = GlanceLikeRepository;

namespace {

// A release folder as glance makes one: the release's index globs implemented/ and approved/, the
// approved index globs the project folders, each project folder has its template copies.
const QString ReleaseIndex = QStringLiteral(R"(=====================
%1 Specifications
=====================

.. toctree::
   :glob:
   :maxdepth: 1

%1 implemented specs:

.. toctree::
   :glob:
   :maxdepth: 1

   implemented/*

%1 approved (but not implemented) specs:

.. toctree::
   :glob:
   :maxdepth: 1

   approved/*
)");
const QString ApprovedIndex = QStringLiteral(R"(==============================
%1 Approved Specifications
==============================

.. toctree::
   :glob:
   :maxdepth: 1

   glance/*
   glance_store/*
)");
const QString ImplementedIndex = QStringLiteral(R"(=================================
%1 Implemented Specifications
=================================

TODO: fill this in once a new implemented spec is added.
)");

bool makeRelease(const QString &root, const QString &release)
{
    const QString folder = root + QStringLiteral("/specs/") + release;
    const QString templateText =
        Repo::read(QStringLiteral(SPECWRIGHT_SOURCE_DIR "/resources/templates/glance-spec.rst"));
    return Repo::write(folder + QStringLiteral("/index.rst"), ReleaseIndex.arg(release)) &&
           Repo::write(folder + QStringLiteral("/approved/index.rst"), ApprovedIndex.arg(release)) &&
           Repo::write(folder + QStringLiteral("/implemented/index.rst"), ImplementedIndex.arg(release)) &&
           Repo::write(folder + QStringLiteral("/approved/glance/template.rst"), templateText) &&
           Repo::write(folder + QStringLiteral("/approved/glance_store/template.rst"), templateText) &&
           Repo::write(folder + QStringLiteral("/approved/glance/old-%1.rst").arg(release),
                       QStringLiteral("===\nOld\n===\n\nA spec of %1.\n").arg(release)) &&
           Repo::write(folder + QStringLiteral("/approved/glance_store/store-%1.rst").arg(release),
                       QStringLiteral("=====\nStore\n=====\n\nA store spec of %1.\n").arg(release));
}

QString rootIndex(const QString &toctree, bool glob = false)
{
    return QStringLiteral("=====\nSpecs\n=====\n\n.. toctree::\n%1   :maxdepth: 1\n\n")
               .arg(glob ? QStringLiteral("   :glob:\n") : QString()) +
           toctree;
}

} // namespace

class ReleaseFolderCreationTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void releaseNames()
    {
        QCOMPARE(SpecRepository::nextRelease(QStringLiteral("2026.1")), QStringLiteral("2026.2"));
        QCOMPARE(SpecRepository::nextRelease(QStringLiteral("2026.2")), QStringLiteral("2027.1"));
        QCOMPARE(SpecRepository::nextRelease(QStringLiteral("zed")), QString());
        QVERIFY(SpecRepository::isReleaseName(QStringLiteral("2027.1")));
        QVERIFY(SpecRepository::isReleaseName(QStringLiteral("antelope")));
        QVERIFY(!SpecRepository::isReleaseName(QStringLiteral("2027.3")));
        QVERIFY(!SpecRepository::isReleaseName(QStringLiteral("approved")));
        QVERIFY(!SpecRepository::isReleaseName(QStringLiteral("../2027.1")));
        QVERIFY(SpecRepository::isReleaseBefore(QStringLiteral("zed"), QStringLiteral("2023.1")));
        QVERIFY(SpecRepository::isReleaseBefore(QStringLiteral("2026.2"), QStringLiteral("2027.1")));
    }

    void withRelease_data()
    {
        QTest::addColumn<QString>("previous");
        QTest::addColumn<QString>("release");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("dated title, same length")
            << QStringLiteral("2026.2") << QStringLiteral("2027.1")
            << QStringLiteral("=====================\n2026.2 Specifications\n=====================\n")
            << QStringLiteral("=====================\n2027.1 Specifications\n=====================\n");
        QTest::newRow("title grows with its over- and underline")
            << QStringLiteral("zed") << QStringLiteral("2023.1")
            << QStringLiteral("==================\nZed Specifications\n==================\n\nZed specs:\n")
            << QStringLiteral("=====================\n2023.1 Specifications\n=====================\n\n2023.1 specs:\n");
        QTest::newRow("section title shrinks") << QStringLiteral("antelope") << QStringLiteral("bobcat")
                                               << QStringLiteral("Antelope approved\n-----------------\n")
                                               << QStringLiteral("Bobcat approved\n---------------\n");
        QTest::newRow("paths, not other numbers")
            << QStringLiteral("2026.2") << QStringLiteral("2027.1")
            << QStringLiteral("   specs/2026.2/index\nsee 12026.25, 2026.21 and 2026.2.\n")
            << QStringLiteral("   specs/2027.1/index\nsee 12026.25, 2026.21 and 2027.1.\n");
    }

    void withRelease()
    {
        QFETCH(QString, previous);
        QFETCH(QString, release);
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QCOMPARE(ReleaseFolderCreation::withRelease(text, previous, release), expected);
    }

    void newReleaseFolder_data()
    {
        QTest::addColumn<QString>("root");
        QTest::addColumn<QString>("rootAfter"); // empty: the root index is not changed
        QTest::newRow("root globs every release's index") << Repo::glanceIndex() << QString();
        QTest::newRow("root names releases, newest first")
            << rootIndex(QStringLiteral("   specs/2026.2/index\n   specs/2026.1/index\n"))
            << rootIndex(QStringLiteral("   specs/2027.1/index\n   specs/2026.2/index\n   specs/2026.1/index\n"));
        QTest::newRow("root names releases, oldest first, with titles")
            << rootIndex(QStringLiteral("   Release 2026.1 <specs/2026.1/index>\n"
                                        "   Release 2026.2 <specs/2026.2/index>\n\nMore text.\n"))
            << rootIndex(QStringLiteral("   Release 2026.1 <specs/2026.1/index>\n"
                                        "   Release 2026.2 <specs/2026.2/index>\n"
                                        "   Release 2027.1 <specs/2027.1/index>\n\nMore text.\n"));
        QTest::newRow("root globs each release's folder")
            << rootIndex(QStringLiteral("   specs/2026.1/*\n   specs/2026.2/*\n"), true)
            << rootIndex(QStringLiteral("   specs/2026.1/*\n   specs/2026.2/*\n   specs/2027.1/*\n"), true);
    }

    void newReleaseFolder()
    {
        QFETCH(QString, root);
        QFETCH(QString, rootAfter);
        QTemporaryDir dir;
        QVERIFY(Repo::makeRepository(dir.path(), root));
        QVERIFY(makeRelease(dir.path(), QStringLiteral("2026.1")));
        QVERIFY(makeRelease(dir.path(), QStringLiteral("2026.2")));
        if (root == Repo::glanceIndex()) { // its "specs/api/v2/*" must match something
            QVERIFY(Repo::write(dir.filePath(QStringLiteral("specs/api/v2/images.rst")),
                                QStringLiteral("======\nImages\n======\n\nThe images API.\n")));
        }
        const QString example = QStringLiteral(SPECWRIGHT_SOURCE_DIR "/resources/examples/example-spec.rst");

        const ReviewExport::Plan plan = ReviewExport::plan(example, Repo::read(example), dir.path(),
                                                           QStringLiteral("2027.1"), QStringLiteral("new-spec"));
        QVERIFY2(plan.canExport(), qPrintable(plan.problems.join(u'\n')));
        QVERIFY(plan.newRelease);
        QCOMPARE(plan.followedRelease, QStringLiteral("2026.2"));
        QCOMPARE(plan.targetPath, dir.filePath(QStringLiteral("specs/2027.1/approved/glance/new-spec.rst")));
        QStringList created;
        QStringList changed;
        for (const ToctreeAddition::Edit &edit : plan.repositoryEdits) {
            (edit.created ? created : changed).append(QDir(dir.path()).relativeFilePath(edit.path));
        }
        QCOMPARE(created, (QStringList{QStringLiteral("specs/2027.1/approved/glance/template.rst"),
                                       QStringLiteral("specs/2027.1/approved/glance_store/template.rst"),
                                       QStringLiteral("specs/2027.1/approved/index.rst"),
                                       QStringLiteral("specs/2027.1/implemented/index.rst"),
                                       QStringLiteral("specs/2027.1/index.rst")}));
        QCOMPARE(changed, rootAfter.isEmpty() ? QStringList() : QStringList{QStringLiteral("doc/source/index.rst")});
        for (const QString &existing : SpecRepository::releases(dir.path())) {
            QVERIFY(existing != QStringLiteral("2027.1")); // planning writes nothing
        }

        QCOMPARE(ReviewExport::write(plan, false), QString());
        QCOMPARE(Repo::read(dir.filePath(QStringLiteral("specs/2027.1/index.rst"))),
                 ReleaseIndex.arg(QStringLiteral("2027.1")));
        // glance_store/* would match no document yet (Sphinx fails such a glob): left out.
        QCOMPARE(Repo::read(dir.filePath(QStringLiteral("specs/2027.1/approved/index.rst"))),
                 QStringLiteral("==============================\n2027.1 Approved Specifications\n"
                                "==============================\n\n.. toctree::\n   :glob:\n   :maxdepth: 1\n\n"
                                "   glance/*\n"));
        QCOMPARE(Repo::read(dir.filePath(QStringLiteral("specs/2027.1/implemented/index.rst"))),
                 ImplementedIndex.arg(QStringLiteral("2027.1")));
        QCOMPARE(Repo::read(dir.filePath(QStringLiteral("specs/2027.1/approved/glance_store/template.rst"))),
                 Repo::read(dir.filePath(QStringLiteral("specs/2026.2/approved/glance_store/template.rst"))));
        QCOMPARE(Repo::read(dir.filePath(QStringLiteral("doc/source/index.rst"))),
                 rootAfter.isEmpty() ? root : rootAfter);
        QVERIFY(SpecRepository::releases(dir.path()).contains(QStringLiteral("2027.1")));

        // Specwright's own Sphinx checks find nothing in the new folder, nor does sphinx-build -W.
        const SphinxIndex::Ptr index =
            SphinxIndex::build(SphinxConfig::read(dir.filePath(QStringLiteral("doc/source"))));
        for (const QString &name : index->documentNames()) {
            QVERIFY2(!index->reachers(name).isEmpty() || name == QLatin1String("index"), qPrintable(name));
        }
        const QString sphinx = Repo::sphinxBuild();
        if (sphinx.isEmpty()) {
            QSKIP("no sphinx-build on this machine (Debian: python3-sphinx)");
        }
        const Repo::SphinxRun run = Repo::runSphinx(sphinx, dir.path());
        QVERIFY2(run.exitCode == 0, qPrintable(run.warnings.join(u'\n')));
    }

    void nothingWouldReachTheNewFolder()
    {
        // The root index reaches the releases through nothing Export could extend: refused, said why.
        QTemporaryDir dir;
        QVERIFY(Repo::makeRepository(dir.path(), rootIndex(QStringLiteral("   specs/2026.2/index\n"))));
        QVERIFY(makeRelease(dir.path(), QStringLiteral("2026.2")));
        QVERIFY(Repo::write(dir.filePath(QStringLiteral("doc/source/index.rst")),
                            QStringLiteral("=====\nSpecs\n=====\n\n:orphan:\n")));
        const QString example = QStringLiteral(SPECWRIGHT_SOURCE_DIR "/resources/examples/example-spec.rst");
        const ReviewExport::Plan plan = ReviewExport::plan(example, Repo::read(example), dir.path(),
                                                           QStringLiteral("2027.1"), QStringLiteral("new-spec"));
        QVERIFY(!plan.canExport());
        QVERIFY2(plan.problems.join(u'\n').contains(QStringLiteral("No toctree would reach the new release folder")),
                 qPrintable(plan.problems.join(u'\n')));
        QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("specs/2027.1"))));
    }

    void aReleaseOlderThanTheNewestIsNotMade()
    {
        QTemporaryDir dir;
        QVERIFY(Repo::makeRepository(dir.path()));
        QVERIFY(makeRelease(dir.path(), QStringLiteral("2026.2")));
        const QString example = QStringLiteral(SPECWRIGHT_SOURCE_DIR "/resources/examples/example-spec.rst");
        const ReviewExport::Plan plan = ReviewExport::plan(example, Repo::read(example), dir.path(),
                                                           QStringLiteral("2025.1"), QStringLiteral("new-spec"));
        QVERIFY(!plan.newRelease);
        QVERIFY2(plan.problems.join(u'\n').contains(QStringLiteral("as 2027.1 does")),
                 qPrintable(plan.problems.join(u'\n')));
    }
};

QTEST_GUILESS_MAIN(ReleaseFolderCreationTest)
#include "releasefoldercreation_test.moc"
