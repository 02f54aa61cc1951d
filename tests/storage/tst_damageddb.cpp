// Damaged and hostile database files at the Database level, one table over every case: cut short (in its header,
// after it, at a page boundary, inside a page, by one byte), a zeroed header, garbage over pages in the middle, files
// that are no database (text, a PNG, an emptied one), another program's databases, a folder, a read-only file and one
// of another user, a database locked by another process (exclusively, or by a writer) past the busy timeout, one from
// a newer Candor, a file size limit too small to open and a disk that fills during a write. Each ends in a refusal,
// or for the lock and the full disk a failed write, with a message that names the file, says what is wrong and what
// to do; and the file keeps its bytes, its modification time and its folder (no -wal, -shm or -journal left behind).
// After the failed write the database passes quick_check and holds what it held.
//
// How the hard cases are made: the lock by this test executable started again as a child (--hold-lock), since SQLite's
// locks must come from another process; the full disk by RLIMIT_FSIZE on this process with SIGXFSZ ignored, which
// works for any user and in any container (mounting a small tmpfs needs root with CAP_SYS_ADMIN); the other user's
// file, when the test runs as root, by seteuid() to nobody around the open (permission bits do not stop root).
#include "common/DamagedFile.h"
#include "common/LockHolder.h"
#include "common/TestData.h"
#include "storage/Database.h"
#include "storage/DemoOrganisation.h"
#include "storage/TeamRepository.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QScopeGuard>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <cstring>
#include <iostream>
#include <memory>
#include <optional>
#include <string>

#include <sys/resource.h>
#include <unistd.h>

using namespace candor;
using candor::testdata::LockHolder;

// Runs a helper that checks with QTest macros, and ends the test when the helper failed.
#define STEP(call)                                                                                                     \
    do {                                                                                                               \
        call;                                                                                                          \
        if (QTest::currentTestFailed())                                                                                \
            return;                                                                                                    \
    } while (false)

Q_DECLARE_METATYPE(candor::Database::Problem)

namespace {

enum class Case {
    CutInHeader,        // 60 bytes left: the header itself is incomplete
    CutAfterHeader,     // only the 100-byte header left
    CutAtPageBoundary,  // the first four pages left
    CutInsidePage,      // cut in the middle of a page, about half way
    CutByOneByte,       // the last byte missing
    ZeroedHeader,       // the first 100 bytes overwritten with zeros
    GarbledPages,       // garbage over three pages in the middle (DamagedFile.h)
    TextFile,           // meeting notes
    PngFile,            // an image
    EmptiedFile,        // 0 bytes where a database with backups was
    OtherProgram,       // another program's SQLite database: a table, application_id 0
    OtherApplicationId, // an empty SQLite file claimed by another program through application_id
    Directory,          // a folder at the path
    ReadOnlyFile,       // no write permission bit (root included)
    OtherUsersFile,     // root's file opened as nobody: not writable by the effective user
    LockedExclusively,  // another process holds an exclusive lock past the busy timeout
    WriterHoldsLock,    // another process holds the write lock past the busy timeout; reading still works
    NewerVersion,       // a plain SQLite file marked as Candor's, with a schema version from the future
    NewerVersionWal,    // a real Candor database (WAL) whose version was raised afterwards
    SizeLimitAtOpen,    // a file size limit below what SQLite needs beside the file (its -shm)
    NewFileSizeLimit,   // the same for a new database: nothing may be left at the path
    DiskFullOnWrite,    // the disk fills while a change is written: the change fails, the data stays
};

} // namespace

Q_DECLARE_METATYPE(Case)

