// PostmortemRepository against real temporary SQLite files: sessions, the phase record and log, participants and
// turns, the timeline and its links to factors, learnings, action items across sessions, anonymous tallies, the
// change signals and the session they name, limits, unusual text, and what it refuses to remove elsewhere.
#include "common/TestData.h"
#include "domain/Validation.h"
#include "storage/PostmortemRepository.h"

#include <QHash>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace candor;
using namespace candor::testdata;

Q_DECLARE_METATYPE(candor::Session)
Q_DECLARE_METATYPE(candor::CheckKind)

namespace {

// The shared store plus the postmortem repository; the repository goes first, the database last.
struct SessionStore : Store
{
    using Store::Store;
    PostmortemRepository postmortems{database};
};

Session makePostmortem(qint64 incidentId, qint64 teamId, const QDateTime &created)
{
    Session session;
    session.kind = SessionKind::Postmortem;
    session.incidentId = incidentId;
    session.teamId = teamId;
    session.facilitator = QStringLiteral("Sam Rivers");
    session.created = created;
    return session;
}

Session makeRetro(qint64 teamId, const QString &title, const QDateTime &created)
{
    Session session;
    session.kind = SessionKind::Retro;
    session.teamId = teamId;
    session.title = title;
    session.periodStart = QDate(2024, 2, 1);
    session.periodEnd = QDate(2024, 2, 29);
    session.created = created;
    return session;
}

TimelineEvent makeEvent(qint64 sessionId, const QDateTime &time, const QString &text, EventKind kind = EventKind::Other)
{
    TimelineEvent event;
    event.sessionId = sessionId;
    event.time = time;
    event.kind = kind;
    event.text = text;
    return event;
}

ContributingFactor makeFactor(qint64 sessionId, const QString &text, const QList<qint64> &eventIds = {})
{
    ContributingFactor factor;
    factor.sessionId = sessionId;
    factor.category = FactorCategory::Technology;
    factor.text = text;
    factor.eventIds = eventIds;
    return factor;
}

ActionItem makeAction(qint64 sessionId, qint64 ownerTeamId, const QString &text, const QDate &due = {},
                      ActionStatus status = ActionStatus::Open)
{
    ActionItem action;
    action.sessionId = sessionId;
    action.kind = ActionKind::DetectSooner;
    action.text = text;
    action.ownerTeamId = ownerTeamId;
    action.due = due;
    action.status = status;
    action.created = at(20);
    return action;
}

Participant makeParticipant(qint64 sessionId, const QString &name, int position = -1)
{
    Participant participant;
    participant.sessionId = sessionId;
    participant.name = name;
    participant.role = QStringLiteral("On call");
    participant.position = position;
    return participant;
}

QStringList namesOf(const QList<Participant> &participants)
{
    QStringList names;
    for (const Participant &p : participants)
        names.append(p.name);
    return names;
}

QStringList textsOf(const QList<TimelineEvent> &events)
{
    QStringList texts;
    for (const TimelineEvent &e : events)
        texts.append(e.text);
    return texts;
}

QStringList textsOf(const QList<ActionRow> &rows)
{
    QStringList texts;
    for (const ActionRow &row : rows)
        texts.append(row.item.text);
    return texts;
}

// Every change signal of one repository, recorded.
struct RepositorySpies
{
    explicit RepositorySpies(const PostmortemRepository *repository)
        : sessions(repository, &PostmortemRepository::sessionsChanged)
        , session(repository, &PostmortemRepository::sessionChanged)
        , participants(repository, &PostmortemRepository::participantsChanged)
        , turns(repository, &PostmortemRepository::turnsChanged)
        , events(repository, &PostmortemRepository::eventsChanged)
        , factors(repository, &PostmortemRepository::factorsChanged)
        , learnings(repository, &PostmortemRepository::learningsChanged)
        , actions(repository, &PostmortemRepository::actionsChanged)
        , tally(repository, &PostmortemRepository::tallyChanged)
    {}

    // The signals that carry a session id, by name.
    QList<QPair<QString, QSignalSpy *>> withId()
    {
        return {{QStringLiteral("sessionChanged"), &session}, {QStringLiteral("participantsChanged"), &participants},
                {QStringLiteral("turnsChanged"), &turns},     {QStringLiteral("eventsChanged"), &events},
                {QStringLiteral("factorsChanged"), &factors}, {QStringLiteral("learningsChanged"), &learnings},
                {QStringLiteral("actionsChanged"), &actions}, {QStringLiteral("tallyChanged"), &tally}};
    }
    // One name per emission, sorted.
    QStringList fired()
    {
        QStringList names;
        for (qsizetype n = 0; n < sessions.size(); ++n)
            names.append(QStringLiteral("sessionsChanged"));
        for (const auto &[name, spy] : withId()) {
            for (qsizetype n = 0; n < spy->size(); ++n)
                names.append(name);
        }
        names.sort();
        return names;
    }
    // The session id of every emission that carries one.
    QList<qint64> ids()
    {
        QList<qint64> all;
        for (const auto &[name, spy] : withId()) {
            for (const QList<QVariant> &arguments : std::as_const(*spy))
                all.append(arguments.at(0).toLongLong());
        }
        return all;
    }
    int count() { return int(fired().size()); }
    void clear()
    {
        sessions.clear();
        for (const auto &[name, spy] : withId())
            spy->clear();
    }

    QSignalSpy sessions;
    QSignalSpy session;
    QSignalSpy participants;
    QSignalSpy turns;
    QSignalSpy events;
    QSignalSpy factors;
    QSignalSpy learnings;
    QSignalSpy actions;
    QSignalSpy tally;
};

} // namespace

class TestPostmortemRepository : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    // Sessions
    void sessionRoundTrip();
    void onePostmortemPerIncident();
    void insertSessionRefused_data();
    void insertSessionRefused();
    void settingsLimits_data();
    void settingsLimits();
    void settingsRoundTrip();
    void notesAndSummary();
    void writesToMissingSessionRefused();
    void removeSessionRemovesEverything();
    void changePhaseAndLog();

    // Participants and turns
    void participantsInQueueOrder();
    void participantRefused_data();
    void participantRefused();
    void removeParticipantClearsSpeaker();
    void turns();

    // Timeline, factors, learnings
    void eventsInTimeOrder();
    void factorLinks();
    void linkEventOnlyWithinSession();
    void learnings();

    // Action items
    void actionRoundTrip();
    void actionRefused_data();
    void actionRefused();
    void removeFactorUnlinksActions();
    void actionRows_data();
    void actionRows();
    void actionRowFields();
    void earlierOpenActions();

    // Drafts and anonymous checks
    void drafts();
    void tallies();

    // Across the repository
    void signalsNameTheSession_data();
    void signalsNameTheSession();
    void updatesOfMissingRowsRefused();
    void textLength_data();
    void textLength();
    void unicodeRoundTrip_data();
    void unicodeRoundTrip();
    void removeIncidentWithPostmortemRefused();
    void removeTeamOwningActionsRefused();

private:
    QString newPath();
    PostmortemRepository &repo() { return m_store->postmortems; }
    qint64 addTeam(const QString &name, qint64 parentId = 0);
    qint64 addIncident(qint64 teamId, const QString &title, const QString &service);
    qint64 addSession(const Session &session);
    qint64 addEvent(const TimelineEvent &event);
    qint64 addAction(const ActionItem &action);

    QTemporaryDir m_dir;
    int m_files = 0;
    std::unique_ptr<SessionStore> m_store;
    // Every test starts with the Payments team, one of its incidents and that incident's postmortem.
    qint64 m_team = 0;
    qint64 m_incident = 0;
    qint64 m_session = 0;
};

void TestPostmortemRepository::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(m_dir.isValid(), qPrintable(m_dir.errorString()));
}

void TestPostmortemRepository::init()
{
    m_store = std::make_unique<SessionStore>(newPath());
    QVERIFY2(m_store->status.ok(), qPrintable(m_store->status.error()));
    m_team = addTeam(QStringLiteral("Payments"));
    m_incident = addIncident(m_team, QStringLiteral("Card payments failing"), QStringLiteral("checkout-api"));
    m_session = addSession(makePostmortem(m_incident, m_team, at(50)));
}

void TestPostmortemRepository::cleanup()
{
    m_store.reset();
}

