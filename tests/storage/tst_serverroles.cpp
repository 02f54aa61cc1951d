// The PostgreSQL roles of scripts/pg-roles.sql (docs/postgresql.md) on a real server (the _pg variant): an HR login
// reads survey trends through the views of schema candor_hr only and never a wave below k, a facilitator writes but
// changes no schema, and ServerRoles tells them apart. On SQLite only the "a file is always Full" part applies.
#include "common/TestDatabase.h"
#include "reports/TrendsExport.h"
#include "storage/Database.h"
#include "storage/DemoOrganisation.h"
#include "storage/IncidentRepository.h"
#include "storage/Migrations.h"
#include "storage/ServerRoles.h"
#include "storage/SurveyRepository.h"
#include "storage/TeamRepository.h"
#include "survey/Instruments.h"
#include "survey/SurveyFigures.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <map>
#include <set>

using namespace candor;

namespace {

using Access = ServerRoles::Access;
using Need = ServerRoles::Need;

const char *const hrPassword = "hr-secret-1";
const char *const facilitatorPassword = "facilitator-secret-1";

QString databaseName(const QString &url)
{
    return url.mid(url.lastIndexOf(QLatin1Char('/')) + 1);
}

// The owner's waves as an HR login must see them: only those with at least k responses, with invited shown only
// from k people on (what the views of migration 7 promise).
std::vector<WaveMoments> atOrAboveK(const std::vector<WaveMoments> &waves)
{
    std::vector<WaveMoments> kept;
    for (WaveMoments wave : waves) {
        if (wave.moments.respondents < wave.k)
            continue;
        if (wave.invited < wave.k)
            wave.invited = 0;
        kept.push_back(wave);
    }
    return kept;
}

// Opens and says why not, as a test failure message would.
bool openOrSay(Database &database, const QString &location)
{
    const Status opened = database.open(location);
    if (!opened)
        qWarning("Cannot open %s: %s", qPrintable(location), qPrintable(opened.error()));
    return bool(opened);
}

QString trendsCsv(const std::vector<TeamNode> &teams, const std::vector<WaveMoments> &waves)
{
    return trends::csv(trends::rows(SurveyFigures::compute(teams, waves), teams));
}

} // namespace

class TestServerRoles : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void fileIsAlwaysFull();
    void permissionsOfEachAccess();
    void detectsEachLoginsRole();
    void hrCannotReadBaseTables();
    void hrTrendsAreTheOwnersAtOrAboveK();
    void hrIsToldWhatItMayDo();
    void facilitatorWritesButChangesNoSchema();

private:
    bool needsServer();
    QStringList m_roles; // logins this test created, dropped at the end
    QTemporaryDir m_dir;
    QString m_ownerUrl;
    QString m_hrUrl;
    QString m_facilitatorUrl;
    Database m_owner;
};

bool TestServerRoles::needsServer()
{
    return testdb::onPostgreSql();
}

