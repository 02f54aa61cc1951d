// PostmortemSession on a real temporary database with a manual clock: a whole session through agree, skip and go
// back with its phase log, the phase and turn timers, fair speaking turns, the facilitator conflict, resuming after
// the database was closed, two session objects kept in step by the repository's signals, paper slips added to the
// kiosk's answers, and the collecting state that hides a check's result while the kiosk goes round.
#include "common/PostmortemData.h"
#include "postmortem/PostmortemSession.h"
#include "storage/PostmortemRepository.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace candor;
using namespace candor::testdata;

Q_DECLARE_METATYPE(candor::CheckKind)
Q_DECLARE_METATYPE(candor::CheckTally)

class TestPostmortemSession : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void loads();
    void wholeSession();
    void phaseTimer();
    void speakingTurns();
    void facilitatorConflict_data();
    void facilitatorConflict();
    void retroFacilitatorConflict();
    void changingFacilitatorResetsAcceptance();
    void personNames();
    void resumesAfterReopening();
    void twoSessionsStayInStep();
    void addSlips_data();
    void addSlips();
    void collecting();

private:
    PostmortemRepository &repo() { return m_store->postmortems; }
    std::unique_ptr<PostmortemSession> open(qint64 id);
    // A guest, or a member when memberId is given, joining this test's session.
    qint64 addParticipant(const QString &name, qint64 memberId = 0);
    // Facilitator, three people in the room, and the opening agreed: the session stands at the timeline.
    void reachTimeline(PostmortemSession &session);

    QTemporaryDir m_dir;
    int m_files = 0;
    QString m_path;
    ManualClock m_clock;
    std::unique_ptr<PostmortemStore> m_store;
    qint64 m_team = 0;
    qint64 m_incident = 0;
    qint64 m_sessionId = 0;
};

void TestPostmortemSession::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(m_dir.isValid(), qPrintable(m_dir.errorString()));
}

void TestPostmortemSession::init()
{
    m_path = m_dir.filePath(QStringLiteral("session-%1.sqlite").arg(++m_files));
    m_store = std::make_unique<PostmortemStore>(m_path);
    QVERIFY2(m_store->status.ok(), qPrintable(m_store->status.error()));
    m_clock.set(at(100));
    m_team = addTeam(m_store->teams, QStringLiteral("Payments"));
    m_incident = addIncident(m_store->incidents, m_team, QStringLiteral("Card payments failing"));
    QVERIFY(m_team > 0 && m_incident > 0);
    // Nobody facilitates yet.
    const Result<qint64> id = repo().insertSession(makePostmortem(m_incident, m_team, m_clock.now(), QString()));
    QVERIFY2(id.ok(), qPrintable(id.error()));
    m_sessionId = *id;
}

void TestPostmortemSession::cleanup()
{
    m_store.reset();
}

std::unique_ptr<PostmortemSession> TestPostmortemSession::open(qint64 id)
{
    return std::make_unique<PostmortemSession>(repo(), m_store->teams, m_store->incidents, m_clock, id);
}

qint64 TestPostmortemSession::addParticipant(const QString &name, qint64 memberId)
{
    Participant participant = makeParticipant(m_sessionId, name);
    participant.memberId = memberId;
    return testdata::addParticipant(repo(), participant);
}

void TestPostmortemSession::reachTimeline(PostmortemSession &session)
{
    QVERIFY(session.setFacilitator(QStringLiteral("Sam Outside"), 0).ok());
    for (const QString &name : {QStringLiteral("Ana"), QStringLiteral("Ben"), QStringLiteral("Chen")})
        QVERIFY(addParticipant(name) > 0);
    const Status agreed = session.agree(QStringLiteral("Sam Outside"));
    QVERIFY2(agreed.ok(), qPrintable(agreed.error()));
    QCOMPARE(session.phase(), Phase::Timeline);
}

void TestPostmortemSession::loads()
{
    const auto session = open(m_sessionId);
    QVERIFY(session->isValid());
    QVERIFY(session->loadError().isEmpty());
    QCOMPARE(session->id(), m_sessionId);
    QCOMPARE(session->kind(), SessionKind::Postmortem);
    QCOMPARE(session->phase(), Phase::Opening);
    QCOMPARE(session->title(), QStringLiteral("Card payments failing"));
    QCOMPARE(session->teamName(), QStringLiteral("Payments"));
    QCOMPARE(session->subjectStart(), at(10));
    QVERIFY(session->participants().isEmpty());
    QCOMPARE(session->speakerId(), 0);
    QCOMPARE(&session->clock(), static_cast<const Clock *>(&m_clock));
    QCOMPARE(&session->repository(), &repo());
    QCOMPARE(session->openingCheck(), CheckKind::Safety);

    const auto retroSession =
        open(repo().insertSession(makeRetro(m_team, QStringLiteral("February retro"), m_clock.now())).value());
    QVERIFY(retroSession->isValid());
    QCOMPARE(retroSession->kind(), SessionKind::Retro);
    QCOMPARE(retroSession->title(), QStringLiteral("February retro"));
    QCOMPARE(retroSession->subjectStart(), QDate(2024, 2, 1).startOfDay());

    const auto missing = open(m_sessionId + 100);
    QVERIFY(!missing->isValid());
    QVERIFY(!missing->loadError().isEmpty());
}

