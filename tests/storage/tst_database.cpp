// Database: opening new and existing files, connection settings, migrations, refusing paths that name no file to
// use, path resolution, and the write transaction guard. Damaged and hostile files: tst_damageddb.
#include "storage/Database.h"
#include "storage/Migrations.h"
#include "storage/Transaction.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace candor;

Q_DECLARE_METATYPE(candor::Database::Problem)

namespace {

enum class BadPath { MissingFolder, Empty };
enum class PathSource { CommandLine, Environment, Default };

} // namespace

Q_DECLARE_METATYPE(BadPath)
Q_DECLARE_METATYPE(PathSource)

namespace {

QString queryValue(const QSqlDatabase &db, const QString &statement)
{
    QSqlQuery query(db);
    if (!query.exec(statement) || !query.next())
        return QStringLiteral("<error: %1>").arg(query.lastError().text());
    return query.value(0).toString();
}

int teamRows(const QSqlDatabase &db)
{
    return queryValue(db, QStringLiteral("SELECT count(*) FROM team")).toInt();
}

bool insertTeamRow(const QSqlDatabase &db, const QString &name)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("INSERT INTO team (name) VALUES (?)"));
    query.addBindValue(name);
    return query.exec();
}

QStringList tableNames(const QSqlDatabase &db)
{
    QStringList names;
    QSqlQuery query(db);
    if (query.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"))) {
        while (query.next())
            names.append(query.value(0).toString());
    }
    return names;
}

} // namespace

class TestDatabase : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void newFileGetsLatestSchema();
    void connectionSettings_data();
    void connectionSettings();
    void reopeningKeepsData();
    void migratesFromEveryEarlierVersion_data();
    void migratesFromEveryEarlierVersion();
    void refusesPath_data();
    void refusesPath();
    void resolvePathPrecedence_data();
    void resolvePathPrecedence();
    void transactionRollsBackWhenNotCommitted();
    void transactionCommits();
    void nestedTransactionIsRefused();

private:
    QString pathFor(const QString &name) const { return m_dir->filePath(name); }

    std::unique_ptr<QTemporaryDir> m_dir;
    QByteArray m_savedCandorDb;
    bool m_hadCandorDb = false;
};

void TestDatabase::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestDatabase::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY2(m_dir->isValid(), qPrintable(m_dir->errorString()));
    m_hadCandorDb = qEnvironmentVariableIsSet("CANDOR_DB");
    m_savedCandorDb = qgetenv("CANDOR_DB");
}

void TestDatabase::cleanup()
{
    if (m_hadCandorDb)
        qputenv("CANDOR_DB", m_savedCandorDb);
    else
        qunsetenv("CANDOR_DB");
    m_dir.reset();
}

void TestDatabase::newFileGetsLatestSchema()
{
    const QString path = pathFor(QStringLiteral("new.sqlite"));
    QVERIFY(!QFileInfo::exists(path));

    Database db;
    const Status status = db.open(path);
    QVERIFY2(status.ok(), qPrintable(status.error()));
    QVERIFY(db.isOpen());
    QCOMPARE(db.problem(), Database::Problem::None);
    QCOMPARE(db.path(), QFileInfo(path).absoluteFilePath());
    QVERIFY(QFileInfo::exists(path));
    QCOMPARE(db.schemaVersion(), Database::latestSchemaVersion());
    QCOMPARE(Migrations::currentVersion(db.connection()), Database::latestSchemaVersion());
    QCOMPARE(queryValue(db.connection(), QStringLiteral("PRAGMA application_id")).toInt(), Database::applicationId);
    const QStringList tables = tableNames(db.connection());
    for (const QString &table : {QStringLiteral("team"), QStringLiteral("member"), QStringLiteral("incident")})
        QVERIFY2(tables.contains(table), qPrintable(tables.join(QLatin1Char(' '))));
    QCOMPARE(db.integrityProblems(), QStringList());
    QCOMPARE(teamRows(db.connection()), 0);
}

