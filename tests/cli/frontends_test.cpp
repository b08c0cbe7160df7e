// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The window's background service, `specwright-cli check` and Export for Review's gate tell the same
// truth about the same file: each builds its input its own way and calls the one analysis.
#include "testconfig.h"

#include <core/analysis/analysisservice.h>
#include <core/review/reviewexport.h>
#include <core/validate/checkrules.h>

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Specwright::Core;

namespace {

const QString Example = QStringLiteral(SPECWRIGHT_SOURCE_DIR "/resources/examples/example-spec.rst");

/// One finding as all three front ends can report it.
QString key(const QString &rule, int line, int column, const QString &severity, const QString &message)
{
    return QStringLiteral("%1:%2 %3 %4: %5").arg(line).arg(column).arg(severity, rule, message);
}

QStringList keys(const QList<Diagnostic> &diagnostics)
{
    QStringList out;
    for (const Diagnostic &d : diagnostics) {
        out.append(key(d.ruleId, d.range.startLine + 1, d.range.startColumn + 1, Diagnostic::severityName(d.severity),
                       d.message));
    }
    out.sort();
    return out;
}

QStringList checkCommand(const QString &path, bool *ran)
{
    QProcess process;
    process.start(QStringLiteral(SPECWRIGHT_BIN_DIR "/specwright-cli"),
                  {QStringLiteral("check"), QStringLiteral("--format"), QStringLiteral("json"), path});
    *ran = process.waitForFinished(60000) && process.exitStatus() == QProcess::NormalExit;
    QStringList out;
    const QJsonArray findings = QJsonDocument::fromJson(process.readAllStandardOutput()).array();
    for (const QJsonValue &value : findings) {
        const QJsonObject o = value.toObject();
        out.append(key(o.value(QStringLiteral("rule")).toString(), o.value(QStringLiteral("line")).toInt(),
                       o.value(QStringLiteral("column")).toInt(), o.value(QStringLiteral("severity")).toString(),
                       o.value(QStringLiteral("message")).toString()));
    }
    out.sort();
    return out;
}

} // namespace

class FrontEndsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sameFindingsEverywhere_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QStringList>("fixedRules"); ///< what Export for Review's normalisation removes
        QFile file(Example);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray example = file.readAll();
        QByteArray crlf = example;
        crlf.replace("\n", "\r\n");
        QByteArray tab = example;
        tab.replace("\n    | client |", "\n\t| client |"); // in a literal block: still the same block
        QByteArray noNewline = example;
        noNewline.chop(1);
        QTest::newRow("edge: Windows line endings") << crlf << QStringList{QStringLiteral("crlf-line-endings")};
        QTest::newRow("edge: byte order mark") << QByteArray("\xEF\xBB\xBF") + example << QStringList();
        QTest::newRow("edge: a tab") << tab << QStringList{QStringLiteral("tab")};
        QTest::newRow("edge: no final newline") << noNewline << QStringList{QStringLiteral("no-final-newline")};
        QTest::newRow("edge: all of them")
            << QByteArray("\xEF\xBB\xBF") + QByteArray(tab).replace("\n", "\r\n").chopped(2)
            << QStringList{QStringLiteral("crlf-line-endings"), QStringLiteral("tab"),
                           QStringLiteral("no-final-newline")};
    }

    void sameFindingsEverywhere()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QStringList, fixedRules);
        // A specs repository with the Glance template; the spec where Export for Review puts it.
        QTemporaryDir repository;
        QDir root(repository.path());
        QVERIFY(root.mkpath(QStringLiteral("specs/2026.1/approved")));
        QVERIFY(QFile::copy(QStringLiteral(SPECWRIGHT_SOURCE_DIR "/resources/templates/glance-spec.rst"),
                            root.filePath(QStringLiteral("specs/template.rst"))));
        const QString path = root.filePath(QStringLiteral("specs/2026.1/approved/resumable-image-upload.rst"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QCOMPARE(file.write(bytes), bytes.size());
        file.close();

        // The window: the editor holds the decoded text (LF, no BOM) and remembers the file's format.
        const TextFile opened = TextFile::read(path);
        QVERIFY(opened.isValid());
        AnalysisService service;
        QSignalSpy analysed(&service, &AnalysisService::analysed);
        service.request(
            AnalysisInput::fromEditor(opened.text(), path, 1, opened.lineEnding(), opened.hasByteOrderMark()));
        QVERIFY(analysed.wait(30000));
        const QStringList window = keys(analysed.constFirst().constFirst().value<SpecAnalysis>().diagnostics);

        bool ran = false;
        const QStringList check = checkCommand(path, &ran);
        QVERIFY(ran);
        QCOMPARE(window, check);
        for (const QString &rule : std::as_const(fixedRules)) {
            QVERIFY2(window.filter(QStringLiteral(" %1: ").arg(rule)).size() >= 1, qPrintable(rule));
        }

        // Export for Review: the text as written, normalised; what it fixes is gone, the rest is the same.
        const ReviewExport::Plan plan =
            ReviewExport::plan(path, AnalysisInput::fromFile(bytes, opened, path).writtenText);
        QCOMPARE(plan.targetPath, path);
        QStringList expected = check;
        for (const QString &rule : std::as_const(fixedRules)) {
            expected.removeIf([&rule](const QString &k) { return k.contains(QStringLiteral(" %1: ").arg(rule)); });
        }
        QCOMPARE(keys(plan.diagnostics), expected);
        QStringList fixes;
        for (const ReviewNormalizer::Fix &fix : plan.normalized.fixes) {
            fixes.append(fix.kind);
        }
        const QHash<QString, QString> fixFor = {
            {QStringLiteral("crlf-line-endings"), QStringLiteral("carriage-return")},
            {QStringLiteral("tab"), QStringLiteral("tab")},
            {QStringLiteral("no-final-newline"), QStringLiteral("final-newline")}};
        for (const QString &rule : std::as_const(fixedRules)) {
            QVERIFY2(fixes.contains(fixFor.value(rule)), qPrintable(fixes.join(u',')));
        }
    }
};

QTEST_GUILESS_MAIN(FrontEndsTest)
#include "frontends_test.moc"
