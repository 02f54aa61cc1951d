// The main window's Action items and Sessions areas as a person uses them: reached through the navigation list and
// the View menu's shortcuts, driven by clicks and typed keys on widgets found by objectName, and checked in the
// widgets, the item models and the database. The data (a department with a sub-team, another team, postmortems and
// a retro with action items in every status) is written through the repositories before the application starts.
// Incidents and teams renamed in their own areas, or in the repositories, show in both lists at once.
#include "MainWindow.h"
#include "Translations.h"
#include "actions/ActionItemsArea.h"
#include "common/MessageBox.h"
#include "common/TeamComboBox.h"
#include "common/TestData.h"
#include "gui/AppFixture.h"
#include "item/ActionItemsModel.h"
#include "item/IncidentTableModel.h"
#include "item/TeamTreeModel.h"
#include "postmortem/AudienceWindow.h"
#include "postmortem/PostmortemSession.h"
#include "postmortem/RetroDialog.h"
#include "postmortem/SessionConsole.h"
#include "postmortem/SessionsArea.h"
#include "storage/PostmortemRepository.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QFont>
#include <QHash>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStyle>
#include <QStyleOptionButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QUndoStack>

#include <memory>

using namespace candor;
using candor::testdata::App;

// Runs a helper that checks with QTest macros, and ends the test when the helper failed.
#define STEP(call)                                                                                                     \
    do {                                                                                                               \
        call;                                                                                                          \
        if (QTest::currentTestFailed())                                                                                \
            return;                                                                                                    \
    } while (false)

namespace {

template <typename T>
T *find(const QWidget *root, const char *name)
{
    return root ? root->findChild<T *>(QString::fromLatin1(name)) : nullptr;
}

template <typename T>
T *find(const QWidget *root, const QString &name)
{
    return root ? root->findChild<T *>(name) : nullptr;
}

// Clicks a check box where a person would: its indicator and label.
void clickCheckBox(QCheckBox *box)
{
    QStyleOptionButton option;
    option.initFrom(box);
    option.text = box->text();
    const QRect area = box->style()->subElementRect(QStyle::SE_CheckBoxClickRect, &option, box);
    QTest::mouseClick(box, Qt::LeftButton, {}, area.center());
}

// Replaces an editor's text as a person does: select all, type.
void retype(QWidget *edit, const QString &text)
{
    edit->setFocus();
    QTest::keyClick(edit, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(edit, text);
}

// Moves a combo box to the item with `value` using the keyboard.
void chooseByKeys(QComboBox *combo, const QVariant &value)
{
    QVERIFY(combo);
    combo->setFocus();
    QTest::keyClick(combo, Qt::Key_Home);
    for (int i = 0; i < combo->count() && combo->currentData() != value; ++i)
        QTest::keyClick(combo, Qt::Key_Down);
    QCOMPARE(combo->currentData(), value);
}

QStringList columnTexts(const QAbstractItemModel *model, int column)
{
    QStringList texts;
    for (int row = 0; row < model->rowCount(); ++row)
        texts.append(model->index(row, column).data().toString());
    return texts;
}

// The row a view shows for the item with `id` (by IdRole), or -1.
int rowOfId(const QAbstractItemModel *model, qint64 id, int idRole)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data(idRole).toLongLong() == id)
            return row;
    }
    return -1;
}

// Clicks a row of a table view (on its first column), as a person selects it.
void clickRow(QTableView *view, int row, Qt::KeyboardModifiers modifiers = {})
{
    QVERIFY(view);
    QVERIFY2(row >= 0 && row < view->model()->rowCount(), qPrintable(QString::number(row)));
    const QModelIndex index = view->model()->index(row, 0);
    view->scrollTo(index);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, modifiers, view->visualRect(index).center());
}

const QString collectingText =
    QStringLiteral("Collecting answers on the kiosk. The result appears when you finish collecting.");

ActionItem makeAction(qint64 sessionId, qint64 teamId, const QString &text, ActionStatus status, int dueInDays)
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

} // namespace

class TestActionsArea : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void overdueItemsStandOut();
    void filters_data();
    void filters();
    void markDoneUndoAndReopen();
    void markSeveralDoneInOneStep();
    void countFollowsRemovedRows();
    void sessionsListed();
    void newRetroOpensItsConsole();
    void retroSafetyCheck();
    void safetyAnswersStayHiddenBelowThree();
    void postmortemHasNoSafetyCheck();
    void paperSlipsAddUpAndStartOver();
    void deleteSessionAsksFirst();
    void deleteSessionWithOpenConsole();
    void renamedIncidentShows();
    void renamedTeamShows();

private:
    void startApp();
    void showActionsByNavigation();
    void showSessionsByShortcut();
    void openRetroConsole(qint64 *retroId);
    void activateMainWindow();
    // Answers the safety check on the kiosk, checking that the console shows no result while it goes round.
    void answerOnKiosk(const QList<int> &answers);
    void checkNoTallyInBoxes();

    QTableView *actionTable() const { return find<QTableView>(m_app->window.get(), "actionTable"); }
    QTableView *sessionTable() const { return find<QTableView>(m_app->window.get(), "sessionTable"); }
    QString countText() const { return find<QLabel>(m_app->window.get(), "actionCountLabel")->text(); }
    QStringList shownActionIds() const;
    // The text a table shows for an item, or "(no row)".
    QString sessionCell(qint64 sessionId, int column) const;
    QString actionCell(qint64 actionId, int column) const;
    template <typename T>
    T *console(const char *name) const
    {
        return find<T>(m_console.data(), name);
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    std::unique_ptr<App> m_app;
    QPointer<SessionConsole> m_console;

    qint64 m_engineering = 0; // a department
    qint64 m_payments = 0;    // a sub-team of Engineering
    qint64 m_support = 0;     // a team of its own
    qint64 m_checkoutIncident = 0;
    qint64 m_queueIncident = 0;
    qint64 m_checkoutPostmortem = 0;
    qint64 m_queuePostmortem = 0;
    qint64 m_supportRetro = 0;
    // The action items, by what makes them different.
    qint64 m_overduePayments = 0;  // open, five days late, Payments
    qint64 m_inProgress = 0;       // in progress, due in ten days, Payments
    qint64 m_donePayments = 0;     // done (its due date long past), Payments
    qint64 m_overdueSupport = 0;   // open, two days late, Support (from the retro)
    qint64 m_droppedSupport = 0;   // dropped, Support
    qint64 m_notDueDepartment = 0; // open, due in a month, owned by the department itself
};

void TestActionsArea::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("candor"));
    QCoreApplication::setApplicationName(QStringLiteral("candor"));
    installTranslations(*QCoreApplication::instance()); // English plural forms, as app/main.cpp installs them
    QVERIFY2(QSettings().fileName().contains(QLatin1String(".qttest")), qPrintable(QSettings().fileName()));
    MessageBox::setScripted(true);
}

