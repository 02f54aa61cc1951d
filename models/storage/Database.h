#pragma once

#include "domain/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

class QSqlError;

namespace candor {

// One open Candor database: a SQLite file with Candor's connection settings and schema, or (given a
// postgresql:// URL, see ConnectionSpec) a database on a shared PostgreSQL server with the same schema.
// Opening checks the file before anything is written to it, so a file that is not Candor's, is damaged or comes
// from a newer Candor is refused and left untouched: its bytes, its modification time, and no -wal, -shm or
// -journal file left beside it that was not there before. A file whose header shows it is not a database or was cut
// short is refused before SQLite opens it. One Database per thread (Qt connections are thread-bound).
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)
public:
    enum class Problem {
        None,
        CannotOpen,   // missing folder, a directory, unreadable, read-only, driver failure
        NotCandor,    // not a SQLite file (or its header is damaged), or another program's database
        Damaged,      // cut short, emptied, or quick_check failed
        NewerVersion, // written by a newer Candor
        MigrationFailed,
        Busy,          // another program kept it locked for longer than the busy timeout
        NoSpace,       // the disk is full, or the process's file size limit is reached
        NeedsPassword, // the server wants a password, or refused the one it was given
    };

    struct Options
    {
        bool migrate = true; // bring an older schema up to date
        // PRAGMA quick_check before anything else: a pass over the whole file (about 1.5 s for the large demo), so
        // commands that write ask for it and readers do not. A reader meets damage as an error on the pages it
        // reads; the GUI checks the whole file in the background (see verify()). A pending migration always checks.
        bool quickCheck = true;
        // Only reads: closing writes nothing to the file (no PRAGMA optimize).
        bool readOnly = false;
    };

    Database();
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // path: a SQLite file, or a postgresql:// URL (the password comes from PGPASSWORD or ~/.pgpass).
    Status open(const QString &path, Options options);
    Status open(const QString &path) { return open(path, Options()); }
    void close();
    // A server database's connection again, after it was lost (same connection name, so every repository goes on
    // using it); the schema is not checked again. Fails with the connection's message while the server is away.
    Status reconnect();

    bool isOpen() const { return m_open; }
    Problem problem() const { return m_problem; }
    QSqlDatabase connection() const;
    // The file's absolute path, or the server database's URL without password (which open() takes back).
    const QString &path() const { return m_path; }
    // Whether this is a database on a PostgreSQL server.
    bool isServer() const { return m_server; }
    int schemaVersion() const;

    // Full integrity_check and foreign_key_check; empty when healthy.
    QStringList integrityProblems() const;
    // PRAGMA quick_check on a connection of its own to the file at path, so it can run on any thread while another
    // connection works: empty when healthy, otherwise the translated message Database::open gives for a damaged file.
    static QString verify(const QString &path);

    // The password of the login a server URL names (its user, host and port: the same for every database of that
    // server) for the rest of this process: kept in memory only, never written anywhere, and used before libpq's
    // own PGPASSWORD and ~/.pgpass. An empty password forgets it.
    static void setServerPassword(const QString &location, const QString &password);

    static int latestSchemaVersion();
    static QString defaultPath();
    // The path to use: the command-line value if given, else CANDOR_DB, else the default (its folder is created).
    static QString resolvePath(const QString &commandLineValue);
    // How long a statement waits for another connection's lock before it fails as busy.
    static constexpr int busyTimeoutMs = 5000;
    // Identifies Candor's files (PRAGMA application_id): 'CNDR'.
    static constexpr qint32 applicationId = 0x434E4452;

private:
    Status fail(Problem problem, const QString &message);
    // A statement of the checks failed: a problem of its own when SQLite's error says why (busy, full, damaged),
    // otherwise `problem` with `message`.
    Status failWith(const QSqlError &error, Problem problem, const QString &message);
    Status openFile(Options options);
    Status openServer(const QString &location, Options options);
    Status checkFile(Problem *problem) const;
    Status checkHeader(Problem *problem) const;
    Status checkContent();
    Status quickCheck();
    Status configure();

    QString m_connectionName;
    QString m_path;
    bool m_open = false;
    bool m_configured = false; // set once checks passed: only then may closing write (PRAGMA optimize)
    bool m_readOnly = false;
    bool m_server = false;
    Problem m_problem = Problem::None;
};

} // namespace candor
