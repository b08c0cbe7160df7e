// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "personaldictionary.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMutexLocker>
#include <QSaveFile>
#include <QStandardPaths>

#include <algorithm>

namespace Specwright::Core {

PersonalDictionary::PersonalDictionary(const QString &path)
    : m_path(path.isEmpty() ? defaultPath() : path)
{
    reload();
}

QString PersonalDictionary::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
           QStringLiteral("/specwright/personal-dictionary.txt");
}

bool PersonalDictionary::containsWord(const QSet<QString> &words, const QString &word)
{
    return words.contains(word) || words.contains(word.toLower());
}

bool PersonalDictionary::contains(const QString &word) const
{
    const QMutexLocker lock(&m_mutex);
    return containsWord(m_words, word);
}

QSet<QString> PersonalDictionary::words() const
{
    const QMutexLocker lock(&m_mutex);
    return m_words;
}

bool PersonalDictionary::add(const QString &word)
{
    const QString trimmed = word.trimmed();
    if (trimmed.isEmpty() || std::any_of(trimmed.cbegin(), trimmed.cend(), [](QChar c) { return c.isSpace(); })) {
        return false;
    }
    const QMutexLocker lock(&m_mutex);
    if (m_words.contains(trimmed)) {
        return true;
    }
    m_words.insert(trimmed);
    return save();
}

bool PersonalDictionary::remove(const QString &word)
{
    const QMutexLocker lock(&m_mutex);
    if (!m_words.remove(word.trimmed())) {
        return true;
    }
    return save();
}

bool PersonalDictionary::reload()
{
    const QMutexLocker lock(&m_mutex);
    m_error.clear();
    QFile file(m_path);
    if (!file.exists()) {
        m_words.clear();
        return true;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        m_error = QStringLiteral("Cannot read %1: %2").arg(QDir::toNativeSeparators(m_path), file.errorString());
        return false;
    }
    QSet<QString> words;
    const QString text = QString::fromUtf8(file.readAll());
    for (QStringView line : QStringView(text).tokenize(u'\n')) {
        const QStringView word = line.trimmed();
        if (!word.isEmpty()) {
            words.insert(word.toString());
        }
    }
    m_words = std::move(words);
    return true;
}

QString PersonalDictionary::errorString() const
{
    const QMutexLocker lock(&m_mutex);
    return m_error;
}

bool PersonalDictionary::save()
{
    m_error.clear();
    QStringList sorted(m_words.cbegin(), m_words.cend());
    sorted.sort();
    QString text = sorted.join(QLatin1Char('\n'));
    if (!text.isEmpty()) {
        text += QLatin1Char('\n');
    }
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text.toUtf8()) < 0 || !file.commit()) {
        m_error = QStringLiteral("Cannot write %1: %2").arg(QDir::toNativeSeparators(m_path), file.errorString());
        return false;
    }
    return true;
}

} // namespace Specwright::Core
