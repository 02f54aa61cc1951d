// The server half of Database: opening a PostgreSQL database from a postgresql:// location, the passwords typed
// for it, and reconnecting after the connection was lost. The file half is in Database.cpp.
#include "Database.h"

#include "ConnectionSpec.h"
#include "Migrations.h"
#include "ServerRoles.h"

#include <QHash>
#include <QLocale>
#include <QMutex>
#include <QSqlError>

namespace candor {

namespace {

// Passwords the person typed, by login (user, host and port), for this process only (never written anywhere). A
// login's password is the same for every database of the server, so one typed for a database whose name was wrong
// is not asked for again once the name is right.
struct Passwords
{
    QMutex mutex;
    QHash<QString, QString> byLogin;
};

QString loginOf(const ConnectionSpec &spec)
{
    return spec.user() + QLatin1Char('@') + spec.host() + QLatin1Char(':') + QString::number(spec.port());
}

Passwords &passwords()
{
    static Passwords instance;
    return instance;
}

void applyStoredPassword(QSqlDatabase &db, const QString &location)
{
    const Result<ConnectionSpec> spec = ConnectionSpec::parse(location);
    if (!spec)
        return;
    QMutexLocker locker(&passwords().mutex);
    const QString password = passwords().byLogin.value(loginOf(*spec));
    if (!password.isEmpty())
        db.setPassword(password);
}

bool refusedPassword(const QSqlError &error)
{
    const QString text = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    return text.contains(QLatin1String("password authentication failed")) ||
           text.contains(QLatin1String("no password supplied"));
}

// libpq's message for a connection that failed, as one line, with what to do for the usual causes.
QString connectionFailure(const ConnectionSpec &spec, const QSqlError &error)
{
    const QString text = (error.databaseText().isEmpty() ? error.text() : error.databaseText()).simplified();
    if (refusedPassword(error))
        return Database::tr("The server %1 refused the password of user “%2”. Set PGPASSWORD or add the password to "
                            "~/.pgpass, then try again.")
            .arg(spec.redacted(), spec.user());
    if (text.contains(QLatin1String("database \"")) && text.contains(QLatin1String("does not exist")))
        return Database::tr("The server has no database “%1”. Check the name in %2, or ask the server's "
                            "administrator to create it.")
            .arg(spec.databaseName(), spec.redacted());
    if (text.contains(QLatin1String("Connection refused")) || text.contains(QLatin1String("timeout expired")) ||
        text.contains(QLatin1String("could not translate host name")) ||
        text.contains(QLatin1String("No route to host")))
        return Database::tr("Cannot reach the PostgreSQL server at %1, port %2 (%3). Check the address and that the "
                            "server is running, then try again.")
            .arg(spec.host(), QLocale().toString(spec.port()), text);
    return Database::tr("Cannot connect to %1: %2").arg(spec.redacted(), text);
}

} // namespace

Status Database::reconnect()
{
    if (!m_server || !m_open)
        return Status::failure(tr("There is no server connection to restore."));
    const Result<ConnectionSpec> spec = ConnectionSpec::parse(m_path);
    if (!spec)
        return Status::failure(spec.error());
    QSqlDatabase db = connection();
    db.close();
    applyStoredPassword(db, m_path);
    if (!db.open())
        return Status::failure(connectionFailure(*spec, db.lastError()));
    return {};
}

void Database::setServerPassword(const QString &location, const QString &password)
{
    const Result<ConnectionSpec> spec = ConnectionSpec::parse(location.trimmed());
    if (!spec)
        return;
    QMutexLocker locker(&passwords().mutex);
    if (password.isEmpty())
        passwords().byLogin.remove(loginOf(*spec));
    else
        passwords().byLogin.insert(loginOf(*spec), password);
}

Status Database::openServer(const QString &location, Options options)
{
    const Result<ConnectionSpec> spec = ConnectionSpec::parse(location.trimmed());
    if (!spec)
        return fail(Problem::CannotOpen, spec.error());
    m_path = spec->redacted();
    QString failure; // said once the connection's handle is gone: failing removes it
    Problem problem = Problem::CannotOpen;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_connectionName);
        if (!db.isValid()) {
            failure = tr("This Candor cannot connect to PostgreSQL: Qt's PostgreSQL driver is missing. Install the "
                         "Debian package libqt6sql6-psql.");
        } else {
            spec->configure(db);
            applyStoredPassword(db, m_path);
            if (!db.open()) {
                failure = connectionFailure(*spec, db.lastError());
                problem = refusedPassword(db.lastError()) ? Problem::NeedsPassword : Problem::CannotOpen;
            }
        }
    }
    if (!failure.isEmpty())
        return fail(problem, failure);
    m_open = true;
    // The server keeps its own integrity and durability: no quick_check, no pragmas, no backup before migrating.
    if (const Status status = checkContent(); !status)
        return status;
    m_readOnly = options.readOnly;
    m_configured = true;
    if (options.migrate) {
        // Only the schema's owner may update it: a facilitator's or HR's login is told so in words, instead of the
        // server's "must be owner of table".
        if (Migrations::currentVersion(connection()) < latestSchemaVersion()) {
            if (const Status allowed = ServerRoles::allows(connection(), ServerRoles::Need::SchemaChange); !allowed)
                return fail(Problem::MigrationFailed, allowed.error());
        }
        if (const Status status = Migrations::migrate(connection(), latestSchemaVersion()); !status)
            return fail(Problem::MigrationFailed, status.error());
    }
    return {};
}

} // namespace candor
