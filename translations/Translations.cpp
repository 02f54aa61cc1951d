#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace candor {

void installTranslations(QCoreApplication &app, const QLocale &locale)
{
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;

    // English has a file too: it supplies the plural forms of %n messages.
    auto *own = new QTranslator(&app);
    if (own->load(locale, QStringLiteral("candor"), QStringLiteral("_"), QStringLiteral(":/i18n")) ||
        own->load(QStringLiteral(":/i18n/candor_en.qm")))
        QCoreApplication::installTranslator(own);
    else
        delete own;
}

} // namespace candor
