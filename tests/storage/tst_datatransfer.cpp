// DataTransfer against real temporary SQLite files (or databases on the test cluster, in the _pg variant): the whole
// demo organisation (plus what the demo leaves out: drafts, custom instrument versions, odd text, a department whose id
// is above its teams', a current speaker) exported, imported into an empty database and exported again gives the same
// file; broken files are refused with the place of the problem and leave the database as it was.
#include "common/TestData.h"
#include "common/TestDatabase.h"
#include "storage/DataTransfer.h"
#include "storage/DemoOrganisation.h"
#include "storage/PostmortemRepository.h"
#include "storage/SurveyRepository.h"
#include "survey/Instruments.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <memory>

using namespace candor;
using namespace candor::testdata;
using namespace Qt::StringLiterals;

namespace {

const QStringList tables = {
    QStringLiteral("team"),
    QStringLiteral("member"),
    QStringLiteral("incident"),
    QStringLiteral("postmortem"),
    QStringLiteral("phase_record"),
    QStringLiteral("phase_log"),
    QStringLiteral("participant"),
    QStringLiteral("speaking_turn"),
    QStringLiteral("timeline_event"),
    QStringLiteral("contributing_factor"),
    QStringLiteral("factor_event"),
    QStringLiteral("learning"),
    QStringLiteral("action_item"),
    QStringLiteral("check_tally"),
    QStringLiteral("session_draft"),
    QStringLiteral("survey_instrument"),
    QStringLiteral("survey_item"),
    QStringLiteral("survey_wave"),
    QStringLiteral("survey_wave_item"),
    QStringLiteral("survey_response"),
    QStringLiteral("survey_answer"),
    QStringLiteral("survey_comment"),
};

// Rows per table: the whole database's state at the level an import changes it.
QMap<QString, qint64> rowCounts(const Database &database)
{
    QMap<QString, qint64> counts;
    QSqlQuery q(database.connection());
    for (const QString &table : tables) {
        // Table names are this test's constants; they cannot be bound.
        if (q.exec(QStringLiteral("SELECT count(*) FROM ") + table) && q.next())
            counts.insert(table, q.value(0).toLongLong());
        q.finish();
    }
    return counts;
}

// Every row of a query as text, for comparing two databases.
QStringList rowsOf(const Database &database, const QString &statement)
{
    QStringList rows;
    QSqlQuery q(database.connection());
    if (!q.exec(statement))
        return {QStringLiteral("error: ") + q.lastError().text()};
    while (q.next()) {
        QStringList cells;
        for (int c = 0; c < q.record().count(); ++c) {
            // row_version counts the edits made on one database (optimistic concurrency); imported rows start anew.
            if (q.record().fieldName(c) == QLatin1String("row_version"))
                continue;
            cells.append(q.value(c).isNull() ? QStringLiteral("NULL") : q.value(c).toString());
        }
        rows.append(cells.join(QLatin1Char('|')));
    }
    return rows;
}

// The file without its export time.
QByteArray withoutExportTime(QByteArray json)
{
    static const QRegularExpression line(QStringLiteral("\n  \"exported_at\": \"[^\"]*\",\n"));
    return QString::fromUtf8(json).replace(line, QStringLiteral("\n")).toUtf8();
}

// Sets the value at a path of object keys and array indexes in a JSON document ("incidents", 12, "severity"); an
// undefined value removes the field.
QJsonValue setAt(const QJsonValue &node, const QVariantList &path, const QJsonValue &value)
{
    if (path.isEmpty())
        return value;
    const QVariant step = path.first();
    const QVariantList rest = path.mid(1);
    if (step.typeId() == QMetaType::Int) {
        QJsonArray array = node.toArray();
        array[step.toInt()] = setAt(array.at(step.toInt()), rest, value);
        return array;
    }
    QJsonObject object = node.toObject();
    if (rest.isEmpty() && value.isUndefined())
        object.remove(step.toString());
    else
        object[step.toString()] = setAt(object.value(step.toString()), rest, value);
    return object;
}

QJsonValue valueAt(const QJsonValue &node, const QVariantList &path)
{
    QJsonValue current = node;
    for (const QVariant &step : path)
        current = step.typeId() == QMetaType::Int ? current.toArray().at(step.toInt())
                                                  : current.toObject().value(step.toString());
    return current;
}

// A broken file: how to break the exported document, and what the error must say.
struct Breakage
{
    const char *name;
    std::function<QByteArray(const QByteArray &json)> breakIt;
    QStringList expected; // every one must appear in the message
};

QByteArray edited(const QByteArray &json, const QVariantList &path, const QJsonValue &value)
{
    const QJsonValue root = setAt(QJsonDocument::fromJson(json).object(), path, value);
    return QJsonDocument(root.toObject()).toJson();
}

// The index of the first session with at least one row in `section`.
int sessionWith(const QByteArray &json, const QString &section)
{
    const QJsonArray sessions = QJsonDocument::fromJson(json).object().value(QLatin1String("sessions")).toArray();
    for (int i = 0; i < sessions.size(); ++i) {
        if (!sessions.at(i).toObject().value(section).toArray().isEmpty())
            return i;
    }
    return -1;
}

// The index of the first wave of an instrument with (or without) trends that has responses.
int waveWith(const QByteArray &json, bool trend)
{
    const QJsonObject root = QJsonDocument::fromJson(json).object();
    QSet<qint64> instruments;
    for (const QJsonValue &instrument : root.value(QLatin1String("survey_instruments")).toArray()) {
        if (instrument.toObject().value(QLatin1String("has_trend")).toBool() == trend)
            instruments.insert(instrument.toObject().value(QLatin1String("id")).toInteger());
    }
    const QJsonArray waves = root.value(QLatin1String("survey_waves")).toArray();
    for (int i = 0; i < waves.size(); ++i) {
        const QJsonObject wave = waves.at(i).toObject();
        if (instruments.contains(wave.value(QLatin1String("instrument_id")).toInteger()) &&
            !wave.value(QLatin1String("responses")).toArray().isEmpty())
            return i;
    }
    return -1;
}

// The first response of a wave with its first answer replaced.
QString withFirstAnswer(const QByteArray &json, int wave, const QString &answer)
{
    const QJsonValue response = valueAt(QJsonDocument::fromJson(json).object(),
                                        {QStringLiteral("survey_waves"), wave, QStringLiteral("responses"), 0});
    QStringList answers = response.toString().split(QLatin1Char(' '));
    answers[0] = answer;
    return answers.join(QLatin1Char(' '));
}

QVariantList sessionPath(const QByteArray &json, const QString &section, const QVariantList &rest)
{
    return QVariantList{u"sessions"_s, sessionWith(json, section), section} + rest;
}

const QList<Breakage> &breakages()
{
    static const QList<Breakage> all = {
        {"not an object",
         [](const QByteArray &) { return QByteArrayLiteral("[1, 2]"); },
         {u"$: expected an object"_s, u"not a Candor export"_s}},
        {"empty", [](const QByteArray &) { return QByteArrayLiteral(" \n"); }, {u"The file is empty."_s}},
        {"wrong format",
         [](const QByteArray &json) { return edited(json, {u"format"_s}, u"trello-export"_s); },
         {u"$.format: \"trello-export\" is not \"candor-export\"; this is not a Candor export."_s}},
        {"format missing",
         [](const QByteArray &json) { return edited(json, {u"format"_s}, QJsonValue::Undefined); },
         {u"$.format: this required field is missing."_s}},
        {"newer version",
         [](const QByteArray &json) {
             // A newer file may add fields; the version is what it is refused for.
             return edited(edited(json, {u"format_version"_s}, 2), {u"incidents"_s, 0, u"priority"_s}, 1);
         },
         {u"$.format_version: the file is format version 2, written by a newer Candor"_s, u"Update Candor"_s}},
        {"missing field",
         [](const QByteArray &json) {
             return edited(json, {u"incidents"_s, 12, u"title"_s}, QJsonValue::Undefined);
         },
         {u"$.incidents[12].title: this required field is missing."_s}},
        {"wrong type",
         [](const QByteArray &json) {
             return edited(json, {u"teams"_s, 0, u"name"_s}, 12);
         },
         {u"$.teams[0].name: expected text, found 12."_s}},
        {"id as text",
         [](const QByteArray &json) {
             return edited(json, {u"members"_s, 0, u"id"_s}, u"7"_s);
         },
         {u"$.members[0].id: expected an id (a whole number from 1 to 9007199254740991), found \"7\"."_s}},
        {"fraction",
         [](const QByteArray &json) {
             return edited(json, {u"incidents"_s, 0, u"team_id"_s}, 1.5);
         },
         {u"$.incidents[0].team_id: expected an id"_s, u"found 1.5."_s}},
        {"bad enum",
         [](const QByteArray &json) {
             return edited(json, {u"incidents"_s, 12, u"severity"_s}, u"SEV9"_s);
         },
         {u"$.incidents[12].severity: \"SEV9\" is not one of SEV1, SEV2, SEV3, SEV4."_s}},
        {"bad session enum",
         [](const QByteArray &json) {
             return edited(json, sessionPath(json, u"actions"_s, {0, u"status"_s}), u"closed"_s);
         },
         {u"].actions[0].status: \"closed\" is not one of open, in-progress, done, dropped."_s}},
        {"unknown field",
         [](const QByteArray &json) {
             return edited(json, {u"teams"_s, 1, u"colour"_s}, u"red"_s);
         },
         {u"$.teams[1]: unknown field \"colour\"; the fields here are id, parent_id, name, description."_s}},
        {"dangling reference",
         [](const QByteArray &json) {
             return edited(json, {u"members"_s, 3, u"team_id"_s}, 999);
         },
         {u"$.members[3].team_id: there is no team with id 999 in $.teams."_s}},
        {"duplicate id",
         [](const QByteArray &json) {
             const QJsonValue id = valueAt(QJsonDocument::fromJson(json).object(), {u"incidents"_s, 4, u"id"_s});
             return edited(json, {u"incidents"_s, 5, u"id"_s}, id);
         },
         {u"$.incidents[5].id: the id 5 is used twice (also at $.incidents[4]); ids are unique."_s}},
        {"duplicate row id across sessions",
         [](const QByteArray &json) {
             const QJsonObject root = QJsonDocument::fromJson(json).object();
             const QJsonValue id = valueAt(root, {u"sessions"_s, 0, u"timeline"_s, 0, u"id"_s});
             return edited(json, {u"sessions"_s, 1, u"timeline"_s, 0, u"id"_s}, id);
         },
         {u"$.sessions[1].timeline[0].id: the id"_s, u"(also at $.sessions[0].timeline[0])"_s}},
        {"duplicate team name",
         [](const QByteArray &json) {
             return edited(json, {u"teams"_s, 3, u"name"_s}, u"Platform"_s);
         },
         {u"$.teams[3].name: \"Platform\" is also the name of $.teams[0]; team names are unique."_s}},
        {"team cycle",
         [](const QByteArray &json) {
             return edited(json, {u"teams"_s, 0, u"parent_id"_s}, 3);
         },
         {u"$.teams[0].parent_id: the team \"Platform\" would be its own department"_s}},
        {"time without zone",
         [](const QByteArray &json) {
             return edited(json, {u"incidents"_s, 0, u"started_at"_s}, u"2024-03-01T10:00:00"_s);
         },
         {u"$.incidents[0].started_at: expected a time in ISO 8601 with its offset from UTC"_s}},
        {"impossible date",
         [](const QByteArray &json) {
             return edited(json, {u"survey_waves"_s, 0, u"opens_on"_s}, u"2024-02-30"_s);
         },
         {u"$.survey_waves[0].opens_on: expected a date such as \"2024-03-01\", found \"2024-02-30\"."_s}},
        {"k out of range",
         [](const QByteArray &json) {
             return edited(json, {u"survey_waves"_s, 0, u"k"_s}, 2);
         },
         {u"$.survey_waves[0].k: expected a whole number from 3 to 10, found 2."_s}},
        {"closes before opening",
         [](const QByteArray &json) {
             return edited(json, {u"survey_waves"_s, 0, u"closes_on"_s}, u"2001-01-01"_s);
         },
         {u"$.survey_waves[0].closes_on: the wave closes before it opens"_s}},
        {"second postmortem of an incident",
         [](const QByteArray &json) {
             const QJsonValue incident =
                 valueAt(QJsonDocument::fromJson(json).object(), {u"sessions"_s, 0, u"incident_id"_s});
             return edited(json, {u"sessions"_s, 1, u"incident_id"_s}, incident);
         },
         {u"$.sessions[1].incident_id: the incident"_s, u"already has its postmortem at $.sessions[0]"_s}},
        {"event of another session",
         [](const QByteArray &json) {
             const QJsonObject root = QJsonDocument::fromJson(json).object();
             const int session = sessionWith(json, u"factors"_s);
             const int other = session == 0 ? 1 : 0;
             const QJsonValue event = valueAt(root, {u"sessions"_s, other, u"timeline"_s, 0, u"id"_s});
             return edited(json, {u"sessions"_s, session, u"factors"_s, 0, u"event_ids"_s}, QJsonArray{event});
         },
         {u"].factors[0].event_ids[0]: there is no event with id"_s, u"in this session's timeline."_s}},
        {"action's factor missing",
         [](const QByteArray &json) {
             return edited(json, sessionPath(json, u"actions"_s, {0, u"factor_id"_s}), 999999);
         },
         {u"].actions[0].factor_id: there is no factor with id 999999 in this session's factors."_s}},
        {"speaker not in the room",
         [](const QByteArray &json) {
             return edited(json, {u"sessions"_s, 0, u"speaker_id"_s}, 999999);
         },
         {u"$.sessions[0].speaker_id: there is no participant with id 999999"_s}},
        {"response not a string",
         [](const QByteArray &json) {
             return edited(json, {u"survey_waves"_s, waveWith(json, false), u"responses"_s, 0}, QJsonArray{1, 2});
         },
         {u"].responses[0]: expected a string of answers from 1 to"_s, u"separated by single spaces"_s,
          u"found an array."_s}},
        {"response too short",
         [](const QByteArray &json) {
             return edited(json, {u"survey_waves"_s, waveWith(json, false), u"responses"_s, 0}, u"1 2"_s);
         },
         {u"].responses[0]: the response \"1 2\" has 2 answer"_s, u"but the instrument has"_s}},
        {"answer off the scale",
         [](const QByteArray &json) {
             return edited(json, {u"survey_waves"_s, waveWith(json, false), u"responses"_s, 0},
                           withFirstAnswer(json, waveWith(json, false), u"12"_s));
         },
         {u"].responses[0]: \"12 "_s, u"does not read as answers from 1 to"_s, u"(answer 1)."_s}},
        {"two spaces",
         [](const QByteArray &json) {
             return edited(json, {u"survey_waves"_s, waveWith(json, false), u"responses"_s, 0},
                           withFirstAnswer(json, waveWith(json, false), u"1 "_s));
         },
         {u"].responses[0]: \"1  "_s, u"does not read as answers"_s, u"(answer 2)."_s}},
        {"trend where none is asked",
         [](const QByteArray &json) {
             return edited(json, {u"survey_waves"_s, waveWith(json, false), u"responses"_s, 0},
                           withFirstAnswer(json, waveWith(json, false), u"1+"_s));
         },
         {u"].responses[0]: \"1+ "_s, u"separated by single spaces, such as \"3 2 1\" (answer 1)."_s}},
        {"unknown trend mark",
         [](const QByteArray &json) {
             return edited(json, {u"survey_waves"_s, waveWith(json, true), u"responses"_s, 0},
                           withFirstAnswer(json, waveWith(json, true), u"1*"_s));
         },
         {u"].responses[0]: \"1* "_s, u"with an optional trend mark +, = or -, such as \"3+ 2= 1\" (answer 1)."_s}},
        {"totals do not match",
         [](const QByteArray &json) {
             const int wave = waveWith(json, false);
             const QVariantList path = {u"survey_waves"_s, wave, u"totals"_s, u"respondents"_s};
             const QJsonValue respondents = valueAt(QJsonDocument::fromJson(json).object(), path);
             return edited(json, path, respondents.toInt() + 1);
         },
         {u"].totals.respondents:"_s, u"does not match the responses"_s}},
        {"score sum does not match",
         [](const QByteArray &json) {
             const int wave = waveWith(json, false);
             const QVariantList path = {u"survey_waves"_s, wave, u"totals"_s, u"score_sum"_s};
             const QJsonValue sum = valueAt(QJsonDocument::fromJson(json).object(), path);
             return edited(json, path, sum.toDouble() + 0.5);
         },
         {u"].totals.score_sum:"_s, u"does not match the responses"_s}},
        {"instrument without items",
         [](const QByteArray &json) {
             return edited(json, {u"survey_instruments"_s, 0, u"items"_s}, QJsonArray());
         },
         {u"$.survey_instruments[0].items: an instrument asks at least one question."_s}},
        {"instrument version twice",
         [](const QByteArray &json) {
             const QJsonObject root = QJsonDocument::fromJson(json).object();
             const QJsonValue key = valueAt(root, {u"survey_instruments"_s, 0, u"key"_s});
             return edited(edited(json, {u"survey_instruments"_s, 1, u"key"_s}, key),
                           {u"survey_instruments"_s, 1, u"version"_s}, 1);
         },
         {u"$.survey_instruments[1].version: version 1 of"_s, u"is also $.survey_instruments[0]"_s}},
        {"dangling instrument",
         [](const QByteArray &json) {
             return edited(json, {u"survey_waves"_s, 0, u"instrument_id"_s}, 4242);
         },
         {u"$.survey_waves[0].instrument_id: there is no instrument with id 4242 in $.survey_instruments."_s}},
    };
    return all;
}

} // namespace