void TestPostmortemSession::wholeSession()
{
    const auto session = open(m_sessionId);
    QSignalSpy changed(session.get(), &PostmortemSession::changed);
    QVERIFY(session->setFacilitator(QStringLiteral("  Sam Outside "), 0).ok());
    QCOMPARE(session->session().facilitator, QStringLiteral("Sam Outside"));
    QCOMPARE(changed.count(), 1);

    // The opening needs people in the room and someone who confirms.
    Status status = session->agree(QStringLiteral("Sam Outside"));
    QVERIFY(!status.ok());
    QVERIFY2(status.error().contains(QStringLiteral("people in the room")), qPrintable(status.error()));
    for (const QString &name : {QStringLiteral("Ana"), QStringLiteral("Ben")})
        QVERIFY(addParticipant(name) > 0);
    QVERIFY(!session->agree(QStringLiteral("  ")).ok());
    QVERIFY(!session->skip(QStringLiteral("We know each other")).ok());
    QVERIFY(!session->goBack(Phase::Opening).ok());
    QCOMPARE(session->phase(), Phase::Opening);
    QCOMPARE(changed.count(), 1);

    const QDateTime t1 = at(100, 10);
    m_clock.set(t1);
    QVERIFY(session->agreeBlocker(QStringLiteral("Sam Outside")).isEmpty());
    QVERIFY(session->agree(QStringLiteral(" Sam Outside ")).ok());
    QCOMPARE(changed.count(), 2);
    QCOMPARE(session->phase(), Phase::Timeline);
    QCOMPARE(session->session().record(Phase::Opening).agreed, t1);
    QCOMPARE(session->session().record(Phase::Opening).agreedBy, QStringLiteral("Sam Outside"));
    QCOMPARE(session->session().record(Phase::Timeline).started, t1);

    // An empty timeline cannot be agreed; it can be skipped with a reason.
    status = session->agree(QStringLiteral("Sam Outside"));
    QVERIFY(!status.ok());
    QVERIFY2(status.error().contains(QStringLiteral("timeline is empty")), qPrintable(status.error()));
    QVERIFY(!session->skip(QString()).ok());
    const QDateTime t2 = at(100, 25);
    m_clock.set(t2);
    QVERIFY(session->skip(QStringLiteral(" Timeline written before the meeting ")).ok());
    QCOMPARE(session->phase(), Phase::Factors);
    QCOMPARE(session->session().record(Phase::Timeline).skipReason,
             QStringLiteral("Timeline written before the meeting"));
    QVERIFY(!session->session().record(Phase::Timeline).agreed.isValid());

    // Factors, then actions, each agreed once there is something to agree on.
    QVERIFY(!session->agree(QStringLiteral("Sam Outside")).ok());
    ContributingFactor factor;
    factor.sessionId = m_sessionId;
    factor.text = QStringLiteral("No canary for config pushes");
    QVERIFY(repo().insertFactor(factor).ok());
    QCOMPARE(session->facts().factors, 1);
    const QDateTime t3 = at(100, 45);
    m_clock.set(t3);
    QVERIFY(session->agree(QStringLiteral("Ana")).ok());
    QCOMPARE(session->phase(), Phase::Actions);
    QVERIFY(!session->agree(QStringLiteral("Ana")).ok());
    ActionItem action;
    action.sessionId = m_sessionId;
    action.text = QStringLiteral("Add a canary stage");
    action.ownerTeamId = m_team;
    QVERIFY(repo().insertAction(action).ok());
    const QDateTime t4 = at(101);
    m_clock.set(t4);
    QVERIFY(session->agree(QStringLiteral("Ben")).ok());
    QCOMPARE(session->phase(), Phase::Closing);
    const QDateTime t5 = at(101, 10);
    m_clock.set(t5);
    QVERIFY(session->agree(QStringLiteral("Sam Outside")).ok());
    QCOMPARE(session->phase(), Phase::Finished);
    QCOMPARE(changed.count(), 6);

    // Finished: nothing to agree or skip; only going back.
    QVERIFY(!session->agree(QStringLiteral("Sam Outside")).ok());
    QVERIFY(!session->skip(QStringLiteral("Done")).ok());
    QVERIFY(!session->goBack(Phase::Finished).ok());
    QCOMPARE(changed.count(), 6);
    for (int p = 0; p < PhaseCount; ++p)
        QVERIFY(session->session().phases[static_cast<size_t>(p)].isClosed());

    const QDateTime t6 = at(101, 20);
    m_clock.set(t6);
    QVERIFY(session->goBack(Phase::Factors).ok());
    QCOMPARE(session->phase(), Phase::Factors);
    QCOMPARE(changed.count(), 7);
    const Session &state = session->session();
    QCOMPARE(state.record(Phase::Opening).agreed, t1);
    QCOMPARE(state.record(Phase::Timeline).skipReason, QStringLiteral("Timeline written before the meeting"));
    QCOMPARE(state.record(Phase::Factors).started, t6);
    QVERIFY(!state.record(Phase::Factors).isClosed());
    QCOMPARE(state.record(Phase::Actions), PhaseRecord());
    QCOMPARE(state.record(Phase::Closing), PhaseRecord());
    QVERIFY(!session->goBack(Phase::Actions).ok());
    QVERIFY(!session->goBack(Phase::Factors).ok());
    QCOMPARE(repo().session(m_sessionId)->phases, state.phases);

    // The log keeps every decision, including the agreements that going back undid.
    const QList<PhaseLogEntry> log = repo().phaseLog(m_sessionId);
    QCOMPARE(log.size(), 6);
    const struct
    {
        QDateTime at;
        Phase phase;
        PhaseLogEntry::What what;
        const char *who;
        const char *reason;
    } expected[] = {
        {t1, Phase::Opening, PhaseLogEntry::Agreed, "Sam Outside", ""},
        {t2, Phase::Timeline, PhaseLogEntry::Skipped, "Sam Outside", "Timeline written before the meeting"},
        {t3, Phase::Factors, PhaseLogEntry::Agreed, "Ana", ""},
        {t4, Phase::Actions, PhaseLogEntry::Agreed, "Ben", ""},
        {t5, Phase::Closing, PhaseLogEntry::Agreed, "Sam Outside", ""},
        {t6, Phase::Factors, PhaseLogEntry::Reopened, "Sam Outside", ""},
    };
    for (int n = 0; n < 6; ++n) {
        QCOMPARE(log.at(n).at, expected[n].at);
        QCOMPARE(log.at(n).phase, expected[n].phase);
        QCOMPARE(log.at(n).what, expected[n].what);
        QCOMPARE(log.at(n).who, QString::fromUtf8(expected[n].who));
        QCOMPARE(log.at(n).reason, QString::fromUtf8(expected[n].reason));
    }
}

