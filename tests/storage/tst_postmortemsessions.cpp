// PostmortemRepository against real temporary SQLite files, the session and what happens in the room: sessions
// and their settings, notes and summary, the phase record and log, removing a session with everything in it,
// participants and speaking turns, drafts, and anonymous check tallies. The timeline, factors, learnings and action
// items are in tst_postmortemcontent; what holds across the repository is in tst_postmortemrepository.
#include "domain/Validation.h"
#include "storage/PostmortemRepositoryFixture.h"

#include <QSignalSpy>
#include <QTest>

#include <array>
#include <optional>

using namespace candor;
using namespace candor::testdata;

Q_DECLARE_METATYPE(candor::Session)
Q_DECLARE_METATYPE(candor::CheckKind)

namespace {

QStringList namesOf(const QList<Participant> &participants)
{
    QStringList names;
    for (const Participant &p : participants)
        names.append(p.name);
    return names;
}

} // namespace

class TestPostmortemSessions : public PostmortemRepositoryTest
{
    Q_OBJECT

private slots:
    // Sessions
    void sessionRoundTrip();
    void onePostmortemPerIncident();
    void insertSessionRefused_data();
    void insertSessionRefused();
    void settingsLimits_data();
    void settingsLimits();
    void settingsRoundTrip();
    void notesAndSummary();
    void removeSessionRemovesEverything();
    void changePhaseAndLog();

    // Participants and turns
    void participantsInQueueOrder();
    void participantRefused_data();
    void participantRefused();
    void removeParticipantClearsSpeaker();
    void turns();

    // Drafts and anonymous checks
    void drafts();
    void tallies();
};

// ---- Sessions ----

void TestPostmortemSessions::sessionRoundTrip()
{
    QVERIFY(m_session > 0);
    const Result<Session> stored = repo().session(m_session);
    QVERIFY2(stored.ok(), qPrintable(stored.error()));
    QCOMPARE(stored->id, m_session);
    QCOMPARE(stored->kind, SessionKind::Postmortem);
    QCOMPARE(stored->incidentId, m_incident);
    QCOMPARE(stored->teamId, m_team);
    QCOMPARE(stored->facilitator, QStringLiteral("Sam Rivers"));
    QCOMPARE(stored->facilitatorMemberId, 0);
    QVERIFY(!stored->facilitatorConflictAccepted);
    QCOMPARE(stored->phase, Phase::Opening);
    QCOMPARE(stored->turnSeconds, 120);
    QCOMPARE(stored->phaseMinutes, 20);
    QCOMPARE(stored->speakerId, 0);
    QVERIFY(!stored->turnStarted.isValid());
    QCOMPARE(stored->created, at(50));
    QCOMPARE(stored->created.timeSpec(), Qt::UTC);
    // The opening started when the session was created; nothing else has started.
    QCOMPARE(stored->record(Phase::Opening).started, at(50));
    QVERIFY(!stored->record(Phase::Opening).isClosed());
    for (Phase later : {Phase::Timeline, Phase::Factors, Phase::Actions, Phase::Closing})
        QCOMPARE(stored->record(later), PhaseRecord());
    QCOMPARE(repo().sessionForIncident(m_incident), std::optional<qint64>(m_session));
    QCOMPARE(repo().sessionForIncident(m_incident + 100), std::nullopt);

    // A retro with its period, and an opening that started before the session was saved.
    QSignalSpy sessionsChanged(&repo(), &PostmortemRepository::sessionsChanged);
    Session retro = makeRetro(m_team, QStringLiteral("February retro"), at(60));
    retro.record(Phase::Opening).started = at(58);
    retro.turnSeconds = 90;
    retro.phaseMinutes = 15;
    const qint64 retroId = addSession(repo(), retro);
    QVERIFY(retroId > 0);
    QCOMPARE(sessionsChanged.count(), 1);
    const Session storedRetro = repo().session(retroId).value();
    QCOMPARE(storedRetro.kind, SessionKind::Retro);
    QCOMPARE(storedRetro.incidentId, 0);
    QCOMPARE(storedRetro.title, QStringLiteral("February retro"));
    QCOMPARE(storedRetro.periodStart, QDate(2024, 2, 1));
    QCOMPARE(storedRetro.periodEnd, QDate(2024, 2, 29));
    QCOMPARE(storedRetro.turnSeconds, 90);
    QCOMPARE(storedRetro.phaseMinutes, 15);
    QCOMPARE(storedRetro.record(Phase::Opening).started, at(58));

    // The list: newest first, the incident's title for a postmortem.
    const QList<SessionRow> rows = repo().sessions();
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows.at(0).id, retroId);
    QCOMPARE(rows.at(0).kind, SessionKind::Retro);
    QCOMPARE(rows.at(0).title, QStringLiteral("February retro"));
    QCOMPARE(rows.at(0).teamName, QStringLiteral("Payments"));
    QCOMPARE(rows.at(0).created, at(60));
    QCOMPARE(rows.at(1).id, m_session);
    QCOMPARE(rows.at(1).incidentId, m_incident);
    QCOMPARE(rows.at(1).title, QStringLiteral("Card payments failing"));
    QCOMPARE(rows.at(1).phase, Phase::Opening);

    const Result<Session> missing = repo().session(retroId + 100);
    QVERIFY(!missing.ok());
    QVERIFY(!missing.error().isEmpty());
}

