#include "Cli.h"

#include <algorithm>

#include "reports/SaveFile.h"
#include "storage/ServerRoles.h"

#include <QFile>

#include <cstdio>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <termios.h>
#include <unistd.h>
#endif

namespace candor::cli {

namespace {

// What run() does with the command line it is given.
Mode currentMode = Mode::Run;

// Sets the mode for one run() and restores it afterwards, also when run() is re-entered.
class ModeScope
{
public:
    explicit ModeScope(Mode mode)
        : m_previous(currentMode)
    {
        currentMode = mode;
    }
    ~ModeScope() { currentMode = m_previous; }
    ModeScope(const ModeScope &) = delete;
    ModeScope &operator=(const ModeScope &) = delete;

private:
    Mode m_previous;
};

// Whether this run asked for a password already (a wrong one is said, not asked again).
bool s_asked = false;

// Asks for a password on the controlling terminal, without echo; empty when there is no terminal (a script, a
// pipe, a test) or nothing was typed.
QString readPassword(const QString &prompt)
{
#ifdef Q_OS_UNIX
    const int tty = ::open("/dev/tty", O_RDWR | O_NOCTTY | O_CLOEXEC);
    if (tty < 0)
        return {};
    termios saved = {};
    const bool isTerminal = ::tcgetattr(tty, &saved) == 0;
    QByteArray typed;
    if (isTerminal) {
        // Echo goes off before the prompt shows, so nothing typed after it is echoed or thrown away.
        termios silent = saved;
        silent.c_lflag &= ~tcflag_t(ECHO);
        ::tcsetattr(tty, TCSAFLUSH, &silent);
        const QByteArray text = prompt.toLocal8Bit();
        if (::write(tty, text.constData(), size_t(text.size())) >= 0) {
            char c = 0;
            while (::read(tty, &c, 1) == 1 && c != '\n' && c != '\r' && typed.size() < 4096)
                typed.append(c);
            if (::write(tty, "\n", 1) < 0)
                typed.clear(); // the terminal is gone: nothing trustworthy was read
        }
        ::tcsetattr(tty, TCSANOW, &saved);
    }
    ::close(tty);
    const QString password = QString::fromLocal8Bit(typed);
    typed.fill('\0');
    return password;
#else
    Q_UNUSED(prompt);
    return {};
#endif
}

QString overview()
{
    return Text::tr(
        "Usage: candor-cli [--db PATH] [--lang CODE] COMMAND [options]\n"
        "\n"
        "Candor's command-line tool. Every command takes --db PATH; without it Candor uses CANDOR_DB, "
        "or its default database. --lang CODE (en, de, fr or es) sets the language of the messages; without it "
        "Candor uses the system's.\n"
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
        "  migrate --from FILE.sqlite --to URL        copy a database file into an empty PostgreSQL\n"
        "                                             database (URL: postgresql://USER@HOST:PORT/NAME)\n"
        "  check                                      check integrity and schema version\n"
        "\n"
        "Options:\n"
        "  -h, --help       show this help, or a command's help after its name\n"
        "  -v, --version    show the version\n"
        "\n"
        "Exit codes: 0 success, 1 the command failed or found problems, 2 the database cannot be opened, "
        "64 the command line is wrong.\n");
}

} // namespace

QTextStream &out()
{
    static QTextStream stream(stdout);
    if (currentMode == Mode::ParseOnly) {
        // The text is still made, then dropped.
        static QString dropped;
        static QTextStream nowhere(&dropped);
        nowhere.flush();
        dropped.clear();
        return nowhere;
    }
    return stream;
}

int fail(const QString &message, int code)
{
    out().flush();
    QString line = message.simplified();
    if (currentMode == Mode::ParseOnly)
        return code;
    QTextStream err(stderr);
    err << "candor-cli: " << line << Qt::endl;
    return code;
}

bool parse(QCommandLineParser &parser, const QStringList &args, const QString &usage, int *exitCode,
           DatabaseOption database)
{
    parser.setApplicationDescription(usage);
    parser.addHelpOption();
    QCommandLineOption db(
        QStringLiteral("db"),
        Text::tr(
            "Use the database file at PATH, or the PostgreSQL database at a postgresql://USER@HOST:PORT/NAME URL."),
        QStringLiteral("PATH"));
    if (database == DatabaseOption::NotOffered)
        db.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(db);
    parser.addOption(
        {QStringLiteral("lang"), Text::tr("Messages in the language CODE: en, de, fr or es."), QStringLiteral("CODE")});
    if (!parser.parse(args)) {
        *exitCode = fail(Text::tr("%1. Run: candor-cli %2 --help").arg(parser.errorText(), args.value(0)), Usage);
        return false;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        // Qt's usage line names the program as it was started, without the command: name both as people type them.
        QString help = parser.helpText();
        const qsizetype lineEnd = help.indexOf(QLatin1Char('\n'));
        const QString started = QCoreApplication::arguments().value(0);
        if (lineEnd > 0 && !started.isEmpty()) {
            const qsizetype at = help.left(lineEnd).indexOf(started);
            if (at >= 0)
                help.replace(at, started.size(), QStringLiteral("candor-cli ") + args.value(0));
        }
        out() << help;
        out().flush();
        *exitCode = Ok;
        return false;
    }
    return true;
}

bool openDatabase(Database &database, const QCommandLineParser &parser, int *exitCode, Database::Options options,
                  Needs needs)
{
    // Before resolvePath(), which creates the default database's folder.
    if (stopBeforeFiles(exitCode))
        return false;
    return openDatabaseAt(database, Database::resolvePath(parser.value(QStringLiteral("db"))), exitCode, options,
                          needs);
}

bool openDatabaseAt(Database &database, const QString &path, int *exitCode, Database::Options options, Needs needs)
{
    if (stopBeforeFiles(exitCode))
        return false;
    Status status = database.open(path, options);
    // A server that wants a password PGPASSWORD and ~/.pgpass did not give: ask for it once, at a terminal only.
    if (!status && database.problem() == Database::Problem::NeedsPassword && !s_asked) {
        s_asked = true;
        const QString password = readPassword(Text::tr("Password for %1: ").arg(database.path()));
        if (!password.isEmpty()) {
            Database::setServerPassword(database.path(), password);
            status = database.open(path, options);
        }
    }
    if (!status) {
        *exitCode = fail(status.error(), CannotOpen);
        return false;
    }
    if (database.isServer()) {
        const ServerRoles::Need need = needs == Needs::Insights ? ServerRoles::Need::Insights
                                       : options.readOnly       ? ServerRoles::Need::Read
                                                                : ServerRoles::Need::Write;
        if (const Status allowed = ServerRoles::allows(database.connection(), need); !allowed) {
            *exitCode = fail(allowed.error(), CannotOpen);
            return false;
        }
    }
    return true;
}

QString alignedTable(const QList<QStringList> &lines)
{
    QList<int> widths;
    for (const QStringList &cells : lines) {
        for (int c = 0; c < cells.size(); ++c) {
            if (c >= widths.size())
                widths.append(0);
            widths[c] = std::max(widths[c], int(cells[c].size()));
        }
    }
    QString text;
    for (const QStringList &cells : lines) {
        for (int c = 0; c < cells.size(); ++c) {
            if (c > 0)
                text += QLatin1String("  ");
            text += c + 1 < cells.size() ? cells[c].leftJustified(widths[c]) : cells[c];
        }
        text += QLatin1Char('\n');
    }
    return text;
}

QString tableCell(const QString &text)
{
    constexpr int maxWidth = 48;
    const QString line = text.simplified();
    return line.size() > maxWidth ? line.left(maxWidth - 1) + QChar(0x2026) : line;
}

Database::Options readingOptions()
{
    Database::Options options;
    options.quickCheck = false;
    options.readOnly = true;
    return options;
}

void addOutputOption(QCommandLineParser &parser)
{
    parser.addOption({{QStringLiteral("o"), QStringLiteral("output")},
                      Text::tr("Write to FILE instead of standard output (complete or not at all)."),
                      QStringLiteral("FILE")});
}

bool writeOutput(const QCommandLineParser &parser, const QByteArray &bytes, int *exitCode)
{
    if (stopBeforeFiles(exitCode))
        return false;
    if (!parser.isSet(QStringLiteral("output"))) {
        out().flush();
        QFile stdOut;
        if (!stdOut.open(stdout, QIODevice::WriteOnly) || stdOut.write(bytes) != bytes.size() || !stdOut.flush()) {
            *exitCode = fail(Text::tr("Could not write to standard output: %1").arg(stdOut.errorString()));
            return false;
        }
        return true;
    }
    if (const Status saved = SaveFile::write(parser.value(QStringLiteral("output")), bytes); !saved) {
        *exitCode = fail(saved.error());
        return false;
    }
    return true;
}

bool stopBeforeFiles(int *exitCode)
{
    if (currentMode != Mode::ParseOnly)
        return false;
    *exitCode = Ok;
    return true;
}

int run(const QStringList &arguments, Mode mode)
{
    const ModeScope scope(mode);
    // Global options may stand before the command; the command's own parser reads them again.
    QStringList args = arguments;
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
        } else if (arg == QLatin1String("--lang")) {
            // Applied by main() before anything runs; kept for the command's parser, which accepts it too.
            if (args.isEmpty())
                return fail(Text::tr("--lang needs a language code: candor-cli --lang de COMMAND"), Usage);
            global << arg << args.takeFirst();
        } else if (arg.startsWith(QLatin1String("--lang="))) {
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
    if (command == QLatin1String("migrate"))
        return migrateCommand(commandArgs);
    return fail(Text::tr("Unknown command “%1”. Run: candor-cli --help").arg(command), Usage);
}

} // namespace candor::cli
