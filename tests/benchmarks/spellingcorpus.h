// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The spelling benchmark's measurement, shared by spelling_bench (prints the figures) and
// spellingcorpus_test (asserts the targets): over a specs repository (the Glance corpus),
//  - false flags: the words flagged in the unmodified specs, per 1000 prose words, each spec
//    judged with the repository's vocabulary as a user would have it (the OTHER specs' words);
//  - recall: typos seeded deterministically into the specs' prose (a real word with two
//    neighbouring letters swapped, a letter dropped or a letter doubled), found at their place.
#pragma once

#include "testconfig.h"

#include <core/rst/rstparser.h>
#include <core/spelling/prosewords.h>
#include <core/spelling/repositoryvocabulary.h>
#include <core/spelling/spellchecker.h>
#include <core/spelling/spellingcheck.h>

#include <QDir>
#include <QFile>
#include <QSet>

#include <random>

namespace SpellingCorpus {

using namespace Specwright::Core;

struct SeededTypo
{
    QString file; ///< relative to the repository
    int line = 0;
    int column = 0;
    QString word; ///< the real word
    QString typo; ///< what was written instead
};

struct Figures
{
    int files = 0;
    qint64 proseWords = 0;      ///< prose words of the unmodified specs
    qint64 flagged = 0;         ///< of them flagged
    qint64 plainWords = 0;      ///< every letter run of the raw texts (what plain hunspell reads)
    qint64 plainFlagged = 0;    ///< of them unknown to the dictionary alone
    QList<SeededTypo> seeded;   ///< typos seeded
    QList<SeededTypo> missed;   ///< of them not reported at their place
    QStringList flaggedSamples; ///< "file:line: word" of the unmodified run's flags (the first 1000)

