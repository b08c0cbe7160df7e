// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "preferences.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QFontComboBox;
class QSpinBox;

namespace Specwright::Widgets {

/**
 * Settings → Preferences: the editor's font and size, tab width, check delay, default profile,
 * spell checking and its language, synchronised scrolling and the theme. Every change applies at
 * once (changed()); Restore Defaults puts the defaults back.
 */
class PreferencesDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreferencesDialog)

public:
    /// \a languages: the spelling dictionaries installed (e.g. "en_US").
    PreferencesDialog(const Preferences &preferences, const QStringList &languages, QWidget *parent = nullptr);

    Preferences preferences() const;
    void setPreferences(const Preferences &preferences);

Q_SIGNALS:
    void changed(const Specwright::Widgets::Preferences &preferences);

private:
    void emitChanged();

    Preferences m_base; ///< what the dialog does not edit (zoom) is passed through
    QFontComboBox *m_font = nullptr;
    QSpinBox *m_fontSize = nullptr;
    QSpinBox *m_tabWidth = nullptr;
    QSpinBox *m_checkDelay = nullptr;
    QComboBox *m_profile = nullptr;
    QCheckBox *m_spelling = nullptr;
    QComboBox *m_language = nullptr;
    QCheckBox *m_syncScrolling = nullptr;
    QCheckBox *m_softWrap = nullptr;
    QComboBox *m_theme = nullptr;
    bool m_loading = false;
};

} // namespace Specwright::Widgets
