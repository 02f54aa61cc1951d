// TeamTreeModel under QAbstractItemModelTester: empty, populated, and following repository changes with precise
// signals, so that what it shows always equals the repository.
#include "common/ModelSpies.h"
#include "common/TestData.h"
#include "common/TestDatabase.h"
#include "item/TeamTreeModel.h"
#include "storage/DemoOrganisation.h"

#include <QAbstractItemModelTester>
#include <QMap>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace candor;
using namespace candor::testdata;

namespace {

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

} // namespace

class TestTeamTreeModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();

    void teamTreeEmpty();
    void teamTreePopulated();
    void teamTreeFollowsRepository();

private:
    QTemporaryDir m_dir;
    int m_files = 0;
    std::unique_ptr<Store> m_store;
};

void TestTeamTreeModel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(m_dir.isValid(), qPrintable(m_dir.errorString()));
}

void TestTeamTreeModel::init()
{
    CANDOR_TEST_LOCATION(location, m_dir, QStringLiteral("db-%1").arg(++m_files));
    m_store = std::make_unique<Store>(location);
    QVERIFY2(m_store->status.ok(), qPrintable(m_store->status.error()));
}

void TestTeamTreeModel::cleanup()
{
    m_store.reset();
}

void TestTeamTreeModel::cleanupTestCase()
{
    testdb::dropAll();
}

void TestTeamTreeModel::teamTreeEmpty()
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

void TestTeamTreeModel::teamTreePopulated()
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

void TestTeamTreeModel::teamTreeFollowsRepository()
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
    QVERIFY(teams.updateTeam(moved, &moved.rowVersion).ok()); // moved again below
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

QTEST_MAIN(TestTeamTreeModel)
#include "tst_teamtreemodel.moc"
