#include "Database.h"

#include "Backup.h"
#include "Migrations.h"
#include "SqlSupport.h"

#include <QAtomicInt>
#include <QDir>
#include <QFileInfo>
#include <QSqlQuery>
#include <QStandardPaths>

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

// Root may write anything, so the mode bits decide too: a file nobody may write is treated as read-only.
bool writable(const QFileInfo &info)
{
    const auto writeBits = QFileDevice::WriteOwner | QFileDevice::WriteGroup | QFileDevice::WriteOther;
    return info.isWritable() && (info.permissions() & writeBits);
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

Status Database::checkFile() const
{
    const QFileInfo info(m_path);
    if (info.exists()) {
        if (info.isDir())
            return Status::failure(
                tr("“%1” is a folder, not a database file. Give the path of a file.").arg(native(m_path)));
        if (!info.isReadable())
            return Status::failure(tr("“%1” cannot be read. Check the file's permissions.").arg(native(m_path)));
        if (!writable(info))
            return Status::failure(
                tr("“%1” is read-only. Candor saves every change at once, so make the file writable or open a copy.")
                    .arg(native(m_path)));
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
    QSqlQuery query(connection());
    // The first read of the header tells a database from any other file; nothing is written yet.
    if (!query.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) || !query.next())
        return fail(Problem::NotCandor,
                    tr("“%1” is not a Candor database (it is not a SQLite file, or it is damaged). Choose another "
                       "file or restore a backup.")
                        .arg(native(m_path)));
    const int objects = query.value(0).toInt();
    query.finish();

    if (!query.exec(QStringLiteral("PRAGMA application_id")) || !query.next())
        return fail(Problem::NotCandor, sql::describe(query.lastError()));
    const qint32 appId = query.value(0).toInt();
    query.finish();
    if ((objects > 0 || appId != 0) && appId != applicationId)
        return fail(
            Problem::NotCandor,
            tr("“%1” is a database of another program, not Candor's. Choose another file.").arg(native(m_path)));

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

namespace {

QString damagedMessage(const QString &path)
{
    return Database::tr("“%1” is damaged (the integrity check failed). Restore it from a backup; the file was not "
                        "changed.")
        .arg(native(path));
}

} // namespace

Status Database::quickCheck()
{
    QSqlQuery query(connection());
    QString result;
    if (query.exec(QStringLiteral("PRAGMA quick_check")) && query.next())
        result = query.value(0).toString();
    query.finish();
    if (result != QLatin1String("ok"))
        return fail(Problem::Damaged, damagedMessage(m_path));
    return {};
}

QString Database::verify(const QString &path)
{
    const QString name = nextConnectionName();
    QString result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000")); // quick_check only reads
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(QStringLiteral("PRAGMA quick_check")) && query.next())
                result = query.value(0).toString();
            query.finish();
        }
        db.close();
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
    const char *pragmas[] = {"PRAGMA journal_mode = WAL", "PRAGMA foreign_keys = ON", "PRAGMA synchronous = FULL",
                             "PRAGMA trusted_schema = ON"};
    for (const char *pragma : pragmas) {
        if (!query.exec(QString::fromLatin1(pragma)))
            return fail(Problem::CannotOpen,
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
    m_path = QFileInfo(path).absoluteFilePath();

    if (const Status fileStatus = checkFile(); !fileStatus)
        return fail(Problem::CannotOpen, fileStatus.error());

    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
        db.setDatabaseName(m_path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        if (!db.open())
            return fail(Problem::CannotOpen,
                        tr("Cannot open “%1”: %2").arg(native(m_path), sql::describe(db.lastError())));
    }
    m_open = true;

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
        if (const Status status = Migrations::migrate(connection(), latestSchemaVersion()); !status)
            return fail(Problem::MigrationFailed, status.error());
    }
    return {};
}

void Database::close()
{
    if (m_open) {
        {
            QSqlDatabase db = connection();
            if (db.isOpen() && m_configured && !m_readOnly) {
                QSqlQuery query(db);
                query.exec(QStringLiteral("PRAGMA optimize"));
            }
            db.close();
        }
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
