// The main window as a person uses it: built like app/main.cpp on a temporary database, driven through its real
// widgets (found by objectName) with mouse clicks and typed keys, and checked in the item models and the database.
#include "MainWindow.h"
#include "common/EditDialog.h"
#include "common/MessageBox.h"
#include "common/OptionalDateTimeEdit.h"
#include "common/TeamComboBox.h"
#include "gui/AppFixture.h"
#include "gui/GuiHelpers.h"
#include "incidents/IncidentsArea.h"
#include "item/IncidentTableModel.h"
#include "item/MemberTableModel.h"
#include "item/TeamTreeModel.h"
#include "storage/Database.h"
#include "storage/IncidentRepository.h"
#include "storage/TeamRepository.h"
#include "teams/TeamsArea.h"
#include "undo/Edits.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QDateTimeEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QToolBar>
#include <QTreeView>
#include <QUndoStack>

#include <memory>

using namespace candor;
using namespace candor::testgui;

namespace {

// The first index below `parent` (searched depth-first) whose display text in `column` is `text`.
QModelIndex findText(const QAbstractItemModel *model, const QString &text, int column = 0,
                     const QModelIndex &parent = {})
{
    for (int row = 0; row < model->rowCount(parent); ++row) {
        const QModelIndex index = model->index(row, column, parent);
        if (index.data().toString() == text)
            return index;
        const QModelIndex first = model->index(row, 0, parent);
        if (const QModelIndex found = findText(model, text, column, first); found.isValid())
            return found;
    }
    return {};
}

int countAll(const QAbstractItemModel *model, const QModelIndex &parent = {})
{
    int count = 0;
    for (int row = 0; row < model->rowCount(parent); ++row)
        count += 1 + countAll(model, model->index(row, 0, parent));
    return count;
}

// Types text as key presses, like QTest::keyClicks, but for any script: on Qt 6.4 keyClicks handles Latin-1
// only, so other characters (Arabic, emoji as a surrogate pair) go as key events carrying just their text.
void typeText(QWidget *widget, const QString &text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.unicode() < 0x80) {
            QTest::keyClick(widget, c.toLatin1());
            continue;
        }
        const qsizetype length = c.isHighSurrogate() && i + 1 < text.size() ? 2 : 1;
        QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, text.mid(i, length), Qt::NoModifier);
        i += length - 1;
    }
}

} // namespace

class TestGui : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void createTeamsMemberAndIncident();
    void undoAndRedoCreations();
    void invalidTeamKeepsDialogOpen();
    void cancelledDialogChangesNothing();
    void invalidIncidentKeepsDialogOpen();
    void memberWithoutRole();
    void deleteTeamAndUndo();
    void deleteTeamWithIncidentsRefused();
    void firstRunDemoOffer();
    void firstRunDemoDeclined();
    void noDemoOfferWhenNotEmpty();
    void searchBoxFiltersIncidents();

private:
    template <typename T>
    T *child(const char *name) const
    {
        return find<T>(m_app->window.get(), name);
    }
    void openDialog(const char *buttonName, const char *dialogName, QPointer<EditDialog> *dialog);
    void clickOk(EditDialog *dialog);
    void addTeam(const char *buttonName, const QString &name, qint64 *id);
    void addMember(const QString &name, const QString &role, bool manager, qint64 *id);
    void addIncident(const QString &title, qint64 teamId, qint64 *id);
    // The database as it is on disk, read without the repositories.
    int rowsInDatabase(const char *table, qint64 id) const;
    qint64 teamIdByName(const QString &name) const;
    // A team written straight through the repository, for tests about something else than creating it.
    qint64 insertTeam(const QString &name, qint64 parentId = 0);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<App> m_app;
};

void TestGui::initTestCase()
{
    initGuiTestCase();
}

void TestGui::init()
{
    QString path;
    STEP(newTestFolder(&m_dir, &path));
    STEP(startApp(&m_app, path));
}

void TestGui::cleanup()
{
    reportMessageBoxes();
    m_app.reset();
    m_dir.reset();
}

