#pragma once

// Helpers shared by the two halves of PostmortemRepository (PostmortemRepository.cpp: sessions, people, turns,
// drafts and checks; PostmortemRecord.cpp: timeline, factors, learnings and action items). Internal to
// models/storage.

#include "Dialect.h"
#include "SqlSupport.h"
#include "Transaction.h"
#include "domain/Names.h"
#include "domain/Postmortem.h"
#include "domain/Result.h"

#include <QSqlDatabase>

namespace candor::postmortemsql {

using sql::fromDate;
using sql::toDate;

// Runs one statement; on failure the status carries the database's message.
inline Status exec(const QSqlDatabase &db, const QString &statement, const QVariantList &values,
                   QSqlQuery *out = nullptr)
{
    QSqlQuery q(db);
    QString error;
    if (!sql::run(q, statement, values, &error))
        return Status::failure(error);
    if (out)
        *out = std::move(q);
    return {};
}

// Inserts one row whose first column is "id" (see sql::insertRow) and sets *id to its id.
inline Status insertRow(const QSqlDatabase &db, const QString &table, const QStringList &columns,
                        const QVariantList &values, qint64 *id)
{
    QSqlQuery q(db);
    QString error;
    *id = sql::insertRow(q, table, columns, values, &error);
    if (*id == 0)
        return Status::failure(error);
    return {};
}

// Runs an UPDATE or DELETE of one row; when no row matched, fails with `missing`.
inline Status execOne(const QSqlDatabase &db, const QString &statement, const QVariantList &values,
                      const QString &missing)
{
    QSqlQuery q(db);
    if (const Status s = exec(db, statement, values, &q); !s)
        return s;
    if (q.numRowsAffected() < 1)
        return Status::failure(missing);
    return {};
}

// Optimistic concurrency. Each row carries row_version, raised by one on every change of its content. A write
// made at version v (as read) changes the row only while it still has that version; v = 0 writes unconditionally
// (inserts, imports, "write mine over theirs").
inline const QString versionMatches = QStringLiteral("(CAST(? AS BIGINT) = 0 OR row_version = CAST(? AS BIGINT))");

// Why a versioned write of row `id` of `table` matched nothing: changed on another desktop since it was read, or
// deleted there. `textColumn` names the row for the message (by its short text), `name` when it is gone.
inline Status rowConflict(const QSqlDatabase &db, const QString &table, const QString &textColumn, qint64 id,
                          const QString &name)
{
    QSqlQuery q(db);
    // `table` and `textColumn` are constants of the repositories, never user input.
    if (const Status s = exec(db, QStringLiteral("SELECT %1 FROM %2 WHERE id = ?").arg(textColumn, table), {id}, &q);
        !s)
        return s;
    if (!q.next()) {
        if (name.trimmed().isEmpty())
            return Status::deletedElsewhere(sql::Text::tr("It was deleted on another desktop in the meantime."));
        return Status::deletedElsewhere(
            sql::Text::tr("“%1” was deleted on another desktop, so your change was not saved."
                          " Add it again if it is still needed.")
                .arg(shortName(name)));
    }
    return Status::conflict(sql::Text::tr("“%1” was changed on another desktop after you last saw it, so your change"
                                          " was not saved. Look at what is stored now and make your change again if"
                                          " it is still needed.")
                                .arg(shortName(q.value(0).toString())));
}

// Runs `UPDATE table SET assignments, row_version = row_version + 1 WHERE id = ?` at `version` (see above); on
// success *written (when given) is the version the write left.
inline Status updateVersioned(const QSqlDatabase &db, const QString &table, const QString &assignments,
                              QVariantList values, qint64 id, qint64 version, const QString &textColumn,
                              const QString &name, qint64 *written)
{
    values << id << version << version;
    QSqlQuery q(db);
    if (const Status s = exec(db,
                              QStringLiteral("UPDATE %1 SET %2, row_version = row_version + 1 WHERE id = ? AND %3")
                                  .arg(table, assignments, versionMatches),
                              values, &q);
        !s)
        return s;
    if (q.numRowsAffected() < 1)
        return rowConflict(db, table, textColumn, id, name);
    q.finish();
    if (written) {
        if (const Status s = exec(db, QStringLiteral("SELECT row_version FROM %1 WHERE id = ?").arg(table), {id}, &q);
            !s)
            return s;
        *written = q.next() ? q.value(0).toLongLong() : 0;
    }
    return {};
}

// Deletes row `id` of `table` if it still has `version` (0: whatever it has).
inline Status deleteVersioned(const QSqlDatabase &db, const QString &table, qint64 id, qint64 version,
                              const QString &textColumn, const QString &name)
{
    QSqlQuery q(db);
    if (const Status s = exec(db, QStringLiteral("DELETE FROM %1 WHERE id = ? AND %2").arg(table, versionMatches),
                              {id, version, version}, &q);
        !s)
        return s;
    if (q.numRowsAffected() < 1)
        return rowConflict(db, table, textColumn, id, name);
    return {};
}

inline QString noSession(qint64 id)
{
    return sql::Text::tr("There is no postmortem or retro with id %1.").arg(id);
}

// The timeboxes a session may have, on insert and on every later change.
inline QString timeboxProblem(const Session &session)
{
    if (session.turnSeconds < 10 || session.turnSeconds > 3600)
        return sql::Text::tr("A speaking turn must last between 10 seconds and one hour.");
    if (session.phaseMinutes < 1 || session.phaseMinutes > 480)
        return sql::Text::tr("A phase's timebox must be between 1 minute and 8 hours.");
    return {};
}

// Runs `body` in one write transaction and commits it when the body succeeded.
template <typename Body>
Status inTransaction(const QSqlDatabase &db, Body body)
{
    WriteTransaction transaction(db);
    if (!transaction.isActive())
        return Status::failure(transaction.error());
    if (const Status status = body(); !status)
        return status;
    return transaction.commit();
}

// "?, ?, ?" for n bound values.
inline QString placeholders(qsizetype n)
{
    QString text;
    text.reserve(n * 3);
    for (qsizetype i = 0; i < n; ++i)
        text += i == 0 ? QStringLiteral("?") : QStringLiteral(", ?");
    return text;
}

// Lists of ids are bound in chunks of this many values (older SQLite builds accept at most 999 per statement).
constexpr qsizetype IdChunk = 500;

// The rows of `select` (which ends before its WHERE) whose `idColumn` is one of ids, read IdChunk at a time and made
// by rowFrom(query); in no particular order. On an error, the rows read so far.
template <typename Row, typename Make>
QList<Row> rowsWithIds(const QSqlDatabase &db, const QString &select, const QString &idColumn, const QList<qint64> &ids,
                       Make rowFrom)
{
    QList<Row> rows;
    rows.reserve(ids.size());
    QSqlQuery q(db);
    Dialect::prepareForReading(q, db);
    for (qsizetype first = 0; first < ids.size(); first += IdChunk) {
        const QList<qint64> chunk = ids.mid(first, IdChunk);
        QVariantList bound;
        bound.reserve(chunk.size());
        for (qint64 id : chunk)
            bound.append(id);
        if (!sql::run(q, select + QStringLiteral(" WHERE %1 IN (%2)").arg(idColumn, placeholders(chunk.size())), bound,
                      nullptr))
            return rows;
        while (q.next())
            rows.append(rowFrom(q));
        q.finish();
    }
    return rows;
}

inline const QString sessionColumns = QStringLiteral(
    "id, kind, incident_id, team_id, title, period_start, period_end, facilitator, facilitator_member_id,"
    " facilitator_conflict_accepted, phase, turn_seconds, phase_minutes, speaker_id, turn_started_at, notes, summary,"
    " created_at, row_version");

inline const QString actionColumns = QStringLiteral(
    "a.id, a.postmortem_id, a.kind, a.text, a.owner_team_id, a.owner_person, a.due_date, a.status, a.factor_id,"
    " a.created_at, a.done_at, a.row_version");

inline ActionItem actionFrom(const QSqlQuery &q)
{
    ActionItem a;
    a.id = q.value(0).toLongLong();
    a.sessionId = q.value(1).toLongLong();
    a.kind = static_cast<ActionKind>(q.value(2).toInt());
    a.text = q.value(3).toString();
    a.ownerTeamId = q.value(4).toLongLong();
    a.ownerPerson = q.value(5).toString();
    a.due = toDate(q.value(6));
    a.status = static_cast<ActionStatus>(q.value(7).toInt());
    a.factorId = q.value(8).toLongLong();
    a.created = sql::toTime(q.value(9));
    a.done = sql::toTime(q.value(10));
    a.rowVersion = q.value(11).toLongLong();
    return a;
}

// Action rows: the item, its owner team's name, its incident and where it came from.
inline const QString actionRowSelect =
    QStringLiteral("SELECT ") + actionColumns +
    QStringLiteral(", t.name, p.incident_id, COALESCE(i.title, p.title), COALESCE(f.text, '')"
                   " FROM action_item a JOIN team t ON t.id = a.owner_team_id"
                   " JOIN postmortem p ON p.id = a.postmortem_id"
                   " LEFT JOIN incident i ON i.id = p.incident_id"
                   " LEFT JOIN contributing_factor f ON f.id = a.factor_id");
// Soonest due first, so overdue items lead; undated last; then in the order they were added.
inline const QString actionRowOrder = QStringLiteral(" ORDER BY a.due_date IS NULL, a.due_date, a.id");

inline ActionRow actionRowFrom(const QSqlQuery &q)
{
    ActionRow row;
    row.item = actionFrom(q);
    row.ownerTeamName = q.value(12).toString();
    row.incidentId = q.value(13).toLongLong();
    row.source = q.value(14).toString();
    row.factorText = q.value(15).toString();
    return row;
}

inline bool validTime(const QDateTime &time)
{
    return time.isValid();
}

} // namespace candor::postmortemsql
