// Backup: copies taken with the online backup API while another connection writes (one committed state, whole
// transactions only, never a temporary left behind), the daily rotation, checking backups, restore (which keeps the
// replaced database), and the backup before a migration.
#include "storage/Backup.h"
#include "storage/Database.h"
#include "storage/Migrations.h"
#include "storage/Transaction.h"

#include <QAtomicInt>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <memory>

using namespace candor;

namespace {

enum class BadTarget { LiveDatabase, MissingFolder, Folder, DatabaseInUse };
enum class BadBackup { Missing, TextFile, Garbled, OtherProgram, EmptySqlite, NewerVersion };

} // namespace

Q_DECLARE_METATYPE(BadTarget)
Q_DECLARE_METATYPE(BadBackup)

namespace {

constexpr int rowsPerTransaction = 10;

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QByteArrayLiteral("missing");
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result().toHex();
}

// Runs statements through a plain SQLite connection, the way another program would write a file.
bool runPlainSqlite(const QString &path, const QStringList &statements)
{
    const QString name = QStringLiteral("plain-sqlite");
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        ok = db.open();
        {
            QSqlQuery query(db);
            for (const QString &statement : statements) {
                if (!ok)
                    break;
                ok = query.exec(statement);
                if (!ok)
                    qWarning() << statement << query.lastError().text();
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

// One value read from a file through a read-only connection of its own (never one of Candor's).
QString valueIn(const QString &path, const QString &statement)
{
    const QString name = QStringLiteral("reader");
    QString value = QStringLiteral("<cannot open>");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(statement) && query.next())
                value = query.value(0).toString();
            else
                value = QStringLiteral("<error: %1>").arg(query.lastError().text());
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return value;
}

QString value(const QSqlDatabase &db, const QString &statement)
{
    QSqlQuery query(db);
    if (!query.exec(statement) || !query.next())
        return QStringLiteral("<error: %1>").arg(query.lastError().text());
    return query.value(0).toString();
}

bool insertTeam(const QSqlDatabase &db, const QString &name, const QString &description = QString())
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("INSERT INTO team (name, description) VALUES (?, ?)"));
    query.addBindValue(name);
    query.addBindValue(description.isNull() ? QStringLiteral("") : description);
    return query.exec();
}

// A closed Candor database at the latest schema with the given teams.
bool createDatabase(const QString &path, const QStringList &teams)
{
    Database db;
    if (!db.open(path))
        return false;
    for (const QString &team : teams) {
        if (!insertTeam(db.connection(), team))
            return false;
    }
    return true;
}

// A closed Candor database stopped at an older schema version, with one team written at that version.
bool createOlderDatabase(const QString &path, int version, const QString &team)
{
    Database db;
    Database::Options options;
    options.migrate = false;
    if (!db.open(path, options) || !Migrations::migrate(db.connection(), version))
        return false;
    return insertTeam(db.connection(), team);
}

QStringList teamNames(const QString &path)
{
    Database db;
    if (!db.open(path))
        return {QStringLiteral("<cannot open: %1>").arg(db.path())};
    QStringList names;
    QSqlQuery query(db.connection());
    query.exec(QStringLiteral("SELECT name FROM team ORDER BY name"));
    while (query.next())
        names.append(query.value(0).toString());
    return names;
}

// Every entry of a folder, hidden ones included (temporaries start with a dot).
QStringList entries(const QString &folder)
{
    return QDir(folder).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden, QDir::Name);
}

