#include "Database.h"

#include "Backup.h"
#include "ConnectionSpec.h"
#include "Dialect.h"
#include "Migrations.h"
#include "SqlRows.h"
#include "SqlSupport.h"

#include <QAtomicInt>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QLocale>
#include <QMutex>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QtEndian>

#include <sqlite3.h>

#include <algorithm>
#include <cerrno>
#include <csignal>
#include <mutex>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <unistd.h>
#endif

namespace candor {

namespace {

QString nextConnectionName()
{
    static QAtomicInt counter;
    return QStringLiteral("candor-%1").arg(counter.fetchAndAddRelaxed(1));
}

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

enum class Access { Read, Write };

// Whether this process may read or write the file or folder as its effective user, the one the kernel checks when
// the file is opened (QFileInfo asks about the real user).
bool accessible(const QFileInfo &info, Access access)
{
#ifdef Q_OS_UNIX
    return ::faccessat(AT_FDCWD, QFile::encodeName(info.absoluteFilePath()).constData(),
                       access == Access::Write ? W_OK : R_OK, AT_EACCESS) == 0;
#else
    return access == Access::Write ? info.isWritable() : info.isReadable();
#endif
}

// Root may write anything, so the mode bits decide too: a file nobody may write is treated as read-only.
bool writable(const QFileInfo &info)
{
    const auto writeBits = QFileDevice::WriteOwner | QFileDevice::WriteGroup | QFileDevice::WriteOther;
    return accessible(info, Access::Write) && (info.permissions() & writeBits);
}

// The database files this process has open through SQLite, from any thread. Closing any descriptor of a file drops
// every POSIX lock the process holds on it, SQLite's included (and with its shared lock gone, another process may
// take the database for unused and delete its -wal). So Database reads a header with a descriptor of its own only
// while no connection of this process has the file open, and holds the lock while it does; a connection is counted
// from before its first read.
class OpenFiles
{
public:
    static QMutex &mutex()
    {
        static QMutex instance;
        return instance;
    }
    // With mutex() held.
    static bool contains(const QString &path) { return counts().value(path) > 0; }
    static void add(const QString &path)
    {
        const QMutexLocker locker(&mutex());
        ++counts()[path];
    }
    static void remove(const QString &path)
    {
        const QMutexLocker locker(&mutex());
        if (--counts()[path] <= 0)
            counts().remove(path);
    }

private:
    static QHash<QString, int> &counts()
    {
        static QHash<QString, int> instance;
        return instance;
    }
};

const char *const sideSuffixes[] = {"-wal", "-shm", "-journal"};

// The files SQLite may make beside a database, as they were before an open: a refused open removes those it added,
// so it leaves the folder as it found it.
class SideFiles
{
public:
    explicit SideFiles(const QString &path)
        : m_path(path)
        , m_database(QFileInfo::exists(path))
    {
        for (int i = 0; i < 3; ++i)
            m_existed[i] = QFileInfo::exists(path + QLatin1String(sideSuffixes[i]));
    }

