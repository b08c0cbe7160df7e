// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "codeblockhighlighter.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Format>
#include <KSyntaxHighlighting/State>
#include <KSyntaxHighlighting/Theme>

namespace Specwright::Widgets {

QList<CodeBlockHighlighter::Span> CodeBlockHighlighter::highlight(const KSyntaxHighlighting::Definition &definition,
                                                                  const QStringList &lines)
{
    m_spans.clear();
    setDefinition(definition);
    KSyntaxHighlighting::State state;
    for (m_line = 0; m_line < lines.size(); ++m_line) {
        state = highlightLine(lines.at(m_line), state);
    }
    return m_spans;
}

void CodeBlockHighlighter::applyFormat(int offset, int length, const KSyntaxHighlighting::Format &format)
{
    if (length <= 0 || !format.isValid() || format.isDefaultTextStyle(theme())) {
        return;
    }
    m_spans.append(
        {m_line, offset, length, format.textColor(theme()), format.isBold(theme()), format.isItalic(theme())});
}

} // namespace Specwright::Widgets
