// TeamRepository against real temporary SQLite files: writes, rules, change signals, exact round trips of unusual
// names (through incidents too), and the demo organisation.
#include "common/TestData.h"
#include "common/TestDatabase.h"
#include "domain/Validation.h"
#include "storage/DemoOrganisation.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace candor;
using namespace candor::testdata;

namespace {

QString longName(int length)
{
    QString name;
    while (name.size() < length)
        name += QStringLiteral("Incident crew %1 ").arg(name.size());
    return name.left(length);
}

} // namespace

class TestTeamRepository : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanupTestCase();
    void cleanup();

    // Teams and members
    void teamInsertGetUpdateRemove();
    void teamByName();
    void memberInsertGetUpdateRemove();
    void duplicateTeamNameRefused();
    void teamCannotBeItsOwnAncestor_data();
    void teamCannotBeItsOwnAncestor();
    void removeTeamRefused_data();
    void removeTeamRefused();
    void removeTeamRemovesMembers();
    void insertTeamRestoresIds();
    void unsetOptionalTextIsStoredEmpty_data();
    void unsetOptionalTextIsStoredEmpty();
    void namesRoundTrip_data();
    void namesRoundTrip();
    void invalidNamesRefused_data();
    void invalidNamesRefused();

    // Demo organisation
    void demoSmallScale();
    void demoIsDeterministic();
    void demoRefusesNonEmptyDatabase_data();
    void demoRefusesNonEmptyDatabase();

private:
    QString newPath();
    static QList<Incident> allIncidents(const IncidentRepository &incidents);

    QTemporaryDir m_dir;
    int m_files = 0;
    std::unique_ptr<Store> m_store;
};

void TestTeamRepository::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(m_dir.isValid(), qPrintable(m_dir.errorString()));
}

void TestTeamRepository::init()
{
    m_store = std::make_unique<Store>(newPath());
    QVERIFY2(m_store->status.ok(), qPrintable(m_store->status.error()));
}

void TestTeamRepository::cleanup()
{
    m_store.reset();
}

void TestTeamRepository::cleanupTestCase()
{
    testdb::dropAll();
}

QString TestTeamRepository::newPath()
{
    // A file here; a new database on the test cluster in tst_teamrepository_pg.
    return testdb::location(m_dir, QStringLiteral("db-%1").arg(++m_files));
}

QList<Incident> TestTeamRepository::allIncidents(const IncidentRepository &incidents)
{
    QList<Incident> result;
    const IncidentOrder oldestFirst{IncidentSortKey::Started, false};
    for (const IncidentRow &row : incidents.rows({}, oldestFirst, std::nullopt, 0, 1000000))
        result.append(incidents.incident(row.id).value());
    return result;
}

// ---- Teams and members ----

