// Edits, the undo facade: every change is one undoable command named after its item; undo and redo restore the
// same ids and values; refused changes push nothing; an undo the data no longer allows is reported and dropped.
#include "common/TestData.h"
#include "common/TestDatabase.h"
#include "domain/Names.h"
#include "domain/Validation.h"
#include "storage/Database.h"
#include "storage/IncidentRepository.h"
#include "storage/TeamRepository.h"
#include "undo/Edits.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <memory>

using namespace candor;
using namespace candor::testdata;

namespace {

enum class Refused {
    AddTeamEmptyName,
    AddTeamDuplicateName,
    AddTeamTooLongName,
    EditTeamEmptyName,
    EditTeamUnderOwnSubTeam,
    EditMissingTeam,
    RemoveTeamWithSubTeams,
    RemoveTeamOwningIncidents,
    RemoveMissingTeam,
    AddMemberEmptyName,
    AddMemberWithoutTeam,
    EditMemberEmptyName,
    RemoveMissingMember,
    AddIncidentEmptyTitle,
    EditIncidentResolvedBeforeStarted,
    EditMissingIncident,
    RemoveMissingIncident,
};

enum class Named {
    AddTeam,
    RenameTeam,
    EditTeam,
    RemoveTeam,
    AddMember,
    EditMember,
    RemoveMember,
    AddIncident,
    EditIncident,
    RemoveIncident
};

} // namespace

Q_DECLARE_METATYPE(Refused)
Q_DECLARE_METATYPE(Named)

namespace {

// The shared store, with an undo stack and the Edits facade on top; destroyed before the repositories.
struct EditStore : testdata::Store
{
    using testdata::Store::Store;
    QUndoStack stack;
    Edits edits{stack, teams, incidents};
};

} // namespace

class TestEdits : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();

    void addTeamUndoRedoKeepsId();
    void removeTeamUndoRestoresMembers();
    void editIncidentUndoRestoresOldValues();
    void removeIncidentUndoRestoresSameId();
    void memberEditsUndo();
    void unchangedEditPushesNothing();
    void refusedEditPushesNothing_data();
    void refusedEditPushesNothing();
    void undoTextNamesTheItem_data();
    void undoTextNamesTheItem();
    void undoNoLongerPossibleIsReported();
    void redoNoLongerPossibleIsReported();

private:
    QTemporaryDir m_dir;
    int m_files = 0;
    std::unique_ptr<EditStore> m_store;
    // Present in every test: Platform > Databases, with one member and one incident on Databases.
    qint64 m_platform = 0;
    qint64 m_databases = 0;
    qint64 m_member = 0;
    qint64 m_incident = 0;
};

void TestEdits::cleanupTestCase()
{
    m_store.reset();
    testdb::dropAll();
}

void TestEdits::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(m_dir.isValid(), qPrintable(m_dir.errorString()));
}

void TestEdits::init()
{
    CANDOR_TEST_LOCATION(location, m_dir, QStringLiteral("db-%1").arg(++m_files));
    m_store = std::make_unique<EditStore>(location);
    QVERIFY2(m_store->status.ok(), qPrintable(m_store->status.error()));
    m_platform = m_store->teams.insertTeam(makeTeam(QStringLiteral("Platform"))).value();
    m_databases = m_store->teams.insertTeam(makeTeam(QStringLiteral("Databases"), m_platform)).value();
    m_member = m_store->teams.insertMember(makeMember(m_databases, QStringLiteral("Ben Bauer"))).value();
    m_incident = m_store->incidents.insert(makeIncident(m_databases, QStringLiteral("Replica lag"))).value();
}

void TestEdits::cleanup()
{
    m_store.reset();
}

