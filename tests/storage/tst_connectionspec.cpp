// ConnectionSpec: postgresql:// URLs parsed into their parts with libpq's defaults, refused with a message that names
// the problem (never echoing a password), written back without a password, and turned into libpq connect options.
#include "storage/ConnectionSpec.h"

#include <QSqlDatabase>
#include <QTest>

using namespace candor;

class TestConnectionSpec : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void isServerLocation_data();
    void isServerLocation();
    void parsesGoodUrls_data();
    void parsesGoodUrls();
    void refusesBadUrls_data();
    void refusesBadUrls();
    void userFromLoginWithoutPgUser();
    void options();
    void redacted_data();
    void redacted();
    void connectOptions_data();
    void connectOptions();
    void configuresConnection();
};

void TestConnectionSpec::initTestCase()
{
    qputenv("PGUSER", "envuser");
}

void TestConnectionSpec::isServerLocation_data()
{
    QTest::addColumn<QString>("location");
    QTest::addColumn<bool>("server");
    QTest::newRow("postgresql") << QStringLiteral("postgresql://h/db") << true;
    QTest::newRow("postgres") << QStringLiteral("postgres://h/db") << true;
    QTest::newRow("upper case scheme") << QStringLiteral("PostgreSQL://h/db") << true;
    QTest::newRow("surrounding spaces") << QStringLiteral("  postgresql://h/db ") << true;
    QTest::newRow("sqlite file") << QStringLiteral("/home/ann/candor.sqlite") << false;
    QTest::newRow("relative file named like a scheme") << QStringLiteral("postgresql/db.sqlite") << false;
    QTest::newRow("other scheme") << QStringLiteral("mysql://h/db") << false;
    QTest::newRow("empty") << QString() << false;
}

void TestConnectionSpec::isServerLocation()
{
    QFETCH(QString, location);
    QFETCH(bool, server);
    QCOMPARE(ConnectionSpec::isServerLocation(location), server);
}

void TestConnectionSpec::parsesGoodUrls_data()
{
    QTest::addColumn<QString>("location");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("database");

    QTest::newRow("everything given") << QStringLiteral("postgresql://candor@db.example.org:5433/incidents")
                                      << QStringLiteral("db.example.org") << 5433 << QStringLiteral("candor")
                                      << QStringLiteral("incidents");
    QTest::newRow("postgres scheme, default port")
        << QStringLiteral("postgres://ann@db.example.org/candor") << QStringLiteral("db.example.org") << 5432
        << QStringLiteral("ann") << QStringLiteral("candor");
    QTest::newRow("no host: localhost, user from PGUSER")
        << QStringLiteral("postgresql:///candor") << QStringLiteral("localhost") << 5432 << QStringLiteral("envuser")
        << QStringLiteral("candor");
    QTest::newRow("empty port after the colon") << QStringLiteral("postgresql://h:/candor") << QStringLiteral("h")
                                                << 5432 << QStringLiteral("envuser") << QStringLiteral("candor");
    QTest::newRow("upper case scheme and host")
        << QStringLiteral("POSTGRESQL://Ann@DB.Example.org/Candor") << QStringLiteral("db.example.org") << 5432
        << QStringLiteral("Ann") << QStringLiteral("Candor");
    QTest::newRow("IPv6 address") << QStringLiteral("postgresql://candor@[::1]:6000/candor") << QStringLiteral("::1")
                                  << 6000 << QStringLiteral("candor") << QStringLiteral("candor");
    QTest::newRow("percent-encoded user and database")
        << QStringLiteral("postgresql://ann%40corp@h/my%20d%C3%A9b") << QStringLiteral("h") << 5432
        << QStringLiteral("ann@corp") << QStringLiteral("my déb");
    QTest::newRow("options") << QStringLiteral("postgresql://h:65535/db?sslmode=verify-full&sslrootcert=/etc/ca.pem")
                             << QStringLiteral("h") << 65535 << QStringLiteral("envuser") << QStringLiteral("db");
    QTest::newRow("surrounding spaces") << QStringLiteral(" postgresql://h:1/db\n") << QStringLiteral("h") << 1
                                        << QStringLiteral("envuser") << QStringLiteral("db");
}

void TestConnectionSpec::parsesGoodUrls()
{
    QFETCH(QString, location);
    const Result<ConnectionSpec> spec = ConnectionSpec::parse(location);
    QVERIFY2(spec.ok(), qPrintable(spec.error()));
    QTEST(spec->host(), "host");
    QTEST(spec->port(), "port");
    QTEST(spec->user(), "user");
    QTEST(spec->databaseName(), "database");
}

