// The window a login that may read only the survey views gets (InsightsWindow, an HR member of candor_hr): the survey
// figures alone, with no incident table, MTTR chart or incident numbers; menus that change nothing; an empty state
// that does not send anyone to Surveys; teams added elsewhere shown after View > Read again. On SQLite the window runs
// on the file as its owner would. The _pg variant opens it as a real HR login of scripts/pg-roles.sql: the login is let
// in where it used to be refused, ServerRoles says HrInsights, a wave below k is not there at all (the server's views
// leave it out, where the owner sees it withheld), and a team another desktop adds shows within a second through the
// change feed, without reading again.
#include "common/ConnectDialog.h"
#include "common/SurveyData.h"
#include "common/TeamComboBox.h"
#include "common/TestDatabase.h"
#include "gui/AppFixture.h"
#include "gui/GuiHelpers.h"
#include "insights/InsightsArea.h"
#include "insights/InsightsWindow.h"
#include "insights/NumbersPanel.h"
#include "item/FigureStore.h"
#include "item/TeamTreeModel.h"
#include "item/TrendModel.h"
#include "storage/ConnectionSpec.h"
#include "storage/Database.h"
#include "storage/ServerRoles.h"
#include "storage/SurveyRepository.h"
#include "storage/TeamRepository.h"

#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace candor;
using namespace candor::testgui;

namespace {

const char *const hrPassword = "hr-window-secret-1";

// What app/main.cpp builds for such a login, on the database at `location`.
struct HrApp
{
    explicit HrApp(const QString &location)
    {
        Database::Options options;
        options.quickCheck = false;
        status = openAskingPassword(database, location, options);
        if (!status)
            return;
        teams = std::make_unique<TeamRepository>(database);
        teamModel = std::make_unique<TeamTreeModel>(*teams, TeamTreeModel::Members::NotCounted);
        surveys = std::make_unique<SurveyRepository>(database);
        window = std::make_unique<InsightsWindow>(database, *surveys, *teamModel);
    }

    Database database;
    Status status;
    std::unique_ptr<TeamRepository> teams;
    std::unique_ptr<TeamTreeModel> teamModel;
    std::unique_ptr<SurveyRepository> surveys;
    std::unique_ptr<InsightsWindow> window;
};

QStringList menuTexts(const QMenuBar *bar)
{
    QStringList texts;
    for (const QAction *menu : bar->actions()) {
        texts.append(menu->text().remove(QLatin1Char('&')));
        for (const QAction *action : menu->menu()->actions()) {
            if (!action->isSeparator())
                texts.append(QStringLiteral("  ") + action->text().remove(QLatin1Char('&')));
        }
    }
    return texts;
}

} // namespace

class TestInsightsWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();

    void hrLoginIsLetIn();
    void showsSurveyFiguresOnly();
    void menusChangeNothing();
    void emptyDatabaseSaysNoWaveHasEnoughResponses();
    void teamAddedElsewhereShows();

private:
    // The location an HR login reads the database at `ownerLocation` through: on a server the HR login's URL (its
    // search_path set for that database), on SQLite the file itself.
    QString hrLocation(const QString &ownerLocation);
    void startWindow(const QString &location);
    InsightsArea *area() const { return m_app->window->insightsArea(); }
    NumbersPanel *numbers() const { return find<NumbersPanel>(m_app->window.get(), "numbersPanel"); }

    QTemporaryDir m_dir;
    QString m_ownerLocation;
    QString m_hrLogin; // on a server: the HR login this test created, dropped at the end
    qint64 m_payments = 0;
    qint64 m_support = 0;
    std::unique_ptr<HrApp> m_app;
};

