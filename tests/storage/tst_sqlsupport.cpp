// The SQL helpers every repository uses, in the forms that run on SQLite and PostgreSQL alike: statements without
// values are executed unprepared, new ids come from RETURNING id, a row without an id leaves the column out, the
// portable upserts do what INSERT OR REPLACE / OR IGNORE did, and the team subtree's seed is typed.
#include "storage/BulkInsert.h"
#include "storage/SqlSupport.h"

#include <QDebug>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace candor;

namespace {

const QString connectionName = QStringLiteral("sqlsupport");

// Every row of `table`, ordered by its first columns, each as a list of values.
QList<QVariantList> rowsOf(const QSqlDatabase &db, const QString &table, int columns)
{
    QList<QVariantList> rows;
    QSqlQuery q(db);
    QStringList order;
    for (int c = 1; c <= columns; ++c)
        order.append(QString::number(c));
    if (!q.exec(QStringLiteral("SELECT * FROM %1 ORDER BY %2").arg(table, order.join(QStringLiteral(", ")))))
        return rows;
    while (q.next()) {
        QVariantList row;
        for (int c = 0; c < columns; ++c)
            row.append(q.value(c).isNull() ? QVariant() : q.value(c)); // NULL, whatever type the driver gives it
        rows.append(row);
    }
    return rows;
}

} // namespace

class TestSqlSupport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanupTestCase();

    void runWithoutValuesExecutesStatements();
    void runWithoutValuesAfterBoundStatement();
    void runReportsFailures();
    void insertReturningIdGivesNewIds();
    void insertReturningIdFailsOnConstraint();
    void insertReturningIdIgnoresTriggerInserts();
    void insertRowLeavesOutMissingId();
    void upsertsMatchTheOldStatements_data();
    void upsertsMatchTheOldStatements();
    void counterUpsertAddsOne();
    void teamSubtreeTakesAWideId();
    void bulkInsertReportsNewIds();
    void describeTellsSqlStatesFromSqliteCodes_data();
    void describeTellsSqlStatesFromSqliteCodes();

private:
    static QSqlDatabase db() { return QSqlDatabase::database(connectionName); }
    // Runs each statement without values; fails the test on the first error.
    static bool execAll(const QStringList &statements);
    QTemporaryDir m_dir;
};

void TestSqlSupport::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
    db.setDatabaseName(m_dir.filePath(QStringLiteral("support.sqlite")));
    QVERIFY(db.open());
}

void TestSqlSupport::init()
{
    // A fresh schema for each test: drop whatever the last one made.
    QSqlQuery q(db());
    QVERIFY(q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite%'")));
    QStringList tables;
    while (q.next())
        tables.append(q.value(0).toString());
    q.finish();
    for (const QString &table : std::as_const(tables))
        QVERIFY(q.exec(QStringLiteral("DROP TABLE %1").arg(table)));
}

void TestSqlSupport::cleanupTestCase()
{
    QSqlDatabase::database(connectionName).close();
    QSqlDatabase::removeDatabase(connectionName);
}

bool TestSqlSupport::execAll(const QStringList &statements)
{
    for (const QString &statement : statements) {
        QSqlQuery q(db());
        QString error;
        if (!sql::run(q, statement, {}, &error)) {
            qWarning().noquote() << statement << error;
            return false;
        }
    }
    return true;
}

void TestSqlSupport::runWithoutValuesExecutesStatements()
{
    QSqlQuery q(db());
    QString error;
    // DDL, transaction control and ANALYZE: what PostgreSQL cannot prepare.
    QVERIFY2(sql::run(q, QStringLiteral("CREATE TABLE note (id INTEGER PRIMARY KEY, text TEXT NOT NULL)"), {}, &error),
             qPrintable(error));
    QVERIFY2(sql::run(q, QStringLiteral("CREATE INDEX note_text ON note(text)"), {}, &error), qPrintable(error));
    QVERIFY2(sql::run(q, QStringLiteral("BEGIN"), {}, &error), qPrintable(error));
    QVERIFY2(sql::run(q, QStringLiteral("INSERT INTO note (text) VALUES ('first')"), {}, &error), qPrintable(error));
    QVERIFY2(sql::run(q, QStringLiteral("COMMIT"), {}, &error), qPrintable(error));
    QVERIFY2(sql::run(q, QStringLiteral("ANALYZE"), {}, &error), qPrintable(error));
    QVERIFY(error.isEmpty());

    QVERIFY(sql::run(q, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name IN ('note', 'note_text')"), {},
                     &error));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 2);
    QVERIFY(sql::run(q, QStringLiteral("SELECT text FROM note"), {}, &error));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("first"));
    QVERIFY(!q.next());
}