void TestGui::openDialog(const char *buttonName, const char *dialogName, QPointer<EditDialog> *dialog)
{
    auto *button = child<QPushButton>(buttonName);
    QVERIFY2(button, buttonName);
    QVERIFY2(button->isVisible(), buttonName);
    QVERIFY2(button->isEnabled(), buttonName);
    QTest::mouseClick(button, Qt::LeftButton);
    QTRY_VERIFY(child<EditDialog>(dialogName) && child<EditDialog>(dialogName)->isVisible());
    *dialog = child<EditDialog>(dialogName);
    QVERIFY(QTest::qWaitForWindowExposed(dialog->data()));
    // Opened with open(): window-modal, not blocking in exec().
    QCOMPARE((*dialog)->windowModality(), Qt::WindowModal);
}

void TestGui::clickOk(EditDialog *dialog)
{
    auto *ok = dialog->findChild<QPushButton *>(QStringLiteral("okButton"));
    QVERIFY(ok);
    QTest::mouseClick(ok, Qt::LeftButton);
}

void TestGui::addTeam(const char *buttonName, const QString &name, qint64 *id)
{
    *id = 0;
    const int before = countAll(m_app->teamModel.get());
    QPointer<EditDialog> dialog;
    STEP(openDialog(buttonName, "teamDialog", &dialog));
    auto *nameEdit = dialog->findChild<QLineEdit *>(QStringLiteral("teamNameEdit"));
    QVERIFY(nameEdit);
    QVERIFY(nameEdit->text().isEmpty());
    typeText(nameEdit, name);
    QCOMPARE(nameEdit->text(), name);
    STEP(clickOk(dialog));
    QVERIFY2(dialog.isNull() || !dialog->isVisible(), qPrintable(dialog ? dialog->errorText() : QString()));
    QTRY_VERIFY(dialog.isNull()); // closed and deleted

    QCOMPARE(countAll(m_app->teamModel.get()), before + 1);
    *id = teamIdByName(name);
    QVERIFY(*id > 0);
    // The tree shows it, selected.
    auto *tree = child<QTreeView>("teamTree");
    QVERIFY(tree);
    const QModelIndex shown = findText(tree->model(), name);
    QVERIFY(shown.isValid());
    QCOMPARE(shown.data(TeamTreeModel::IdRole).toLongLong(), *id);
    QCOMPARE(tree->currentIndex().data(TeamTreeModel::IdRole).toLongLong(), *id);
    QCOMPARE(rowsInDatabase("team", *id), 1);
}

void TestGui::addMember(const QString &name, const QString &role, bool manager, qint64 *id)
{
    *id = 0;
    auto *area = child<TeamsArea>("teamsArea");
    QVERIFY(area);
    const qint64 teamId = area->selectedTeamId();
    QPointer<EditDialog> dialog;
    STEP(openDialog("addMemberButton", "memberDialog", &dialog));
    auto *nameEdit = dialog->findChild<QLineEdit *>(QStringLiteral("memberNameEdit"));
    auto *roleEdit = dialog->findChild<QLineEdit *>(QStringLiteral("memberRoleEdit"));
    auto *teamCombo = dialog->findChild<TeamComboBox *>(QStringLiteral("memberTeamCombo"));
    auto *managerCheck = dialog->findChild<QCheckBox *>(QStringLiteral("memberManagerCheck"));
    QVERIFY(nameEdit && roleEdit && teamCombo && managerCheck);
    QCOMPARE(teamCombo->currentTeamId(), teamId); // the selected team is the default
    typeText(nameEdit, name);
    typeText(roleEdit, role);
    if (manager)
        clickCheckBox(managerCheck);
    QCOMPARE(managerCheck->isChecked(), manager);
    STEP(clickOk(dialog));
    QVERIFY2(dialog.isNull() || !dialog->isVisible(), qPrintable(dialog ? dialog->errorText() : QString()));
    QTRY_VERIFY(dialog.isNull());

    auto *table = child<QTableView>("memberTable");
    QVERIFY(table);
    const QModelIndex shown = findText(table->model(), name, MemberTableModel::NameColumn);
    QVERIFY(shown.isValid());
    *id = shown.data(MemberTableModel::IdRole).toLongLong();
    QVERIFY(*id > 0);
    const Result<Member> stored = m_app->teams->member(*id);
    QVERIFY(stored);
    QCOMPARE(stored->name, name);
    QCOMPARE(stored->role, role);
    QCOMPARE(stored->teamId, teamId);
    QCOMPARE(stored->isManager, manager);
    QVERIFY(stored->active);
    QCOMPARE(rowsInDatabase("member", *id), 1);
}

