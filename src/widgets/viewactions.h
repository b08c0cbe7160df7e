// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "preferences.h"

#include <QObject>
#include <QPalette>

#include <functional>

class QAction;
class QActionGroup;
class QMenu;

namespace Specwright::Widgets {

class PreviewView;
class SourceEditor;

/**
 * How the window looks, and the View menu's actions for it: soft wrap, editor zoom (Ctrl++,
 * Ctrl+-, Ctrl+0, Ctrl+wheel) and the theme. A theme is the whole window's: the editor takes its
 * colours, and the rest of the window — preview, outline, diagnostics, menus — a palette made from
 * them, so a dark theme darkens everything. Applies Preferences and keeps them in QSettings.
 */
class ViewActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ViewActions)

public:
    /// Adds its actions to \a viewMenu and the themes to \a themeMenu.
    ViewActions(SourceEditor *editor, PreviewView *preview, QMenu *viewMenu, QMenu *themeMenu, QObject *parent);

    const Preferences &preferences() const { return m_preferences; }
    /// Applies \a preferences to the editor, the preview and the window, and saves them.
    void apply(const Preferences &preferences);

    QAction *softWrapAction() const { return m_softWrap; }
    QAction *zoomInAction() const { return m_zoomIn; }
    QAction *zoomOutAction() const { return m_zoomOut; }
    QAction *zoomResetAction() const { return m_zoomReset; }

    /// Lets another part take Zoom In and Zoom Out while it has the focus (the diagram canvas zooms
    /// its own cells): \a handler gets the steps and says whether it took them.
    void setZoomOverride(std::function<bool(int steps)> handler) { m_zoomOverride = std::move(handler); }

    /// The palette the window gets for KSyntaxHighlighting theme \a themeName (empty: the system's).
    static QPalette windowPalette(const QString &themeName);

Q_SIGNALS:
    /// The preferences changed (from a menu, Ctrl+wheel or apply()).
    void preferencesChanged(const Specwright::Widgets::Preferences &preferences);

private:
    void zoomBy(int steps);
    void populateThemes(QMenu *themeMenu);

    SourceEditor *m_editor;
    PreviewView *m_preview;
    Preferences m_preferences;
    QAction *m_softWrap = nullptr;
    QAction *m_zoomIn = nullptr;
    QAction *m_zoomOut = nullptr;
    QAction *m_zoomReset = nullptr;
    QActionGroup *m_themes = nullptr;
    std::function<bool(int)> m_zoomOverride;
};

} // namespace Specwright::Widgets
