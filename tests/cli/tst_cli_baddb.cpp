// candor-cli and its database file: a healthy check; every kind of bad, damaged or hostile database (cut short, a
// zeroed header, not a database, a folder, read-only, another user's, locked by another process, from a newer
// Candor, a file size limit, a disk that fills during a write) met by a command that writes and one that reads, each
// ending in one line on stderr and exit 2 (cannot open) or 1 (the write failed), the file left byte-identical; the
// forms of --db, CANDOR_DB, and the default location.
//
// The lock comes from this executable started again (--hold-lock), the file size limit from RLIMIT_FSIZE set in the
// child (SIGXFSZ ignored), another user's file from a child that drops to nobody when the test runs as root.
#include "cli/CliHarness.h"

#include "common/DamagedFile.h"
#include "common/LockHolder.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <csignal>
#include <functional>
#include <iostream>
#include <string>

#include <grp.h>
#include <sys/resource.h>
#include <unistd.h>

using namespace candor::clitest;
using candor::testdata::LockHolder;

// Runs a helper that checks with QTest macros, and ends the test when the helper failed.
#define STEP(call)                                                                                                     \
    do {                                                                                                               \
        call;                                                                                                          \
        if (QTest::currentTestFailed())                                                                                \
            return;                                                                                                    \
    } while (false)

namespace {

enum class Bad {
    CutInHeader,
    CutAtPageBoundary,
    CutInsidePage,
    ZeroedHeader,
    TextFile,
    PngFile,
    EmptiedFile,
    Directory,
    ReadOnlyFile,
    OtherUsersFile,
    MissingFolder,
    LockedExclusively,
    WriterHoldsLock,
    NewerVersion,
    SizeLimitAtOpen,
    DiskFullOnWrite,
};

} // namespace

Q_DECLARE_METATYPE(Bad)

class TestCliBadDb : public QObject, public CliHarness
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init() { startTest(); }
    void cleanup();

    void checkHealthy();
    void badDatabaseRefused_data();
    void badDatabaseRefused();
    void checkDamagedDatabase();

    void dbOptionForms();
    void environmentVariable();
    void defaultDatabaseLocation();

private:
    // A run of candor-cli with `modifier` called in the child before it starts candor-cli.
    Run runModified(const QStringList &args, const std::function<void()> &modifier);

    QTemporaryDir m_demoDir;
    QString m_demo; // the small demo organisation, made once
    LockHolder m_lock;
};

void TestCliBadDb::initTestCase()
{
    startTestCase();
    QVERIFY(m_demoDir.isValid());
    m_demo = m_demoDir.filePath(QStringLiteral("demo.sqlite"));
    QProcess demo;
    demo.start(QStringLiteral(CANDOR_CLI_PATH), {QStringLiteral("demo"), QStringLiteral("--db"), m_demo});
    QVERIFY(demo.waitForFinished(120000));
    QVERIFY2(demo.exitCode() == 0, demo.readAllStandardError().constData());
    QVERIFY2(!QFileInfo::exists(m_demo + QLatin1String("-wal")), "the demo should be checkpointed on close");
}

void TestCliBadDb::cleanup()
{
    m_lock.release();
    finishTest();
}

Run TestCliBadDb::runModified(const QStringList &args, const std::function<void()> &modifier)
{
    Run r;
    r.args = args;
    QProcess process;
    process.setProgram(QStringLiteral(CANDOR_CLI_PATH));
    process.setArguments(args);
    process.setWorkingDirectory(m_dir->path());
    process.setProcessEnvironment(baseEnvironment());
    process.setChildProcessModifier(modifier);
    process.start();
    if (process.waitForStarted(30000) && process.waitForFinished(120000)) {
        r.finished = true;
        r.exitStatus = process.exitStatus();
        r.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    } else {
        process.kill();
        process.waitForFinished(5000);
    }
    r.out = QString::fromUtf8(process.readAllStandardOutput());
    r.err = QString::fromUtf8(process.readAllStandardError());
    m_runs.append(r);
    return r;
}

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
    QTest::addColumn<Bad>("kind");
    // The exits of `team add` (writes) and `list teams` (reads): 2 cannot open, 1 the write failed, 0 it worked.
    QTest::addColumn<int>("writeExit");
    QTest::addColumn<int>("readExit");
    // What the one line on stderr says is wrong.
    QTest::addColumn<QString>("says");

    const QString cut = QStringLiteral("is cut short");
    const QString notCandor = QStringLiteral("is not a Candor database");
    QTest::newRow("cut inside the header") << Bad::CutInHeader << 2 << 2 << cut;
    QTest::newRow("cut at a page boundary") << Bad::CutAtPageBoundary << 2 << 2 << cut;
    QTest::newRow("cut inside a page") << Bad::CutInsidePage << 2 << 2 << cut;
    QTest::newRow("zeroed header") << Bad::ZeroedHeader << 2 << 2 << notCandor;
    QTest::newRow("text file") << Bad::TextFile << 2 << 2 << notCandor;
    QTest::newRow("PNG image") << Bad::PngFile << 2 << 2 << notCandor;
    QTest::newRow("emptied file with backups") << Bad::EmptiedFile << 2 << 2 << QStringLiteral("is empty (0 bytes)");
    QTest::newRow("directory") << Bad::Directory << 2 << 2 << QStringLiteral("is a folder");
    QTest::newRow("read-only file") << Bad::ReadOnlyFile << 2 << 2 << QStringLiteral("is read-only");
    QTest::newRow("another user's file") << Bad::OtherUsersFile << 2 << 2 << QStringLiteral("is read-only");
    QTest::newRow("missing folder") << Bad::MissingFolder << 2 << 2 << QStringLiteral("does not exist");
    QTest::newRow("locked exclusively by another process")
        << Bad::LockedExclusively << 2 << 2 << QStringLiteral("another program has kept it locked");
    QTest::newRow("write lock held by another process")
        << Bad::WriterHoldsLock << 1 << 0 << QStringLiteral("The database is busy");
    QTest::newRow("newer Candor") << Bad::NewerVersion << 2 << 2 << QStringLiteral("newer Candor");
    QTest::newRow("file size limit too small to open")
        << Bad::SizeLimitAtOpen << 2 << 2 << QStringLiteral("the disk is full, or the file size limit");
    // Under RLIMIT_FSIZE SQLite reports an I/O error (EFBIG); on a full disk SQLITE_FULL ("The disk is full").
    QTest::newRow("disk fills during a write")
        << Bad::DiskFullOnWrite << 1 << 0 << QStringLiteral("the disk may be full, over a size limit or failing");
}