QString TestPostmortemRepository::newPath()
{
    return m_dir.filePath(QStringLiteral("postmortems-%1.sqlite").arg(++m_files));
}

qint64 TestPostmortemRepository::addTeam(const QString &name, qint64 parentId)
{
    const Result<qint64> id = m_store->teams.insertTeam(makeTeam(name, parentId));
    if (!id)
        qWarning("insertTeam: %s", qPrintable(id.error()));
    return id ? *id : 0;
}

qint64 TestPostmortemRepository::addIncident(qint64 teamId, const QString &title, const QString &service)
{
    Incident incident = makeIncident(teamId, title);
    incident.service = service;
    const Result<qint64> id = m_store->incidents.insert(incident);
    if (!id)
        qWarning("insert incident: %s", qPrintable(id.error()));
    return id ? *id : 0;
}

qint64 TestPostmortemRepository::addSession(const Session &session)
{
    const Result<qint64> id = repo().insertSession(session);
    if (!id)
        qWarning("insertSession: %s", qPrintable(id.error()));
    return id ? *id : 0;
}

qint64 TestPostmortemRepository::addEvent(const TimelineEvent &event)
{
    const Result<qint64> id = repo().insertEvent(event);
    if (!id)
        qWarning("insertEvent: %s", qPrintable(id.error()));
    return id ? *id : 0;
}

qint64 TestPostmortemRepository::addAction(const ActionItem &action)
{
    const Result<qint64> id = repo().insertAction(action);
    if (!id)
        qWarning("insertAction: %s", qPrintable(id.error()));
    return id ? *id : 0;
}

// ---- Sessions ----

void TestPostmortemRepository::sessionRoundTrip()
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
    const qint64 retroId = addSession(retro);
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

void TestPostmortemRepository::onePostmortemPerIncident()
{
    QSignalSpy sessionsChanged(&repo(), &PostmortemRepository::sessionsChanged);
    const Result<qint64> second = repo().insertSession(makePostmortem(m_incident, m_team, at(70)));
    QVERIFY(!second.ok());
    QVERIFY2(second.error().contains(QStringLiteral("already has a postmortem")), qPrintable(second.error()));
    QCOMPARE(sessionsChanged.count(), 0);
    QCOMPARE(repo().sessions().size(), 1);

    // Retros are not tied to an incident: several per team are fine.
    QVERIFY(addSession(makeRetro(m_team, QStringLiteral("Retro one"), at(71))) > 0);
    QVERIFY(addSession(makeRetro(m_team, QStringLiteral("Retro two"), at(72))) > 0);
    QCOMPARE(repo().sessions().size(), 3);

    // Once the postmortem is gone, the incident can have a new one.
    QVERIFY(repo().removeSession(m_session).ok());
    QCOMPARE(repo().sessionForIncident(m_incident), std::nullopt);
    const Result<qint64> again = repo().insertSession(makePostmortem(m_incident, m_team, at(73)));
    QVERIFY2(again.ok(), qPrintable(again.error()));
    QCOMPARE(repo().sessionForIncident(m_incident), std::optional<qint64>(*again));
}

void TestPostmortemRepository::insertSessionRefused_data()
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

void TestPostmortemRepository::insertSessionRefused()
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

void TestPostmortemRepository::settingsLimits_data()
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

void TestPostmortemRepository::settingsLimits()
{
    QFETCH(bool, retro);
    QFETCH(int, turnSeconds);
    QFETCH(int, phaseMinutes);
    QFETCH(QString, title);
    QFETCH(bool, accepted);

    const qint64 id = retro ? addSession(makeRetro(m_team, QStringLiteral("February retro"), at(60))) : m_session;
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

void TestPostmortemRepository::settingsRoundTrip()
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
    QVERIFY(repo().updateSettings(edited).ok());

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
    QVERIFY(repo().updateSettings(edited).ok());
    const Session guest = repo().session(m_session).value();
    QCOMPARE(guest.facilitatorMemberId, 0);
    QVERIFY(!guest.facilitatorConflictAccepted);
    QVERIFY(!guest.periodStart.isValid());

    // Removing the facilitator's member record keeps the name and drops the link.
    edited.facilitatorMemberId = member;
    QVERIFY(repo().updateSettings(edited).ok());
    QVERIFY(m_store->teams.removeMember(member).ok());
    const Session orphaned = repo().session(m_session).value();
    QCOMPARE(orphaned.facilitatorMemberId, 0);
    QCOMPARE(orphaned.facilitator, QStringLiteral("Guest from Support"));
}

void TestPostmortemRepository::notesAndSummary()
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

void TestPostmortemRepository::writesToMissingSessionRefused()
{
    const qint64 missing = m_session + 100;
    RepositorySpies spies(&repo());
    Session ghost = repo().session(m_session).value();
    ghost.id = missing;
    QVERIFY(!repo().updateSettings(ghost).ok());
    QVERIFY(!repo().setNotes(missing, QStringLiteral("notes")).ok());
    QVERIFY(!repo().setSummary(missing, QStringLiteral("summary")).ok());
    QVERIFY(!repo().removeSession(missing).ok());
    QVERIFY(!repo()
                 .changePhase(missing, Phase::Timeline, ghost.phases,
                              {at(90), Phase::Opening, PhaseLogEntry::Agreed, QStringLiteral("Sam"), {}})
                 .ok());
    QVERIFY(!repo().insertEvent(makeEvent(missing, at(10), QStringLiteral("Alert fired"))).ok());
    QVERIFY(!repo().insertParticipant(makeParticipant(missing, QStringLiteral("Ana"))).ok());
    QVERIFY(!repo().addAnswer(missing, CheckKind::Closing, 4).ok());
    QCOMPARE(spies.fired(), QStringList());
    QCOMPARE(repo().sessions().size(), 1);
}

