// MemberTableModel under QAbstractItemModelTester: empty, populated, scoped to teams, and following repository
// changes with precise signals, so that what it shows always equals the repository.
#include "common/ModelSpies.h"
#include "common/TestData.h"
#include "common/TestDatabase.h"
#include "item/MemberTableModel.h"
#include "storage/DemoOrganisation.h"

#include <QAbstractItemModelTester>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace candor;
using namespace candor::testdata;

namespace {

// ---- what the model shows, and what the repository holds ----

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

} // namespace

class TestMemberTableModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();

    void memberTableEmpty();
    void memberTablePopulated();
    void memberTableFollowsRepository();

private:
    QTemporaryDir m_dir;
    int m_files = 0;
    std::unique_ptr<Store> m_store;
};

void TestMemberTableModel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(m_dir.isValid(), qPrintable(m_dir.errorString()));
}

void TestMemberTableModel::init()
{
    CANDOR_TEST_LOCATION(location, m_dir, QStringLiteral("db-%1").arg(++m_files));
    m_store = std::make_unique<Store>(location);
    QVERIFY2(m_store->status.ok(), qPrintable(m_store->status.error()));
}

void TestMemberTableModel::cleanup()
{
    m_store.reset();
}

void TestMemberTableModel::cleanupTestCase()
{
    testdb::dropAll();
}

void TestMemberTableModel::memberTableEmpty()
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

void TestMemberTableModel::memberTablePopulated()
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

void TestMemberTableModel::memberTableFollowsRepository()
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

QTEST_MAIN(TestMemberTableModel)
#include "tst_membertablemodel.moc"
