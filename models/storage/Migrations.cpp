#include "Migrations.h"

#include "Database.h"
#include "SqlSupport.h"
#include "Transaction.h"

#include <QSqlQuery>

#include <vector>

namespace candor {

namespace {

struct Migration
{
    int version;
    std::vector<const char *> statements;
};

// Times are INTEGER seconds since the epoch (UTC); ids are INTEGER PRIMARY KEY; flags are 0/1.
const std::vector<Migration> &migrations()
{
    static const std::vector<Migration> all = {
        {1,
         {
             "CREATE TABLE team ("
             " id INTEGER PRIMARY KEY,"
             " parent_id INTEGER REFERENCES team(id) ON DELETE RESTRICT,"
             " name TEXT NOT NULL UNIQUE,"
             " description TEXT NOT NULL DEFAULT '')",
             "CREATE INDEX team_parent ON team(parent_id)",
             "CREATE TABLE member ("
             " id INTEGER PRIMARY KEY,"
             " team_id INTEGER NOT NULL REFERENCES team(id) ON DELETE CASCADE,"
             " name TEXT NOT NULL,"
             " role TEXT NOT NULL DEFAULT '',"
             " is_manager INTEGER NOT NULL DEFAULT 0 CHECK (is_manager IN (0, 1)),"
             " active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)))",
             "CREATE INDEX member_team ON member(team_id, name)",
         }},
        {2,
         {
             "CREATE TABLE incident ("
             " id INTEGER PRIMARY KEY,"
             " team_id INTEGER NOT NULL REFERENCES team(id) ON DELETE RESTRICT,"
             " title TEXT NOT NULL,"
             " severity INTEGER NOT NULL CHECK (severity BETWEEN 1 AND 4),"
             " status INTEGER NOT NULL CHECK (status BETWEEN 0 AND 2),"
             " service TEXT NOT NULL DEFAULT '',"
             " started_at INTEGER NOT NULL,"
             " detected_at INTEGER,"
             " mitigated_at INTEGER,"
             " resolved_at INTEGER,"
             " summary TEXT NOT NULL DEFAULT '',"
             " customer_impact TEXT NOT NULL DEFAULT '')",
             // The incident list pages by (sort key, id); these keep each sortable column's pages index-driven.
             "CREATE INDEX incident_started ON incident(started_at, id)",
             "CREATE INDEX incident_team_started ON incident(team_id, started_at, id)",
             "CREATE INDEX incident_severity ON incident(severity, id)",
             "CREATE INDEX incident_status ON incident(status, id)",
             "CREATE INDEX incident_title ON incident(title COLLATE NOCASE, id)",
             "CREATE INDEX incident_service ON incident(service COLLATE NOCASE, id)",
         }},
    };
    return all;
}

} // namespace

int Migrations::latestVersion()
{
    return migrations().back().version;
}

int Migrations::currentVersion(const QSqlDatabase &db)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        return -1;
    return query.value(0).toInt();
}

Status Migrations::migrate(const QSqlDatabase &db, int target)
{
    const int current = currentVersion(db);
    if (current < 0)
        return Status::failure(tr("Cannot read the database's schema version."));
    if (target > latestVersion() || current > target)
        return Status::failure(tr("Cannot migrate from schema version %1 to %2.").arg(current).arg(target));
    if (current == target)
        return {};

    WriteTransaction transaction(db);
    if (!transaction.isActive())
        return Status::failure(tr("Cannot start updating the database: %1").arg(transaction.error()));

    QSqlQuery query(db);
    if (current == 0) {
        // PRAGMA values cannot be bound; the id is a compile-time constant.
        if (!query.exec(QStringLiteral("PRAGMA application_id = %1").arg(Database::applicationId)))
            return Status::failure(
                tr("Cannot mark the database as Candor's: %1").arg(sql::describe(query.lastError())));
    }
    for (const Migration &migration : migrations()) {
        if (migration.version <= current || migration.version > target)
            continue;
        for (const char *statement : migration.statements) {
            if (!query.exec(QString::fromUtf8(statement))) {
                return Status::failure(tr("Updating the database to version %1 failed: %2")
                                           .arg(migration.version)
                                           .arg(sql::describe(query.lastError())));
            }
        }
        if (!query.exec(QStringLiteral("PRAGMA user_version = %1").arg(migration.version))) {
            return Status::failure(
                tr("Cannot record schema version %1: %2").arg(migration.version).arg(sql::describe(query.lastError())));
        }
    }
    return transaction.commit();
}

} // namespace candor
