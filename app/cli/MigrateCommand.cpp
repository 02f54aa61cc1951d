// migrate --from FILE.sqlite --to postgresql://…: copies a local Candor database into an empty database on a shared
// PostgreSQL server.
//
// The copy goes through the JSON export and import (DataTransfer): the export reads one snapshot of the file, the
// import checks everything first and writes it in one transaction, into an empty database only. Afterwards every
// table of the file is counted on both sides; any difference fails the command. The file itself is never changed: a
// file from an older Candor is updated in a temporary copy, not in place.
#include "Cli.h"

#include "storage/Backup.h"
#include "storage/ConnectionSpec.h"
#include "storage/DataTransfer.h"
#include "storage/TableCounts.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QTemporaryDir>

namespace candor::cli {

namespace {

QString shown(const QString &path)
{
    return QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
}

// The tables that hold the file's data, said in the command's words on failure.
Result<QStringList> dataTables(const Database &source)
{
    const Result<QStringList> tables = TableCounts::dataTables(source);
    if (!tables)
        return Result<QStringList>::failure(
            Text::tr("Cannot list the tables of “%1”: %2").arg(shown(source.path()), tables.error()));
    return tables;
}

// count(*) of each table, in the order given, said in the command's words on failure.
Result<QList<qint64>> rowCounts(const Database &database, const QStringList &tables)
{
    QString table;
    const Result<QList<qint64>> counts = TableCounts::rowCounts(database, tables, &table);
    if (!counts)
        return Result<QList<qint64>>::failure(
            Text::tr("Cannot count the rows of table %1 in %2: %3")
                .arg(table, database.isServer() ? database.path() : shown(database.path()), counts.error()));
    return counts;
}

} // namespace

int migrateCommand(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("from"), Text::tr("The Candor database file to copy (it is not changed)."),
                      QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("to"),
                      Text::tr("The empty PostgreSQL database to copy into, as postgresql://USER@HOST:PORT/NAME. The "
                               "password comes from PGPASSWORD or ~/.pgpass, or is asked for at a terminal; never put "
                               "it in the URL."),
                      QStringLiteral("URL")});
    int code = Ok;
    if (!parse(parser, args,
               Text::tr("Copy a Candor database file into an empty database on a shared PostgreSQL server: teams, "
                        "members, incidents, postmortems and retros with everything recorded in them, survey "
                        "instruments, waves, their anonymous responses and comments, with their ids. The copy is "
                        "written in one transaction, then the rows of every table are counted on both sides; any "
                        "difference is exit code 1. The file is not changed; one from an older Candor is updated in a "
                        "temporary copy."),
               &code, DatabaseOption::NotOffered))
        return code;
    if (!parser.positionalArguments().isEmpty())
        return fail(Text::tr("migrate takes no arguments; name the database file with --from and the server with "
                             "--to. Run: candor-cli migrate --help"),
                    Usage);
    if (parser.isSet(QStringLiteral("db")))
        return fail(Text::tr("migrate does not take --db: name the database file with --from FILE and the server "
                             "with --to URL."),
                    Usage);
    const QString from = parser.value(QStringLiteral("from"));
    const QString to = parser.value(QStringLiteral("to")).trimmed();
    if (from.isEmpty() || to.isEmpty())
        return fail(Text::tr("migrate needs both --from and --to: candor-cli migrate --from FILE.sqlite --to "
                             "postgresql://USER@HOST:PORT/NAME"),
                    Usage);
    if (ConnectionSpec::isServerLocation(from))
        // Not repeated: the URL may hold a password.
        return fail(Text::tr("--from takes the path of a Candor database file, not a server URL. Give the file with "
                             "--from and the server with --to."),
                    Usage);
    if (!ConnectionSpec::isServerLocation(to)) {
        // By the names alone: nothing is read before the command line is found right.
        if (QFileInfo(to).absoluteFilePath() == QFileInfo(from).absoluteFilePath())
            return fail(Text::tr("“%1” is given as both --from and --to. Give the server database to copy into with "
                                 "--to postgresql://USER@HOST:PORT/NAME.")
                            .arg(from),
                        Usage);
        return fail(Text::tr("--to takes the URL of a PostgreSQL database, such as "
                             "postgresql://USER@HOST:5432/NAME, not “%1”. To copy a database file, use: candor-cli "
                             "backup FILE")
                        .arg(to),
                    Usage);
    }
    // A password in the URL, a bad port, an unknown option: said before anything is opened.
    if (const Result<ConnectionSpec> spec = ConnectionSpec::parse(to); !spec)
        return fail(spec.error(), Usage);
    if (stopBeforeFiles(&code))
        return code;

    // The source: an existing Candor file, opened for reading with the usual checks (quick_check included).
    const QFileInfo fromInfo(from);
    if (!fromInfo.exists())
        return fail(Text::tr("There is no database file at “%1”. Give the Candor database to copy with --from FILE.")
                        .arg(shown(from)),
                    CannotOpen);
    if (fromInfo.isFile() && fromInfo.size() == 0)
        return fail(Text::tr("“%1” is empty, not a Candor database. Give the Candor database to copy with --from FILE.")
                        .arg(shown(from)),
                    CannotOpen);
    Database source;
    Database::Options sourceOptions;
    sourceOptions.migrate = false;
    sourceOptions.readOnly = true;
    if (const Status opened = source.open(from, sourceOptions); !opened)
        return fail(opened.error(), CannotOpen);
    if (source.schemaVersion() < 1)
        return fail(
            Text::tr("“%1” holds no Candor data. Give the Candor database to copy with --from FILE.").arg(shown(from)),
            CannotOpen);

    // A file from an older Candor: copied (SQLite's backup API reads one committed state) into a temporary folder and
    // updated there, as Candor would update it on opening; the file itself stays as it is.
    QTemporaryDir updateFolder;
    Database updated;
    const Database *reading = &source;
    if (source.schemaVersion() < Database::latestSchemaVersion()) {
        if (!updateFolder.isValid())
            return fail(Text::tr("Cannot create a temporary folder to update a copy of “%1”: %2")
                            .arg(shown(from), updateFolder.errorString()));
        const QString copy = updateFolder.filePath(QStringLiteral("source.sqlite"));
        if (const Status taken = Backup::take(source, copy); !taken)
            return fail(Text::tr("Cannot copy “%1” to update it: %2").arg(shown(from), taken.error()));
        if (const Status opened = updated.open(copy); !opened)
            return fail(Text::tr("Cannot bring a copy of “%1” from schema version %2 to %3: %4")
                            .arg(shown(from))
                            .arg(source.schemaVersion())
                            .arg(Database::latestSchemaVersion())
                            .arg(opened.error()));
        reading = &updated;
    }
    const Result<QStringList> tables = dataTables(*reading);
    if (!tables)
        return fail(tables.error());

    // The target: opened as every command opens a server database (its schema is created or brought up to date).
    Database target;
    if (!openDatabaseAt(target, to, &code))
        return code;
    const Result<bool> holds = DataTransfer::holdsData(target);
    if (!holds)
        return fail(holds.error());
    if (*holds)
        return fail(Text::tr("%1 already holds data; migrate copies into an empty database only. Create a new database "
                             "on the server (CREATE DATABASE name) and give its URL with --to.")
                        .arg(target.path()));

    // Counted before and after the export: a difference means Candor changed the file meanwhile, and nothing has
    // been written yet.
    const Result<QList<qint64>> before = rowCounts(*reading, *tables);
    if (!before)
        return fail(before.error());
    Result<QByteArray> json = DataTransfer::exportJson(*reading);
    if (!json)
        return fail(json.error());
    if (const Result<QList<qint64>> after = rowCounts(*reading, *tables); !after || *after != *before)
        return fail(after ? Text::tr("“%1” changed while it was read. Quit Candor (or anything else writing to the "
                                     "file) and run migrate again; nothing was copied.")
                                .arg(shown(from))
                          : after.error());
    source.close();
    updated.close();

    const Result<DataTransfer::Counts> copied = DataTransfer::importJson(target, std::move(json.value()));
    if (!copied)
        return fail(copied.error());
    // Fresh statistics for the planner, so the first lists and searches are fast.
    TableCounts::analyze(target);

    const Result<QList<qint64>> written = rowCounts(target, *tables);
    if (!written)
        return fail(Text::tr("The data was copied, but it could not be checked: %1").arg(written.error()));
    const QLocale locale;
    for (qsizetype i = 0; i < tables->size(); ++i) {
        if (written->at(i) != before->at(i))
            return fail(Text::tr("The copy is not complete: table %1 holds %2 rows in “%3” but %4 in %5. Drop that "
                                 "database and create it again before you run migrate again.")
                            .arg(tables->at(i), locale.toString(before->at(i)), shown(from),
                                 locale.toString(written->at(i)), target.path()));
    }

    out() << Text::tr("Copied “%1” to %2.").arg(shown(from), target.path()) << Qt::endl;
    // Labels before the numbers (as import prints them): one line without plural forms to get wrong.
    out() << Text::tr("Teams: %1, members: %2, incidents: %3, postmortems and retros: %4, survey instruments: %5, "
                      "survey waves: %6, responses: %7, comments: %8.")
                 .arg(locale.toString(copied->teams), locale.toString(copied->members),
                      locale.toString(copied->incidents), locale.toString(copied->sessions),
                      locale.toString(copied->instruments), locale.toString(copied->waves),
                      locale.toString(copied->responses), locale.toString(copied->comments))
          << Qt::endl;
    out() << Text::tr("Checked: each of the %Ln tables holds the same number of rows on both sides.", nullptr,
                      int(tables->size()))
          << Qt::endl;
    return Ok;
}

} // namespace candor::cli
