// Full-text search: the FTS5 index (migration 5) kept in sync by triggers on incidents, timeline events and
// contributing factors (cascades included), ranking, prefixes, accents, hostile input, retros left out, the
// incident list's search filter, and a database migrated from version 4 getting its index filled. The _pg variant
// runs the same on a PostgreSQL server, whose index is generated tsvector columns (SearchIndex.cpp).
#include "common/TestData.h"
#include "common/TestDatabase.h"
#include "domain/Validation.h"
#include "storage/Migrations.h"

#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace candor;
using namespace candor::testdata;

namespace {

// Runs one statement with bound values on the store's connection; returns the last insert id (or 0).
qint64 exec(Database &database, const QString &statement, const QVariantList &values = {})
{
    QSqlQuery q(database.connection());
    if (!q.prepare(statement)) {
        qWarning("prepare failed: %s", qPrintable(q.lastError().text()));
        return -1;
    }
    for (const QVariant &value : values)
        q.addBindValue(value);
    if (!q.exec()) {
        qWarning("exec failed: %s", qPrintable(q.lastError().text()));
        return -1;
    }
    return q.lastInsertId().toLongLong();
}

// The texts the index holds: FTS5's rows; on the server the incidents and the events and factors of incidents'
// postmortems, whose generated columns are what a search reads.
int indexRows(Database &database)
{
    QSqlQuery q(database.connection());
    const QString statement =
        testdb::onPostgreSql()
            ? QStringLiteral(
                  "SELECT (SELECT count(*) FROM incident WHERE search IS NOT NULL)"
                  " + (SELECT count(*) FROM timeline_event e JOIN postmortem p ON p.id = e.postmortem_id"
                  " WHERE p.incident_id IS NOT NULL AND e.search IS NOT NULL)"
                  " + (SELECT count(*) FROM contributing_factor f JOIN postmortem p ON p.id = f.postmortem_id"
                  " WHERE p.incident_id IS NOT NULL AND f.search IS NOT NULL)")
            : QStringLiteral("SELECT count(*) FROM search_text");
    if (!q.exec(statement) || !q.next())
        return -1;
    return q.value(0).toInt();
}

// FTS5's own check that the index agrees with the stored text; on the server, that every generated column holds
// what its text gives now.
bool indexConsistent(Database &database)
{
    QSqlQuery q(database.connection());
    if (!testdb::onPostgreSql())
        return q.exec(QStringLiteral("INSERT INTO search_text(search_text) VALUES ('integrity-check')"));
    return q.exec(QStringLiteral(
               "SELECT (SELECT count(*) FROM incident WHERE search IS DISTINCT FROM"
               " setweight(to_tsvector('candor_search', title), 'A') || setweight(to_tsvector('candor_search',"
               " service), 'B') || setweight(to_tsvector('candor_search', summary), 'C'))"
               " + (SELECT count(*) FROM timeline_event WHERE search IS DISTINCT FROM"
               " setweight(to_tsvector('candor_search', text), 'D'))"
               " + (SELECT count(*) FROM contributing_factor WHERE search IS DISTINCT FROM"
               " setweight(to_tsvector('candor_search', text), 'D'))")) &&
           q.next() && q.value(0).toInt() == 0;
}

QList<qint64> foundIds(const IncidentRepository &incidents, const QString &text, qint64 teamId = 0)
{
    QList<qint64> ids;
    const Result<QList<IncidentSearchHit>> hits = incidents.search(text, teamId, 100);
    if (!hits) {
        qWarning("search failed: %s", qPrintable(hits.error()));
        return {-1};
    }
    for (const IncidentSearchHit &hit : *hits)
        ids.append(hit.row.id);
    return ids;
}

} // namespace

class TestSearch : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void cleanupTestCase() { testdb::dropAll(); }

    void expressionQuotesEveryWord_data();
    void expressionQuotesEveryWord();
    void incidentsStayInSync();
    void timelineAndFactorsStayInSync();
    void deletingASessionRemovesItsRows();
    void retroSessionsAreNotIndexed();
    void titleHitsRankFirst();
    void snippetsMarkWordsAndCuts();
    void wordsInSeveralFieldsCountForTheFirst();
    void commonWordsOrderByPlaceThenNewest();
    void wordsArePrefixesAndAllRequired();
    void accentsAndCaseAreIgnored();
    void hostileInputNeverFails_data();
    void hostileInputNeverFails();
    void searchTextOverTheLimitIsRefused();
    void searchKeepsToATeam();
    void listFilterAgreesWithMatches();
    void migrationFromVersion4FillsTheIndex();

