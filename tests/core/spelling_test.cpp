// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Spell checking: the dictionary, the user's words, the repository's vocabulary and the analysis.
#include <core/analysis/analysisservice.h>
#include <core/analysis/specanalyzer.h>
#include <core/rst/rstparser.h>
#include <core/spelling/personaldictionary.h>
#include <core/spelling/repositoryvocabulary.h>
#include <core/spelling/spellchecker.h>
#include <core/spelling/spellingcheck.h>
#include <core/validate/checkrules.h>

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QtConcurrent/QtConcurrentMap>

using namespace Specwright::Core;

namespace {

void write(const QString &path, const QString &text)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text.toUtf8()) < 0) {
        qFatal("cannot write %s", qPrintable(path));
    }
}

SpecAnalysis analyse(const QString &text, const QString &path = {}, SpellingOptions spelling = {})
{
    AnalysisInput input = AnalysisInput::fromEditor(text, path, 1, TextFile::LineEnding::Unix, false);
    spelling.enabled = true;
    input.spelling = spelling;
    CheckRules rules;
    return SpecAnalyzer::analyse(input, rules);
}

QStringList wordsOf(const QList<Misspelling> &misspellings)
{
    QStringList words;
    for (const Misspelling &m : misspellings) {
        words.append(m.word);
    }
    return words;
}

} // namespace

