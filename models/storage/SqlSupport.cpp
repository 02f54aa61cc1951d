#include "SqlSupport.h"

namespace candor::sql {

QString describe(const QSqlError &error)
{
    // SQLite's primary result code is the low byte of its extended code.
    bool numeric = false;
    const int primary = error.nativeErrorCode().toInt(&numeric) & 0xff;
    if (numeric) {
        if (primary == 5 || primary == 6) // SQLITE_BUSY, SQLITE_LOCKED
            return Text::tr("The database is busy: another program is writing to it. Try again in a moment.");
        if (primary == 13) // SQLITE_FULL
            return Text::tr("The disk is full. Free some space and try again.");
        if (primary == 8) // SQLITE_READONLY
            return Text::tr("The database file is read-only. Make it writable and try again.");
        if (primary == 11 || primary == 26) // SQLITE_CORRUPT, SQLITE_NOTADB
            return Text::tr("The database file is damaged. Restore it from a backup.");
        // SQLITE_IOERR: a write the system refused. Past a file size limit SQLite reports this rather than
        // SQLITE_FULL; a failing disk looks the same.
        if (primary == 10)
            return Text::tr("Candor could not write to the database file: the disk may be full, over a size limit or "
                            "failing. Free some space and try again; the change was not saved.");
    }
    const QString text = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    return Text::tr("The database reported an error: %1.").arg(text);
}

bool run(QSqlQuery &query, const QString &statement, const QVariantList &values, QString *error)
{
    if (!query.prepare(statement)) {
        if (error)
            *error = describe(query.lastError());
        return false;
    }
    for (const QVariant &v : values) {
        // A null QString binds as SQL NULL; text columns are NOT NULL and an unset text means empty.
        if (v.typeId() == QMetaType::QString && v.toString().isNull())
            query.addBindValue(QStringLiteral(""));
        else
            query.addBindValue(v);
    }
    if (!query.exec()) {
        if (error)
            *error = describe(query.lastError());
        return false;
    }
    return true;
}

QVariant fromTime(const QDateTime &time)
{
    return time.isValid() ? QVariant(time.toSecsSinceEpoch()) : QVariant(QMetaType(QMetaType::LongLong));
}

QDateTime toTime(const QVariant &value)
{
    if (value.isNull())
        return {};
    return QDateTime::fromSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

QVariant fromId(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong));
}

QString likePattern(const QString &text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    escaped.replace(QLatin1Char('%'), QLatin1String("\\%"));
    escaped.replace(QLatin1Char('_'), QLatin1String("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

} // namespace candor::sql