void TestEdits::addTeamUndoRedoKeepsId()
{
    Edits &edits = m_store->edits;
    QUndoStack &stack = m_store->stack;
    const TeamRepository &teams = m_store->teams;

    const Team security = makeTeam(QStringLiteral("Security"), m_platform);
    const Result<qint64> id = edits.addTeam(security);
    QVERIFY2(id.ok(), qPrintable(id.error()));
    QCOMPARE(stack.count(), 1);
    QVERIFY2(stack.text(0).contains(QStringLiteral("Security")), qPrintable(stack.text(0)));
    Team stored = security;
    stored.id = *id;
    QCOMPARE(teams.team(*id).value(), stored);

    stack.undo();
    QVERIFY(!teams.team(*id).ok());
    QCOMPARE(teams.teamCount(), 2);
    QCOMPARE(stack.index(), 0);

    stack.redo();
    QCOMPARE(teams.team(*id).value(), stored);
    QCOMPARE(stack.index(), 1);
    stack.undo();
    stack.redo();
    QCOMPARE(teams.team(*id).value(), stored);
    QCOMPARE(stack.count(), 1);
}

void TestEdits::removeTeamUndoRestoresMembers()
{
    TeamRepository &teams = m_store->teams;
    QUndoStack &stack = m_store->stack;
    const qint64 security = teams.insertTeam(makeTeam(QStringLiteral("Security"), m_platform)).value();
    QVERIFY(teams.insertMember(makeMember(security, QStringLiteral("Sofia Santos"))).ok());
    Member manager = makeMember(security, QStringLiteral("Tariq Haddad"));
    manager.isManager = true;
    manager.active = false;
    QVERIFY(teams.insertMember(manager).ok());
    const Team team = teams.team(security).value();
    const QList<Member> members = teams.members(security);
    QCOMPARE(members.size(), 2);

    const Status removal = m_store->edits.removeTeam(security);
    QVERIFY2(removal.ok(), qPrintable(removal.error()));
    QVERIFY(!teams.team(security).ok());
    QCOMPARE(teams.members(security), QList<Member>());
    QCOMPARE(stack.count(), 1);

    stack.undo();
    QCOMPARE(teams.team(security).value(), team);
    QCOMPARE(teams.members(security), members);

    stack.redo();
    QVERIFY(!teams.team(security).ok());
    QCOMPARE(teams.members(security), QList<Member>());
    stack.undo();
    QCOMPARE(teams.members(security), members);
}

void TestEdits::editIncidentUndoRestoresOldValues()
{
    IncidentRepository &incidents = m_store->incidents;
    QUndoStack &stack = m_store->stack;
    const Incident original = incidents.incident(m_incident).value();

    Incident edited = original;
    edited.teamId = m_platform;
    edited.title = QStringLiteral("Replica lag after failover");
    edited.severity = Severity::Sev1;
    edited.status = IncidentStatus::Resolved;
    edited.service = QStringLiteral("replication-worker");
    edited.started = at(9);
    edited.detected = at(9, 30);
    edited.resolved = at(14);
    edited.summary = QStringLiteral("Failover left one replica behind.");
    edited.customerImpact = QStringLiteral("None.");
    const Status status = m_store->edits.editIncident(edited);
    QVERIFY2(status.ok(), qPrintable(status.error()));
    QCOMPARE(incidents.incident(m_incident).value(), edited);
    QCOMPARE(stack.count(), 1);

    stack.undo();
    QCOMPARE(incidents.incident(m_incident).value(), original);
    stack.redo();
    QCOMPARE(incidents.incident(m_incident).value(), edited);
}

void TestEdits::removeIncidentUndoRestoresSameId()
{
    IncidentRepository &incidents = m_store->incidents;
    QUndoStack &stack = m_store->stack;
    const Incident original = incidents.incident(m_incident).value();

    QVERIFY(m_store->edits.removeIncident(m_incident).ok());
    QVERIFY(!incidents.incident(m_incident).ok());
    stack.undo();
    QCOMPARE(incidents.incident(m_incident).value(), original);

    const Result<qint64> added = m_store->edits.addIncident(makeIncident(m_platform, QStringLiteral("Build queue")));
    QVERIFY2(added.ok(), qPrintable(added.error()));
    QCOMPARE(stack.count(), 1); // a new command discards the undone removal
    QVERIFY(!stack.canRedo());
    stack.undo();
    QVERIFY(!incidents.incident(*added).ok());
    stack.redo();
    QCOMPARE(incidents.incident(*added)->title, QStringLiteral("Build queue"));
}

