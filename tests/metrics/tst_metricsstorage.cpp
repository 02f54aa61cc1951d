// The data behind the incident metrics, read from a real temporary SQLite file: IncidentRepository::periodFacts
// (a team's subtree, the period's bounds, finished postmortems, their action items) and the list's order by time
// to detect and time to resolve, whose unknown values must keep keyset paging exact.
#include "common/TestData.h"
#include "metrics/IncidentMetrics.h"
#include "storage/PostmortemRepository.h"

#include <QHash>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <memory>
#include <optional>
#include <tuple>

using namespace candor;
using namespace candor::testdata;

namespace {

// Local time, so the calendar day of a done time does not depend on the machine's time zone.
QDateTime localNoon(const QDate &date)
{
    return QDateTime(date, QTime(12, 0), Qt::LocalTime);
}

QList<qint64> startsOf(const QList<IncidentTimes> &incidents)
{
    QList<qint64> starts;
    for (const IncidentTimes &incident : incidents)
        starts.append(incident.started.toSecsSinceEpoch());
    std::sort(starts.begin(), starts.end());
    return starts;
}

} // namespace

class TestMetricsStorage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void periodFacts_data();
    void periodFacts();
    void periodFactsTimes();
    void durationOrder_data();
    void durationOrder();

private:
    void addIncident(const QString &name, const QString &team, int hour, Severity severity, bool resolved);
    qint64 addPostmortem(const QString &incident, Phase phase);
    void addAction(qint64 session, ActionStatus status, const QDate &due, const QDateTime &done = {});

    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<PostmortemRepository> m_postmortems;
    QHash<QString, qint64> m_teams;
    QHash<QString, qint64> m_incidents;
    QHash<QString, Incident> m_stored;
};

// Platform > Databases > Replication, and Payments apart. The period is March 2024 (UTC), [at(0), at(31 * 24)).
void TestMetricsStorage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(m_dir.isValid(), qPrintable(m_dir.errorString()));
    m_store = std::make_unique<Store>(m_dir.filePath(QStringLiteral("metrics.sqlite")));
    QVERIFY2(m_store->status.ok(), qPrintable(m_store->status.error()));
    m_postmortems = std::make_unique<PostmortemRepository>(m_store->database);

    const struct
    {
        const char *name;
        const char *parent;
    } tree[] = {{"Platform", nullptr},
                {"Databases", "Platform"},
                {"Replication", "Databases"},
                {"Build", "Platform"},
                {"Payments", nullptr}};
    for (const auto &entry : tree) {
        const QString name = QString::fromUtf8(entry.name);
        const qint64 parent = entry.parent ? m_teams.value(QString::fromUtf8(entry.parent)) : 0;
        const Result<qint64> id = m_store->teams.insertTeam(makeTeam(name, parent));
        QVERIFY2(id.ok(), qPrintable(id.error()));
        m_teams.insert(name, *id);
    }

    addIncident(QStringLiteral("first moment"), QStringLiteral("Databases"), 0, Severity::Sev3, true);
    addIncident(QStringLiteral("disk full"), QStringLiteral("Databases"), 10, Severity::Sev2, true);
    addIncident(QStringLiteral("replica lag"), QStringLiteral("Replication"), 48, Severity::Sev2, false);
    addIncident(QStringLiteral("deploy stuck"), QStringLiteral("Platform"), 100, Severity::Sev1, true);
    addIncident(QStringLiteral("card outage"), QStringLiteral("Payments"), 20, Severity::Sev1, true);
    addIncident(QStringLiteral("the day before"), QStringLiteral("Databases"), -1, Severity::Sev4, true);
    addIncident(QStringLiteral("the first moment after"), QStringLiteral("Databases"), 31 * 24, Severity::Sev4, true);

    // "disk full": finished, with one action item in each state.
    const qint64 diskFull = addPostmortem(QStringLiteral("disk full"), Phase::Finished);
    const QDate due(2024, 3, 10);
    addAction(diskFull, ActionStatus::Done, due, localNoon(due));
    addAction(diskFull, ActionStatus::Done, due, localNoon(due.addDays(3)));
    addAction(diskFull, ActionStatus::Open, due);
    addAction(diskFull, ActionStatus::InProgress, QDate(2099, 1, 1));
    addAction(diskFull, ActionStatus::Dropped, due);
    // "replica lag": still in the factors phase; its action counts, the postmortem does not.
    addAction(addPostmortem(QStringLiteral("replica lag"), Phase::Factors), ActionStatus::Done, QDate(),
              localNoon(due));
    // Outside the period, and another department: counted only where they belong.
    addAction(addPostmortem(QStringLiteral("the day before"), Phase::Finished), ActionStatus::Open, due);
    addAction(addPostmortem(QStringLiteral("card outage"), Phase::Finished), ActionStatus::Open, QDate());
}

