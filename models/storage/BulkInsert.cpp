#include "BulkInsert.h"

#include "SqlRows.h"
#include "SqlSupport.h"

#include <QSqlQuery>

#include <sqlite3.h>

namespace candor {

BulkInsert::BulkInsert(const QSqlDatabase &db, const QString &statement, Returns returns)
    : m_db(db)
{
    if (sqlite3 *handle = sql::sqliteHandle(db)) {
        const QByteArray text = statement.toUtf8();
        const int code = sqlite3_prepare_v2(handle, text.constData(), int(text.size()), &m_statement, nullptr);
        if (code != SQLITE_OK) {
            m_error = describe(code);
            sqlite3_finalize(m_statement);
            m_statement = nullptr;
        }
        return;
    }
    // lastval(), which QPSQL's lastInsertId() asks for, is wrong after a trigger inserted into another table.
    m_returnsId = returns == Returns::NewId;
    m_query = std::make_unique<QSqlQuery>(db);
    if (!m_query->prepare(m_returnsId ? statement + QStringLiteral(" RETURNING id") : statement))
        m_error = sql::describe(m_query->lastError());
}

BulkInsert::~BulkInsert()
{
    sqlite3_finalize(m_statement);
}

QString BulkInsert::describe(int code) const
{
    // The words sql::describe uses for QSqlError, for SQLite's own codes.
    switch (code & 0xff) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return sql::Text::tr("The database is busy: another program is writing to it. Try again in a moment.");
    case SQLITE_FULL:
        return sql::Text::tr("The disk is full. Free some space and try again.");
    case SQLITE_READONLY:
        return sql::Text::tr("The database file is read-only. Make it writable and try again.");
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        return sql::Text::tr("The database file is damaged. Restore it from a backup.");
    default:
        break;
    }
    sqlite3 *handle = sql::sqliteHandle(m_db);
    const QString message =
        handle ? QString::fromUtf8(sqlite3_errmsg(handle)) : QString::fromUtf8(sqlite3_errstr(code));
    return sql::Text::tr("The database reported an error: %1.").arg(message);
}

void BulkInsert::bind(int position, qint64 value)
{
    if (m_statement)
        sqlite3_bind_int64(m_statement, position + 1, value);
    else if (m_query)
        m_query->bindValue(position, value);
}

void BulkInsert::bind(int position, double value)
{
    if (m_statement)
        sqlite3_bind_double(m_statement, position + 1, value);
    else if (m_query)
        m_query->bindValue(position, value);
}

void BulkInsert::bind(int position, const QString &value)
{
    if (m_statement) {
        // The database is UTF-8; SQLite converts from UTF-16 while copying, cheaper than a QByteArray per value.
        sqlite3_bind_text16(m_statement, position + 1,
                            value.isNull() ? static_cast<const void *>(u"") : static_cast<const void *>(value.utf16()),
                            int(value.size() * sizeof(char16_t)), SQLITE_TRANSIENT);
    } else if (m_query) {
        m_query->bindValue(position, value.isNull() ? QStringLiteral("") : value);
    }
}

void BulkInsert::bindNull(int position)
{
    if (m_statement)
        sqlite3_bind_null(m_statement, position + 1);
    else if (m_query)
        m_query->bindValue(position, QVariant(QMetaType(QMetaType::LongLong)));
}

void BulkInsert::bindId(int position, qint64 id)
{
    if (id > 0)
        bind(position, id);
    else
        bindNull(position);
}

Status BulkInsert::exec()
{
    if (!isReady())
        return Status::failure(m_error);
    if (m_statement) {
        sqlite3 *handle = sqlite3_db_handle(m_statement);
        if (sqlite3_get_autocommit(handle))
            return Status::failure(tr("A bulk write ran outside a transaction; nothing was written. Start a write "
                                      "transaction first."));
        const int code = sqlite3_step(m_statement);
        // The message first (reset may replace it), then reset at once: a statement left stepped would keep its
        // read of the database open.
        const QString error = code == SQLITE_DONE || code == SQLITE_ROW ? QString() : describe(code);
        sqlite3_reset(m_statement);
        if (!error.isEmpty())
            return Status::failure(error);
        return {};
    }
    m_lastId = 0;
    if (!m_query->exec())
        return Status::failure(sql::describe(m_query->lastError()));
    if (m_returnsId) {
        m_lastId = m_query->next() ? m_query->value(0).toLongLong() : 0;
        m_query->finish();
    }
    return {};
}

qint64 BulkInsert::lastInsertId() const
{
    if (m_statement)
        return sqlite3_last_insert_rowid(sqlite3_db_handle(m_statement));
    return m_lastId;
}

StagingTable::StagingTable(const QSqlDatabase &db, const QString &table, const QStringList &columns,
                           const QString &orderBy)
    : m_db(db)
    , m_staging(table + QStringLiteral("_staging"))
{
    if (!sql::sqliteHandle(db)) {
        m_error = tr("Staged bulk writes work only on an SQLite database; write the rows with BulkInsert instead.");
        return;
    }
    // Untyped columns keep each value as bound; the target's column affinities apply when the rows move.
    const QString list = columns.join(QStringLiteral(", "));
    QSqlQuery create(db);
    if (!sql::run(create, QStringLiteral("CREATE TEMP TABLE %1 (%2)").arg(m_staging, list), {}, &m_error))
        return;
    QStringList placeholders;
    for (qsizetype i = 0; i < columns.size(); ++i)
        placeholders.append(QStringLiteral("?"));
    m_insert = std::make_unique<BulkInsert>(db, QStringLiteral("INSERT INTO temp.%1 (%2) VALUES (%3)")
                                                    .arg(m_staging, list, placeholders.join(QStringLiteral(", "))));
    m_move =
        std::make_unique<BulkInsert>(db, QStringLiteral("INSERT INTO main.%1 (%2) SELECT %2 FROM temp.%3 ORDER BY %4")
                                             .arg(table, list, m_staging, orderBy));
    m_clear = std::make_unique<BulkInsert>(db, QStringLiteral("DELETE FROM temp.%1").arg(m_staging));
    for (const BulkInsert *statement : {m_insert.get(), m_move.get(), m_clear.get()}) {
        if (!statement->isReady()) {
            m_error = statement->error();
            return;
        }
    }
}

StagingTable::~StagingTable()
{
    // The statements first: SQLite refuses to drop a table that a prepared statement still uses.
    m_insert.reset();
    m_move.reset();
    m_clear.reset();
    if (sql::sqliteHandle(m_db)) {
        QSqlQuery drop(m_db);
        drop.exec(QStringLiteral("DROP TABLE IF EXISTS temp.%1").arg(m_staging));
    }
}

Status StagingTable::add()
{
    if (!isReady())
        return Status::failure(m_error);
    if (const Status status = m_insert->exec(); !status)
        return status;
    ++m_staged;
    return {};
}

Status StagingTable::moveToTarget()
{
    if (!isReady())
        return Status::failure(m_error);
    if (m_staged == 0)
        return {};
    if (const Status status = m_move->exec(); !status)
        return status;
    if (const Status status = m_clear->exec(); !status)
        return status;
    m_staged = 0;
    return {};
}

} // namespace candor
