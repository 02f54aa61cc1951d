// The application as app/main.cpp builds it, on a database in a temporary folder, for GUI tests; data written through
// the repositories before it starts; what every GUI test does before and after each test function; and the steps
// through the main window that several tests take.
#pragma once

#include "MainWindow.h"
#include "Translations.h"
#include "common/FileChooser.h"
#include "common/MessageBox.h"
#include "common/TestData.h"
#include "gui/GuiHelpers.h"
#include "item/ActionItemsModel.h"
#include "item/IncidentTableModel.h"
#include "item/MemberTableModel.h"
#include "item/TeamTreeModel.h"
#include "postmortem/BlameLanguageChecker.h"
#include "postmortem/Clock.h"
#include "postmortem/SessionConsole.h"
#include "storage/Database.h"
#include "storage/IncidentRepository.h"
#include "storage/PostmortemRepository.h"
#include "storage/SurveyRepository.h"
#include "storage/TeamRepository.h"
#include "undo/Edits.h"
#include "undo/SessionEdits.h"

#include <QAbstractItemModelTester>
#include <QDialog>
#include <QLineEdit>
#include <QListWidget>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QUndoStack>

#include <array>
#include <memory>
#include <vector>

namespace candor::testdata {

// Everything app/main.cpp builds, in the same order; the clock is a manual one so timers are testable.
struct App
{
    explicit App(const QString &path)
    {
        // As app/main.cpp opens it: the whole-file check runs later, off the GUI thread (checkInBackground()).
        Database::Options options;
        options.quickCheck = false;
        status = database.open(path, options);
        if (!status)
            return;
        teams = std::make_unique<TeamRepository>(database);
        incidents = std::make_unique<IncidentRepository>(database);
        teamModel = std::make_unique<TeamTreeModel>(*teams);
        memberModel = std::make_unique<MemberTableModel>(*teams);
        incidentModel = std::make_unique<IncidentTableModel>(*incidents, *teams);
        undoStack = std::make_unique<QUndoStack>();
        edits = std::make_unique<Edits>(*undoStack, *teams, *incidents);
        postmortems = std::make_unique<PostmortemRepository>(database);
        sessionEdits = std::make_unique<SessionEdits>(*undoStack, *postmortems);
        surveys = std::make_unique<SurveyRepository>(database);
        sessionModel = std::make_unique<SessionTableModel>(*postmortems, SessionTableModel::Loading::WhenAsked);
        ActionFilter open;
        open.openOnly = true;
        actionModel = std::make_unique<ActionItemsModel>(*postmortems, *sessionEdits, open);
        // Every change the window makes must keep the models consistent.
        testers.emplace_back(std::make_unique<QAbstractItemModelTester>(
            teamModel.get(), QAbstractItemModelTester::FailureReportingMode::QtTest));
        testers.emplace_back(std::make_unique<QAbstractItemModelTester>(
            memberModel.get(), QAbstractItemModelTester::FailureReportingMode::QtTest));
        auto incidentTester = std::make_unique<QAbstractItemModelTester>(
            incidentModel.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        incidentTester->setUseFetchMore(false);
        testers.push_back(std::move(incidentTester));
        testers.emplace_back(std::make_unique<QAbstractItemModelTester>(
            sessionModel.get(), QAbstractItemModelTester::FailureReportingMode::QtTest));
        testers.emplace_back(std::make_unique<QAbstractItemModelTester>(
            actionModel.get(), QAbstractItemModelTester::FailureReportingMode::QtTest));
        window = std::make_unique<MainWindow>(
            AppContext{database, *teams, *incidents, *teamModel, *memberModel, *incidentModel, *undoStack, *edits,
                       *postmortems, *sessionEdits, *sessionModel, *actionModel, *surveys, clock, checker});
    }

    ~App()
    {
        window.reset(); // before the stack and models it watches
        testers.clear();
        actionModel.reset();
        sessionModel.reset();
        sessionEdits.reset();
        edits.reset();
        undoStack.reset();
        surveys.reset();
        postmortems.reset();
        incidentModel.reset();
        memberModel.reset();
        teamModel.reset();
        incidents.reset();
        teams.reset();
    }

    Database database;
    Status status;
    ManualClock clock{QDateTime::currentDateTimeUtc()};
    BlameLanguageChecker checker = BlameLanguageChecker::forLanguage(QStringLiteral("en"));
    std::unique_ptr<TeamRepository> teams;
    std::unique_ptr<IncidentRepository> incidents;
    std::unique_ptr<TeamTreeModel> teamModel;
    std::unique_ptr<MemberTableModel> memberModel;
    std::unique_ptr<IncidentTableModel> incidentModel;
    std::unique_ptr<QUndoStack> undoStack;
    std::unique_ptr<Edits> edits;
    std::unique_ptr<PostmortemRepository> postmortems;
    std::unique_ptr<SessionEdits> sessionEdits;
    std::unique_ptr<SurveyRepository> surveys;
    std::unique_ptr<SessionTableModel> sessionModel;
    std::unique_ptr<ActionItemsModel> actionModel;
    std::vector<std::unique_ptr<QAbstractItemModelTester>> testers;
    std::unique_ptr<MainWindow> window;
};

} // namespace candor::testdata

namespace candor::testgui {

using testdata::App;

// ---- Data written before the application starts -----------------------------------------------------------------

// A postmortem of an incident, as the application stores one when it is started.
inline Session makePostmortem(qint64 incidentId, qint64 teamId, const QDateTime &created)
{
    Session session;
    session.kind = SessionKind::Postmortem;
    session.incidentId = incidentId;
    session.teamId = teamId;
    session.created = created;
    return session;
}

// A team's retro over a period; left invalid, `created` is when it is stored.
inline Session makeRetro(qint64 teamId, const QString &title, const QDate &start, const QDate &end,
                         const QDateTime &created = {})
{
    Session retro;
    retro.kind = SessionKind::Retro;
    retro.teamId = teamId;
    retro.title = title;
    retro.periodStart = start;
    retro.periodEnd = end;
    retro.created = created;
    return retro;
}

// An action item of a session, due some days from today (negative: past); a done one was done yesterday.
inline ActionItem makeAction(qint64 sessionId, qint64 teamId, const QString &text, ActionStatus status, int dueInDays)
{
    ActionItem a;
    a.sessionId = sessionId;
    a.kind = ActionKind::Prevent;
    a.text = text;
    a.ownerTeamId = teamId;
    a.status = status;
    a.due = QDate::currentDate().addDays(dueInDays);
    if (status == ActionStatus::Done)
        a.done = QDateTime::currentDateTimeUtc().addDays(-1);
    return a;
}

// Keeps the id a repository gave a new row; a failure fails the test with the repository's reason (*id stays 0).
inline void keepId(const Result<qint64> &inserted, qint64 *id)
{
    *id = 0;
    QVERIFY2(inserted, qPrintable(inserted.error()));
    *id = *inserted;
}

// The Payments team with its manager Amara Okafor and two engineers, Jonas Weber and Hana Ueda: the people of a
// postmortem's room. *payments and *amara are their ids.
inline void insertPaymentsTeam(testdata::Store &store, qint64 *payments, qint64 *amara)
{
    *payments = *amara = 0;
    const Result<qint64> team = store.teams.insertTeam(testdata::makeTeam(QStringLiteral("Payments")));
    QVERIFY(team);
    *payments = *team;
    Member manager = testdata::makeMember(*payments, QStringLiteral("Amara Okafor"));
    manager.isManager = true;
    const Result<qint64> managerId = store.teams.insertMember(manager);
    QVERIFY(managerId);
    *amara = *managerId;
    QVERIFY(store.teams.insertMember(testdata::makeMember(*payments, QStringLiteral("Jonas Weber"))));
    QVERIFY(store.teams.insertMember(testdata::makeMember(*payments, QStringLiteral("Hana Ueda"))));
}

// The Payments team (see insertPaymentsTeam()) with one incident, "Checkout errors after deploy", and its postmortem,
// started yesterday.
inline void insertCheckoutPostmortem(testdata::Store &store, qint64 *payments, qint64 *postmortem)
{
    *postmortem = 0;
    qint64 amara = 0;
    STEP(insertPaymentsTeam(store, payments, &amara));
    const Result<qint64> incident =
        store.incidents.insert(testdata::makeIncident(*payments, QStringLiteral("Checkout errors after deploy")));
    QVERIFY(incident);
    PostmortemRepository postmortems(store.database);
    STEP(keepId(
        postmortems.insertSession(makePostmortem(*incident, *payments, QDateTime::currentDateTimeUtc().addDays(-1))),
        postmortem));
}

// Changes a team's name through the repository while the window is open, as another part of the application would.
inline void renameTeamInRepository(TeamRepository &teams, qint64 teamId, const QString &name)
{
    const Result<Team> stored = teams.team(teamId);
    QVERIFY(stored);
    Team team = *stored;
    team.name = name;
    QVERIFY(teams.updateTeam(team));
}

// Changes an incident's title through the repository while the window is open.
inline void retitleIncidentInRepository(IncidentRepository &incidents, qint64 incidentId, const QString &title)
{
    const Result<Incident> stored = incidents.incident(incidentId);
    QVERIFY(stored);
    Incident incident = *stored;
    incident.title = title;
    QVERIFY(incidents.update(incident));
}

// The data of the Action items and Sessions areas' tests: a department with a sub-team and another team, two
// postmortems and a retro, and action items in every status, overdue and not.
struct AreasData
{
    qint64 engineering = 0; // a department
    qint64 payments = 0;    // a sub-team of Engineering
    qint64 support = 0;     // a team of its own
    qint64 checkoutIncident = 0;
    qint64 queueIncident = 0;
    qint64 checkoutPostmortem = 0; // Payments, 10 days old
    qint64 queuePostmortem = 0;    // Support, 20 days old
    qint64 supportRetro = 0;       // "Support retro, March", 5 days old
    // The action items, by what makes them different.
    qint64 overduePayments = 0;  // open, five days late, Payments
    qint64 inProgress = 0;       // in progress, due in ten days, Payments
    qint64 donePayments = 0;     // done (its due date long past), Payments
    qint64 overdueSupport = 0;   // open, two days late, Support (from the retro)
    qint64 droppedSupport = 0;   // dropped, Support
    qint64 notDueDepartment = 0; // open, due in a month, owned by the department itself
};

// Writes AreasData's teams, people, incidents, sessions and action items into the database at `path`.
inline void insertAreasData(const QString &path, AreasData *d)
{
    testdata::Store store(path);
    QVERIFY2(store.status, qPrintable(store.status.error()));
    const Result<qint64> engineering = store.teams.insertTeam(testdata::makeTeam(QStringLiteral("Engineering")));
    QVERIFY(engineering);
    d->engineering = *engineering;
    const Result<qint64> payments =
        store.teams.insertTeam(testdata::makeTeam(QStringLiteral("Payments"), d->engineering));
    const Result<qint64> support = store.teams.insertTeam(testdata::makeTeam(QStringLiteral("Support")));
    QVERIFY(payments && support);
    d->payments = *payments;
    d->support = *support;
    QVERIFY(store.teams.insertMember(testdata::makeMember(d->payments, QStringLiteral("Jonas Weber"))));
    QVERIFY(store.teams.insertMember(testdata::makeMember(d->support, QStringLiteral("Lars Nilsen"))));

    const Result<qint64> checkout =
        store.incidents.insert(testdata::makeIncident(d->payments, QStringLiteral("Checkout errors after deploy")));
    const Result<qint64> queue =
        store.incidents.insert(testdata::makeIncident(d->support, QStringLiteral("Ticket queue stalled"), 7));
    QVERIFY(checkout && queue);
    d->checkoutIncident = *checkout;
    d->queueIncident = *queue;

    PostmortemRepository postmortems(store.database);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QDate today = QDate::currentDate();
    STEP(keepId(postmortems.insertSession(makePostmortem(*checkout, d->payments, now.addDays(-10))),
                &d->checkoutPostmortem));
    STEP(keepId(postmortems.insertSession(makePostmortem(*queue, d->support, now.addDays(-20))), &d->queuePostmortem));
    STEP(keepId(postmortems.insertSession(makeRetro(d->support, QStringLiteral("Support retro, March"),
                                                    today.addDays(-19), today.addDays(-6), now.addDays(-5))),
                &d->supportRetro));

    const auto insert = [&postmortems](const ActionItem &action, qint64 *id) {
        keepId(postmortems.insertAction(action), id);
    };
    STEP(insert(makeAction(d->checkoutPostmortem, d->payments, QStringLiteral("Alert on the checkout error rate"),
                           ActionStatus::Open, -5),
                &d->overduePayments));
    STEP(insert(makeAction(d->checkoutPostmortem, d->payments, QStringLiteral("Add canary checks to the pipeline"),
                           ActionStatus::InProgress, 10),
                &d->inProgress));
    STEP(insert(makeAction(d->checkoutPostmortem, d->payments, QStringLiteral("Document the rollback steps"),
                           ActionStatus::Done, -20),
                &d->donePayments));
    STEP(insert(makeAction(d->supportRetro, d->support, QStringLiteral("Rotate the on-call pager weekly"),
                           ActionStatus::Open, -2),
                &d->overdueSupport));
    STEP(insert(makeAction(d->queuePostmortem, d->support, QStringLiteral("Write a runbook for the ticket queue"),
                           ActionStatus::Dropped, 3),
                &d->droppedSupport));
    STEP(insert(makeAction(d->checkoutPostmortem, d->engineering, QStringLiteral("Review the release cadence"),
                           ActionStatus::Open, 30),
                &d->notDueDepartment));
}

// ---- Before and after each test function ------------------------------------------------------------------------

// What every GUI test's initTestCase does: settings and QStandardPaths in the test location, never the user's;
// English plural forms, installed as app/main.cpp installs them; message boxes and file dialogs answered by the test.
inline void initGuiTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("candor"));
    QCoreApplication::setApplicationName(QStringLiteral("candor"));
    installTranslations(*QCoreApplication::instance());
    // Window geometry and the current area go to a folder of this test process, never the user's settings, nor
    // the shared test location (ctest runs GUI tests in parallel, and one would read the other's current area).
    static QTemporaryDir settingsFolder;
    QVERIFY(settingsFolder.isValid());
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settingsFolder.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settingsFolder.path());
    QVERIFY2(QSettings().fileName().startsWith(settingsFolder.path()), qPrintable(QSettings().fileName()));
    MessageBox::setScripted(true);
    FileChooser::setScripted(true);
}

