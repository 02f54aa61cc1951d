// BackgroundReads: jobs run on another thread with a connection of their own, see what the GUI thread's connection
// committed, hand their Result back to a context object in the GUI thread, and go nowhere once it is gone.
#include "common/TestData.h"
#include "common/TestDatabase.h"
#include "storage/BackgroundReads.h"

#include <QPointer>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace candor;
using namespace candor::testdata;

namespace {

Result<int> countTeams(Database &database)
{
    QSqlQuery query(database.connection());
    if (!query.exec(QStringLiteral("SELECT count(*) FROM team")) || !query.next())
        return Result<int>::failure(QStringLiteral("count failed"));
    return query.value(0).toInt();
}

} // namespace

class TestBackgroundReads : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        // A file in m_dir; a new database on the test cluster in tst_backgroundreads_pg.
        m_path = testdb::location(m_dir, QStringLiteral("reads-%1").arg(++m_case));
        QVERIFY2(!m_path.isEmpty(), qPrintable(testdb::lastError()));
    }
    void cleanupTestCase() { testdb::dropAll(); }

    void readsCommittedDataOnAnotherThread();
    void failedOpenIsAResult();
    void continuationDroppedWithItsContext();
    void handlerNeverRunsInsideTheStartingCall();
    void handlerDroppedWithItsContext();

private:
    QTemporaryDir m_dir;
    QString m_path;
    int m_case = 0;
};

void TestBackgroundReads::readsCommittedDataOnAnotherThread()
{
    Store store(m_path);
    QVERIFY2(store.status.ok(), qPrintable(store.status.error()));
    QVERIFY(store.teams.insertTeam(makeTeam(QStringLiteral("Payments"))).ok());
    QVERIFY(store.teams.insertTeam(makeTeam(QStringLiteral("Search"))).ok());

    BackgroundReads reads(m_path);
    QThread *worker = nullptr;
    QThread *continuation = nullptr;
    int seen = -1;
    QObject context;
    reads
        .run<int>([&worker](Database &database) {
            worker = QThread::currentThread();
            return countTeams(database);
        })
        .then(&context, [&](const Result<int> &result) {
            continuation = QThread::currentThread();
            QVERIFY2(result.ok(), qPrintable(result.error()));
            seen = *result;
        });
    QTRY_COMPARE(seen, 2);
    QVERIFY(worker != nullptr);
    QVERIFY(worker != QThread::currentThread());
    QCOMPARE(continuation, QThread::currentThread());

    // The reader's connection is gone with its job; the GUI thread's connection keeps writing.
    QVERIFY(reads.waitForDone(5000));
    QVERIFY(store.teams.insertTeam(makeTeam(QStringLiteral("Billing"))).ok());
    QFuture<Result<int>> again = reads.run<int>(countTeams);
    again.waitForFinished();
    QCOMPARE(*again.result(), 3);
}

void TestBackgroundReads::failedOpenIsAResult()
{
    // A file in a folder that does not exist; on the server, a database that does not exist.
    const QString missing = testdb::onPostgreSql() ? m_path.left(m_path.lastIndexOf(QLatin1Char('/')) + 1) +
                                                         QStringLiteral("no_such_folder")
                                                   : m_dir.filePath(QStringLiteral("no-such-folder/candor.sqlite"));
    BackgroundReads reads(missing);
    bool ran = false;
    QFuture<Result<int>> future = reads.run<int>([&ran](Database &database) {
        ran = true;
        return countTeams(database);
    });
    future.waitForFinished();
    const Result<int> result = future.result();
    QVERIFY(!result.ok());
    QVERIFY2(result.error().contains(testdb::onPostgreSql() ? QLatin1String("no_such_folder")
                                                            : QLatin1String("no-such-folder")),
             qPrintable(result.error()));
    QVERIFY(!ran);
}

void TestBackgroundReads::continuationDroppedWithItsContext()
{
    Store store(m_path);
    QVERIFY2(store.status.ok(), qPrintable(store.status.error()));
    BackgroundReads reads(m_path);
    bool called = false;
    auto *context = new QObject;
    QFuture<void> chained = reads.run<int>(countTeams).then(context, [&called](const Result<int> &) { called = true; });
    delete context;
    QVERIFY(reads.waitForDone(5000));
    // Give queued events every chance to arrive.
    QTest::qWait(100);
    QCoreApplication::processEvents();
    QVERIFY(!called);
}

void TestBackgroundReads::handlerNeverRunsInsideTheStartingCall()
{
    Store store(m_path);
    QVERIFY2(store.status.ok(), qPrintable(store.status.error()));
    QVERIFY(store.teams.insertTeam(makeTeam(QStringLiteral("Payments"))).ok());
    QVERIFY(store.teams.insertTeam(makeTeam(QStringLiteral("Search"))).ok());
    BackgroundReads reads(m_path);
    QObject context;
    int seen = -1;
    QThread *handler = nullptr;
    // The job is finished before the event loop runs again, which is when QFuture::then would answer at once.
    reads.run<int>(countTeams, &context, [&](const Result<int> &result) {
        handler = QThread::currentThread();
        seen = result ? *result : -2;
    });
    QVERIFY(reads.waitForDone(5000));
    QThread::msleep(20);
    QCOMPARE(seen, -1);
    QTRY_COMPARE(seen, 2);
    QCOMPARE(handler, QThread::currentThread());
}

void TestBackgroundReads::handlerDroppedWithItsContext()
{
    Store store(m_path);
    QVERIFY2(store.status.ok(), qPrintable(store.status.error()));
    BackgroundReads reads(m_path);
    bool called = false;
    auto *context = new QObject;
    reads.run<int>(countTeams, context, [&called](const Result<int> &) { called = true; });
    QVERIFY(reads.waitForDone(5000));
    // The answer is queued for the context by now; deleting the context drops it.
    delete context;
    QTest::qWait(100);
    QCoreApplication::processEvents();
    QVERIFY(!called);
}

QTEST_GUILESS_MAIN(TestBackgroundReads)
#include "tst_backgroundreads.moc"
