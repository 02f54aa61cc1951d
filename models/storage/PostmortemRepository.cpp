#include "PostmortemRepository.h"

#include "Database.h"
#include "SqlSupport.h"
#include "Transaction.h"
#include "domain/Validation.h"

namespace candor {

using sql::Text;

namespace {

QVariant fromDate(const QDate &date)
{
    // Not a null QString: sql::run binds that as '', which sorts before every date and counts as overdue.
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant(QMetaType(QMetaType::QDate));
}

QDate toDate(const QVariant &value)
{
    return value.isNull() ? QDate() : QDate::fromString(value.toString(), Qt::ISODate);
}

// Runs one statement; on failure the status carries the database's message.
Status exec(const QSqlDatabase &db, const QString &statement, const QVariantList &values, QSqlQuery *out = nullptr)
{
    QSqlQuery q(db);
    QString error;
    if (!sql::run(q, statement, values, &error))
        return Status::failure(error);
    if (out)
        *out = std::move(q);
    return {};
}

// Runs an UPDATE or DELETE of one row; when no row matched, fails with `missing`.
Status execOne(const QSqlDatabase &db, const QString &statement, const QVariantList &values, const QString &missing)
{
    QSqlQuery q(db);
    if (const Status s = exec(db, statement, values, &q); !s)
        return s;
    if (q.numRowsAffected() < 1)
        return Status::failure(missing);
    return {};
}

QString noSession(qint64 id)
{
    return Text::tr("There is no postmortem or retro with id %1.").arg(id);
}

// The timeboxes a session may have, on insert and on every later change.
QString timeboxProblem(const Session &session)
{
    if (session.turnSeconds < 10 || session.turnSeconds > 3600)
        return Text::tr("A speaking turn must last between 10 seconds and one hour.");
    if (session.phaseMinutes < 1 || session.phaseMinutes > 480)
        return Text::tr("A phase's timebox must be between 1 minute and 8 hours.");
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

const QString sessionColumns = QStringLiteral(
    "id, kind, incident_id, team_id, title, period_start, period_end, facilitator, facilitator_member_id,"
    " facilitator_conflict_accepted, phase, turn_seconds, phase_minutes, speaker_id, turn_started_at, notes, summary,"
    " created_at");

const QString actionColumns = QStringLiteral(
    "a.id, a.postmortem_id, a.kind, a.text, a.owner_team_id, a.owner_person, a.due_date, a.status, a.factor_id,"
    " a.created_at, a.done_at");

ActionItem actionFrom(const QSqlQuery &q)
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
const QString actionRowSelect =
    QStringLiteral("SELECT ") + actionColumns +
    QStringLiteral(", t.name, p.incident_id, COALESCE(i.title, p.title), COALESCE(f.text, '')"
                   " FROM action_item a JOIN team t ON t.id = a.owner_team_id"
                   " JOIN postmortem p ON p.id = a.postmortem_id"
                   " LEFT JOIN incident i ON i.id = p.incident_id"
                   " LEFT JOIN contributing_factor f ON f.id = a.factor_id");
// Soonest due first, so overdue items lead; undated last; then in the order they were added.
const QString actionRowOrder = QStringLiteral(" ORDER BY a.due_date IS NULL, a.due_date, a.id");

ActionRow actionRowFrom(const QSqlQuery &q)
{
    ActionRow row;
    row.item = actionFrom(q);
    row.ownerTeamName = q.value(11).toString();
    row.incidentId = q.value(12).toLongLong();
    row.source = q.value(13).toString();
    row.factorText = q.value(14).toString();
    return row;
}

bool validTime(const QDateTime &time)
{
    return time.isValid();
}

} // namespace

PostmortemRepository::PostmortemRepository(Database &database, QObject *parent)
    : QObject(parent)
    , m_database(database)
{}

Status PostmortemRepository::checkText(const QString &text) const
{
    if (text.trimmed().isEmpty())
        return Status::failure(Text::tr("The text is empty. Type what happened or what was said."));
    if (text.size() > Limits::TextLength)
        return Status::failure(
            Text::tr("The text is longer than %1 characters. Shorten it.").arg(QLocale().toString(Limits::TextLength)));
    return {};
}

std::optional<qint64> PostmortemRepository::sessionOf(const QString &table, qint64 id) const
{
    QSqlQuery q(m_database.connection());
    // `table` is one of this file's constants, never user input.
    if (sql::run(q, QStringLiteral("SELECT postmortem_id FROM %1 WHERE id = ?").arg(table), {id}, nullptr) && q.next())
        return q.value(0).toLongLong();
    return std::nullopt;
}

// ---- Sessions -------------------------------------------------------------------------------------------------

Result<Session> PostmortemRepository::session(qint64 id) const
{
    const QSqlDatabase db = m_database.connection();
    QSqlQuery q(db);
    QString error;
    if (!sql::run(q, QStringLiteral("SELECT %1 FROM postmortem WHERE id = ?").arg(sessionColumns), {id}, &error))
        return Result<Session>::failure(error);
    if (!q.next())
        return Result<Session>::failure(Text::tr("There is no postmortem or retro with id %1.").arg(id));
    Session s;
    s.id = q.value(0).toLongLong();
    s.kind = static_cast<SessionKind>(q.value(1).toInt());
    s.incidentId = q.value(2).toLongLong();
    s.teamId = q.value(3).toLongLong();
    s.title = q.value(4).toString();
    s.periodStart = toDate(q.value(5));
    s.periodEnd = toDate(q.value(6));
    s.facilitator = q.value(7).toString();
    s.facilitatorMemberId = q.value(8).toLongLong();
    s.facilitatorConflictAccepted = q.value(9).toBool();
    s.phase = static_cast<Phase>(q.value(10).toInt());
    s.turnSeconds = q.value(11).toInt();
    s.phaseMinutes = q.value(12).toInt();
    s.speakerId = q.value(13).toLongLong();
    s.turnStarted = sql::toTime(q.value(14));
    s.notes = q.value(15).toString();
    s.summary = q.value(16).toString();
    s.created = sql::toTime(q.value(17));
    q.finish();

    if (!sql::run(q,
                  QStringLiteral("SELECT phase, started_at, agreed_at, agreed_by, skip_reason FROM phase_record"
                                 " WHERE postmortem_id = ?"),
                  {id}, &error))
        return Result<Session>::failure(error);
    while (q.next()) {
        const int phase = q.value(0).toInt();
        if (phase < 0 || phase >= PhaseCount)
            continue;
        PhaseRecord &r = s.phases[static_cast<size_t>(phase)];
        r.started = sql::toTime(q.value(1));
        r.agreed = sql::toTime(q.value(2));
        r.agreedBy = q.value(3).toString();
        r.skipReason = q.value(4).toString();
    }
    return s;
}

std::optional<qint64> PostmortemRepository::sessionForIncident(qint64 incidentId) const
{
    QSqlQuery q(m_database.connection());
    if (sql::run(q, QStringLiteral("SELECT id FROM postmortem WHERE incident_id = ?"), {incidentId}, nullptr) &&
        q.next())
        return q.value(0).toLongLong();
    return std::nullopt;
}

QList<SessionRow> PostmortemRepository::sessions() const
{
    QList<SessionRow> rows;
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    if (!sql::run(q,
                  QStringLiteral("SELECT p.id, p.kind, p.incident_id, p.team_id, t.name, COALESCE(i.title, p.title),"
                                 " p.phase, p.created_at FROM postmortem p JOIN team t ON t.id = p.team_id"
                                 " LEFT JOIN incident i ON i.id = p.incident_id ORDER BY p.created_at DESC, p.id DESC"),
                  {}, nullptr))
        return rows;
    while (q.next()) {
        SessionRow r;
        r.id = q.value(0).toLongLong();
        r.kind = static_cast<SessionKind>(q.value(1).toInt());
        r.incidentId = q.value(2).toLongLong();
        r.teamId = q.value(3).toLongLong();
        r.teamName = q.value(4).toString();
        r.title = q.value(5).toString();
        r.phase = static_cast<Phase>(q.value(6).toInt());
        r.created = sql::toTime(q.value(7));
        rows.append(r);
    }
    return rows;
}

Result<qint64> PostmortemRepository::insertSession(const Session &session)
{
    if (session.kind == SessionKind::Postmortem && session.incidentId <= 0)
        return Result<qint64>::failure(Text::tr("A postmortem needs an incident. Choose the incident first."));
    if (session.kind == SessionKind::Retro && session.title.trimmed().isEmpty())
        return Result<qint64>::failure(Text::tr("The retro has no title. Type a title, for example the period."));
    if (session.title.size() > Limits::NameLength || session.facilitator.size() > Limits::NameLength)
        return Result<qint64>::failure(Text::tr("The title or the facilitator's name is too long. Shorten it."));
    if (const QString problem = timeboxProblem(session); !problem.isEmpty())
        return Result<qint64>::failure(problem);
    const QSqlDatabase db = m_database.connection();
    qint64 id = 0;
    const Status status = inTransaction(db, [&]() -> Status {
        if (session.incidentId > 0 && sessionForIncident(session.incidentId))
            return Status::failure(Text::tr("This incident already has a postmortem. Open it instead."));
        QSqlQuery q(db);
        const QDateTime created = session.created.isValid() ? session.created : QDateTime::currentDateTimeUtc();
        if (const Status s = exec(
                db,
                QStringLiteral(
                    "INSERT INTO postmortem (kind, incident_id, team_id, title, period_start, period_end,"
                    " facilitator, facilitator_member_id, facilitator_conflict_accepted, phase, turn_seconds,"
                    " phase_minutes, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                {static_cast<int>(session.kind), sql::fromId(session.incidentId), session.teamId, session.title,
                 fromDate(session.periodStart), fromDate(session.periodEnd), session.facilitator,
                 sql::fromId(session.facilitatorMemberId), session.facilitatorConflictAccepted ? 1 : 0,
                 static_cast<int>(Phase::Opening), session.turnSeconds, session.phaseMinutes, sql::fromTime(created)},
                &q);
            !s)
            return s;
        id = q.lastInsertId().toLongLong();
        const QDateTime started =
            session.record(Phase::Opening).started.isValid() ? session.record(Phase::Opening).started : created;
        return exec(db, QStringLiteral("INSERT INTO phase_record (postmortem_id, phase, started_at) VALUES (?, 0, ?)"),
                    {id, sql::fromTime(started)});
    });
    if (!status)
        return Result<qint64>::failure(status.error());
    emit sessionsChanged();
    return id;
}

Status PostmortemRepository::updateSettings(const Session &session)
{
    if (const QString problem = timeboxProblem(session); !problem.isEmpty())
        return Status::failure(problem);
    if (session.kind == SessionKind::Retro && session.title.trimmed().isEmpty())
        return Status::failure(Text::tr("The retro has no title. Type a title, for example the period."));
    if (session.title.size() > Limits::NameLength || session.facilitator.size() > Limits::NameLength)
        return Status::failure(Text::tr("The title or the facilitator's name is too long. Shorten it."));
    const QSqlDatabase db = m_database.connection();
    const Status status = inTransaction(db, [&]() {
        return execOne(db,
                       QStringLiteral("UPDATE postmortem SET title = ?, period_start = ?, period_end = ?,"
                                      " facilitator = ?, facilitator_member_id = ?, facilitator_conflict_accepted = ?,"
                                      " turn_seconds = ?, phase_minutes = ? WHERE id = ?"),
                       {session.title, fromDate(session.periodStart), fromDate(session.periodEnd), session.facilitator,
                        sql::fromId(session.facilitatorMemberId), session.facilitatorConflictAccepted ? 1 : 0,
                        session.turnSeconds, session.phaseMinutes, session.id},
                       noSession(session.id));
    });
    if (!status)
        return status;
    emit sessionChanged(session.id);
    emit sessionsChanged();
    return {};
}

Status PostmortemRepository::setNotes(qint64 sessionId, const QString &notes)
{
    if (notes.size() > Limits::TextLength)
        return Status::failure(Text::tr("The notes are longer than %1 characters. Shorten them.")
                                   .arg(QLocale().toString(Limits::TextLength)));
    const QSqlDatabase db = m_database.connection();
    const Status status = inTransaction(db, [&]() {
        return execOne(db, QStringLiteral("UPDATE postmortem SET notes = ? WHERE id = ?"), {notes, sessionId},
                       noSession(sessionId));
    });
    if (status)
        emit sessionChanged(sessionId);
    return status;
}

Status PostmortemRepository::setSummary(qint64 sessionId, const QString &summary)
{
    if (summary.size() > Limits::TextLength)
        return Status::failure(Text::tr("The summary is longer than %1 characters. Shorten it.")
                                   .arg(QLocale().toString(Limits::TextLength)));
    const QSqlDatabase db = m_database.connection();
    const Status status = inTransaction(db, [&]() {
        return execOne(db, QStringLiteral("UPDATE postmortem SET summary = ? WHERE id = ?"), {summary, sessionId},
                       noSession(sessionId));
    });
    if (status)
        emit sessionChanged(sessionId);
    return status;
}

Status PostmortemRepository::removeSession(qint64 sessionId)
{
    const QSqlDatabase db = m_database.connection();
    const Status status = inTransaction(db, [&]() {
        return execOne(db, QStringLiteral("DELETE FROM postmortem WHERE id = ?"), {sessionId}, noSession(sessionId));
    });
    if (status) {
        emit actionsChanged(sessionId);
        emit sessionsChanged();
    }
    return status;
}

Status PostmortemRepository::changePhase(qint64 sessionId, Phase phase,
                                         const std::array<PhaseRecord, PhaseCount> &records, const PhaseLogEntry &entry)
{
    const QSqlDatabase db = m_database.connection();
    const Status status = inTransaction(db, [&]() -> Status {
        if (const Status s = execOne(db,
                                     QStringLiteral("UPDATE postmortem SET phase = ?, speaker_id = NULL,"
                                                    " turn_started_at = NULL WHERE id = ?"),
                                     {static_cast<int>(phase), sessionId}, noSession(sessionId));
            !s)
            return s;
        for (int p = 0; p < PhaseCount; ++p) {
            const PhaseRecord &r = records[static_cast<size_t>(p)];
            if (const Status s =
                    exec(db,
                         QStringLiteral("INSERT OR REPLACE INTO phase_record (postmortem_id, phase,"
                                        " started_at, agreed_at, agreed_by, skip_reason)"
                                        " VALUES (?, ?, ?, ?, ?, ?)"),
                         {sessionId, p, sql::fromTime(r.started), sql::fromTime(r.agreed), r.agreedBy, r.skipReason});
                !s)
                return s;
        }
        return exec(db,
                    QStringLiteral("INSERT INTO phase_log (postmortem_id, at, phase, what, who, reason)"
                                   " VALUES (?, ?, ?, ?, ?, ?)"),
                    {sessionId, sql::fromTime(entry.at), static_cast<int>(entry.phase), static_cast<int>(entry.what),
                     entry.who, entry.reason});
    });
    if (!status)
        return status;
    emit sessionChanged(sessionId);
    emit sessionsChanged();
    return {};
}

QList<PhaseLogEntry> PostmortemRepository::phaseLog(qint64 sessionId) const
{
    QList<PhaseLogEntry> log;
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    if (!sql::run(q,
                  QStringLiteral("SELECT at, phase, what, who, reason FROM phase_log WHERE postmortem_id = ?"
                                 " ORDER BY id"),
                  {sessionId}, nullptr))
        return log;
    while (q.next()) {
        PhaseLogEntry e;
        e.at = sql::toTime(q.value(0));
        e.phase = static_cast<Phase>(q.value(1).toInt());
        e.what = static_cast<PhaseLogEntry::What>(q.value(2).toInt());
        e.who = q.value(3).toString();
        e.reason = q.value(4).toString();
        log.append(e);
    }
    return log;
}

// ---- Participants and turns -----------------------------------------------------------------------------------

QList<Participant> PostmortemRepository::participants(qint64 sessionId) const
{
    QList<Participant> list;
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    if (!sql::run(q,
                  QStringLiteral("SELECT id, postmortem_id, member_id, name, role, position FROM participant"
                                 " WHERE postmortem_id = ? ORDER BY position, id"),
                  {sessionId}, nullptr))
        return list;
    while (q.next()) {
        Participant p;
        p.id = q.value(0).toLongLong();
        p.sessionId = q.value(1).toLongLong();
        p.memberId = q.value(2).toLongLong();
        p.name = q.value(3).toString();
        p.role = q.value(4).toString();
        p.position = q.value(5).toInt();
        list.append(p);
    }
    return list;
}

Result<qint64> PostmortemRepository::insertParticipant(const Participant &participant)
{
    if (participant.name.trimmed().isEmpty())
        return Result<qint64>::failure(Text::tr("The participant has no name. Type a name or choose a member."));
    if (participant.name.size() > Limits::NameLength || participant.role.size() > Limits::RoleLength)
        return Result<qint64>::failure(Text::tr("The participant's name or role is too long. Shorten it."));
    const QSqlDatabase db = m_database.connection();
    QSqlQuery q(db);
    const Status status = inTransaction(db, [&]() -> Status {
        int position = participant.position;
        if (position < 0) {
            QSqlQuery max(db);
            if (const Status s = exec(db,
                                      QStringLiteral("SELECT COALESCE(MAX(position), -1) + 1 FROM participant"
                                                     " WHERE postmortem_id = ?"),
                                      {participant.sessionId}, &max);
                !s)
                return s;
            position = max.next() ? max.value(0).toInt() : 0;
        }
        return exec(db,
                    QStringLiteral("INSERT INTO participant (id, postmortem_id, member_id, name, role, position)"
                                   " VALUES (?, ?, ?, ?, ?, ?)"),
                    {sql::fromId(participant.id), participant.sessionId, sql::fromId(participant.memberId),
                     participant.name.trimmed(), participant.role.trimmed(), position},
                    &q);
    });
    if (!status)
        return Result<qint64>::failure(status.error());
    emit participantsChanged(participant.sessionId);
    return q.lastInsertId().toLongLong();
}

Status PostmortemRepository::updateParticipant(const Participant &participant)
{
    if (participant.name.trimmed().isEmpty())
        return Status::failure(Text::tr("The participant has no name. Type a name or choose a member."));
    if (participant.name.size() > Limits::NameLength || participant.role.size() > Limits::RoleLength)
        return Status::failure(Text::tr("The participant's name or role is too long. Shorten it."));
    // The row's own session names the change; an edit of a row that is gone is refused, not ignored.
    const std::optional<qint64> sessionId = sessionOf(QStringLiteral("participant"), participant.id);
    if (!sessionId)
        return Status::failure(Text::tr("That participant is no longer in the session."));
    const QSqlDatabase db = m_database.connection();
    const Status status = inTransaction(db, [&]() {
        return exec(db, QStringLiteral("UPDATE participant SET name = ?, role = ?, position = ? WHERE id = ?"),
                    {participant.name.trimmed(), participant.role.trimmed(), participant.position, participant.id});
    });
    if (status)
        emit participantsChanged(*sessionId);
    return status;
}

Status PostmortemRepository::removeParticipant(qint64 participantId)
{
    const std::optional<qint64> sessionId = sessionOf(QStringLiteral("participant"), participantId);
    if (!sessionId)
        return Status::failure(Text::tr("That participant is no longer in the session."));
    const QSqlDatabase db = m_database.connection();
    const Status status = inTransaction(db, [&]() -> Status {
        if (const Status s = exec(db,
                                  QStringLiteral("UPDATE postmortem SET speaker_id = NULL, turn_started_at = NULL"
                                                 " WHERE speaker_id = ?"),
                                  {participantId});
            !s)
            return s;
        return exec(db, QStringLiteral("DELETE FROM participant WHERE id = ?"), {participantId});
    });
    if (!status)
        return status;
    emit participantsChanged(*sessionId);
    emit turnsChanged(*sessionId);
    emit sessionChanged(*sessionId);
    return {};
}

QList<Turn> PostmortemRepository::turns(qint64 sessionId, Phase phase) const
{
    QList<Turn> list;
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    if (!sql::run(q,
                  QStringLiteral("SELECT participant_id, outcome FROM speaking_turn WHERE postmortem_id = ?"
                                 " AND phase = ? ORDER BY id"),
                  {sessionId, static_cast<int>(phase)}, nullptr))
        return list;
    while (q.next())
        list.append({q.value(0).toLongLong(), phase, static_cast<TurnOutcome>(q.value(1).toInt())});
    return list;
}

Status PostmortemRepository::recordTurn(qint64 sessionId, const std::optional<Turn> &finished, qint64 nextSpeakerId,
                                        const QDateTime &nextStarted)
{
    const QSqlDatabase db = m_database.connection();
    const Status status = inTransaction(db, [&]() -> Status {
        if (finished) {
            if (const Status s = exec(db,
                                      QStringLiteral("INSERT INTO speaking_turn (postmortem_id, participant_id, phase,"
                                                     " outcome) VALUES (?, ?, ?, ?)"),
                                      {sessionId, finished->participantId, static_cast<int>(finished->phase),
                                       static_cast<int>(finished->outcome)});
                !s)
                return s;
        }
        return exec(db, QStringLiteral("UPDATE postmortem SET speaker_id = ?, turn_started_at = ? WHERE id = ?"),
                    {sql::fromId(nextSpeakerId), nextSpeakerId > 0 ? sql::fromTime(nextStarted) : sql::fromTime({}),
                     sessionId});
    });
    if (!status)
        return status;
    if (finished)
        emit turnsChanged(sessionId);
    emit sessionChanged(sessionId);
    return {};
}

Status PostmortemRepository::clearTurns(qint64 sessionId, Phase phase)
{
    const QSqlDatabase db = m_database.connection();
    const Status status = inTransaction(db, [&]() {
        return exec(db, QStringLiteral("DELETE FROM speaking_turn WHERE postmortem_id = ? AND phase = ?"),
                    {sessionId, static_cast<int>(phase)});
    });
    if (status)
        emit turnsChanged(sessionId);
    return status;
}

// ---- Timeline -------------------------------------------------------------------------------------------------

QList<TimelineEvent> PostmortemRepository::events(qint64 sessionId) const
{
    QList<TimelineEvent> list;
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    if (!sql::run(q,
                  QStringLiteral("SELECT id, postmortem_id, at, kind, text FROM timeline_event WHERE postmortem_id = ?"
                                 " ORDER BY at, id"),
                  {sessionId}, nullptr))
        return list;
    while (q.next()) {
        list.append({q.value(0).toLongLong(), q.value(1).toLongLong(), sql::toTime(q.value(2)),
                     static_cast<EventKind>(q.value(3).toInt()), q.value(4).toString()});
    }
    return list;
}

Result<TimelineEvent> PostmortemRepository::event(qint64 id) const
{
    QSqlQuery q(m_database.connection());
    QString error;
    if (!sql::run(q, QStringLiteral("SELECT id, postmortem_id, at, kind, text FROM timeline_event WHERE id = ?"), {id},
                  &error))
        return Result<TimelineEvent>::failure(error);
    if (!q.next())
        return Result<TimelineEvent>::failure(Text::tr("That timeline event no longer exists."));
    return TimelineEvent{q.value(0).toLongLong(), q.value(1).toLongLong(), sql::toTime(q.value(2)),
                         static_cast<EventKind>(q.value(3).toInt()), q.value(4).toString()};
}

Result<qint64> PostmortemRepository::insertEvent(const TimelineEvent &event)
{
    if (!validTime(event.time))
        return Result<qint64>::failure(Text::tr("The event has no valid time. Type a time such as 14:05."));
    if (const Status s = checkText(event.text); !s)
        return Result<qint64>::failure(s.error());
    const QSqlDatabase db = m_database.connection();
    QSqlQuery q(db);
    const Status status = inTransaction(db, [&]() {
        return exec(
            db, QStringLiteral("INSERT INTO timeline_event (id, postmortem_id, at, kind, text) VALUES (?, ?, ?, ?, ?)"),
            {sql::fromId(event.id), event.sessionId, sql::fromTime(event.time), static_cast<int>(event.kind),
             event.text.trimmed()},
            &q);
    });
    if (!status)
        return Result<qint64>::failure(status.error());
    emit eventsChanged(event.sessionId);
    return q.lastInsertId().toLongLong();
}

Status PostmortemRepository::updateEvent(const TimelineEvent &event)
{
    if (!validTime(event.time))
        return Status::failure(Text::tr("The event has no valid time. Type a time such as 14:05."));
    if (const Status s = checkText(event.text); !s)
        return s;
    // The row's own session names the change; an edit of a row that is gone is refused, not ignored.
    const std::optional<qint64> sessionId = sessionOf(QStringLiteral("timeline_event"), event.id);
    if (!sessionId)
        return Status::failure(Text::tr("That timeline event no longer exists."));
    const QSqlDatabase db = m_database.connection();
    const Status status = inTransaction(db, [&]() {
        return exec(db, QStringLiteral("UPDATE timeline_event SET at = ?, kind = ?, text = ? WHERE id = ?"),
                    {sql::fromTime(event.time), static_cast<int>(event.kind), event.text.trimmed(), event.id});
    });
    if (status)
        emit eventsChanged(*sessionId);
    return status;
}

Status PostmortemRepository::removeEvent(qint64 id)
{
    const std::optional<qint64> sessionId = sessionOf(QStringLiteral("timeline_event"), id);
    if (!sessionId)
        return Status::failure(Text::tr("That timeline event no longer exists."));
    const QSqlDatabase db = m_database.connection();
    const Status status =
        inTransaction(db, [&]() { return exec(db, QStringLiteral("DELETE FROM timeline_event WHERE id = ?"), {id}); });
    if (!status)
        return status;
    emit eventsChanged(*sessionId);
    emit factorsChanged(*sessionId); // links to the event are gone
    return {};
}

// ---- Contributing factors -------------------------------------------------------------------------------------

namespace {

Status writeLinks(const QSqlDatabase &db, qint64 factorId, const QList<qint64> &eventIds)
{
    if (const Status s = exec(db, QStringLiteral("DELETE FROM factor_event WHERE factor_id = ?"), {factorId}); !s)
        return s;
    for (qint64 eventId : eventIds) {
        // Only events of the factor's own session can be linked.
        if (const Status s = exec(db,
                                  QStringLiteral("INSERT OR IGNORE INTO factor_event (factor_id, event_id)"
                                                 " SELECT f.id, e.id FROM contributing_factor f JOIN timeline_event e"
                                                 " ON e.postmortem_id = f.postmortem_id WHERE f.id = ? AND e.id = ?"),
                                  {factorId, eventId});
            !s)
            return s;
    }
    return {};
}

} // namespace

QList<ContributingFactor> PostmortemRepository::factors(qint64 sessionId) const
{
    QList<ContributingFactor> list;
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    if (!sql::run(q,
                  QStringLiteral("SELECT f.id, f.postmortem_id, f.category, f.text, fe.event_id"
                                 " FROM contributing_factor f LEFT JOIN factor_event fe ON fe.factor_id = f.id"
                                 " LEFT JOIN timeline_event e ON e.id = fe.event_id"
                                 " WHERE f.postmortem_id = ? ORDER BY f.id, e.at, e.id"),
                  {sessionId}, nullptr))
        return list;
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        if (list.isEmpty() || list.last().id != id) {
            ContributingFactor f;
            f.id = id;
            f.sessionId = q.value(1).toLongLong();
            f.category = static_cast<FactorCategory>(q.value(2).toInt());
            f.text = q.value(3).toString();
            list.append(f);
        }
        if (!q.value(4).isNull())
            list.last().eventIds.append(q.value(4).toLongLong());
    }
    return list;
}

Result<ContributingFactor> PostmortemRepository::factor(qint64 id) const
{
    const std::optional<qint64> sessionId = sessionOf(QStringLiteral("contributing_factor"), id);
    if (sessionId) {
        for (const ContributingFactor &f : factors(*sessionId)) {
            if (f.id == id)
                return f;
        }
    }
    return Result<ContributingFactor>::failure(Text::tr("That contributing factor no longer exists."));
}

Result<qint64> PostmortemRepository::insertFactor(const ContributingFactor &factor)
{
    if (const Status s = checkText(factor.text); !s)
        return Result<qint64>::failure(s.error());
    const QSqlDatabase db = m_database.connection();
    qint64 id = 0;
    const Status status = inTransaction(db, [&]() -> Status {
        QSqlQuery q(db);
        if (const Status s = exec(
                db,
                QStringLiteral("INSERT INTO contributing_factor (id, postmortem_id, category, text)"
                               " VALUES (?, ?, ?, ?)"),
                {sql::fromId(factor.id), factor.sessionId, static_cast<int>(factor.category), factor.text.trimmed()},
                &q);
            !s)
            return s;
        id = q.lastInsertId().toLongLong();
        return writeLinks(db, id, factor.eventIds);
    });
    if (!status)
        return Result<qint64>::failure(status.error());
    emit factorsChanged(factor.sessionId);
    return id;
}

Status PostmortemRepository::updateFactor(const ContributingFactor &factor)
{
    if (const Status s = checkText(factor.text); !s)
        return s;
    // The row's own session names the change; an edit of a row that is gone is refused, not ignored.
    const std::optional<qint64> sessionId = sessionOf(QStringLiteral("contributing_factor"), factor.id);
    if (!sessionId)
        return Status::failure(Text::tr("That contributing factor no longer exists."));
    const QSqlDatabase db = m_database.connection();
    const Status status = inTransaction(db, [&]() -> Status {
        if (const Status s =
                exec(db, QStringLiteral("UPDATE contributing_factor SET category = ?, text = ? WHERE id = ?"),
                     {static_cast<int>(factor.category), factor.text.trimmed(), factor.id});
            !s)
            return s;
        return writeLinks(db, factor.id, factor.eventIds);
    });
    if (status)
        emit factorsChanged(*sessionId);
    return status;
}

Status PostmortemRepository::removeFactor(qint64 id)
{
    const std::optional<qint64> sessionId = sessionOf(QStringLiteral("contributing_factor"), id);
    if (!sessionId)
        return Status::failure(Text::tr("That contributing factor no longer exists."));
    const QSqlDatabase db = m_database.connection();
    const Status status = inTransaction(
        db, [&]() { return exec(db, QStringLiteral("DELETE FROM contributing_factor WHERE id = ?"), {id}); });
    if (!status)
        return status;
    emit factorsChanged(*sessionId);
    emit actionsChanged(*sessionId); // actions that addressed it now address none
    return {};
}

Status PostmortemRepository::linkEvent(qint64 eventId, const QList<qint64> &factorIds)
{
    const std::optional<qint64> sessionId = sessionOf(QStringLiteral("timeline_event"), eventId);
    if (!sessionId)
        return Status::failure(Text::tr("That timeline event no longer exists."));
    const QSqlDatabase db = m_database.connection();
    const Status status = inTransaction(db, [&]() -> Status {
        for (qint64 factorId : factorIds) {
            // As in writeLinks: only a factor of the event's own session.
            if (const Status s = exec(db,
                                      QStringLiteral("INSERT OR IGNORE INTO factor_event (factor_id, event_id)"
                                                     " SELECT id, ? FROM contributing_factor"
                                                     " WHERE id = ? AND postmortem_id = ?"),
                                      {eventId, factorId, *sessionId});
                !s)
                return s;
        }
        return {};
    });
    if (status)
        emit factorsChanged(*sessionId);
    return status;
}

Status PostmortemRepository::setActionFactor(const QList<qint64> &actionIds, qint64 factorId)
{
    if (actionIds.isEmpty())
        return {};
    const std::optional<qint64> sessionId = sessionOf(QStringLiteral("action_item"), actionIds.first());
    const QSqlDatabase db = m_database.connection();
    const Status status = inTransaction(db, [&]() -> Status {
        for (qint64 actionId : actionIds) {
            if (const Status s = exec(db, QStringLiteral("UPDATE action_item SET factor_id = ? WHERE id = ?"),
                                      {sql::fromId(factorId), actionId});
                !s)
                return s;
        }
        return {};
    });
    if (status && sessionId)
        emit actionsChanged(*sessionId);
    return status;
}

// ---- Learnings ------------------------------------------------------------------------------------------------

QList<Learning> PostmortemRepository::learnings(qint64 sessionId) const
{
    QList<Learning> list;
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    if (!sql::run(q,
                  QStringLiteral("SELECT id, postmortem_id, kind, text FROM learning WHERE postmortem_id = ?"
                                 " ORDER BY kind, id"),
                  {sessionId}, nullptr))
        return list;
    while (q.next()) {
        list.append({q.value(0).toLongLong(), q.value(1).toLongLong(), static_cast<LearningKind>(q.value(2).toInt()),
                     q.value(3).toString()});
    }
    return list;
}

Result<Learning> PostmortemRepository::learning(qint64 id) const
{
    QSqlQuery q(m_database.connection());
    QString error;
    if (!sql::run(q, QStringLiteral("SELECT id, postmortem_id, kind, text FROM learning WHERE id = ?"), {id}, &error))
        return Result<Learning>::failure(error);
    if (!q.next())
        return Result<Learning>::failure(Text::tr("That entry no longer exists."));
    return Learning{q.value(0).toLongLong(), q.value(1).toLongLong(), static_cast<LearningKind>(q.value(2).toInt()),
                    q.value(3).toString()};
}

Result<qint64> PostmortemRepository::insertLearning(const Learning &learning)
{
    if (const Status s = checkText(learning.text); !s)
        return Result<qint64>::failure(s.error());
    const QSqlDatabase db = m_database.connection();
    QSqlQuery q(db);
    const Status status = inTransaction(db, [&]() {
        return exec(
            db, QStringLiteral("INSERT INTO learning (id, postmortem_id, kind, text) VALUES (?, ?, ?, ?)"),
            {sql::fromId(learning.id), learning.sessionId, static_cast<int>(learning.kind), learning.text.trimmed()},
            &q);
    });
    if (!status)
        return Result<qint64>::failure(status.error());
    emit learningsChanged(learning.sessionId);
    return q.lastInsertId().toLongLong();
}

Status PostmortemRepository::updateLearning(const Learning &learning)
{
    if (const Status s = checkText(learning.text); !s)
        return s;
    // The row's own session names the change; an edit of a row that is gone is refused, not ignored.
    const std::optional<qint64> sessionId = sessionOf(QStringLiteral("learning"), learning.id);
    if (!sessionId)
        return Status::failure(Text::tr("That entry no longer exists."));
    const QSqlDatabase db = m_database.connection();
    const Status status = inTransaction(db, [&]() {
        return exec(db, QStringLiteral("UPDATE learning SET kind = ?, text = ? WHERE id = ?"),
                    {static_cast<int>(learning.kind), learning.text.trimmed(), learning.id});
    });
    if (status)
        emit learningsChanged(*sessionId);
    return status;
}

Status PostmortemRepository::removeLearning(qint64 id)
{
    const std::optional<qint64> sessionId = sessionOf(QStringLiteral("learning"), id);
    if (!sessionId)
        return Status::failure(Text::tr("That entry no longer exists."));
    const QSqlDatabase db = m_database.connection();
    const Status status =
        inTransaction(db, [&]() { return exec(db, QStringLiteral("DELETE FROM learning WHERE id = ?"), {id}); });
    if (status)
        emit learningsChanged(*sessionId);
    return status;
}

// ---- Action items ---------------------------------------------------------------------------------------------

QList<ActionItem> PostmortemRepository::actions(qint64 sessionId) const
{
    QList<ActionItem> list;
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    if (!sql::run(
            q,
            QStringLiteral("SELECT %1 FROM action_item a WHERE a.postmortem_id = ? ORDER BY a.id").arg(actionColumns),
            {sessionId}, nullptr))
        return list;
    while (q.next())
        list.append(actionFrom(q));
    return list;
}

Result<ActionItem> PostmortemRepository::action(qint64 id) const
{
    QSqlQuery q(m_database.connection());
    QString error;
    if (!sql::run(q, QStringLiteral("SELECT %1 FROM action_item a WHERE a.id = ?").arg(actionColumns), {id}, &error))
        return Result<ActionItem>::failure(error);
    if (!q.next())
        return Result<ActionItem>::failure(Text::tr("That action item no longer exists."));
    return actionFrom(q);
}

namespace {

QString checkAction(const ActionItem &a)
{
    if (a.ownerTeamId <= 0)
        return Text::tr("The action item has no owning team. Choose the team that will do it.");
    if (a.ownerPerson.size() > Limits::NameLength)
        return Text::tr("The owner's name is too long. Shorten it.");
    return {};
}

} // namespace

Result<qint64> PostmortemRepository::insertAction(const ActionItem &action)
{
    if (const Status s = checkText(action.text); !s)
        return Result<qint64>::failure(s.error());
    if (const QString problem = checkAction(action); !problem.isEmpty())
        return Result<qint64>::failure(problem);
    const QSqlDatabase db = m_database.connection();
    QSqlQuery q(db);
    const QDateTime created = action.created.isValid() ? action.created : QDateTime::currentDateTimeUtc();
    const Status status = inTransaction(db, [&]() {
        return exec(db,
                    QStringLiteral("INSERT INTO action_item (id, postmortem_id, kind, text, owner_team_id,"
                                   " owner_person, due_date, status, factor_id, created_at, done_at)"
                                   " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                    {sql::fromId(action.id), action.sessionId, static_cast<int>(action.kind), action.text.trimmed(),
                     action.ownerTeamId, action.ownerPerson.trimmed(), fromDate(action.due),
                     static_cast<int>(action.status), sql::fromId(action.factorId), sql::fromTime(created),
                     sql::fromTime(action.done)},
                    &q);
    });
    if (!status)
        return Result<qint64>::failure(status.error());
    emit actionsChanged(action.sessionId);
    return q.lastInsertId().toLongLong();
}

Status PostmortemRepository::updateAction(const ActionItem &action)
{
    if (const Status s = checkText(action.text); !s)
        return s;
    if (const QString problem = checkAction(action); !problem.isEmpty())
        return Status::failure(problem);
    // The row's own session names the change; an edit of a row that is gone is refused, not ignored.
    const std::optional<qint64> sessionId = sessionOf(QStringLiteral("action_item"), action.id);
    if (!sessionId)
        return Status::failure(Text::tr("That action item no longer exists."));
    const QSqlDatabase db = m_database.connection();
    const Status status = inTransaction(db, [&]() {
        return exec(db,
                    QStringLiteral("UPDATE action_item SET kind = ?, text = ?, owner_team_id = ?, owner_person = ?,"
                                   " due_date = ?, status = ?, factor_id = ?, done_at = ? WHERE id = ?"),
                    {static_cast<int>(action.kind), action.text.trimmed(), action.ownerTeamId,
                     action.ownerPerson.trimmed(), fromDate(action.due), static_cast<int>(action.status),
                     sql::fromId(action.factorId), sql::fromTime(action.done), action.id});
    });
    if (status)
        emit actionsChanged(*sessionId);
    return status;
}

Status PostmortemRepository::removeAction(qint64 id)
{
    const std::optional<qint64> sessionId = sessionOf(QStringLiteral("action_item"), id);
    if (!sessionId)
        return Status::failure(Text::tr("That action item no longer exists."));
    const QSqlDatabase db = m_database.connection();
    const Status status =
        inTransaction(db, [&]() { return exec(db, QStringLiteral("DELETE FROM action_item WHERE id = ?"), {id}); });
    if (status)
        emit actionsChanged(*sessionId);
    return status;
}

QList<ActionRow> PostmortemRepository::actionRows(const ActionFilter &filter) const
{
    QStringList conditions;
    QVariantList bound;
    if (filter.sessionId > 0) {
        conditions.append(QStringLiteral("a.postmortem_id = ?"));
        bound.append(filter.sessionId);
    }
    if (filter.teamId > 0) {
        conditions.append(QStringLiteral("a.owner_team_id IN (%1)").arg(sql::teamSubtreeQuery()));
        bound.append(filter.teamId);
    }
    if (filter.status) {
        conditions.append(QStringLiteral("a.status = ?"));
        bound.append(static_cast<int>(*filter.status));
    }
    if (filter.openOnly || filter.overdueOnly)
        conditions.append(QStringLiteral("a.status IN (0, 1)"));
    if (filter.overdueOnly) {
        conditions.append(QStringLiteral("a.due_date < ?"));
        bound.append(fromDate(filter.today.isValid() ? filter.today : QDate::currentDate()));
    }
    QString statement = actionRowSelect;
    if (!conditions.isEmpty())
        statement += QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
    statement += actionRowOrder;

    QList<ActionRow> rows;
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    if (!sql::run(q, statement, bound, nullptr))
        return rows;
    while (q.next())
        rows.append(actionRowFrom(q));
    return rows;
}

QList<ActionRow> PostmortemRepository::earlierOpenActions(qint64 sessionId) const
{
    QList<ActionRow> rows;
    const Result<Session> current = session(sessionId);
    if (!current)
        return rows;
    QString service;
    if (current->incidentId > 0) {
        QSqlQuery q(m_database.connection());
        if (sql::run(q, QStringLiteral("SELECT service FROM incident WHERE id = ?"), {current->incidentId}, nullptr) &&
            q.next())
            service = q.value(0).toString().trimmed();
    }
    // Earlier sessions of the same team, or postmortems of incidents on the same service.
    const QString statement =
        actionRowSelect +
        QStringLiteral(" WHERE a.status IN (0, 1) AND a.postmortem_id <> ? AND p.created_at <= ?"
                       " AND (p.team_id = ? OR a.owner_team_id = ? OR (? <> '' AND i.service = ? COLLATE NOCASE))") +
        actionRowOrder;
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    if (!sql::run(q, statement,
                  {sessionId, sql::fromTime(current->created), current->teamId, current->teamId, service, service},
                  nullptr))
        return rows;
    while (q.next())
        rows.append(actionRowFrom(q));
    return rows;
}

// ---- Drafts ---------------------------------------------------------------------------------------------------

QString PostmortemRepository::draft(qint64 sessionId, const QString &field) const
{
    QSqlQuery q(m_database.connection());
    if (sql::run(q, QStringLiteral("SELECT text FROM session_draft WHERE postmortem_id = ? AND field = ?"),
                 {sessionId, field}, nullptr) &&
        q.next())
        return q.value(0).toString();
    return {};
}

Status PostmortemRepository::setDraft(qint64 sessionId, const QString &field, const QString &text)
{
    if (text.size() > Limits::TextLength)
        return Status::failure(
            Text::tr("The text is longer than %1 characters. Shorten it.").arg(QLocale().toString(Limits::TextLength)));
    const QSqlDatabase db = m_database.connection();
    return inTransaction(db, [&]() {
        if (text.isEmpty())
            return exec(db, QStringLiteral("DELETE FROM session_draft WHERE postmortem_id = ? AND field = ?"),
                        {sessionId, field});
        return exec(
            db, QStringLiteral("INSERT OR REPLACE INTO session_draft (postmortem_id, field, text) VALUES (?, ?, ?)"),
            {sessionId, field, text});
    });
}

// ---- Anonymous checks -----------------------------------------------------------------------------------------

CheckTally PostmortemRepository::tally(qint64 sessionId, CheckKind kind) const
{
    CheckTally tally;
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    if (!sql::run(q, QStringLiteral("SELECT value, count FROM check_tally WHERE postmortem_id = ? AND check_kind = ?"),
                  {sessionId, static_cast<int>(kind)}, nullptr))
        return tally;
    while (q.next()) {
        const int value = q.value(0).toInt();
        if (value >= 1 && value <= 5)
            tally.counts[static_cast<size_t>(value - 1)] = q.value(1).toInt();
    }
    return tally;
}

Status PostmortemRepository::addAnswer(qint64 sessionId, CheckKind kind, int value)
{
    if (value < 1 || value > 5)
        return Status::failure(Text::tr("An answer must be between 1 and 5."));
    const QSqlDatabase db = m_database.connection();
    const Status status = inTransaction(db, [&]() {
        return exec(
            db,
            QStringLiteral("INSERT INTO check_tally (postmortem_id, check_kind, value, count) VALUES (?, ?, ?, 1)"
                           " ON CONFLICT (postmortem_id, check_kind, value) DO UPDATE SET count = count + 1"),
            {sessionId, static_cast<int>(kind), value});
    });
    if (status)
        emit tallyChanged(sessionId, kind);
    return status;
}

Status PostmortemRepository::setTally(qint64 sessionId, CheckKind kind, const CheckTally &tally)
{
    for (int c : tally.counts) {
        if (c < 0 || c > CheckTally::MaximumCount)
            return Status::failure(
                Text::tr("A count must be between 0 and %1.").arg(QLocale().toString(CheckTally::MaximumCount)));
    }
    const QSqlDatabase db = m_database.connection();
    const Status status = inTransaction(db, [&]() -> Status {
        for (int value = 1; value <= 5; ++value) {
            if (const Status s =
                    exec(db,
                         QStringLiteral("INSERT OR REPLACE INTO check_tally (postmortem_id, check_kind,"
                                        " value, count) VALUES (?, ?, ?, ?)"),
                         {sessionId, static_cast<int>(kind), value, tally.counts[static_cast<size_t>(value - 1)]});
                !s)
                return s;
        }
        return {};
    });
    if (status)
        emit tallyChanged(sessionId, kind);
    return status;
}

} // namespace candor
