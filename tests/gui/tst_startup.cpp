// Start-up: `candor --quit-after-startup` (the built executable, no prompts), areas built only when first shown and
// then showing their data, and the whole-file check and daily backup off the GUI thread after the window is up.
#include "common/DamagedFile.h"
#include "gui/AppFixture.h"

#include "actions/ActionItemsArea.h"
#include "common/Banner.h"
#include "common/Settings.h"
#include "insights/InsightsArea.h"
#include "item/SurveyWaveModel.h"
#include "item/TrendModel.h"
#include "storage/Backup.h"
#include "storage/DemoOrganisation.h"
#include "teams/TeamsArea.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QScopeGuard>
#include <QSignalSpy>

using namespace candor;
using namespace candor::testgui;

class TestStartup : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init() { newTestFolder(&m_dir, &m_path); }
    void cleanup();

    void quitAfterStartup_data();
    void quitAfterStartup();
    void onlyTheRememberedAreaIsBuilt();
    void eachAreaIsBuiltWhenFirstShown();
    void longWaveListReadInTheBackground();
    void damagedFileReportedInTheBackground();
    void dailyBackupInTheBackground();
    void dailyBackupFailureReported();

private:
    // A copy of the demo database (made once) at m_path.
    void copyDemo();
    void startOnDemo();

    QTemporaryDir m_demoDir;
    QString m_demo;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    std::unique_ptr<App> m_app;
};

void TestStartup::initTestCase()
{
    initGuiTestCase();
    QVERIFY(m_demoDir.isValid());
    m_demo = m_demoDir.filePath(QStringLiteral("demo.sqlite"));
    Database database;
    const Status opened = database.open(m_demo);
    QVERIFY2(opened, qPrintable(opened.error()));
    const Result<DemoOrganisation::Summary> demo = DemoOrganisation::create(database, {});
    QVERIFY2(demo, qPrintable(demo.error()));
    QVERIFY(demo->teams > 0 && demo->incidents > 0 && demo->waves > 0);
    database.close();
    QVERIFY2(!QFileInfo::exists(m_demo + QLatin1String("-wal")), "the demo should be checkpointed on close");
}

void TestStartup::cleanup()
{
    reportMessageBoxes();
    m_app.reset();
}

void TestStartup::copyDemo()
{
    QVERIFY(QFile::copy(m_demo, m_path));
    QVERIFY(QFile::setPermissions(m_path, QFile::ReadOwner | QFile::WriteOwner));
}

void TestStartup::startOnDemo()
{
    STEP(copyDemo());
    STEP(startApp(&m_app, m_path));
}

void TestStartup::quitAfterStartup_data()
{
    QTest::addColumn<bool>("demo");
    QTest::newRow("empty database") << false;
    QTest::newRow("demo database") << true;
}

void TestStartup::quitAfterStartup()
{
    QFETCH(bool, demo);
    if (demo)
        STEP(copyDemo());
    // The executable's own settings and data go to the test folder, never the user's.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *xdg : {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"})
        env.insert(QString::fromLatin1(xdg), m_dir->filePath(QString::fromLatin1(xdg).toLower()));
    env.insert(QStringLiteral("CANDOR_DB"), m_path);
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    QProcess candor;
    candor.setProcessEnvironment(env);
    candor.setWorkingDirectory(m_dir->path());
    candor.start(QStringLiteral(CANDOR_GUI_PATH), {QStringLiteral("--quit-after-startup")});
    QVERIFY2(candor.waitForStarted(), qPrintable(candor.errorString()));
    // The empty database would offer the demo in a modal question: a prompt here would never end on its own.
    const bool finished = candor.waitForFinished(60000);
    if (!finished)
        candor.kill();
    const QByteArray err = candor.readAllStandardError();
    QVERIFY2(finished, "candor --quit-after-startup did not quit by itself (a prompt waiting?)");
    QCOMPARE(candor.exitStatus(), QProcess::NormalExit);
    QVERIFY2(candor.exitCode() == 0, err.constData());
    // It started on that database (an empty one is created with Candor's schema).
    QVERIFY(QFileInfo::exists(m_path));
    Database database;
    QVERIFY(database.open(m_path));
    QCOMPARE(database.schemaVersion(), Database::latestSchemaVersion());
    TeamRepository teams(database);
    QCOMPARE(teams.teamCount() > 0, demo);
}