// What every GUI test's init does first: nothing left from the test before (settings, message boxes) and a new
// folder; *path is where the test's database goes.
inline void newTestFolder(std::unique_ptr<QTemporaryDir> *dir, QString *path)
{
    QSettings().clear();
    MessageBox::clearShown();
    FileChooser::clearAsked();
    *dir = std::make_unique<QTemporaryDir>();
    QVERIFY((*dir)->isValid());
    *path = (*dir)->filePath(QStringLiteral("candor.sqlite"));
}

// The application on the database at `path`, its main window shown and active, so shortcuts reach it.
inline void startApp(std::unique_ptr<App> *app, const QString &path)
{
    *app = std::make_unique<App>(path);
    QVERIFY2((*app)->status, qPrintable((*app)->status.error()));
    (*app)->window->show();
    QVERIFY(QTest::qWaitForWindowExposed((*app)->window.get()));
    (*app)->window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive((*app)->window.get()));
}

// What every GUI test's cleanup does first: a failed test says which message boxes it saw, often the reason.
inline void reportMessageBoxes()
{
    if (QTest::currentTestFailed() && !MessageBox::shown().isEmpty())
        qInfo().noquote() << "Message boxes:" << MessageBox::shown().join(QLatin1String("\n"));
}

// ---- The main window ------------------------------------------------------------------------------------------

