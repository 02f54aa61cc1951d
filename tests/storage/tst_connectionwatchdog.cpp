// ConnectionWatchdog: a server connection killed from outside (pg_terminate_backend, as a server restart or an
// administrator would) is noticed by the heartbeat, said once, reconnected and said again; the repositories go on
// working on the new connection. A SQLite file has nothing to watch.
#include "common/TestData.h"
#include "common/TestDatabase.h"
#include "storage/ConnectionWatchdog.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace candor;
using namespace candor::testdata;

namespace {

// The cluster's own database, for statements about the test's database from outside it (not migrated: it is not
// Candor's).
QString clusterLocation(const QString &location)
{
    return location.section(QLatin1Char('/'), 0, -2) + QStringLiteral("/postgres");
}

QString databaseName(const QString &location)
{
    return location.section(QLatin1Char('/'), -1);
}

Database::Options asAdministrator()
{
    Database::Options options;
    options.migrate = false;
    return options;
}

// Runs one statement on the cluster's own database; the first column of its first row (or -1 on failure).
int onCluster(const QString &location, const QString &statement)
{
    Database admin;
    if (!admin.open(clusterLocation(location), asAdministrator()))
        return -1;
    QSqlQuery query(admin.connection());
    if (!query.exec(statement))
        return -1;
    return query.next() ? query.value(0).toInt() : 0;
}

// Ends every session on the test's database, as an administrator or a server restart would.
int terminateSessions(const QString &location)
{
    return onCluster(location, QStringLiteral("SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity"
                                              " WHERE datname = '%1'")
                                   .arg(databaseName(location)));
}

} // namespace

class TestConnectionWatchdog : public QObject
{
    Q_OBJECT

private slots:
    void cleanupTestCase() { testdb::dropAll(); }

    void nothingToWatchOnAFile();
    void killedConnectionIsNoticedAndRestored();
    void keepsTryingWhileTheServerIsAway();

private:
    QTemporaryDir m_dir;
};

void TestConnectionWatchdog::nothingToWatchOnAFile()
{
    if (testdb::onPostgreSql())
        QSKIP("A file's case: tst_connectionwatchdog runs it.");
    Store store(m_dir.filePath(QStringLiteral("file.sqlite")));
    QVERIFY2(store.status.ok(), qPrintable(store.status.error()));
    ConnectionWatchdog watchdog(store.database);
    QSignalSpy lost(&watchdog, &ConnectionWatchdog::connectionLost);
    QVERIFY(!watchdog.isActive());
    watchdog.check();
    QVERIFY(watchdog.isConnected());
    QCOMPARE(lost.size(), 0);
    QVERIFY(!store.database.reconnect().ok());
}

void TestConnectionWatchdog::killedConnectionIsNoticedAndRestored()
{
    if (!testdb::onPostgreSql())
        QSKIP("Needs the server: tst_connectionwatchdog_pg runs it.");
    CANDOR_TEST_LOCATION(location, m_dir, QStringLiteral("killed"));
    Store store(location);
    QVERIFY2(store.status.ok(), qPrintable(store.status.error()));
    QVERIFY(store.teams.insertTeam(makeTeam(QStringLiteral("Payments"))).ok());
    ConnectionWatchdog watchdog(store.database);
    watchdog.setHeartbeat(std::chrono::milliseconds(100));
    QSignalSpy lost(&watchdog, &ConnectionWatchdog::connectionLost);
    QSignalSpy reconnected(&watchdog, &ConnectionWatchdog::reconnected);
    QVERIFY(watchdog.isActive());

    QCOMPARE(terminateSessions(location), 1);
    // Noticed within a heartbeat or two, said once; then the new connection, said once.
    QTRY_COMPARE_WITH_TIMEOUT(lost.size(), 1, 2000);
    QVERIFY(!lost.at(0).at(0).toString().isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(reconnected.size(), 1, 3000);
    QVERIFY(watchdog.isConnected());
    QCOMPARE(lost.size(), 1);

    // The repositories use the restored connection as they did the old one.
    const Result<qint64> added = store.teams.insertTeam(makeTeam(QStringLiteral("Search")));
    QVERIFY2(added.ok(), qPrintable(added.error()));
    QCOMPARE(store.teams.teams().size(), 2);
}

void TestConnectionWatchdog::keepsTryingWhileTheServerIsAway()
{
    if (!testdb::onPostgreSql())
        QSKIP("Needs the server: tst_connectionwatchdog_pg runs it.");
    CANDOR_TEST_LOCATION(location, m_dir, QStringLiteral("away"));
    Store store(location);
    QVERIFY2(store.status.ok(), qPrintable(store.status.error()));
    ConnectionWatchdog watchdog(store.database);
    watchdog.setHeartbeat(std::chrono::milliseconds(100));
    QSignalSpy lost(&watchdog, &ConnectionWatchdog::connectionLost);
    QSignalSpy reconnected(&watchdog, &ConnectionWatchdog::reconnected);

    // The database refuses new connections for a while, as a server being restarted does.
    QCOMPARE(
        onCluster(location, QStringLiteral("ALTER DATABASE %1 ALLOW_CONNECTIONS false").arg(databaseName(location))),
        0);
    QCOMPARE(terminateSessions(location), 1);
    QTRY_COMPARE_WITH_TIMEOUT(lost.size(), 1, 2000);

    // While it is away: an edit fails with a message, and nothing crashes or hangs.
    const Result<qint64> refused = store.teams.insertTeam(makeTeam(QStringLiteral("Offline")));
    QVERIFY(!refused.ok());
    QVERIFY(!refused.error().isEmpty());
    QTest::qWait(1200);
    QCOMPARE(reconnected.size(), 0);
    QVERIFY(!watchdog.isConnected());

    QCOMPARE(
        onCluster(location, QStringLiteral("ALTER DATABASE %1 ALLOW_CONNECTIONS true").arg(databaseName(location))), 0);
    QTRY_COMPARE_WITH_TIMEOUT(reconnected.size(), 1, 12000);
    QVERIFY(store.teams.insertTeam(makeTeam(QStringLiteral("Back"))).ok());
    QCOMPARE(lost.size(), 1);
}

QTEST_GUILESS_MAIN(TestConnectionWatchdog)
#include "tst_connectionwatchdog.moc"