void TestInsightsWindow::initTestCase()
{
    initGuiTestCase();
    QVERIFY(m_dir.isValid());
    m_ownerLocation = testdb::location(m_dir, QStringLiteral("insights"));
    QVERIFY2(!m_ownerLocation.isEmpty(), qPrintable(testdb::lastError()));
    {
        // The owner (the cluster's superuser on a server) writes the teams and waves.
        testdata::Store store(m_ownerLocation);
        QVERIFY2(store.status, qPrintable(store.status.error()));
        STEP(keepId(store.teams.insertTeam(testdata::makeTeam(QStringLiteral("Payments"))), &m_payments));
        STEP(keepId(store.teams.insertTeam(testdata::makeTeam(QStringLiteral("Support"))), &m_support));
        SurveyRepository surveys(store.database);
        qint64 wave = 0;
        const QString key = testdata::psychSafety;
        STEP(testdata::addWave(surveys, m_payments, key, QDate(2025, 2, 10), {4, 5, 5, 6, 6}, &wave));
        STEP(testdata::addWave(surveys, m_payments, key, QDate(2025, 5, 12), {6, 6, 6, 6}, &wave)); // below k = 5
        STEP(testdata::addWave(surveys, m_payments, key, QDate(2025, 8, 11), {5, 5, 5, 6, 6, 6}, &wave));
        STEP(testdata::addWave(surveys, m_support, key, QDate(2025, 2, 10), {2, 3, 3, 3, 4}, &wave));
    }
    if (!testdb::onPostgreSql())
        return;

    // The roles as an administrator creates them (docs/postgresql.md), then one HR login.
    const QString script = testdb::runRolesScript(m_ownerLocation, QFINDTESTDATA("../../scripts/pg-roles.sql"));
    QVERIFY2(script.isEmpty(), qPrintable(script));
    m_hrLogin = QStringLiteral("hr_window_") + QString::number(QCoreApplication::applicationPid());
    const QString error =
        testdb::detail::runOnCluster(QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD '%2' IN ROLE candor_hr")
                                         .arg(m_hrLogin, QLatin1String(hrPassword)));
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestInsightsWindow::cleanupTestCase()
{
    m_app.reset();
    testdb::dropAll();
    if (!m_hrLogin.isEmpty())
        testdb::detail::runOnCluster(QStringLiteral("DROP ROLE IF EXISTS %1").arg(m_hrLogin));
}

void TestInsightsWindow::init()
{
    QSettings().clear();
    MessageBox::clearShown();
}

void TestInsightsWindow::cleanup()
{
    reportMessageBoxes();
    m_app.reset();
}

QString TestInsightsWindow::hrLocation(const QString &ownerLocation)
{
    if (!testdb::onPostgreSql())
        return ownerLocation;
    const QString database = ownerLocation.mid(ownerLocation.lastIndexOf(QLatin1Char('/')) + 1);
    const QString error = testdb::detail::runOnCluster(
        QStringLiteral("ALTER ROLE %1 IN DATABASE %2 SET search_path = candor_hr").arg(m_hrLogin, database));
    if (!error.isEmpty()) {
        qWarning("%s", qPrintable(error));
        return {};
    }
    const QString url = testdb::withUser(ownerLocation, m_hrLogin);
    // Kept in memory as the window's password prompt would; PGPASSWORD holds the superuser's.
    Database::setServerPassword(ConnectionSpec::parse(url)->redacted(), QString::fromLatin1(hrPassword));
    return url;
}

void TestInsightsWindow::startWindow(const QString &location)
{
    QVERIFY(!location.isEmpty());
    m_app = std::make_unique<HrApp>(location);
    QVERIFY2(m_app->status, qPrintable(m_app->status.error()));
    m_app->window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_app->window.get()));
    QTRY_VERIFY(!area()->figureStore().isComputing());
    QVERIFY(area()->figureStore().isReady());
}

void TestInsightsWindow::hrLoginIsLetIn()
{
    if (!testdb::onPostgreSql())
        QSKIP("Logins and their grants need a PostgreSQL server: run tst_insightswindow_pg.");
    // openAskingPassword used to refuse this login; now it opens, and the login is what main.cpp looks for.
    STEP(startWindow(hrLocation(m_ownerLocation)));
    const Result<ServerRoles::Access> access = ServerRoles::detect(m_app->database.connection());
    QVERIFY2(access, qPrintable(access.error()));
    QCOMPARE(*access, ServerRoles::Access::HrInsights);
    // And the server keeps it from the tables the main window would read.
    QVERIFY(!ServerRoles::permits(*access, ServerRoles::Need::Read));
    QVERIFY(m_app->window->statusBar()->findChild<QLabel *>(QStringLiteral("accessLabel")));
}

void TestInsightsWindow::showsSurveyFiguresOnly()
{
    STEP(startWindow(hrLocation(m_ownerLocation)));
    InsightsArea *insights = area();
    // Nothing of incidents: no model, no table, no MTTR chart, one tab of scores.
    QVERIFY(!insights->incidentModel());
    QVERIFY(!find<QTableView>(m_app->window.get(), "incidentQuarterTable"));
    QVERIFY(!m_app->window->findChild<QWidget *>(QStringLiteral("mttrChart")));
    auto *tabs = find<QTabWidget>(m_app->window.get(), "trendTables");
    QVERIFY(tabs);
    QCOMPARE(tabs->count(), 1);

    auto *team = find<TeamComboBox>(m_app->window.get(), "insightTeamCombo");
    QVERIFY(team);
    STEP(chooseByKeys(team, m_payments));
    QTRY_COMPARE(insights->trendModel().rowCount(), 3);
    auto *table = find<QTableView>(m_app->window.get(), "trendTable");
    STEP(clickRow(table, 0));
    QTRY_COMPARE(numbers()->shownPeriod(), (Period{2025, 1}));
    const QString text = numbers()->toPlainText();
    QVERIFY2(text.contains(QStringLiteral("Respondents")), qPrintable(text));
    QVERIFY2(!text.contains(QStringLiteral("Incidents")) && !text.contains(QStringLiteral("MTTR")), qPrintable(text));

    // The quarter whose only wave had four responses.
    STEP(clickRow(table, 1));
    QTRY_COMPARE(numbers()->shownPeriod(), (Period{2025, 2}));
    const QString small = numbers()->toPlainText();
    QVERIFY2(!small.contains(QStringLiteral("Respondents")), qPrintable(small));
    if (testdb::onPostgreSql()) // the HR views hold no wave below k: there is nothing to withhold
        QVERIFY2(small.contains(QStringLiteral("No survey in this quarter")), qPrintable(small));
    else // the owner's file has the wave, withheld
        QVERIFY2(small.contains(QStringLiteral("Withheld: fewer than 5 responses")), qPrintable(small));
}