void TestGui::addIncident(const QString &title, qint64 teamId, qint64 *id)
{
    *id = 0;
    STEP(showAreaByNavigation(*m_app, MainWindow::IncidentsPage));
    const int before = m_app->incidentModel->rowCount();
    QPointer<EditDialog> dialog;
    STEP(openDialog("addIncidentButton", "incidentDialog", &dialog));
    auto *titleEdit = dialog->findChild<QLineEdit *>(QStringLiteral("incidentTitleEdit"));
    auto *teamCombo = dialog->findChild<TeamComboBox *>(QStringLiteral("incidentTeamCombo"));
    auto *serviceEdit = dialog->findChild<QLineEdit *>(QStringLiteral("incidentServiceEdit"));
    QVERIFY(titleEdit && teamCombo && serviceEdit);
    typeText(titleEdit, title);
    typeText(serviceEdit, QStringLiteral("checkout-api"));
    // Choose the team with the keyboard.
    STEP(chooseByKeys(teamCombo, teamId));
    QCOMPARE(teamCombo->currentTeamId(), teamId);
    STEP(clickOk(dialog));
    QVERIFY2(dialog.isNull() || !dialog->isVisible(), qPrintable(dialog ? dialog->errorText() : QString()));
    QTRY_VERIFY(dialog.isNull());

    QCOMPARE(m_app->incidentModel->rowCount(), before + 1);
    auto *table = child<QTableView>("incidentTable");
    QVERIFY(table);
    const QModelIndex shown = findText(table->model(), title, IncidentTableModel::TitleColumn);
    QVERIFY(shown.isValid());
    *id = shown.data(IncidentTableModel::IdRole).toLongLong();
    QVERIFY(*id > 0);
    // Selected, with its details shown.
    QCOMPARE(child<IncidentsArea>("incidentsArea")->selectedIncidentId(), *id);
    QTRY_VERIFY(child<QTextBrowser>("incidentDetails")->toPlainText().contains(title));
    // Beside it, its team's figures over the last 90 days, which now include this open incident.
    const QString details = child<QTextBrowser>("incidentDetails")->toPlainText();
    QVERIFY2(details.contains(QStringLiteral("Time to resolve (MTTR)")), qPrintable(details));
    QVERIFY2(details.contains(QStringLiteral("resolved yet")), qPrintable(details)); // the open incident
    const Result<Incident> stored = m_app->incidents->incident(*id);
    QVERIFY(stored);
    QCOMPARE(stored->title, title);
    QCOMPARE(stored->teamId, teamId);
    QCOMPARE(stored->service, QStringLiteral("checkout-api"));
    QCOMPARE(stored->status, IncidentStatus::Open);
    QCOMPARE(rowsInDatabase("incident", *id), 1);
}

int TestGui::rowsInDatabase(const char *table, qint64 id) const
{
    QSqlQuery query(m_app->database.connection());
    query.prepare(QStringLiteral("SELECT count(*) FROM %1 WHERE id = ?").arg(QLatin1String(table)));
    query.addBindValue(id);
    if (!query.exec() || !query.next())
        return -1;
    return query.value(0).toInt();
}

qint64 TestGui::teamIdByName(const QString &name) const
{
    const QModelIndex index = findText(m_app->teamModel.get(), name);
    return index.isValid() ? index.data(TeamTreeModel::IdRole).toLongLong() : 0;
}

qint64 TestGui::insertTeam(const QString &name, qint64 parentId)
{
    Team team;
    team.name = name;
    team.parentId = parentId;
    team.description = QStringLiteral("Made by the test");
    const Result<qint64> id = m_app->teams->insertTeam(team);
    return id ? *id : 0;
}

