#include "Preferences.h"

#include "Settings.h"
#include "Theme.h"
#include "Translations.h"
#include "postmortem/AudienceWindow.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QSpinBox>
#include <QVBoxLayout>

namespace candor {

PreferencesDialog::PreferencesDialog(QWidget *parent)
    : QDialog(parent)
    , m_language(new QComboBox(this))
    , m_theme(new QComboBox(this))
    , m_audienceTheme(new QComboBox(this))
    , m_audienceZoom(new QSpinBox(this))
{
    setObjectName(QStringLiteral("preferencesDialog"));
    setWindowTitle(tr("Preferences"));
    const Settings settings;

    // Languages are listed in their own names, so anyone can find theirs whatever Candor speaks now.
    m_language->setObjectName(QStringLiteral("languageCombo"));
    const QString system = Languages::systemLanguage();
    QString systemName;
    for (const Languages::Language &language : Languages::available()) {
        if (language.code == system)
            systemName = language.nativeName;
    }
    m_language->addItem(tr("Same as the system (%1)").arg(systemName), QString());
    for (const Languages::Language &language : Languages::available())
        m_language->addItem(language.nativeName, language.code);
    m_language->setCurrentIndex(std::max(0, m_language->findData(settings.language())));
    m_language->setAccessibleDescription(tr("Candor's windows change to this language when you close Preferences."));

    m_theme->setObjectName(QStringLiteral("themeCombo"));
    for (const Theme::Choice choice : Theme::choices())
        m_theme->addItem(Theme::displayName(choice), Theme::key(choice));
    m_theme->setCurrentIndex(std::max(0, m_theme->findData(Theme::key(Theme::current()))));

    m_audienceTheme->setObjectName(QStringLiteral("audienceThemeCombo"));
    for (const AudienceWindow::Look look : {AudienceWindow::DarkRoom, AudienceWindow::BrightRoom})
        m_audienceTheme->addItem(AudienceWindow::lookName(look), AudienceWindow::lookKey(look));
    m_audienceTheme->setCurrentIndex(std::max(0, m_audienceTheme->findData(settings.audienceTheme())));
    m_audienceTheme->setAccessibleDescription(
        tr("Light text on black suits a dark meeting room; dark text on white suits a bright one."));

    m_audienceZoom->setObjectName(QStringLiteral("audienceZoomSpin"));
    m_audienceZoom->setRange(int(AudienceWindow::MinZoom * 100), int(AudienceWindow::MaxZoom * 100));
    m_audienceZoom->setSingleStep(10);
    m_audienceZoom->setSuffix(tr(" %", "percent sign after a number; keep the space the language uses"));
    m_audienceZoom->setValue(int(std::lround(settings.audienceZoom() * 100)));
    m_audienceZoom->setAccessibleDescription(
        tr("100 % is the size the screen calls for; Ctrl+plus and Ctrl+minus change it during a session."));

    auto *general = new QGroupBox(tr("Candor"), this);
    auto *generalForm = new QFormLayout(general);
    generalForm->addRow(tr("&Language:"), m_language);
    generalForm->addRow(tr("&Theme:"), m_theme);
    auto *audience = new QGroupBox(tr("Audience view"), this);
    auto *audienceForm = new QFormLayout(audience);
    audienceForm->addRow(tr("&Colours:"), m_audienceTheme);
    audienceForm->addRow(tr("Text &size:"), m_audienceZoom);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->setObjectName(QStringLiteral("preferencesButtons"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(general);
    layout->addWidget(audience);
    layout->addWidget(buttons);
    // Wide enough for the longest choice in any language without cutting it.
    setMinimumWidth(fontMetrics().averageCharWidth() * 64);

    connect(m_theme, &QComboBox::currentIndexChanged, this, &PreferencesDialog::themeChosen);
    connect(m_audienceTheme, &QComboBox::currentIndexChanged, this, &PreferencesDialog::audienceChosen);
    connect(m_audienceZoom, &QSpinBox::valueChanged, this, &PreferencesDialog::audienceChosen);
}

QString PreferencesDialog::chosenLanguage() const
{
    return m_language->currentData().toString();
}

void PreferencesDialog::themeChosen()
{
    const Theme::Choice choice = Theme::fromKey(m_theme->currentData().toString());
    Settings().setTheme(Theme::key(choice));
    Theme::apply(choice);
}

void PreferencesDialog::audienceChosen()
{
    Settings settings;
    settings.setAudienceTheme(m_audienceTheme->currentData().toString());
    settings.setAudienceZoom(m_audienceZoom->value() / 100.0);
    AudienceWindow::updateAllFromSettings();
}

void PreferencesDialog::done(int result)
{
    const QString code = chosenLanguage();
    Settings().setLanguage(code);
    QDialog::done(result);
    if (Languages::resolve(code) != Languages::current())
        emit languageChosen(code);
}

} // namespace candor
