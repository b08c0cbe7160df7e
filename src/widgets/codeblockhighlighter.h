// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <KSyntaxHighlighting/AbstractHighlighter>
#include <QColor>
#include <QList>
#include <QStringList>

namespace Specwright::Widgets {

/// Highlights the body of a code-block directive with the KSyntaxHighlighting definition of its language.
class CodeBlockHighlighter final : public KSyntaxHighlighting::AbstractHighlighter
{
public:
    struct Span
    {
        int line = 0;   ///< index into the highlighted lines
        int column = 0; ///< within that line
        int length = 0;
        QColor color;
        bool bold = false;
        bool italic = false;
    };

    /// Spans with a non-default style for \a lines of \a definition's language.
    QList<Span> highlight(const KSyntaxHighlighting::Definition &definition, const QStringList &lines);

protected:
    void applyFormat(int offset, int length, const KSyntaxHighlighting::Format &format) override;

private:
    QList<Span> m_spans;
    int m_line = 0;
};

} // namespace Specwright::Widgets