void TestGui::createTeamsMemberAndIncident()
{
    STEP(showAreaByNavigation(*m_app, MainWindow::TeamsPage));
    qint64 platform = 0;
    STEP(addTeam("addTeamButton", QStringLiteral("Équipe 🚒"), &platform));
    QCOMPARE(m_app->teams->team(platform)->parentId, 0);

    // A sub-team of the selected team.
    STEP(selectTeam(child<QTreeView>("teamTree"), platform));
    qint64 support = 0;
    STEP(addTeam("addSubTeamButton", QStringLiteral("فريق الدعم"), &support));
    QCOMPARE(m_app->teams->team(support)->parentId, platform);
    const QModelIndex supportIndex = m_app->teamModel->indexOfTeam(support);
    QCOMPARE(supportIndex.parent().data(TeamTreeModel::IdRole).toLongLong(), platform);
    QCOMPARE(countAll(m_app->teamModel.get()), 2);

    qint64 member = 0;
    STEP(addMember(QStringLiteral("Zoë Ødegård"), QStringLiteral("Site reliability engineer"), true, &member));
    QCOMPARE(m_app->teamModel->indexOfTeam(support, TeamTreeModel::MembersColumn).data(TeamTreeModel::OwnMembersRole),
             QVariant(1));

    qint64 incident = 0;
    STEP(addIncident(QStringLiteral("Checkout errors after deploy"), support, &incident));
    QCOMPARE(child<QLabel>("incidentCountLabel")->text(), QStringLiteral("1 incident"));

    // Four undoable steps, nothing reported as failed.
    QCOMPARE(m_app->undoStack->count(), 4);
    QCOMPARE(MessageBox::shown(), QStringList());
}

void TestGui::undoAndRedoCreations()
{
    STEP(showAreaByNavigation(*m_app, MainWindow::TeamsPage));
    qint64 team = 0;
    STEP(addTeam("addTeamButton", QStringLiteral("Payments"), &team));
    qint64 member = 0;
    STEP(addMember(QStringLiteral("Amara Okafor"), QStringLiteral("Engineering manager"), true, &member));
    qint64 incident = 0;
    const QString title = QStringLiteral("Card payments declined");
    STEP(addIncident(title, team, &incident));

    auto *undo = m_app->window->findChild<QAction *>(QStringLiteral("undoAction"));
    auto *redo = m_app->window->findChild<QAction *>(QStringLiteral("redoAction"));
    QVERIFY(undo && redo);
    QVERIFY(undo->isEnabled());
    QVERIFY(!redo->isEnabled());
    // The action names what it will undo.
    QVERIFY2(undo->text().contains(QStringLiteral("Add incident “%1”").arg(title)), qPrintable(undo->text()));

    undo->trigger();
    QCOMPARE(m_app->incidentModel->rowCount(), 0);
    QCOMPARE(m_app->incidentModel->rowOfIncident(incident), -1);
    QVERIFY(!findText(child<QTableView>("incidentTable")->model(), title, IncidentTableModel::TitleColumn).isValid());
    QVERIFY(!m_app->incidents->incident(incident));
    QCOMPARE(rowsInDatabase("incident", incident), 0);
    QVERIFY2(undo->text().contains(QStringLiteral("Add member “Amara Okafor”")), qPrintable(undo->text()));
    QVERIFY2(redo->text().contains(QStringLiteral("Add incident “%1”").arg(title)), qPrintable(redo->text()));

    // Redo through the toolbar button: the incident is back under its old id.
    auto *toolBar = child<QToolBar>("mainToolBar");
    QVERIFY(toolBar);
    QWidget *redoButton = toolBar->widgetForAction(redo);
    QVERIFY(redoButton);
    QTest::mouseClick(redoButton, Qt::LeftButton);
    QCOMPARE(m_app->incidentModel->rowCount(), 1);
    QCOMPARE(m_app->incidentModel->rowOfIncident(incident), 0);
    QCOMPARE(rowsInDatabase("incident", incident), 1);
    QCOMPARE(m_app->incidents->incident(incident)->title, title);
    QVERIFY(!redo->isEnabled());

    // Undo everything, then redo everything.
    for (int i = 0; i < 3; ++i)
        undo->trigger();
    QVERIFY(!undo->isEnabled());
    QCOMPARE(countAll(m_app->teamModel.get()), 0);
    QCOMPARE(m_app->memberModel->rowCount(), 0);
    QCOMPARE(m_app->incidentModel->rowCount(), 0);
    QCOMPARE(rowsInDatabase("team", team), 0);
    QCOMPARE(rowsInDatabase("member", member), 0);
    for (int i = 0; i < 3; ++i)
        redo->trigger();
    QCOMPARE(rowsInDatabase("team", team), 1);
    QCOMPARE(rowsInDatabase("member", member), 1);
    QCOMPARE(rowsInDatabase("incident", incident), 1);
    QCOMPARE(teamIdByName(QStringLiteral("Payments")), team);
    QCOMPARE(m_app->incidentModel->rowOfIncident(incident), 0);
    QCOMPARE(MessageBox::shown(), QStringList());
}

