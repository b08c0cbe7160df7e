// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The repository browser's contents (issue 25 §3): each spec's release and state from the folder
// shapes of gate.md, its title and finding counts, checked again only when it changed.
#include <core/validate/speccatalog.h>

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Specwright::Core;

namespace {

bool write(const QString &path, const QByteArray &text)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(text) == text.size();
}

} // namespace

class SpecCatalogTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void classify_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("release");
        QTest::addColumn<QString>("state");
        QTest::newRow("release/state/project") << "2026.2/approved/glance/x.rst" << "2026.2" << "approved";
        QTest::newRow("release/state") << "2025.1/implemented/x.rst" << "2025.1" << "implemented";
        QTest::newRow("named release") << "kilo/x.rst" << "kilo" << "";
        QTest::newRow("project/release") << "nova/2024.1/x.rst" << "2024.1" << "";
        QTest::newRow("project/backlog") << "nova/backlog/x.rst" << "nova" << "backlog";
        QTest::newRow("state first") << "abandoned/x.rst" << "" << "abandoned";
        QTest::newRow("untargeted/project") << "untargeted/glance/x.rst" << "" << "untargeted";
        QTest::newRow("top level") << "x.rst" << "" << "";
    }
    void classify()
    {
        QFETCH(QString, path);
        QFETCH(QString, release);
        QFETCH(QString, state);
        const SpecCatalog::Entry entry = SpecCatalog::classify(path);
        QCOMPARE(entry.release, release);
        QCOMPARE(entry.state, state);
    }

    void buildChecksWhatChanged()
    {
        QTemporaryDir dir;
        // doc8 runs on specs/: the trailing space below is an error.
        QVERIFY(write(dir.filePath(QStringLiteral("tox.ini")), "[testenv:pep8]\ncommands = doc8 specs/\n"));
        QVERIFY(write(dir.filePath(QStringLiteral("specs/2026.2/approved/good.rst")),
                      "=========\nGood spec\n=========\n\nText.\n"));
        QVERIFY(write(dir.filePath(QStringLiteral("specs/2026.2/approved/bad.rst")),
                      "=======\nBad one\n=======\n\nTrailing space \n"));
        QVERIFY(write(dir.filePath(QStringLiteral("specs/2026.2/index.rst")), "=====\nIndex\n=====\n"));
        QVERIFY(write(dir.filePath(QStringLiteral("specs/template.rst")), "========\nTemplate\n========\n"));
        const SpecCatalog::Ptr first = SpecCatalog::build(dir.path());
        QCOMPARE(first->entries().size(), 2); // neither the index nor the template is a spec
        QCOMPARE(first->checkedCount(), 2);
        const SpecCatalog::Entry &bad = first->entries().at(0);
        QCOMPARE(bad.title, QStringLiteral("Bad one"));
        QCOMPARE(bad.release, QStringLiteral("2026.2"));
        QCOMPARE(bad.state, QStringLiteral("approved"));
        QVERIFY(bad.errors > 0); // the trailing space
        const SpecCatalog::Entry &good = first->entries().at(1);
        QCOMPARE(good.title, QStringLiteral("Good spec"));
        QVERIFY(good.errors < bad.errors);

        QCOMPARE(SpecCatalog::build(dir.path(), first), first); // nothing changed

        QVERIFY(write(dir.filePath(QStringLiteral("specs/2026.2/approved/bad.rst")),
                      "=========\nFixed one\n=========\n\nText.\n"));
        QFile touched(dir.filePath(QStringLiteral("specs/2026.2/approved/bad.rst")));
        QVERIFY(touched.open(QIODevice::ReadWrite));
        QVERIFY(touched.setFileTime(QDateTime::currentDateTime().addSecs(5), QFileDevice::FileModificationTime));
        touched.close();
        const SpecCatalog::Ptr second = SpecCatalog::build(dir.path(), first);
        QCOMPARE(second->checkedCount(), 1);
        QCOMPARE(second->entries().at(0).title, QStringLiteral("Fixed one"));
        QCOMPARE(second->entries().at(0).errors, good.errors);
    }
};

QTEST_GUILESS_MAIN(SpecCatalogTest)
#include "speccatalog_test.moc"
