// SurveyRepository against real temporary SQLite files: instruments and their versions, waves and what they freeze,
// anonymous responses and comments (what the schema keeps, and what it does not), moments aggregated in SQL and
// checked by hand, removal, the demo's survey history and the migration from schema version 3.
#include "common/TestData.h"
#include "common/TestDatabase.h"
#include "storage/DemoOrganisation.h"
#include "storage/Migrations.h"
#include "storage/SurveyRepository.h"
#include "survey/Instruments.h"
#include "survey/SurveyFigures.h"

#include <QSet>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <map>
#include <memory>
#include <set>

using namespace candor;
using namespace candor::testdata;

namespace {

// The test data's store plus the survey repository.
struct SurveyStore : Store
{
    using Store::Store;
    SurveyRepository surveys{database};
};

SurveyWave makeWave(qint64 teamId, const QDate &opens = QDate(2026, 1, 10))
{
    SurveyWave wave;
    wave.teamId = teamId;
    wave.opens = opens;
    wave.closes = opens.addDays(13);
    wave.invited = 8;
    return wave;
}

SurveyAnswers answersOf(const std::vector<int> &values, const QString &comment = {})
{
    SurveyAnswers answers;
    answers.values = values;
    answers.comment = comment;
    return answers;
}

Instrument makeCustom(const QString &name, const QStringList &texts, int scalePoints = 5)
{
    Instrument instrument;
    instrument.name = name;
    instrument.scalePoints = scalePoints;
    for (const QString &text : texts)
        instrument.items.push_back(SurveyItem{QString(), text, false});
    return instrument;
}

// Runs one statement on the store's connection and returns the first column of the first row.
QVariant scalar(const Database &database, const QString &statement, const QVariantList &values = {})
{
    QSqlQuery q(database.connection());
    q.prepare(statement);
    for (const QVariant &value : values)
        q.addBindValue(value);
    if (!q.exec() || !q.next())
        return {};
    return q.value(0);
}

QStringList columnsOf(const Database &database, const QString &table)
{
    QStringList columns;
    QSqlQuery q(database.connection());
    if (testdb::onPostgreSql()) {
        q.prepare(
            QStringLiteral("SELECT column_name FROM information_schema.columns"
                           " WHERE table_schema = current_schema() AND table_name = ? ORDER BY ordinal_position"));
        q.addBindValue(table);
        if (q.exec()) {
            while (q.next())
                columns.append(q.value(0).toString());
        }
        return columns;
    }
    // PRAGMA arguments cannot be bound; the table names are this test's own constants.
    if (q.exec(QStringLiteral("PRAGMA table_info(%1)").arg(table))) {
        while (q.next())
            columns.append(q.value(1).toString());
    }
    return columns;
}

QList<qint64> int64Column(const Database &database, const QString &statement, const QVariantList &values = {})
{
    QList<qint64> result;
    QSqlQuery q(database.connection());
    q.prepare(statement);
    for (const QVariant &value : values)
        q.addBindValue(value);
    if (q.exec()) {
        while (q.next())
            result.append(q.value(0).toLongLong());
    }
    return result;
}

int count(const Database &database, const QString &table)
{
    return scalar(database, QStringLiteral("SELECT count(*) FROM %1").arg(table)).toInt();
}

// Waves whose running totals differ from their responses (0 when every total is right, -1 when the check fails).
// Written for both backends: COALESCE(sum(x), 0) for SQLite's total(), IS DISTINCT FROM for SQLite's IS NOT.
int wavesWithWrongTotals(const Database &database)
{
    const QVariant waves = scalar(
        database, QStringLiteral("SELECT count(*) FROM survey_wave w JOIN (SELECT w2.id AS id, count(r.id) AS n,"
                                 " COALESCE(sum(r.score), 0) AS s, COALESCE(sum(r.score * r.score), 0) AS q,"
                                 " COALESCE(sum(r.unfavourable), 0) AS u, COALESCE(sum(r.neutral), 0) AS m,"
                                 " COALESCE(sum(r.favourable), 0) AS f FROM survey_wave w2"
                                 " LEFT JOIN survey_response r ON r.wave_id = w2.id GROUP BY w2.id) a ON a.id = w.id"
                                 " WHERE w.respondents <> a.n OR abs(w.score_sum - a.s) > 1e-9"
                                 " OR abs(w.score_squares - a.q) > 1e-9 OR w.unfavourable <> a.u"
                                 " OR w.neutral <> a.m OR w.favourable <> a.f"));
    // ... and per item, against the reverse-scored answers (both ways round).
    const QVariant items = scalar(
        database, QStringLiteral("SELECT count(*) FROM (SELECT r.wave_id AS wave_id, a.position AS position,"
                                 " sum(CASE WHEN it.reversed = 1 THEN i.scale_points + 1 - a.value ELSE a.value END)"
                                 " AS scored FROM survey_answer a JOIN survey_response r ON r.id = a.response_id"
                                 " JOIN survey_wave w ON w.id = r.wave_id"
                                 " JOIN survey_instrument i ON i.id = w.instrument_id"
                                 " JOIN survey_item it ON it.instrument_id = i.id AND it.position = a.position"
                                 " GROUP BY r.wave_id, a.position) x FULL OUTER JOIN survey_wave_item s"
                                 " ON s.wave_id = x.wave_id AND s.position = x.position"
                                 " WHERE s.scored_sum IS DISTINCT FROM x.scored"));
    return waves.isValid() && items.isValid() ? waves.toInt() + items.toInt() : -1;
}

} // namespace

class TestSurveyRepository : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void builtInsStoredOnFirstUse();
    void customInstrumentVersions();
    void customInstrumentRefused_data();
    void customInstrumentRefused();
    void createWaveRefused_data();
    void createWaveRefused();
    void waveFreezesKAndCommentK();
    void responsesKeepNoTimeAndNoPerson();
    void commentsApartAndShuffled();
    void commentsNotInTheAnswersTransaction();
    void importIsAllOrNothing();
    void waveMomentsByHand();
    void removeWaveCascades();
    void teamWithWavesIsKept();
    void demoOrganisationSurveys_data();
    void demoOrganisationSurveys();
    void migrationFromVersion3();
    void cleanupTestCase();

private:
    // A file in m_dir; a new database on the test cluster in tst_surveyrepository_pg.
    QString newPath() { return testdb::location(m_dir, QStringLiteral("db-%1").arg(++m_files)); }
    qint64 addTeam(const QString &name, qint64 parentId = 0);

    QTemporaryDir m_dir;
    int m_files = 0;
    std::unique_ptr<SurveyStore> m_store;
};