void TestEdits::memberEditsUndo()
{
    TeamRepository &teams = m_store->teams;
    QUndoStack &stack = m_store->stack;
    const Member original = teams.member(m_member).value();

    Member moved = original;
    moved.teamId = m_platform;
    moved.role = QStringLiteral("Staff engineer");
    QVERIFY(m_store->edits.editMember(moved).ok());
    QCOMPARE(teams.member(m_member).value(), moved);
    QVERIFY(m_store->edits.removeMember(m_member).ok());
    QVERIFY(!teams.member(m_member).ok());
    const Result<qint64> added = m_store->edits.addMember(makeMember(m_platform, QStringLiteral("Mei Xu")));
    QVERIFY(added.ok());
    QCOMPARE(stack.count(), 3);

    stack.undo();
    QVERIFY(!teams.member(*added).ok());
    stack.undo();
    QCOMPARE(teams.member(m_member).value(), moved);
    stack.undo();
    QCOMPARE(teams.member(m_member).value(), original);
    QCOMPARE(stack.index(), 0);
}

void TestEdits::unchangedEditPushesNothing()
{
    QVERIFY(m_store->edits.editTeam(m_store->teams.team(m_databases).value()).ok());
    QVERIFY(m_store->edits.editMember(m_store->teams.member(m_member).value()).ok());
    QVERIFY(m_store->edits.editIncident(m_store->incidents.incident(m_incident).value()).ok());
    QCOMPARE(m_store->stack.count(), 0);
}

void TestEdits::refusedEditPushesNothing_data()
{
    QTest::addColumn<Refused>("edit");

    QTest::newRow("add team with empty name") << Refused::AddTeamEmptyName;
    QTest::newRow("add team with a name already taken") << Refused::AddTeamDuplicateName;
    QTest::newRow("add team with a 10,001-character name") << Refused::AddTeamTooLongName;
    QTest::newRow("rename team to empty") << Refused::EditTeamEmptyName;
    QTest::newRow("move team under its own sub-team") << Refused::EditTeamUnderOwnSubTeam;
    QTest::newRow("edit team that does not exist") << Refused::EditMissingTeam;
    QTest::newRow("remove team with sub-teams") << Refused::RemoveTeamWithSubTeams;
    QTest::newRow("remove team owning incidents") << Refused::RemoveTeamOwningIncidents;
    QTest::newRow("remove team that does not exist") << Refused::RemoveMissingTeam;
    QTest::newRow("add member with empty name") << Refused::AddMemberEmptyName;
    QTest::newRow("add member without team") << Refused::AddMemberWithoutTeam;
    QTest::newRow("rename member to empty") << Refused::EditMemberEmptyName;
    QTest::newRow("remove member that does not exist") << Refused::RemoveMissingMember;
    QTest::newRow("add incident with empty title") << Refused::AddIncidentEmptyTitle;
    QTest::newRow("edit incident resolved before it started") << Refused::EditIncidentResolvedBeforeStarted;
    QTest::newRow("edit incident that does not exist") << Refused::EditMissingIncident;
    QTest::newRow("remove incident that does not exist") << Refused::RemoveMissingIncident;
}