void TestSqlSupport::runWithoutValuesAfterBoundStatement()
{
    // The same query object, first prepared with values and then run without: no value is left bound.
    QVERIFY(execAll({QStringLiteral("CREATE TABLE note (id INTEGER PRIMARY KEY, text TEXT NOT NULL)")}));
    QSqlQuery q(db());
    QString error;
    QVERIFY2(sql::run(q, QStringLiteral("INSERT INTO note (text) VALUES (?)"), {QStringLiteral("a")}, &error),
             qPrintable(error));
    QVERIFY2(sql::run(q, QStringLiteral("SELECT count(*) FROM note"), {}, &error), qPrintable(error));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 1);
    // A null QString still binds as empty text.
    QVERIFY2(sql::run(q, QStringLiteral("INSERT INTO note (text) VALUES (?)"), {QString()}, &error), qPrintable(error));
    QVERIFY2(sql::run(q, QStringLiteral("SELECT count(*) FROM note WHERE text = ''"), {}, &error), qPrintable(error));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 1);
}

void TestSqlSupport::runReportsFailures()
{
    QVERIFY(execAll({QStringLiteral("CREATE TABLE note (id INTEGER PRIMARY KEY)")}));
    QSqlQuery q(db());
    QString error;
    // Without values (executed directly) and with them (prepared): both fail with the database's words.
    QVERIFY(!sql::run(q, QStringLiteral("CREATE TABLE note (id INTEGER PRIMARY KEY)"), {}, &error));
    QVERIFY2(error.contains(QStringLiteral("already exists")), qPrintable(error));
    error.clear();
    QVERIFY(!sql::run(q, QStringLiteral("SELECT id FROM no_such_table WHERE id = ?"), {1}, &error));
    QVERIFY2(error.contains(QStringLiteral("no_such_table")), qPrintable(error));
    // A null error pointer is allowed.
    QVERIFY(!sql::run(q, QStringLiteral("DROP TABLE no_such_table"), {}, nullptr));
}

void TestSqlSupport::insertReturningIdGivesNewIds()
{
    QVERIFY(execAll({QStringLiteral("CREATE TABLE note (id INTEGER PRIMARY KEY, text TEXT NOT NULL)")}));
    QSqlQuery q(db());
    QString error;
    const QString insert = QStringLiteral("INSERT INTO note (text) VALUES (?)");
    QVERIFY(db().transaction());
    const qint64 first = sql::insertReturningId(q, insert, {QStringLiteral("one")}, &error);
    QVERIFY2(first > 0, qPrintable(error));
    const qint64 second = sql::insertReturningId(q, insert, {QStringLiteral("two")}, &error);
    QVERIFY2(second > first, qPrintable(error));
    // An explicit id comes back as given; the next new one follows it.
    const qint64 explicitId = sql::insertReturningId(q, QStringLiteral("INSERT INTO note (id, text) VALUES (?, ?)"),
                                                     {qint64(1) << 40, QStringLiteral("far")}, &error);
    QCOMPARE(explicitId, qint64(1) << 40);
    const qint64 third = sql::insertReturningId(q, insert, {QStringLiteral("three")}, &error);
    QCOMPARE(third, (qint64(1) << 40) + 1);
    // The statement is finished: the transaction commits at once.
    QVERIFY2(db().commit(), qPrintable(db().lastError().text()));

    QSqlQuery check(db());
    QVERIFY(check.exec(QStringLiteral("SELECT id, text FROM note ORDER BY id")));
    QList<QPair<qint64, QString>> stored;
    while (check.next())
        stored.append({check.value(0).toLongLong(), check.value(1).toString()});
    const QList<QPair<qint64, QString>> expected = {{first, QStringLiteral("one")},
                                                    {second, QStringLiteral("two")},
                                                    {explicitId, QStringLiteral("far")},
                                                    {third, QStringLiteral("three")}};
    QCOMPARE(stored, expected);
}

