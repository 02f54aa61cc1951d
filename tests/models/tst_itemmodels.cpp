// TeamTreeModel, MemberTableModel and IncidentTableModel under QAbstractItemModelTester: empty, populated, and
// following repository changes with precise signals, so that what they show always equals the repository.
#include "item/IncidentTableModel.h"
#include "item/MemberTableModel.h"
#include "item/TeamTreeModel.h"
#include "storage/Database.h"
#include "storage/DemoOrganisation.h"
#include "storage/IncidentRepository.h"
#include "storage/TeamRepository.h"

#include <QAbstractItemModelTester>
#include <QColor>
#include <QMap>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace candor;

Q_DECLARE_METATYPE(candor::IncidentFilter)

namespace {

struct Store
{
    explicit Store(const QString &path)
        : status(database.open(path))
    {}
    Database database;
    Status status;
    TeamRepository teams{database};
    IncidentRepository incidents{database};
};

// Every structural and data signal of one model, recorded.
struct Spies
{
    explicit Spies(const QAbstractItemModel *model)
        : inserted(model, &QAbstractItemModel::rowsInserted)
        , removed(model, &QAbstractItemModel::rowsRemoved)
        , moved(model, &QAbstractItemModel::rowsMoved)
        , changed(model, &QAbstractItemModel::dataChanged)
        , reset(model, &QAbstractItemModel::modelReset)
        , layout(model, &QAbstractItemModel::layoutChanged)
    {}
    void clear()
    {
        for (QSignalSpy *spy : {&inserted, &removed, &moved, &changed, &reset, &layout})
            spy->clear();
    }
    int structural() const { return int(inserted.size() + removed.size() + moved.size() + reset.size()); }

    QSignalSpy inserted;
    QSignalSpy removed;
    QSignalSpy moved;
    QSignalSpy changed;
    QSignalSpy reset;
    QSignalSpy layout;
};

QDateTime at(int hours, int minutes = 0)
{
    return QDateTime(QDate(2024, 3, 1), QTime(0, 0), Qt::UTC).addSecs(qint64(hours) * 3600 + minutes * 60);
}

Team makeTeam(const QString &name, qint64 parentId = 0)
{
    Team team;
    team.parentId = parentId;
    team.name = name;
    team.description = QStringLiteral("Looks after %1").arg(name);
    return team;
}

Member makeMember(qint64 teamId, const QString &name)
{
    Member member;
    member.teamId = teamId;
    member.name = name;
    member.role = QStringLiteral("Software engineer");
    return member;
}

Incident makeIncident(qint64 teamId, const QString &title, int hour)
{
    Incident incident;
    incident.teamId = teamId;
    incident.title = title;
    incident.severity = static_cast<Severity>(1 + hour % 4);
    incident.status = static_cast<IncidentStatus>(hour % 3);
    incident.service = QStringLiteral("service-%1").arg(hour % 5);
    incident.started = at(hour);
    incident.detected = at(hour, 5);
    if (incident.status != IncidentStatus::Open)
        incident.mitigated = at(hour, 30);
    if (incident.status == IncidentStatus::Resolved)
        incident.resolved = at(hour + 2);
    incident.summary = QStringLiteral("Summary of %1").arg(title);
    incident.customerImpact = QStringLiteral("");
    return incident;
}

void checkRowArguments(const QSignalSpy &spy, int first, int last, const QModelIndex &parent = {})
{
    QCOMPARE(spy.size(), 1);
    QCOMPARE(spy.at(0).at(0).value<QModelIndex>(), parent);
    QCOMPARE(spy.at(0).at(1).toInt(), first);
    QCOMPARE(spy.at(0).at(2).toInt(), last);
}

// ---- what a model shows, and what the repository holds ----

void collectTree(const TeamTreeModel &model, const QModelIndex &parent, QMap<qint64, qint64> &tree)
{
    const qint64 parentId = parent.isValid() ? parent.data(TeamTreeModel::IdRole).toLongLong() : 0;
    for (int row = 0; row < model.rowCount(parent); ++row) {
        const QModelIndex index = model.index(row, TeamTreeModel::NameColumn, parent);
        const qint64 id = index.data(TeamTreeModel::IdRole).toLongLong();
        tree.insert(id, index.data(TeamTreeModel::ParentIdRole).toLongLong() == parentId ? parentId : -1);
        collectTree(model, index, tree);
    }
}

// Team id -> parent id, as the model's structure shows it (-1 where ParentIdRole disagrees with the structure).
QMap<qint64, qint64> shownTree(const TeamTreeModel &model)
{
    QMap<qint64, qint64> tree;
    collectTree(model, {}, tree);
    return tree;
}

QMap<qint64, qint64> storedTree(const TeamRepository &teams)
{
    QMap<qint64, qint64> tree;
    for (const Team &team : teams.teams())
        tree.insert(team.id, team.parentId);
    return tree;
}

// Team id -> (own members, members in the team and all teams below).
QMap<qint64, QPair<int, int>> shownTotals(const TeamTreeModel &model, const TeamRepository &teams)
{
    QMap<qint64, QPair<int, int>> totals;
    for (const Team &team : teams.teams()) {
        const QModelIndex index = model.indexOfTeam(team.id, TeamTreeModel::MembersColumn);
        totals.insert(team.id,
                      {index.data(TeamTreeModel::OwnMembersRole).toInt(), index.data(TeamTreeModel::SortRole).toInt()});
    }
    return totals;
}

QMap<qint64, QPair<int, int>> storedTotals(const TeamRepository &teams)
{
    const QMap<qint64, qint64> tree = storedTree(teams);
    QMap<qint64, QPair<int, int>> totals;
    for (qint64 id : tree.keys())
        totals.insert(id, {0, 0});
    for (const Member &member : teams.members()) {
        totals[member.teamId].first += 1;
        for (qint64 team = member.teamId; team != 0; team = tree.value(team))
            totals[team].second += 1;
    }
    return totals;
}

QList<qint64> shownMembers(const MemberTableModel &model)
{
    QList<qint64> ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids.append(model.index(row, 0).data(MemberTableModel::IdRole).toLongLong());
    std::sort(ids.begin(), ids.end());
    return ids;
}

QList<qint64> storedMembers(const TeamRepository &teams, const QList<qint64> &teamIds)
{
    QList<qint64> ids;
    for (const Member &member : teams.members()) {
        if (teamIds.isEmpty() || teamIds.contains(member.teamId))
            ids.append(member.id);
    }
    std::sort(ids.begin(), ids.end());
    return ids;
}

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

class TestItemModels : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void teamTreeEmpty();
    void teamTreePopulated();
    void teamTreeFollowsRepository();