void TestActionsArea::init()
{
    QSettings().clear();
    MessageBox::clearShown();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(QStringLiteral("candor.sqlite"));

    testdata::Store store(m_path);
    QVERIFY2(store.status, qPrintable(store.status.error()));
    const Result<qint64> engineering = store.teams.insertTeam(testdata::makeTeam(QStringLiteral("Engineering")));
    QVERIFY(engineering);
    m_engineering = *engineering;
    const Result<qint64> payments =
        store.teams.insertTeam(testdata::makeTeam(QStringLiteral("Payments"), m_engineering));
    const Result<qint64> support = store.teams.insertTeam(testdata::makeTeam(QStringLiteral("Support")));
    QVERIFY(payments && support);
    m_payments = *payments;
    m_support = *support;
    QVERIFY(store.teams.insertMember(testdata::makeMember(m_payments, QStringLiteral("Jonas Weber"))));
    QVERIFY(store.teams.insertMember(testdata::makeMember(m_support, QStringLiteral("Lars Nilsen"))));

    const Result<qint64> checkout =
        store.incidents.insert(testdata::makeIncident(m_payments, QStringLiteral("Checkout errors after deploy")));
    const Result<qint64> queue =
        store.incidents.insert(testdata::makeIncident(m_support, QStringLiteral("Ticket queue stalled"), 7));
    QVERIFY(checkout && queue);
    m_checkoutIncident = *checkout;
    m_queueIncident = *queue;

    PostmortemRepository postmortems(store.database);
    Session session;
    session.kind = SessionKind::Postmortem;
    session.incidentId = *checkout;
    session.teamId = m_payments;
    session.created = QDateTime::currentDateTimeUtc().addDays(-10);
    Result<qint64> id = postmortems.insertSession(session);
    QVERIFY2(id, qPrintable(id.error()));
    m_checkoutPostmortem = *id;
    session.incidentId = *queue;
    session.teamId = m_support;
    session.created = QDateTime::currentDateTimeUtc().addDays(-20);
    id = postmortems.insertSession(session);
    QVERIFY2(id, qPrintable(id.error()));
    m_queuePostmortem = *id;
    Session retro;
    retro.kind = SessionKind::Retro;
    retro.teamId = m_support;
    retro.title = QStringLiteral("Support retro, March");
    retro.periodStart = QDate::currentDate().addDays(-19);
    retro.periodEnd = QDate::currentDate().addDays(-6);
    retro.created = QDateTime::currentDateTimeUtc().addDays(-5);
    id = postmortems.insertSession(retro);
    QVERIFY2(id, qPrintable(id.error()));
    m_supportRetro = *id;

    const auto insert = [&postmortems](const ActionItem &action, qint64 *into) {
        const Result<qint64> inserted = postmortems.insertAction(action);
        QVERIFY2(inserted, qPrintable(inserted.error()));
        *into = *inserted;
    };
    STEP(insert(makeAction(m_checkoutPostmortem, m_payments, QStringLiteral("Alert on the checkout error rate"),
                           ActionStatus::Open, -5),
                &m_overduePayments));
    STEP(insert(makeAction(m_checkoutPostmortem, m_payments, QStringLiteral("Add canary checks to the pipeline"),
                           ActionStatus::InProgress, 10),
                &m_inProgress));
    STEP(insert(makeAction(m_checkoutPostmortem, m_payments, QStringLiteral("Document the rollback steps"),
                           ActionStatus::Done, -20),
                &m_donePayments));
    STEP(insert(makeAction(m_supportRetro, m_support, QStringLiteral("Rotate the on-call pager weekly"),
                           ActionStatus::Open, -2),
                &m_overdueSupport));
    STEP(insert(makeAction(m_queuePostmortem, m_support, QStringLiteral("Write a runbook for the ticket queue"),
                           ActionStatus::Dropped, 3),
                &m_droppedSupport));
    STEP(insert(makeAction(m_checkoutPostmortem, m_engineering, QStringLiteral("Review the release cadence"),
                           ActionStatus::Open, 30),
                &m_notDueDepartment));

    STEP(startApp());
}

void TestActionsArea::cleanup()
{
    if (QTest::currentTestFailed() && !MessageBox::shown().isEmpty())
        qInfo().noquote() << "Message boxes:" << MessageBox::shown().join(QLatin1String("\n"));
    m_app.reset();
    m_dir.reset();
}

void TestActionsArea::startApp()
{
    m_app = std::make_unique<App>(m_path);
    QVERIFY2(m_app->status, qPrintable(m_app->status.error()));
    m_app->window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_app->window.get()));
    m_app->window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_app->window.get()));
}

void TestActionsArea::activateMainWindow()
{
    m_app->window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_app->window.get()));
}

void TestActionsArea::showActionsByNavigation()
{
    auto *navigation = find<QListWidget>(m_app->window.get(), "navigation");
    QVERIFY(navigation);
    QListWidgetItem *item = navigation->item(MainWindow::ActionsPage);
    QVERIFY(item);
    QCOMPARE(item->text(), QStringLiteral("Action items"));
    QTest::mouseClick(navigation->viewport(), Qt::LeftButton, {}, navigation->visualItemRect(item).center());
    QTRY_VERIFY(find<QWidget>(m_app->window.get(), "actionItemsArea")->isVisible());
    QVERIFY(actionTable()->isVisible());
}

void TestActionsArea::showSessionsByShortcut()
{
    QTest::keyClick(m_app->window.get(), Qt::Key_3, Qt::ControlModifier);
    QTRY_VERIFY(find<QWidget>(m_app->window.get(), "sessionsArea")->isVisible());
    QCOMPARE(find<QListWidget>(m_app->window.get(), "navigation")->currentRow(), int(MainWindow::SessionsPage));
}

QStringList TestActionsArea::shownActionIds() const
{
    // By text, so a failure says which item is where.
    return columnTexts(actionTable()->model(), ActionItemsModel::TextColumn);
}

// ---- Action items ---------------------------------------------------------------------------------------------

void TestActionsArea::overdueItemsStandOut()
{
    // Ctrl+4 from anywhere, then back and forth through the list.
    QTest::keyClick(m_app->window.get(), Qt::Key_4, Qt::ControlModifier);
    QTRY_VERIFY(find<QWidget>(m_app->window.get(), "actionItemsArea")->isVisible());
    QTest::keyClick(m_app->window.get(), Qt::Key_1, Qt::ControlModifier);
    QTRY_VERIFY(!find<QWidget>(m_app->window.get(), "actionItemsArea")->isVisible());
    STEP(showActionsByNavigation());

    // Open or in progress, as the application starts: overdue and soonest due first.
    QCOMPARE(find<QComboBox>(m_app->window.get(), "actionStatusFilter")->currentText(),
             QStringLiteral("Open or in progress"));
    QCOMPARE(find<TeamComboBox>(m_app->window.get(), "actionTeamFilter")->currentTeamId(), 0);
    QVERIFY(!find<QCheckBox>(m_app->window.get(), "actionOverdueFilter")->isChecked());
    QCOMPARE(shownActionIds(),
             QStringList(
                 {QStringLiteral("Alert on the checkout error rate"), QStringLiteral("Rotate the on-call pager weekly"),
                  QStringLiteral("Add canary checks to the pipeline"), QStringLiteral("Review the release cadence")}));
    QCOMPARE(countText(), QStringLiteral("4 action items, 2 overdue"));

    const QAbstractItemModel *model = actionTable()->model();
    const auto cell = [model](qint64 id, int column) {
        return model->index(rowOfId(model, id, ActionItemsModel::IdRole), column);
    };
    // Overdue: the role, bold text, the warning colour on the due date and status, a tooltip saying how late, a
    // warning sign beside the due date and "overdue" in the status text and in what a screen reader says.
    const QDate due = QDate::currentDate().addDays(-5);
    for (int column = 0; column < ActionItemsModel::ColumnCount; ++column) {
        const QModelIndex index = cell(m_overduePayments, column);
        QVERIFY(index.data(ActionItemsModel::OverdueRole).toBool());
        QVERIFY2(index.data(Qt::FontRole).value<QFont>().bold(), qPrintable(QString::number(column)));
        QCOMPARE(index.data(Qt::ToolTipRole).toString(), QStringLiteral("Overdue by 5 days"));
    }
    QCOMPARE(cell(m_overdueSupport, ActionItemsModel::TextColumn).data(Qt::ToolTipRole).toString(),
             QStringLiteral("Overdue by 2 days"));
    QCOMPARE(cell(m_overduePayments, ActionItemsModel::StatusColumn).data().toString(),
             QStringLiteral("Open, overdue"));
    QCOMPARE(cell(m_overduePayments, ActionItemsModel::DueColumn).data().toString(),
             QLocale().toString(due, QLocale::ShortFormat));
    QCOMPARE(cell(m_overduePayments, ActionItemsModel::DueColumn).data(Qt::AccessibleTextRole).toString(),
             QLocale().toString(due, QLocale::ShortFormat) + QStringLiteral(", overdue"));
    QVERIFY(!cell(m_overduePayments, ActionItemsModel::DueColumn).data(Qt::DecorationRole).value<QIcon>().isNull());
    const QColor warning(0xb0, 0x1c, 0x1c);
    QCOMPARE(cell(m_overduePayments, ActionItemsModel::DueColumn).data(Qt::ForegroundRole).value<QColor>(), warning);
    QCOMPARE(cell(m_overduePayments, ActionItemsModel::StatusColumn).data(Qt::ForegroundRole).value<QColor>(), warning);
    QVERIFY(!cell(m_overduePayments, ActionItemsModel::TextColumn).data(Qt::ForegroundRole).isValid());

    // Not overdue: none of it; the text's tooltip is the text itself (long texts are cut in the cell).
    for (qint64 id : {m_inProgress, m_notDueDepartment}) {
        QVERIFY(!cell(id, 0).data(ActionItemsModel::OverdueRole).toBool());
        QVERIFY(!cell(id, 0).data(Qt::FontRole).value<QFont>().bold());
        QVERIFY(!cell(id, ActionItemsModel::DueColumn).data(Qt::ForegroundRole).isValid());
        QVERIFY(!cell(id, ActionItemsModel::DueColumn).data(Qt::DecorationRole).isValid());
        QCOMPARE(cell(id, ActionItemsModel::TextColumn).data(Qt::ToolTipRole),
                 cell(id, ActionItemsModel::TextColumn).data());
    }
    QCOMPARE(cell(m_inProgress, ActionItemsModel::StatusColumn).data().toString(), QStringLiteral("In progress"));
    QCOMPARE(cell(m_notDueDepartment, ActionItemsModel::OwnerColumn).data().toString(), QStringLiteral("Engineering"));
    QCOMPARE(cell(m_overdueSupport, ActionItemsModel::SourceColumn).data().toString(),
             QStringLiteral("Support retro, March"));
    QCOMPARE(cell(m_overduePayments, ActionItemsModel::SourceColumn).data().toString(),
             QStringLiteral("Checkout errors after deploy"));

    // A done item long past its due date is not overdue.
    STEP(chooseByKeys(find<QComboBox>(m_app->window.get(), "actionStatusFilter"), int(ActionStatus::Done)));
    QCOMPARE(shownActionIds(), QStringList({QStringLiteral("Document the rollback steps")}));
    QVERIFY(!cell(m_donePayments, 0).data(ActionItemsModel::OverdueRole).toBool());
    QVERIFY(!cell(m_donePayments, 0).data(Qt::FontRole).value<QFont>().bold());
    QCOMPARE(cell(m_donePayments, ActionItemsModel::StatusColumn).data().toString(), QStringLiteral("Done"));
    QCOMPARE(countText(), QStringLiteral("1 action item"));
}