class TestDataTransfer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void fixtureFillsEverySection();
    void roundTripIsIdentical();
    void importedDataMatchesTheSource();
    void responsesGetNewIds();
    void builtInInstrumentsStoredOnFirstUseMakeWay();
    void brokenFilesChangeNothing_data();
    void brokenFilesChangeNothing();
    void syntaxErrorNamesLineAndColumn();
    void nonEmptyDatabaseIsRefused();
    void failedWriteRollsBack();
    void tooLargeFileIsRefusedUnread();
    void emptyDatabaseRoundTrips();
    void documentedExampleImports();
    void documentationNamesEveryField();

private:
    QString documentation();
    std::unique_ptr<Database> newDatabase(const QString &name);

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_source;
    QByteArray m_json; // the source's export
    const QDateTime m_exportedAt = QDateTime(QDate(2026, 5, 4), QTime(3, 2, 1), Qt::UTC);
    int m_databases = 0;
};

std::unique_ptr<Database> TestDataTransfer::newDatabase(const QString &name)
{
    auto database = std::make_unique<Database>();
    const QString location = testdb::location(m_dir, name + QString::number(++m_databases));
    if (location.isEmpty())
        return nullptr;
    const Status status = database->open(location);
    if (!status) {
        qWarning() << status.error();
        return nullptr;
    }
    return database;
}