void TestInsightsWindow::menusChangeNothing()
{
    STEP(startWindow(hrLocation(m_ownerLocation)));
    const QStringList expected = {
        QStringLiteral("File"),
        QStringLiteral("  Export insights report (PDF)…"),
        QStringLiteral("  Connect to a shared database…"),
        QStringLiteral("  Use the local database"),
        QStringLiteral("  Quit"),
        QStringLiteral("View"),
        QStringLiteral("  Read again"),
        QStringLiteral("Help"),
        QStringLiteral("  About Candor"),
    };
    QCOMPARE(menuTexts(m_app->window->menuBar()), expected);
    // No button of the area changes anything either: its one button saves the report.
    QStringList buttons;
    for (const QPushButton *button : m_app->window->findChildren<QPushButton *>())
        buttons.append(button->objectName());
    QCOMPARE(buttons, QStringList{QStringLiteral("exportReportButton")});
}

void TestInsightsWindow::emptyDatabaseSaysNoWaveHasEnoughResponses()
{
    const QString empty = testdb::location(m_dir, QStringLiteral("empty"));
    QVERIFY2(!empty.isEmpty(), qPrintable(testdb::lastError()));
    {
        // The owner creates the schema (and, on a server, the views HR reads).
        Database owner;
        QVERIFY2(owner.open(empty), "cannot create the empty database");
        SurveyRepository surveys(owner);
        qint64 team = 0;
        TeamRepository teams(owner);
        STEP(keepId(teams.insertTeam(testdata::makeTeam(QStringLiteral("Payments"))), &team));
        // On a server, a wave of three: HR's views leave it out, so HR sees no wave at all. (The owner of a file
        // would see it withheld.)
        qint64 wave = 0;
        if (testdb::onPostgreSql())
            STEP(testdata::addWave(surveys, team, testdata::psychSafety, QDate(2025, 2, 10), {6, 6, 6}, &wave));
    }
    STEP(startWindow(hrLocation(empty)));
    auto *label = find<QLabel>(m_app->window.get(), "insightsEmptyState");
    QVERIFY(label);
    QTRY_VERIFY(label->isVisible());
    // Never "create one in Surveys": this login has no Surveys to go to.
    QCOMPARE(label->text(), QStringLiteral("No survey wave has enough responses to show yet."));
}

void TestInsightsWindow::teamAddedElsewhereShows()
{
    STEP(startWindow(hrLocation(m_ownerLocation)));
    TeamTreeModel &teams = *m_app->teamModel;
    const int before = teams.rowCount();
    // Another desktop, with a login that may write.
    {
        testdata::Store other(m_ownerLocation);
        QVERIFY2(other.status, qPrintable(other.status.error()));
        qint64 id = 0;
        STEP(keepId(other.teams.insertTeam(testdata::makeTeam(QStringLiteral("Platform"))), &id));
    }
    if (testdb::onPostgreSql()) {
        // The change feed passes it on by itself.
        QTRY_COMPARE_WITH_TIMEOUT(teams.rowCount(), before + 1, 1000);
    } else {
        // A file has no feed: View > Read again.
        QCOMPARE(teams.rowCount(), before);
        m_app->window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_app->window.get()));
        QTest::keyClick(m_app->window.get(), Qt::Key_F5);
        QTRY_COMPARE(teams.rowCount(), before + 1);
    }
    QVERIFY(teams.indexOfTeam(m_payments).isValid());
    // The team pickers follow the tree.
    auto *team = find<TeamComboBox>(m_app->window.get(), "insightTeamCombo");
    QVERIFY(team);
    QVERIFY(team->findText(QStringLiteral("Platform")) >= 0);
}

QTEST_MAIN(TestInsightsWindow)
#include "tst_insightswindow.moc"
