#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

#include <memory>

struct sqlite3;
struct sqlite3_stmt;

namespace candor {

namespace sql {
// The sqlite3 handle behind Qt's connection, or null when the connection is not an open SQLite one. Debian's Qt
// SQLite plugin and Candor share the system libsqlite3, so the handle may be used with its API.
sqlite3 *sqliteHandle(const QSqlDatabase &db);
} // namespace sql

// Reads many rows of one SELECT fast, forward only. On SQLite it steps a sqlite3 statement and reads columns
// straight into C++ values: QSqlQuery wraps every value in a QVariant first, which was most of the time of reading
// the 27,000 waves of an organisation's trends. On any other driver it falls back to a forward-only QSqlQuery, so
// callers need no branch. Values are bound by position. Finishes the statement when destroyed or at the last row,
// so no read transaction is left open.
class SqlRows
{
public:
    SqlRows(const QSqlDatabase &db, const QString &statement, const QVariantList &values = {});
    ~SqlRows();
    SqlRows(const SqlRows &) = delete;
    SqlRows &operator=(const SqlRows &) = delete;

    // False when the statement could not run; error() says why.
    bool ok() const { return m_error.isEmpty(); }
    const QString &error() const { return m_error; }

    // The next row; false at the end or on an error (check ok()).
    bool next();

    bool isNull(int column) const;
    qint64 integer(int column) const;
    double real(int column) const;
    QString text(int column) const;
    // A date stored as ISO 8601 text ("2026-01-15"); invalid when null or not a date.
    QDate date(int column) const;

private:
    void finish();

    sqlite3_stmt *m_statement = nullptr;
    std::unique_ptr<QSqlQuery> m_query; // other drivers
    QString m_error;
    bool m_done = false;
};

} // namespace candor