void TestSqlSupport::insertReturningIdFailsOnConstraint()
{
    QVERIFY(execAll({QStringLiteral("CREATE TABLE note (id INTEGER PRIMARY KEY, text TEXT NOT NULL UNIQUE,"
                                    " size INTEGER NOT NULL CHECK (size > 0))")}));
    QSqlQuery q(db());
    QString error;
    const QString insert = QStringLiteral("INSERT INTO note (text, size) VALUES (?, ?)");
    QVERIFY(sql::insertReturningId(q, insert, {QStringLiteral("once"), 1}, &error) > 0);

    QCOMPARE(sql::insertReturningId(q, insert, {QStringLiteral("once"), 2}, &error), qint64(0));
    QVERIFY2(error.contains(QStringLiteral("UNIQUE")), qPrintable(error));
    error.clear();
    QCOMPARE(sql::insertReturningId(q, insert, {QStringLiteral("twice"), 0}, &error), qint64(0));
    QVERIFY2(error.contains(QStringLiteral("CHECK")), qPrintable(error));
    // An INSERT ... SELECT that adds no row has no id to give: 0, with a message.
    error.clear();
    QCOMPARE(sql::insertReturningId(q,
                                    QStringLiteral("INSERT INTO note (text, size) SELECT text, size FROM note"
                                                   " WHERE size > ?"),
                                    {100}, &error),
             qint64(0));
    QVERIFY(!error.isEmpty());

    QSqlQuery count(db());
    QVERIFY(count.exec(QStringLiteral("SELECT count(*) FROM note")));
    QVERIFY(count.next());
    QCOMPARE(count.value(0).toInt(), 1);
}

void TestSqlSupport::insertReturningIdIgnoresTriggerInserts()
{
    // A trigger that inserts into another table (as the search index's do): the id is still the row's own.
    QVERIFY(execAll({QStringLiteral("CREATE TABLE note (id INTEGER PRIMARY KEY, text TEXT NOT NULL)"),
                     QStringLiteral("CREATE TABLE note_log (id INTEGER PRIMARY KEY, note_id INTEGER NOT NULL)"),
                     QStringLiteral("INSERT INTO note_log (id, note_id) VALUES (1000, 0)"),
                     QStringLiteral("CREATE TRIGGER note_logged AFTER INSERT ON note BEGIN"
                                    " INSERT INTO note_log (note_id) VALUES (new.id); END")}));
    QSqlQuery q(db());
    QString error;
    const qint64 id =
        sql::insertReturningId(q, QStringLiteral("INSERT INTO note (text) VALUES (?)"), {QStringLiteral("x")}, &error);
    QCOMPARE(id, qint64(1));
    QCOMPARE(rowsOf(db(), QStringLiteral("note_log"), 2),
             (QList<QVariantList>{{qint64(1000), qint64(0)}, {qint64(1001), qint64(1)}}));
}

void TestSqlSupport::insertRowLeavesOutMissingId()
{
    // Not an INTEGER PRIMARY KEY but NOT NULL with a default: binding NULL to it would fail, leaving it out gives
    // the default, so the test sees which happened.
    QVERIFY(execAll({QStringLiteral("CREATE TABLE item (id INTEGER NOT NULL DEFAULT 77, name TEXT NOT NULL)")}));
    QSqlQuery q(db());
    QString error;
    const QStringList columns = {QStringLiteral("id"), QStringLiteral("name")};
    QCOMPARE(sql::insertRow(q, QStringLiteral("item"), columns, {sql::fromId(0), QStringLiteral("new")}, &error),
             qint64(77));
    QCOMPARE(sql::insertRow(q, QStringLiteral("item"), columns, {qint64(0), QStringLiteral("zero")}, &error),
             qint64(77));
    QCOMPARE(sql::insertRow(q, QStringLiteral("item"), columns, {sql::fromId(5), QStringLiteral("kept")}, &error),
             qint64(5));
    QCOMPARE(rowsOf(db(), QStringLiteral("item"), 2), (QList<QVariantList>{{qint64(5), QStringLiteral("kept")},
                                                                           {qint64(77), QStringLiteral("new")},
                                                                           {qint64(77), QStringLiteral("zero")}}));

    // On a real id column the database numbers the row; a failure gives 0 and the message.
    QVERIFY(execAll({QStringLiteral("CREATE TABLE numbered (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE)")}));
    const qint64 first =
        sql::insertRow(q, QStringLiteral("numbered"), columns, {sql::fromId(0), QStringLiteral("a")}, &error);
    QCOMPARE(first, qint64(1));
    QCOMPARE(sql::insertRow(q, QStringLiteral("numbered"), columns, {sql::fromId(0), QStringLiteral("b")}, &error),
             qint64(2));
    QCOMPARE(sql::insertRow(q, QStringLiteral("numbered"), columns, {sql::fromId(0), QStringLiteral("a")}, &error),
             qint64(0));
    QVERIFY2(error.contains(QStringLiteral("UNIQUE")), qPrintable(error));
}

