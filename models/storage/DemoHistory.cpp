#include "DemoHistory.h"

#include "BulkInsert.h"
#include "Database.h"
#include "Dialect.h"
#include "SqlRows.h"
#include "SqlSupport.h"
#include "Transaction.h"
#include "domain/Postmortem.h"

#include <QHash>
#include <QList>
#include <QRandomGenerator>
#include <QScopeGuard>

#include <algorithm>
#include <array>
#include <vector>

namespace candor {

namespace {

// Templates in blameless words: situations and systems, never a person as the cause. "%1" is the service.
constexpr std::array triggers = {
    "A routine deploy of %1 went out.",
    "Traffic to %1 rose above its usual daily peak.",
    "A configuration change to %1 was applied to every region at once.",
    "A dependency of %1 began answering slowly.",
    "A scheduled batch job started on the hosts of %1.",
    "A certificate used by %1 reached its expiry time.",
    "Disk usage on the hosts of %1 crossed 90%.",
    "A network change moved traffic for %1 to a new route.",
};
constexpr std::array detections = {
    "The error rate alert of %1 paged the on-call engineer.",
    "Customers reported errors from %1 to support.",
    "Synthetic checks of %1 started failing in two regions.",
    "The latency alert of %1 fired after five minutes above its threshold.",
    "An engineer noticed unusual graphs of %1 during a dashboard review.",
    "A downstream team asked in chat whether %1 was having trouble.",
};
constexpr std::array openings = {
    "Incident channel opened; an incident commander took the lead.",
    "A notice went up on the status page.",
    "Support was told what customers might see and given a holding answer.",
    "The on-call engineer asked the owners of %1 to join the call.",
};
constexpr std::array diagnoses = {
    "Dashboards showed the errors of %1 starting with the last change.",
    "Logs of %1 showed connection timeouts to its database.",
    "The team compared %1 with the healthy region and found a different setting.",
    "A heap profile of %1 showed memory growing with every request.",
    "Tracing pointed to retries of %1 piling up behind a slow dependency.",
    "The queue of %1 was growing faster than the workers could drain it.",
    "A first theory (a bad host) was ruled out: every host of %1 showed the same errors.",
    "Capacity graphs showed %1 at its connection limit since the peak began.",
};
constexpr std::array repairs = {
    "The last change to %1 was rolled back.",
    "%1 was scaled out to twice its usual size.",
    "Traffic for %1 was failed over to the standby region.",
    "The workers of %1 were restarted one by one.",
    "The connection limit of %1 was raised for the time being.",
    "A feature flag turned off the new code path in %1.",
};
constexpr std::array recoveries = {
    "Error rate of %1 back to its usual level.",
    "Status page updated: service restored, monitoring continues.",
    "Customers confirmed through support that %1 works again.",
};
constexpr std::array followUps = {
    "The backlog of %1 was drained and checked for lost work.",
    "A permanent fix for %1 was reviewed and deployed.",
    "Data written during the incident was checked for gaps.",
};
constexpr std::array closings = {
    "Monitoring of %1 quiet for an hour; incident resolved.",
    "Follow-up review scheduled; incident resolved.",
};
// Contributing factors, by category (FactorCategory order).
constexpr std::array<std::array<const char *, 4>, 5> factorTexts = {{
    {"Responders had no shared picture of who was doing what in the first minutes.",
     "Knowledge of how %1 fails over sat with a few people, none of them on call that week.",
     "The hand-over between time zones lost the context of an earlier warning about %1.",
     "Several people changed %1 at once because nobody said they were already on it."},
    {"The runbook of %1 described an older setup and sent responders the wrong way.",
     "The change to %1 went to every region at once; there was no staged rollout for this kind of change.",
     "Review of the change focused on the code, while the risk was in its configuration.",
     "The rollback steps of %1 had not been tried since the last migration."},
    {"%1 retried failed calls immediately and without limit, which multiplied the load.",
     "The alert of %1 watched averages, which hid the slow requests for a long time.",
     "A default timeout of %1 was longer than its callers' timeouts, so work piled up.",
     "Connection pools of %1 did not shrink back after errors and kept broken connections."},
    {"The incident started during the busiest hour of the week.",
     "A provider of %1 was degraded at the same time, which made the first signals confusing.",
     "A holiday meant fewer people were around who knew %1.",
     "Load from an unrelated marketing campaign arrived at the same time."},
    {"Reliability work on %1 had been postponed twice to make room for feature deadlines.",
     "The team owning %1 had grown fast and on-call training had not caught up.",
     "Ownership of the shared configuration of %1 was unclear between two teams.",
     "Pressure to close the incident quickly cut the diagnosis short at first."},
}};
// Learnings, by kind (LearningKind order).
constexpr std::array<std::array<const char *, 3>, 4> learningTexts = {{
    {"The alert reached the right person within minutes.", "Responders kept the status page current throughout.",
     "Rolling back %1 was quick once the decision was made."},
    {"The incident began outside the busiest hours.", "A spare region of %1 had enough capacity to take the load.",
     "No data was lost even though writes failed for a while."},
    {"A change that is safe in one region is not automatically safe in all of them.",
     "The dashboards of %1 show averages that can hide a bad minority of requests.",
     "Writing down what we tried, as we tried it, made the review much easier."},
    {"Which other services depend on %1 in the same way?", "Would a staged rollout have caught this earlier?",
     "How do we keep the runbook of %1 current as it changes?"},
}};
// Action items, by kind (ActionKind order).
constexpr std::array<std::array<const char *, 3>, 5> actionTexts = {{
    {"Add a staged rollout for configuration changes to %1.", "Cap the retries of %1 and add backoff with jitter.",
     "Make the connection pool of %1 drop broken connections."},
    {"Alert on the slowest requests of %1, not only on averages.", "Add a synthetic check for the main path of %1.",
     "Alert when the queue of %1 grows for ten minutes in a row."},
    {"Add a one-step rollback for %1 and practise it.", "Document how to fail %1 over to the standby region.",
     "Add a feature flag around the risky code path of %1."},
    {"Update the runbook of %1 with what we learned.", "Pair a second person from the team with the on-call of %1.",
     "Agree who owns the shared configuration of %1."},
    {"Present this incident at the monthly engineering review.",
     "Write a short guide to the failure modes of %1 for new joiners.",
     "Run a game day on %1 with the teams that depend on it."},
}};
constexpr std::array summaries = {
    "The group agreed that the change itself was reasonable and the gap was in how %1 is rolled out. The actions "
    "focus on making the next change of this kind safe by default.",
    "Detection was quick but diagnosis took long, because the signals of %1 pointed in several directions. The "
    "actions make the real cause easier to see next time.",
    "The incident showed how much depends on a few people knowing %1 well. The actions spread that knowledge and "
    "write it down.",
    "Load and a slow dependency arrived together; %1 amplified them with its retries. The group agreed to limit "
    "retries first and revisit capacity after.",
};
constexpr std::array roles = {"Incident commander",      "On-call engineer",      "Communications lead",
                              "Engineer on the service", "Subject matter expert", "Observer"};

// Staged rows move into their tables when this many timeline events (and the factors, links and action items of
// their sessions) are waiting: a few large full-text index writes, and a TEMP table that stays small.
constexpr qint64 StagedEventBatch = 100000;
// Rows a statement when writing to a server (BulkInsert::batch).
constexpr int RowsPerBatch = 1000;

struct Person
{
    qint64 id = 0;
    qint64 teamId = 0;
    QString name;
    bool manager = false;
};

struct PastIncident
{
    qint64 id = 0;
    qint64 teamId = 0;
    QString service;
    qint64 started = 0; // seconds since the epoch, as stored
    qint64 detected = 0;
    qint64 mitigated = 0;
    qint64 resolved = 0;
};

// The order of the full-text index rowids of a session's events or factors: (incident id << 32) + (id << 2) + kind.
const QString byIncident = QStringLiteral("(SELECT incident_id FROM main.postmortem p WHERE p.id = postmortem_id), id");

// The statements of one bulk write, prepared once.
struct Statements
{
    explicit Statements(const QSqlDatabase &db)
        : postmortem(db,
                     QStringLiteral("INSERT INTO postmortem (kind, incident_id, team_id, facilitator,"
                                    " facilitator_member_id, facilitator_conflict_accepted, phase, summary,"
                                    " created_at) VALUES (0, ?, ?, ?, ?, ?, 5, ?, ?)"),
                     BulkInsert::Returns::NewId)
        , phaseRecord(db, QStringLiteral("INSERT INTO phase_record (postmortem_id, phase, started_at, agreed_at,"
                                         " agreed_by) VALUES (?, ?, ?, ?, ?)"))
        , phaseLog(db, QStringLiteral("INSERT INTO phase_log (postmortem_id, at, phase, what, who) VALUES (?, ?, ?, 0,"
                                      " ?)"))
        , participant(db,
                      QStringLiteral("INSERT INTO participant (postmortem_id, member_id, name, role, position)"
                                     " VALUES (?, ?, ?, ?, ?)"),
                      BulkInsert::Returns::NewId)
        , turn(db, QStringLiteral("INSERT INTO speaking_turn (postmortem_id, participant_id, phase, outcome)"
                                  " VALUES (?, ?, 1, ?)"))
        , learning(db, QStringLiteral("INSERT INTO learning (postmortem_id, kind, text) VALUES (?, ?, ?)"))
        , tally(db, QStringLiteral("INSERT INTO check_tally (postmortem_id, check_kind, value, count)"
                                   " VALUES (?, 0, ?, ?)"))
        // Timeline events and contributing factors have full-text triggers: staged, and moved in large batches
        // in the order of their index rowids (incident, then id; sessions are written in the order incidents were
        // resolved). Their ids are given here (the ones SQLite would have chosen) because links and action items
        // refer to them; those are staged too, so each arrives after what it refers to.
        , event(db, QStringLiteral("timeline_event"),
                {QStringLiteral("id"), QStringLiteral("postmortem_id"), QStringLiteral("at"), QStringLiteral("kind"),
                 QStringLiteral("text")},
                byIncident)
        , factor(db, QStringLiteral("contributing_factor"),
                 {QStringLiteral("id"), QStringLiteral("postmortem_id"), QStringLiteral("category"),
                  QStringLiteral("text")},
                 byIncident)
        , factorEvent(db, QStringLiteral("factor_event"), {QStringLiteral("factor_id"), QStringLiteral("event_id")})
        , action(db, QStringLiteral("action_item"),
                 {QStringLiteral("postmortem_id"), QStringLiteral("kind"), QStringLiteral("text"),
                  QStringLiteral("owner_team_id"), QStringLiteral("owner_person"), QStringLiteral("due_date"),
                  QStringLiteral("status"), QStringLiteral("factor_id"), QStringLiteral("created_at"),
                  QStringLiteral("done_at")})
    {}