void TestPostmortemSession::phaseTimer()
{
    const auto session = open(m_sessionId);
    // The opening's timer runs from when the session was created.
    Timebox timer = session->phaseTimer();
    QVERIFY(timer.isRunning());
    QCOMPARE(timer.started, at(100));
    QCOMPARE(timer.seconds, qint64(20 * 60));
    QCOMPARE(timer.text(m_clock.now()), QStringLiteral("20:00"));
    m_clock.advance(20 * 60);
    QVERIFY(!session->phaseTimer().isOverrun(m_clock.now()));
    QCOMPARE(session->phaseTimer().text(m_clock.now()), QStringLiteral("0:00"));
    m_clock.advance(1);
    QVERIFY(session->phaseTimer().isOverrun(m_clock.now()));
    QCOMPARE(session->phaseTimer().text(m_clock.now()), QStringLiteral("+0:01"));

    // A longer timebox applies to the running phase at once.
    QVERIFY(session->setTimeboxes(60, 25).ok());
    QCOMPARE(session->phaseTimer().seconds, qint64(25 * 60));
    QVERIFY(!session->phaseTimer().isOverrun(m_clock.now()));
    QCOMPARE(session->phaseTimer().text(m_clock.now()), QStringLiteral("4:59"));
    QVERIFY(!session->setTimeboxes(5, 25).ok());
    QVERIFY(!session->setTimeboxes(60, 0).ok());
    QCOMPARE(session->session().turnSeconds, 60);

    // Opening the next phase restarts the timer.
    reachTimeline(*session);
    const QDateTime opened = m_clock.now();
    QCOMPARE(session->phaseTimer().started, opened);
    QCOMPARE(session->phaseTimer().text(m_clock.now()), QStringLiteral("25:00"));
    m_clock.advance(30 * 60);
    QVERIFY(session->phaseTimer().isOverrun(m_clock.now()));
    QCOMPARE(session->phaseTimer().text(m_clock.now()), QStringLiteral("+5:00"));
    QCOMPARE(session->phaseTimer().elapsed(m_clock.now()), qint64(30 * 60));

    // Skipping opens the factors with a fresh timer; going back restarts the timeline's.
    QVERIFY(session->skip(QStringLiteral("Covered by the incident report")).ok());
    QCOMPARE(session->phaseTimer().started, m_clock.now());
    QVERIFY(!session->phaseTimer().isOverrun(m_clock.now()));
    m_clock.advance(90);
    QVERIFY(session->goBack(Phase::Timeline).ok());
    QCOMPARE(session->phaseTimer().started, m_clock.now());
    QCOMPARE(session->phaseTimer().text(m_clock.now()), QStringLiteral("25:00"));

    // A finished session has no phase timer.
    QVERIFY(
        repo().insertEvent(makeEvent(m_sessionId, at(10), QStringLiteral("Alert fired"), EventKind::KeyMoment)).ok());
    QVERIFY(session->agree(QStringLiteral("Sam Outside")).ok());
    QVERIFY(session->skip(QStringLiteral("Factors by mail")).ok());
    QVERIFY(session->skip(QStringLiteral("Actions next week")).ok());
    QVERIFY(session->agree(QStringLiteral("Sam Outside")).ok());
    QCOMPARE(session->phase(), Phase::Finished);
    QVERIFY(!session->phaseTimer().isRunning());
    m_clock.advance(86400);
    QVERIFY(!session->phaseTimer().isOverrun(m_clock.now()));
}