void TestCliBadDb::badDatabaseRefused()
{
    QFETCH(Bad, kind);
    QFETCH(int, writeExit);
    QFETCH(int, readExit);
    QFETCH(QString, says);

    if (kind == Bad::OtherUsersFile && ::geteuid() != 0)
        QSKIP("Needs root, to run candor-cli as another user on root's file; the read-only row covers a user's own.");

    QString database = path(QStringLiteral("candor.sqlite"));
    const auto copyDemo = [&database, this]() {
        QVERIFY(QFile::copy(m_demo, database));
        QVERIFY(QFile::setPermissions(database, QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    };
    std::function<void()> modifier;
    switch (kind) {
    case Bad::CutInHeader:
        copyDemo();
        QVERIFY(QFile::resize(database, 60));
        break;
    case Bad::CutAtPageBoundary:
        copyDemo();
        QVERIFY(QFile::resize(database, 4 * 4096));
        break;
    case Bad::CutInsidePage:
        copyDemo();
        QVERIFY(QFile::resize(database, QFileInfo(database).size() / 2 + 1234));
        break;
    case Bad::ZeroedHeader: {
        copyDemo();
        QFile file(database);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QCOMPARE(file.write(QByteArray(100, '\0')), qint64(100));
        break;
    }
    case Bad::TextFile: {
        QFile file(database);
        QVERIFY(file.open(QIODevice::WriteOnly));
        for (int i = 0; i < 200; ++i)
            file.write("These are meeting notes, not a database.\n");
        break;
    }
    case Bad::PngFile: {
        QFile file(database);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray::fromHex("89504e470d0a1a0a0000000d4948445200000001000000010806000000"
                                       "1f15c4890000000d49444154789c63f8cfc0f01f0005000201a4e2b5f1"
                                       "0000000049454e44ae426082"));
        break;
    }
    case Bad::EmptiedFile:
        copyDemo();
        QVERIFY(QDir().mkpath(path(QStringLiteral("backups"))));
        QVERIFY(QFile::copy(m_demo, path(QStringLiteral("backups/candor-daily-20240601T090000Z.sqlite"))));
        QVERIFY(QFile::resize(database, 0));
        break;
    case Bad::Directory:
        QVERIFY(QDir().mkdir(database));
        break;
    case Bad::ReadOnlyFile:
        copyDemo();
        QVERIFY(
            QFile::setPermissions(database, QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther));
        break;
    case Bad::OtherUsersFile:
        // Root's file, which others may read but not write, in a folder they may enter; candor-cli runs as nobody.
        copyDemo();
        QVERIFY(QFile::setPermissions(database, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                    QFileDevice::ReadGroup | QFileDevice::ReadOther));
        QVERIFY(QFile::setPermissions(m_dir->path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                         QFileDevice::ExeOwner | QFileDevice::ReadOther |
                                                         QFileDevice::ExeOther));
        modifier = []() {
            if (::setgroups(0, nullptr) != 0 || ::setgid(65534) != 0 || ::setuid(65534) != 0)
                ::_exit(99);
        };
        break;
    case Bad::MissingFolder:
        database = path(QStringLiteral("no-such-folder/candor.sqlite"));
        break;
    case Bad::LockedExclusively:
    case Bad::WriterHoldsLock:
        copyDemo();
        break;
    case Bad::NewerVersion:
        copyDemo();
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("newer"));
            db.setDatabaseName(database);
            QVERIFY2(db.open(), qPrintable(db.lastError().text()));
            QSqlQuery query(db);
            QVERIFY2(query.exec(QStringLiteral("PRAGMA user_version = 99")), qPrintable(query.lastError().text()));
            query.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("newer"));
        break;
    case Bad::SizeLimitAtOpen:
        // Below the 32 KiB -shm SQLite makes beside a database in WAL mode.
        copyDemo();
        modifier = []() {
            std::signal(SIGXFSZ, SIG_IGN);
            const rlimit limit{16 * 1024, RLIM_INFINITY};
            ::setrlimit(RLIMIT_FSIZE, &limit);
        };
        break;
    case Bad::DiskFullOnWrite:
        // Room for nothing more: the -wal cannot take one page. (The -shm exists already: see below.)
        copyDemo();
        modifier = []() {
            std::signal(SIGXFSZ, SIG_IGN);
            const rlimit limit{4096, RLIM_INFINITY};
            ::setrlimit(RLIMIT_FSIZE, &limit);
        };
        break;
    }
    if (QTest::currentTestFailed())
        return;
    const QByteArray original = fingerprint(database);
    const Run teamsBefore = run({QStringLiteral("list"), QStringLiteral("teams"), QStringLiteral("--db"), m_demo});
    QCOMPARE(teamsBefore.exitCode, 0);

    if (kind == Bad::LockedExclusively)
        STEP(m_lock.hold("exclusive", database));
    if (kind == Bad::WriterHoldsLock)
        STEP(m_lock.hold("writer", database));
    // A disk fills while the database is in use: its -wal and -shm are there, kept by another connection (a Candor
    // window), and the next change finds no room. Reading goes on. (That connection is in another process: this one
    // reads the file, and closing any descriptor of it would drop the SQLite locks this process holds on it.)
    if (kind == Bad::DiskFullOnWrite)
        STEP(m_lock.hold("reader", database));
    const QByteArray before = fingerprint(database);
    const auto besideDatabase = [&database]() {
        return QDir(QFileInfo(database).absolutePath())
            .entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden);
    };
    const QStringList beside = besideDatabase();

    const QList<std::pair<QStringList, int>> commands = {
        {{QStringLiteral("team"), QStringLiteral("add"), QStringLiteral("Ledger")}, writeExit},
        {{QStringLiteral("list"), QStringLiteral("teams")}, readExit},
    };
    for (const auto &[command, expected] : commands) {
        const Run r = runModified(command + QStringList{QStringLiteral("--db"), database}, modifier);
        const QByteArray context = command.join(QLatin1Char(' ')).toUtf8() + ": " + r.err.toUtf8();
        QVERIFY2(r.exitStatus == QProcess::NormalExit, context.constData());
        QVERIFY2(r.exitCode == expected, (QByteArray::number(r.exitCode) + " from " + context).constData());
        if (expected == 0) {
            QCOMPARE(r.err, QString());
            QCOMPARE(r.out, teamsBefore.out);
        } else {
            QCOMPARE(r.errLines().size(), 1);
            QVERIFY2(r.err.startsWith(QLatin1String("candor-cli: ")), context.constData());
            QVERIFY2(r.err.contains(says), context.constData());
            // A refusal names the file (or the missing folder); a failed write is about the change.
            if (expected == 2)
                QVERIFY2(r.err.contains(QFileInfo(database).absolutePath()), context.constData());
        }
        QCOMPARE(fingerprint(database), before);
        // Nothing is left next to it either (no journal, no WAL that was not there).
        QCOMPARE(besideDatabase(), beside);
    }

    STEP(m_lock.release());
    QCOMPARE(fingerprint(database), original);
    for (const char *suffix : {"-journal", "-wal", "-shm"})
        QVERIFY2(!QFileInfo::exists(database + QLatin1String(suffix)), suffix);
    if (kind == Bad::MissingFolder)
        QVERIFY(!QFileInfo::exists(path(QStringLiteral("no-such-folder"))));
    if (readExit == 0 || kind == Bad::SizeLimitAtOpen || kind == Bad::LockedExclusively) {
        // The database is whole and holds what it held.
        const Run check = run({QStringLiteral("check"), QStringLiteral("--db"), database});
        QCOMPARE(check.exitCode, 0);
        QVERIFY(check.out.contains(QLatin1String("Integrity: ok")));
        const Run teams = run({QStringLiteral("list"), QStringLiteral("teams"), QStringLiteral("--db"), database});
        QCOMPARE(teams.out, teamsBefore.out);
    }
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

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (const std::optional<int> holder = LockHolder::runIfAsked(argc, argv))
        return *holder;
    TestCliBadDb test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_cli_baddb.moc"
