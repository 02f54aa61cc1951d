// ChangeFeed: live updates between two desktops sharing one PostgreSQL database. Each "desktop" here is a Database
// with its own connection and its own repositories, as two Candor processes would have. An edit on one reaches the
// other's repositories as their usual signals within a second; what a desktop did itself is not echoed back; bulk
// writes send one reload; survey answers and kiosk tallies send nothing; after the connection is killed and
// restored, subscribing again brings the feed back. On a SQLite file the feed does nothing.
#include "common/PostmortemData.h"
#include "common/TestDatabase.h"
#include "postmortem/Clock.h"
#include "postmortem/PostmortemSession.h"
#include "storage/ChangeFeed.h"
#include "storage/ConnectionWatchdog.h"
#include "storage/DataTransfer.h"
#include "storage/SurveyRepository.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace candor;
using namespace candor::testdata;

namespace {

// Long enough for a loaded CI machine, and the promise: within a second.
constexpr int withinASecond = 1000;

// One desktop: its own connection, repositories and feed.
// One desktop: its own connection, repositories and change feed.
struct Desktop : testdata::Store
{
    using Store::Store;
    PostmortemRepository postmortems{database};
    SurveyRepository surveys{database};
    ChangeFeed feed{database, postmortems, surveys};
};

} // namespace

class tst_ChangeFeed : public QObject
{
    Q_OBJECT

private slots:
    void cleanupTestCase() { testdb::dropAll(); }

    void parsesWhatTheTriggersSend_data();
    void parsesWhatTheTriggersSend();
    void doesNothingOnAFile();

    void anEditAppearsOnTheOtherDesktop();
    void ownEditsAreNotEchoed();
    void phaseAgreedOnOneDesktopMovesTheOther();
    void incidentsAndTeamsAreAnnounced();
    void bulkWritesSendOneReload();
    void surveyAnswersAndTalliesSendNothing();
    void resubscribesAfterTheConnectionIsKilled();

private:
    // Two desktops on one new server database, both listening; skips on SQLite.
    bool twoDesktops(std::unique_ptr<Desktop> *first, std::unique_ptr<Desktop> *second);
    qint64 retro(Desktop &desktop);

    QTemporaryDir m_dir;
};

void tst_ChangeFeed::parsesWhatTheTriggersSend_data()
{
    QTest::addColumn<QString>("payload");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("table");
    QTest::addColumn<int>("operation");
    QTest::addColumn<qint64>("id");
    QTest::addColumn<qint64>("parent");

    QTest::newRow("event inserted") << "timeline_event:i:42:7" << true << "timeline_event" << int(RemoteChange::Insert)
                                    << qint64(42) << qint64(7);
    QTest::newRow("team without parent") << "team:u:3:" << true << "team" << int(RemoteChange::Update) << qint64(3)
                                         << qint64(0);
    QTest::newRow("deleted, large ids") << "action_item:d:9007199254740993:4294967296" << true << "action_item"
                                        << int(RemoteChange::Delete) << qint64(9007199254740993LL)
                                        << qint64(4294967296LL);
    QTest::newRow("reload is not a row") << "reload" << false << "" << 0 << qint64(0) << qint64(0);
    QTest::newRow("unknown operation") << "team:x:3:" << false << "" << 0 << qint64(0) << qint64(0);
    QTest::newRow("id not a number") << "team:u:three:" << false << "" << 0 << qint64(0) << qint64(0);
    QTest::newRow("too many parts") << "team:u:3:1:2" << false << "" << 0 << qint64(0) << qint64(0);
    QTest::newRow("empty table") << ":u:3:1" << false << "" << 0 << qint64(0) << qint64(0);
    QTest::newRow("empty") << "" << false << "" << 0 << qint64(0) << qint64(0);
}

void tst_ChangeFeed::parsesWhatTheTriggersSend()
{
    QFETCH(QString, payload);
    QFETCH(bool, valid);
    const std::optional<RemoteChange> change = RemoteChange::parse(payload);
    QCOMPARE(change.has_value(), valid);
    if (!valid)
        return;
    QTEST(change->table, "table");
    QTEST(int(change->operation), "operation");
    QTEST(change->id, "id");
    QTEST(change->parent, "parent");
}

void tst_ChangeFeed::doesNothingOnAFile()
{
    if (testdb::onPostgreSql())
        QSKIP("A SQLite file only: on a server the feed listens (the other cases).");
    CANDOR_TEST_LOCATION(location, m_dir, QStringLiteral("file"));
    Desktop one(location);
    QVERIFY2(one.status.ok(), qPrintable(one.status.error()));
    QString error;
    QVERIFY(one.feed.subscribe(&error));
    QVERIFY(error.isEmpty());
    QVERIFY(!one.feed.isListening());
}

