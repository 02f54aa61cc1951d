#include "PostmortemSession.h"

#include "storage/IncidentRepository.h"
#include "storage/PostmortemRepository.h"
#include "storage/TeamRepository.h"

namespace candor {

PostmortemSession::PostmortemSession(PostmortemRepository &repository, TeamRepository &teams,
                                     IncidentRepository &incidents, const Clock &clock, qint64 sessionId,
                                     QObject *parent)
    : QObject(parent)
    , m_repository(repository)
    , m_teams(teams)
    , m_incidents(incidents)
    , m_clock(clock)
    , m_id(sessionId)
{
    reload();
    reloadParticipants();
    connect(&m_repository, &PostmortemRepository::sessionChanged, this, [this](qint64 id) {
        if (id == m_id)
            reload();
    });
    connect(&m_repository, &PostmortemRepository::participantsChanged, this, [this](qint64 id) {
        if (id == m_id)
            reloadParticipants();
    });
    connect(&m_repository, &PostmortemRepository::turnsChanged, this, [this](qint64 id) {
        if (id == m_id)
            emit turnsChanged();
    });
    connect(&m_repository, &PostmortemRepository::tallyChanged, this, [this](qint64 id, CheckKind kind) {
        if (id == m_id)
            emit tallyChanged(kind);
    });
    // The names the checker looks for include the team's members, who may join, leave or be renamed meanwhile.
    const auto memberChanged = [this](const Member &member) {
        if (member.teamId == m_session.teamId)
            reloadPersonNames();
    };
    connect(&m_teams, &TeamRepository::memberInserted, this, memberChanged);
    connect(&m_teams, &TeamRepository::memberRemoved, this, memberChanged);
    connect(&m_teams, &TeamRepository::memberUpdated, this, [memberChanged](const Member &before, const Member &after) {
        memberChanged(before);
        memberChanged(after);
    });
}

void PostmortemSession::reload()
{
    const Result<Session> loaded = m_repository.session(m_id);
    m_valid = loaded.ok();
    if (!loaded) {
        m_loadError = loaded.error();
        return;
    }
    m_session = *loaded;
    reloadPersonNames();
    emit changed();
}

void PostmortemSession::reloadParticipants()
{
    m_participants = m_repository.participants(m_id);
    reloadPersonNames();
    emit participantsChanged();
}

void PostmortemSession::reloadPersonNames()
{
    QStringList names;
    for (const Participant &p : std::as_const(m_participants))
        names.append(p.name);
    for (const Member &m : m_teams.members(m_session.teamId))
        names.append(m.name);
    if (!m_session.facilitator.trimmed().isEmpty())
        names.append(m_session.facilitator.trimmed());
    names.removeDuplicates();
    m_personNames = names;
}

QString PostmortemSession::title() const
{
    if (m_session.kind == SessionKind::Postmortem) {
        if (const Result<Incident> incident = m_incidents.incident(m_session.incidentId))
            return incident->title;
    }
    return m_session.title;
}

QString PostmortemSession::teamName() const
{
    const Result<Team> team = m_teams.team(m_session.teamId);
    return team ? team->name : QString();
}

QDateTime PostmortemSession::subjectStart() const
{
    if (m_session.kind == SessionKind::Postmortem) {
        if (const Result<Incident> incident = m_incidents.incident(m_session.incidentId))
            return incident->started;
    }
    if (m_session.periodStart.isValid())
        return m_session.periodStart.startOfDay();
    return m_clock.now();
}

QString PostmortemSession::participantName(qint64 participantId) const
{
    for (const Participant &p : m_participants) {
        if (p.id == participantId)
            return p.name;
    }
    return {};
}

QString PostmortemSession::facilitatorConflict() const
{
    if (m_session.facilitatorMemberId <= 0)
        return {};
    const Result<Member> facilitator = m_teams.member(m_session.facilitatorMemberId);
    if (!facilitator)
        return {};
    if (facilitator->teamId == m_session.teamId) {
        return m_session.kind == SessionKind::Postmortem
                   ? tr("%1 belongs to the team whose incident this is.").arg(facilitator->name)
                   : tr("%1 belongs to the team holding this retro.").arg(facilitator->name);
    }
    if (facilitator->isManager) {
        for (const Participant &p : m_participants) {
            if (p.memberId <= 0 || p.memberId == facilitator->id)
                continue;
            const Result<Member> member = m_teams.member(p.memberId);
            if (member && member->teamId == facilitator->teamId)
                return tr("%1 manages %2, who is in the room.").arg(facilitator->name, member->name);
        }
    }
    return {};
}

Status PostmortemSession::setFacilitator(const QString &name, qint64 memberId)
{
    Session updated = m_session;
    updated.facilitator = name.trimmed();
    updated.facilitatorMemberId = memberId;
    // A new facilitator needs the group's choice again.
    if (memberId != m_session.facilitatorMemberId || updated.facilitator != m_session.facilitator)
        updated.facilitatorConflictAccepted = false;
    return m_repository.updateSettings(updated);
}

Status PostmortemSession::acceptFacilitatorConflict(bool accepted)
{
    Session updated = m_session;
    updated.facilitatorConflictAccepted = accepted;
    return m_repository.updateSettings(updated);
}

Status PostmortemSession::setTimeboxes(int turnSeconds, int phaseMinutes)
{
    Session updated = m_session;
    updated.turnSeconds = turnSeconds;
    updated.phaseMinutes = phaseMinutes;
    return m_repository.updateSettings(updated);
}

SessionFacts PostmortemSession::facts() const
{
    SessionFacts f;
    f.phase = m_session.phase;
    f.hasFacilitator = !m_session.facilitator.trimmed().isEmpty();
    f.facilitatorConflict = !facilitatorConflict().isEmpty();
    f.conflictAccepted = m_session.facilitatorConflictAccepted;
    f.participants = static_cast<int>(m_participants.size());
    f.events = static_cast<int>(m_repository.events(m_id).size());
    f.factors = static_cast<int>(m_repository.factors(m_id).size());
    f.actions = static_cast<int>(m_repository.actions(m_id).size());
    return f;
}

QString PostmortemSession::agreeBlocker(const QString &confirmedBy) const
{
    return PhaseRules::agreeBlocker(facts(), confirmedBy);
}

Status PostmortemSession::storePhase(const Session &updated, const PhaseLogEntry &entry)
{
    // Only from the phase this desktop shows: if another desktop agreed, skipped or went back first, the move is
    // refused as a conflict and the session reloads (the repository reports the change).
    return m_repository.changePhase(m_id, updated.phase, updated.phases, entry, m_session.phase);
}

Status PostmortemSession::agree(const QString &confirmedBy)
{
    if (const QString blocker = agreeBlocker(confirmedBy); !blocker.isEmpty())
        return Status::failure(blocker);
    const QDateTime now = m_clock.now();
    Session updated = m_session;
    const Phase left = updated.phase;
    PhaseRules::applyAgree(updated, confirmedBy, now);
    return storePhase(updated, {now, left, PhaseLogEntry::Agreed, confirmedBy.trimmed(), {}});
}

Status PostmortemSession::skip(const QString &reason)
{
    if (const QString blocker = PhaseRules::skipBlocker(facts(), reason); !blocker.isEmpty())
        return Status::failure(blocker);
    const QDateTime now = m_clock.now();
    Session updated = m_session;
    const Phase left = updated.phase;
    PhaseRules::applySkip(updated, reason, now);
    return storePhase(updated, {now, left, PhaseLogEntry::Skipped, m_session.facilitator, reason.trimmed()});
}

Status PostmortemSession::goBack(Phase target)
{
    if (const QString blocker = PhaseRules::backBlocker(facts(), target); !blocker.isEmpty())
        return Status::failure(blocker);
    const QDateTime now = m_clock.now();
    Session updated = m_session;
    PhaseRules::applyBack(updated, target, now);
    return storePhase(updated, {now, target, PhaseLogEntry::Reopened, m_session.facilitator, {}});
}

SpeakingQueue PostmortemSession::queue() const
{
    QList<qint64> order;
    for (const Participant &p : m_participants)
        order.append(p.id);
    return SpeakingQueue(order, m_repository.turns(m_id, m_session.phase));
}

Status PostmortemSession::handOver(const std::optional<Turn> &finished, qint64 previous)
{
    QList<Turn> turns = m_repository.turns(m_id, m_session.phase);
    if (finished)
        turns.append(*finished);
    QList<qint64> order;
    for (const Participant &p : m_participants)
        order.append(p.id);
    const qint64 next = SpeakingQueue(order, turns).next(previous);
    return m_repository.recordTurn(m_id, finished, next, m_clock.now());
}

Status PostmortemSession::startRound()
{
    if (m_participants.isEmpty())
        return Status::failure(tr("Add the people in the room before starting a round."));
    if (m_session.phase == Phase::Finished)
        return Status::failure(tr("The session is finished."));
    return handOver(std::nullopt, 0);
}

Status PostmortemSession::nextSpeaker()
{
    if (m_session.speakerId <= 0)
        return startRound();
    const qint64 current = m_session.speakerId;
    return handOver(Turn{current, m_session.phase, TurnOutcome::Spoke}, current);
}

Status PostmortemSession::passTurn()
{
    if (m_session.speakerId <= 0)
        return Status::failure(tr("Nobody is speaking. Start a round first."));
    const qint64 current = m_session.speakerId;
    return handOver(Turn{current, m_session.phase, TurnOutcome::Passed}, current);
}

Status PostmortemSession::stopSpeaking()
{
    if (m_session.speakerId <= 0)
        return {};
    return m_repository.recordTurn(m_id, Turn{m_session.speakerId, m_session.phase, TurnOutcome::Spoke}, 0, {});
}

Timebox PostmortemSession::phaseTimer() const
{
    if (m_session.phase == Phase::Finished)
        return {};
    return {m_session.record(m_session.phase).started, qint64(m_session.phaseMinutes) * 60};
}

Timebox PostmortemSession::turnTimer() const
{
    if (m_session.speakerId <= 0)
        return {};
    return {m_session.turnStarted, m_session.turnSeconds};
}

Status PostmortemSession::setNotes(const QString &notes)
{
    if (notes == m_session.notes)
        return {};
    return m_repository.setNotes(m_id, notes);
}

Status PostmortemSession::setSummary(const QString &summary)
{
    if (summary == m_session.summary)
        return {};
    return m_repository.setSummary(m_id, summary);
}

CheckTally PostmortemSession::tally(CheckKind kind) const
{
    return m_repository.tally(m_id, kind);
}

Status PostmortemSession::addAnswer(CheckKind kind, int value)
{
    return m_repository.addAnswer(m_id, kind, value);
}

Status PostmortemSession::addSlips(CheckKind kind, const CheckTally &slips)
{
    // Each count is checked before it is added, so a negative one cannot take answers away.
    for (int c : slips.counts) {
        if (c < 0 || c > CheckTally::MaximumCount)
            return Status::failure(
                tr("A number of slips must be between 0 and %1.").arg(QLocale().toString(CheckTally::MaximumCount)));
    }
    CheckTally tally = m_repository.tally(m_id, kind);
    for (size_t i = 0; i < tally.counts.size(); ++i)
        tally.counts[i] += slips.counts[i];
    return m_repository.setTally(m_id, kind, tally);
}

void PostmortemSession::setCollecting(CheckKind kind, bool collecting)
{
    if (m_collecting[size_t(kind)] == collecting)
        return;
    m_collecting[size_t(kind)] = collecting;
    emit tallyChanged(kind);
}

Status PostmortemSession::setTally(CheckKind kind, const CheckTally &tally)
{
    return m_repository.setTally(m_id, kind, tally);
}

} // namespace candor