void TestSurveyRepository::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(m_dir.isValid(), qPrintable(m_dir.errorString()));
}

void TestSurveyRepository::init()
{
    m_store = std::make_unique<SurveyStore>(newPath());
    QVERIFY2(m_store->status.ok(), qPrintable(m_store->status.error()));
}

void TestSurveyRepository::cleanup()
{
    m_store.reset();
}

void TestSurveyRepository::cleanupTestCase()
{
    testdb::dropAll();
}

qint64 TestSurveyRepository::addTeam(const QString &name, qint64 parentId)
{
    const Result<qint64> id = m_store->teams.insertTeam(makeTeam(name, parentId));
    return id ? *id : 0;
}

void TestSurveyRepository::builtInsStoredOnFirstUse()
{
    const Database &db = m_store->database;
    QCOMPARE(count(db, QStringLiteral("survey_instrument")), 0); // opening stores nothing

    const QList<Instrument> instruments = m_store->surveys.instruments();
    QCOMPARE(instruments.size(), 3);
    QCOMPARE(instruments[0].key, QStringLiteral("psych-safety"));
    QCOMPARE(instruments[1].key, QStringLiteral("westrum"));
    QCOMPARE(instruments[2].key, QStringLiteral("health-check"));
    for (const Instrument &instrument : instruments) {
        QVERIFY(instrument.id > 0);
        QCOMPARE(instrument.version, 1);
        QVERIFY(instrument.builtIn);
        const std::optional<Instrument> source = Instruments::builtInByKey(instrument.key);
        QVERIFY(source);
        QCOMPARE(instrument.name, source->name); // the English source, translated only for display
        QCOMPARE(instrument.scalePoints, source->scalePoints);
        QCOMPARE(instrument.hasTrend, source->hasTrend);
        QCOMPARE(instrument.itemCount(), source->itemCount());
        for (int i = 0; i < instrument.itemCount(); ++i) {
            QCOMPARE(instrument.items[size_t(i)].text, source->items[size_t(i)].text);
            QCOMPARE(instrument.items[size_t(i)].construct, source->items[size_t(i)].construct);
            QCOMPARE(instrument.items[size_t(i)].reversed, source->items[size_t(i)].reversed);
        }
    }
    // PRODUCT.md: 7 items on 7 points, items 1, 3 and 5 reversed; Westrum 6 on 7; the health check 10 on 3 with a
    // trend.
    const Instrument &safety = instruments[0];
    QCOMPARE(safety.scalePoints, 7);
    std::vector<bool> reversed;
    for (const SurveyItem &item : safety.items)
        reversed.push_back(item.reversed);
    QCOMPARE(reversed, (std::vector<bool>{true, false, true, false, true, false, false}));
    QCOMPARE(instruments[1].itemCount(), 6);
    QCOMPARE(instruments[1].scalePoints, 7);
    QVERIFY(!instruments[1].hasTrend);
    QCOMPARE(instruments[2].itemCount(), 10);
    QCOMPARE(instruments[2].scalePoints, 3);
    QVERIFY(instruments[2].hasTrend);

    // Stored once: asking again adds nothing, and every way in finds the same rows.
    QCOMPARE(count(db, QStringLiteral("survey_instrument")), 3);
    QCOMPARE(count(db, QStringLiteral("survey_item")), 7 + 6 + 10);
    QCOMPARE(m_store->surveys.instruments().size(), 3);
    QCOMPARE(count(db, QStringLiteral("survey_instrument")), 3);
    const Result<Instrument> latest = m_store->surveys.latestInstrument(QStringLiteral("westrum"));
    QVERIFY2(latest, qPrintable(latest.error()));
    QCOMPARE(latest->id, instruments[1].id);
    const Result<Instrument> byId = m_store->surveys.instrument(safety.id);
    QVERIFY(byId);
    QCOMPARE(byId->items.size(), safety.items.size());
    QVERIFY(!m_store->surveys.instrument(9999));
    const Result<Instrument> unknown = m_store->surveys.latestInstrument(QStringLiteral("nope"));
    QVERIFY(!unknown);
    QVERIFY2(unknown.error().contains(QLatin1String("psych-safety")), qPrintable(unknown.error())); // lists keys
}

void TestSurveyRepository::customInstrumentVersions()
{
    SurveyRepository &surveys = m_store->surveys;
    const qint64 team = addTeam(QStringLiteral("Checkout"));
    QVERIFY(team > 0);
    QSignalSpy changed(&surveys, &SurveyRepository::instrumentsChanged);

    const Instrument draft =
        makeCustom(QStringLiteral("  Team pulse "),
                   {QStringLiteral("I know what is expected of me."), QStringLiteral("Our stand-ups are useful.")});
    const Result<Instrument> first = surveys.saveCustomInstrument(draft);
    QVERIFY2(first, qPrintable(first.error()));
    QCOMPARE(first->version, 1);
    QCOMPARE(first->name, QStringLiteral("Team pulse"));
    QVERIFY(first->key.startsWith(QLatin1String("custom-")));
    QVERIFY(!first->builtIn);
    QVERIFY(first->id > 0);
    QCOMPARE(changed.count(), 1);

    // Saving it unchanged is the same version.
    const Result<Instrument> same = surveys.saveCustomInstrument(*first);
    QVERIFY2(same, qPrintable(same.error()));
    QCOMPARE(same->id, first->id);
    QCOMPARE(same->version, 1);

    // A wave freezes version 1.
    const Result<qint64> oldWave = surveys.createWave(makeWave(team), first->key);
    QVERIFY2(oldWave, qPrintable(oldWave.error()));
    QVERIFY(surveys.submitResponse(*oldWave, answersOf({4, 5})));

    // Changed items make version 2; the wave keeps version 1's questions.
    Instrument edited = *first;
    edited.items[1].text = QStringLiteral("Our stand-ups are short and useful.");
    edited.items.push_back(SurveyItem{QStringLiteral("Focus"), QStringLiteral("I can focus on my work."), true});
    const Result<Instrument> second = surveys.saveCustomInstrument(edited);
    QVERIFY2(second, qPrintable(second.error()));
    QCOMPARE(second->version, 2);
    QCOMPARE(second->key, first->key);
    QVERIFY(second->id != first->id);
    QCOMPARE(changed.count(), 2);
    QCOMPARE(surveys.latestInstrument(first->key)->id, second->id);
    QCOMPARE(surveys.latestInstrument(first->key)->itemCount(), 3);
    QVERIFY(surveys.latestInstrument(first->key)->items[2].reversed);

    const Result<SurveyWaveRow> row = surveys.wave(*oldWave);
    QVERIFY(row);
    QCOMPARE(row->wave.instrumentId, first->id);
    QCOMPARE(row->instrumentVersion, 1);
    const Result<Instrument> frozen = surveys.instrument(row->wave.instrumentId);
    QVERIFY(frozen);
    QCOMPARE(frozen->itemCount(), 2);
    QCOMPARE(frozen->items[1].text, QStringLiteral("Our stand-ups are useful."));
    // Answers to the old wave are checked against the old questions.
    QVERIFY(surveys.submitResponse(*oldWave, answersOf({1, 2})));
    QVERIFY(!surveys.submitResponse(*oldWave, answersOf({1, 2, 3})));

    // A new wave freezes version 2; instruments() lists the newest version once.
    const Result<qint64> newWave = surveys.createWave(makeWave(team), first->key);
    QVERIFY(newWave);
    QCOMPARE(surveys.wave(*newWave)->instrumentVersion, 2);
    const QList<Instrument> all = surveys.instruments();
    QCOMPARE(all.size(), 4);
    QCOMPARE(all.constLast().id, second->id);
}

