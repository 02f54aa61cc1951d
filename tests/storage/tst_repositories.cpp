// TeamRepository and IncidentRepository against real temporary SQLite files: writes, rules, change signals,
// exact round trips of unusual names, the incident list's paging, filters and positions, and the demo organisation.
#include "domain/Validation.h"
#include "storage/Database.h"
#include "storage/DemoOrganisation.h"
#include "storage/IncidentRepository.h"
#include "storage/TeamRepository.h"

#include <QHash>
#include <QRandomGenerator>
#include <QSet>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace candor;

Q_DECLARE_METATYPE(candor::IncidentFilter)
Q_DECLARE_METATYPE(candor::IncidentSortKey)

namespace {

// An open database with both repositories; members are destroyed in reverse order, the database last.
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
    member.role = QStringLiteral("Site reliability engineer");
    return member;
}

Incident makeIncident(qint64 teamId, const QString &title)
{
    Incident incident;
    incident.teamId = teamId;
    incident.title = title;
    incident.severity = Severity::Sev2;
    incident.status = IncidentStatus::Resolved;
    incident.service = QStringLiteral("checkout-api");
    incident.started = at(10);
    incident.detected = at(10, 5);
    incident.mitigated = at(10, 40);
    incident.resolved = at(12);
    incident.summary = QStringLiteral("A bad deploy; rolled back.");
    incident.customerImpact = QStringLiteral("Some checkouts failed.");
    return incident;
}

QString longName(int length)
{
    QString name;
    while (name.size() < length)
        name += QStringLiteral("Incident crew %1 ").arg(name.size());
    return name.left(length);
}

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
    }
    return {};
}

const IncidentSortKey allKeys[] = {IncidentSortKey::Started,  IncidentSortKey::Title,  IncidentSortKey::Team,
                                   IncidentSortKey::Severity, IncidentSortKey::Status, IncidentSortKey::Service};

template <typename T>
int threeWay(const T &a, const T &b)
{
    return a < b ? -1 : (b < a ? 1 : 0);
}

// The documented order, computed without SQL: the key (title and service ignore ASCII case, team names compare
// exactly), then the id; descending reverses both. The paging data set is ASCII, so this matches COLLATE NOCASE.
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
    }
    if (c == 0)
        c = threeWay(a.id, b.id);
    return order.descending ? c > 0 : c < 0;
}

} // namespace

class TestRepositories : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
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

    // Incidents
    void incidentInsertGetUpdateRemove();
    void incidentRefused();
    void pagesMatchFullList_data();
    void pagesMatchFullList();
    void filterMembership_data();
    void filterMembership();
    void rowsEdgeCases();

    // Demo organisation
    void demoSmallScale();
    void demoIsDeterministic();
    void demoRefusesNonEmptyDatabase_data();
    void demoRefusesNonEmptyDatabase();

private:
    QString newPath();
    void buildPagingData();
    QList<qint64> expectedIds(const IncidentFilter &filter, const IncidentOrder &order) const;
    bool expectedMatch(const IncidentFilter &filter, const Incident &incident) const;
    static QList<Incident> allIncidents(const IncidentRepository &incidents);

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

void TestRepositories::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(m_dir.isValid(), qPrintable(m_dir.errorString()));
    buildPagingData();
}

void TestRepositories::init()
{
    m_store = std::make_unique<Store>(newPath());
    QVERIFY2(m_store->status.ok(), qPrintable(m_store->status.error()));
}

void TestRepositories::cleanup()
{
    m_store.reset();
}

QString TestRepositories::newPath()
{
    return m_dir.filePath(QStringLiteral("db-%1.sqlite").arg(++m_files));
}

QList<Incident> TestRepositories::allIncidents(const IncidentRepository &incidents)
{
    QList<Incident> result;
    const IncidentOrder oldestFirst{IncidentSortKey::Started, false};
    for (const IncidentRow &row : incidents.rows({}, oldestFirst, std::nullopt, 0, 1000000))
        result.append(incidents.incident(row.id).value());
    return result;
}

// ---- Teams and members ----

void TestRepositories::teamInsertGetUpdateRemove()
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

void TestRepositories::teamByName()
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

void TestRepositories::memberInsertGetUpdateRemove()
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

void TestRepositories::duplicateTeamNameRefused()
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

void TestRepositories::teamCannotBeItsOwnAncestor_data()
{
    QTest::addColumn<int>("newParent"); // index into [department, team, sub-team]; -1: a team that does not exist

    QTest::newRow("its own parent") << 0;
    QTest::newRow("under its child") << 1;
    QTest::newRow("under its grandchild") << 2;
    QTest::newRow("under a team that does not exist") << -1;
}

