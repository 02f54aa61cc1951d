#include "FuzzTargets.h"

#include "Translations.h"

#include <QCoreApplication>

#include <cstdio>
#include <cstdlib>

namespace candor::fuzz {

void initialise(int *argc, char ***argv)
{
    // libFuzzer's own flags stay out of Qt's hands: the application object gets a command line of its own.
    Q_UNUSED(argc)
    Q_UNUSED(argv)
    if (!QCoreApplication::instance()) {
        static int applicationArgc = 1;
        static char name[] = "candor-fuzz";
        static char *applicationArgv[] = {name, nullptr};
        new QCoreApplication(applicationArgc, applicationArgv); // lives as long as the process
    }
    QCoreApplication::setOrganizationName(QStringLiteral("candor"));
    QCoreApplication::setApplicationName(QStringLiteral("candor"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CANDOR_VERSION));
    installTranslations(*QCoreApplication::instance());
}

void require(bool condition, const char *what, const QString &detail)
{
    if (condition)
        return;
    std::fprintf(stderr, "fuzz invariant broken: %s", what);
    if (!detail.isEmpty())
        std::fprintf(stderr, " (%s)", detail.left(2000).toUtf8().constData());
    std::fprintf(stderr, "\n");
    std::fflush(stderr);
    std::abort();
}

} // namespace candor::fuzz