private:
    qint64 addPostmortem(qint64 incidentId, qint64 teamId);
    qint64 addEvent(qint64 postmortemId, const QString &text);
    qint64 addFactor(qint64 postmortemId, const QString &text);

    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    qint64 m_team = 0;
    qint64 m_otherTeam = 0;
};

void TestSearch::init()
{
    QVERIFY(m_dir.isValid());
    QFile::remove(m_dir.filePath(QStringLiteral("search.sqlite")));
    CANDOR_TEST_LOCATION(location, m_dir, QStringLiteral("search"));
    m_store = std::make_unique<Store>(location);
    QVERIFY2(m_store->status.ok(), qPrintable(m_store->status.error()));
    m_team = m_store->teams.insertTeam(makeTeam(QStringLiteral("Payments"))).value();
    m_otherTeam = m_store->teams.insertTeam(makeTeam(QStringLiteral("Search"))).value();
}

void TestSearch::cleanup()
{
    m_store.reset();
}

qint64 TestSearch::addPostmortem(qint64 incidentId, qint64 teamId)
{
    return exec(m_store->database,
                QStringLiteral("INSERT INTO postmortem (kind, incident_id, team_id, created_at) VALUES (?, ?, ?, 0)"),
                {incidentId > 0 ? 0 : 1,
                 incidentId > 0 ? QVariant(incidentId) : QVariant(QMetaType(QMetaType::LongLong)), teamId});
}

qint64 TestSearch::addEvent(qint64 postmortemId, const QString &text)
{
    return exec(m_store->database,
                QStringLiteral("INSERT INTO timeline_event (postmortem_id, at, kind, text) VALUES (?, 0, 0, ?)"),
                {postmortemId, text});
}

qint64 TestSearch::addFactor(qint64 postmortemId, const QString &text)
{
    return exec(m_store->database,
                QStringLiteral("INSERT INTO contributing_factor (postmortem_id, category, text) VALUES (?, 0, ?)"),
                {postmortemId, text});
}

void TestSearch::expressionQuotesEveryWord_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("expression");

    QTest::newRow("empty: no search") << QString() << QString();
    QTest::newRow("spaces only: no search") << QStringLiteral("  \t ") << QString();
    QTest::newRow("one word") << QStringLiteral("latency") << QStringLiteral("\"latency\"*");
    QTest::newRow("words joined by AND") << QStringLiteral(" disk   full ")
                                         << QStringLiteral("\"disk\"* AND \"full\"*");
    QTest::newRow("quote doubled") << QStringLiteral("it\"s") << QStringLiteral("\"it\"\"s\"*");
    QTest::newRow("operators are words") << QStringLiteral("NEAR OR") << QStringLiteral("\"NEAR\"* AND \"OR\"*");
    QTest::newRow("punctuation-only words left out") << QStringLiteral("db - *") << QStringLiteral("\"db\"*");
    QTest::newRow("nothing searchable matches nothing") << QStringLiteral("😀 - \"") << QStringLiteral("\"\"");
}

void TestSearch::expressionQuotesEveryWord()
{
    QFETCH(QString, typed);
    QFETCH(QString, expression);
    QCOMPARE(IncidentRepository::searchExpression(typed), expression);
}