void TestConnectionSpec::refusesBadUrls_data()
{
    QTest::addColumn<QString>("location");
    QTest::addColumn<QString>("keyword"); // the message must contain it

    QTest::newRow("sqlite path") << QStringLiteral("/home/ann/candor.sqlite") << QStringLiteral("postgresql://");
    QTest::newRow("other scheme") << QStringLiteral("mysql://h/db") << QStringLiteral("postgresql://");
    QTest::newRow("password") << QStringLiteral("postgresql://ann:s3cret@h/db") << QStringLiteral("PGPASSWORD");
    QTest::newRow("password with an @") << QStringLiteral("postgresql://ann:s3c@ret@h/db")
                                        << QStringLiteral("PGPASSWORD");
    QTest::newRow("empty password") << QStringLiteral("postgresql://ann:@h/db") << QStringLiteral(".pgpass");
    QTest::newRow("password option") << QStringLiteral("postgresql://h/db?password=s3cret")
                                     << QStringLiteral("PGPASSWORD");
    QTest::newRow("no path") << QStringLiteral("postgresql://h") << QStringLiteral("no database");
    QTest::newRow("empty path") << QStringLiteral("postgresql://h:5432/") << QStringLiteral("no database");
    QTest::newRow("options but no database")
        << QStringLiteral("postgresql://h?sslmode=require") << QStringLiteral("no database");
    QTest::newRow("nothing") << QStringLiteral("postgresql://") << QStringLiteral("no database");
    QTest::newRow("port not a number") << QStringLiteral("postgresql://h:abc/db") << QStringLiteral("port");
    QTest::newRow("port 0") << QStringLiteral("postgresql://h:0/db") << QStringLiteral("port");
    QTest::newRow("port too large") << QStringLiteral("postgresql://h:65536/db") << QStringLiteral("port");
    QTest::newRow("port negative") << QStringLiteral("postgresql://h:-1/db") << QStringLiteral("port");
    QTest::newRow("several hosts") << QStringLiteral("postgresql://h1:5432,h2:5432/db") << QStringLiteral("port");
    QTest::newRow("IPv6 bad port") << QStringLiteral("postgresql://[::1]:x/db") << QStringLiteral("port");
    QTest::newRow("unknown option") << QStringLiteral("postgresql://h/db?sslmode=require&target_session_attrs=any")
                                    << QStringLiteral("target_session_attrs");
    QTest::newRow("unknown option lists the known")
        << QStringLiteral("postgresql://h/db?ssl=true") << QStringLiteral("sslrootcert");
    QTest::newRow("option twice") << QStringLiteral("postgresql://h/db?sslmode=require&sslmode=disable")
                                  << QStringLiteral("twice");
    QTest::newRow("option without value") << QStringLiteral("postgresql://h/db?sslmode=") << QStringLiteral("no value");
    QTest::newRow("option without =") << QStringLiteral("postgresql://h/db?sslcert") << QStringLiteral("no value");
    QTest::newRow("unknown sslmode") << QStringLiteral("postgresql://h/db?sslmode=sometimes")
                                     << QStringLiteral("verify-full");
    QTest::newRow("connect_timeout not a number")
        << QStringLiteral("postgresql://h/db?connect_timeout=soon") << QStringLiteral("seconds");
    QTest::newRow("semicolon in a value")
        << QStringLiteral("postgresql://h/db?application_name=a;sslmode=disable") << QStringLiteral("semicolon");
    QTest::newRow("fragment") << QStringLiteral("postgresql://h/db#top") << QStringLiteral("fragment");
}

void TestConnectionSpec::refusesBadUrls()
{
    QFETCH(QString, location);
    QFETCH(QString, keyword);
    const Result<ConnectionSpec> spec = ConnectionSpec::parse(location);
    QVERIFY(!spec.ok());
    QVERIFY2(spec.error().contains(keyword, Qt::CaseInsensitive), qPrintable(spec.error()));
    QVERIFY2(!spec.error().contains(QLatin1String("s3c")), qPrintable(spec.error())); // never shows a password
}

void TestConnectionSpec::userFromLoginWithoutPgUser()
{
    qunsetenv("PGUSER");
    const Result<ConnectionSpec> spec = ConnectionSpec::parse(QStringLiteral("postgresql://h/db"));
    qputenv("PGUSER", "envuser");
    QVERIFY2(spec.ok(), qPrintable(spec.error()));
    QVERIFY(!spec->user().isEmpty());
    QVERIFY(spec->user() != QLatin1String("envuser"));
}

void TestConnectionSpec::options()
{
    const Result<ConnectionSpec> spec =
        ConnectionSpec::parse(QStringLiteral("postgresql://h/db?sslmode=require&sslrootcert=/etc/ssl/my%20ca.pem"));
    QVERIFY2(spec.ok(), qPrintable(spec.error()));
    QCOMPARE(spec->option(QStringLiteral("sslmode")), QStringLiteral("require"));
    QCOMPARE(spec->option(QStringLiteral("sslrootcert")), QStringLiteral("/etc/ssl/my ca.pem"));
    QVERIFY(spec->option(QStringLiteral("sslkey")).isNull());
    QCOMPARE(ConnectionSpec::knownOptions().size(), 6);
}

