#include "SqlSupport.h"

namespace candor::sql {

QString describe(const QSqlError &error)
{
    // SQLite's primary result code is the low byte of its extended code (at most four digits). PostgreSQL's codes
    // are five-character SQLSTATEs ("22021" would read as SQLite's 5, busy): the server's own text says those.
    bool numeric = false;
    const int primary = error.nativeErrorCode().toInt(&numeric) & 0xff;
    numeric = numeric && error.nativeErrorCode().size() < 5;
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
    if (values.isEmpty()) {
        if (!query.exec(statement)) {
            if (error)
                *error = describe(query.lastError());
            return false;
        }
        return true;
    }
    if (!query.prepare(statement)) {
        if (error)
            *error = describe(query.lastError());
        return false;
    }
    for (const QVariant &v : values) {
        Q_ASSERT_X(v.typeId() != QMetaType::Bool, "sql::run",
                   "a bool bound: PostgreSQL refuses it for an INTEGER column, bind int(flag)");
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

qint64 insertReturningId(QSqlQuery &query, const QString &insertStatement, const QVariantList &values, QString *error)
{
    if (!run(query, insertStatement + QStringLiteral(" RETURNING id"), values, error))
        return 0;
    const qint64 id = query.next() ? query.value(0).toLongLong() : 0;
    // Done with the statement: SQLite cannot commit while a write statement is still open.
    query.finish();
    if (id == 0 && error)
        *error = Text::tr("The database did not report the new row's id; the row may not have been added.");
    return id;
}

qint64 insertRow(QSqlQuery &query, const QString &table, QStringList columns, QVariantList values, QString *error)
{
    Q_ASSERT(!columns.isEmpty() && columns.first() == QLatin1String("id") && columns.size() == values.size());
    if (values.first().isNull() || values.first().toLongLong() == 0) {
        columns.removeFirst();
        values.removeFirst();
    }
    QString placeholders;
    for (qsizetype i = 0; i < values.size(); ++i)
        placeholders += i == 0 ? QStringLiteral("?") : QStringLiteral(", ?");
    return insertReturningId(
        query,
        QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)").arg(table, columns.join(QStringLiteral(", ")), placeholders),
        values, error);
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