// Writes transactions of rowsPerTransaction teams through a connection of its own, in its own thread, until told to
// stop; counts the transactions it committed.
class Writer : public QThread
{
public:
    explicit Writer(const QString &path)
        : m_path(path)
    {}
    void stop() { m_stop.storeRelease(1); }
    int committed() const { return m_committed.loadAcquire(); }
    const QString &error() const { return m_error; }

protected:
    void run() override
    {
        Database db; // created, used and closed in this thread
        if (const Status opened = db.open(m_path); !opened) {
            m_error = opened.error();
            return;
        }
        const QString padding(400, QLatin1Char('w'));
        for (int n = 0; !m_stop.loadAcquire(); ++n) {
            WriteTransaction transaction(db.connection());
            if (!transaction.isActive()) {
                m_error = transaction.error();
                return;
            }
            for (int i = 0; i < rowsPerTransaction; ++i) {
                if (!insertTeam(db.connection(), QStringLiteral("written %1.%2").arg(n).arg(i), padding)) {
                    m_error = QStringLiteral("insert failed");
                    return;
                }
            }
            if (const Status committed = transaction.commit(); !committed) {
                m_error = committed.error();
                return;
            }
            m_committed.fetchAndAddRelease(1);
        }
    }

private:
    QString m_path;
    QAtomicInt m_stop;
    QAtomicInt m_committed;
    QString m_error;
};

} // namespace

class TestBackup : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void backupWhileAnotherConnectionWrites();
    void backupIsOneSelfContainedFile();
    void backupReplacesTargetWhole();
    void refusedBackupLeavesTargetUntouched_data();
    void refusedBackupLeavesTargetUntouched();
    void dailyKeepsSevenAndLeavesOthers();
    void listNamesKinds();
    void verifyRefuses_data();
    void verifyRefuses();
    void restoreKeepsReplacedDatabase();
    void restoreRefusedWhileAnotherConnectionIsOpen();
    void restoreOlderBackupIsUpdatedOnReopen();
    void backupBeforeMigration_data();
    void backupBeforeMigration();
    void failedBackupStopsMigration();

private:
    QString pathFor(const QString &name) const { return m_dir->filePath(name); }
    QString backups() const { return Backup::folder(pathFor(QStringLiteral("candor.sqlite"))); }

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestBackup::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestBackup::cleanup()
{
    m_dir.reset();
}

void TestBackup::backupWhileAnotherConnectionWrites()
{
    const QString path = pathFor(QStringLiteral("candor.sqlite"));
    QVERIFY(createDatabase(path, {}));
    {
        // Enough data that each copy takes a while, so commits land while it runs.
        Database db;
        QVERIFY(db.open(path));
        WriteTransaction transaction(db.connection());
        const QString filler(2000, QLatin1Char('f'));
        for (int i = 0; i < 5000; ++i)
            QVERIFY(insertTeam(db.connection(), QStringLiteral("filler %1").arg(i), filler));
        QVERIFY(transaction.commit());
    }

    Database db;
    QVERIFY(db.open(path));
    Writer writer(path);
    writer.start();
    QTRY_VERIFY2(writer.committed() >= 3 || !writer.error().isEmpty(), qPrintable(writer.error()));

    int committedDuringCopies = 0;
    int previous = 0;
    for (int i = 0; i < 6; ++i) {
        const QString copy = pathFor(QStringLiteral("copy%1.sqlite").arg(i));
        const int before = writer.committed();
        const Status taken = Backup::take(db, copy);
        const int after = writer.committed();
        QVERIFY2(taken, qPrintable(taken.error()));
        committedDuringCopies += after - before;

        QCOMPARE(valueIn(copy, QStringLiteral("PRAGMA integrity_check")), QStringLiteral("ok"));
        const int written =
            valueIn(copy, QStringLiteral("SELECT count(*) FROM team WHERE name LIKE 'written %'")).toInt();
        // Whole transactions only, and a state that was committed while the copy ran.
        QVERIFY2(written % rowsPerTransaction == 0, qPrintable(QString::number(written)));
        QVERIFY2(written >= before * rowsPerTransaction,
                 qPrintable(QStringLiteral("%1 < %2").arg(written).arg(before)));
        QVERIFY2(written <= (after + 1) * rowsPerTransaction,
                 qPrintable(QStringLiteral("%1 > %2").arg(written).arg(after + 1)));
        QVERIFY(written >= previous);
        previous = written;
        QCOMPARE(valueIn(copy, QStringLiteral("SELECT count(*) FROM team WHERE name LIKE 'filler %'")),
                 QStringLiteral("5000"));
        QVERIFY(Backup::verify(copy));
    }
    writer.stop();
    QVERIFY(writer.wait(30000));
    QVERIFY2(writer.error().isEmpty(), qPrintable(writer.error()));
    // The writer was not held up: it went on committing while the copies were taken.
    QVERIFY2(committedDuringCopies > 0, "no transaction committed while a copy ran");
    // Only the copies remain: no temporary, no journal.
    QStringList expected = {QStringLiteral("candor.sqlite")};
    for (int i = 0; i < 6; ++i)
        expected.append(QStringLiteral("copy%1.sqlite").arg(i));
    QStringList found = entries(m_dir->path());
    found.removeAll(QStringLiteral("candor.sqlite-wal"));
    found.removeAll(QStringLiteral("candor.sqlite-shm"));
    expected.sort();
    QCOMPARE(found, expected);
}