    QString error() const
    {
        for (const BulkInsert *s : {&postmortem, &phaseRecord, &phaseLog, &participant, &turn, &learning, &tally}) {
            if (!s->isReady())
                return s->error();
        }
        for (const StagingTable *s : {&event, &factor, &factorEvent, &action}) {
            if (!s->isReady())
                return s->error();
        }
        return {};
    }

    // On the server, many rows a statement (BulkInsert::batch): the rows nothing refers to.
    void batch()
    {
        for (BulkInsert *s : {&phaseRecord, &phaseLog, &turn, &learning, &tally})
            s->batch(RowsPerBatch);
    }

    // Writes what is batched or staged, parents first.
    Status moveStaged()
    {
        for (BulkInsert *s : {&phaseRecord, &phaseLog, &turn, &learning, &tally}) {
            if (const Status status = s->flush(); !status)
                return status;
        }
        for (StagingTable *s : {&event, &factor, &factorEvent, &action}) {
            if (const Status status = s->moveToTarget(); !status)
                return status;
        }
        return {};
    }

    BulkInsert postmortem;
    BulkInsert phaseRecord;
    BulkInsert phaseLog;
    BulkInsert participant;
    BulkInsert turn;
    BulkInsert learning;
    BulkInsert tally;
    StagingTable event;
    StagingTable factor;
    StagingTable factorEvent;
    StagingTable action;
};

class Writer
{
public:
    Writer(const QSqlDatabase &db, const DemoHistory::Options &options)
        : m_db(db)
        , m_random(options.seed ^ 0x4157u)
        , m_today(options.today.isValid() ? options.today : QDate::currentDate())
        , m_end(m_today.startOfDay(Qt::UTC).toSecsSinceEpoch())
        , m_maximum(options.maximum)
        , m_sql(db)
    {}

