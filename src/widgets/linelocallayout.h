// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPlainTextDocumentLayout>

namespace Specwright::Widgets {

/**
 * The plain-text layout, with a keystroke inside one line repainting that line only.
 *
 * Qt's layout finds the last changed line by adding the removed to the added characters. A syntax
 * highlighter re-colours the typed line by reporting it as removed and added again, so that sum
 * always reaches into the next line, and Qt then repaints the whole view: on every keystroke, all
 * visible lines are laid out and drawn again. When the text itself changed inside one line (the
 * edit neither contains nor removes a line break) and the re-coloured range is that line, this
 * layout reports the change as that line alone.
 */
class LineLocalLayout final : public QPlainTextDocumentLayout
{
    Q_OBJECT

public:
    explicit LineLocalLayout(QTextDocument *document);

    /// How many changes were narrowed to one line (for tests).
    int narrowedChanges() const { return m_narrowedChanges; }

protected:
    void documentChanged(int from, int charsRemoved, int charsAdded) override;

private:
    void recordEdit(int from, int charsRemoved, int charsAdded);

    int m_blockCount = 0;
    bool m_editInOneLine = false;
    int m_editLine = -1;
    int m_narrowedChanges = 0;
};

} // namespace Specwright::Widgets