void TestBackup::backupIsOneSelfContainedFile()
{
    const QString path = pathFor(QStringLiteral("candor.sqlite"));
    QVERIFY(createDatabase(path, {QStringLiteral("Payments"), QStringLiteral("Search")}));
    Database db;
    QVERIFY(db.open(path));
    // A change still only in the live database's WAL is in the copy too.
    QVERIFY(insertTeam(db.connection(), QStringLiteral("Checkout")));
    const QString copy = pathFor(QStringLiteral("copy.sqlite"));
    const Status taken = Backup::take(db, copy);
    QVERIFY2(taken, qPrintable(taken.error()));

    // A rollback-journal file: header bytes 18 and 19 are 1 (WAL would be 2), nothing beside it.
    QFile file(copy);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray header = file.read(100);
    file.close();
    QCOMPARE(header.left(16), QByteArray("SQLite format 3\0", 16));
    QCOMPARE(int(header.at(18)), 1);
    QCOMPARE(int(header.at(19)), 1);
    for (const char *suffix : {"-wal", "-shm", "-journal"})
        QVERIFY2(!QFileInfo::exists(copy + QLatin1String(suffix)), suffix);

    const Result<Backup::Info> info = Backup::verify(copy);
    QVERIFY2(info, qPrintable(info.error()));
    QCOMPARE(info->schemaVersion, Database::latestSchemaVersion());
    QCOMPARE(valueIn(copy, QStringLiteral("SELECT group_concat(name, ',') FROM (SELECT name FROM team ORDER BY "
                                          "name)")),
             QStringLiteral("Checkout,Payments,Search"));
    QCOMPARE(valueIn(copy, QStringLiteral("PRAGMA application_id")).toInt(), Database::applicationId);
    // Opened with Candor, a backup is in WAL mode again; checking it still leaves nothing beside it.
    {
        Database opened;
        QVERIFY(opened.open(copy));
    }
    QVERIFY(Backup::verify(copy));
    for (const char *suffix : {"-wal", "-shm", "-journal"})
        QVERIFY2(!QFileInfo::exists(copy + QLatin1String(suffix)), suffix);

    // The live database is still in WAL mode and unchanged.
    QCOMPARE(value(db.connection(), QStringLiteral("PRAGMA journal_mode")), QStringLiteral("wal"));
    QCOMPARE(value(db.connection(), QStringLiteral("SELECT count(*) FROM team")), QStringLiteral("3"));
}

void TestBackup::backupReplacesTargetWhole()
{
    const QString path = pathFor(QStringLiteral("candor.sqlite"));
    QVERIFY(createDatabase(path, {QStringLiteral("Payments")}));
    const QString copy = pathFor(QStringLiteral("copy.sqlite"));
    QFile old(copy);
    QVERIFY(old.open(QIODevice::WriteOnly));
    old.write(QByteArray(100000, 'x'));
    old.close();

    Database db;
    QVERIFY(db.open(path));
    const Status taken = Backup::take(db, copy);
    QVERIFY2(taken, qPrintable(taken.error()));
    QVERIFY(Backup::verify(copy));
    QCOMPARE(valueIn(copy, QStringLiteral("SELECT name FROM team")), QStringLiteral("Payments"));
    QCOMPARE(entries(m_dir->path()).filter(QStringLiteral(".tmp")), QStringList());
}