void TestPostmortemSessions::onePostmortemPerIncident()
{
    QSignalSpy sessionsChanged(&repo(), &PostmortemRepository::sessionsChanged);
    const Result<qint64> second = repo().insertSession(makePostmortem(m_incident, m_team, at(70)));
    QVERIFY(!second.ok());
    QVERIFY2(second.error().contains(QStringLiteral("already has a postmortem")), qPrintable(second.error()));
    QCOMPARE(sessionsChanged.count(), 0);
    QCOMPARE(repo().sessions().size(), 1);

    // Retros are not tied to an incident: several per team are fine.
    QVERIFY(addSession(repo(), makeRetro(m_team, QStringLiteral("Retro one"), at(71))) > 0);
    QVERIFY(addSession(repo(), makeRetro(m_team, QStringLiteral("Retro two"), at(72))) > 0);
    QCOMPARE(repo().sessions().size(), 3);

    // Once the postmortem is gone, the incident can have a new one.
    QVERIFY(repo().removeSession(m_session).ok());
    QCOMPARE(repo().sessionForIncident(m_incident), std::nullopt);
    const Result<qint64> again = repo().insertSession(makePostmortem(m_incident, m_team, at(73)));
    QVERIFY2(again.ok(), qPrintable(again.error()));
    QCOMPARE(repo().sessionForIncident(m_incident), std::optional<qint64>(*again));
}

void TestPostmortemSessions::insertSessionRefused_data()
{
    QTest::addColumn<Session>("session");
    QTest::addColumn<QString>("mentions");

    const qint64 noIncident = 0;
    Session postmortem = makePostmortem(noIncident, 1, at(80));
    QTest::newRow("postmortem without an incident") << postmortem << QStringLiteral("incident");
    QTest::newRow("retro without a title") << makeRetro(1, QString(), at(80)) << QStringLiteral("title");
    QTest::newRow("retro with a title of spaces")
        << makeRetro(1, QStringLiteral("   "), at(80)) << QStringLiteral("title");
    QTest::newRow("title too long") << makeRetro(1, QString(Limits::NameLength + 1, QLatin1Char('t')), at(80))
                                    << QStringLiteral("too long");
    Session longFacilitator = makeRetro(1, QStringLiteral("Retro"), at(80));
    longFacilitator.facilitator = QString(Limits::NameLength + 1, QLatin1Char('f'));
    QTest::newRow("facilitator's name too long") << longFacilitator << QStringLiteral("too long");
    Session shortTurn = makeRetro(1, QStringLiteral("Retro"), at(80));
    shortTurn.turnSeconds = 5;
    QTest::newRow("turn shorter than ten seconds") << shortTurn << QStringLiteral("turn");
    Session noTurn = makeRetro(1, QStringLiteral("Retro"), at(80));
    noTurn.turnSeconds = 0;
    QTest::newRow("turn of zero seconds") << noTurn << QStringLiteral("turn");
    Session longPhase = makeRetro(1, QStringLiteral("Retro"), at(80));
    longPhase.phaseMinutes = 481;
    QTest::newRow("phase longer than eight hours") << longPhase << QStringLiteral("timebox");
    Session noPhase = makeRetro(1, QStringLiteral("Retro"), at(80));
    noPhase.phaseMinutes = 0;
    QTest::newRow("phase of zero minutes") << noPhase << QStringLiteral("timebox");
    QTest::newRow("team that does not exist") << makeRetro(999, QStringLiteral("Retro"), at(80)) << QString();
}

void TestPostmortemSessions::insertSessionRefused()
{
    QFETCH(Session, session);
    QFETCH(QString, mentions);

    if (session.teamId == 1)
        session.teamId = m_team;
    QSignalSpy sessionsChanged(&repo(), &PostmortemRepository::sessionsChanged);
    const Result<qint64> id = repo().insertSession(session);
    QVERIFY(!id.ok());
    QVERIFY(!id.error().isEmpty());
    if (!mentions.isEmpty())
        QVERIFY2(id.error().contains(mentions, Qt::CaseInsensitive), qPrintable(id.error()));
    QCOMPARE(sessionsChanged.count(), 0);
    QCOMPARE(repo().sessions().size(), 1);
}