void TestActionsArea::filters_data()
{
    QTest::addColumn<QString>("team"); // empty: all teams
    QTest::addColumn<int>("status");   // -2 all, -1 open or in progress, else an ActionStatus
    QTest::addColumn<bool>("overdueOnly");
    QTest::addColumn<QStringList>("shown");
    QTest::addColumn<QString>("count");

    const QString alert = QStringLiteral("Alert on the checkout error rate");
    const QString canary = QStringLiteral("Add canary checks to the pipeline");
    const QString rollback = QStringLiteral("Document the rollback steps");
    const QString pager = QStringLiteral("Rotate the on-call pager weekly");
    const QString runbook = QStringLiteral("Write a runbook for the ticket queue");
    const QString cadence = QStringLiteral("Review the release cadence");

    QTest::newRow("every item") << QString() << -2 << false
                                << QStringList({rollback, alert, pager, runbook, canary, cadence})
                                << QStringLiteral("6 action items, 2 overdue");
    QTest::newRow("department includes its sub-team")
        << QStringLiteral("Engineering") << -1 << false << QStringList({alert, canary, cadence})
        << QStringLiteral("3 action items, 1 overdue");
    QTest::newRow("department, every status")
        << QStringLiteral("Engineering") << -2 << false << QStringList({rollback, alert, canary, cadence})
        << QStringLiteral("4 action items, 1 overdue");
    QTest::newRow("sub-team alone") << QStringLiteral("Payments") << -1 << false << QStringList({alert, canary})
                                    << QStringLiteral("2 action items, 1 overdue");
    QTest::newRow("other team, every status")
        << QStringLiteral("Support") << -2 << false << QStringList({pager, runbook})
        << QStringLiteral("2 action items, 1 overdue");
    QTest::newRow("in progress") << QString() << int(ActionStatus::InProgress) << false << QStringList({canary})
                                 << QStringLiteral("1 action item");
    QTest::newRow("dropped") << QString() << int(ActionStatus::Dropped) << false << QStringList({runbook})
                             << QStringLiteral("1 action item");
    QTest::newRow("overdue only") << QString() << -2 << true << QStringList({alert, pager})
                                  << QStringLiteral("2 action items, 2 overdue");
    QTest::newRow("overdue of the department") << QStringLiteral("Engineering") << -1 << true << QStringList({alert})
                                               << QStringLiteral("1 action item, 1 overdue");
    QTest::newRow("overdue and done: nothing")
        << QString() << int(ActionStatus::Done) << true << QStringList() << QStringLiteral("0 action items");
}

void TestActionsArea::filters()
{
    QFETCH(QString, team);
    QFETCH(int, status);
    QFETCH(bool, overdueOnly);
    QFETCH(QStringList, shown);
    QFETCH(QString, count);

    STEP(showActionsByNavigation());
    auto *teamFilter = find<TeamComboBox>(m_app->window.get(), "actionTeamFilter");
    auto *statusFilter = find<QComboBox>(m_app->window.get(), "actionStatusFilter");
    auto *overdue = find<QCheckBox>(m_app->window.get(), "actionOverdueFilter");
    QVERIFY(teamFilter && statusFilter && overdue);
    // The team list is the tree: the department, its sub-team indented under it, the other team.
    QCOMPARE(teamFilter->count(), 4);
    QCOMPARE(teamFilter->itemText(0), QStringLiteral("All teams"));
    QCOMPARE(teamFilter->itemText(1), QStringLiteral("Engineering"));
    QCOMPARE(teamFilter->itemText(2), QStringLiteral("    Payments"));
    QCOMPARE(teamFilter->itemText(3), QStringLiteral("Support"));

    const QHash<QString, qint64> teams = {{QString(), 0},
                                          {QStringLiteral("Engineering"), m_engineering},
                                          {QStringLiteral("Payments"), m_payments},
                                          {QStringLiteral("Support"), m_support}};
    STEP(chooseByKeys(teamFilter, teams.value(team)));
    STEP(chooseByKeys(statusFilter, status));
    if (overdueOnly)
        clickCheckBox(overdue);
    QCOMPARE(overdue->isChecked(), overdueOnly);

    QCOMPARE(shownActionIds(), shown);
    QCOMPARE(countText(), count);
    // The area shows what the model holds, and the model what the filter says.
    const ActionFilter &filter = m_app->actionModel->filter();
    QCOMPARE(filter.teamId, teams.value(team));
    QCOMPARE(filter.overdueOnly, overdueOnly);
    QCOMPARE(filter.openOnly, status == -1);
    QCOMPARE(filter.status.has_value(), status >= 0);
    QCOMPARE(m_app->actionModel->rowCount(), shown.size());

    // Every row obeys the filter as the database has it.
    for (int row = 0; row < actionTable()->model()->rowCount(); ++row) {
        const qint64 id = actionTable()->model()->index(row, 0).data(ActionItemsModel::IdRole).toLongLong();
        const Result<ActionItem> stored = m_app->postmortems->action(id);
        QVERIFY(stored);
        if (status >= 0)
            QCOMPARE(int(stored->status), status);
        if (status == -1 || overdueOnly)
            QVERIFY(!stored->isClosed());
        if (overdueOnly)
            QVERIFY(stored->due < QDate::currentDate());
    }
}

