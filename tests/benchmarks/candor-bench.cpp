// candor-bench: every figure of "fast at organisation scale" beside its target, measured on the large demo
// organisation (or a small one with --small). It prints figures and never fails a build: the exit code says
// whether every figure is within target (0) or not (1). Anything that writes works on a copy of the database.
//
//   candor-bench [--db PATH] [--rebuild] [--runs N] [--small]
//
// Programs run as children (the demo, the GUI start against the bare window, the CLI) are timed from fork to exit,
// with the child's own peak memory from wait4(). Screens and repositories are timed in this process, on the same
// Qt platform as the children (QT_QPA_PLATFORM from the environment, offscreen by default).
#include "ChildProcess.h"
#include "InProcess.h"
#include "Report.h"

#include "storage/Database.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>

#include <sqlite3.h>

#include <array>

using namespace candor;
using namespace candor::bench;

namespace {

struct Settings
{
    QString db;
    bool rebuild = false;
    bool small = false;
    int runs = 11;
};

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

void progress(const QString &message)
{
    err() << QStringLiteral("candor-bench: ") << message << Qt::endl;
}

QString programPath(const char *path)
{
    return QString::fromUtf8(path);
}

void removeDatabase(const QString &path)
{
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
}

// A consistent copy of a database that may be in use, with the online backup API from a read-only connection:
// the source is never written (not even a checkpoint).
bool copyDatabase(const QString &from, const QString &to, QString *error)
{
    sqlite3 *source = nullptr;
    sqlite3 *destination = nullptr;
    bool ok = sqlite3_open_v2(from.toUtf8().constData(), &source, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK &&
              sqlite3_open_v2(to.toUtf8().constData(), &destination, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE,
                              nullptr) == SQLITE_OK;
    if (ok) {
        sqlite3_backup *backup = sqlite3_backup_init(destination, "main", source, "main");
        ok = backup && sqlite3_backup_step(backup, -1) == SQLITE_DONE;
        if (backup)
            ok = sqlite3_backup_finish(backup) == SQLITE_OK && ok;
    }
    if (!ok)
        *error = QString::fromUtf8(sqlite3_errmsg(destination ? destination : source));
    sqlite3_close(source);
    sqlite3_close(destination);
    return ok;
}

// a. The large (or small) demo organisation, built by candor-cli into a new file.
bool ensureDemo(const Settings &settings, const QString &id, Report &report)
{
    const QString scale = settings.small ? QStringLiteral("small") : QStringLiteral("large");
    const QString name = QStringLiteral("candor-cli demo --scale %1").arg(scale);
    const QString target = QStringLiteral("<= 60 s");
    if (QFileInfo::exists(settings.db) && !settings.rebuild) {
        report.add(
            {id, name, QStringLiteral("reused %1 (--rebuild measures it)").arg(settings.db), target, Verdict::Reused});
        return true;
    }
    QDir().mkpath(QFileInfo(settings.db).absolutePath());
    removeDatabase(settings.db);
    progress(QStringLiteral("building the %1 demo database %2").arg(scale, settings.db));
    const ChildRun run =
        runChild(programPath(CANDOR_CLI_PATH),
                 {QStringLiteral("--db"), settings.db, QStringLiteral("demo"), QStringLiteral("--scale"), scale},
                 ChildOptions{{}, false, {}, {QStringLiteral("CANDOR_DB")}, 900});
    if (!run.ok()) {
        report.failed(id, name, run.problem(), target);
        removeDatabase(settings.db);
        return false;
    }
    report.within(id, name, Report::duration(run.seconds), target, run.seconds <= 60);
    return true;
}

// A working copy in a temporary folder, opened once so any pending migration is done before timing starts.
bool makeWorkingCopy(const QString &from, const QString &to, Report &report)
{
    progress(QStringLiteral("copying %1 to %2").arg(from, to));
    QString error;
    if (!copyDatabase(from, to, &error)) {
        report.failed(QStringLiteral("copy"), QStringLiteral("working copy of the database"), error, QString());
        return false;
    }
    Database database;
    Database::Options options;
    options.quickCheck = false;
    if (const Status opened = database.open(to, options); !opened) {
        report.failed(QStringLiteral("copy"), QStringLiteral("working copy of the database"), opened.error(),
                      QString());
        return false;
    }
    return true;
}

// b. `candor --quit-after-startup` against the bare window, in turn, each with temporary XDG folders (one set per
// program, after one warm-up run each, so both start with the same saved state). Beside them, for information, the
// bare window with Candor's shared libraries loaded: the part of the start that is the dynamic loader's.
void startFigures(const QString &label, const QString &idSuffix, const QString &db, int runs, Report &report)
{
    const QString wallId = QStringLiteral("start.wall") + idSuffix;
    const QString rssId = QStringLiteral("start.rss") + idSuffix;
    const QString libsId = QStringLiteral("start.libs") + idSuffix;
    const QString wallName = QStringLiteral("GUI start vs bare window, %1").arg(label);
    const QString rssName = QStringLiteral("GUI start peak memory vs bare, %1").arg(label);
    const QString libsName = QStringLiteral("bare window with Candor's libraries vs bare");
    QTemporaryDir home;
    const auto environmentIn = [&home](const QString &who) {
        ChildOptions options;
        for (const QString &kind : {QStringLiteral("CONFIG"), QStringLiteral("DATA"), QStringLiteral("CACHE")}) {
            const QString dir = home.filePath(who + QLatin1Char('/') + kind.toLower());
            QDir().mkpath(dir);
            options.setEnv.insert(QStringLiteral("XDG_%1_HOME").arg(kind), dir);
        }
        const QString runtime = home.filePath(who + QStringLiteral("/runtime"));
        QDir().mkpath(runtime);
        QFile::setPermissions(runtime, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        options.setEnv.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtime);
        options.unsetEnv << QStringLiteral("CANDOR_DB");
        options.timeoutSeconds = 120;
        return options;
    };
    struct Program
    {
        QString name;
        QString path;
        QStringList args;
        ChildOptions environment;
        QList<double> times;
        QList<double> peaks;
    };
    std::array<Program, 3> programs = {
        Program{QStringLiteral("candor"),
                programPath(CANDOR_GUI_PATH),
                {QStringLiteral("--quit-after-startup"), QStringLiteral("--db"), db},
                environmentIn(QStringLiteral("candor")),
                {},
                {}},
        Program{QStringLiteral("candor-bare-window"),
                programPath(CANDOR_BARE_WINDOW_PATH),
                {},
                environmentIn(QStringLiteral("bare")),
                {},
                {}},
        Program{QStringLiteral("candor-bare-window-linked"),
                programPath(CANDOR_BARE_WINDOW_LINKED_PATH),
                {},
                environmentIn(QStringLiteral("linked")),
                {},
                {}},
    };
    const auto failAll = [&](const QString &why) {
        report.failed(wallId, wallName, why, QStringLiteral("<= 1.30x"));
        report.failed(rssId, rssName, why, QStringLiteral("<= 1.50x"));
        report.failed(libsId, libsName, why, QString());
    };

    // Warm-up: the first start takes the daily backup and fills the page cache; neither is what is compared.
    progress(QStringLiteral("GUI start on %1: warm-up").arg(label));
    for (const Program &program : programs) {
        if (const ChildRun warm = runChild(program.path, program.args, program.environment); !warm.ok()) {
            failAll(program.name + QLatin1Char(' ') + warm.problem());
            return;
        }
    }
    for (int i = 0; i < runs; ++i) {
        // In turn, starting with the next one each time, so none always runs first.
        for (int turn = 0; turn < int(programs.size()); ++turn) {
            Program &program = programs[std::size_t((i + turn) % int(programs.size()))];
            const ChildRun run = runChild(program.path, program.args, program.environment);
            if (!run.ok()) {
                failAll(program.name + QLatin1Char(' ') + run.problem());
                return;
            }
            program.times.append(run.seconds);
            program.peaks.append(double(run.peakKb));
        }
    }
    const Stats candorTime = Stats::of(programs[0].times);
    const Stats bareTime = Stats::of(programs[1].times);
    const Stats linkedTime = Stats::of(programs[2].times);
    const Stats candorPeak = Stats::of(programs[0].peaks);
    const Stats barePeak = Stats::of(programs[1].peaks);
    const double timeRatio = candorTime.median / bareTime.median;
    const double peakRatio = candorPeak.median / barePeak.median;
    report.within(wallId, wallName,
                  QStringLiteral("%1: candor %2, bare %3")
                      .arg(Report::ratio(timeRatio), Report::durations(candorTime), Report::durations(bareTime)),
                  QStringLiteral("<= 1.30x"), timeRatio <= 1.3);
    report.within(rssId, rssName,
                  QStringLiteral("%1: candor %2, bare %3")
                      .arg(Report::ratio(peakRatio), Report::kilobytes(long(candorPeak.median)),
                           Report::kilobytes(long(barePeak.median))),
                  QStringLiteral("<= 1.50x"), peakRatio <= 1.5);
    report.info(libsId, libsName,
                QStringLiteral("%1: %2").arg(Report::ratio(linkedTime.median / bareTime.median),
                                             Report::durations(linkedTime)));
}

// The CSV of `candor-cli trends` and the list output of the sqlite3 shell, as comparable lines.
QStringList normalisedLines(const QByteArray &bytes)
{
    QString text = QString::fromUtf8(bytes);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    text.remove(QLatin1Char('\r'));
    text.remove(QLatin1Char('"'));
    QStringList lines = text.split(QLatin1Char('\n'));
    while (!lines.isEmpty() && lines.constLast().isEmpty())
        lines.removeLast();
    return lines;
}

// Runs a program `runs` times after one warm-up; the first measured run's output and the timings.
struct Timed
{
    ChildRun first;
    Stats stats;
};

Timed timeChild(const QString &program, const QStringList &args, int runs, ChildOptions options = {})
{
    options.unsetEnv << QStringLiteral("CANDOR_DB");
    Timed timed;
    timed.first = runChild(program, args, options);
    if (!timed.first.ok())
        return timed;
    QList<double> times;
    for (int i = 0; i < runs; ++i) {
        const ChildRun run = runChild(program, args, options);
        if (!run.ok()) {
            timed.first = run;
            return timed;
        }
        times.append(run.seconds);
    }
    timed.stats = Stats::of(times);
    return timed;
}

// c. `candor-cli trends --all` against the same figures in hand-written SQL in the sqlite3 shell.
void trendsFigures(const QString &db, int runs, Report &report)
{
    progress(QStringLiteral("trends --all"));
    const QString cliName = QStringLiteral("candor-cli trends --all");
    ChildOptions capture;
    capture.captureOut = true;
    const Timed cli =
        timeChild(programPath(CANDOR_CLI_PATH),
                  {QStringLiteral("--db"), db, QStringLiteral("trends"), QStringLiteral("--all")}, runs, capture);
    if (!cli.first.ok()) {
        report.failed(QStringLiteral("trends.cli"), cliName, cli.first.problem(), QStringLiteral("<= 150 ms"));
        return;
    }
    report.within(QStringLiteral("trends.cli"), cliName, Report::durations(cli.stats), QStringLiteral("<= 150 ms"),
                  cli.stats.median <= 0.150);

    const QString sqlName = QStringLiteral("trends --all vs sqlite3 < trends.sql");
    const QString sqlite3 = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    if (sqlite3.isEmpty()) {
        report.failed(QStringLiteral("trends.ratio"), sqlName,
                      QStringLiteral("the sqlite3 shell is not installed (apt-get install sqlite3)"),
                      QStringLiteral("<= 1.50x"));
        return;
    }
    capture.stdinFile = QStringLiteral(CANDOR_SOURCE_DIR "/tests/benchmarks/trends.sql");
    const Timed shell = timeChild(sqlite3, {QStringLiteral("-readonly"), db}, runs, capture);
    if (!shell.first.ok()) {
        report.failed(QStringLiteral("trends.ratio"), sqlName, QStringLiteral("sqlite3 ") + shell.first.problem(),
                      QStringLiteral("<= 1.50x"));
        return;
    }
    const double ratio = cli.stats.median / shell.stats.median;
    report.within(QStringLiteral("trends.ratio"), sqlName,
                  QStringLiteral("%1: sqlite3 %2").arg(Report::ratio(ratio), Report::durations(shell.stats)),
                  QStringLiteral("<= 1.50x"), ratio <= 1.5);

    // Both say the same rows (trends.sql documents where its anonymity rule is simpler than Candor's).
    const QStringList cliLines = normalisedLines(cli.first.out);
    const QStringList shellLines = normalisedLines(shell.first.out);
    qsizetype firstDifference = -1;
    for (qsizetype i = 0; i < std::max(cliLines.size(), shellLines.size()); ++i) {
        if (cliLines.value(i) != shellLines.value(i)) {
            firstDifference = i;
            break;
        }
    }
    report.within(QStringLiteral("trends.rows"), QStringLiteral("trends --all rows = trends.sql rows"),
                  firstDifference < 0 ? QStringLiteral("same %1 lines").arg(cliLines.size())
                                      : QStringLiteral("line %1 differs: cli \"%2\" / sql \"%3\" (%4 / %5 lines)")
                                            .arg(firstDifference + 1)
                                            .arg(cliLines.value(firstDifference), shellLines.value(firstDifference))
                                            .arg(cliLines.size())
                                            .arg(shellLines.size()),
                  QStringLiteral("same"), firstDifference < 0);
}

// d (CLI). `candor-cli search TEXT`, wall time with the process start; the process start alone beside it.
void searchCliFigures(const QString &db, int runs, Report &report)
{
    progress(QStringLiteral("candor-cli search"));
    const Timed start = timeChild(programPath(CANDOR_CLI_PATH), {QStringLiteral("--version")}, runs);
    if (start.first.ok())
        report.info(QStringLiteral("cli.start"), QStringLiteral("candor-cli --version (process start)"),
                    Report::durations(start.stats));
    else
        report.failed(QStringLiteral("cli.start"), QStringLiteral("candor-cli --version (process start)"),
                      start.first.problem(), QString());
    for (const QString &text : searchTexts()) {
        const QString id = QStringLiteral("search.cli.") + text;
        const QString name = QStringLiteral("candor-cli search %1 (wall)").arg(text);
        const Timed search =
            timeChild(programPath(CANDOR_CLI_PATH), {QStringLiteral("--db"), db, QStringLiteral("search"), text}, runs);
        if (!search.first.ok()) {
            report.failed(id, name, search.first.problem(), QStringLiteral("<= 20 ms + start"));
            continue;
        }
        // The target is the search's; a process start comes on top of it.
        const double startSeconds = start.first.ok() ? start.stats.median : 0;
        report.within(id, name, Report::durations(search.stats), QStringLiteral("<= 20 ms + start"),
                      search.stats.median - startSeconds <= 0.020);
    }
}

// The offscreen platform warns on every top-level window shown; the figures matter here, not that.
QtMessageHandler standardHandler = nullptr;

void quietOffscreen(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (message.contains(QLatin1String("does not support propagateSizeHints")))
        return;
    if (standardHandler)
        standardHandler(type, context, message);
    else
        err() << qFormatLogMessage(type, context, message) << Qt::endl;
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    standardHandler = qInstallMessageHandler(quietOffscreen);
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("candor-bench"));
    QCoreApplication::setApplicationName(QStringLiteral("candor-bench"));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Prints every performance figure of Candor beside its target; exits 0 when all are within."));
    parser.addHelpOption();
    const QCommandLineOption dbOption(
        QStringLiteral("db"),
        QStringLiteral("The demo database (default: bench/large.sqlite, or bench/small.sqlite with --small, beside "
                       "this program). Built with candor-cli demo when missing; never written (a copy is)."),
        QStringLiteral("PATH"));
    const QCommandLineOption rebuildOption(QStringLiteral("rebuild"),
                                           QStringLiteral("Build the demo database again, timing it."));
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Runs per figure (default 11)."),
                                        QStringLiteral("N"), QStringLiteral("11"));
    const QCommandLineOption smallOption(QStringLiteral("small"),
                                         QStringLiteral("Use the small demo organisation (a smoke run)."));
    parser.addOptions({dbOption, rebuildOption, runsOption, smallOption});
    parser.process(app);

