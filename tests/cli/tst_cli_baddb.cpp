// candor-cli and its database file: a healthy check, bad --db paths and damaged files refused and left
// byte-identical, the forms of --db, CANDOR_DB, and the default location.
#include "cli/CliHarness.h"

#include "common/DamagedFile.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

using namespace candor::clitest;

class TestCliBadDb : public QObject, public CliHarness
{
    Q_OBJECT

private slots:
    void initTestCase() { startTestCase(); }
    void init() { startTest(); }
    void cleanup() { finishTest(); }

    void checkHealthy();
    void badDatabaseRefused_data();
    void badDatabaseRefused();
    void checkDamagedDatabase();

    void dbOptionForms();
    void environmentVariable();
    void defaultDatabaseLocation();
};

void TestCliBadDb::checkHealthy()
{
    const QString database = createDemo(QStringLiteral("demo.db"));
    QVERIFY(!database.isEmpty());
    const QByteArray before = fingerprint(database);
    const Run r = run({QStringLiteral("check"), QStringLiteral("--db"), database});
    QCOMPARE(r.exitStatus, QProcess::NormalExit);
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.err, QString());
    QVERIFY2(r.out.contains(QLatin1String("Integrity: ok")), qPrintable(r.out));
    QVERIFY(r.out.contains(QLatin1String("Schema version")));
    QVERIFY(r.out.contains(QLatin1String("(current)")));
    QVERIFY(!r.out.contains(QLatin1String("Problems")));
    QCOMPARE(fingerprint(database), before);
}

void TestCliBadDb::badDatabaseRefused_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("text file") << QStringLiteral("text");
    QTest::newRow("directory") << QStringLiteral("directory");
    QTest::newRow("read-only file") << QStringLiteral("read-only");
    QTest::newRow("missing folder") << QStringLiteral("missing folder");
    QTest::newRow("newer Candor") << QStringLiteral("newer");
}

void TestCliBadDb::badDatabaseRefused()
{
    QFETCH(QString, kind);

    QString database;
    if (kind == QLatin1String("text")) {
        database = path(QStringLiteral("notes.txt"));
        QFile file(database);
        QVERIFY(file.open(QIODevice::WriteOnly));
        for (int i = 0; i < 200; ++i)
            file.write("These are meeting notes, not a database.\n");
    } else if (kind == QLatin1String("directory")) {
        database = path(QStringLiteral("folder.db"));
        QVERIFY(QDir().mkdir(database));
    } else if (kind == QLatin1String("read-only")) {
        database = createDemo(QStringLiteral("readonly.db"));
        QVERIFY(!database.isEmpty());
        QVERIFY(
            QFile::setPermissions(database, QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther));
    } else if (kind == QLatin1String("missing folder")) {
        database = path(QStringLiteral("no-such-folder/candor.db"));
    } else if (kind == QLatin1String("newer")) {
        database = createDemo(QStringLiteral("newer.db"));
        QVERIFY(!database.isEmpty());
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("newer"));
            db.setDatabaseName(database);
            QVERIFY2(db.open(), qPrintable(db.lastError().text()));
            QSqlQuery query(db);
            QVERIFY2(query.exec(QStringLiteral("PRAGMA user_version = 99")), qPrintable(query.lastError().text()));
            QVERIFY(query.exec(QStringLiteral("PRAGMA user_version")));
            QVERIFY(query.next());
            QCOMPARE(query.value(0).toInt(), 99);
            query.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("newer"));
    }
    QVERIFY(!database.isEmpty());

    const QByteArray before = fingerprint(database);
    const QStringList commands[] = {
        {QStringLiteral("check")},
        {QStringLiteral("list"), QStringLiteral("teams")},
        {QStringLiteral("list"), QStringLiteral("incidents"), QStringLiteral("--format"), QStringLiteral("csv")},
        {QStringLiteral("team"), QStringLiteral("add"), QStringLiteral("Ledger")},
        {QStringLiteral("member"), QStringLiteral("add"), QStringLiteral("Ana"), QStringLiteral("--team"),
         QStringLiteral("Billing"), QStringLiteral("--role"), QStringLiteral("Engineer")},
        {QStringLiteral("demo")},
    };
    for (const QStringList &command : commands) {
        const Run r = run(command + QStringList{QStringLiteral("--db"), database});
        const QByteArray context = command.join(QLatin1Char(' ')).toUtf8() + ": " + r.err.toUtf8();
        QVERIFY2(r.exitStatus == QProcess::NormalExit, context.constData());
        QVERIFY2(r.exitCode == 2, (QByteArray::number(r.exitCode) + " from " + context).constData());
        QCOMPARE(r.errLines().size(), 1);
        QVERIFY2(r.err.startsWith(QLatin1String("candor-cli: ")), context.constData());
        QCOMPARE(fingerprint(database), before);
        // Nothing is left next to it either (no journal, no WAL).
        for (const char *suffix : {"-journal", "-wal", "-shm"})
            QVERIFY2(!QFileInfo::exists(database + QLatin1String(suffix)), suffix);
    }
    if (kind == QLatin1String("missing folder"))
        QVERIFY(!QFileInfo::exists(path(QStringLiteral("no-such-folder"))));
}