bool tst_ChangeFeed::twoDesktops(std::unique_ptr<Desktop> *first, std::unique_ptr<Desktop> *second)
{
    const QString location = testdb::location(m_dir, QStringLiteral("shared"));
    if (location.isEmpty()) {
        qWarning("%s", qPrintable(testdb::lastError()));
        return false;
    }
    *first = std::make_unique<Desktop>(location);
    *second = std::make_unique<Desktop>(location);
    for (Desktop *desktop : {first->get(), second->get()}) {
        if (!desktop->status) {
            qWarning("%s", qPrintable(desktop->status.error()));
            return false;
        }
        QString error;
        if (!desktop->feed.subscribe(&error) || !desktop->feed.isListening()) {
            qWarning("Cannot listen: %s", qPrintable(error));
            return false;
        }
    }
    return true;
}

qint64 tst_ChangeFeed::retro(Desktop &desktop)
{
    const qint64 team = addTeam(desktop.teams, QStringLiteral("Payments"));
    Session session = makeRetro(team, QStringLiteral("Quarterly retro"), at(9));
    session.facilitator = QStringLiteral("Robin");
    return addSession(desktop.postmortems, session);
}

void tst_ChangeFeed::anEditAppearsOnTheOtherDesktop()
{
    if (!testdb::onPostgreSql())
        QSKIP("Live updates are between desktops sharing a server.");
    std::unique_ptr<Desktop> laptop, noteTaker;
    QVERIFY(twoDesktops(&laptop, &noteTaker));
    const qint64 sessionId = retro(*laptop);
    QSignalSpy events(&noteTaker->postmortems, &PostmortemRepository::eventsChanged);
    QSignalSpy factors(&noteTaker->postmortems, &PostmortemRepository::factorsChanged);
    QSignalSpy participants(&noteTaker->postmortems, &PostmortemRepository::participantsChanged);

    const qint64 eventId =
        addEvent(laptop->postmortems, makeEvent(sessionId, at(10, 5), QStringLiteral("Pager fired for checkout")));
    QTRY_VERIFY_WITH_TIMEOUT(!events.isEmpty(), withinASecond);
    QCOMPARE(events.constFirst().at(0).toLongLong(), sessionId);
    // What the other desktop reads then is the new event.
    const QList<TimelineEvent> seen = noteTaker->postmortems.events(sessionId);
    QCOMPARE(seen.size(), 1);
    QCOMPARE(seen.constFirst().text, QStringLiteral("Pager fired for checkout"));

    // Edits, removals and other kinds of item travel the same way; one signal per batch, not per row.
    events.clear();
    addFactor(laptop->postmortems, makeFactor(sessionId, QStringLiteral("Alert threshold too high"), {eventId}));
    addParticipant(laptop->postmortems, makeParticipant(sessionId, QStringLiteral("Sam")));
    QTRY_VERIFY_WITH_TIMEOUT(!factors.isEmpty() && !participants.isEmpty(), withinASecond);
    QCOMPARE(factors.constFirst().at(0).toLongLong(), sessionId);
    QVERIFY(laptop->postmortems.removeEvent(eventId));
    QTRY_VERIFY_WITH_TIMEOUT(!events.isEmpty(), withinASecond);
    QVERIFY(noteTaker->postmortems.events(sessionId).isEmpty());
}

void tst_ChangeFeed::ownEditsAreNotEchoed()
{
    if (!testdb::onPostgreSql())
        QSKIP("Live updates are between desktops sharing a server.");
    std::unique_ptr<Desktop> laptop, other;
    QVERIFY(twoDesktops(&laptop, &other));
    const qint64 sessionId = retro(*laptop);
    QSignalSpy ownReceived(&laptop->feed, &ChangeFeed::received);
    QSignalSpy otherReceived(&other->feed, &ChangeFeed::received);
    QSignalSpy ownEvents(&laptop->postmortems, &PostmortemRepository::eventsChanged);

    addEvent(laptop->postmortems, makeEvent(sessionId, at(10), QStringLiteral("Deploy started")));
    QTRY_VERIFY_WITH_TIMEOUT(!otherReceived.isEmpty(), withinASecond);
    // The laptop's repository said it once, when it wrote; its feed passed nothing on.
    QTest::qWait(200);
    QCOMPARE(ownEvents.size(), 1);
    QVERIFY(ownReceived.isEmpty());
}

