// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sphinxconfig.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

namespace Specwright::Core {

namespace {

// conf.py is read, not run: a bigger one is not a Sphinx configuration anyone writes by hand.
constexpr qint64 MaxConfBytes = 1024 * 1024;

// The string literals of the value assigned to \a name at the start of a line: one string, or
// the strings of a list or tuple (up to its closing bracket).
QStringList assignedStrings(const QString &text, const QString &name)
{
    const QRegularExpression assignment(QStringLiteral("^%1[ \\t]*=[ \\t]*").arg(QRegularExpression::escape(name)),
                                        QRegularExpression::MultilineOption);
    QRegularExpressionMatch found;
    QStringList strings;
    qsizetype from = 0;
    // The last assignment wins, as in Python.
    while ((found = assignment.match(text, from)).hasMatch()) {
        from = found.capturedEnd();
        strings.clear();
        qsizetype i = from;
        const bool list = i < text.size() && (text.at(i) == QLatin1Char('[') || text.at(i) == QLatin1Char('('));
        int depth = 0;
        while (i < text.size()) {
            const QChar c = text.at(i);
            if (c == QLatin1Char('[') || c == QLatin1Char('(')) {
                ++depth;
            } else if (c == QLatin1Char(']') || c == QLatin1Char(')')) {
                if (--depth <= 0) {
                    break;
                }
            } else if (c == QLatin1Char('#')) {
                while (i < text.size() && text.at(i) != QLatin1Char('\n')) {
                    ++i;
                }
                continue;
            } else if (c == QLatin1Char('\'') || c == QLatin1Char('"')) {
                const qsizetype end = text.indexOf(c, i + 1);
                if (end < 0) {
                    break;
                }
                strings.append(text.mid(i + 1, end - i - 1));
                i = end;
                if (!list) {
                    break;
                }
            } else if (c == QLatin1Char('\n') && depth == 0) {
                break;
            }
            ++i;
        }
    }
    return strings;
}

} // namespace

SphinxConfig SphinxConfig::read(const QString &sourceDir)
{
    QFile file(QDir(sourceDir).filePath(QStringLiteral("conf.py")));
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    return fromText(sourceDir, QString::fromUtf8(file.read(MaxConfBytes)));
}

SphinxConfig SphinxConfig::fromText(const QString &sourceDir, const QString &text)
{
    SphinxConfig config;
    config.m_sourceDir = QDir::cleanPath(QFileInfo(sourceDir).absoluteFilePath());
    for (const QString &name : {QStringLiteral("master_doc"), QStringLiteral("root_doc")}) {
        const QStringList value = assignedStrings(text, name);
        if (!value.isEmpty() && !value.constFirst().isEmpty()) {
            config.m_rootDoc = value.constFirst();
        }
    }
    config.m_excludeTexts = assignedStrings(text, QStringLiteral("exclude_patterns"));
    QStringList patterns = config.m_excludeTexts;
    // Sphinx never reads these as documents either (Project.discover, the HTML builder's asset paths).
    for (const QString &name :
         {QStringLiteral("templates_path"), QStringLiteral("html_static_path"), QStringLiteral("html_extra_path")}) {
        patterns += assignedStrings(text, name);
    }
    patterns +=
        {QStringLiteral("**/_sources"), QStringLiteral(".#*"), QStringLiteral("**/.#*"), QStringLiteral("*.lproj/**")};
    for (const QString &pattern : std::as_const(patterns)) {
        config.m_exclude.append(SphinxPattern(QDir::cleanPath(pattern)));
    }
    return config;
}

bool SphinxConfig::isExcluded(const QString &relativePath) const
{
    return std::any_of(m_exclude.cbegin(), m_exclude.cend(),
                       [&relativePath](const SphinxPattern &pattern) { return pattern.matches(relativePath); });
}

} // namespace Specwright::Core