    void memberTableEmpty();
    void memberTablePopulated();
    void memberTableFollowsRepository();

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

void TestItemModels::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(m_dir.isValid(), qPrintable(m_dir.errorString()));
}

void TestItemModels::init()
{
    m_store = std::make_unique<Store>(m_dir.filePath(QStringLiteral("db-%1.sqlite").arg(++m_files)));
    QVERIFY2(m_store->status.ok(), qPrintable(m_store->status.error()));
}

void TestItemModels::cleanup()
{
    m_store.reset();
}

// ---- TeamTreeModel ----

void TestItemModels::teamTreeEmpty()
{
    TeamTreeModel model(m_store->teams);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);

    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.columnCount(), int(TeamTreeModel::ColumnCount));
    QVERIFY(!model.index(0, 0).isValid());
    QVERIFY(!model.data(QModelIndex()).isValid());
    QCOMPARE(model.flags(QModelIndex()), Qt::NoItemFlags);
    QCOMPARE(model.headerData(TeamTreeModel::NameColumn, Qt::Horizontal).toString(), QStringLiteral("Team"));
    QVERIFY(!model.headerData(TeamTreeModel::ColumnCount, Qt::Horizontal).isValid());
    QCOMPARE(model.teamFromIndex(QModelIndex()), Team());
    QVERIFY(!model.indexOfTeam(42).isValid());
    QCOMPARE(model.subtreeIds(42), QList<qint64>());
    QCOMPARE(model.pathOf(42), QString());
}

void TestItemModels::teamTreePopulated()
{
    DemoOrganisation::Options options;
    options.today = QDate(2024, 6, 1);
    QVERIFY(DemoOrganisation::create(m_store->database, options).ok());
    TeamTreeModel model(m_store->teams);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);

    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(shownTree(model), storedTree(m_store->teams));
    QCOMPARE(shownTotals(model, m_store->teams), storedTotals(m_store->teams));

    const QModelIndex department = model.index(0, TeamTreeModel::NameColumn);
    const QModelIndex team = model.index(0, TeamTreeModel::NameColumn, department);
    QVERIFY(team.isValid());
    QCOMPARE(model.parent(team), department);
    QCOMPARE(model.teamFromIndex(team), m_store->teams.team(team.data(TeamTreeModel::IdRole).toLongLong()).value());
    QCOMPARE(model.indexOfTeam(model.teamFromIndex(team).id), team);
    QCOMPARE(model.pathOf(model.teamFromIndex(team).id),
             department.data().toString() + QStringLiteral(" / ") + team.data().toString());
    QCOMPARE(model.subtreeIds(model.teamFromIndex(department).id).size(), 1 + model.rowCount(department));
    // Only the name column has children; other columns and foreign indexes are refused.
    QCOMPARE(model.rowCount(department.siblingAtColumn(TeamTreeModel::MembersColumn)), 0);
    QVERIFY(!model.index(0, 0, department.siblingAtColumn(TeamTreeModel::MembersColumn)).isValid());
    QVERIFY(!model.index(0, TeamTreeModel::ColumnCount).isValid());
    QVERIFY(!model.index(-1, 0).isValid());
    QCOMPARE(model.data(team.siblingAtColumn(TeamTreeModel::MembersColumn), Qt::DisplayRole).toString(),
             QString::number(
                 model.data(team.siblingAtColumn(TeamTreeModel::MembersColumn), TeamTreeModel::SortRole).toInt()));
}