void TestSearch::incidentsStayInSync()
{
    IncidentRepository &incidents = m_store->incidents;
    Incident incident = makeIncident(m_team, QStringLiteral("Checkout latency spike"));
    incident.service = QStringLiteral("payments-gateway");
    incident.summary = QStringLiteral("A cache stampede after a deploy.");
    const qint64 id = incidents.insert(incident).value();
    incident.id = id;

    QCOMPARE(foundIds(incidents, QStringLiteral("latency")), QList<qint64>{id});
    QCOMPARE(foundIds(incidents, QStringLiteral("gateway")), QList<qint64>{id});
    QCOMPARE(foundIds(incidents, QStringLiteral("stampede")), QList<qint64>{id});
    QCOMPARE(incidents.search(QStringLiteral("gateway"), 0, 10).value().first().place, SearchPlace::Service);
    QCOMPARE(incidents.search(QStringLiteral("stampede"), 0, 10).value().first().place, SearchPlace::Summary);

    // An edit of the searched texts replaces the old words; an edit of anything else leaves the index alone.
    incident.title = QStringLiteral("Checkout timeouts");
    incident.summary = QStringLiteral("A thundering herd.");
    QVERIFY(incidents.update(incident).ok());
    QCOMPARE(foundIds(incidents, QStringLiteral("latency")), QList<qint64>());
    QCOMPARE(foundIds(incidents, QStringLiteral("stampede")), QList<qint64>());
    QCOMPARE(foundIds(incidents, QStringLiteral("timeouts")), QList<qint64>{id});
    QCOMPARE(foundIds(incidents, QStringLiteral("herd")), QList<qint64>{id});
    incident.severity = Severity::Sev1;
    QVERIFY(incidents.update(incident).ok());
    QCOMPARE(foundIds(incidents, QStringLiteral("timeouts")), QList<qint64>{id});

    QVERIFY(incidents.remove(id).ok());
    QCOMPARE(foundIds(incidents, QStringLiteral("timeouts")), QList<qint64>());
    QCOMPARE(indexRows(m_store->database), 0);
    QVERIFY(indexConsistent(m_store->database));
}

void TestSearch::timelineAndFactorsStayInSync()
{
    IncidentRepository &incidents = m_store->incidents;
    const qint64 id = incidents.insert(makeIncident(m_team, QStringLiteral("Card payments failing"))).value();
    const qint64 session = addPostmortem(id, m_team);
    QVERIFY(session > 0);
    const qint64 event = addEvent(session, QStringLiteral("Pager fired for the saturated connection pool"));
    const qint64 factor = addFactor(session, QStringLiteral("Retries without backoff amplified the load"));
    QVERIFY(event > 0 && factor > 0);

    Result<QList<IncidentSearchHit>> hits = incidents.search(QStringLiteral("saturated"), 0, 10);
    QVERIFY(hits.ok());
    QCOMPARE(hits->size(), 1);
    QCOMPARE(hits->first().row.id, id);
    QCOMPARE(hits->first().place, SearchPlace::Timeline);
    QVERIFY2(hits->first().snippet.contains(QStringLiteral("[saturated]")), qPrintable(hits->first().snippet));
    hits = incidents.search(QStringLiteral("backoff"), 0, 10, QStringLiteral("<b>"), QStringLiteral("</b>"));
    QVERIFY(hits.ok());
    QCOMPARE(hits->size(), 1);
    QCOMPARE(hits->first().place, SearchPlace::Factor);
    QVERIFY2(hits->first().snippet.contains(QStringLiteral("<b>backoff</b>")), qPrintable(hits->first().snippet));

    QVERIFY(exec(m_store->database, QStringLiteral("UPDATE timeline_event SET text = ? WHERE id = ?"),
                 {QStringLiteral("Pager fired for the exhausted pool"), event}) >= 0);
    QCOMPARE(foundIds(incidents, QStringLiteral("saturated")), QList<qint64>());
    QCOMPARE(foundIds(incidents, QStringLiteral("exhausted")), QList<qint64>{id});
    QVERIFY(exec(m_store->database, QStringLiteral("UPDATE contributing_factor SET text = ? WHERE id = ?"),
                 {QStringLiteral("No jitter on retries"), factor}) >= 0);
    QCOMPARE(foundIds(incidents, QStringLiteral("backoff")), QList<qint64>());
    QCOMPARE(foundIds(incidents, QStringLiteral("jitter")), QList<qint64>{id});

    QVERIFY(exec(m_store->database, QStringLiteral("DELETE FROM timeline_event WHERE id = ?"), {event}) >= 0);
    QVERIFY(exec(m_store->database, QStringLiteral("DELETE FROM contributing_factor WHERE id = ?"), {factor}) >= 0);
    QCOMPARE(foundIds(incidents, QStringLiteral("exhausted")), QList<qint64>());
    QCOMPARE(foundIds(incidents, QStringLiteral("jitter")), QList<qint64>());
    QCOMPARE(indexRows(m_store->database), 1); // the incident's own row
    QVERIFY(indexConsistent(m_store->database));
}