void TestSqlSupport::upsertsMatchTheOldStatements_data()
{
    QTest::addColumn<QStringList>("schema");   // tables and their first rows
    QTest::addColumn<QString>("oldStatement"); // the SQLite-only form
    QTest::addColumn<QString>("newStatement"); // the portable form that replaces it
    QTest::addColumn<QList<QVariantList>>("runs");
    QTest::addColumn<QString>("table");
    QTest::addColumn<int>("columns");
    QTest::addColumn<QList<QVariantList>>("expected");

    // As phase_record and check_tally: a composite key, the other columns replaced.
    QTest::newRow("replace: every other column")
        << QStringList{QStringLiteral("CREATE TABLE record (owner INTEGER NOT NULL, phase INTEGER NOT NULL,"
                                      " started INTEGER, who TEXT NOT NULL DEFAULT '',"
                                      " PRIMARY KEY (owner, phase)) WITHOUT ROWID"),
                       QStringLiteral("INSERT INTO record VALUES (1, 0, 100, 'ann'), (1, 1, 200, 'bob')")}
        << QStringLiteral("INSERT OR REPLACE INTO record (owner, phase, started, who) VALUES (?, ?, ?, ?)")
        << QStringLiteral("INSERT INTO record (owner, phase, started, who) VALUES (?, ?, ?, ?)"
                          " ON CONFLICT (owner, phase) DO UPDATE SET started = excluded.started, who = excluded.who")
        << QList<QVariantList>{{1, 0, QVariant(QMetaType(QMetaType::LongLong)), QStringLiteral("cy")},
                               {1, 2, 300, QString()},
                               {2, 0, 400, QStringLiteral("dee")}}
        << QStringLiteral("record") << 4
        << QList<QVariantList>{{qint64(1), qint64(0), QVariant(), QStringLiteral("cy")},
                               {qint64(1), qint64(1), qint64(200), QStringLiteral("bob")},
                               {qint64(1), qint64(2), qint64(300), QString()},
                               {qint64(2), qint64(0), qint64(400), QStringLiteral("dee")}};
    // As session_draft: a text key, one column replaced.
    QTest::newRow("replace: text key")
        << QStringList{QStringLiteral("CREATE TABLE draft (owner INTEGER NOT NULL, field TEXT NOT NULL,"
                                      " text TEXT NOT NULL, PRIMARY KEY (owner, field)) WITHOUT ROWID"),
                       QStringLiteral("INSERT INTO draft VALUES (1, 'timeline', 'old')")}
        << QStringLiteral("INSERT OR REPLACE INTO draft (owner, field, text) VALUES (?, ?, ?)")
        << QStringLiteral("INSERT INTO draft (owner, field, text) VALUES (?, ?, ?)"
                          " ON CONFLICT (owner, field) DO UPDATE SET text = excluded.text")
        << QList<QVariantList>{{1, QStringLiteral("timeline"), QStringLiteral("new")},
                               {1, QStringLiteral("factors"), QStringLiteral("other")},
                               {1, QStringLiteral("timeline"), QStringLiteral("newer")}}
        << QStringLiteral("draft") << 3
        << QList<QVariantList>{{qint64(1), QStringLiteral("factors"), QStringLiteral("other")},
                               {qint64(1), QStringLiteral("timeline"), QStringLiteral("newer")}};
    // As factor_event: links made from a SELECT, the ones already there skipped without an error.
    QTest::newRow("ignore: insert from select")
        << QStringList{QStringLiteral("CREATE TABLE factor (id INTEGER PRIMARY KEY, owner INTEGER NOT NULL)"),
                       QStringLiteral("CREATE TABLE event (id INTEGER PRIMARY KEY, owner INTEGER NOT NULL)"),
                       QStringLiteral("CREATE TABLE link (factor_id INTEGER NOT NULL, event_id INTEGER NOT NULL,"
                                      " PRIMARY KEY (factor_id, event_id)) WITHOUT ROWID"),
                       QStringLiteral("INSERT INTO factor VALUES (1, 10), (2, 20)"),
                       QStringLiteral("INSERT INTO event VALUES (5, 10), (6, 10), (7, 20)"),
                       QStringLiteral("INSERT INTO link VALUES (1, 5)")}
        << QStringLiteral("INSERT OR IGNORE INTO link (factor_id, event_id) SELECT f.id, e.id FROM factor f"
                          " JOIN event e ON e.owner = f.owner WHERE f.id = ? AND e.id = ?")
        << QStringLiteral("INSERT INTO link (factor_id, event_id) SELECT f.id, e.id FROM factor f"
                          " JOIN event e ON e.owner = f.owner WHERE f.id = ? AND e.id = ? ON CONFLICT DO NOTHING")
        << QList<QVariantList>{{1, 5}, {1, 6}, {1, 6}, {1, 7}, {2, 7}} << QStringLiteral("link") << 2
        << QList<QVariantList>{{qint64(1), qint64(5)}, {qint64(1), qint64(6)}, {qint64(2), qint64(7)}};
    // As linkEvent: the bound event id typed in the SELECT list.
    QTest::newRow("ignore: bound value in the select list")
        << QStringList{QStringLiteral("CREATE TABLE factor (id INTEGER PRIMARY KEY, owner INTEGER NOT NULL)"),
                       QStringLiteral("CREATE TABLE link (factor_id INTEGER NOT NULL, event_id INTEGER NOT NULL,"
                                      " PRIMARY KEY (factor_id, event_id)) WITHOUT ROWID"),
                       QStringLiteral("INSERT INTO factor VALUES (1, 10), (2, 20)")}
        << QStringLiteral("INSERT OR IGNORE INTO link (factor_id, event_id) SELECT id, ? FROM factor"
                          " WHERE id = ? AND owner = ?")
        << QStringLiteral("INSERT INTO link (factor_id, event_id) SELECT id, CAST(? AS BIGINT) FROM factor"
                          " WHERE id = ? AND owner = ? ON CONFLICT DO NOTHING")
        << QList<QVariantList>{{5, 1, 10}, {5, 1, 10}, {5, 2, 10}, {qint64(1) << 40, 2, 20}} << QStringLiteral("link")
        << 2 << QList<QVariantList>{{qint64(1), qint64(5)}, {qint64(2), qint64(1) << 40}};
}

