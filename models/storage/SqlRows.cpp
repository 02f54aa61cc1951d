#include "SqlRows.h"

#include "Dialect.h"
#include "SqlSupport.h"

#include <QDate>
#include <QSqlDriver>
#include <QSqlError>

#include <sqlite3.h>

namespace candor {

sqlite3 *sql::sqliteHandle(const QSqlDatabase &db)
{
    if (!db.isOpen() || !db.driver())
        return nullptr;
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

namespace {

QString sqliteError(sqlite3 *db)
{
    return QString::fromUtf8(sqlite3_errmsg(db));
}

bool bind(sqlite3_stmt *statement, int position, const QVariant &value)
{
    // As sql::run: a null QString binds as empty text (text columns are NOT NULL; unset text means empty).
    if (value.typeId() != QMetaType::QString && value.isNull())
        return sqlite3_bind_null(statement, position) == SQLITE_OK;
    switch (value.typeId()) {
    case QMetaType::Bool:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
        return sqlite3_bind_int64(statement, position, value.toLongLong()) == SQLITE_OK;
    case QMetaType::Double:
        return sqlite3_bind_double(statement, position, value.toDouble()) == SQLITE_OK;
    default: {
        const QByteArray text = value.toString().toUtf8();
        return sqlite3_bind_text(statement, position, text.constData(), int(text.size()), SQLITE_TRANSIENT) ==
               SQLITE_OK;
    }
    }
}

// "YYYY-MM-DD" without the general parser: this runs once per row of long reads.
QDate parseIsoDate(const char *text, int size)
{
    if (!text || size != 10 || text[4] != '-' || text[7] != '-')
        return {};
    int parts[3] = {0, 0, 0};
    const int starts[3] = {0, 5, 8};
    const int lengths[3] = {4, 2, 2};
    for (int p = 0; p < 3; ++p) {
        for (int i = 0; i < lengths[p]; ++i) {
            const char c = text[starts[p] + i];
            if (c < '0' || c > '9')
                return {};
            parts[p] = parts[p] * 10 + (c - '0');
        }
    }
    return QDate(parts[0], parts[1], parts[2]); // invalid for 2026-02-30
}

} // namespace

SqlRows::SqlRows(const QSqlDatabase &db, const QString &statement, const QVariantList &values)
{
    if (sqlite3 *handle = sql::sqliteHandle(db)) {
        const QByteArray text = statement.toUtf8();
        if (sqlite3_prepare_v2(handle, text.constData(), int(text.size()), &m_statement, nullptr) != SQLITE_OK) {
            m_error = sqliteError(handle);
            finish();
            return;
        }
        for (int i = 0; i < values.size(); ++i) {
            if (!bind(m_statement, i + 1, values.at(i))) {
                m_error = sqliteError(handle);
                finish();
                return;
            }
        }
        return;
    }
    m_query = std::make_unique<QSqlQuery>(db);
    // Whole results on the server: a caller may run other statements between rows.
    Dialect::prepareForReading(*m_query, db);
    if (!sql::run(*m_query, statement, values, &m_error) && m_error.isEmpty())
        m_error = sql::describe(m_query->lastError());
}

SqlRows::~SqlRows()
{
    finish();
}

void SqlRows::finish()
{
    if (m_statement) {
        sqlite3_finalize(m_statement);
        m_statement = nullptr;
    }
    if (m_query)
        m_query->finish();
    m_done = true;
}

bool SqlRows::next()
{
    if (m_done || !ok())
        return false;
    if (m_query) {
        if (m_query->next())
            return true;
        if (m_query->lastError().isValid())
            m_error = sql::describe(m_query->lastError());
        finish();
        return false;
    }
    const int code = sqlite3_step(m_statement);
    if (code == SQLITE_ROW)
        return true;
    if (code != SQLITE_DONE)
        m_error = sqliteError(sqlite3_db_handle(m_statement));
    finish();
    return false;
}

bool SqlRows::isNull(int column) const
{
    if (m_query)
        return m_query->isNull(column);
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

qint64 SqlRows::integer(int column) const
{
    if (m_query)
        return m_query->value(column).toLongLong();
    return sqlite3_column_int64(m_statement, column);
}

double SqlRows::real(int column) const
{
    if (m_query)
        return m_query->value(column).toDouble();
    return sqlite3_column_double(m_statement, column);
}

QString SqlRows::text(int column) const
{
    if (m_query)
        return m_query->value(column).toString();
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    return QString::fromUtf8(text, sqlite3_column_bytes(m_statement, column));
}

QDate SqlRows::date(int column) const
{
    if (m_query)
        return sql::toDate(m_query->value(column));
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    return parseIsoDate(text, sqlite3_column_bytes(m_statement, column));
}

} // namespace candor
