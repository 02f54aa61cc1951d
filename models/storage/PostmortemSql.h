#pragma once

// Helpers shared by the two halves of PostmortemRepository (PostmortemRepository.cpp: sessions, people, turns,
// drafts and checks; PostmortemRecord.cpp: timeline, factors, learnings and action items). Internal to
// models/storage.

#include "Dialect.h"
#include "SqlSupport.h"
#include "Transaction.h"
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
    " created_at");

inline const QString actionColumns = QStringLiteral(
    "a.id, a.postmortem_id, a.kind, a.text, a.owner_team_id, a.owner_person, a.due_date, a.status, a.factor_id,"
    " a.created_at, a.done_at");

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
    row.ownerTeamName = q.value(11).toString();
    row.incidentId = q.value(12).toLongLong();
    row.source = q.value(13).toString();
    row.factorText = q.value(14).toString();
    return row;
}

inline bool validTime(const QDateTime &time)
{
    return time.isValid();
}

} // namespace candor::postmortemsql
