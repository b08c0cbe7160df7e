// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "iniconfig.h"

#include <QFile>
#include <QRegularExpression>

namespace Specwright::Core {

IniConfig IniConfig::parse(const QString &text)
{
    IniConfig config;
    QString section;
    Value *current = nullptr; // the value continuation lines add to
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (int i = 0; i < lines.size(); ++i) {
        QString line = lines.at(i);
        if (line.endsWith(QLatin1Char('\r'))) {
            line.chop(1);
        }
        const QString trimmed = line.trimmed();
        if (trimmed.startsWith(QLatin1Char('#')) || trimmed.startsWith(QLatin1Char(';'))) {
            continue;
        }
        if (trimmed.isEmpty()) {
            continue; // configparser keeps blank lines inside a value; they never matter here
        }
        const bool indented = line.at(0).isSpace();
        if (indented && current) {
            current->text += (current->text.isEmpty() ? QString() : QStringLiteral("\n")) + trimmed;
            current->lines.append(i + 1);
            continue;
        }
        current = nullptr;
        if (trimmed.startsWith(QLatin1Char('[')) && trimmed.endsWith(QLatin1Char(']'))) {
            section = trimmed.mid(1, trimmed.size() - 2).trimmed();
            if (!config.m_sections.contains(section)) {
                config.m_order.append(section);
                config.m_sections[section].line = i + 1;
            }
            continue;
        }
        if (section.isEmpty()) {
            continue; // before any section: not configparser's either
        }
        const qsizetype equals = trimmed.indexOf(QLatin1Char('='));
        const qsizetype colon = trimmed.indexOf(QLatin1Char(':'));
        const qsizetype split = equals < 0 ? colon : colon < 0 ? equals : qMin(equals, colon);
        if (split <= 0) {
            continue;
        }
        Value &value = config.m_sections[section].values[normalizedKey(trimmed.left(split))];
        value.text = trimmed.mid(split + 1).trimmed();
        value.line = i + 1;
        value.lines = value.text.isEmpty() ? QList<int>() : QList<int>{i + 1};
        current = &value;
    }
    return config;
}

IniConfig IniConfig::read(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    return parse(QString::fromUtf8(file.readAll()));
}

bool IniConfig::hasSection(const QString &section) const
{
    return m_sections.contains(section);
}

IniConfig::Value IniConfig::value(const QString &section, const QString &key) const
{
    const auto it = m_sections.constFind(section);
    return it == m_sections.constEnd() ? Value() : it->values.value(normalizedKey(key));
}

int IniConfig::sectionLine(const QString &section) const
{
    return m_sections.value(section).line;
}

QStringList IniConfig::list(const QString &value)
{
    static const QRegularExpression separators(QStringLiteral("[,\\s]+"));
    return value.split(separators, Qt::SkipEmptyParts);
}

bool IniConfig::isTrue(const QString &value)
{
    const QString v = value.trimmed().toLower();
    return v == QLatin1String("1") || v == QLatin1String("yes") || v == QLatin1String("true") ||
           v == QLatin1String("on");
}

QString IniConfig::normalizedKey(const QString &key)
{
    return key.trimmed().toLower().replace(QLatin1Char('_'), QLatin1Char('-'));
}

} // namespace Specwright::Core
