#pragma once

#include "domain/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QStringList>

namespace candor {

// The schema, as numbered migrations. Each migration is a list of single statements (QSQLITE runs one statement
// per exec()), written for SQLite and translated for a PostgreSQL server by Dialect. Pending migrations run inside
// one write transaction together with the version bumps, so a database is either fully migrated or untouched; on a
// server, desktops that open it at the same time migrate it one after another.
class Migrations
{
    Q_DECLARE_TR_FUNCTIONS(Migrations)
public:
    static int latestVersion();
    static int currentVersion(const QSqlDatabase &db);
    // The statements migration `version` runs on db's backend, in order.
    static QStringList statements(const QSqlDatabase &db, int version);
    // Applies every migration after the current version up to and including target.
    static Status migrate(const QSqlDatabase &db, int target);
};

} // namespace candor