void TestTeamRepository::teamInsertGetUpdateRemove()
{
    TeamRepository &teams = m_store->teams;
    QSignalSpy inserted(&teams, &TeamRepository::teamInserted);
    QSignalSpy updated(&teams, &TeamRepository::teamUpdated);
    QSignalSpy removed(&teams, &TeamRepository::teamRemoved);

    Team payments = makeTeam(QStringLiteral("Payments"));
    const Result<qint64> paymentsId = teams.insertTeam(payments);
    QVERIFY2(paymentsId.ok(), qPrintable(paymentsId.error()));
    QVERIFY(*paymentsId > 0);
    payments.id = *paymentsId;
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.at(0).at(0).value<Team>(), payments);
    QCOMPARE(teams.team(payments.id).value(), payments);

    Team checkout = makeTeam(QStringLiteral("Checkout"), payments.id);
    const Result<qint64> checkoutId = teams.insertTeam(checkout);
    QVERIFY2(checkoutId.ok(), qPrintable(checkoutId.error()));
    checkout.id = *checkoutId;
    QCOMPARE(teams.teamCount(), 2);
    QCOMPARE(teams.teams(), (QList<Team>{checkout, payments})); // by name

    Team renamed = checkout;
    renamed.name = QStringLiteral("Checkout and basket");
    renamed.description = QStringLiteral("Everything between basket and receipt");
    renamed.parentId = 0;
    const Status update = teams.updateTeam(renamed);
    QVERIFY2(update.ok(), qPrintable(update.error()));
    QCOMPARE(updated.count(), 1);
    QCOMPARE(updated.at(0).at(0).value<Team>(), checkout);
    QCOMPARE(updated.at(0).at(1).value<Team>(), renamed);
    QCOMPARE(teams.team(checkout.id).value(), renamed);

    const Status removal = teams.removeTeam(renamed.id);
    QVERIFY2(removal.ok(), qPrintable(removal.error()));
    QCOMPARE(removed.count(), 1);
    QCOMPARE(removed.at(0).at(0).value<Team>(), renamed);
    const Result<Team> gone = teams.team(renamed.id);
    QVERIFY(!gone.ok());
    QVERIFY(!gone.error().isEmpty());
    QCOMPARE(teams.teamCount(), 1);

    // Operations on a team that does not exist fail and announce nothing.
    QVERIFY(!teams.removeTeam(renamed.id).ok());
    QVERIFY(!teams.updateTeam(renamed).ok());
    QCOMPARE(updated.count(), 1);
    QCOMPARE(removed.count(), 1);
    QCOMPARE(inserted.count(), 2);
}

void TestTeamRepository::teamByName()
{
    TeamRepository &teams = m_store->teams;
    QVERIFY(teams.insertTeam(makeTeam(QStringLiteral("Payments"))).ok());
    QVERIFY(teams.insertTeam(makeTeam(QStringLiteral("Data"))).ok());
    QVERIFY(teams.insertTeam(makeTeam(QStringLiteral("DATA"))).ok());

    QCOMPARE(teams.teamByName(QStringLiteral("Payments"))->name, QStringLiteral("Payments"));
    QCOMPARE(teams.teamByName(QStringLiteral("payments"))->name, QStringLiteral("Payments"));
    // Exact matches win; an ambiguous case-insensitive match is refused.
    QCOMPARE(teams.teamByName(QStringLiteral("DATA"))->name, QStringLiteral("DATA"));
    QVERIFY(!teams.teamByName(QStringLiteral("data")).ok());
    QVERIFY(!teams.teamByName(QStringLiteral("Nobody")).ok());
}

void TestTeamRepository::memberInsertGetUpdateRemove()
{
    TeamRepository &teams = m_store->teams;
    const qint64 payments = teams.insertTeam(makeTeam(QStringLiteral("Payments"))).value();
    const qint64 billing = teams.insertTeam(makeTeam(QStringLiteral("Billing"))).value();
    QSignalSpy inserted(&teams, &TeamRepository::memberInserted);
    QSignalSpy updated(&teams, &TeamRepository::memberUpdated);
    QSignalSpy removed(&teams, &TeamRepository::memberRemoved);

    Member rosa = makeMember(payments, QStringLiteral("Rosa Rossi"));
    rosa.isManager = true;
    const Result<qint64> rosaId = teams.insertMember(rosa);
    QVERIFY2(rosaId.ok(), qPrintable(rosaId.error()));
    rosa.id = *rosaId;
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.at(0).at(0).value<Member>(), rosa);
    QCOMPARE(teams.member(rosa.id).value(), rosa);

    Member ben = makeMember(payments, QStringLiteral("Ben Bauer"));
    ben.active = false;
    ben.id = teams.insertMember(ben).value();
    QCOMPARE(teams.memberCount(), 2);
    QCOMPARE(teams.members(payments), (QList<Member>{ben, rosa})); // by name
    QCOMPARE(teams.members(billing), QList<Member>());
    QCOMPARE(teams.members(), (QList<Member>{ben, rosa}));

    Member moved = ben;
    moved.teamId = billing;
    moved.role = QStringLiteral("Staff engineer");
    moved.active = true;
    const Status update = teams.updateMember(moved);
    QVERIFY2(update.ok(), qPrintable(update.error()));
    QCOMPARE(updated.count(), 1);
    QCOMPARE(updated.at(0).at(0).value<Member>(), ben);
    QCOMPARE(updated.at(0).at(1).value<Member>(), moved);
    QCOMPARE(teams.members(billing), QList<Member>{moved});

    // A member cannot move to a team that does not exist.
    Member lost = moved;
    lost.teamId = billing + 1000;
    QVERIFY(!teams.updateMember(lost).ok());
    QVERIFY(!teams.insertMember(makeMember(billing + 1000, QStringLiteral("Nobody"))).ok());
    QCOMPARE(updated.count(), 1);
    QCOMPARE(inserted.count(), 2);

    const Status removal = teams.removeMember(rosa.id);
    QVERIFY2(removal.ok(), qPrintable(removal.error()));
    QCOMPARE(removed.count(), 1);
    QCOMPARE(removed.at(0).at(0).value<Member>(), rosa);
    QVERIFY(!teams.member(rosa.id).ok());
    QVERIFY(!teams.removeMember(rosa.id).ok());
    QCOMPARE(removed.count(), 1);
    QCOMPARE(teams.memberCount(), 1);
}

