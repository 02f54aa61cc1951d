// candor-cli: Candor without a window, for scripts and servers. One file per command in this folder.
#include "Cli.h"
#include "Translations.h"

#include <QApplication>
#include <QCoreApplication>
#include <QTextStream>

#include <memory>

using namespace candor;
using namespace candor::cli;

namespace {

// The command named on the command line (the first argument that is not a global option), read before the
// application object exists; empty when there is none.
QString commandIn(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QString arg = QString::fromLocal8Bit(argv[i]);
        if (arg == QLatin1String("--db") || arg == QLatin1String("--lang"))
            ++i;
        else if (!arg.startsWith(QLatin1Char('-')))
            return arg;
    }
    return {};
}

// Only insights-report and report draw (Qt Charts and PDF text need a QApplication); they need no display, so without a
// platform chosen it takes the offscreen one. Every other command stays a QCoreApplication.
std::unique_ptr<QCoreApplication> makeApplication(int &argc, char *argv[])
{
    if (const QString command = commandIn(argc, argv);
        command == QLatin1String("insights-report") || command == QLatin1String("report")) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        return std::make_unique<QApplication>(argc, argv);
    }
    return std::make_unique<QCoreApplication>(argc, argv);
}

} // namespace

int main(int argc, char *argv[])
{
    const std::unique_ptr<QCoreApplication> application = makeApplication(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("candor"));
    QCoreApplication::setApplicationName(QStringLiteral("candor"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CANDOR_VERSION));

    // --lang CODE (anywhere before "--"): the language of this run's messages and help, else the system's.
    bool langGiven = false;
    const QString lang = Languages::fromArguments(argc, argv, &langGiven);
    if (langGiven && !Languages::isAvailable(lang)) {
        QTextStream(stderr) << "candor-cli: " << Languages::unknownLanguageMessage(lang) << Qt::endl;
        return Usage;
    }
    Languages::apply(langGiven ? lang : QString());

    return run(QCoreApplication::arguments().mid(1));
}