void TestMetricsStorage::addIncident(const QString &name, const QString &team, int hour, Severity severity,
                                     bool resolved)
{
    Incident incident = makeIncident(m_teams.value(team), name, 0);
    incident.severity = severity;
    incident.started = at(hour);
    incident.detected = at(hour, 5 + hour % 7);
    incident.status = resolved ? IncidentStatus::Resolved : IncidentStatus::Open;
    incident.mitigated = resolved ? at(hour, 30) : QDateTime();
    incident.resolved = resolved ? at(hour + 2, hour % 11) : QDateTime();
    const Result<qint64> id = m_store->incidents.insert(incident);
    QVERIFY2(id.ok(), qPrintable(id.error()));
    incident.id = *id;
    m_incidents.insert(name, *id);
    m_stored.insert(name, incident);
}

qint64 TestMetricsStorage::addPostmortem(const QString &incident, Phase phase)
{
    Session session;
    session.kind = SessionKind::Postmortem;
    session.incidentId = m_incidents.value(incident);
    session.teamId = m_stored.value(incident).teamId;
    const Result<qint64> id = m_postmortems->insertSession(session);
    if (!id) {
        qWarning("%s", qPrintable(id.error()));
        return 0;
    }
    if (phase != Phase::Opening) {
        PhaseLogEntry entry;
        entry.at = QDateTime::currentDateTimeUtc();
        entry.phase = phase;
        const Status status = m_postmortems->changePhase(*id, phase, {}, entry);
        if (!status)
            qWarning("%s", qPrintable(status.error()));
    }
    return *id;
}

void TestMetricsStorage::addAction(qint64 session, ActionStatus status, const QDate &due, const QDateTime &done)
{
    QVERIFY(session > 0);
    ActionItem action;
    action.sessionId = session;
    action.text = QStringLiteral("Alert on disk usage above 80%");
    action.ownerTeamId = m_teams.value(QStringLiteral("Databases"));
    action.status = status;
    action.due = due;
    action.done = done;
    const Result<qint64> id = m_postmortems->insertAction(action);
    QVERIFY2(id.ok(), qPrintable(id.error()));
}

void TestMetricsStorage::periodFacts_data()
{
    QTest::addColumn<QString>("team"); // empty: every team
    QTest::addColumn<bool>("bounded");
    QTest::addColumn<QStringList>("incidents");
    QTest::addColumn<int>("completedPostmortems");
    QTest::addColumn<int>("actions");
    QTest::addColumn<int>("doneOnTime");
    QTest::addColumn<int>("doneLate");
    QTest::addColumn<int>("overdue");

    const QStringList platformInMarch = {QStringLiteral("first moment"), QStringLiteral("disk full"),
                                         QStringLiteral("replica lag"), QStringLiteral("deploy stuck")};
    QTest::newRow("department: sub-teams included, start inclusive, end exclusive")
        << QStringLiteral("Platform") << true << platformInMarch << 1 << 6 << 2 << 1 << 1;
    QTest::newRow("team with a sub-team")
        << QStringLiteral("Databases") << true
        << QStringList{QStringLiteral("first moment"), QStringLiteral("disk full"), QStringLiteral("replica lag")} << 1
        << 6 << 2 << 1 << 1;
    QTest::newRow("leaf team") << QStringLiteral("Replication") << true << QStringList{QStringLiteral("replica lag")}
                               << 0 << 1 << 1 << 0 << 0;
    QTest::newRow("team without incidents")
        << QStringLiteral("Build") << true << QStringList{} << 0 << 0 << 0 << 0 << 0;
    QTest::newRow("another department") << QStringLiteral("Payments") << true
                                        << QStringList{QStringLiteral("card outage")} << 1 << 1 << 0 << 0 << 0;
    QTest::newRow("every team") << QString() << true << platformInMarch + QStringList{QStringLiteral("card outage")}
                                << 2 << 7 << 2 << 1 << 1;
    QTest::newRow("department, no bounds")
        << QStringLiteral("Platform") << false
        << platformInMarch + QStringList{QStringLiteral("the day before"), QStringLiteral("the first moment after")}
        << 2 << 7 << 2 << 1 << 2;
}