void TestServerRoles::initTestCase()
{
    if (!testdb::onPostgreSql())
        return;
    m_ownerUrl = testdb::location(m_dir, QStringLiteral("roles"));
    QVERIFY2(!m_ownerUrl.isEmpty(), qPrintable(testdb::lastError()));
    // The cluster's superuser plays candor_owner: it creates the schema on first open and runs the roles script.
    QVERIFY(openOrSay(m_owner, m_ownerUrl));
    DemoOrganisation::Options options;
    options.withHistory = false;
    options.today = QDate(2026, 6, 30);
    const Result<DemoOrganisation::Summary> demo = DemoOrganisation::create(m_owner, options);
    QVERIFY2(demo, qPrintable(demo.error()));
    QVERIFY(demo->waves > 0);

    const QString script = QFINDTESTDATA("../../scripts/pg-roles.sql");
    // Twice: the script is meant to be run again after an upgrade.
    for (int run = 0; run < 2; ++run) {
        const QString error = testdb::runRolesScript(m_ownerUrl, script);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    const QString suffix = QString::number(QCoreApplication::applicationPid());
    const QString hr = QStringLiteral("hr_login_") + suffix;
    const QString facilitator = QStringLiteral("facilitator_login_") + suffix;
    const QString database = databaseName(m_ownerUrl);
    for (const QString &statement :
         {QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD '%2' IN ROLE candor_hr").arg(hr, QLatin1String(hrPassword)),
          QStringLiteral("ALTER ROLE %1 IN DATABASE %2 SET search_path = candor_hr").arg(hr, database),
          QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD '%2' IN ROLE candor_facilitator")
              .arg(facilitator, QLatin1String(facilitatorPassword))}) {
        const QString error = testdb::detail::runOnCluster(statement);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }
    m_roles = {hr, facilitator};
    m_hrUrl = testdb::withUser(m_ownerUrl, hr);
    m_facilitatorUrl = testdb::withUser(m_ownerUrl, facilitator);
    // Kept in memory as the GUI's prompt would; PGPASSWORD holds the superuser's.
    Database::setServerPassword(ConnectionSpec::parse(m_hrUrl)->redacted(), QString::fromLatin1(hrPassword));
    Database::setServerPassword(ConnectionSpec::parse(m_facilitatorUrl)->redacted(),
                                QString::fromLatin1(facilitatorPassword));
}

void TestServerRoles::cleanupTestCase()
{
    m_owner.close();
    testdb::dropAll();
    for (const QString &role : std::as_const(m_roles))
        testdb::detail::runOnCluster(QStringLiteral("DROP ROLE IF EXISTS %1").arg(role));
}

void TestServerRoles::fileIsAlwaysFull()
{
    if (testdb::onPostgreSql())
        QSKIP("The file case needs no server; the _pg variant checks the logins instead.");
    Database database;
    QVERIFY(openOrSay(database, m_dir.filePath(QStringLiteral("file.sqlite"))));
    const Result<Access> access = ServerRoles::detect(database.connection());
    QVERIFY2(access, qPrintable(access.error()));
    QCOMPARE(*access, Access::Full);
    for (Need need : {Need::Insights, Need::Read, Need::Write, Need::SchemaChange})
        QVERIFY(ServerRoles::allows(database.connection(), need));
}

void TestServerRoles::permissionsOfEachAccess()
{
    QVERIFY(ServerRoles::permits(Access::Full, Need::SchemaChange));
    QVERIFY(ServerRoles::permits(Access::ReadWrite, Need::Write));
    QVERIFY(!ServerRoles::permits(Access::ReadWrite, Need::SchemaChange));
    QVERIFY(ServerRoles::permits(Access::ReadOnly, Need::Read));
    QVERIFY(!ServerRoles::permits(Access::ReadOnly, Need::Write));
    QVERIFY(ServerRoles::permits(Access::HrInsights, Need::Insights));
    QVERIFY(!ServerRoles::permits(Access::HrInsights, Need::Read));
    QVERIFY(!ServerRoles::permits(Access::HrInsights, Need::Write));
    QVERIFY(!ServerRoles::permits(Access::None, Need::Insights));
}

void TestServerRoles::detectsEachLoginsRole()
{
    if (!needsServer())
        QSKIP("Logins and their grants need a PostgreSQL server: run tst_serverroles_pg.");
    const Result<Access> owner = ServerRoles::detect(m_owner.connection());
    QVERIFY2(owner, qPrintable(owner.error()));
    QCOMPARE(*owner, Access::Full);

    Database hr;
    QVERIFY(openOrSay(hr, m_hrUrl));
    // Opened at the current version without trying to migrate: the version is read through the view.
    QCOMPARE(hr.schemaVersion(), Migrations::latestVersion());
    const Result<Access> hrAccess = ServerRoles::detect(hr.connection());
    QVERIFY2(hrAccess, qPrintable(hrAccess.error()));
    QCOMPARE(*hrAccess, Access::HrInsights);

    Database facilitator;
    QVERIFY(openOrSay(facilitator, m_facilitatorUrl));
    const Result<Access> facilitatorAccess = ServerRoles::detect(facilitator.connection());
    QVERIFY2(facilitatorAccess, qPrintable(facilitatorAccess.error()));
    QCOMPARE(*facilitatorAccess, Access::ReadWrite);
}

void TestServerRoles::hrCannotReadBaseTables()
{
    if (!needsServer())
        QSKIP("Logins and their grants need a PostgreSQL server: run tst_serverroles_pg.");
    Database hr;
    QVERIFY(openOrSay(hr, m_hrUrl));
    QSqlQuery query(hr.connection());
    for (const char *table : {"survey_response", "survey_answer", "survey_comment", "survey_wave", "incident",
                              "postmortem", "member", "candor_meta"}) {
        const QString statement = QStringLiteral("SELECT count(*) FROM public.%1").arg(QLatin1String(table));
        QVERIFY2(!query.exec(statement), qPrintable(statement + QStringLiteral(" was allowed")));
        QVERIFY2(query.lastError().nativeErrorCode() == QLatin1String("42501"),
                 qPrintable(statement + QStringLiteral(": ") + query.lastError().text()));
    }
    // Not through the search path either: candor_hr has no such view.
    for (const char *table : {"survey_response", "survey_answer", "survey_comment", "incident"})
        QVERIFY(!query.exec(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table))));
    // Nor can it write to what it reads.
    QVERIFY(!query.exec(QStringLiteral("UPDATE survey_wave SET respondents = 0")));
    QVERIFY(!query.exec(QStringLiteral("CREATE TABLE candor_hr.mine (id integer)")));
}

