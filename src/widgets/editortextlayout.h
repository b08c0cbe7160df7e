// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPlainTextDocumentLayout>

namespace Specwright::Widgets {

/**
 * The source editor's plain-text layout: Qt's, with two costs of typing taken out.
 *
 * - A keystroke inside one line repaints that line. Qt's layout finds the last changed line by
 *   adding the removed to the added characters; a syntax highlighter re-colours the typed line by
 *   reporting it as removed and added again, so the sum always reaches into the next line, and Qt
 *   then lays out and draws every visible line on every keystroke. When the text changed inside
 *   one line (the edit neither holds nor removes a line break) and the re-coloured range is that
 *   line, the change is reported as that line alone.
 * - Typing at the end of the longest line does not scroll the view on every key. Qt's document
 *   ends at that line's end, so the cursor there stays at the right edge and each key scrolled the
 *   view by one character, repainting all of it. When lines are wider than the view, the document
 *   reaches half a view further: the view jumps once, by half its width, as on any other line.
 */
class EditorTextLayout final : public QPlainTextDocumentLayout
{
    Q_OBJECT

public:
    explicit EditorTextLayout(QTextDocument *document);

    /// The width of the view showing the document, which sets the room past the longest line.
    void setViewWidth(int width);
    QSizeF documentSize() const override;

protected:
    void documentChanged(int from, int charsRemoved, int charsAdded) override;

private:
    void recordEdit(int from, int charsRemoved, int charsAdded);

    int m_viewWidth = 0;
    int m_blockCount = 0;
    bool m_editInOneLine = false;
    int m_editLine = -1;
};

} // namespace Specwright::Widgets
