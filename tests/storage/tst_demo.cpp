// The bulk postmortem history of the large demo (DemoHistory), run on the small demo organisation so it takes
// seconds: finished sessions look like sessions finished in the console, links stay inside their session, action
// items are consistent, the file is healthy and the same seed gives the same rows. BulkInsert, which writes it:
// constraint failures come back as messages and the transaction rolls back.
#include "common/TestData.h"
#include "common/TestDatabase.h"
#include "storage/BulkInsert.h"
#include "storage/DemoHistory.h"
#include "storage/DemoOrganisation.h"
#include "storage/Dialect.h"
#include "storage/PostmortemRepository.h"
#include "storage/Transaction.h"

#include <QCryptographicHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

#include <array>
#include <memory>

using namespace candor;

namespace {

const QDate today(2024, 6, 1);

// The tables a postmortem's history fills, each with its columns' order for a stable dump.
const QStringList historyTables = {
    QStringLiteral("postmortem"),          QStringLiteral("phase_record"),  QStringLiteral("phase_log"),
    QStringLiteral("participant"),         QStringLiteral("speaking_turn"), QStringLiteral("timeline_event"),
    QStringLiteral("contributing_factor"), QStringLiteral("factor_event"),  QStringLiteral("learning"),
    QStringLiteral("action_item"),         QStringLiteral("check_tally"),
};

qint64 scalar(const QSqlDatabase &db, const QString &statement)
{
    QSqlQuery q(db);
    if (!q.exec(statement) || !q.next()) {
        qWarning("%s: %s", qPrintable(statement), qPrintable(q.lastError().text()));
        return -1;
    }
    return q.value(0).toLongLong();
}

// A hash of every row of the history tables, in a fixed order.
QByteArray dumpHash(const QSqlDatabase &db)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const QString &table : historyTables) {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (!q.exec(QStringLiteral("SELECT * FROM %1 LIMIT 0").arg(table)))
            return {};
        const int columns = q.record().count();
        QStringList order;
        for (int c = 1; c <= columns; ++c)
            order.append(QString::number(c));
        q.finish();
        if (!q.exec(QStringLiteral("SELECT * FROM %1 ORDER BY %2").arg(table, order.join(QLatin1Char(',')))))
            return {};
        hash.addData(table.toUtf8());
        while (q.next()) {
            for (int c = 0; c < columns; ++c)
                hash.addData((q.isNull(c) ? QStringLiteral("<null>") : q.value(c).toString()).toUtf8() + '\x1f');
            hash.addData("\n");
        }
    }
    return hash.result();
}

} // namespace

class TestDemo : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void smallScaleHasOnlyTheStories();
    void finishedSessionsAreComplete();
    void sessionsReadBackFinished();
    void timelinesFollowTheIncident();
    void factorLinksStayInTheirSession();
    void actionItemsAreConsistent();
    void databaseIsHealthy();
    void searchIndexFollowsTheHistory();
    void sameSeedSameRows();
    void maximumLimitsTheHistory();

    void bulkInsertWritesEveryType();
    void bulkInsertReportsConstraintFailures();
    void bulkInsertRefusesOutsideATransaction();
    void bulkInsertReportsABadStatement();
    void stagingTableMovesRowsThroughTriggers();
    void stagingTableReportsConstraintFailures();

private:
    // StagingTable on the server: no TEMP table; the rows arrive, in the order added, when they are moved.
    void stagingOnAServer(const QSqlDatabase &db);
    // A small demo organisation with its stories and a history on top; the summary of the history.
    std::unique_ptr<testdata::Store> demo(const QString &name, quint32 seed, DemoHistory::Summary *history,
                                          int maximum = 0);
    QSqlDatabase db() const { return m_store->database.connection(); }

    QTemporaryDir m_dir;
    std::unique_ptr<testdata::Store> m_store;
    DemoHistory::Summary m_history;
    int m_stories = 0; // sessions DemoPostmortems wrote, before the history
};

std::unique_ptr<testdata::Store> TestDemo::demo(const QString &name, quint32 seed, DemoHistory::Summary *history,
                                                int maximum)
{
    const QString location = testdb::location(m_dir, name);
    if (location.isEmpty())
        return nullptr;
    auto store = std::make_unique<testdata::Store>(location);
    if (!store->status) {
        qWarning("%s", qPrintable(store->status.error()));
        return nullptr;
    }
    DemoOrganisation::Options organisation;
    organisation.seed = seed;
    organisation.today = today;
    const Result<DemoOrganisation::Summary> created = DemoOrganisation::create(store->database, organisation);
    if (!created) {
        qWarning("%s", qPrintable(created.error()));
        return nullptr;
    }
    DemoHistory::Options options;
    options.seed = seed;
    options.today = today;
    options.maximum = maximum;
    const Result<DemoHistory::Summary> written = DemoHistory::create(store->database, options);
    if (!written) {
        qWarning("%s", qPrintable(written.error()));
        return nullptr;
    }
    *history = *written;
    return store;
}

