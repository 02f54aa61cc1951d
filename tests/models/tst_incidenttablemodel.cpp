// IncidentTableModel under QAbstractItemModelTester: empty, populated, filtered, sorted, paged over a large
// organisation, and following repository changes with precise signals, so that what it shows always equals the
// repository.
#include "common/ModelSpies.h"
#include "common/TestData.h"
#include "common/TestDatabase.h"
#include "item/IncidentTableModel.h"
#include "metrics/IncidentMetrics.h"
#include "storage/DemoOrganisation.h"

#include <QAbstractItemModelTester>
#include <QColor>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <iterator>
#include <memory>

using namespace candor;
using namespace candor::testdata;

Q_DECLARE_METATYPE(candor::IncidentFilter)

namespace {

// ---- what the model shows, and what the repository holds ----

QList<qint64> shownIncidents(const IncidentTableModel &model)
{
    QList<qint64> ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids.append(model.idAt(row));
    return ids;
}

QList<qint64> storedIncidents(const IncidentRepository &incidents, const IncidentFilter &filter,
                              const IncidentOrder &order)
{
    QList<qint64> ids;
    for (const IncidentRow &row : incidents.rows(filter, order, std::nullopt, 0, 1000000))
        ids.append(row.id);
    return ids;
}

} // namespace

class TestIncidentTableModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();

    void incidentTableEmpty();
    void incidentTablePopulated();
    void incidentTableFollowsRepository_data();
    void incidentTableFollowsRepository();
    void incidentTableChangesWithNothingCached_data();
    void incidentTableChangesWithNothingCached();
    void incidentTableSortKeepsPersistentIndexes();
    void incidentTableLarge();

private:
    QTemporaryDir m_dir;
    int m_files = 0;
    std::unique_ptr<Store> m_store;
};

void TestIncidentTableModel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(m_dir.isValid(), qPrintable(m_dir.errorString()));
}

void TestIncidentTableModel::init()
{
    CANDOR_TEST_LOCATION(location, m_dir, QStringLiteral("db-%1").arg(++m_files));
    m_store = std::make_unique<Store>(location);
    QVERIFY2(m_store->status.ok(), qPrintable(m_store->status.error()));
}

void TestIncidentTableModel::cleanup()
{
    m_store.reset();
}

void TestIncidentTableModel::cleanupTestCase()
{
    testdb::dropAll();
}

void TestIncidentTableModel::incidentTableEmpty()
{
    IncidentTableModel model(m_store->incidents, m_store->teams);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    tester.setUseFetchMore(false);

    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.columnCount(), int(IncidentTableModel::ColumnCount));
    QVERIFY(!model.index(0, 0).isValid());
    QVERIFY(!model.data(QModelIndex()).isValid());
    QCOMPARE(model.flags(QModelIndex()), Qt::NoItemFlags);
    QCOMPARE(model.idAt(0), 0);
    QCOMPARE(model.idAt(-1), 0);
    QCOMPARE(model.rowOfIncident(1), -1);
    QCOMPARE(model.cachedRowCount(), 0);
    QCOMPARE(model.headerData(IncidentTableModel::TitleColumn, Qt::Horizontal).toString(), QStringLiteral("Title"));
    model.sort(IncidentTableModel::TitleColumn, Qt::AscendingOrder);
    QCOMPARE(model.rowCount(), 0);
}

