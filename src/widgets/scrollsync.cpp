// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "scrollsync.h"

#include "previewview.h"
#include "sourceeditor.h"

#include <QAction>
#include <QScrollBar>

namespace Specwright::Widgets {

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
    connect(m_preview, &PreviewView::userScrolled, this, [this] {
        if (m_action->isChecked()) {
            m_preview->requestSourceLineAtTop();
        }
    });
    connect(m_preview, &PreviewView::sourceLineAtTop, this, [this](double line) {
        m_followingPreview = true; // the editor's scroll must not echo back to the preview
        m_editor->verticalScrollBar()->setValue(qMax(0, int(line) - 1));
        m_followingPreview = false;
    });
    connect(m_preview, &PreviewView::sourceLineActivated, this, [this](int line) {
        m_editor->goToLine(line);
        m_editor->setFocus();
    });
}

void ScrollSync::setOn(bool on)
{
    const QSignalBlocker blocker(m_action);
    m_action->setChecked(on);
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
