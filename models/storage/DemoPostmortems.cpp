#include "DemoPostmortems.h"

#include "Database.h"
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

// ---- The stories ----------------------------------------------------------------------------------------------
// Written for the demo in blameless words: situations and systems, never a person as the cause. "%1" stands for
// the incident's service. Event times are placed on the incident's own times: segment 0 runs from the start to the
// detection, 1 from the detection to the mitigation, 2 from the mitigation to the resolution, `at` is the fraction
// of it; segment -1 is `at` hours before the start.

struct EventSpec
{
    EventKind kind;
    int segment;
    double at;
    const char *text;
};

struct FactorSpec
{
    FactorCategory category;
    const char *text;
    QList<int> events; // indexes into the story's events
};

struct LearningSpec
{
    LearningKind kind;
    const char *text;
};

// What became of an action item by the demo's today.
enum class Fate { Done, Open, InProgress, Dropped };

struct ActionSpec
{
    ActionKind kind;
    const char *text;
    const char *ownerTeam; // nullptr: the session's team
    int person;            // index into the story's roles; -1: nobody named
    int dueDays;           // after the session
    Fate fate;
    int factor; // index into the story's factors; -1: none
};

struct RoleSpec
{
    const char *role;
    const char *team; // nullptr: a member of the session's team; otherwise a guest from this team
};

struct Story
{
    const char *title;
    const char *incidentSummary;
    QList<RoleSpec> roles;
    QList<EventSpec> events;
    QList<FactorSpec> factors;
    QList<LearningSpec> learnings;
    QList<ActionSpec> actions;
    const char *sessionSummary;
    std::array<int, 5> closingCheck;
    // Optional: after agreeing the factors the group reopens the timeline to add this event, linked to a factor.
    std::optional<EventSpec> reopenEvent;
    int reopenFactor = -1;
};

using EK = EventKind;
using FC = FactorCategory;
using LK = LearningKind;
using AK = ActionKind;

const QList<RoleSpec> commonRoles = {
    {"Incident commander", nullptr},
    {"On-call engineer", nullptr},
    {"Communications lead", nullptr},
    {"Engineer on the service", nullptr},
};

