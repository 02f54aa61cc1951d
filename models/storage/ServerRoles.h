#pragma once

#include "domain/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace candor {

// What the login behind a connection may do with Candor's data. On a shared PostgreSQL server the administrator
// gives each login one of the group roles of scripts/pg-roles.sql (docs/postgresql.md); this reads the privileges
// the server actually grants, so a login set up by hand is judged by what it can do, not by its name. Whoever can
// open a SQLite file can do everything with it.
class ServerRoles
{
    Q_DECLARE_TR_FUNCTIONS(ServerRoles)
public:
    enum class Access {
        Full,       // reads, writes and updates the schema: candor_owner, a superuser, a SQLite file
        ReadWrite,  // reads and writes every table, no schema changes: candor_facilitator
        ReadOnly,   // reads the tables, changes nothing
        HrInsights, // only the survey views of schema candor_hr (waves with at least k responses): candor_hr
        None,       // none of Candor's tables or views
    };

    // What a piece of Candor needs from the login.
    enum class Need {
        Insights,     // survey trends and the insights report: the HR views are enough
        Read,         // incidents, postmortems, teams, survey waves as they are stored
        Write,        // creating and changing them
        SchemaChange, // migrating the schema to this Candor's version
    };

    // Asks the server (one statement); a SQLite connection is always Full. Fails when the server cannot be asked.
    static Result<Access> detect(const QSqlDatabase &db);

    static bool permits(Access access, Need need);

    // Empty when the connection's login may do what `need` says; otherwise one line saying what this login can do
    // and what to do about it, e.g. for an HR login asked to list incidents. For SchemaChange it also names the
    // versions. Fails with the server's reason when detect() does.
    static Status allows(const QSqlDatabase &db, Need need);

    // The role in people's words, as the messages use it: "HR", "facilitator", "read-only"...
    static QString displayName(Access access);
};

} // namespace candor