void TestDatabase::connectionSettings_data()
{
    QTest::addColumn<QString>("pragma");
    QTest::addColumn<QString>("expected");

    QTest::newRow("journal in write-ahead log mode") << QStringLiteral("journal_mode") << QStringLiteral("wal");
    QTest::newRow("foreign keys enforced") << QStringLiteral("foreign_keys") << QStringLiteral("1");
    QTest::newRow("synchronous FULL") << QStringLiteral("synchronous") << QStringLiteral("2");
    // ON so the full-text triggers may write to their FTS5 table (Database::configure()).
    QTest::newRow("schema trusted for the full-text triggers")
        << QStringLiteral("trusted_schema") << QStringLiteral("1");
}

void TestDatabase::connectionSettings()
{
    QFETCH(QString, pragma);
    QFETCH(QString, expected);

    const QString path = pathFor(QStringLiteral("settings.sqlite"));
    {
        Database db;
        QVERIFY(db.open(path));
        QCOMPARE(queryValue(db.connection(), QStringLiteral("PRAGMA ") + pragma), expected);
    }
    // The settings apply again when an existing file is opened.
    Database reopened;
    QVERIFY(reopened.open(path));
    QCOMPARE(queryValue(reopened.connection(), QStringLiteral("PRAGMA ") + pragma), expected);
}

void TestDatabase::reopeningKeepsData()
{
    const QString path = pathFor(QStringLiteral("keep.sqlite"));
    {
        Database db;
        QVERIFY(db.open(path));
        QVERIFY(insertTeamRow(db.connection(), QStringLiteral("Payments")));
    }
    Database db;
    QVERIFY(db.open(path));
    QCOMPARE(teamRows(db.connection()), 1);
    QCOMPARE(queryValue(db.connection(), QStringLiteral("SELECT name FROM team")), QStringLiteral("Payments"));
}

void TestDatabase::migratesFromEveryEarlierVersion_data()
{
    QTest::addColumn<int>("startVersion");

    QTest::newRow("from an empty file (version 0)") << 0;
    for (int version = 1; version < Database::latestSchemaVersion(); ++version)
        QTest::addRow("from version %d", version) << version;
}

void TestDatabase::migratesFromEveryEarlierVersion()
{
    QFETCH(int, startVersion);

    const QString path = pathFor(QStringLiteral("old.sqlite"));
    {
        Database db;
        Database::Options options;
        options.migrate = false;
        const Status opened = db.open(path, options);
        QVERIFY2(opened.ok(), qPrintable(opened.error()));
        QCOMPARE(db.schemaVersion(), 0);
        const Status migrated = Migrations::migrate(db.connection(), startVersion);
        QVERIFY2(migrated.ok(), qPrintable(migrated.error()));
        QCOMPARE(db.schemaVersion(), startVersion);
        // Data written at the old version must survive the migration.
        if (startVersion >= 1)
            QVERIFY(insertTeamRow(db.connection(), QStringLiteral("Written at an older version")));
    }

    Database db;
    const Status status = db.open(path);
    QVERIFY2(status.ok(), qPrintable(status.error()));
    QCOMPARE(db.schemaVersion(), Database::latestSchemaVersion());
    QCOMPARE(queryValue(db.connection(), QStringLiteral("PRAGMA application_id")).toInt(), Database::applicationId);
    const QStringList tables = tableNames(db.connection());
    for (const QString &table : {QStringLiteral("team"), QStringLiteral("member"), QStringLiteral("incident")})
        QVERIFY2(tables.contains(table), qPrintable(tables.join(QLatin1Char(' '))));
    QCOMPARE(teamRows(db.connection()), startVersion >= 1 ? 1 : 0);
    QCOMPARE(db.integrityProblems(), QStringList());
}

void TestDatabase::refusesPath_data()
{
    QTest::addColumn<BadPath>("kind");

    QTest::newRow("a missing folder") << BadPath::MissingFolder;
    QTest::newRow("an empty path") << BadPath::Empty;
}

void TestDatabase::refusesPath()
{
    QFETCH(BadPath, kind);

    QString path;
    switch (kind) {
    case BadPath::MissingFolder:
        path = pathFor(QStringLiteral("missing/candor.sqlite"));
        break;
    case BadPath::Empty:
        path = QStringLiteral("  ");
        break;
    }

    Database db;
    const Status status = db.open(path);
    QVERIFY(!status.ok());
    QVERIFY(!status.error().isEmpty());
    QCOMPARE(db.problem(), Database::Problem::CannotOpen);
    QVERIFY(!db.isOpen());

    switch (kind) {
    case BadPath::MissingFolder:
        QVERIFY(!QFileInfo::exists(pathFor(QStringLiteral("missing"))));
        break;
    case BadPath::Empty:
        break;
    }
}

