// The main window's Action items area as a person uses it: reached through the navigation list and the View menu's
// shortcut, driven by clicks and typed keys on widgets found by objectName, and checked in the widgets, the item models
// and the database. The data (a department with a sub-team, another team, postmortems and a retro with action items in
// every status) is written through the repositories before the application starts. Incidents and teams renamed in
// their own areas, or in the repositories, show in the list at once.
#include "MainWindow.h"
#include "actions/ActionItemsArea.h"
#include "common/TeamComboBox.h"
#include "gui/AppFixture.h"
#include "gui/GuiHelpers.h"
#include "item/ActionItemsModel.h"
#include "storage/PostmortemRepository.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QFont>
#include <QHash>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <memory>

using namespace candor;
using namespace candor::testgui;

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
    void renamedIncidentShows();
    void renamedTeamShows();

private:
    void showActionsByNavigation();

    QTableView *actionTable() const { return find<QTableView>(m_app->window.get(), "actionTable"); }
    QString countText() const { return find<QLabel>(m_app->window.get(), "actionCountLabel")->text(); }
    QStringList shownActionIds() const;
    // The text the table shows for an item, or "(no row)".
    QString actionCell(qint64 actionId, int column) const
    {
        return cellText(actionTable()->model(), actionId, ActionItemsModel::IdRole, column);
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    std::unique_ptr<App> m_app;
    AreasData m_data;
};

void TestActionsArea::initTestCase()
{
    initGuiTestCase();
}

void TestActionsArea::init()
{
    STEP(newTestFolder(&m_dir, &m_path));
    m_data = {};
    STEP(insertAreasData(m_path, &m_data));
    STEP(startApp(&m_app, m_path));
}

void TestActionsArea::cleanup()
{
    reportMessageBoxes();
    m_app.reset();
    m_dir.reset();
}

void TestActionsArea::showActionsByNavigation()
{
    STEP(showAreaByNavigation(*m_app, MainWindow::ActionsPage));
    QVERIFY(actionTable()->isVisible());
}

QStringList TestActionsArea::shownActionIds() const
{
    // By text, so a failure says which item is where.
    return columnTexts(actionTable()->model(), ActionItemsModel::TextColumn);
}