    // After a failed open, with the connection closed. A database file this open created (a new database that could
    // not be set up) is Candor's own and holds nothing of anyone's, so it goes too. Of an existing database only an
    // empty -wal or -journal goes, and a -shm without a -wal that holds pages: SQLite left them because the
    // connection failed before it could tidy up, and nothing else writes pages while they are empty.
    void removeAdded() const
    {
        const QString wal = m_path + QLatin1String("-wal");
        const QString shm = m_path + QLatin1String("-shm");
        const QString journal = m_path + QLatin1String("-journal");
        if (!m_database) {
            for (int i = 0; i < 3; ++i) {
                if (!m_existed[i])
                    QFile::remove(m_path + QLatin1String(sideSuffixes[i]));
            }
            QFile::remove(m_path);
            return;
        }
        if (!m_existed[0] && QFileInfo::exists(wal) && QFileInfo(wal).size() == 0)
            QFile::remove(wal);
        if (!m_existed[2] && QFileInfo::exists(journal) && QFileInfo(journal).size() == 0)
            QFile::remove(journal);
        if (!m_existed[1] && QFileInfo::exists(shm) && (!QFileInfo::exists(wal) || QFileInfo(wal).size() == 0))
            QFile::remove(shm);
    }

private:
    QString m_path;
    bool m_database = false;
    bool m_existed[3] = {};
};

// A write past the process's file size limit (ulimit -f, RLIMIT_FSIZE) raises SIGXFSZ, which by default ends the
// process at once: a change half written, and no message. Ignored, the write fails with EFBIG instead, and SQLite
// rolls the change back and says so. Only the default is replaced: a handler someone installed stays.
void survivingFileSizeLimit()
{
#ifdef SIGXFSZ
    static std::once_flag once;
    std::call_once(once, []() {
        struct sigaction current = {};
        if (::sigaction(SIGXFSZ, nullptr, &current) == 0 && current.sa_handler == SIG_DFL)
            std::signal(SIGXFSZ, SIG_IGN);
    });
#endif
}

// SQLite's primary result code in an error from Qt's driver (which reports the extended code); 0 when there is none.
int primaryCode(const QSqlError &error)
{
    // PostgreSQL's codes are five-character SQLSTATEs ("23505"); SQLite's extended codes have at most four digits.
    if (error.nativeErrorCode().size() == 5)
        return 0;
    bool numeric = false;
    const int code = error.nativeErrorCode().toInt(&numeric);
    return numeric ? code & 0xff : 0;
}

bool outOfSpace(int primary, int systemError)
{
    if (primary == SQLITE_FULL)
        return true;
    // A full disk is ENOSPC; the process's file size limit (RLIMIT_FSIZE) EFBIG; a user's disk quota EDQUOT. SQLite
    // reports them as SQLITE_FULL only for a short write, otherwise as an I/O error (a -shm that cannot grow, a write
    // refused outright): its system errno tells them apart from a failing disk.
    const bool io = primary == SQLITE_IOERR || primary == SQLITE_CANTOPEN || primary == 0;
    return io && (systemError == ENOSPC || systemError == EFBIG
#ifdef EDQUOT
                  || systemError == EDQUOT
#endif
                 );
}

QString damagedMessage(const QString &path)
{
    return Database::tr("“%1” is damaged (the integrity check failed). Restore it from a backup; the file was not "
                        "changed.")
        .arg(native(path));
}

QString notCandorMessage(const QString &path)
{
    return Database::tr("“%1” is not a Candor database (it is not a SQLite file, or it is damaged). Choose another "
                        "file or restore a backup.")
        .arg(native(path));
}

} // namespace

Database::Database()
    : m_connectionName(nextConnectionName())
{}

Database::~Database()
{
    close();
}

QString Database::defaultPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("candor.sqlite"));
}

QString Database::resolvePath(const QString &commandLineValue)
{
    if (!commandLineValue.isEmpty())
        return commandLineValue;
    const QString fromEnvironment = qEnvironmentVariable("CANDOR_DB");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    // The default folder is Candor's own, so it may be created; a folder someone named must already exist.
    const QString path = defaultPath();
    QDir().mkpath(QFileInfo(path).absolutePath());
    return path;
}

