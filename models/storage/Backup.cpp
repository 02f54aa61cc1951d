#include "Backup.h"

#include "Database.h"
#include "SqlRows.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QTemporaryFile>
#include <QThread>
#include <QUrl>

#include <sqlite3.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>

#ifdef Q_OS_WIN
#include <io.h>
#include <windows.h>
#else
#include <fcntl.h>
#include <unistd.h>
#endif

namespace candor {

namespace {

// How long a copy waits for locks other connections hold (BUSY, LOCKED) before it gives up.
constexpr int busyLimitMs = 30000;

const QString stampFormat = QStringLiteral("yyyyMMdd'T'HHmmss'Z'");

// Candor's own backups: <database>-<kind>-<UTC time>[-<n>].sqlite, the number when one second saw two.
const QRegularExpression &namePattern()
{
    static const QRegularExpression pattern(
        QStringLiteral("^(.+)-(daily|before-update-from-v(\\d+)|before-restore)-(\\d{8}T\\d{6}Z)(?:-\\d+)?\\.sqlite$"));
    return pattern;
}

QString native(const QString &path)
{
    return QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
}

bool sameFile(const QString &a, const QString &b)
{
    const QFileInfo first(a);
    const QFileInfo second(b);
    return first.exists() && second.exists() && first.canonicalFilePath() == second.canonicalFilePath();
}

sqlite3 *handleOf(const QSqlDatabase &db)
{
    return sql::sqliteHandle(db);
}

// A connection of Candor's own to a backup file (not to the live database, which only Qt's connection opens).
class Connection
{
public:
    Connection() = default;
    ~Connection() { close(); }
    Connection(const Connection &) = delete;
    Connection &operator=(const Connection &) = delete;

    int open(const QString &path, int flags)
    {
        const int rc = sqlite3_open_v2(path.toUtf8().constData(), &m_db, flags, nullptr);
        if (rc == SQLITE_OK)
            sqlite3_busy_timeout(m_db, 5000);
        return rc;
    }
    int close()
    {
        int rc = SQLITE_OK;
        if (m_db)
            rc = sqlite3_close(m_db);
        m_db = nullptr;
        return rc;
    }
    // Opens a backup to read without changing anything. With no -wal file beside it, nobody has it open in WAL mode
    // and everything is in the file: it is opened immutable, so SQLite neither locks it nor makes -wal and -shm
    // files beside it (a backup that someone opened with Candor is in WAL mode again). With a -wal file, a plain
    // read-only connection reads what is in it too.
    int openToRead(const QString &path)
    {
        if (QFileInfo::exists(path + QLatin1String("-wal")))
            return open(path, SQLITE_OPEN_READONLY);
        QUrl url = QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath());
        url.setQuery(QStringLiteral("mode=ro&immutable=1"));
        return open(url.toString(QUrl::FullyEncoded), SQLITE_OPEN_READONLY | SQLITE_OPEN_URI);
    }
    sqlite3 *get() const { return m_db; }

private:
    sqlite3 *m_db = nullptr;
};

QString describe(int code, sqlite3 *db)
{
    switch (code & 0xff) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return Backup::tr("the database stayed busy: another program kept it locked. Try again in a moment.");
    case SQLITE_FULL:
        return Backup::tr("the disk is full. Free some space and try again.");
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        return Backup::tr("the file is damaged.");
    default:
        break;
    }
    const QString message = db ? QString::fromUtf8(sqlite3_errmsg(db)) : QString::fromUtf8(sqlite3_errstr(code));
    return Backup::tr("SQLite reported: %1.").arg(message);
}

// Runs one statement and gives the first column of its first row.
bool firstValue(sqlite3 *db, const char *statement, QString *value, QString *error)
{
    sqlite3_stmt *stmt = nullptr;
    int rc = sqlite3_prepare_v2(db, statement, -1, &stmt, nullptr);
    if (rc == SQLITE_OK) {
        rc = sqlite3_step(stmt);
        if (rc == SQLITE_ROW) {
            const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0));
            *value = QString::fromUtf8(text ? text : "");
            rc = SQLITE_OK;
        } else if (rc == SQLITE_DONE) {
            value->clear();
            rc = SQLITE_OK;
        }
    }
    if (rc != SQLITE_OK)
        *error = describe(rc, db);
    sqlite3_finalize(stmt);
    return rc == SQLITE_OK;
}

