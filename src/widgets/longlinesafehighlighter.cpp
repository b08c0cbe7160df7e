// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "longlinesafehighlighter.h"

namespace Specwright::Widgets {

void LongLineSafeHighlighter::highlightBlock(const QString &text)
{
    if (text.size() > MaximumLineLength) {
        // Plain, and no state handed on: the base class reads the previous block's state from its
        // user data, which a skipped block drops; a state of its own makes the next line follow.
        currentBlock().setUserData(nullptr);
        setCurrentBlockState(-2);
        return;
    }
    KSyntaxHighlighting::SyntaxHighlighter::highlightBlock(text);
}

} // namespace Specwright::Widgets