void TestDemo::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // The stories alone first: the small scale writes no history (other tests rely on its few sessions).
    CANDOR_TEST_LOCATION(location, m_dir, QStringLiteral("stories"));
    testdata::Store stories(location);
    QVERIFY2(stories.status, qPrintable(stories.status.error()));
    DemoOrganisation::Options organisation;
    organisation.seed = 7;
    organisation.today = today;
    const Result<DemoOrganisation::Summary> created = DemoOrganisation::create(stories.database, organisation);
    QVERIFY2(created, qPrintable(created.error()));
    m_stories = created->postmortems + created->retros;
    QCOMPARE(scalar(stories.database.connection(), QStringLiteral("SELECT count(*) FROM postmortem")), m_stories);

    m_store = demo(QStringLiteral("history"), 7, &m_history);
    QVERIFY(m_store);
}

void TestDemo::cleanupTestCase()
{
    m_store.reset();
    testdb::dropAll();
}

void TestDemo::smallScaleHasOnlyTheStories()
{
    QVERIFY(m_stories >= 3);
    QVERIFY(m_stories < 20);
    // Most of the 120 incidents are resolved; most of those get a postmortem, some SEV4 ones none.
    const qint64 resolved = scalar(db(), QStringLiteral("SELECT count(*) FROM incident WHERE status = 2"));
    QVERIFY2(m_history.postmortems > resolved / 2, qPrintable(QString::number(m_history.postmortems)));
    QVERIFY(m_history.postmortems + m_stories <= resolved + 1); // at most one session per incident, plus the retro
    QCOMPARE(scalar(db(), QStringLiteral("SELECT count(*) FROM postmortem")), m_history.postmortems + m_stories);
    QCOMPARE(
        scalar(db(), QStringLiteral("SELECT count(*) FROM timeline_event WHERE postmortem_id > %1").arg(m_stories)),
        m_history.events);
    QCOMPARE(scalar(db(), QStringLiteral("SELECT count(*) FROM action_item WHERE postmortem_id > %1").arg(m_stories)),
             m_history.actions);
    // About ten events, two or three factors and action items, two to four learnings each.
    QVERIFY(m_history.events >= 8 * m_history.postmortems && m_history.events <= 12 * m_history.postmortems);
    QVERIFY(m_history.factors >= 2 * m_history.postmortems && m_history.factors <= 3 * m_history.postmortems);
    QVERIFY(m_history.actions >= 2 * m_history.postmortems && m_history.actions <= 3 * m_history.postmortems);
    QVERIFY(m_history.learnings >= 2 * m_history.postmortems && m_history.learnings <= 4 * m_history.postmortems);
}

void TestDemo::finishedSessionsAreComplete()
{
    // Every finished session, stories included, has every phase closed; the history's are all agreed, by the
    // facilitator, one after the other, each agreement in the phase log.
    QCOMPARE(scalar(db(), QStringLiteral("SELECT count(*) FROM postmortem p WHERE phase = 5 AND"
                                         " (SELECT count(*) FROM phase_record r WHERE r.postmortem_id = p.id"
                                         " AND (r.agreed_at IS NOT NULL OR r.skip_reason <> '')) <> 5")),
             0);
    const QString history = QStringLiteral(" AND p.id > %1").arg(m_stories);
    QCOMPARE(scalar(db(), QStringLiteral("SELECT count(*) FROM postmortem p WHERE (phase <> 5 OR kind <> 0"
                                         " OR incident_id IS NULL OR summary = '' OR speaker_id IS NOT NULL)") +
                              history),
             0);
    QCOMPARE(scalar(db(), QStringLiteral("SELECT count(*) FROM phase_record r JOIN postmortem p"
                                         " ON p.id = r.postmortem_id WHERE (r.agreed_at IS NULL OR r.started_at IS NULL"
                                         " OR r.agreed_at <= r.started_at OR r.agreed_by <> p.facilitator"
                                         " OR r.skip_reason <> '')") +
                              history),
             0);
    QCOMPARE(scalar(db(), QStringLiteral("SELECT count(*) FROM postmortem p WHERE"
                                         " ((SELECT count(*) FROM phase_record r WHERE r.postmortem_id = p.id) <> 5"
                                         " OR (SELECT count(*) FROM phase_log l WHERE l.postmortem_id = p.id"
                                         " AND l.what = 0) <> 5)") +
                              history),
             0);
    // Each phase starts when the one before was agreed; the log has the same times.
    QCOMPARE(scalar(db(), QStringLiteral("SELECT count(*) FROM phase_record a JOIN phase_record b"
                                         " ON b.postmortem_id = a.postmortem_id AND b.phase = a.phase + 1"
                                         " WHERE b.started_at <> a.agreed_at AND a.postmortem_id > %1")
                              .arg(m_stories)),
             0);
    QCOMPARE(scalar(db(), QStringLiteral("SELECT count(*) FROM phase_log l JOIN phase_record r"
                                         " ON r.postmortem_id = l.postmortem_id AND r.phase = l.phase"
                                         " WHERE l.at <> r.agreed_at AND l.postmortem_id > %1")
                              .arg(m_stories)),
             0);
    // The facilitator is a member from another team, so nobody had to accept a conflict.
    QCOMPARE(
        scalar(db(), QStringLiteral("SELECT count(*) FROM postmortem p LEFT JOIN member m"
                                    " ON m.id = p.facilitator_member_id WHERE (m.id IS NULL OR m.team_id = p.team_id"
                                    " OR m.name <> p.facilitator OR p.facilitator_conflict_accepted <> 0)") +
                         history),
        0);
    // Three to six people of the incident's team in the room (all of a team with fewer), each with one turn in the
    // timeline.
    QCOMPARE(scalar(db(), QStringLiteral(
                              "SELECT count(*) FROM postmortem p WHERE (SELECT count(*) FROM participant x"
                              " JOIN member m ON m.id = x.member_id AND m.team_id = p.team_id"
                              " WHERE x.postmortem_id = p.id) NOT BETWEEN (SELECT CASE WHEN count(*) < 3 THEN count(*)"
                              " ELSE 3 END FROM member m WHERE m.team_id = p.team_id AND m.active = 1)"
                              " AND 6") +
                              history),
             0);
    QCOMPARE(scalar(db(), QStringLiteral("SELECT count(*) FROM participant WHERE postmortem_id > %1").arg(m_stories)) >=
                 3 * m_history.postmortems * 9 / 10,
             true);
    QCOMPARE(scalar(db(), QStringLiteral("SELECT count(*) FROM participant x WHERE x.postmortem_id > %1 AND"
                                         " (SELECT count(*) FROM speaking_turn t WHERE t.participant_id = x.id"
                                         " AND t.postmortem_id = x.postmortem_id AND t.phase = 1) <> 1")
                              .arg(m_stories)),
             0);
    // The closing check: counts for all five answers, at least three answers so the average can be shown.
    QCOMPARE(scalar(db(), QStringLiteral("SELECT count(*) FROM postmortem p WHERE"
                                         " ((SELECT count(*) FROM check_tally c WHERE c.postmortem_id = p.id"
                                         " AND c.check_kind = 0) <> 5 OR (SELECT sum(count) FROM check_tally c"
                                         " WHERE c.postmortem_id = p.id) < 3)") +
                              history),
             0);
    // Sessions are held after their incident was resolved and end before today.
    QCOMPARE(scalar(db(), QStringLiteral("SELECT count(*) FROM postmortem p JOIN incident i ON i.id = p.incident_id"
                                         " WHERE (p.created_at <= i.resolved_at OR (SELECT max(agreed_at) FROM"
                                         " phase_record r WHERE r.postmortem_id = p.id) >= %1)")
                                  .arg(today.startOfDay(Qt::UTC).toSecsSinceEpoch()) +
                              history),
             0);
}

