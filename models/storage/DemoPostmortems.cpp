#include "DemoPostmortems.h"

#include "Database.h"
#include "DemoStories.h"
#include "Dialect.h"
#include "IncidentRepository.h"
#include "PostmortemRepository.h"
#include "SqlSupport.h"
#include "TeamRepository.h"
#include "postmortem/Clock.h"
#include "postmortem/PostmortemSession.h"

#include <QHash>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QSet>

#include <algorithm>
#include <array>
#include <functional>
#include <optional>

namespace candor {

namespace {

using namespace demo;

QString text(const char *utf8, const QString &service = QString())
{
    const QString t = QString::fromUtf8(utf8);
    return t.contains(QLatin1String("%1")) ? t.arg(service) : t;
}

// A resolved incident a postmortem can be about.
struct Candidate
{
    qint64 id = 0;
    qint64 teamId = 0;
    QString service;
    QDateTime started;
    QDateTime detected;
    QDateTime mitigated;
    QDateTime resolved;
};

// Resolved incidents (SEV1 to SEV3, every time known) resolved in [from, to), newest first.
QList<Candidate> candidates(const QSqlDatabase &db, const QDateTime &from, const QDateTime &to, int limit,
                            QString *error)
{
    QList<Candidate> list;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!sql::run(q,
                  QStringLiteral("SELECT id, team_id, service, started_at, detected_at, mitigated_at, resolved_at"
                                 " FROM incident WHERE status = 2 AND severity <= 3 AND detected_at IS NOT NULL"
                                 " AND mitigated_at IS NOT NULL AND resolved_at >= ? AND resolved_at < ?"
                                 " ORDER BY resolved_at DESC, id LIMIT ?"),
                  {sql::fromTime(from), sql::fromTime(to), limit}, error))
        return list;
    while (q.next()) {
        list.append({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(), sql::toTime(q.value(3)),
                     sql::toTime(q.value(4)), sql::toTime(q.value(5)), sql::toTime(q.value(6))});
    }
    return list;
}

QDateTime atMinute(const QDateTime &time)
{
    return QDateTime::fromSecsSinceEpoch(time.toSecsSinceEpoch() / 60 * 60, Qt::UTC);
}

QDateTime between(const QDateTime &a, const QDateTime &b, double fraction)
{
    return a.addSecs(qint64(double(a.secsTo(b)) * fraction));
}

QDateTime at(const QDate &day, int hour, int minute = 0)
{
    return QDateTime(day, QTime(hour, minute), Qt::UTC);
}

// Writes the sessions; every failure stops it with the repository's message.
class Writer
{
public:
    Writer(Database &database, quint32 seed, const QDate &today)
        : m_database(database)
        , m_teams(database)
        , m_incidents(database)
        , m_repository(database)
        , m_random(seed ^ 0x5e551075u)
        , m_today(today)
        , m_end(today.startOfDay(Qt::UTC))
    {}

    Result<DemoPostmortems::Summary> run();

private:
    enum class Stop { Finished, Factors, Actions };

    Status postmortem(const Story &story, const Candidate &incident, Stop stop);
    Status retro(const Story &story, qint64 teamId);
    // Runs one session from the opening to `stop`; `timeOf` places the story's events.
    Status drive(qint64 sessionId, const Story &story, const QString &service, const QDateTime &held,
                 const std::function<QDateTime(const EventSpec &)> &timeOf, Stop stop, bool isRetro);

    QList<Member> activeMembers(qint64 teamId) const;
    std::optional<Member> guest(const char *teamName, qint64 sessionTeamId, const QSet<qint64> &taken);
    std::optional<Member> outsideFacilitator(const QSet<qint64> &excludedTeams);
    qint64 teamId(const char *name, qint64 fallback) const;

