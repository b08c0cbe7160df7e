// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "kshcodehighlighter.h"

#include <core/plugin/codelanguages.h>

#include <KSyntaxHighlighting/AbstractHighlighter>
#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Format>
#include <KSyntaxHighlighting/State>
#include <KSyntaxHighlighting/Theme>
#include <QColor>
#include <QMetaEnum>

namespace Specwright::Plugins {

namespace {

using KSyntaxHighlighting::Theme;

// Lower-case names of the styles, built once: applyFormat runs for every token.
QString styleName(Theme::TextStyle style)
{
    static const QStringList names = [] {
        QStringList list;
        const QMetaEnum styles = QMetaEnum::fromType<Theme::TextStyle>();
        for (int value = 0; value <= Theme::Others; ++value) {
            const char *key = styles.valueToKey(value);
            list.append(key ? QString::fromLatin1(key).toLower() : QString());
        }
        return list;
    }();
    return names.value(int(style));
}

// Collects the spans of one code block, line by line, as offsets into the whole block.
class SpanCollector final : public KSyntaxHighlighting::AbstractHighlighter
{
public:
    QList<Core::CodeHighlighter::Span> run(const QString &code)
    {
        KSyntaxHighlighting::State state;
        qsizetype lineStart = 0;
        while (lineStart <= code.size()) {
            qsizetype lineEnd = code.indexOf(QLatin1Char('\n'), lineStart);
            if (lineEnd < 0) {
                lineEnd = code.size();
            }
            m_lineStart = int(lineStart);
            state = highlightLine(QStringView(code).mid(lineStart, lineEnd - lineStart), state);
            lineStart = lineEnd + 1;
        }
        return std::move(m_spans);
    }

protected:
    void applyFormat(int offset, int length, const KSyntaxHighlighting::Format &format) override
    {
        if (length <= 0 || !format.isValid() || format.textStyle() == Theme::Normal) {
            return;
        }
        const QString style = styleName(format.textStyle());
        Core::CodeHighlighter::Span &last = m_spans.isEmpty() ? m_dummy : m_spans.last();
        if (!m_spans.isEmpty() && last.style == style && last.start + last.length == m_lineStart + offset) {
            last.length += length; // adjacent pieces of one style become one span
            return;
        }
        m_spans.append({m_lineStart + offset, length, style});
    }

private:
    QList<Core::CodeHighlighter::Span> m_spans;
    Core::CodeHighlighter::Span m_dummy;
    int m_lineStart = 0;
};

QString rules(const Theme &theme, const QString &scope)
{
    QString css;
    const QMetaEnum styles = QMetaEnum::fromType<Theme::TextStyle>();
    for (int i = 0; i < styles.keyCount(); ++i) {
        const auto style = Theme::TextStyle(styles.value(i));
        if (style == Theme::Normal) {
            continue;
        }
        QString declarations;
        if (const QRgb color = theme.textColor(style)) {
            declarations += QStringLiteral("color:%1;").arg(QColor::fromRgba(color).name());
        }
        if (const QRgb background = theme.backgroundColor(style)) {
            declarations += QStringLiteral("background-color:%1;").arg(QColor::fromRgba(background).name());
        }
        if (theme.isBold(style)) {
            declarations += QStringLiteral("font-weight:bold;");
        }
        if (theme.isItalic(style)) {
            declarations += QStringLiteral("font-style:italic;");
        }
        if (theme.isUnderline(style)) {
            declarations += QStringLiteral("text-decoration:underline;");
        }
        if (!declarations.isEmpty()) {
            css += scope + QStringLiteral(".hl-") + styleName(style) + QLatin1Char('{') + declarations +
                   QStringLiteral("}\n");
        }
    }
    return css;
}

} // namespace

bool KshCodeHighlighter::supports(const QString &language) const
{
    const QMutexLocker lock(&m_mutex);
    return !language.isEmpty() &&
           m_repository.definitionForName(Core::CodeLanguages::definitionName(language)).isValid();
}

QList<Core::CodeHighlighter::Span> KshCodeHighlighter::highlight(const QString &code, const QString &language) const
{
    const QMutexLocker lock(&m_mutex);
    // The preview renders the same blocks again after every typing pause: highlight each once.
    const QString key = language + QLatin1Char('\n') + code;
    if (const QList<Span> *cached = m_cache.object(key)) {
        return *cached;
    }
    const KSyntaxHighlighting::Definition definition =
        m_repository.definitionForName(Core::CodeLanguages::definitionName(language));
    if (language.isEmpty() || !definition.isValid()) {
        return {};
    }
    SpanCollector collector;
    collector.setDefinition(definition);
    collector.setTheme(m_repository.defaultTheme());
    const QList<Span> spans = collector.run(code);
    m_cache.insert(key, new QList<Span>(spans), qMax<qsizetype>(1, code.size()));
    return spans;
}

QString KshCodeHighlighter::styleSheet(const QString &lightTheme, const QString &darkTheme) const
{
    const QMutexLocker lock(&m_mutex);
    const Theme light = lightTheme.isEmpty() ? m_repository.defaultTheme(KSyntaxHighlighting::Repository::LightTheme)
                                             : m_repository.theme(lightTheme);
    const Theme dark = darkTheme.isEmpty() ? m_repository.defaultTheme(KSyntaxHighlighting::Repository::DarkTheme)
                                           : m_repository.theme(darkTheme);
    const QString darkRules = rules(dark, QStringLiteral(":root.dark "));
    QString mediaRules = rules(dark, QStringLiteral(":root:not(.light) "));
    return QStringLiteral("/* Code highlighting: KSyntaxHighlighting themes \"%1\" and \"%2\". */\n")
               .arg(light.name(), dark.name()) +
           rules(light, QString()) + darkRules + QStringLiteral("@media (prefers-color-scheme: dark) {\n") +
           mediaRules + QStringLiteral("}\n");
}

} // namespace Specwright::Plugins