// Copies main of source into main of destination with the online backup API, in one step: one read transaction on
// the source, so the copy is one committed state whatever other connections commit meanwhile (stepping in pieces
// restarts the copy after every commit of another connection, and a busy writer could starve it), and one write
// transaction on the destination, which is unchanged if the copy fails. BUSY and LOCKED are retried for a while.
int copyDatabase(sqlite3 *source, sqlite3 *destination, QString *error)
{
    sqlite3_backup *backup = sqlite3_backup_init(destination, "main", source, "main");
    if (!backup) {
        const int code = sqlite3_errcode(destination);
        *error = describe(code, destination);
        return code == SQLITE_OK ? SQLITE_ERROR : code;
    }
    QElapsedTimer waited;
    waited.start();
    int rc = SQLITE_OK;
    for (;;) {
        rc = sqlite3_backup_step(backup, -1);
        if (rc == SQLITE_OK)
            continue;
        if ((rc == SQLITE_BUSY || rc == SQLITE_LOCKED) && waited.elapsed() < busyLimitMs) {
            QThread::msleep(50);
            continue;
        }
        break;
    }
    const int finished = sqlite3_backup_finish(backup);
    if (rc == SQLITE_DONE && finished == SQLITE_OK)
        return SQLITE_OK;
    const int code = rc != SQLITE_DONE ? rc : finished;
    *error = describe(code, destination);
    return code;
}

bool syncFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite)) {
        *error = file.errorString();
        return false;
    }
#ifdef Q_OS_WIN
    const bool synced = ::_commit(file.handle()) == 0;
#else
    const bool synced = ::fsync(file.handle()) == 0;
#endif
    if (!synced)
        *error = qt_error_string(errno);
    return synced;
}

// So the rename itself survives a power cut. Where a file system cannot sync a folder, the rename is still atomic.
void syncFolder(const QString &folder)
{
#ifndef Q_OS_WIN
    const int fd = ::open(QFile::encodeName(folder).constData(), O_RDONLY | O_DIRECTORY);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
#else
    Q_UNUSED(folder)
#endif
}

// Renames from over to in one step: to is the old file or the new one, never a mix.
bool replaceFile(const QString &from, const QString &to, QString *error)
{
#ifdef Q_OS_WIN
    const QString nativeFrom = QDir::toNativeSeparators(from);
    const QString nativeTo = QDir::toNativeSeparators(to);
    if (MoveFileExW(reinterpret_cast<LPCWSTR>(nativeFrom.utf16()), reinterpret_cast<LPCWSTR>(nativeTo.utf16()),
                    MOVEFILE_REPLACE_EXISTING | MOVEFILE_WRITE_THROUGH))
        return true;
    *error = qt_error_string(int(GetLastError()));
#else
    if (std::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) == 0)
        return true;
    *error = qt_error_string(errno);
#endif
    return false;
}

// Removes a temporary copy and the journal SQLite may have made beside it, unless released. (These are the
// temporary's own files, never the live database's.)
class TemporaryFiles
{
public:
    explicit TemporaryFiles(const QString &path)
        : m_path(path)
    {}
    ~TemporaryFiles()
    {
        if (m_path.isEmpty())
            return;
        for (const char *suffix : {"", "-journal", "-wal", "-shm"})
            QFile::remove(m_path + QLatin1String(suffix));
    }
    TemporaryFiles(const TemporaryFiles &) = delete;
    TemporaryFiles &operator=(const TemporaryFiles &) = delete;
    void release() { m_path.clear(); }

private:
    QString m_path;
};

// Holds the database file's lock exclusively (PRAGMA locking_mode = EXCLUSIVE, taken by the first write
// transaction). In WAL mode every open connection holds a shared lock on the file, so this is refused while any
// other connection, in this process or another, has the database open; and while it is held nobody else can open
// it. Back to normal locking when it goes.
class ExclusiveLock
{
public:
    explicit ExclusiveLock(const QSqlDatabase &db)
        : m_db(db)
    {
        QSqlQuery query(m_db);
        if (!query.exec(QStringLiteral("PRAGMA locking_mode = EXCLUSIVE")))
            return;
        query.finish();
        m_modeSet = true;
        if (!query.exec(QStringLiteral("BEGIN IMMEDIATE")))
            return;
        m_held = query.exec(QStringLiteral("ROLLBACK"));
    }
    ~ExclusiveLock()
    {
        if (!m_modeSet)
            return;
        QSqlQuery query(m_db);
        query.exec(QStringLiteral("PRAGMA locking_mode = NORMAL"));
        query.finish();
        // Normal locking takes over at the next access, which lets the exclusive lock go.
        query.exec(QStringLiteral("SELECT count(*) FROM sqlite_master"));
        query.finish();
    }
    ExclusiveLock(const ExclusiveLock &) = delete;
    ExclusiveLock &operator=(const ExclusiveLock &) = delete;