void TestDemo::sessionsReadBackFinished()
{
    // Through the repository, as the console and `postmortem show` read them.
    PostmortemRepository repository(m_store->database);
    int checked = 0;
    for (qint64 id = m_stories + 1; id <= m_stories + m_history.postmortems; id += 7) {
        const Result<Session> session = repository.session(id);
        QVERIFY2(session, qPrintable(session.error()));
        QCOMPARE(session->phase, Phase::Finished);
        QCOMPARE(session->kind, SessionKind::Postmortem);
        for (const PhaseRecord &record : session->phases) {
            QVERIFY(record.agreed.isValid());
            QVERIFY(record.isClosed());
        }
        QCOMPARE(repository.phaseLog(id).size(), PhaseCount);
        const QList<TimelineEvent> events = repository.events(id);
        QVERIFY(events.size() >= 8 && events.size() <= 12);
        for (qsizetype i = 1; i < events.size(); ++i)
            QVERIFY(events.at(i - 1).time <= events.at(i).time);
        const QList<ContributingFactor> factors = repository.factors(id);
        QVERIFY(factors.size() >= 2 && factors.size() <= 3);
        for (const ContributingFactor &factor : factors) {
            QVERIFY(!factor.text.isEmpty());
            QVERIFY(factor.eventIds.size() >= 1 && factor.eventIds.size() <= 3);
        }
        QVERIFY(repository.tally(id, CheckKind::Closing).canShow());
        QVERIFY(!repository.learnings(id).isEmpty());
        QVERIFY(repository.actions(id).size() >= 2);
        ++checked;
    }
    QVERIFY(checked > 5);
}

