// PostmortemRepository against real temporary SQLite files, what a session finds and decides: timeline events in
// time order, contributing factors and the events they explain, learnings by kind, and action items with their
// filters across sessions (team and its sub-teams, status, open, overdue) and the open items of earlier sessions.
#include "domain/Validation.h"
#include "storage/PostmortemRepositoryFixture.h"

#include <QHash>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

using namespace candor;
using namespace candor::testdata;

namespace {

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

} // namespace

class TestPostmortemContent : public PostmortemRepositoryTest
{
    Q_OBJECT

private slots:
    // Timeline, factors, learnings
    void eventsInTimeOrder();
    void factorLinks();
    void linkEventOnlyWithinSession();
    void actionFactorOnlyWithinSession();
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
};

// ---- Timeline, factors, learnings ----

void TestPostmortemContent::eventsInTimeOrder()
{
    const qint64 other = addSession(repo(), makeRetro(m_team, QStringLiteral("Retro"), at(60)));
    QSignalSpy eventsChanged(&repo(), &PostmortemRepository::eventsChanged);

    const qint64 noon =
        addEvent(repo(), makeEvent(m_session, at(12), QStringLiteral("Rolled back"), EventKind::Repair));
    const qint64 ten =
        addEvent(repo(), makeEvent(m_session, at(10), QStringLiteral("Alert fired"), EventKind::Detection));
    const qint64 eleven = addEvent(repo(), makeEvent(m_session, at(11), QStringLiteral("  Found the config push  ")));
    const qint64 tenToo = addEvent(repo(), makeEvent(m_session, at(10), QStringLiteral("Support ticket")));
    QVERIFY(addEvent(repo(), makeEvent(other, at(9), QStringLiteral("Elsewhere"))) > 0);
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
    QVERIFY(repo().updateEvent(moved, &moved.rowVersion).ok());
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

void TestPostmortemContent::factorLinks()
{
    const qint64 other = addSession(repo(), makeRetro(m_team, QStringLiteral("Retro"), at(60)));
    const qint64 late = addEvent(repo(), makeEvent(m_session, at(12), QStringLiteral("Rolled back")));
    const qint64 early = addEvent(repo(), makeEvent(m_session, at(10), QStringLiteral("Config pushed")));
    const qint64 foreign = addEvent(repo(), makeEvent(other, at(11), QStringLiteral("Someone else's event")));

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
    QVERIFY(repo().updateFactor(stored, &stored.rowVersion).ok());
    QCOMPARE(repo().factor(*id).value(), stored);
    stored.eventIds = {foreign};
    QVERIFY(repo().updateFactor(stored, &stored.rowVersion).ok());
    QVERIFY(repo().factor(*id)->eventIds.isEmpty());
    stored.eventIds = {early, late};
    QVERIFY(repo().updateFactor(stored, &stored.rowVersion).ok());

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

void TestPostmortemContent::linkEventOnlyWithinSession()
{
    // linkEvent follows the same rule as insertFactor: a factor explains only its own session's events.
    const qint64 other = addSession(repo(), makeRetro(m_team, QStringLiteral("Retro"), at(60)));
    const qint64 own = addEvent(repo(), makeEvent(m_session, at(10), QStringLiteral("Config pushed")));
    const qint64 foreign = addEvent(repo(), makeEvent(other, at(11), QStringLiteral("Someone else's event")));
    const qint64 factor = repo().insertFactor(makeFactor(m_session, QStringLiteral("No canary"), {own})).value();
    const qint64 otherFactor = repo().insertFactor(makeFactor(other, QStringLiteral("Elsewhere"))).value();

    repo().linkEvent(foreign, {factor});
    QCOMPARE(repo().factor(factor)->eventIds, QList<qint64>{own});
    repo().linkEvent(own, {otherFactor});
    QVERIFY(repo().factor(otherFactor)->eventIds.isEmpty());
    QVERIFY(m_store->database.integrityProblems().isEmpty());
}

void TestPostmortemContent::actionFactorOnlyWithinSession()
{
    // setActionFactor (undo of a removed factor) follows the same rule: an action addresses its own session's factor.
    const qint64 other = addSession(repo(), makeRetro(m_team, QStringLiteral("Retro"), at(60)));
    const qint64 factor = addFactor(repo(), makeFactor(m_session, QStringLiteral("No canary")));
    const qint64 mine = addAction(repo(), makeAction(m_session, m_team, QStringLiteral("Add a canary")));
    const qint64 theirs = addAction(repo(), makeAction(other, m_team, QStringLiteral("Protect maintenance time")));
    QSignalSpy actionsChanged(&repo(), &PostmortemRepository::actionsChanged);

    QVERIFY(repo().setActionFactor({mine, theirs}, factor).ok());
    QCOMPARE(repo().action(mine)->factorId, factor);
    QCOMPARE(repo().action(theirs)->factorId, 0);
    // Both sessions hear of it, each once.
    QCOMPARE(actionsChanged.count(), 2);
    QCOMPARE((QSet<qint64>{actionsChanged.at(0).at(0).toLongLong(), actionsChanged.at(1).at(0).toLongLong()}),
             (QSet<qint64>{m_session, other}));
    QVERIFY(m_store->database.integrityProblems().isEmpty());
}

void TestPostmortemContent::learnings()
{
    QSignalSpy learningsChanged(&repo(), &PostmortemRepository::learningsChanged);
    const qint64 question =
        repo()
            .insertLearning(makeLearning(m_session, LearningKind::Question, QStringLiteral("Who owns the canary?")))
            .value();
    const qint64 wentWell =
        repo()
            .insertLearning(makeLearning(m_session, LearningKind::WentWell, QStringLiteral(" Fast rollback ")))
            .value();
    const qint64 lucky =
        repo()
            .insertLearning(makeLearning(m_session, LearningKind::Lucky, QStringLiteral("Low traffic at night")))
            .value();
    const qint64 wentWellToo =
        repo()
            .insertLearning(makeLearning(m_session, LearningKind::WentWell, QStringLiteral("Clear status page")))
            .value();
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
    QVERIFY(!repo().insertLearning(makeLearning(m_session, LearningKind::Lucky, QString())).ok());

    QVERIFY(repo().removeLearning(question).ok());
    QVERIFY(!repo().learning(question).ok());
    QVERIFY(!repo().removeLearning(question).ok());
    QCOMPARE(repo().learnings(m_session).size(), 3);
    QCOMPARE(learningsChanged.count(), 6);
    QCOMPARE(learningsChanged.last().at(0).toLongLong(), m_session);
}

// ---- Action items ----

void TestPostmortemContent::actionRoundTrip()
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
    const qint64 stampedId = addAction(repo(), unstamped);
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

void TestPostmortemContent::actionRefused_data()
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

void TestPostmortemContent::actionRefused()
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
    const qint64 valid = addAction(repo(), makeAction(m_session, m_team, QStringLiteral("Valid")));
    ActionItem edited = repo().action(valid).value();
    edited.text = text;
    edited.ownerTeamId = ownerTeamId;
    edited.ownerPerson = ownerPerson;
    QVERIFY(!repo().updateAction(edited).ok());
    QCOMPARE(repo().action(valid)->text, QStringLiteral("Valid"));
    QCOMPARE(repo().action(valid)->ownerTeamId, m_team);
    QCOMPARE(actionsChanged.count(), 1);
}

void TestPostmortemContent::removeFactorUnlinksActions()
{
    const qint64 factor = repo().insertFactor(makeFactor(m_session, QStringLiteral("No canary"))).value();
    const qint64 kept = repo().insertFactor(makeFactor(m_session, QStringLiteral("Pager fatigue"))).value();
    ActionItem first = makeAction(m_session, m_team, QStringLiteral("Add a canary"));
    first.factorId = factor;
    ActionItem second = makeAction(m_session, m_team, QStringLiteral("Tune the pager"));
    second.factorId = kept;
    const qint64 firstId = addAction(repo(), first);
    const qint64 secondId = addAction(repo(), second);
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

void TestPostmortemContent::actionRows_data()
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

void TestPostmortemContent::actionRows()
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
    teams.insert(QStringLiteral("Platform"), addTeam(m_store->teams, QStringLiteral("Platform")));
    teams.insert(QStringLiteral("Databases"),
                 addTeam(m_store->teams, QStringLiteral("Databases"), teams[QStringLiteral("Platform")]));
    teams.insert(QStringLiteral("Replication"),
                 addTeam(m_store->teams, QStringLiteral("Replication"), teams[QStringLiteral("Databases")]));
    teams.insert(QStringLiteral("Support"), addTeam(m_store->teams, QStringLiteral("Support")));
    const qint64 retro =
        addSession(repo(), makeRetro(teams[QStringLiteral("Platform")], QStringLiteral("Retro"), at(60)));
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
        QVERIFY(addAction(repo(), makeAction(sessions.value(QString::fromUtf8(item.session)),
                                             teams.value(QString::fromUtf8(item.owner)), QString::fromUtf8(item.text),
                                             item.due, item.status)) > 0);
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

void TestPostmortemContent::actionRowFields()
{
    const qint64 platform = addTeam(m_store->teams, QStringLiteral("Platform"));
    const qint64 retro = addSession(repo(), makeRetro(platform, QStringLiteral("Platform retro"), at(60)));
    const qint64 factor = repo().insertFactor(makeFactor(m_session, QStringLiteral("No canary"))).value();
    ActionItem fromPostmortem = makeAction(m_session, platform, QStringLiteral("Add a canary"), QDate(2024, 3, 5));
    fromPostmortem.factorId = factor;
    const qint64 first = addAction(repo(), fromPostmortem);
    const qint64 second =
        addAction(repo(), makeAction(retro, m_team, QStringLiteral("Share the runbook"), QDate(2024, 3, 6)));

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

void TestPostmortemContent::earlierOpenActions()
{
    // The current session is the Payments postmortem of a checkout-api incident, created at hour 50.
    const qint64 platform = addTeam(m_store->teams, QStringLiteral("Platform"));
    const qint64 support = addTeam(m_store->teams, QStringLiteral("Support"));

    const qint64 paymentsRetro = addSession(repo(), makeRetro(m_team, QStringLiteral("January retro"), at(10)));
    QVERIFY(addAction(repo(), makeAction(paymentsRetro, m_team, QStringLiteral("same team, open"))) > 0);
    QVERIFY(addAction(repo(), makeAction(paymentsRetro, platform, QStringLiteral("same team's session, in progress"),
                                         {}, ActionStatus::InProgress)) > 0);
    QVERIFY(addAction(repo(), makeAction(paymentsRetro, m_team, QStringLiteral("same team, done"), {},
                                         ActionStatus::Done)) > 0);
    QVERIFY(addAction(repo(), makeAction(paymentsRetro, m_team, QStringLiteral("same team, dropped"), {},
                                         ActionStatus::Dropped)) > 0);

    const qint64 platformIncident =
        addIncident(m_store->incidents, platform, QStringLiteral("Checkout slow"), QStringLiteral("CHECKOUT-API"));
    const qint64 platformPostmortem = addSession(repo(), makePostmortem(platformIncident, platform, at(20)));
    QVERIFY(addAction(repo(), makeAction(platformPostmortem, platform, QStringLiteral("same service, other team"))) >
            0);
    QVERIFY(addAction(repo(), makeAction(platformPostmortem, platform, QStringLiteral("same service, done"), {},
                                         ActionStatus::Done)) > 0);

    const qint64 searchIncident =
        addIncident(m_store->incidents, support, QStringLiteral("Search down"), QStringLiteral("search"));
    const qint64 supportPostmortem = addSession(repo(), makePostmortem(searchIncident, support, at(30)));
    QVERIFY(addAction(repo(), makeAction(supportPostmortem, support, QStringLiteral("unrelated team and service"))) >
            0);
    QVERIFY(addAction(repo(), makeAction(supportPostmortem, m_team, QStringLiteral("owned by the same team"))) > 0);
    const qint64 supportRetro = addSession(repo(), makeRetro(support, QStringLiteral("Support retro"), at(5)));
    QVERIFY(addAction(repo(), makeAction(supportRetro, support, QStringLiteral("retro of another team"))) > 0);

    const qint64 laterRetro = addSession(repo(), makeRetro(m_team, QStringLiteral("April retro"), at(200)));
    QVERIFY(addAction(repo(), makeAction(laterRetro, m_team, QStringLiteral("same team, but later"))) > 0);
    QVERIFY(addAction(repo(), makeAction(m_session, m_team, QStringLiteral("this session's own"))) > 0);

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

QTEST_GUILESS_MAIN(TestPostmortemContent)
#include "tst_postmortemcontent.moc"