void TestDataTransfer::cleanupTestCase()
{
    m_source.reset();
    testdb::dropAll();
}

void TestDataTransfer::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_source = newDatabase(QStringLiteral("source"));
    QVERIFY(m_source);
    DemoOrganisation::Options options;
    options.today = QDate(2026, 4, 20);
    const Result<DemoOrganisation::Summary> demo = DemoOrganisation::create(*m_source, options);
    QVERIFY2(demo, qPrintable(demo.error()));

    // What the demo does not make: a department above its teams' ids, text JSON must escape, drafts, a speaker,
    // custom instrument versions, answers without trends on a trend instrument.
    TeamRepository teams(*m_source);
    const Result<qint64> department = teams.insertTeam(makeTeam(QStringLiteral("Späte \"Abteilung\" \\ 🚀\n\t\x01")));
    QVERIFY2(department, qPrintable(department.error()));
    Result<Team> moved = teams.team(2);
    QVERIFY(moved);
    Team team = *moved;
    team.parentId = *department;
    QVERIFY2(teams.updateTeam(team), "move team 2 under the new department");

    PostmortemRepository sessions(*m_source);
    const QList<SessionRow> rows = sessions.sessions();
    QVERIFY(!rows.isEmpty());
    const qint64 sessionId = rows.first().id;
    QVERIFY(sessions.setDraft(sessionId, QStringLiteral("timeline"), QStringLiteral("Half a sentence, \"quoted\"")));
    QVERIFY(sessions.setDraft(sessionId, QStringLiteral("factor"), QStringLiteral("Another draft")));
    const QList<Participant> participants = sessions.participants(sessionId);
    QVERIFY(!participants.isEmpty());
    QVERIFY(sessions.recordTurn(sessionId, std::nullopt, participants.first().id,
                                QDateTime(QDate(2026, 4, 1), QTime(10, 0), Qt::UTC)));

    SurveyRepository surveys(*m_source);
    Instrument custom;
    custom.name = QStringLiteral("Pulse");
    custom.scalePoints = 5;
    custom.items = {SurveyItem{QStringLiteral("Voice"), QStringLiteral("I can speak up."), false},
                    SurveyItem{QString(), QStringLiteral("Mistakes are held against you."), true}};
    const Result<Instrument> first = surveys.saveCustomInstrument(custom);
    QVERIFY2(first, qPrintable(first.error()));
    custom.key = first->key;
    custom.items.push_back(SurveyItem{QString(), QStringLiteral("I would recommend the team."), false});
    const Result<Instrument> second = surveys.saveCustomInstrument(custom);
    QVERIFY2(second, qPrintable(second.error()));
    QCOMPARE(second->version, 2);
    SurveyWave wave;
    wave.teamId = 3;
    wave.opens = QDate(2026, 4, 1);
    wave.invited = 9;
    wave.k = 3;
    wave.commentK = 4;
    const Result<qint64> waveId = surveys.createWave(wave, custom.key);
    QVERIFY2(waveId, qPrintable(waveId.error()));
    std::vector<SurveyAnswers> answers(4);
    for (size_t i = 0; i < answers.size(); ++i)
        answers[i].values = {int(i) + 1, 5 - int(i), 3};
    answers[0].comment = QStringLiteral("Line one\nline two");
    QVERIFY(surveys.importResponses(*waveId, answers));
    const Result<qint64> healthWave = surveys.createWave(wave, QStringLiteral("health-check"));
    QVERIFY2(healthWave, qPrintable(healthWave.error()));
    std::vector<SurveyAnswers> lights(3);
    for (SurveyAnswers &light : lights)
        light.values.assign(10, 2);
    QVERIFY(surveys.importResponses(*healthWave, lights));

    const Result<QByteArray> json = DataTransfer::exportJson(*m_source, m_exportedAt);
    QVERIFY2(json, qPrintable(json.error()));
    m_json = *json;
}

