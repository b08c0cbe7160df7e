// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "preferencesdialog.h"

#include "sourceeditor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFontComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Specwright::Widgets {

PreferencesDialog::PreferencesDialog(const Preferences &preferences, const QStringList &languages, QWidget *parent)
    : QDialog(parent)
    , m_base(preferences)
    , m_font(new QFontComboBox(this))
    , m_fontSize(new QSpinBox(this))
    , m_tabWidth(new QSpinBox(this))
    , m_checkDelay(new QSpinBox(this))
    , m_profile(new QComboBox(this))
    , m_spelling(new QCheckBox(tr("Check &spelling of prose"), this))
    , m_language(new QComboBox(this))
    , m_syncScrolling(new QCheckBox(tr("S&ynchronize scrolling of the editor and the preview"), this))
    , m_softWrap(new QCheckBox(tr("Soft &wrap long lines"), this))
    , m_theme(new QComboBox(this))
{
    setObjectName(QStringLiteral("preferencesDialog"));
    setWindowTitle(tr("Preferences"));
    m_font->setObjectName(QStringLiteral("preferencesFont"));
    m_font->setFontFilters(QFontComboBox::MonospacedFonts);
    m_fontSize->setObjectName(QStringLiteral("preferencesFontSize"));
    m_fontSize->setRange(6, 48);
    m_fontSize->setSuffix(tr(" pt"));
    m_tabWidth->setObjectName(QStringLiteral("preferencesTabWidth"));
    m_tabWidth->setRange(1, 16);
    m_tabWidth->setSuffix(tr(" spaces"));
    m_checkDelay->setObjectName(QStringLiteral("preferencesCheckDelay"));
    m_checkDelay->setRange(Preferences::MinimumCheckDelay, Preferences::MaximumCheckDelay);
    m_checkDelay->setSingleStep(50);
    m_checkDelay->setSuffix(tr(" ms"));
    m_checkDelay->setToolTip(tr("How long typing must pause before the spec is checked and the preview updated"));
    m_profile->setObjectName(QStringLiteral("preferencesProfile"));
    m_profile->addItem(tr("Automatic (from the repository)"), QString());
    m_profile->addItem(tr("Strict (every rule is an error)"), QStringLiteral("strict"));
    m_profile->addItem(tr("Glance gate"), QStringLiteral("glance"));
    m_profile->addItem(tr("Nova gate"), QStringLiteral("nova"));
    m_spelling->setObjectName(QStringLiteral("preferencesSpelling"));
    m_language->setObjectName(QStringLiteral("preferencesLanguage"));
    m_language->addItem(tr("Automatic (the system's English)"), QString());
    for (const QString &language : languages) {
        const QLocale locale(language);
        const QString name = locale.language() == QLocale::C
                                 ? language
                                 : QStringLiteral("%1 (%2)").arg(QLocale::languageToString(locale.language()),
                                                                 QLocale::territoryToString(locale.territory()));
        m_language->addItem(QStringLiteral("%1 — %2").arg(language, name), language);
    }
    m_syncScrolling->setObjectName(QStringLiteral("preferencesSyncScrolling"));
    m_softWrap->setObjectName(QStringLiteral("preferencesSoftWrap"));
    m_theme->setObjectName(QStringLiteral("preferencesTheme"));
    m_theme->addItem(tr("Automatic (follow system colours)"), QString());
    for (const QString &name : SourceEditor::availableThemeNames()) {
        m_theme->addItem(name, name);
    }

    auto *form = new QFormLayout;
    auto *fontRow = new QHBoxLayout;
    fontRow->addWidget(m_font, 1);
    fontRow->addWidget(m_fontSize);
    auto *fontLabel = new QLabel(tr("Editor &font:"), this); // a row of two fields has no buddy by itself
    fontLabel->setBuddy(m_font);
    form->addRow(fontLabel, fontRow);
    form->addRow(tr("&Tab width:"), m_tabWidth);
    form->addRow(QString(), m_softWrap);
    form->addRow(tr("T&heme:"), m_theme);
    form->addRow(tr("Check &delay:"), m_checkDelay);
    form->addRow(tr("Default &profile:"), m_profile);
    form->addRow(QString(), m_spelling);
    form->addRow(tr("Spelling &language:"), m_language);
    form->addRow(QString(), m_syncScrolling);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close | QDialogButtonBox::RestoreDefaults, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this, [this] {
        Preferences defaults = Preferences::defaults();
        defaults.zoom = 0;
        setPreferences(defaults);
        emitChanged();
    });
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);

    setPreferences(preferences);
    connect(m_font, &QFontComboBox::currentFontChanged, this, &PreferencesDialog::emitChanged);
    for (QSpinBox *box : {m_fontSize, m_tabWidth, m_checkDelay}) {
        connect(box, &QSpinBox::valueChanged, this, &PreferencesDialog::emitChanged);
    }
    for (QComboBox *box : {m_profile, m_language, m_theme}) {
        connect(box, &QComboBox::currentIndexChanged, this, &PreferencesDialog::emitChanged);
    }
    for (QCheckBox *box : {m_spelling, m_syncScrolling, m_softWrap}) {
        connect(box, &QCheckBox::toggled, this, &PreferencesDialog::emitChanged);
    }
    connect(m_spelling, &QCheckBox::toggled, m_language, &QWidget::setEnabled);
}

void PreferencesDialog::setPreferences(const Preferences &preferences)
{
    m_loading = true;
    m_base = preferences;
    m_font->setCurrentFont(preferences.editorFont);
    m_fontSize->setValue(qRound(preferences.editorFont.pointSizeF()));
    m_tabWidth->setValue(preferences.tabWidth);
    m_checkDelay->setValue(preferences.checkDelay);
    m_profile->setCurrentIndex(std::max(0, m_profile->findData(preferences.defaultProfile)));
    m_spelling->setChecked(preferences.spelling);
    int language = m_language->findData(preferences.spellingLanguage);
    if (language < 0) { // a dictionary set before and gone now: keep it, shown as it is
        m_language->addItem(preferences.spellingLanguage, preferences.spellingLanguage);
        language = m_language->count() - 1;
    }
    m_language->setCurrentIndex(language);
    m_language->setEnabled(preferences.spelling);
    m_syncScrolling->setChecked(preferences.syncScrolling);
    m_softWrap->setChecked(preferences.softWrap);
    m_theme->setCurrentIndex(std::max(0, m_theme->findData(preferences.theme)));
    m_loading = false;
}

Preferences PreferencesDialog::preferences() const
{
    Preferences preferences = m_base;
    QFont font = m_font->currentFont();
    font.setPointSize(m_fontSize->value());
    font.setStyleHint(QFont::Monospace);
    preferences.editorFont = font;
    preferences.tabWidth = m_tabWidth->value();
    preferences.checkDelay = m_checkDelay->value();
    preferences.defaultProfile = m_profile->currentData().toString();
    preferences.spelling = m_spelling->isChecked();
    preferences.spellingLanguage = m_language->currentData().toString();
    preferences.syncScrolling = m_syncScrolling->isChecked();
    preferences.softWrap = m_softWrap->isChecked();
    preferences.theme = m_theme->currentData().toString();
    return preferences;
}

void PreferencesDialog::emitChanged()
{
    if (m_loading) {
        return;
    }
    m_base = preferences();
    Q_EMIT changed(m_base);
}

} // namespace Specwright::Widgets