void TestPostmortemSessions::settingsLimits_data()
{
    QTest::addColumn<bool>("retro");
    QTest::addColumn<int>("turnSeconds");
    QTest::addColumn<int>("phaseMinutes");
    QTest::addColumn<QString>("title");
    QTest::addColumn<bool>("accepted");

    const QString title = QStringLiteral("March retro");
    QTest::newRow("shortest turn, ten seconds") << false << 10 << 20 << QString() << true;
    QTest::newRow("turn of nine seconds") << false << 9 << 20 << QString() << false;
    QTest::newRow("negative turn") << false << -120 << 20 << QString() << false;
    QTest::newRow("longest turn, one hour") << false << 3600 << 20 << QString() << true;
    QTest::newRow("turn one second over an hour") << false << 3601 << 20 << QString() << false;
    QTest::newRow("shortest phase, one minute") << false << 120 << 1 << QString() << true;
    QTest::newRow("phase of zero minutes") << false << 120 << 0 << QString() << false;
    QTest::newRow("longest phase, eight hours") << false << 120 << 480 << QString() << true;
    QTest::newRow("phase one minute over eight hours") << false << 120 << 481 << QString() << false;
    QTest::newRow("postmortem needs no title of its own") << false << 120 << 20 << QString() << true;
    QTest::newRow("retro with a title") << true << 120 << 20 << title << true;
    QTest::newRow("retro with its title removed") << true << 120 << 20 << QString() << false;
    QTest::newRow("retro with a title of spaces") << true << 120 << 20 << QStringLiteral(" \t") << false;
    QTest::newRow("retro title at the limit")
        << true << 120 << 20 << QString(Limits::NameLength, QLatin1Char('t')) << true;
    QTest::newRow("retro title too long")
        << true << 120 << 20 << QString(Limits::NameLength + 1, QLatin1Char('t')) << false;
}

void TestPostmortemSessions::settingsLimits()
{
    QFETCH(bool, retro);
    QFETCH(int, turnSeconds);
    QFETCH(int, phaseMinutes);
    QFETCH(QString, title);
    QFETCH(bool, accepted);

    const qint64 id =
        retro ? addSession(repo(), makeRetro(m_team, QStringLiteral("February retro"), at(60))) : m_session;
    QVERIFY(id > 0);
    const Session before = repo().session(id).value();
    Session edited = before;
    edited.turnSeconds = turnSeconds;
    edited.phaseMinutes = phaseMinutes;
    edited.title = title;
    QSignalSpy sessionChanged(&repo(), &PostmortemRepository::sessionChanged);
    QSignalSpy sessionsChanged(&repo(), &PostmortemRepository::sessionsChanged);

    const Status status = repo().updateSettings(edited);
    QCOMPARE(status.ok(), accepted);
    const Session after = repo().session(id).value();
    if (accepted) {
        QCOMPARE(after.turnSeconds, turnSeconds);
        QCOMPARE(after.phaseMinutes, phaseMinutes);
        QCOMPARE(after.title, title);
        QCOMPARE(sessionChanged.count(), 1);
        QCOMPARE(sessionChanged.at(0).at(0).toLongLong(), id);
        QCOMPARE(sessionsChanged.count(), 1);
    } else {
        QVERIFY(!status.error().isEmpty());
        QCOMPARE(after.turnSeconds, before.turnSeconds);
        QCOMPARE(after.phaseMinutes, before.phaseMinutes);
        QCOMPARE(after.title, before.title);
        QCOMPARE(sessionChanged.count(), 0);
        QCOMPARE(sessionsChanged.count(), 0);
    }
}

void TestPostmortemSessions::settingsRoundTrip()
{
    const qint64 member = m_store->teams.insertMember(makeMember(m_team, QStringLiteral("Ana Lima"))).value();
    Session edited = repo().session(m_session).value();
    edited.facilitator = QStringLiteral("Ana Lima");
    edited.facilitatorMemberId = member;
    edited.facilitatorConflictAccepted = true;
    edited.periodStart = QDate(2024, 3, 1);
    edited.periodEnd = QDate(2024, 3, 2);
    edited.turnSeconds = 45;
    edited.phaseMinutes = 30;
    // Not settings: the phase, the speaker and the texts stay as stored.
    edited.phase = Phase::Closing;
    edited.record(Phase::Opening).agreed = at(90);
    edited.speakerId = 77;
    edited.notes = QStringLiteral("not through updateSettings");
    edited.summary = QStringLiteral("not through updateSettings either");
    QVERIFY(repo().updateSettings(edited, &edited.rowVersion).ok());

    const Session stored = repo().session(m_session).value();
    QCOMPARE(stored.facilitator, QStringLiteral("Ana Lima"));
    QCOMPARE(stored.facilitatorMemberId, member);
    QVERIFY(stored.facilitatorConflictAccepted);
    QCOMPARE(stored.periodStart, QDate(2024, 3, 1));
    QCOMPARE(stored.periodEnd, QDate(2024, 3, 2));
    QCOMPARE(stored.turnSeconds, 45);
    QCOMPARE(stored.phaseMinutes, 30);
    QCOMPARE(stored.phase, Phase::Opening);
    QVERIFY(!stored.record(Phase::Opening).agreed.isValid());
    QCOMPARE(stored.speakerId, 0);
    QVERIFY(stored.notes.isEmpty());
    QVERIFY(stored.summary.isEmpty());

    // Back to a guest facilitator: the member link and the acceptance clear.
    edited.facilitator = QStringLiteral("Guest from Support");
    edited.facilitatorMemberId = 0;
    edited.facilitatorConflictAccepted = false;
    edited.periodStart = QDate();
    QVERIFY(repo().updateSettings(edited, &edited.rowVersion).ok());
    const Session guest = repo().session(m_session).value();
    QCOMPARE(guest.facilitatorMemberId, 0);
    QVERIFY(!guest.facilitatorConflictAccepted);
    QVERIFY(!guest.periodStart.isValid());

    // Removing the facilitator's member record keeps the name and drops the link.
    edited.facilitatorMemberId = member;
    QVERIFY(repo().updateSettings(edited, &edited.rowVersion).ok());
    QVERIFY(m_store->teams.removeMember(member).ok());
    const Session orphaned = repo().session(m_session).value();
    QCOMPARE(orphaned.facilitatorMemberId, 0);
    QCOMPARE(orphaned.facilitator, QStringLiteral("Guest from Support"));
}