void TestServerRoles::hrTrendsAreTheOwnersAtOrAboveK()
{
    if (!needsServer())
        QSKIP("Logins and their grants need a PostgreSQL server: run tst_serverroles_pg.");
    SurveyRepository ownerSurveys(m_owner);
    const std::vector<WaveMoments> ownerWaves = ownerSurveys.waveMoments({}, true);
    const std::vector<WaveMoments> expected = atOrAboveK(ownerWaves);
    // The demo has small teams with waves below k, or there would be nothing to hide.
    QVERIFY(expected.size() < ownerWaves.size());
    QVERIFY(!expected.empty());

    Database hr;
    QVERIFY(openOrSay(hr, m_hrUrl));
    SurveyRepository hrSurveys(hr);
    const std::vector<WaveMoments> hrWaves = hrSurveys.waveMoments({}, true);
    QCOMPARE(hrWaves.size(), expected.size());
    for (size_t i = 0; i < hrWaves.size(); ++i) {
        const WaveMoments &seen = hrWaves[i];
        const WaveMoments &owner = expected[i];
        QCOMPARE(seen.waveId, owner.waveId);
        QVERIFY(seen.moments.respondents >= seen.k);
        QCOMPARE(seen.teamId, owner.teamId);
        QCOMPARE(seen.instrumentKey, owner.instrumentKey);
        QCOMPARE(seen.opens, owner.opens);
        QCOMPARE(seen.k, owner.k);
        QCOMPARE(seen.invited, owner.invited);
        QCOMPARE(seen.moments.respondents, owner.moments.respondents);
        QCOMPARE(seen.moments.sum, owner.moments.sum);
        QCOMPARE(seen.moments.sumSquares, owner.moments.sumSquares);
        QCOMPARE(seen.moments.itemSums, owner.moments.itemSums);
    }

    // The teams are the owner's; the instruments too (Insights lists them).
    const std::vector<TeamNode> teams = hrSurveys.teamNodes();
    QCOMPARE(teams.size(), ownerSurveys.teamNodes().size());
    QCOMPARE(hrSurveys.instruments().size(), ownerSurveys.instruments().size());

    // trends through the views: exactly the owner's figures over the waves at or above k, never a smaller one's.
    const QString hrTrends = trendsCsv(teams, hrWaves);
    QCOMPARE(hrTrends, trendsCsv(teams, expected));
    const std::vector<Figure> figures = SurveyFigures::compute(teams, hrWaves);
    std::set<qint64> shownWaves;
    for (const Figure &figure : figures) {
        if (!figure.suppressed)
            QVERIFY(figure.respondents >= figure.k);
        if (figure.scope == FigureScope::Wave && !figure.suppressed)
            shownWaves.insert(figure.waveId);
    }
    QVERIFY(!shownWaves.empty());
    for (const WaveMoments &wave : ownerWaves) {
        if (wave.moments.respondents < wave.k)
            QVERIFY2(!shownWaves.count(wave.waveId), "a wave below k is shown to HR");
    }
    // A team whose waves are all at or above k shows HR the same figures as its owner sees.
    const QStringList ownerLines = trendsCsv(teams, ownerWaves).split(QStringLiteral("\r\n"));
    const QStringList hrLines = hrTrends.split(QStringLiteral("\r\n"));
    int same = 0;
    for (const QString &line : hrLines) {
        if (!line.isEmpty() && !line.endsWith(QLatin1String(",yes")) && ownerLines.contains(line))
            ++same;
    }
    QVERIFY(same > 0);
}