void TestActionsArea::markDoneUndoAndReopen()
{
    STEP(showActionsByNavigation());
    QTableView *view = actionTable();
    auto *markDone = find<QPushButton>(m_app->window.get(), "markDoneButton");
    auto *reopen = find<QPushButton>(m_app->window.get(), "reopenButton");
    auto *undoAction = find<QAction>(m_app->window.get(), "undoAction");
    QVERIFY(markDone && reopen && undoAction);
    // Nothing selected: nothing to do.
    QVERIFY(!markDone->isEnabled());
    QVERIFY(!reopen->isEnabled());
    QVERIFY(!undoAction->isEnabled());

    // Select the overdue item with the mouse and mark it done with the button.
    STEP(clickRow(view, rowOfId(view->model(), m_overduePayments, ActionItemsModel::IdRole)));
    QCOMPARE(find<ActionItemsArea>(m_app->window.get(), "actionItemsArea")->selectedActionIds(),
             QList<qint64>({m_overduePayments}));
    QVERIFY(markDone->isEnabled());
    QVERIFY(!reopen->isEnabled());
    QTest::mouseClick(markDone, Qt::LeftButton);

    Result<ActionItem> stored = m_app->postmortems->action(m_overduePayments);
    QVERIFY(stored);
    QCOMPARE(stored->status, ActionStatus::Done);
    QVERIFY(stored->done.isValid());
    // It leaves the open list, and the count says so.
    QCOMPARE(rowOfId(view->model(), m_overduePayments, ActionItemsModel::IdRole), -1);
    QCOMPARE(view->model()->rowCount(), 3);
    QCOMPARE(m_app->actionModel->overdueCount(), 1);
    QCOMPARE(countText(), QStringLiteral("3 action items, 1 overdue"));
    QVERIFY(!markDone->isEnabled());
    QCOMPARE(m_app->undoStack->undoText(), QStringLiteral("Mark “Alert on the checkout error rate” done"));
    QVERIFY(undoAction->isEnabled());
    QVERIFY2(undoAction->text().contains(m_app->undoStack->undoText()), qPrintable(undoAction->text()));

    // Ctrl+Z in the main window (Edit > Undo): open again, with no done date, back in the list and overdue.
    view->setFocus();
    QTest::keyClick(view, Qt::Key_Z, Qt::ControlModifier);
    stored = m_app->postmortems->action(m_overduePayments);
    QCOMPARE(stored->status, ActionStatus::Open);
    QVERIFY(!stored->done.isValid());
    const int back = rowOfId(view->model(), m_overduePayments, ActionItemsModel::IdRole);
    QCOMPARE(back, 0);
    QVERIFY(view->model()->index(back, 0).data(ActionItemsModel::OverdueRole).toBool());
    QCOMPARE(countText(), QStringLiteral("4 action items, 2 overdue"));
    // ...and redo.
    QTest::keyClick(view, Qt::Key_Y, Qt::ControlModifier);
    QCOMPARE(m_app->postmortems->action(m_overduePayments)->status, ActionStatus::Done);
    QCOMPARE(rowOfId(view->model(), m_overduePayments, ActionItemsModel::IdRole), -1);

    // Reopen the done items: show them, select one, the Reopen button.
    STEP(chooseByKeys(find<QComboBox>(m_app->window.get(), "actionStatusFilter"), int(ActionStatus::Done)));
    QCOMPARE(shownActionIds(), QStringList({QStringLiteral("Document the rollback steps"),
                                            QStringLiteral("Alert on the checkout error rate")}));
    STEP(clickRow(view, rowOfId(view->model(), m_donePayments, ActionItemsModel::IdRole)));
    QVERIFY(reopen->isEnabled());
    QVERIFY(!markDone->isEnabled());
    QTest::mouseClick(reopen, Qt::LeftButton);
    stored = m_app->postmortems->action(m_donePayments);
    QCOMPARE(stored->status, ActionStatus::Open);
    QVERIFY(!stored->done.isValid());
    QCOMPARE(shownActionIds(), QStringList({QStringLiteral("Alert on the checkout error rate")}));
    QCOMPARE(m_app->undoStack->undoText(), QStringLiteral("Reopen “Document the rollback steps”"));
    // Reopened past its due date, it is overdue now.
    STEP(chooseByKeys(find<QComboBox>(m_app->window.get(), "actionStatusFilter"), -1));
    const int reopened = rowOfId(view->model(), m_donePayments, ActionItemsModel::IdRole);
    QCOMPARE(reopened, 0);
    QVERIFY(view->model()->index(reopened, 0).data(ActionItemsModel::OverdueRole).toBool());
    QCOMPARE(view->model()->rowCount(), 4);
    QCOMPARE(countText(), QStringLiteral("4 action items, 2 overdue"));
    QVERIFY(!find<QLabel>(m_app->window.get(), "actionProblemBanner")->isVisible());
}