void TestConnectionSpec::redacted_data()
{
    QTest::addColumn<QString>("location");
    QTest::addColumn<QString>("expected");

    QTest::newRow("defaults filled in") << QStringLiteral("postgres:///db")
                                        << QStringLiteral("postgresql://envuser@localhost:5432/db");
    QTest::newRow("as given") << QStringLiteral("postgresql://ann@db.example.org:5433/candor")
                              << QStringLiteral("postgresql://ann@db.example.org:5433/candor");
    QTest::newRow("IPv6 in brackets") << QStringLiteral("postgresql://ann@[::1]/db")
                                      << QStringLiteral("postgresql://ann@[::1]:5432/db");
    QTest::newRow("encoded parts") << QStringLiteral("postgresql://ann%40corp@h/my%20d%C3%A9b")
                                   << QStringLiteral("postgresql://ann%40corp@h:5432/my%20d%C3%A9b");
    QTest::newRow("options in their order")
        << QStringLiteral("postgresql://ann@h/db?sslrootcert=/etc/ssl/my%20ca.pem&sslmode=verify-ca")
        << QStringLiteral("postgresql://ann@h:5432/db?sslrootcert=/etc/ssl/my%20ca.pem&sslmode=verify-ca");
    QTest::newRow("delimiters in a value") << QStringLiteral("postgresql://ann@h/db?application_name=a%26b%3Dc")
                                           << QStringLiteral("postgresql://ann@h:5432/db?application_name=a%26b%3Dc");
}

void TestConnectionSpec::redacted()
{
    QFETCH(QString, location);
    QFETCH(QString, expected);
    const Result<ConnectionSpec> spec = ConnectionSpec::parse(location);
    QVERIFY2(spec.ok(), qPrintable(spec.error()));
    QCOMPARE(spec->redacted(), expected);

    // Read back, it is the same place.
    const Result<ConnectionSpec> again = ConnectionSpec::parse(spec->redacted());
    QVERIFY2(again.ok(), qPrintable(again.error()));
    QCOMPARE(again->host(), spec->host());
    QCOMPARE(again->port(), spec->port());
    QCOMPARE(again->user(), spec->user());
    QCOMPARE(again->databaseName(), spec->databaseName());
    QCOMPARE(again->connectOptions(), spec->connectOptions());
}

void TestConnectionSpec::connectOptions_data()
{
    QTest::addColumn<QString>("location");
    QTest::addColumn<QString>("expected");

    QTest::newRow("defaults") << QStringLiteral("postgresql://h/db")
                              << QStringLiteral(
                                     "application_name=Candor;connect_timeout=3;keepalives=1;"
                                     "keepalives_idle=5;keepalives_interval=2;keepalives_count=3;tcp_user_timeout=5000;"
                                     "options='-c client_min_messages=warning'");
    QTest::newRow("all given, in libpq's order")
        << QStringLiteral("postgresql://h/db?sslkey=/k.pem&sslcert=/c.pem&connect_timeout=10&sslmode=verify-full"
                          "&application_name=Desk%201&sslrootcert=/ca.pem")
        << QStringLiteral("application_name='Desk "
                          "1';connect_timeout=10;keepalives=1;keepalives_idle=5;keepalives_interval=2;keepalives_count="
                          "3;tcp_user_timeout=5000;options='-c client_min_messages=warning';"
                          "sslmode=verify-full;sslrootcert=/ca.pem;sslcert=/c.pem;sslkey=/k.pem");
    QTest::newRow("quotes and backslashes escaped")
        << QStringLiteral("postgresql://h/db?application_name=it's&sslrootcert=C:%5Cca.pem")
        << QStringLiteral(
               "application_name='it\\'s';connect_timeout=3;keepalives=1;keepalives_idle=5;keepalives_"
               "interval=2;keepalives_count=3;tcp_user_timeout=5000;options='-c client_min_messages=warning';"
               "sslrootcert='C:\\\\ca.pem'");
}

void TestConnectionSpec::connectOptions()
{
    QFETCH(QString, location);
    const Result<ConnectionSpec> spec = ConnectionSpec::parse(location);
    QVERIFY2(spec.ok(), qPrintable(spec.error()));
    QTEST(spec->connectOptions(), "expected");
}

void TestConnectionSpec::configuresConnection()
{
    const Result<ConnectionSpec> spec =
        ConnectionSpec::parse(QStringLiteral("postgresql://ann@db.example.org:5433/candor?sslmode=require"));
    QVERIFY2(spec.ok(), qPrintable(spec.error()));
    {
        // Any driver keeps the settings; the SQLite one is always there.
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("spec"));
        spec->configure(db);
        QCOMPARE(db.hostName(), QStringLiteral("db.example.org"));
        QCOMPARE(db.port(), 5433);
        QCOMPARE(db.userName(), QStringLiteral("ann"));
        QCOMPARE(db.databaseName(), QStringLiteral("candor"));
        QVERIFY(db.password().isEmpty());
        QCOMPARE(db.connectOptions(), spec->connectOptions());
    }
    QSqlDatabase::removeDatabase(QStringLiteral("spec"));
}

QTEST_GUILESS_MAIN(TestConnectionSpec)
#include "tst_connectionspec.moc"