void tst_ChangeFeed::phaseAgreedOnOneDesktopMovesTheOther()
{
    if (!testdb::onPostgreSql())
        QSKIP("Live updates are between desktops sharing a server.");
    std::unique_ptr<Desktop> facilitator, coFacilitator;
    QVERIFY(twoDesktops(&facilitator, &coFacilitator));
    const qint64 sessionId = retro(*facilitator);
    addParticipant(facilitator->postmortems, makeParticipant(sessionId, QStringLiteral("Sam")));
    ManualClock clock(at(10));

    PostmortemSession here(facilitator->postmortems, facilitator->teams, facilitator->incidents, clock, sessionId);
    PostmortemSession there(coFacilitator->postmortems, coFacilitator->teams, coFacilitator->incidents, clock,
                            sessionId);
    QVERIFY2(here.isValid() && there.isValid(), qPrintable(here.loadError() + there.loadError()));
    QCOMPARE(there.phase(), Phase::Opening);
    QSignalSpy thereChanged(&there, &PostmortemSession::changed);

    const Status agreed = here.agree(QStringLiteral("Robin"));
    QVERIFY2(agreed.ok(), qPrintable(agreed.error()));
    QCOMPARE(here.phase(), Phase::Timeline);
    QTRY_COMPARE_WITH_TIMEOUT(there.phase(), Phase::Timeline, withinASecond);
    QVERIFY(!thereChanged.isEmpty());
    // The record of decisions is the same on both.
    QCOMPARE(coFacilitator->postmortems.phaseLog(sessionId).size(),
             facilitator->postmortems.phaseLog(sessionId).size());

    // Notes typed on the co-facilitator's laptop show on the facilitator's.
    QVERIFY(there.setNotes(QStringLiteral("Ask about the runbook")));
    QTRY_COMPARE_WITH_TIMEOUT(here.session().notes, QStringLiteral("Ask about the runbook"), withinASecond);
}

void tst_ChangeFeed::incidentsAndTeamsAreAnnounced()
{
    if (!testdb::onPostgreSql())
        QSKIP("Live updates are between desktops sharing a server.");
    std::unique_ptr<Desktop> one, two;
    QVERIFY(twoDesktops(&one, &two));
    QSignalSpy teams(&two->feed, &ChangeFeed::teamsChanged);
    QSignalSpy incidents(&two->feed, &ChangeFeed::incidentsChanged);

    const qint64 team = addTeam(one->teams, QStringLiteral("Platform"));
    addMember(one->teams, team, QStringLiteral("Ada"));
    QTRY_VERIFY_WITH_TIMEOUT(!teams.isEmpty(), withinASecond);

    const qint64 incident = addIncident(one->incidents, team, QStringLiteral("Checkout errors"));
    QTRY_VERIFY_WITH_TIMEOUT(!incidents.isEmpty(), withinASecond);
    const auto ids = incidents.constLast().at(0).value<QSet<qint64>>();
    QVERIFY(ids.contains(incident));
    QCOMPARE(two->incidents.incident(incident)->title, QStringLiteral("Checkout errors"));
}

void tst_ChangeFeed::bulkWritesSendOneReload()
{
    if (!testdb::onPostgreSql())
        QSKIP("Live updates are between desktops sharing a server.");
    std::unique_ptr<Desktop> one, two;
    QVERIFY(twoDesktops(&one, &two));
    // Something to import: a small organisation written on a file.
    QTemporaryDir dir;
    {
        Database file;
        QVERIFY(file.open(dir.filePath(QStringLiteral("org.sqlite"))));
        TeamRepository teams(file);
        IncidentRepository incidents(file);
        PostmortemRepository postmortems(file);
        const qint64 team = addTeam(teams, QStringLiteral("Search"));
        for (int n = 0; n < 30; ++n)
            addIncident(incidents, team, QStringLiteral("Incident %1").arg(n));
        const Result<QByteArray> json = DataTransfer::exportJson(file);
        QVERIFY2(json.ok(), qPrintable(json.error()));
        QSignalSpy reload(&two->feed, &ChangeFeed::reloadNeeded);
        QSignalSpy incidentsChanged(&two->feed, &ChangeFeed::incidentsChanged);
        const auto imported = DataTransfer::importJson(one->database, *json);
        QVERIFY2(imported.ok(), qPrintable(imported.error()));
        QTRY_COMPARE_WITH_TIMEOUT(reload.size(), 1, withinASecond);
        QTest::qWait(200);
        QCOMPARE(reload.size(), 1);
        QVERIFY(incidentsChanged.isEmpty());
    }
    // After the bulk write, single edits are announced again.
    QSignalSpy teams(&two->feed, &ChangeFeed::teamsChanged);
    addTeam(one->teams, QStringLiteral("Billing"));
    QTRY_VERIFY_WITH_TIMEOUT(!teams.isEmpty(), withinASecond);
}