void TestTeamRepository::duplicateTeamNameRefused()
{
    TeamRepository &teams = m_store->teams;
    QVERIFY(teams.insertTeam(makeTeam(QStringLiteral("Payments"))).ok());
    const qint64 billing = teams.insertTeam(makeTeam(QStringLiteral("Billing"))).value();
    QSignalSpy inserted(&teams, &TeamRepository::teamInserted);
    QSignalSpy updated(&teams, &TeamRepository::teamUpdated);

    const Result<qint64> duplicate = teams.insertTeam(makeTeam(QStringLiteral("Payments")));
    QVERIFY(!duplicate.ok());
    QVERIFY2(duplicate.error().contains(QStringLiteral("Payments")), qPrintable(duplicate.error()));

    Team renamed = teams.team(billing).value();
    renamed.name = QStringLiteral("Payments");
    const Status update = teams.updateTeam(renamed);
    QVERIFY(!update.ok());
    QVERIFY2(update.error().contains(QStringLiteral("Payments")), qPrintable(update.error()));

    QCOMPARE(teams.teamCount(), 2);
    QCOMPARE(teams.team(billing)->name, QStringLiteral("Billing"));
    QCOMPARE(inserted.count(), 0);
    QCOMPARE(updated.count(), 0);

    // Saving a team under its own unchanged name is not a duplicate.
    Team same = teams.team(billing).value();
    same.description = QStringLiteral("Invoices");
    QVERIFY(teams.updateTeam(same).ok());
}

void TestTeamRepository::teamCannotBeItsOwnAncestor_data()
{
    QTest::addColumn<int>("newParent"); // index into [department, team, sub-team]; -1: a team that does not exist

    QTest::newRow("its own parent") << 0;
    QTest::newRow("under its child") << 1;
    QTest::newRow("under its grandchild") << 2;
    QTest::newRow("under a team that does not exist") << -1;
}

void TestTeamRepository::teamCannotBeItsOwnAncestor()
{
    QFETCH(int, newParent);

    TeamRepository &teams = m_store->teams;
    const qint64 department = teams.insertTeam(makeTeam(QStringLiteral("Platform"))).value();
    const qint64 team = teams.insertTeam(makeTeam(QStringLiteral("Databases"), department)).value();
    const qint64 subTeam = teams.insertTeam(makeTeam(QStringLiteral("Replication"), team)).value();
    const qint64 parents[] = {department, team, subTeam};
    const QList<Team> before = teams.teams();
    QSignalSpy updated(&teams, &TeamRepository::teamUpdated);

    Team moved = teams.team(department).value();
    moved.parentId = newParent < 0 ? subTeam + 1000 : parents[newParent];
    const Status status = teams.updateTeam(moved);
    QVERIFY(!status.ok());
    QVERIFY(!status.error().isEmpty());
    QCOMPARE(teams.teams(), before);
    QCOMPARE(updated.count(), 0);

    // Moving the other way round is fine.
    Team up = teams.team(subTeam).value();
    up.parentId = department;
    QVERIFY(teams.updateTeam(up).ok());
    QCOMPARE(teams.team(subTeam)->parentId, department);
}

