// IncidentRepository against real temporary SQLite files (or, in the _pg variant, fresh PostgreSQL databases): writes,
// rules, change signals, and the incident list's paging, filters and positions over a data set of 1000 incidents,
// compared with the same computed without SQL.
#include "common/TestData.h"
#include "common/TestDatabase.h"

#include <QHash>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace candor;
using namespace candor::testdata;

Q_DECLARE_METATYPE(candor::IncidentFilter)
Q_DECLARE_METATYPE(candor::IncidentSortKey)

namespace {

QList<qint64> idsOf(const QList<IncidentRow> &rows)
{
    QList<qint64> ids;
    ids.reserve(rows.size());
    for (const IncidentRow &row : rows)
        ids.append(row.id);
    return ids;
}

QString keyName(IncidentSortKey key)
{
    switch (key) {
    case IncidentSortKey::Started:
        return QStringLiteral("started");
    case IncidentSortKey::Title:
        return QStringLiteral("title");
    case IncidentSortKey::Team:
        return QStringLiteral("team");
    case IncidentSortKey::Severity:
        return QStringLiteral("severity");
    case IncidentSortKey::Status:
        return QStringLiteral("status");
    case IncidentSortKey::Service:
        return QStringLiteral("service");
    case IncidentSortKey::TimeToDetect:
        return QStringLiteral("time to detect");
    case IncidentSortKey::TimeToResolve:
        return QStringLiteral("time to resolve");
    }
    return {};
}

const IncidentSortKey allKeys[] = {
    IncidentSortKey::Started, IncidentSortKey::Title,   IncidentSortKey::Team,         IncidentSortKey::Severity,
    IncidentSortKey::Status,  IncidentSortKey::Service, IncidentSortKey::TimeToDetect, IncidentSortKey::TimeToResolve};

template <typename T>
int threeWay(const T &a, const T &b)
{
    return a < b ? -1 : (b < a ? 1 : 0);
}

// Seconds from the start; an unknown duration after every known one.
int durationOrder(const QDateTime &startA, const QDateTime &endA, const QDateTime &startB, const QDateTime &endB)
{
    if (!endA.isValid() || !endB.isValid())
        return threeWay(!endA.isValid(), !endB.isValid());
    return threeWay(startA.secsTo(endA), startB.secsTo(endB));
}

// The documented order, computed without SQL: the key (title and service ignore ASCII case, team names compare
// exactly; durations put unknown ones after every known one), then the id; descending reverses both. The paging data
// set is ASCII, so this matches COLLATE NOCASE.
bool comesBefore(const IncidentOrder &order, const IncidentRow &a, const IncidentRow &b)
{
    int c = 0;
    switch (order.key) {
    case IncidentSortKey::Started:
        c = threeWay(a.started.toSecsSinceEpoch(), b.started.toSecsSinceEpoch());
        break;
    case IncidentSortKey::Title:
        c = a.title.compare(b.title, Qt::CaseInsensitive);
        break;
    case IncidentSortKey::Team:
        c = a.teamName.compare(b.teamName, Qt::CaseSensitive);
        break;
    case IncidentSortKey::Severity:
        c = threeWay(int(a.severity), int(b.severity));
        break;
    case IncidentSortKey::Status:
        c = threeWay(int(a.status), int(b.status));
        break;
    case IncidentSortKey::Service:
        c = a.service.compare(b.service, Qt::CaseInsensitive);
        break;
    case IncidentSortKey::TimeToDetect:
        c = durationOrder(a.started, a.detected, b.started, b.detected);
        break;
    case IncidentSortKey::TimeToResolve:
        c = durationOrder(a.started, a.resolved, b.started, b.resolved);
        break;
    }
    if (c == 0)
        c = threeWay(a.id, b.id);
    return order.descending ? c > 0 : c < 0;
}

} // namespace

class TestIncidentRepository : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase() { testdb::dropAll(); }
    void init();
    void cleanup();

    // Incidents
    void incidentInsertGetUpdateRemove();
    void incidentRefused();
    void pagesMatchFullList_data();
    void pagesMatchFullList();
    void filterMembership_data();
    void filterMembership();
    void rowsEdgeCases();