void TestPostmortemRepository::removeSessionRemovesEverything()
{
    const qint64 other = addSession(makeRetro(m_team, QStringLiteral("Retro"), at(60)));
    const qint64 event = addEvent(makeEvent(m_session, at(10), QStringLiteral("Alert fired")));
    QVERIFY(repo().insertFactor(makeFactor(m_session, QStringLiteral("No canary"), {event})).ok());
    QVERIFY(repo().insertLearning({0, m_session, LearningKind::Lucky, QStringLiteral("Low traffic")}).ok());
    QVERIFY(addAction(makeAction(m_session, m_team, QStringLiteral("Add a canary"))) > 0);
    QVERIFY(repo().insertParticipant(makeParticipant(m_session, QStringLiteral("Ana"))).ok());
    QVERIFY(repo().addAnswer(m_session, CheckKind::Closing, 4).ok());
    QVERIFY(repo().insertParticipant(makeParticipant(other, QStringLiteral("Ben"))).ok());
    QVERIFY(addEvent(makeEvent(other, at(11), QStringLiteral("Kept"))) > 0);

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

void TestPostmortemRepository::changePhaseAndLog()
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

void TestPostmortemRepository::participantsInQueueOrder()
{
    const qint64 other = addSession(makeRetro(m_team, QStringLiteral("Retro"), at(60)));
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

void TestPostmortemRepository::participantRefused_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("role");

    QTest::newRow("no name") << QString() << QStringLiteral("Engineer");
    QTest::newRow("name of spaces") << QStringLiteral("   ") << QStringLiteral("Engineer");
    QTest::newRow("name too long") << QString(Limits::NameLength + 1, QLatin1Char('n')) << QString();
    QTest::newRow("role too long") << QStringLiteral("Ana") << QString(Limits::RoleLength + 1, QLatin1Char('r'));
}

void TestPostmortemRepository::participantRefused()
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

void TestPostmortemRepository::removeParticipantClearsSpeaker()
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

void TestPostmortemRepository::turns()
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

// ---- Timeline, factors, learnings ----

void TestPostmortemRepository::eventsInTimeOrder()
{
    const qint64 other = addSession(makeRetro(m_team, QStringLiteral("Retro"), at(60)));
    QSignalSpy eventsChanged(&repo(), &PostmortemRepository::eventsChanged);

    const qint64 noon = addEvent(makeEvent(m_session, at(12), QStringLiteral("Rolled back"), EventKind::Repair));
    const qint64 ten = addEvent(makeEvent(m_session, at(10), QStringLiteral("Alert fired"), EventKind::Detection));
    const qint64 eleven = addEvent(makeEvent(m_session, at(11), QStringLiteral("  Found the config push  ")));
    const qint64 tenToo = addEvent(makeEvent(m_session, at(10), QStringLiteral("Support ticket")));
    QVERIFY(addEvent(makeEvent(other, at(9), QStringLiteral("Elsewhere"))) > 0);
    QCOMPARE(eventsChanged.count(), 5);
    QCOMPARE(eventsChanged.at(0).at(0).toLongLong(), m_session);
    QCOMPARE(eventsChanged.at(4).at(0).toLongLong(), other);

    QList<TimelineEvent> events = repo().events(m_session);
    QCOMPARE(textsOf(events), (QStringList{QStringLiteral("Alert fired"), QStringLiteral("Support ticket"),
                                           QStringLiteral("Found the config push"), QStringLiteral("Rolled back")}));
    QCOMPARE(events.at(0).id, ten);
    QCOMPARE(events.at(1).id, tenToo);
    QCOMPARE(events.at(2).id, eleven);
    QCOMPARE(events.at(3).id, noon);
    QCOMPARE(events.at(0).kind, EventKind::Detection);
    QCOMPARE(events.at(0).time, at(10));
    QCOMPARE(events.at(0).time.timeSpec(), Qt::UTC);
    QCOMPARE(repo().event(noon).value(), events.at(3));

    // Moving an event in time moves it in the list.
    TimelineEvent moved = events.at(3);
    moved.time = at(9, 30);
    moved.text = QStringLiteral("Rolled back (earlier than we thought)");
    QVERIFY(repo().updateEvent(moved).ok());
    QCOMPARE(eventsChanged.count(), 6);
    events = repo().events(m_session);
    QCOMPARE(events.first(), moved);
    QCOMPARE(events.size(), 4);

    // A time in another zone is stored as the same instant.
    TimelineEvent zoned = moved;
    zoned.time = QDateTime(QDate(2024, 3, 1), QTime(13, 15), Qt::OffsetFromUTC, 3600);
    QVERIFY(repo().updateEvent(zoned).ok());
    QCOMPARE(repo().event(noon)->time, at(12, 15));
    QCOMPARE(repo().events(m_session).last().id, noon);

    // Refused: no time, no text. Nothing changes and nothing is announced.
    eventsChanged.clear();
    QVERIFY(!repo().insertEvent(makeEvent(m_session, QDateTime(), QStringLiteral("When?"))).ok());
    QVERIFY(!repo().insertEvent(makeEvent(m_session, at(10), QStringLiteral("  "))).ok());
    TimelineEvent blank = repo().event(ten).value();
    blank.text.clear();
    QVERIFY(!repo().updateEvent(blank).ok());
    blank.text = QStringLiteral("Alert fired");
    blank.time = QDateTime();
    QVERIFY(!repo().updateEvent(blank).ok());
    QCOMPARE(repo().event(ten)->text, QStringLiteral("Alert fired"));
    QCOMPARE(eventsChanged.count(), 0);

    // Remove, and restore under the same id (undo).
    const TimelineEvent removed = repo().event(eleven).value();
    QVERIFY(repo().removeEvent(eleven).ok());
    QCOMPARE(eventsChanged.count(), 1);
    QCOMPARE(eventsChanged.at(0).at(0).toLongLong(), m_session);
    QVERIFY(!repo().event(eleven).ok());
    QVERIFY(!repo().removeEvent(eleven).ok());
    QCOMPARE(repo().events(m_session).size(), 3);
    const Result<qint64> restored = repo().insertEvent(removed);
    QVERIFY2(restored.ok(), qPrintable(restored.error()));
    QCOMPARE(*restored, eleven);
    QCOMPARE(repo().event(eleven).value(), removed);
    QCOMPARE(repo().events(other).size(), 1);
}

void TestPostmortemRepository::factorLinks()
{
    const qint64 other = addSession(makeRetro(m_team, QStringLiteral("Retro"), at(60)));
    const qint64 late = addEvent(makeEvent(m_session, at(12), QStringLiteral("Rolled back")));
    const qint64 early = addEvent(makeEvent(m_session, at(10), QStringLiteral("Config pushed")));
    const qint64 foreign = addEvent(makeEvent(other, at(11), QStringLiteral("Someone else's event")));

    // Links to another session's event are dropped; the rest come back in time order.
    QSignalSpy factorsChanged(&repo(), &PostmortemRepository::factorsChanged);
    ContributingFactor factor =
        makeFactor(m_session, QStringLiteral(" No canary for config pushes "), {late, foreign, early, late});
    const Result<qint64> id = repo().insertFactor(factor);
    QVERIFY2(id.ok(), qPrintable(id.error()));
    QCOMPARE(factorsChanged.count(), 1);
    QCOMPARE(factorsChanged.at(0).at(0).toLongLong(), m_session);
    ContributingFactor stored = repo().factor(*id).value();
    QCOMPARE(stored.id, *id);
    QCOMPARE(stored.sessionId, m_session);
    QCOMPARE(stored.category, FactorCategory::Technology);
    QCOMPARE(stored.text, QStringLiteral("No canary for config pushes"));
    QCOMPARE(stored.eventIds, (QList<qint64>{early, late}));

    const qint64 unlinked = repo().insertFactor(makeFactor(m_session, QStringLiteral("Pager fatigue"))).value();
    const QList<ContributingFactor> factors = repo().factors(m_session);
    QCOMPARE(factors.size(), 2);
    QCOMPARE(factors.at(0), stored);
    QCOMPARE(factors.at(1).id, unlinked);
    QVERIFY(factors.at(1).eventIds.isEmpty());
    QVERIFY(repo().factors(other).isEmpty());

    // An edit replaces the links.
    stored.eventIds = {late};
    stored.category = FactorCategory::Process;
    QVERIFY(repo().updateFactor(stored).ok());
    QCOMPARE(repo().factor(*id).value(), stored);
    stored.eventIds = {foreign};
    QVERIFY(repo().updateFactor(stored).ok());
    QVERIFY(repo().factor(*id)->eventIds.isEmpty());
    stored.eventIds = {early, late};
    QVERIFY(repo().updateFactor(stored).ok());

    // Removing an event drops its links and announces the factors too.
    factorsChanged.clear();
    const TimelineEvent removed = repo().event(early).value();
    QVERIFY(repo().removeEvent(early).ok());
    QCOMPARE(factorsChanged.count(), 1);
    QCOMPARE(factorsChanged.at(0).at(0).toLongLong(), m_session);
    QCOMPARE(repo().factor(*id)->eventIds, QList<qint64>{late});

    // Undo: the event comes back under its id and linkEvent restores the links it had.
    QCOMPARE(repo().insertEvent(removed).value(), early);
    QCOMPARE(repo().factor(*id)->eventIds, QList<qint64>{late});
    QVERIFY(repo().linkEvent(early, {*id, unlinked}).ok());
    QCOMPARE(factorsChanged.count(), 2);
    QCOMPARE(factorsChanged.at(1).at(0).toLongLong(), m_session);
    QCOMPARE(repo().factor(*id)->eventIds, (QList<qint64>{early, late}));
    QCOMPARE(repo().factor(unlinked)->eventIds, QList<qint64>{early});
    // Linking twice changes nothing.
    QVERIFY(repo().linkEvent(early, {*id}).ok());
    QCOMPARE(repo().factor(*id)->eventIds, (QList<qint64>{early, late}));
    QVERIFY(!repo().linkEvent(early + 1000, {*id}).ok());

    // Removing a factor; removing it again is refused.
    QVERIFY(repo().removeFactor(unlinked).ok());
    QVERIFY(!repo().factor(unlinked).ok());
    QVERIFY(!repo().removeFactor(unlinked).ok());
    QCOMPARE(repo().factors(m_session).size(), 1);
    QVERIFY(!repo().insertFactor(makeFactor(m_session, QStringLiteral(" "))).ok());
}

void TestPostmortemRepository::linkEventOnlyWithinSession()
{
    // linkEvent follows the same rule as insertFactor: a factor explains only its own session's events.
    const qint64 other = addSession(makeRetro(m_team, QStringLiteral("Retro"), at(60)));
    const qint64 own = addEvent(makeEvent(m_session, at(10), QStringLiteral("Config pushed")));
    const qint64 foreign = addEvent(makeEvent(other, at(11), QStringLiteral("Someone else's event")));
    const qint64 factor = repo().insertFactor(makeFactor(m_session, QStringLiteral("No canary"), {own})).value();
    const qint64 otherFactor = repo().insertFactor(makeFactor(other, QStringLiteral("Elsewhere"))).value();

    repo().linkEvent(foreign, {factor});
    QCOMPARE(repo().factor(factor)->eventIds, QList<qint64>{own});
    repo().linkEvent(own, {otherFactor});
    QVERIFY(repo().factor(otherFactor)->eventIds.isEmpty());
    QVERIFY(m_store->database.integrityProblems().isEmpty());
}

void TestPostmortemRepository::learnings()
{
    QSignalSpy learningsChanged(&repo(), &PostmortemRepository::learningsChanged);
    const qint64 question =
        repo().insertLearning({0, m_session, LearningKind::Question, QStringLiteral("Who owns the canary?")}).value();
    const qint64 wentWell =
        repo().insertLearning({0, m_session, LearningKind::WentWell, QStringLiteral(" Fast rollback ")}).value();
    const qint64 lucky =
        repo().insertLearning({0, m_session, LearningKind::Lucky, QStringLiteral("Low traffic at night")}).value();
    const qint64 wentWellToo =
        repo().insertLearning({0, m_session, LearningKind::WentWell, QStringLiteral("Clear status page")}).value();
    QCOMPARE(learningsChanged.count(), 4);
    QCOMPARE(learningsChanged.at(0).at(0).toLongLong(), m_session);

    // By kind, then in the order written.
    QList<Learning> list = repo().learnings(m_session);
    QCOMPARE(list.size(), 4);
    QCOMPARE(list.at(0).id, wentWell);
    QCOMPARE(list.at(0).text, QStringLiteral("Fast rollback"));
    QCOMPARE(list.at(1).id, wentWellToo);
    QCOMPARE(list.at(2).id, lucky);
    QCOMPARE(list.at(3).id, question);
    QCOMPARE(repo().learning(lucky).value(), list.at(2));

    Learning edited = list.at(2);
    edited.kind = LearningKind::Learned;
    edited.text = QStringLiteral("Night deploys hide problems");
    QVERIFY(repo().updateLearning(edited).ok());
    QCOMPARE(repo().learning(lucky).value(), edited);
    edited.text = QStringLiteral("\n");
    QVERIFY(!repo().updateLearning(edited).ok());
    QCOMPARE(repo().learning(lucky)->text, QStringLiteral("Night deploys hide problems"));
    QVERIFY(!repo().insertLearning({0, m_session, LearningKind::Lucky, QString()}).ok());

    QVERIFY(repo().removeLearning(question).ok());
    QVERIFY(!repo().learning(question).ok());
    QVERIFY(!repo().removeLearning(question).ok());
    QCOMPARE(repo().learnings(m_session).size(), 3);
    QCOMPARE(learningsChanged.count(), 6);
    QCOMPARE(learningsChanged.last().at(0).toLongLong(), m_session);
}

// ---- Action items ----

void TestPostmortemRepository::actionRoundTrip()
{
    const qint64 factor = repo().insertFactor(makeFactor(m_session, QStringLiteral("No canary"))).value();
    QSignalSpy actionsChanged(&repo(), &PostmortemRepository::actionsChanged);
    ActionItem action = makeAction(m_session, m_team, QStringLiteral(" Add a canary stage "), QDate(2024, 4, 1));
    action.ownerPerson = QStringLiteral(" Ana Lima ");
    action.factorId = factor;
    action.kind = ActionKind::Prevent;
    const Result<qint64> id = repo().insertAction(action);
    QVERIFY2(id.ok(), qPrintable(id.error()));
    QCOMPARE(actionsChanged.count(), 1);
    QCOMPARE(actionsChanged.at(0).at(0).toLongLong(), m_session);

    ActionItem expected = action;
    expected.id = *id;
    expected.text = QStringLiteral("Add a canary stage");
    expected.ownerPerson = QStringLiteral("Ana Lima");
    QCOMPARE(repo().action(*id).value(), expected);
    QCOMPARE(repo().actions(m_session), QList<ActionItem>{expected});

    // Without a creation time, the repository stamps one.
    ActionItem unstamped = makeAction(m_session, m_team, QStringLiteral("Write it down"));
    unstamped.created = QDateTime();
    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
    const qint64 stampedId = addAction(unstamped);
    const QDateTime created = repo().action(stampedId)->created;
    QVERIFY(created.isValid());
    QVERIFY(created >= before);
    QVERIFY(created <= QDateTime::currentDateTimeUtc().addSecs(1));

    // Done, with when; then dropped again with no due date.
    expected.status = ActionStatus::Done;
    expected.done = at(200);
    QVERIFY(repo().updateAction(expected).ok());
    QCOMPARE(repo().action(*id).value(), expected);
    QVERIFY(repo().action(*id)->isClosed());
    expected.status = ActionStatus::Dropped;
    expected.due = QDate();
    expected.done = QDateTime();
    expected.factorId = 0;
    QVERIFY(repo().updateAction(expected).ok());
    QCOMPARE(repo().action(*id).value(), expected);

    QVERIFY(repo().setActionFactor({*id, stampedId}, factor).ok());
    QCOMPARE(repo().action(*id)->factorId, factor);
    QCOMPARE(repo().action(stampedId)->factorId, factor);
    QVERIFY(repo().setActionFactor({stampedId}, 0).ok());
    QCOMPARE(repo().action(stampedId)->factorId, 0);
    QCOMPARE(actionsChanged.count(), 6);

    QVERIFY(repo().removeAction(*id).ok());
    QVERIFY(!repo().action(*id).ok());
    QVERIFY(!repo().removeAction(*id).ok());
    QCOMPARE(repo().actions(m_session).size(), 1);
    QCOMPARE(actionsChanged.count(), 7);
    QCOMPARE(actionsChanged.last().at(0).toLongLong(), m_session);
}

void TestPostmortemRepository::actionRefused_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("owner"); // 0: none, 1: the Payments team, 2: a team that does not exist
    QTest::addColumn<QString>("ownerPerson");
    QTest::addColumn<QString>("mentions");

    QTest::newRow("empty text") << QString() << 1 << QString() << QStringLiteral("empty");
    QTest::newRow("text of spaces") << QStringLiteral(" \t\n") << 1 << QString() << QStringLiteral("empty");
    QTest::newRow("no owning team") << QStringLiteral("Add a canary") << 0 << QString() << QStringLiteral("team");
    QTest::newRow("owning team that does not exist") << QStringLiteral("Add a canary") << 2 << QString() << QString();
    QTest::newRow("owner's name too long")
        << QStringLiteral("Add a canary") << 1 << QString(Limits::NameLength + 1, QLatin1Char('o'))
        << QStringLiteral("too long");
}