void TestTeamRepository::removeTeamRefused_data()
{
    QTest::addColumn<bool>("withSubTeam");
    QTest::addColumn<bool>("withIncident");

    QTest::newRow("team with a sub-team") << true << false;
    QTest::newRow("team owning an incident") << false << true;
}

void TestTeamRepository::removeTeamRefused()
{
    QFETCH(bool, withSubTeam);
    QFETCH(bool, withIncident);

    TeamRepository &teams = m_store->teams;
    const qint64 payments = teams.insertTeam(makeTeam(QStringLiteral("Payments"))).value();
    QVERIFY(teams.insertMember(makeMember(payments, QStringLiteral("Rosa Rossi"))).ok());
    if (withSubTeam)
        QVERIFY(teams.insertTeam(makeTeam(QStringLiteral("Billing"), payments)).ok());
    if (withIncident)
        QVERIFY(m_store->incidents.insert(makeIncident(payments, QStringLiteral("Card payments failing"))).ok());
    QSignalSpy teamRemoved(&teams, &TeamRepository::teamRemoved);
    QSignalSpy memberRemoved(&teams, &TeamRepository::memberRemoved);

    const Status status = teams.removeTeam(payments);
    QVERIFY(!status.ok());
    QVERIFY2(status.error().contains(QStringLiteral("Payments")), qPrintable(status.error()));
    QVERIFY(teams.team(payments).ok());
    QCOMPARE(teams.members(payments).size(), 1);
    QCOMPARE(teamRemoved.count(), 0);
    QCOMPARE(memberRemoved.count(), 0);
}

void TestTeamRepository::removeTeamRemovesMembers()
{
    TeamRepository &teams = m_store->teams;
    const qint64 payments = teams.insertTeam(makeTeam(QStringLiteral("Payments"))).value();
    const qint64 billing = teams.insertTeam(makeTeam(QStringLiteral("Billing"))).value();
    QVERIFY(teams.insertMember(makeMember(payments, QStringLiteral("Rosa Rossi"))).ok());
    QVERIFY(teams.insertMember(makeMember(payments, QStringLiteral("Ben Bauer"))).ok());
    QVERIFY(teams.insertMember(makeMember(billing, QStringLiteral("Mei Xu"))).ok());
    const QList<Member> paymentsMembers = teams.members(payments);
    QSignalSpy teamRemoved(&teams, &TeamRepository::teamRemoved);
    QSignalSpy memberRemoved(&teams, &TeamRepository::memberRemoved);

    QVERIFY(teams.removeTeam(payments).ok());
    QCOMPARE(teams.members(payments), QList<Member>());
    QCOMPARE(teams.memberCount(), 1);
    QCOMPARE(teams.members(billing).size(), 1);
    QCOMPARE(teamRemoved.count(), 1);
    QCOMPARE(memberRemoved.count(), paymentsMembers.size());
    QList<Member> announced;
    for (const QList<QVariant> &arguments : std::as_const(memberRemoved))
        announced.append(arguments.at(0).value<Member>());
    QCOMPARE(announced, paymentsMembers);
}