// The finished postmortems. The first is the earlier incident of the team whose later postmortem is in its actions.
QList<Story> finishedStories()
{
    return {
        {"Writes to %1 failed after a database failover",
         "The primary database behind %1 became unreachable after a host failure. Automatic failover promoted a "
         "replica, but the service kept its connections to the old primary until it was restarted, so writes "
         "failed while reads kept working.",
         {{"Incident commander", nullptr},
          {"On-call engineer", nullptr},
          {"Database specialist", "Databases"},
          {"Communications lead", nullptr}},
         {{EK::KeyMoment, 0, 0.0, "The primary database host stopped responding after a hardware failure."},
          {EK::KeyMoment, 0, 0.4, "Automatic failover promoted a replica to primary."},
          {EK::Detection, 0, 1.0, "The write error alert for %1 paged the on-call engineer."},
          {EK::Communication, 1, 0.15, "Incident channel opened; a notice went up on the status page."},
          {EK::Diagnosis, 1, 0.45,
           "Dashboards showed the new primary healthy while %1 still held connections to the old address."},
          {EK::Repair, 1, 1.0, "A rolling restart of %1 picked up the new primary and writes recovered."},
          {EK::Communication, 2, 0.1, "Status page updated: service restored, review to follow."},
          {EK::Other, 2, 1.0, "Replication checked and the old primary host replaced; incident resolved."}},
         {{FC::Technology,
           "The connection pool looked up the database address once at start-up, so a failover only took effect "
           "after a restart.",
           {1, 4}},
          {FC::Process,
           "The failover runbook covered the database side only; reconnecting the services that use it was not "
           "written down.",
           {4, 5}},
          {FC::Environment, "The host failure came at a busy time, when every pooled connection was in use.", {0, 2}},
          {FC::Organisation,
           "Failover drills had been moved twice to make room for feature work, so this path had not been "
           "exercised for a year.",
           {1}}},
         {{LK::WentWell, "The write error alert fired within minutes and reached the right person."},
          {LK::WentWell, "Reads kept working, which limited what customers noticed."},
          {LK::Lucky, "The replica was fully caught up when it was promoted, so no writes were lost."},
          {LK::Learned, "A finished failover on the database side does not mean the services using it have followed."},
          {LK::Question, "Which other services keep the database address the same way?"}},
         {{AK::Prevent, "Make the connection pool of %1 look up the database address again after connection errors.",
           nullptr, 1, 21, Fate::Done, 0},
          {AK::DetectSooner, "Alert when a service keeps sending writes to a database that is no longer primary.",
           "Observability", -1, 30, Fate::Open, 0},
          {AK::RespondBetter, "Add reconnecting dependent services to the database failover runbook.", "Databases", 2,
           14, Fate::Done, 1},
          {AK::LearnShare, "Run a failover drill with every team that owns a database-backed service.", "Databases", 2,
           75, Fate::InProgress, 3}},
         "The group agreed that the failover worked as designed and the gap was in how services follow it. The "
         "pool fix is the priority; the drill will show what else keeps old addresses.",
         {0, 1, 2, 3, 1},
         std::nullopt,
         -1},

        {"Expired certificate on %1",
         "The TLS certificate of %1 expired and clients refused to connect. Responders issued and "
         "deployed a new certificate by hand.",
         commonRoles,
         {{EK::KeyMoment, 0, 0.0, "The certificate of %1 reached its expiry time."},
          {EK::Detection, 0, 1.0, "Synthetic checks for %1 started failing and paged the on-call engineer."},
          {EK::Diagnosis, 1, 0.2, "Client logs pointed to an expired certificate."},
          {EK::Communication, 1, 0.3, "Support was told that customers might see security warnings."},
          {EK::Diagnosis, 1, 0.5,
           "The automatic renewal job turned out to have stopped months earlier, after a "
           "permissions change."},
          {EK::Repair, 1, 0.9, "A new certificate was issued by hand and deployed to the load balancers."},
          {EK::Repair, 1, 1.0, "Connections recovered in every region."},
          {EK::Other, 2, 1.0, "The renewal job was repaired and a test renewal went through; incident resolved."}},
         {{FC::Technology,
           "The renewal job stopped without a sound: its errors went to a log that no alert watched.",
           {4}},
          {FC::Process,
           "Expiry dates lived in a spreadsheet that had not been reviewed since the renewal job was introduced.",
           {0}},
          {FC::People,
           "The certificate changed owners during a reorganisation, and the handover notes did not mention renewals.",
           {2, 4}}},
         {{LK::WentWell, "Synthetic checks caught the problem before most customers reported it."},
          {LK::Lucky,
           "A spare certificate authority account was already set up, which saved time issuing a new certificate."},
          {LK::Learned, "Automation that stops without telling anyone can be riskier than a calendar reminder."},
          {LK::Question, "How many other certificates depend on the same renewal job?"}},
         {{AK::DetectSooner, "Alert when any certificate is within 21 days of its expiry.", "Observability", -1, 14,
           Fate::Done, 0},
          {AK::Prevent, "Move every certificate of %1 to automatic renewal with monitored failures.", nullptr, 3, 40,
           Fate::Open, 0},
          {AK::RespondBetter, "Write down who owns each certificate and how to renew it by hand.", nullptr, 0, 30,
           Fate::Done, 2}},
         "A short session: the cause was found quickly and the group focused on making expiry visible long before "
         "it matters.",
         {0, 0, 1, 1, 0},
         std::nullopt,
         -1},

        {"Configuration change broke %1",
         "A configuration change meant for the staging environment of %1 was also applied to production. Requests "
         "that used a new header were rejected until the change was reverted.",
         {{"Incident commander", nullptr},
          {"On-call engineer", nullptr},
          {"Release engineer", "Build and release"},
          {"Engineer on the service", nullptr}},
         {{EK::KeyMoment, 0, 0.0,
           "A configuration change for staging was pushed; the tool applied it to production "
           "as well."},
          {EK::Detection, 0, 1.0, "The error rate alert for %1 fired and customers reported failed requests."},
          {EK::Diagnosis, 1, 0.3, "Responders matched the start of the errors to the configuration push."},
          {EK::KeyMoment, 1, 0.5, "The group chose to revert rather than fix forward."},
          {EK::Repair, 1, 1.0, "The previous configuration was restored and the errors stopped."},
          {EK::Communication, 2, 0.1, "An update went to support and to the partners who were affected."},
          {EK::Other, 2, 1.0, "The push tool's environment handling was patched; incident resolved."}},
         {{FC::Technology, "The push tool used production by default when no environment was named.", {0}},
          {FC::Process, "Configuration changes had no review step, unlike code changes.", {0, 2}},
          {FC::People,
           "Two teams were changing the same configuration that week without knowing of each other's work.",
           {2}},
          {FC::Environment,
           "Staging and production settings lived in one file, so the difference between them was a single line.",
           {0}}},
         {{LK::WentWell, "Reverting was quick once the change was found."},
          {LK::Lucky, "Only requests with the new header were affected, a small share of the traffic."},
          {LK::Learned, "The defaults of internal tools decide what happens under time pressure."},
          {LK::Question, "Should configuration go through the same pipeline as code?"}},
         {{AK::Prevent, "Make the push tool ask for the environment instead of assuming production.",
           "Build and release", 2, 14, Fate::Done, 0},
          {AK::Prevent, "Add a review step for configuration changes of %1.", nullptr, 0, 30, Fate::Dropped, 1},
          {AK::DetectSooner, "Show configuration pushes as markers on the error rate dashboards.", "Observability", -1,
           35, Fate::Open, 2},
          {AK::MitigateFaster, "Offer a one-step revert for configuration pushes.", "Build and release", 2, 120,
           Fate::InProgress, 1}},
         "The group reopened the timeline once to add the other team's change; with it the overlap became clear. "
         "The review step was later dropped in favour of the pipeline work.",
         {0, 1, 1, 2, 2},
         EventSpec{EK::KeyMoment, -1, 3.0, "Another team's change to the same configuration file was merged."},
         2},

        {"Message backlog in %1",
         "Messages for %1 piled up after a downstream dependency slowed down. Consumers retried at once and kept "
         "the dependency overloaded until retries were capped.",
         {{"Incident commander", nullptr},
          {"On-call engineer", nullptr},
          {"Engineer on the dependency", "Networking"},
          {"Engineer on the service", nullptr}},
         {{EK::KeyMoment, 0, 0.0, "A downstream dependency of %1 started answering slowly."},
          {EK::KeyMoment, 0, 0.5, "Consumers retried failed messages straight away and the queue began to grow."},
          {EK::Detection, 0, 1.0, "The queue depth alert for %1 fired."},
          {EK::Diagnosis, 1, 0.25, "Traces showed that most calls to the dependency were retries."},
          {EK::Communication, 1, 0.35, "The dependency's owners joined the incident channel."},
          {EK::Repair, 1, 0.7, "Retries were capped and consumers scaled down to let the dependency recover."},
          {EK::Repair, 1, 1.0, "The dependency recovered and the backlog started to drain."},
          {EK::Other, 2, 1.0, "The backlog drained and delayed messages were delivered; incident resolved."}},
         {{FC::Technology,
           "Consumers retried at once, without backoff or a limit, multiplying the load on a slow dependency.",
           {1, 3}},
          {FC::Process, "Load tests covered normal traffic but never a slow dependency.", {0}},
          {FC::People, "The team owning the dependency was not paged automatically, so they joined later.", {4}},
          {FC::Organisation,
           "A launch that week left no room to finish the retry work planned after an earlier incident.",
           {1}}},
         {{LK::WentWell, "The two teams worked well together once both were in the channel."},
          {LK::Lucky, "No messages were lost; they were only delayed."},
          {LK::Learned, "Retries without backoff turn a slowdown into an outage."},
          {LK::Question, "Do other consumers share the same retry settings?"}},
         {{AK::MitigateFaster, "Add exponential backoff and a retry budget to the consumers of %1.", nullptr, 1, 21,
           Fate::Done, 0},
          {AK::RespondBetter, "Page the owning team automatically when their dependency causes a backlog.",
           "Observability", -1, 30, Fate::Open, 2},
          {AK::DetectSooner, "Alert on the age of the oldest message as well as on queue depth.", nullptr, 3, 45,
           Fate::Done, 0}},
         "The group agreed that the retry behaviour turned a slowdown into an outage, and that the load tests "
         "need a slow dependency scenario.",
         {0, 0, 2, 2, 1},
         std::nullopt,
         -1},

        {"Disk full on %1 hosts",
         "A detailed logging setting turned on during an earlier investigation stayed on, and log files filled "
         "the disks of %1 hosts. Hosts without space stopped accepting writes.",
         commonRoles,
         {{EK::KeyMoment, 0, 0.0, "The first host of %1 ran out of disk space."},
          {EK::Detection, 0, 1.0, "Health checks took hosts out of the pool and the capacity alert fired."},
          {EK::Diagnosis, 1, 0.3, "Responders found debug logs using most of the disk."},
          {EK::Repair, 1, 0.6, "Old logs were removed and detailed logging turned off."},
          {EK::Repair, 1, 1.0, "Every host was back in the pool."},
          {EK::Communication, 2, 0.2, "A summary went to the engineering channel."},
          {EK::Other, 2, 1.0, "Log rotation settings were corrected on every host; incident resolved."}},
         {{FC::Technology, "Log rotation was sized for normal logging, not for debug output.", {0, 2}},
          {FC::Process, "Settings changed during an investigation had no expiry and no reminder.", {2}},
          {FC::Environment, "The disk alert was set at 95 percent, which left little time to react.", {1}}},
         {{LK::WentWell, "Health checks took unhealthy hosts out of service on their own."},
          {LK::Lucky, "Traffic was low enough for the remaining hosts to carry it."},
          {LK::Learned, "Temporary changes need a way back built in."},
          {LK::Question, "Should debug logging switch itself off after a set time?"}},
         {{AK::Prevent, "Turn debug logging off automatically after 24 hours.", nullptr, 3, 30, Fate::Open, 1},
          {AK::DetectSooner, "Alert on how fast disk use grows, not only on how full a disk is.", "Observability", -1,
           21, Fate::Done, 2},
          {AK::Prevent, "Rotate logs by size as well as by age.", nullptr, 1, 14, Fate::Done, 0}},
         "A calm session. The group liked that health checks contained the damage and wants temporary settings "
         "to expire by design.",
         {0, 0, 1, 3, 2},
         std::nullopt,
         -1},
    };
}