void TestMetricsStorage::periodFacts()
{
    QFETCH(QString, team);
    QFETCH(bool, bounded);
    QFETCH(QStringList, incidents);
    QFETCH(int, completedPostmortems);
    QFETCH(int, actions);
    QFETCH(int, doneOnTime);
    QFETCH(int, doneLate);
    QFETCH(int, overdue);

    const qint64 teamId = team.isEmpty() ? 0 : m_teams.value(team);
    const QDateTime from = bounded ? at(0) : QDateTime();
    const QDateTime to = bounded ? at(31 * 24) : QDateTime();
    const Result<PeriodFacts> facts = m_store->incidents.periodFacts(teamId, from, to);
    QVERIFY2(facts.ok(), qPrintable(facts.error()));

    QList<IncidentTimes> expected;
    for (const QString &name : std::as_const(incidents)) {
        const Incident &i = m_stored[name];
        expected.append({i.severity, i.started, i.detected, i.mitigated, i.resolved});
    }
    QCOMPARE(startsOf(facts->incidents), startsOf(expected));
    QCOMPARE(facts->completedPostmortems, completedPostmortems);
    QCOMPARE(facts->actions.size(), actions);

    const ActionCounts counts = IncidentMetrics::countActions(facts->actions, QDate(2024, 4, 1));
    QCOMPARE(counts.total, actions);
    QCOMPARE(counts.doneOnTime, doneOnTime);
    QCOMPARE(counts.doneLate, doneLate);
    QCOMPARE(counts.overdue, overdue);
}

// Every time and the severity arrive as stored, so the figures computed from them equal those of the incidents.
void TestMetricsStorage::periodFactsTimes()
{
    const Result<PeriodFacts> facts =
        m_store->incidents.periodFacts(m_teams.value(QStringLiteral("Databases")), at(0), at(31 * 24));
    QVERIFY2(facts.ok(), qPrintable(facts.error()));
    QCOMPARE(facts->incidents.size(), 3);
    for (const IncidentTimes &times : facts->incidents) {
        const auto match = std::find_if(m_stored.cbegin(), m_stored.cend(),
                                        [&](const Incident &i) { return i.started == times.started; });
        QVERIFY(match != m_stored.cend());
        QCOMPARE(times.severity, match->severity);
        QCOMPARE(times.detected, match->detected);
        QCOMPARE(times.mitigated, match->mitigated);
        QCOMPARE(times.resolved, match->resolved);
    }
    const TeamMetrics metrics = IncidentMetrics::team(*facts, QDate(2024, 4, 1));
    QCOMPARE(metrics.count(Severity::Sev2), 2);
    QCOMPARE(metrics.timeToResolve.counted, 2);
    QCOMPARE(metrics.timeToResolve.excluded, 1); // replica lag is open
    QCOMPARE(metrics.timeToDetect.excluded, 0);
    QCOMPARE(metrics.meanSecondsBetweenFailures.value_or(-1), 24.0 * 3600); // starts at 0 h, 10 h and 48 h
}