void TestSearch::deletingASessionRemovesItsRows()
{
    IncidentRepository &incidents = m_store->incidents;
    const qint64 first = incidents.insert(makeIncident(m_team, QStringLiteral("Queue backlog"))).value();
    const qint64 second = incidents.insert(makeIncident(m_team, QStringLiteral("Queue stalled"))).value();
    const qint64 firstSession = addPostmortem(first, m_team);
    const qint64 secondSession = addPostmortem(second, m_team);
    for (int n = 0; n < 3; ++n) {
        QVERIFY(addEvent(firstSession, QStringLiteral("Consumer lag grew %1").arg(n)) > 0);
        QVERIFY(addEvent(secondSession, QStringLiteral("Consumer lag grew %1").arg(n)) > 0);
    }
    QVERIFY(addFactor(firstSession, QStringLiteral("Consumer autoscaling capped")) > 0);
    QCOMPARE(indexRows(m_store->database), 2 + 6 + 1);
    QCOMPARE(foundIds(incidents, QStringLiteral("consumer")).size(), 2);

    // The cascade removes the events and factors; the other session's rows stay.
    QVERIFY(exec(m_store->database, QStringLiteral("DELETE FROM postmortem WHERE id = ?"), {firstSession}) >= 0);
    QSqlQuery left(m_store->database.connection());
    QVERIFY(
        left.exec(QStringLiteral("SELECT count(*) FROM timeline_event WHERE postmortem_id = %1").arg(firstSession)));
    QVERIFY(left.next());
    QCOMPARE(left.value(0).toInt(), 0);
    left.finish();
    QCOMPARE(foundIds(incidents, QStringLiteral("consumer")), QList<qint64>{second});
    QCOMPARE(foundIds(incidents, QStringLiteral("autoscaling")), QList<qint64>());
    QCOMPARE(indexRows(m_store->database), 2 + 3);
    QVERIFY(indexConsistent(m_store->database));

    // A session moved to another incident takes its rows along.
    QVERIFY(exec(m_store->database, QStringLiteral("UPDATE postmortem SET incident_id = ? WHERE id = ?"),
                 {first, secondSession}) >= 0);
    QCOMPARE(foundIds(incidents, QStringLiteral("consumer")), QList<qint64>{first});
    QCOMPARE(indexRows(m_store->database), 2 + 3);
    QVERIFY(indexConsistent(m_store->database));
}

void TestSearch::retroSessionsAreNotIndexed()
{
    IncidentRepository &incidents = m_store->incidents;
    incidents.insert(makeIncident(m_team, QStringLiteral("Unrelated outage"))).value();
    const qint64 retro = addPostmortem(0, m_team);
    QVERIFY(retro > 0);
    QVERIFY(addEvent(retro, QStringLiteral("Quarterly planning slipped")) > 0);
    QVERIFY(addFactor(retro, QStringLiteral("Planning overload")) > 0);
    QCOMPARE(indexRows(m_store->database), 1);
    QCOMPARE(foundIds(incidents, QStringLiteral("planning")), QList<qint64>());
    QVERIFY(exec(m_store->database, QStringLiteral("DELETE FROM postmortem WHERE id = ?"), {retro}) >= 0);
    QCOMPARE(indexRows(m_store->database), 1);
    QVERIFY(indexConsistent(m_store->database));
}