void TestCliBadDb::checkDamagedDatabase()
{
    const QString database = createDemo(QStringLiteral("damaged.db"));
    QVERIFY(!database.isEmpty());
    QVERIFY2(!QFileInfo::exists(database + QLatin1String("-wal")), "the demo should be checkpointed on close");

    // Garbage over a few pages in the middle; the header page stays intact so SQLite still opens the file.
    QString why;
    QVERIFY2(candor::testdata::garbleMiddlePages(database, &why), qPrintable(why));

    const Run r = run({QStringLiteral("check"), QStringLiteral("--db"), database});
    QCOMPARE(r.exitStatus, QProcess::NormalExit);
    QVERIFY2(r.exitCode == 1 || r.exitCode == 2, qPrintable(QString::number(r.exitCode)));
    QVERIFY(!r.out.contains(QLatin1String("Integrity: ok")));
    if (r.exitCode == 1) {
        QVERIFY2(r.out.contains(QLatin1String("Problems found")), qPrintable(r.out));
    } else {
        QCOMPARE(r.errLines().size(), 1);
        QVERIFY(r.err.startsWith(QLatin1String("candor-cli: ")));
    }

    // Commands that write check the whole file first and refuse a damaged one without touching it.
    const QByteArray before = fingerprint(database);
    const Run add = run({QStringLiteral("team"), QStringLiteral("add"), QStringLiteral("Late arrivals"),
                         QStringLiteral("--db"), database});
    QCOMPARE(add.exitStatus, QProcess::NormalExit);
    QCOMPARE(add.exitCode, 2);
    QCOMPARE(add.errLines().size(), 1);
    QVERIFY(add.err.startsWith(QLatin1String("candor-cli: ")));
    QVERIFY2(add.err.contains(QLatin1String("damaged")), qPrintable(add.err));
    QCOMPARE(fingerprint(database), before);

    // Commands that only read skip the whole-file check (it takes seconds on a large organisation): they meet damage
    // only on the pages they read, and then fail with one line. Either way the file is not touched.
    const Run list = run({QStringLiteral("list"), QStringLiteral("teams"), QStringLiteral("--db"), database});
    QCOMPARE(list.exitStatus, QProcess::NormalExit);
    if (list.exitCode != 0) {
        QCOMPARE(list.errLines().size(), 1);
        QVERIFY(list.err.startsWith(QLatin1String("candor-cli: ")));
    }
    QCOMPARE(fingerprint(database), before);
}