// The objectName of an area's page, to find it.
inline const char *areaName(MainWindow::Area area)
{
    constexpr std::array<const char *, 6> names = {"incidentsArea",   "teamsArea",   "sessionsArea",
                                                   "actionItemsArea", "surveysArea", "insightsArea"};
    return names.at(size_t(area));
}

// The text of an area's item in the navigation list, to check a click lands on the item meant.
inline QString areaTitle(MainWindow::Area area)
{
    const std::array<QString, 6> titles = {QStringLiteral("Incidents"), QStringLiteral("Teams"),
                                           QStringLiteral("Sessions"),  QStringLiteral("Action items"),
                                           QStringLiteral("Surveys"),   QStringLiteral("Insights")};
    return titles.at(size_t(area));
}

// Shows an area with a click on its item in the navigation list.
inline void showAreaByNavigation(App &app, MainWindow::Area area)
{
    auto *navigation = find<QListWidget>(app.window.get(), "navigation");
    QVERIFY(navigation);
    QListWidgetItem *item = navigation->item(area);
    QVERIFY(item);
    QCOMPARE(item->text(), areaTitle(area));
    QTest::mouseClick(navigation->viewport(), Qt::LeftButton, {}, navigation->visualItemRect(item).center());
    auto *page = find<QWidget>(app.window.get(), areaName(area));
    QVERIFY2(page, areaName(area));
    QTRY_VERIFY(page->isVisible());
}

