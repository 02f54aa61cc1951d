#pragma once

#include "domain/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace candor {

// The schema, as numbered migrations. Each migration is a list of single statements (QSQLITE runs one statement
// per exec()). Pending migrations run inside one write transaction together with the user_version bumps, so a
// database is either fully migrated or untouched.
class Migrations
{
    Q_DECLARE_TR_FUNCTIONS(Migrations)
public:
    static int latestVersion();
    static int currentVersion(const QSqlDatabase &db);
    // Applies every migration after the current version up to and including target.
    static Status migrate(const QSqlDatabase &db, int target);
};

} // namespace candor