void TestPostmortemRepository::actionRefused()
{
    QFETCH(QString, text);
    QFETCH(int, owner);
    QFETCH(QString, ownerPerson);
    QFETCH(QString, mentions);

    const qint64 ownerTeamId = owner == 0 ? 0 : (owner == 1 ? m_team : m_team + 1000);
    QSignalSpy actionsChanged(&repo(), &PostmortemRepository::actionsChanged);
    ActionItem action = makeAction(m_session, ownerTeamId, text);
    action.ownerPerson = ownerPerson;
    const Result<qint64> id = repo().insertAction(action);
    QVERIFY(!id.ok());
    QVERIFY(!id.error().isEmpty());
    if (!mentions.isEmpty())
        QVERIFY2(id.error().contains(mentions, Qt::CaseInsensitive), qPrintable(id.error()));
    QVERIFY(repo().actions(m_session).isEmpty());

    // An edit is held to the same rules.
    const qint64 valid = addAction(makeAction(m_session, m_team, QStringLiteral("Valid")));
    ActionItem edited = repo().action(valid).value();
    edited.text = text;
    edited.ownerTeamId = ownerTeamId;
    edited.ownerPerson = ownerPerson;
    QVERIFY(!repo().updateAction(edited).ok());
    QCOMPARE(repo().action(valid)->text, QStringLiteral("Valid"));
    QCOMPARE(repo().action(valid)->ownerTeamId, m_team);
    QCOMPARE(actionsChanged.count(), 1);
}