void TestDemo::timelinesFollowTheIncident()
{
    // Events lie between the incident's start (on the minute) and its resolution; texts name the service often.
    QCOMPARE(scalar(db(), QStringLiteral("SELECT count(*) FROM timeline_event e JOIN postmortem p"
                                         " ON p.id = e.postmortem_id JOIN incident i ON i.id = p.incident_id"
                                         " WHERE p.id > %1 AND (e.at < i.started_at - 60 OR e.at > i.resolved_at"
                                         " OR e.text = '')")
                              .arg(m_stories)),
             0);
    const qint64 namingService =
        scalar(db(), QStringLiteral("SELECT count(*) FROM timeline_event e JOIN postmortem p ON p.id = e.postmortem_id"
                                    " JOIN incident i ON i.id = p.incident_id WHERE p.id > %1"
                                    " AND %2 > 0")
                         .arg(m_stories)
                         .arg(testdb::onPostgreSql() ? QStringLiteral("strpos(e.text, i.service)")
                                                     : QStringLiteral("instr(e.text, i.service)")));
    QVERIFY2(namingService > m_history.events / 3, qPrintable(QString::number(namingService)));
    // Every kind of event and every category of factor occurs; texts vary.
    QCOMPARE(scalar(db(), QStringLiteral("SELECT count(DISTINCT kind) FROM timeline_event WHERE postmortem_id > %1")
                              .arg(m_stories)),
             6); // detection, diagnosis, repair, key moment, communication and other
    QCOMPARE(scalar(db(), QStringLiteral("SELECT count(DISTINCT category) FROM contributing_factor"
                                         " WHERE postmortem_id > %1")
                              .arg(m_stories)),
             5);
    QVERIFY(scalar(db(), QStringLiteral("SELECT count(DISTINCT text) FROM timeline_event WHERE postmortem_id > %1")
                             .arg(m_stories)) > 100);
    // No timeline says the same thing twice.
    QCOMPARE(scalar(db(), QStringLiteral("SELECT count(*) FROM (SELECT postmortem_id, text FROM timeline_event"
                                         " WHERE postmortem_id > %1 GROUP BY 1, 2 HAVING count(*) > 1) AS twice")
                              .arg(m_stories)),
             0);
    // A session's factors are in different categories.
    QCOMPARE(scalar(db(), QStringLiteral("SELECT count(*) FROM (SELECT postmortem_id, category FROM contributing_factor"
                                         " WHERE postmortem_id > %1 GROUP BY 1, 2 HAVING count(*) > 1) AS twice")
                              .arg(m_stories)),
             0);
}

void TestDemo::factorLinksStayInTheirSession()
{
    QVERIFY(scalar(db(), QStringLiteral("SELECT count(*) FROM factor_event")) >= m_history.factors);
    QCOMPARE(scalar(db(), QStringLiteral("SELECT count(*) FROM factor_event fe"
                                         " JOIN contributing_factor f ON f.id = fe.factor_id"
                                         " JOIN timeline_event e ON e.id = fe.event_id"
                                         " WHERE f.postmortem_id <> e.postmortem_id")),
             0);
    QCOMPARE(scalar(db(), QStringLiteral("SELECT count(*) FROM action_item a JOIN contributing_factor f"
                                         " ON f.id = a.factor_id WHERE f.postmortem_id <> a.postmortem_id")),
             0);
    QCOMPARE(scalar(db(), QStringLiteral("SELECT count(*) FROM contributing_factor f WHERE postmortem_id > %1 AND"
                                         " (SELECT count(*) FROM factor_event fe WHERE fe.factor_id = f.id)"
                                         " NOT BETWEEN 1 AND 3")
                              .arg(m_stories)),
             0);
}

void TestDemo::actionItemsAreConsistent()
{
    const QString history = QStringLiteral(" AND postmortem_id > %1").arg(m_stories);
    // Owners exist; done items have a done time after they were agreed and before today, the others none.
    QCOMPARE(scalar(db(), QStringLiteral("SELECT count(*) FROM action_item a LEFT JOIN team t ON t.id = a.owner_team_id"
                                         " WHERE t.id IS NULL")),
             0);
    QCOMPARE(scalar(db(), QStringLiteral("SELECT count(*) FROM action_item WHERE status = 2 AND (done_at IS NULL"
                                         " OR done_at <= created_at OR done_at >= %1)")
                                  .arg(today.startOfDay(Qt::UTC).toSecsSinceEpoch()) +
                              history),
             0);
    QCOMPARE(scalar(db(), QStringLiteral("SELECT count(*) FROM action_item WHERE status <> 2 AND done_at IS NOT NULL") +
                              history),
             0);
    // A named owner was in the room.
    QCOMPARE(scalar(db(), QStringLiteral("SELECT count(*) FROM action_item a WHERE owner_person <> '' AND NOT EXISTS"
                                         " (SELECT 1 FROM participant x WHERE x.postmortem_id = a.postmortem_id"
                                         " AND x.name = a.owner_person)") +
                              history),
             0);
    // Agreed in the actions phase, due after the session.
    QCOMPARE(scalar(db(), QStringLiteral("SELECT count(*) FROM action_item a JOIN phase_record r"
                                         " ON r.postmortem_id = a.postmortem_id AND r.phase = 3"
                                         " WHERE (a.created_at < r.started_at OR a.created_at > r.agreed_at"
                                         " OR a.due_date <= %1)")
                                  .arg(testdb::onPostgreSql()
                                           ? QStringLiteral("to_char(to_timestamp(r.agreed_at) AT TIME ZONE 'UTC',"
                                                            " 'YYYY-MM-DD')")
                                           : QStringLiteral("date(r.agreed_at, 'unixepoch')")) +
                              QStringLiteral(" AND a.postmortem_id > %1").arg(m_stories)),
             0);
    // Every status occurs; most are done; a few are overdue.
    const QString dueBefore = today.toString(Qt::ISODate);
    for (int status = 0; status < 4; ++status)
        QVERIFY2(scalar(db(),
                        QStringLiteral("SELECT count(*) FROM action_item WHERE status = %1").arg(status) + history) > 0,
                 qPrintable(QString::number(status)));
    const qint64 done = scalar(db(), QStringLiteral("SELECT count(*) FROM action_item WHERE status = 2") + history);
    QVERIFY2(done > m_history.actions / 2, qPrintable(QString::number(done)));
    const qint64 overdue = scalar(db(), QStringLiteral("SELECT count(*) FROM action_item WHERE status IN (0, 1)"
                                                       " AND due_date < '%1'")
                                                .arg(dueBefore) +
                                            history);
    QVERIFY(overdue > 0);
    QVERIFY2(overdue < m_history.actions / 5, qPrintable(QString::number(overdue)));
}