void TestBackup::refusedBackupLeavesTargetUntouched_data()
{
    QTest::addColumn<BadTarget>("kind");
    QTest::addColumn<QString>("expected");
    QTest::newRow("the live database") << BadTarget::LiveDatabase << QStringLiteral("is the database itself");
    QTest::newRow("a missing folder") << BadTarget::MissingFolder << QStringLiteral("does not exist");
    QTest::newRow("a folder") << BadTarget::Folder << QStringLiteral("is a folder");
    QTest::newRow("a database in use") << BadTarget::DatabaseInUse << QStringLiteral("is a database in use");
}

void TestBackup::refusedBackupLeavesTargetUntouched()
{
    QFETCH(BadTarget, kind);
    QFETCH(QString, expected);

    const QString path = pathFor(QStringLiteral("candor.sqlite"));
    QVERIFY(createDatabase(path, {QStringLiteral("Payments")}));
    Database db;
    QVERIFY(db.open(path));
    QString target;
    switch (kind) {
    case BadTarget::LiveDatabase:
        target = m_dir->path() + QStringLiteral("/./candor.sqlite");
        break;
    case BadTarget::MissingFolder:
        target = pathFor(QStringLiteral("missing/copy.sqlite"));
        break;
    case BadTarget::Folder:
        target = pathFor(QStringLiteral("folder"));
        QVERIFY(QDir().mkdir(target));
        break;
    case BadTarget::DatabaseInUse: {
        target = pathFor(QStringLiteral("other.sqlite"));
        QVERIFY(createDatabase(target, {QStringLiteral("Other")}));
        QFile wal(target + QStringLiteral("-wal"));
        QVERIFY(wal.open(QIODevice::WriteOnly));
        break;
    }
    }
    const QByteArray liveBefore = fileHash(path);
    const QByteArray targetBefore = fileHash(target);
    const QStringList before = entries(m_dir->path());

    const Status taken = Backup::take(db, target);
    QVERIFY(!taken);
    QVERIFY2(taken.error().contains(expected), qPrintable(taken.error()));
    QCOMPARE(fileHash(target), targetBefore);
    QCOMPARE(fileHash(path), liveBefore);
    QCOMPARE(entries(m_dir->path()), before);
    QCOMPARE(value(db.connection(), QStringLiteral("SELECT name FROM team")), QStringLiteral("Payments"));
}