void TestSurveyRepository::customInstrumentRefused_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("key");
    QTest::addColumn<int>("scalePoints");
    QTest::addColumn<QStringList>("items");
    QTest::addColumn<QString>("message"); // a part of the message

    const QStringList items{QStringLiteral("First question"), QStringLiteral("Second question")};
    // "Team pulse" (5 points) exists when each row runs.
    QTest::newRow("scale of a stored instrument changed")
        << QStringLiteral("Team pulse") << QStringLiteral("custom-team-pulse") << 7 << items
        << QStringLiteral("5-point");
    QTest::newRow("built-in key") << QStringLiteral("My safety") << QStringLiteral("psych-safety") << 7 << items
                                  << QStringLiteral("built-in");
    QTest::newRow("duplicate name") << QStringLiteral("Team pulse") << QString() << 5 << items
                                    << QStringLiteral("already");
    QTest::newRow("duplicate name, other case and spacing")
        << QStringLiteral("  team PULSE") << QString() << 5 << items << QStringLiteral("already");
    QTest::newRow("duplicate name under another key")
        << QStringLiteral("Team pulse") << QStringLiteral("custom-other") << 5 << items << QStringLiteral("already");
    QTest::newRow("empty name") << QStringLiteral("   ") << QString() << 5 << items << QStringLiteral("name");
    QTest::newRow("no questions") << QStringLiteral("Empty") << QString() << 5 << QStringList()
                                  << QStringLiteral("1 to");
    QTest::newRow("blank question") << QStringLiteral("Blank") << QString() << 5
                                    << QStringList{QStringLiteral("Fine"), QStringLiteral("  ")}
                                    << QStringLiteral("text");
    QTest::newRow("one-point scale") << QStringLiteral("Tiny") << QString() << 1 << items << QStringLiteral("points");
    QTest::newRow("twelve-point scale") << QStringLiteral("Huge") << QString() << 12 << items
                                        << QStringLiteral("points");
}

void TestSurveyRepository::customInstrumentRefused()
{
    QFETCH(QString, name);
    QFETCH(QString, key);
    QFETCH(int, scalePoints);
    QFETCH(QStringList, items);
    QFETCH(QString, message);

    SurveyRepository &surveys = m_store->surveys;
    const Result<Instrument> existing = surveys.saveCustomInstrument(
        makeCustom(QStringLiteral("Team pulse"), {QStringLiteral("One"), QStringLiteral("Two")}));
    QVERIFY2(existing, qPrintable(existing.error()));
    QCOMPARE(existing->key, QStringLiteral("custom-team-pulse"));
    surveys.instruments(); // the built-ins are stored
    const int instruments = count(m_store->database, QStringLiteral("survey_instrument"));
    const int questions = count(m_store->database, QStringLiteral("survey_item"));
    QSignalSpy changed(&surveys, &SurveyRepository::instrumentsChanged);

    Instrument proposed = makeCustom(name, items, scalePoints);
    proposed.key = key;
    const Result<Instrument> saved = surveys.saveCustomInstrument(proposed);
    QVERIFY(!saved);
    QVERIFY2(saved.error().contains(message, Qt::CaseInsensitive), qPrintable(saved.error()));
    QCOMPARE(count(m_store->database, QStringLiteral("survey_instrument")), instruments);
    QCOMPARE(count(m_store->database, QStringLiteral("survey_item")), questions);
    QCOMPARE(changed.count(), 0);
}

void TestSurveyRepository::createWaveRefused_data()
{
    QTest::addColumn<int>("k");
    QTest::addColumn<int>("commentK");
    QTest::addColumn<QDate>("opens");
    QTest::addColumn<QDate>("closes");
    QTest::addColumn<int>("invited");
    QTest::addColumn<bool>("knownTeam");
    QTest::addColumn<QString>("instrument");
    QTest::addColumn<QString>("message");

    const QDate day(2026, 3, 2);
    const QString safety = QStringLiteral("psych-safety");
    QTest::newRow("k 2") << 2 << 5 << day << QDate() << 8 << true << safety << QStringLiteral("from 3 to 10");
    QTest::newRow("k 11") << 11 << 11 << day << QDate() << 8 << true << safety << QStringLiteral("from 3 to 10");
    QTest::newRow("comment k below k") << 6 << 5 << day << QDate() << 8 << true << safety
                                       << QStringLiteral("comment threshold");
    QTest::newRow("comment k above 50") << 5 << 51 << day << QDate() << 8 << true << safety
                                        << QStringLiteral("comment threshold");
    QTest::newRow("closes before it opens")
        << 5 << 5 << day << day.addDays(-1) << 8 << true << safety << QStringLiteral("closes before it opens");
    QTest::newRow("no opening day") << 5 << 5 << QDate() << QDate() << 8 << true << safety << QStringLiteral("opens");
    QTest::newRow("negative invited") << 5 << 5 << day << QDate() << -1 << true << safety << QStringLiteral("negative");
    QTest::newRow("unknown team") << 5 << 5 << day << QDate() << 8 << false << safety << QStringLiteral("no team");
    QTest::newRow("unknown instrument") << 5 << 5 << day << QDate() << 8 << true << QStringLiteral("custom-nope")
                                        << QStringLiteral("custom-nope");
}

