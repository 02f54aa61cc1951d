#pragma once

#include "storage/Database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

namespace candor::cli {

// Exit codes shared by every command.
enum Exit { Ok = 0, Failed = 1, CannotOpen = 2, Usage = 64 };

// What run() does with a command line.
enum class Mode {
    Run, // everything the command line asks
    // Every command parses and checks its arguments as it would, then stops (exit code Ok) at the point where it
    // would first open, read, write or create a file or folder: the database, an input file, a backup, -o FILE.
    // Messages and help are made but not printed. For the command-line fuzzer (tests/fuzz/fuzz_cli.cpp), which must
    // never touch the file system.
    ParseOnly,
};

class Text
{
    Q_DECLARE_TR_FUNCTIONS(CandorCli)
};

QTextStream &out();
// Prints "candor-cli: MESSAGE" as one line on stderr and returns the exit code.
int fail(const QString &message, int code = Failed);

// Whether a command works on the database --db names; one that does not (migrate) still parses --db, to say what
// to use instead, but its help does not offer it.
enum class DatabaseOption { Offered, NotOffered };

// Parses a command's own arguments (args[0] is the command name) with the common --db option added; on a usage
// problem prints it and returns false with *exitCode set. `--help` prints the command's help and exits 0.
bool parse(QCommandLineParser &parser, const QStringList &args, const QString &usage, int *exitCode,
           DatabaseOption database = DatabaseOption::Offered);

// What a command reads on a shared server: the tables, or only the HR views of survey trends (trends,
// insights-report), which is all an HR login may read (docs/postgresql.md).
enum class Needs { Tables, Insights };

// Opens the database named by --db (or CANDOR_DB, or the default); on failure prints why and returns false. On a
// server, a login without the privileges the command needs is refused in one line that says what it may do.
bool openDatabase(Database &database, const QCommandLineParser &parser, int *exitCode,
                  Database::Options options = Database::Options(), Needs needs = Needs::Tables);

// The same for a database given otherwise than by --db: a file's path or a postgresql:// URL.
bool openDatabaseAt(Database &database, const QString &path, int *exitCode,
                    Database::Options options = Database::Options(), Needs needs = Needs::Tables);

// For commands that only read: no whole-file check first (damage shows as an error on the pages read) and nothing
// written on close, so a read stays fast on a large database.
Database::Options readingOptions();

// Aligned columns for people at a terminal: the first line is the header; every column but the last is padded.
QString alignedTable(const QList<QStringList> &lines);
// A cell of such a table on one line, cut with an ellipsis past 48 characters.
QString tableCell(const QString &text);

// Adds -o/--output FILE to a command's parser.
void addOutputOption(QCommandLineParser &parser);
// Writes bytes to the -o file (complete or not at all, through SaveFile) or, without -o, to standard output. On a
// failed write prints why and returns false with *exitCode set.
bool writeOutput(const QCommandLineParser &parser, const QByteArray &bytes, int *exitCode);

// The whole of candor-cli after the application object exists: arguments are the command line without the program
// name (global options, the command, its arguments). Prints what the command prints and returns the exit code.
int run(const QStringList &arguments, Mode mode = Mode::Run);

// In Mode::ParseOnly: returns true with *exitCode set to Ok, and the command returns at once. Called where a command
// would first touch a file (openDatabase() and writeOutput() call it themselves); false in Mode::Run.
bool stopBeforeFiles(int *exitCode);

int demo(const QStringList &args);
int teamCommand(const QStringList &args);
int memberCommand(const QStringList &args);
int list(const QStringList &args);
int postmortemCommand(const QStringList &args);
int check(const QStringList &args);
int surveyCommand(const QStringList &args);
int trendsCommand(const QStringList &args);
int searchCommand(const QStringList &args);
int report(const QStringList &args);
int insightsReport(const QStringList &args);
int exportCommand(const QStringList &args);
int importCommand(const QStringList &args);
int backupCommand(const QStringList &args);
int restoreCommand(const QStringList &args);
int migrateCommand(const QStringList &args);

} // namespace candor::cli