void TestGui::invalidTeamKeepsDialogOpen()
{
    STEP(showAreaByNavigation(*m_app, MainWindow::TeamsPage));
    QPointer<EditDialog> dialog;
    STEP(openDialog("addTeamButton", "teamDialog", &dialog));
    auto *nameEdit = dialog->findChild<QLineEdit *>(QStringLiteral("teamNameEdit"));
    auto *banner = dialog->findChild<QLabel *>(QStringLiteral("errorBanner"));
    QVERIFY(nameEdit && banner);
    QVERIFY(!banner->isVisible());

    typeText(nameEdit, QStringLiteral("   "));
    STEP(clickOk(dialog));
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QVERIFY(banner->isVisible());
    QVERIFY2(banner->text().contains(QLatin1String("Team name")), qPrintable(banner->text()));
    QCOMPARE(dialog->errorText(), banner->text());
    QCOMPARE(dialog->focusWidget(), nameEdit); // the field named is focused
    QCOMPARE(m_app->teams->teamCount(), 0);
    QCOMPARE(m_app->teamModel->rowCount(), 0);
    QCOMPARE(m_app->undoStack->count(), 0);

    // Correcting it saves, and nothing typed was lost on the way.
    QCOMPARE(nameEdit->text(), QStringLiteral("   "));
    typeText(nameEdit, QStringLiteral("Observability"));
    STEP(clickOk(dialog));
    QTRY_VERIFY(dialog.isNull());
    QVERIFY(teamIdByName(QStringLiteral("Observability")) > 0); // stored trimmed
    QCOMPARE(m_app->undoStack->count(), 1);
}

void TestGui::cancelledDialogChangesNothing()
{
    STEP(showAreaByNavigation(*m_app, MainWindow::TeamsPage));
    QPointer<EditDialog> dialog;
    STEP(openDialog("addTeamButton", "teamDialog", &dialog));
    typeText(dialog->findChild<QLineEdit *>(QStringLiteral("teamNameEdit")), QStringLiteral("Never saved"));
    auto *cancel = dialog->findChild<QPushButton *>(QStringLiteral("cancelButton"));
    QVERIFY(cancel);
    QTest::mouseClick(cancel, Qt::LeftButton);
    QTRY_VERIFY(dialog.isNull());
    QCOMPARE(m_app->teams->teamCount(), 0);
    QCOMPARE(m_app->teamModel->rowCount(), 0);
    QCOMPARE(m_app->undoStack->count(), 0);
}