void TestCliBadDb::dbOptionForms()
{
    const QString database = path(QStringLiteral("forms.db"));
    QVERIFY(!createDemo(QStringLiteral("forms.db")).isEmpty());

    const QList<QStringList> forms{
        {QStringLiteral("--db"), database, QStringLiteral("member"), QStringLiteral("add"), QStringLiteral("Before")},
        {QStringLiteral("--db=") + database, QStringLiteral("member"), QStringLiteral("add"), QStringLiteral("Equals")},
        {QStringLiteral("member"), QStringLiteral("add"), QStringLiteral("After"), QStringLiteral("--db"), database},
        {QStringLiteral("member"), QStringLiteral("add"), QStringLiteral("AfterEquals"),
         QStringLiteral("--db=") + database},
    };
    for (const QStringList &form : forms) {
        const Run r = run(form + QStringList{QStringLiteral("--team"), QStringLiteral("Billing"),
                                             QStringLiteral("--role"), QStringLiteral("Engineer")});
        QCOMPARE(r.exitStatus, QProcess::NormalExit);
        QCOMPARE(r.exitCode, 0);
    }
    // Relative to the working folder, too.
    const Run relative =
        run({QStringLiteral("list"), QStringLiteral("members"), QStringLiteral("--team"), QStringLiteral("Billing"),
             QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--db=forms.db")});
    QCOMPARE(relative.exitCode, 0);
    const QJsonArray members = parseJsonArray(relative.out);
    for (const char *name : {"Before", "Equals", "After", "AfterEquals"})
        QVERIFY2(!findByName(members, QLatin1String(name)).isEmpty(), name);
    QVERIFY(!QFileInfo::exists(path(QStringLiteral("xdg-data"))));
}

void TestCliBadDb::environmentVariable()
{
    const QString database = createDemo(QStringLiteral("env.db"));
    const QString other = createDemo(QStringLiteral("other.db"));
    QVERIFY(!database.isEmpty());
    QVERIFY(!other.isEmpty());
    QProcessEnvironment environment = baseEnvironment();
    environment.insert(QStringLiteral("CANDOR_DB"), database);

    Run r = run({QStringLiteral("member"), QStringLiteral("add"), QStringLiteral("From the environment"),
                 QStringLiteral("--team"), QStringLiteral("Search"), QStringLiteral("--role"), QStringLiteral("SRE")},
                environment);
    QCOMPARE(r.exitCode, 0);
    r = run({QStringLiteral("list"), QStringLiteral("members"), QStringLiteral("--format"), QStringLiteral("json"),
             QStringLiteral("--db"), database});
    QVERIFY(!findByName(parseJsonArray(r.out), QStringLiteral("From the environment")).isEmpty());
    r = run({QStringLiteral("check")}, environment);
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains(database));

    // --db wins over CANDOR_DB.
    r = run({QStringLiteral("list"), QStringLiteral("members"), QStringLiteral("--format"), QStringLiteral("json"),
             QStringLiteral("--db"), other},
            environment);
    QCOMPARE(r.exitCode, 0);
    QVERIFY(findByName(parseJsonArray(r.out), QStringLiteral("From the environment")).isEmpty());

    // A bad CANDOR_DB is used, and refused, rather than silently replaced by the default.
    environment.insert(QStringLiteral("CANDOR_DB"), path(QStringLiteral("missing/candor.db")));
    r = run({QStringLiteral("list"), QStringLiteral("teams")}, environment);
    QCOMPARE(r.exitCode, 2);
    QCOMPARE(r.errLines().size(), 1);
    QVERIFY(!QFileInfo::exists(path(QStringLiteral("xdg-data"))));
}

void TestCliBadDb::defaultDatabaseLocation()
{
    // Without --db and CANDOR_DB the default file in the user's data folder is created and used.
    Run r = run({QStringLiteral("member"), QStringLiteral("add"), QStringLiteral("Ana"), QStringLiteral("--team"),
                 QStringLiteral("Nowhere"), QStringLiteral("--role"), QStringLiteral("SRE")});
    QCOMPARE(r.exitCode, 1); // no such team in the new, empty default database
    r = run({QStringLiteral("check")});
    QCOMPARE(r.exitCode, 0);
    const QString dataHome = path(QStringLiteral("xdg-data"));
    QVERIFY2(r.out.contains(dataHome), qPrintable(r.out));
    QVERIFY(QDir(dataHome).exists());
}

QTEST_GUILESS_MAIN(TestCliBadDb)
#include "tst_cli_baddb.moc"