void TestDatabase::resolvePathPrecedence_data()
{
    QTest::addColumn<QString>("commandLine");
    QTest::addColumn<QString>("environment");
    QTest::addColumn<PathSource>("expected");

    const QString commandLine = QStringLiteral("/from/command/line.sqlite");
    const QString environment = QStringLiteral("/from/environment.sqlite");
    QTest::newRow("command-line value wins over CANDOR_DB") << commandLine << environment << PathSource::CommandLine;
    QTest::newRow("command-line value without CANDOR_DB") << commandLine << QString() << PathSource::CommandLine;
    QTest::newRow("CANDOR_DB without a command-line value") << QString() << environment << PathSource::Environment;
    QTest::newRow("default without either") << QString() << QString() << PathSource::Default;
}

void TestDatabase::resolvePathPrecedence()
{
    QFETCH(QString, commandLine);
    QFETCH(QString, environment);
    QFETCH(PathSource, expected);

    if (environment.isEmpty())
        qunsetenv("CANDOR_DB");
    else
        qputenv("CANDOR_DB", environment.toUtf8());

    const QString resolved = Database::resolvePath(commandLine);
    switch (expected) {
    case PathSource::CommandLine:
        QCOMPARE(resolved, commandLine);
        // A path someone named is used as given: its folder is not created.
        QVERIFY(!QFileInfo::exists(QStringLiteral("/from")));
        break;
    case PathSource::Environment:
        QCOMPARE(resolved, environment);
        QVERIFY(!QFileInfo::exists(QStringLiteral("/from")));
        break;
    case PathSource::Default: {
        QCOMPARE(resolved, Database::defaultPath());
        const QString dataFolder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
        QCOMPARE(QFileInfo(resolved).absolutePath(), QDir(dataFolder).absolutePath());
        QVERIFY(QFileInfo(dataFolder).isDir());
        break;
    }
    }
}

void TestDatabase::transactionRollsBackWhenNotCommitted()
{
    Database db;
    QVERIFY(db.open(pathFor(QStringLiteral("rollback.sqlite"))));
    {
        WriteTransaction transaction(db.connection());
        QVERIFY2(transaction.isActive(), qPrintable(transaction.error()));
        QVERIFY(insertTeamRow(db.connection(), QStringLiteral("Never committed")));
        QCOMPARE(teamRows(db.connection()), 1);
    }
    QCOMPARE(teamRows(db.connection()), 0);

    // Nothing was left open: the next transaction starts and commits normally.
    WriteTransaction next(db.connection());
    QVERIFY2(next.isActive(), qPrintable(next.error()));
}

void TestDatabase::transactionCommits()
{
    const QString path = pathFor(QStringLiteral("commit.sqlite"));
    {
        Database db;
        QVERIFY(db.open(path));
        WriteTransaction transaction(db.connection());
        QVERIFY(transaction.isActive());
        QVERIFY(insertTeamRow(db.connection(), QStringLiteral("Committed")));
        const Status status = transaction.commit();
        QVERIFY2(status.ok(), qPrintable(status.error()));
        QVERIFY(!transaction.isActive());
    }
    Database reopened;
    QVERIFY(reopened.open(path));
    QCOMPARE(teamRows(reopened.connection()), 1);
}

void TestDatabase::nestedTransactionIsRefused()
{
    Database db;
    QVERIFY(db.open(pathFor(QStringLiteral("nested.sqlite"))));
    WriteTransaction outer(db.connection());
    QVERIFY(outer.isActive());
    QVERIFY(insertTeamRow(db.connection(), QStringLiteral("Outer")));
    {
        WriteTransaction inner(db.connection());
        QVERIFY(!inner.isActive());
        QVERIFY(!inner.error().isEmpty());
        QVERIFY(!inner.commit().ok());
    }
    // The refused inner guard must not have rolled back the outer transaction.
    QCOMPARE(teamRows(db.connection()), 1);
    QVERIFY(outer.commit().ok());
    QCOMPARE(teamRows(db.connection()), 1);
}

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
