// SqlRows: the fast forward-only reader gives the same values QSqlQuery would, binds like sql::run, parses ISO
// dates strictly, reports a bad statement, and leaves no read transaction open. On both backends (the _pg variant reads
// through the QSqlQuery fallback).
#include "common/TestDatabase.h"
#include "storage/Database.h"
#include "storage/Dialect.h"
#include "storage/SqlRows.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace candor;

class TestSqlRows : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void readsEveryType();
    void bindsLikeSqlRun();
    void datesStrictly();
    void reportsErrors();
    void finishesItsStatement();
    void keepsRowsWhileOtherStatementsRun();

private:
    QSqlDatabase db() const { return m_database.connection(); }
    QTemporaryDir m_dir;
    Database m_database;
};

void TestSqlRows::initTestCase()
{
    QVERIFY(m_dir.isValid());
    CANDOR_TEST_LOCATION(location, m_dir, QStringLiteral("rows"));
    const Status opened = m_database.open(location); // SQLite: in WAL mode
    QVERIFY2(opened, qPrintable(opened.error()));
    QSqlQuery q(db());
    // 64-bit integers, doubles and byte-order text on both.
    QVERIFY2(q.exec(Dialect::schemaStatement(Dialect::of(db()), QStringLiteral("CREATE TABLE t (id INTEGER PRIMARY KEY,"
                                                                               " n INTEGER, x REAL, s TEXT, d TEXT)"))),
             qPrintable(q.lastError().text()));
    QVERIFY(
        q.exec(QStringLiteral("INSERT INTO t VALUES (1, 9007199254740993, 2.5, 'plain', '2026-11-30'),"
                              " (2, -4, -0.125, 'Ünïcødé 🙂 שלום', '2024-02-29'),"
                              " (3, NULL, NULL, NULL, NULL), (4, 0, 0, '', '2026-02-30'), (5, 1, 1, 'x', '26-1-1')")));
}

void TestSqlRows::cleanupTestCase()
{
    m_database.close();
    testdb::dropAll();
}

void TestSqlRows::readsEveryType()
{
    SqlRows rows(db(), QStringLiteral("SELECT id, n, x, s FROM t WHERE id <= 3 ORDER BY id"));
    QVERIFY2(rows.ok(), qPrintable(rows.error()));
    QVERIFY(rows.next());
    QCOMPARE(rows.integer(0), 1);
    QCOMPARE(rows.integer(1), Q_INT64_C(9007199254740993)); // beyond a double's exact integers
    QCOMPARE(rows.real(2), 2.5);
    QCOMPARE(rows.text(3), QStringLiteral("plain"));
    QVERIFY(!rows.isNull(1));
    QVERIFY(rows.next());
    QCOMPARE(rows.integer(1), -4);
    QCOMPARE(rows.real(2), -0.125);
    QCOMPARE(rows.text(3), QStringLiteral("Ünïcødé 🙂 שלום"));
    QVERIFY(rows.next());
    QVERIFY(rows.isNull(1));
    QVERIFY(rows.isNull(3));
    QCOMPARE(rows.integer(1), 0);
    QVERIFY(rows.text(3).isEmpty());
    QVERIFY(!rows.next());
    QVERIFY(rows.ok());
    QVERIFY(!rows.next()); // stays at the end
}

void TestSqlRows::bindsLikeSqlRun()
{
    // Positional values of each type; a null QString binds as empty text, as sql::run does.
    SqlRows rows(db(),
                 QStringLiteral("SELECT count(*) FROM t WHERE (id = ? OR s = ? OR x = ? OR s = ?)"
                                " AND CAST(? AS INTEGER) IS NULL"),
                 {QVariant(qint64(1)), QStringLiteral("Ünïcødé 🙂 שלום"), QVariant(0.0), QVariant(QString()),
                  QVariant(QMetaType(QMetaType::Int))});
    QVERIFY2(rows.ok(), qPrintable(rows.error()));
    QVERIFY(rows.next());
    QCOMPARE(rows.integer(0), 3); // ids 1, 2 and 4 (x = 0 and s = '')
}

void TestSqlRows::datesStrictly()
{
    SqlRows rows(db(), QStringLiteral("SELECT d FROM t ORDER BY id"));
    QList<QDate> dates;
    while (rows.next())
        dates.append(rows.date(0));
    QVERIFY(rows.ok());
    QCOMPARE(dates.size(), 5);
    QCOMPARE(dates.at(0), QDate(2026, 11, 30));
    QCOMPARE(dates.at(1), QDate(2024, 2, 29));
    QVERIFY(!dates.at(2).isValid()); // NULL
    QVERIFY(!dates.at(3).isValid()); // no 30 February
    QVERIFY(!dates.at(4).isValid()); // not ISO 8601
}

void TestSqlRows::reportsErrors()
{
    SqlRows missing(db(), QStringLiteral("SELECT anything FROM nowhere"));
    QVERIFY(!missing.ok());
    QVERIFY2(missing.error().contains(QLatin1String("nowhere")), qPrintable(missing.error()));
    QVERIFY(!missing.next());

    SqlRows tooMany(db(), QStringLiteral("SELECT ?"), {1, 2});
    QVERIFY(!tooMany.ok());
    QVERIFY(!tooMany.error().isEmpty());

    QSqlDatabase closed;
    SqlRows nowhere(closed, QStringLiteral("SELECT 1"));
    QVERIFY(!nowhere.ok());
}

void TestSqlRows::finishesItsStatement()
{
    // A reader stopped half-way must not keep a read transaction (it would pin the WAL): a second connection can
    // checkpoint everything once the reader is gone.
    if (testdb::onPostgreSql())
        QSKIP("SQLite's WAL checkpoint; the server has no file to pin");
    {
        SqlRows rows(db(), QStringLiteral("SELECT id FROM t ORDER BY id"));
        QVERIFY(rows.next());
    }
    QSqlQuery write(db());
    QVERIFY(write.exec(QStringLiteral("INSERT INTO t (n) VALUES (7)")));
    QVERIFY(write.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
    QVERIFY(write.next());
    QCOMPARE(write.value(0).toInt(), 0); // not busy
}

void TestSqlRows::keepsRowsWhileOtherStatementsRun()
{
    // Other statements run on the same connection between rows, as loops that write or read per row do: every row
    // still comes (a forward-only QPSQL query would lose the rest).
    SqlRows rows(db(), QStringLiteral("SELECT id FROM t WHERE id <= 5 ORDER BY id"));
    QList<qint64> ids;
    while (rows.next()) {
        ids.append(rows.integer(0));
        QSqlQuery inner(db());
        QVERIFY2(inner.exec(QStringLiteral("SELECT count(*) FROM t")), qPrintable(inner.lastError().text()));
        QVERIFY(inner.next());
        QVERIFY(inner.value(0).toLongLong() >= 5);
    }
    QVERIFY2(rows.ok(), qPrintable(rows.error()));
    QCOMPARE(ids, (QList<qint64>{1, 2, 3, 4, 5}));
}

QTEST_GUILESS_MAIN(TestSqlRows)
#include "tst_sqlrows.moc"
