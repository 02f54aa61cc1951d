#include "PostmortemRepository.h"

#include "Database.h"
#include "Dialect.h"
#include "IncidentRepository.h"
#include "PostmortemSql.h"
#include "SqlRows.h"
#include "domain/Validation.h"

namespace candor {

using sql::Text;
using namespace postmortemsql;

PostmortemRepository::PostmortemRepository(Database &database, QObject *parent)
    : QObject(parent)
    , m_database(database)
{}

const QString &PostmortemRepository::databasePath() const
{
    return m_database.path();
}

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
    s.rowVersion = q.value(18).toLongLong();
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

namespace {

// Session rows: the session, its team's name and its title (the incident's for a postmortem).
const QString sessionRowSelect =
    QStringLiteral("SELECT p.id, p.kind, p.incident_id, p.team_id, t.name, COALESCE(i.title, p.title), p.phase,"
                   " p.created_at FROM postmortem p JOIN team t ON t.id = p.team_id"
                   " LEFT JOIN incident i ON i.id = p.incident_id");

SessionRow sessionRowFrom(const QSqlQuery &q)
{
    SessionRow r;
    r.id = q.value(0).toLongLong();
    r.kind = static_cast<SessionKind>(q.value(1).toInt());
    r.incidentId = q.value(2).toLongLong();
    r.teamId = q.value(3).toLongLong();
    r.teamName = q.value(4).toString();
    r.title = q.value(5).toString();
    r.phase = static_cast<Phase>(q.value(6).toInt());
    r.created = sql::toTime(q.value(7));
    return r;
}

} // namespace

QList<SessionRow> PostmortemRepository::sessions() const
{
    QList<SessionRow> rows;
    QSqlQuery q(m_database.connection());
    Dialect::prepareForReading(q, m_database.connection());
    if (!sql::run(q, sessionRowSelect + QStringLiteral(" ORDER BY p.created_at DESC, p.id DESC"), {}, nullptr))
        return rows;
    while (q.next())
        rows.append(sessionRowFrom(q));
    return rows;
}

QList<qint64> PostmortemRepository::sessionIds(const SessionOrder &order) const
{
    const QSqlDatabase db = m_database.connection();
    const QString dir = order.descending ? QStringLiteral(" DESC") : QString();
    QString joins;
    QString key;
    switch (order.key) {
    case SessionSortKey::Created:
        key = QStringLiteral("p.created_at");
        break;
    case SessionSortKey::Title:
        joins = QStringLiteral(" LEFT JOIN incident i ON i.id = p.incident_id");
        key = Dialect::folded(db, QStringLiteral("COALESCE(i.title, p.title)"));
        break;
    case SessionSortKey::Kind:
        key = QStringLiteral("p.kind");
        break;
    case SessionSortKey::Team:
        joins = QStringLiteral(" JOIN team t ON t.id = p.team_id");
        key = Dialect::folded(db, QStringLiteral("t.name"));
        break;
    case SessionSortKey::Phase:
        key = QStringLiteral("p.phase");
        break;
    }
    QList<qint64> ids;
    SqlRows rows(db, QStringLiteral("SELECT p.id FROM postmortem p%1 ORDER BY %2%3, p.id%3").arg(joins, key, dir));
    while (rows.next())
        ids.append(rows.integer(0));
    return ids;
}

QList<SessionRow> PostmortemRepository::sessionRows(const QList<qint64> &ids) const
{
    return rowsWithIds<SessionRow>(m_database.connection(), sessionRowSelect, QStringLiteral("p.id"), ids,
                                   [](const QSqlQuery &q) { return sessionRowFrom(q); });
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
        QString error;
        id = sql::insertReturningId(
            q,
            QStringLiteral("INSERT INTO postmortem (kind, incident_id, team_id, title, period_start, period_end,"
                           " facilitator, facilitator_member_id, facilitator_conflict_accepted, phase, turn_seconds,"
                           " phase_minutes, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            {static_cast<int>(session.kind), sql::fromId(session.incidentId), session.teamId, session.title,
             fromDate(session.periodStart), fromDate(session.periodEnd), session.facilitator,
             sql::fromId(session.facilitatorMemberId), session.facilitatorConflictAccepted ? 1 : 0,
             static_cast<int>(Phase::Opening), session.turnSeconds, session.phaseMinutes, sql::fromTime(created)},
            &error);
        if (id == 0)
            return Status::failure(error);
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

Status PostmortemRepository::updateSettings(const Session &session, qint64 *written)
{
    if (const QString problem = timeboxProblem(session); !problem.isEmpty())
        return Status::failure(problem);
    if (session.kind == SessionKind::Retro && session.title.trimmed().isEmpty())
        return Status::failure(Text::tr("The retro has no title. Type a title, for example the period."));
    if (session.title.size() > Limits::NameLength || session.facilitator.size() > Limits::NameLength)
        return Status::failure(Text::tr("The title or the facilitator's name is too long. Shorten it."));
    const QSqlDatabase db = m_database.connection();
    const Status status = inTransaction(db, [&]() -> Status {
        const Status s = updateVersioned(
            db, QStringLiteral("postmortem"),
            QStringLiteral("title = ?, period_start = ?, period_end = ?, facilitator = ?, facilitator_member_id = ?,"
                           " facilitator_conflict_accepted = ?, turn_seconds = ?, phase_minutes = ?"),
            {session.title, fromDate(session.periodStart), fromDate(session.periodEnd), session.facilitator,
             sql::fromId(session.facilitatorMemberId), session.facilitatorConflictAccepted ? 1 : 0, session.turnSeconds,
             session.phaseMinutes},
            session.id, session.rowVersion, QStringLiteral("id"), session.title, written);
        if (!s.isConflict())
            return s;
        QSqlQuery q(db);
        if (const Status e = exec(db, QStringLiteral("SELECT 1 FROM postmortem WHERE id = ?"), {session.id}, &q); !e)
            return e;
        if (!q.next()) {
            if (session.rowVersion == 0) // written unconditionally: it was never there or is long gone
                return Status::failure(noSession(session.id));
            return Status::deletedElsewhere(
                Text::tr("The session was deleted on another desktop, so your change was not"
                         " saved."));
        }
        return Status::conflict(Text::tr("The session's settings were changed on another desktop after you last"
                                         " saw them, so your change was not saved. Look at what is set now and"
                                         " change it again if it is still needed."));
    });
    if (!status) {
        if (status.isConflict() && this->session(session.id))
            emit sessionChanged(session.id); // show what is set now
        return status;
    }
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
    const Status status = inTransaction(db, [&]() -> Status {
        // A postmortem's timeline and factors are in the full-text index (a retro's are not): purge their words.
        QSqlQuery q(db);
        if (const Status s = exec(db, QStringLiteral("SELECT incident_id IS NOT NULL FROM postmortem WHERE id = ?"),
                                  {sessionId}, &q);
            !s)
            return s;
        const bool indexed = q.next() && q.value(0).toBool();
        q.finish();
        if (const Status s =
                execOne(db, QStringLiteral("DELETE FROM postmortem WHERE id = ?"), {sessionId}, noSession(sessionId));
            !s)
            return s;
        return indexed ? IncidentRepository::purgeDeletedText(db) : Status();
    });
    if (status) {
        emit actionsChanged(sessionId);
        emit sessionsChanged();
    }
    return status;
}

Status PostmortemRepository::changePhase(qint64 sessionId, Phase phase,
                                         const std::array<PhaseRecord, PhaseCount> &records, const PhaseLogEntry &entry,
                                         std::optional<Phase> from)
{
    const QSqlDatabase db = m_database.connection();
    bool moved = false; // another desktop changed the phase first
    const Status status = inTransaction(db, [&]() -> Status {
        // Compare and set: the phase only moves from the one this desktop saw, so two desktops agreeing at once
        // record one agreement, and the phase record and log are written only with the move.
        QSqlQuery q(db);
        if (const Status s = exec(db,
                                  QStringLiteral("UPDATE postmortem SET phase = ?, speaker_id = NULL,"
                                                 " turn_started_at = NULL WHERE id = ? AND (? < 0 OR phase = ?)"),
                                  {static_cast<int>(phase), sessionId, from ? static_cast<int>(*from) : -1,
                                   from ? static_cast<int>(*from) : -1},
                                  &q);
            !s)
            return s;
        if (q.numRowsAffected() < 1) {
            q.finish();
            if (const Status s =
                    exec(db, QStringLiteral("SELECT phase, kind FROM postmortem WHERE id = ?"), {sessionId}, &q);
                !s)
                return s;
            if (!q.next())
                return Status::failure(noSession(sessionId));
            moved = true;
            const auto now = static_cast<Phase>(q.value(0).toInt());
            const auto kind = static_cast<SessionKind>(q.value(1).toInt());
            return Status::conflict(now == Phase::Finished
                                        ? Text::tr("The session was finished on another desktop in the meantime.")
                                        : Text::tr("The session already moved to “%1” on another desktop.")
                                              .arg(PostmortemText::phaseName(now, kind)));
        }
        q.finish();
        for (int p = 0; p < PhaseCount; ++p) {
            const PhaseRecord &r = records[static_cast<size_t>(p)];
            if (const Status s =
                    exec(db,
                         QStringLiteral("INSERT INTO phase_record (postmortem_id, phase,"
                                        " started_at, agreed_at, agreed_by, skip_reason)"
                                        " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (postmortem_id, phase) DO UPDATE"
                                        " SET started_at = excluded.started_at, agreed_at = excluded.agreed_at,"
                                        " agreed_by = excluded.agreed_by, skip_reason = excluded.skip_reason"),
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
    if (!status) {
        if (moved)
            emit sessionChanged(sessionId); // show where the session is now
        return status;
    }
    emit sessionChanged(sessionId);
    emit sessionsChanged();
    return {};
}

QList<PhaseLogEntry> PostmortemRepository::phaseLog(qint64 sessionId) const
{
    QList<PhaseLogEntry> log;
    QSqlQuery q(m_database.connection());
    Dialect::prepareForReading(q, m_database.connection());
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
    Dialect::prepareForReading(q, m_database.connection());
    if (!sql::run(
            q,
            QStringLiteral("SELECT id, postmortem_id, member_id, name, role, position, row_version FROM participant"
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
        p.rowVersion = q.value(6).toLongLong();
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
    qint64 id = 0;
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
        return insertRow(db, QStringLiteral("participant"),
                         {QStringLiteral("id"), QStringLiteral("postmortem_id"), QStringLiteral("member_id"),
                          QStringLiteral("name"), QStringLiteral("role"), QStringLiteral("position")},
                         {sql::fromId(participant.id), participant.sessionId, sql::fromId(participant.memberId),
                          participant.name.trimmed(), participant.role.trimmed(), position},
                         &id);
    });
    if (!status)
        return Result<qint64>::failure(status.error());
    emit participantsChanged(participant.sessionId);
    return id;
}

Status PostmortemRepository::updateParticipant(const Participant &participant, qint64 *written)
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
        return updateVersioned(db, QStringLiteral("participant"), QStringLiteral("name = ?, role = ?, position = ?"),
                               {participant.name.trimmed(), participant.role.trimmed(), participant.position},
                               participant.id, participant.rowVersion, QStringLiteral("name"), participant.name,
                               written);
    });
    if (status || status.isConflict()) // on a conflict too: the views show what is stored now
        emit participantsChanged(*sessionId);
    return status;
}

Status PostmortemRepository::removeParticipant(qint64 participantId, qint64 version)
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
        return deleteVersioned(db, QStringLiteral("participant"), participantId, version, QStringLiteral("name"), {});
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
    Dialect::prepareForReading(q, m_database.connection());
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
        return exec(db,
                    QStringLiteral("INSERT INTO session_draft (postmortem_id, field, text) VALUES (?, ?, ?)"
                                   " ON CONFLICT (postmortem_id, field) DO UPDATE SET text = excluded.text"),
                    {sessionId, field, text});
    });
}

// ---- Anonymous checks -----------------------------------------------------------------------------------------

CheckTally PostmortemRepository::tally(qint64 sessionId, CheckKind kind) const
{
    CheckTally tally;
    QSqlQuery q(m_database.connection());
    Dialect::prepareForReading(q, m_database.connection());
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
        return exec(db,
                    QStringLiteral(
                        "INSERT INTO check_tally (postmortem_id, check_kind, value, count) VALUES (?, ?, ?, 1)"
                        " ON CONFLICT (postmortem_id, check_kind, value) DO UPDATE SET count = check_tally.count + 1"),
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
                         QStringLiteral("INSERT INTO check_tally (postmortem_id, check_kind, value, count)"
                                        " VALUES (?, ?, ?, ?) ON CONFLICT (postmortem_id, check_kind, value)"
                                        " DO UPDATE SET count = excluded.count"),
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