void TestIncidentTableModel::incidentTablePopulated()
{
    DemoOrganisation::Options options;
    options.today = QDate(2024, 6, 1);
    QVERIFY(DemoOrganisation::create(m_store->database, options).ok());
    const IncidentRepository &incidents = m_store->incidents;
    IncidentTableModel model(m_store->incidents, m_store->teams);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    tester.setUseFetchMore(false);
    Spies spies(&model);

    QCOMPARE(model.rowCount(), 120);
    QCOMPARE(shownIncidents(model), storedIncidents(incidents, model.filter(), model.order()));

    const QModelIndex top = model.index(0, IncidentTableModel::StartedColumn);
    const Incident first = incidents.incident(model.idAt(0)).value();
    QCOMPARE(top.data(IncidentTableModel::IdRole).toLongLong(), first.id);
    QCOMPARE(top.data(IncidentTableModel::SortRole).toDateTime(), first.started);
    QCOMPARE(model.index(0, IncidentTableModel::TitleColumn).data().toString(), first.title);
    QCOMPARE(model.index(0, IncidentTableModel::SeverityColumn).data().toString(),
             IncidentText::severityCode(first.severity));
    QVERIFY(model.index(0, IncidentTableModel::SeverityColumn).data(Qt::DecorationRole).canConvert<QColor>());
    QCOMPARE(model.index(0, IncidentTableModel::TeamColumn).data().toString(), m_store->teams.team(first.teamId)->name);
    QCOMPARE(model.rowOfIncident(first.id), 0);
    QCOMPARE(model.rowCount(top), 0);

    // Durations: formatted for display, raw seconds to sort by; unknown ones show nothing and sort as invalid.
    int known = 0;
    int unknown = 0;
    for (int row = 0; row < model.rowCount(); ++row) {
        const Incident incident = incidents.incident(model.idAt(row)).value();
        const std::optional<qint64> durations[] = {IncidentMetrics::timeToDetect(incident),
                                                   IncidentMetrics::timeToResolve(incident)};
        const int columns[] = {IncidentTableModel::TimeToDetectColumn, IncidentTableModel::TimeToResolveColumn};
        for (int n = 0; n < 2; ++n) {
            const QModelIndex index = model.index(row, columns[n]);
            const std::optional<qint64> &seconds = durations[n];
            QCOMPARE(index.data(IncidentTableModel::SortRole), seconds ? QVariant(*seconds) : QVariant());
            QCOMPARE(index.data().toString(), seconds ? IncidentMetrics::formatDuration(*seconds) : QString());
            QVERIFY(!index.data(Qt::ToolTipRole).toString().isEmpty());
            if (seconds)
                ++known;
            else
                ++unknown;
        }
    }
    QVERIFY(known > 0);
    QVERIFY(unknown > 0);
    QCOMPARE(model.headerData(IncidentTableModel::TimeToResolveColumn, Qt::Horizontal).toString(),
             QStringLiteral("Time to resolve"));
    QVERIFY(!model.index(120, 0).isValid());

    // A filter is applied in SQL and resets the model once.
    IncidentFilter filter;
    for (const Team &team : m_store->teams.teams()) {
        if (team.parentId == 0)
            filter.teamId = team.id; // a department: its sub-teams' incidents are included
    }
    filter.status = IncidentStatus::Resolved;
    model.setFilter(filter);
    QCOMPARE(spies.reset.size(), 1);
    QCOMPARE(model.rowCount(), incidents.count(filter));
    QVERIFY(model.rowCount() > 0);
    QCOMPARE(shownIncidents(model), storedIncidents(incidents, filter, model.order()));
    model.setFilter(filter);
    QCOMPARE(spies.reset.size(), 1);
}

void TestIncidentTableModel::incidentTableFollowsRepository_data()
{
    QTest::addColumn<QString>("filterKind");
    QTest::addColumn<int>("column");
    QTest::addColumn<Qt::SortOrder>("sortOrder");

    const char *columns[] = {"started", "severity", "status",         "title",
                             "team",    "service",  "time to detect", "time to resolve"};
    static_assert(std::size(columns) == size_t(IncidentTableModel::ColumnCount), "a name for every column");
    for (const QString &filterKind :
         {QStringLiteral("no filter"), QStringLiteral("department filter"), QStringLiteral("text filter")}) {
        for (int column = 0; column < IncidentTableModel::ColumnCount; ++column) {
            for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
                QTest::addRow("%s, by %s %s", qPrintable(filterKind), columns[column],
                              order == Qt::AscendingOrder ? "ascending" : "descending")
                    << filterKind << column << order;
            }
        }
    }
}