void TestDataTransfer::fixtureFillsEverySection()
{
    const QJsonObject root = QJsonDocument::fromJson(m_json).object();
    QCOMPARE(root.value(QLatin1String("format")).toString(), QStringLiteral("candor-export"));
    QCOMPARE(root.value(QLatin1String("format_version")).toInt(), DataTransfer::FormatVersion);
    QCOMPARE(root.value(QLatin1String("schema_version")).toInt(), Database::latestSchemaVersion());
    QCOMPARE(root.value(QLatin1String("exported_at")).toString(), QStringLiteral("2026-05-04T03:02:01Z"));
    for (const char *section : {"teams", "members", "incidents", "sessions", "survey_instruments", "survey_waves"})
        QVERIFY2(!root.value(QLatin1String(section)).toArray().isEmpty(), section);
    for (const char *section : {"phases", "phase_log", "participants", "speaking_turns", "timeline", "factors",
                                "learnings", "actions", "checks", "drafts"})
        QVERIFY2(sessionWith(m_json, QLatin1String(section)) >= 0, section);
    // Every table of the source has rows, so the round trip below covers all of them.
    const QMap<QString, qint64> counts = rowCounts(*m_source);
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        QVERIFY2(it.value() > 0, qPrintable(it.key()));
    QCOMPARE(counts.size(), tables.size());
    QVERIFY(waveWith(m_json, true) >= 0);
    QVERIFY(waveWith(m_json, false) >= 0);
}