void TestGui::invalidIncidentKeepsDialogOpen()
{
    const qint64 team = insertTeam(QStringLiteral("Billing"));
    QVERIFY(team > 0);
    STEP(showAreaByNavigation(*m_app, MainWindow::IncidentsPage));
    QPointer<EditDialog> dialog;
    STEP(openDialog("addIncidentButton", "incidentDialog", &dialog));
    auto *titleEdit = dialog->findChild<QLineEdit *>(QStringLiteral("incidentTitleEdit"));
    auto *started = dialog->findChild<QDateTimeEdit *>(QStringLiteral("incidentStartedEdit"));
    auto *resolved = dialog->findChild<OptionalDateTimeEdit *>(QStringLiteral("incidentResolvedEdit"));
    auto *banner = dialog->findChild<QLabel *>(QStringLiteral("errorBanner"));
    QVERIFY(titleEdit && started && resolved && banner);
    typeText(titleEdit, QStringLiteral("Invoices sent twice"));

    // Resolved a year before it started.
    QVERIFY(!resolved->editor()->isEnabled());
    clickCheckBox(resolved->checkBox());
    QVERIFY(resolved->checkBox()->isChecked());
    QVERIFY(resolved->editor()->isEnabled());
    QVERIFY(resolved->editor()->displayedSections() & QDateTimeEdit::YearSection);
    resolved->editor()->setFocus();
    resolved->editor()->setCurrentSection(QDateTimeEdit::YearSection);
    QTest::keyClick(resolved->editor(), Qt::Key_Down);
    QVERIFY(resolved->dateTime() < started->dateTime());

    STEP(clickOk(dialog));
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QVERIFY(banner->isVisible());
    QVERIFY2(banner->text().contains(QLatin1String("Resolved time")), qPrintable(banner->text()));
    QVERIFY(dialog->focusWidget());
    QVERIFY2(resolved->isAncestorOf(dialog->focusWidget()), dialog->focusWidget()->metaObject()->className());
    QCOMPARE(m_app->incidentModel->rowCount(), 0);
    QCOMPARE(m_app->incidents->count({}), 0);
    QCOMPARE(m_app->undoStack->count(), 0);

    // Correct the other time: started two years earlier (whatever the date, even 29 February) is valid.
    started->setFocus();
    started->setCurrentSection(QDateTimeEdit::YearSection);
    QTest::keyClick(started, Qt::Key_Down);
    QTest::keyClick(started, Qt::Key_Down);
    QVERIFY(started->dateTime() < resolved->dateTime());
    STEP(clickOk(dialog));
    QVERIFY2(dialog.isNull() || !dialog->isVisible(), qPrintable(dialog ? dialog->errorText() : QString()));
    QTRY_VERIFY(dialog.isNull());
    QCOMPARE(m_app->incidentModel->rowCount(), 1);
    const Result<Incident> stored = m_app->incidents->incident(m_app->incidentModel->idAt(0));
    QVERIFY(stored);
    QCOMPARE(stored->title, QStringLiteral("Invoices sent twice"));
    QCOMPARE(stored->teamId, team);
    QCOMPARE(stored->status, IncidentStatus::Resolved);
    QVERIFY(stored->resolved.isValid());
    QVERIFY(stored->started < stored->resolved);
    QCOMPARE(m_app->undoStack->count(), 1);
}

void TestGui::memberWithoutRole()
{
    // The role is optional in the dialog.
    const qint64 team = insertTeam(QStringLiteral("Search"));
    QVERIFY(team > 0);
    STEP(showAreaByNavigation(*m_app, MainWindow::TeamsPage));
    STEP(selectTeam(child<QTreeView>("teamTree"), team));
    QPointer<EditDialog> dialog;
    STEP(openDialog("addMemberButton", "memberDialog", &dialog));
    typeText(dialog->findChild<QLineEdit *>(QStringLiteral("memberNameEdit")), QStringLiteral("Hana Ueda"));
    STEP(clickOk(dialog));
    QVERIFY2(dialog.isNull() || !dialog->isVisible(), qPrintable(dialog ? dialog->errorText() : QString()));
    QTRY_VERIFY(dialog.isNull());
    QCOMPARE(m_app->teams->members(team).size(), 1);
    QCOMPARE(m_app->teams->members(team).constFirst().role, QString());
}