void TestSearch::titleHitsRankFirst()
{
    IncidentRepository &incidents = m_store->incidents;
    Incident inSummary = makeIncident(m_team, QStringLiteral("Slow checkout"));
    inSummary.summary = QStringLiteral("Replication lag on the primary database made reads stale.");
    const qint64 summaryId = incidents.insert(inSummary).value();
    const qint64 timelineId = incidents.insert(makeIncident(m_team, QStringLiteral("Stale reads"))).value();
    QVERIFY(addEvent(addPostmortem(timelineId, m_team), QStringLiteral("Replication paused by the operator")) > 0);
    const qint64 titleId = incidents.insert(makeIncident(m_team, QStringLiteral("Replication broke"))).value();

    const Result<QList<IncidentSearchHit>> hits = incidents.search(QStringLiteral("replication"), 0, 10);
    QVERIFY(hits.ok());
    QCOMPARE(hits->size(), 3);
    QCOMPARE(hits->at(0).row.id, titleId);
    QCOMPARE(hits->at(0).place, SearchPlace::Title);
    QCOMPARE(hits->at(0).row.title, QStringLiteral("Replication broke"));
    QCOMPARE(hits->at(0).row.teamName, QStringLiteral("Payments"));
    QCOMPARE((QSet<qint64>{hits->at(1).row.id, hits->at(2).row.id}), (QSet<qint64>{summaryId, timelineId}));

    // The limit counts incidents, not matches.
    QCOMPARE(incidents.search(QStringLiteral("replication"), 0, 1).value().size(), 1);
    QCOMPARE(incidents.search(QStringLiteral("replication"), 0, 1).value().first().row.id, titleId);
}

void TestSearch::snippetsMarkWordsAndCuts()
{
    IncidentRepository &incidents = m_store->incidents;
    incidents.insert(makeIncident(m_team, QStringLiteral("Replication broke"))).value();
    Incident longer = makeIncident(m_team, QStringLiteral("Slow checkout"));
    longer.summary = QStringLiteral("One two three four five six seven eight nine ten eleven twelve thirteen"
                                    " fourteen fifteen sixteen seventeen eighteen nineteen twenty kafka twenty-one"
                                    " twenty-two twenty-three twenty-four twenty-five twenty-six twenty-seven"
                                    " twenty-eight twenty-nine thirty thirty-one thirty-two thirty-three.");
    incidents.insert(longer).value();

    // A short text whole, with the word between the caller's marks; a long one cut around the word, "…" at each cut.
    Result<QList<IncidentSearchHit>> hits =
        incidents.search(QStringLiteral("REPLIC"), 0, 10, QStringLiteral("<b>"), QStringLiteral("</b>"));
    QVERIFY2(hits.ok(), qPrintable(hits.error()));
    QCOMPARE(hits->size(), 1);
    QCOMPARE(hits->first().snippet, QStringLiteral("<b>Replication</b> broke"));
    hits = incidents.search(QStringLiteral("kafka"), 0, 10);
    QVERIFY2(hits.ok(), qPrintable(hits.error()));
    QCOMPARE(hits->size(), 1);
    QCOMPARE(hits->first().place, SearchPlace::Summary);
    const QString snippet = hits->first().snippet;
    QVERIFY2(snippet.contains(QStringLiteral("[kafka]")), qPrintable(snippet));
    QVERIFY2(snippet.startsWith(QStringLiteral("…")) && snippet.endsWith(QStringLiteral("…")), qPrintable(snippet));
    QVERIFY2(!snippet.contains(QStringLiteral("One two")) && !snippet.contains(QStringLiteral("thirty-three")),
             qPrintable(snippet));
}

void TestSearch::wordsInSeveralFieldsCountForTheFirst()
{
    // All words are required in one text (an incident's own fields together); the place is the first field holding
    // any of them, even when only another field holds them all.
    IncidentRepository &incidents = m_store->incidents;
    Incident incident = makeIncident(m_team, QStringLiteral("Late deploy"));
    incident.service = QStringLiteral("payments-gateway");
    incident.summary = QStringLiteral("The café kiosk closed late.");
    const qint64 id = incidents.insert(incident).value();
    incident.id = id;

    const Result<QList<IncidentSearchHit>> hits = incidents.search(QStringLiteral("cafe late"), 0, 10);
    QVERIFY2(hits.ok(), qPrintable(hits.error()));
    QCOMPARE(hits->size(), 1);
    QCOMPARE(hits->first().place, SearchPlace::Title);
    QCOMPARE(incidents.search(QStringLiteral("gateway kiosk"), 0, 10).value().first().place, SearchPlace::Service);
    QCOMPARE(foundIds(incidents, QStringLiteral("payments-gateway")), QList<qint64>{id});
    QCOMPARE(foundIds(incidents, QStringLiteral("deploy gateway")), QList<qint64>{id});

    IncidentFilter filter;
    filter.text = QStringLiteral("kiosk payments-gateway");
    QCOMPARE(incidents.count(filter), 1);
    QVERIFY(incidents.matches(filter, incident));
    filter.text = QStringLiteral("kiosk storage");
    QCOMPARE(incidents.count(filter), 0);
    QVERIFY(!incidents.matches(filter, incident));
}

