#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

namespace candor::sql {

// Helpers shared by the repositories; internal to models/storage.
class Text
{
    Q_DECLARE_TR_FUNCTIONS(Storage)
};

// A translated, actionable description of a database error.
QString describe(const QSqlError &error);

// Prepares and executes a statement with bound values; on failure returns false and fills *error. Without values the
// statement is executed as it is: PostgreSQL prepares only DML, so DDL, transactions and ANALYZE must not be
// prepared. A bool must not be bound (PostgreSQL refuses it for an INTEGER column): bind int(flag).
bool run(QSqlQuery &query, const QString &statement, const QVariantList &values, QString *error);

// Runs an INSERT of one row (a statement ending after its VALUES or SELECT) with " RETURNING id" and returns the new
// row's id, on every backend (QPSQL's lastInsertId() is lastval(), wrong after a trigger's insert). On failure
// returns 0 and fills *error.
qint64 insertReturningId(QSqlQuery &query, const QString &insertStatement, const QVariantList &values, QString *error);

// Inserts one row into `table` whose first column is "id" and returns its id, as insertReturningId. A row without an
// id yet (0, which fromId binds as NULL) leaves the id column out, so the database numbers it: SQLite numbers a NULL
// id, PostgreSQL refuses it.
qint64 insertRow(QSqlQuery &query, const QString &table, QStringList columns, QVariantList values, QString *error);

// Times are stored as seconds since the epoch (UTC), NULL when unknown.
QVariant fromTime(const QDateTime &time);
QDateTime toTime(const QVariant &value);

// Dates are stored as ISO 8601 text, NULL when unknown.
inline QVariant fromDate(const QDate &date)
{
    // Not a null QString: sql::run binds that as '', which sorts before every date and counts as overdue.
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant(QMetaType(QMetaType::QDate));
}
inline QDate toDate(const QVariant &value)
{
    return value.isNull() ? QDate() : QDate::fromString(value.toString(), Qt::ISODate);
}
// Id 0 means "none" in the domain types and NULL in the database.
QVariant fromId(qint64 id);

// A SELECT of one bound team id and the ids of every team below it (a department's whole subtree).
inline QString teamSubtreeQuery()
{
    // Typed: PostgreSQL would take the untyped parameter for text.
    return QStringLiteral("WITH RECURSIVE sub(id) AS (SELECT CAST(? AS BIGINT) UNION ALL"
                          " SELECT team.id FROM team JOIN sub ON team.parent_id = sub.id) SELECT id FROM sub");
}

// Escapes a user's search text for LIKE ... ESCAPE '\'.
QString likePattern(const QString &text);

} // namespace candor::sql