void TestSurveyRepository::createWaveRefused()
{
    QFETCH(int, k);
    QFETCH(int, commentK);
    QFETCH(QDate, opens);
    QFETCH(QDate, closes);
    QFETCH(int, invited);
    QFETCH(bool, knownTeam);
    QFETCH(QString, instrument);
    QFETCH(QString, message);

    const qint64 team = addTeam(QStringLiteral("Checkout"));
    QVERIFY(team > 0);
    QSignalSpy changed(&m_store->surveys, &SurveyRepository::wavesChanged);
    SurveyWave wave;
    wave.teamId = knownTeam ? team : team + 100;
    wave.opens = opens;
    wave.closes = closes;
    wave.invited = invited;
    wave.k = k;
    wave.commentK = commentK;
    const Result<qint64> id = m_store->surveys.createWave(wave, instrument);
    QVERIFY(!id);
    QVERIFY2(id.error().contains(message, Qt::CaseInsensitive), qPrintable(id.error()));
    QCOMPARE(count(m_store->database, QStringLiteral("survey_wave")), 0);
    QCOMPARE(changed.count(), 0);
}

void TestSurveyRepository::waveFreezesKAndCommentK()
{
    const QString path = m_store->database.path();
    const qint64 team = addTeam(QStringLiteral("Checkout"));
    SurveyWave wave = makeWave(team);
    wave.k = 7;
    wave.commentK = 9;
    wave.closes = QDate(); // open-ended
    QSignalSpy changed(&m_store->surveys, &SurveyRepository::wavesChanged);
    const Result<qint64> id = m_store->surveys.createWave(wave, QStringLiteral("westrum"));
    QVERIFY2(id, qPrintable(id.error()));
    QCOMPARE(changed.count(), 1);
    const qint64 westrumId = m_store->surveys.latestInstrument(QStringLiteral("westrum"))->id;

    // Read back from a fresh connection.
    m_store = std::make_unique<SurveyStore>(path);
    QVERIFY(m_store->status);
    const Result<SurveyWaveRow> row = m_store->surveys.wave(*id);
    QVERIFY2(row, qPrintable(row.error()));
    QCOMPARE(row->wave.k, 7);
    QCOMPARE(row->wave.commentK, 9);
    QCOMPARE(row->wave.instrumentId, westrumId);
    QCOMPARE(row->wave.opens, QDate(2026, 1, 10));
    QVERIFY(!row->wave.closes.isValid());
    QCOMPARE(row->wave.invited, 8);
    QCOMPARE(row->wave.title, QString());
    QCOMPARE(row->teamName, QStringLiteral("Checkout"));
    QCOMPARE(row->instrumentKey, QStringLiteral("westrum"));
    QCOMPARE(row->responses, 0);
    const std::vector<WaveMoments> moments = m_store->surveys.waveMoments();
    QCOMPARE(moments.size(), size_t(1));
    QCOMPARE(moments[0].k, 7);
    QCOMPARE(moments[0].commentK, 9);
    QCOMPARE(moments[0].invited, 8);

    // The schema refuses thresholds outside the policy's range even from outside the repository.
    QSqlQuery q(m_store->database.connection());
    q.prepare(QStringLiteral("INSERT INTO survey_wave (team_id, instrument_id, opens_on, k, comment_k)"
                             " VALUES (?, ?, '2026-01-01', ?, ?)"));
    for (const auto &[k, commentK] : {std::pair{2, 5}, std::pair{11, 11}, std::pair{6, 5}}) {
        q.addBindValue(team);
        q.addBindValue(westrumId);
        q.addBindValue(k);
        q.addBindValue(commentK);
        QVERIFY2(!q.exec(), qPrintable(QStringLiteral("k %1, comment k %2 accepted").arg(k).arg(commentK)));
    }
    QCOMPARE(m_store->surveys.waves().size(), 1);
}

void TestSurveyRepository::responsesKeepNoTimeAndNoPerson()
{
    const Database &db = m_store->database;
    // The schema itself: a response is its wave, its score and its bands; nothing else.
    QCOMPARE(columnsOf(db, QStringLiteral("survey_response")),
             (QStringList{QStringLiteral("id"), QStringLiteral("wave_id"), QStringLiteral("score"),
                          QStringLiteral("unfavourable"), QStringLiteral("neutral"), QStringLiteral("favourable")}));
    QCOMPARE(columnsOf(db, QStringLiteral("survey_answer")),
             (QStringList{QStringLiteral("response_id"), QStringLiteral("position"), QStringLiteral("value"),
                          QStringLiteral("trend")}));
    QCOMPARE(columnsOf(db, QStringLiteral("survey_comment")),
             (QStringList{QStringLiteral("id"), QStringLiteral("wave_id"), QStringLiteral("text")}));
    // No trigger or side table records anything about a submission (the full-text triggers watch incidents and
    // postmortems only; on the server, the change notifications of instruments and waves leave what a submission
    // writes out: see tst_changefeed).
    const QString triggers = testdb::onPostgreSql()
                                 ? QStringLiteral("SELECT count(*) FROM information_schema.triggers"
                                                  " WHERE event_object_table IN ('survey_response', 'survey_answer',"
                                                  " 'survey_comment', 'survey_wave_item')"
                                                  " OR action_statement LIKE '%survey%'")
                                 : QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'trigger'"
                                                  " AND (tbl_name LIKE 'survey%' OR sql LIKE '%survey%')");
    QCOMPARE(scalar(db, triggers).toInt(), 0);

    const qint64 team = addTeam(QStringLiteral("Checkout"));
    const Result<qint64> wave = m_store->surveys.createWave(makeWave(team), QStringLiteral("psych-safety"));
    QVERIFY(wave);
    QSignalSpy changed(&m_store->surveys, &SurveyRepository::responsesChanged);
    constexpr int respondents = 30;
    for (int r = 0; r < respondents; ++r) {
        const int v = 1 + r % 7;
        const Status status = m_store->surveys.submitResponse(*wave, answersOf({v, v, v, v, v, v, v}));
        QVERIFY2(status, qPrintable(status.error()));
    }
    QCOMPARE(changed.count(), respondents);
    QCOMPARE(changed.constLast().constFirst().toLongLong(), *wave);
    QCOMPARE(m_store->surveys.responseCount(*wave), respondents);

    // Ids are random: neither small consecutive numbers nor in the order of submission.
    // (In storage order: SQLite's rowid, the server's row position.)
    const QString inRowOrder = QStringLiteral("SELECT id FROM survey_response WHERE wave_id = ? ORDER BY %1")
                                   .arg(testdb::onPostgreSql() ? QStringLiteral("ctid") : QStringLiteral("rowid"));
    const QList<qint64> byRowOrder = int64Column(db, inRowOrder, {*wave});
    QCOMPARE(byRowOrder.size(), respondents);
    QList<qint64> sorted = byRowOrder;
    std::sort(sorted.begin(), sorted.end());
    QVERIFY(sorted.constLast() - sorted.constFirst() > 1000000);
    // Ordered by id, the scores must not come out in submission order (1, 2, ..., 7, 1, ...).
    QList<qint64> scoresById;
    QSqlQuery q(db.connection());
    QVERIFY(q.exec(QStringLiteral("SELECT round(score * 7) FROM survey_response ORDER BY id")));
    while (q.next())
        scoresById.append(q.value(0).toLongLong());
    QList<qint64> submitted;
    for (int r = 0; r < respondents; ++r) {
        const int v = 1 + r % 7;
        submitted.append(3 * (8 - v) + 4 * v); // items 1, 3 and 5 reversed
    }
    QVERIFY(scoresById != submitted);
    QCOMPARE(QSet<qint64>(scoresById.begin(), scoresById.end()), QSet<qint64>(submitted.begin(), submitted.end()));
}