void TestPostmortemSessions::notesAndSummary()
{
    QSignalSpy sessionChanged(&repo(), &PostmortemRepository::sessionChanged);
    const QString notes = QStringLiteral("Ask about the 14:05 alert.\nKeep the room calm.");
    QVERIFY(repo().setNotes(m_session, notes).ok());
    QCOMPARE(repo().session(m_session)->notes, notes);
    QCOMPARE(sessionChanged.count(), 1);
    QCOMPARE(sessionChanged.at(0).at(0).toLongLong(), m_session);

    const QString summary = QStringLiteral("  A config push without a canary took checkout down for 40 minutes.  ");
    QVERIFY(repo().setSummary(m_session, summary).ok());
    QCOMPARE(repo().session(m_session)->summary, summary);
    QCOMPARE(sessionChanged.count(), 2);
    QCOMPARE(sessionChanged.at(1).at(0).toLongLong(), m_session);

    // Both may be emptied again.
    QVERIFY(repo().setNotes(m_session, QString()).ok());
    QVERIFY(repo().setSummary(m_session, QString()).ok());
    QVERIFY(repo().session(m_session)->notes.isEmpty());
    QVERIFY(repo().session(m_session)->summary.isEmpty());
    QCOMPARE(sessionChanged.count(), 4);
}

void TestPostmortemSessions::removeSessionRemovesEverything()
{
    const qint64 other = addSession(repo(), makeRetro(m_team, QStringLiteral("Retro"), at(60)));
    const qint64 event = addEvent(repo(), makeEvent(m_session, at(10), QStringLiteral("Alert fired")));
    QVERIFY(repo().insertFactor(makeFactor(m_session, QStringLiteral("No canary"), {event})).ok());
    QVERIFY(repo().insertLearning(makeLearning(m_session, LearningKind::Lucky, QStringLiteral("Low traffic"))).ok());
    QVERIFY(addAction(repo(), makeAction(m_session, m_team, QStringLiteral("Add a canary"))) > 0);
    QVERIFY(repo().insertParticipant(makeParticipant(m_session, QStringLiteral("Ana"))).ok());
    QVERIFY(repo().addAnswer(m_session, CheckKind::Closing, 4).ok());
    QVERIFY(repo().insertParticipant(makeParticipant(other, QStringLiteral("Ben"))).ok());
    QVERIFY(addEvent(repo(), makeEvent(other, at(11), QStringLiteral("Kept"))) > 0);

    QSignalSpy sessionsChanged(&repo(), &PostmortemRepository::sessionsChanged);
    QSignalSpy actionsChanged(&repo(), &PostmortemRepository::actionsChanged);
    QVERIFY(repo().removeSession(m_session).ok());
    QCOMPARE(sessionsChanged.count(), 1);
    QCOMPARE(actionsChanged.count(), 1);
    QCOMPARE(actionsChanged.at(0).at(0).toLongLong(), m_session);

    QVERIFY(!repo().session(m_session).ok());
    QVERIFY(repo().events(m_session).isEmpty());
    QVERIFY(repo().factors(m_session).isEmpty());
    QVERIFY(repo().learnings(m_session).isEmpty());
    QVERIFY(repo().actions(m_session).isEmpty());
    QVERIFY(repo().participants(m_session).isEmpty());
    QCOMPARE(repo().tally(m_session, CheckKind::Closing).total(), 0);
    QVERIFY(repo().actionRows({}).isEmpty());
    // The other session is untouched.
    QCOMPARE(repo().participants(other).size(), 1);
    QCOMPARE(repo().events(other).size(), 1);
    QCOMPARE(repo().sessions().size(), 1);
    QVERIFY(m_store->database.integrityProblems().isEmpty());
}

