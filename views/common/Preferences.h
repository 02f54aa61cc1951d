#pragma once

#include <QDialog>

class QComboBox;
class QSpinBox;

namespace candor {

// Edit > Preferences…: the language, the theme, and the audience view's presentation colours and text size.
// Theme and audience settings apply at once, so the person sees what they chose; a new language applies when the
// dialog closes (the windows are rebuilt in it, see languageChosen()). Everything is saved in the settings.
class PreferencesDialog : public QDialog
{
    Q_OBJECT
public:
    explicit PreferencesDialog(QWidget *parent = nullptr);

    // The language code chosen ("de"), or empty for the system's language.
    QString chosenLanguage() const;

signals:
    // Emitted when the dialog closes with a language other than the one in use.
    void languageChosen(const QString &code);

protected:
    void done(int result) override;

private:
    void themeChosen();
    void audienceChosen();

    QComboBox *m_language;
    QComboBox *m_theme;
    QComboBox *m_audienceTheme;
    QSpinBox *m_audienceZoom;
};

} // namespace candor
