// backup FILE and restore FILE.
//
// backup copies the database with SQLite's online backup API: one committed state, safe while Candor or another
// candor-cli is writing (they go on writing; the copy is what was committed when it started).
//
// restore refuses while anyone else has the database open (a running Candor, another candor-cli): it takes the
// database's lock exclusively first, which every other open connection prevents. Replacing the content underneath a
// running Candor would leave its window showing, and its drafts writing back, the data from before. To restore the
// database Candor has open, use File > Restore backup… there, or quit Candor first.
//
// The daily backup is not taken here: it belongs to the desktop application's start, not to every command a script
// runs.
#include "Cli.h"

#include "storage/Backup.h"
#include "storage/ConnectionSpec.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>

namespace candor::cli {

namespace {

QString shown(const QString &path)
{
    return QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
}

} // namespace

int backupCommand(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("FILE"), Text::tr("The backup file to write (replaced if it exists)."));
    int code = Ok;
    if (!parse(parser, args,
               Text::tr("Write a consistent copy of the database to FILE, safe while Candor is writing to it. FILE "
                        "is complete or not written at all."),
               &code))
        return code;
    if (parser.positionalArguments().size() != 1)
        return fail(Text::tr("backup takes one file name. Run: candor-cli backup --help"), Usage);
    const QString target = parser.positionalArguments().constFirst();
    // The fuzzer's parse-only runs stop here: resolvePath() may create the default database's folder.
    if (stopBeforeFiles(&code))
        return code;

    // A backup of a database that is not there would create an empty one first.
    const QString path = Database::resolvePath(parser.value(QStringLiteral("db")));
    if (!ConnectionSpec::isServerLocation(path) && !QFileInfo::exists(path))
        return fail(
            Text::tr("There is no database at “%1”. Give the database to back up with --db PATH.").arg(shown(path)),
            CannotOpen);
    // The file as it is: an older schema is copied as it is, not updated first.
    Database database;
    Database::Options options;
    options.migrate = false;
    if (!openDatabase(database, parser, &code, options))
        return code;
    if (const Status taken = Backup::take(database, target); !taken)
        return fail(taken.error());
    out() << Text::tr("Backed up “%1” to “%2” (%3).")
                 .arg(shown(database.path()), shown(target), QLocale().formattedDataSize(QFileInfo(target).size()))
          << Qt::endl;
    return Ok;
}

int restoreCommand(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("FILE"), Text::tr("The backup to restore."));
    int code = Ok;
    if (!parse(parser, args,
               Text::tr("Replace the database with a backup. The backup is checked first (a Candor database, intact, "
                        "not from a newer Candor); the replaced database is kept in the backups folder beside it. "
                        "Refused while Candor or another command has the database open."),
               &code))
        return code;
    if (parser.positionalArguments().size() != 1)
        return fail(Text::tr("restore takes one backup file. Run: candor-cli restore --help"), Usage);
    const QString backupFile = parser.positionalArguments().constFirst();
    // The fuzzer's parse-only runs stop here, before the backup is read.
    if (stopBeforeFiles(&code))
        return code;

    // A bad backup is refused before the database is even opened.
    const QString path = Database::resolvePath(parser.value(QStringLiteral("db")));
    if (QFileInfo(backupFile).exists() && QFileInfo(path).exists() &&
        QFileInfo(backupFile).canonicalFilePath() == QFileInfo(path).canonicalFilePath())
        return fail(Text::tr("“%1” is the database itself. Give the backup to restore.").arg(shown(backupFile)));
    const Result<Backup::Info> info = Backup::verify(backupFile);
    if (!info)
        return fail(info.error());

    // Opened as it is: a damaged database is what a backup is restored over, and an older one needs no update
    // before it is replaced.
    Database database;
    Database::Options options;
    options.migrate = false;
    options.quickCheck = false;
    if (!openDatabase(database, parser, &code, options))
        return code;
    const Result<QString> kept = Backup::restore(database, backupFile);
    if (!kept)
        return fail(kept.error());
    database.close();

    // Opening it as Candor does brings an older backup's schema up to date (with a backup before the update).
    if (const Status reopened = database.open(path); !reopened) {
        return fail(kept->isEmpty()
                        ? Text::tr("Restored “%1”, but the database cannot be opened: %2")
                              .arg(shown(backupFile), reopened.error())
                        : Text::tr("Restored “%1”, but the database cannot be opened: %2 The replaced database is "
                                   "in “%3”.")
                              .arg(shown(backupFile), reopened.error(), shown(*kept)),
                    CannotOpen);
    }
    out() << Text::tr("Restored “%1” into “%2”.").arg(shown(backupFile), shown(path)) << Qt::endl;
    if (!kept->isEmpty())
        out() << Text::tr("The replaced database is kept as “%1”.").arg(shown(*kept)) << Qt::endl;
    if (info->schemaVersion < Database::latestSchemaVersion())
        out() << Text::tr("The backup had schema version %1; it was updated to %2 (the backups folder holds a copy "
                          "from before the update).")
                     .arg(info->schemaVersion)
                     .arg(Database::latestSchemaVersion())
              << Qt::endl;
    return Ok;
}

} // namespace candor::cli