void TestActionsArea::markSeveralDoneInOneStep()
{
    STEP(showActionsByNavigation());
    QTableView *view = actionTable();
    // Both overdue items: a click, a Ctrl+click, then Ctrl+D.
    STEP(clickRow(view, rowOfId(view->model(), m_overduePayments, ActionItemsModel::IdRole)));
    STEP(clickRow(view, rowOfId(view->model(), m_overdueSupport, ActionItemsModel::IdRole), Qt::ControlModifier));
    QCOMPARE(find<ActionItemsArea>(m_app->window.get(), "actionItemsArea")->selectedActionIds(),
             QList<qint64>({m_overduePayments, m_overdueSupport}));
    const int undoBefore = m_app->undoStack->index();
    QTest::keyClick(view, Qt::Key_D, Qt::ControlModifier);
    QCOMPARE(m_app->postmortems->action(m_overduePayments)->status, ActionStatus::Done);
    QCOMPARE(m_app->postmortems->action(m_overdueSupport)->status, ActionStatus::Done);
    QCOMPARE(shownActionIds(), QStringList({QStringLiteral("Add canary checks to the pipeline"),
                                            QStringLiteral("Review the release cadence")}));
    QCOMPARE(m_app->actionModel->overdueCount(), 0);
    QCOMPARE(countText(), QStringLiteral("2 action items"));
    QCOMPARE(m_app->undoStack->index(), undoBefore + 1);
    QCOMPARE(m_app->undoStack->undoText(), QStringLiteral("Mark 2 action items done"));

    // One Ctrl+Z brings both back.
    QTest::keyClick(view, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(m_app->postmortems->action(m_overduePayments)->status, ActionStatus::Open);
    QCOMPARE(m_app->postmortems->action(m_overdueSupport)->status, ActionStatus::Open);
    QCOMPARE(countText(), QStringLiteral("4 action items, 2 overdue"));
    QCOMPARE(m_app->undoStack->index(), undoBefore);
}

void TestActionsArea::countFollowsRemovedRows()
{
    // The label says how many items the table shows, also when a filter or an edit only takes rows away.
    STEP(showActionsByNavigation());
    QCOMPARE(countText(), QStringLiteral("4 action items, 2 overdue"));
    STEP(chooseByKeys(find<TeamComboBox>(m_app->window.get(), "actionTeamFilter"), m_payments));
    QCOMPARE(actionTable()->model()->rowCount(), 2);
    QCOMPARE(countText(), QStringLiteral("2 action items, 1 overdue"));
    STEP(clickRow(actionTable(), rowOfId(actionTable()->model(), m_overduePayments, ActionItemsModel::IdRole)));
    QTest::mouseClick(find<QPushButton>(m_app->window.get(), "markDoneButton"), Qt::LeftButton);
    QCOMPARE(actionTable()->model()->rowCount(), 1);
    QCOMPARE(countText(), QStringLiteral("1 action item"));
}

// ---- Sessions -------------------------------------------------------------------------------------------------

void TestActionsArea::sessionsListed()
{
    STEP(showSessionsByShortcut());
    QTableView *view = sessionTable();
    QVERIFY(view);
    QVERIFY(!find<QLabel>(m_app->window.get(), "sessionsEmptyHint")->isVisible());
    // Newest first; only what was seeded (no demo data).
    const QAbstractItemModel *model = view->model();
    QCOMPARE(columnTexts(model, SessionTableModel::TitleColumn),
             QStringList({QStringLiteral("Support retro, March"), QStringLiteral("Checkout errors after deploy"),
                          QStringLiteral("Ticket queue stalled")}));
    QCOMPARE(columnTexts(model, SessionTableModel::KindColumn),
             QStringList({QStringLiteral("Retro"), QStringLiteral("Postmortem"), QStringLiteral("Postmortem")}));
    QCOMPARE(columnTexts(model, SessionTableModel::TeamColumn),
             QStringList({QStringLiteral("Support"), QStringLiteral("Payments"), QStringLiteral("Support")}));
    QCOMPARE(columnTexts(model, SessionTableModel::PhaseColumn),
             QStringList({QStringLiteral("Opening"), QStringLiteral("Opening"), QStringLiteral("Opening")}));
    QCOMPARE(m_app->teams->teamCount(), 3);
    QCOMPARE(m_app->incidents->count({}), 2);

    // Open and Delete need a selection.
    auto *open = find<QPushButton>(m_app->window.get(), "openSessionButton");
    auto *remove = find<QPushButton>(m_app->window.get(), "deleteSessionButton");
    QVERIFY(open && remove);
    QVERIFY(!open->isEnabled());
    QVERIFY(!remove->isEnabled());
    STEP(clickRow(view, 1));
    QVERIFY(open->isEnabled());
    QVERIFY(remove->isEnabled());
}

void TestActionsArea::openRetroConsole(qint64 *retroId)
{
    STEP(showSessionsByShortcut());
    const qsizetype sessionsBefore = m_app->postmortems->sessions().size();
    QTest::mouseClick(find<QPushButton>(m_app->window.get(), "newRetroButton"), Qt::LeftButton);
    QTRY_VERIFY(find<RetroDialog>(m_app->window.get(), "retroDialog"));
    QPointer<RetroDialog> dialog = find<RetroDialog>(m_app->window.get(), "retroDialog");
    QVERIFY(QTest::qWaitForWindowExposed(dialog.data()));
    QVERIFY(QTest::qWaitForWindowActive(dialog.data()));
    auto *team = find<TeamComboBox>(dialog.data(), "retroTeamCombo");
    auto *title = find<QLineEdit>(dialog.data(), "retroTitleEdit");
    auto *start = find<QDateEdit>(dialog.data(), "retroStartEdit");
    auto *end = find<QDateEdit>(dialog.data(), "retroEndEdit");
    QVERIFY(team && title && start && end);
    // Keyboard first: the team has the focus; no team is guessed among several.
    QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(team));
    QCOMPARE(team->currentTeamId(), 0);
    // The last two weeks, with a title that follows them.
    const QDate today = QDate::currentDate();
    QCOMPARE(start->date(), today.addDays(-13));
    QCOMPARE(end->date(), today);
    QCOMPARE(title->text(), RetroDialog::defaultTitle(today.addDays(-13), today));

    // OK without a team: refused, and the team field has the focus again.
    title->setFocus();
    QTest::mouseClick(find<QPushButton>(dialog.data(), "okButton"), Qt::LeftButton);
    QVERIFY(dialog && dialog->isVisible());
    QVERIFY2(dialog->errorText().contains(QLatin1String("Choose the team the retro is for.")),
             qPrintable(dialog->errorText()));
    QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(team));
    QCOMPARE(m_app->postmortems->sessions().size(), sessionsBefore);

    STEP(chooseByKeys(team, m_support));
    // The period starts on the first of its month, typed into the day; the title follows it.
    const QDate first(today.addDays(-13).year(), today.addDays(-13).month(), 1);
    start->setFocus();
    start->setSelectedSection(QDateTimeEdit::DaySection);
    QTest::keyClicks(start, QStringLiteral("1"));
    QCOMPARE(start->date(), first);
    QCOMPARE(title->text(), RetroDialog::defaultTitle(first, today));
    // A title of one's own stays, whatever the period does next.
    const QString typed = QStringLiteral("Support retro, sprint 14");
    retype(title, typed);
    start->setFocus();
    start->setCurrentSection(QDateTimeEdit::DaySection);
    QTest::keyClick(start, Qt::Key_Up);
    QCOMPARE(start->date(), first.addDays(1));
    QCOMPARE(title->text(), typed);

    // Enter in the title is OK.
    title->setFocus();
    QTest::keyClick(title, Qt::Key_Return);
    QTRY_VERIFY(dialog.isNull()); // closed and deleted
    QCOMPARE(m_app->postmortems->sessions().size(), sessionsBefore + 1);
    const SessionRow created = m_app->postmortems->sessions().constFirst(); // newest first
    QCOMPARE(created.kind, SessionKind::Retro);
    QCOMPARE(created.title, typed);
    QCOMPARE(created.teamId, m_support);
    QCOMPARE(created.phase, Phase::Opening);
    const Result<Session> stored = m_app->postmortems->session(created.id);
    QVERIFY(stored);
    QCOMPARE(stored->periodStart, first.addDays(1));
    QCOMPARE(stored->periodEnd, today);
    *retroId = created.id;

    // Listed and selected in the area, and its console is open.
    QCOMPARE(find<SessionsArea>(m_app->window.get(), "sessionsArea")->selectedSessionId(), created.id);
    QCOMPARE(sessionTable()->model()->rowCount(), int(sessionsBefore + 1));
    QTRY_VERIFY(m_app->window->findChild<SessionConsole *>(QStringLiteral("sessionConsole")));
    m_console = m_app->window->findChild<SessionConsole *>(QStringLiteral("sessionConsole"));
    QCOMPARE(m_console->sessionId(), created.id);
    QVERIFY(QTest::qWaitForWindowExposed(m_console.data()));
    QCOMPARE(m_console->windowTitle(), QStringLiteral("Retro: Support retro, sprint 14"));
    QCOMPARE(m_console->session().phase(), Phase::Opening);
    QCOMPARE(console<QStackedWidget>("phasePages")->currentWidget(), console<QWidget>("openingPage"));
}

void TestActionsArea::newRetroOpensItsConsole()
{
    qint64 retro = 0;
    STEP(openRetroConsole(&retro));
    // The new retro's phases carry the retro's names.
    QCOMPARE(PostmortemText::phaseName(Phase::Timeline, m_console->session().kind()), QStringLiteral("Notable events"));
    QCOMPARE(m_console->session().teamName(), QStringLiteral("Support"));
    QCOMPARE(m_console->session().tally(CheckKind::Safety).total(), 0);
}

void TestActionsArea::answerOnKiosk(const QList<int> &answers)
{
    QTest::mouseClick(console<QPushButton>("safetyKioskButton"), Qt::LeftButton);
    QTRY_VERIFY(console<QDialog>("checkKiosk") && console<QDialog>("checkKiosk")->isVisible());
    QPointer<QDialog> kiosk = console<QDialog>("checkKiosk");
    // While the kiosk goes round, the console shows no result: one changing after each answer would give it away.
    const auto checkCollecting = [this]() {
        QVERIFY(m_console->session().isCollecting(CheckKind::Safety));
        QVERIFY(!m_console->session().isCollecting(CheckKind::Closing));
        QCOMPARE(console<QLabel>("safetyResult")->text(), collectingText);
        STEP(checkNoTallyInBoxes());
    };
    STEP(checkCollecting());
    for (int i = 0; i < answers.size(); ++i) {
        const int value = answers.at(i);
        auto *button = find<QPushButton>(kiosk.data(), QStringLiteral("answer%1").arg(value));
        QVERIFY(button);
        QTRY_VERIFY(button->isVisible());
        if (i % 2 == 0)
            QTest::mouseClick(button, Qt::LeftButton);
        else
            QTest::keyClick(kiosk.data(), Qt::Key(Qt::Key_0 + value)); // keys 1 to 5 answer too
        // The answer leaves the screen before it is passed on.
        QTRY_VERIFY(find<QLabel>(kiosk.data(), "kioskThanks")->isVisible());
        QVERIFY(!button->isVisible());
        STEP(checkCollecting());
        QTest::mouseClick(find<QPushButton>(kiosk.data(), "nextPersonButton"), Qt::LeftButton);
    }
    QTest::mouseClick(find<QPushButton>(kiosk.data(), "finishKioskButton"), Qt::LeftButton);
    QTRY_VERIFY(kiosk.isNull());
    // Finished: the result (or how many answered, below 3) is back.
    QVERIFY(!m_console->session().isCollecting(CheckKind::Safety));
    QVERIFY(console<QLabel>("safetyResult")->text() != collectingText);
}