void TestPostmortemSessions::changePhaseAndLog()
{
    const qint64 ana = repo().insertParticipant(makeParticipant(m_session, QStringLiteral("Ana"))).value();
    QVERIFY(repo().recordTurn(m_session, std::nullopt, ana, at(60)).ok());
    QCOMPARE(repo().session(m_session)->speakerId, ana);

    std::array<PhaseRecord, PhaseCount> records = repo().session(m_session)->phases;
    records[0].agreed = at(61);
    records[0].agreedBy = QStringLiteral("Sam Rivers");
    records[1].started = at(61);
    QSignalSpy sessionChanged(&repo(), &PostmortemRepository::sessionChanged);
    QSignalSpy sessionsChanged(&repo(), &PostmortemRepository::sessionsChanged);
    const Status agreed =
        repo().changePhase(m_session, Phase::Timeline, records,
                           {at(61), Phase::Opening, PhaseLogEntry::Agreed, QStringLiteral("Sam Rivers"), QString()});
    QVERIFY2(agreed.ok(), qPrintable(agreed.error()));
    QCOMPARE(sessionChanged.count(), 1);
    QCOMPARE(sessionChanged.at(0).at(0).toLongLong(), m_session);
    QCOMPARE(sessionsChanged.count(), 1);

    Session stored = repo().session(m_session).value();
    QCOMPARE(stored.phase, Phase::Timeline);
    QCOMPARE(stored.phases, records);
    // Changing phase ends the current turn.
    QCOMPARE(stored.speakerId, 0);
    QVERIFY(!stored.turnStarted.isValid());
    QCOMPARE(repo().sessions().first().phase, Phase::Timeline);

    records[1].skipReason = QStringLiteral("Timeline written up before the meeting");
    records[2].started = at(62);
    QVERIFY(repo()
                .changePhase(m_session, Phase::Factors, records,
                             {at(62), Phase::Timeline, PhaseLogEntry::Skipped, QStringLiteral("Sam Rivers"),
                              records[1].skipReason})
                .ok());
    std::array<PhaseRecord, PhaseCount> reopened = records;
    reopened[1] = PhaseRecord();
    reopened[1].started = at(63);
    reopened[2] = PhaseRecord();
    QVERIFY(repo()
                .changePhase(m_session, Phase::Timeline, reopened,
                             {at(63), Phase::Timeline, PhaseLogEntry::Reopened, QStringLiteral("Sam Rivers"), {}})
                .ok());
    stored = repo().session(m_session).value();
    QCOMPARE(stored.phase, Phase::Timeline);
    QCOMPARE(stored.phases, reopened);

    // The log keeps every decision in order, including the skip that was later undone.
    const QList<PhaseLogEntry> log = repo().phaseLog(m_session);
    QCOMPARE(log.size(), 3);
    QCOMPARE(log.at(0).at, at(61));
    QCOMPARE(log.at(0).phase, Phase::Opening);
    QCOMPARE(log.at(0).what, PhaseLogEntry::Agreed);
    QCOMPARE(log.at(0).who, QStringLiteral("Sam Rivers"));
    QVERIFY(log.at(0).reason.isEmpty());
    QCOMPARE(log.at(1).phase, Phase::Timeline);
    QCOMPARE(log.at(1).what, PhaseLogEntry::Skipped);
    QCOMPARE(log.at(1).reason, QStringLiteral("Timeline written up before the meeting"));
    QCOMPARE(log.at(2).at, at(63));
    QCOMPARE(log.at(2).what, PhaseLogEntry::Reopened);
    QVERIFY(repo().phaseLog(m_session + 100).isEmpty());

    // Finished has no record of its own.
    std::array<PhaseRecord, PhaseCount> finished = reopened;
    for (PhaseRecord &r : finished) {
        r.started = at(64);
        r.agreed = at(65);
        r.agreedBy = QStringLiteral("Sam Rivers");
    }
    QVERIFY(repo()
                .changePhase(m_session, Phase::Finished, finished,
                             {at(65), Phase::Closing, PhaseLogEntry::Agreed, QStringLiteral("Sam Rivers"), {}})
                .ok());
    QCOMPARE(repo().session(m_session)->phase, Phase::Finished);
    QCOMPARE(repo().session(m_session)->phases, finished);
    QCOMPARE(repo().phaseLog(m_session).size(), 4);
}

// ---- Participants and turns ----

