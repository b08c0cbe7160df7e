// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "editortextlayout.h"

#include <QTextBlock>
#include <QTextDocument>

namespace Specwright::Widgets {

EditorTextLayout::EditorTextLayout(QTextDocument *document)
    : QPlainTextDocumentLayout(document)
    , m_blockCount(document->blockCount())
{
    // The document reports the text edit itself before a highlighter adds its re-colouring to it.
    connect(document, &QTextDocument::contentsChange, this, &EditorTextLayout::recordEdit);
}

void EditorTextLayout::setViewWidth(int width)
{
    if (width != m_viewWidth) {
        m_viewWidth = width;
        Q_EMIT documentSizeChanged(documentSize());
    }
}

QSizeF EditorTextLayout::documentSize() const
{
    QSizeF size = QPlainTextDocumentLayout::documentSize();
    if (m_viewWidth > 0 && size.width() > m_viewWidth) {
        size.rwidth() += m_viewWidth / 2;
    }
    return size;
}

void EditorTextLayout::recordEdit(int from, int charsRemoved, int charsAdded)
{
    Q_UNUSED(charsRemoved)
    const QTextDocument *doc = document();
    const QTextBlock block = doc->findBlock(from);
    // The added text lies before the line's end and no line appeared or went: then the removed
    // text held no line break either, and only this line's text changed.
    m_editInOneLine =
        block.isValid() && doc->blockCount() == m_blockCount && from + charsAdded < block.position() + block.length();
    m_editLine = block.blockNumber();
}

void EditorTextLayout::documentChanged(int from, int charsRemoved, int charsAdded)
{
    const QTextDocument *doc = document();
    const bool sameLineCount = doc->blockCount() == m_blockCount;
    m_blockCount = doc->blockCount();
    if (m_editInOneLine && sameLineCount && charsRemoved > 0) {
        const QTextBlock first = doc->findBlock(from);
        const QTextBlock last = doc->findBlock(qMax(0, from + charsAdded - 1));
        if (first == last && first.blockNumber() == m_editLine) {
            charsRemoved = 0;
        }
    }
    m_editInOneLine = false;
    QPlainTextDocumentLayout::documentChanged(from, charsRemoved, charsAdded);
}

} // namespace Specwright::Widgets