void TestIncidentTableModel::incidentTableFollowsRepository()
{
    QFETCH(QString, filterKind);
    QFETCH(int, column);
    QFETCH(Qt::SortOrder, sortOrder);

    TeamRepository &teams = m_store->teams;
    IncidentRepository &incidents = m_store->incidents;
    const qint64 platform = teams.insertTeam(makeTeam(QStringLiteral("Platform"))).value();
    const qint64 build = teams.insertTeam(makeTeam(QStringLiteral("Build"), platform)).value();
    const qint64 databases = teams.insertTeam(makeTeam(QStringLiteral("Databases"), platform)).value();
    const qint64 aardvarks = teams.insertTeam(makeTeam(QStringLiteral("Aardvarks"), databases)).value();
    const qint64 payments = teams.insertTeam(makeTeam(QStringLiteral("Payments"))).value();
    const qint64 owners[] = {build, databases, payments, platform};
    const QStringList titles = {QStringLiteral("Disk full on db hosts"), QStringLiteral("Latency spike"),
                                QStringLiteral("disk quota exceeded"), QStringLiteral("Certificate expired")};
    for (int n = 0; n < 40; ++n)
        QVERIFY(incidents.insert(makeIncident(owners[n % 4], titles[n % 3 + (n % 7 == 0 ? 1 : 0)], n % 13)).ok());

    IncidentFilter filter;
    if (filterKind == QLatin1String("department filter"))
        filter.teamId = platform;
    else if (filterKind == QLatin1String("text filter"))
        filter.text = QStringLiteral("DISK");
    const bool filtered = filter != IncidentFilter();

    IncidentTableModel model(incidents, teams);
    model.setFilter(filter);
    model.sort(column, sortOrder);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    tester.setUseFetchMore(false);
    Spies spies(&model);
    auto check = [&] {
        QCOMPARE(model.rowCount(), incidents.count(filter));
        QCOMPARE(shownIncidents(model), storedIncidents(incidents, filter, model.order()));
        QCOMPARE(spies.reset.size() + spies.layout.size(), 0);
        QVERIFY(model.cachedRowCount() <= IncidentTableModel::PageSize * IncidentTableModel::MaxCachedPages);
    };
    check();
    QVERIFY(model.rowCount() > 5);

    // Insert inside the filter: one row, at its place in the order.
    Incident added = makeIncident(databases, QStringLiteral("Disk latency on replicas"), 6);
    added.id = incidents.insert(added).value();
    const int addedRow = model.rowOfIncident(added.id);
    QVERIFY(addedRow >= 0);
    checkRowArguments(spies.inserted, addedRow, addedRow);
    check();
    spies.clear();

    // Insert outside the filter: nothing happens.
    if (filtered) {
        QVERIFY(incidents.insert(makeIncident(payments, QStringLiteral("Card payments failing"), 3)).ok());
        QCOMPARE(spies.structural() + int(spies.changed.size()), 0);
        check();
    }

    // An edit that leaves the position alone changes that row's data only.
    Incident summaryOnly = added;
    summaryOnly.summary = QStringLiteral("Replica disks filled with logs.");
    QVERIFY(incidents.update(summaryOnly).ok());
    QCOMPARE(spies.structural(), 0);
    QCOMPARE(spies.changed.size(), 1);
    QCOMPARE(spies.changed.at(0).at(0).value<QModelIndex>().row(), addedRow);
    QCOMPARE(spies.changed.at(0).at(1).value<QModelIndex>().row(), addedRow);
    check();
    spies.clear();

    // An edit that gives an incident the smallest value of every key moves it to its new place.
    const bool descending = sortOrder == Qt::DescendingOrder;
    const int fromRow = descending ? 0 : model.rowCount() - 1;
    Incident smallest = incidents.incident(model.idAt(fromRow)).value();
    smallest.teamId = aardvarks;
    smallest.title = QStringLiteral("AAA disk alarm");
    smallest.severity = Severity::Sev1;
    smallest.status = IncidentStatus::Open;
    smallest.service = QStringLiteral("aaa");
    smallest.started = at(-1000);
    smallest.detected = at(-1000, 1);
    smallest.mitigated = QDateTime();
    smallest.resolved = QDateTime();
    if (column == IncidentTableModel::TimeToResolveColumn) {
        // An unknown time to resolve sorts after every known one; the smallest is a resolved incident.
        smallest.status = IncidentStatus::Resolved;
        smallest.mitigated = at(-1000, 1);
        smallest.resolved = at(-1000, 1);
    }
    QVERIFY(incidents.update(smallest, &smallest.rowVersion).ok()); // edited again below
    const int toRow = model.rowOfIncident(smallest.id);
    QVERIFY2(toRow != fromRow, "the edit must change the incident's position");
    QCOMPARE(spies.moved.size(), 1);
    QCOMPARE(spies.moved.at(0).at(1).toInt(), fromRow);
    QCOMPARE(spies.moved.at(0).at(2).toInt(), fromRow);
    QCOMPARE(spies.moved.at(0).at(4).toInt(), toRow > fromRow ? toRow + 1 : toRow);
    QCOMPARE(spies.inserted.size() + spies.removed.size(), 0);
    QCOMPARE(model.idAt(toRow), smallest.id);
    check();
    spies.clear();

    // An edit that takes an incident out of the filter removes its row; back in, it is inserted again.
    if (filtered) {
        const int row = model.rowOfIncident(smallest.id);
        Incident outside = smallest;
        outside.teamId = payments;
        outside.title = QStringLiteral("Card payments failing");
        outside.summary = QStringLiteral("The card processor timed out.");
        // smallest, written back below, then carries the version this edit left.
        QVERIFY(incidents.update(outside, &smallest.rowVersion).ok());
        checkRowArguments(spies.removed, row, row);
        QCOMPARE(model.rowOfIncident(smallest.id), -1);
        check();
        spies.clear();

        QVERIFY(incidents.update(smallest).ok());
        checkRowArguments(spies.inserted, row, row);
        check();
        spies.clear();
    }

    // Removal.
    const int removedRow = model.rowOfIncident(added.id);
    QVERIFY(incidents.remove(added.id).ok());
    checkRowArguments(spies.removed, removedRow, removedRow);
    check();
    spies.clear();

    // A renamed team changes the team column and possibly the order: the model reloads.
    Team renamed = teams.team(databases).value();
    renamed.name = QStringLiteral("Zettabytes");
    QVERIFY(teams.updateTeam(renamed).ok());
    QCOMPARE(spies.reset.size(), 1);
    spies.clear();
    check();
}