void TestPostmortemSession::speakingTurns()
{
    const auto session = open(m_sessionId);
    QSignalSpy turnsChanged(session.get(), &PostmortemSession::turnsChanged);
    Status status = session->startRound();
    QVERIFY(!status.ok());
    QVERIFY2(status.error().contains(QStringLiteral("people in the room")), qPrintable(status.error()));
    QVERIFY(!session->passTurn().ok());
    QVERIFY(session->stopSpeaking().ok()); // nobody speaks: nothing to stop
    QCOMPARE(turnsChanged.count(), 0);

    reachTimeline(*session);
    const QList<Participant> people = session->participants();
    QCOMPARE(people.size(), 3);
    const qint64 ana = people.at(0).id;
    const qint64 ben = people.at(1).id;
    const qint64 chen = people.at(2).id;
    QCOMPARE(session->participantName(ben), QStringLiteral("Ben"));
    QVERIFY(session->participantName(ben + 100).isEmpty());
    QVERIFY(!session->turnTimer().isRunning());

    // Round one: Ana speaks, Ben passes, Chen speaks.
    QVERIFY(session->startRound().ok());
    QCOMPARE(session->speakerId(), ana);
    QCOMPARE(session->turnTimer().started, m_clock.now());
    QCOMPARE(session->turnTimer().seconds, qint64(120));
    QCOMPARE(session->turnTimer().text(m_clock.now()), QStringLiteral("2:00"));
    QCOMPARE(turnsChanged.count(), 0);
    m_clock.advance(30);
    QCOMPARE(session->turnTimer().text(m_clock.now()), QStringLiteral("1:30"));

    QVERIFY(session->nextSpeaker().ok());
    QCOMPARE(session->speakerId(), ben);
    QCOMPARE(session->turnTimer().started, m_clock.now());
    QCOMPARE(turnsChanged.count(), 1);
    m_clock.advance(130);
    QVERIFY(session->turnTimer().isOverrun(m_clock.now()));
    QCOMPARE(session->turnTimer().text(m_clock.now()), QStringLiteral("+0:10"));

    QVERIFY(session->passTurn().ok());
    QCOMPARE(session->speakerId(), chen);
    QVERIFY(!session->turnTimer().isOverrun(m_clock.now()));
    SpeakingQueue queue = session->queue();
    QCOMPARE(queue.round(), 1);
    QCOMPARE(queue.waiting(), QList<qint64>{chen});
    QVERIFY(queue.hasSpoken(ana));
    QVERIFY(!queue.hasSpoken(ben));
    QCOMPARE(queue.turnsOf(ben), 1);
    QCOMPARE(queue.notYetSpoken(), (QList<qint64>{ben, chen}));

    // Round two starts again at the top.
    QVERIFY(session->nextSpeaker().ok());
    QCOMPARE(session->speakerId(), ana);
    queue = session->queue();
    QCOMPARE(queue.round(), 2);
    QCOMPARE(queue.waiting(), (QList<qint64>{ana, ben, chen}));
    QCOMPARE(queue.notYetSpoken(), QList<qint64>{ben});
    QCOMPARE(turnsChanged.count(), 3);

    // Stopping records Ana's turn and leaves the floor empty; the next one is whoever waits first.
    QVERIFY(session->stopSpeaking().ok());
    QCOMPARE(session->speakerId(), 0);
    QVERIFY(!session->turnTimer().isRunning());
    QCOMPARE(session->queue().waiting(), (QList<qint64>{ben, chen}));
    QVERIFY(!session->passTurn().ok());
    QVERIFY(session->nextSpeaker().ok());
    QCOMPARE(session->speakerId(), ben);
    QCOMPARE(turnsChanged.count(), 4);
    const QList<Turn> turns = repo().turns(m_sessionId, Phase::Timeline);
    QCOMPARE(turns.size(), 4);
    QCOMPARE(turns.at(1).outcome, TurnOutcome::Passed);
    QCOMPARE(turns.at(3).participantId, ana);

    // A shorter turn timebox shows on the running turn.
    QVERIFY(session->setTimeboxes(20, 20).ok());
    m_clock.advance(21);
    QVERIFY(session->turnTimer().isOverrun(m_clock.now()));

    // The speaker leaves the room: nobody speaks, and the queue forgets them.
    QVERIFY(repo().removeParticipant(ben).ok());
    QCOMPARE(session->speakerId(), 0);
    QCOMPARE(session->participants().size(), 2);
    QCOMPARE(session->queue().order(), (QList<qint64>{ana, chen}));
    QCOMPARE(session->queue().waiting(), QList<qint64>{chen});

    // A new phase has a fresh queue and nobody speaking.
    QVERIFY(session->startRound().ok());
    QCOMPARE(session->speakerId(), chen);
    QVERIFY(
        repo().insertEvent(makeEvent(m_sessionId, at(10), QStringLiteral("Alert fired"), EventKind::KeyMoment)).ok());
    QVERIFY(session->agree(QStringLiteral("Sam Outside")).ok());
    QCOMPARE(session->phase(), Phase::Factors);
    QCOMPARE(session->speakerId(), 0);
    queue = session->queue();
    QCOMPARE(queue.round(), 1);
    QCOMPARE(queue.waiting(), (QList<qint64>{ana, chen}));
    QVERIFY(session->startRound().ok());
    QCOMPARE(session->speakerId(), ana);

    // Nothing to speak about once finished.
    QVERIFY(session->skip(QStringLiteral("Later")).ok());
    QVERIFY(session->skip(QStringLiteral("Later")).ok());
    QVERIFY(session->agree(QStringLiteral("Sam Outside")).ok());
    QCOMPARE(session->phase(), Phase::Finished);
    QVERIFY(!session->startRound().ok());
    QCOMPARE(session->speakerId(), 0);
}

void TestPostmortemSession::facilitatorConflict_data()
{
    QTest::addColumn<QString>("facilitator"); // a member's name, or a guest's
    QTest::addColumn<QStringList>("inRoom");  // members' names, or guests'
    QTest::addColumn<QString>("conflict");    // what the warning must say; empty: no warning

    QTest::newRow("member of the incident's team") << QStringLiteral("Pia") << QStringList{QStringLiteral("Rob")}
                                                   << QStringLiteral("Pia belongs to the team whose incident this is.");
    QTest::newRow("manager on the incident's team")
        << QStringLiteral("Pete") << QStringList{QStringLiteral("Rob")}
        << QStringLiteral("Pete belongs to the team whose incident this is.");
    QTest::newRow("manager of someone in the room")
        << QStringLiteral("Rita") << QStringList{QStringLiteral("Pia"), QStringLiteral("Rob")}
        << QStringLiteral("Rita manages Rob, who is in the room.");
    QTest::newRow("manager whose team is not in the room")
        << QStringLiteral("Sid") << QStringList{QStringLiteral("Rob"), QStringLiteral("Pia")} << QString();
    QTest::newRow("outsider who manages nobody")
        << QStringLiteral("Sue") << QStringList{QStringLiteral("Rob")} << QString();
    QTest::newRow("colleague of someone in the room, not their manager")
        << QStringLiteral("Rob") << QStringList{QStringLiteral("Rita")} << QString();
    QTest::newRow("manager with only guests in the room")
        << QStringLiteral("Rita") << QStringList{QStringLiteral("Guest Gil")} << QString();
    QTest::newRow("manager who is the only one of their team in the room")
        << QStringLiteral("Rita") << QStringList{QStringLiteral("Rita"), QStringLiteral("Pia")} << QString();
    QTest::newRow("guest who is not a member")
        << QStringLiteral("Guest Gwen") << QStringList{QStringLiteral("Pia")} << QString();
}