void tst_ChangeFeed::surveyAnswersAndTalliesSendNothing()
{
    if (!testdb::onPostgreSql())
        QSKIP("Live updates are between desktops sharing a server.");
    std::unique_ptr<Desktop> kiosk, other;
    QVERIFY(twoDesktops(&kiosk, &other));
    QSignalSpy received(&other->feed, &ChangeFeed::received);
    const qint64 sessionId = retro(*kiosk);
    // The session's creation arrives first; what follows is counted from here.
    QTRY_VERIFY_WITH_TIMEOUT(!received.isEmpty(), withinASecond);
    QTest::qWait(100);
    received.clear();
    QSignalSpy tally(&other->postmortems, &PostmortemRepository::tallyChanged);

    // A kiosk answer to the session's safety check: when it arrives would tell who gave it.
    QVERIFY(kiosk->postmortems.addAnswer(sessionId, CheckKind::Safety, 4));
    QVERIFY(kiosk->postmortems.addAnswer(sessionId, CheckKind::Safety, 2));
    // A marker written afterwards: once it has arrived, anything sent before it would have too.
    addEvent(kiosk->postmortems, makeEvent(sessionId, at(11), QStringLiteral("Marker")));
    QTRY_VERIFY_WITH_TIMEOUT(!received.isEmpty(), withinASecond);
    QCOMPARE(received.size(), 1);
    QCOMPARE(received.constFirst().at(0).toInt(), 1);
    QVERIFY(tally.isEmpty());

    // The triggers leave the survey tables' answers and a wave's running totals out altogether.
    QSqlQuery q(kiosk->database.connection());
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM pg_trigger WHERE NOT tgisinternal AND tgrelid::regclass::text"
                                  " IN ('survey_response', 'survey_answer', 'survey_comment', 'check_tally',"
                                  " 'session_draft', 'survey_wave_item')")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 0);
    QVERIFY(
        q.exec(QStringLiteral("SELECT pg_get_triggerdef(oid) FROM pg_trigger WHERE tgname = 'survey_wave_notify'")));
    QVERIFY(q.next());
    const QString definition = q.value(0).toString();
    QVERIFY2(!definition.contains(QLatin1String("respondents")) && definition.contains(QLatin1String("UPDATE OF")),
             qPrintable(definition));
}

void tst_ChangeFeed::resubscribesAfterTheConnectionIsKilled()
{
    if (!testdb::onPostgreSql())
        QSKIP("Live updates are between desktops sharing a server.");
    std::unique_ptr<Desktop> laptop, other;
    QVERIFY(twoDesktops(&laptop, &other));
    const qint64 sessionId = retro(*laptop);

    ConnectionWatchdog watchdog(other->database);
    watchdog.setHeartbeat(std::chrono::milliseconds(100));
    connect(&watchdog, &ConnectionWatchdog::reconnected, &other->feed, [&other]() { other->feed.subscribe(); });
    QSignalSpy lost(&watchdog, &ConnectionWatchdog::connectionLost);
    QSignalSpy reconnected(&watchdog, &ConnectionWatchdog::reconnected);

    // An administrator ends the other desktop's session on the server.
    QSqlQuery pid(other->database.connection());
    QVERIFY(pid.exec(QStringLiteral("SELECT pg_backend_pid()")) && pid.next());
    const qint64 backend = pid.value(0).toLongLong();
    pid.finish();
    QSqlQuery kill(laptop->database.connection());
    QVERIFY(kill.exec(QStringLiteral("SELECT pg_terminate_backend(%1)").arg(backend)));

    QTRY_VERIFY_WITH_TIMEOUT(!lost.isEmpty(), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(!reconnected.isEmpty(), 15000);
    QVERIFY(other->feed.isListening());

    QSignalSpy events(&other->postmortems, &PostmortemRepository::eventsChanged);
    addEvent(laptop->postmortems, makeEvent(sessionId, at(12), QStringLiteral("After the reconnection")));
    QTRY_VERIFY_WITH_TIMEOUT(!events.isEmpty(), withinASecond);
    QCOMPARE(events.constFirst().at(0).toLongLong(), sessionId);
}

QTEST_GUILESS_MAIN(tst_ChangeFeed)
#include "tst_changefeed.moc"