void TestStartup::onlyTheRememberedAreaIsBuilt()
{
    Settings().setCurrentArea(MainWindow::SurveysPage);
    STEP(startOnDemo());
    QWidget *window = m_app->window.get();
    auto *surveys = find<QWidget>(window, areaName(MainWindow::SurveysPage));
    QVERIFY(surveys);
    QVERIFY(surveys->isVisible());
    QCOMPARE(m_app->window->builtArea(MainWindow::SurveysPage), surveys);
    for (MainWindow::Area other : {MainWindow::IncidentsPage, MainWindow::TeamsPage, MainWindow::SessionsPage,
                                   MainWindow::ActionsPage, MainWindow::InsightsPage}) {
        QVERIFY2(!find<QWidget>(window, areaName(other)), areaName(other));
        QVERIFY(!m_app->window->builtArea(other));
    }
    // The Postmortem menu still starts nothing without a selected incident.
    QVERIFY(!find<QAction>(window, "postmortemAction")->isEnabled());
}

void TestStartup::eachAreaIsBuiltWhenFirstShown()
{
    STEP(startOnDemo());
    QWidget *window = m_app->window.get();
    // No remembered area: the incidents, and only they.
    QVERIFY(find<QWidget>(window, areaName(MainWindow::IncidentsPage)));
    QVERIFY(find<QTableView>(window, "incidentTable"));
    QTRY_VERIFY(find<QTableView>(window, "incidentTable")->model()->rowCount() > 0);

    STEP(showAreaByNavigation(*m_app, MainWindow::TeamsPage));
    auto *teamTree = find<QTreeView>(window, "teamTree");
    QVERIFY(teamTree);
    QVERIFY(teamTree->isVisible());
    QTRY_VERIFY(teamTree->model()->rowCount() > 0);
    QVERIFY(!find<QWidget>(window, areaName(MainWindow::SessionsPage)));

    STEP(showAreaByNavigation(*m_app, MainWindow::SessionsPage));
    auto *sessions = find<QTableView>(window, "sessionTable");
    QVERIFY(sessions);
    QTRY_VERIFY(sessions->model()->rowCount() > 0);
    QVERIFY(!find<QWidget>(window, areaName(MainWindow::ActionsPage)));

    STEP(showAreaByNavigation(*m_app, MainWindow::ActionsPage));
    auto *actions = find<QTableView>(window, "actionTable");
    QVERIFY(actions);
    QTRY_VERIFY(actions->model()->rowCount() > 0);
    QVERIFY(!find<QWidget>(window, areaName(MainWindow::SurveysPage)));

    STEP(showAreaByNavigation(*m_app, MainWindow::SurveysPage));
    auto *waves = find<QTableView>(window, "waveTable");
    QVERIFY(waves);
    QTRY_VERIFY(waves->model()->rowCount() > 0);
    QVERIFY(!find<QWidget>(window, areaName(MainWindow::InsightsPage)));

    STEP(showAreaByNavigation(*m_app, MainWindow::InsightsPage));
    auto *insights = find<InsightsArea>(window, "insightsArea");
    QVERIFY(insights);
    QTRY_VERIFY(insights->trendModel().rowCount() > 0);

    // Built once: going back shows the same page, with what was chosen there kept.
    QWidget *teamsArea = find<QWidget>(window, areaName(MainWindow::TeamsPage));
    STEP(showAreaByShortcut(*m_app, MainWindow::TeamsPage));
    QCOMPARE(find<QWidget>(window, areaName(MainWindow::TeamsPage)), teamsArea);
    QCOMPARE(window->findChildren<TeamsArea *>().size(), 1);

    // An action of an area not built yet builds it first: File > Export > Insights report asks for a file name.
    m_app.reset();
    STEP(startApp(&m_app, m_path));
    window = m_app->window.get();
    QVERIFY(!find<QWidget>(window, areaName(MainWindow::InsightsPage)));
    find<QAction>(window, "insightsReportAction")->trigger();
    QVERIFY(find<InsightsArea>(window, "insightsArea"));
    QCOMPARE(FileChooser::asked().size(), 1);
}