void TestActionsArea::checkNoTallyInBoxes()
{
    // The paper-slip boxes hold slips to add, never what was collected.
    for (int value = 1; value <= 5; ++value) {
        auto *spin = find<QSpinBox>(m_console.data(), QStringLiteral("safetyTally%1").arg(value));
        QVERIFY(spin);
        QVERIFY2(spin->value() == 0, qPrintable(QStringLiteral("The box for %1 reads %2 with %3 answers collected")
                                                    .arg(value)
                                                    .arg(spin->text())
                                                    .arg(m_console->session().tally(CheckKind::Safety).total())));
    }
}

void TestActionsArea::retroSafetyCheck()
{
    qint64 retro = 0;
    STEP(openRetroConsole(&retro));
    auto *result = console<QLabel>("safetyResult");
    QVERIFY(result);
    QVERIFY(result->isVisible());
    QVERIFY(console<QPushButton>("safetyKioskButton")->isVisible());
    QVERIFY(!console<QWidget>("closingKioskButton")->isVisible()); // the closing check is for the end
    const auto visibleTexts = [this]() {
        QStringList texts;
        for (const QLabel *label : m_console->findChildren<QLabel *>()) {
            if (label->isVisible() && !label->text().isEmpty())
                texts.append(label->text());
        }
        return texts.join(QLatin1Char('\n'));
    };

    // Two anonymous answers: counted, but nothing about them is shown.
    STEP(answerOnKiosk({4, 2}));
    QCOMPARE(m_app->postmortems->tally(retro, CheckKind::Safety).counts, (std::array<int, 5>{0, 1, 0, 1, 0}));
    QCOMPARE(m_app->postmortems->tally(retro, CheckKind::Closing).total(), 0);
    QCOMPARE(result->text(), QStringLiteral("2 answers so far. Results appear once at least 3 people have answered."));
    QVERIFY2(!visibleTexts().contains(QLatin1String("Distribution")), qPrintable(visibleTexts()));
    QVERIFY2(!visibleTexts().contains(QLatin1String("average")), qPrintable(visibleTexts()));

    // A third: now the distribution, never an average.
    STEP(answerOnKiosk({5}));
    QCOMPARE(result->text(), QStringLiteral("3 answers. Distribution: 1: 0, 2: 1, 3: 0, 4: 1, 5: 1"));
    QVERIFY2(!result->text().contains(QLatin1String("average")), qPrintable(result->text()));

    // Paper slips added to the kiosk's answers: two threes.
    auto *threes = console<QSpinBox>("safetyTally3");
    QVERIFY(threes);
    retype(threes, QStringLiteral("2"));
    QCOMPARE(threes->value(), 2);
    QCOMPARE(console<QPushButton>("safetySaveTallyButton")->text(), QStringLiteral("Add slips"));
    QTest::mouseClick(console<QPushButton>("safetySaveTallyButton"), Qt::LeftButton);
    QCOMPARE(m_app->postmortems->tally(retro, CheckKind::Safety).counts, (std::array<int, 5>{0, 1, 2, 1, 1}));
    QCOMPARE(result->text(), QStringLiteral("5 answers. Distribution: 1: 0, 2: 1, 3: 2, 4: 1, 5: 1"));
    QCOMPARE(threes->value(), 0); // ready for the next slips
    STEP(checkNoTallyInBoxes());
    QVERIFY(!console<QLabel>("consoleBanner")->isVisible());
    QCOMPARE(m_app->postmortems->tally(retro, CheckKind::Closing).total(), 0);
}

void TestActionsArea::paperSlipsAddUpAndStartOver()
{
    qint64 retro = 0;
    STEP(openRetroConsole(&retro));
    auto *result = console<QLabel>("safetyResult");
    auto *add = console<QPushButton>("safetySaveTallyButton");
    auto *startOver = console<QPushButton>("safetyStartOverButton");
    auto *banner = console<QLabel>("consoleBanner");
    QVERIFY(result && add && startOver && banner);
    QCOMPARE(startOver->text(), QStringLiteral("Start over…"));
    // A closing answer of the same retro, which starting the safety check over must leave alone.
    QVERIFY(m_app->postmortems->addAnswer(retro, CheckKind::Closing, 4));

    // Adding nothing: a problem, and nothing stored.
    QTest::mouseClick(add, Qt::LeftButton);
    QVERIFY(banner->isVisible());
    QCOMPARE(banner->text(), QStringLiteral("Type how many slips gave each answer, then choose Add slips."));
    QCOMPARE(m_app->postmortems->tally(retro, CheckKind::Safety).total(), 0);

    // Two on the kiosk, then two slips: the slips add to the kiosk's answers.
    STEP(answerOnKiosk({4, 2}));
    QCOMPARE(result->text(), QStringLiteral("2 answers so far. Results appear once at least 3 people have answered."));
    STEP(checkNoTallyInBoxes());
    STEP(retype(console<QSpinBox>("safetyTally3"), QStringLiteral("1")));
    STEP(retype(console<QSpinBox>("safetyTally5"), QStringLiteral("1")));
    QTest::mouseClick(add, Qt::LeftButton);
    QCOMPARE(m_app->postmortems->tally(retro, CheckKind::Safety).counts, (std::array<int, 5>{0, 1, 1, 1, 1}));
    QCOMPARE(result->text(), QStringLiteral("4 answers. Distribution: 1: 0, 2: 1, 3: 1, 4: 1, 5: 1"));
    QVERIFY(!banner->isVisible()); // the earlier problem is gone
    STEP(checkNoTallyInBoxes());
    // The same slips added twice count twice: the boxes are what to add, not what is stored.
    STEP(retype(console<QSpinBox>("safetyTally1"), QStringLiteral("2")));
    QTest::mouseClick(add, Qt::LeftButton);
    STEP(retype(console<QSpinBox>("safetyTally1"), QStringLiteral("2")));
    QTest::mouseClick(add, Qt::LeftButton);
    QCOMPARE(m_app->postmortems->tally(retro, CheckKind::Safety).counts, (std::array<int, 5>{4, 1, 1, 1, 1}));
    STEP(checkNoTallyInBoxes());

    // Start over, cancelled: asked, and every answer stays.
    MessageBox::clearShown();
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    QTest::mouseClick(startOver, Qt::LeftButton);
    QCOMPARE(MessageBox::shown().size(), 1);
    QVERIFY2(MessageBox::shown().constFirst().contains(QLatin1String("Forget every answer of this check")),
             qPrintable(MessageBox::shown().constFirst()));
    QCOMPARE(m_app->postmortems->tally(retro, CheckKind::Safety).total(), 8);
    // Not answered at all (the default button): nothing is forgotten either.
    QTest::mouseClick(startOver, Qt::LeftButton);
    QCOMPARE(MessageBox::shown().size(), 2);
    QCOMPARE(m_app->postmortems->tally(retro, CheckKind::Safety).total(), 8);
    QCOMPARE(result->text(), QStringLiteral("8 answers. Distribution: 1: 4, 2: 1, 3: 1, 4: 1, 5: 1"));

    // Yes: the safety check starts from nothing; the closing check is untouched.
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(startOver, Qt::LeftButton);
    QCOMPARE(MessageBox::shown().size(), 3);
    QCOMPARE(m_app->postmortems->tally(retro, CheckKind::Safety).counts, (std::array<int, 5>{0, 0, 0, 0, 0}));
    QCOMPARE(m_app->postmortems->tally(retro, CheckKind::Closing).total(), 1);
    QCOMPARE(result->text(), QStringLiteral("0 answers so far. Results appear once at least 3 people have answered."));
    QVERIFY(!banner->isVisible());
    STEP(checkNoTallyInBoxes());

    // Counted again from the slips.
    STEP(retype(console<QSpinBox>("safetyTally5"), QStringLiteral("3")));
    QTest::mouseClick(add, Qt::LeftButton);
    QCOMPARE(m_app->postmortems->tally(retro, CheckKind::Safety).counts, (std::array<int, 5>{0, 0, 0, 0, 3}));
    QCOMPARE(result->text(), QStringLiteral("3 answers. Distribution: 1: 0, 2: 0, 3: 0, 4: 0, 5: 3"));
}

