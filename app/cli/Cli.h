#pragma once

#include "storage/Database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

namespace candor::cli {

// Exit codes shared by every command.
enum Exit { Ok = 0, Failed = 1, CannotOpen = 2, Usage = 64 };

class Text
{
    Q_DECLARE_TR_FUNCTIONS(CandorCli)
};

QTextStream &out();
// Prints "candor-cli: MESSAGE" as one line on stderr and returns the exit code.
int fail(const QString &message, int code = Failed);

// Parses a command's own arguments (args[0] is the command name) with the common --db option added; on a usage
// problem prints it and returns false with *exitCode set. `--help` prints the command's help and exits 0.
bool parse(QCommandLineParser &parser, const QStringList &args, const QString &usage, int *exitCode);

// Opens the database named by --db (or CANDOR_DB, or the default); on failure prints why and returns false.
bool openDatabase(Database &database, const QCommandLineParser &parser, int *exitCode,
                  Database::Options options = Database::Options());

int demo(const QStringList &args);
int teamCommand(const QStringList &args);
int memberCommand(const QStringList &args);
int list(const QStringList &args);
int postmortemCommand(const QStringList &args);
int check(const QStringList &args);
int surveyCommand(const QStringList &args);
int trendsCommand(const QStringList &args);

} // namespace candor::cli