void TestPostmortemSession::facilitatorConflict()
{
    QFETCH(QString, facilitator);
    QFETCH(QStringList, inRoom);
    QFETCH(QString, conflict);

    // Payments (the incident's team): Pia, Pete (manager). Risk: Rita (manager), Rob. Support: Sue, Sid (manager).
    const qint64 risk = addTeam(m_store->teams, QStringLiteral("Risk"));
    const qint64 support = addTeam(m_store->teams, QStringLiteral("Support"));
    QHash<QString, qint64> members;
    members.insert(QStringLiteral("Pia"), addMember(m_store->teams, m_team, QStringLiteral("Pia"), false));
    members.insert(QStringLiteral("Pete"), addMember(m_store->teams, m_team, QStringLiteral("Pete"), true));
    members.insert(QStringLiteral("Rita"), addMember(m_store->teams, risk, QStringLiteral("Rita"), true));
    members.insert(QStringLiteral("Rob"), addMember(m_store->teams, risk, QStringLiteral("Rob"), false));
    members.insert(QStringLiteral("Sue"), addMember(m_store->teams, support, QStringLiteral("Sue"), false));
    members.insert(QStringLiteral("Sid"), addMember(m_store->teams, support, QStringLiteral("Sid"), true));

    const auto session = open(m_sessionId);
    for (const QString &name : std::as_const(inRoom))
        QVERIFY(addParticipant(name, members.value(name)) > 0);
    QVERIFY(session->setFacilitator(facilitator, members.value(facilitator)).ok());
    QCOMPARE(session->session().facilitatorMemberId, members.value(facilitator));

    QCOMPARE(session->facilitatorConflict(), conflict);
    QCOMPARE(session->facts().facilitatorConflict, !conflict.isEmpty());
    const QString blocker = session->agreeBlocker(QStringLiteral("Sam"));
    if (conflict.isEmpty()) {
        QVERIFY2(blocker.isEmpty(), qPrintable(blocker));
    } else {
        QVERIFY2(blocker.contains(QStringLiteral("close to the team")), qPrintable(blocker));
        QVERIFY(!session->agree(QStringLiteral("Sam")).ok());
        QCOMPARE(session->phase(), Phase::Opening);
        // The group hears the warning and keeps the facilitator: the opening can be agreed.
        QVERIFY(session->acceptFacilitatorConflict(true).ok());
        QVERIFY(session->session().facilitatorConflictAccepted);
        QVERIFY(session->facts().conflictAccepted);
        QVERIFY(session->agreeBlocker(QStringLiteral("Sam")).isEmpty());
        // The warning itself stays: it describes the facilitator, not the decision.
        QCOMPARE(session->facilitatorConflict(), conflict);
    }
    QVERIFY(session->agree(QStringLiteral("Sam")).ok());
    QCOMPARE(session->phase(), Phase::Timeline);
}

void TestPostmortemSession::retroFacilitatorConflict()
{
    const qint64 pia = addMember(m_store->teams, m_team, QStringLiteral("Pia"), false);
    const auto session =
        open(repo().insertSession(makeRetro(m_team, QStringLiteral("Q1 retro"), m_clock.now())).value());
    QVERIFY(session->setFacilitator(QStringLiteral("Pia"), pia).ok());
    QCOMPARE(session->facilitatorConflict(), QStringLiteral("Pia belongs to the team holding this retro."));

    // A member record that has gone leaves no conflict to warn about, and the name stays.
    QVERIFY(m_store->teams.removeMember(pia).ok());
    QVERIFY(session->facilitatorConflict().isEmpty());
    QCOMPARE(repo().session(session->id())->facilitatorMemberId, 0);
    QCOMPARE(repo().session(session->id())->facilitator, QStringLiteral("Pia"));
}

void TestPostmortemSession::changingFacilitatorResetsAcceptance()
{
    const qint64 pia = addMember(m_store->teams, m_team, QStringLiteral("Pia"), false);
    const qint64 pete = addMember(m_store->teams, m_team, QStringLiteral("Pete"), true);
    QVERIFY(addParticipant(QStringLiteral("Ana")) > 0);
    const auto session = open(m_sessionId);

    QVERIFY(session->setFacilitator(QStringLiteral("Pia"), pia).ok());
    QVERIFY(session->acceptFacilitatorConflict(true).ok());
    QVERIFY(session->session().facilitatorConflictAccepted);

    // Naming the same person again keeps the group's decision.
    QVERIFY(session->setFacilitator(QStringLiteral(" Pia "), pia).ok());
    QVERIFY(session->session().facilitatorConflictAccepted);
    QVERIFY(session->agreeBlocker(QStringLiteral("Sam")).isEmpty());

    // Another person needs the group's decision again.
    QVERIFY(session->setFacilitator(QStringLiteral("Pete"), pete).ok());
    QVERIFY(!session->session().facilitatorConflictAccepted);
    QVERIFY(!repo().session(m_sessionId)->facilitatorConflictAccepted);
    QVERIFY(session->agreeBlocker(QStringLiteral("Sam")).contains(QStringLiteral("close to the team")));
    QVERIFY(session->acceptFacilitatorConflict(true).ok());
    // So does the same member under another name, and a guest in place of the member.
    QVERIFY(session->setFacilitator(QStringLiteral("Pete Jones"), pete).ok());
    QVERIFY(!session->session().facilitatorConflictAccepted);
    QVERIFY(session->acceptFacilitatorConflict(true).ok());
    QVERIFY(session->setFacilitator(QStringLiteral("Pete Jones"), 0).ok());
    QVERIFY(!session->session().facilitatorConflictAccepted);
    QVERIFY(session->facilitatorConflict().isEmpty());
    QVERIFY(session->agreeBlocker(QStringLiteral("Sam")).isEmpty());

    // Withdrawing the acceptance brings the warning back.
    QVERIFY(session->setFacilitator(QStringLiteral("Pia"), pia).ok());
    QVERIFY(session->acceptFacilitatorConflict(true).ok());
    QVERIFY(session->acceptFacilitatorConflict(false).ok());
    QVERIFY(!session->agreeBlocker(QStringLiteral("Sam")).isEmpty());
}