void TestPostmortemRepository::removeFactorUnlinksActions()
{
    const qint64 factor = repo().insertFactor(makeFactor(m_session, QStringLiteral("No canary"))).value();
    const qint64 kept = repo().insertFactor(makeFactor(m_session, QStringLiteral("Pager fatigue"))).value();
    ActionItem first = makeAction(m_session, m_team, QStringLiteral("Add a canary"));
    first.factorId = factor;
    ActionItem second = makeAction(m_session, m_team, QStringLiteral("Tune the pager"));
    second.factorId = kept;
    const qint64 firstId = addAction(first);
    const qint64 secondId = addAction(second);
    ActionFilter ofSession;
    ofSession.sessionId = m_session;
    QCOMPARE(repo().actionRows(ofSession).first().factorText, QStringLiteral("No canary"));

    RepositorySpies spies(&repo());
    QVERIFY(repo().removeFactor(factor).ok());
    QCOMPARE(spies.fired(), (QStringList{QStringLiteral("actionsChanged"), QStringLiteral("factorsChanged")}));
    QCOMPARE(spies.ids(), (QList<qint64>{m_session, m_session}));
    // The action stays, addressing no factor now.
    QCOMPARE(repo().action(firstId)->factorId, 0);
    QCOMPARE(repo().action(firstId)->text, QStringLiteral("Add a canary"));
    QCOMPARE(repo().action(secondId)->factorId, kept);
    const QList<ActionRow> rows = repo().actionRows(ofSession);
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows.at(0).factorText, QString());
    QCOMPARE(rows.at(1).factorText, QStringLiteral("Pager fatigue"));
}

void TestPostmortemRepository::actionRows_data()
{
    QTest::addColumn<QString>("team"); // empty: every team
    QTest::addColumn<int>("status");   // -1: every status
    QTest::addColumn<bool>("openOnly");
    QTest::addColumn<bool>("overdueOnly");
    QTest::addColumn<QDate>("today");
    QTest::addColumn<QString>("session"); // "postmortem", "retro" or empty for every session
    QTest::addColumn<QStringList>("expected");

    const QDate march1(2024, 3, 1);
    const QString all;
    // Sorted by due date (past due first), undated last; see buildActions() in actionRows().
    QTest::newRow("every action item") << all << -1 << false << false << march1 << all
                                       << QStringList{QStringLiteral("Old idea"),     QStringLiteral("Rotate keys"),
                                                      QStringLiteral("Fix retry"),    QStringLiteral("Drop cache"),
                                                      QStringLiteral("Due today"),    QStringLiteral("Add alert"),
                                                      QStringLiteral("Write runbook")};
    QTest::newRow("department includes its teams and their sub-teams")
        << QStringLiteral("Platform") << -1 << false << false << march1 << all
        << QStringList{QStringLiteral("Fix retry"), QStringLiteral("Drop cache"), QStringLiteral("Due today"),
                       QStringLiteral("Add alert"), QStringLiteral("Write runbook")};
    QTest::newRow("team with a sub-team")
        << QStringLiteral("Databases") << -1 << false << false << march1 << all
        << QStringList{QStringLiteral("Drop cache"), QStringLiteral("Add alert"), QStringLiteral("Write runbook")};
    QTest::newRow("leaf team") << QStringLiteral("Replication") << -1 << false << false << march1 << all
                               << QStringList{QStringLiteral("Write runbook")};
    QTest::newRow("top-level team without sub-teams")
        << QStringLiteral("Payments") << -1 << false << false << march1 << all
        << QStringList{QStringLiteral("Old idea"), QStringLiteral("Rotate keys")};
    QTest::newRow("team without action items")
        << QStringLiteral("Support") << -1 << false << false << march1 << all << QStringList();
    QTest::newRow("status done") << all << int(ActionStatus::Done) << false << false << march1 << all
                                 << QStringList{QStringLiteral("Fix retry")};
    QTest::newRow("status in progress") << all << int(ActionStatus::InProgress) << false << false << march1 << all
                                        << QStringList{QStringLiteral("Drop cache"), QStringLiteral("Add alert")};
    QTest::newRow("status dropped") << all << int(ActionStatus::Dropped) << false << false << march1 << all
                                    << QStringList{QStringLiteral("Old idea")};
    QTest::newRow("open or in progress") << all << -1 << true << false << march1 << all
                                         << QStringList{QStringLiteral("Rotate keys"), QStringLiteral("Drop cache"),
                                                        QStringLiteral("Due today"), QStringLiteral("Add alert"),
                                                        QStringLiteral("Write runbook")};
    QTest::newRow("overdue on 1 March: due today is not overdue")
        << all << -1 << false << true << march1 << all
        << QStringList{QStringLiteral("Rotate keys"), QStringLiteral("Drop cache")};
    QTest::newRow("overdue on 2 March") << all << -1 << false << true << QDate(2024, 3, 2) << all
                                        << QStringList{QStringLiteral("Rotate keys"), QStringLiteral("Drop cache"),
                                                       QStringLiteral("Due today")};
    QTest::newRow("overdue a year later: closed and undated items never are")
        << all << -1 << false << true << QDate(2025, 3, 1) << all
        << QStringList{QStringLiteral("Rotate keys"), QStringLiteral("Drop cache"), QStringLiteral("Due today"),
                       QStringLiteral("Add alert")};
    QTest::newRow("overdue before anything was due")
        << all << -1 << false << true << QDate(2024, 1, 1) << all << QStringList();
    QTest::newRow("one session") << all << -1 << false << false << march1 << QStringLiteral("postmortem")
                                 << QStringList{QStringLiteral("Rotate keys"), QStringLiteral("Add alert"),
                                                QStringLiteral("Write runbook")};
    QTest::newRow("one session, overdue")
        << all << -1 << false << true << march1 << QStringLiteral("retro") << QStringList{QStringLiteral("Drop cache")};
    QTest::newRow("department, open only") << QStringLiteral("Platform") << -1 << true << false << march1 << all
                                           << QStringList{QStringLiteral("Drop cache"), QStringLiteral("Due today"),
                                                          QStringLiteral("Add alert"), QStringLiteral("Write runbook")};
    QTest::newRow("team and status") << QStringLiteral("Payments") << int(ActionStatus::Open) << false << false
                                     << march1 << all << QStringList{QStringLiteral("Rotate keys")};
    QTest::newRow("status done but open only: nothing")
        << all << int(ActionStatus::Done) << true << false << march1 << all << QStringList();
}

void TestPostmortemRepository::actionRows()
{
    QFETCH(QString, team);
    QFETCH(int, status);
    QFETCH(bool, openOnly);
    QFETCH(bool, overdueOnly);
    QFETCH(QDate, today);
    QFETCH(QString, session);
    QFETCH(QStringList, expected);

    // Payments (from init), Platform > Databases > Replication, Support.
    QHash<QString, qint64> teams;
    teams.insert(QStringLiteral("Payments"), m_team);
    teams.insert(QStringLiteral("Platform"), addTeam(QStringLiteral("Platform")));
    teams.insert(QStringLiteral("Databases"), addTeam(QStringLiteral("Databases"), teams[QStringLiteral("Platform")]));
    teams.insert(QStringLiteral("Replication"),
                 addTeam(QStringLiteral("Replication"), teams[QStringLiteral("Databases")]));
    teams.insert(QStringLiteral("Support"), addTeam(QStringLiteral("Support")));
    const qint64 retro = addSession(makeRetro(teams[QStringLiteral("Platform")], QStringLiteral("Retro"), at(60)));
    QHash<QString, qint64> sessions;
    sessions.insert(QStringLiteral("postmortem"), m_session);
    sessions.insert(QStringLiteral("retro"), retro);

    const struct
    {
        const char *text;
        const char *session;
        const char *owner;
        QDate due;
        ActionStatus status;
    } items[] = {
        {"Rotate keys", "postmortem", "Payments", QDate(2024, 2, 20), ActionStatus::Open},
        {"Add alert", "postmortem", "Databases", QDate(2024, 3, 10), ActionStatus::InProgress},
        {"Write runbook", "postmortem", "Replication", QDate(), ActionStatus::Open},
        {"Fix retry", "retro", "Platform", QDate(2024, 2, 25), ActionStatus::Done},
        {"Drop cache", "retro", "Databases", QDate(2024, 2, 28), ActionStatus::InProgress},
        {"Old idea", "retro", "Payments", QDate(2024, 1, 15), ActionStatus::Dropped},
        {"Due today", "retro", "Platform", QDate(2024, 3, 1), ActionStatus::Open},
    };
    for (const auto &item : items) {
        QVERIFY(addAction(makeAction(sessions.value(QString::fromUtf8(item.session)),
                                     teams.value(QString::fromUtf8(item.owner)), QString::fromUtf8(item.text), item.due,
                                     item.status)) > 0);
    }

    ActionFilter filter;
    filter.teamId = team.isEmpty() ? 0 : teams.value(team);
    if (status >= 0)
        filter.status = static_cast<ActionStatus>(status);
    filter.openOnly = openOnly;
    filter.overdueOnly = overdueOnly;
    filter.today = today;
    filter.sessionId = session.isEmpty() ? 0 : sessions.value(session);
    const QList<ActionRow> rows = repo().actionRows(filter);
    QCOMPARE(textsOf(rows), expected);
    // The overdue filter agrees with ActionItem::isOverdue.
    if (overdueOnly) {
        for (const ActionRow &row : rows)
            QVERIFY(row.item.isOverdue(today));
    }
}