void TestActionsArea::overdueItemsStandOut()
{
    // Ctrl+4 from anywhere, then back and forth through the list.
    STEP(showAreaByShortcut(*m_app, MainWindow::ActionsPage));
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
        const QModelIndex index = cell(m_data.overduePayments, column);
        QVERIFY(index.data(ActionItemsModel::OverdueRole).toBool());
        QVERIFY2(index.data(Qt::FontRole).value<QFont>().bold(), qPrintable(QString::number(column)));
        QCOMPARE(index.data(Qt::ToolTipRole).toString(), QStringLiteral("Overdue by 5 days"));
    }
    QCOMPARE(cell(m_data.overdueSupport, ActionItemsModel::TextColumn).data(Qt::ToolTipRole).toString(),
             QStringLiteral("Overdue by 2 days"));
    QCOMPARE(cell(m_data.overduePayments, ActionItemsModel::StatusColumn).data().toString(),
             QStringLiteral("Open, overdue"));
    QCOMPARE(cell(m_data.overduePayments, ActionItemsModel::DueColumn).data().toString(),
             QLocale().toString(due, QLocale::ShortFormat));
    QCOMPARE(cell(m_data.overduePayments, ActionItemsModel::DueColumn).data(Qt::AccessibleTextRole).toString(),
             QLocale().toString(due, QLocale::ShortFormat) + QStringLiteral(", overdue"));
    QVERIFY(
        !cell(m_data.overduePayments, ActionItemsModel::DueColumn).data(Qt::DecorationRole).value<QIcon>().isNull());
    const QColor warning(0xb0, 0x1c, 0x1c);
    QCOMPARE(cell(m_data.overduePayments, ActionItemsModel::DueColumn).data(Qt::ForegroundRole).value<QColor>(),
             warning);
    QCOMPARE(cell(m_data.overduePayments, ActionItemsModel::StatusColumn).data(Qt::ForegroundRole).value<QColor>(),
             warning);
    QVERIFY(!cell(m_data.overduePayments, ActionItemsModel::TextColumn).data(Qt::ForegroundRole).isValid());

    // Not overdue: none of it; the text's tooltip is the text itself (long texts are cut in the cell).
    for (qint64 id : {m_data.inProgress, m_data.notDueDepartment}) {
        QVERIFY(!cell(id, 0).data(ActionItemsModel::OverdueRole).toBool());
        QVERIFY(!cell(id, 0).data(Qt::FontRole).value<QFont>().bold());
        QVERIFY(!cell(id, ActionItemsModel::DueColumn).data(Qt::ForegroundRole).isValid());
        QVERIFY(!cell(id, ActionItemsModel::DueColumn).data(Qt::DecorationRole).isValid());
        QCOMPARE(cell(id, ActionItemsModel::TextColumn).data(Qt::ToolTipRole),
                 cell(id, ActionItemsModel::TextColumn).data());
    }
    QCOMPARE(cell(m_data.inProgress, ActionItemsModel::StatusColumn).data().toString(), QStringLiteral("In progress"));
    QCOMPARE(cell(m_data.notDueDepartment, ActionItemsModel::OwnerColumn).data().toString(),
             QStringLiteral("Engineering"));
    QCOMPARE(cell(m_data.overdueSupport, ActionItemsModel::SourceColumn).data().toString(),
             QStringLiteral("Support retro, March"));
    QCOMPARE(cell(m_data.overduePayments, ActionItemsModel::SourceColumn).data().toString(),
             QStringLiteral("Checkout errors after deploy"));

    // A done item long past its due date is not overdue.
    STEP(chooseByKeys(find<QComboBox>(m_app->window.get(), "actionStatusFilter"), int(ActionStatus::Done)));
    QCOMPARE(shownActionIds(), QStringList({QStringLiteral("Document the rollback steps")}));
    QVERIFY(!cell(m_data.donePayments, 0).data(ActionItemsModel::OverdueRole).toBool());
    QVERIFY(!cell(m_data.donePayments, 0).data(Qt::FontRole).value<QFont>().bold());
    QCOMPARE(cell(m_data.donePayments, ActionItemsModel::StatusColumn).data().toString(), QStringLiteral("Done"));
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
                                          {QStringLiteral("Engineering"), m_data.engineering},
                                          {QStringLiteral("Payments"), m_data.payments},
                                          {QStringLiteral("Support"), m_data.support}};
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
    STEP(clickRow(view, rowOfId(view->model(), m_data.overduePayments, ActionItemsModel::IdRole)));
    QCOMPARE(find<ActionItemsArea>(m_app->window.get(), "actionItemsArea")->selectedActionIds(),
             QList<qint64>({m_data.overduePayments}));
    QVERIFY(markDone->isEnabled());
    QVERIFY(!reopen->isEnabled());
    QTest::mouseClick(markDone, Qt::LeftButton);

    Result<ActionItem> stored = m_app->postmortems->action(m_data.overduePayments);
    QVERIFY(stored);
    QCOMPARE(stored->status, ActionStatus::Done);
    QVERIFY(stored->done.isValid());
    // It leaves the open list, and the count says so.
    QCOMPARE(rowOfId(view->model(), m_data.overduePayments, ActionItemsModel::IdRole), -1);
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
    stored = m_app->postmortems->action(m_data.overduePayments);
    QCOMPARE(stored->status, ActionStatus::Open);
    QVERIFY(!stored->done.isValid());
    const int back = rowOfId(view->model(), m_data.overduePayments, ActionItemsModel::IdRole);
    QCOMPARE(back, 0);
    QVERIFY(view->model()->index(back, 0).data(ActionItemsModel::OverdueRole).toBool());
    QCOMPARE(countText(), QStringLiteral("4 action items, 2 overdue"));
    // ...and redo.
    QTest::keyClick(view, Qt::Key_Y, Qt::ControlModifier);
    QCOMPARE(m_app->postmortems->action(m_data.overduePayments)->status, ActionStatus::Done);
    QCOMPARE(rowOfId(view->model(), m_data.overduePayments, ActionItemsModel::IdRole), -1);

    // Reopen the done items: show them, select one, the Reopen button.
    STEP(chooseByKeys(find<QComboBox>(m_app->window.get(), "actionStatusFilter"), int(ActionStatus::Done)));
    QCOMPARE(shownActionIds(), QStringList({QStringLiteral("Document the rollback steps"),
                                            QStringLiteral("Alert on the checkout error rate")}));
    STEP(clickRow(view, rowOfId(view->model(), m_data.donePayments, ActionItemsModel::IdRole)));
    QVERIFY(reopen->isEnabled());
    QVERIFY(!markDone->isEnabled());
    QTest::mouseClick(reopen, Qt::LeftButton);
    stored = m_app->postmortems->action(m_data.donePayments);
    QCOMPARE(stored->status, ActionStatus::Open);
    QVERIFY(!stored->done.isValid());
    QCOMPARE(shownActionIds(), QStringList({QStringLiteral("Alert on the checkout error rate")}));
    QCOMPARE(m_app->undoStack->undoText(), QStringLiteral("Reopen “Document the rollback steps”"));
    // Reopened past its due date, it is overdue now.
    STEP(chooseByKeys(find<QComboBox>(m_app->window.get(), "actionStatusFilter"), -1));
    const int reopened = rowOfId(view->model(), m_data.donePayments, ActionItemsModel::IdRole);
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
    STEP(clickRow(view, rowOfId(view->model(), m_data.overduePayments, ActionItemsModel::IdRole)));
    STEP(clickRow(view, rowOfId(view->model(), m_data.overdueSupport, ActionItemsModel::IdRole), Qt::ControlModifier));
    QCOMPARE(find<ActionItemsArea>(m_app->window.get(), "actionItemsArea")->selectedActionIds(),
             QList<qint64>({m_data.overduePayments, m_data.overdueSupport}));
    const int undoBefore = m_app->undoStack->index();
    QTest::keyClick(view, Qt::Key_D, Qt::ControlModifier);
    QCOMPARE(m_app->postmortems->action(m_data.overduePayments)->status, ActionStatus::Done);
    QCOMPARE(m_app->postmortems->action(m_data.overdueSupport)->status, ActionStatus::Done);
    QCOMPARE(shownActionIds(), QStringList({QStringLiteral("Add canary checks to the pipeline"),
                                            QStringLiteral("Review the release cadence")}));
    QCOMPARE(m_app->actionModel->overdueCount(), 0);
    QCOMPARE(countText(), QStringLiteral("2 action items"));
    QCOMPARE(m_app->undoStack->index(), undoBefore + 1);
    QCOMPARE(m_app->undoStack->undoText(), QStringLiteral("Mark 2 action items done"));

    // One Ctrl+Z brings both back.
    QTest::keyClick(view, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(m_app->postmortems->action(m_data.overduePayments)->status, ActionStatus::Open);
    QCOMPARE(m_app->postmortems->action(m_data.overdueSupport)->status, ActionStatus::Open);
    QCOMPARE(countText(), QStringLiteral("4 action items, 2 overdue"));
    QCOMPARE(m_app->undoStack->index(), undoBefore);
}