private:
    QString newPath();
    void buildPagingData();
    QList<qint64> expectedIds(const IncidentFilter &filter, const IncidentOrder &order) const;
    bool expectedMatch(const IncidentFilter &filter, const Incident &incident) const;

    QTemporaryDir m_dir;
    int m_files = 0;
    std::unique_ptr<Store> m_store;

    // A read-only data set of 1000 incidents for the paging and filter tests, built once.
    std::unique_ptr<Store> m_paging;
    QHash<QString, qint64> m_pagingTeams;
    QHash<qint64, qint64> m_parentOf;
    QHash<qint64, QString> m_teamNames;
    QHash<qint64, Incident> m_pagingIncidents;
};

void TestIncidentRepository::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(m_dir.isValid(), qPrintable(m_dir.errorString()));
    buildPagingData();
}

void TestIncidentRepository::init()
{
    m_store = std::make_unique<Store>(newPath());
    QVERIFY2(m_store->status.ok(), qPrintable(m_store->status.error()));
}

void TestIncidentRepository::cleanup()
{
    m_store.reset();
}

QString TestIncidentRepository::newPath()
{
    return testdb::location(m_dir, QStringLiteral("db-%1").arg(++m_files));
}

// ---- Incidents ----

void TestIncidentRepository::incidentInsertGetUpdateRemove()
{
    TeamRepository &teams = m_store->teams;
    IncidentRepository &incidents = m_store->incidents;
    const qint64 payments = teams.insertTeam(makeTeam(QStringLiteral("Payments"))).value();
    const qint64 billing = teams.insertTeam(makeTeam(QStringLiteral("Billing"))).value();
    QSignalSpy inserted(&incidents, &IncidentRepository::inserted);
    QSignalSpy updated(&incidents, &IncidentRepository::updated);
    QSignalSpy removed(&incidents, &IncidentRepository::removed);

    Incident incident = makeIncident(payments, QStringLiteral("Card payments failing"));
    const Result<qint64> id = incidents.insert(incident);
    QVERIFY2(id.ok(), qPrintable(id.error()));
    incident.id = *id;
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.at(0).at(0).value<Incident>(), incident);
    const Incident stored = incidents.incident(incident.id).value();
    QCOMPARE(stored, incident);
    QCOMPARE(stored.started.timeSpec(), Qt::UTC);

    const QList<IncidentRow> rows = incidents.rows({}, {}, std::nullopt, 0, 10);
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.first().id, incident.id);
    QCOMPARE(rows.first().teamName, QStringLiteral("Payments"));
    QCOMPARE(rows.first().resolved, incident.resolved);

    // Every field changes, and the optional times can be cleared again.
    Incident edited = incident;
    edited.teamId = billing;
    edited.title = QStringLiteral("Invoices not sent");
    edited.severity = Severity::Sev4;
    edited.status = IncidentStatus::Open;
    edited.service = QStringLiteral("invoice-worker");
    edited.started = at(30);
    edited.detected = QDateTime();
    edited.mitigated = QDateTime();
    edited.resolved = QDateTime();
    edited.summary = QStringLiteral("Still looking.");
    edited.customerImpact = QStringLiteral("Invoices are late.");
    const Status update = incidents.update(edited);
    QVERIFY2(update.ok(), qPrintable(update.error()));
    QCOMPARE(updated.count(), 1);
    QCOMPARE(updated.at(0).at(0).value<Incident>(), incident);
    QCOMPARE(updated.at(0).at(1).value<Incident>(), edited);
    QCOMPARE(incidents.incident(incident.id).value(), edited);
    QVERIFY(!incidents.incident(incident.id)->resolved.isValid());

    const Status removal = incidents.remove(incident.id);
    QVERIFY2(removal.ok(), qPrintable(removal.error()));
    QCOMPARE(removed.count(), 1);
    QCOMPARE(removed.at(0).at(0).value<Incident>(), edited);
    QVERIFY(!incidents.incident(incident.id).ok());
    QCOMPARE(incidents.count({}), 0);
    QVERIFY(!incidents.remove(incident.id).ok());
    QVERIFY(!incidents.update(edited).ok());
    QCOMPARE(removed.count(), 1);
    QCOMPARE(updated.count(), 1);

    // Undo of a removal restores the same id.
    const Result<qint64> restored = incidents.insert(edited);
    QVERIFY2(restored.ok(), qPrintable(restored.error()));
    QCOMPARE(*restored, incident.id);
    QCOMPARE(incidents.incident(incident.id).value(), edited);
}

