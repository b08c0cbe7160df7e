// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <KSyntaxHighlighting/SyntaxHighlighter>

namespace Specwright::Widgets {

/**
 * KSyntaxHighlighting's highlighter that leaves very long lines plain.
 *
 * The reStructuredText definition's inline-markup rules look ahead to the end
 * of the line from every start-string, so a line of unmatched `*` and
 * backticks costs time quadratic in its length: 51 ms for 12 000 characters,
 * minutes for a megabyte, all on the GUI thread. Lines over MaximumLineLength
 * (far beyond the 79 columns a spec may use) get no token highlighting; the
 * next line starts from the definition's initial context.
 */
class LongLineSafeHighlighter final : public KSyntaxHighlighting::SyntaxHighlighter
{
    Q_OBJECT

public:
    static constexpr int MaximumLineLength = 3000;

    using KSyntaxHighlighting::SyntaxHighlighter::SyntaxHighlighter;

protected:
    void highlightBlock(const QString &text) override;
};

} // namespace Specwright::Widgets