class SpellingTest : public QObject
{
    Q_OBJECT

private:
    void requireDictionary()
    {
        if (!SpellChecker::forLanguage(QStringLiteral("en_US"))->isAvailable()) {
            QSKIP("no en_US dictionary is installed (hunspell-en-us)");
        }
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void knownTyposHaveSuggestions_data()
    {
        QTest::addColumn<QString>("typo");
        QTest::addColumn<QString>("suggestion");
        QTest::newRow("swapped letters") << "recieve" << "receive";
        QTest::newRow("swapped letters, short word") << "teh" << "the";
        QTest::newRow("a for e") << "seperate" << "separate";
        QTest::newRow("missing letter") << "occured" << "occurred";
        QTest::newRow("capitalised") << "Definately" << "Definitely";
    }

    void knownTyposHaveSuggestions()
    {
        requireDictionary();
        QFETCH(QString, typo);
        QFETCH(QString, suggestion);
        const SpellChecker::Ptr checker = SpellChecker::forLanguage(QStringLiteral("en_US"));
        QVERIFY(!checker->isCorrect(typo));
        const QStringList suggestions = checker->suggestions(typo);
        QVERIFY2(suggestions.contains(suggestion), qPrintable(suggestions.join(QLatin1String(", "))));
        QVERIFY(suggestions.size() <= 5);
        QVERIFY(checker->isOneSlipFromKnownWord(typo));
    }

    void correctWords_data()
    {
        QTest::addColumn<QString>("word");
        QTest::newRow("plain") << "receive";
        QTest::newRow("capitalised") << "The";
        QTest::newRow("contraction") << "don't";
        QTest::newRow("typographic apostrophe") << QStringLiteral("doesn\u2019t");
    }

    void correctWords()
    {
        requireDictionary();
        QFETCH(QString, word);
        const SpellChecker::Ptr checker = SpellChecker::forLanguage(QStringLiteral("en_US"));
        QVERIFY(checker->isCorrect(word));
        QVERIFY(checker->suggestions(word).isEmpty());
    }

    void defaultLanguageIsEnglish()
    {
        // The tests run with LC_ALL=C.UTF-8: not an English locale, so the default is en_US.
        QVERIFY(SpellChecker::defaultLanguage().startsWith(QLatin1String("en_")));
        QCOMPARE(SpellChecker::forLanguage()->language(), SpellChecker::defaultLanguage());
    }

    void namesAreNotOneSlipFromAWord()
    {
        requireDictionary();
        const SpellChecker::Ptr checker = SpellChecker::forLanguage(QStringLiteral("en_US"));
        QVERIFY(checker->isOneSlipFromKnownWord(QStringLiteral("Glacne")));
        QVERIFY(!checker->isOneSlipFromKnownWord(QStringLiteral("Virtuozzo")));
    }

    void missingDictionaryGivesANoticeAndNothingElse()
    {
        SpellChecker checker(QStringLiteral("xx_XX"));
        QVERIFY(!checker.isAvailable());
        QVERIFY(checker.notice().contains(QLatin1String("xx_XX")));
        QVERIFY(checker.isCorrect(QStringLiteral("recieve")));
        QVERIFY(checker.suggestions(QStringLiteral("recieve")).isEmpty());

        const QString text = QStringLiteral("Title\n=====\n\nTeh text recieve.\n");
        SpellingOptions options;
        options.language = QStringLiteral("xx_XX");
        const SpecAnalysis withSpelling = analyse(text, {}, options);
        QVERIFY(withSpelling.misspellings.isEmpty());
        QCOMPARE(withSpelling.spellingNotice, checker.notice());
        CheckRules rules;
        const SpecAnalysis without =
            SpecAnalyzer::analyse(AnalysisInput::fromEditor(text, {}, 1, TextFile::LineEnding::Unix, false), rules);
        QCOMPARE(withSpelling.diagnostics, without.diagnostics);
    }

    void offByDefault()
    {
        CheckRules rules;
        const SpecAnalysis analysis = SpecAnalyzer::analyse(
            AnalysisInput::fromEditor(QStringLiteral("Teh recieve.\n"), {}, 1, TextFile::LineEnding::Unix, false),
            rules);
        QVERIFY(analysis.misspellings.isEmpty());
        QVERIFY(analysis.spellingNotice.isEmpty());
        for (const Diagnostic &d : analysis.diagnostics) {
            QVERIFY(d.ruleId != QLatin1String("spelling"));
        }
    }

    void analysisReportsWhereTheWordIs()
    {
        requireDictionary();
        const SpecAnalysis analysis =
            analyse(QStringLiteral("Title\n=====\n\nA paragraph that we recieve,\nand ``recieved_it`` in code.\n"));
        QCOMPARE(analysis.misspellings.size(), 1);
        const Misspelling expected{3, 20, 7, QStringLiteral("recieve")};
        QCOMPARE(analysis.misspellings.constFirst(), expected);
        QVERIFY(analysis.spellingNotice.isEmpty());
    }

    void namesAndCodeWordsOfTheSpec()
    {
        requireDictionary();
        // "Frobozz" capitalised mid-sentence is a name, also at a sentence start; "zorkmid" is in a
        // literal, so it is one of the spec's names in prose too; "Glacne" is one slip from "Glance".
        const SpecAnalysis analysis = analyse(
            QStringLiteral("We use the Frobozz store. Frobozz is fast.\n\nSet ``zorkmid`` so zorkmid works. The "
                           "Glacne API.\n"));
        QCOMPARE(wordsOf(analysis.misspellings), QStringList{QStringLiteral("Glacne")});
    }

    void personalAndIgnoredWordsAreAccepted()
    {
        requireDictionary();
        const QString text = QStringLiteral("Some frobnicator and blorptastic words.\n");
        QCOMPARE(wordsOf(analyse(text).misspellings),
                 (QStringList{QStringLiteral("frobnicator"), QStringLiteral("blorptastic")}));
        SpellingOptions options;
        options.personalWords = {QStringLiteral("frobnicator")};
        options.ignoredWords = {QStringLiteral("blorptastic")};
        QVERIFY(analyse(text, {}, options).misspellings.isEmpty());
    }

    void personalDictionaryPersists()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("sub/words.txt"));
        {
            PersonalDictionary dictionary(path);
            QVERIFY(dictionary.words().isEmpty());
            QVERIFY(dictionary.add(QStringLiteral("libvirt")));
            QVERIFY(dictionary.add(QStringLiteral("Zorkmid")));
            QVERIFY(!dictionary.add(QStringLiteral("two words")));
            QVERIFY(dictionary.errorString().isEmpty());
        }
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("Zorkmid\nlibvirt\n"));
        PersonalDictionary again(path);
        QVERIFY(again.contains(QStringLiteral("libvirt")));
        QVERIFY(again.contains(QStringLiteral("Libvirt")));  // a lower-case word accepts its capitalised form
        QVERIFY(!again.contains(QStringLiteral("zorkmid"))); // not the other way round
        QVERIFY(again.remove(QStringLiteral("libvirt")));
        QCOMPARE(PersonalDictionary(path).words(), QSet<QString>{QStringLiteral("Zorkmid")});
    }

    void personalDictionaryDefaultPath()
    {
        const QString path = PersonalDictionary::defaultPath();
        QVERIFY(path.endsWith(QLatin1String("/specwright/personal-dictionary.txt")));
        QFile::remove(path);
        PersonalDictionary dictionary;
        QCOMPARE(dictionary.path(), path);
        QVERIFY(dictionary.add(QStringLiteral("glanceclient")));
        QVERIFY(PersonalDictionary().contains(QStringLiteral("glanceclient")));
        QFile::remove(path);
    }

    void personalDictionaryWriteFailure()
    {
        QTemporaryDir dir;
        write(dir.filePath(QStringLiteral("file")), QStringLiteral("x"));
        // A folder that cannot be made: a file stands where it should be.
        PersonalDictionary dictionary(dir.filePath(QStringLiteral("file/words.txt")));
        QVERIFY(!dictionary.add(QStringLiteral("word")));
        QVERIFY(!dictionary.errorString().isEmpty());
        QVERIFY(dictionary.contains(QStringLiteral("word"))); // still accepted for this run
    }

    void repositoryVocabulary()
    {
        requireDictionary();
        QTemporaryDir dir;
        const QString specs = dir.filePath(QStringLiteral("specs/2025.1/approved"));
        write(specs + QStringLiteral("/a.rst"), QStringLiteral("The libfrob driver and zorbulate.\n"));
        write(specs + QStringLiteral("/b.rst"), QStringLiteral("Use ``libfrob`` here.\n"));
        write(specs + QStringLiteral("/c.rst"), QStringLiteral("Nothing much.\n"));
        write(dir.filePath(QStringLiteral("specs/.hidden/d.rst")), QStringLiteral("zorbulate\n"));
        const QString text = QStringLiteral("Both libfrob and zorbulate appear.\n");

        const RepositoryVocabulary::Ptr vocabulary = RepositoryVocabulary::build(dir.path());
        QCOMPARE(vocabulary->fileCount(), 3); // hidden folders are left out
        QCOMPARE(vocabulary->filesUsing(QStringLiteral("libfrob")), 2);
        QCOMPARE(vocabulary->filesUsing(QStringLiteral("LIBFROB"), specs + QStringLiteral("/a.rst")), 1);
        QVERIFY(vocabulary->accepts(QStringLiteral("libfrob"), specs + QStringLiteral("/c.rst")));
        QVERIFY(!vocabulary->accepts(QStringLiteral("libfrob"), specs + QStringLiteral("/a.rst")));

        // c.rst: "libfrob" is in two other specs, "zorbulate" in one.
        RepositoryVocabulary::invalidate(dir.path());
        QCOMPARE(wordsOf(analyse(text, specs + QStringLiteral("/c.rst")).misspellings),
                 QStringList{QStringLiteral("zorbulate")});
        // a.rst: "libfrob" is in one other spec only.
        QCOMPARE(wordsOf(analyse(text, specs + QStringLiteral("/a.rst")).misspellings),
                 (QStringList{QStringLiteral("libfrob"), QStringLiteral("zorbulate")}));
        // Without the vocabulary, both are unknown.
        SpellingOptions options;
        options.repositoryVocabulary = false;
        QCOMPARE(wordsOf(analyse(text, specs + QStringLiteral("/c.rst"), options).misspellings).size(), 2);
        // An unsaved spec belongs to no repository.
        QCOMPARE(wordsOf(analyse(text).misspellings).size(), 2);

        // A new spec using "zorbulate" changes the fingerprint; the rebuilt vocabulary accepts it.
        const QByteArray before = RepositoryVocabulary::fingerprint(RepositoryVocabulary::specFiles(dir.path()));
        write(specs + QStringLiteral("/e.rst"), QStringLiteral("zorbulate again\n"));
        QVERIFY(RepositoryVocabulary::fingerprint(RepositoryVocabulary::specFiles(dir.path())) != before);
        RepositoryVocabulary::invalidate(dir.path());
        QVERIFY(analyse(text, specs + QStringLiteral("/c.rst")).misspellings.isEmpty());
        RepositoryVocabulary::invalidate(dir.path());
    }

    void vocabularyInTheBackground()
    {
        requireDictionary();
        QTemporaryDir dir;
        const QString specs = dir.filePath(QStringLiteral("specs"));
        write(specs + QStringLiteral("/a.rst"), QStringLiteral("libfrob\n"));
        write(specs + QStringLiteral("/b.rst"), QStringLiteral("libfrob\n"));
        const QString path = specs + QStringLiteral("/c.rst");
        SpellingOptions options;
        options.waitForVocabulary = false;
        const SpecAnalysis first = analyse(QStringLiteral("The libfrob one.\n"), path, options);
        // Either the build was quick enough or the analysis says it went without it.
        QCOMPARE(first.vocabularyPending, !first.misspellings.isEmpty());
        const RepositoryVocabulary::Ptr loaded = RepositoryVocabulary::load(dir.path()).result();
        QCOMPARE(RepositoryVocabulary::cached(dir.path()), loaded);
        // Unchanged files: the same vocabulary, not a rebuild.
        QCOMPARE(RepositoryVocabulary::load(dir.path()).result(), loaded);
        const SpecAnalysis second = analyse(QStringLiteral("The libfrob one.\n"), path, options);
        QVERIFY(!second.vocabularyPending);
        QVERIFY(second.misspellings.isEmpty());
        RepositoryVocabulary::invalidate(dir.path());
        QVERIFY(!RepositoryVocabulary::cached(dir.path()));
    }

    void concurrentAnalyses()
    {
        requireDictionary();
        // Sonnet is not thread-safe: the checker serialises it. Many analyses at once agree.
        QStringList texts;
        for (int i = 0; i < 16; ++i) {
            texts.append(QStringLiteral("Paragraph %1 with teh typo and recieve and word%1 and more wrods.\n").arg(i));
        }
        const QList<QStringList> results = QtConcurrent::blockingMapped<QList<QStringList>>(
            texts, [](const QString &text) { return wordsOf(analyse(text).misspellings); });
        for (const QStringList &words : results) {
            QCOMPARE(words, (QStringList{QStringLiteral("teh"), QStringLiteral("recieve"), QStringLiteral("wrods")}));
        }
    }

    // The window's background service: spelling runs in the analysis, on its worker thread.
    void backgroundService()
    {
        requireDictionary();
        AnalysisService service;
        QSignalSpy spy(&service, &AnalysisService::analysed);
        AnalysisInput input =
            AnalysisInput::fromEditor(QStringLiteral("Some wrods here.\n"), {}, 7, TextFile::LineEnding::Unix, false);
        input.spelling.enabled = true;
        service.request(input);
        QVERIFY(spy.wait(10000));
        const auto analysis = spy.constLast().constFirst().value<SpecAnalysis>();
        QCOMPARE(analysis.revision, quint64(7));
        QCOMPARE(wordsOf(analysis.misspellings), QStringList{QStringLiteral("wrods")});
    }

    void cancelled()
    {
        requireDictionary();
        const std::atomic_bool cancel{true};
        const RstDocument::Ptr document = RstParser::parse(QStringLiteral("Teh recieve.\n"), QString());
        SpellingOptions options;
        options.enabled = true;
        QVERIFY(SpellingCheck::run(*document, {}, options, &cancel).misspellings.isEmpty());
    }
};

QTEST_GUILESS_MAIN(SpellingTest)
#include "spelling_test.moc"
