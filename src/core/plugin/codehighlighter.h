// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QObject>
#include <QString>

namespace Specwright::Core {

/**
 * Syntax highlighting of code-block bodies, provided by a plugin.
 *
 * Core links neither QtGui nor KSyntaxHighlighting; the plugin does. The
 * renderer asks for spans and builds the markup itself (cmark escapes the
 * text), so a plugin never writes HTML. Implementations must be callable from
 * several threads at once.
 */
class CodeHighlighter
{
public:
    struct Span
    {
        int start = 0; ///< offset into the highlighted code (UTF-16 code units)
        int length = 0;
        QString style; ///< a lower-case style name, the CSS class suffix: "keyword", "string" …
    };

    virtual ~CodeHighlighter() = default;

    /** Whether \a language (as written after `code-block::`) has a definition. */
    virtual bool supports(const QString &language) const = 0;
    /** Spans of non-default style in \a code, in order; empty when the language is unknown. */
    virtual QList<Span> highlight(const QString &code, const QString &language) const = 0;
    /**
     * CSS rules giving every style of highlight() its colours: `.hl-<style>` for \a lightTheme,
     * the same under `:root.dark` (and the dark colour-scheme media query) for \a darkTheme.
     * Empty theme names pick the highlighter's default light and dark themes.
     */
    virtual QString styleSheet(const QString &lightTheme = QString(), const QString &darkTheme = QString()) const = 0;
};

} // namespace Specwright::Core

#define SpecwrightCodeHighlighter_iid "org.specwright.CodeHighlighter/1.0"
Q_DECLARE_INTERFACE(Specwright::Core::CodeHighlighter, SpecwrightCodeHighlighter_iid)