// In progress, in the contributing factors.
Story factorsStory()
{
    return {"DNS resolution failures for %1",
            "Lookups of internal names from %1 failed now and then after the resolver fleet was made smaller. "
            "Requests that needed a fresh lookup failed until the capacity was restored.",
            commonRoles,
            {{EK::KeyMoment, 0, 0.0, "The internal resolver fleet was scaled down as part of a cost review."},
             {EK::Detection, 0, 1.0, "Intermittent connection errors were reported for %1."},
             {EK::Diagnosis, 1, 0.4, "Resolver metrics showed dropped queries at peak times."},
             {EK::Repair, 1, 1.0, "Resolver capacity was restored and the errors stopped."},
             {EK::Communication, 2, 0.3, "The cost review's owners were told and the scale-down paused."},
             {EK::Other, 2, 1.0, "Incident resolved."}},
            {{FC::Organisation,
              "The cost review set one target for the whole fleet, with no way to check each part's headroom.",
              {0}},
             {FC::Technology, "Clients kept lookups only briefly, so every resolver hiccup reached requests.", {2}}},
            {{LK::WentWell, "The link to the resize was spotted quickly because it was in the change calendar."},
             {LK::Question, "Who decides how much headroom shared infrastructure keeps?"}},
            {},
            "",
            {0, 0, 0, 0, 0},
            std::nullopt,
            -1};
}