int Database::latestSchemaVersion()
{
    return Migrations::latestVersion();
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

int Database::schemaVersion() const
{
    return Migrations::currentVersion(connection());
}

Status Database::fail(Problem problem, const QString &message)
{
    close();
    m_problem = problem;
    return Status::failure(message);
}

Status Database::failWith(const QSqlError &error, Problem problem, const QString &message)
{
    const int primary = primaryCode(error);
    sqlite3 *handle = sql::sqliteHandle(connection());
    const int systemError = handle ? sqlite3_system_errno(handle) : 0;
    if (primary == SQLITE_BUSY || primary == SQLITE_LOCKED)
        return fail(Problem::Busy, tr("“%1” is in use: another program has kept it locked for more than %2 seconds. "
                                      "Close the other program (or the other Candor) that has it open, then try "
                                      "again; nothing was changed.")
                                       .arg(native(m_path), QLocale().toString(busyTimeoutMs / 1000)));
    if (outOfSpace(primary, systemError))
        return fail(Problem::NoSpace,
                    tr("Cannot open “%1”: the disk is full, or the file size limit of this process is reached (SQLite "
                       "needs room for its journal beside the file). Free some space or raise the limit, then try "
                       "again; nothing was changed.")
                        .arg(native(m_path)));
    if (primary == SQLITE_NOTADB)
        return fail(Problem::NotCandor, notCandorMessage(m_path));
    if (primary == SQLITE_CORRUPT)
        return fail(Problem::Damaged, damagedMessage(m_path));
    return fail(problem, message);
}

Status Database::checkHeader(Problem *problem) const
{
    // A -wal or -journal file with content holds pages the file itself does not have yet: its header may be an old
    // one and it may be shorter than that header says. Then SQLite, which reads both, decides.
    for (const char *suffix : {"-wal", "-journal"}) {
        if (QFileInfo(m_path + QLatin1String(suffix)).size() > 0)
            return {};
    }
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly)) {
        *problem = Problem::CannotOpen;
        return Status::failure(tr("Cannot read “%1”: %2").arg(native(m_path), file.errorString()));
    }
    const qint64 size = file.size();
    const QByteArray header = file.read(100);
    const QLocale locale;
    if (size == 0) {
        // SQLite takes an empty file for a new database, and so does Candor, unless Candor has backups of it: then
        // it was a database that lost its content, and starting a new one there would hide that.
        const QList<Backup::Entry> backups = Backup::list(m_path);
        const bool backedUp = std::any_of(backups.cbegin(), backups.cend(),
                                          [](const Backup::Entry &entry) { return entry.kind != Backup::Kind::Other; });
        if (!backedUp)
            return {};
        *problem = Problem::Damaged;
        return Status::failure(tr("“%1” is empty (0 bytes), though there are backups of it in “%2”: its content was "
                                  "lost, perhaps in a copy or a save that was cut off. Restore the latest backup; the "
                                  "file was not changed.")
                                   .arg(native(m_path), native(Backup::folder(m_path))));
    }
    static const QByteArray magic("SQLite format 3\0", 16);
    if (!header.startsWith(magic) && !(header.size() < magic.size() && magic.startsWith(header))) {
        *problem = Problem::NotCandor;
        return Status::failure(notCandorMessage(m_path));
    }
    if (header.size() < 100) {
        *problem = Problem::Damaged;
        return Status::failure(tr("“%1” is cut short: it ends inside its header, after %2 bytes. Restore it from a "
                                  "backup; the file was not changed.")
                                   .arg(native(m_path), locale.toString(size)));
    }
    const auto at = [&header](int offset) {
        return qFromBigEndian<quint32>(header.constData() + offset);
    };
    const quint32 pageSize = qFromBigEndian<quint16>(header.constData() + 16) == 1
                                 ? 65536
                                 : qFromBigEndian<quint16>(header.constData() + 16);
    // The page count at offset 28 is valid when the change counter (24) matches the version-valid-for number (92),
    // as SQLite reads it; a file shorter than those pages lost its end.
    const quint32 pages = at(28);
    const qint64 expected = qint64(pages) * pageSize;
    if (pages > 0 && at(24) == at(92) && size < expected) {
        *problem = Problem::Damaged;
        return Status::failure(tr("“%1” is cut short: it holds %2 bytes, but its header describes %3. The end of the "
                                  "database is lost, perhaps to a full disk or an interrupted copy. Restore it from a "
                                  "backup; the file was not changed.")
                                   .arg(native(m_path), locale.toString(size), locale.toString(expected)));
    }
    return {};
}