    Result<DemoHistory::Summary> run();

private:
    QString load();
    Status postmortem(const PastIncident &incident, qint64 held);
    Status addEvent(qint64 sessionId, qint64 at, EventKind kind, const QString &text);

    int bounded(int low, int high) { return low + int(m_random.bounded(quint32(high - low + 1))); } // inclusive
    bool chance(int percent) { return int(m_random.bounded(100u)) < percent; }
    template <size_t N>
    QString pick(const std::array<const char *, N> &texts, const QString &service)
    {
        const QString text = QString::fromUtf8(texts[m_random.bounded(quint32(N))]);
        return text.contains(QLatin1String("%1")) ? text.arg(service) : text;
    }
    // A time within [from, to] at `fraction` of the way, on the minute.
    static qint64 between(qint64 from, qint64 to, double fraction)
    {
        return (from + qint64(double(to - from) * fraction)) / 60 * 60;
    }

    QSqlDatabase m_db;
    QRandomGenerator m_random;
    QDate m_today;
    qint64 m_end;
    int m_maximum;
    Statements m_sql;

    QHash<qint64, QList<Person>> m_activeByTeam; // in id order
    QList<Person> m_facilitators;                // active members who manage nobody, in id order
    QHash<qint64, qint64> m_parentOf;
    QHash<qint64, QList<qint64>> m_siblings; // teams under the same department, by department
    QList<PastIncident> m_incidents;
    std::vector<qint64> m_events; // this session's event ids, in time order
    qint64 m_nextEvent = 1;       // ids of the staged events and factors: after the largest stored one, as
    qint64 m_nextFactor = 1;      // SQLite would choose them
    DemoHistory::Summary m_summary;
};

QString Writer::load()
{
    SqlRows last(m_db, QStringLiteral("SELECT (SELECT COALESCE(max(id), 0) FROM timeline_event),"
                                      " (SELECT COALESCE(max(id), 0) FROM contributing_factor)"));
    if (!last.next())
        return last.ok() ? QString() : last.error();
    m_nextEvent = last.integer(0) + 1;
    m_nextFactor = last.integer(1) + 1;

    SqlRows teams(m_db, QStringLiteral("SELECT id, parent_id FROM team ORDER BY id"));
    while (teams.next()) {
        const qint64 parent = teams.isNull(1) ? 0 : teams.integer(1);
        m_parentOf.insert(teams.integer(0), parent);
        if (parent > 0)
            m_siblings[parent].append(teams.integer(0));
    }
    if (!teams.ok())
        return teams.error();

    SqlRows members(m_db, QStringLiteral("SELECT id, team_id, name, is_manager FROM member WHERE active = 1"
                                         " ORDER BY id"));
    while (members.next()) {
        const Person person{members.integer(0), members.integer(1), members.text(2), members.integer(3) != 0};
        m_activeByTeam[person.teamId].append(person);
        if (!person.manager)
            m_facilitators.append(person);
    }
    if (!members.ok())
        return members.error();

    // Resolved incidents with every time known and no session yet, in the order they were resolved; about one SEV4
    // in five and a few others had no postmortem.
    SqlRows incidents(m_db, QStringLiteral("SELECT id, team_id, service, severity, started_at, detected_at,"
                                           " mitigated_at, resolved_at FROM incident i WHERE status = 2"
                                           " AND detected_at IS NOT NULL AND mitigated_at IS NOT NULL"
                                           " AND resolved_at IS NOT NULL"
                                           " AND NOT EXISTS (SELECT 1 FROM postmortem p WHERE p.incident_id = i.id)"
                                           " ORDER BY resolved_at, id"));
    while (incidents.next()) {
        const int severity = int(incidents.integer(3));
        if (chance(severity == 4 ? 20 : 3))
            continue;
        m_incidents.append({incidents.integer(0), incidents.integer(1), incidents.text(2), incidents.integer(4),
                            incidents.integer(5), incidents.integer(6), incidents.integer(7)});
    }
    return incidents.error();
}

Status Writer::addEvent(qint64 sessionId, qint64 at, EventKind kind, const QString &text)
{
    BulkInsert &row = m_sql.event.row();
    row.bind(0, m_nextEvent);
    row.bind(1, sessionId);
    row.bind(2, at);
    row.bind(3, int(kind));
    row.bind(4, text);
    if (const Status s = m_sql.event.add(); !s)
        return s;
    m_events.push_back(m_nextEvent++);
    ++m_summary.events;
    return {};
}

Status Writer::postmortem(const PastIncident &incident, qint64 held)
{
    const QString &service = incident.service;

    // Who is in the room: three to six active people of the team, in a shuffled order.
    QList<Person> team = m_activeByTeam.value(incident.teamId);
    for (qsizetype i = team.size() - 1; i > 0; --i)
        team.swapItemsAt(i, m_random.bounded(int(i + 1)));
    team = team.mid(0, bounded(3, 6));

    // The facilitator comes from another team and manages nobody, as the method asks; a team without outsiders
    // to ask keeps one of its own and the group accepts that.
    Person facilitator;
    bool conflictAccepted = false;
    for (int attempt = 0; attempt < 8 && !m_facilitators.isEmpty(); ++attempt) {
        const Person &candidate = m_facilitators.at(m_random.bounded(int(m_facilitators.size())));
        if (candidate.teamId != incident.teamId) {
            facilitator = candidate;
            break;
        }
    }
    if (facilitator.id == 0) {
        if (team.isEmpty())
            return {};
        facilitator = team.takeFirst();
        conflictAccepted = true;
    }

    // The phases, each agreed by the facilitator: opening, timeline, factors, actions, closing.
    std::array<qint64, PhaseCount + 1> phaseTimes{};
    phaseTimes[0] = held;
    const std::array<std::pair<int, int>, PhaseCount> minutes = {{{5, 10}, {15, 35}, {15, 30}, {10, 20}, {5, 10}}};
    for (int p = 0; p < PhaseCount; ++p)
        phaseTimes[size_t(p + 1)] =
            phaseTimes[size_t(p)] + 60 * bounded(minutes[size_t(p)].first, minutes[size_t(p)].second);

    BulkInsert &session = m_sql.postmortem;
    session.bind(0, incident.id);
    session.bind(1, incident.teamId);
    session.bind(2, facilitator.name);
    session.bind(3, facilitator.id);
    session.bind(4, conflictAccepted ? 1 : 0);
    session.bind(5, pick(summaries, service));
    session.bind(6, held);
    if (const Status s = session.exec(); !s)
        return s;
    const qint64 id = session.lastInsertId();
    ++m_summary.postmortems;

    for (int p = 0; p < PhaseCount; ++p) {
        m_sql.phaseRecord.bind(0, id);
        m_sql.phaseRecord.bind(1, p);
        m_sql.phaseRecord.bind(2, phaseTimes[size_t(p)]);
        m_sql.phaseRecord.bind(3, phaseTimes[size_t(p + 1)]);
        m_sql.phaseRecord.bind(4, facilitator.name);
        if (const Status s = m_sql.phaseRecord.exec(); !s)
            return s;
        m_sql.phaseLog.bind(0, id);
        m_sql.phaseLog.bind(1, phaseTimes[size_t(p + 1)]);
        m_sql.phaseLog.bind(2, p);
        m_sql.phaseLog.bind(3, facilitator.name);
        if (const Status s = m_sql.phaseLog.exec(); !s)
            return s;
    }

    // The room, and one round of turns in the timeline; now and then someone passes.
    for (qsizetype i = 0; i < team.size(); ++i) {
        m_sql.participant.bind(0, id);
        m_sql.participant.bind(1, team.at(i).id);
        m_sql.participant.bind(2, team.at(i).name);
        m_sql.participant.bind(3, QString::fromUtf8(roles[size_t(i) % roles.size()]));
        m_sql.participant.bind(4, int(i));
        if (const Status s = m_sql.participant.exec(); !s)
            return s;
        m_sql.turn.bind(0, id);
        m_sql.turn.bind(1, m_sql.participant.lastInsertId());
        m_sql.turn.bind(2, chance(12) ? int(TurnOutcome::Passed) : int(TurnOutcome::Spoke));
        if (const Status s = m_sql.turn.exec(); !s)
            return s;
    }

    // The timeline, on the incident's own times: what set it off, detection, the response, the repair, recovery.
    m_events.clear();
    const qint64 s0 = incident.started;
    const qint64 d = std::max(incident.detected, s0);
    const qint64 m = std::max(incident.mitigated, d);
    const qint64 r = std::max(incident.resolved, m);
    Status status = addEvent(id, s0 / 60 * 60, EventKind::KeyMoment, pick(triggers, service));
    if (status)
        status = addEvent(id, d / 60 * 60, EventKind::Detection, pick(detections, service));
    if (status)
        status = addEvent(id, between(d, m, 0.05), EventKind::Communication, pick(openings, service));
    // Several diagnoses and repairs, never the same text twice in one timeline.
    const int diagnosisCount = bounded(2, 4);
    const size_t firstDiagnosis = m_random.bounded(quint32(diagnoses.size()));
    for (int i = 0; status && i < diagnosisCount; ++i) {
        status = addEvent(id, between(d, m, 0.1 + 0.6 * (i + 1) / (diagnosisCount + 1)), EventKind::Diagnosis,
                          QString::fromUtf8(diagnoses[(firstDiagnosis + size_t(i)) % diagnoses.size()]).arg(service));
    }
    const int repairCount = bounded(1, 2);
    const size_t firstRepair = m_random.bounded(quint32(repairs.size()));
    for (int i = 0; status && i < repairCount; ++i) {
        status = addEvent(id, between(d, m, repairCount == 1 || i == 1 ? 1.0 : 0.85), EventKind::Repair,
                          QString::fromUtf8(repairs[(firstRepair + size_t(i)) % repairs.size()]).arg(service));
    }
    if (status)
        status = addEvent(id, between(m, r, 0.1), EventKind::Communication, pick(recoveries, service));
    if (status && chance(60))
        status = addEvent(id, between(m, r, 0.6), EventKind::Other, pick(followUps, service));
    if (status)
        status = addEvent(id, r / 60 * 60, EventKind::Other, pick(closings, service));
    if (!status)
        return status;

    // Contributing factors in different categories, each explaining one to three events.
    std::array<int, 5> categories = {0, 1, 2, 3, 4};
    for (int i = 4; i > 0; --i)
        std::swap(categories[size_t(i)], categories[size_t(m_random.bounded(i + 1))]);
    const int factorCount = bounded(2, 3);
    std::vector<qint64> factors;
    for (int f = 0; f < factorCount; ++f) {
        const int category = categories[size_t(f)];
        const QString text =
            QString::fromUtf8(factorTexts[size_t(category)][m_random.bounded(quint32(factorTexts[0].size()))]);
        const qint64 factorId = m_nextFactor++;
        m_sql.factor.row().bind(0, factorId);
        m_sql.factor.row().bind(1, id);
        m_sql.factor.row().bind(2, category);
        m_sql.factor.row().bind(3, text.contains(QLatin1String("%1")) ? text.arg(service) : text);
        if (const Status s = m_sql.factor.add(); !s)
            return s;
        factors.push_back(factorId);
        ++m_summary.factors;
        std::vector<qint64> linked = m_events;
        const int links = bounded(1, 3);
        for (int l = 0; l < links; ++l) {
            const size_t at = size_t(m_random.bounded(quint32(linked.size())));
            m_sql.factorEvent.row().bind(0, factorId);
            m_sql.factorEvent.row().bind(1, linked[at]);
            if (const Status s = m_sql.factorEvent.add(); !s)
                return s;
            linked.erase(linked.begin() + qsizetype(at));
        }
    }

    // Learnings: what went well, and what was learned; sometimes luck or an open question.
    std::vector<int> kinds = {int(LearningKind::WentWell), int(LearningKind::Learned)};
    if (chance(50))
        kinds.push_back(int(LearningKind::Lucky));
    if (chance(40))
        kinds.push_back(int(LearningKind::Question));
    for (int kind : kinds) {
        const QString text =
            QString::fromUtf8(learningTexts[size_t(kind)][m_random.bounded(quint32(learningTexts[0].size()))]);
        m_sql.learning.bind(0, id);
        m_sql.learning.bind(1, kind);
        m_sql.learning.bind(2, text.contains(QLatin1String("%1")) ? text.arg(service) : text);
        if (const Status s = m_sql.learning.exec(); !s)
            return s;
        ++m_summary.learnings;
    }

    // Action items, agreed in the actions phase; what became of them depends on how long ago they were due.
    const QDate heldDay = QDateTime::fromSecsSinceEpoch(held, Qt::UTC).date();
    const int actionCount = bounded(2, 3);
    for (int a = 0; a < actionCount; ++a) {
        const int kind = bounded(0, 4);
        const QString text =
            QString::fromUtf8(actionTexts[size_t(kind)][m_random.bounded(quint32(actionTexts[0].size()))]);
        qint64 owner = incident.teamId;
        const QList<qint64> siblings = m_siblings.value(m_parentOf.value(incident.teamId));
        if (chance(25) && siblings.size() > 1)
            owner = siblings.at(m_random.bounded(int(siblings.size())));
        const QString person =
            chance(60) && !team.isEmpty() ? team.at(m_random.bounded(int(team.size()))).name : QString();
        static constexpr std::array dueDays = {14, 21, 30, 30, 45, 60, 90};
        const QDate due = heldDay.addDays(dueDays[m_random.bounded(quint32(dueDays.size()))]);
        const qint64 created = phaseTimes[size_t(Phase::Actions)] + 60 * (2 + 3 * a);

        ActionStatus actionStatus = ActionStatus::Open;
        const int roll = bounded(0, 99);
        if (due < m_today.addDays(-365))
            actionStatus = roll < 90 ? ActionStatus::Done : roll < 98 ? ActionStatus::Dropped : ActionStatus::Open;
        else if (due < m_today)
            actionStatus = roll < 80   ? ActionStatus::Done
                           : roll < 87 ? ActionStatus::Dropped
                           : roll < 93 ? ActionStatus::InProgress
                                       : ActionStatus::Open;
        else
            actionStatus = roll < 25 ? ActionStatus::Done : roll < 60 ? ActionStatus::InProgress : ActionStatus::Open;
        qint64 done = 0;
        if (actionStatus == ActionStatus::Done) {
            // Most on time, some late; never before it was agreed, never after today began.
            const qint64 dueAt = due.startOfDay(Qt::UTC).toSecsSinceEpoch() + 15 * 3600;
            done = chance(80) ? created + qint64(double(dueAt - created) * (0.2 + 0.8 * m_random.generateDouble()))
                              : dueAt + 86400 * bounded(1, 20);
            done = std::clamp(done, created + 3600, m_end - 3600);
        }
        const bool addressesFactor = chance(85);

        BulkInsert &insert = m_sql.action.row();
        insert.bind(0, id);
        insert.bind(1, kind);
        insert.bind(2, text.contains(QLatin1String("%1")) ? text.arg(service) : text);
        insert.bind(3, owner);
        insert.bind(4, person);
        insert.bind(5, due.toString(Qt::ISODate));
        insert.bind(6, int(actionStatus));
        insert.bindId(7, addressesFactor ? factors[size_t(a) % factors.size()] : 0);
        insert.bind(8, created);
        insert.bindId(9, done);
        if (const Status s = m_sql.action.add(); !s)
            return s;
        ++m_summary.actions;
    }

    // The anonymous closing check: how are you doing, 1 to 5, counts only; everyone in the room answered.
    std::array<int, 5> counts{};
    const int answers = std::max(3, int(team.size()));
    for (int i = 0; i < answers; ++i)
        ++counts[size_t(std::clamp(bounded(2, 5) + (chance(15) ? -1 : 0), 1, 5) - 1)];
    for (int v = 0; v < 5; ++v) {
        m_sql.tally.bind(0, id);
        m_sql.tally.bind(1, v + 1);
        m_sql.tally.bind(2, counts[size_t(v)]);
        if (const Status s = m_sql.tally.exec(); !s)
            return s;
    }
    return {};
}

Result<DemoHistory::Summary> Writer::run()
{
    using R = Result<DemoHistory::Summary>;
    if (const QString error = m_sql.error(); !error.isEmpty())
        return R::failure(error);
    m_sql.batch();
    if (const QString error = load(); !error.isEmpty())
        return R::failure(error);

    for (const PastIncident &incident : std::as_const(m_incidents)) {
        if (m_maximum > 0 && m_summary.postmortems >= m_maximum)
            break;
        // Held one to six days after the resolution, in working hours, and at least a day before today.
        const QDate day = QDateTime::fromSecsSinceEpoch(incident.resolved, Qt::UTC).date().addDays(bounded(1, 6));
        static constexpr std::array hours = {10, 11, 13, 14, 15};
        const qint64 held =
            QDateTime(day, QTime(hours[m_random.bounded(quint32(hours.size()))], chance(50) ? 0 : 30), Qt::UTC)
                .toSecsSinceEpoch();
        if (held + 86400 >= m_end)
            continue;
        if (const Status s = postmortem(incident, held); !s)
            return R::failure(s.error());
        if (m_sql.event.stagedRows() >= StagedEventBatch) {
            if (const Status s = m_sql.moveStaged(); !s)
                return R::failure(s.error());
        }
    }
    if (const Status s = m_sql.moveStaged(); !s)
        return R::failure(s.error());
    return m_summary;
}

} // namespace

Result<DemoHistory::Summary> DemoHistory::create(Database &database, const Options &options)
{
    using R = Result<Summary>;
    const QSqlDatabase db = database.connection();
    // A bigger page cache while the indexes of two million rows grow, as for the survey answers (SQLite only).
    QString error;
    if (!Dialect::tuneSqlite(db, QStringLiteral("PRAGMA cache_size = -131072"), &error))
        return R::failure(error);
    const auto restore = qScopeGuard([&db] { Dialect::tuneSqlite(db, QStringLiteral("PRAGMA cache_size = -2000")); });

    WriteTransaction transaction(db);
    if (!transaction.isActive())
        return R::failure(transaction.error());
    if (!Dialect::announceBulkWrite(db, &error))
        return R::failure(error);
    Result<Summary> summary = Writer(db, options).run();
    if (!summary)
        return summary;
    // Events and factors were written with the ids given here.
    if (!Dialect::syncIdentities(db, &error))
        return R::failure(error);
    if (const Status status = transaction.commit(); !status)
        return R::failure(status.error());
    return summary;
}

} // namespace candor