// In progress, in the actions; its team has open actions from the earlier failover postmortem.
Story actionsStory()
{
    return {"Connection pool exhausted in %1",
            "A slow query after a data migration held database connections longer than usual, and the connection "
            "pool of %1 ran out.",
            {{"Incident commander", nullptr},
             {"On-call engineer", nullptr},
             {"Database specialist", "Databases"},
             {"Engineer on the service", nullptr}},
            {{EK::KeyMoment, 0, 0.0, "A data migration rebuilt a large table; one of its indexes was built later."},
             {EK::Detection, 0, 1.0, "The latency alert for %1 fired; requests were waiting for a connection."},
             {EK::Diagnosis, 1, 0.3, "The slow query log showed one query taking seconds instead of milliseconds."},
             {EK::KeyMoment, 1, 0.4,
              "Responders recalled the earlier failover incident and checked the follow-ups still open from it."},
             {EK::Repair, 1, 1.0, "The missing index was created and query times went back to normal."},
             {EK::Other, 2, 1.0, "Pool settings reviewed; incident resolved."}},
            {{FC::Technology, "The migration tool built indexes in a separate step that could run much later.", {0, 2}},
             {FC::Process,
              "The pool alert agreed after an earlier incident was still open, so exhaustion showed up as latency.",
              {1, 3}},
             {FC::Environment,
              "The table was many times larger than in the test environment, so the missing index mattered far more in "
              "production.",
              {1}}},
            {{LK::WentWell, "Checking the open follow-ups from the earlier incident saved time in diagnosis."},
             {LK::Learned, "Open actions from one incident can shape the next one."},
             {LK::Question, "Can migrations be held back during the daily peak?"}},
            {{AK::Prevent, "Make the migration tool build indexes in the same step as the table.", nullptr, 3, 30,
              Fate::Open, 0}},
            "",
            {0, 0, 0, 0, 0},
            std::nullopt,
            -1};
}