void TestSearch::commonWordsOrderByPlaceThenNewest()
{
    // Past 5,000 matching texts the search orders by place (title first), newest first, without bm25.
    IncidentRepository &incidents = m_store->incidents;
    const qint64 titled = incidents.insert(makeIncident(m_team, QStringLiteral("Widget outage"))).value();
    QVERIFY(exec(m_store->database,
                 QStringLiteral("WITH RECURSIVE n(k) AS (SELECT 1 UNION ALL SELECT k + 1 FROM n WHERE k < 5200)"
                                " INSERT INTO incident (team_id, title, severity, status, started_at, summary)"
                                " SELECT CAST(? AS BIGINT), 'Noise ' || k, 3, 2, k, 'The widget cache ' || k FROM n"),
                 {m_team}) >= 0);
    const qint64 newest = incidents.insert(makeIncident(m_team, QStringLiteral("Quiet evening"))).value() - 1;

    const Result<QList<IncidentSearchHit>> hits = incidents.search(QStringLiteral("widget"), 0, 3);
    QVERIFY2(hits.ok(), qPrintable(hits.error()));
    QCOMPARE(hits->size(), 3);
    QCOMPARE(hits->at(0).row.id, titled);
    QCOMPARE(hits->at(0).place, SearchPlace::Title);
    QCOMPARE(hits->at(1).row.id, newest);
    QCOMPARE(hits->at(1).place, SearchPlace::Summary);
    QCOMPARE(hits->at(2).row.id, newest - 1);
    QVERIFY2(hits->at(1).snippet.contains(QStringLiteral("[widget]")), qPrintable(hits->at(1).snippet));
    IncidentFilter filter;
    filter.text = QStringLiteral("widget");
    QCOMPARE(incidents.count(filter), 5201);
}

void TestSearch::wordsArePrefixesAndAllRequired()
{
    IncidentRepository &incidents = m_store->incidents;
    const qint64 latency = incidents.insert(makeIncident(m_team, QStringLiteral("Latency on the db tier"))).value();
    const qint64 disk = incidents.insert(makeIncident(m_team, QStringLiteral("Disk full on db hosts"))).value();

    QCOMPARE(foundIds(incidents, QStringLiteral("lat")), QList<qint64>{latency});
    QCOMPARE(foundIds(incidents, QStringLiteral("l")), QList<qint64>{latency});
    QCOMPARE(foundIds(incidents, QStringLiteral("db")).size(), 2);
    QCOMPARE(foundIds(incidents, QStringLiteral("db ful")), QList<qint64>{disk});
    QCOMPARE(foundIds(incidents, QStringLiteral("atency")), QList<qint64>()); // starts of words only
    QCOMPARE(foundIds(incidents, QStringLiteral("disk latency")), QList<qint64>());
}

void TestSearch::accentsAndCaseAreIgnored()
{
    IncidentRepository &incidents = m_store->incidents;
    const qint64 cafe = incidents.insert(makeIncident(m_team, QStringLiteral("Café kiosk résumé lost"))).value();
    const qint64 plain = incidents.insert(makeIncident(m_team, QStringLiteral("cafe REGISTER down"))).value();

    QCOMPARE(foundIds(incidents, QStringLiteral("cafe")).size(), 2);
    QCOMPARE(foundIds(incidents, QStringLiteral("CAFÉ")).size(), 2);
    QCOMPARE(foundIds(incidents, QStringLiteral("resume")), QList<qint64>{cafe});
    QCOMPARE(foundIds(incidents, QStringLiteral("register")), QList<qint64>{plain});
}

