// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "spellchecker.h"

#include <QLocale>
#include <QMutexLocker>

#include <Sonnet/Speller>

namespace Specwright::Core {

namespace {

// Sonnet's loader and spellers (hunspell handles) are shared, unsynchronised state: one lock for all.
QMutex &sonnetMutex()
{
    static QMutex mutex;
    return mutex;
}

// A cache that outgrows this is dropped and refilled: a spec has a few thousand distinct words.
constexpr qsizetype MaxCachedWords = 200000;

} // namespace

SpellChecker::SpellChecker(const QString &language)
    : m_language(language.isEmpty() ? defaultLanguage() : language)
{
    const QMutexLocker lock(&sonnetMutex());
    m_speller = std::make_unique<Sonnet::Speller>(m_language);
    // Sonnet falls back to another language rather than fail: ask for the one wanted.
    m_available = m_speller->isValid() && m_speller->availableLanguages().contains(m_language) &&
                  m_speller->language() == m_language;
}

SpellChecker::~SpellChecker()
{
    const QMutexLocker lock(&sonnetMutex());
    m_speller.reset();
}

SpellChecker::Ptr SpellChecker::forLanguage(const QString &language)
{
    static QMutex mutex;
    // Never destroyed: at exit, Sonnet's own globals may be gone before a speller would be.
    static auto *checkers = new QHash<QString, Ptr>;
    const QString wanted = language.isEmpty() ? defaultLanguage() : language;
    const QMutexLocker lock(&mutex);
    Ptr &checker = (*checkers)[wanted];
    if (!checker) {
        checker = std::make_shared<SpellChecker>(wanted);
    }
    return checker;
}

QString SpellChecker::defaultLanguage()
{
    // Asked for by every analysis without a language of its own: found once.
    static const QString language = [] {
        const QLocale system = QLocale::system();
        if (system.language() == QLocale::English) {
            const QString name = system.name(); // "en_GB"
            if (availableLanguages().contains(name)) {
                return name;
            }
        }
        return QStringLiteral("en_US");
    }();
    return language;
}

QStringList SpellChecker::availableLanguages()
{
    // Sonnet lists them by loading a speller: once per run (dictionaries are installed between runs).
    static const QStringList languages = [] {
        const QMutexLocker lock(&sonnetMutex());
        return Sonnet::Speller().availableLanguages();
    }();
    return languages;
}

QString SpellChecker::notice() const
{
    if (m_available) {
        return {};
    }
    return QStringLiteral("Spelling is not checked: no dictionary for %1 is installed (install hunspell-%2).")
        .arg(m_language, m_language.toLower().replace(QLatin1Char('_'), QLatin1Char('-')));
}

QString SpellChecker::normalized(const QString &word)
{
    QString plain = word;
    plain.replace(QChar(0x2019), QLatin1Char('\''));
    return plain;
}

bool SpellChecker::isCorrect(const QString &word) const
{
    if (!m_available || word.isEmpty()) {
        return true;
    }
    {
        const QMutexLocker lock(&m_cacheMutex);
        const auto cached = m_cache.constFind(word);
        if (cached != m_cache.constEnd()) {
            return *cached;
        }
    }
    bool correct = false;
    {
        const QMutexLocker lock(&sonnetMutex());
        correct = m_speller->isCorrect(normalized(word));
    }
    const QMutexLocker lock(&m_cacheMutex);
    if (m_cache.size() >= MaxCachedWords) {
        m_cache.clear();
    }
    m_cache.insert(word, correct);
    return correct;
}

bool SpellChecker::isOneSlipFromKnownWord(const QString &word) const
{
    if (!m_available || word.size() < 2) {
        return false;
    }
    {
        const QMutexLocker lock(&m_cacheMutex);
        const auto cached = m_oneSlip.constFind(word);
        if (cached != m_oneSlip.constEnd()) {
            return *cached;
        }
    }
    const QString lower = normalized(word).toLower();
    const bool capitalised = word.at(0).isUpper();
    QStringList variants;
    const auto add = [&variants, capitalised](QString variant) {
        if (capitalised && !variant.isEmpty()) {
            variant[0] = variant.at(0).toUpper();
        }
        variants.append(std::move(variant));
    };
    for (qsizetype i = 0; i < lower.size(); ++i) {
        add(QString(lower).remove(i, 1));
        if (i + 1 < lower.size() && lower.at(i) != lower.at(i + 1)) {
            QString swapped = lower;
            std::swap(swapped[i], swapped[i + 1]);
            add(std::move(swapped));
        }
    }
    for (char16_t letter = u'a'; letter <= u'z'; ++letter) {
        for (qsizetype i = 0; i <= lower.size(); ++i) {
            add(QString(lower).insert(i, QChar(letter)));
            if (i < lower.size() && lower.at(i) != QChar(letter)) {
                QString replaced = lower;
                replaced[i] = QChar(letter);
                add(std::move(replaced));
            }
        }
    }
    bool found = false;
    {
        // The variants are not cached: a word has hundreds of them, and they are asked about once.
        const QMutexLocker lock(&sonnetMutex());
        found = std::any_of(variants.cbegin(), variants.cend(),
                            [this](const QString &variant) { return m_speller->isCorrect(variant); });
    }
    const QMutexLocker lock(&m_cacheMutex);
    if (m_oneSlip.size() >= MaxCachedWords / 10) {
        m_oneSlip.clear();
    }
    m_oneSlip.insert(word, found);
    return found;
}

QStringList SpellChecker::suggestions(const QString &word, int limit) const
{
    if (!m_available || isCorrect(word)) {
        return {};
    }
    QStringList found;
    bool known = false;
    {
        const QMutexLocker lock(&m_cacheMutex);
        const auto cached = m_suggestions.constFind(word);
        if (cached != m_suggestions.constEnd()) {
            found = *cached;
            known = true;
        }
    }
    if (!known) {
        {
            const QMutexLocker lock(&sonnetMutex());
            found = m_speller->suggest(normalized(word));
        }
        found.removeDuplicates();
        const QMutexLocker lock(&m_cacheMutex);
        if (m_suggestions.size() >= MaxCachedWords / 10) {
            m_suggestions.clear();
        }
        m_suggestions.insert(word, found);
    }
    if (limit >= 0 && found.size() > limit) {
        found.resize(limit);
    }
    return found;
}

} // namespace Specwright::Core
