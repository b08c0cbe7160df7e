// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Which of a repository's check and gate jobs a change to a spec starts (issue 25 §1): read from
// .zuul.yaml, with each job's files and irrelevant-files as Zuul applies them.
#include <core/validate/zuuljobs.h>

#include <QTest>

using namespace Specwright::Core;

class ZuulJobsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void environments_data()
    {
        QTest::addColumn<QString>("yaml");
        QTest::addColumn<QStringList>("jobs");
        QTest::addColumn<QStringList>("environments"); // of the jobs a change to a spec starts

        const QStringList glanceJobs{QStringLiteral("openstack-tox-docs"), QStringLiteral("openstack-tox-pep8"),
                                     QStringLiteral("openstack-tox-py313")};
        // gate-details.md §0: the py313 job carries OpenStack's common irrelevant-files (.rst, doc/).
        QTest::newRow("glance: py jobs skip .rst changes")
            << QStringLiteral("- project:\n    templates:\n      - openstack-specs-jobs\n    check:\n      jobs:\n"
                              "        - openstack-tox-pep8\n        - openstack-tox-py313\n    gate:\n      jobs:\n"
                              "        - openstack-tox-pep8\n        - openstack-tox-py313\n")
            << glanceJobs << QStringList{QStringLiteral("docs"), QStringLiteral("pep8")};
        QTest::newRow("the project's entry overrides irrelevant-files")
            << QStringLiteral("- project:\n    templates: [openstack-specs-jobs]\n    check:\n      jobs:\n"
                              "        - openstack-tox-pep8\n        - openstack-tox-py313:\n"
                              "            irrelevant-files:\n              - ^releasenotes/.*$  # specs count\n")
            << glanceJobs << QStringList{QStringLiteral("docs"), QStringLiteral("pep8"), QStringLiteral("py313")};
        QTest::newRow("an empty irrelevant-files list, flow style, indentless list")
            << QStringLiteral("---\n- project:\n    check:\n      jobs:\n      - openstack-tox-py312:\n"
                              "          irrelevant-files: []\n")
            << QStringList{QStringLiteral("openstack-tox-py312")} << QStringList{QStringLiteral("py312")};
        QTest::newRow("jobs as a flow list")
            << QStringLiteral("- project:\n    gate:\n      jobs: [openstack-tox-pep8, 'openstack-tox-py312']\n")
            << QStringList{QStringLiteral("openstack-tox-pep8"), QStringLiteral("openstack-tox-py312")}
            << QStringList{QStringLiteral("pep8")};
        QTest::newRow("a job of its own, from a py job, with its own list")
            << QStringLiteral("- job:\n    name: specs-titles\n    parent: openstack-tox-py312\n"
                              "    irrelevant-files:\n      - \"^doc/.*$\"\n\n- project:\n    check:\n      jobs:\n"
                              "        - specs-titles\n")
            << QStringList{QStringLiteral("specs-titles")} << QStringList{QStringLiteral("py312")};
        QTest::newRow("a job of its own inherits the py job's list")
            << QStringLiteral("- job:\n    name: specs-titles\n    parent: openstack-tox-py312\n\n- project:\n"
                              "    check:\n      jobs:\n        - specs-titles\n")
            << QStringList{QStringLiteral("specs-titles")} << QStringList{};
        QTest::newRow("tox_envlist names the environment; files limits the job")
            << QStringLiteral("- job:\n    name: titles\n    parent: tox\n    vars:\n      tox_envlist: titles\n"
                              "- job:\n    name: unit\n    parent: openstack-tox\n    files: ^tests/.*$\n"
                              "    vars:\n      tox_envlist: unit\n"
                              "- project:\n    check:\n      jobs:\n        - titles\n        - unit\n")
            << QStringList{QStringLiteral("titles"), QStringLiteral("unit")} << QStringList{QStringLiteral("titles")};
        QTest::newRow("pep8 made irrelevant for specs")
            << QStringLiteral("- project:\n    check:\n      jobs:\n        - openstack-tox-pep8:\n"
                              "            irrelevant-files:\n              - ^specs/.*$\n")
            << QStringList{QStringLiteral("openstack-tox-pep8")} << QStringList{};
    }

    void environments()
    {
        QFETCH(QString, yaml);
        QFETCH(QStringList, jobs);
        QFETCH(QStringList, environments);
        const ZuulJobs zuul = ZuulJobs::fromText(yaml);
        QCOMPARE(zuul.jobNames(), jobs);
        QCOMPARE(zuul.environmentsFor(QStringLiteral("specs/2026.2/approved/glance/my-spec.rst")), environments);
    }

    void aChangeOutsideTheSpecsStartsOtherJobs()
    {
        const ZuulJobs zuul =
            ZuulJobs::fromText(QStringLiteral("- project:\n    check:\n      jobs:\n        - openstack-tox-py313\n"));
        QVERIFY(!zuul.runsFor(QStringLiteral("openstack-tox-py313"), QStringLiteral("specs/x/y.rst")));
        QVERIFY(zuul.runsFor(QStringLiteral("openstack-tox-py313"), QStringLiteral("tests/test_titles.py")));
        QCOMPARE(zuul.job(QStringLiteral("openstack-tox-py313")).environment, QStringLiteral("py313"));
    }
};

QTEST_GUILESS_MAIN(ZuulJobsTest)
#include "zuuljobs_test.moc"