    bool isHeld() const { return m_held; }

private:
    QSqlDatabase m_db;
    bool m_modeSet = false;
    bool m_held = false;
};

// The copy behind take() and Candor's own backups. checkCopy = false keeps whatever the database holds, damaged or
// not: for the database a restore replaces, which may be replaced precisely because it is damaged.
Status copyInto(const Database &database, const QString &target, bool checkCopy)
{
    if (target.trimmed().isEmpty())
        return Status::failure(Backup::tr("No backup file was given. Give the path of the file to write."));
    sqlite3 *source = database.isOpen() ? handleOf(database.connection()) : nullptr;
    if (!source)
        return Status::failure(Backup::tr("Cannot back up: the database is not open."));
    if (database.schemaVersion() < 1)
        return Status::failure(
            Backup::tr("“%1” holds no Candor data yet; there is nothing to back up.").arg(native(database.path())));
    const QFileInfo info(target);
    const QString shown = native(target);
    if (info.isDir())
        return Status::failure(Backup::tr("“%1” is a folder. Give a file name inside it.").arg(shown));
    if (sameFile(target, database.path()))
        return Status::failure(
            Backup::tr("“%1” is the database itself. Choose another file for the backup.").arg(shown));
    // A database someone has open: renaming over it would leave its -wal file describing another file.
    if (QFileInfo::exists(target + QLatin1String("-wal")))
        return Status::failure(Backup::tr("“%1” is a database in use (there is a “-wal” file beside it). Choose "
                                          "another file for the backup.")
                                   .arg(shown));
    const QString folder = info.absolutePath();
    if (!QFileInfo(folder).isDir())
        return Status::failure(
            Backup::tr("The folder “%1” does not exist. Create it or choose another place for the backup.")
                .arg(native(folder)));

    const auto failure = [&shown](const QString &why) {
        return Status::failure(Backup::tr("Could not back up to “%1”: %2 Nothing was written there.").arg(shown, why));
    };

    // The backup is the one file Candor writes without QSaveFile, because SQLite writes it. It keeps the same
    // promise, complete or absent: SQLite fills a temporary file beside the target, which is checked, made one
    // self-contained file, synced, and only then renamed over the target in one step. On any failure the temporary
    // goes and the target is untouched.
    QString temporaryPath;
    {
        QTemporaryFile temporary(QDir(folder).filePath(QStringLiteral(".%1.XXXXXX.tmp").arg(info.fileName())));
        temporary.setAutoRemove(false);
        if (!temporary.open())
            return failure(Backup::tr("cannot create a file in “%1” (%2). Check that you may write there.")
                               .arg(native(folder), temporary.errorString()));
        temporaryPath = temporary.fileName();
    }
    TemporaryFiles cleanup(temporaryPath);
    Connection copy;
    if (const int rc = copy.open(temporaryPath, SQLITE_OPEN_READWRITE); rc != SQLITE_OK)
        return failure(describe(rc, copy.get()));

    QString error;
    if (copyDatabase(source, copy.get(), &error) != SQLITE_OK)
        return failure(error);
    // The copied header says WAL, as the live database's does. A rollback journal makes the copy one file that
    // needs nothing beside it (the journal is gone once each transaction ends).
    QString value;
    if (!firstValue(copy.get(), "PRAGMA journal_mode = DELETE", &value, &error))
        return failure(error);
    if (value != QLatin1String("delete"))
        return failure(Backup::tr("the copy could not be made a single file (journal mode “%1”).").arg(value));
    if (checkCopy) {
        if (!firstValue(copy.get(), "PRAGMA quick_check", &value, &error))
            return failure(error);
        if (value != QLatin1String("ok"))
            return failure(Backup::tr("the copy failed its check (%1).").arg(value));
    }
    if (const int rc = copy.close(); rc != SQLITE_OK)
        return failure(describe(rc, nullptr));
    if (!syncFile(temporaryPath, &error) || !replaceFile(temporaryPath, target, &error))
        return failure(Backup::tr("%1. Check the free space and that you may write to the folder.").arg(error));
    cleanup.release();
    syncFolder(folder);
    return {};
}

} // namespace

QString Backup::folder(const QString &databasePath)
{
    return QFileInfo(databasePath).absoluteDir().filePath(QStringLiteral("backups"));
}