    Database &m_database;
    TeamRepository m_teams;
    IncidentRepository m_incidents;
    PostmortemRepository m_repository;
    ManualClock m_clock;
    QRandomGenerator m_random;
    QDate m_today;
    QDateTime m_end;
    QHash<qint64, qint64> m_parentOf;
    DemoPostmortems::Summary m_summary;
};

QList<Member> Writer::activeMembers(qint64 teamId) const
{
    QList<Member> list;
    for (const Member &m : m_teams.members(teamId)) {
        if (m.active)
            list.append(m);
    }
    std::sort(list.begin(), list.end(), [](const Member &a, const Member &b) { return a.id < b.id; });
    return list;
}

qint64 Writer::teamId(const char *name, qint64 fallback) const
{
    if (!name)
        return fallback;
    const Result<Team> team = m_teams.teamByName(QString::fromUtf8(name));
    return team ? team->id : fallback;
}

std::optional<Member> Writer::guest(const char *teamName, qint64 sessionTeamId, const QSet<qint64> &taken)
{
    const qint64 id = teamId(teamName, 0);
    if (id <= 0 || id == sessionTeamId)
        return std::nullopt;
    for (const Member &m : activeMembers(id)) {
        if (!m.isManager && !taken.contains(m.id))
            return m;
    }
    return std::nullopt;
}

std::optional<Member> Writer::outsideFacilitator(const QSet<qint64> &excludedTeams)
{
    // Someone from another department, who manages nobody: the facilitator the method asks for.
    QSet<qint64> excludedDepartments;
    for (qint64 id : excludedTeams)
        excludedDepartments.insert(m_parentOf.value(id));
    QList<Member> pool;
    QList<Member> nearer;
    for (const Member &m : m_teams.members()) {
        if (!m.active || m.isManager || excludedTeams.contains(m.teamId))
            continue;
        (excludedDepartments.contains(m_parentOf.value(m.teamId)) ? nearer : pool).append(m);
    }
    if (pool.isEmpty())
        pool = nearer;
    if (pool.isEmpty())
        return std::nullopt;
    std::sort(pool.begin(), pool.end(), [](const Member &a, const Member &b) { return a.id < b.id; });
    return pool.at(m_random.bounded(int(pool.size())));
}

Status Writer::drive(qint64 sessionId, const Story &story, const QString &service, const QDateTime &held,
                     const std::function<QDateTime(const EventSpec &)> &timeOf, Stop stop, bool isRetro)
{
    PostmortemSession session(m_repository, m_teams, m_incidents, m_clock, sessionId);
    if (!session.isValid())
        return Status::failure(session.loadError());
    const QString facilitator = session.session().facilitator;
    m_clock.set(held);

    // Opening: ground rules, who is in the room; a retro starts with the anonymous safety check.
    m_clock.advance(8 * 60);
    if (isRetro) {
        CheckTally safety;
        safety.counts = retroSafetyCheck;
        if (const Status s = session.setTally(CheckKind::Safety, safety); !s)
            return s;
    }
    if (const Status s = session.agree(facilitator); !s)
        return s;

    // Timeline (a retro's notable events), one round of turns.
    QList<qint64> eventIds;
    for (const EventSpec &spec : story.events) {
        TimelineEvent event;
        event.sessionId = sessionId;
        event.time = timeOf(spec);
        event.kind = spec.kind;
        event.text = text(spec.text, service);
        const Result<qint64> id = m_repository.insertEvent(event);
        if (!id)
            return Status::failure(id.error());
        eventIds.append(*id);
    }
    if (const Status s = session.startRound(); !s)
        return s;
    for (int turn = 0; turn < session.participants().size(); ++turn) {
        m_clock.advance(60 * (1 + m_random.bounded(3)));
        const Status s = turn == 2 ? session.passTurn() : session.nextSpeaker();
        if (!s)
            return s;
    }
    if (const Status s = session.stopSpeaking(); !s)
        return s;
    m_clock.advance(12 * 60);
    if (const Status s = session.agree(facilitator); !s)
        return s;

    // Contributing factors (what helped and hindered) and the learnings.
    QList<qint64> factorIds;
    for (const FactorSpec &spec : story.factors) {
        ContributingFactor factor;
        factor.sessionId = sessionId;
        factor.category = spec.category;
        factor.text = text(spec.text, service);
        for (int e : spec.events)
            factor.eventIds.append(eventIds.value(e));
        const Result<qint64> id = m_repository.insertFactor(factor);
        if (!id)
            return Status::failure(id.error());
        factorIds.append(*id);
        m_clock.advance(4 * 60);
    }
    for (const LearningSpec &spec : story.learnings) {
        const Result<qint64> id = m_repository.insertLearning({0, sessionId, spec.kind, text(spec.text, service)});
        if (!id)
            return Status::failure(id.error());
    }
    if (stop == Stop::Factors)
        return {};
    m_clock.advance(6 * 60);
    if (const Status s = session.agree(facilitator); !s)
        return s;

    if (story.reopenEvent) {
        // The group goes back to the timeline to add what the factors brought up, then agrees both again.
        m_clock.advance(3 * 60);
        if (const Status s = session.goBack(Phase::Timeline); !s)
            return s;
        TimelineEvent event;
        event.sessionId = sessionId;
        event.time = timeOf(*story.reopenEvent);
        event.kind = story.reopenEvent->kind;
        event.text = text(story.reopenEvent->text, service);
        const Result<qint64> id = m_repository.insertEvent(event);
        if (!id)
            return Status::failure(id.error());
        if (story.reopenFactor >= 0 && story.reopenFactor < factorIds.size()) {
            Result<ContributingFactor> factor = m_repository.factor(factorIds.at(story.reopenFactor));
            if (!factor)
                return Status::failure(factor.error());
            factor.value().eventIds.append(*id);
            if (const Status s = m_repository.updateFactor(*factor); !s)
                return s;
        }
        m_clock.advance(4 * 60);
        if (const Status s = session.agree(facilitator); !s)
            return s;
        m_clock.advance(3 * 60);
        if (const Status s = session.agree(facilitator); !s)
            return s;
    }

    // Actions, with owning teams, people and due dates.
    const QList<Participant> participants = session.participants();
    QList<ActionItem> actions;
    for (const ActionSpec &spec : story.actions) {
        ActionItem action;
        action.sessionId = sessionId;
        action.kind = spec.kind;
        action.text = text(spec.text, service);
        action.ownerTeamId = teamId(spec.ownerTeam, session.session().teamId);
        if (spec.person >= 0 && spec.person < participants.size())
            action.ownerPerson = participants.at(spec.person).name;
        action.due = held.date().addDays(spec.dueDays);
        action.factorId = spec.factor >= 0 ? factorIds.value(spec.factor) : 0;
        action.created = m_clock.now();
        const Result<qint64> id = m_repository.insertAction(action);
        if (!id)
            return Status::failure(id.error());
        action.id = *id;
        actions.append(action);
        ++m_summary.actions;
        m_clock.advance(3 * 60);
    }
    if (stop == Stop::Actions)
        return {};
    m_clock.advance(5 * 60);
    if (const Status s = session.agree(facilitator); !s)
        return s;

    // Closing: the summary and the anonymous closing check.
    if (const Status s = session.setSummary(text(story.sessionSummary, service)); !s)
        return s;
    CheckTally closing;
    closing.counts = story.closingCheck;
    if (const Status s = session.setTally(CheckKind::Closing, closing); !s)
        return s;
    m_clock.advance(7 * 60);
    if (const Status s = session.agree(facilitator); !s)
        return s;
    if (session.phase() != Phase::Finished)
        return Status::failure(DemoPostmortems::tr("A demo session did not reach its end."));

    // What became of the actions by today.
    for (qsizetype i = 0; i < actions.size(); ++i) {
        ActionItem action = actions.at(i);
        switch (story.actions.at(i).fate) {
        case Fate::Open:
            continue;
        case Fate::InProgress:
            action.status = ActionStatus::InProgress;
            break;
        case Fate::Dropped:
            action.status = ActionStatus::Dropped;
            break;
        case Fate::Done: {
            action.status = ActionStatus::Done;
            const QDate day = std::min(action.due.addDays(-2), m_today.addDays(-1));
            action.done = std::max(at(day, 15), action.created.addSecs(3600));
            break;
        }
        }
        if (action.done.isValid() && action.done >= m_end)
            action.done = m_end.addSecs(-3600);
        if (const Status s = m_repository.updateAction(action); !s)
            return s;
    }
    return {};
}

Status Writer::postmortem(const Story &story, const Candidate &incident, Stop stop)
{
    // The incident gets the story's title and summary; its times and severity stay as generated.
    Result<Incident> stored = m_incidents.incident(incident.id);
    if (!stored)
        return Status::failure(stored.error());
    Incident updated = *stored;
    updated.title = text(story.title, incident.service);
    updated.summary = text(story.incidentSummary, incident.service);
    if (const Status s = m_incidents.update(updated); !s)
        return s;

    // Who is in the room: people of the team in the story's roles, guests from the teams it names.
    QList<Member> team = activeMembers(incident.teamId);
    std::stable_partition(team.begin(), team.end(), [](const Member &m) { return !m.isManager; });
    QSet<qint64> taken;
    QSet<qint64> teamsInRoom{incident.teamId};
    QList<Participant> participants;
    int next = 0;
    for (const RoleSpec &role : story.roles) {
        std::optional<Member> member;
        if (role.team) {
            member = guest(role.team, incident.teamId, taken);
            if (member)
                teamsInRoom.insert(member->teamId);
        }
        if (!member && next < team.size())
            member = team.at(next++);
        if (!member)
            continue;
        taken.insert(member->id);
        Participant p;
        p.memberId = member->id;
        p.name = member->name;
        p.role = QString::fromUtf8(role.role);
        participants.append(p);
    }
    const std::optional<Member> facilitator = outsideFacilitator(teamsInRoom);
    if (!facilitator || participants.isEmpty())
        return {};

    Session session;
    session.kind = SessionKind::Postmortem;
    session.incidentId = incident.id;
    session.teamId = incident.teamId;
    session.facilitator = facilitator->name;
    session.facilitatorMemberId = facilitator->id;
    // Two days after the incident was resolved, after lunch.
    const QDateTime held = at(incident.resolved.date().addDays(2), 13, 30);
    session.created = held;
    const Result<qint64> id = m_repository.insertSession(session);
    if (!id)
        return Status::failure(id.error());
    for (Participant p : std::as_const(participants)) {
        p.sessionId = *id;
        p.position = -1;
        if (const Result<qint64> pid = m_repository.insertParticipant(p); !pid)
            return Status::failure(pid.error());
    }
    ++m_summary.postmortems;

    auto timeOf = [&incident](const EventSpec &spec) {
        switch (spec.segment) {
        case -1:
            return atMinute(incident.started.addSecs(-qint64(spec.at * 3600)));
        case 0:
            return atMinute(between(incident.started, incident.detected, spec.at));
        case 1:
            return atMinute(between(incident.detected, incident.mitigated, spec.at));
        default:
            return atMinute(between(incident.mitigated, incident.resolved, spec.at));
        }
    };
    return drive(*id, story, incident.service, held, timeOf, stop, false);
}

Status Writer::retro(const Story &story, qint64 teamId)
{
    const QList<Member> members = activeMembers(teamId);
    const auto manager = std::find_if(members.begin(), members.end(), [](const Member &m) { return m.isManager; });
    if (manager == members.end() || members.size() < 3)
        return {};
    const Result<Team> team = m_teams.team(teamId);
    if (!team)
        return Status::failure(team.error());

    // The team's manager runs it: the group has accepted that, as teams usually do for their own retros.
    const QDate periodEnd = m_today.addDays(-10);
    Session session;
    session.kind = SessionKind::Retro;
    session.teamId = teamId;
    session.periodStart = periodEnd.addDays(-41);
    session.periodEnd = periodEnd;
    session.title = QString::fromUtf8(story.title).arg(team->name, periodEnd.toString(Qt::ISODate));
    session.facilitator = manager->name;
    session.facilitatorMemberId = manager->id;
    session.facilitatorConflictAccepted = true;
    const QDateTime held = at(m_today.addDays(-8), 14);
    session.created = held;
    const Result<qint64> id = m_repository.insertSession(session);
    if (!id)
        return Status::failure(id.error());
    int role = 0;
    for (const Member &m : members) {
        if (m.id == manager->id)
            continue;
        Participant p;
        p.sessionId = *id;
        p.memberId = m.id;
        p.name = m.name;
        p.role = QString::fromUtf8(story.roles.value(role++, story.roles.constFirst()).role);
        p.position = -1;
        if (const Result<qint64> pid = m_repository.insertParticipant(p); !pid)
            return Status::failure(pid.error());
    }
    ++m_summary.retros;

    const QDateTime first = session.periodStart.startOfDay(Qt::UTC);
    const QDateTime last = session.periodEnd.startOfDay(Qt::UTC);
    auto timeOf = [first, last](const EventSpec &spec) {
        return at(between(first, last, spec.at).date(), 10);
    };
    return drive(*id, story, team->name, held, timeOf, Stop::Finished, true);
}

Result<DemoPostmortems::Summary> Writer::run()
{
    using R = Result<DemoPostmortems::Summary>;
    const QSqlDatabase db = m_database.connection();
    for (const Team &t : m_teams.teams())
        m_parentOf.insert(t.id, t.parentId);

    // Recent incidents for the sessions in progress, older ones for the finished postmortems: old enough that
    // actions agreed in them are due by today.
    QString error;
    const QList<Candidate> recent = candidates(db, m_end.addDays(-60), m_end.addDays(-3), 40, &error);
    if (!error.isEmpty())
        return R::failure(error);
    QList<Candidate> older = candidates(db, m_end.addDays(-420), m_end.addDays(-75), 2000, &error);
    if (!error.isEmpty())
        return R::failure(error);

    // The session in its actions: a recent incident of a team that held a postmortem on an earlier one.
    std::optional<Candidate> inActions;
    std::optional<Candidate> earlier;
    for (const Candidate &r : recent) {
        for (const Candidate &o : older) {
            if (o.teamId == r.teamId && o.resolved.addDays(30) < r.started) {
                inActions = r;
                earlier = o;
                break;
            }
        }
        if (inActions)
            break;
    }
    // The session in its contributing factors: another recent incident, of another team if there is one.
    std::optional<Candidate> inFactors;
    for (const Candidate &r : recent) {
        if (inActions && r.id == inActions->id)
            continue;
        if (!inFactors)
            inFactors = r;
        if (!inActions || r.teamId != inActions->teamId) {
            inFactors = r;
            break;
        }
    }

    // The finished ones: the earlier incident first, then others in a shuffled order, on different teams if possible.
    for (qsizetype i = older.size() - 1; i > 0; --i)
        older.swapItemsAt(i, m_random.bounded(int(i + 1)));
    const QList<Story> finished = finishedStories();
    QList<Candidate> chosen;
    QSet<qint64> usedTeams;
    if (earlier) {
        chosen.append(*earlier);
        usedTeams.insert(earlier->teamId);
    }
    for (int pass = 0; pass < 2 && chosen.size() < finished.size(); ++pass) {
        for (const Candidate &c : std::as_const(older)) {
            if (chosen.size() >= finished.size())
                break;
            const bool taken =
                std::any_of(chosen.begin(), chosen.end(), [&c](const Candidate &x) { return x.id == c.id; });
            if (taken || (pass == 0 && usedTeams.contains(c.teamId)))
                continue;
            chosen.append(c);
            usedTeams.insert(c.teamId);
        }
    }
    // Oldest first, so sessions are created in the order they were held.
    QList<std::pair<Candidate, int>> order;
    for (qsizetype i = 0; i < chosen.size(); ++i)
        order.append({chosen.at(i), int(i)});
    std::sort(order.begin(), order.end(),
              [](const auto &a, const auto &b) { return a.first.resolved < b.first.resolved; });
    for (const auto &[incident, story] : std::as_const(order)) {
        if (const Status s = postmortem(finished.at(story), incident, Stop::Finished); !s)
            return R::failure(s.error());
    }

    // The retro, on a team that has no session in progress.
    QList<qint64> teamIds;
    for (const Team &t : m_teams.teams()) {
        if (t.parentId > 0)
            teamIds.append(t.id);
    }
    std::sort(teamIds.begin(), teamIds.end());
    if (!teamIds.isEmpty()) {
        const int start = m_random.bounded(int(teamIds.size()));
        for (int i = 0; i < teamIds.size(); ++i) {
            const qint64 id = teamIds.at((start + i) % teamIds.size());
            if ((inActions && id == inActions->teamId) || (inFactors && id == inFactors->teamId))
                continue;
            if (const Status s = retro(retroStory(), id); !s)
                return R::failure(s.error());
            if (m_summary.retros > 0)
                break;
        }
    }

    // The sessions in progress, held in the last days.
    if (inFactors) {
        if (const Status s = postmortem(factorsStory(), *inFactors, Stop::Factors); !s)
            return R::failure(s.error());
    }
    if (inActions) {
        if (const Status s = postmortem(actionsStory(), *inActions, Stop::Actions); !s)
            return R::failure(s.error());
    }
    return m_summary;
}

} // namespace

Result<DemoPostmortems::Summary> DemoPostmortems::create(Database &database, quint32 seed, const QDate &today)
{
    // Hundreds of small transactions into a new file: for them only, commits do not wait for the disk (WAL keeps
    // the file consistent either way; a crash loses at most the last sessions of a demo). Full durability is back
    // before this returns.
    const QSqlDatabase db = database.connection();
    Dialect::tuneSqlite(db, QStringLiteral("PRAGMA synchronous = NORMAL"));
    const auto restore = qScopeGuard([&db] { Dialect::tuneSqlite(db, QStringLiteral("PRAGMA synchronous = FULL")); });
    Writer writer(database, seed, today);
    return writer.run();
}

} // namespace candor