void TestActionsArea::countFollowsRemovedRows()
{
    // The label says how many items the table shows, also when a filter or an edit only takes rows away.
    STEP(showActionsByNavigation());
    QCOMPARE(countText(), QStringLiteral("4 action items, 2 overdue"));
    STEP(chooseByKeys(find<TeamComboBox>(m_app->window.get(), "actionTeamFilter"), m_data.payments));
    QCOMPARE(actionTable()->model()->rowCount(), 2);
    QCOMPARE(countText(), QStringLiteral("2 action items, 1 overdue"));
    STEP(clickRow(actionTable(), rowOfId(actionTable()->model(), m_data.overduePayments, ActionItemsModel::IdRole)));
    QTest::mouseClick(find<QPushButton>(m_app->window.get(), "markDoneButton"), Qt::LeftButton);
    QCOMPARE(actionTable()->model()->rowCount(), 1);
    QCOMPARE(countText(), QStringLiteral("1 action item"));
}

// ---- Renamed incidents and teams ----------------------------------------------------------------------------

void TestActionsArea::renamedIncidentShows()
{
    // Through the incident dialog: Ctrl+1, select the incident, Edit incident…, a new title, OK.
    const QString renamed = QStringLiteral("Checkout 500s after the 2.14 deploy");
    STEP(retitleIncidentInDialog(*m_app, m_data.checkoutIncident, QStringLiteral("Checkout errors after deploy"),
                                 renamed));

    // The Action items area shows the new title as the source of the incident's items.
    STEP(showActionsByNavigation());
    for (qint64 action : {m_data.overduePayments, m_data.inProgress, m_data.notDueDepartment})
        QCOMPARE(actionCell(action, ActionItemsModel::SourceColumn), renamed);
    QCOMPARE(actionCell(m_data.overdueSupport, ActionItemsModel::SourceColumn), QStringLiteral("Support retro, March"));

    // Undone with Ctrl+Z: the old title is back.
    QTest::keyClick(actionTable(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(m_app->incidents->incident(m_data.checkoutIncident)->title,
             QStringLiteral("Checkout errors after deploy"));
    QCOMPARE(actionCell(m_data.overduePayments, ActionItemsModel::SourceColumn),
             QStringLiteral("Checkout errors after deploy"));

    // Through the repository while the window is open (as another part of the application would).
    STEP(retitleIncidentInRepository(*m_app->incidents, m_data.queueIncident,
                                     QStringLiteral("Ticket queue stalled for two hours")));
    STEP(showActionsByNavigation());
    STEP(chooseByKeys(find<QComboBox>(m_app->window.get(), "actionStatusFilter"), -2)); // its item is dropped
    QCOMPARE(actionCell(m_data.droppedSupport, ActionItemsModel::SourceColumn),
             QStringLiteral("Ticket queue stalled for two hours"));
}

void TestActionsArea::renamedTeamShows()
{
    // Through the team dialog: Ctrl+2, select Support, Edit team…, a new name, OK.
    const QString renamed = QStringLiteral("Customer support");
    STEP(renameTeamInDialog(*m_app, m_data.support, QStringLiteral("Support"), renamed));

    // The Action items area shows it as the owner.
    STEP(showActionsByNavigation());
    QCOMPARE(actionCell(m_data.overdueSupport, ActionItemsModel::OwnerColumn), renamed);
    QCOMPARE(actionCell(m_data.overduePayments, ActionItemsModel::OwnerColumn), QStringLiteral("Payments"));

    // Through the repository while the window is open: the sub-team and the department.
    STEP(renameTeamInRepository(*m_app->teams, m_data.payments, QStringLiteral("Payments platform")));
    STEP(renameTeamInRepository(*m_app->teams, m_data.engineering, QStringLiteral("Product engineering")));
    for (qint64 action : {m_data.overduePayments, m_data.inProgress})
        QCOMPARE(actionCell(action, ActionItemsModel::OwnerColumn), QStringLiteral("Payments platform"));
    QCOMPARE(actionCell(m_data.notDueDepartment, ActionItemsModel::OwnerColumn), QStringLiteral("Product engineering"));
}

QTEST_MAIN(TestActionsArea)
#include "tst_actionsarea.moc"