void TestTeamRepository::insertTeamRestoresIds()
{
    TeamRepository &teams = m_store->teams;
    const qint64 payments = teams.insertTeam(makeTeam(QStringLiteral("Payments"))).value();
    QVERIFY(teams.insertMember(makeMember(payments, QStringLiteral("Rosa Rossi"))).ok());
    QVERIFY(teams.insertMember(makeMember(payments, QStringLiteral("Ben Bauer"))).ok());
    QVERIFY(teams.insertTeam(makeTeam(QStringLiteral("Later team"))).ok());
    const Team removedTeam = teams.team(payments).value();
    const QList<Member> removedMembers = teams.members(payments);
    QVERIFY(teams.removeTeam(payments).ok());

    QSignalSpy teamInserted(&teams, &TeamRepository::teamInserted);
    QSignalSpy memberInserted(&teams, &TeamRepository::memberInserted);
    const Result<qint64> restored = teams.insertTeam(removedTeam, removedMembers);
    QVERIFY2(restored.ok(), qPrintable(restored.error()));
    QCOMPARE(*restored, payments);
    QCOMPARE(teams.team(payments).value(), removedTeam);
    QCOMPARE(teams.members(payments), removedMembers);
    QCOMPARE(teamInserted.count(), 1);
    QCOMPARE(teamInserted.at(0).at(0).value<Team>(), removedTeam);
    QList<Member> announced;
    for (const QList<QVariant> &arguments : std::as_const(memberInserted))
        announced.append(arguments.at(0).value<Member>());
    QCOMPARE(announced, removedMembers);

    // An id that is taken cannot be restored over.
    Team clash = makeTeam(QStringLiteral("Clash"));
    clash.id = payments;
    QVERIFY(!teams.insertTeam(clash).ok());
    QCOMPARE(teams.team(payments).value(), removedTeam);
}

void TestTeamRepository::unsetOptionalTextIsStoredEmpty_data()
{
    QTest::addColumn<QString>("kind");

    // Default-constructed domain values leave optional texts as null QStrings; they must be stored as ''.
    QTest::newRow("team without description") << QStringLiteral("team");
    QTest::newRow("member without role") << QStringLiteral("member");
    QTest::newRow("incident without service, summary or impact") << QStringLiteral("incident");
}

void TestTeamRepository::unsetOptionalTextIsStoredEmpty()
{
    QFETCH(QString, kind);

    TeamRepository &teams = m_store->teams;
    const qint64 owner = teams.insertTeam(makeTeam(QStringLiteral("Owner"))).value();
    if (kind == QLatin1String("team")) {
        Team team;
        team.name = QStringLiteral("Payments");
        const Result<qint64> id = teams.insertTeam(team);
        QVERIFY2(id.ok(), qPrintable(id.error()));
        QCOMPARE(teams.team(*id)->description, QString());
    } else if (kind == QLatin1String("member")) {
        Member member;
        member.teamId = owner;
        member.name = QStringLiteral("Rosa Rossi");
        const Result<qint64> id = teams.insertMember(member);
        QVERIFY2(id.ok(), qPrintable(id.error()));
        QCOMPARE(teams.member(*id)->role, QString());
    } else {
        Incident incident;
        incident.teamId = owner;
        incident.title = QStringLiteral("Checkout down");
        incident.started = at(1);
        const Result<qint64> id = m_store->incidents.insert(incident);
        QVERIFY2(id.ok(), qPrintable(id.error()));
        QCOMPARE(m_store->incidents.incident(*id)->summary, QString());
    }
}

void TestTeamRepository::namesRoundTrip_data()
{
    QTest::addColumn<QString>("name");

    QTest::newRow("10,000 characters") << longName(Limits::NameLength);
    QTest::newRow("emoji") << QStringLiteral("🚒 Incident crew");
    QTest::newRow("right-to-left text") << QStringLiteral("فريق الدعم");
    QTest::newRow("decomposed accents kept as typed") << QStringLiteral("Équipe cafe\u0301");
    QTest::newRow("quotes and SQL") << QStringLiteral("Robert'); DROP TABLE team;--");
    QTest::newRow("surrounding spaces kept") << QStringLiteral("  On call  ");
}

