#pragma once

#include "domain/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

class QSqlDatabase;

namespace candor {

// Where a PostgreSQL database is, parsed from a URL such as
//   postgresql://candor@db.example.org:5432/candor?sslmode=verify-full&sslrootcert=/etc/ssl/ca.pem
// (postgres:// too). It never holds a password: libpq reads PGPASSWORD or ~/.pgpass, and the GUI hands one to the
// connection in memory. Defaults follow libpq's: port 5432, the user from $PGUSER, else the login name; the host,
// when empty, is "localhost" over TCP (libpq would use its unix socket): Candor always connects over TCP, so the
// TLS options and the keepalives apply to every connection.
class ConnectionSpec
{
    Q_DECLARE_TR_FUNCTIONS(ConnectionSpec)
public:
    static constexpr int defaultPort = 5432;

    // Whether the location names a server (a postgresql:// or postgres:// URL) rather than a SQLite file.
    static bool isServerLocation(const QString &location);
    // The URL's parts, or a message that says what is wrong with it: a password in it, no database name, a bad
    // port, an unknown or repeated query option, an option's bad value.
    static Result<ConnectionSpec> parse(const QString &location);
    // The query options Candor passes to libpq, in the order connectOptions() writes them.
    static QStringList knownOptions();

    const QString &host() const { return m_host; }
    int port() const { return m_port; }
    const QString &user() const { return m_user; }
    const QString &databaseName() const { return m_databaseName; }
    // The value of a query option as given, or a null QString.
    QString option(const QString &keyword) const;

    // The URL with every part filled in (user, host, port) and no password: for window titles, labels and settings.
    // parse() reads it back to the same spec.
    QString redacted() const;
    // libpq keywords for QSqlDatabase::setConnectOptions, ';'-joined: application_name (Candor unless given),
    // connect_timeout (3 s unless given), TCP keepalives after 5 s idle, a 5 s tcp_user_timeout, then the TLS options
    // given.
    QString connectOptions() const;
    // Sets the QPSQL connection's host, port, user, database and connect options (not the password).
    void configure(QSqlDatabase &db) const;

private:
    ConnectionSpec() = default;
    static QString passwordRefused();

    QString m_host;
    int m_port = defaultPort;
    QString m_user;
    QString m_databaseName;
    QList<QPair<QString, QString>> m_options; // keyword, value; in the URL's order
};

} // namespace candor