void TestIncidentRepository::incidentRefused()
{
    IncidentRepository &incidents = m_store->incidents;
    const qint64 payments = m_store->teams.insertTeam(makeTeam(QStringLiteral("Payments"))).value();
    QSignalSpy inserted(&incidents, &IncidentRepository::inserted);

    const Result<qint64> missingTeam = incidents.insert(makeIncident(payments + 1000, QStringLiteral("Orphan")));
    QVERIFY(!missingTeam.ok());
    QVERIFY(!missingTeam.error().isEmpty());

    Incident backwards = makeIncident(payments, QStringLiteral("Resolved before it started"));
    backwards.resolved = backwards.started.addSecs(-60);
    QVERIFY(!incidents.insert(backwards).ok());

    QCOMPARE(inserted.count(), 0);
    QCOMPARE(incidents.count({}), 0);
}

void TestIncidentRepository::buildPagingData()
{
    m_paging = std::make_unique<Store>(newPath());
    QVERIFY2(m_paging->status.ok(), qPrintable(m_paging->status.error()));
    TeamRepository &teams = m_paging->teams;

    // Platform > Databases > Replication gives a grandchild; "data science" sorts apart from NOCASE order.
    const struct
    {
        const char *name;
        const char *parent;
    } tree[] = {{"Platform", nullptr},     {"Build and release", "Platform"}, {"data science", "Platform"},
                {"Databases", "Platform"}, {"Replication", "Databases"},      {"Payments", nullptr},
                {"Billing", "Payments"},   {"Checkout", "Payments"},          {"Support", nullptr}};
    for (const auto &entry : tree) {
        const QString name = QString::fromUtf8(entry.name);
        const qint64 parent = entry.parent ? m_pagingTeams.value(QString::fromUtf8(entry.parent)) : 0;
        const Result<qint64> id = teams.insertTeam(makeTeam(name, parent));
        QVERIFY2(id.ok(), qPrintable(id.error()));
        m_pagingTeams.insert(name, *id);
        m_parentOf.insert(*id, parent);
        m_teamNames.insert(*id, name);
    }

    // Few distinct values per column, so every order has long runs of ties that only the id breaks.
    const QStringList titles = {
        QStringLiteral("Disk full on db hosts"),       QStringLiteral("disk full on DB hosts"),
        QStringLiteral("Error rate 50% above normal"), QStringLiteral("Error rate 500 above normal"),
        QStringLiteral("snake_case job failed"),       QStringLiteral("snakeXcase job failed"),
        QStringLiteral("Latency spike in checkout"),   QStringLiteral("latency spike in Checkout"),
        QStringLiteral("alpha rollout stalled"),       QStringLiteral("Zebra feed outage"),
        QStringLiteral("Certificate expired"),         QStringLiteral("Backslash \\ in config path")};
    const QStringList services = {QString(),
                                  QStringLiteral(""),
                                  QStringLiteral("api"),
                                  QStringLiteral("API"),
                                  QStringLiteral("worker"),
                                  QStringLiteral("queue_1"),
                                  QStringLiteral("queue-1"),
                                  QStringLiteral("billing-db")};
    const QStringList summaries = {QStringLiteral(""), QStringLiteral("Root cause: 100% CPU on one host."),
                                   QStringLiteral("A cache_miss storm after a deploy."),
                                   QStringLiteral("Nothing notable.")};
    QList<qint64> teamIds = m_teamNames.keys();
    std::sort(teamIds.begin(), teamIds.end()); // QHash order differs between runs; the data set must not

    QRandomGenerator random(20240301);
    for (int n = 0; n < 1000; ++n) {
        Incident incident;
        incident.teamId = teamIds[random.bounded(int(teamIds.size()))];
        incident.title = titles[random.bounded(int(titles.size()))];
        incident.severity = static_cast<Severity>(1 + random.bounded(4));
        incident.status = static_cast<IncidentStatus>(random.bounded(3));
        // Null and empty texts both occur; both are stored as ''.
        incident.service = services[random.bounded(int(services.size()))];
        incident.summary = summaries[random.bounded(int(summaries.size()))];
        incident.customerImpact = QStringLiteral("");
        incident.started = at(random.bounded(150));
        // Few distinct detection delays, and some unknown, without drawing from the generator (same data set).
        incident.detected = n % 9 == 0 ? QDateTime() : incident.started.addSecs(300 * (n % 4));
        if (incident.status != IncidentStatus::Open)
            incident.mitigated = incident.started.addSecs(1800);
        if (incident.status == IncidentStatus::Resolved)
            incident.resolved = incident.started.addSecs(7200);
        const Result<qint64> id = m_paging->incidents.insert(incident);
        QVERIFY2(id.ok(), qPrintable(id.error()));
        incident.id = *id;
        m_pagingIncidents.insert(incident.id, incident);
    }
}