void TestPostmortemSessions::participantsInQueueOrder()
{
    const qint64 other = addSession(repo(), makeRetro(m_team, QStringLiteral("Retro"), at(60)));
    QVERIFY(repo().insertParticipant(makeParticipant(other, QStringLiteral("Someone else"))).ok());

    QSignalSpy participantsChanged(&repo(), &PostmortemRepository::participantsChanged);
    QList<qint64> ids;
    for (const QString &name : {QStringLiteral("Ana"), QStringLiteral("Ben"), QStringLiteral("Chen")}) {
        const Result<qint64> id = repo().insertParticipant(makeParticipant(m_session, name));
        QVERIFY2(id.ok(), qPrintable(id.error()));
        ids.append(*id);
    }
    QCOMPARE(participantsChanged.count(), 3);
    for (const QList<QVariant> &arguments : std::as_const(participantsChanged))
        QCOMPARE(arguments.at(0).toLongLong(), m_session);

    // Appended at the end, numbered within the session only.
    QList<Participant> list = repo().participants(m_session);
    QCOMPARE(namesOf(list), (QStringList{QStringLiteral("Ana"), QStringLiteral("Ben"), QStringLiteral("Chen")}));
    for (int n = 0; n < 3; ++n) {
        QCOMPARE(list.at(n).id, ids.at(n));
        QCOMPARE(list.at(n).position, n);
        QCOMPARE(list.at(n).sessionId, m_session);
        QCOMPARE(list.at(n).role, QStringLiteral("On call"));
    }

    // A member joins; names and roles are trimmed.
    const qint64 member = m_store->teams.insertMember(makeMember(m_team, QStringLiteral("Dara"))).value();
    Participant dara = makeParticipant(m_session, QStringLiteral("  Dara "));
    dara.memberId = member;
    dara.role = QStringLiteral(" Incident commander ");
    const qint64 daraId = repo().insertParticipant(dara).value();
    list = repo().participants(m_session);
    QCOMPARE(list.last().id, daraId);
    QCOMPARE(list.last().name, QStringLiteral("Dara"));
    QCOMPARE(list.last().role, QStringLiteral("Incident commander"));
    QCOMPARE(list.last().memberId, member);
    QCOMPARE(list.last().position, 3);

    // Moving someone to the front: position, then id, decides the order.
    Participant chen = list.at(2);
    chen.position = -1;
    chen.name = QStringLiteral("Chen Wei");
    QVERIFY(repo().updateParticipant(chen).ok());
    QCOMPARE(namesOf(repo().participants(m_session)), (QStringList{QStringLiteral("Chen Wei"), QStringLiteral("Ana"),
                                                                   QStringLiteral("Ben"), QStringLiteral("Dara")}));
    QCOMPARE(participantsChanged.count(), 5);

    // An explicit position is kept as given, ties fall back to the id.
    const qint64 eve = repo().insertParticipant(makeParticipant(m_session, QStringLiteral("Eve"), 1)).value();
    list = repo().participants(m_session);
    QCOMPARE(namesOf(list), (QStringList{QStringLiteral("Chen Wei"), QStringLiteral("Ana"), QStringLiteral("Ben"),
                                         QStringLiteral("Eve"), QStringLiteral("Dara")}));
    QCOMPARE(list.at(3).id, eve);
    QCOMPARE(repo().participants(other).size(), 1);
}

void TestPostmortemSessions::participantRefused_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("role");

    QTest::newRow("no name") << QString() << QStringLiteral("Engineer");
    QTest::newRow("name of spaces") << QStringLiteral("   ") << QStringLiteral("Engineer");
    QTest::newRow("name too long") << QString(Limits::NameLength + 1, QLatin1Char('n')) << QString();
    QTest::newRow("role too long") << QStringLiteral("Ana") << QString(Limits::RoleLength + 1, QLatin1Char('r'));
}

void TestPostmortemSessions::participantRefused()
{
    QFETCH(QString, name);
    QFETCH(QString, role);

    QSignalSpy participantsChanged(&repo(), &PostmortemRepository::participantsChanged);
    Participant participant = makeParticipant(m_session, name);
    participant.role = role;
    const Result<qint64> id = repo().insertParticipant(participant);
    QVERIFY(!id.ok());
    QVERIFY(!id.error().isEmpty());
    QVERIFY(repo().participants(m_session).isEmpty());

    // The same rules apply to an edit.
    const qint64 ana = repo().insertParticipant(makeParticipant(m_session, QStringLiteral("Ana"))).value();
    Participant edited = repo().participants(m_session).first();
    edited.name = name;
    edited.role = role;
    QVERIFY(!repo().updateParticipant(edited).ok());
    QCOMPARE(repo().participants(m_session).first().name, QStringLiteral("Ana"));
    QCOMPARE(repo().participants(m_session).first().id, ana);
    QCOMPARE(participantsChanged.count(), 1);
}

void TestPostmortemSessions::removeParticipantClearsSpeaker()
{
    const qint64 ana = repo().insertParticipant(makeParticipant(m_session, QStringLiteral("Ana"))).value();
    const qint64 ben = repo().insertParticipant(makeParticipant(m_session, QStringLiteral("Ben"))).value();
    QVERIFY(repo().recordTurn(m_session, Turn{ana, Phase::Opening, TurnOutcome::Spoke}, ben, at(61)).ok());
    QVERIFY(repo().recordTurn(m_session, Turn{ben, Phase::Opening, TurnOutcome::Passed}, ana, at(62)).ok());
    QCOMPARE(repo().turns(m_session, Phase::Opening).size(), 2);

    // Ben leaves while Ana speaks: Ana keeps the word, Ben's turns go.
    QVERIFY(repo().removeParticipant(ben).ok());
    Session stored = repo().session(m_session).value();
    QCOMPARE(stored.speakerId, ana);
    QCOMPARE(stored.turnStarted, at(62));
    QList<Turn> turns = repo().turns(m_session, Phase::Opening);
    QCOMPARE(turns.size(), 1);
    QCOMPARE(turns.first().participantId, ana);

    // Ana leaves while speaking: nobody has the word.
    RepositorySpies spies(&repo());
    QVERIFY(repo().removeParticipant(ana).ok());
    stored = repo().session(m_session).value();
    QCOMPARE(stored.speakerId, 0);
    QVERIFY(!stored.turnStarted.isValid());
    QVERIFY(repo().turns(m_session, Phase::Opening).isEmpty());
    QVERIFY(repo().participants(m_session).isEmpty());
    QCOMPARE(spies.fired(), (QStringList{QStringLiteral("participantsChanged"), QStringLiteral("sessionChanged"),
                                         QStringLiteral("turnsChanged")}));
    QCOMPARE(spies.ids(), (QList<qint64>{m_session, m_session, m_session}));

    spies.clear();
    const Status again = repo().removeParticipant(ana);
    QVERIFY(!again.ok());
    QVERIFY(!again.error().isEmpty());
    QCOMPARE(spies.count(), 0);
}

