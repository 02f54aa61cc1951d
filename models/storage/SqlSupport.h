#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace candor::sql {

// Helpers shared by the repositories; internal to models/storage.
class Text
{
    Q_DECLARE_TR_FUNCTIONS(Storage)
};

// A translated, actionable description of a database error.
QString describe(const QSqlError &error);

// Prepares and executes a statement with bound values; on failure returns false and fills *error.
bool run(QSqlQuery &query, const QString &statement, const QVariantList &values, QString *error);

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
    return QStringLiteral("WITH RECURSIVE sub(id) AS (SELECT ? UNION ALL"
                          " SELECT team.id FROM team JOIN sub ON team.parent_id = sub.id) SELECT id FROM sub");
}

// Escapes a user's search text for LIKE ... ESCAPE '\'.
QString likePattern(const QString &text);

} // namespace candor::sql