void TestDataTransfer::roundTripIsIdentical()
{
    const std::unique_ptr<Database> target = newDatabase(QStringLiteral("target"));
    QVERIFY(target);
    const Result<DataTransfer::Counts> counts = DataTransfer::importJson(*target, m_json);
    QVERIFY2(counts, qPrintable(counts.error()));
    const QMap<QString, qint64> sourceCounts = rowCounts(*m_source);
    QCOMPARE(counts->teams, sourceCounts.value(QStringLiteral("team")));
    QCOMPARE(counts->incidents, sourceCounts.value(QStringLiteral("incident")));
    QCOMPARE(counts->responses, sourceCounts.value(QStringLiteral("survey_response")));
    QCOMPARE(counts->answers, sourceCounts.value(QStringLiteral("survey_answer")));
    QCOMPARE(counts->comments, sourceCounts.value(QStringLiteral("survey_comment")));

    const Result<QByteArray> again = DataTransfer::exportJson(*target);
    QVERIFY2(again, qPrintable(again.error()));
    QVERIFY(!again->contains("\"exported_at\": \"2026-05-04T03:02:01Z\"")); // a new export time
    QCOMPARE(withoutExportTime(*again), withoutExportTime(m_json));
    QVERIFY(withoutExportTime(m_json).size() < m_json.size());
    QVERIFY(target->integrityProblems().isEmpty());
}

