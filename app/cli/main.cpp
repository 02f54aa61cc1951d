// candor-cli: Candor without a window, for scripts and servers. One file per command in this folder.
#include "Cli.h"
#include "Translations.h"

#include <QApplication>
#include <QCoreApplication>

#include <memory>

using namespace candor;
using namespace candor::cli;

namespace {

QString overview()
{
    return Text::tr(
        "Usage: candor-cli [--db PATH] COMMAND [options]\n"
        "\n"
        "Candor's command-line tool. Every command takes --db PATH; without it Candor uses CANDOR_DB, "
        "or its default database.\n"
        "\n"
        "Commands:\n"
        "  demo [--scale small|large] [--seed N]      fill an empty database with a demo organisation\n"
        "                                             and its postmortems\n"
        "  team add NAME [--parent NAME]              add a team (or a department's sub-team)\n"
        "  member add NAME --team NAME [--role TEXT] [--manager]\n"
        "                                             add a member to a team\n"
        "  list teams|members|incidents [--team NAME] [--format table|csv|json] [--bom] [-o FILE]\n"
        "                                             list data\n"
        "  list actions [--team NAME] [--overdue] [--status open|in-progress|done|dropped]\n"
        "               [--format table|csv|json] [--bom] [-o FILE]\n"
        "                                             list the action items of every session\n"
        "  postmortem show INCIDENT_ID [--format md|json]\n"
        "                                             show the whole record of an incident's postmortem\n"
        "  survey create-wave --team NAME --instrument KEY --opens YYYY-MM-DD [--closes YYYY-MM-DD]\n"
        "                     [--invited N] [--k N]   start a survey wave; prints its id\n"
        "  survey import --wave ID --columns LIST [--comment-column N] FILE.csv\n"
        "                                             import a form tool's answers (all or nothing)\n"
        "  trends [--team NAME | --all] [--instrument KEY] [--format csv|json] [--bom] [-o FILE]\n"
        "                                             survey trends per team, department and quarter,\n"
        "                                             with small groups withheld\n"
        "  search TEXT [--team NAME] [--limit N] [--format table|csv|json] [-o FILE]\n"
        "                                             find incidents by the words in their titles, summaries,\n"
        "                                             timelines and contributing factors\n"
        "  report INCIDENT_ID --format md|html|pdf [--page a4|letter] -o FILE\n"
        "                                             the postmortem report of an incident\n"
        "  insights-report [--team NAME | --all] [--page a4|letter] -o FILE.pdf\n"
        "                                             survey trends for HR as a PDF, small groups withheld\n"
        "  export -o FILE.json                        the whole database as JSON (docs/json-format.md)\n"
        "  import FILE.json                           load a JSON export into an empty database\n"
        "  backup FILE                                a consistent copy of the database, safe while Candor\n"
        "                                             is writing\n"
        "  restore FILE                               replace the database with a backup (the replaced\n"
        "                                             database is kept as a backup too)\n"
        "  check                                      check integrity and schema version\n"
        "\n"
        "Options:\n"
        "  -h, --help       show this help, or a command's help after its name\n"
        "  -v, --version    show the version\n"
        "\n"
        "Exit codes: 0 success, 1 the command failed or found problems, 2 the database cannot be opened, "
        "64 the command line is wrong.\n");
}

// The command named on the command line (the first argument that is not a global option), read before the
// application object exists; empty when there is none.
QString commandIn(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QString arg = QString::fromLocal8Bit(argv[i]);
        if (arg == QLatin1String("--db"))
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
    QCoreApplication &app = *application;
    QCoreApplication::setOrganizationName(QStringLiteral("candor"));
    QCoreApplication::setApplicationName(QStringLiteral("candor"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CANDOR_VERSION));
    installTranslations(app);

    // Global options may stand before the command; the command's own parser reads them again.
    QStringList args = QCoreApplication::arguments().mid(1);
    QStringList global;
    QString command;
    while (!args.isEmpty()) {
        const QString arg = args.takeFirst();
        if (arg == QLatin1String("--db")) {
            if (args.isEmpty())
                return fail(Text::tr("--db needs a path: candor-cli --db PATH COMMAND"), Usage);
            global << arg << args.takeFirst();
        } else if (arg.startsWith(QLatin1String("--db="))) {
            global << arg;
        } else if (arg == QLatin1String("-h") || arg == QLatin1String("--help")) {
            if (command.isEmpty()) {
                out() << overview();
                return Ok;
            }
            args.prepend(arg);
            break;
        } else if (arg == QLatin1String("-v") || arg == QLatin1String("--version")) {
            out() << "candor-cli " << QCoreApplication::applicationVersion() << Qt::endl;
            return Ok;
        } else if (arg.startsWith(QLatin1Char('-'))) {
            return fail(Text::tr("Unknown option “%1” before the command. Run: candor-cli --help").arg(arg), Usage);
        } else {
            command = arg;
            break;
        }
    }
    if (command.isEmpty())
        return fail(Text::tr("No command given. Run: candor-cli --help"), Usage);

    const QStringList commandArgs = QStringList{command} + global + args;
    if (command == QLatin1String("demo"))
        return demo(commandArgs);
    if (command == QLatin1String("team"))
        return teamCommand(commandArgs);
    if (command == QLatin1String("member"))
        return memberCommand(commandArgs);
    if (command == QLatin1String("list"))
        return list(commandArgs);
    if (command == QLatin1String("postmortem"))
        return postmortemCommand(commandArgs);
    if (command == QLatin1String("check"))
        return check(commandArgs);
    if (command == QLatin1String("survey"))
        return surveyCommand(commandArgs);
    if (command == QLatin1String("trends"))
        return trendsCommand(commandArgs);
    if (command == QLatin1String("search"))
        return searchCommand(commandArgs);
    if (command == QLatin1String("report"))
        return report(commandArgs);
    if (command == QLatin1String("insights-report"))
        return insightsReport(commandArgs);
    if (command == QLatin1String("export"))
        return exportCommand(commandArgs);
    if (command == QLatin1String("import"))
        return importCommand(commandArgs);
    if (command == QLatin1String("backup"))
        return backupCommand(commandArgs);
    if (command == QLatin1String("restore"))
        return restoreCommand(commandArgs);
    return fail(Text::tr("Unknown command “%1”. Run: candor-cli --help").arg(command), Usage);
}
