#pragma once

#include "domain/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace candor {

class Database;

// Backups of a Candor database, taken with SQLite's online backup API on the open connection: a consistent copy of
// one committed state, safe while another connection (the GUI, the CLI) is writing. The live file is never copied
// and its -wal and -shm files are never touched.
//
// Candor's own backups live in the "backups" folder beside the database file (for the default database that is
// the data folder), named after the database, the kind and the UTC time: candor-daily-20240301T091500Z.sqlite,
// candor-before-update-from-v3-….sqlite, candor-before-restore-….sqlite.
class Backup
{
    Q_DECLARE_TR_FUNCTIONS(Backup)
public:
    enum class Kind {
        Daily,         // the first start of a day; the last keptDailies are kept
        BeforeUpdate,  // taken before a migration to a newer schema
        BeforeRestore, // the database a restore replaced
        Other,         // any other database file in the backups folder (a copy someone put there)
    };

    // A backup file in the backups folder.
    struct Entry
    {
        QString path;
        Kind kind = Kind::Other;
        QDateTime taken;     // UTC; from the name for Candor's own backups, the modification time for others
        int fromVersion = 0; // BeforeUpdate: the schema version the database had
        qint64 size = 0;     // bytes
    };

    // What verify() found in a good backup.
    struct Info
    {
        int schemaVersion = 0;
    };

    static constexpr int keptDailies = 7;

    // The backups folder of the database at databasePath.
    static QString folder(const QString &databasePath);

    // Copies the open database into target, replacing target only once the copy is complete, checked and on disk.
    // On any failure target is untouched and nothing is left beside it.
    static Status take(const Database &database, const QString &target);

    // Checks a backup file without changing it: opened read-only, Candor's (application_id), integrity_check ok,
    // a schema version this Candor knows.
    static Result<Info> verify(const QString &file);

    // Replaces the content of the open database with the backup file: verifies it, keeps the current database as a
    // BeforeRestore backup, then copies the backup in with the backup API (the database keeps its WAL mode, so its
    // -wal and -shm files stay consistent). Refused while any other connection has the database open: nothing would
    // tell that connection its data changed underneath it. Returns the path of the kept backup (empty when the
    // database held no Candor data to keep). The caller then closes and reopens the database, which brings an
    // older backup's schema up to date (with its BeforeUpdate backup).
    static Result<QString> restore(Database &database, const QString &backupFile,
                                   const QDateTime &now = QDateTime::currentDateTimeUtc());

    // The daily backup: at most one per (local) day; keeps the last keptDailies dailies and never deletes any other
    // file. Returns the new backup's path, or an empty string when today's exists already.
    static Result<QString> takeDaily(const Database &database, const QDateTime &now = QDateTime::currentDateTimeUtc());

    // The backup taken before a migration, named with the schema version it came from.
    static Result<QString> takeBeforeUpdate(const Database &database, int fromVersion,
                                            const QDateTime &now = QDateTime::currentDateTimeUtc());

    // The database files in the backups folder of the database at databasePath, newest first.
    static QList<Entry> list(const QString &databasePath);

private:
    // A backup named for its kind and time in the backups folder. checkCopy = false keeps whatever the database
    // holds, damaged or not: for the database a restore replaces, which may be replaced because it is damaged.
    static Result<QString> takeInFolder(const Database &database, const QString &kindTag, const QDateTime &now,
                                        bool checkCopy = true);
};

} // namespace candor