namespace {

constexpr uid_t nobody = 65534;
constexpr gid_t nogroup = 65534;
constexpr rlim_t tinyLimit = 16 * 1024; // below SQLite's 32 KiB -shm

QByteArray sha256(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result().toHex();
}

// What must not change: the bytes, mode and modification time of the file (or the entries of a folder at the
// path), and the entries of the folder it is in.
QString snapshot(const QString &path)
{
    const QFileInfo info(path);
    QString state;
    if (!info.exists())
        state = QStringLiteral("missing");
    else if (info.isDir())
        state = QStringLiteral("folder: ") +
                QDir(path).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden).join(QLatin1Char(' '));
    else
        state = QStringLiteral("file %1, mode %2, modified %3")
                    .arg(QString::fromLatin1(sha256(path)))
                    .arg(int(info.permissions()), 0, 16)
                    .arg(info.lastModified().toMSecsSinceEpoch());
    const QStringList beside =
        info.absoluteDir().entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden, QDir::Name);
    return state + QStringLiteral("; beside: ") + beside.join(QLatin1Char(' '));
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

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

bool cutTo(const QString &path, qint64 size)
{
    return QFile::resize(path, size);
}

// The process's file size limit (RLIMIT_FSIZE) while it lives; writes past it fail with EFBIG instead of SIGXFSZ.
class FileSizeLimit
{
public:
    explicit FileSizeLimit(rlim_t bytes)
    {
        m_handler = std::signal(SIGXFSZ, SIG_IGN);
        m_ok = ::getrlimit(RLIMIT_FSIZE, &m_saved) == 0;
        rlimit limit = m_saved;
        limit.rlim_cur = bytes;
        m_ok = m_ok && ::setrlimit(RLIMIT_FSIZE, &limit) == 0;
    }
    ~FileSizeLimit()
    {
        ::setrlimit(RLIMIT_FSIZE, &m_saved);
        std::signal(SIGXFSZ, m_handler);
    }
    FileSizeLimit(const FileSizeLimit &) = delete;
    FileSizeLimit &operator=(const FileSizeLimit &) = delete;
    bool isSet() const { return m_ok; }

private:
    rlimit m_saved{};
    void (*m_handler)(int) = SIG_DFL;
    bool m_ok = false;
};

// The effective user and group nobody while it lives (only root may switch, and back).
class EffectiveUser
{
public:
    explicit EffectiveUser(uid_t uid, gid_t gid)
        : m_group(::setegid(gid) == 0)
        , m_user(m_group && ::seteuid(uid) == 0)
    {}
    ~EffectiveUser()
    {
        if ((m_user && ::seteuid(0) != 0) || (m_group && ::setegid(0) != 0))
            qFatal("cannot become root again: %s", std::strerror(errno));
    }
    EffectiveUser(const EffectiveUser &) = delete;
    EffectiveUser &operator=(const EffectiveUser &) = delete;
    bool isSet() const { return m_user; }

private:
    bool m_group = false;
    bool m_user = false;
};

int teamCount(Database &database)
{
    return TeamRepository(database).teamCount();
}

} // namespace

class TestDamagedDb : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void refusedAndUntouched_data();
    void refusedAndUntouched();
    void emptyFileWithoutBackupsIsNew();

private:
    void prepare(Case kind);

    QTemporaryDir m_templateDir;
    QString m_template; // a closed Candor database with the small demo organisation
    int m_templateTeams = 0;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    LockHolder m_lock;
};

void TestDamagedDb::initTestCase()
{
    QVERIFY(m_templateDir.isValid());
    m_template = m_templateDir.filePath(QStringLiteral("template.sqlite"));
    Database database;
    const Status opened = database.open(m_template);
    QVERIFY2(opened, qPrintable(opened.error()));
    DemoOrganisation::Options options;
    options.today = QDate(2024, 6, 1);
    const Result<DemoOrganisation::Summary> demo = DemoOrganisation::create(database, options);
    QVERIFY2(demo, qPrintable(demo.error()));
    m_templateTeams = teamCount(database);
    QVERIFY(m_templateTeams > 0);
    // Statistics for every table now: otherwise the PRAGMA optimize of a later close may add some (for whichever
    // table that connection's statements touched first), which would change the file for a reason of its own.
    QSqlQuery analyze(database.connection());
    QVERIFY(analyze.exec(QStringLiteral("ANALYZE")));
    analyze.finish();
    database.close();
    QVERIFY2(!QFileInfo::exists(m_template + QLatin1String("-wal")), "the template should be checkpointed on close");
    QVERIFY2(QFileInfo(m_template).size() > 64 * 4096, "the template should span many pages");
}