void TestSearch::hostileInputNeverFails_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<int>("expected");

    QTest::newRow("lone quote") << QStringLiteral("\"") << 0;
    QTest::newRow("unbalanced quotes") << QStringLiteral("\"disk full") << 1;
    QTest::newRow("NEAR") << QStringLiteral("NEAR(disk full)") << 0;
    QTest::newRow("minus") << QStringLiteral("-disk") << 1;
    QTest::newRow("star") << QStringLiteral("*") << 0;
    QTest::newRow("star inside") << QStringLiteral("di*k") << 0;
    QTest::newRow("column filter") << QStringLiteral("title:disk") << 0;
    QTest::newRow("braces and carets") << QStringLiteral("{title} ^disk") << 0;
    QTest::newRow("AND OR NOT") << QStringLiteral("disk AND OR NOT") << 0;
    QTest::newRow("emoji") << QStringLiteral("😀") << 0;
    QTest::newRow("emoji beside a word") << QStringLiteral("disk 🔥") << 1;
    QTest::newRow("right-to-left") << QStringLiteral("שלום עולם") << 1;
    QTest::newRow("parentheses") << QStringLiteral("(disk") << 1;
    QTest::newRow("SQL") << QStringLiteral("'; DROP TABLE incident; --") << 0;
}

void TestSearch::hostileInputNeverFails()
{
    QFETCH(QString, typed);
    QFETCH(int, expected);
    IncidentRepository &incidents = m_store->incidents;
    incidents.insert(makeIncident(m_team, QStringLiteral("Disk full on db hosts"))).value();
    incidents.insert(makeIncident(m_team, QStringLiteral("שלום עולם outage"))).value();

    const Result<QList<IncidentSearchHit>> hits = incidents.search(typed, 0, 10);
    QVERIFY2(hits.ok(), qPrintable(hits.error()));
    QCOMPARE(int(hits->size()), expected);
    IncidentFilter filter;
    filter.text = typed;
    QCOMPARE(incidents.count(filter), expected);
    QCOMPARE(int(incidents.rows(filter, IncidentOrder(), std::nullopt, 0, 10).size()), expected);
    QCOMPARE(indexRows(m_store->database), 2);
}

void TestSearch::searchTextOverTheLimitIsRefused()
{
    IncidentRepository &incidents = m_store->incidents;
    incidents.insert(makeIncident(m_team, QStringLiteral("Disk full on db hosts"))).value();
    const QString atLimit = QStringLiteral("disk ").repeated(Limits::SearchLength / 5);
    QCOMPARE(atLimit.size(), Limits::SearchLength);
    const Result<QList<IncidentSearchHit>> hits = incidents.search(atLimit, 0, 10);
    QVERIFY2(hits.ok(), qPrintable(hits.error()));
    QCOMPARE(hits->size(), 1);

    const Result<QList<IncidentSearchHit>> refused = incidents.search(atLimit + QLatin1Char('d'), 0, 10);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error(), IncidentRepository::tooLongSearch(atLimit + QLatin1Char('d')));
    QVERIFY2(refused.error().contains(QLocale().toString(Limits::SearchLength + 1)), qPrintable(refused.error()));
}

void TestSearch::searchKeepsToATeam()
{
    IncidentRepository &incidents = m_store->incidents;
    const qint64 sub = m_store->teams.insertTeam(makeTeam(QStringLiteral("Card issuing"), m_team)).value();
    const qint64 own = incidents.insert(makeIncident(m_team, QStringLiteral("Token expiry"))).value();
    const qint64 child = incidents.insert(makeIncident(sub, QStringLiteral("Token refresh loop"))).value();
    incidents.insert(makeIncident(m_otherTeam, QStringLiteral("Token leak"))).value();

    QCOMPARE(foundIds(incidents, QStringLiteral("token")).size(), 3);
    const QList<qint64> inTeam = foundIds(incidents, QStringLiteral("token"), m_team);
    QCOMPARE(QSet<qint64>(inTeam.begin(), inTeam.end()), (QSet<qint64>{own, child}));
    QCOMPARE(foundIds(incidents, QStringLiteral("token"), sub), QList<qint64>{child});
}