void TestSqlSupport::upsertsMatchTheOldStatements()
{
    QFETCH(QStringList, schema);
    QFETCH(QString, oldStatement);
    QFETCH(QString, newStatement);
    QFETCH(QList<QVariantList>, runs);
    QFETCH(QString, table);
    QFETCH(int, columns);
    QFETCH(QList<QVariantList>, expected);

    QList<QVariantList> outcomes[2];
    const QString statements[2] = {oldStatement, newStatement};
    for (int form = 0; form < 2; ++form) {
        init();
        QVERIFY(execAll(schema));
        for (const QVariantList &values : std::as_const(runs)) {
            QSqlQuery q(db());
            QString error;
            QVERIFY2(sql::run(q, statements[form], values, &error), qPrintable(error));
        }
        outcomes[form] = rowsOf(db(), table, columns);
    }
    QCOMPARE(outcomes[1], outcomes[0]);
    QCOMPARE(outcomes[1], expected);
}

void TestSqlSupport::counterUpsertAddsOne()
{
    // As check_tally: the first answer makes the row, each later one adds one; the column is qualified with its table
    // (PostgreSQL finds a bare `count` ambiguous between the table and excluded).
    QVERIFY(execAll({QStringLiteral("CREATE TABLE tally (owner INTEGER NOT NULL, value INTEGER NOT NULL,"
                                    " count INTEGER NOT NULL CHECK (count >= 0), PRIMARY KEY (owner, value))"
                                    " WITHOUT ROWID")}));
    const QString add = QStringLiteral("INSERT INTO tally (owner, value, count) VALUES (?, ?, 1)"
                                       " ON CONFLICT (owner, value) DO UPDATE SET count = tally.count + 1");
    for (const QVariantList &values : QList<QVariantList>{{1, 3}, {1, 3}, {1, 5}, {1, 3}, {2, 3}}) {
        QSqlQuery q(db());
        QString error;
        QVERIFY2(sql::run(q, add, values, &error), qPrintable(error));
    }
    QCOMPARE(rowsOf(db(), QStringLiteral("tally"), 3), (QList<QVariantList>{{qint64(1), qint64(3), qint64(3)},
                                                                            {qint64(1), qint64(5), qint64(1)},
                                                                            {qint64(2), qint64(3), qint64(1)}}));
}