void TestActionsArea::safetyAnswersStayHiddenBelowThree()
{
    // Nothing about fewer than 3 answers is on the console: not in the result, not in the paper-slip boxes.
    qint64 retro = 0;
    STEP(openRetroConsole(&retro));
    STEP(answerOnKiosk({1}));
    STEP(answerOnKiosk({5}));
    QCOMPARE(m_app->postmortems->tally(retro, CheckKind::Safety).total(), 2);
    const QString result = console<QLabel>("safetyResult")->text();
    QCOMPARE(result, QStringLiteral("2 answers so far. Results appear once at least 3 people have answered."));
    STEP(checkNoTallyInBoxes());
    // Nor anywhere else the console shows a number.
    for (const QSpinBox *spin : m_console->findChildren<QSpinBox *>()) {
        if (spin->objectName().startsWith(QLatin1String("safetyTally")))
            QCOMPARE(spin->text(), spin->prefix() + QStringLiteral("0"));
    }
    // Still none after a slip makes it three.
    STEP(retype(console<QSpinBox>("safetyTally3"), QStringLiteral("1")));
    QTest::mouseClick(console<QPushButton>("safetySaveTallyButton"), Qt::LeftButton);
    QCOMPARE(console<QLabel>("safetyResult")->text(),
             QStringLiteral("3 answers. Distribution: 1: 1, 2: 0, 3: 1, 4: 0, 5: 1"));
    STEP(checkNoTallyInBoxes());
}

void TestActionsArea::postmortemHasNoSafetyCheck()
{
    // Open a postmortem from the list with Enter: its opening has no safety check.
    STEP(showSessionsByShortcut());
    QTableView *view = sessionTable();
    const int row = rowOfId(view->model(), m_checkoutPostmortem, SessionTableModel::IdRole);
    STEP(clickRow(view, row));
    QTest::keyClick(view, Qt::Key_Return);
    QTRY_VERIFY(m_app->window->findChild<SessionConsole *>(QStringLiteral("sessionConsole")));
    m_console = m_app->window->findChild<SessionConsole *>(QStringLiteral("sessionConsole"));
    QCOMPARE(m_console->sessionId(), m_checkoutPostmortem);
    QCOMPARE(m_console->windowTitle(), QStringLiteral("Postmortem: Checkout errors after deploy"));
    QVERIFY(!console<QWidget>("safetyKioskButton"));
    QVERIFY(!console<QWidget>("safetyResult"));
    // Opening it again raises the same console.
    QTest::mouseClick(find<QPushButton>(m_app->window.get(), "openSessionButton"), Qt::LeftButton);
    QCOMPARE(m_app->window->findChildren<SessionConsole *>().size(), 1);
}

void TestActionsArea::deleteSessionAsksFirst()
{
    STEP(showSessionsByShortcut());
    QTableView *view = sessionTable();
    auto *remove = find<QPushButton>(m_app->window.get(), "deleteSessionButton");
    STEP(clickRow(view, rowOfId(view->model(), m_supportRetro, SessionTableModel::IdRole)));
    QCOMPARE(find<SessionsArea>(m_app->window.get(), "sessionsArea")->selectedSessionId(), m_supportRetro);

    // Cancelled: asked, and nothing is gone.
    MessageBox::clearShown();
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    QTest::mouseClick(remove, Qt::LeftButton);
    QCOMPARE(MessageBox::shown().size(), 1);
    QVERIFY2(MessageBox::shown().constFirst().startsWith(QStringLiteral("Delete the retro “Support retro, March”")),
             qPrintable(MessageBox::shown().constFirst()));
    QVERIFY(m_app->postmortems->session(m_supportRetro));
    QCOMPARE(view->model()->rowCount(), 3);
    // Not answered at all (the default button): nothing is gone either.
    QTest::mouseClick(remove, Qt::LeftButton);
    QCOMPARE(MessageBox::shown().size(), 2);
    QVERIFY(m_app->postmortems->session(m_supportRetro));

    // The Delete key on the list, confirmed: gone from the list, the database and the action items.
    MessageBox::setNextAnswer(QMessageBox::Yes);
    view->setFocus();
    QTest::keyClick(view, Qt::Key_Delete);
    QCOMPARE(MessageBox::shown().size(), 3);
    QVERIFY(!m_app->postmortems->session(m_supportRetro));
    QCOMPARE(columnTexts(view->model(), SessionTableModel::TitleColumn),
             QStringList({QStringLiteral("Checkout errors after deploy"), QStringLiteral("Ticket queue stalled")}));
    QVERIFY(!m_app->postmortems->action(m_overdueSupport));
    QCOMPARE(m_app->actionModel->rowOf(m_overdueSupport), -1);
    STEP(showActionsByNavigation());
    QCOMPARE(actionTable()->model()->rowCount(), 3);
    QCOMPARE(countText(), QStringLiteral("3 action items, 1 overdue"));

    // A postmortem says the incident stays, and it does.
    STEP(showSessionsByShortcut());
    STEP(clickRow(view, rowOfId(view->model(), m_queuePostmortem, SessionTableModel::IdRole)));
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(remove, Qt::LeftButton);
    QVERIFY2(MessageBox::shown().constLast().contains(QLatin1String("The incident stays.")),
             qPrintable(MessageBox::shown().constLast()));
    QVERIFY(!m_app->postmortems->session(m_queuePostmortem));
    QCOMPARE(m_app->incidents->count({}), 2);
    QCOMPARE(view->model()->rowCount(), 1);
}

void TestActionsArea::deleteSessionWithOpenConsole()
{
    // A session deleted while its console is open: the console (and what it projects) goes with it, rather than
    // staying open on a session that no longer exists. Another session's console stays.
    qint64 retro = 0;
    STEP(openRetroConsole(&retro));
    QPointer<SessionConsole> retroConsole = m_console;
    QTest::keyClick(retroConsole.data(), Qt::Key_F5); // View > Present to the room
    QTRY_VERIFY(retroConsole->audienceWindow() && retroConsole->audienceWindow()->isVisible());
    QPointer<AudienceWindow> audience = retroConsole->audienceWindow();

    STEP(activateMainWindow());
    STEP(showSessionsByShortcut());
    QTableView *view = sessionTable();
    STEP(clickRow(view, rowOfId(view->model(), m_checkoutPostmortem, SessionTableModel::IdRole)));
    QTest::keyClick(view, Qt::Key_Return);
    QTRY_COMPARE(m_app->window->findChildren<SessionConsole *>().size(), 2);
    QPointer<SessionConsole> otherConsole;
    for (SessionConsole *console : m_app->window->findChildren<SessionConsole *>()) {
        if (console->sessionId() == m_checkoutPostmortem)
            otherConsole = console;
    }
    QVERIFY(otherConsole);
    QVERIFY(QTest::qWaitForWindowExposed(otherConsole.data()));

    // Cancelled: both consoles stay.
    STEP(activateMainWindow());
    STEP(clickRow(view, rowOfId(view->model(), retro, SessionTableModel::IdRole)));
    auto *remove = find<QPushButton>(m_app->window.get(), "deleteSessionButton");
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    QTest::mouseClick(remove, Qt::LeftButton);
    QVERIFY(m_app->postmortems->session(retro));
    QVERIFY(retroConsole && retroConsole->isVisible());
    QVERIFY(audience && audience->isVisible());

    // Confirmed: the retro is gone, and so are its console and its audience view.
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(remove, Qt::LeftButton);
    QVERIFY(!m_app->postmortems->session(retro));
    QTRY_VERIFY(retroConsole.isNull());
    QTRY_VERIFY(audience.isNull());
    QVERIFY(otherConsole && otherConsole->isVisible());
    QCOMPARE(otherConsole->sessionId(), m_checkoutPostmortem);
    QCOMPARE(m_app->window->findChildren<SessionConsole *>().size(), 1);
    // Deleting something else leaves the open console alone.
    STEP(clickRow(view, rowOfId(view->model(), m_queuePostmortem, SessionTableModel::IdRole)));
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(remove, Qt::LeftButton);
    QVERIFY(!m_app->postmortems->session(m_queuePostmortem));
    QVERIFY(otherConsole && otherConsole->isVisible());
}

// ---- Renamed incidents and teams ----------------------------------------------------------------------------