void TestEdits::refusedEditPushesNothing()
{
    QFETCH(Refused, edit);

    Edits &edits = m_store->edits;
    TeamRepository &teams = m_store->teams;
    IncidentRepository &incidents = m_store->incidents;
    QVERIFY(edits.addTeam(makeTeam(QStringLiteral("Payments"))).ok()); // something to undo later
    const int count = m_store->stack.count();
    const int index = m_store->stack.index();
    const QList<Team> teamsBefore = teams.teams();
    const QList<Member> membersBefore = teams.members();
    const Incident incidentBefore = incidents.incident(m_incident).value();
    QSignalSpy failed(&edits, &Edits::failed);

    Status status;
    switch (edit) {
    case Refused::AddTeamEmptyName:
        status = Status::from(edits.addTeam(makeTeam(QString())));
        break;
    case Refused::AddTeamDuplicateName:
        status = Status::from(edits.addTeam(makeTeam(QStringLiteral("Databases"))));
        break;
    case Refused::AddTeamTooLongName:
        status = Status::from(edits.addTeam(makeTeam(QString(Limits::NameLength + 1, QLatin1Char('n')))));
        break;
    case Refused::EditTeamEmptyName: {
        Team team = teams.team(m_databases).value();
        team.name = QStringLiteral("  ");
        status = edits.editTeam(team);
        break;
    }
    case Refused::EditTeamUnderOwnSubTeam: {
        Team team = teams.team(m_platform).value();
        team.parentId = m_databases;
        status = edits.editTeam(team);
        break;
    }
    case Refused::EditMissingTeam: {
        Team team = makeTeam(QStringLiteral("Ghosts"));
        team.id = 999;
        status = edits.editTeam(team);
        break;
    }
    case Refused::RemoveTeamWithSubTeams:
        status = edits.removeTeam(m_platform);
        break;
    case Refused::RemoveTeamOwningIncidents:
        status = edits.removeTeam(m_databases);
        break;
    case Refused::RemoveMissingTeam:
        status = edits.removeTeam(999);
        break;
    case Refused::AddMemberEmptyName:
        status = Status::from(edits.addMember(makeMember(m_databases, QString())));
        break;
    case Refused::AddMemberWithoutTeam:
        status = Status::from(edits.addMember(makeMember(0, QStringLiteral("Nobody"))));
        break;
    case Refused::EditMemberEmptyName: {
        Member member = teams.member(m_member).value();
        member.name = QString();
        status = edits.editMember(member);
        break;
    }
    case Refused::RemoveMissingMember:
        status = edits.removeMember(999);
        break;
    case Refused::AddIncidentEmptyTitle:
        status = Status::from(edits.addIncident(makeIncident(m_databases, QString())));
        break;
    case Refused::EditIncidentResolvedBeforeStarted: {
        Incident incident = incidentBefore;
        incident.status = IncidentStatus::Resolved;
        incident.resolved = incident.started.addSecs(-3600);
        status = edits.editIncident(incident);
        break;
    }
    case Refused::EditMissingIncident: {
        Incident incident = incidentBefore;
        incident.id = 999;
        status = edits.editIncident(incident);
        break;
    }
    case Refused::RemoveMissingIncident:
        status = edits.removeIncident(999);
        break;
    }

    QVERIFY(!status.ok());
    QVERIFY(!status.error().trimmed().isEmpty());
    QCOMPARE(m_store->stack.count(), count);
    QCOMPARE(m_store->stack.index(), index);
    QCOMPARE(teams.teams(), teamsBefore);
    QCOMPARE(teams.members(), membersBefore);
    QCOMPARE(incidents.incident(m_incident).value(), incidentBefore);
    QCOMPARE(incidents.count({}), 1);
    QCOMPARE(failed.count(), 0); // the caller got the error; failed() is for undo and redo
    // The earlier command is still the one undone next.
    m_store->stack.undo();
    QVERIFY(!teams.teamByName(QStringLiteral("Payments")).ok());
}

void TestEdits::undoTextNamesTheItem_data()
{
    QTest::addColumn<Named>("edit");
    QTest::addColumn<QString>("name");

    const QString emoji = QStringLiteral("🚒 Incident crew");
    QTest::newRow("add team") << Named::AddTeam << emoji;
    QTest::newRow("rename team") << Named::RenameTeam << QStringLiteral("فريق الدعم");
    QTest::newRow("edit team") << Named::EditTeam << QStringLiteral("Databases");
    QTest::newRow("delete team") << Named::RemoveTeam << emoji;
    QTest::newRow("add member") << Named::AddMember << QStringLiteral("Zofia Novak");
    QTest::newRow("edit member") << Named::EditMember << QStringLiteral("Ben Bauer");
    QTest::newRow("delete member") << Named::RemoveMember << QStringLiteral("Ben Bauer");
    QTest::newRow("add incident") << Named::AddIncident << QStringLiteral("Checkout down");
    QTest::newRow("edit incident") << Named::EditIncident << QStringLiteral("Replica lag");
    QTest::newRow("delete incident") << Named::RemoveIncident << QStringLiteral("Replica lag");
    QTest::newRow("long name shortened") << Named::AddTeam << QString(Limits::NameLength, QLatin1Char('L'));
    QTest::newRow("long emoji name shortened") << Named::AddTeam << QStringLiteral("🚒").repeated(500);
}

