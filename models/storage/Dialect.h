#pragma once

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>

namespace candor {

// Where Candor's SQL differs between its two backends: the embedded SQLite file and a shared PostgreSQL server
// (Qt's QPSQL driver). Everything that has to be written differently lives here, so the repositories keep one
// statement each and the schema is written once, in SQLite's words (see Migrations.cpp), and translated for the
// server. Internal to models/storage.
class Dialect
{
public:
    enum class Backend { SQLite, PostgreSQL };

    static Backend of(const QSqlDatabase &db);
    static bool isServer(const QSqlDatabase &db) { return of(db) == Backend::PostgreSQL; }

    // Starts a write transaction. SQLite takes the write lock at once (BEGIN IMMEDIATE), so a read-then-write never
    // fails half way with a stale snapshot; PostgreSQL locks rows as they are written (READ COMMITTED).
    static QString beginWrite(Backend backend);

    // An expression compared and sorted without regard to ASCII letter case: SQLite's `x COLLATE NOCASE`; on the
    // server `lower(x)`, which on "C" text folds ASCII only, exactly as NOCASE does, so both sort alike.
    static QString folded(Backend backend, const QString &expression);
    static QString folded(const QSqlDatabase &db, const QString &expression) { return folded(of(db), expression); }

    // Prepares a query for a long read. On SQLite forward-only (rows are not kept). On the server the whole result
    // comes at once: a forward-only QPSQL query loses its remaining rows when another statement runs on the same
    // connection before it has been read to the end, so loops that query inside may use it safely on both.
    static void prepareForReading(QSqlQuery &query, const QSqlDatabase &db);

    // Runs a statement only SQLite has: a PRAGMA that tunes the connection for bulk writes (cache_size,
    // synchronous). The server owns such settings, so there it does nothing. False with *error set when it failed.
    static bool tuneSqlite(const QSqlDatabase &db, const QString &pragma, QString *error = nullptr);

    // Inside a write transaction that writes rows in bulk (an import, the demo): on a server, mutes the per-row
    // change notifications for this transaction and sends one "reload" at commit instead (ChangeFeed), so other
    // desktops read everything again once rather than follow thousands of rows. Nothing on SQLite.
    static bool announceBulkWrite(const QSqlDatabase &db, QString *error = nullptr);

    // After rows were written with the ids Candor gave them (the demo, an import): moves the sequence of every
    // identity column past the largest id in its table, so the next row the server numbers gets a free id. SQLite
    // numbers from the table itself: nothing to do there. False with *error set when a statement failed.
    static bool syncIdentities(const QSqlDatabase &db, QString *error);

    // A schema statement for the backend. On SQLite: as written. On PostgreSQL: 64-bit integers, identity ids,
    // double precision, byte-order text ("C" collation sorts and compares as SQLite does), no WITHOUT ROWID, and
    // lower() for COLLATE NOCASE in indexes (ASCII-only folding on "C", as NOCASE). Empty when the statement exists
    // only on SQLite (the FTS5 search table and the triggers that fill it).
    static QString schemaStatement(Backend backend, const QString &sqliteStatement);

    // The database's schema version: SQLite's user_version, the server's candor_meta row; 0 for an empty database,
    // -1 when it cannot be read.
    static int schemaVersion(const QSqlDatabase &db);
    // These two set *error to the failed statement's error (its type is NoError otherwise).
    // How many tables, indexes and other objects the database (the server's current schema) holds.
    static int objectCount(const QSqlDatabase &db, QSqlError *error);
    // Candor's mark ('CNDR'): SQLite's application_id; on the server, the candor_meta row. 0 when unmarked.
    static qint32 applicationMark(const QSqlDatabase &db, QSqlError *error);

    // Inside a write transaction of a database at version 0: marks it as Candor's.
    static bool markAsCandor(const QSqlDatabase &db, qint32 applicationId, QString *error);
    // Inside the migration's write transaction: records the version reached.
    static bool setSchemaVersion(const QSqlDatabase &db, int version, QString *error);
    // Inside a write transaction: waits until no other desktop is migrating the same server database (an advisory
    // lock held to the end of the transaction). Nothing to do on SQLite, whose write lock covers the whole file.
    static bool lockForMigration(const QSqlDatabase &db, QString *error);
};

} // namespace candor