void TestSurveyRepository::commentsApartAndShuffled()
{
    const qint64 team = addTeam(QStringLiteral("Checkout"));
    const Result<qint64> wave = m_store->surveys.createWave(makeWave(team), QStringLiteral("westrum"));
    QVERIFY(wave);
    QStringList written;
    std::vector<SurveyAnswers> responses;
    for (int i = 0; i < 20; ++i) {
        written.append(QStringLiteral("Comment number %1").arg(i));
        responses.push_back(answersOf({1 + i % 7, 2, 3, 4, 5, 6}, QStringLiteral("  %1\n").arg(written.constLast())));
    }
    responses.push_back(answersOf({7, 7, 7, 7, 7, 7}, QStringLiteral("   "))); // blank: no comment
    QVERIFY(m_store->surveys.importResponses(*wave, responses));
    QCOMPARE(m_store->surveys.responseCount(*wave), 21);
    QCOMPARE(count(m_store->database, QStringLiteral("survey_comment")), 20);

    // Stored trimmed, with ids of their own that match no response.
    const QList<qint64> commentIds = int64Column(m_store->database, QStringLiteral("SELECT id FROM survey_comment"));
    const QList<qint64> responseIds = int64Column(m_store->database, QStringLiteral("SELECT id FROM survey_response"));
    QVERIFY(!QSet<qint64>(commentIds.begin(), commentIds.end())
                 .intersects(QSet<qint64>(responseIds.begin(), responseIds.end())));

    // Every call returns all of them; over ten calls the order varies (the same order ten times running has a
    // chance of (1/20!)^9).
    QSet<QString> orders;
    for (int call = 0; call < 10; ++call) {
        const QStringList comments = m_store->surveys.comments(*wave);
        QStringList sortedComments = comments;
        sortedComments.sort();
        QStringList sortedWritten = written;
        sortedWritten.sort();
        QCOMPARE(sortedComments, sortedWritten);
        orders.insert(comments.join(QLatin1Char('|')));
    }
    QVERIFY2(orders.size() > 1, "comments came back in the same order ten times");
    QVERIFY(m_store->surveys.comments(*wave + 1).isEmpty());

    // The raw answers too come back complete and in varying order.
    QSet<QString> answerOrders;
    for (int call = 0; call < 10; ++call) {
        const std::vector<std::vector<int>> answers = m_store->surveys.answers(*wave);
        QCOMPARE(answers.size(), size_t(21));
        QString order;
        for (const std::vector<int> &values : answers) {
            QCOMPARE(values.size(), size_t(6));
            order += QString::number(values[0]);
        }
        answerOrders.insert(order);
    }
    QVERIFY(answerOrders.size() > 1);
}

// On PostgreSQL every row shows the transaction that wrote it (xmin): a comment must never share one with the
// answers, or anyone reading the tables could pair them.
void TestSurveyRepository::commentsNotInTheAnswersTransaction()
{
    if (!testdb::onPostgreSql())
        QSKIP("Rows carry the id of their writing transaction (xmin) on PostgreSQL only");
    const Database &db = m_store->database;
    const qint64 team = addTeam(QStringLiteral("Checkout"));
    const Result<qint64> wave = m_store->surveys.createWave(makeWave(team), QStringLiteral("westrum"));
    QVERIFY(wave);
    const auto writers = [&db](const QString &table) {
        QStringList xids;
        QSqlQuery q(db.connection());
        if (q.exec(QStringLiteral("SELECT DISTINCT xmin::text FROM %1").arg(table))) {
            while (q.next())
                xids.append(q.value(0).toString());
        }
        return QSet<QString>(xids.begin(), xids.end());
    };

    // The kiosk: one respondent with a comment.
    QVERIFY(m_store->surveys.submitResponse(*wave, answersOf({1, 2, 3, 4, 5, 6}, QStringLiteral("Kiosk comment"))));
    QCOMPARE(writers(QStringLiteral("survey_comment")).size(), 1);
    QCOMPARE(writers(QStringLiteral("survey_response")).size(), 1);
    QVERIFY(!writers(QStringLiteral("survey_comment")).intersects(writers(QStringLiteral("survey_response"))));
    QVERIFY(!writers(QStringLiteral("survey_comment")).intersects(writers(QStringLiteral("survey_answer"))));

    // An import of several, and a response without a comment after it.
    std::vector<SurveyAnswers> responses;
    for (int i = 0; i < 6; ++i)
        responses.push_back(answersOf({1 + i, 2, 3, 4, 5, 6}, QStringLiteral("Imported comment %1").arg(i)));
    QVERIFY(m_store->surveys.importResponses(*wave, responses));
    QVERIFY(m_store->surveys.submitResponse(*wave, answersOf({7, 7, 7, 7, 7, 7})));
    QCOMPARE(m_store->surveys.responseCount(*wave), 8);
    QCOMPARE(m_store->surveys.comments(*wave).size(), 7);
    const QSet<QString> comments = writers(QStringLiteral("survey_comment"));
    QCOMPARE(comments.size(), 2);
    QCOMPARE(writers(QStringLiteral("survey_response")).size(), 3);
    QVERIFY(!comments.intersects(writers(QStringLiteral("survey_response"))));
    QVERIFY(!comments.intersects(writers(QStringLiteral("survey_answer"))));
    QVERIFY(!comments.intersects(writers(QStringLiteral("survey_wave"))));
    QCOMPARE(wavesWithWrongTotals(db), 0);

    // When the answers cannot be stored after all, the comments committed before them are taken back.
    QSqlQuery q(db.connection());
    QVERIFY2(q.exec(QStringLiteral("CREATE FUNCTION refuse_response() RETURNS trigger LANGUAGE plpgsql"
                                   " AS $$ BEGIN RAISE EXCEPTION 'refused by the test'; END $$")),
             qPrintable(q.lastError().text()));
    QVERIFY2(q.exec(QStringLiteral("CREATE TRIGGER refuse BEFORE INSERT ON survey_response"
                                   " FOR EACH ROW EXECUTE FUNCTION refuse_response()")),
             qPrintable(q.lastError().text()));
    const Status refused = m_store->surveys.importResponses(*wave, responses);
    QVERIFY(!refused);
    QVERIFY2(refused.error().contains(QLatin1String("refused by the test")), qPrintable(refused.error()));
    QCOMPARE(m_store->surveys.comments(*wave).size(), 7);
    QCOMPARE(count(db, QStringLiteral("survey_comment")), 7);
    QCOMPARE(m_store->surveys.responseCount(*wave), 8);
    QCOMPARE(wavesWithWrongTotals(db), 0);
}

