// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QObject>

class QMainWindow;
class QSplitter;

namespace Specwright::Widgets {

class DiagramDock;
class SourceEditor;

/**
 * Where the diagram canvas opens: never where it squeezes the editor below a spec's 80 columns.
 * Docked in the main window it takes the preview's place (the preview comes back when the canvas
 * closes or leaves); in a window of its own when the user chose that (the dock's "Own Window" or
 * its title bar), which is remembered, or when the main window is too narrow for both.
 */
class DiagramPlacement final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DiagramPlacement)

public:
    DiagramPlacement(QMainWindow *window, DiagramDock *dock, SourceEditor *editor, QSplitter *splitter);

    /// Shows the canvas where it belongs and gives it the focus.
    void open();
    /// Whether the user chose a window of the canvas's own.
    bool ownWindowChosen() const { return m_ownWindow; }
    /// The preview's place back for it (before the window saves its layout).
    void restorePreview();

private:
    void dockChanged();
    void takePreviewPlace();
    void hidePreview();
    void placeOwnWindow();
    /// Whether the canvas, docked, leaves the editor its 80 columns.
    bool fitsBesideEditor() const;

    QMainWindow *m_window;
    DiagramDock *m_dock;
    SourceEditor *m_editor;
    QSplitter *m_splitter;
    bool m_ownWindow = false;
    bool m_placing = false;       ///< floating set here, not chosen by the user
    bool m_previewHidden = false; ///< the canvas took its place
    QList<int> m_splitterSizes;
};

} // namespace Specwright::Widgets