void TestPostmortemSession::personNames()
{
    addMember(m_store->teams, m_team, QStringLiteral("Pia"), false);
    addMember(m_store->teams, m_team, QStringLiteral("Pete"), true);
    const qint64 other = addTeam(m_store->teams, QStringLiteral("Risk"));
    addMember(m_store->teams, other, QStringLiteral("Rita"), true);
    QVERIFY(addParticipant(QStringLiteral("Ana")) > 0);
    QVERIFY(addParticipant(QStringLiteral("Pia")) > 0);
    const auto session = open(m_sessionId);
    QVERIFY(session->setFacilitator(QStringLiteral("Sam Outside"), 0).ok());

    QStringList names = session->personNames();
    names.sort();
    QCOMPARE(names, (QStringList{QStringLiteral("Ana"), QStringLiteral("Pete"), QStringLiteral("Pia"),
                                 QStringLiteral("Sam Outside")}));
}

void TestPostmortemSession::resumesAfterReopening()
{
    auto session = open(m_sessionId);
    reachTimeline(*session);
    const qint64 ana = session->participants().at(0).id;
    const qint64 ben = session->participants().at(1).id;
    const qint64 chen = session->participants().at(2).id;
    QVERIFY(
        repo().insertEvent(makeEvent(m_sessionId, at(10), QStringLiteral("Alert fired"), EventKind::KeyMoment)).ok());
    QVERIFY(session->skip(QStringLiteral("Timeline done beforehand")).ok());
    m_clock.advance(300);
    QVERIFY(session->startRound().ok());
    m_clock.advance(60);
    QVERIFY(session->passTurn().ok());
    m_clock.advance(45);
    QVERIFY(session->nextSpeaker().ok());
    m_clock.advance(50);
    QVERIFY(session->setNotes(QStringLiteral("Ben seems tired; check in after.")).ok());
    QVERIFY(session->setTimeboxes(90, 15).ok());
    QVERIFY(session->addAnswer(CheckKind::Closing, 4).ok());
    QCOMPARE(session->speakerId(), chen);

    const Session before = session->session();
    const QList<Participant> participantsBefore = session->participants();
    const QList<PhaseLogEntry> logBefore = repo().phaseLog(m_sessionId);
    const SpeakingQueue queueBefore = session->queue();
    const Timebox turnBefore = session->turnTimer();
    const Timebox phaseBefore = session->phaseTimer();

    // Close everything, as when the application quits or crashes, and open the file again.
    session.reset();
    m_store->database.close();
    QVERIFY(!m_store->database.isOpen());
    m_store.reset();
    m_store = std::make_unique<PostmortemStore>(m_path);
    QVERIFY2(m_store->status.ok(), qPrintable(m_store->status.error()));
    m_clock.advance(20);
    session = open(m_sessionId);
    QVERIFY(session->isValid());

    const Session &after = session->session();
    QCOMPARE(after.phase, Phase::Factors);
    QCOMPARE(after.phases, before.phases);
    QCOMPARE(after.speakerId, chen);
    QCOMPARE(after.turnStarted, before.turnStarted);
    QCOMPARE(after.facilitator, QStringLiteral("Sam Outside"));
    QCOMPARE(after.notes, QStringLiteral("Ben seems tired; check in after."));
    QCOMPARE(after.turnSeconds, 90);
    QCOMPARE(after.phaseMinutes, 15);
    QCOMPARE(session->participants(), participantsBefore);
    QCOMPARE(session->tally(CheckKind::Closing).total(), 1);
    const QList<PhaseLogEntry> logAfter = repo().phaseLog(m_sessionId);
    QCOMPARE(logAfter.size(), logBefore.size());
    for (int n = 0; n < logAfter.size(); ++n) {
        QCOMPARE(logAfter.at(n).at, logBefore.at(n).at);
        QCOMPARE(logAfter.at(n).what, logBefore.at(n).what);
        QCOMPARE(logAfter.at(n).reason, logBefore.at(n).reason);
    }

    // The queue and the timers carry on where they were.
    const SpeakingQueue queue = session->queue();
    QCOMPARE(queue.order(), queueBefore.order());
    QCOMPARE(queue.round(), queueBefore.round());
    QCOMPARE(queue.waiting(), queueBefore.waiting());
    QCOMPARE(queue.notYetSpoken(), queueBefore.notYetSpoken());
    for (qint64 id : {ana, ben, chen})
        QCOMPARE(queue.turnsOf(id), queueBefore.turnsOf(id));
    QCOMPARE(session->turnTimer().started, turnBefore.started);
    QCOMPARE(session->turnTimer().seconds, qint64(90));
    QCOMPARE(session->turnTimer().elapsed(m_clock.now()), qint64(70));
    QCOMPARE(session->phaseTimer().started, phaseBefore.started);
    QCOMPARE(session->phaseTimer().elapsed(m_clock.now()), qint64(300 + 60 + 45 + 50 + 20));

    // Chen finishes; the round is complete, so the next round starts with Ana.
    QVERIFY(session->nextSpeaker().ok());
    QCOMPARE(session->speakerId(), ana);
    QCOMPARE(session->queue().round(), 2);
}