void TestDataTransfer::importedDataMatchesTheSource()
{
    const std::unique_ptr<Database> target = newDatabase(QStringLiteral("target"));
    QVERIFY(target);
    const Result<DataTransfer::Counts> counts = DataTransfer::importJson(*target, m_json);
    QVERIFY2(counts, qPrintable(counts.error()));
    QCOMPARE(rowCounts(*target), rowCounts(*m_source));
    // Tables with ids are the same row for row; derived data (running totals, response scores) agrees exactly.
    const QStringList sameRows = {
        QStringLiteral("SELECT * FROM team ORDER BY id"),
        QStringLiteral("SELECT * FROM member ORDER BY id"),
        QStringLiteral("SELECT * FROM incident ORDER BY id"),
        QStringLiteral("SELECT * FROM postmortem ORDER BY id"),
        QStringLiteral("SELECT * FROM phase_record ORDER BY postmortem_id, phase"),
        QStringLiteral("SELECT * FROM phase_log ORDER BY id"),
        QStringLiteral("SELECT * FROM participant ORDER BY id"),
        QStringLiteral("SELECT * FROM speaking_turn ORDER BY id"),
        QStringLiteral("SELECT * FROM timeline_event ORDER BY id"),
        QStringLiteral("SELECT * FROM contributing_factor ORDER BY id"),
        QStringLiteral("SELECT * FROM factor_event ORDER BY factor_id, event_id"),
        QStringLiteral("SELECT * FROM learning ORDER BY id"),
        QStringLiteral("SELECT * FROM action_item ORDER BY id"),
        QStringLiteral("SELECT * FROM check_tally ORDER BY postmortem_id, check_kind, value"),
        QStringLiteral("SELECT * FROM session_draft ORDER BY postmortem_id, field"),
        QStringLiteral("SELECT * FROM survey_instrument ORDER BY id"),
        QStringLiteral("SELECT * FROM survey_item ORDER BY instrument_id, position"),
        QStringLiteral("SELECT * FROM survey_wave ORDER BY id"),
        QStringLiteral("SELECT * FROM survey_wave_item ORDER BY wave_id, position"),
        // Responses and comments by content: their ids are new.
        QStringLiteral("SELECT wave_id, score, unfavourable, neutral, favourable FROM survey_response"
                       " ORDER BY wave_id, score, unfavourable, neutral, favourable"),
        QStringLiteral("SELECT r.wave_id, group_concat(a.value || ':' || ifnull(a.trend, 'x'), ',') AS answers"
                       " FROM survey_response r JOIN (SELECT * FROM survey_answer ORDER BY response_id, position) a"
                       " ON a.response_id = r.id GROUP BY r.id ORDER BY r.wave_id, answers"),
        QStringLiteral("SELECT wave_id, text FROM survey_comment ORDER BY wave_id, text"),
    };
    for (const QString &statement : sameRows)
        QCOMPARE(rowsOf(*target, statement), rowsOf(*m_source, statement));
}

void TestDataTransfer::responsesGetNewIds()
{
    const std::unique_ptr<Database> target = newDatabase(QStringLiteral("target"));
    QVERIFY(target);
    QVERIFY(DataTransfer::importJson(*target, m_json));
    const QStringList sourceIds = rowsOf(*m_source, QStringLiteral("SELECT id FROM survey_response"));
    const QStringList targetIds = rowsOf(*target, QStringLiteral("SELECT id FROM survey_response"));
    QCOMPARE(targetIds.size(), sourceIds.size());
    const QSet<QString> common =
        QSet<QString>(sourceIds.begin(), sourceIds.end()).intersect(QSet<QString>(targetIds.begin(), targetIds.end()));
    QVERIFY(common.isEmpty());
    // Nothing in the file identifies a response or its place among the others.
    QVERIFY(!m_json.contains("response_id"));
    const QJsonArray waves = QJsonDocument::fromJson(m_json).object().value(QLatin1String("survey_waves")).toArray();
    for (const QJsonValue &wave : waves) {
        const QJsonArray responses = wave.toObject().value(QLatin1String("responses")).toArray();
        for (qsizetype i = 1; i < responses.size(); ++i) {
            const QByteArray previous = responses.at(i - 1).toString().toUtf8();
            const QByteArray current = responses.at(i).toString().toUtf8();
            QVERIFY2(previous <= current, "responses are listed in sorted order, not in the order they came");
        }
    }
}

void TestDataTransfer::builtInInstrumentsStoredOnFirstUseMakeWay()
{
    const std::unique_ptr<Database> target = newDatabase(QStringLiteral("target"));
    QVERIFY(target);
    SurveyRepository surveys(*target);
    QCOMPARE(surveys.instruments().size(), qsizetype(Instruments::builtIn().size())); // stores the built-ins
    const Result<bool> holds = DataTransfer::holdsData(*target);
    QVERIFY(holds);
    QVERIFY(!*holds);
    const Result<DataTransfer::Counts> counts = DataTransfer::importJson(*target, m_json);
    QVERIFY2(counts, qPrintable(counts.error()));
    const Result<QByteArray> again = DataTransfer::exportJson(*target, m_exportedAt);
    QVERIFY(again);
    QCOMPARE(*again, m_json);
}

void TestDataTransfer::brokenFilesChangeNothing_data()
{
    QTest::addColumn<int>("index");
    for (int i = 0; i < breakages().size(); ++i)
        QTest::newRow(breakages().at(i).name) << i;
}

void TestDataTransfer::brokenFilesChangeNothing()
{
    QFETCH(int, index);
    const Breakage &breakage = breakages().at(index);
    const std::unique_ptr<Database> target = newDatabase(QStringLiteral("broken"));
    QVERIFY(target);
    const QMap<QString, qint64> before = rowCounts(*target);
    const QByteArray broken = breakage.breakIt(m_json);
    QVERIFY(broken != m_json);
    const Result<DataTransfer::Counts> counts = DataTransfer::importJson(*target, broken);
    QVERIFY(!counts);
    for (const QString &part : breakage.expected)
        QVERIFY2(counts.error().contains(part), qPrintable(counts.error() + QStringLiteral(" lacks ") + part));
    QVERIFY2(counts.error().endsWith(QStringLiteral("Nothing was imported.")), qPrintable(counts.error()));
    QCOMPARE(rowCounts(*target), before);
    const Result<bool> holds = DataTransfer::holdsData(*target);
    QVERIFY(holds);
    QVERIFY(!*holds);
}

