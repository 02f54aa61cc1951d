#include "BulkInsert.h"

#include "SqlRows.h"
#include "SqlSupport.h"

#include <QRegularExpression>
#include <QSqlQuery>

#include <algorithm>

#include <sqlite3.h>

namespace candor {

namespace {
// Rows a statement when StagingTable writes to a server.
constexpr int ServerRowsPerStatement = 1000;
} // namespace

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
    m_text = statement;
    m_query = std::make_unique<QSqlQuery>(db);
    if (!m_query->prepare(m_returnsId ? statement + QStringLiteral(" RETURNING id") : statement))
        m_error = sql::describe(m_query->lastError());
}

BulkInsert::~BulkInsert()
{
    if (m_pendingRows > 0)
        qWarning("BulkInsert: %lld batched rows were never written (flush() was not called)", qint64(m_pendingRows));
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

void BulkInsert::setValue(int position, const QVariant &value)
{
    if (m_batchRows > 0) {
        if (position >= 0 && position < m_row.size())
            m_row[position] = value;
    } else if (m_query) {
        m_query->bindValue(position, value);
    }
}

void BulkInsert::bind(int position, qint64 value)
{
    if (m_statement)
        sqlite3_bind_int64(m_statement, position + 1, value);
    else
        setValue(position, value);
}

void BulkInsert::bind(int position, double value)
{
    if (m_statement)
        sqlite3_bind_double(m_statement, position + 1, value);
    else
        setValue(position, value);
}

void BulkInsert::bind(int position, const QString &value)
{
    if (m_statement) {
        // The database is UTF-8; SQLite converts from UTF-16 while copying, cheaper than a QByteArray per value.
        sqlite3_bind_text16(m_statement, position + 1,
                            value.isNull() ? static_cast<const void *>(u"") : static_cast<const void *>(value.utf16()),
                            int(value.size() * sizeof(char16_t)), SQLITE_TRANSIENT);
    } else {
        setValue(position, value.isNull() ? QStringLiteral("") : value);
    }
}

void BulkInsert::bindNull(int position)
{
    if (m_statement)
        sqlite3_bind_null(m_statement, position + 1);
    else
        setValue(position, QVariant(QMetaType(QMetaType::LongLong)));
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
    if (m_batchRows > 0) {
        m_pending.append(m_row);
        if (++m_pendingRows >= m_batchRows && m_flushWhenFull)
            return flush();
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

void BulkInsert::batch(int rows, BulkInsert *parent, Flush when)
{
    m_parent = parent;
    m_flushWhenFull = when == Flush::WhenFull;
    if (m_statement || !m_query || m_returnsId || !isReady() || rows < 2 || m_pendingRows > 0)
        return;
    // INSERT INTO t (a, b) VALUES (?, ?, 0): the row of values is the statement's end.
    static const QRegularExpression values(QStringLiteral("^(\\s*INSERT\\s.*\\bVALUES\\s*)(\\([^()]*\\))\\s*$"),
                                           QRegularExpression::CaseInsensitiveOption |
                                               QRegularExpression::DotMatchesEverythingOption);
    const QRegularExpressionMatch match = values.match(m_text);
    if (!match.hasMatch())
        return;
    const int placeholders = int(match.captured(2).count(QLatin1Char('?')));
    if (placeholders == 0)
        return;
    // PostgreSQL numbers parameters with 16 bits.
    constexpr int maximumValues = 65535;
    m_head = match.captured(1);
    m_tuple = match.captured(2);
    m_batchRows = std::min(rows, maximumValues / placeholders);
    m_row = QVariantList(placeholders);
    m_full.reset();
}

Status BulkInsert::flush()
{
    if (m_parent) {
        if (const Status status = m_parent->flush(); !status)
            return status;
    }
    Status status;
    for (qsizetype first = 0; first < m_pendingRows && status; first += m_batchRows)
        status = send(first, std::min(qsizetype(m_batchRows), m_pendingRows - first));
    m_pending.clear();
    m_pendingRows = 0;
    return status;
}

Status BulkInsert::send(qsizetype first, qsizetype rows)
{
    const auto statementFor = [this](qsizetype count) {
        QString text = m_head;
        text.reserve(m_head.size() + count * (m_tuple.size() + 2));
        for (qsizetype i = 0; i < count; ++i) {
            if (i > 0)
                text += QStringLiteral(", ");
            text += m_tuple;
        }
        return text;
    };
    // A full batch's statement is prepared once; the last, shorter one is prepared for itself.
    std::unique_ptr<QSqlQuery> once;
    QSqlQuery *query = nullptr;
    if (rows == m_batchRows) {
        if (!m_full) {
            m_full = std::make_unique<QSqlQuery>(m_db);
            if (!m_full->prepare(statementFor(rows))) {
                const QString error = sql::describe(m_full->lastError());
                m_full.reset();
                return Status::failure(error);
            }
        }
        query = m_full.get();
    } else {
        once = std::make_unique<QSqlQuery>(m_db);
        if (!once->prepare(statementFor(rows)))
            return Status::failure(sql::describe(once->lastError()));
        query = once.get();
    }
    const qsizetype values = rows * m_row.size();
    const qsizetype offset = first * m_row.size();
    for (qsizetype i = 0; i < values; ++i)
        query->bindValue(int(i), m_pending.at(offset + i));
    if (!query->exec())
        return Status::failure(sql::describe(query->lastError()));
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
    const QString list = columns.join(QStringLiteral(", "));
    QStringList placeholders;
    for (qsizetype i = 0; i < columns.size(); ++i)
        placeholders.append(QStringLiteral("?"));
    const QString values = placeholders.join(QStringLiteral(", "));
    if (!sql::sqliteHandle(db)) {
        // The server has no FTS5 triggers to feed: the rows go straight into the target, many a statement, when
        // they would move (so each still arrives after the rows it refers to).
        m_insert = std::make_unique<BulkInsert>(
            db, QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)").arg(table, list, values));
        m_insert->batch(ServerRowsPerStatement, nullptr, BulkInsert::Flush::WhenAsked);
        if (!m_insert->isReady())
            m_error = m_insert->error();
        return;
    }
    // Untyped columns keep each value as bound; the target's column affinities apply when the rows move.
    QSqlQuery create(db);
    if (!sql::run(create, QStringLiteral("CREATE TEMP TABLE %1 (%2)").arg(m_staging, list), {}, &m_error))
        return;
    m_insert = std::make_unique<BulkInsert>(
        db, QStringLiteral("INSERT INTO temp.%1 (%2) VALUES (%3)").arg(m_staging, list, values));
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
    if (!m_move) { // on the server: written now
        if (const Status status = m_insert->flush(); !status)
            return status;
        m_staged = 0;
        return {};
    }
    if (const Status status = m_move->exec(); !status)
        return status;
    if (const Status status = m_clear->exec(); !status)
        return status;
    m_staged = 0;
    return {};
}

} // namespace candor