void TestItemModels::teamTreeFollowsRepository()
{
    TeamRepository &teams = m_store->teams;
    const qint64 platform = teams.insertTeam(makeTeam(QStringLiteral("Platform"))).value();
    const qint64 databases = teams.insertTeam(makeTeam(QStringLiteral("Databases"), platform)).value();
    const qint64 payments = teams.insertTeam(makeTeam(QStringLiteral("Payments"))).value();
    const qint64 billing = teams.insertTeam(makeTeam(QStringLiteral("Billing"), payments)).value();
    QVERIFY(teams.insertMember(makeMember(billing, QStringLiteral("Rosa Rossi"))).ok());
    QVERIFY(teams.insertMember(makeMember(databases, QStringLiteral("Ben Bauer"))).ok());

    TeamTreeModel model(teams);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    Spies spies(&model);
    auto check = [&] {
        QCOMPARE(shownTree(model), storedTree(teams));
        QCOMPARE(shownTotals(model, teams), storedTotals(teams));
        QCOMPARE(spies.reset.size(), 0);
    };
    check();

    // A new top-level team is appended at the top level.
    const qint64 security = teams.insertTeam(makeTeam(QStringLiteral("Security"))).value();
    checkRowArguments(spies.inserted, 2, 2);
    check();
    spies.clear();

    // A new sub-team is appended under its parent.
    const qint64 checkout = teams.insertTeam(makeTeam(QStringLiteral("Checkout"), payments)).value();
    checkRowArguments(spies.inserted, 1, 1, model.indexOfTeam(payments));
    check();
    spies.clear();

    // A rename changes data only.
    Team renamed = teams.team(checkout).value();
    renamed.name = QStringLiteral("Checkout and basket");
    QVERIFY(teams.updateTeam(renamed).ok());
    QCOMPARE(spies.structural(), 0);
    QVERIFY(!spies.changed.isEmpty());
    QCOMPARE(spies.changed.at(0).at(0).value<QModelIndex>(), model.indexOfTeam(checkout));
    QCOMPARE(model.indexOfTeam(checkout).data().toString(), renamed.name);
    spies.clear();

    // A new member changes the totals of the team and every team above it.
    QVERIFY(teams.insertMember(makeMember(checkout, QStringLiteral("Mei Xu"))).ok());
    QCOMPARE(spies.structural(), 0);
    QList<QModelIndex> changed;
    for (const QList<QVariant> &arguments : std::as_const(spies.changed))
        changed.append(arguments.at(0).value<QModelIndex>());
    QVERIFY(changed.contains(model.indexOfTeam(checkout, TeamTreeModel::MembersColumn)));
    QVERIFY(changed.contains(model.indexOfTeam(payments, TeamTreeModel::MembersColumn)));
    check();
    spies.clear();

    // Moving a team to another department is one row move; persistent indexes follow it.
    const QPersistentModelIndex billingIndex = model.indexOfTeam(billing);
    const int billingRow = billingIndex.row();
    Team moved = teams.team(billing).value();
    moved.parentId = platform;
    QVERIFY(teams.updateTeam(moved).ok());
    QCOMPARE(spies.moved.size(), 1);
    QCOMPARE(spies.moved.at(0).at(0).value<QModelIndex>(), model.indexOfTeam(payments));
    QCOMPARE(spies.moved.at(0).at(1).toInt(), billingRow);
    QCOMPARE(spies.moved.at(0).at(2).toInt(), billingRow);
    QCOMPARE(spies.moved.at(0).at(3).value<QModelIndex>(), model.indexOfTeam(platform));
    QCOMPARE(spies.moved.at(0).at(4).toInt(), 1);
    QCOMPARE(spies.inserted.size() + spies.removed.size(), 0);
    QVERIFY(billingIndex.isValid());
    QCOMPARE(billingIndex.data(TeamTreeModel::IdRole).toLongLong(), billing);
    QCOMPARE(billingIndex.parent(), model.indexOfTeam(platform));
    check();
    spies.clear();

    // Moving a team to the top level, and a department under another one.
    moved.parentId = 0;
    QVERIFY(teams.updateTeam(moved).ok());
    QCOMPARE(spies.moved.size(), 1);
    QCOMPARE(spies.moved.at(0).at(3).value<QModelIndex>(), QModelIndex());
    check();
    Team department = teams.team(payments).value();
    department.parentId = security;
    QVERIFY(teams.updateTeam(department).ok());
    QCOMPARE(spies.moved.size(), 2);
    QCOMPARE(model.pathOf(checkout), QStringLiteral("Security / Payments / Checkout and basket"));
    check();
    spies.clear();

    // A refused move changes nothing.
    Team cycle = teams.team(security).value();
    cycle.parentId = checkout;
    QVERIFY(!teams.updateTeam(cycle).ok());
    QCOMPARE(spies.structural() + int(spies.changed.size()), 0);

    // Removing a team removes its row, after its members.
    QVERIFY(teams.insertMember(makeMember(billing, QStringLiteral("Ines Costa"))).ok());
    spies.clear();
    const int row = model.indexOfTeam(billing).row();
    QVERIFY(teams.removeTeam(billing).ok());
    checkRowArguments(spies.removed, row, row);
    QVERIFY(!model.indexOfTeam(billing).isValid());
    QVERIFY(!billingIndex.isValid());
    check();
}

