#pragma once

#include "storage/Backup.h"
#include "storage/Database.h"

#include <QDateTime>
#include <QDialog>

#include <optional>

namespace candor {

// At start, when Candor cannot open its database because the file is damaged (cut short, emptied, no database any
// more, or failing its integrity check) and Candor has a good backup of it: says what is wrong and which backup
// Candor would go back to (its kind, when it was taken, its size), and offers Restore or Quit. Restore keeps the
// damaged file beside the database under a new name (it is never deleted, nor are its -wal and -shm), puts the
// backup in its place and opens the database on it; the window then starts on the restored data.
class OpenFailureDialog : public QDialog
{
    Q_OBJECT
public:
    // The backup to offer for the database at databasePath that failed to open with `problem`: the newest of
    // Candor's own backups of it (Backup::list) that Backup::verify accepts. None for problems a backup does not mend
    // (a folder, a newer Candor, a lock, a full disk, a read-only file) and when there is no good backup.
    static std::optional<Backup::Entry> backupToOffer(const QString &databasePath, Database::Problem problem);

    // What app/main.cpp does when its database did not open: this dialog, modal, when there is a backup to offer;
    // otherwise the message alone. True when `database` is open on the restored backup; *keptAside is then where the
    // damaged file is.
    static bool offerRestore(Database &database, const QString &databasePath, const QString &problem,
                             Database::Options options, QString *keptAside);

    // At start, when the shared database remembered in the settings (no --db given) cannot be opened: says why and
    // offers to try again, to open the local database instead (which forgets the shared one at start; File >
    // Connect to a shared database… is filled in with it again), or to quit.
    enum class ServerChoice { TryAgain, OpenLocal, Quit };
    static ServerChoice offerLocal(const QString &server, const QString &problem, QWidget *parent = nullptr);

    // database: the one that failed to open (problem: its message); on Restore it is opened on the restored backup
    // with `options`.
    OpenFailureDialog(Database &database, const QString &databasePath, const QString &problem,
                      const Backup::Entry &backup, Database::Options options, QWidget *parent = nullptr,
                      const QDateTime &now = QDateTime::currentDateTimeUtc());

    // Where the damaged file is kept (after Restore) or will be (before).
    const QString &keptAside() const { return m_keptAside; }

private:
    void restore();
    Status restoreBackup();

    Database &m_database;
    QString m_path;
    Backup::Entry m_backup;
    Database::Options m_options;
    QString m_keptAside;
};

} // namespace candor
