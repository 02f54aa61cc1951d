#include "DemoOrganisation.h"

#include "Dialect.h"

#include "BulkInsert.h"
#include "Database.h"
#include "DemoHistory.h"
#include "DemoPostmortems.h"
#include "DemoSurveys.h"
#include "SqlSupport.h"
#include "Transaction.h"

#include <QRandomGenerator>
#include <QStringList>

#include <array>
#include <cmath>
#include <memory>

namespace candor {

namespace {

// Word lists for names. Teams and people are invented; any likeness to real ones is chance.
constexpr std::array departmentNames = {"Platform",  "Payments", "Customer experience", "Data",    "Mobile", "Identity",
                                        "Logistics", "Growth",   "Infrastructure",      "Security"};
constexpr std::array teamNames = {
    "Build and release", "Observability",  "Networking",     "Databases",     "Checkout",        "Billing",
    "Fraud prevention",  "Web storefront", "Mobile app",     "Search",        "Recommendations", "Pricing",
    "Warehouse",         "Routing",        "Accounts",       "Onboarding",    "Notifications",   "Storage",
    "Messaging",         "Analytics",      "Data pipelines", "Maps",          "Catalogue",       "Reporting",
    "Access control",    "Edge",           "Compute",        "Support tools", "Developer tools", "Experiments"};
constexpr std::array firstNames = {"Amara",   "Ben",   "Chen",  "Dalia",  "Emeka",   "Fatima",    "Gustavo", "Hana",
                                   "Ines",    "Jonas", "Kavya", "Liam",   "Mei",     "Nikolai",   "Olu",     "Priya",
                                   "Quentin", "Rosa",  "Sami",  "Tereza", "Umar",    "Valentina", "Wen",     "Ximena",
                                   "Yusuf",   "Zofia", "Aiko",  "Bruno",  "Camille", "Dmitri",    "Elif",    "Farah",
                                   "Goran",   "Helga", "Ivan",  "Julia",  "Kenji",   "Leila",     "Mateo",   "Nadia",
                                   "Oskar",   "Paula", "Rahul", "Sofia",  "Tariq",   "Uma",       "Viktor",  "Yara"};
constexpr std::array lastNames = {"Adeyemi",  "Bauer",     "Castillo", "Dubois",   "Eriksen", "Fernandes", "Garcia",
                                  "Hoffmann", "Ibrahim",   "Jensen",   "Kowalski", "Larsen",  "Moreau",    "Nakamura",
                                  "Okafor",   "Petrov",    "Quinn",    "Rossi",    "Santos",  "Tanaka",    "Ueda",
                                  "Varga",    "Weber",     "Xu",       "Yilmaz",   "Zhang",   "Almeida",   "Novak",
                                  "Haddad",   "Lindqvist", "Mensah",   "Costa"};
constexpr std::array roles = {"Software engineer",
                              "Senior software engineer",
                              "Site reliability engineer",
                              "Staff engineer",
                              "Product manager",
                              "Designer",
                              "QA engineer",
                              "Data engineer",
                              "Support engineer",
                              "Security engineer"};
constexpr std::array serviceSuffixes = {"api", "worker", "db", "web", "gateway", "queue"};
constexpr std::array titleTemplates = {"Elevated error rate on %1",
                                       "Latency spike in %1",
                                       "%1 unavailable for some customers",
                                       "Failed deployment of %1 rolled back",
                                       "Expired certificate on %1",
                                       "Connection pool exhausted in %1",
                                       "Message backlog in %1",
                                       "Disk full on %1 hosts",
                                       "Upstream provider outage affecting %1",
                                       "Configuration change broke %1",
                                       "Memory growth restarting %1",
                                       "DNS resolution failures for %1",
                                       "Stale cache served by %1",
                                       "Scheduled job in %1 overran",
                                       "Data inconsistency in %1"};
constexpr std::array summaryTemplates = {
    "An alert on %1 fired after a routine change; responders traced it to a dependency and rolled back.",
    "Customers reported slow pages before monitoring caught it; %1 was scaled out while the cause was found.",
    "A capacity limit in %1 was reached during peak traffic; a temporary limit raise restored service.",
    "A recent change to %1 interacted badly with an older setting; the team reverted and added a check.",
    "An external provider degraded; %1 retried aggressively and amplified the load until retries were capped."};
constexpr std::array impactTemplates = {"No customer impact.", "A small share of requests failed and were retried.",
                                        "Some customers saw errors for part of the incident.",
                                        "Most customers could not complete their task until mitigation."};

QString pick(QRandomGenerator &random, const char *const *items, size_t count)
{
    return QString::fromUtf8(items[random.bounded(quint32(count))]);
}

template <size_t N>
QString pick(QRandomGenerator &random, const std::array<const char *, N> &items)
{
    return pick(random, items.data(), N);
}

QString serviceName(const QString &team, const char *suffix)
{
    QString base = team.toLower();
    base.replace(QLatin1Char(' '), QLatin1Char('-'));
    return base + QLatin1Char('-') + QString::fromLatin1(suffix);
}

} // namespace

bool DemoOrganisation::parseScale(const QString &text, Scale *scale)
{
    if (text == QLatin1String("small")) {
        *scale = Scale::Small;
        return true;
    }
    if (text == QLatin1String("large")) {
        *scale = Scale::Large;
        return true;
    }
    return false;
}

Result<DemoOrganisation::Summary> DemoOrganisation::create(Database &database, const Options &options)
{
    using R = Result<Summary>;
    QSqlDatabase db = database.connection();
    WriteTransaction transaction(db);
    if (!transaction.isActive())
        return R::failure(transaction.error());
    if (QString error; !Dialect::announceBulkWrite(db, &error))
        return R::failure(error);

    QSqlQuery q(db);
    QString error;
    if (!sql::run(q, QStringLiteral("SELECT (SELECT count(*) FROM team) + (SELECT count(*) FROM incident)"), {},
                  &error) ||
        !q.next())
        return R::failure(error);
    if (q.value(0).toInt() > 0)
        return R::failure(tr("The database already holds data; demo data goes only into an empty database. Use "
                             "--db with a new file."));
    q.finish();

    const bool large = options.scale == Scale::Large;
    const int departmentCount = large ? 50 : 3;
    const int teamsPerDepartment = large ? 9 : 0; // small: 4, 3, 3 below
    const int membersTotal = large ? 5000 : 60;
    const int incidentsTotal = large ? 50000 : 120;
    const int days = large ? 5 * 365 : 540;
    const QDate today = options.today.isValid() ? options.today : QDate::currentDate();
    const QDateTime end = today.startOfDay(Qt::UTC);

    QRandomGenerator random(options.seed);
    Summary summary;

    BulkInsert insertTeam(db, QStringLiteral("INSERT INTO team (parent_id, name, description) VALUES (?, ?, ?)"),
                          BulkInsert::Returns::NewId);
    BulkInsert insertMember(
        db, QStringLiteral("INSERT INTO member (team_id, name, role, is_manager, active) VALUES (?, ?, ?, ?, ?)"));
    // Incidents have full-text triggers: staged, and moved in one statement (see StagingTable). The table is empty,
    // so they get the ids 1, 2, 3... in the order they were made.
    auto stagedIncidents = std::make_unique<StagingTable>(
        db, QStringLiteral("incident"),
        QStringList{QStringLiteral("team_id"), QStringLiteral("title"), QStringLiteral("severity"),
                    QStringLiteral("status"), QStringLiteral("service"), QStringLiteral("started_at"),
                    QStringLiteral("detected_at"), QStringLiteral("mitigated_at"), QStringLiteral("resolved_at"),
                    QStringLiteral("summary"), QStringLiteral("customer_impact")});
    if (!stagedIncidents->isReady())
        return R::failure(stagedIncidents->error());
    BulkInsert &insertIncident = stagedIncidents->row();
    for (const BulkInsert *insert : {&insertTeam, &insertMember}) {
        if (!insert->isReady())
            return R::failure(insert->error());
    }
    // A time, or NULL when unknown.
    const auto bindTime = [](BulkInsert &insert, int position, const QDateTime &time) {
        if (time.isValid())
            insert.bind(position, time.toSecsSinceEpoch());
        else
            insert.bindNull(position);
    };

    auto addTeam = [&](qint64 parentId, const QString &name, const QString &description) -> qint64 {
        insertTeam.bindId(0, parentId);
        insertTeam.bind(1, name);
        insertTeam.bind(2, description);
        if (const Status status = insertTeam.exec(); !status) {
            error = status.error();
            return 0;
        }
        ++summary.teams;
        return insertTeam.lastInsertId();
    };

    // Departments, then their teams. Small: the first three departments with 4, 3 and 3 teams.
    struct TeamInfo
    {
        qint64 id;
        QString name;
        QStringList services;
    };
    QList<TeamInfo> teams;
    QList<qint64> departments;
    int teamWord = 0;
    for (int d = 0; d < departmentCount; ++d) {
        QString name = QString::fromUtf8(departmentNames[size_t(d) % departmentNames.size()]);
        if (large && d >= int(departmentNames.size()))
            name += QStringLiteral(" %1").arg(d / int(departmentNames.size()) + 1);
        const qint64 departmentId = addTeam(0, name, tr("Department"));
        if (departmentId == 0)
            return R::failure(error);
        departments.append(departmentId);
        ++summary.departments;
        const int count = large ? teamsPerDepartment : (d == 0 ? 4 : 3);
        for (int t = 0; t < count; ++t, ++teamWord) {
            QString teamName = QString::fromUtf8(teamNames[size_t(teamWord) % teamNames.size()]);
            if (large && teamWord >= int(teamNames.size()))
                teamName += QStringLiteral(" %1").arg(teamWord / int(teamNames.size()) + 1);
            const qint64 id = addTeam(departmentId, teamName, tr("Part of %1").arg(name));
            if (id == 0)
                return R::failure(error);
            TeamInfo info{id, teamName, {}};
            const QString base = QString::fromUtf8(teamNames[size_t(teamWord) % teamNames.size()]);
            for (int s = 0; s < 2; ++s)
                info.services.append(
                    serviceName(base, serviceSuffixes[random.bounded(quint32(serviceSuffixes.size()))]));
            teams.append(info);
        }
    }

    // People: every team gets a manager first, then engineers round-robin; a few have left (inactive).
    for (int m = 0; m < membersTotal; ++m) {
        const TeamInfo &team = teams[m % teams.size()];
        const bool manager = m < teams.size();
        const QString name = pick(random, firstNames) + QLatin1Char(' ') + pick(random, lastNames);
        insertMember.bind(0, team.id);
        insertMember.bind(1, name);
        insertMember.bind(2, manager ? QStringLiteral("Engineering manager") : pick(random, roles));
        insertMember.bind(3, manager ? 1 : 0);
        insertMember.bind(4, random.bounded(20) == 0 ? 0 : 1);
        if (const Status status = insertMember.exec(); !status)
            return R::failure(status.error());
        ++summary.members;
    }

    // Incidents, spread over the period; recent ones may still be open or mitigated.
    for (int n = 0; n < incidentsTotal; ++n) {
        const TeamInfo &team = teams[random.bounded(int(teams.size()))];
        const QString service = team.services[random.bounded(int(team.services.size()))];
        const int roll = random.bounded(100);
        const int severity = roll < 5 ? 1 : roll < 20 ? 2 : roll < 65 ? 3 : 4;
        const qint64 startOffset = qint64(random.bounded(days * 24 * 60)) * 60; // seconds before `end`
        const QDateTime started = end.addSecs(-startOffset - 3600);
        // Time to detect: mostly minutes, sometimes hours; more severe incidents get noticed sooner.
        const qint64 detect = 60 * (1 + qint64(std::pow(random.generateDouble(), 3) * (severity * 45)));
        const qint64 mitigate = 60 * (5 + qint64(std::pow(random.generateDouble(), 2) * 240));
        const qint64 resolve = 60 * (10 + qint64(std::pow(random.generateDouble(), 2) * 3 * 24 * 60));
        const QDateTime detected = started.addSecs(detect);
        QDateTime mitigated = detected.addSecs(mitigate);
        QDateTime resolved = mitigated.addSecs(resolve);
        int status = 2;
        if (resolved > end || random.bounded(200) == 0) {
            status = mitigated > end ? 0 : 1;
            resolved = {};
            if (status == 0)
                mitigated = {};
        }
        insertIncident.bind(0, team.id);
        insertIncident.bind(
            1, QString::fromUtf8(titleTemplates[random.bounded(quint32(titleTemplates.size()))]).arg(service));
        insertIncident.bind(2, severity);
        insertIncident.bind(3, status);
        insertIncident.bind(4, service);
        bindTime(insertIncident, 5, started);
        bindTime(insertIncident, 6, detected);
        bindTime(insertIncident, 7, mitigated);
        bindTime(insertIncident, 8, resolved);
        insertIncident.bind(
            9, QString::fromUtf8(summaryTemplates[random.bounded(quint32(summaryTemplates.size()))]).arg(service));
        insertIncident.bind(10, QString::fromUtf8(impactTemplates[size_t(4 - severity)]));
        if (const Status written = stagedIncidents->add(); !written)
            return R::failure(written.error());
        ++summary.incidents;
    }
    if (const Status moved = stagedIncidents->moveToTarget(); !moved)
        return R::failure(moved.error());
    stagedIncidents.reset(); // drops the TEMP table inside the transaction

    if (const Status status = transaction.commit(); !status)
        return R::failure(status.error());

    const Result<DemoPostmortems::Summary> sessions = DemoPostmortems::create(database, options.seed, today);
    if (!sessions)
        return R::failure(sessions.error());
    summary.postmortems = sessions->postmortems;
    summary.retros = sessions->retros;

    // The large organisation has years of postmortems behind it, after the story sessions.
    if (large && options.withHistory) {
        DemoHistory::Options history;
        history.seed = options.seed;
        history.today = today;
        const Result<DemoHistory::Summary> past = DemoHistory::create(database, history);
        if (!past)
            return R::failure(past.error());
        summary.postmortems += past->postmortems;
    }

    if (options.withSurveys) {
        const Result<DemoSurveys::Summary> surveys = DemoSurveys::create(database, options.seed, today);
        if (!surveys)
            return R::failure(surveys.error());
        summary.waves = surveys->waves;
        summary.surveyAnswers = surveys->answers;
    }

    // Statistics for the query planner (sqlite_stat1), so the first queries on the large tables choose their indexes
    // from the real row counts. It only helps, so a failure is not one of the demo's. The small scale stays without,
    // as the files users start with are.
    if (large)
        sql::run(q, QStringLiteral("ANALYZE"), {}, nullptr);
    return summary;
}

} // namespace candor