void TestSearch::listFilterAgreesWithMatches()
{
    IncidentRepository &incidents = m_store->incidents;
    QList<qint64> ids;
    for (int n = 0; n < 30; ++n) {
        Incident incident =
            makeIncident(n % 2 ? m_team : m_otherTeam,
                         n % 3 ? QStringLiteral("Latency %1").arg(n) : QStringLiteral("Outage %1").arg(n), n);
        ids.append(incidents.insert(incident).value());
    }
    // One incident matches only through its postmortem's timeline.
    QVERIFY(addEvent(addPostmortem(ids[0], m_otherTeam), QStringLiteral("Latency alarms stayed quiet")) > 0);

    IncidentFilter filter;
    filter.text = QStringLiteral("laten");
    QCOMPARE(incidents.count(filter), 20 + 1);
    const QList<IncidentRow> rows =
        incidents.rows(filter, IncidentOrder{IncidentSortKey::Started, false}, std::nullopt, 0, 100);
    QCOMPARE(rows.size(), 21);
    for (int n = 1; n < rows.size(); ++n)
        QVERIFY(rows[n - 1].started <= rows[n].started); // the list's order, not the rank
    filter.teamId = m_team;
    QCOMPARE(incidents.count(filter), 10);

    // matches() judges the values it is given (before and after an edit), not what is stored now.
    filter.teamId = 0;
    Incident incident = incidents.incident(ids[1]).value();
    QVERIFY(incidents.matches(filter, incident));
    const Incident before = incident;
    incident.title = QStringLiteral("Outage again");
    incident.summary = QStringLiteral("Nothing else to say.");
    QVERIFY(incidents.update(incident).ok());
    QVERIFY(incidents.matches(filter, before));
    QVERIFY(!incidents.matches(filter, incident));
    QVERIFY(incidents.matches(filter, incidents.incident(ids[0]).value())); // through its timeline
    QCOMPARE(incidents.count(filter), 20);
    QCOMPARE(
        incidents.position(filter, IncidentOrder{IncidentSortKey::Started, false}, incidents.incident(ids[2]).value()),
        1);
}

void TestSearch::migrationFromVersion4FillsTheIndex()
{
    CANDOR_TEST_LOCATION(path, m_dir, QStringLiteral("v4"));
    {
        Database db;
        Database::Options options;
        options.migrate = false;
        QVERIFY(db.open(path, options).ok());
        QVERIFY(Migrations::migrate(db.connection(), 4).ok());
        QCOMPARE(db.schemaVersion(), 4);
        exec(db, QStringLiteral("INSERT INTO team (id, name) VALUES (1, 'Storage')"));
        exec(db, QStringLiteral("INSERT INTO incident (id, team_id, title, severity, status, started_at, summary)"
                                " VALUES (7, 1, 'Bucket quota exceeded', 2, 2, 0, 'Uploads rejected')"));
        exec(db, QStringLiteral("INSERT INTO incident (id, team_id, title, severity, status, started_at)"
                                " VALUES (8, 1, 'Slow listing', 3, 2, 0)"));
        exec(db, QStringLiteral("INSERT INTO postmortem (id, kind, incident_id, team_id, created_at)"
                                " VALUES (1, 0, 8, 1, 0)"));
        exec(db, QStringLiteral("INSERT INTO postmortem (id, kind, team_id, created_at) VALUES (2, 1, 1, 0)"));
        exec(db, QStringLiteral("INSERT INTO timeline_event (postmortem_id, at, kind, text)"
                                " VALUES (1, 0, 0, 'Paginated listing timed out')"));
        exec(db, QStringLiteral("INSERT INTO contributing_factor (postmortem_id, category, text)"
                                " VALUES (1, 2, 'Unbounded prefix scans')"));
        exec(db, QStringLiteral("INSERT INTO timeline_event (postmortem_id, at, kind, text)"
                                " VALUES (2, 0, 0, 'Retro about unbounded scans')"));
    }
    m_store.reset();
    m_store = std::make_unique<Store>(path);
    QVERIFY2(m_store->status.ok(), qPrintable(m_store->status.error()));
    QCOMPARE(m_store->database.schemaVersion(), Database::latestSchemaVersion());
    QCOMPARE(indexRows(m_store->database), 2 + 1 + 1); // the retro's event is left out
    QCOMPARE(foundIds(m_store->incidents, QStringLiteral("quota")), QList<qint64>{7});
    QCOMPARE(foundIds(m_store->incidents, QStringLiteral("uploads")), QList<qint64>{7});
    QCOMPARE(foundIds(m_store->incidents, QStringLiteral("paginated")), QList<qint64>{8});
    QCOMPARE(foundIds(m_store->incidents, QStringLiteral("unbounded")), QList<qint64>{8});
    QVERIFY(indexConsistent(m_store->database));
}

QTEST_GUILESS_MAIN(TestSearch)
#include "tst_search.moc"