QString TestActionsArea::sessionCell(qint64 sessionId, int column) const
{
    const QAbstractItemModel *model = sessionTable()->model();
    const int row = rowOfId(model, sessionId, SessionTableModel::IdRole);
    return row < 0 ? QStringLiteral("(no row)") : model->index(row, column).data().toString();
}

QString TestActionsArea::actionCell(qint64 actionId, int column) const
{
    const QAbstractItemModel *model = actionTable()->model();
    const int row = rowOfId(model, actionId, ActionItemsModel::IdRole);
    return row < 0 ? QStringLiteral("(no row)") : model->index(row, column).data().toString();
}

void TestActionsArea::renamedIncidentShows()
{
    // Through the incident dialog: Ctrl+1, select the incident, Edit incident…, a new title, OK.
    QTest::keyClick(m_app->window.get(), Qt::Key_1, Qt::ControlModifier);
    QTRY_VERIFY(find<QWidget>(m_app->window.get(), "incidentsArea")->isVisible());
    auto *incidents = find<QTableView>(m_app->window.get(), "incidentTable");
    QVERIFY(incidents);
    STEP(clickRow(incidents, rowOfId(incidents->model(), m_checkoutIncident, IncidentTableModel::IdRole)));
    QTest::mouseClick(find<QPushButton>(m_app->window.get(), "editIncidentButton"), Qt::LeftButton);
    QTRY_VERIFY(find<QDialog>(m_app->window.get(), "incidentDialog"));
    QPointer<QDialog> dialog = find<QDialog>(m_app->window.get(), "incidentDialog");
    QVERIFY(QTest::qWaitForWindowExposed(dialog.data()));
    auto *title = find<QLineEdit>(dialog.data(), "incidentTitleEdit");
    QVERIFY(title);
    QCOMPARE(title->text(), QStringLiteral("Checkout errors after deploy"));
    const QString renamed = QStringLiteral("Checkout 500s after the 2.14 deploy");
    retype(title, renamed);
    QTest::mouseClick(find<QPushButton>(dialog.data(), "okButton"), Qt::LeftButton);
    QTRY_VERIFY(dialog.isNull());
    QCOMPARE(m_app->incidents->incident(m_checkoutIncident)->title, renamed);
    STEP(activateMainWindow()); // where the dialog leaves the keyboard

    // The Sessions area and the Action items area show the new title.
    STEP(showSessionsByShortcut());
    QCOMPARE(sessionCell(m_checkoutPostmortem, SessionTableModel::TitleColumn), renamed);
    QCOMPARE(sessionCell(m_queuePostmortem, SessionTableModel::TitleColumn), QStringLiteral("Ticket queue stalled"));
    STEP(showActionsByNavigation());
    for (qint64 action : {m_overduePayments, m_inProgress, m_notDueDepartment})
        QCOMPARE(actionCell(action, ActionItemsModel::SourceColumn), renamed);
    QCOMPARE(actionCell(m_overdueSupport, ActionItemsModel::SourceColumn), QStringLiteral("Support retro, March"));

    // Undone with Ctrl+Z: the old title is back in both.
    QTest::keyClick(actionTable(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(m_app->incidents->incident(m_checkoutIncident)->title, QStringLiteral("Checkout errors after deploy"));
    QCOMPARE(actionCell(m_overduePayments, ActionItemsModel::SourceColumn),
             QStringLiteral("Checkout errors after deploy"));
    STEP(showSessionsByShortcut());
    QCOMPARE(sessionCell(m_checkoutPostmortem, SessionTableModel::TitleColumn),
             QStringLiteral("Checkout errors after deploy"));

    // Through the repository while the window is open (as another part of the application would).
    const Result<Incident> stored = m_app->incidents->incident(m_queueIncident);
    QVERIFY(stored);
    Incident queue = *stored;
    queue.title = QStringLiteral("Ticket queue stalled for two hours");
    QVERIFY(m_app->incidents->update(queue));
    QCOMPARE(sessionCell(m_queuePostmortem, SessionTableModel::TitleColumn),
             QStringLiteral("Ticket queue stalled for two hours"));
    STEP(showActionsByNavigation());
    STEP(chooseByKeys(find<QComboBox>(m_app->window.get(), "actionStatusFilter"), -2)); // its item is dropped
    QCOMPARE(actionCell(m_droppedSupport, ActionItemsModel::SourceColumn),
             QStringLiteral("Ticket queue stalled for two hours"));
}

void TestActionsArea::renamedTeamShows()
{
    // Through the team dialog: Ctrl+2, select Support, Edit team…, a new name, OK.
    QTest::keyClick(m_app->window.get(), Qt::Key_2, Qt::ControlModifier);
    QTRY_VERIFY(find<QWidget>(m_app->window.get(), "teamsArea")->isVisible());
    auto *tree = find<QTreeView>(m_app->window.get(), "teamTree");
    QVERIFY(tree);
    QModelIndex support;
    for (int row = 0; row < tree->model()->rowCount(); ++row) {
        const QModelIndex index = tree->model()->index(row, 0);
        if (index.data(TeamTreeModel::IdRole).toLongLong() == m_support)
            support = index;
    }
    QVERIFY(support.isValid());
    tree->scrollTo(support);
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, tree->visualRect(support).center());
    QTRY_COMPARE(tree->currentIndex().data(TeamTreeModel::IdRole).toLongLong(), m_support);
    QTest::mouseClick(find<QPushButton>(m_app->window.get(), "editTeamButton"), Qt::LeftButton);
    QTRY_VERIFY(find<QDialog>(m_app->window.get(), "teamDialog"));
    QPointer<QDialog> dialog = find<QDialog>(m_app->window.get(), "teamDialog");
    QVERIFY(QTest::qWaitForWindowExposed(dialog.data()));
    auto *name = find<QLineEdit>(dialog.data(), "teamNameEdit");
    QVERIFY(name);
    QCOMPARE(name->text(), QStringLiteral("Support"));
    const QString renamed = QStringLiteral("Customer support");
    retype(name, renamed);
    QTest::mouseClick(find<QPushButton>(dialog.data(), "okButton"), Qt::LeftButton);
    QTRY_VERIFY(dialog.isNull());
    QCOMPARE(m_app->teams->team(m_support)->name, renamed);
    STEP(activateMainWindow()); // where the dialog leaves the keyboard

    // The Sessions area (the team of a postmortem and of the retro) and the Action items area (the owner).
    STEP(showSessionsByShortcut());
    QCOMPARE(sessionCell(m_queuePostmortem, SessionTableModel::TeamColumn), renamed);
    QCOMPARE(sessionCell(m_supportRetro, SessionTableModel::TeamColumn), renamed);
    QCOMPARE(sessionCell(m_checkoutPostmortem, SessionTableModel::TeamColumn), QStringLiteral("Payments"));
    STEP(showActionsByNavigation());
    QCOMPARE(actionCell(m_overdueSupport, ActionItemsModel::OwnerColumn), renamed);
    QCOMPARE(actionCell(m_overduePayments, ActionItemsModel::OwnerColumn), QStringLiteral("Payments"));

    // Through the repository while the window is open: the sub-team and the department.
    for (const auto &[id, newName] : {std::pair{m_payments, QStringLiteral("Payments platform")},
                                      std::pair{m_engineering, QStringLiteral("Product engineering")}}) {
        const Result<Team> stored = m_app->teams->team(id);
        QVERIFY(stored);
        Team team = *stored;
        team.name = newName;
        QVERIFY(m_app->teams->updateTeam(team));
    }
    for (qint64 action : {m_overduePayments, m_inProgress})
        QCOMPARE(actionCell(action, ActionItemsModel::OwnerColumn), QStringLiteral("Payments platform"));
    QCOMPARE(actionCell(m_notDueDepartment, ActionItemsModel::OwnerColumn), QStringLiteral("Product engineering"));
    STEP(showSessionsByShortcut());
    QCOMPARE(sessionCell(m_checkoutPostmortem, SessionTableModel::TeamColumn), QStringLiteral("Payments platform"));
    QCOMPARE(sessionCell(m_queuePostmortem, SessionTableModel::TeamColumn), renamed);
}

QTEST_MAIN(TestActionsArea)
#include "tst_actionsarea.moc"