void TestPostmortemSessions::turns()
{
    const qint64 ana = repo().insertParticipant(makeParticipant(m_session, QStringLiteral("Ana"))).value();
    const qint64 ben = repo().insertParticipant(makeParticipant(m_session, QStringLiteral("Ben"))).value();
    QSignalSpy turnsChanged(&repo(), &PostmortemRepository::turnsChanged);
    QSignalSpy sessionChanged(&repo(), &PostmortemRepository::sessionChanged);

    // Handing the word over without a finished turn records no turn.
    QVERIFY(repo().recordTurn(m_session, std::nullopt, ana, at(70)).ok());
    Session stored = repo().session(m_session).value();
    QCOMPARE(stored.speakerId, ana);
    QCOMPARE(stored.turnStarted, at(70));
    QVERIFY(repo().turns(m_session, Phase::Timeline).isEmpty());
    QCOMPARE(turnsChanged.count(), 0);
    QCOMPARE(sessionChanged.count(), 1);

    QVERIFY(repo().recordTurn(m_session, Turn{ana, Phase::Timeline, TurnOutcome::Spoke}, ben, at(71)).ok());
    QVERIFY(repo().recordTurn(m_session, Turn{ben, Phase::Timeline, TurnOutcome::Passed}, ana, at(72)).ok());
    QVERIFY(repo().recordTurn(m_session, Turn{ana, Phase::Timeline, TurnOutcome::Passed}, 0, at(73)).ok());
    QVERIFY(repo().recordTurn(m_session, Turn{ben, Phase::Factors, TurnOutcome::Spoke}, 0, at(74)).ok());
    QCOMPARE(turnsChanged.count(), 4);
    QCOMPARE(turnsChanged.at(0).at(0).toLongLong(), m_session);
    QCOMPARE(sessionChanged.count(), 5);

    const QList<Turn> timeline = repo().turns(m_session, Phase::Timeline);
    QCOMPARE(timeline.size(), 3);
    const qint64 expectedIds[] = {ana, ben, ana};
    const TurnOutcome expectedOutcomes[] = {TurnOutcome::Spoke, TurnOutcome::Passed, TurnOutcome::Passed};
    for (int n = 0; n < 3; ++n) {
        QCOMPARE(timeline.at(n).participantId, expectedIds[n]);
        QCOMPARE(timeline.at(n).phase, Phase::Timeline);
        QCOMPARE(timeline.at(n).outcome, expectedOutcomes[n]);
    }
    QCOMPARE(repo().turns(m_session, Phase::Factors).size(), 1);
    QVERIFY(repo().turns(m_session, Phase::Opening).isEmpty());
    // Nobody speaks after the last turn: no start time either.
    stored = repo().session(m_session).value();
    QCOMPARE(stored.speakerId, 0);
    QVERIFY(!stored.turnStarted.isValid());

    QVERIFY(repo().clearTurns(m_session, Phase::Timeline).ok());
    QVERIFY(repo().turns(m_session, Phase::Timeline).isEmpty());
    QCOMPARE(repo().turns(m_session, Phase::Factors).size(), 1);
    QCOMPARE(turnsChanged.count(), 5);
    QCOMPARE(turnsChanged.last().at(0).toLongLong(), m_session);
}

// ---- Drafts and anonymous checks ----

void TestPostmortemSessions::drafts()
{
    const qint64 other = addSession(repo(), makeRetro(m_team, QStringLiteral("Retro"), at(60)));
    const QString timeline = QStringLiteral("timeline");
    const QString factors = QStringLiteral("factors");
    QVERIFY(repo().draft(m_session, timeline).isNull() || repo().draft(m_session, timeline).isEmpty());

    // Kept as typed, per session and field; replaced by the next keystroke.
    const QString typed = QStringLiteral("  14:05 the alert fir");
    QVERIFY(repo().setDraft(m_session, timeline, typed).ok());
    QVERIFY(repo().setDraft(m_session, factors, QStringLiteral("No can")).ok());
    QVERIFY(repo().setDraft(other, timeline, QStringLiteral("elsewhere")).ok());
    QCOMPARE(repo().draft(m_session, timeline), typed);
    QCOMPARE(repo().draft(m_session, factors), QStringLiteral("No can"));
    QCOMPARE(repo().draft(other, timeline), QStringLiteral("elsewhere"));
    QVERIFY(repo().setDraft(m_session, timeline, QStringLiteral("14:05 the alert fired 🔥")).ok());
    QCOMPARE(repo().draft(m_session, timeline), QStringLiteral("14:05 the alert fired 🔥"));

    // An empty draft is gone; a long one is refused and the old one kept.
    QVERIFY(repo().setDraft(m_session, factors, QString()).ok());
    QVERIFY(repo().draft(m_session, factors).isEmpty());
    QVERIFY(!repo().setDraft(m_session, timeline, QString(Limits::TextLength + 1, QLatin1Char('d'))).ok());
    QCOMPARE(repo().draft(m_session, timeline), QStringLiteral("14:05 the alert fired 🔥"));
    QVERIFY(!repo().setDraft(m_session + 100, timeline, QStringLiteral("no such session")).ok());

    // Drafts go with their session.
    QVERIFY(repo().removeSession(m_session).ok());
    QVERIFY(repo().draft(m_session, timeline).isEmpty());
    QCOMPARE(repo().draft(other, timeline), QStringLiteral("elsewhere"));
}