Status Database::checkFile(Problem *problem) const
{
    *problem = Problem::CannotOpen;
    const QFileInfo info(m_path);
    if (info.exists()) {
        if (info.isDir())
            return Status::failure(
                tr("“%1” is a folder, not a database file. Give the path of a file.").arg(native(m_path)));
        if (!accessible(info, Access::Read))
            return Status::failure(tr("“%1” cannot be read. Check the file's permissions.").arg(native(m_path)));
        if (!writable(info))
            return Status::failure(
                tr("“%1” is read-only. Candor saves every change at once, so make the file writable or open a copy.")
                    .arg(native(m_path)));
        // A file this process has open passed these checks when it was opened, and reading it here could cost that
        // connection its locks (see OpenFiles).
        const QMutexLocker locker(&OpenFiles::mutex());
        if (!OpenFiles::contains(m_path)) {
            if (const Status header = checkHeader(problem); !header)
                return header;
        }
    }
    const QFileInfo folder(info.absolutePath());
    if (!folder.isDir())
        return Status::failure(tr("The folder “%1” does not exist. Create it or choose another path.")
                                   .arg(native(folder.absoluteFilePath())));
    if (!writable(folder))
        return Status::failure(tr("The folder “%1” is read-only; Candor needs to write its journal there. Choose a "
                                  "writable folder.")
                                   .arg(native(folder.absoluteFilePath())));
    return {};
}

Status Database::checkContent()
{
    // No QSqlDatabase is held here: failing closes and removes the connection.
    QSqlError error;
    // The first read of the header tells a database from any other file; nothing is written yet.
    const int objects = Dialect::objectCount(connection(), &error);
    if (error.isValid())
        return failWith(error, Problem::NotCandor,
                        m_server ? tr("Cannot read %1: %2").arg(m_path, sql::describe(error))
                                 : notCandorMessage(m_path));
    const qint32 appId = Dialect::applicationMark(connection(), &error);
    if (error.isValid())
        return failWith(error, Problem::NotCandor, sql::describe(error));
    if ((objects > 0 || appId != 0) && appId != applicationId)
        return fail(
            Problem::NotCandor,
            m_server
                ? tr("%1 holds tables of another program, not Candor's. Give Candor an empty database "
                     "of its own.")
                      .arg(m_path)
                : tr("“%1” is a database of another program, not Candor's. Choose another file.").arg(native(m_path)));

    const int version = Migrations::currentVersion(connection());
    if (version > latestSchemaVersion())
        return fail(Problem::NewerVersion,
                    tr("“%1” was written by a newer Candor (schema version %2; this Candor knows up to %3). Update "
                       "Candor to open it; the file was not changed.")
                        .arg(native(m_path))
                        .arg(version)
                        .arg(latestSchemaVersion()));
    return {};
}

Status Database::quickCheck()
{
    QSqlQuery query(connection());
    if (!query.exec(QStringLiteral("PRAGMA quick_check")) || !query.next())
        return failWith(query.lastError(), Problem::Damaged, damagedMessage(m_path));
    const QString result = query.value(0).toString();
    query.finish();
    if (result != QLatin1String("ok"))
        return fail(Problem::Damaged, damagedMessage(m_path));
    return {};
}

QString Database::verify(const QString &path)
{
    // The server checks its own pages; there is no file here to read.
    if (ConnectionSpec::isServerLocation(path))
        return {};
    const QString name = nextConnectionName();
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QString result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(busyTimeoutMs)); // quick_check only reads
        if (db.open()) {
            OpenFiles::add(absolute);
            {
                QSqlQuery query(db);
                if (query.exec(QStringLiteral("PRAGMA quick_check")) && query.next())
                    result = query.value(0).toString();
                query.finish();
            }
            db.close();
            OpenFiles::remove(absolute);
        }
    }
    QSqlDatabase::removeDatabase(name);
    return result == QLatin1String("ok") ? QString() : damagedMessage(path);
}

Status Database::configure()
{
    QSqlQuery query(connection());
    // WAL is persistent in the file; the rest is per connection. trusted_schema stays ON (SQLite's default) because
    // the triggers that keep the full-text index in sync write to an FTS5 table, which SQLite refuses in triggers
    // when it is OFF. That setting guards against application SQL functions with side effects called from a
    // hostile file's schema; Candor registers none and never enables load_extension.
    // secure_delete: what is deleted is overwritten in the file, not left in free space (privacy).
    const char *pragmas[] = {"PRAGMA journal_mode = WAL", "PRAGMA foreign_keys = ON", "PRAGMA synchronous = FULL",
                             "PRAGMA trusted_schema = ON", "PRAGMA secure_delete = ON"};
    for (const char *pragma : pragmas) {
        if (!query.exec(QString::fromLatin1(pragma)))
            return failWith(query.lastError(), Problem::CannotOpen,
                            tr("Cannot set up “%1”: %2").arg(native(m_path), sql::describe(query.lastError())));
        query.finish();
    }
    m_configured = true;
    return {};
}