void TestMetricsStorage::durationOrder_data()
{
    QTest::addColumn<int>("key");
    QTest::addColumn<bool>("descending");
    QTest::addColumn<int>("pageSize");

    for (int pageSize : {1, 2, 100}) {
        for (bool descending : {false, true}) {
            QTest::addRow("time to detect, %s, pages of %d", descending ? "descending" : "ascending", pageSize)
                << int(IncidentSortKey::TimeToDetect) << descending << pageSize;
            QTest::addRow("time to resolve, %s, pages of %d", descending ? "descending" : "ascending", pageSize)
                << int(IncidentSortKey::TimeToResolve) << descending << pageSize;
        }
    }
}

// Known durations in order, ties by id; an unknown one after every known one (ascending). Walking by keyset in
// pages, forwards and backwards, and every position, agree with that order, also across the unknown values.
void TestMetricsStorage::durationOrder()
{
    QFETCH(int, key);
    QFETCH(bool, descending);
    QFETCH(int, pageSize);

    // A separate file with ties and unknown values on both keys.
    Store store(m_dir.filePath(QStringLiteral("order-%1-%2-%3.sqlite").arg(key).arg(descending).arg(pageSize)));
    QVERIFY2(store.status.ok(), qPrintable(store.status.error()));
    const qint64 team = store.teams.insertTeam(makeTeam(QStringLiteral("Payments"))).value();
    QList<Incident> all;
    for (int n = 0; n < 12; ++n) {
        Incident incident = makeIncident(team, QStringLiteral("Incident %1").arg(n), n);
        incident.detected = n % 4 == 0 ? QDateTime() : incident.started.addSecs(60 * (n % 3));
        incident.id = store.incidents.insert(incident).value();
        all.append(incident);
    }
    const IncidentOrder order{static_cast<IncidentSortKey>(key), descending};
    auto duration = [&order](const Incident &i) {
        return order.key == IncidentSortKey::TimeToDetect ? IncidentMetrics::timeToDetect(i)
                                                          : IncidentMetrics::timeToResolve(i);
    };
    std::sort(all.begin(), all.end(), [&](const Incident &a, const Incident &b) {
        const std::optional<qint64> da = duration(a);
        const std::optional<qint64> db = duration(b);
        const auto ka = std::make_tuple(!da.has_value(), da.value_or(0), a.id);
        const auto kb = std::make_tuple(!db.has_value(), db.value_or(0), b.id);
        return descending ? kb < ka : ka < kb;
    });
    QList<qint64> expected;
    for (const Incident &incident : std::as_const(all))
        expected.append(incident.id);
    QVERIFY(std::any_of(all.cbegin(), all.cend(), [&](const Incident &i) { return !duration(i); }));

    auto ids = [](const QList<IncidentRow> &rows) {
        QList<qint64> list;
        for (const IncidentRow &row : rows)
            list.append(row.id);
        return list;
    };
    QCOMPARE(ids(store.incidents.rows({}, order, std::nullopt, 0, 1000)), expected);

    QList<qint64> forwards;
    std::optional<IncidentRow> anchor;
    for (int guard = 0; guard <= expected.size(); ++guard) {
        const QList<IncidentRow> page = store.incidents.rows({}, order, anchor, 0, pageSize);
        forwards += ids(page);
        if (page.size() < pageSize)
            break;
        anchor = page.last();
    }
    QCOMPARE(forwards, expected);

    QList<qint64> backwards;
    anchor.reset();
    for (int guard = 0; guard <= expected.size(); ++guard) {
        const QList<IncidentRow> page = store.incidents.rows({}, order, anchor, 0, pageSize, true);
        backwards = ids(page) + backwards;
        if (page.size() < pageSize)
            break;
        anchor = page.first();
    }
    QCOMPARE(backwards, expected);

    for (int index = 0; index < expected.size(); ++index)
        QCOMPARE(store.incidents.position({}, order, all.at(index)), index);
}

QTEST_GUILESS_MAIN(TestMetricsStorage)
#include "tst_metricsstorage.moc"