void TestGui::deleteTeamAndUndo()
{
    STEP(showAreaByNavigation(*m_app, MainWindow::TeamsPage));
    qint64 keep = 0;
    STEP(addTeam("addTeamButton", QStringLiteral("Data"), &keep));
    qint64 team = 0;
    STEP(addTeam("addTeamButton", QStringLiteral("Temporary squad"), &team));
    qint64 member = 0;
    STEP(addMember(QStringLiteral("Jonas Weber"), QStringLiteral("Data engineer"), false, &member));
    STEP(selectTeam(child<QTreeView>("teamTree"), team));
    auto *deleteButton = child<QPushButton>("deleteTeamButton");
    QVERIFY(deleteButton && deleteButton->isEnabled());

    // Cancelled (the scripted default answer): nothing happens.
    MessageBox::clearShown();
    QTest::mouseClick(deleteButton, Qt::LeftButton);
    QCOMPARE(MessageBox::shown().size(), 1);
    QCOMPARE(rowsInDatabase("team", team), 1);

    // Confirmed: the team and its member go.
    MessageBox::clearShown();
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(deleteButton, Qt::LeftButton);
    QCOMPARE(MessageBox::shown().size(), 1);
    QVERIFY2(MessageBox::shown().constFirst().contains(QLatin1String("Temporary squad")),
             qPrintable(MessageBox::shown().constFirst()));
    QVERIFY(MessageBox::shown().constFirst().contains(QLatin1String("1 member")));
    QCOMPARE(teamIdByName(QStringLiteral("Temporary squad")), 0);
    QVERIFY(!findText(child<QTreeView>("teamTree")->model(), QStringLiteral("Temporary squad")).isValid());
    QCOMPARE(rowsInDatabase("team", team), 0);
    QCOMPARE(rowsInDatabase("member", member), 0);
    QCOMPARE(teamIdByName(QStringLiteral("Data")), keep);

    auto *undo = m_app->window->findChild<QAction *>(QStringLiteral("undoAction"));
    QVERIFY(undo);
    QVERIFY2(undo->text().contains(QStringLiteral("Delete team “Temporary squad”")), qPrintable(undo->text()));
    undo->trigger();
    QCOMPARE(teamIdByName(QStringLiteral("Temporary squad")), team);
    QVERIFY(findText(child<QTreeView>("teamTree")->model(), QStringLiteral("Temporary squad")).isValid());
    QCOMPARE(rowsInDatabase("team", team), 1);
    QCOMPARE(rowsInDatabase("member", member), 1);
    QCOMPARE(m_app->teams->member(member)->name, QStringLiteral("Jonas Weber"));
    QCOMPARE(m_app->teamModel->indexOfTeam(team, TeamTreeModel::MembersColumn).data(TeamTreeModel::OwnMembersRole),
             QVariant(1));
    QCOMPARE(MessageBox::shown().size(), 1); // no failure reported
}

void TestGui::deleteTeamWithIncidentsRefused()
{
    const qint64 team = insertTeam(QStringLiteral("Fraud prevention"));
    QVERIFY(team > 0);
    Incident incident;
    incident.teamId = team;
    incident.title = QStringLiteral("Chargebacks not flagged");
    incident.service = QStringLiteral("fraud-api");
    incident.summary = QStringLiteral("Made by the test");
    incident.customerImpact = QStringLiteral("None");
    incident.started = QDateTime::fromSecsSinceEpoch(1700000000, Qt::UTC);
    QVERIFY(m_app->incidents->insert(incident));

    STEP(showAreaByNavigation(*m_app, MainWindow::TeamsPage));
    STEP(selectTeam(child<QTreeView>("teamTree"), team));
    MessageBox::clearShown();
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(child<QPushButton>("deleteTeamButton"), Qt::LeftButton);
    // The question, then a warning with the reason.
    QCOMPARE(MessageBox::shown().size(), 2);
    QCOMPARE(rowsInDatabase("team", team), 1);
    QCOMPARE(teamIdByName(QStringLiteral("Fraud prevention")), team);
    QCOMPARE(m_app->undoStack->count(), 0);
}