void TestSurveyRepository::importIsAllOrNothing()
{
    const Database &db = m_store->database;
    const qint64 team = addTeam(QStringLiteral("Checkout"));
    const Result<qint64> wave = m_store->surveys.createWave(makeWave(team), QStringLiteral("psych-safety"));
    const Result<qint64> health = m_store->surveys.createWave(makeWave(team), QStringLiteral("health-check"));
    QVERIFY(wave);
    QVERIFY(health);
    QSignalSpy changed(&m_store->surveys, &SurveyRepository::responsesChanged);

    std::vector<SurveyAnswers> responses;
    for (int i = 0; i < 5; ++i)
        responses.push_back(answersOf({1, 2, 3, 4, 5, 6, 7}, QStringLiteral("Fine %1").arg(i)));
    struct Bad
    {
        const char *name;
        SurveyAnswers answers;
    };
    SurveyAnswers withTrends = answersOf({1, 2, 3, 4, 5, 6, 7});
    withTrends.trends = {0, 0, 0, 0, 0, 0, 0};
    const Bad bad[] = {
        {"value 8", answersOf({1, 2, 3, 4, 5, 6, 8})},
        {"value 0", answersOf({0, 2, 3, 4, 5, 6, 7})},
        {"six answers", answersOf({1, 2, 3, 4, 5, 6})},
        {"trends on an instrument without", withTrends},
    };
    for (const Bad &one : bad) {
        std::vector<SurveyAnswers> batch = responses;
        batch.push_back(one.answers);
        std::swap(batch[2], batch[5]); // the bad one in the middle: "Response 3"
        const Status status = m_store->surveys.importResponses(*wave, batch);
        QVERIFY2(!status, one.name);
        QVERIFY2(status.error().contains(QLatin1String("Response 3")), qPrintable(status.error()));
        QCOMPARE(count(db, QStringLiteral("survey_response")), 0);
        QCOMPARE(count(db, QStringLiteral("survey_answer")), 0);
        QCOMPARE(count(db, QStringLiteral("survey_comment")), 0);
    }
    QCOMPARE(changed.count(), 0);
    QCOMPARE(m_store->surveys.wave(*wave)->responses, 0); // the wave's totals are untouched too
    QCOMPARE(wavesWithWrongTotals(db), 0);
    QVERIFY(!m_store->surveys.importResponses(*wave + 100, responses)); // no such wave

    // The health check takes trends, one per answer, -1..1.
    SurveyAnswers check = answersOf({1, 2, 3, 3, 2, 1, 1, 2, 3, 3});
    check.trends = {-1, 0, 1, 1, 0, -1, 0, 0, 0, 1};
    QVERIFY(m_store->surveys.submitResponse(*health, check));
    check.trends[3] = 2;
    QVERIFY(!m_store->surveys.submitResponse(*health, check));
    check.trends.pop_back();
    QVERIFY(!m_store->surveys.submitResponse(*health, check));
    QCOMPARE(scalar(db, QStringLiteral("SELECT sum(trend) FROM survey_answer")).toInt(), 1);

    QVERIFY(m_store->surveys.importResponses(*wave, responses));
    QCOMPARE(m_store->surveys.responseCount(*wave), 5);
    QCOMPARE(count(db, QStringLiteral("survey_comment")), 5);
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM survey_answer WHERE trend IS NULL")).toInt(), 5 * 7);
    QCOMPARE(m_store->surveys.wave(*wave)->responses, 5);
    QCOMPARE(m_store->surveys.wave(*health)->responses, 1);
    QCOMPARE(wavesWithWrongTotals(db), 0);
}