void TestSqlSupport::teamSubtreeTakesAWideId()
{
    const qint64 wide = qint64(1) << 40;
    QVERIFY(execAll({QStringLiteral("CREATE TABLE team (id INTEGER PRIMARY KEY, parent_id INTEGER)"),
                     QStringLiteral("INSERT INTO team VALUES (1, NULL), (2, 1), (3, 2), (4, NULL), (%1, 4), (%2, %1)")
                         .arg(wide)
                         .arg(wide + 1)}));
    const auto subtree = [](qint64 root) {
        QList<qint64> ids;
        QSqlQuery q(db());
        QString error;
        if (!sql::run(q, sql::teamSubtreeQuery() + QStringLiteral(" ORDER BY id"), {root}, &error))
            return ids;
        while (q.next())
            ids.append(q.value(0).toLongLong());
        return ids;
    };
    QCOMPARE(subtree(1), (QList<qint64>{1, 2, 3}));
    QCOMPARE(subtree(2), (QList<qint64>{2, 3}));
    QCOMPARE(subtree(4), (QList<qint64>{4, wide, wide + 1}));
    QCOMPARE(subtree(wide), (QList<qint64>{wide, wide + 1}));
}

void TestSqlSupport::bulkInsertReportsNewIds()
{
    QVERIFY(execAll({QStringLiteral("CREATE TABLE note (id INTEGER PRIMARY KEY, text TEXT NOT NULL)")}));
    QVERIFY(db().transaction());
    {
        BulkInsert insert(db(), QStringLiteral("INSERT INTO note (text) VALUES (?)"), BulkInsert::Returns::NewId);
        QVERIFY2(insert.isReady(), qPrintable(insert.error()));
        QList<qint64> ids;
        for (const QString &text : {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}) {
            insert.bind(0, text);
            const Status status = insert.exec();
            QVERIFY2(status.ok(), qPrintable(status.error()));
            ids.append(insert.lastInsertId());
        }
        QCOMPARE(ids, (QList<qint64>{1, 2, 3}));
    }
    QVERIFY(db().commit());
}

void TestSqlSupport::describeTellsSqlStatesFromSqliteCodes_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("says");
    QTest::newRow("SQLite busy") << QStringLiteral("5") << QStringLiteral("busy");
    QTest::newRow("SQLite extended I/O error") << QStringLiteral("3850") << QStringLiteral("could not write");
    // 22021 & 0xff is 5 and 53100 & 0xff is 108: neither may be read as a SQLite code.
    QTest::newRow("PostgreSQL bad encoding") << QStringLiteral("22021") << QStringLiteral("server says so");
    QTest::newRow("PostgreSQL unique violation") << QStringLiteral("23505") << QStringLiteral("server says so");
}

void TestSqlSupport::describeTellsSqlStatesFromSqliteCodes()
{
    QFETCH(QString, code);
    QFETCH(QString, says);
    const QString text =
        sql::describe(QSqlError(QString(), QStringLiteral("server says so"), QSqlError::StatementError, code));
    QVERIFY2(text.contains(says), qPrintable(text));
}

QTEST_GUILESS_MAIN(TestSqlSupport)
#include "tst_sqlsupport.moc"
