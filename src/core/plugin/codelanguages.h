// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QString>

namespace Specwright::Core {

/// Language names as specs write them after `code-block::`, mapped to KSyntaxHighlighting definition names.
/// Header-only: the editor and the highlighter plugin (which does not link core) share it.
class CodeLanguages final
{
public:
    /** The definition name for \a language; \a language itself when it has no alias. */
    static QString definitionName(const QString &language)
    {
        static const QHash<QString, QString> names = {{QStringLiteral("python"), QStringLiteral("Python")},
                                                      {QStringLiteral("py"), QStringLiteral("Python")},
                                                      {QStringLiteral("python3"), QStringLiteral("Python")},
                                                      {QStringLiteral("bash"), QStringLiteral("Bash")},
                                                      {QStringLiteral("sh"), QStringLiteral("Bash")},
                                                      {QStringLiteral("shell"), QStringLiteral("Bash")},
                                                      {QStringLiteral("console"), QStringLiteral("Bash")},
                                                      {QStringLiteral("json"), QStringLiteral("JSON")},
                                                      {QStringLiteral("javascript"), QStringLiteral("JavaScript")},
                                                      {QStringLiteral("js"), QStringLiteral("JavaScript")},
                                                      {QStringLiteral("yaml"), QStringLiteral("YAML")},
                                                      {QStringLiteral("yml"), QStringLiteral("YAML")},
                                                      {QStringLiteral("ini"), QStringLiteral("INI Files")},
                                                      {QStringLiteral("xml"), QStringLiteral("XML")},
                                                      {QStringLiteral("html"), QStringLiteral("HTML")},
                                                      {QStringLiteral("sql"), QStringLiteral("SQL")},
                                                      {QStringLiteral("diff"), QStringLiteral("Diff")},
                                                      {QStringLiteral("c"), QStringLiteral("C")},
                                                      {QStringLiteral("cpp"), QStringLiteral("C++")},
                                                      {QStringLiteral("c++"), QStringLiteral("C++")},
                                                      {QStringLiteral("go"), QStringLiteral("Go")},
                                                      {QStringLiteral("rust"), QStringLiteral("Rust")},
                                                      {QStringLiteral("rst"), QStringLiteral("reStructuredText")}};
        return names.value(language.toLower(), language);
    }
};

} // namespace Specwright::Core