void TestIncidentTableModel::incidentTableChangesWithNothingCached_data()
{
    QTest::addColumn<QString>("change");

    QTest::newRow("insert") << QStringLiteral("insert");
    QTest::newRow("remove") << QStringLiteral("remove");
    QTest::newRow("edit that moves the row") << QStringLiteral("move");
}

// Between rowsAboutToBe...() and rows...() a model must still show the old rows. The repository has already
// written the change when it signals, so rows read from SQL at that moment must not be shown yet.
void TestIncidentTableModel::incidentTableChangesWithNothingCached()
{
    QFETCH(QString, change);

    // Three pages; the change happens in the middle one, which nobody has read.
    IncidentRepository &incidents = m_store->incidents;
    const qint64 team = m_store->teams.insertTeam(makeTeam(QStringLiteral("Payments"))).value();
    for (int n = 0; n < 2 * IncidentTableModel::PageSize + 100; ++n)
        QVERIFY(incidents.insert(makeIncident(team, QStringLiteral("Incident %1").arg(n), n)).ok());
    IncidentTableModel model(incidents, m_store->teams);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    tester.setUseFetchMore(false);

    const QList<qint64> before = storedIncidents(incidents, model.filter(), model.order());
    const int middle = int(before.size()) / 2;
    QList<qint64> shownDuringChange;
    QList<qint64> expectedDuringChange;
    auto record = [&](int start) {
        for (int row = std::max(0, start - 1); row <= std::min(int(before.size()) - 1, start + 1); ++row) {
            shownDuringChange.append(model.idAt(row));
            expectedDuringChange.append(before.at(row));
        }
    };
    connect(&model, &QAbstractItemModel::rowsAboutToBeInserted, this,
            [&](const QModelIndex &, int start, int) { record(start); });
    connect(&model, &QAbstractItemModel::rowsAboutToBeRemoved, this,
            [&](const QModelIndex &, int start, int) { record(start); });
    connect(&model, &QAbstractItemModel::rowsAboutToBeMoved, this,
            [&](const QModelIndex &, int start, int, const QModelIndex &, int) { record(start); });

    model.reload(); // the tester reads the first row again; the middle page is not cached
    QVERIFY(model.cachedRowCount() <= IncidentTableModel::PageSize);
    Incident incident = incidents.incident(before.at(middle)).value();
    if (change == QLatin1String("insert")) {
        incident.id = 0;
        incident.title += QStringLiteral(" (again)");
        QVERIFY(incidents.insert(incident).ok());
    } else if (change == QLatin1String("remove")) {
        QVERIFY(incidents.remove(incident.id).ok());
    } else {
        incident.started = incident.started.addDays(-1000);
        incident.detected = incident.started;
        QVERIFY(incidents.update(incident).ok());
    }
    QVERIFY(!expectedDuringChange.isEmpty());
    QVERIFY2(shownDuringChange == expectedDuringChange,
             "IncidentTableModel showed rows read after the change while announcing it (nothing was cached)");
    QCOMPARE(shownIncidents(model), storedIncidents(incidents, model.filter(), model.order()));
}