    Settings settings;
    settings.small = parser.isSet(smallOption);
    settings.rebuild = parser.isSet(rebuildOption);
    bool runsOk = false;
    settings.runs = parser.value(runsOption).toInt(&runsOk);
    if (!runsOk || settings.runs < 1) {
        err() << QStringLiteral("candor-bench: --runs needs a whole number of at least 1.") << Qt::endl;
        return 64;
    }
    const QString benchDir = QCoreApplication::applicationDirPath() + QStringLiteral("/bench");
    settings.db = parser.isSet(dbOption)
                      ? QFileInfo(parser.value(dbOption)).absoluteFilePath()
                      : benchDir + (settings.small ? QStringLiteral("/small.sqlite") : QStringLiteral("/large.sqlite"));

    Report report;
    if (!ensureDemo(settings, QStringLiteral("demo"), report)) {
        report.printTable();
        return 1;
    }
    // The GUI start is also compared on a small demo organisation (built once beside this program).
    QString smallDb = settings.db;
    if (!settings.small) {
        smallDb = benchDir + QStringLiteral("/small.sqlite");
        if (!QFileInfo::exists(smallDb)) {
            Settings small = settings;
            small.small = true;
            small.rebuild = false;
            small.db = smallDb;
            if (!ensureDemo(small, QStringLiteral("demo.small"), report))
                smallDb.clear();
        }
    }

    QTemporaryDir work;
    const QString copy = work.filePath(QStringLiteral("main/bench.sqlite"));
    const QString smallCopy = work.filePath(QStringLiteral("small/bench.sqlite"));
    QDir().mkpath(QFileInfo(copy).absolutePath());
    QDir().mkpath(QFileInfo(smallCopy).absolutePath());
    if (!makeWorkingCopy(settings.db, copy, report)) {
        report.printTable();
        return 1;
    }
    const QString label = QFileInfo(settings.db).fileName();
    startFigures(label, QString(), copy, settings.runs, report);
    if (!smallDb.isEmpty() && makeWorkingCopy(smallDb, smallCopy, report))
        startFigures(QFileInfo(smallDb).fileName(), QStringLiteral(".small"), smallCopy, settings.runs, report);
    trendsFigures(copy, settings.runs, report);
    searchCliFigures(copy, settings.runs, report);
    inProcessFigures(copy, settings.runs, report);

    report.printTable();
    return report.exitCode();
}