void TestRepositories::teamCannotBeItsOwnAncestor()
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

void TestRepositories::removeTeamRefused_data()
{
    QTest::addColumn<bool>("withSubTeam");
    QTest::addColumn<bool>("withIncident");

    QTest::newRow("team with a sub-team") << true << false;
    QTest::newRow("team owning an incident") << false << true;
}

void TestRepositories::removeTeamRefused()
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

void TestRepositories::removeTeamRemovesMembers()
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

void TestRepositories::insertTeamRestoresIds()
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

void TestRepositories::unsetOptionalTextIsStoredEmpty_data()
{
    QTest::addColumn<QString>("kind");

    // Default-constructed domain values leave optional texts as null QStrings; they must be stored as ''.
    QTest::newRow("team without description") << QStringLiteral("team");
    QTest::newRow("member without role") << QStringLiteral("member");
    QTest::newRow("incident without service, summary or impact") << QStringLiteral("incident");
}

void TestRepositories::unsetOptionalTextIsStoredEmpty()
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

void TestRepositories::namesRoundTrip_data()
{
    QTest::addColumn<QString>("name");

    QTest::newRow("10,000 characters") << longName(Limits::NameLength);
    QTest::newRow("emoji") << QStringLiteral("🚒 Incident crew");
    QTest::newRow("right-to-left text") << QStringLiteral("فريق الدعم");
    QTest::newRow("decomposed accents kept as typed") << QStringLiteral("Équipe cafe\u0301");
    QTest::newRow("quotes and SQL") << QStringLiteral("Robert'); DROP TABLE team;--");
    QTest::newRow("surrounding spaces kept") << QStringLiteral("  On call  ");
}

void TestRepositories::namesRoundTrip()
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

void TestRepositories::invalidNamesRefused_data()
{
    QTest::addColumn<QString>("name");

    QTest::newRow("empty") << QString();
    QTest::newRow("only spaces") << QStringLiteral("   ");
    QTest::newRow("10,001 characters") << longName(Limits::NameLength + 1);
}

void TestRepositories::invalidNamesRefused()
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

// ---- Incidents ----

void TestRepositories::incidentInsertGetUpdateRemove()
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

void TestRepositories::incidentRefused()
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

void TestRepositories::buildPagingData()
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
        incident.detected = incident.started.addSecs(300);
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

bool TestRepositories::expectedMatch(const IncidentFilter &filter, const Incident &incident) const
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
    const QString text = filter.text.trimmed();
    if (!text.isEmpty() && !incident.title.contains(text, Qt::CaseInsensitive) &&
        !incident.service.contains(text, Qt::CaseInsensitive) && !incident.summary.contains(text, Qt::CaseInsensitive))
        return false;
    return true;
}

QList<qint64> TestRepositories::expectedIds(const IncidentFilter &filter, const IncidentOrder &order) const
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
        rows.append(row);
    }
    std::sort(rows.begin(), rows.end(),
              [&order](const IncidentRow &a, const IncidentRow &b) { return comesBefore(order, a, b); });
    return idsOf(rows);
}

void TestRepositories::pagesMatchFullList_data()
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

void TestRepositories::pagesMatchFullList()
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

void TestRepositories::filterMembership_data()
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
    QTest::newRow("text with % matched literally") << text(QStringLiteral("50%")) << false;
    QTest::newRow("text with _ matched literally") << text(QStringLiteral("snake_case")) << false;
    QTest::newRow("text that is only %") << text(QStringLiteral("%")) << false;
    QTest::newRow("text that is only _") << text(QStringLiteral("_")) << false;
    QTest::newRow("text with a backslash") << text(QStringLiteral("\\ in")) << false;
    QTest::newRow("text is trimmed") << text(QStringLiteral("  latency  ")) << false;
    QTest::newRow("text matching nothing") << text(QStringLiteral("no such words")) << true;
    IncidentFilter combined = team("Payments");
    combined.severity = Severity::Sev3;
    combined.status = IncidentStatus::Resolved;
    combined.text = QStringLiteral("e");
    QTest::newRow("team, severity, status and text together") << combined << false;
}

void TestRepositories::filterMembership()
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

void TestRepositories::rowsEdgeCases()
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

// ---- Demo organisation ----

void TestRepositories::demoSmallScale()
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

void TestRepositories::demoIsDeterministic()
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

void TestRepositories::demoRefusesNonEmptyDatabase_data()
{
    QTest::addColumn<bool>("demoFirst");

    QTest::newRow("database with one team") << false;
    QTest::newRow("database that already holds demo data") << true;
}

void TestRepositories::demoRefusesNonEmptyDatabase()
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

QTEST_GUILESS_MAIN(TestRepositories)
#include "tst_repositories.moc"