void TestSurveyRepository::waveMomentsByHand()
{
    SurveyRepository &surveys = m_store->surveys;
    const qint64 team = addTeam(QStringLiteral("Checkout"));
    const qint64 other = addTeam(QStringLiteral("Billing"));
    SurveyWave first = makeWave(team);
    first.k = 4;
    first.commentK = 6;
    first.invited = 12;
    const Result<qint64> wave = surveys.createWave(first, QStringLiteral("psych-safety"));
    const Result<qint64> empty =
        surveys.createWave(makeWave(other, QDate(2025, 11, 3)), QStringLiteral("psych-safety"));
    const Result<qint64> westrum = surveys.createWave(makeWave(other), QStringLiteral("westrum"));
    QVERIFY(wave);
    QVERIFY(empty);
    QVERIFY(westrum);
    // Items 1, 3 and 5 are reversed on a 7-point scale (scored 8 - value):
    //   1 2 3 4 5 6 7 -> 7 2 5 4 3 6 7 = 34; bands: 2 and 3 unfavourable, 4 neutral, the other 4 favourable
    //   7 7 7 7 7 7 7 -> 1 7 1 7 1 7 7 = 31; 3 unfavourable, 4 favourable
    //   4 4 4 4 4 4 4 -> all 4     = 28; 7 neutral
    QVERIFY(surveys.importResponses(
        *wave, {answersOf({1, 2, 3, 4, 5, 6, 7}), answersOf({7, 7, 7, 7, 7, 7, 7}), answersOf({4, 4, 4, 4, 4, 4, 4})}));
    QVERIFY(surveys.importResponses(*westrum, {answersOf({1, 1, 1, 1, 1, 1}), answersOf({2, 2, 2, 2, 2, 2})}));

    for (const bool withItems : {false, true}) {
        const std::vector<WaveMoments> all = surveys.waveMoments({}, withItems);
        QCOMPARE(all.size(), size_t(3));
        const std::vector<WaveMoments> safety = surveys.waveMoments(QStringLiteral("psych-safety"), withItems);
        QCOMPARE(safety.size(), size_t(2)); // the empty wave is listed too: the policy must withhold it
        const auto found =
            std::find_if(safety.begin(), safety.end(), [&](const WaveMoments &m) { return m.waveId == *wave; });
        QVERIFY(found != safety.end());
        const WaveMoments &m = *found;
        QCOMPARE(m.teamId, team);
        QCOMPARE(m.instrumentKey, QStringLiteral("psych-safety"));
        QCOMPARE(m.scalePoints, 7);
        QCOMPARE(m.opens, QDate(2026, 1, 10));
        QCOMPARE(m.k, 4);
        QCOMPARE(m.commentK, 6);
        QCOMPARE(m.invited, 12);
        QCOMPARE(m.moments.respondents, 3);
        QCOMPARE(m.moments.sum, (34.0 + 31.0 + 28.0) / 7.0);
        QCOMPARE(m.moments.sumSquares, (34.0 * 34.0 + 31.0 * 31.0 + 28.0 * 28.0) / 49.0);
        QCOMPARE(m.moments.unfavourable, qint64(5));
        QCOMPARE(m.moments.neutral, qint64(8));
        QCOMPARE(m.moments.favourable, qint64(8));
        if (withItems) {
            // Per item, the reverse-scored values summed: 7+1+4, 2+7+4, 5+1+4, 4+7+4, 3+1+4, 6+7+4, 7+7+4.
            QCOMPARE(m.moments.itemSums, (std::vector<double>{12, 13, 10, 15, 8, 17, 18}));
        } else {
            QVERIFY(m.moments.itemSums.empty());
        }
        const WaveMoments &none = safety[0].waveId == *empty ? safety[0] : safety[1];
        QCOMPARE(none.waveId, *empty);
        QCOMPARE(none.moments.respondents, 0);
        QCOMPARE(none.moments.sum, 0.0);
        QVERIFY(none.moments.itemSums.empty());

        const std::vector<WaveMoments> culture = surveys.waveMoments(QStringLiteral("westrum"), withItems);
        QCOMPARE(culture.size(), size_t(1));
        QCOMPARE(culture[0].moments.respondents, 2);
        QCOMPARE(culture[0].moments.sum, 3.0);
        QCOMPARE(culture[0].moments.sumSquares, 5.0);
        QCOMPARE(culture[0].moments.unfavourable, qint64(12));
        if (withItems)
            QCOMPARE(culture[0].moments.itemSums, std::vector<double>(6, 3.0));
        QVERIFY(surveys.waveMoments(QStringLiteral("nope"), withItems).empty());
    }
    QCOMPARE(wavesWithWrongTotals(m_store->database), 0);
    {
        // The check itself sees a wrong total.
        QSqlQuery q(m_store->database.connection());
        QVERIFY(q.exec(QStringLiteral("UPDATE survey_wave SET score_sum = score_sum + 1 WHERE id = %1").arg(*wave)));
        QCOMPARE(wavesWithWrongTotals(m_store->database), 1);
        QVERIFY(q.exec(QStringLiteral("UPDATE survey_wave_item SET scored_sum = scored_sum + 1 WHERE wave_id = %1"
                                      " AND position = 0")
                           .arg(*westrum)));
        QCOMPARE(wavesWithWrongTotals(m_store->database), 2);
        QVERIFY(q.exec(QStringLiteral("UPDATE survey_wave SET score_sum = score_sum - 1 WHERE id = %1").arg(*wave)));
        QVERIFY(q.exec(QStringLiteral("UPDATE survey_wave_item SET scored_sum = scored_sum - 1 WHERE wave_id = %1"
                                      " AND position = 0")
                           .arg(*westrum)));
        QCOMPARE(wavesWithWrongTotals(m_store->database), 0);
    }
    // The raw answers of the wave, unscored.
    std::vector<std::vector<int>> answers = surveys.answers(*wave);
    std::sort(answers.begin(), answers.end());
    QCOMPARE(answers,
             (std::vector<std::vector<int>>{{1, 2, 3, 4, 5, 6, 7}, {4, 4, 4, 4, 4, 4, 4}, {7, 7, 7, 7, 7, 7, 7}}));
}

void TestSurveyRepository::removeWaveCascades()
{
    const Database &db = m_store->database;
    const qint64 team = addTeam(QStringLiteral("Checkout"));
    const Result<qint64> gone = m_store->surveys.createWave(makeWave(team), QStringLiteral("westrum"));
    const Result<qint64> kept = m_store->surveys.createWave(makeWave(team), QStringLiteral("westrum"));
    QVERIFY(gone);
    QVERIFY(kept);
    for (const qint64 wave : {*gone, *kept}) {
        QVERIFY(m_store->surveys.importResponses(wave, {answersOf({1, 2, 3, 4, 5, 6}, QStringLiteral("a")),
                                                        answersOf({6, 5, 4, 3, 2, 1}),
                                                        answersOf({7, 7, 7, 7, 7, 7}, QStringLiteral("b"))}));
    }
    QSignalSpy changed(&m_store->surveys, &SurveyRepository::wavesChanged);
    QVERIFY(m_store->surveys.removeWave(*gone));
    QCOMPARE(changed.count(), 1);
    QVERIFY(!m_store->surveys.wave(*gone));
    QCOMPARE(count(db, QStringLiteral("survey_wave")), 1);
    QCOMPARE(count(db, QStringLiteral("survey_response")), 3);
    QCOMPARE(count(db, QStringLiteral("survey_answer")), 3 * 6);
    QCOMPARE(count(db, QStringLiteral("survey_comment")), 2);
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM survey_response WHERE wave_id <> ?"), {*kept}).toInt(), 0);
    QCOMPARE(m_store->surveys.responseCount(*kept), 3);
    QVERIFY(m_store->database.integrityProblems().isEmpty());

    const Status again = m_store->surveys.removeWave(*gone);
    QVERIFY(!again);
    QVERIFY2(again.error().contains(QString::number(*gone)), qPrintable(again.error()));
    QCOMPARE(changed.count(), 1);
}

void TestSurveyRepository::teamWithWavesIsKept()
{
    const qint64 team = addTeam(QStringLiteral("Checkout"));
    const Result<qint64> wave = m_store->surveys.createWave(makeWave(team), QStringLiteral("westrum"));
    QVERIFY(wave);
    const Status refused = m_store->teams.removeTeam(team);
    QVERIFY(!refused);
    QVERIFY2(refused.error().contains(QLatin1String("survey wave")), qPrintable(refused.error()));
    QVERIFY(m_store->teams.team(team));
    QVERIFY(m_store->surveys.wave(*wave));

    QVERIFY(m_store->surveys.removeWave(*wave));
    const Status removed = m_store->teams.removeTeam(team);
    QVERIFY2(removed, qPrintable(removed.error()));
}