    double flaggedPerThousand() const { return proseWords ? 1000.0 * double(flagged) / double(proseWords) : 0; }
    double plainFlaggedPerThousand() const
    {
        return plainWords ? 1000.0 * double(plainFlagged) / double(plainWords) : 0;
    }
    double foundPercent() const
    {
        return seeded.isEmpty() ? 0 : 100.0 * double(seeded.size() - missed.size()) / double(seeded.size());
    }
};

/** Typos seeded per spec at most (on distinct lines). */
constexpr int TyposPerFile = 3;

inline QString corpusRoot()
{
    return QDir::cleanPath(QStringLiteral(SPECWRIGHT_SHARED_DIR "/corpus/glance-specs"));
}

// FNV-1a: a seed that is the same on every platform and every run (qHash is randomised).
inline quint32 stableHash(const QString &text)
{
    quint32 hash = 2166136261u;
    for (const QChar c : text) {
        hash = (hash ^ c.unicode()) * 16777619u;
    }
    return hash;
}

// One of the three typing slips, picked by \a random: swap two neighbouring letters (that differ),
// drop a letter, double a letter.
inline QString slip(const QString &word, std::mt19937 &random)
{
    const int kind = int(random() % 3);
    const int at = int(random() % quint32(word.size()));
    QString typo = word;
    switch (kind) {
    case 0: {
        const int i = qMin(at, int(word.size()) - 2);
        if (word.at(i) == word.at(i + 1)) {
            return {};
        }
        std::swap(typo[i], typo[i + 1]);
        break;
    }
    case 1:
        typo.remove(at, 1);
        break;
    default:
        typo.insert(at, word.at(at));
        break;
    }
    return typo;
}

// Replaces \a length characters at \a line:\a column of \a text by \a replacement.
inline void replaceAt(QString *text, int line, int column, qsizetype length, const QString &replacement)
{
    qsizetype offset = 0;
    for (int l = 0; l < line; ++l) {
        offset = text->indexOf(QLatin1Char('\n'), offset) + 1;
    }
    text->replace(offset + column, length, replacement);
}

// Calls \a visit with each run of letters (apostrophes inside) of \a text.
template<typename Visit>
void forEachLetterRun(const QString &text, Visit &&visit)
{
    qsizetype i = 0;
    while (i < text.size()) {
        while (i < text.size() && !text.at(i).isLetter()) {
            ++i;
        }
        const qsizetype start = i;
        while (i < text.size() && (text.at(i).isLetter() || (text.at(i) == QLatin1Char('\'') && i + 1 < text.size() &&
                                                             text.at(i + 1).isLetter()))) {
            ++i;
        }
        if (i > start) {
            visit(text.mid(start, i - start));
        }
    }
}

/** Measures both figures over the specs of \a repository with \a checker. */
inline Figures measure(const QString &repository, const SpellChecker::Ptr &checker)
{
    Figures figures;
    const QStringList paths = RepositoryVocabulary::specFiles(repository);
    QList<QPair<QString, QString>> originals;
    for (const QString &path : paths) {
        QFile file(path);
        if (file.open(QIODevice::ReadOnly)) {
            originals.append({path, QString::fromUtf8(file.readAll())});
        }
    }
    figures.files = int(originals.size());
    SpellingOptions options;
    options.enabled = true;
    options.language = checker->language();

    // The unmodified corpus.
    const RepositoryVocabulary::Ptr vocabulary = RepositoryVocabulary::fromTexts(originals);
    QList<QPair<QString, QString>> seededTexts;
    QSet<QString> typos;
    for (const auto &[path, text] : std::as_const(originals)) {
        const RstDocument::Ptr document = RstParser::parse(text, path);
        const SpellingCheck::Result result = SpellingCheck::run(*document, path, options, nullptr, checker, vocabulary);
        figures.proseWords += result.wordsChecked;
        figures.flagged += result.misspellings.size();
        const QString relative = QDir(repository).relativeFilePath(path);
        for (const Misspelling &m : result.misspellings) {
            if (figures.flaggedSamples.size() < 1000) {
                figures.flaggedSamples.append(QStringLiteral("%1:%2: %3").arg(relative).arg(m.line + 1).arg(m.word));
            }
        }
        // Plain hunspell's view: every word of the file, markup, code and names included.
        forEachLetterRun(text, [&figures, &checker](const QString &word) {
            ++figures.plainWords;
            figures.plainFlagged += checker->isCorrect(word) ? 0 : 1;
        });

        // Seeds: real words (4 letters or more, known to the dictionary) of the
        // prose, on distinct lines, picked by a random sequence seeded by the file's name.
        std::mt19937 random(stableHash(relative));
        QList<ProseWords::Word> candidates;
        for (const ProseWords::Word &word : ProseWords::collect(*document)) {
            // Lower case, or capitalised (titles, sentence starts, names): "image", "Image".
            const bool plain = word.text.size() >= 4 &&
                               std::all_of(word.text.cbegin() + 1, word.text.cend(),
                                           [](QChar c) { return c >= QLatin1Char('a') && c <= QLatin1Char('z'); }) &&
                               word.text.at(0).toLower() >= QLatin1Char('a') &&
                               word.text.at(0).toLower() <= QLatin1Char('z');
            // Not in grid tables, whose cells have a fixed width.
            const bool inTable = document->line(word.line).contains(QLatin1Char('|'));
            if (plain && !inTable && checker->isCorrect(word.text)) {
                candidates.append(word);
            }
        }
        QList<SeededTypo> fileSeeds;
        QSet<int> seededLines;
        for (int pick = 0; pick < 4 * TyposPerFile && fileSeeds.size() < TyposPerFile && !candidates.isEmpty();
             ++pick) {
            const ProseWords::Word word = candidates.takeAt(qsizetype(random() % quint32(candidates.size())));
            if (seededLines.contains(word.line)) {
                continue;
            }
            for (int attempt = 0; attempt < 8; ++attempt) {
                // The slip keeps the word's capital where it was: "Image" gives "Imgae", "Imag", "Iimage".
                QString typo = slip(word.text.toLower(), random);
                if (!typo.isEmpty() && word.text.at(0).isUpper()) {
                    typo[0] = typo.at(0).toUpper();
                }
                // A slip that makes another real word ("form" for "from") is no misspelling: no spell
                // checker can tell. A typo seeded twice would be in two specs.
                if (typo.isEmpty() || checker->isCorrect(typo) || typos.contains(typo)) {
                    continue;
                }
                typos.insert(typo);
                seededLines.insert(word.line);
                fileSeeds.append({relative, word.line, word.column, word.text, typo});
                break;
            }
        }
        QString seededText = text;
        std::sort(fileSeeds.begin(), fileSeeds.end(),
                  [](const SeededTypo &a, const SeededTypo &b) { return a.line > b.line; });
        for (const SeededTypo &seed : std::as_const(fileSeeds)) {
            replaceAt(&seededText, seed.line, seed.column, seed.word.size(), seed.typo);
        }
        seededTexts.append({path, seededText});
        figures.seeded += fileSeeds;
    }

    // The seeded corpus, with the vocabulary of the seeded repository (each typo is in one spec).
    const RepositoryVocabulary::Ptr seededVocabulary = RepositoryVocabulary::fromTexts(seededTexts);
    QHash<QString, QList<SeededTypo>> seedsByFile;
    for (const SeededTypo &seed : std::as_const(figures.seeded)) {
        seedsByFile[seed.file].append(seed);
    }
    for (const auto &[path, text] : std::as_const(seededTexts)) {
        const QString relative = QDir(repository).relativeFilePath(path);
        const QList<SeededTypo> seeds = seedsByFile.value(relative);
        if (seeds.isEmpty()) {
            continue;
        }
        const RstDocument::Ptr document = RstParser::parse(text, path);
        const SpellingCheck::Result result =
            SpellingCheck::run(*document, path, options, nullptr, checker, seededVocabulary);
        for (const SeededTypo &seed : seeds) {
            const bool found =
                std::any_of(result.misspellings.cbegin(), result.misspellings.cend(), [&seed](const Misspelling &m) {
                    return m.line == seed.line && m.column == seed.column && m.word == seed.typo;
                });
            if (!found) {
                figures.missed.append(seed);
            }
        }
    }
    return figures;
}

} // namespace SpellingCorpus