void TestDataTransfer::syntaxErrorNamesLineAndColumn()
{
    // A value without its quotes, on a line of its own.
    const QByteArray good = "\"name\": \"Observability\"";
    const qsizetype at = m_json.indexOf(good);
    QVERIFY(at > 0);
    QByteArray broken = m_json;
    broken.replace(at, good.size(), "\"name\": Observability");
    const qsizetype line = m_json.left(at).count('\n') + 1;
    const qsizetype lineStart = m_json.lastIndexOf('\n', at) + 1;
    const qsizetype column = at - lineStart + 1 + qsizetype(sizeof("\"name\": ") - 1);

    const std::unique_ptr<Database> target = newDatabase(QStringLiteral("syntax"));
    QVERIFY(target);
    const Result<DataTransfer::Counts> counts = DataTransfer::importJson(*target, broken);
    QVERIFY(!counts);
    const QString expected = QStringLiteral("JSON syntax error at line %1, column %2 (byte %3)")
                                 .arg(line)
                                 .arg(column)
                                 .arg(lineStart + column - 1);
    QVERIFY2(counts.error().startsWith(expected), qPrintable(counts.error() + QStringLiteral(" <> ") + expected));
    QVERIFY(counts.error().endsWith(QStringLiteral("Nothing was imported.")));
    QVERIFY(!*DataTransfer::holdsData(*target));

    // A file cut short says so too.
    const Result<DataTransfer::Counts> cut = DataTransfer::importJson(*target, m_json.left(m_json.size() / 2));
    QVERIFY(!cut);
    QVERIFY2(cut.error().startsWith(QStringLiteral("JSON syntax error at line")), qPrintable(cut.error()));
    QVERIFY(!*DataTransfer::holdsData(*target));
}

void TestDataTransfer::nonEmptyDatabaseIsRefused()
{
    const QMap<QString, qint64> before = rowCounts(*m_source);
    const Result<DataTransfer::Counts> counts = DataTransfer::importJson(*m_source, m_json);
    QVERIFY(!counts);
    QVERIFY2(counts.error().contains(QStringLiteral("already holds data")), qPrintable(counts.error()));
    QVERIFY(counts.error().contains(QStringLiteral("new, empty database")));
    QCOMPARE(rowCounts(*m_source), before);
    const Result<QByteArray> again = DataTransfer::exportJson(*m_source, m_exportedAt);
    QVERIFY(again);
    QCOMPARE(*again, m_json);

    // One custom instrument is data too; the built-ins Candor stores by itself are not.
    const std::unique_ptr<Database> target = newDatabase(QStringLiteral("custom"));
    QVERIFY(target);
    SurveyRepository surveys(*target);
    Instrument custom;
    custom.name = QStringLiteral("Ours");
    custom.items = {SurveyItem{QString(), QStringLiteral("A statement."), false}};
    QVERIFY(surveys.saveCustomInstrument(custom));
    QVERIFY(*DataTransfer::holdsData(*target));
    QVERIFY(!DataTransfer::importJson(*target, m_json));
}

void TestDataTransfer::failedWriteRollsBack()
{
    const std::unique_ptr<Database> target = newDatabase(QStringLiteral("trigger"));
    QVERIFY(target);
    // Comments are written last: everything else is in the transaction when this fails.
    QSqlQuery q(target->connection());
    if (testdb::onPostgreSql()) {
        QVERIFY2(q.exec(QStringLiteral("CREATE FUNCTION refuse() RETURNS trigger LANGUAGE plpgsql"
                                       " AS $$BEGIN RAISE EXCEPTION 'refused by the test'; END$$")),
                 qPrintable(q.lastError().text()));
        QVERIFY2(q.exec(QStringLiteral("CREATE TRIGGER refuse BEFORE INSERT ON survey_comment"
                                       " FOR EACH ROW EXECUTE FUNCTION refuse()")),
                 qPrintable(q.lastError().text()));
    } else {
        QVERIFY(q.exec(QStringLiteral("CREATE TRIGGER refuse BEFORE INSERT ON survey_comment"
                                      " BEGIN SELECT RAISE(ABORT, 'refused by the test'); END")));
    }
    const Result<DataTransfer::Counts> counts = DataTransfer::importJson(*target, m_json);
    QVERIFY(!counts);
    QVERIFY2(counts.error().contains(QStringLiteral("Writing the comments of $.survey_waves[")),
             qPrintable(counts.error()));
    QVERIFY(counts.error().contains(QStringLiteral("refused by the test")));
    for (qint64 rows : rowCounts(*target))
        QCOMPARE(rows, 0);
}