void TestTeamRepository::namesRoundTrip()
{
    QFETCH(QString, name);

    TeamRepository &teams = m_store->teams;
    const Result<qint64> teamId = teams.insertTeam(makeTeam(name));
    QVERIFY2(teamId.ok(), qPrintable(teamId.error()));
    QCOMPARE(teams.team(*teamId)->name, name);
    QCOMPARE(teams.teamByName(name)->id, *teamId);

    const Result<qint64> memberId = teams.insertMember(makeMember(*teamId, name));
    QVERIFY2(memberId.ok(), qPrintable(memberId.error()));
    QCOMPARE(teams.member(*memberId)->name, name);

    const Result<qint64> incidentId = m_store->incidents.insert(makeIncident(*teamId, name));
    QVERIFY2(incidentId.ok(), qPrintable(incidentId.error()));
    QCOMPARE(m_store->incidents.incident(*incidentId)->title, name);
    const QList<IncidentRow> rows = m_store->incidents.rows({}, {}, std::nullopt, 0, 10);
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.first().title, name);
    QCOMPARE(rows.first().teamName, name);

    IncidentFilter byText;
    byText.text = name.trimmed();
    QCOMPARE(m_store->incidents.count(byText), 1);
}

void TestTeamRepository::invalidNamesRefused_data()
{
    QTest::addColumn<QString>("name");

    QTest::newRow("empty") << QString();
    QTest::newRow("only spaces") << QStringLiteral("   ");
    QTest::newRow("10,001 characters") << longName(Limits::NameLength + 1);
}

void TestTeamRepository::invalidNamesRefused()
{
    QFETCH(QString, name);

    TeamRepository &teams = m_store->teams;
    IncidentRepository &incidents = m_store->incidents;
    const Team existing = [&] {
        Team t = makeTeam(QStringLiteral("Payments"));
        t.id = teams.insertTeam(t).value();
        return t;
    }();
    Member member = makeMember(existing.id, QStringLiteral("Rosa Rossi"));
    member.id = teams.insertMember(member).value();
    Incident incident = makeIncident(existing.id, QStringLiteral("Checkout down"));
    incident.id = incidents.insert(incident).value();

    QSignalSpy teamInserted(&teams, &TeamRepository::teamInserted);
    QSignalSpy teamUpdated(&teams, &TeamRepository::teamUpdated);
    QSignalSpy memberInserted(&teams, &TeamRepository::memberInserted);
    QSignalSpy memberUpdated(&teams, &TeamRepository::memberUpdated);
    QSignalSpy incidentInserted(&incidents, &IncidentRepository::inserted);
    QSignalSpy incidentUpdated(&incidents, &IncidentRepository::updated);

    QVERIFY(!teams.insertTeam(makeTeam(name)).ok());
    Team renamed = existing;
    renamed.name = name;
    QVERIFY(!teams.updateTeam(renamed).ok());
    QVERIFY(!teams.insertMember(makeMember(existing.id, name)).ok());
    Member renamedMember = member;
    renamedMember.name = name;
    QVERIFY(!teams.updateMember(renamedMember).ok());
    QVERIFY(!incidents.insert(makeIncident(existing.id, name)).ok());
    Incident retitled = incident;
    retitled.title = name;
    const Status update = incidents.update(retitled);
    QVERIFY(!update.ok());
    QVERIFY(!update.error().isEmpty());

    QCOMPARE(teams.teams(), QList<Team>{existing});
    QCOMPARE(teams.members(), QList<Member>{member});
    QCOMPARE(incidents.incident(incident.id).value(), incident);
    QCOMPARE(incidents.count({}), 1);
    QCOMPARE(teamInserted.count() + teamUpdated.count() + memberInserted.count() + memberUpdated.count() +
                 incidentInserted.count() + incidentUpdated.count(),
             0);
}

// ---- Demo organisation ----