bool TestIncidentRepository::expectedMatch(const IncidentFilter &filter, const Incident &incident) const
{
    if (filter.teamId > 0) {
        qint64 team = incident.teamId;
        while (team != 0 && team != filter.teamId)
            team = m_parentOf.value(team);
        if (team != filter.teamId)
            return false;
    }
    if (filter.severity && incident.severity != *filter.severity)
        return false;
    if (filter.status && incident.status != *filter.status)
        return false;
    // The search box: every typed word's letters and digits must start a run of words (case ignored) in the title,
    // the service or the summary; a typed word of punctuation alone is left out; text with none left finds nothing.
    const auto words = [](const QString &text) {
        QStringList result;
        QString word;
        for (const QChar c : text) {
            if (c.isLetterOrNumber()) {
                word += c.toLower();
            } else if (!word.isEmpty()) {
                result.append(word);
                word.clear();
            }
        }
        if (!word.isEmpty())
            result.append(word);
        return result;
    };
    const auto startsRun = [](const QStringList &tokens, const QStringList &phrase) {
        for (qsizetype at = 0; at + phrase.size() <= tokens.size(); ++at) {
            bool found = true;
            for (qsizetype k = 0; k < phrase.size() && found; ++k)
                found = k + 1 < phrase.size() ? tokens[at + k] == phrase[k] : tokens[at + k].startsWith(phrase[k]);
            if (found)
                return true;
        }
        return false;
    };
    const QStringList typed = filter.text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (typed.isEmpty())
        return true;
    bool searched = false;
    for (const QString &part : typed) {
        const QStringList phrase = words(part);
        if (phrase.isEmpty())
            continue;
        searched = true;
        if (!startsRun(words(incident.title), phrase) && !startsRun(words(incident.service), phrase) &&
            !startsRun(words(incident.summary), phrase))
            return false;
    }
    return searched;
}

QList<qint64> TestIncidentRepository::expectedIds(const IncidentFilter &filter, const IncidentOrder &order) const
{
    QList<IncidentRow> rows;
    for (const Incident &incident : m_pagingIncidents) {
        if (!expectedMatch(filter, incident))
            continue;
        IncidentRow row;
        row.id = incident.id;
        row.teamId = incident.teamId;
        row.teamName = m_teamNames.value(incident.teamId);
        row.title = incident.title;
        row.severity = incident.severity;
        row.status = incident.status;
        row.service = incident.service;
        row.started = incident.started;
        row.detected = incident.detected;
        row.mitigated = incident.mitigated;
        row.resolved = incident.resolved;
        rows.append(row);
    }
    std::sort(rows.begin(), rows.end(),
              [&order](const IncidentRow &a, const IncidentRow &b) { return comesBefore(order, a, b); });
    return idsOf(rows);
}

void TestIncidentRepository::pagesMatchFullList_data()
{
    QTest::addColumn<IncidentFilter>("filter");
    QTest::addColumn<IncidentSortKey>("key");
    QTest::addColumn<bool>("descending");

    QList<QPair<QString, IncidentFilter>> filters;
    filters.append({QStringLiteral("all incidents"), IncidentFilter()});
    IncidentFilter department;
    department.teamId = m_pagingTeams.value(QStringLiteral("Platform"));
    filters.append({QStringLiteral("department with sub-teams"), department});
    IncidentFilter leaf;
    leaf.teamId = m_pagingTeams.value(QStringLiteral("Billing"));
    filters.append({QStringLiteral("leaf team"), leaf});
    IncidentFilter severity;
    severity.severity = Severity::Sev2;
    filters.append({QStringLiteral("SEV2"), severity});
    IncidentFilter status;
    status.status = IncidentStatus::Mitigated;
    filters.append({QStringLiteral("mitigated"), status});
    IncidentFilter text;
    text.text = QStringLiteral("disk");
    filters.append({QStringLiteral("text \"disk\""), text});
    IncidentFilter combined;
    combined.teamId = department.teamId;
    combined.status = IncidentStatus::Open;
    combined.text = QStringLiteral("latency");
    filters.append({QStringLiteral("department, open, text \"latency\""), combined});

    for (const auto &[filterName, filter] : std::as_const(filters)) {
        for (IncidentSortKey key : allKeys) {
            for (bool descending : {false, true}) {
                QTest::addRow("%s %s, %s", qPrintable(keyName(key)), descending ? "descending" : "ascending",
                              qPrintable(filterName))
                    << filter << key << descending;
            }
        }
    }
}

