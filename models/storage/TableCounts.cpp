#include "TableCounts.h"

#include "Database.h"

#include <QSqlError>
#include <QSqlQuery>

namespace candor::TableCounts {

namespace {

QString quotedIdentifier(QString name)
{
    return QLatin1Char('"') + name.replace(QLatin1Char('"'), QLatin1String("\"\"")) + QLatin1Char('"');
}

} // namespace

Result<QStringList> dataTables(const Database &file)
{
    QSqlQuery q(file.connection());
    if (!q.exec(QStringLiteral(
            "SELECT m.name FROM sqlite_master m WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite\\_%' ESCAPE '\\'"
            " AND m.sql NOT LIKE 'CREATE VIRTUAL TABLE%'"
            " AND NOT EXISTS (SELECT 1 FROM sqlite_master v WHERE v.type = 'table'"
            " AND v.sql LIKE 'CREATE VIRTUAL TABLE%' AND substr(m.name, 1, length(v.name) + 1) = v.name || '_')"
            " ORDER BY m.name")))
        return Result<QStringList>::failure(q.lastError().text().simplified());
    QStringList tables;
    while (q.next())
        tables << q.value(0).toString();
    return tables;
}

Result<QList<qint64>> rowCounts(const Database &database, const QStringList &tables, QString *failedTable)
{
    QList<qint64> counts;
    QSqlQuery q(database.connection());
    for (const QString &table : tables) {
        // Table names come from the file's schema and cannot be bound; they are quoted as identifiers.
        if (!q.exec(QStringLiteral("SELECT count(*) FROM %1").arg(quotedIdentifier(table))) || !q.next()) {
            if (failedTable)
                *failedTable = table;
            return Result<QList<qint64>>::failure(q.lastError().text().simplified());
        }
        counts << q.value(0).toLongLong();
        q.finish();
    }
    return counts;
}

void analyze(const Database &database)
{
    QSqlQuery(database.connection()).exec(QStringLiteral("ANALYZE"));
}

} // namespace candor::TableCounts