void TestStartup::longWaveListReadInTheBackground()
{
    // The demo's waves count as a long list here, as thousands of waves do on a large organisation.
    const int threshold = SurveyWaveModel::backgroundThreshold();
    SurveyWaveModel::setBackgroundThreshold(0);
    const auto restore = qScopeGuard([threshold]() { SurveyWaveModel::setBackgroundThreshold(threshold); });
    STEP(startOnDemo());
    QWidget *window = m_app->window.get();
    // Built and asked for its rows without the event loop: they cannot have arrived yet, and the area says why
    // the list is empty.
    m_app->window->showArea(MainWindow::SurveysPage);
    auto *waves = find<QTableView>(window, "waveTable");
    QVERIFY(waves);
    auto *hint = find<QLabel>(window, "surveysEmptyHint");
    QVERIFY(hint);
    QCOMPARE(waves->model()->rowCount(), 0);
    QVERIFY(hint->isVisible());
    QCOMPARE(hint->text(), QStringLiteral("Reading the survey waves…"));
    QTRY_VERIFY(waves->model()->rowCount() > 0);
    QVERIFY(hint->isHidden());
    // The same rows as a list read on the GUI thread.
    SurveyWaveModel direct(*m_app->surveys);
    QCOMPARE(waves->model()->rowCount(), direct.rowCount());
    const QStringList shown = columnTexts(waves->model(), SurveyWaveModel::ResponsesColumn);
    QStringList expected = columnTexts(&direct, SurveyWaveModel::ResponsesColumn);
    QStringList sortedShown = shown;
    sortedShown.sort();
    expected.sort();
    QCOMPARE(sortedShown, expected);
}

void TestStartup::damagedFileReportedInTheBackground()
{
    STEP(copyDemo());
    // Garbage over a few pages in the middle; the header page stays intact so SQLite still opens the file.
    QString why;
    QVERIFY2(candor::testdata::garbleMiddlePages(m_path, &why), qPrintable(why));

    // The window opens without the whole-file check, as app/main.cpp opens it.
    STEP(startApp(&m_app, m_path));
    auto *banner = find<Banner>(m_app->window.get(), "databaseProblemBanner");
    QVERIFY(banner);
    QVERIFY(banner->isHidden());
    QSignalSpy finished(m_app->window.get(), &MainWindow::backgroundChecksFinished);
    m_app->window->checkInBackground();
    // The check runs elsewhere: the window goes on before any answer (which only the event loop can deliver).
    QVERIFY(banner->message().isEmpty());
    QCOMPARE(finished.size(), 0);
    QVERIFY(finished.wait(60000));
    QVERIFY(banner->isVisible());
    QVERIFY2(banner->message().contains(QLatin1String("damaged")), qPrintable(banner->message()));
    QVERIFY2(banner->message().contains(QLatin1String("Restore backup")), qPrintable(banner->message()));
    QVERIFY2(banner->message().contains(QDir::toNativeSeparators(m_path)), qPrintable(banner->message()));
    // Nothing was copied from the damaged file, and nothing blocked in a message box.
    QVERIFY(Backup::list(m_path).isEmpty());
    QCOMPARE(MessageBox::shown(), QStringList());
}

void TestStartup::dailyBackupInTheBackground()
{
    STEP(startOnDemo());
    QVERIFY(Backup::list(m_path).isEmpty());
    QSignalSpy finished(m_app->window.get(), &MainWindow::backgroundChecksFinished);
    m_app->window->checkInBackground();
    QVERIFY(finished.wait(60000));
    const QList<Backup::Entry> backups = Backup::list(m_path);
    QCOMPARE(backups.size(), 1);
    QCOMPARE(backups.first().kind, Backup::Kind::Daily);
    QVERIFY(QFileInfo(backups.first().path).dir() == QDir(Backup::folder(m_path)));
    QVERIFY(Backup::verify(backups.first().path));
    QVERIFY(find<Banner>(m_app->window.get(), "databaseProblemBanner")->isHidden());
    QCOMPARE(MessageBox::shown(), QStringList());
}

void TestStartup::dailyBackupFailureReported()
{
    STEP(startOnDemo());
    // A file where the backups folder should be: the folder cannot be made.
    QFile blocker(Backup::folder(m_path));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    QSignalSpy finished(m_app->window.get(), &MainWindow::backgroundChecksFinished);
    m_app->window->checkInBackground();
    QVERIFY(finished.wait(60000));
    QCOMPARE(MessageBox::shown().size(), 1);
    const QString shown = MessageBox::shown().first();
    // The message says why and what to do; its title ("The daily backup failed") is not recorded.
    QVERIFY2(shown.contains(QLatin1String("Cannot create the backups folder")), qPrintable(shown));
    QVERIFY2(shown.contains(QDir::toNativeSeparators(Backup::folder(m_path))), qPrintable(shown));
    // The window itself is fine.
    QVERIFY(find<Banner>(m_app->window.get(), "databaseProblemBanner")->isHidden());
}

QTEST_MAIN(TestStartup)
#include "tst_startup.moc"