void TestIncidentRepository::pagesMatchFullList()
{
    QFETCH(IncidentFilter, filter);
    QFETCH(IncidentSortKey, key);
    QFETCH(bool, descending);

    const IncidentRepository &incidents = m_paging->incidents;
    const IncidentOrder order{key, descending};
    constexpr int pageSize = 100;
    const QList<IncidentRow> full = incidents.rows(filter, order, std::nullopt, 0, 100000);
    const QList<qint64> fullIds = idsOf(full);
    const int total = int(full.size());
    QVERIFY(total > 0);
    QCOMPARE(incidents.count(filter), total);
    QCOMPARE(fullIds, expectedIds(filter, order));

    // Forwards by keyset: each page starts after the last row of the previous one.
    QList<qint64> walked;
    std::optional<IncidentRow> anchor;
    for (int guard = 0; guard <= total / pageSize + 1; ++guard) {
        const QList<IncidentRow> page = incidents.rows(filter, order, anchor, 0, pageSize);
        QVERIFY(page.size() <= pageSize);
        walked += idsOf(page);
        if (page.size() < pageSize)
            break;
        anchor = page.last();
    }
    QCOMPARE(walked, fullIds);

    // Backwards by keyset from the end: each page ends before the first row of the following one.
    QList<qint64> walkedBack;
    anchor.reset();
    for (int guard = 0; guard <= total / pageSize + 1; ++guard) {
        const QList<IncidentRow> page = incidents.rows(filter, order, anchor, 0, pageSize, true);
        QVERIFY(page.size() <= pageSize);
        walkedBack = idsOf(page) + walkedBack;
        if (page.size() < pageSize)
            break;
        anchor = page.first();
    }
    QCOMPARE(walkedBack, fullIds);

    // Offset pages from either end, and an offset after an anchor.
    for (int offset = 0; offset < total; offset += pageSize) {
        QCOMPARE(idsOf(incidents.rows(filter, order, std::nullopt, offset, pageSize)), fullIds.mid(offset, pageSize));
        const int from = std::max(0, total - offset - pageSize);
        QCOMPARE(idsOf(incidents.rows(filter, order, std::nullopt, offset, pageSize, true)),
                 fullIds.mid(from, total - offset - from));
    }
    const int middle = total / 3;
    QCOMPARE(idsOf(incidents.rows(filter, order, full[middle], 5, pageSize)), fullIds.mid(middle + 6, pageSize));

    // The position of an incident is its index in the full list.
    QList<int> sample;
    for (int index = 0; index < total; index += 7)
        sample.append(index);
    sample.append(total - 1);
    for (int index : std::as_const(sample))
        QCOMPARE(incidents.position(filter, order, m_pagingIncidents[fullIds[index]]), index);

    // forEach hands over the same rows, in the same order.
    QList<qint64> visited;
    QVERIFY(incidents.forEach(filter, order, [&visited](const IncidentRow &row) { visited.append(row.id); }).ok());
    QCOMPARE(visited, fullIds);
}

