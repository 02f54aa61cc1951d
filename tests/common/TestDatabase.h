#pragma once

// Fresh database locations for tests that run on both backends. On SQLite (the default) a file in the test's
// temporary folder; with CANDOR_TEST_BACKEND=postgresql (the tests' _pg variants, see candor_add_pg_variant) a new,
// empty database on the throwaway cluster in CANDOR_TEST_PG_DIR (scripts/pg-cluster, the ctest fixture
// `postgresql`). Its password goes to PGPASSWORD for the whole process, where libpq finds it, as a user's would.
//
//   CANDOR_TEST_LOCATION(location, m_dir, QStringLiteral("teams"));   // QVERIFY2s the reason when there is none
//   ... Database::open(location) ...
//   void cleanupTestCase() { testdb::dropAll(); }

#include "storage/ConnectionSpec.h"

#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QStringList>
#include <QTemporaryDir>
#include <QtGlobal>

namespace candor::testdb {

inline bool onPostgreSql()
{
    return qEnvironmentVariable("CANDOR_TEST_BACKEND") == QLatin1String("postgresql");
}

namespace detail {

struct State
{
    QStringList created; // databases this process made, for dropAll()
    int made = 0;
    int connections = 0;
    QString error;
};

inline State &state()
{
    static State s;
    return s;
}

inline QString readTrimmed(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll()).trimmed();
}

// The URL of the cluster's `postgres` database, its password exported as PGPASSWORD; empty with *error set when
// there is no running cluster to use.
inline QString clusterUrl(QString *error)
{
    const QString dir = qEnvironmentVariable("CANDOR_TEST_PG_DIR");
    if (dir.isEmpty()) {
        *error = QStringLiteral("CANDOR_TEST_PG_DIR is not set: run the PostgreSQL variant through ctest "
                                "(ctest -R NAME_pg), which starts the cluster");
        return {};
    }
    const QString url = readTrimmed(dir + QStringLiteral("/url"));
    const QString password = readTrimmed(dir + QStringLiteral("/password"));
    if (url.isEmpty() || password.isEmpty()) {
        *error = QStringLiteral("No PostgreSQL test cluster in %1 (no url or password file): start it with "
                                "scripts/pg-cluster start %1, or run the test through ctest, which does")
                     .arg(dir);
        return {};
    }
    qputenv("PGPASSWORD", password.toUtf8());
    return url;
}

// Runs statements, each outside a transaction (CREATE and DROP DATABASE need that), on the cluster's `postgres`
// database through one QPSQL connection of its own, removed afterwards. Empty on success, else what went wrong
// first (the rest still run).
inline QString runOnCluster(const QStringList &statements)
{
    QString error;
    const QString url = clusterUrl(&error);
    if (url.isEmpty())
        return error;
    const Result<ConnectionSpec> spec = ConnectionSpec::parse(url);
    if (!spec)
        return spec.error();
    const QString name = QStringLiteral("candor-testdb-%1").arg(++state().connections);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        if (!db.isValid()) {
            error = QStringLiteral("Qt's PostgreSQL driver (QPSQL) is missing: apt-get install libqt6sql6-psql");
        } else {
            spec->configure(db);
            if (!db.open()) {
                error = QStringLiteral("Cannot connect to %1: %2").arg(url, db.lastError().text());
            } else {
                QSqlQuery query(db);
                for (const QString &statement : statements) {
                    if (!query.exec(statement) && error.isEmpty())
                        error = QStringLiteral("%1: %2").arg(statement, query.lastError().text());
                }
            }
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return error;
}

inline QString runOnCluster(const QString &statement)
{
    return runOnCluster(QStringList{statement});
}

} // namespace detail

// Why the last location() returned an empty string.
inline QString lastError()
{
    return detail::state().error;
}

namespace detail {

// A new database on the cluster, empty (template0) or a copy of `source`; its URL, or empty with state().error set.
inline QString createDatabase(const QString &source)
{
    State &state = detail::state();
    const QString database = QStringLiteral("t_%1_%2").arg(QCoreApplication::applicationPid()).arg(++state.made);
    QString error = runOnCluster(QStringLiteral("CREATE DATABASE %1 TEMPLATE %2")
                                     .arg(database, source.isEmpty() ? QStringLiteral("template0") : source));
    const QString url = error.isEmpty() ? clusterUrl(&error) : QString();
    if (!error.isEmpty()) {
        state.error = error;
        qWarning("testdb::location: %s", qPrintable(error));
        return {};
    }
    state.created.append(database);
    return url.left(url.lastIndexOf(QLatin1Char('/')) + 1) + database;
}

} // namespace detail

// A new location for a database named after `name`: dir's NAME.sqlite, or on PostgreSQL the URL of a database just
// created (t_<pid>_<n>; `name` is not part of it). Empty, with the reason in lastError() (also logged), on failure.
inline QString location(const QTemporaryDir &dir, const QString &name)
{
    if (!onPostgreSql())
        return dir.filePath(name + QStringLiteral(".sqlite"));
    return detail::createDatabase(QString());
}

// On PostgreSQL, a new database that is a copy of the one at `source` (a URL location() gave), made by the server
// in a fraction of the time it takes to fill it again; nobody may be connected to the source meanwhile. Empty, with
// the reason in lastError(), on failure, and always on SQLite (copy the file there).
inline QString copyOf(const QString &source)
{
    if (!onPostgreSql() || !ConnectionSpec::isServerLocation(source)) {
        detail::state().error = QStringLiteral("testdb::copyOf copies databases on the PostgreSQL test cluster only");
        return {};
    }
    return detail::createDatabase(source.mid(source.lastIndexOf(QLatin1Char('/')) + 1));
}

// Drops every database location() created in this process, closing their sessions (WITH (FORCE)); failures are
// ignored: the cluster is thrown away at the end of the run anyway. Call it from cleanupTestCase().
inline void dropAll()
{
    detail::State &state = detail::state();
    if (state.created.isEmpty())
        return;
    QStringList drops;
    for (const QString &database : std::as_const(state.created))
        drops.append(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(database));
    detail::runOnCluster(drops);
    state.created.clear();
}

// Adds the connection `connectionName` to a location() (or any SQLite path or server URL) and opens it, for a test
// that reads or writes behind the repositories' back: QSQLITE for a file, QPSQL configured from the URL for a server
// (its password from PGPASSWORD, which location() set). Check isOpen(); close it and removeDatabase() when done.
inline QSqlDatabase connect(const QString &location, const QString &connectionName)
{
    if (!ConnectionSpec::isServerLocation(location)) {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
        db.setDatabaseName(location);
        if (!db.open())
            qWarning("testdb::connect: %s: %s", qPrintable(location), qPrintable(db.lastError().text()));
        return db;
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connectionName);
    const Result<ConnectionSpec> spec = ConnectionSpec::parse(location);
    if (!spec) {
        qWarning("testdb::connect: %s", qPrintable(spec.error()));
        return db;
    }
    spec->configure(db);
    if (!db.open())
        qWarning("testdb::connect: %s: %s", qPrintable(location), qPrintable(db.lastError().text()));
    return db;
}

// The same server URL with another login in it (postgresql://USER@...).
inline QString withUser(const QString &url, const QString &user)
{
    const qsizetype scheme = url.indexOf(QLatin1String("://")) + 3;
    const qsizetype at = url.indexOf(QLatin1Char('@'), scheme);
    return url.left(scheme) + user + url.mid(at);
}

// Runs scripts/pg-roles.sql (at `script`, found by the test with QFINDTESTDATA) on the database at `url` with psql, as
// an administrator does (docs/postgresql.md). Empty on success, else what went wrong. The roles are the cluster's:
// tests that run it share the ctest RESOURCE_LOCK candor_pg_roles.
inline QString runRolesScript(const QString &url, const QString &script)
{
    if (script.isEmpty())
        return QStringLiteral("scripts/pg-roles.sql not found");
    if (QStandardPaths::findExecutable(QStringLiteral("psql")).isEmpty())
        return QStringLiteral("psql is missing: install the Debian package postgresql-client (scripts/test does)");
    QProcess psql;
    psql.start(QStringLiteral("psql"),
               {QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"),
                QStringLiteral("-d"), url, QStringLiteral("-f"), script});
    if (!psql.waitForFinished(60000))
        return QStringLiteral("psql did not finish");
    if (psql.exitStatus() != QProcess::NormalExit || psql.exitCode() != 0)
        return QString::fromLocal8Bit(psql.readAllStandardError());
    return {};
}

// dropAll() when it goes out of scope, e.g. as a member of the test object.
class DropAllOnExit
{
public:
    DropAllOnExit() = default;
    DropAllOnExit(const DropAllOnExit &) = delete;
    DropAllOnExit &operator=(const DropAllOnExit &) = delete;
    ~DropAllOnExit() { dropAll(); }
};

} // namespace candor::testdb

// Declares `const QString variable` holding a new location, and fails the test function with the reason when there
// is none (for use inside a test function, like QVERIFY).
#define CANDOR_TEST_LOCATION(variable, dir, name)                                                                      \
    const QString variable = candor::testdb::location(dir, name);                                                      \
    QVERIFY2(!variable.isEmpty(), qPrintable(candor::testdb::lastError()))
