// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The spelling goals over the Glance specs (spelling_bench prints the figures): at least 95 % of
// the seeded typos found, at most 2 words flagged per 1000 prose words of the unmodified specs.
#include "benchmarks/spellingcorpus.h"

#include <QFileInfo>
#include <QTest>

class SpellingCorpusTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void goalsMet()
    {
        const QString repository = SpellingCorpus::corpusRoot();
        if (!QFileInfo(repository + QStringLiteral("/specs")).isDir()) {
            QSKIP("../shared/corpus is not beside the checkout");
        }
        const auto checker = Specwright::Core::SpellChecker::forLanguage(QStringLiteral("en_US"));
        if (!checker->isAvailable()) {
            QSKIP("no en_US dictionary is installed (hunspell-en-us)");
        }
        const SpellingCorpus::Figures figures = SpellingCorpus::measure(repository, checker);
        qInfo("seeded typos found: %lld of %lld (%.1f %%); flagged: %lld of %lld prose words (%.2f per 1000)",
              qlonglong(figures.seeded.size() - figures.missed.size()), qlonglong(figures.seeded.size()),
              figures.foundPercent(), figures.flagged, figures.proseWords, figures.flaggedPerThousand());
        QVERIFY(figures.files > 300);
        QVERIFY(figures.seeded.size() > 500);
        QVERIFY2(figures.foundPercent() >= 95.0, qPrintable(QString::number(figures.foundPercent())));
        QVERIFY2(figures.flaggedPerThousand() <= 2.0, qPrintable(QString::number(figures.flaggedPerThousand())));
    }
};

QTEST_GUILESS_MAIN(SpellingCorpusTest)
#include "spellingcorpus_test.moc"