void TestSurveyRepository::demoOrganisationSurveys_data()
{
    QTest::addColumn<QDate>("today");
    QTest::addColumn<QString>("lastQuarter");

    QTest::newRow("mid-quarter") << QDate(2026, 5, 20) << QStringLiteral("2026-Q2");
    // The current quarter's wave opens on its 15th day: before that the last five years end a quarter earlier.
    QTest::newRow("before the quarter's wave opens") << QDate(2026, 4, 3) << QStringLiteral("2026-Q1");
}

void TestSurveyRepository::demoOrganisationSurveys()
{
    QFETCH(QDate, today);
    QFETCH(QString, lastQuarter);

    DemoOrganisation::Options options;
    options.seed = 3;
    options.today = today;
    const Result<DemoOrganisation::Summary> summary = DemoOrganisation::create(m_store->database, options);
    QVERIFY2(summary, qPrintable(summary.error()));
    const Database &db = m_store->database;

    const std::vector<TeamNode> nodes = m_store->surveys.teamNodes();
    std::set<qint64> departments;
    for (const TeamNode &node : nodes) {
        if (node.parentId != 0)
            departments.insert(node.parentId);
    }
    std::set<qint64> leaves;
    for (const TeamNode &node : nodes) {
        if (!departments.count(node.id))
            leaves.insert(node.id);
    }
    QCOMPARE(leaves.size(), size_t(10));

    // Every team that is not a department has a wave of each built-in instrument in each of 20 quarters, the last
    // one the newest quarter whose wave has opened by today.
    const std::vector<WaveMoments> waves = m_store->surveys.waveMoments();
    QCOMPARE(int(waves.size()), summary->waves);
    QCOMPARE(summary->waves, 10 * 20 * 3);
    QCOMPARE(summary->surveyAnswers, qint64(count(db, QStringLiteral("survey_answer"))));
    std::map<std::pair<qint64, QString>, std::set<QString>> quarters;
    for (const WaveMoments &wave : waves) {
        QVERIFY(leaves.count(wave.teamId));
        QVERIFY(wave.opens <= today);
        QVERIFY(wave.moments.respondents <= wave.invited);
        quarters[{wave.teamId, wave.instrumentKey}].insert(Period::of(wave.opens).text());
    }
    QCOMPARE(quarters.size(), size_t(10 * 3));
    const Period last = *Period::parse(lastQuarter);
    for (const auto &[key, periods] : quarters) {
        QCOMPARE(periods.size(), size_t(20));
        QCOMPARE(*periods.rbegin(), lastQuarter);
        QCOMPARE(*periods.begin(), Period::fromIndex(last.index() - 19).text());
    }

    // Some small teams fall below k in some quarters and are withheld; no shown team figure rests on fewer than k.
    const std::vector<Figure> figures = SurveyFigures::compute(nodes, waves);
    int smallWithheld = 0;
    int shown = 0;
    std::map<std::tuple<qint64, QString, int>, int> raw;
    for (const WaveMoments &wave : waves)
        raw[{wave.teamId, wave.instrumentKey, Period::of(wave.opens).index()}] += wave.moments.respondents;
    for (const Figure &figure : figures) {
        if (figure.scope != FigureScope::Team)
            continue;
        const int respondents = raw.at({figure.teamId, figure.instrumentKey, figure.period.index()});
        if (figure.suppressed) {
            if (respondents < 5)
                ++smallWithheld;
        } else {
            ++shown;
            QVERIFY(respondents >= figure.k);
            QCOMPARE(figure.respondents, respondents);
        }
    }
    QVERIFY2(smallWithheld > 0, "no team was withheld for having fewer than 5 responses");
    QVERIFY(shown > smallWithheld);
    QCOMPARE(wavesWithWrongTotals(db), 0);

    // The same seed and day give the same survey data.
    SurveyStore again(newPath());
    QVERIFY(again.status);
    QVERIFY(DemoOrganisation::create(again.database, options));
    const std::vector<WaveMoments> repeated = again.surveys.waveMoments();
    QCOMPARE(repeated.size(), waves.size());
    for (size_t i = 0; i < waves.size(); ++i) {
        QCOMPARE(repeated[i].moments.respondents, waves[i].moments.respondents);
        QCOMPARE(repeated[i].moments.sum, waves[i].moments.sum);
    }
}

void TestSurveyRepository::migrationFromVersion3()
{
    const QString path = newPath();
    {
        QVERIFY2(!path.isEmpty(), qPrintable(testdb::lastError()));
        QSqlDatabase raw;
        if (testdb::onPostgreSql()) {
            raw = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("version3"));
            const Result<ConnectionSpec> spec = ConnectionSpec::parse(path);
            QVERIFY2(spec, qPrintable(spec.error()));
            spec->configure(raw);
        } else {
            raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("version3"));
            raw.setDatabaseName(path);
        }
        QVERIFY2(raw.open(), qPrintable(raw.lastError().text()));
        const Status status = Migrations::migrate(raw, 3);
        QVERIFY2(status, qPrintable(status.error()));
        QCOMPARE(Migrations::currentVersion(raw), 3);
        QSqlQuery q(raw);
        QVERIFY2(q.exec(QStringLiteral("INSERT INTO team (name, description) VALUES ('Checkout', 'Pays')")),
                 qPrintable(q.lastError().text()));
        QVERIFY(!q.exec(QStringLiteral("SELECT count(*) FROM survey_wave")));
        q.finish();
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("version3"));

    m_store = std::make_unique<SurveyStore>(path);
    QVERIFY2(m_store->status, qPrintable(m_store->status.error()));
    QCOMPARE(m_store->database.schemaVersion(), Migrations::latestVersion());
    QVERIFY(Migrations::latestVersion() >= 4); // the survey tables came with version 4
    const Result<Team> team = m_store->teams.teamByName(QStringLiteral("Checkout"));
    QVERIFY(team);
    QCOMPARE(m_store->surveys.instruments().size(), 3);
    const Result<qint64> wave = m_store->surveys.createWave(makeWave(team->id), QStringLiteral("psych-safety"));
    QVERIFY2(wave, qPrintable(wave.error()));
    QVERIFY(m_store->surveys.submitResponse(*wave, answersOf({1, 2, 3, 4, 5, 6, 7}, QStringLiteral("Fine"))));
    QCOMPARE(m_store->surveys.responseCount(*wave), 1);
    QVERIFY(m_store->database.integrityProblems().isEmpty());
}

QTEST_GUILESS_MAIN(TestSurveyRepository)
#include "tst_surveyrepository.moc"