void TestDamagedDb::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY2(m_dir->isValid(), qPrintable(m_dir->errorString()));
    m_path = m_dir->filePath(QStringLiteral("candor.sqlite"));
}

void TestDamagedDb::cleanup()
{
    m_lock.release();
    QFile::setPermissions(m_path, QFile::ReadOwner | QFile::WriteOwner);
    m_dir.reset();
}

void TestDamagedDb::prepare(Case kind)
{
    const int latest = Database::latestSchemaVersion();
    const auto copyTemplate = [this]() {
        QVERIFY(QFile::copy(m_template, m_path));
        QVERIFY(QFile::setPermissions(m_path, QFile::ReadOwner | QFile::WriteOwner));
    };
    const qint64 size = QFileInfo(m_template).size();
    switch (kind) {
    case Case::CutInHeader:
        STEP(copyTemplate());
        QVERIFY(cutTo(m_path, 60));
        break;
    case Case::CutAfterHeader:
        STEP(copyTemplate());
        QVERIFY(cutTo(m_path, 100));
        break;
    case Case::CutAtPageBoundary:
        STEP(copyTemplate());
        QVERIFY(cutTo(m_path, 4 * 4096));
        break;
    case Case::CutInsidePage:
        STEP(copyTemplate());
        QVERIFY(cutTo(m_path, size / 2 / 4096 * 4096 + 1234));
        break;
    case Case::CutByOneByte:
        STEP(copyTemplate());
        QVERIFY(cutTo(m_path, size - 1));
        break;
    case Case::ZeroedHeader: {
        STEP(copyTemplate());
        QFile file(m_path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QCOMPARE(file.write(QByteArray(100, '\0')), qint64(100));
        break;
    }
    case Case::GarbledPages: {
        STEP(copyTemplate());
        QString why;
        QVERIFY2(testdata::garbleMiddlePages(m_path, &why), qPrintable(why));
        break;
    }
    case Case::TextFile:
        QVERIFY(writeFile(m_path, "Postmortem notes\nThis is plain text, not a database.\n"));
        break;
    case Case::PngFile:
        // A 1×1 PNG: signature, IHDR, IDAT, IEND.
        QVERIFY(writeFile(m_path, QByteArray::fromHex("89504e470d0a1a0a0000000d4948445200000001000000010806000000"
                                                      "1f15c4890000000d49444154789c63f8cfc0f01f0005000201a4e2b5f1"
                                                      "0000000049454e44ae426082")));
        break;
    case Case::EmptiedFile: {
        // A database with a daily backup beside it, then emptied.
        STEP(copyTemplate());
        QVERIFY(QDir().mkpath(m_dir->filePath(QStringLiteral("backups"))));
        QVERIFY(
            QFile::copy(m_template, m_dir->filePath(QStringLiteral("backups/candor-daily-20240601T090000Z.sqlite"))));
        QVERIFY(cutTo(m_path, 0));
        break;
    }
    case Case::OtherProgram:
        QVERIFY(runPlainSqlite(m_path, {QStringLiteral("CREATE TABLE recipes (id INTEGER PRIMARY KEY, title TEXT)"),
                                        QStringLiteral("INSERT INTO recipes (title) VALUES ('Bread')")}));
        break;
    case Case::OtherApplicationId:
        QVERIFY(runPlainSqlite(m_path, {QStringLiteral("PRAGMA application_id = 1234")}));
        break;
    case Case::Directory:
        QVERIFY(QDir().mkpath(m_path));
        break;
    case Case::ReadOnlyFile:
        STEP(copyTemplate());
        QVERIFY(QFile::setPermissions(m_path, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
        break;
    case Case::OtherUsersFile:
        STEP(copyTemplate());
        // Root's file, which others may read but not write, in a folder they may enter but not write.
        QVERIFY(
            QFile::setPermissions(m_path, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther));
        QVERIFY(QFile::setPermissions(m_dir->path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner |
                                                         QFile::ReadOther | QFile::ExeOther));
        break;
    case Case::NewerVersion:
        QVERIFY(runPlainSqlite(m_path, {QStringLiteral("CREATE TABLE team (id INTEGER PRIMARY KEY, name TEXT)"),
                                        QStringLiteral("PRAGMA application_id = %1").arg(Database::applicationId),
                                        QStringLiteral("PRAGMA user_version = %1").arg(latest + 1)}));
        break;
    case Case::NewerVersionWal:
        STEP(copyTemplate());
        QVERIFY(runPlainSqlite(m_path, {QStringLiteral("PRAGMA user_version = %1").arg(latest + 1)}));
        break;
    case Case::SizeLimitAtOpen:
    case Case::DiskFullOnWrite:
    case Case::LockedExclusively:
    case Case::WriterHoldsLock:
        STEP(copyTemplate());
        break;
    case Case::NewFileSizeLimit:
        break;
    }
}

void TestDamagedDb::refusedAndUntouched_data()
{
    QTest::addColumn<Case>("kind");
    // The problem Database::open reports for a command that writes (quick_check first) and for one that only reads
    // (no quick_check, nothing written on close). None: it opens, and then a write fails (the two lock cases and
    // the full disk) or, for a reader of garbled pages, damage shows only on the pages it reads.
    QTest::addColumn<Database::Problem>("writer");
    QTest::addColumn<Database::Problem>("reader");
    // What the message says is wrong, and what it tells the person to do.
    QTest::addColumn<QString>("says");
    QTest::addColumn<QString>("advises");

    using P = Database::Problem;
    const QString cut = QStringLiteral("is cut short");
    const QString restore = QStringLiteral("Restore it from a backup");
    const QString notCandor = QStringLiteral("is not a Candor database");
    const QString otherProgram = QStringLiteral("is a database of another program");
    const QString readOnly = QStringLiteral("is read-only");
    const QString makeWritable = QStringLiteral("make the file writable");
    const QString noSpace = QStringLiteral("the disk is full, or the file size limit of this process is reached");
    const QString freeSpace = QStringLiteral("Free some space or raise the limit");
    const QString newer = QStringLiteral("was written by a newer Candor");
    const QString update = QStringLiteral("Update Candor to open it");
    QTest::newRow("cut inside the header") << Case::CutInHeader << P::Damaged << P::Damaged << cut << restore;
    QTest::newRow("cut after the header") << Case::CutAfterHeader << P::Damaged << P::Damaged << cut << restore;
    QTest::newRow("cut at a page boundary") << Case::CutAtPageBoundary << P::Damaged << P::Damaged << cut << restore;
    QTest::newRow("cut inside a page") << Case::CutInsidePage << P::Damaged << P::Damaged << cut << restore;
    QTest::newRow("cut by one byte") << Case::CutByOneByte << P::Damaged << P::Damaged << cut << restore;
    QTest::newRow("zeroed header") << Case::ZeroedHeader << P::NotCandor << P::NotCandor << notCandor
                                   << QStringLiteral("restore a backup");
    QTest::newRow("garbage over pages in the middle")
        << Case::GarbledPages << P::Damaged << P::None << QStringLiteral("is damaged") << restore;
    QTest::newRow("text file") << Case::TextFile << P::NotCandor << P::NotCandor << notCandor
                               << QStringLiteral("Choose another file");
    QTest::newRow("PNG image") << Case::PngFile << P::NotCandor << P::NotCandor << notCandor
                               << QStringLiteral("Choose another file");
    QTest::newRow("emptied file with backups")
        << Case::EmptiedFile << P::Damaged << P::Damaged << QStringLiteral("is empty (0 bytes)")
        << QStringLiteral("Restore the latest backup");
    QTest::newRow("another program's database")
        << Case::OtherProgram << P::NotCandor << P::NotCandor << otherProgram << QStringLiteral("Choose another file");
    QTest::newRow("another program's application id") << Case::OtherApplicationId << P::NotCandor << P::NotCandor
                                                      << otherProgram << QStringLiteral("Choose another file");
    QTest::newRow("a folder") << Case::Directory << P::CannotOpen << P::CannotOpen << QStringLiteral("is a folder")
                              << QStringLiteral("Give the path of a file");
    QTest::newRow("read-only file") << Case::ReadOnlyFile << P::CannotOpen << P::CannotOpen << readOnly << makeWritable;
    QTest::newRow("another user's file") << Case::OtherUsersFile << P::CannotOpen << P::CannotOpen << readOnly
                                         << makeWritable;
    QTest::newRow("locked exclusively by another process")
        << Case::LockedExclusively << P::Busy << P::Busy
        << QStringLiteral("another program has kept it locked for more than 5 seconds")
        << QStringLiteral("Close the other program");
    QTest::newRow("write lock held by another process")
        << Case::WriterHoldsLock << P::None << P::None
        << QStringLiteral("The database is busy: another program is writing to it")
        << QStringLiteral("Try again in a moment");
    QTest::newRow("newer Candor") << Case::NewerVersion << P::NewerVersion << P::NewerVersion << newer << update;
    QTest::newRow("newer Candor, WAL file")
        << Case::NewerVersionWal << P::NewerVersion << P::NewerVersion << newer << update;
    QTest::newRow("file size limit too small to open")
        << Case::SizeLimitAtOpen << P::NoSpace << P::NoSpace << noSpace << freeSpace;
    QTest::newRow("file size limit too small for a new database")
        << Case::NewFileSizeLimit << P::NoSpace << P::NoSpace << noSpace << freeSpace;
    // Under RLIMIT_FSIZE SQLite reports an I/O error (EFBIG), which sql::describe words as a write the system
    // refused; on a full disk it reports SQLITE_FULL ("The disk is full. Free some space and try again.").
    QTest::newRow("disk fills during a write")
        << Case::DiskFullOnWrite << P::None << P::None
        << QStringLiteral("the disk may be full, over a size limit or failing") << QString();
}

void TestDamagedDb::refusedAndUntouched()
{
    QFETCH(Case, kind);
    QFETCH(Database::Problem, writer);
    QFETCH(Database::Problem, reader);
    QFETCH(QString, says);
    QFETCH(QString, advises);

    if (kind == Case::OtherUsersFile && ::geteuid() != 0)
        QSKIP("Needs root, to open root's file as another user; the read-only row covers a user's own file.");
    STEP(prepare(kind));
    const QString original = snapshot(m_path);
    if (kind == Case::LockedExclusively)
        STEP(m_lock.hold("exclusive", m_path));
    if (kind == Case::WriterHoldsLock)
        STEP(m_lock.hold("writer", m_path));
    // With a lock held, the holder's -wal (and -shm) are beside the file until it lets go.
    const QString before = snapshot(m_path);
    const QStringList connectionsBefore = QSqlDatabase::connectionNames();

    for (const bool reading : {false, true}) {
        Database::Options options;
        if (reading) {
            options.quickCheck = false;
            options.readOnly = true;
        }
        const Database::Problem expected = reading ? reader : writer;
        const QByteArray context = reading ? "reader" : "writer";

        Database database;
        Status opened;
        QString written; // the error of the write tried after an open that succeeded
        {
            std::optional<FileSizeLimit> limit;
            std::optional<EffectiveUser> user;
            if (kind == Case::SizeLimitAtOpen || kind == Case::NewFileSizeLimit) {
                limit.emplace(tinyLimit);
                QVERIFY(limit->isSet());
            }
            if (kind == Case::OtherUsersFile) {
                user.emplace(nobody, nogroup);
                QVERIFY2(user->isSet(), std::strerror(errno));
            }
            QElapsedTimer timer;
            timer.start();
            opened = database.open(m_path, options);
            if (kind == Case::LockedExclusively)
                QVERIFY2(timer.elapsed() >= Database::busyTimeoutMs - 500, "it should wait for the lock first");
        }
        if (expected == Database::Problem::None) {
            QVERIFY2(opened, (context + ": " + opened.error().toUtf8()).constData());
            QCOMPARE(database.problem(), Database::Problem::None);
            const int teams = teamCount(database);
            if (kind != Case::GarbledPages)
                QCOMPARE(teams, m_templateTeams);
            if (!reading && (kind == Case::WriterHoldsLock || kind == Case::DiskFullOnWrite)) {
                // A full disk strikes after the open, once SQLite has its -wal and -shm: the change is the first
                // thing that needs room.
                std::optional<FileSizeLimit> limit;
                if (kind == Case::DiskFullOnWrite) {
                    limit.emplace(4096);
                    QVERIFY(limit->isSet());
                }
                const Result<qint64> inserted =
                    TeamRepository(database).insertTeam(testdata::makeTeam(QStringLiteral("Late arrivals")));
                QVERIFY2(!inserted, context.constData());
                written = inserted.error();
            }
            database.close();
            if (!written.isEmpty()) {
                QVERIFY2(written.contains(says), qPrintable(written));
                QVERIFY2(written.contains(advises), qPrintable(written));
                QVERIFY2(!written.contains(QLatin1Char('\n')), qPrintable(written));
            }
        } else {
            QVERIFY2(!opened, context.constData());
            QVERIFY(!database.isOpen());
            QCOMPARE(database.problem(), expected);
            const QString message = opened.error();
            QVERIFY2(message.contains(QStringLiteral("candor.sqlite")), qPrintable(message));
            QVERIFY2(message.contains(says), qPrintable(message));
            QVERIFY2(message.contains(advises), qPrintable(message));
            QVERIFY2(!message.contains(QLatin1Char('\n')), qPrintable(message));
        }
        QCOMPARE(snapshot(m_path), before);
        QCOMPARE(QSqlDatabase::connectionNames(), connectionsBefore);
    }

    STEP(m_lock.release());
    QCOMPARE(snapshot(m_path), original);
    if (kind == Case::DiskFullOnWrite || kind == Case::WriterHoldsLock || kind == Case::LockedExclusively ||
        kind == Case::SizeLimitAtOpen) {
        // The database is whole and holds what it held.
        Database database;
        const Status reopened = database.open(m_path);
        QVERIFY2(reopened, qPrintable(reopened.error()));
        QCOMPARE(database.integrityProblems(), QStringList());
        QCOMPARE(teamCount(database), m_templateTeams);
    }
}

void TestDamagedDb::emptyFileWithoutBackupsIsNew()
{
    // SQLite takes an empty file for a new database; so does Candor when there is no backup of it.
    QVERIFY(writeFile(m_path, QByteArray()));
    Database database;
    const Status opened = database.open(m_path);
    QVERIFY2(opened, qPrintable(opened.error()));
    QCOMPARE(database.schemaVersion(), Database::latestSchemaVersion());
    QCOMPARE(teamCount(database), 0);
    database.close();
    QVERIFY(QFileInfo(m_path).size() > 0);

    // A backup of another kind (some copy someone put in the folder) does not count: Candor's own do.
    QVERIFY(cutTo(m_path, 0));
    QVERIFY(QDir().mkpath(m_dir->filePath(QStringLiteral("backups"))));
    QVERIFY(QFile::copy(m_template, m_dir->filePath(QStringLiteral("backups/copy.sqlite"))));
    QVERIFY(database.open(m_path));
    database.close();
}

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (const std::optional<int> holder = LockHolder::runIfAsked(argc, argv))
        return *holder;
    TestDamagedDb test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_damageddb.moc"