void TestGui::firstRunDemoOffer()
{
    QCOMPARE(countAll(m_app->teamModel.get()), 0);
    MessageBox::setNextAnswer(QMessageBox::Yes);
    m_app->window->offerDemoIfEmpty();
    QCOMPARE(MessageBox::shown().size(), 1);
    QCOMPARE(countAll(m_app->teamModel.get()), 13);
    QCOMPARE(m_app->teamModel->rowCount(), 3);
    QCOMPARE(m_app->incidentModel->rowCount(), 120);
    QCOMPARE(m_app->teams->teamCount(), 13);
    QCOMPARE(m_app->incidents->count({}), 120);
    QTRY_COMPARE(child<QLabel>("incidentCountLabel")->text(), QStringLiteral("120 incidents"));
    auto *loadDemo = m_app->window->findChild<QAction *>(QStringLiteral("loadDemoAction"));
    QVERIFY(loadDemo);
    QVERIFY(!loadDemo->isEnabled()); // only for an empty database
    QCOMPARE(m_app->undoStack->count(), 0);

    // The window shows the demo: departments in the tree, incidents in the table.
    STEP(showAreaByNavigation(*m_app, MainWindow::TeamsPage));
    QVERIFY(findText(child<QTreeView>("teamTree")->model(), QStringLiteral("Fraud prevention")).isValid());
    STEP(showAreaByNavigation(*m_app, MainWindow::IncidentsPage));
    QCOMPARE(child<QTableView>("incidentTable")->model()->rowCount(), 120);
}

void TestGui::firstRunDemoDeclined()
{
    MessageBox::setNextAnswer(QMessageBox::No);
    m_app->window->offerDemoIfEmpty();
    QCOMPARE(MessageBox::shown().size(), 1);
    QCOMPARE(m_app->teams->teamCount(), 0);
    QCOMPARE(m_app->incidentModel->rowCount(), 0);
    auto *loadDemo = m_app->window->findChild<QAction *>(QStringLiteral("loadDemoAction"));
    QVERIFY(loadDemo && loadDemo->isEnabled());
}

void TestGui::noDemoOfferWhenNotEmpty()
{
    QVERIFY(insertTeam(QStringLiteral("Mobile")) > 0);
    m_app->window->offerDemoIfEmpty();
    QCOMPARE(MessageBox::shown(), QStringList()); // nothing asked
    QCOMPARE(m_app->teams->teamCount(), 1);
}

void TestGui::searchBoxFiltersIncidents()
{
    const qint64 team = insertTeam(QStringLiteral("Storage"));
    QVERIFY(team > 0);
    for (const QString &title :
         {QStringLiteral("Disk full on db hosts"), QStringLiteral("Latency spike"), QStringLiteral("Disk latency")}) {
        Incident incident;
        incident.teamId = team;
        incident.title = title;
        incident.started = QDateTime::currentDateTimeUtc().addDays(-1);
        QVERIFY(m_app->incidents->insert(incident).ok());
    }
    STEP(showAreaByNavigation(*m_app, MainWindow::IncidentsPage));
    auto *search = child<QLineEdit>("incidentSearchEdit");
    auto *count = child<QLabel>("incidentCountLabel");
    auto *table = child<QTableView>("incidentTable");
    QVERIFY(search && count && table);
    QCOMPARE(table->model()->rowCount(), 3);

    // Ctrl+F from the list puts the cursor in the box; results follow typing after a short pause.
    table->setFocus();
    QTest::keyClick(table, Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(search->hasFocus());
    typeText(search, QStringLiteral("disk"));
    QTRY_COMPARE(table->model()->rowCount(), 2);
    QVERIFY2(count->text().contains(QLatin1String("2")), qPrintable(count->text()));
    QTest::keyClicks(search, QStringLiteral(" lat"));
    QTRY_COMPARE(table->model()->rowCount(), 1);
    QCOMPARE(table->model()->index(0, IncidentTableModel::TitleColumn).data().toString(),
             QStringLiteral("Disk latency"));

    // Text that is not search syntax finds nothing and fails nothing.
    search->setText(QStringLiteral("\"NEAR( -*:"));
    QTRY_COMPARE(table->model()->rowCount(), 0);
    QCOMPARE(MessageBox::shown().size(), 0);

    // Esc clears the box and shows every incident at once.
    QTest::keyClick(search, Qt::Key_Escape);
    QCOMPARE(search->text(), QString());
    QCOMPARE(table->model()->rowCount(), 3);
    QVERIFY2(!count->text().contains(QLatin1String("found")), qPrintable(count->text()));
}

QTEST_MAIN(TestGui)
#include "tst_gui.moc"