// Shows an area with its View menu shortcut (Ctrl+1 to Ctrl+6); the navigation list follows.
inline void showAreaByShortcut(App &app, MainWindow::Area area)
{
    QTest::keyClick(app.window.get(), Qt::Key(Qt::Key_1 + int(area)), Qt::ControlModifier);
    auto *page = find<QWidget>(app.window.get(), areaName(area));
    QVERIFY2(page, areaName(area));
    QTRY_VERIFY(page->isVisible());
    QCOMPARE(find<QListWidget>(app.window.get(), "navigation")->currentRow(), int(area));
}

// The open console of a session, or null: several may be open at once.
inline SessionConsole *consoleOf(const App &app, qint64 sessionId)
{
    for (SessionConsole *console : app.window->findChildren<SessionConsole *>()) {
        if (console->sessionId() == sessionId)
            return console;
    }
    return nullptr;
}

// Opens a session's console from the Sessions area as a facilitator does: Ctrl+3, a click on its row, Enter.
// *console is that session's console, valid and on screen (not yet active).
inline void openConsoleFromSessions(App &app, qint64 sessionId, QPointer<SessionConsole> *console)
{
    *console = nullptr;
    STEP(showAreaByShortcut(app, MainWindow::SessionsPage));
    auto *table = find<QTableView>(app.window.get(), "sessionTable");
    QVERIFY(table);
    STEP(clickRow(table, rowOfId(table->model(), sessionId, SessionTableModel::IdRole)));
    QTest::keyClick(table, Qt::Key_Return);
    QTRY_VERIFY(consoleOf(app, sessionId));
    *console = consoleOf(app, sessionId);
    QCOMPARE((*console)->objectName(), QStringLiteral("sessionConsole"));
    QVERIFY((*console)->isValid());
    QVERIFY(QTest::qWaitForWindowExposed(console->data()));
}