void TestEdits::undoTextNamesTheItem()
{
    QFETCH(Named, edit);
    QFETCH(QString, name);

    Edits &edits = m_store->edits;
    TeamRepository &teams = m_store->teams;
    const qint64 named = edit == Named::RemoveTeam ? teams.insertTeam(makeTeam(name)).value() : 0;
    Status status;
    switch (edit) {
    case Named::AddTeam:
        status = Status::from(edits.addTeam(makeTeam(name)));
        break;
    case Named::RenameTeam:
    case Named::EditTeam: {
        Team team = teams.team(m_databases).value();
        if (edit == Named::RenameTeam)
            team.name = name;
        else
            team.description = QStringLiteral("Keeps the data");
        status = edits.editTeam(team);
        break;
    }
    case Named::RemoveTeam:
        status = edits.removeTeam(named);
        break;
    case Named::AddMember:
        status = Status::from(edits.addMember(makeMember(m_databases, name)));
        break;
    case Named::EditMember: {
        Member member = teams.member(m_member).value();
        member.isManager = true;
        status = edits.editMember(member);
        break;
    }
    case Named::RemoveMember:
        status = edits.removeMember(m_member);
        break;
    case Named::AddIncident:
        status = Status::from(edits.addIncident(makeIncident(m_databases, name)));
        break;
    case Named::EditIncident: {
        Incident incident = m_store->incidents.incident(m_incident).value();
        incident.severity = Severity::Sev1;
        status = edits.editIncident(incident);
        break;
    }
    case Named::RemoveIncident:
        status = edits.removeIncident(m_incident);
        break;
    }
    QVERIFY2(status.ok(), qPrintable(status.error()));
    QCOMPARE(m_store->stack.count(), 1);

    const QString text = m_store->stack.undoText();
    QVERIFY2(text.contains(shortName(name)), qPrintable(text));
    QVERIFY2(text.size() < 100, qPrintable(text));
    if (edit == Named::RenameTeam)
        QVERIFY2(text.contains(QStringLiteral("Databases")), qPrintable(text));
    // A shortened name never ends in half a surrogate pair.
    QVERIFY(text.isValidUtf16());
}

void TestEdits::undoNoLongerPossibleIsReported()
{
    Edits &edits = m_store->edits;
    QUndoStack &stack = m_store->stack;
    const Result<qint64> security = edits.addTeam(makeTeam(QStringLiteral("Security")));
    QVERIFY(security.ok());
    // Changed outside the undo history: the new team now owns an incident, so removing it is refused.
    QVERIFY(m_store->incidents.insert(makeIncident(*security, QStringLiteral("Leaked token"))).ok());
    QSignalSpy failed(&edits, &Edits::failed);

    stack.undo();
    QCOMPARE(failed.count(), 1);
    QVERIFY(failed.at(0).at(0).toString().contains(QStringLiteral("Security")));
    QVERIFY(m_store->teams.team(*security).ok());
    // The command no longer matches the data and is dropped rather than left to fail again.
    QCOMPARE(stack.count(), 0);
    QVERIFY(!stack.canRedo());
}

void TestEdits::redoNoLongerPossibleIsReported()
{
    Edits &edits = m_store->edits;
    QUndoStack &stack = m_store->stack;
    QVERIFY(edits.addTeam(makeTeam(QStringLiteral("Security"))).ok());
    stack.undo();
    // Meanwhile another team took the name.
    QVERIFY(m_store->teams.insertTeam(makeTeam(QStringLiteral("Security"))).ok());
    QSignalSpy failed(&edits, &Edits::failed);

    stack.redo();
    QCOMPARE(failed.count(), 1);
    QVERIFY(!failed.at(0).at(0).toString().isEmpty());
    QCOMPARE(m_store->teams.teamCount(), 3);
    QCOMPARE(stack.count(), 0);
}

QTEST_GUILESS_MAIN(TestEdits)
#include "tst_edits.moc"