// The finished retro: notable events, what helped and what hindered, actions.
Story retroStory()
{
    return {"%1 retro, six weeks to %2",
            "",
            {{"Team member", nullptr}, {"Team member", nullptr}, {"Team member", nullptr}, {"Team member", nullptr}},
            {{EK::KeyMoment, 0, 0.1, "The new on-call rotation started, with two more people in it."},
             {EK::Other, 0, 0.3, "The build moved to the shared pipeline."},
             {EK::KeyMoment, 0, 0.5, "Two releases were held back by unreliable tests."},
             {EK::Communication, 0, 0.7, "Quarterly planning with product."},
             {EK::Other, 0, 0.9, "A new team member joined."}},
            {{FC::Technology, "Helped: the shared pipeline cut build times in half.", {1}},
             {FC::People, "Helped: pairing on on-call handovers spread knowledge of the older services.", {0}},
             {FC::Process, "Hindered: unreliable tests blocked releases and took time from planned work.", {2}},
             {FC::Organisation, "Hindered: planning left little room for maintenance work.", {3}}},
            {{LK::WentWell, "Faster builds made small releases easier."},
             {LK::Lucky, "No major incident landed during the change of rotation."},
             {LK::Learned, "Unreliable tests cost more than the time it takes to fix them."},
             {LK::Question, "How do we keep a fixed share of time for maintenance?"}},
            {{AK::Prevent, "Quarantine unreliable tests automatically and track them on the team board.", nullptr, 0, 7,
              Fate::Open, 2},
             {AK::RespondBetter, "Write an on-call handover checklist.", nullptr, 1, 5, Fate::Done, 1},
             {AK::LearnShare, "Share the notes from the pipeline move with the other teams of the department.", nullptr,
              2, 21, Fate::InProgress, 0}},
            "A good retro: the team feels the pipeline move paid off and wants to protect time for maintenance.",
            {0, 0, 2, 3, 2},
            std::nullopt,
            -1};
}

constexpr std::array<int, 5> retroSafetyCheck = {0, 1, 1, 3, 2};

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
    QSqlQuery pragma(db);
    pragma.exec(QStringLiteral("PRAGMA synchronous = NORMAL"));
    const auto restore = qScopeGuard([&pragma] { pragma.exec(QStringLiteral("PRAGMA synchronous = FULL")); });
    Writer writer(database, seed, today);
    return writer.run();
}

} // namespace candor