void TestBackup::dailyKeepsSevenAndLeavesOthers()
{
    const QString path = pathFor(QStringLiteral("candor.sqlite"));
    QVERIFY(createDatabase(path, {QStringLiteral("Payments")}));
    Database db;
    QVERIFY(db.open(path));
    QVERIFY(QDir().mkpath(backups()));
    // Files that are not this database's dailies, which rotation never deletes.
    const QStringList others = {QStringLiteral("candor-before-restore-20200101T000000Z.sqlite"),
                                QStringLiteral("candor-before-update-from-v2-20200101T000000Z.sqlite"),
                                QStringLiteral("other-daily-20200101T000000Z.sqlite"),
                                QStringLiteral("kept by hand.sqlite"), QStringLiteral("notes.txt")};
    for (const QString &name : others) {
        if (name.endsWith(QLatin1String(".sqlite")))
            QVERIFY(Backup::take(db, QDir(backups()).filePath(name)));
    }
    QFile notes(QDir(backups()).filePath(QStringLiteral("notes.txt")));
    QVERIFY(notes.open(QIODevice::WriteOnly));
    notes.close();

    const QDateTime first(QDate(2024, 3, 1), QTime(12, 0), Qt::LocalTime);
    QStringList made;
    for (int day = 0; day < 10; ++day) {
        const QDateTime now = first.addDays(day).toUTC();
        const Result<QString> daily = Backup::takeDaily(db, now);
        QVERIFY2(daily, qPrintable(daily.error()));
        QVERIFY2(!daily->isEmpty(), "no daily backup on a new day");
        QVERIFY(Backup::verify(*daily));
        made.append(QFileInfo(*daily).fileName());
        // Later the same day: none more.
        const Result<QString> again = Backup::takeDaily(db, now.addSecs(3600));
        QVERIFY2(again, qPrintable(again.error()));
        QCOMPARE(*again, QString());
    }
    QCOMPARE(
        made.first(),
        QStringLiteral("candor-daily-%1.sqlite").arg(first.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"))));

    QStringList expected = others + made.mid(3);
    expected.sort();
    QCOMPARE(entries(backups()), expected);
    int dailies = 0;
    for (const Backup::Entry &entry : Backup::list(path))
        dailies += entry.kind == Backup::Kind::Daily ? 1 : 0;
    QCOMPARE(dailies, Backup::keptDailies);
}

void TestBackup::listNamesKinds()
{
    const QString path = pathFor(QStringLiteral("candor.sqlite"));
    QVERIFY(createDatabase(path, {QStringLiteral("Payments")}));
    Database db;
    QVERIFY(db.open(path));
    const QDateTime now(QDate(2024, 5, 6), QTime(7, 8, 9), Qt::UTC);
    const Result<QString> daily = Backup::takeDaily(db, now.addDays(-1));
    const Result<QString> update = Backup::takeBeforeUpdate(db, 3, now);
    const Result<QString> sameSecond = Backup::takeBeforeUpdate(db, 3, now);
    QVERIFY(daily && update && sameSecond);
    QCOMPARE(QFileInfo(*update).fileName(), QStringLiteral("candor-before-update-from-v3-20240506T070809Z.sqlite"));
    QCOMPARE(QFileInfo(*sameSecond).fileName(),
             QStringLiteral("candor-before-update-from-v3-20240506T070809Z-2.sqlite"));
    const QString copy = QDir(backups()).filePath(QStringLiteral("by hand.db"));
    QVERIFY(Backup::take(db, copy));
    {
        QFile file(copy);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.setFileTime(now.addDays(1), QFileDevice::FileModificationTime));
    }

    const QList<Backup::Entry> list = Backup::list(path);
    QCOMPARE(list.size(), 4);
    // Newest first.
    QCOMPARE(list.at(0).path, QFileInfo(copy).absoluteFilePath());
    QCOMPARE(list.at(0).kind, Backup::Kind::Other);
    QCOMPARE(list.at(0).taken, now.addDays(1));
    QCOMPARE(list.at(1).kind, Backup::Kind::BeforeUpdate);
    QCOMPARE(list.at(1).fromVersion, 3);
    QCOMPARE(list.at(1).taken, now);
    QCOMPARE(list.at(2).kind, Backup::Kind::BeforeUpdate);
    QCOMPARE(list.at(3).path, *daily);
    QCOMPARE(list.at(3).kind, Backup::Kind::Daily);
    QCOMPARE(list.at(3).taken, now.addDays(-1));
    QCOMPARE(list.at(3).size, QFileInfo(*daily).size());
    QVERIFY(list.at(3).size > 0);
}

void TestBackup::verifyRefuses_data()
{
    QTest::addColumn<BadBackup>("kind");
    QTest::addColumn<QString>("expected");
    QTest::newRow("a missing file") << BadBackup::Missing << QStringLiteral("There is no file");
    QTest::newRow("a text file") << BadBackup::TextFile << QStringLiteral("is not a Candor backup");
    QTest::newRow("a damaged backup") << BadBackup::Garbled << QStringLiteral("damaged");
    QTest::newRow("another program's database")
        << BadBackup::OtherProgram << QStringLiteral("another program's database");
    QTest::newRow("an empty SQLite file") << BadBackup::EmptySqlite << QStringLiteral("is not a Candor backup");
    QTest::newRow("a newer Candor's") << BadBackup::NewerVersion << QStringLiteral("comes from a newer Candor");
}

void TestBackup::verifyRefuses()
{
    QFETCH(BadBackup, kind);
    QFETCH(QString, expected);

    const QString file = pathFor(QStringLiteral("backup.sqlite"));
    switch (kind) {
    case BadBackup::Missing:
        break;
    case BadBackup::TextFile: {
        QFile text(file);
        QVERIFY(text.open(QIODevice::WriteOnly));
        text.write("Not a database, just some notes.\n");
        break;
    }
    case BadBackup::Garbled: {
        const QString path = pathFor(QStringLiteral("candor.sqlite"));
        QStringList teams;
        for (int i = 0; i < 2000; ++i)
            teams.append(QStringLiteral("Team %1 with a longer name to fill pages").arg(i));
        QVERIFY(createDatabase(path, teams));
        {
            Database db;
            QVERIFY(db.open(path));
            QVERIFY(Backup::take(db, file));
        }
        QFile garbled(file);
        QVERIFY(garbled.open(QIODevice::ReadWrite));
        const qint64 size = garbled.size();
        QVERIFY(size > 8 * 4096);
        // Overwrite pages in the middle, keeping the header intact.
        QVERIFY(garbled.seek(size / 2));
        garbled.write(QByteArray(3 * 4096, '\x5a'));
        break;
    }
    case BadBackup::OtherProgram:
        QVERIFY(runPlainSqlite(file, {QStringLiteral("CREATE TABLE recipe (name TEXT)"),
                                      QStringLiteral("INSERT INTO recipe VALUES ('bread')")}));
        break;
    case BadBackup::EmptySqlite:
        QVERIFY(runPlainSqlite(file, {QStringLiteral("PRAGMA user_version = 0")}));
        break;
    case BadBackup::NewerVersion:
        QVERIFY(createDatabase(file, {QStringLiteral("Payments")}));
        QVERIFY(runPlainSqlite(file,
                               {QStringLiteral("PRAGMA journal_mode = DELETE"),
                                QStringLiteral("PRAGMA user_version = %1").arg(Database::latestSchemaVersion() + 1)}));
        break;
    }
    const QByteArray before = fileHash(file);
    const QStringList folder = entries(m_dir->path());

    const Result<Backup::Info> info = Backup::verify(file);
    QVERIFY(!info);
    QVERIFY2(info.error().contains(expected), qPrintable(info.error()));
    QVERIFY2(info.error().contains(QDir::toNativeSeparators(file)), qPrintable(info.error()));
    // Checking never changes the file or leaves anything beside it.
    QCOMPARE(fileHash(file), before);
    QCOMPARE(entries(m_dir->path()), folder);
}

void TestBackup::restoreKeepsReplacedDatabase()
{
    const QString path = pathFor(QStringLiteral("candor.sqlite"));
    QVERIFY(createDatabase(path, {QStringLiteral("Payments")}));
    const QString backup = pathFor(QStringLiteral("monday.sqlite"));
    {
        Database db;
        QVERIFY(db.open(path));
        QVERIFY(Backup::take(db, backup));
        QVERIFY(insertTeam(db.connection(), QStringLiteral("Added after the backup")));
    }
    const QByteArray backupBefore = fileHash(backup);

    Database db;
    QVERIFY(db.open(path));
    const QDateTime now(QDate(2024, 5, 6), QTime(7, 8, 9), Qt::UTC);
    const Result<QString> kept = Backup::restore(db, backup, now);
    QVERIFY2(kept, qPrintable(kept.error()));
    QCOMPARE(*kept, QDir(backups()).filePath(QStringLiteral("candor-before-restore-20240506T070809Z.sqlite")));
    db.close();

    // The database holds the backup's data, still in WAL mode and whole.
    QCOMPARE(teamNames(path), QStringList{QStringLiteral("Payments")});
    QVERIFY(db.open(path));
    QCOMPARE(value(db.connection(), QStringLiteral("PRAGMA journal_mode")), QStringLiteral("wal"));
    QCOMPARE(db.integrityProblems(), QStringList());
    db.close();
    // The replaced database is a backup of its own, listed as such; the restored backup is unchanged.
    QVERIFY(Backup::verify(*kept));
    QCOMPARE(teamNames(*kept), (QStringList{QStringLiteral("Added after the backup"), QStringLiteral("Payments")}));
    QCOMPARE(Backup::list(path).constFirst().kind, Backup::Kind::BeforeRestore);
    QCOMPARE(fileHash(backup), backupBefore);
}

void TestBackup::restoreRefusedWhileAnotherConnectionIsOpen()
{
    const QString path = pathFor(QStringLiteral("candor.sqlite"));
    QVERIFY(createDatabase(path, {QStringLiteral("Payments")}));
    const QString backup = pathFor(QStringLiteral("monday.sqlite"));
    Database db;
    QVERIFY(db.open(path));
    QVERIFY(Backup::take(db, backup));
    QVERIFY(insertTeam(db.connection(), QStringLiteral("Added after the backup")));

    {
        Database other; // the GUI, say, with the same database open
        QVERIFY(other.open(path));
        QCOMPARE(value(other.connection(), QStringLiteral("SELECT count(*) FROM team")), QStringLiteral("2"));
        const Result<QString> kept = Backup::restore(db, backup);
        QVERIFY(!kept);
        QVERIFY2(kept.error().contains(QStringLiteral("is open in Candor or in another program")),
                 qPrintable(kept.error()));
        // Nothing changed, nothing kept, and both connections go on working.
        QCOMPARE(value(other.connection(), QStringLiteral("SELECT count(*) FROM team")), QStringLiteral("2"));
        QVERIFY(insertTeam(other.connection(), QStringLiteral("Added by the other")));
        QCOMPARE(value(db.connection(), QStringLiteral("SELECT count(*) FROM team")), QStringLiteral("3"));
        QVERIFY(!QFileInfo::exists(backups()));
    }
    // With the other connection gone, the same restore goes through.
    const Result<QString> kept = Backup::restore(db, backup);
    QVERIFY2(kept, qPrintable(kept.error()));
    db.close();
    QCOMPARE(teamNames(path), QStringList{QStringLiteral("Payments")});
}

void TestBackup::restoreOlderBackupIsUpdatedOnReopen()
{
    const QString older = pathFor(QStringLiteral("older.sqlite"));
    QVERIFY(createOlderDatabase(older, 2, QStringLiteral("From version 2")));
    const QString backup = pathFor(QStringLiteral("older-backup.sqlite"));
    {
        Database db;
        Database::Options options;
        options.migrate = false;
        QVERIFY(db.open(older, options));
        QVERIFY(Backup::take(db, backup));
    }
    const Result<Backup::Info> info = Backup::verify(backup);
    QVERIFY2(info, qPrintable(info.error()));
    QCOMPARE(info->schemaVersion, 2);

    const QString path = pathFor(QStringLiteral("candor.sqlite"));
    QVERIFY(createDatabase(path, {QStringLiteral("Current")}));
    Database db;
    QVERIFY(db.open(path));
    const Result<QString> kept = Backup::restore(db, backup);
    QVERIFY2(kept, qPrintable(kept.error()));
    db.close();
    QCOMPARE(teamNames(*kept), QStringList{QStringLiteral("Current")});

    // Reopening updates it, after a backup of version 2.
    const Status reopened = db.open(path);
    QVERIFY2(reopened, qPrintable(reopened.error()));
    QCOMPARE(db.schemaVersion(), Database::latestSchemaVersion());
    QCOMPARE(value(db.connection(), QStringLiteral("SELECT name FROM team")), QStringLiteral("From version 2"));
    db.close();
    int beforeUpdate = 0;
    for (const Backup::Entry &entry : Backup::list(path)) {
        if (entry.kind == Backup::Kind::BeforeUpdate) {
            ++beforeUpdate;
            QCOMPARE(entry.fromVersion, 2);
            QCOMPARE(Backup::verify(entry.path)->schemaVersion, 2);
        }
    }
    QCOMPARE(beforeUpdate, 1);
}

void TestBackup::backupBeforeMigration_data()
{
    QTest::addColumn<int>("startVersion"); // -1: no file yet
    QTest::newRow("a new file") << -1;
    QTest::newRow("an empty file (version 0)") << 0;
    for (int version = 1; version < Database::latestSchemaVersion(); ++version)
        QTest::addRow("from version %d", version) << version;
    QTest::newRow("the current version") << Database::latestSchemaVersion();
}

void TestBackup::backupBeforeMigration()
{
    QFETCH(int, startVersion);

    const QString path = pathFor(QStringLiteral("candor.sqlite"));
    if (startVersion == 0)
        QVERIFY(runPlainSqlite(path, {QStringLiteral("PRAGMA user_version = 0")}));
    else if (startVersion >= 1)
        QVERIFY(createOlderDatabase(path, startVersion, QStringLiteral("Written at version %1").arg(startVersion)));

    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
    Database db;
    const Status opened = db.open(path);
    QVERIFY2(opened, qPrintable(opened.error()));
    QCOMPARE(db.schemaVersion(), Database::latestSchemaVersion());
    db.close();

    const QList<Backup::Entry> list = Backup::list(path);
    if (startVersion < 1 || startVersion == Database::latestSchemaVersion()) {
        QCOMPARE(list.size(), 0);
        return;
    }
    QCOMPARE(list.size(), 1);
    const Backup::Entry &entry = list.constFirst();
    QCOMPARE(entry.kind, Backup::Kind::BeforeUpdate);
    QCOMPARE(entry.fromVersion, startVersion);
    QVERIFY(entry.taken >= before && entry.taken <= QDateTime::currentDateTimeUtc());
    QVERIFY2(
        QFileInfo(entry.path).fileName().startsWith(QStringLiteral("candor-before-update-from-v%1-").arg(startVersion)),
        qPrintable(entry.path));
    // The backup is the database as it was: the old version, with its data.
    const Result<Backup::Info> info = Backup::verify(entry.path);
    QVERIFY2(info, qPrintable(info.error()));
    QCOMPARE(info->schemaVersion, startVersion);
    QCOMPARE(valueIn(entry.path, QStringLiteral("SELECT name FROM team")),
             QStringLiteral("Written at version %1").arg(startVersion));
    // Opening it again takes no second backup.
    QVERIFY(db.open(path));
    db.close();
    QCOMPARE(Backup::list(path).size(), 1);
}

void TestBackup::failedBackupStopsMigration()
{
    const QString path = pathFor(QStringLiteral("candor.sqlite"));
    QVERIFY(createOlderDatabase(path, 1, QStringLiteral("Written at version 1")));
    // A file where the backups folder would go: the folder cannot be made, so the backup fails.
    QFile blocker(backups());
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();

    Database db;
    const Status opened = db.open(path);
    QVERIFY(!opened);
    QCOMPARE(db.problem(), Database::Problem::MigrationFailed);
    QVERIFY(!db.isOpen());
    QVERIFY2(opened.error().contains(QStringLiteral("did not update")), qPrintable(opened.error()));
    QVERIFY2(opened.error().contains(QStringLiteral("Cannot create the backups folder")), qPrintable(opened.error()));

    // Not migrated: still version 1 with its data.
    Database::Options options;
    options.migrate = false;
    QVERIFY(db.open(path, options));
    QCOMPARE(db.schemaVersion(), 1);
    QCOMPARE(value(db.connection(), QStringLiteral("SELECT name FROM team")), QStringLiteral("Written at version 1"));
    db.close();

    // Once the backup can be taken, the migration runs.
    QVERIFY(QFile::remove(backups()));
    QVERIFY(db.open(path));
    QCOMPARE(db.schemaVersion(), Database::latestSchemaVersion());
}

QTEST_GUILESS_MAIN(TestBackup)
#include "tst_backup.moc"