// ---- MemberTableModel ----

void TestItemModels::memberTableEmpty()
{
    MemberTableModel model(m_store->teams);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);

    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.columnCount(), int(MemberTableModel::ColumnCount));
    QVERIFY(!model.index(0, 0).isValid());
    QVERIFY(!model.data(QModelIndex()).isValid());
    QCOMPARE(model.flags(QModelIndex()), Qt::NoItemFlags);
    QCOMPARE(model.memberFromIndex(QModelIndex()), Member());
    QVERIFY(!model.indexOfMember(1).isValid());
    model.setTeams({1, 2});
    QCOMPARE(model.rowCount(), 0);
}

void TestItemModels::memberTablePopulated()
{
    DemoOrganisation::Options options;
    options.today = QDate(2024, 6, 1);
    QVERIFY(DemoOrganisation::create(m_store->database, options).ok());
    const TeamRepository &teams = m_store->teams;
    MemberTableModel model(m_store->teams);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    Spies spies(&model);

    QCOMPARE(model.rowCount(), 60);
    QCOMPARE(shownMembers(model), storedMembers(teams, {}));
    const Member first = model.memberFromIndex(model.index(0, 0));
    QCOMPARE(first, teams.member(first.id).value());
    QCOMPARE(model.indexOfMember(first.id), model.index(0, 0));
    QCOMPARE(model.index(0, MemberTableModel::TeamColumn).data().toString(), teams.team(first.teamId)->name);
    QCOMPARE(model.index(0, MemberTableModel::ManagerColumn).data(MemberTableModel::SortRole).toBool(),
             first.isManager);
    QCOMPARE(model.rowCount(model.index(0, 0)), 0);
    QCOMPARE(model.columnCount(model.index(0, 0)), 0);

    const QList<Team> all = teams.teams();
    const QList<qint64> one = {all.last().id};
    model.setTeams(one);
    QCOMPARE(spies.reset.size(), 1);
    QCOMPARE(shownMembers(model), storedMembers(teams, one));
    const QList<qint64> two = {all.first().id, all.last().id};
    model.setTeams(two);
    QCOMPARE(shownMembers(model), storedMembers(teams, two));
    model.setTeams({});
    QCOMPARE(model.rowCount(), 60);
}

