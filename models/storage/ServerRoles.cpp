#include "ServerRoles.h"

#include "Dialect.h"
#include "Migrations.h"
#include "SqlSupport.h"

#include <QSqlQuery>

namespace candor {

namespace {

// Candor's tables are where the table candor_meta is (public, unless the owner's search_path said otherwise); an
// HR login's search_path is candor_hr, where candor_meta is a view. Privileges are read from the catalogue, which
// every login may read, so asking never fails for lack of a grant. pg_has_role is true for a superuser too.
const char *const detection =
    "WITH base AS ("
    " SELECT c.relnamespace AS ns, c.relowner AS owner"
    " FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace"
    " WHERE c.relname = 'candor_meta' AND c.relkind = 'r'"
    " ORDER BY n.nspname = current_schema() DESC, n.nspname = 'public' DESC LIMIT 1),"
    " incident AS ("
    " SELECT c.oid FROM pg_catalog.pg_class c JOIN base b ON c.relnamespace = b.ns"
    " WHERE c.relname = 'incident' AND c.relkind = 'r')"
    " SELECT"
    " b.ns IS NOT NULL,"
    " coalesce(pg_catalog.pg_has_role(b.owner, 'USAGE'), false),"
    " coalesce(pg_catalog.has_schema_privilege(b.ns, 'USAGE')"
    " AND (SELECT pg_catalog.has_table_privilege(oid, 'SELECT') FROM incident), false),"
    " coalesce((SELECT pg_catalog.has_table_privilege(oid, 'INSERT') AND pg_catalog.has_table_privilege(oid, 'UPDATE')"
    " AND pg_catalog.has_table_privilege(oid, 'DELETE') FROM incident), false),"
    " coalesce((SELECT pg_catalog.has_schema_privilege(v.relnamespace, 'USAGE')"
    " AND pg_catalog.has_table_privilege(v.oid, 'SELECT')"
    " FROM pg_catalog.pg_class v JOIN pg_catalog.pg_namespace n ON n.oid = v.relnamespace"
    " WHERE n.nspname = 'candor_hr' AND v.relname = 'survey_wave'), false),"
    " coalesce(pg_catalog.has_schema_privilege(current_schema(), 'CREATE'), false)"
    " FROM (SELECT 1) AS one LEFT JOIN base b ON true";

} // namespace

Result<ServerRoles::Access> ServerRoles::detect(const QSqlDatabase &db)
{
    if (Dialect::of(db) == Dialect::Backend::SQLite)
        return Access::Full;
    QSqlQuery query(db);
    if (!query.exec(QString::fromLatin1(detection)) || !query.next())
        return Result<Access>::failure(
            tr("Cannot find out what this login may do in the database: %1").arg(sql::describe(query.lastError())));
    const bool schemaExists = query.value(0).toBool();
    const bool owner = query.value(1).toBool();
    const bool reads = query.value(2).toBool();
    const bool writes = query.value(3).toBool();
    const bool insights = query.value(4).toBool();
    const bool mayCreate = query.value(5).toBool();
    query.finish();
    if (!schemaExists) // an empty database: whoever may create Candor's tables in it is its owner
        return mayCreate ? Access::Full : Access::None;
    if (owner)
        return Access::Full;
    if (reads)
        return writes ? Access::ReadWrite : Access::ReadOnly;
    return insights ? Access::HrInsights : Access::None;
}

bool ServerRoles::permits(Access access, Need need)
{
    switch (need) {
    case Need::Insights:
        return access != Access::None;
    case Need::Read:
        return access == Access::Full || access == Access::ReadWrite || access == Access::ReadOnly;
    case Need::Write:
        return access == Access::Full || access == Access::ReadWrite;
    case Need::SchemaChange:
        return access == Access::Full;
    }
    return false;
}

Status ServerRoles::allows(const QSqlDatabase &db, Need need)
{
    const Result<Access> access = detect(db);
    if (!access)
        return Status::failure(access.error());
    if (permits(*access, need))
        return {};
    const QString role = displayName(*access);
    switch (*access) {
    case Access::None:
        if (need == Need::SchemaChange)
            break;
        return Status::failure(tr("This login may read none of Candor's data in this database. Ask the server's "
                                  "administrator to make it a member of candor_facilitator or candor_hr."));
    case Access::HrInsights:
        if (need != Need::SchemaChange)
            return Status::failure(
                tr("This login (%1) can read survey trends only: Candor's window shows them as survey insights, and "
                   "candor-cli trends and insights-report print them. Incidents, postmortems and survey waves need a "
                   "facilitator's login.")
                    .arg(role));
        break;
    case Access::ReadOnly:
        if (need == Need::Write)
            return Status::failure(tr("This login (%1) may read Candor's data but not change it. Ask the server's "
                                      "administrator for a facilitator's login to make changes.")
                                       .arg(role));
        break;
    case Access::Full:
    case Access::ReadWrite:
        break;
    }
    // Only a schema change is left. A login without the tables cannot even read which version the database is at.
    if (*access == Access::HrInsights || *access == Access::None)
        return Status::failure(tr("This database was written by an older Candor, and this login (%1) may not update "
                                  "it. Ask the server's administrator to open it once as candor_owner, which updates "
                                  "it, and to run scripts/pg-roles.sql again.")
                                   .arg(role));
    return Status::failure(tr("This Candor needs schema version %1, the database is at version %2, and this login "
                              "(%3) may not change the schema. Ask the server's administrator to open the database "
                              "once as candor_owner, which updates it, or use the Candor version the others use.")
                               .arg(Migrations::latestVersion())
                               .arg(Migrations::currentVersion(db))
                               .arg(role));
}

QString ServerRoles::displayName(Access access)
{
    switch (access) {
    case Access::Full:
        return tr("owner", "database login role");
    case Access::ReadWrite:
        return tr("facilitator", "database login role");
    case Access::ReadOnly:
        return tr("read-only", "database login role");
    case Access::HrInsights:
        return tr("HR", "database login role");
    case Access::None:
        break;
    }
    return tr("no access", "database login role");
}

} // namespace candor
