#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QPointer>
#include <QTranslator>

namespace candor {

namespace {

// Owned by the application object, so they go with it; the pointers only let apply() replace them.
QPointer<QTranslator> qtTranslator;
QPointer<QTranslator> ownTranslator;
QString appliedLanguage;

void removeInstalled()
{
    for (QPointer<QTranslator> *translator : {&qtTranslator, &ownTranslator}) {
        if (*translator) {
            QCoreApplication::removeTranslator(*translator);
            delete translator->data();
        }
    }
}

void install(const QLocale &locale)
{
    QCoreApplication *app = QCoreApplication::instance();
    auto *qt = new QTranslator(app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)) &&
        QCoreApplication::installTranslator(qt))
        qtTranslator = qt;
    else
        delete qt;

    // English has a file too: it supplies the plural forms of %n messages.
    auto *own = new QTranslator(app);
    if ((own->load(locale, QStringLiteral("candor"), QStringLiteral("_"), QStringLiteral(":/i18n")) ||
         own->load(QStringLiteral(":/i18n/candor_en.qm"))) &&
        QCoreApplication::installTranslator(own))
        ownTranslator = own;
    else
        delete own;
}

} // namespace

namespace Languages {

QList<Language> available()
{
    return {{QStringLiteral("en"), QStringLiteral("English")},
            {QStringLiteral("de"), QStringLiteral("Deutsch")},
            {QStringLiteral("fr"), QStringLiteral("Français")},
            {QStringLiteral("es"), QStringLiteral("Español")}};
}

bool isAvailable(const QString &code)
{
    const QString normalized = code.trimmed().toLower();
    for (const Language &language : available()) {
        if (language.code == normalized)
            return true;
    }
    return false;
}

QString codeList()
{
    QStringList codes;
    for (const Language &language : available())
        codes.append(language.code);
    return codes.join(QStringLiteral(", "));
}

QString unknownLanguageMessage(const QString &code)
{
    return QStringLiteral("there is no language \"%1\"; use one of: %2").arg(code, codeList());
}

QString systemLanguage()
{
    // uiLanguages() lists the person's preferred languages in order ("de-CH", "de", "en-US", ...).
    for (const QString &name : QLocale::system().uiLanguages()) {
        const QString code = name.left(2).toLower();
        if (isAvailable(code))
            return code;
    }
    return QStringLiteral("en");
}

QString resolve(const QString &code)
{
    return isAvailable(code) ? code.trimmed().toLower() : systemLanguage();
}

QString apply(const QString &code)
{
    const QString language = resolve(code);
    const QLocale system = QLocale::system();
    // The system's own locale whenever its language is the one used (Swiss German keeps Swiss formats; the C locale
    // stays C, which falls back to English).
    const QLocale locale =
        system.name().left(2) == language || systemLanguage() == language ? system : QLocale(language);
    QLocale::setDefault(locale);
    removeInstalled();
    if (QCoreApplication::instance())
        install(locale);
    appliedLanguage = language;
    return language;
}

QString current()
{
    return appliedLanguage;
}

QString fromArguments(int argc, char *argv[], bool *present)
{
    *present = false;
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "--")
            break;
        if (arg == "--lang") {
            *present = true;
            return i + 1 < argc ? QString::fromLocal8Bit(argv[i + 1]) : QString();
        }
        if (arg.startsWith("--lang=")) {
            *present = true;
            return QString::fromLocal8Bit(arg.mid(7));
        }
    }
    return {};
}

} // namespace Languages

void installTranslations(QCoreApplication &app, const QLocale &locale)
{
    Q_UNUSED(app);
    removeInstalled();
    install(locale);
}

} // namespace candor
