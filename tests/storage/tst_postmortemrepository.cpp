// PostmortemRepository against real temporary SQLite files, what holds across it: every change signal and the
// session it names, writes to sessions and rows that are gone, text limits and unusual text, and what it refuses to
// remove elsewhere (an incident with a postmortem, a team owning action items). The sessions and the room are in
// tst_postmortemsessions; the timeline, factors, learnings and action items in tst_postmortemcontent.
#include "domain/Validation.h"
#include "storage/PostmortemRepositoryFixture.h"

#include <QSignalSpy>
#include <QTest>

#include <array>
#include <optional>

using namespace candor;
using namespace candor::testdata;

Q_DECLARE_METATYPE(candor::CheckKind)

class TestPostmortemRepository : public PostmortemRepositoryTest
{
    Q_OBJECT

private slots:
    // Across the repository
    void signalsNameTheSession_data();
    void signalsNameTheSession();
    void writesToMissingSessionRefused();
    void updatesOfMissingRowsRefused();
    void textLength_data();
    void textLength();
    void unicodeRoundTrip_data();
    void unicodeRoundTrip();

    // What it refuses to remove elsewhere
    void removeIncidentWithPostmortemRefused();
    void removeTeamOwningActionsRefused();
};

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
    const qint64 id = addSession(repo(), makeRetro(m_team, QStringLiteral("Retro"), at(60)));
    const qint64 ana = repo().insertParticipant(makeParticipant(id, QStringLiteral("Ana"))).value();
    const qint64 event = addEvent(repo(), makeEvent(id, at(10), QStringLiteral("Alert fired")));
    const qint64 factor = repo().insertFactor(makeFactor(id, QStringLiteral("No canary"), {event})).value();
    const qint64 learning =
        repo().insertLearning(makeLearning(id, LearningKind::Lucky, QStringLiteral("Quiet night"))).value();
    ActionItem actionItem = makeAction(id, m_team, QStringLiteral("Add a canary"));
    actionItem.factorId = factor;
    const qint64 action = addAction(repo(), actionItem);
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
        status = Status::from(
            repo().insertLearning(makeLearning(id, LearningKind::Learned, QStringLiteral("Canaries help"))));
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

void TestPostmortemRepository::updatesOfMissingRowsRefused()
{
    // Editing something that is gone (removed in another window, or by an undo) says so instead of doing nothing.
    const qint64 participant = repo().insertParticipant(makeParticipant(m_session, QStringLiteral("Ana"))).value();
    const qint64 event = addEvent(repo(), makeEvent(m_session, at(10), QStringLiteral("Alert fired")));
    const qint64 factor = repo().insertFactor(makeFactor(m_session, QStringLiteral("No canary"))).value();
    const qint64 learning =
        repo().insertLearning(makeLearning(m_session, LearningKind::Lucky, QStringLiteral("Quiet night"))).value();
    const qint64 action = addAction(repo(), makeAction(m_session, m_team, QStringLiteral("Add a canary")));
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
        const Result<qint64> id = repo().insertLearning(makeLearning(m_session, LearningKind::Learned, text));
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

    const qint64 event = addEvent(repo(), makeEvent(m_session, at(10), text));
    QCOMPARE(repo().event(event)->text, text);
    QCOMPARE(repo().events(m_session).first().text, text);

    const qint64 factor = repo().insertFactor(makeFactor(m_session, text, {event})).value();
    QCOMPARE(repo().factor(factor)->text, text);
    const qint64 learning = repo().insertLearning(makeLearning(m_session, LearningKind::Question, text)).value();
    QCOMPARE(repo().learning(learning)->text, text);

    ActionItem item = makeAction(m_session, m_team, text);
    item.ownerPerson = text;
    item.factorId = factor;
    const qint64 action = addAction(repo(), item);
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

    const qint64 retro = addSession(repo(), makeRetro(m_team, text, at(60)));
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

// ---- What it refuses to remove elsewhere ----

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
    const qint64 vendors = addTeam(m_store->teams, QStringLiteral("Vendors"));
    const qint64 action = addAction(repo(), makeAction(m_session, vendors, QStringLiteral("Ask the vendor for a fix")));
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