Status Database::open(const QString &path, Options options)
{
    close();
    m_problem = Problem::None;
    if (path.trimmed().isEmpty())
        return fail(Problem::CannotOpen, tr("No database path was given. Give the path of a database file."));
    m_server = ConnectionSpec::isServerLocation(path);
    if (m_server)
        return openServer(path, options);
    m_path = QFileInfo(path).absoluteFilePath();

    survivingFileSizeLimit();
    const SideFiles before(m_path);
    const Status status = openFile(options);
    if (!status) {
        close();
        // Not while another connection of this process has the file open: what is beside it may be that one's.
        const QMutexLocker locker(&OpenFiles::mutex());
        if (!OpenFiles::contains(m_path))
            before.removeAdded();
    }
    return status;
}

Status Database::openFile(Options options)
{
    Problem problem = Problem::None;
    if (const Status fileStatus = checkFile(&problem); !fileStatus)
        return fail(problem, fileStatus.error());

    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
        db.setDatabaseName(m_path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(busyTimeoutMs));
        if (!db.open())
            return failWith(db.lastError(), Problem::CannotOpen,
                            tr("Cannot open “%1”: %2").arg(native(m_path), sql::describe(db.lastError())));
    }
    m_open = true;
    OpenFiles::add(m_path);

    if (const Status status = checkContent(); !status)
        return status;

    const int version = schemaVersion();
    const bool migrationPending = options.migrate && version >= 1 && version < latestSchemaVersion();
    if (options.quickCheck || migrationPending) {
        if (const Status status = quickCheck(); !status)
            return status;
    }
    m_readOnly = options.readOnly;

    if (const Status status = configure(); !status)
        return status;

    if (options.migrate) {
        // An existing database is copied before a migration changes it, so the person can go back to it. A new file
        // (version 0) has nothing to keep. No copy, no migration.
        if (migrationPending) {
            if (const Result<QString> saved = Backup::takeBeforeUpdate(*this, version); !saved)
                return fail(Problem::MigrationFailed,
                            tr("Candor did not update “%1” to this version, because the backup it takes first "
                               "failed: %2 The file was not changed.")
                                .arg(native(m_path), saved.error()));
        }
        // The migration reports its own message; a full disk under it is said as such.
        if (const Status status = Migrations::migrate(connection(), latestSchemaVersion()); !status)
            return failWith(QSqlError(), Problem::MigrationFailed, status.error());
    }
    return {};
}

void Database::close()
{
    if (m_open) {
        {
            QSqlDatabase db = connection();
            if (db.isOpen() && m_configured && !m_readOnly && !m_server) {
                QSqlQuery query(db);
                query.exec(QStringLiteral("PRAGMA optimize"));
            }
            db.close();
        }
        if (!m_server)
            OpenFiles::remove(m_path);
        m_open = false;
        m_configured = false;
        m_readOnly = false;
    }
    if (QSqlDatabase::contains(m_connectionName))
        QSqlDatabase::removeDatabase(m_connectionName);
}

QStringList Database::integrityProblems() const
{
    QStringList problems;
    // The server keeps its pages whole and enforces every foreign key as it is written.
    if (m_server)
        return problems;
    QSqlQuery query(connection());
    if (!query.exec(QStringLiteral("PRAGMA integrity_check"))) {
        problems.append(sql::describe(query.lastError()));
        return problems;
    }
    while (query.next()) {
        const QString line = query.value(0).toString();
        if (line != QLatin1String("ok"))
            problems.append(tr("Integrity: %1").arg(line));
    }
    query.finish();
    if (query.exec(QStringLiteral("PRAGMA foreign_key_check"))) {
        while (query.next())
            problems.append(tr("Table %1, row %2 refers to a missing row in %3.")
                                .arg(query.value(0).toString(), query.value(1).toString(), query.value(2).toString()));
    }
    query.finish();
    return problems;
}

} // namespace candor
