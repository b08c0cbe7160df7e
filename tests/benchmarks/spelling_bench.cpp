// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Spell checking over the Glance specs (issue 23): prints the two figures of its goal, the share
// of seeded typos found (goal >= 95 %) and the words flagged per 1000 prose words of the
// unmodified corpus (goal <= 2), with plain hunspell's figure beside it.
//
//   spelling_bench [--list] [REPOSITORY]   (default: ../shared/corpus/glance-specs)
//
// --list also prints every word flagged in the unmodified corpus (the first 1000) and every missed
// typo. Exit status: 0 goals met, 1 not met, 77 no corpus or no dictionary (skipped).
#include "benchmarks/spellingcorpus.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStringList arguments = QCoreApplication::arguments().mid(1);
    const bool list = arguments.removeAll(QStringLiteral("--list")) > 0;
    const QString repository = arguments.isEmpty() ? SpellingCorpus::corpusRoot() : arguments.constFirst();
    QTextStream out(stdout);
    if (!QFileInfo(repository + QStringLiteral("/specs")).isDir()) {
        out << repository << " has no specs/ folder: nothing to measure\n";
        return 77;
    }
    const auto checker = Specwright::Core::SpellChecker::forLanguage(QStringLiteral("en_US"));
    if (!checker->isAvailable()) {
        out << checker->notice() << '\n';
        return 77;
    }
    QElapsedTimer timer;
    timer.start();
    const SpellingCorpus::Figures figures = SpellingCorpus::measure(repository, checker);
    const qint64 elapsed = timer.elapsed();
    if (list) {
        for (const QString &sample : figures.flaggedSamples) {
            out << "flagged: " << sample << '\n';
        }
        for (const SpellingCorpus::SeededTypo &seed : figures.missed) {
            out << "missed: " << seed.file << ':' << seed.line + 1 << ':' << seed.column + 1 << ": " << seed.typo
                << " (" << seed.word << ")\n";
        }
    }
    out << "spelling over " << figures.files << " specs (en_US), " << elapsed << " ms for both runs\n";
    out << "seeded typos found: " << figures.seeded.size() - figures.missed.size() << " of " << figures.seeded.size()
        << " = " << QString::number(figures.foundPercent(), 'f', 1) << " % (goal >= 95 %)\n";
    out << "flagged in the unmodified corpus: " << figures.flagged << " of " << figures.proseWords
        << " prose words = " << QString::number(figures.flaggedPerThousand(), 'f', 2)
        << " per 1000 words (goal <= 2)\n";
    out << "plain hunspell on every word of the files: " << figures.plainFlagged << " of " << figures.plainWords
        << " = " << QString::number(figures.plainFlaggedPerThousand(), 'f', 1) << " per 1000 words\n";
    const bool met = figures.foundPercent() >= 95.0 && figures.flaggedPerThousand() <= 2.0;
    out << (met ? "goals met\n" : "goals NOT met\n");
    return met ? 0 : 1;
}