Status Backup::take(const Database &database, const QString &target)
{
    if (database.isServer())
        return Status::failure(tr("%1 is on a PostgreSQL server: Candor makes backup files of SQLite databases "
                                  "only. Ask the server's administrator for its backups.")
                                   .arg(database.path()));
    return copyInto(database, target, true);
}

Result<Backup::Info> Backup::verify(const QString &file)
{
    if (file.trimmed().isEmpty())
        return Result<Info>::failure(tr("No backup file was given. Choose the backup to restore."));
    const QFileInfo info(file);
    const QString shown = native(file);
    if (!info.exists())
        return Result<Info>::failure(tr("There is no file “%1”. Check the path of the backup.").arg(shown));
    if (info.isDir())
        return Result<Info>::failure(tr("“%1” is a folder, not a backup file. Choose a file.").arg(shown));
    if (!info.isReadable())
        return Result<Info>::failure(tr("“%1” cannot be read. Check the file's permissions.").arg(shown));

    const QString notCandor = tr("“%1” is not a Candor backup (it is not a SQLite file, or it is damaged). Choose "
                                 "another file.")
                                  .arg(shown);
    // Read-only: checking a backup never changes it.
    Connection db;
    if (db.openToRead(file) != SQLITE_OK)
        return Result<Info>::failure(notCandor);
    QString value;
    QString error;
    if (!firstValue(db.get(), "SELECT count(*) FROM sqlite_master", &value, &error))
        return Result<Info>::failure(notCandor);
    if (!firstValue(db.get(), "PRAGMA application_id", &value, &error) || value.toInt() != Database::applicationId)
        return Result<Info>::failure(
            tr("“%1” is not a Candor backup: it is another program's database, or an empty one. Choose another file.")
                .arg(shown));
    if (!firstValue(db.get(), "PRAGMA user_version", &value, &error))
        return Result<Info>::failure(notCandor);
    const int version = value.toInt();
    if (version > Database::latestSchemaVersion())
        return Result<Info>::failure(tr("“%1” comes from a newer Candor (schema version %2; this Candor knows up to "
                                        "%3). Update Candor to restore it.")
                                         .arg(shown)
                                         .arg(version)
                                         .arg(Database::latestSchemaVersion()));
    if (version < 1)
        return Result<Info>::failure(
            tr("“%1” is not a Candor backup: it holds no Candor data. Choose another file.").arg(shown));
    if (!firstValue(db.get(), "PRAGMA integrity_check", &value, &error) || value != QLatin1String("ok"))
        return Result<Info>::failure(
            tr("“%1” is damaged (its integrity check failed), so it cannot be restored. Choose another backup.")
                .arg(shown));
    Info result;
    result.schemaVersion = version;
    return result;
}

Result<QString> Backup::restore(Database &database, const QString &backupFile, const QDateTime &now)
{
    if (database.isServer())
        return Result<QString>::failure(tr("%1 is on a PostgreSQL server: Candor restores backup files into SQLite "
                                           "databases only. Ask the server's administrator to restore it.")
                                            .arg(database.path()));
    const QSqlDatabase live = database.connection();
    sqlite3 *destination = database.isOpen() ? handleOf(live) : nullptr;
    if (!destination)
        return Result<QString>::failure(tr("Cannot restore: the database is not open."));
    const QString shownDatabase = native(database.path());
    if (sameFile(backupFile, database.path()))
        return Result<QString>::failure(
            tr("“%1” is the database itself. Choose a backup to restore.").arg(shownDatabase));
    const Result<Info> info = verify(backupFile);
    if (!info)
        return Result<QString>::failure(info.error());

    // Nobody else may have the database open while its content is replaced: their models, caches and half-typed
    // drafts would still show, and write back, the data that was there before.
    const ExclusiveLock lock(live);
    if (!lock.isHeld())
        return Result<QString>::failure(tr("“%1” is open in Candor or in another program. Close it there, then "
                                           "restore again; nothing was changed.")
                                            .arg(shownDatabase));

    QString kept;
    if (database.schemaVersion() >= 1) {
        const Result<QString> saved = takeInFolder(database, QStringLiteral("before-restore"), now, false);
        if (!saved)
            return Result<QString>::failure(
                tr("Did not restore, because keeping the current database as a backup failed. %1").arg(saved.error()));
        kept = *saved;
    }

    Connection source;
    if (const int rc = source.openToRead(backupFile); rc != SQLITE_OK)
        return Result<QString>::failure(
            tr("Cannot read “%1”: %2 Nothing was restored.").arg(native(backupFile), describe(rc, source.get())));
    QString error;
    if (copyDatabase(source.get(), destination, &error) != SQLITE_OK)
        return Result<QString>::failure(tr("Could not restore “%1” into “%2”: %3 The database was not changed.")
                                            .arg(native(backupFile), shownDatabase, error));
    return kept;
}