void TestDemo::databaseIsHealthy()
{
    QCOMPARE(m_store->database.integrityProblems(), QStringList());
    if (testdb::onPostgreSql())
        QSKIP("The server checks every foreign key as it is written and has no FTS5 index to check");
    QSqlQuery q(db());
    QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_key_check")));
    QVERIFY(!q.next());
    q.finish();
    // The full-text index the triggers keep agrees with its content, when the schema has one.
    if (scalar(db(), QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'search_text'")) == 1)
        QVERIFY2(q.exec(QStringLiteral("INSERT INTO search_text(search_text) VALUES ('integrity-check')")),
                 qPrintable(q.lastError().text()));
}

void TestDemo::searchIndexFollowsTheHistory()
{
    // The history's events and factors reach the full-text index through its triggers, though they are moved in
    // batches: one row per incident, per timeline event and per contributing factor of an incident's session, each
    // with its source's text, and nothing else.
    if (testdb::onPostgreSql())
        QSKIP("FTS5's search_text and its triggers exist only on SQLite");
    QVERIFY(m_history.events > 0 && m_history.factors > 0);
    const qint64 incidents = scalar(db(), QStringLiteral("SELECT count(*) FROM incident"));
    const qint64 events = scalar(db(), QStringLiteral("SELECT count(*) FROM timeline_event e JOIN postmortem p"
                                                      " ON p.id = e.postmortem_id WHERE p.incident_id IS NOT NULL"));
    const qint64 factors = scalar(db(), QStringLiteral("SELECT count(*) FROM contributing_factor f JOIN postmortem p"
                                                       " ON p.id = f.postmortem_id WHERE p.incident_id IS NOT NULL"));
    QVERIFY(events >= m_history.events);
    QVERIFY(factors >= m_history.factors);
    QCOMPARE(scalar(db(), QStringLiteral("SELECT count(*) FROM search_text")), incidents + events + factors);
    QCOMPARE(scalar(db(), QStringLiteral("SELECT count(*) FROM incident i WHERE NOT EXISTS (SELECT 1 FROM search_text s"
                                         " WHERE s.rowid = i.id << 32 AND s.title = i.title AND s.service = i.service"
                                         " AND s.summary = i.summary)")),
             0);
    QCOMPARE(scalar(db(), QStringLiteral("SELECT count(*) FROM timeline_event e JOIN postmortem p"
                                         " ON p.id = e.postmortem_id WHERE p.incident_id IS NOT NULL AND NOT EXISTS"
                                         " (SELECT 1 FROM search_text s WHERE s.rowid = (p.incident_id << 32)"
                                         " + (e.id << 2) + 1 AND s.detail = e.text)")),
             0);
    QCOMPARE(scalar(db(), QStringLiteral("SELECT count(*) FROM contributing_factor f JOIN postmortem p"
                                         " ON p.id = f.postmortem_id WHERE p.incident_id IS NOT NULL AND NOT EXISTS"
                                         " (SELECT 1 FROM search_text s WHERE s.rowid = (p.incident_id << 32)"
                                         " + (f.id << 2) + 2 AND s.detail = f.text)")),
             0);
    // And the index itself answers: a word of the history's diagnoses finds exactly the events that use it.
    const qint64 heap = scalar(db(), QStringLiteral("SELECT count(*) FROM timeline_event e JOIN postmortem p"
                                                    " ON p.id = e.postmortem_id WHERE p.incident_id IS NOT NULL"
                                                    " AND ' ' || lower(e.text) || ' ' LIKE '% heap %'"));
    QVERIFY(heap > 0);
    QCOMPARE(scalar(db(), QStringLiteral("SELECT count(*) FROM search_text WHERE search_text MATCH 'detail : heap'")),
             heap);
    // The staging tables are gone.
    QCOMPARE(scalar(db(), QStringLiteral("SELECT count(*) FROM temp.sqlite_master")), 0);
}

void TestDemo::sameSeedSameRows()
{
    const QByteArray first = dumpHash(db());
    QVERIFY(!first.isEmpty());
    DemoHistory::Summary history;
    const std::unique_ptr<testdata::Store> again = demo(QStringLiteral("again"), 7, &history);
    QVERIFY(again);
    QCOMPARE(history.postmortems, m_history.postmortems);
    QCOMPARE(history.events, m_history.events);
    QCOMPARE(dumpHash(again->database.connection()), first);

    const std::unique_ptr<testdata::Store> other = demo(QStringLiteral("other"), 8, &history);
    QVERIFY(other);
    QVERIFY(dumpHash(other->database.connection()) != first);
}

void TestDemo::maximumLimitsTheHistory()
{
    DemoHistory::Summary history;
    const std::unique_ptr<testdata::Store> limited = demo(QStringLiteral("limited"), 7, &history, 10);
    QVERIFY(limited);
    QCOMPARE(history.postmortems, 10);
    QCOMPARE(scalar(limited->database.connection(), QStringLiteral("SELECT count(*) FROM postmortem")), m_stories + 10);
}

void TestDemo::bulkInsertWritesEveryType()
{
    CANDOR_TEST_LOCATION(location, m_dir, QStringLiteral("bulk"));
    testdata::Store store(location);
    QVERIFY(store.status);
    const QSqlDatabase db = store.database.connection();
    QSqlQuery q(db);
    QVERIFY(q.exec(Dialect::schemaStatement(Dialect::of(db), QStringLiteral("CREATE TABLE bulk (id INTEGER PRIMARY KEY,"
                                                                            " n INTEGER, x REAL, s TEXT NOT NULL,"
                                                                            " o INTEGER)"))));
    {
        WriteTransaction transaction(db);
        QVERIFY(transaction.isActive());
        BulkInsert insert(db, QStringLiteral("INSERT INTO bulk (n, x, s, o) VALUES (?, ?, ?, ?)"),
                          BulkInsert::Returns::NewId);
        QVERIFY2(insert.isReady(), qPrintable(insert.error()));
        QCOMPARE(insert.isNative(), !testdb::onPostgreSql()); // QSQLITE: the sqlite3 API
        insert.bind(0, Q_INT64_C(9007199254740993));
        insert.bind(1, 2.5);
        insert.bind(2, QStringLiteral("Ünïcødé 🙂 שלום"));
        insert.bindId(3, 42);
        QVERIFY(insert.exec());
        QCOMPARE(insert.lastInsertId(), 1);
        // Values stay bound: only the changed ones are bound again.
        insert.bind(0, -4);
        insert.bind(2, QString()); // null text binds as ''
        insert.bindId(3, 0);       // id 0: NULL
        QVERIFY(insert.exec());
        QCOMPARE(insert.lastInsertId(), 2);
        insert.bindNull(0);
        QVERIFY(insert.exec());
        QVERIFY(transaction.commit());
    }
    QVERIFY(q.exec(QStringLiteral("SELECT n, x, s, o FROM bulk ORDER BY id")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toLongLong(), Q_INT64_C(9007199254740993));
    QCOMPARE(q.value(1).toDouble(), 2.5);
    QCOMPARE(q.value(2).toString(), QStringLiteral("Ünïcødé 🙂 שלום"));
    QCOMPARE(q.value(3).toLongLong(), 42);
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toLongLong(), -4);
    QCOMPARE(q.value(1).toDouble(), 2.5);
    QVERIFY(!q.isNull(2));
    QCOMPARE(q.value(2).toString(), QString());
    QVERIFY(q.isNull(3));
    QVERIFY(q.next());
    QVERIFY(q.isNull(0));
    QVERIFY(!q.next());
}

void TestDemo::bulkInsertReportsConstraintFailures()
{
    CANDOR_TEST_LOCATION(location, m_dir, QStringLiteral("constraints"));
    testdata::Store store(location);
    QVERIFY(store.status);
    const QSqlDatabase db = store.database.connection();
    const Result<qint64> inserted = store.teams.insertTeam(testdata::makeTeam(QStringLiteral("Checkout")));
    QVERIFY(inserted);
    const qint64 team = *inserted;
    {
        WriteTransaction transaction(db);
        QVERIFY(transaction.isActive());
        BulkInsert insert(db, QStringLiteral("INSERT INTO member (team_id, name, is_manager) VALUES (?, ?, ?)"));
        QVERIFY(insert.isReady());
        insert.bind(0, team);
        insert.bind(1, QStringLiteral("Amara Okafor"));
        insert.bind(2, 0);
        QVERIFY(insert.exec());
        // A CHECK constraint: the message is the database's ("CHECK constraint failed", "violates check
        // constraint"), and on SQLite the statement can go on.
        insert.bind(1, QStringLiteral("Ben Bauer"));
        insert.bind(2, 7);
        const Status check = insert.exec();
        QVERIFY(!check);
        QVERIFY2(check.error().contains(QLatin1String("check constraint"), Qt::CaseInsensitive),
                 qPrintable(check.error()));
        if (!testdb::onPostgreSql()) {
            // A foreign key to a team that does not exist.
            insert.bind(0, team + 100);
            insert.bind(2, 0);
            const Status foreignKey = insert.exec();
            QVERIFY(!foreignKey);
            QVERIFY2(foreignKey.error().contains(QLatin1String("FOREIGN KEY constraint failed")),
                     qPrintable(foreignKey.error()));
        }
        // The caller gives up: the transaction rolls back on destruction, taking the first row with it.
    }
    if (testdb::onPostgreSql()) {
        // The server ends the transaction at the first failed statement: the foreign key in a transaction of its own.
        WriteTransaction transaction(db);
        QVERIFY(transaction.isActive());
        BulkInsert insert(db, QStringLiteral("INSERT INTO member (team_id, name, is_manager) VALUES (?, ?, ?)"));
        insert.bind(0, team + 100);
        insert.bind(1, QStringLiteral("Ben Bauer"));
        insert.bind(2, 0);
        const Status foreignKey = insert.exec();
        QVERIFY(!foreignKey);
        QVERIFY2(foreignKey.error().contains(QLatin1String("foreign key constraint")), qPrintable(foreignKey.error()));
    }
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM member")), 0);
    QCOMPARE(store.database.integrityProblems(), QStringList());
}

void TestDemo::bulkInsertRefusesOutsideATransaction()
{
    CANDOR_TEST_LOCATION(location, m_dir, QStringLiteral("autocommit"));
    testdata::Store store(location);
    QVERIFY(store.status);
    if (testdb::onPostgreSql())
        QSKIP("Only SQLite's API tells whether a transaction is open; QPSQL does not (its fallback writes)");
    const QSqlDatabase db = store.database.connection();
    BulkInsert insert(db, QStringLiteral("INSERT INTO team (name) VALUES (?)"));
    QVERIFY(insert.isReady());
    insert.bind(0, QStringLiteral("Payments"));
    const Status status = insert.exec();
    QVERIFY(!status);
    QVERIFY2(status.error().contains(QLatin1String("transaction")), qPrintable(status.error()));
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM team")), 0);
}

void TestDemo::bulkInsertReportsABadStatement()
{
    CANDOR_TEST_LOCATION(location, m_dir, QStringLiteral("bad"));
    testdata::Store store(location);
    QVERIFY(store.status);
    const QSqlDatabase db = store.database.connection();
    WriteTransaction transaction(db);
    BulkInsert insert(db, QStringLiteral("INSERT INTO no_such_table (x) VALUES (?)"));
    QVERIFY(!insert.isReady());
    QVERIFY2(insert.error().contains(QLatin1String("no_such_table")), qPrintable(insert.error()));
    insert.bind(0, 1);
    const Status status = insert.exec();
    QVERIFY(!status);
    QCOMPARE(status.error(), insert.error());
}

void TestDemo::stagingTableMovesRowsThroughTriggers()
{
    CANDOR_TEST_LOCATION(location, m_dir, QStringLiteral("staging"));
    testdata::Store store(location);
    QVERIFY(store.status);
    const QSqlDatabase db = store.database.connection();
    QSqlQuery q(db);
    if (testdb::onPostgreSql()) {
        stagingOnAServer(db);
        return;
    }
    QVERIFY(
        q.exec(QStringLiteral("CREATE TABLE target (id INTEGER PRIMARY KEY, n INTEGER NOT NULL, s TEXT NOT NULL)")));
    // The trigger notes the order the rows arrive in.
    QVERIFY(q.exec(QStringLiteral("CREATE TABLE arrival (seq INTEGER PRIMARY KEY, target_id INTEGER NOT NULL)")));
    QVERIFY(q.exec(QStringLiteral("CREATE TRIGGER target_arrival AFTER INSERT ON target BEGIN"
                                  " INSERT INTO arrival (target_id) VALUES (new.id); END")));
    {
        WriteTransaction transaction(db);
        QVERIFY(transaction.isActive());
        StagingTable staged(db, QStringLiteral("target"),
                            {QStringLiteral("id"), QStringLiteral("n"), QStringLiteral("s")}, QStringLiteral("n, id"));
        QVERIFY2(staged.isReady(), qPrintable(staged.error()));
        // Explicit ids, staged out of their order; they move ordered by n.
        const std::array<std::pair<qint64, int>, 4> rows = {{{10, 3}, {7, 1}, {42, 2}, {8, 1}}};
        for (const auto &[id, n] : rows) {
            staged.row().bind(0, id);
            staged.row().bind(1, n);
            staged.row().bind(2, QStringLiteral("row %1").arg(id));
            QVERIFY(staged.add());
        }
        QCOMPARE(staged.stagedRows(), 4);
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM target")), 0); // nothing moved yet
        QVERIFY(staged.moveToTarget());
        QCOMPARE(staged.stagedRows(), 0);
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM temp.target_staging")), 0);
        // A second batch, numbered by the target (no id bound: NULL).
        staged.row().bindNull(0);
        staged.row().bind(1, 5);
        staged.row().bind(2, QStringLiteral("numbered"));
        QVERIFY(staged.add());
        QVERIFY(staged.moveToTarget());
        QVERIFY(staged.moveToTarget()); // nothing staged: nothing to do
        QVERIFY(transaction.commit());
    }
    // The TEMP table is dropped with the StagingTable.
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM temp.sqlite_master")), 0);
    QVERIFY(q.exec(QStringLiteral("SELECT target_id FROM arrival ORDER BY seq")));
    QList<qint64> order;
    while (q.next())
        order.append(q.value(0).toLongLong());
    QCOMPARE(order, (QList<qint64>{7, 8, 42, 10, 43}));
    QVERIFY(q.exec(QStringLiteral("SELECT id, n, s, typeof(n) FROM target ORDER BY id")));
    QStringList stored;
    while (q.next())
        stored.append(
            QStringLiteral("%1:%2:%3:%4")
                .arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString()));
    QCOMPARE(stored, (QStringList{QStringLiteral("7:1:row 7:integer"), QStringLiteral("8:1:row 8:integer"),
                                  QStringLiteral("10:3:row 10:integer"), QStringLiteral("42:2:row 42:integer"),
                                  QStringLiteral("43:5:numbered:integer")}));
}

void TestDemo::stagingOnAServer(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    QVERIFY(q.exec(Dialect::schemaStatement(
        Dialect::of(db),
        QStringLiteral("CREATE TABLE target (id INTEGER PRIMARY KEY, n INTEGER NOT NULL, s TEXT NOT NULL)"))));
    {
        WriteTransaction transaction(db);
        QVERIFY(transaction.isActive());
        StagingTable staged(db, QStringLiteral("target"),
                            {QStringLiteral("id"), QStringLiteral("n"), QStringLiteral("s")}, QStringLiteral("n, id"));
        QVERIFY2(staged.isReady(), qPrintable(staged.error()));
        // More rows than one statement takes (1000), with explicit ids out of order.
        for (qint64 id = 2500; id >= 1; --id) {
            staged.row().bind(0, id);
            staged.row().bind(1, int(id % 7));
            staged.row().bind(2, QStringLiteral("row %1").arg(id));
            QVERIFY(staged.add());
        }
        QCOMPARE(staged.stagedRows(), 2500);
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM target")), 0); // nothing moved yet
        QVERIFY(staged.moveToTarget());
        QCOMPARE(staged.stagedRows(), 0);
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM target")), 2500);
        QVERIFY(staged.moveToTarget()); // nothing staged: nothing to do
        QVERIFY(transaction.commit());
    }
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM target WHERE s <> 'row ' || id OR n <> id % 7")), 0);
    QCOMPARE(scalar(db, QStringLiteral("SELECT sum(id) FROM target")), 2500 * 2501 / 2);
    // No staging table was made.
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM pg_catalog.pg_class WHERE relname = 'target_staging'")),
             0);
    // The server numbers the next row after the ids written, once told to.
    QString error;
    QVERIFY2(Dialect::syncIdentities(db, &error), qPrintable(error));
    QVERIFY(q.exec(QStringLiteral("INSERT INTO target (n, s) VALUES (1, 'numbered') RETURNING id")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toLongLong(), 2501);
}

void TestDemo::stagingTableReportsConstraintFailures()
{
    CANDOR_TEST_LOCATION(location, m_dir, QStringLiteral("staging-constraints"));
    testdata::Store store(location);
    QVERIFY(store.status);
    const QSqlDatabase db = store.database.connection();
    QSqlQuery q(db);
    const Dialect::Backend backend = Dialect::of(db);
    QVERIFY(q.exec(Dialect::schemaStatement(backend, QStringLiteral("CREATE TABLE parent (id INTEGER PRIMARY KEY)"))));
    QVERIFY(q.exec(
        Dialect::schemaStatement(backend, QStringLiteral("CREATE TABLE child (id INTEGER PRIMARY KEY,"
                                                         " parent_id INTEGER NOT NULL REFERENCES parent(id))"))));
    QVERIFY(q.exec(QStringLiteral("INSERT INTO parent (id) VALUES (1)")));
    {
        WriteTransaction transaction(db);
        QVERIFY(transaction.isActive());
        StagingTable staged(db, QStringLiteral("child"), {QStringLiteral("parent_id")});
        QVERIFY2(staged.isReady(), qPrintable(staged.error()));
        // Staging checks nothing; the move checks the target's constraints and writes none of the batch.
        for (qint64 parent : {1, 2}) {
            staged.row().bind(0, parent);
            QVERIFY(staged.add());
        }
        const Status moved = staged.moveToTarget();
        QVERIFY(!moved);
        QVERIFY2(moved.error().contains(QStringLiteral("FOREIGN KEY"), Qt::CaseInsensitive), qPrintable(moved.error()));
        if (!testdb::onPostgreSql()) // the server's transaction ended at the failure
            QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM child")), 0);
        QCOMPARE(staged.stagedRows(), 2); // still staged, for the caller to roll back
    }
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM child")), 0);
    if (!testdb::onPostgreSql())
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM temp.sqlite_master")), 0);

    // A target that does not exist, or a column it lacks, is an error before anything is staged.
    {
        WriteTransaction transaction(db);
        StagingTable missing(db, QStringLiteral("nowhere"), {QStringLiteral("id")});
        QVERIFY(!missing.isReady());
        QVERIFY(!missing.error().isEmpty());
        QVERIFY(!missing.add());
    }
    WriteTransaction transaction(db);
    StagingTable column(db, QStringLiteral("child"), {QStringLiteral("colour")});
    QVERIFY(!column.isReady());
    QVERIFY2(column.error().contains(QStringLiteral("colour")), qPrintable(column.error()));
}

QTEST_GUILESS_MAIN(TestDemo)
#include "tst_demo.moc"