void TestPostmortemSession::twoSessionsStayInStep()
{
    const auto console = open(m_sessionId);
    const auto audience = open(m_sessionId);
    const auto unrelated =
        open(repo().insertSession(makeRetro(m_team, QStringLiteral("Unrelated retro"), m_clock.now())).value());

    QSignalSpy changed(audience.get(), &PostmortemSession::changed);
    QSignalSpy participantsChanged(audience.get(), &PostmortemSession::participantsChanged);
    QSignalSpy turnsChanged(audience.get(), &PostmortemSession::turnsChanged);
    QSignalSpy tallyChanged(audience.get(), &PostmortemSession::tallyChanged);
    QSignalSpy unrelatedChanged(unrelated.get(), &PostmortemSession::changed);
    QSignalSpy unrelatedParticipants(unrelated.get(), &PostmortemSession::participantsChanged);
    QSignalSpy unrelatedTurns(unrelated.get(), &PostmortemSession::turnsChanged);
    QSignalSpy unrelatedTally(unrelated.get(), &PostmortemSession::tallyChanged);

    QVERIFY(console->setFacilitator(QStringLiteral("Sam Outside"), 0).ok());
    QCOMPARE(audience->session().facilitator, QStringLiteral("Sam Outside"));
    QCOMPARE(changed.count(), 1);

    QVERIFY(addParticipant(QStringLiteral("Ana")) > 0);
    QVERIFY(addParticipant(QStringLiteral("Ben")) > 0);
    QCOMPARE(participantsChanged.count(), 2);
    QCOMPARE(audience->participants(), console->participants());
    QCOMPARE(audience->participants().size(), 2);

    QVERIFY(console->agree(QStringLiteral("Sam Outside")).ok());
    QCOMPARE(audience->phase(), Phase::Timeline);
    QCOMPARE(audience->session().phases, console->session().phases);
    QCOMPARE(audience->phaseTimer().started, m_clock.now());

    QVERIFY(console->startRound().ok());
    QCOMPARE(audience->speakerId(), console->speakerId());
    QCOMPARE(audience->turnTimer().started, m_clock.now());
    m_clock.advance(40);
    // Either object can drive the session.
    QVERIFY(audience->nextSpeaker().ok());
    QCOMPARE(console->speakerId(), audience->participants().at(1).id);
    QCOMPARE(turnsChanged.count(), 1);
    QCOMPARE(console->queue().waiting(), audience->queue().waiting());

    QVERIFY(audience->setNotes(QStringLiteral("Private note")).ok());
    QCOMPARE(console->session().notes, QStringLiteral("Private note"));
    const int changesBefore = int(changed.count());
    QVERIFY(console->setNotes(QStringLiteral("Private note")).ok()); // unchanged text: nothing written
    QCOMPARE(changed.count(), changesBefore);
    QVERIFY(console->setSummary(QStringLiteral("We learned a lot")).ok());
    QCOMPARE(audience->session().summary, QStringLiteral("We learned a lot"));

    QVERIFY(console->addAnswer(CheckKind::Closing, 4).ok());
    QVERIFY(console->addAnswer(CheckKind::Safety, 2).ok());
    QCOMPARE(tallyChanged.count(), 2);
    QCOMPARE(tallyChanged.at(0).at(0).value<CheckKind>(), CheckKind::Closing);
    QCOMPARE(tallyChanged.at(1).at(0).value<CheckKind>(), CheckKind::Safety);
    QCOMPARE(audience->tally(CheckKind::Closing).total(), 1);
    QVERIFY(!console->addAnswer(CheckKind::Closing, 9).ok());
    CheckTally paper;
    paper.counts = {0, 0, 1, 2, 0};
    QVERIFY(audience->setTally(CheckKind::Closing, paper).ok());
    QCOMPARE(console->tally(CheckKind::Closing).counts, paper.counts);
    QCOMPARE(tallyChanged.count(), 3);

    QVERIFY(audience->goBack(Phase::Opening).ok());
    QCOMPARE(console->phase(), Phase::Opening);
    QCOMPARE(console->speakerId(), 0);

    // The other session heard nothing of all this.
    QCOMPARE(unrelatedChanged.count(), 0);
    QCOMPARE(unrelatedParticipants.count(), 0);
    QCOMPARE(unrelatedTurns.count(), 0);
    QCOMPARE(unrelatedTally.count(), 0);
    QCOMPARE(unrelated->phase(), Phase::Opening);
    QVERIFY(unrelated->participants().isEmpty());
}

namespace {

CheckTally tallyOf(std::array<int, 5> counts)
{
    CheckTally tally;
    tally.counts = counts;
    return tally;
}

} // namespace

void TestPostmortemSession::addSlips_data()
{
    QTest::addColumn<QList<int>>("kioskAnswers"); // given one by one before the slips
    QTest::addColumn<CheckTally>("stored");       // then a tally set over them, if any answer counts
    QTest::addColumn<CheckTally>("slips");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<CheckTally>("expected"); // what is stored afterwards

    const CheckTally none;
    QTest::newRow("slips onto nothing") << QList<int>() << none << tallyOf({1, 0, 0, 0, 2}) << true
                                        << tallyOf({1, 0, 0, 0, 2});
    QTest::newRow("slips added to the kiosk's answers")
        << QList<int>{4, 2, 4} << none << tallyOf({0, 0, 2, 1, 1}) << true << tallyOf({0, 1, 2, 3, 1});
    QTest::newRow("one slip makes three")
        << QList<int>{1, 5} << none << tallyOf({0, 0, 1, 0, 0}) << true << tallyOf({1, 0, 1, 0, 1});
    QTest::newRow("slips onto slips") << QList<int>() << tallyOf({2, 2, 2, 2, 2}) << tallyOf({3, 0, 0, 0, 1}) << true
                                      << tallyOf({5, 2, 2, 2, 3});
    QTest::newRow("no slips: nothing changes") << QList<int>{3} << none << none << true << tallyOf({0, 0, 1, 0, 0});
    QTest::newRow("up to 10,000 a value") << QList<int>() << tallyOf({9999, 0, 0, 0, 0}) << tallyOf({1, 0, 0, 0, 0})
                                          << true << tallyOf({10000, 0, 0, 0, 0});
    QTest::newRow("over 10,000 refused") << QList<int>{2} << tallyOf({9999, 0, 0, 0, 0}) << tallyOf({2, 0, 0, 0, 0})
                                         << false << tallyOf({9999, 1, 0, 0, 0});
    QTest::newRow("over 10,000 in one value refuses them all")
        << QList<int>() << tallyOf({0, 0, 0, 0, 10000}) << tallyOf({1, 1, 1, 1, 1}) << false
        << tallyOf({0, 0, 0, 0, 10000});
    QTest::newRow("negative slips below nothing refused")
        << QList<int>() << none << tallyOf({0, -1, 0, 0, 0}) << false << none;
    QTest::newRow("negative slips refused")
        << QList<int>{2, 2, 5} << none << tallyOf({0, -1, 0, 0, 0}) << false << tallyOf({0, 2, 0, 0, 1});
}