void TestTeamRepository::demoSmallScale()
{
    DemoOrganisation::Options options;
    options.today = QDate(2024, 6, 1);
    const Result<DemoOrganisation::Summary> summary = DemoOrganisation::create(m_store->database, options);
    QVERIFY2(summary.ok(), qPrintable(summary.error()));
    QCOMPARE(summary->departments, 3);
    QCOMPARE(summary->teams, 13);
    QCOMPARE(summary->members, 60);
    QCOMPARE(summary->incidents, 120);

    const TeamRepository &teams = m_store->teams;
    QCOMPARE(teams.teamCount(), 13);
    QCOMPARE(teams.memberCount(), 60);
    QCOMPARE(m_store->incidents.count({}), 120);
    int departments = 0;
    for (const Team &team : teams.teams()) {
        if (team.parentId == 0)
            ++departments;
    }
    QCOMPARE(departments, 3);

    // Demo data obeys the same rules as typed data.
    for (const Team &team : teams.teams())
        QVERIFY2(Validation::team(team).isEmpty(), qPrintable(team.name));
    for (const Member &member : teams.members())
        QVERIFY2(Validation::member(member).isEmpty(), qPrintable(member.name));
    const QDateTime end = options.today.startOfDay(Qt::UTC);
    for (const Incident &incident : allIncidents(m_store->incidents)) {
        QVERIFY2(Validation::incident(incident).isEmpty(),
                 qPrintable(Validation::summary(Validation::incident(incident))));
        QVERIFY(incident.started < end);
    }
    QCOMPARE(m_store->database.integrityProblems(), QStringList());
}

void TestTeamRepository::demoIsDeterministic()
{
    DemoOrganisation::Options options;
    options.seed = 7;
    options.today = QDate(2024, 6, 1);
    QVERIFY(DemoOrganisation::create(m_store->database, options).ok());

    Store same(newPath());
    QVERIFY(same.status.ok());
    QVERIFY(DemoOrganisation::create(same.database, options).ok());
    QCOMPARE(same.teams.teams(), m_store->teams.teams());
    QCOMPARE(same.teams.members(), m_store->teams.members());
    const QList<Incident> incidents = allIncidents(m_store->incidents);
    QCOMPARE(incidents.size(), 120);
    QCOMPARE(allIncidents(same.incidents), incidents);

    Store otherSeed(newPath());
    QVERIFY(otherSeed.status.ok());
    options.seed = 8;
    QVERIFY(DemoOrganisation::create(otherSeed.database, options).ok());
    QVERIFY(allIncidents(otherSeed.incidents) != incidents);
}

void TestTeamRepository::demoRefusesNonEmptyDatabase_data()
{
    QTest::addColumn<bool>("demoFirst");

    QTest::newRow("database with one team") << false;
    QTest::newRow("database that already holds demo data") << true;
}

void TestTeamRepository::demoRefusesNonEmptyDatabase()
{
    QFETCH(bool, demoFirst);

    DemoOrganisation::Options options;
    options.today = QDate(2024, 6, 1);
    if (demoFirst)
        QVERIFY(DemoOrganisation::create(m_store->database, options).ok());
    else
        QVERIFY(m_store->teams.insertTeam(makeTeam(QStringLiteral("Payments"))).ok());
    const int teams = m_store->teams.teamCount();
    const int members = m_store->teams.memberCount();
    const int incidents = m_store->incidents.count({});

    const Result<DemoOrganisation::Summary> again = DemoOrganisation::create(m_store->database, options);
    QVERIFY(!again.ok());
    QVERIFY(!again.error().isEmpty());
    QCOMPARE(m_store->teams.teamCount(), teams);
    QCOMPARE(m_store->teams.memberCount(), members);
    QCOMPARE(m_store->incidents.count({}), incidents);
}

QTEST_GUILESS_MAIN(TestTeamRepository)
#include "tst_teamrepository.moc"