void TestPostmortemSessions::tallies()
{
    const qint64 other = addSession(repo(), makeRetro(m_team, QStringLiteral("Retro"), at(60)));
    QSignalSpy tallyChanged(&repo(), &PostmortemRepository::tallyChanged);
    QCOMPARE(repo().tally(m_session, CheckKind::Closing).total(), 0);
    QCOMPARE(repo().tally(m_session, CheckKind::Closing).mean(), 0.0);

    for (int value : {3, 3, 5, 1, 3})
        QVERIFY(repo().addAnswer(m_session, CheckKind::Closing, value).ok());
    QVERIFY(repo().addAnswer(m_session, CheckKind::Safety, 2).ok());
    QVERIFY(repo().addAnswer(other, CheckKind::Closing, 5).ok());
    QCOMPARE(tallyChanged.count(), 7);
    QCOMPARE(tallyChanged.at(0).at(0).toLongLong(), m_session);
    QCOMPARE(tallyChanged.at(0).at(1).value<CheckKind>(), CheckKind::Closing);
    QCOMPARE(tallyChanged.at(5).at(1).value<CheckKind>(), CheckKind::Safety);
    QCOMPARE(tallyChanged.at(6).at(0).toLongLong(), other);

    CheckTally closing = repo().tally(m_session, CheckKind::Closing);
    QCOMPARE(closing.counts, (std::array<int, 5>{1, 0, 3, 0, 1}));
    QCOMPARE(closing.total(), 5);
    QCOMPARE(closing.mean(), 3.0);
    QCOMPARE(repo().tally(m_session, CheckKind::Safety).counts, (std::array<int, 5>{0, 1, 0, 0, 0}));
    QCOMPARE(repo().tally(other, CheckKind::Closing).counts, (std::array<int, 5>{0, 0, 0, 0, 1}));
    QCOMPARE(repo().tally(other, CheckKind::Safety).total(), 0);

    // Answers outside 1..5 are refused and change nothing.
    tallyChanged.clear();
    for (int value : {0, 6, -1, 100}) {
        const Status refused = repo().addAnswer(m_session, CheckKind::Closing, value);
        QVERIFY(!refused.ok());
        QVERIFY(!refused.error().isEmpty());
    }
    QCOMPARE(tallyChanged.count(), 0);
    QCOMPARE(repo().tally(m_session, CheckKind::Closing).counts, closing.counts);

    // A tally typed in from a paper count replaces the counts.
    CheckTally paper;
    paper.counts = {0, 2, 0, 4, 0};
    QVERIFY(repo().setTally(m_session, CheckKind::Closing, paper).ok());
    QCOMPARE(tallyChanged.count(), 1);
    QCOMPARE(tallyChanged.at(0).at(0).toLongLong(), m_session);
    QCOMPARE(repo().tally(m_session, CheckKind::Closing).counts, paper.counts);
    QVERIFY(repo().addAnswer(m_session, CheckKind::Closing, 4).ok());
    QCOMPARE(repo().tally(m_session, CheckKind::Closing).counts, (std::array<int, 5>{0, 2, 0, 5, 0}));
    QCOMPARE(repo().tally(m_session, CheckKind::Safety).total(), 1);

    CheckTally negative;
    negative.counts = {1, -1, 0, 0, 0};
    QVERIFY(!repo().setTally(m_session, CheckKind::Closing, negative).ok());
    CheckTally huge;
    huge.counts = {0, 0, 10001, 0, 0};
    QVERIFY(!repo().setTally(m_session, CheckKind::Closing, huge).ok());
    CheckTally largest;
    largest.counts = {10000, 0, 0, 0, 0};
    QVERIFY(repo().setTally(other, CheckKind::Safety, largest).ok());
    QCOMPARE(repo().tally(m_session, CheckKind::Closing).counts, (std::array<int, 5>{0, 2, 0, 5, 0}));
    QCOMPARE(repo().tally(other, CheckKind::Safety).total(), 10000);
    QCOMPARE(tallyChanged.count(), 3);
}

QTEST_GUILESS_MAIN(TestPostmortemSessions)
#include "tst_postmortemsessions.moc"