void TestItemModels::memberTableFollowsRepository()
{
    TeamRepository &teams = m_store->teams;
    const qint64 payments = teams.insertTeam(makeTeam(QStringLiteral("Payments"))).value();
    const qint64 billing = teams.insertTeam(makeTeam(QStringLiteral("Billing"), payments)).value();
    const qint64 platform = teams.insertTeam(makeTeam(QStringLiteral("Platform"))).value();
    QVERIFY(teams.insertMember(makeMember(payments, QStringLiteral("Rosa Rossi"))).ok());
    QVERIFY(teams.insertMember(makeMember(platform, QStringLiteral("Ben Bauer"))).ok());

    const QList<qint64> scope = {payments, billing};
    MemberTableModel scoped(teams);
    scoped.setTeams(scope);
    MemberTableModel everyone(teams);
    QAbstractItemModelTester scopedTester(&scoped, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester everyoneTester(&everyone, QAbstractItemModelTester::FailureReportingMode::QtTest);
    Spies spies(&scoped);
    auto check = [&] {
        QCOMPARE(shownMembers(scoped), storedMembers(teams, scope));
        QCOMPARE(shownMembers(everyone), storedMembers(teams, {}));
        QCOMPARE(spies.reset.size(), 0);
    };
    check();
    QCOMPARE(scoped.rowCount(), 1);

    Member mei = makeMember(billing, QStringLiteral("Mei Xu"));
    mei.id = teams.insertMember(mei).value();
    checkRowArguments(spies.inserted, 1, 1);
    check();
    spies.clear();

    QVERIFY(teams.insertMember(makeMember(platform, QStringLiteral("Olu Okafor"))).ok());
    QCOMPARE(spies.structural(), 0);
    check();

    Member promoted = mei;
    promoted.role = QStringLiteral("Engineering manager");
    promoted.isManager = true;
    QVERIFY(teams.updateMember(promoted).ok());
    QCOMPARE(spies.structural(), 0);
    QCOMPARE(spies.changed.size(), 1);
    QCOMPARE(spies.changed.at(0).at(0).value<QModelIndex>().row(), 1);
    QCOMPARE(scoped.index(1, MemberTableModel::RoleColumn).data().toString(), promoted.role);
    check();
    spies.clear();

    Member leaving = promoted;
    leaving.teamId = platform;
    QVERIFY(teams.updateMember(leaving).ok());
    checkRowArguments(spies.removed, 1, 1);
    check();
    spies.clear();

    QVERIFY(teams.updateMember(promoted).ok());
    checkRowArguments(spies.inserted, 1, 1);
    check();
    spies.clear();

    Team renamed = teams.team(billing).value();
    renamed.name = QStringLiteral("Billing and invoices");
    QVERIFY(teams.updateTeam(renamed).ok());
    QCOMPARE(spies.structural(), 0);
    QVERIFY(!spies.changed.isEmpty());
    QCOMPARE(scoped.indexOfMember(mei.id, MemberTableModel::TeamColumn).data().toString(), renamed.name);
    spies.clear();

    const int rosaRow = scoped.indexOfMember(teams.members(payments).first().id).row();
    QVERIFY(teams.removeMember(teams.members(payments).first().id).ok());
    checkRowArguments(spies.removed, rosaRow, rosaRow);
    check();
    spies.clear();

    // Removing a team removes the rows of its members.
    QVERIFY(teams.removeTeam(billing).ok());
    QCOMPARE(spies.removed.size(), 1);
    QCOMPARE(scoped.rowCount(), 0);
    check();
}

// ---- IncidentTableModel ----

void TestItemModels::incidentTableEmpty()
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

void TestItemModels::incidentTablePopulated()
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

void TestItemModels::incidentTableFollowsRepository_data()
{
    QTest::addColumn<QString>("filterKind");
    QTest::addColumn<int>("column");
    QTest::addColumn<Qt::SortOrder>("sortOrder");

    const char *columns[] = {"started", "severity", "status", "title", "team", "service"};
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

void TestItemModels::incidentTableFollowsRepository()
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
    QVERIFY(incidents.update(smallest).ok());
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
        QVERIFY(incidents.update(outside).ok());
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

void TestItemModels::incidentTableChangesWithNothingCached_data()
{
    QTest::addColumn<QString>("change");

    QTest::newRow("insert") << QStringLiteral("insert");
    QTest::newRow("remove") << QStringLiteral("remove");
    QTest::newRow("edit that moves the row") << QStringLiteral("move");
}

// Between rowsAboutToBe...() and rows...() a model must still show the old rows. The repository has already
// written the change when it signals, so rows read from SQL at that moment must not be shown yet.
void TestItemModels::incidentTableChangesWithNothingCached()
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

void TestItemModels::incidentTableSortKeepsPersistentIndexes()
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
    model.sort(IncidentTableModel::ServiceColumn, Qt::DescendingOrder);
    model.sort(IncidentTableModel::ColumnCount, Qt::AscendingOrder);
    model.sort(-1, Qt::AscendingOrder);
    QCOMPARE(spies.layout.size(), 2 * IncidentTableModel::ColumnCount);
}

void TestItemModels::incidentTableLarge()
{
    DemoOrganisation::Options options;
    options.scale = DemoOrganisation::Scale::Large;
    options.today = QDate(2024, 6, 1);
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

QTEST_MAIN(TestItemModels)
#include "tst_itemmodels.moc"
