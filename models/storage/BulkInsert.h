#pragma once

#include "domain/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVariantList>

#include <memory>

class QSqlQuery;
struct sqlite3_stmt;

namespace candor {

// One INSERT (or UPDATE) statement run many times inside an open WriteTransaction: prepared once, values bound by
// position (0 for the first ?), exec() steps it and resets it for the next row. On SQLite it drives a sqlite3
// statement on the handle of Qt's connection: binding each value through QSqlQuery wraps it in a QVariant and
// costs more than the insert itself, which was most of the time of writing the large demo's two million survey
// answers. On any other driver (organisation mode on PostgreSQL) it falls back to a prepared QSqlQuery, so callers
// need no branch. Bound values stay bound until replaced, so a column that never changes is bound once.
//
//     BulkInsert insert(db, QStringLiteral("INSERT INTO learning (postmortem_id, kind, text) VALUES (?, ?, ?)"));
//     if (!insert.isReady()) return Status::failure(insert.error());
//     insert.bind(0, sessionId); insert.bind(1, 2); insert.bind(2, text);
//     if (const Status s = insert.exec(); !s) return s;
//
// Writes only inside a transaction: without one it refuses to run, so a bulk write never becomes a million small
// durable commits.
class BulkInsert
{
    Q_DECLARE_TR_FUNCTIONS(BulkInsert)
public:
    // Whether lastInsertId() is wanted: then an INSERT on the fallback reads the new id with RETURNING id (the
    // table must have an id column).
    enum class Returns { Nothing, NewId };

    BulkInsert(const QSqlDatabase &db, const QString &statement, Returns returns = Returns::Nothing);
    ~BulkInsert();
    BulkInsert(const BulkInsert &) = delete;
    BulkInsert &operator=(const BulkInsert &) = delete;

    // False when the statement could not be prepared; error() says why.
    bool isReady() const { return m_error.isEmpty(); }
    const QString &error() const { return m_error; }
    // True when it runs on the SQLite API, false on the QSqlQuery fallback.
    bool isNative() const { return m_statement != nullptr; }

    void bind(int position, qint64 value);
    void bind(int position, int value) { bind(position, qint64(value)); }
    void bind(int position, double value);
    void bind(int position, const QString &value); // a null QString binds as '' (text columns are NOT NULL)
    void bindNull(int position);
    // Id 0 means "none" in the domain types: binds NULL for it.
    void bindId(int position, qint64 id);

    // When exec() writes a batch by itself: once `rows` rows are pending, or only when flush() is called.
    enum class Flush { WhenFull, WhenAsked };
    // On the server, gathers the rows of an INSERT ... VALUES (...) and sends up to `rows` of them in one multi-row
    // INSERT (at most 65,535 values a statement) instead of one round trip each; nothing changes on SQLite, nor for
    // a statement that returns ids or is not such an INSERT. A batched row reaches the table only at the next
    // flush() (WhenFull: or once a batch is full): call flush() before the transaction commits and before anything
    // reads the rows. `parent`, when given, is flushed first, so rows that refer to its rows arrive after them.
    // Call it before binding the first value.
    void batch(int rows, BulkInsert *parent = nullptr, Flush when = Flush::WhenFull);
    // Writes the rows batched so far, `rows` a statement (nothing to do when none are, or not batching).
    Status flush();
    // Rows exec() has taken that flush() has not written yet.
    qsizetype pendingRows() const { return m_pendingRows; }

    // Runs the statement with the values bound now (batching: takes the row, see batch()); a failure (a constraint,
    // a full disk) comes back with the database's message and leaves the transaction for the caller to roll back.
    Status exec();
    // The id of the row the last exec() inserted; on the fallback only when constructed with Returns::NewId.
    qint64 lastInsertId() const;

private:
    QString describe(int code) const;
    void setValue(int position, const QVariant &value);
    Status send(qsizetype first, qsizetype rows);

    QSqlDatabase m_db;
    sqlite3_stmt *m_statement = nullptr;
    std::unique_ptr<QSqlQuery> m_query; // other drivers
    QString m_text;                     // the fallback's statement as given
    bool m_returnsId = false;           // the fallback's statement ends with RETURNING id
    qint64 m_lastId = 0;                // the id it returned
    QString m_error;
    // Batching on the fallback: the statement up to its row of values, that row, the values bound for the next row
    // and those of the rows taken, and a prepared statement for a full batch.
    QString m_head;
    QString m_tuple;
    int m_batchRows = 0;
    bool m_flushWhenFull = true;
    BulkInsert *m_parent = nullptr;
    QVariantList m_row;
    QVariantList m_pending;
    qsizetype m_pendingRows = 0;
    std::unique_ptr<QSqlQuery> m_full;
};

// Rows bound for a table that has full-text triggers, gathered in a TEMP table and moved into it with one INSERT ...
// SELECT. Every statement that fires a trigger writing to an FTS5 table opens a statement savepoint, and FTS5 writes
// out its pending index data at each one: inserting row by row writes one tiny index segment per row and then merges
// them, which made the large demo several times slower. Moved in one statement, the same triggers run for every row
// (they stay the only code that keeps the index) and the index is written in a few large segments. The TEMP table has
// the target's column names, no constraints and no triggers. Rows keep the ids the caller binds (e.g. for rows that
// refer to them; without, the target numbers them in the order they move), and the target's constraints are checked
// as they arrive. They move in the order they were staged, or in `orderBy` (an ORDER BY over the staged columns):
// give the order of the index rowids the triggers write, because FTS5 also writes out its pending data whenever a
// rowid is smaller than the one before it, which in a random order is nearly every row.
//
//     StagingTable events(db, QStringLiteral("timeline_event"), {"id", "postmortem_id", "at", "kind", "text"});
//     if (!events.isReady()) return Status::failure(events.error());
//     events.row().bind(0, id); ...; if (const Status s = events.add(); !s) return s;
//     if (const Status s = events.moveToTarget(); !s) return s; // also empties the staging table
//
// Use it inside the WriteTransaction of the rows; the destructor drops the TEMP table. On a server (PostgreSQL, which
// has no FTS5 triggers) there is no staging table: the rows are kept in memory and moveToTarget() inserts them straight
// into the target, many a statement (BulkInsert::batch), in the order they were added; `orderBy` is not used.
class StagingTable
{
    Q_DECLARE_TR_FUNCTIONS(StagingTable)
public:
    StagingTable(const QSqlDatabase &db, const QString &table, const QStringList &columns,
                 const QString &orderBy = QStringLiteral("rowid"));
    ~StagingTable();
    StagingTable(const StagingTable &) = delete;
    StagingTable &operator=(const StagingTable &) = delete;

    bool isReady() const { return m_error.isEmpty(); }
    const QString &error() const { return m_error; }

    // The next row's values: the columns in the order given to the constructor, bound by position.
    BulkInsert &row() { return *m_insert; }
    // Stages the row bound now.
    Status add();
    // The rows staged since the last move.
    qint64 stagedRows() const { return m_staged; }
    // Moves the staged rows into the target table in one statement (its triggers fire for each) and empties the
    // staging table for the next rows.
    Status moveToTarget();

private:
    QSqlDatabase m_db;
    QString m_staging; // the TEMP table's name
    std::unique_ptr<BulkInsert> m_insert;
    std::unique_ptr<BulkInsert> m_move;
    std::unique_ptr<BulkInsert> m_clear;
    qint64 m_staged = 0;
    QString m_error;
};

} // namespace candor