void TestIncidentTableModel::incidentTableSortKeepsPersistentIndexes()
{
    DemoOrganisation::Options options;
    options.today = QDate(2024, 6, 1);
    QVERIFY(DemoOrganisation::create(m_store->database, options).ok());
    IncidentTableModel model(m_store->incidents, m_store->teams);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    tester.setUseFetchMore(false);
    Spies spies(&model);

    const QPersistentModelIndex followed = model.index(17, IncidentTableModel::TitleColumn);
    const qint64 followedId = model.idAt(17);
    for (int column = 0; column < IncidentTableModel::ColumnCount; ++column) {
        for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            model.sort(column, order);
            QCOMPARE(model.order().descending, order == Qt::DescendingOrder);
            QCOMPARE(model.rowCount(), 120);
            QCOMPARE(shownIncidents(model), storedIncidents(m_store->incidents, model.filter(), model.order()));
            QVERIFY(followed.isValid());
            QCOMPARE(followed.column(), int(IncidentTableModel::TitleColumn));
            QCOMPARE(model.idAt(followed.row()), followedId);
        }
    }
    QCOMPARE(spies.reset.size(), 0);
    QCOMPARE(spies.layout.size(), 2 * IncidentTableModel::ColumnCount);
    // Sorting again by the current order, or by a column that does not exist, changes nothing.
    model.sort(IncidentTableModel::ColumnCount - 1, Qt::DescendingOrder);
    model.sort(IncidentTableModel::ColumnCount, Qt::AscendingOrder);
    model.sort(-1, Qt::AscendingOrder);
    QCOMPARE(spies.layout.size(), 2 * IncidentTableModel::ColumnCount);
}

void TestIncidentTableModel::incidentTableLarge()
{
    DemoOrganisation::Options options;
    options.scale = DemoOrganisation::Scale::Large;
    options.today = QDate(2024, 6, 1);
    // The list needs only the incidents: no years of postmortems, no survey answers.
    options.withHistory = false;
    options.withSurveys = false;
    const Result<DemoOrganisation::Summary> summary = DemoOrganisation::create(m_store->database, options);
    QVERIFY2(summary.ok(), qPrintable(summary.error()));
    QCOMPARE(summary->incidents, 50000);
    const IncidentRepository &incidents = m_store->incidents;
    constexpr int cacheLimit = IncidentTableModel::PageSize * IncidentTableModel::MaxCachedPages;

    IncidentTableModel model(m_store->incidents, m_store->teams);
    QCOMPARE(model.rowCount(), 50000);
    QCOMPARE(model.cachedRowCount(), 0);

    // The last row first, then rows spread over the whole list: the cache stays bounded.
    const QModelIndex last = model.index(49999, IncidentTableModel::TitleColumn);
    QVERIFY(!last.data().toString().isEmpty());
    QCOMPARE(model.idAt(49999), incidents.rows({}, model.order(), std::nullopt, 0, 1, true).first().id);
    QVERIFY(model.cachedRowCount() <= cacheLimit);
    for (int row = 0; row < 50000; row += 997) {
        QVERIFY(model.index(row, IncidentTableModel::ServiceColumn).data().isValid());
        QVERIFY2(model.cachedRowCount() <= cacheLimit, qPrintable(QString::number(model.cachedRowCount())));
    }
    // Pages loaded next to seen ones and from the far end agree with offset reads.
    for (int row : {0, 199, 200, 201, 24999, 25000, 49800, 49799}) {
        QCOMPARE(model.idAt(row), incidents.rows({}, model.order(), std::nullopt, row, 1).first().id);
        QVERIFY(model.cachedRowCount() <= cacheLimit);
    }

    // Each column once, directions alternating: with the tester's 100 persistent indexes a sort of 50,000 rows
    // costs up to a few seconds (each index is re-found with a count query).
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    tester.setUseFetchMore(false);
    for (int column = 0; column < IncidentTableModel::ColumnCount; ++column) {
        model.sort(column, column % 2 == 0 ? Qt::AscendingOrder : Qt::DescendingOrder);
        QCOMPARE(model.order().descending, column % 2 == 1);
        QCOMPARE(model.rowCount(), 50000);
        QCOMPARE(model.idAt(0), incidents.rows({}, model.order(), std::nullopt, 0, 1).first().id);
        QCOMPARE(model.idAt(49999), incidents.rows({}, model.order(), std::nullopt, 0, 1, true).first().id);
        QVERIFY(model.cachedRowCount() <= cacheLimit);
    }
}

QTEST_MAIN(TestIncidentTableModel)
#include "tst_incidenttablemodel.moc"
