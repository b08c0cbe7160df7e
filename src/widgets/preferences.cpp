// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "preferences.h"

#include <QFontDatabase>
#include <QSettings>

#include <algorithm>

namespace Specwright::Widgets {

namespace {
// Keys shared with the menus that set the same things (View → Editor Theme, Check → Profile,
// View → Synchronize Scrolling).
const QString FontKey = QStringLiteral("editor/font");
const QString TabWidthKey = QStringLiteral("editor/tabWidth");
const QString SoftWrapKey = QStringLiteral("editor/softWrap");
const QString ZoomKey = QStringLiteral("editor/zoom");
const QString ThemeKey = QStringLiteral("editor/theme");
const QString CheckDelayKey = QStringLiteral("check/delay");
const QString ProfileKey = QStringLiteral("check/profile");
const QString SpellingKey = QStringLiteral("spelling/enabled");
const QString SpellingLanguageKey = QStringLiteral("spelling/language");
const QString SyncKey = QStringLiteral("preview/syncScrolling");
} // namespace

Preferences Preferences::defaults()
{
    Preferences preferences;
    preferences.editorFont = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    preferences.editorFont.setStyleHint(QFont::Monospace);
    return preferences;
}

Preferences Preferences::load()
{
    Preferences preferences = defaults();
    const QSettings settings;
    QFont font;
    const QString savedFont = settings.value(FontKey).toString();
    if (!savedFont.isEmpty() && font.fromString(savedFont)) {
        preferences.editorFont = font;
    }
    preferences.tabWidth = std::clamp(settings.value(TabWidthKey, preferences.tabWidth).toInt(), 1, 16);
    preferences.checkDelay =
        std::clamp(settings.value(CheckDelayKey, preferences.checkDelay).toInt(), MinimumCheckDelay, MaximumCheckDelay);
    preferences.defaultProfile = settings.value(ProfileKey).toString();
    preferences.spelling = settings.value(SpellingKey, preferences.spelling).toBool();
    preferences.spellingLanguage = settings.value(SpellingLanguageKey).toString();
    preferences.syncScrolling = settings.value(SyncKey, preferences.syncScrolling).toBool();
    preferences.theme = settings.value(ThemeKey).toString();
    preferences.softWrap = settings.value(SoftWrapKey, preferences.softWrap).toBool();
    preferences.zoom = std::clamp(settings.value(ZoomKey, 0).toInt(), MinimumZoom, MaximumZoom);
    return preferences;
}

void Preferences::save() const
{
    QSettings settings;
    settings.setValue(FontKey, editorFont.toString());
    settings.setValue(TabWidthKey, tabWidth);
    settings.setValue(CheckDelayKey, checkDelay);
    settings.setValue(ProfileKey, defaultProfile);
    settings.setValue(SpellingKey, spelling);
    settings.setValue(SpellingLanguageKey, spellingLanguage);
    settings.setValue(SyncKey, syncScrolling);
    settings.setValue(ThemeKey, theme);
    settings.setValue(SoftWrapKey, softWrap);
    settings.setValue(ZoomKey, zoom);
}

void Preferences::saveChanges(const Preferences &before) const
{
    QSettings settings;
    const auto put = [&settings](const QString &key, const auto &value, const auto &old) {
        if (value != old) {
            settings.setValue(key, value);
        }
    };
    put(FontKey, editorFont.toString(), before.editorFont.toString());
    put(TabWidthKey, tabWidth, before.tabWidth);
    put(CheckDelayKey, checkDelay, before.checkDelay);
    put(ProfileKey, defaultProfile, before.defaultProfile);
    put(SpellingKey, spelling, before.spelling);
    put(SpellingLanguageKey, spellingLanguage, before.spellingLanguage);
    put(SyncKey, syncScrolling, before.syncScrolling);
    put(ThemeKey, theme, before.theme);
    put(SoftWrapKey, softWrap, before.softWrap);
    put(ZoomKey, zoom, before.zoom);
}

} // namespace Specwright::Widgets