Result<QString> Backup::takeDaily(const Database &database, const QDateTime &now)
{
    // A server database is backed up by its administrator (pg_dump or base backups), not by each desktop.
    if (database.isServer())
        return QString();
    QList<Entry> dailies;
    for (const Entry &entry : list(database.path())) {
        if (entry.kind == Kind::Daily)
            dailies.append(entry);
    }
    const QDate today = now.toLocalTime().date();
    const bool haveToday = std::any_of(dailies.cbegin(), dailies.cend(), [&today](const Entry &entry) {
        return entry.taken.toLocalTime().date() == today;
    });
    QString made;
    if (!haveToday) {
        const Result<QString> taken = takeInFolder(database, QStringLiteral("daily"), now);
        if (!taken)
            return taken;
        made = *taken;
        Entry entry;
        entry.path = made;
        entry.kind = Kind::Daily;
        entry.taken = now.toUTC();
        dailies.append(entry);
    }
    // Only dailies go, and only this database's: every other file in the folder stays.
    std::sort(dailies.begin(), dailies.end(), [](const Entry &a, const Entry &b) { return a.taken > b.taken; });
    for (qsizetype i = keptDailies; i < dailies.size(); ++i)
        QFile::remove(dailies.at(i).path);
    return made;
}

Result<QString> Backup::takeBeforeUpdate(const Database &database, int fromVersion, const QDateTime &now)
{
    return takeInFolder(database, QStringLiteral("before-update-from-v%1").arg(fromVersion), now);
}

Result<QString> Backup::takeInFolder(const Database &database, const QString &kindTag, const QDateTime &now,
                                     bool checkCopy)
{
    if (database.isServer())
        return Result<QString>::failure(tr("%1 is on a PostgreSQL server: Candor makes backup files of SQLite "
                                           "databases only. Ask the server's administrator for its backups.")
                                            .arg(database.path()));
    const QString dir = folder(database.path());
    if (!QDir().mkpath(dir))
        return Result<QString>::failure(
            tr("Cannot create the backups folder “%1”. Check that you may write there.").arg(native(dir)));
    const QString stem =
        QStringLiteral("%1-%2-%3")
            .arg(QFileInfo(database.path()).completeBaseName(), kindTag, now.toUTC().toString(stampFormat));
    QString path = QDir(dir).filePath(stem + QLatin1String(".sqlite"));
    for (int n = 2; QFileInfo::exists(path); ++n)
        path = QDir(dir).filePath(QStringLiteral("%1-%2.sqlite").arg(stem).arg(n));
    if (const Status copied = copyInto(database, path, checkCopy); !copied)
        return Result<QString>::failure(copied.error());
    return path;
}

QList<Backup::Entry> Backup::list(const QString &databasePath)
{
    const QString base = QFileInfo(databasePath).completeBaseName();
    const QDir dir(folder(databasePath));
    QList<Entry> entries;
    const QStringList filters = {QStringLiteral("*.sqlite"), QStringLiteral("*.sqlite3"), QStringLiteral("*.db")};
    for (const QFileInfo &file : dir.entryInfoList(filters, QDir::Files)) {
        Entry entry;
        entry.path = file.absoluteFilePath();
        entry.size = file.size();
        entry.taken = file.lastModified().toUTC();
        const QRegularExpressionMatch match = namePattern().match(file.fileName());
        if (match.hasMatch() && match.captured(1) == base) {
            const QString kind = match.captured(2);
            if (kind == QLatin1String("daily")) {
                entry.kind = Kind::Daily;
            } else if (kind == QLatin1String("before-restore")) {
                entry.kind = Kind::BeforeRestore;
            } else {
                entry.kind = Kind::BeforeUpdate;
                entry.fromVersion = match.captured(3).toInt();
            }
            QDateTime taken = QDateTime::fromString(match.captured(4), stampFormat);
            taken.setTimeSpec(Qt::UTC);
            if (taken.isValid())
                entry.taken = taken;
        }
        entries.append(entry);
    }
    std::sort(entries.begin(), entries.end(), [](const Entry &a, const Entry &b) { return a.taken > b.taken; });
    return entries;
}

} // namespace candor