void TestServerRoles::hrIsToldWhatItMayDo()
{
    if (!needsServer())
        QSKIP("Logins and their grants need a PostgreSQL server: run tst_serverroles_pg.");
    Database hr;
    QVERIFY(openOrSay(hr, m_hrUrl));
    QVERIFY(ServerRoles::allows(hr.connection(), Need::Insights));
    for (Need need : {Need::Read, Need::Write}) {
        const Status refused = ServerRoles::allows(hr.connection(), need);
        QVERIFY(!refused);
        QVERIFY2(refused.error().startsWith(QLatin1String("This login (HR) can read survey trends only")),
                 qPrintable(refused.error()));
        QVERIFY(!refused.error().contains(QLatin1Char('\n')));
    }
    // Nor may it update the schema; it is told whom to ask.
    const Status migrate = ServerRoles::allows(hr.connection(), Need::SchemaChange);
    QVERIFY(!migrate);
    QVERIFY2(migrate.error().contains(QLatin1String("candor_owner")), qPrintable(migrate.error()));
    // The team lookups of trends --team and insights-report --team work through the views.
    TeamRepository teams(hr);
    QVERIFY(!teams.teams().isEmpty());
    const Team first = teams.teams().first();
    const Result<Team> byName = teams.teamByName(first.name);
    QVERIFY2(byName, qPrintable(byName.error()));
    QCOMPARE(byName->id, first.id);
    QVERIFY(teams.subtreeIds(first.id).contains(first.id));
}

void TestServerRoles::facilitatorWritesButChangesNoSchema()
{
    if (!needsServer())
        QSKIP("Logins and their grants need a PostgreSQL server: run tst_serverroles_pg.");
    Database facilitator;
    QVERIFY(openOrSay(facilitator, m_facilitatorUrl));
    QVERIFY(ServerRoles::allows(facilitator.connection(), Need::Write));

    TeamRepository teams(facilitator);
    Team team;
    team.name = QStringLiteral("Roles test team");
    const Result<qint64> teamId = teams.insertTeam(team);
    QVERIFY2(teamId, qPrintable(teamId.error()));

    IncidentRepository incidents(facilitator);
    Incident incident;
    incident.teamId = *teamId;
    incident.title = QStringLiteral("Written by a facilitator");
    incident.started = QDateTime(QDate(2026, 5, 4), QTime(10, 0), Qt::UTC);
    const Result<qint64> incidentId = incidents.insert(incident);
    QVERIFY2(incidentId, qPrintable(incidentId.error()));
    QVERIFY(incidents.remove(*incidentId));

    SurveyRepository surveys(facilitator);
    const Result<Instrument> instrument = surveys.latestInstrument(QStringLiteral("psych-safety"));
    QVERIFY2(instrument, qPrintable(instrument.error()));
    SurveyWave wave;
    wave.teamId = *teamId;
    wave.opens = QDate(2026, 5, 1);
    const Result<qint64> waveId = surveys.createWave(wave, instrument->key);
    QVERIFY2(waveId, qPrintable(waveId.error()));
    SurveyAnswers answers;
    answers.values.assign(size_t(instrument->itemCount()), 4);
    QVERIFY(surveys.submitResponse(*waveId, answers));
    QCOMPARE(surveys.responseCount(*waveId), 1);

    // No schema changes: not a table, not a column, not the schema version.
    QSqlQuery query(facilitator.connection());
    QVERIFY(!query.exec(QStringLiteral("CREATE TABLE facilitators_own (id integer)")));
    QVERIFY(!query.exec(QStringLiteral("ALTER TABLE incident ADD COLUMN extra integer")));
    QVERIFY(!query.exec(QStringLiteral("DROP VIEW candor_hr.survey_wave")));
    QVERIFY(!query.exec(QStringLiteral("UPDATE candor_meta SET schema_version = 1")));
    const Status migrate = ServerRoles::allows(facilitator.connection(), Need::SchemaChange);
    QVERIFY(!migrate);
    QVERIFY2(migrate.error().contains(QLatin1String("(facilitator) may not change the schema")),
             qPrintable(migrate.error()));
    // And the wave with one response stays out of HR's sight.
    Database hr;
    QVERIFY(openOrSay(hr, m_hrUrl));
    for (const WaveMoments &seen : SurveyRepository(hr).waveMoments())
        QVERIFY(seen.waveId != *waveId);
}

QTEST_GUILESS_MAIN(TestServerRoles)
#include "tst_serverroles.moc"
