// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "testconfig.h"

#include <core/document/textfile.h>
#include <core/render/htmlrenderer.h>
#include <core/rst/rstblockparser.h>
#include <core/rst/rstparser.h>
#include <core/validate/builtintemplates.h>
#include <core/validate/specvalidator.h>

#include <QDir>
#include <QDirIterator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Specwright::Core;
using namespace Qt::StringLiterals;

namespace {

const QString CorpusSpec =
    QStringLiteral(SPECWRIGHT_SHARED_DIR "/corpus/glance-specs/specs/2024.1/approved/glance/centralized-cache-db.rst");
const QString ExampleSpec = QStringLiteral(SPECWRIGHT_SOURCE_DIR "/resources/examples/example-spec.rst");

QList<Diagnostic> check(const QString &text, SpecValidator::Profile profile = SpecValidator::Profile::Strict)
{
    const auto document = RstParser::parse(text);
    return SpecValidator::validate(text, *document, SpecTemplate::builtinGlance(), profile);
}

int lineOf(const QStringList &lines, const QString &title)
{
    for (int i = 0; i + 1 < lines.size(); ++i) {
        if (lines.at(i) == title && !lines.at(i + 1).isEmpty() &&
            lines.at(i + 1).count(lines.at(i + 1).front()) == lines.at(i + 1).size()) {
            return i;
        }
    }
    return -1;
}

// Applies \a fault to \a text; returns the line (0-based) where the rule must fire, or -1 for "nothing".
int inject(const QString &fault, QString &text)
{
    QStringList lines = text.split(QLatin1Char('\n'));
    const int last = int(lines.size()) - 1; // the empty string after the final newline
    auto firstProseLine = [&] {
        for (int i = lineOf(lines, QStringLiteral("Problem description")) + 2; i < lines.size(); ++i) {
            const bool title = i + 1 < lines.size() && !lines.at(i + 1).isEmpty() &&
                               lines.at(i + 1).count(lines.at(i + 1).front()) == lines.at(i + 1).size();
            if (!lines.at(i).isEmpty() && lines.at(i).at(0).isLetter() && !title) {
                return i;
            }
        }
        return -1;
    };
    auto append = [&](const QStringList &added) {
        lines.removeLast();
        lines.append(QString());
        const int at = int(lines.size());
        lines += added;
        lines.append(QString());
        return at;
    };
    int expected = -1;
    if (fault == QLatin1String("remove section")) {
        const int start = lineOf(lines, QStringLiteral("Testing"));
        const int end = lineOf(lines, QStringLiteral("Documentation Impact"));
        lines.erase(lines.begin() + start, lines.begin() + end);
        expected = lineOf(lines, QStringLiteral("Documentation Impact"));
    } else if (fault == QLatin1String("extra top-level section")) {
        const int at = lineOf(lines, QStringLiteral("References"));
        lines.insert(at, QStringLiteral("Rollout Plan"));
        lines.insert(at + 1, QStringLiteral("============"));
        lines.insert(at + 2, QString());
        lines.insert(at + 3, QStringLiteral("We roll it out slowly."));
        lines.insert(at + 4, QString());
        expected = at;
    } else if (fault == QLatin1String("long prose line")) {
        expected = append({QStringLiteral("This sentence is written on one line that keeps going well past the "
                                          "seventy-nine column limit.")});
    } else if (fault == QLatin1String("long URL line (exempt)")) {
        append({QStringLiteral("See https://docs.openstack.org/glance/latest/admin/a-very-long-page-name-that-"
                               "does-not-fit.html for details.")});
    } else if (fault == QLatin1String("long line in a literal block (exempt)")) {
        append({QStringLiteral("Example::"), QString(),
                QStringLiteral("    glance --os-image-api-version 2 image-create --name a-rather-long-name "
                               "--disk-format qcow2")});
    } else if (fault == QLatin1String("trailing space")) {
        expected = firstProseLine();
        lines[expected] += QLatin1Char(' ');
    } else if (fault == QLatin1String("tab")) {
        expected = append({QStringLiteral("::"), QString(), QStringLiteral("\tindented with a tab")}) + 2;
    } else if (fault == QLatin1String("tab inside a line")) {
        expected = firstProseLine();
        lines[expected][lines[expected].indexOf(QLatin1Char(' '))] = QLatin1Char('\t'); // same length
    } else if (fault == QLatin1String("CRLF")) {
        expected = firstProseLine();
        lines[expected] += QLatin1Char('\r');
    } else if (fault == QLatin1String("zero-width space")) {
        expected = firstProseLine();
        lines[expected].insert(3, QChar(0x200B));
    } else if (fault == QLatin1String("no final newline")) {
        lines.removeLast();
        expected = int(lines.size()) - 1;
    } else if (fault == QLatin1String("short underline")) {
        expected = lineOf(lines, QStringLiteral("Testing"));
        lines[expected + 1] = QStringLiteral("=====");
    } else if (fault == QLatin1String("unknown directive")) {
        expected = append({QStringLiteral(".. frobnicate:: now")});
    } else if (fault == QLatin1String("unknown role")) {
        expected = append({QStringLiteral("See :frob:`this` for details.")});
    } else if (fault == QLatin1String("unknown target")) {
        expected = append({QStringLiteral("See nowhere_ for details.")});
    } else if (fault == QLatin1String("duplicate target")) {
        expected = append({QStringLiteral(".. _dup: https://one.example.org"),
                           QStringLiteral(".. _dup: https://two.example.org")}) +
                   1;
    } else if (fault == QLatin1String("unexpected unindent")) {
        expected = append({QStringLiteral("* an item"), QStringLiteral("text right after it")}) + 1;
    }
    Q_UNUSED(last)
    text = lines.join(QLatin1Char('\n'));
    return expected;
}

QMap<QString, int> ruleCounts(const QList<Diagnostic> &diagnostics)
{
    QMap<QString, int> counts;
    for (const Diagnostic &d : diagnostics) {
        ++counts[d.ruleId];
    }
    return counts;
}

} // namespace

class SpecValidatorTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void seededFaults_data()
    {
        QTest::addColumn<QString>("base");
        QTest::addColumn<QString>("fault");
        QTest::addColumn<QString>("rule");
        const QList<std::pair<const char *, const char *>> faults = {
            {"remove section", "missing-section"},
            {"extra top-level section", "extra-section"},
            {"long prose line", "line-too-long"},
            {"long URL line (exempt)", ""},
            {"long line in a literal block (exempt)", ""},
            {"trailing space", "trailing-whitespace"},
            {"tab", "tab"},
            {"tab inside a line", "inline-tab"},
            {"CRLF", "carriage-return"},
            {"zero-width space", "zero-width-space"},
            {"no final newline", "no-final-newline"},
            {"short underline", "title-underline-short"},
            {"unknown directive", "unknown-directive"},
            {"unknown role", "unknown-role"},
            {"unknown target", "unknown-target"},
            {"duplicate target", "duplicate-target"},
            {"unexpected unindent", "unexpected-unindent"},
        };
        for (const QString &base : {ExampleSpec, CorpusSpec}) {
            const QString name = base == ExampleSpec ? QStringLiteral("example spec") : QStringLiteral("corpus spec");
            for (const auto &[fault, rule] : faults) {
                QTest::addRow("%s: %s", qPrintable(name), fault)
                    << base << QString::fromLatin1(fault) << QString::fromLatin1(rule);
            }
        }
    }

    void seededFaults()
    {
        QFETCH(QString, base);
        QFETCH(QString, fault);
        QFETCH(QString, rule);
        if (!QFile::exists(base)) {
            QSKIP("../shared/corpus is not beside the checkout");
        }
        const TextFile file = TextFile::read(base);
        QVERIFY(file.isValid());
        QString text = file.text();
        const QMap<QString, int> before = ruleCounts(check(text));
        const int line = inject(fault, text);
        const QList<Diagnostic> after = check(text);
        QMap<QString, int> added = ruleCounts(after);
        for (auto it = before.cbegin(); it != before.cend(); ++it) {
            added[it.key()] -= it.value();
            if (added.value(it.key()) == 0) {
                added.remove(it.key());
            }
        }
        if (rule.isEmpty()) {
            QVERIFY2(added.isEmpty(), qPrintable(QStringLiteral("unexpected: %1").arg(added.keys().join(u','))));
            return;
        }
        // Exactly the expected rule fires once more, and nothing else.
        QCOMPARE(added.keys(), QStringList{rule});
        QCOMPARE(added.value(rule), 1);
        bool atLine = false;
        for (const Diagnostic &d : after) {
            atLine = atLine || (d.ruleId == rule && d.range.startLine == line);
        }
        QVERIFY2(atLine, qPrintable(QStringLiteral("%1 not reported at line %2").arg(rule).arg(line + 1)));
    }

    void profilesSetSeverities_data()
    {
        QTest::addColumn<QString>("profile");
        QTest::addColumn<QString>("rule");
        QTest::addColumn<int>("severity");
        const int error = int(Diagnostic::Severity::Error);
        const int warning = int(Diagnostic::Severity::Warning);
        QTest::newRow("glance: long lines warn") << "glance" << "line-too-long" << warning;
        QTest::newRow("nova: long lines fail") << "nova" << "line-too-long" << error;
        QTest::newRow("strict: long lines fail") << "strict" << "line-too-long" << error;
        QTest::newRow("glance: missing sections warn") << "glance" << "missing-section" << warning;
        QTest::newRow("nova: missing sections fail") << "nova" << "missing-section" << error;
        QTest::newRow("glance: markup fails") << "glance" << "unknown-directive" << error;
        QTest::newRow("glance: trailing space fails") << "glance" << "trailing-whitespace" << error;
    }

    void profilesSetSeverities()
    {
        QFETCH(QString, profile);
        QFETCH(QString, rule);
        QFETCH(int, severity);
        SpecValidator::Profile p;
        QVERIFY(SpecValidator::profileFromName(profile, &p));
        const QString text = QStringLiteral("=====\nTitle\n=====\n\nA line that is written to be far too long for the "
                                            "gate, which wants fewer than eighty.   \n\n.. frob::\n");
        bool found = false;
        for (const Diagnostic &d : check(text, p)) {
            if (d.ruleId == rule) {
                found = true;
                QCOMPARE(int(d.severity), severity);
            }
        }
        QVERIFY2(found, qPrintable(rule));
    }

    // Tabs: in the indentation doc8 D003 fails the glance gate; inside the line no gate fails, but
    // the line's width changes once docutils (or Export for Review) expands it: a warning everywhere.
    void tabs_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<QString>("profile");
        QTest::addColumn<QStringList>("expected"); ///< "rule severity column", in order
        const QString para = QStringLiteral("One\textra word.");
        QTest::newRow("nominal: tab between words, glance") << para << "glance" << QStringList{"inline-tab warning 3"};
        QTest::newRow("nominal: tab between words, nova") << para << "nova" << QStringList{"inline-tab warning 3"};
        QTest::newRow("nominal: tab between words, strict") << para << "strict" << QStringList{"inline-tab warning 3"};
        QTest::newRow("nominal: indentation tab, glance")
            << QStringLiteral("\tindented") << "glance" << QStringList{"tab error 0"};
        QTest::newRow("nominal: indentation tab, nova")
            << QStringLiteral("\tindented") << "nova" << QStringList{"tab warning 0"};
        QTest::newRow("edge: indentation and inside, glance")
            << QStringLiteral("\tOne\ttwo") << "glance" << QStringList{"tab error 0", "inline-tab warning 4"};
        QTest::newRow("edge: two inside, one finding at the first")
            << QStringLiteral("a\tb\tc") << "glance" << QStringList{"inline-tab warning 1"};
        QTest::newRow("edge: spaces then tab in the indentation is indentation")
            << QStringLiteral("  \tindented") << "glance" << QStringList{"tab error 2"};
        QTest::newRow("edge: trailing tab is trailing whitespace only")
            << QStringLiteral("Words.\t") << "glance" << QStringList{"trailing-whitespace error 6"};
        QTest::newRow("nominal: no tab") << QStringLiteral("One extra word.") << "glance" << QStringList{};
    }

    void tabs()
    {
        QFETCH(QString, line);
        QFETCH(QString, profile);
        QFETCH(QStringList, expected);
        SpecValidator::Profile p;
        QVERIFY(SpecValidator::profileFromName(profile, &p));
        // In a literal block, so the tab is all there is to find on the line.
        const QString text = QStringLiteral("=====\nTitle\n=====\n\n::\n\n  ") + line + QLatin1Char('\n');
        QStringList found;
        for (const Diagnostic &d : check(text, p)) {
            if (d.range.startLine == 6) {
                found.append(QStringLiteral("%1 %2 %3")
                                 .arg(d.ruleId, Diagnostic::severityName(d.severity))
                                 .arg(d.range.startColumn - 2));
            }
        }
        QCOMPARE(found, expected);
    }

    // A markup finding's rule comes from what the parser says its message is about (the message's id),
    // never from the wording: the wording quotes names, paths and values from the spec. The
    // "misleading" rows quote another message's wording; matching the text gave them the rule in brackets.
    void markupRuleFollowsMessageId_data()
    {
        QTest::addColumn<QString>("rst");
        QTest::addColumn<int>("id"); // RstMessage::Id of the one message above INFO
        QTest::addColumn<QString>("rule");
        using Id = RstMessage::Id;
        const QList<std::tuple<const char *, QString, Id, const char *>> rows = {
            {"nominal: title underline too short", u"A long title\n=====\n"_s, Id::TitleUnderlineTooShort,
             "title-underline-short"},
            {"nominal: title overline too short", u"=====\nA long title\n=====\n"_s, Id::TitleOverlineTooShort,
             "title-overline-short"},
            {"nominal: title level inconsistent", u"Top\n===\n\nSub\n---\n\nNext\n====\n\nNew\n~~~\n"_s,
             Id::TitleLevelInconsistent, "title-level-inconsistent"},
            {"nominal: overline and underline differ", u"=====\nTitle\n-----\n"_s, Id::TitleOverlineUnderlineMismatch,
             "title-adornment"},
            {"nominal: overline without underline", u"=====\nTitle\nText.\n"_s, Id::TitleUnderlineMissing,
             "title-adornment"},
            {"nominal: incomplete title", u"=====\nTitle"_s, Id::TitleIncomplete, "title-adornment"},
            {"nominal: adornment under adornment", u"=====\n=====\n"_s, Id::TitleOrTransitionInvalid,
             "title-adornment"},
            {"nominal: title inside a list", u"* Item\n\n  Title\n  =====\n"_s, Id::UnexpectedTitle,
             "unexpected-title"},
            {"nominal: unknown directive", u".. frobnicate:: now\n"_s, Id::UnknownDirective, "unknown-directive"},
            {"nominal: directive without its content", u".. note::\n"_s, Id::DirectiveError, "directive-error"},
            {"nominal: unknown role", u"See :frob:`this`.\n"_s, Id::UnknownRole, "unknown-role"},
            {"nominal: unknown default role", u".. default-role:: frob\n"_s, Id::UnknownRole, "unknown-role"},
            {"nominal: unknown target", u"See nowhere_.\n"_s, Id::UnknownTarget, "unknown-target"},
            {"nominal: duplicate target", u".. _dup: https://one.example.org\n.. _dup: https://two.example.org\n"_s,
             Id::DuplicateTarget, "duplicate-target"},
            {"nominal: undefined substitution", u"A |nothing| here.\n"_s, Id::UndefinedSubstitution,
             "undefined-substitution"},
            {"nominal: anonymous reference without target", u"See this__.\n"_s, Id::AnonymousReferenceMismatch,
             "anonymous-mismatch"},
            {"nominal: unexpected unindent", u"* An item\ntext right after it.\n"_s, Id::UnexpectedUnindent,
             "unexpected-unindent"},
            {"nominal: unexpected indentation", u"A paragraph\nof two lines\n   indented.\n"_s,
             Id::UnexpectedIndentation, "unexpected-indentation"},
            {"nominal: unterminated emphasis", u"An *emphasis without end.\n"_s, Id::UnterminatedInline,
             "unterminated-inline"},
            {"nominal: malformed table", u"=====  =====\na      b\n=====  ====\n"_s, Id::MalformedTable,
             "malformed-table"},
            {"nominal: no blank line after a table", u"+---+\n| a |\n+---+\nText right after.\n"_s,
             Id::TableWithoutBlankLineAfter, "malformed-table"},
            {"nominal: literal block expected", u"Example::\n\nNot indented.\n"_s, Id::LiteralBlockExpected,
             "literal-block-expected"},
            {"nominal: include not found", u".. include:: missing.inc\n"_s, Id::IncludeNotFound, "include-not-found"},
            {"nominal: include outside the repository", u".. include:: /etc/hostname\n"_s, Id::FileOutsideRepository,
             "file-outside-repository"},
            {"nominal: image outside the repository", u".. image:: /etc/hostname\n"_s, Id::FileOutsideRepository,
             "file-outside-repository"},
            {"nominal: include cycle", u".. include:: spec.rst\n"_s, Id::IncludeCycle, "include-cycle"},
            {"nominal: includes nested too deep", u".. include:: deep0.inc\n"_s, Id::IncludeLimit, "include-limit"},
            {"nominal: any other markup problem", u"Quoted::\n\n> one\n- two\n"_s, Id::OtherMarkup, "rst-markup"},
            {"misleading: duplicate substitution named \"directive\" (was directive-error)",
             u".. |directive| replace:: one\n.. |directive| replace:: two\n"_s, Id::OtherMarkup, "rst-markup"},
            {"misleading: missing include named like a title message (was title-underline-short)",
             u".. include:: Title underline too short.inc\n"_s, Id::IncludeNotFound, "include-not-found"},
            {"misleading: undefined substitution named like a target message (was unknown-target)",
             u"A |Unknown target name| here.\n"_s, Id::UndefinedSubstitution, "undefined-substitution"},
            {"misleading: option value quoting an indentation message (was unexpected-indentation)",
             u".. image:: a.png\n   :width: Unexpected indentation\n"_s, Id::DirectiveError, "directive-error"},
            {"edge: unknown role named \"directive\"", u"See :directive:`this`.\n"_s, Id::UnknownRole, "unknown-role"},
        };
        for (const auto &[name, rst, id, rule] : rows) {
            QTest::newRow(name) << rst << int(id) << QString::fromLatin1(rule);
        }
    }

    void markupRuleFollowsMessageId()
    {
        QFETCH(QString, rst);
        QFETCH(int, id);
        QFETCH(QString, rule);
        // The include rows read files: the spec lies in a repository, beside a chain of includes
        // nested deeper than the parser follows.
        QTemporaryDir repository;
        QVERIFY(repository.isValid());
        QVERIFY(QDir(repository.path()).mkpath(u".git"_s));
        QVERIFY(QDir(repository.path()).mkpath(u"specs"_s));
        const QString spec = repository.filePath(u"specs/spec.rst"_s);
        auto write = [](const QString &path, const QString &text) {
            QFile file(path);
            return file.open(QIODevice::WriteOnly) && file.write(text.toUtf8()) == text.toUtf8().size();
        };
        QVERIFY(write(spec, rst));
        for (int level = 0; level <= RstBlockParser::MaximumIncludeDepth + 1; ++level) {
            QVERIFY(write(repository.filePath(u"specs/deep%1.inc"_s.arg(level)),
                          u".. include:: deep%1.inc\n"_s.arg(level + 1)));
        }

        const auto document = RstParser::parse(rst, spec);
        QList<RstMessage> reported; // docutils' INFO messages are no findings
        QStringList texts;
        for (const RstMessage &message : document->messages()) {
            if (message.severity != RstMessage::Severity::Info) {
                reported.append(message);
                texts.append(message.text);
            }
        }
        QVERIFY2(reported.size() == 1, qPrintable(texts.join(u'\n')));
        const RstMessage &message = reported.constFirst();
        QVERIFY2(int(message.id) == id, qPrintable(u"id %1: %2"_s.arg(int(message.id)).arg(message.text)));

        const QList<Diagnostic> found =
            SpecValidator::validate(rst, *document, SpecTemplate::builtinGlance(), SpecValidator::Profile::Strict);
        const QString firstLine = message.text.section(u'\n', 0, 0);
        const auto finding = std::find_if(found.cbegin(), found.cend(), [&](const Diagnostic &d) {
            return d.range == message.range && d.message.startsWith(firstLine);
        });
        QVERIFY2(finding != found.cend(), qPrintable(firstLine));
        QCOMPARE(finding->ruleId, rule);
    }

    void templateFromRepository()
    {
        const QString corpus = QStringLiteral(SPECWRIGHT_SHARED_DIR "/corpus/glance-specs");
        if (!QFile::exists(CorpusSpec)) {
            QSKIP("../shared/corpus is not beside the checkout");
        }
        const SpecTemplate own = SpecTemplate::forSpecFile(CorpusSpec);
        QVERIFY(own.isValid());
        QVERIFY(own.name().endsWith(QLatin1String("specs/template.rst")));
        QCOMPARE(own.sections().size(), 7);
        QCOMPARE(own.sections().at(1).title, QStringLiteral("Proposed change"));
        QCOMPARE(own.sections().at(1).subsections.size(), 9);
        QCOMPARE(SpecValidator::detectProfile(CorpusSpec), SpecValidator::Profile::Glance);
        QCOMPARE(SpecValidator::detectProfile(ExampleSpec), SpecValidator::Profile::Strict);
        Q_UNUSED(corpus)
    }

    // Where a spec's repository keeps its templates, found from the path alone.
    void specsFolderOfASpec_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("specs");
        QTest::addColumn<QString>("release");
        QTest::newRow("release spec") << "/r/nova-specs/specs/queens/approved/thing.rst" << "/r/nova-specs/specs"
                                      << "queens";
        QTest::newRow("deeper") << "/r/glance-specs/specs/2024.1/approved/glance/x.rst" << "/r/glance-specs/specs"
                                << "2024.1";
        QTest::newRow("the template itself") << "/r/specs/template.rst" << "/r/specs" << "";
        QTest::newRow("nearest specs folder") << "/a/specs/b/specs/c/d.rst" << "/a/specs/b/specs" << "c";
        QTest::newRow("no specs folder") << "/home/me/notes/spec.rst" << "" << "";
        QTest::newRow("a file called specs") << "/home/me/specs" << "" << "";
    }

    void specsFolderOfASpec()
    {
        QFETCH(QString, path);
        QFETCH(QString, specs);
        QFETCH(QString, release);
        QString foundRelease = QStringLiteral("unset");
        QCOMPARE(SpecTemplate::specsFolder(path, &foundRelease), specs);
        if (!specs.isEmpty()) {
            QCOMPARE(foundRelease, release);
        }
    }

    // The keys the section checks compare, lower-cased once per template (Unicode titles too).
    void templateKeys()
    {
        const SpecTemplate parsed = SpecTemplate::fromText(
            QStringLiteral("=====\nTitle\n=====\n\nProblem Description\n===================\n\nUse CASES\n---------\n\n"
                           "\u00c9tude\n------\n\nREST API impact\n===============\n\nNone.\n"),
            QStringLiteral("keys"));
        QVERIFY(parsed.isValid());
        QCOMPARE(parsed.sectionKeys(), (QStringList{u"problem description"_s, u"rest api impact"_s}));
        QCOMPARE(parsed.subsectionKeys(), (QSet<QString>{u"use cases"_s, QStringLiteral(u"\u00e9tude")}));
    }

    // The template's "<…>" placeholders left in a spec are found where they are, each occurrence.
    void placeholdersLeftIn_data()
    {
        QTest::addColumn<QString>("body");
        QTest::addColumn<QList<int>>("where"); // line, column pairs (0-based)
        QTest::newRow("none") << QStringLiteral("Primary assignee:\n  someone\n") << QList<int>{};
        QTest::newRow("one") << QStringLiteral("Primary assignee:\n  <launchpad-id or None>\n") << QList<int>{5, 2};
        QTest::newRow("two on a line") << QStringLiteral("See <blueprint-name> and <launchpad-id or None>.\n")
                                       << QList<int>{4, 4, 4, 25};
        QTest::newRow("an embedded link is not one")
            << QStringLiteral("See `this <https://example.org>`_ page.\n") << QList<int>{};
        QTest::newRow("after a line with another angle bracket")
            << QStringLiteral("See `this <https://example.org>`_ page.\n\nOwner: <launchpad-id or None>\n")
            << QList<int>{6, 7};
        QTest::newRow("two lines down, two on the last")
            << QStringLiteral("a <b\n\n<c\n<blueprint-name> <launchpad-id or None>\n") << QList<int>{7, 0, 7, 17};
        QTest::newRow("with Windows line endings")
            << QStringLiteral("Text.\r\n\r\nOwner: <launchpad-id or None>\r\n") << QList<int>{6, 7};
        QTest::newRow("with a tab in the text")
            << QStringLiteral("::\n\n\tcode\n\nOwner: <launchpad-id or None>\n") << QList<int>{8, 7};
    }

    void placeholdersLeftIn()
    {
        QFETCH(QString, body);
        QFETCH(QList<int>, where);
        const QString text = QStringLiteral("=====\nTitle\n=====\n\n") + body;
        QList<int> found;
        for (const Diagnostic &d : check(text)) {
            if (d.ruleId == QLatin1String("template-placeholder")) {
                found << d.range.startLine << d.range.startColumn;
            }
        }
        QCOMPARE(found, where);
    }

    // The nova gate lets a line run past 79 columns when it holds "http://" or "https://" anywhere,
    // or has no whitespace inside: nothing else.
    void longLineExemptions_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<bool>("reported");
        const QString filler = QStringLiteral("words ").repeated(13);
        QTest::newRow("prose") << filler + QStringLiteral("and more words") << true;
        QTest::newRow("https in the middle") << filler + QStringLiteral("https://example.org/x and on") << false;
        QTest::newRow("http at the start") << QStringLiteral("http://example.org ") + filler << false;
        QTest::newRow("inside a longer word") << filler + QStringLiteral("xhttps://example.org") << false;
        QTest::newRow("at the very end") << filler + QStringLiteral("see http://") << false;
        QTest::newRow("one slash short") << filler + QStringLiteral("http:/example.org") << true;
        QTest::newRow("another scheme") << filler + QStringLiteral("ftp://example.org") << true;
        QTest::newRow("http and :// apart") << filler + QStringLiteral("http is not ://") << true;
        QTest::newRow("a colon before") << filler + QStringLiteral("note: https://example.org") << false;
        QTest::newRow("one long word") << QStringLiteral("a").repeated(40) + QStringLiteral("-") +
                                              QStringLiteral("b").repeated(45)
                                       << false;
    }
    void longLineExemptions()
    {
        QFETCH(QString, line);
        QFETCH(bool, reported);
        QVERIFY(line.size() >= 80);
        const QString text = QStringLiteral("=====\nTitle\n=====\n\n") + line + QLatin1Char('\n');
        int found = 0;
        for (const Diagnostic &d : check(text)) {
            found += d.ruleId == QLatin1String("line-too-long") ? 1 : 0;
        }
        QCOMPARE(found, reported ? 1 : 0);
    }

    // "REST API impact" other than None asks for the APIImpact flag (an info note).
    void apiImpactNote_data()
    {
        QTest::addColumn<QString>("body");
        QTest::addColumn<bool>("noted");
        QTest::newRow("None") << QStringLiteral("None\n") << false;
        QTest::newRow("None.") << QStringLiteral("None.\n") << false;
        QTest::newRow("lower case, spread") << QStringLiteral("  none\n") << false;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("spaced letters") << QStringLiteral("N o n e\n") << true;
        QTest::newRow("None and more") << QStringLiteral("None, but the image API gains a field.\n") << true;
        QTest::newRow("six letters") << QStringLiteral("Nones.\n") << true;
        QTest::newRow("a list") << QStringLiteral("* GET /v2/images\n* PUT /v2/images/{id}\n") << true;
        // The template's own guidance, left in: nothing is said about this spec's API yet.
        const QString guidance =
            QStringLiteral("Every new or changed API call: method, URL, parameters, request and response\n"
                           "bodies, status codes and policy. If this is not None, the commit message\n"
                           "carries the APIImpact flag.\n");
        QTest::newRow("the template's guidance") << guidance << false;
        QTest::newRow("guidance and None") << guidance + QStringLiteral("\nNone\n") << false;
        QTest::newRow("guidance and a change")
            << guidance + QStringLiteral("\nGET /v2/images/{id}/tasks is new.\n") << true;
    }
    void apiImpactNote()
    {
        QFETCH(QString, body);
        QFETCH(bool, noted);
        const QString text = QStringLiteral("=====\nTitle\n=====\n\nProposed change\n===============\n\n"
                                            "REST API impact\n---------------\n\n") +
                             body;
        bool found = false;
        for (const Diagnostic &d : check(text)) {
            found = found || d.ruleId == QLatin1String("api-impact");
        }
        QCOMPARE(found, noted);
    }

    // A new spec from the template still carries its title: template text left in, like its guidance.
    void templateTitleLeftIn_data()
    {
        QTest::addColumn<QString>("title");
        QTest::addColumn<bool>("flagged");
        QTest::newRow("the template's title") << QStringLiteral("Title of the change, as a sentence") << true;
        QTest::newRow("spaced out") << QStringLiteral("Title of the  change, as a sentence") << true;
        QTest::newRow("the spec's own") << QStringLiteral("Resumable image uploads") << false;
        QTest::newRow("a longer title") << QStringLiteral("Title of the change, as a sentence, done") << false;
    }
    void templateTitleLeftIn()
    {
        QFETCH(QString, title);
        QFETCH(bool, flagged);
        const QString rule = QString(title.size(), QLatin1Char('='));
        const QString text = rule + u'\n' + title + u'\n' + rule +
                             QStringLiteral("\n\nProblem description\n"
                                            "===================\n\nText.\n");
        bool found = false;
        for (const Diagnostic &d : check(text)) {
            if (d.ruleId == QLatin1String("template-guidance") && d.range.startLine <= 1) {
                found = true;
                QCOMPARE(d.severity, Diagnostic::Severity::Warning);
            }
        }
        QCOMPARE(found, flagged);
    }

    void newSpecFromTheTemplate()
    {
        // What New Spec puts in the editor: its title and guidance are flagged as template text,
        // and the REST API note stays quiet until the section says something.
        const QString text = BuiltinTemplates::text(BuiltinTemplates::find(QStringLiteral("glance-spec")));
        bool title = false;
        for (const Diagnostic &d : check(text)) {
            QVERIFY2(d.ruleId != QLatin1String("api-impact"), qPrintable(d.message));
            title = title || (d.ruleId == QLatin1String("template-guidance") && d.message.contains(u"title"));
        }
        QVERIFY(title);
        QVERIFY(text.contains(u"(Edit > Insert Diagram)")); // the menu it names exists under that name
    }

    // The nova-style gate's exceptions: a spec may leave out "History", "Feature Liaison" and, in
    // queens only, "Upgrade impact"; every other template subsection stays required.
    void releaseOptionalSubsections_data()
    {
        QTest::addColumn<QString>("release");
        QTest::addColumn<QStringList>("missing");
        QTest::newRow("queens: Upgrade impact optional") << "queens" << QStringList();
        QTest::newRow("rocky: Upgrade impact required") << "rocky" << QStringList{QStringLiteral("Upgrade impact")};
        QTest::newRow("2027.1: Upgrade impact required") << "2027.1" << QStringList{QStringLiteral("Upgrade impact")};
    }

    void releaseOptionalSubsections()
    {
        QFETCH(QString, release);
        QFETCH(QStringList, missing);
        const QString templateText = QStringLiteral(
            "=====\nTitle\n=====\n\nProblem description\n===================\n\nUse Cases\n---------\n\n"
            "Proposed change\n===============\n\nAlternatives\n------------\n\nUpgrade impact\n--------------\n\n"
            "Implementation\n==============\n\nAssignee(s)\n-----------\n\nFeature Liaison\n---------------\n\n"
            "History\n=======\n\nNone\n");
        // The spec has neither History nor Feature Liaison nor Upgrade impact.
        const QString spec = QStringLiteral(
            "=====\nSpec\n=====\n\nProblem description\n===================\n\nUse Cases\n---------\n\nNone\n\n"
            "Proposed change\n===============\n\nAlternatives\n------------\n\nNone\n\n"
            "Implementation\n==============\n\nAssignee(s)\n-----------\n\nNone\n");
        QTemporaryDir repo;
        QVERIFY(repo.isValid());
        QVERIFY(QDir(repo.path()).mkpath(QStringLiteral("specs/%1/approved").arg(release)));
        QFile templateFile(repo.filePath(QStringLiteral("specs/%1-template.rst").arg(release)));
        QVERIFY(templateFile.open(QIODevice::WriteOnly));
        templateFile.write(templateText.toUtf8());
        templateFile.close();
        const QString specPath = repo.filePath(QStringLiteral("specs/%1/approved/thing.rst").arg(release));

        const SpecTemplate own = SpecTemplate::forSpecFile(specPath);
        QVERIFY(own.isValid());
        QCOMPARE(SpecValidator::detectProfile(specPath), SpecValidator::Profile::Nova);
        const auto document = RstParser::parse(spec, specPath);
        QStringList reported;
        for (const Diagnostic &d : SpecValidator::validate(spec, *document, own, SpecValidator::Profile::Nova)) {
            QVERIFY2(d.ruleId != QLatin1String("missing-section"), qPrintable(d.message));
            if (d.ruleId == QLatin1String("missing-subsection")) {
                reported.append(d.message.section(QLatin1Char('"'), 3, 3));
            }
        }
        QCOMPARE(reported, missing);
    }

    // Windows line endings are one finding on line 1, whether the text still holds the carriage
    // returns (the command line) or the editor dropped them; any other carriage return is its own.
    void windowsLineEndings_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("windows"); // the file's line ending, as TextFile read it
        QTest::addColumn<int>("crlfFindings");
        QTest::addColumn<QList<int>>("carriageReturnLines");
        const QString lf = u"=====\nTitle\n=====\n\nText.\n"_s;
        QString crlf = lf;
        crlf.replace(u"\n"_s, u"\r\n"_s);
        QTest::newRow("nominal: as the command line reads it") << crlf << true << 1 << QList<int>{};
        QTest::newRow("nominal: as the editor holds it") << lf << true << 1 << QList<int>{};
        QTest::newRow("edge: a lone CR besides")
            << u"=====\r\nTitle\r\n=====\r\n\r\nA\rB.\r\n"_s << true << 1 << QList<int>{4};
        QTest::newRow("edge: one CRLF in a Unix file")
            << u"=====\nTitle\r\n=====\n\nText.\n"_s << false << 0 << QList<int>{1};
    }

    void windowsLineEndings()
    {
        QFETCH(QString, text);
        QFETCH(bool, windows);
        QFETCH(int, crlfFindings);
        QFETCH(QList<int>, carriageReturnLines);
        const auto document = RstParser::parse(text);
        const QList<Diagnostic> found =
            SpecValidator::validate(text, *document, SpecTemplate::builtinGlance(), SpecValidator::Profile::Glance,
                                    nullptr, windows ? TextFile::LineEnding::Windows : TextFile::LineEnding::Unix);
        int crlf = 0;
        QList<int> carriageReturns;
        for (const Diagnostic &d : found) {
            if (d.ruleId == u"crlf-line-endings"_s) {
                ++crlf;
                QCOMPARE(d.range.startLine, 0);
                QCOMPARE(d.severity, Diagnostic::Severity::Error);
            } else if (d.ruleId == u"carriage-return"_s) {
                carriageReturns.append(d.range.startLine);
            }
        }
        QCOMPARE(crlf, crlfFindings);
        QCOMPARE(carriageReturns, carriageReturnLines);
    }

    void corpusHasNoErrorsUnderGlance()
    {
        const QString corpus = QStringLiteral(SPECWRIGHT_SHARED_DIR "/corpus/glance-specs");
        if (!QFile::exists(corpus)) {
            QSKIP("../shared/corpus is not beside the checkout");
        }
        int files = 0;
        QStringList errors;
        QDirIterator it(corpus, {QStringLiteral("*.rst")}, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            QFile raw(path);
            QVERIFY(raw.open(QIODevice::ReadOnly));
            const QString text = QString::fromUtf8(raw.readAll());
            const auto document = RstParser::parse(text, path);
            SpecTemplate own = SpecTemplate::forSpecFile(path);
            for (const Diagnostic &d : SpecValidator::validate(text, *document, own, SpecValidator::Profile::Glance)) {
                if (d.severity == Diagnostic::Severity::Error) {
                    errors.append(
                        QStringLiteral("%1:%2: %3 [%4]").arg(path).arg(d.range.startLine + 1).arg(d.message, d.ruleId));
                }
            }
            ++files;
        }
        QVERIFY(files > 300);
        QVERIFY2(errors.isEmpty(), qPrintable(errors.mid(0, 20).join(u'\n')));
    }

    void cancellation()
    {
        const std::atomic_bool cancel{true};
        const QString text = ExampleSpec;
        const TextFile file = TextFile::read(ExampleSpec);
        const auto document = RstParser::parse(file.text());
        QVERIFY(SpecValidator::validate(file.text(), *document, SpecTemplate::builtinGlance(),
                                        SpecValidator::Profile::Strict, &cancel)
                    .isEmpty());
    }

    // What the diagram canvas relies on: problems in a diagram's block point at the exact place.
    void diagramProblemsPointIntoTheBlock_data()
    {
        QTest::addColumn<QString>("diagram");
        QTest::addColumn<QString>("rule");
        QTest::addColumn<int>("line");   // 1-based
        QTest::addColumn<int>("column"); // 0-based
        QTest::newRow("nominal: Unicode box drawing") << QStringLiteral("    +----+\n    |    \u2500\u2500> x\n")
                                                      << QStringLiteral("non-ascii-literal") << 8 << 9;
        QTest::newRow("nominal: a diagram past column 79")
            << QStringLiteral("    +--+\n    |  |") + QString(80, QLatin1Char('-')) + QStringLiteral(">\n")
            << QStringLiteral("wide-literal") << 8 << 79;
    }

    void diagramProblemsPointIntoTheBlock()
    {
        QFETCH(QString, diagram);
        QFETCH(QString, rule);
        QFETCH(int, line);
        QFETCH(int, column);
        const QString text = QStringLiteral("=====\nTitle\n=====\n\nFlow::\n\n") + diagram;
        bool found = false;
        for (const Diagnostic &d : check(text)) {
            if (d.ruleId == rule) {
                found = true;
                QCOMPARE(d.range.startLine + 1, line); // 1-based, as editors show it
                QCOMPARE(d.range.startColumn, column);
            }
        }
        QVERIFY2(found, qPrintable(rule));
    }

    // A code-block body Sphinx cannot lex fails sphinx-build -W: the finding is at the token, past the
    // directive's options and indentation; an unknown language is flagged at its name.
    void codeBlockLexProblems_data()
    {
        QTest::addColumn<QString>("block");
        QTest::addColumn<int>("line");   // 1-based; -1: no finding
        QTest::addColumn<int>("column"); // 0-based
        QTest::addColumn<QString>("message");
        QTest::newRow("nominal: ellipsis after options")
            << QStringLiteral(".. code-block:: json\n   :linenos:\n   :caption: A "
                              "request\n\n   {\n       \"a\": 1,\n       ...\n   }\n")
            << 13 << 7 << QStringLiteral("at '.'");
        QTest::newRow("nominal: in a list item")
            << QStringLiteral("* Request:\n\n  .. code-block:: json\n\n     {\"name\": 'x'}\n") << 11 << 14
            << QStringLiteral("at \"'\"");
        QTest::newRow("nominal: code directive, unclosed string")
            << QStringLiteral(".. code:: json\n\n   {\"a\": \"b}\n") << 9 << 9 << QStringLiteral("never closed");
        QTest::newRow("nominal: sourcecode directive, NaN")
            << QStringLiteral(".. sourcecode:: JSON\n\n   [1, NaN]\n") << 9 << 7 << QStringLiteral("at 'N'");
        QTest::newRow("nominal: dedent") << QStringLiteral(".. code-block:: json\n   :dedent: 2\n\n   {\n       \"a\": "
                                                           "NaN\n   }\n")
                                         << 11 << 12 << QStringLiteral("at 'N'");
        QTest::newRow("nominal: unknown language")
            << QStringLiteral(".. code-block:: jsn\n\n   {}\n") << 7 << 16 << QStringLiteral("not known");
        QTest::newRow("nominal: none fails doc8")
            << QStringLiteral(".. code-block:: none\n\n   {...}\n") << 7 << 16 << QStringLiteral("doc8");
        QTest::newRow("edge: force skips lexing")
            << QStringLiteral(".. code-block:: json\n   :force:\n\n   {...}\n") << -1 << 0 << QString();
        QTest::newRow("edge: comments and trailing commas pass")
            << QStringLiteral(".. code-block:: json\n\n   {\n       // ...\n       \"a\": [1, 2,],\n   }\n") << -1 << 0
            << QString();
        QTest::newRow("edge: javascript is not lexed")
            << QStringLiteral(".. code-block:: javascript\n\n   {...}\n") << -1 << 0 << QString();
    }

    void codeBlockLexProblems()
    {
        QFETCH(QString, block);
        QFETCH(int, line);
        QFETCH(int, column);
        QFETCH(QString, message);
        const QString text = QStringLiteral("=====\nTitle\n=====\n\nExample:\n\n") + block;
        const QList<Diagnostic> found = check(text);
        QList<Diagnostic> lex;
        std::copy_if(found.cbegin(), found.cend(), std::back_inserter(lex),
                     [](const Diagnostic &d) { return d.ruleId.startsWith(QLatin1String("code-block-")); });
        if (line < 0) {
            QVERIFY2(lex.isEmpty(), qPrintable(lex.value(0).message));
            return;
        }
        QCOMPARE(lex.size(), 1);
        QCOMPARE(lex.first().range.startLine + 1, line); // 1-based, as editors show it
        QCOMPARE(lex.first().range.startColumn, column);
        QCOMPARE(lex.first().severity, Diagnostic::Severity::Error);
        QVERIFY2(lex.first().message.contains(message), qPrintable(lex.first().message));
        QVERIFY(!lex.first().fixHint.isEmpty());
    }

    void exampleSpecIsClean()
    {
        const TextFile file = TextFile::read(ExampleSpec);
        for (const Diagnostic &d : check(file.text())) {
            QVERIFY2(d.severity == Diagnostic::Severity::Info, qPrintable(d.message));
        }
    }
};

QTEST_GUILESS_MAIN(SpecValidatorTest)
#include "specvalidator_test.moc"
