// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "viewactions.h"

#include "previewview.h"
#include "sourceeditor.h"

#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/Theme>
#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QMenu>

#include <algorithm>

namespace Specwright::Widgets {

namespace {
QColor themeColor(const KSyntaxHighlighting::Theme &theme, KSyntaxHighlighting::Theme::EditorColorRole role)
{
    return QColor::fromRgba(theme.editorColor(role));
}
} // namespace

ViewActions::ViewActions(SourceEditor *editor, PreviewView *preview, QMenu *viewMenu, QMenu *themeMenu, QObject *parent)
    : QObject(parent)
    , m_editor(editor)
    , m_preview(preview)
    , m_preferences(Preferences::load())
    , m_softWrap(new QAction(tr("Soft &Wrap"), this))
    , m_zoomIn(new QAction(tr("Zoom &In"), this))
    , m_zoomOut(new QAction(tr("Zoom &Out"), this))
    , m_zoomReset(new QAction(tr("&Reset Zoom"), this))
{
    m_softWrap->setObjectName(QStringLiteral("actionSoftWrap"));
    m_softWrap->setCheckable(true);
    m_softWrap->setToolTip(tr("Wrap long lines at the window's edge (the text keeps its line breaks)"));
    connect(m_softWrap, &QAction::toggled, this, [this](bool on) {
        Preferences changed = m_preferences;
        changed.softWrap = on;
        apply(changed);
    });
    m_zoomIn->setObjectName(QStringLiteral("actionZoomIn"));
    m_zoomIn->setShortcuts({QKeySequence::ZoomIn, Qt::CTRL | Qt::Key_Equal});
    m_zoomOut->setObjectName(QStringLiteral("actionZoomOut"));
    m_zoomOut->setShortcut(QKeySequence::ZoomOut);
    m_zoomReset->setObjectName(QStringLiteral("actionZoomReset"));
    m_zoomReset->setShortcut(Qt::CTRL | Qt::Key_0);
    connect(m_zoomIn, &QAction::triggered, this, [this] {
        if (!m_zoomOverride || !m_zoomOverride(1)) {
            zoomBy(1);
        }
    });
    connect(m_zoomOut, &QAction::triggered, this, [this] {
        if (!m_zoomOverride || !m_zoomOverride(-1)) {
            zoomBy(-1);
        }
    });
    connect(m_zoomReset, &QAction::triggered, this, [this] { zoomBy(-m_preferences.zoom); });
    connect(m_editor, &SourceEditor::zoomRequested, this, &ViewActions::zoomBy);

    viewMenu->addSeparator();
    viewMenu->addAction(m_softWrap);
    viewMenu->addAction(m_zoomIn);
    viewMenu->addAction(m_zoomOut);
    viewMenu->addAction(m_zoomReset);
    populateThemes(themeMenu);
    apply(m_preferences);
}

void ViewActions::populateThemes(QMenu *themeMenu)
{
    m_themes = new QActionGroup(this);
    m_themes->setExclusive(true);
    auto addTheme = [&](const QString &label, const QString &name) {
        QAction *action = themeMenu->addAction(label);
        action->setCheckable(true);
        action->setData(name);
        m_themes->addAction(action);
        connect(action, &QAction::triggered, this, [this, name] {
            Preferences changed = m_preferences;
            changed.theme = name;
            apply(changed);
        });
    };
    addTheme(tr("Automatic (Follow System Colours)"), QString());
    themeMenu->addSeparator();
    for (const QString &name : SourceEditor::availableThemeNames()) {
        addTheme(name, name);
    }
}

void ViewActions::zoomBy(int steps)
{
    Preferences changed = m_preferences;
    changed.zoom = std::clamp(changed.zoom + steps, Preferences::MinimumZoom, Preferences::MaximumZoom);
    const qreal size = changed.editorFont.pointSizeF() + changed.zoom;
    if (changed.zoom != m_preferences.zoom && size >= 4) {
        apply(changed);
    }
}

QPalette ViewActions::windowPalette(const QString &themeName)
{
    // Read before any theme replaced it, by the first window.
    static const QPalette system = QApplication::palette();
    if (themeName.isEmpty()) {
        return system;
    }
    static KSyntaxHighlighting::Repository repository; // themes only: cheap, and read once
    const KSyntaxHighlighting::Theme theme = repository.theme(themeName);
    if (!theme.isValid()) {
        return system;
    }
    using Role = KSyntaxHighlighting::Theme::EditorColorRole;
    const QColor base = themeColor(theme, Role::BackgroundColor);
    const QColor text = QColor::fromRgba(theme.textColor(KSyntaxHighlighting::Theme::Normal));
    const bool dark = base.lightness() < 128;
    // The window's chrome a shade away from the text's background, as editors with themes do.
    const QColor window = dark ? base.lighter(125) : base.darker(106);
    QPalette palette(window);
    palette.setColor(QPalette::Window, window);
    palette.setColor(QPalette::WindowText, text);
    palette.setColor(QPalette::Base, base);
    palette.setColor(QPalette::AlternateBase, dark ? base.lighter(115) : base.darker(103));
    palette.setColor(QPalette::Text, text);
    palette.setColor(QPalette::Button, window);
    palette.setColor(QPalette::ButtonText, text);
    palette.setColor(QPalette::ToolTipBase, base);
    palette.setColor(QPalette::ToolTipText, text);
    palette.setColor(QPalette::PlaceholderText, dark ? text.darker(160) : text.lighter(220));
    palette.setColor(QPalette::Highlight, themeColor(theme, Role::TextSelection));
    palette.setColor(QPalette::HighlightedText, text);
    palette.setColor(QPalette::Link, dark ? QColor(0x7c, 0xb7, 0xff) : QColor(0x1d, 0x5f, 0xb4));
    palette.setColor(QPalette::Light, window.lighter(150));
    palette.setColor(QPalette::Midlight, window.lighter(125));
    palette.setColor(QPalette::Mid, window.darker(130));
    palette.setColor(QPalette::Dark, window.darker(180));
    palette.setColor(QPalette::Shadow, Qt::black);
    const QColor disabled = dark ? text.darker(190) : text.lighter(250);
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText}) {
        palette.setColor(QPalette::Disabled, role, disabled);
    }
    return palette;
}

void ViewActions::apply(const Preferences &preferences)
{
    const bool themeChanged = preferences.theme != m_preferences.theme || !m_themes->checkedAction();
    // Another window may have saved its own changes since this one loaded: keep them.
    preferences.saveChanges(m_preferences);
    m_preferences = preferences;
    QFont font = preferences.editorFont;
    font.setPointSizeF(std::max<qreal>(4, font.pointSizeF() + preferences.zoom));
    if (font != m_editor->font()) {
        m_editor->setFont(font);
    }
    m_editor->setIndentWidth(preferences.tabWidth);
    m_editor->setLineWrapMode(preferences.softWrap ? QPlainTextEdit::WidgetWidth : QPlainTextEdit::NoWrap);
    {
        const QSignalBlocker blocker(m_softWrap);
        m_softWrap->setChecked(preferences.softWrap);
    }
    m_zoomReset->setEnabled(preferences.zoom != 0);
    if (themeChanged) {
        // The window first: an editor following the system takes its colours from the palette.
        QApplication::setPalette(windowPalette(preferences.theme));
        m_editor->setThemeName(preferences.theme);
        m_preview->setCodeTheme(preferences.theme);
        for (QAction *action : m_themes->actions()) {
            action->setChecked(action->data().toString() == preferences.theme);
        }
    }
    Q_EMIT preferencesChanged(preferences);
}

} // namespace Specwright::Widgets