void TestIncidentRepository::filterMembership_data()
{
    QTest::addColumn<IncidentFilter>("filter");
    QTest::addColumn<bool>("expectNone");

    auto team = [this](const char *name) {
        IncidentFilter filter;
        filter.teamId = m_pagingTeams.value(QString::fromUtf8(name));
        return filter;
    };
    auto text = [](const QString &value) {
        IncidentFilter filter;
        filter.text = value;
        return filter;
    };

    QTest::newRow("every incident") << IncidentFilter() << false;
    QTest::newRow("department includes sub-teams and grandchildren") << team("Platform") << false;
    QTest::newRow("team includes its sub-team") << team("Databases") << false;
    QTest::newRow("team whose parent is a team") << team("Replication") << false;
    QTest::newRow("top-level team without sub-teams") << team("Support") << false;
    for (int severity = 1; severity <= 4; ++severity) {
        IncidentFilter filter;
        filter.severity = static_cast<Severity>(severity);
        QTest::addRow("severity SEV%d", severity) << filter << false;
    }
    for (IncidentStatus status : {IncidentStatus::Open, IncidentStatus::Mitigated, IncidentStatus::Resolved}) {
        IncidentFilter filter;
        filter.status = status;
        QTest::addRow("status %s", qPrintable(IncidentText::statusKey(status))) << filter << false;
    }
    QTest::newRow("text ignores ASCII case") << text(QStringLiteral("DISK FULL")) << false;
    QTest::newRow("text found in the service") << text(QStringLiteral("api")) << false;
    QTest::newRow("text found in the summary") << text(QStringLiteral("storm")) << false;
    QTest::newRow("punctuation in a word is ignored (50% finds 50 and 500)") << text(QStringLiteral("50%")) << false;
    QTest::newRow("snake_case finds the words snake and case in a row") << text(QStringLiteral("snake_case")) << false;
    QTest::newRow("text that is only % finds nothing") << text(QStringLiteral("%")) << true;
    QTest::newRow("text that is only _ finds nothing") << text(QStringLiteral("_")) << true;
    QTest::newRow("a backslash alone is left out") << text(QStringLiteral("\\ in")) << false;
    QTest::newRow("words are starts of words") << text(QStringLiteral("ate")) << true;
    QTest::newRow("text is trimmed") << text(QStringLiteral("  latency  ")) << false;
    QTest::newRow("text matching nothing") << text(QStringLiteral("no such words")) << true;
    IncidentFilter combined = team("Payments");
    combined.severity = Severity::Sev3;
    combined.status = IncidentStatus::Resolved;
    combined.text = QStringLiteral("e");
    QTest::newRow("team, severity, status and text together") << combined << false;
}

void TestIncidentRepository::filterMembership()
{
    QFETCH(IncidentFilter, filter);
    QFETCH(bool, expectNone);

    const IncidentRepository &incidents = m_paging->incidents;
    const IncidentOrder byStarted{IncidentSortKey::Started, false};
    QList<qint64> listed = idsOf(incidents.rows(filter, byStarted, std::nullopt, 0, 100000));
    std::sort(listed.begin(), listed.end());

    QList<qint64> matched;
    QList<qint64> expected;
    QList<qint64> allIds = m_pagingIncidents.keys();
    std::sort(allIds.begin(), allIds.end());
    for (qint64 id : std::as_const(allIds)) {
        const Incident &incident = m_pagingIncidents[id];
        if (incidents.matches(filter, incident))
            matched.append(id);
        if (expectedMatch(filter, incident))
            expected.append(id);
    }
    QCOMPARE(expected.isEmpty(), expectNone);
    QCOMPARE(matched, listed);
    QCOMPARE(listed, expected);
    QCOMPARE(incidents.count(filter), int(expected.size()));
}

void TestIncidentRepository::rowsEdgeCases()
{
    const IncidentRepository &incidents = m_paging->incidents;
    const IncidentOrder order;
    const QList<qint64> all = idsOf(incidents.rows({}, order, std::nullopt, 0, 100000));
    QCOMPARE(all.size(), 1000);
    QVERIFY(incidents.rows({}, order, std::nullopt, 0, 0).isEmpty());
    QVERIFY(incidents.rows({}, order, std::nullopt, 0, -5).isEmpty());
    QCOMPARE(idsOf(incidents.rows({}, order, std::nullopt, -10, 3)), all.mid(0, 3));
    QVERIFY(incidents.rows({}, order, std::nullopt, 1000, 10).isEmpty());
    // After the last row there is nothing; before the first row there is nothing.
    const QList<IncidentRow> last = incidents.rows({}, order, std::nullopt, 0, 1, true);
    QCOMPARE(last.size(), 1);
    QCOMPARE(last.first().id, all.last());
    QVERIFY(incidents.rows({}, order, last.first(), 0, 10).isEmpty());
    const QList<IncidentRow> first = incidents.rows({}, order, std::nullopt, 0, 1);
    QVERIFY(incidents.rows({}, order, first.first(), 0, 10, true).isEmpty());
}

QTEST_GUILESS_MAIN(TestIncidentRepository)
#include "tst_incidentrepository.moc"