void TestPostmortemRepository::actionRowFields()
{
    const qint64 platform = addTeam(QStringLiteral("Platform"));
    const qint64 retro = addSession(makeRetro(platform, QStringLiteral("Platform retro"), at(60)));
    const qint64 factor = repo().insertFactor(makeFactor(m_session, QStringLiteral("No canary"))).value();
    ActionItem fromPostmortem = makeAction(m_session, platform, QStringLiteral("Add a canary"), QDate(2024, 3, 5));
    fromPostmortem.factorId = factor;
    const qint64 first = addAction(fromPostmortem);
    const qint64 second = addAction(makeAction(retro, m_team, QStringLiteral("Share the runbook"), QDate(2024, 3, 6)));

    const QList<ActionRow> rows = repo().actionRows({});
    QCOMPARE(rows.size(), 2);
    const ActionRow &a = rows.at(0);
    QCOMPARE(a.item, repo().action(first).value());
    QCOMPARE(a.ownerTeamName, QStringLiteral("Platform"));
    QCOMPARE(a.incidentId, m_incident);
    QCOMPARE(a.source, QStringLiteral("Card payments failing"));
    QCOMPARE(a.factorText, QStringLiteral("No canary"));
    const ActionRow &b = rows.at(1);
    QCOMPARE(b.item, repo().action(second).value());
    QCOMPARE(b.ownerTeamName, QStringLiteral("Payments"));
    QCOMPARE(b.incidentId, 0);
    QCOMPARE(b.source, QStringLiteral("Platform retro"));
    QVERIFY(b.factorText.isEmpty());

    // The source follows a renamed incident.
    Incident incident = m_store->incidents.incident(m_incident).value();
    incident.title = QStringLiteral("Checkout outage");
    QVERIFY(m_store->incidents.update(incident).ok());
    QCOMPARE(repo().actionRows({}).at(0).source, QStringLiteral("Checkout outage"));
}

void TestPostmortemRepository::earlierOpenActions()
{
    // The current session is the Payments postmortem of a checkout-api incident, created at hour 50.
    const qint64 platform = addTeam(QStringLiteral("Platform"));
    const qint64 support = addTeam(QStringLiteral("Support"));

    const qint64 paymentsRetro = addSession(makeRetro(m_team, QStringLiteral("January retro"), at(10)));
    QVERIFY(addAction(makeAction(paymentsRetro, m_team, QStringLiteral("same team, open"))) > 0);
    QVERIFY(addAction(makeAction(paymentsRetro, platform, QStringLiteral("same team's session, in progress"), {},
                                 ActionStatus::InProgress)) > 0);
    QVERIFY(addAction(makeAction(paymentsRetro, m_team, QStringLiteral("same team, done"), {}, ActionStatus::Done)) >
            0);
    QVERIFY(addAction(makeAction(paymentsRetro, m_team, QStringLiteral("same team, dropped"), {},
                                 ActionStatus::Dropped)) > 0);

    const qint64 platformIncident =
        addIncident(platform, QStringLiteral("Checkout slow"), QStringLiteral("CHECKOUT-API"));
    const qint64 platformPostmortem = addSession(makePostmortem(platformIncident, platform, at(20)));
    QVERIFY(addAction(makeAction(platformPostmortem, platform, QStringLiteral("same service, other team"))) > 0);
    QVERIFY(addAction(makeAction(platformPostmortem, platform, QStringLiteral("same service, done"), {},
                                 ActionStatus::Done)) > 0);

    const qint64 searchIncident = addIncident(support, QStringLiteral("Search down"), QStringLiteral("search"));
    const qint64 supportPostmortem = addSession(makePostmortem(searchIncident, support, at(30)));
    QVERIFY(addAction(makeAction(supportPostmortem, support, QStringLiteral("unrelated team and service"))) > 0);
    QVERIFY(addAction(makeAction(supportPostmortem, m_team, QStringLiteral("owned by the same team"))) > 0);
    const qint64 supportRetro = addSession(makeRetro(support, QStringLiteral("Support retro"), at(5)));
    QVERIFY(addAction(makeAction(supportRetro, support, QStringLiteral("retro of another team"))) > 0);

    const qint64 laterRetro = addSession(makeRetro(m_team, QStringLiteral("April retro"), at(200)));
    QVERIFY(addAction(makeAction(laterRetro, m_team, QStringLiteral("same team, but later"))) > 0);
    QVERIFY(addAction(makeAction(m_session, m_team, QStringLiteral("this session's own"))) > 0);

    QStringList found = textsOf(repo().earlierOpenActions(m_session));
    found.sort();
    QStringList expected = {QStringLiteral("owned by the same team"), QStringLiteral("same service, other team"),
                            QStringLiteral("same team's session, in progress"), QStringLiteral("same team, open")};
    expected.sort();
    QCOMPARE(found, expected);
    for (const ActionRow &row : repo().earlierOpenActions(m_session))
        QVERIFY(!row.item.isClosed());

    // A retro has no service: only its team's sessions and items count.
    found = textsOf(repo().earlierOpenActions(laterRetro));
    found.sort();
    expected = QStringList{QStringLiteral("owned by the same team"), QStringLiteral("same team's session, in progress"),
                           QStringLiteral("same team, open"), QStringLiteral("this session's own")};
    expected.sort();
    QCOMPARE(found, expected);

    // The oldest session has nothing before it; a missing session has nothing at all.
    QVERIFY(repo().earlierOpenActions(supportRetro).isEmpty());
    QVERIFY(repo().earlierOpenActions(laterRetro + 100).isEmpty());
}

// ---- Drafts and anonymous checks ----

