// The test cluster and TestDatabase.h: as tst_pgcluster_pg, fresh databases on the throwaway PostgreSQL cluster,
// reached through QPSQL with the password only in PGPASSWORD, separate from each other and dropped by dropAll().
// As plain tst_pgcluster (SQLite), locations are files in the test's folder and nothing touches a server.
#include "common/TestDatabase.h"
#include "storage/ConnectionSpec.h"

#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace candor;

class TestPgCluster : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void sqliteLocationsAreFiles();
    void missingClusterIsExplained();
    void databasesAreFreshAndSeparate();
    void passwordIsRequiredOverTcp();
    void dropAllRemovesThem();

private:
    // Opens a QPSQL connection named `name` to `location`; the caller removes it.
    static QSqlDatabase connect(const QString &name, const QString &location);
    // The names of the test cluster's databases that start with t_.
    static QStringList testDatabases();

    QTemporaryDir m_dir;
    QStringList m_locations;
};

QSqlDatabase TestPgCluster::connect(const QString &name, const QString &location)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
    const Result<ConnectionSpec> spec = ConnectionSpec::parse(location);
    if (spec)
        spec->configure(db);
    db.open();
    return db;
}

QStringList TestPgCluster::testDatabases()
{
    QString error;
    const QString url = testdb::detail::clusterUrl(&error);
    QStringList names;
    {
        QSqlDatabase db = connect(QStringLiteral("cluster"), url);
        QSqlQuery query(db);
        if (db.isOpen() && query.exec(QStringLiteral("SELECT datname FROM pg_database WHERE datname LIKE 't\\_%'"))) {
            while (query.next())
                names.append(query.value(0).toString());
        } else {
            names.append(QStringLiteral("(cannot list the databases: %1)").arg(db.lastError().text()));
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("cluster"));
    return names;
}

void TestPgCluster::initTestCase()
{
    QVERIFY(m_dir.isValid());
    if (testdb::onPostgreSql())
        QVERIFY2(QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")),
                 "Qt's PostgreSQL driver is missing: apt-get install libqt6sql6-psql");
}

void TestPgCluster::cleanupTestCase()
{
    testdb::dropAll();
}

void TestPgCluster::sqliteLocationsAreFiles()
{
    if (testdb::onPostgreSql())
        QSKIP("SQLite only");
    CANDOR_TEST_LOCATION(location, m_dir, QStringLiteral("teams"));
    QCOMPARE(location, m_dir.filePath(QStringLiteral("teams.sqlite")));
    QVERIFY(!ConnectionSpec::isServerLocation(location));
    QVERIFY(!QFile::exists(location)); // a location, not yet a database
}

void TestPgCluster::missingClusterIsExplained()
{
    const QByteArray backend = qgetenv("CANDOR_TEST_BACKEND");
    const QByteArray clusterDir = qgetenv("CANDOR_TEST_PG_DIR");
    QTemporaryDir empty;
    QVERIFY(empty.isValid());
    qputenv("CANDOR_TEST_BACKEND", "postgresql");
    qputenv("CANDOR_TEST_PG_DIR", empty.path().toLocal8Bit());

    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("^testdb::location: No PostgreSQL")));
    const QString location = testdb::location(m_dir, QStringLiteral("nowhere"));

    qputenv("CANDOR_TEST_BACKEND", backend);
    qputenv("CANDOR_TEST_PG_DIR", clusterDir);
    QVERIFY(location.isEmpty());
    QVERIFY2(testdb::lastError().contains(QLatin1String("scripts/pg-cluster")), qPrintable(testdb::lastError()));
    QVERIFY2(testdb::lastError().contains(empty.path()), qPrintable(testdb::lastError()));
}

