// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QObject>

class QAction;

namespace Specwright::Widgets {

class PreviewView;
class SourceEditor;

/**
 * Synchronised scrolling of the editor and the preview, both ways, through the rendered blocks'
 * source lines (View → Synchronize Scrolling), and a double-click in the preview putting the
 * cursor on that word in the source (or on its block's line). Neither side's scroll echoes back
 * to the other.
 */
class ScrollSync final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScrollSync)

public:
    ScrollSync(SourceEditor *editor, PreviewView *preview, bool on, QObject *parent);

    /// The checkable View menu action.
    QAction *action() const { return m_action; }
    void setOn(bool on);
    /// Shows 0-based \a line at the top of the editor and of the preview, whether or not scrolling
    /// is synchronised (what an outline click does), and puts the cursor on it.
    void showLineAtTop(int line);

Q_SIGNALS:
    /// The user turned synchronisation on or off from the menu.
    void toggled(bool on);

private:
    /// Brings the source line at the preview's top, scrolled to \a scrollY, to the editor's top.
    void followPreview(double scrollY);
    /// Puts the cursor on \a word as PreviewView::wordActivated() reports it, else on \a line.
    void goToWord(int line, int endLine, const QString &word, int occurrence);

    SourceEditor *m_editor;
    PreviewView *m_preview;
    QAction *m_action;
    bool m_followingPreview = false; ///< the editor scrolls because the preview did
    bool m_asking = false;           ///< the page is being asked which line is at its top
    QElapsedTimer m_askedAt;
    double m_waitingScrollY = -1; ///< the latest position scrolled to while it was asked
};

} // namespace Specwright::Widgets
