// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
// What a spec may read: includes and images only inside its repository, no include bomb, and a
// parse that stops when cancelled. Each attack runs for real on files in a scratch folder.
#include <core/document/filereach.h>
#include <core/render/htmlrenderer.h>
#include <core/rst/rstblockparser.h>
#include <core/rst/rstparser.h>
#include <core/validate/spectemplate.h>
#include <core/validate/specvalidator.h>

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using Specwright::Core::FileReach;
using Specwright::Core::HtmlRenderer;
using Specwright::Core::RstBlockParser;
using Specwright::Core::RstDocument;
using Specwright::Core::RstMessage;
using Specwright::Core::RstParser;

namespace {

// What no spec may show: it sits outside the repository the specs live in.
const QByteArray Secret = "TOP-SECRET-LINE-4711\n";

void writeFile(const QString &path, const QByteArray &data)
{
    QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(data), data.size());
}

QStringList messageTexts(const RstDocument &document)
{
    QStringList texts;
    for (const RstMessage &message : document.messages()) {
        texts.append(message.text);
    }
    return texts;
}

int countContaining(const QStringList &texts, QLatin1String part)
{
    return int(std::count_if(texts.begin(), texts.end(), [part](const QString &t) { return t.contains(part); }));
}

} // namespace

class FileReachTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_top = std::make_unique<QTemporaryDir>();
        QVERIFY(m_top->isValid());
        // top/secret.txt is outside; top/repo is a git work tree holding specs/.
        m_repo = m_top->filePath(QStringLiteral("repo"));
        QVERIFY(QDir().mkpath(m_repo + QStringLiteral("/.git")));
        writeFile(m_top->filePath(QStringLiteral("secret.txt")), Secret);
        writeFile(m_repo + QStringLiteral("/specs/2026.1/approved/part.inc"), "Included paragraph.\n");
        writeFile(m_repo + QStringLiteral("/doc/shared/note.inc"), "Shared note.\n");
        m_spec = m_repo + QStringLiteral("/specs/2026.1/approved/spec.rst");
    }

    void reachIsTheRepository_data()
    {
        QTest::addColumn<QString>("layout");
        QTest::addColumn<QString>("expectedRoot");
        QTest::newRow("nominal: git work tree") << QStringLiteral("git") << QStringLiteral("repo");
        QTest::newRow("nominal: specs repository without git") << QStringLiteral("specs") << QStringLiteral("plain");
        QTest::newRow("edge: a lone folder") << QStringLiteral("lone") << QStringLiteral("lone/notes");
    }

    void reachIsTheRepository()
    {
        QFETCH(QString, layout);
        QFETCH(QString, expectedRoot);
        QString spec = m_spec;
        writeFile(spec, "x\n");
        if (layout == QLatin1String("specs")) {
            spec = m_top->filePath(QStringLiteral("plain/specs/rocky/x.rst"));
            writeFile(spec, "x\n");
        } else if (layout == QLatin1String("lone")) {
            spec = m_top->filePath(QStringLiteral("lone/notes/x.rst"));
            writeFile(spec, "x\n");
        }
        const FileReach reach = FileReach::forSpec(spec);
        QCOMPARE(reach.root(), QDir(m_top->filePath(expectedRoot)).canonicalPath());
        QVERIFY(!reach.allows(m_top->filePath(QStringLiteral("secret.txt"))));
        QVERIFY(reach.allows(spec));
        QVERIFY(FileReach::forSpec(QString()).isEmpty());
        QCOMPARE(FileReach().check(spec), FileReach::Verdict::NoRoot);
    }

    // `.. include::` of files outside the repository: refused with a finding, nothing of the file shown.
    void includeOutsideIsRefused_data()
    {
        QTest::addColumn<QString>("directive");
        QTest::addColumn<QString>("symlink"); // made in the spec's folder, pointing at the secret
        QTest::newRow("attack: absolute path") << QStringLiteral(".. include:: %SECRET%") << QString();
        QTest::newRow("attack: absolute path, literal")
            << QStringLiteral(".. include:: %SECRET%\n   :literal:") << QString();
        QTest::newRow("attack: ../ out of the repository")
            << QStringLiteral(".. include:: ../../../../secret.txt") << QString();
        QTest::newRow("attack: /etc/passwd") << QStringLiteral(".. include:: /etc/passwd") << QString();
        QTest::newRow("attack: ../ to /etc/shadow")
            << QStringLiteral(".. include:: ../../../../../../../../../../../../etc/shadow\n   :literal:") << QString();
        QTest::newRow("attack: symlink inside pointing out")
            << QStringLiteral(".. include:: innocent.inc") << QStringLiteral("innocent.inc");
        QTest::newRow("attack: code option") << QStringLiteral(".. include:: %SECRET%\n   :code: text") << QString();
    }

    void includeOutsideIsRefused()
    {
        QFETCH(QString, directive);
        QFETCH(QString, symlink);
        const QString secretPath = m_top->filePath(QStringLiteral("secret.txt"));
        if (!symlink.isEmpty()) {
            QVERIFY(QFile::link(secretPath, QFileInfo(m_spec).absolutePath() + QLatin1Char('/') + symlink));
        }
        directive.replace(QLatin1String("%SECRET%"), secretPath);
        const QString text = QStringLiteral("=====\nTitle\n=====\n\n%1\n\nAfter.\n").arg(directive);
        writeFile(m_spec, text.toUtf8());
        const auto document = RstParser::parse(text, m_spec);
        const QStringList messages = messageTexts(*document);
        QVERIFY2(countContaining(messages, QLatin1String("Include outside the repository refused")) == 1,
                 qPrintable(messages.join(u'\n')));
        const QString page = HtmlRenderer::renderPage(*document, QStringLiteral("x"), m_spec);
        QVERIFY(!page.contains(QLatin1String("TOP-SECRET")));
        QVERIFY(!page.contains(QLatin1String("root:x:0:0")));
        QVERIFY(page.contains(QLatin1String("After.")));
    }

    // Each refusal is a finding of its own rule, an error under every profile, with a hint.
    void refusalsAreFindingsOfTheirOwn_data()
    {
        QTest::addColumn<QString>("directive");
        QTest::addColumn<QString>("rule");
        QTest::addColumn<int>("severity");
        QTest::newRow("include outside") << QStringLiteral(".. include:: /etc/passwd")
                                         << QStringLiteral("file-outside-repository")
                                         << int(Specwright::Core::Diagnostic::Severity::Error);
        QTest::newRow("image outside") << QStringLiteral(".. image:: /etc/hostname")
                                       << QStringLiteral("file-outside-repository")
                                       << int(Specwright::Core::Diagnostic::Severity::Error);
        // docutils' warning, and the gate's sphinx-build -W fails on it.
        QTest::newRow("include cycle") << QStringLiteral(".. include:: spec.rst") << QStringLiteral("include-cycle")
                                       << int(Specwright::Core::Diagnostic::Severity::Error);
    }

    void refusalsAreFindingsOfTheirOwn()
    {
        QFETCH(QString, directive);
        QFETCH(QString, rule);
        QFETCH(int, severity);
        const QString text = QStringLiteral("=====\nTitle\n=====\n\n%1\n").arg(directive);
        writeFile(m_spec, text.toUtf8());
        const auto document = RstParser::parse(text, m_spec);
        using Specwright::Core::SpecValidator;
        for (const SpecValidator::Profile profile :
             {SpecValidator::Profile::Strict, SpecValidator::Profile::Glance, SpecValidator::Profile::Nova}) {
            const QList<Specwright::Core::Diagnostic> found =
                SpecValidator::validate(text, *document, Specwright::Core::SpecTemplate::builtinGlance(), profile);
            const auto it =
                std::find_if(found.cbegin(), found.cend(), [&rule](const auto &d) { return d.ruleId == rule; });
            QVERIFY2(it != found.cend(), qPrintable(rule));
            QCOMPARE(int(it->severity), severity);
            QCOMPARE(it->range.startLine, 4);
            QVERIFY(!it->fixHint.isEmpty());
        }
    }

    void includeInsideIsRead()
    {
        // Beside the spec, and in another folder of the repository; nested includes resolve from
        // the including file's folder, as in docutils.
        writeFile(m_repo + QStringLiteral("/doc/shared/outer.inc"), ".. include:: note.inc\n");
        const QString text = QStringLiteral(
            "=====\nTitle\n=====\n\n.. include:: part.inc\n\n.. include:: ../../../doc/shared/outer.inc\n");
        const auto document = RstParser::parse(text, m_spec);
        QVERIFY2(document->messages().isEmpty(), qPrintable(messageTexts(*document).join(u'\n')));
        const QString html = HtmlRenderer::renderBody(*document);
        QVERIFY(html.contains(QLatin1String("Included paragraph.")));
        QVERIFY(html.contains(QLatin1String("Shared note.")));
        // The same file included twice in a row is no cycle (the Glance corpus does it).
        const auto twice = RstParser::parse(QStringLiteral(".. include:: part.inc\n\n.. include:: part.inc\n"), m_spec);
        QVERIFY(twice->messages().isEmpty());
    }

    void unsavedSpecIncludesNothing()
    {
        const auto document = RstParser::parse(QStringLiteral(".. include:: %1\n").arg(m_spec));
        QCOMPARE(countContaining(messageTexts(*document), QLatin1String("Include outside the repository refused")), 1);
    }

    // The hostile tester's 283-byte spec: its title, then ten includes of itself.
    void selfIncludeBombStops()
    {
        QString text = QStringLiteral("====\nBomb\n====\n\n");
        for (int i = 0; i < 10; ++i) {
            text += QStringLiteral(".. include:: spec.rst\n\n");
        }
        writeFile(m_spec, text.toUtf8());
        QElapsedTimer timer;
        timer.start();
        const auto document = RstParser::parse(text, m_spec);
        QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
        const QStringList messages = messageTexts(*document);
        // Every include of itself is a cycle, reported as docutils does, with the chain.
        QCOMPARE(countContaining(messages, QLatin1String("circular inclusion in \"include\" directive:")), 10);
        QVERIFY(messages.constFirst().contains(QLatin1String("spec.rst\n> ")));
        QCOMPARE(HtmlRenderer::renderBody(*document).count(QLatin1String("Bomb")), 1);
    }

    // Distinct files, each including the next ten times: no cycle, but 10^8 inclusions unbounded.
    void fanOutBombIsBounded()
    {
        const QString folder = QFileInfo(m_spec).absolutePath();
        for (int level = 0; level < 8; ++level) {
            QByteArray body = "Level " + QByteArray::number(level) + " text.\n\n";
            for (int i = 0; i < 10; ++i) {
                body += ".. include:: level" + QByteArray::number(level + 1) + ".inc\n\n";
            }
            writeFile(folder + QStringLiteral("/level%1.inc").arg(level), body);
        }
        writeFile(folder + QStringLiteral("/level8.inc"), "Leaf.\n");
        QElapsedTimer timer;
        timer.start();
        const auto document = RstParser::parse(QStringLiteral(".. include:: level0.inc\n"), m_spec);
        QVERIFY2(timer.elapsed() < 10000, qPrintable(QString::number(timer.elapsed())));
        const QStringList messages = messageTexts(*document);
        QVERIFY(countContaining(messages, QLatin1String("Include refused: the spec's includes add up to more than")) >
                0);
        const QString body = HtmlRenderer::renderBody(*document);
        QCOMPARE(body.count(QLatin1String("Leaf.")) + body.count(QLatin1String("Level ")),
                 RstBlockParser::MaximumIncludes);
    }

    void deepIncludeChainIsBounded()
    {
        const QString folder = QFileInfo(m_spec).absolutePath();
        const int levels = RstBlockParser::MaximumIncludeDepth + 5;
        for (int level = 0; level < levels; ++level) {
            writeFile(folder + QStringLiteral("/deep%1.inc").arg(level),
                      ".. include:: deep" + QByteArray::number(level + 1) + ".inc\n");
        }
        writeFile(folder + QStringLiteral("/deep%1.inc").arg(levels), "Bottom.\n");
        const auto document = RstParser::parse(QStringLiteral(".. include:: deep0.inc\n"), m_spec);
        QCOMPARE(countContaining(messageTexts(*document), QLatin1String("includes nest more than 20 levels deep")), 1);
        QVERIFY(!HtmlRenderer::renderBody(*document).contains(QLatin1String("Bottom.")));
    }

    void imagesOutsideAreRefused_data()
    {
        QTest::addColumn<QString>("uri");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("attack: absolute path") << QStringLiteral("%TOP%/secret.png") << false;
        QTest::newRow("attack: ../ out of the repository") << QStringLiteral("../../../../secret.png") << false;
        QTest::newRow("nominal: beside the spec") << QStringLiteral("inside.png") << true;
        QTest::newRow("nominal: elsewhere in the repository") << QStringLiteral("../../../doc/inside.png") << true;
        QTest::newRow("nominal: a web image") << QStringLiteral("https://example.org/x.png") << true;
    }

    void imagesOutsideAreRefused()
    {
        QFETCH(QString, uri);
        QFETCH(bool, allowed);
        const QByteArray png = QByteArray::fromBase64(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");
        writeFile(m_top->filePath(QStringLiteral("secret.png")), png);
        writeFile(m_repo + QStringLiteral("/specs/2026.1/approved/inside.png"), png);
        writeFile(m_repo + QStringLiteral("/doc/inside.png"), png);
        uri.replace(QLatin1String("%TOP%"), m_top->path());
        const QString text = QStringLiteral(".. image:: %1\n   :alt: picture\n\n.. figure:: %1\n").arg(uri);
        const auto document = RstParser::parse(text, m_spec);
        const int refusals =
            countContaining(messageTexts(*document), QLatin1String("Image outside the repository refused"));
        QCOMPARE(refusals, allowed ? 0 : 2);
        const QString body = HtmlRenderer::renderBody(*document);
        QCOMPARE(body.contains(QLatin1String("<img")), allowed);
        // The exported page loads no file: local images inside the repository are embedded.
        const QString page = HtmlRenderer::renderPage(*document, QStringLiteral("x"), m_spec);
        QVERIFY(page.contains(QLatin1String("img-src data:\"")));
        QVERIFY(!page.contains(QLatin1String("file:")));
        QVERIFY(!page.contains(QLatin1String("secret.png\"")));
        if (allowed && !uri.startsWith(QLatin1String("https"))) {
            QCOMPARE(page.count(QLatin1String("<img src=\"data:image/png;base64,iVBOR")), 2);
        }
    }

    // A cancelled parse stops within a block instead of finishing a document nobody waits for.
    void cancelledParseStops()
    {
        QString text;
        for (int i = 0; i < 20000; ++i) {
            text += QStringLiteral("Paragraph %1 with *some* ``markup`` and a `link <https://x.org>`_.\n\n").arg(i);
        }
        std::atomic_bool cancel{true};
        const auto stopped = RstParser::parse(text, QString(), nullptr, &cancel);
        QVERIFY(stopped->root().children.size() <= 1);
        cancel = false;
        const auto whole = RstParser::parse(text, QString(), nullptr, &cancel);
        QCOMPARE(int(whole->root().children.size()), 20000);
    }

private:
    std::unique_ptr<QTemporaryDir> m_top;
    QString m_repo;
    QString m_spec;
};

QTEST_GUILESS_MAIN(FileReachTest)
#include "filereach_test.moc"