void TestPostmortemRepository::drafts()
{
    const qint64 other = addSession(makeRetro(m_team, QStringLiteral("Retro"), at(60)));
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

void TestPostmortemRepository::tallies()
{
    const qint64 other = addSession(makeRetro(m_team, QStringLiteral("Retro"), at(60)));
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

// ---- Across the repository ----

void TestPostmortemRepository::signalsNameTheSession_data()
{
    QTest::addColumn<QString>("operation");
    QTest::addColumn<QStringList>("expected");

    const auto row = [](const char *operation, const QStringList &expected) {
        QTest::newRow(operation) << QString::fromUtf8(operation) << expected;
    };
    const QString sessions = QStringLiteral("sessionsChanged");
    const QString session = QStringLiteral("sessionChanged");
    const QString participants = QStringLiteral("participantsChanged");
    const QString turns = QStringLiteral("turnsChanged");
    const QString events = QStringLiteral("eventsChanged");
    const QString factors = QStringLiteral("factorsChanged");
    const QString learnings = QStringLiteral("learningsChanged");
    const QString actions = QStringLiteral("actionsChanged");
    const QString tally = QStringLiteral("tallyChanged");

    row("update settings", {session, sessions});
    row("set notes", {session});
    row("set summary", {session});
    row("change phase", {session, sessions});
    row("remove session", {actions, sessions});
    row("insert participant", {participants});
    row("update participant", {participants});
    row("remove participant", {participants, session, turns});
    row("hand over without a finished turn", {session});
    row("record a turn", {session, turns});
    row("clear turns", {turns});
    row("insert event", {events});
    row("update event", {events});
    row("remove event", {events, factors});
    row("insert factor", {factors});
    row("update factor", {factors});
    row("remove factor", {actions, factors});
    row("link event", {factors});
    row("set action factor", {actions});
    row("insert learning", {learnings});
    row("update learning", {learnings});
    row("remove learning", {learnings});
    row("insert action", {actions});
    row("update action", {actions});
    row("remove action", {actions});
    row("add answer", {tally});
    row("set tally", {tally});
}

void TestPostmortemRepository::signalsNameTheSession()
{
    QFETCH(QString, operation);
    QFETCH(QStringList, expected);

    // A second session with one of everything; the operation works on it, never on the first one.
    const qint64 id = addSession(makeRetro(m_team, QStringLiteral("Retro"), at(60)));
    const qint64 ana = repo().insertParticipant(makeParticipant(id, QStringLiteral("Ana"))).value();
    const qint64 event = addEvent(makeEvent(id, at(10), QStringLiteral("Alert fired")));
    const qint64 factor = repo().insertFactor(makeFactor(id, QStringLiteral("No canary"), {event})).value();
    const qint64 learning = repo().insertLearning({0, id, LearningKind::Lucky, QStringLiteral("Quiet night")}).value();
    ActionItem actionItem = makeAction(id, m_team, QStringLiteral("Add a canary"));
    actionItem.factorId = factor;
    const qint64 action = addAction(actionItem);
    QVERIFY(repo().recordTurn(id, std::nullopt, ana, at(61)).ok());
    // Something in the first session too, so a wrong id would have somewhere to point.
    QVERIFY(repo().insertParticipant(makeParticipant(m_session, QStringLiteral("Ben"))).ok());

    RepositorySpies spies(&repo());
    Status status;
    if (operation == QLatin1String("update settings")) {
        Session s = repo().session(id).value();
        s.facilitator = QStringLiteral("Sam");
        status = repo().updateSettings(s);
    } else if (operation == QLatin1String("set notes")) {
        status = repo().setNotes(id, QStringLiteral("notes"));
    } else if (operation == QLatin1String("set summary")) {
        status = repo().setSummary(id, QStringLiteral("summary"));
    } else if (operation == QLatin1String("change phase")) {
        status = repo().changePhase(id, Phase::Timeline, repo().session(id)->phases,
                                    {at(62), Phase::Opening, PhaseLogEntry::Agreed, QStringLiteral("Sam"), {}});
    } else if (operation == QLatin1String("remove session")) {
        status = repo().removeSession(id);
    } else if (operation == QLatin1String("insert participant")) {
        status = Status::from(repo().insertParticipant(makeParticipant(id, QStringLiteral("Chen"))));
    } else if (operation == QLatin1String("update participant")) {
        Participant p = repo().participants(id).first();
        p.role = QStringLiteral("Scribe");
        status = repo().updateParticipant(p);
    } else if (operation == QLatin1String("remove participant")) {
        status = repo().removeParticipant(ana);
    } else if (operation == QLatin1String("hand over without a finished turn")) {
        status = repo().recordTurn(id, std::nullopt, ana, at(62));
    } else if (operation == QLatin1String("record a turn")) {
        status = repo().recordTurn(id, Turn{ana, Phase::Opening, TurnOutcome::Spoke}, 0, at(62));
    } else if (operation == QLatin1String("clear turns")) {
        status = repo().clearTurns(id, Phase::Opening);
    } else if (operation == QLatin1String("insert event")) {
        status = Status::from(repo().insertEvent(makeEvent(id, at(11), QStringLiteral("Rolled back"))));
    } else if (operation == QLatin1String("update event")) {
        TimelineEvent e = repo().event(event).value();
        e.text = QStringLiteral("Alert fired late");
        status = repo().updateEvent(e);
    } else if (operation == QLatin1String("remove event")) {
        status = repo().removeEvent(event);
    } else if (operation == QLatin1String("insert factor")) {
        status = Status::from(repo().insertFactor(makeFactor(id, QStringLiteral("Pager fatigue"))));
    } else if (operation == QLatin1String("update factor")) {
        ContributingFactor f = repo().factor(factor).value();
        f.eventIds.clear();
        status = repo().updateFactor(f);
    } else if (operation == QLatin1String("remove factor")) {
        status = repo().removeFactor(factor);
    } else if (operation == QLatin1String("link event")) {
        status = repo().linkEvent(event, {factor});
    } else if (operation == QLatin1String("set action factor")) {
        status = repo().setActionFactor({action}, 0);
    } else if (operation == QLatin1String("insert learning")) {
        status = Status::from(repo().insertLearning({0, id, LearningKind::Learned, QStringLiteral("Canaries help")}));
    } else if (operation == QLatin1String("update learning")) {
        Learning l = repo().learning(learning).value();
        l.kind = LearningKind::WentWell;
        status = repo().updateLearning(l);
    } else if (operation == QLatin1String("remove learning")) {
        status = repo().removeLearning(learning);
    } else if (operation == QLatin1String("insert action")) {
        status = Status::from(repo().insertAction(makeAction(id, m_team, QStringLiteral("Tune the pager"))));
    } else if (operation == QLatin1String("update action")) {
        ActionItem a = repo().action(action).value();
        a.status = ActionStatus::InProgress;
        status = repo().updateAction(a);
    } else if (operation == QLatin1String("remove action")) {
        status = repo().removeAction(action);
    } else if (operation == QLatin1String("add answer")) {
        status = repo().addAnswer(id, CheckKind::Safety, 4);
    } else if (operation == QLatin1String("set tally")) {
        status = repo().setTally(id, CheckKind::Closing, CheckTally{{1, 1, 1, 0, 0}});
    } else {
        QFAIL(qPrintable(QStringLiteral("unknown operation %1").arg(operation)));
    }
    QVERIFY2(status.ok(), qPrintable(status.error()));

    QStringList sortedExpected = expected;
    sortedExpected.sort();
    QCOMPARE(spies.fired(), sortedExpected);
    for (qint64 named : spies.ids())
        QCOMPARE(named, id);
    if (!spies.tally.isEmpty()) {
        const CheckKind kind = spies.tally.first().at(1).value<CheckKind>();
        QCOMPARE(kind, operation == QLatin1String("add answer") ? CheckKind::Safety : CheckKind::Closing);
    }
}

void TestPostmortemRepository::updatesOfMissingRowsRefused()
{
    // Editing something that is gone (removed in another window, or by an undo) says so instead of doing nothing.
    const qint64 participant = repo().insertParticipant(makeParticipant(m_session, QStringLiteral("Ana"))).value();
    const qint64 event = addEvent(makeEvent(m_session, at(10), QStringLiteral("Alert fired")));
    const qint64 factor = repo().insertFactor(makeFactor(m_session, QStringLiteral("No canary"))).value();
    const qint64 learning =
        repo().insertLearning({0, m_session, LearningKind::Lucky, QStringLiteral("Quiet night")}).value();
    const qint64 action = addAction(makeAction(m_session, m_team, QStringLiteral("Add a canary")));
    const Participant p = repo().participants(m_session).first();
    const TimelineEvent e = repo().event(event).value();
    const ContributingFactor f = repo().factor(factor).value();
    const Learning l = repo().learning(learning).value();
    const ActionItem a = repo().action(action).value();
    QVERIFY(repo().removeParticipant(participant).ok());
    QVERIFY(repo().removeEvent(event).ok());
    QVERIFY(repo().removeFactor(factor).ok());
    QVERIFY(repo().removeLearning(learning).ok());
    QVERIFY(repo().removeAction(action).ok());

    RepositorySpies spies(&repo());
    for (const Status &status : {repo().updateParticipant(p), repo().updateEvent(e), repo().updateFactor(f),
                                 repo().updateLearning(l), repo().updateAction(a)}) {
        QVERIFY(!status.ok());
        QVERIFY(!status.error().isEmpty());
    }
    QCOMPARE(spies.fired(), QStringList());
    QVERIFY(repo().participants(m_session).isEmpty());
    QVERIFY(repo().events(m_session).isEmpty());
    QVERIFY(repo().factors(m_session).isEmpty());
    QVERIFY(repo().learnings(m_session).isEmpty());
    QVERIFY(repo().actions(m_session).isEmpty());
}

void TestPostmortemRepository::textLength_data()
{
    QTest::addColumn<QString>("what");
    QTest::addColumn<int>("length");
    QTest::addColumn<bool>("accepted");

    for (const char *what : {"event", "factor", "learning", "action", "notes", "summary"}) {
        QTest::addRow("%s of 100,000 characters", what) << QString::fromUtf8(what) << Limits::TextLength << true;
        QTest::addRow("%s of 100,001 characters", what) << QString::fromUtf8(what) << Limits::TextLength + 1 << false;
    }
}

void TestPostmortemRepository::textLength()
{
    QFETCH(QString, what);
    QFETCH(int, length);
    QFETCH(bool, accepted);

    QString text;
    text.reserve(length);
    while (text.size() < length)
        text += QStringLiteral("The config push had no canary. ");
    text.truncate(length - 1);
    text += QLatin1Char('.'); // no trailing space: the stored text is the text as given
    QCOMPARE(text.size(), length);

    RepositorySpies spies(&repo());
    QString stored;
    Status status;
    if (what == QLatin1String("event")) {
        const Result<qint64> id = repo().insertEvent(makeEvent(m_session, at(10), text));
        status = Status::from(id);
        if (id)
            stored = repo().event(*id)->text;
    } else if (what == QLatin1String("factor")) {
        const Result<qint64> id = repo().insertFactor(makeFactor(m_session, text));
        status = Status::from(id);
        if (id)
            stored = repo().factor(*id)->text;
    } else if (what == QLatin1String("learning")) {
        const Result<qint64> id = repo().insertLearning({0, m_session, LearningKind::Learned, text});
        status = Status::from(id);
        if (id)
            stored = repo().learning(*id)->text;
    } else if (what == QLatin1String("action")) {
        const Result<qint64> id = repo().insertAction(makeAction(m_session, m_team, text));
        status = Status::from(id);
        if (id)
            stored = repo().action(*id)->text;
    } else if (what == QLatin1String("notes")) {
        status = repo().setNotes(m_session, text);
        stored = repo().session(m_session)->notes;
    } else if (what == QLatin1String("summary")) {
        status = repo().setSummary(m_session, text);
        stored = repo().session(m_session)->summary;
    }
    QCOMPARE(status.ok(), accepted);
    if (accepted) {
        QCOMPARE(stored, text);
        QCOMPARE(spies.count(), 1);
    } else {
        QVERIFY2(status.error().contains(QStringLiteral("longer than")), qPrintable(status.error()));
        QVERIFY(stored.isEmpty());
        QCOMPARE(spies.count(), 0);
    }
}

void TestPostmortemRepository::unicodeRoundTrip_data()
{
    QTest::addColumn<QString>("text");

    QTest::newRow("emoji, with skin tone and joiner")
        << QStringLiteral("🔥 Pager went off 🚨 👩🏽‍💻 rolled back ✅");
    QTest::newRow("Arabic, right to left") << QStringLiteral("توقف الخادم عن الاستجابة بعد النشر");
    QTest::newRow("Hebrew, right to left") << QStringLiteral("השרת הפסיק להגיב אחרי הפריסה");
    QTest::newRow("mixed directions with marks")
        << QStringLiteral("Deploy v2.3 \u200Fנכשל\u200F at 14:05 (\u202Bעברית\u202C) done");
    QTest::newRow("combining accents and precomposed") << QStringLiteral("Zoë Åström, re\u0301sume\u0301, naïve");
    QTest::newRow("Chinese and Japanese") << QStringLiteral("数据库连接池耗尽 — データベース接続");
    QTest::newRow("quotes, percent, underscore, backslash")
        << QStringLiteral("\"quoted\" 'single' 100% snake_case C:\\path; DROP TABLE team;--");
    QTest::newRow("several lines") << QStringLiteral("First line\nSecond line\n\tIndented third");
}

void TestPostmortemRepository::unicodeRoundTrip()
{
    QFETCH(QString, text);

    const qint64 event = addEvent(makeEvent(m_session, at(10), text));
    QCOMPARE(repo().event(event)->text, text);
    QCOMPARE(repo().events(m_session).first().text, text);

    const qint64 factor = repo().insertFactor(makeFactor(m_session, text, {event})).value();
    QCOMPARE(repo().factor(factor)->text, text);
    const qint64 learning = repo().insertLearning({0, m_session, LearningKind::Question, text}).value();
    QCOMPARE(repo().learning(learning)->text, text);

    ActionItem item = makeAction(m_session, m_team, text);
    item.ownerPerson = text;
    item.factorId = factor;
    const qint64 action = addAction(item);
    QCOMPARE(repo().action(action)->text, text);
    QCOMPARE(repo().action(action)->ownerPerson, text);
    ActionFilter ofSession;
    ofSession.sessionId = m_session;
    QCOMPARE(repo().actionRows(ofSession).first().factorText, text);

    Participant participant = makeParticipant(m_session, text);
    participant.role = text;
    QVERIFY(repo().insertParticipant(participant).ok());
    QCOMPARE(repo().participants(m_session).first().name, text);
    QCOMPARE(repo().participants(m_session).first().role, text);

    QVERIFY(repo().setNotes(m_session, text).ok());
    QVERIFY(repo().setSummary(m_session, text).ok());
    Session settings = repo().session(m_session).value();
    settings.facilitator = text;
    QVERIFY(repo().updateSettings(settings).ok());
    const Session stored = repo().session(m_session).value();
    QCOMPARE(stored.notes, text);
    QCOMPARE(stored.summary, text);
    QCOMPARE(stored.facilitator, text);

    const qint64 retro = addSession(makeRetro(m_team, text, at(60)));
    QCOMPARE(repo().session(retro)->title, text);
    QCOMPARE(repo().sessions().first().title, text);

    std::array<PhaseRecord, PhaseCount> records = stored.phases;
    records[0].agreed = at(61);
    records[0].agreedBy = text;
    records[1].started = at(61);
    QVERIFY(repo()
                .changePhase(m_session, Phase::Timeline, records,
                             {at(61), Phase::Opening, PhaseLogEntry::Agreed, text, text})
                .ok());
    QCOMPARE(repo().session(m_session)->record(Phase::Opening).agreedBy, text);
    QCOMPARE(repo().phaseLog(m_session).first().who, text);
    QCOMPARE(repo().phaseLog(m_session).first().reason, text);
}

void TestPostmortemRepository::removeIncidentWithPostmortemRefused()
{
    QSignalSpy removed(&m_store->incidents, &IncidentRepository::removed);
    const Status refused = m_store->incidents.remove(m_incident);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().contains(QStringLiteral("postmortem")), qPrintable(refused.error()));
    QVERIFY2(refused.error().contains(QStringLiteral("Card payments failing")), qPrintable(refused.error()));
    QVERIFY(m_store->incidents.incident(m_incident).ok());
    QCOMPARE(removed.count(), 0);
    QCOMPARE(repo().sessionForIncident(m_incident), std::optional<qint64>(m_session));

    // Without its postmortem the incident can go.
    QVERIFY(repo().removeSession(m_session).ok());
    QVERIFY(m_store->incidents.remove(m_incident).ok());
    QCOMPARE(removed.count(), 1);
}

void TestPostmortemRepository::removeTeamOwningActionsRefused()
{
    // Vendors own an action item of the Payments postmortem; nothing else ties them down.
    const qint64 vendors = addTeam(QStringLiteral("Vendors"));
    const qint64 action = addAction(makeAction(m_session, vendors, QStringLiteral("Ask the vendor for a fix")));
    QSignalSpy teamRemoved(&m_store->teams, &TeamRepository::teamRemoved);

    const Status refused = m_store->teams.removeTeam(vendors);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().contains(QStringLiteral("action items")), qPrintable(refused.error()));
    QVERIFY2(refused.error().contains(QStringLiteral("Vendors")), qPrintable(refused.error()));
    QVERIFY(m_store->teams.team(vendors).ok());
    QCOMPARE(repo().action(action)->ownerTeamId, vendors);
    QCOMPARE(teamRemoved.count(), 0);

    // The team holding the postmortem cannot go either.
    QVERIFY(!m_store->teams.removeTeam(m_team).ok());

    // Once the item belongs to another team, Vendors can go.
    ActionItem moved = repo().action(action).value();
    moved.ownerTeamId = m_team;
    QVERIFY(repo().updateAction(moved).ok());
    QVERIFY(m_store->teams.removeTeam(vendors).ok());
    QCOMPARE(teamRemoved.count(), 1);
}

QTEST_GUILESS_MAIN(TestPostmortemRepository)
#include "tst_postmortemrepository.moc"