void TestDataTransfer::tooLargeFileIsRefusedUnread()
{
    const std::unique_ptr<Database> target = newDatabase(QStringLiteral("large"));
    QVERIFY(target);
    const QString path = m_dir.filePath(QStringLiteral("huge.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QVERIFY(file.resize(DataTransfer::MaximumFileSize + 1)); // sparse: nothing is really written
    file.close();
    const Result<DataTransfer::Counts> counts = DataTransfer::importFile(*target, path);
    QVERIFY(!counts);
    QVERIFY2(counts.error().contains(QStringLiteral("Candor imports files of up to 512 MB")),
             qPrintable(counts.error()));
    QVERIFY(!*DataTransfer::holdsData(*target));
    QFile::remove(path);

    const Result<DataTransfer::Counts> missing =
        DataTransfer::importFile(*target, m_dir.filePath(QStringLiteral("missing.json")));
    QVERIFY(!missing);
    QVERIFY2(missing.error().contains(QStringLiteral("does not exist")), qPrintable(missing.error()));

    // A file's problems start with its name.
    const QString badPath = m_dir.filePath(QStringLiteral("bad.json"));
    QFile bad(badPath);
    QVERIFY(bad.open(QIODevice::WriteOnly));
    bad.write(edited(m_json, {u"incidents"_s, 12, u"severity"_s}, u"SEV9"_s));
    bad.close();
    const Result<DataTransfer::Counts> named = DataTransfer::importFile(*target, badPath);
    QVERIFY(!named);
    QCOMPARE(named.error(), QDir::toNativeSeparators(badPath) +
                                QStringLiteral(": $.incidents[12].severity: \"SEV9\" is not one of SEV1, SEV2, SEV3, "
                                               "SEV4. Nothing was imported."));

    // With a byte order mark the file reads as without.
    const QString bomPath = m_dir.filePath(QStringLiteral("bom.json"));
    QFile withBom(bomPath);
    QVERIFY(withBom.open(QIODevice::WriteOnly));
    withBom.write("\xEF\xBB\xBF" + m_json);
    withBom.close();
    const Result<DataTransfer::Counts> imported = DataTransfer::importFile(*target, bomPath);
    QVERIFY2(imported, qPrintable(imported.error()));
    QCOMPARE(*DataTransfer::exportJson(*target, m_exportedAt), m_json);
}

void TestDataTransfer::emptyDatabaseRoundTrips()
{
    const std::unique_ptr<Database> empty = newDatabase(QStringLiteral("empty"));
    QVERIFY(empty);
    const Result<QByteArray> json = DataTransfer::exportJson(*empty, m_exportedAt);
    QVERIFY(json);
    const std::unique_ptr<Database> target = newDatabase(QStringLiteral("empty-target"));
    QVERIFY(target);
    const Result<DataTransfer::Counts> counts = DataTransfer::importJson(*target, *json);
    QVERIFY2(counts, qPrintable(counts.error()));
    QCOMPARE(counts->teams, 0);
    QCOMPARE(counts->responses, 0);
    QCOMPARE(*DataTransfer::exportJson(*target, m_exportedAt), *json);
    QVERIFY(json->contains("\"teams\": []"));
}

QString TestDataTransfer::documentation()
{
    const QString path = QFINDTESTDATA("../../docs/json-format.md");
    QFile file(path);
    if (path.isEmpty() || !file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

void TestDataTransfer::documentedExampleImports()
{
    const QString text = documentation();
    QVERIFY2(!text.isEmpty(), "docs/json-format.md not found");
    const qsizetype start = text.indexOf(QStringLiteral("```json\n"));
    QVERIFY(start >= 0);
    const qsizetype end = text.indexOf(QStringLiteral("```"), start + 8);
    const QByteArray example = text.mid(start + 8, end - start - 8).toUtf8();

    const std::unique_ptr<Database> target = newDatabase(QStringLiteral("example"));
    QVERIFY(target);
    const Result<DataTransfer::Counts> counts = DataTransfer::importJson(*target, example);
    QVERIFY2(counts, qPrintable(counts.error()));
    QCOMPARE(counts->teams, 2);
    QCOMPARE(counts->members, 1);
    QCOMPARE(counts->incidents, 1);
    QCOMPARE(counts->sessions, 1);
    QCOMPARE(counts->instruments, 1);
    QCOMPARE(counts->waves, 1);
    QCOMPARE(counts->responses, 3);
    QCOMPARE(counts->answers, 6);
    QCOMPARE(counts->comments, 1);
    // The scores the page works out by hand.
    QCOMPARE(rowsOf(*target, QStringLiteral("SELECT score, unfavourable, neutral, favourable FROM survey_response"
                                            " ORDER BY score")),
             (QStringList{QStringLiteral("3|0|2|0"), QStringLiteral("4|0|0|2"), QStringLiteral("5|0|0|2")}));
    QVERIFY(target->integrityProblems().isEmpty());
}

// Every field an export writes is described on the page (as `name`).
void TestDataTransfer::documentationNamesEveryField()
{
    const QString text = documentation();
    QVERIFY2(!text.isEmpty(), "docs/json-format.md not found");
    QSet<QString> fields;
    std::function<void(const QJsonValue &)> collect = [&](const QJsonValue &value) {
        if (value.isArray()) {
            for (const QJsonValue &element : value.toArray())
                collect(element);
        } else if (value.isObject()) {
            const QJsonObject object = value.toObject();
            for (auto it = object.begin(); it != object.end(); ++it) {
                fields.insert(it.key());
                collect(it.value());
            }
        }
    };
    collect(QJsonDocument::fromJson(m_json).object());
    QVERIFY(fields.size() > 60);
    for (const QString &field : std::as_const(fields))
        QVERIFY2(text.contains(QLatin1Char('`') + field + QLatin1Char('`')), qPrintable(field));
}

QTEST_GUILESS_MAIN(TestDataTransfer)
#include "tst_datatransfer.moc"