void TestPostmortemSession::addSlips()
{
    QFETCH(QList<int>, kioskAnswers);
    QFETCH(CheckTally, stored);
    QFETCH(CheckTally, slips);
    QFETCH(bool, ok);
    QFETCH(CheckTally, expected);

    const auto session = open(m_sessionId);
    if (stored.total() > 0)
        QVERIFY(repo().setTally(m_sessionId, CheckKind::Closing, stored).ok());
    for (int value : std::as_const(kioskAnswers))
        QVERIFY(session->addAnswer(CheckKind::Closing, value).ok());
    QVERIFY(session->addAnswer(CheckKind::Safety, 3).ok()); // the other check, which slips never touch
    const CheckTally before = session->tally(CheckKind::Closing);
    QSignalSpy tallyChanged(session.get(), &PostmortemSession::tallyChanged);
    QSignalSpy repositoryChanged(&repo(), &PostmortemRepository::tallyChanged);

    const Status status = session->addSlips(CheckKind::Closing, slips);
    QCOMPARE(status.ok(), ok);
    if (!ok) {
        // Slips out of range are refused as slips; sums out of range by the repository, as counts.
        QVERIFY2(status.error().endsWith(QLatin1String(" must be between 0 and 10,000.")), qPrintable(status.error()));
        QCOMPARE(session->tally(CheckKind::Closing).counts, before.counts);
    }
    QCOMPARE(session->tally(CheckKind::Closing).counts, expected.counts);
    QCOMPARE(repo().tally(m_sessionId, CheckKind::Closing).counts, expected.counts);
    QCOMPARE(session->tally(CheckKind::Safety).counts, (std::array<int, 5>{0, 0, 1, 0, 0}));
    // One change, announced once, for the check it was made to; none when refused. (Adding nothing may or may not
    // be announced: the console refuses it before it gets here.)
    if (slips.total() == 0 && ok) {
        QVERIFY(tallyChanged.count() <= 1);
    } else {
        QCOMPARE(tallyChanged.count(), ok ? 1 : 0);
        QCOMPARE(repositoryChanged.count(), ok ? 1 : 0);
    }
    for (const QList<QVariant> &arguments : std::as_const(tallyChanged))
        QCOMPARE(arguments.constFirst().value<CheckKind>(), CheckKind::Closing);
    QVERIFY(!session->isCollecting(CheckKind::Closing)); // adding slips is not collecting
}

void TestPostmortemSession::collecting()
{
    const auto session = open(m_sessionId);
    QSignalSpy tallyChanged(session.get(), &PostmortemSession::tallyChanged);
    QSignalSpy repositoryChanged(&repo(), &PostmortemRepository::tallyChanged);
    QSignalSpy changed(session.get(), &PostmortemSession::changed);
    const auto kinds = [&tallyChanged]() {
        QList<CheckKind> list;
        for (const QList<QVariant> &arguments : std::as_const(tallyChanged))
            list.append(arguments.constFirst().value<CheckKind>());
        return list;
    };
    QVERIFY(!session->isCollecting(CheckKind::Closing));
    QVERIFY(!session->isCollecting(CheckKind::Safety));

    // Per kind; every change announced once as a change of that check's tally (what is shown of it changes).
    session->setCollecting(CheckKind::Closing, true);
    QVERIFY(session->isCollecting(CheckKind::Closing));
    QVERIFY(!session->isCollecting(CheckKind::Safety));
    QCOMPARE(kinds(), QList<CheckKind>({CheckKind::Closing}));
    session->setCollecting(CheckKind::Closing, true); // no change, no signal
    QCOMPARE(tallyChanged.count(), 1);
    session->setCollecting(CheckKind::Safety, true);
    QVERIFY(session->isCollecting(CheckKind::Safety));
    QVERIFY(session->isCollecting(CheckKind::Closing));
    QCOMPARE(kinds(), QList<CheckKind>({CheckKind::Closing, CheckKind::Safety}));

    // Answers still count while collecting; the state is the session object's, never stored.
    QVERIFY(session->addAnswer(CheckKind::Closing, 4).ok());
    QVERIFY(session->addAnswer(CheckKind::Closing, 2).ok());
    QVERIFY(session->addAnswer(CheckKind::Closing, 3).ok());
    QCOMPARE(session->tally(CheckKind::Closing).total(), 3);
    QVERIFY(session->isCollecting(CheckKind::Closing));
    QCOMPARE(tallyChanged.count(), 5);
    QCOMPARE(repositoryChanged.count(), 3); // the answers; collecting itself is not written anywhere
    QVERIFY(!open(m_sessionId)->isCollecting(CheckKind::Closing)); // a restart does not leave results hidden

    session->setCollecting(CheckKind::Closing, false);
    QVERIFY(!session->isCollecting(CheckKind::Closing));
    QVERIFY(session->isCollecting(CheckKind::Safety));
    QCOMPARE(tallyChanged.count(), 6);
    QCOMPARE(tallyChanged.constLast().constFirst().value<CheckKind>(), CheckKind::Closing);
    session->setCollecting(CheckKind::Closing, false);
    QCOMPARE(tallyChanged.count(), 6);
    session->setCollecting(CheckKind::Safety, false);
    QVERIFY(!session->isCollecting(CheckKind::Safety));
    QCOMPARE(tallyChanged.count(), 7);
    QCOMPARE(tallyChanged.constLast().constFirst().value<CheckKind>(), CheckKind::Safety);
    QCOMPARE(repositoryChanged.count(), 3);
    QCOMPARE(changed.count(), 0); // nothing else about the session changed
    QCOMPARE(session->tally(CheckKind::Closing).total(), 3);
}

QTEST_GUILESS_MAIN(TestPostmortemSession)
#include "tst_postmortemsession.moc"
