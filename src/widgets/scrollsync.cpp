// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "scrollsync.h"

#include "previewview.h"
#include "sourceeditor.h"

#include <core/render/renderedword.h>

#include <QAction>
#include <QPointer>
#include <QScrollBar>
#include <QTextBlock>

#include <utility>

namespace Specwright::Widgets {

namespace {

// A word is looked for this far into its block at most (a long literal block or table).
constexpr int MaxBlockLines = 2000;
// How long the page may take to say which line is at its top before it is asked again (ms).
constexpr qint64 UnansweredTime = 2000;

} // namespace

ScrollSync::ScrollSync(SourceEditor *editor, PreviewView *preview, bool on, QObject *parent)
    : QObject(parent)
    , m_editor(editor)
    , m_preview(preview)
    , m_action(new QAction(tr("&Synchronize Scrolling"), this))
{
    m_action->setObjectName(QStringLiteral("actionSyncScrolling"));
    m_action->setCheckable(true);
    m_action->setChecked(on);
    connect(m_action, &QAction::toggled, this, &ScrollSync::toggled);
    connect(m_editor->verticalScrollBar(), &QScrollBar::valueChanged, this, [this](int value) {
        if (m_action->isChecked() && !m_followingPreview && m_preview->isVisible()) {
            m_preview->scrollToSourceLine(value + 1);
        }
    });
    connect(m_preview, &PreviewView::userScrolled, this, [this](double scrollY) {
        if (m_action->isChecked()) {
            followPreview(scrollY);
        }
    });
    connect(m_preview, &PreviewView::wordActivated, this, &ScrollSync::goToWord);
}

void ScrollSync::setOn(bool on)
{
    const QSignalBlocker blocker(m_action);
    m_action->setChecked(on);
}

void ScrollSync::followPreview(double scrollY)
{
    // One question to the page at a time; while it is answered, only the latest position waits.
    // A page replaced meanwhile may never answer: after a while, ask again.
    if (m_asking && m_askedAt.isValid() && m_askedAt.elapsed() < UnansweredTime) {
        m_waitingScrollY = scrollY;
        return;
    }
    m_asking = true;
    m_askedAt.start();
    m_preview->findSourceLineAt(scrollY, [self = QPointer(this)](double line) {
        if (!self) {
            return;
        }
        self->m_asking = false;
        if (self->m_action->isChecked() && line > 0) {
            self->m_followingPreview = true; // the editor's scroll must not echo back to the preview
            self->m_editor->verticalScrollBar()->setValue(qMax(0, int(line) - 1));
            self->m_followingPreview = false;
        }
        if (self->m_waitingScrollY >= 0) {
            self->followPreview(std::exchange(self->m_waitingScrollY, -1.0));
        }
    });
}

void ScrollSync::goToWord(int line, int endLine, const QString &word, int occurrence)
{
    // The block's lines as the editor has them; a preview behind the editor finds no word and
    // falls back to the block's line.
    const QTextDocument *document = m_editor->document();
    const int first = line - 1;
    const int end = qMin(endLine > line ? endLine - 1 : document->blockCount(), first + MaxBlockLines);
    QStringList lines;
    for (QTextBlock block = document->findBlockByNumber(first); block.isValid() && block.blockNumber() < end;
         block = block.next()) {
        lines.append(block.text());
    }
    if (const std::optional<Core::SourceRange> found = Core::RenderedWord::locate(lines, word, occurrence)) {
        Core::SourceRange range = *found;
        range.startLine += first;
        range.endLine += first;
        m_editor->goToRange(range);
    } else {
        m_editor->goToLine(line);
    }
    m_editor->setFocus();
}

void ScrollSync::showLineAtTop(int line)
{
    // The editor's own scrolling must not also move the preview: it goes to the line itself,
    // even where the editor cannot bring the line to the top (the end of the document).
    m_followingPreview = true;
    m_editor->goToLine(line + 1);
    m_editor->verticalScrollBar()->setValue(line);
    m_followingPreview = false;
    if (m_preview->isVisible()) {
        m_preview->scrollToSourceLine(line + 1);
    }
}

} // namespace Specwright::Widgets
