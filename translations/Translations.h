#pragma once

#include <QList>
#include <QLocale>
#include <QString>

class QCoreApplication;

namespace candor {

// The languages Candor speaks, and switching between them. Both executables use it: the GUI at start and from
// Preferences, candor-cli at start (--lang).
namespace Languages {

struct Language
{
    QString code;       // "en", "de", "fr", "es"
    QString nativeName; // "English", "Deutsch", ... (as the language names itself, never translated)
};

// Every language with a complete translation, English first.
QList<Language> available();
// Whether Candor speaks `code` (in any letter case, spaces around it ignored).
bool isAvailable(const QString &code);
// The codes, as a person types them: "en, de, fr, es".
QString codeList();
// The one line for a --lang that Candor does not have (untranslated: no language could be installed).
QString unknownLanguageMessage(const QString &code);
// The available language closest to the system's (English when none matches).
QString systemLanguage();
// `code` when it is available, otherwise the system's; empty means "the system's".
QString resolve(const QString &code);

// Installs Qt's and Candor's translators for the language (replacing those installed before) and makes its locale
// the default for dates and numbers (the system's own locale when the language is the system's, so a Swiss German
// keeps Swiss formats). Installing sends QEvent::LanguageChange to every widget. Returns the language used.
QString apply(const QString &code);
// The language applied last (empty before the first apply()).
QString current();

// The value of --lang CODE or --lang=CODE in raw arguments, read before the application parses them (its help text
// must already be translated); empty when absent. `present` tells whether the option was given at all.
QString fromArguments(int argc, char *argv[], bool *present);

} // namespace Languages

// Installs the translations for the system's language. Kept for tests and tools that need no choice.
void installTranslations(QCoreApplication &app, const QLocale &locale = QLocale());

} // namespace candor