// Types over one line of an edit dialog: the area's Edit button, the line checked to hold `before`, `after` typed
// over it, OK; then the main window is made active again, for the keys that follow.
inline void editLineInDialog(App &app, const char *editButton, const char *dialogName, const char *lineName,
                             const QString &before, const QString &after)
{
    auto *edit = find<QPushButton>(app.window.get(), editButton);
    QVERIFY2(edit, editButton);
    QTest::mouseClick(edit, Qt::LeftButton);
    QTRY_VERIFY(find<QDialog>(app.window.get(), dialogName));
    QPointer<QDialog> dialog = find<QDialog>(app.window.get(), dialogName);
    QVERIFY(QTest::qWaitForWindowExposed(dialog.data()));
    auto *line = find<QLineEdit>(dialog.data(), lineName);
    QVERIFY2(line, lineName);
    QCOMPARE(line->text(), before);
    STEP(retype(line, after));
    QTest::mouseClick(find<QPushButton>(dialog.data(), "okButton"), Qt::LeftButton);
    QTRY_VERIFY(dialog.isNull());
    STEP(activate(app.window.get()));
}

// Retitles an incident through its dialog: Ctrl+1, a click on the incident, Edit incident…, a new title, OK.
inline void retitleIncidentInDialog(App &app, qint64 incidentId, const QString &before, const QString &after)
{
    STEP(showAreaByShortcut(app, MainWindow::IncidentsPage));
    auto *table = find<QTableView>(app.window.get(), "incidentTable");
    QVERIFY(table);
    STEP(clickRow(table, rowOfId(table->model(), incidentId, IncidentTableModel::IdRole)));
    STEP(editLineInDialog(app, "editIncidentButton", "incidentDialog", "incidentTitleEdit", before, after));
    QCOMPARE(app.incidents->incident(incidentId)->title, after);
}

// Renames a team through its dialog: Ctrl+2, a click on the team, Edit team…, a new name, OK.
inline void renameTeamInDialog(App &app, qint64 teamId, const QString &before, const QString &after)
{
    STEP(showAreaByShortcut(app, MainWindow::TeamsPage));
    STEP(selectTeam(find<QTreeView>(app.window.get(), "teamTree"), teamId));
    STEP(editLineInDialog(app, "editTeamButton", "teamDialog", "teamNameEdit", before, after));
    QCOMPARE(app.teams->team(teamId)->name, after);
}

} // namespace candor::testgui