void TestPgCluster::databasesAreFreshAndSeparate()
{
    if (!testdb::onPostgreSql())
        QSKIP("PostgreSQL only (tst_pgcluster_pg)");
    CANDOR_TEST_LOCATION(first, m_dir, QStringLiteral("first"));
    CANDOR_TEST_LOCATION(second, m_dir, QStringLiteral("second"));
    m_locations = QStringList{first, second};
    QVERIFY(first != second);
    QVERIFY(ConnectionSpec::isServerLocation(first));
    QVERIFY(ConnectionSpec::isServerLocation(second));
    QVERIFY(!qgetenv("PGPASSWORD").isEmpty());

    const QStringList existing = testDatabases();
    for (const QString &location : std::as_const(m_locations)) {
        const Result<ConnectionSpec> spec = ConnectionSpec::parse(location);
        QVERIFY2(spec.ok(), qPrintable(spec.error()));
        QCOMPARE(spec->host(), QStringLiteral("127.0.0.1"));
        QCOMPARE(spec->user(), QStringLiteral("candor"));
        QVERIFY2(existing.contains(spec->databaseName()), qPrintable(existing.join(QLatin1Char(' '))));
    }

    {
        // The password comes from PGPASSWORD alone: the connections are given none.
        QSqlDatabase one = connect(QStringLiteral("one"), first);
        QSqlDatabase two = connect(QStringLiteral("two"), second);
        QVERIFY2(one.isOpen(), qPrintable(one.lastError().text()));
        QVERIFY2(two.isOpen(), qPrintable(two.lastError().text()));
        QVERIFY(one.password().isEmpty());

        QSqlQuery q1(one);
        QVERIFY(q1.exec(QStringLiteral("SELECT current_database(), current_setting('application_name'), "
                                       "(SELECT count(*) FROM information_schema.tables "
                                       "WHERE table_schema = current_schema())")));
        QVERIFY(q1.next());
        QCOMPARE(q1.value(0).toString(), ConnectionSpec::parse(first)->databaseName());
        QCOMPARE(q1.value(1).toString(), QStringLiteral("Candor")); // the connect options reach libpq
        QCOMPARE(q1.value(2).toInt(), 0);                           // empty
        QVERIFY2(q1.exec(QStringLiteral("CREATE TABLE only_in_first (id BIGINT)")), qPrintable(q1.lastError().text()));

        QSqlQuery q2(two);
        QVERIFY(q2.exec(QStringLiteral("SELECT count(*) FROM information_schema.tables WHERE table_name = "
                                       "'only_in_first'")));
        QVERIFY(q2.next());
        QCOMPARE(q2.value(0).toInt(), 0);
    }
    QSqlDatabase::removeDatabase(QStringLiteral("one"));
    QSqlDatabase::removeDatabase(QStringLiteral("two"));
}

void TestPgCluster::passwordIsRequiredOverTcp()
{
    if (!testdb::onPostgreSql())
        QSKIP("PostgreSQL only (tst_pgcluster_pg)");
    QVERIFY(!m_locations.isEmpty());
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("wrong"));
        ConnectionSpec::parse(m_locations.first())->configure(db);
        db.setPassword(QStringLiteral("not-the-password"));
        QVERIFY(!db.open());
        QVERIFY2(db.lastError().text().contains(QLatin1String("password authentication failed")),
                 qPrintable(db.lastError().text()));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("wrong"));
}

void TestPgCluster::dropAllRemovesThem()
{
    if (!testdb::onPostgreSql())
        QSKIP("PostgreSQL only (tst_pgcluster_pg)");
    QCOMPARE(m_locations.size(), 2);
    // An open session does not stop the drop.
    QSqlDatabase session = connect(QStringLiteral("still-open"), m_locations.first());
    QVERIFY2(session.isOpen(), qPrintable(session.lastError().text()));

    testdb::dropAll();
    const QStringList remaining = testDatabases();
    for (const QString &location : std::as_const(m_locations))
        QVERIFY2(!remaining.contains(ConnectionSpec::parse(location)->databaseName()), qPrintable(location));
    testdb::dropAll(); // nothing left to do: no failure either

    session = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("still-open"));
}

QTEST_GUILESS_MAIN(TestPgCluster)
#include "tst_pgcluster.moc"
