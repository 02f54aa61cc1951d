// The main window's Sessions area as a person uses it: reached with the View menu's shortcut, driven by clicks and
// typed keys on widgets found by objectName, and checked in the widgets, the item models and the database. A new
// retro, its anonymous safety check (kiosk and paper slips, Start over), deleting sessions (also with their console
// open), and incidents and teams renamed in their own areas or in the repositories. The data (a department with a
// sub-team, another team, postmortems and a retro with action items) is written through the repositories before the
// application starts.
#include "MainWindow.h"
#include "common/MessageBox.h"
#include "common/TeamComboBox.h"
#include "gui/AppFixture.h"
#include "gui/GuiHelpers.h"
#include "item/ActionItemsModel.h"
#include "postmortem/AudienceWindow.h"
#include "postmortem/PostmortemSession.h"
#include "postmortem/RetroDialog.h"
#include "postmortem/SessionConsole.h"
#include "postmortem/SessionsArea.h"
#include "storage/PostmortemRepository.h"

#include <QApplication>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace candor;
using namespace candor::testgui;

class TestSessionsArea : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

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
    void showSessionsByShortcut() { showAreaByShortcut(*m_app, MainWindow::SessionsPage); }
    // Makes a retro with the New retro dialog, checking it on the way; its console opens.
    void openRetroConsole(qint64 *retroId);
    // Answers the safety check on the kiosk, checking that the console shows no result while it goes round.
    void answerSafetyOnKiosk(const QList<int> &answers);

    QTableView *sessionTable() const { return find<QTableView>(m_app->window.get(), "sessionTable"); }
    // The text the table shows for a session, or "(no row)".
    QString sessionCell(qint64 sessionId, int column) const
    {
        return cellText(sessionTable()->model(), sessionId, SessionTableModel::IdRole, column);
    }
    template <typename T>
    T *console(const char *name) const
    {
        return find<T>(m_console.data(), name);
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    std::unique_ptr<App> m_app;
    QPointer<SessionConsole> m_console;
    AreasData m_data;
};

void TestSessionsArea::initTestCase()
{
    initGuiTestCase();
}

void TestSessionsArea::init()
{
    STEP(newTestFolder(&m_dir, &m_path));
    m_data = {};
    STEP(insertAreasData(m_path, &m_data));
    STEP(startApp(&m_app, m_path));
}

void TestSessionsArea::cleanup()
{
    reportMessageBoxes();
    m_app.reset();
    m_dir.reset();
}

void TestSessionsArea::sessionsListed()
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

void TestSessionsArea::openRetroConsole(qint64 *retroId)
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

    STEP(chooseByKeys(team, m_data.support));
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
    QCOMPARE(created.teamId, m_data.support);
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

void TestSessionsArea::newRetroOpensItsConsole()
{
    qint64 retro = 0;
    STEP(openRetroConsole(&retro));
    // The new retro's phases carry the retro's names.
    QCOMPARE(PostmortemText::phaseName(Phase::Timeline, m_console->session().kind()), QStringLiteral("Notable events"));
    QCOMPARE(m_console->session().teamName(), QStringLiteral("Support"));
    QCOMPARE(m_console->session().tally(CheckKind::Safety).total(), 0);
}

void TestSessionsArea::answerSafetyOnKiosk(const QList<int> &answers)
{
    // While the kiosk goes round, the console shows no result: one changing after each answer would give it away.
    // Nor does it start the closing check, or put what was collected in the paper-slip boxes.
    const auto checkCollecting = [this]() {
        QVERIFY(!m_console->session().isCollecting(CheckKind::Closing));
        STEP(checkSlipBoxesEmpty(m_console, CheckKind::Safety));
    };
    STEP(answerOnKiosk(m_console, CheckKind::Safety, answers, checkCollecting));
}

void TestSessionsArea::retroSafetyCheck()
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
    STEP(answerSafetyOnKiosk({4, 2}));
    QCOMPARE(m_app->postmortems->tally(retro, CheckKind::Safety).counts, (std::array<int, 5>{0, 1, 0, 1, 0}));
    QCOMPARE(m_app->postmortems->tally(retro, CheckKind::Closing).total(), 0);
    QCOMPARE(result->text(), QStringLiteral("2 answers so far. Results appear once at least 3 people have answered."));
    QVERIFY2(!visibleTexts().contains(QLatin1String("Distribution")), qPrintable(visibleTexts()));
    QVERIFY2(!visibleTexts().contains(QLatin1String("average")), qPrintable(visibleTexts()));

    // A third: now the distribution, never an average.
    STEP(answerSafetyOnKiosk({5}));
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
    STEP(checkSlipBoxesEmpty(m_console, CheckKind::Safety));
    QVERIFY(!console<QLabel>("consoleBanner")->isVisible());
    QCOMPARE(m_app->postmortems->tally(retro, CheckKind::Closing).total(), 0);
}

void TestSessionsArea::paperSlipsAddUpAndStartOver()
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
    STEP(answerSafetyOnKiosk({4, 2}));
    QCOMPARE(result->text(), QStringLiteral("2 answers so far. Results appear once at least 3 people have answered."));
    STEP(checkSlipBoxesEmpty(m_console, CheckKind::Safety));
    STEP(retype(console<QSpinBox>("safetyTally3"), QStringLiteral("1")));
    STEP(retype(console<QSpinBox>("safetyTally5"), QStringLiteral("1")));
    QTest::mouseClick(add, Qt::LeftButton);
    QCOMPARE(m_app->postmortems->tally(retro, CheckKind::Safety).counts, (std::array<int, 5>{0, 1, 1, 1, 1}));
    QCOMPARE(result->text(), QStringLiteral("4 answers. Distribution: 1: 0, 2: 1, 3: 1, 4: 1, 5: 1"));
    QVERIFY(!banner->isVisible()); // the earlier problem is gone
    STEP(checkSlipBoxesEmpty(m_console, CheckKind::Safety));
    // The same slips added twice count twice: the boxes are what to add, not what is stored.
    STEP(retype(console<QSpinBox>("safetyTally1"), QStringLiteral("2")));
    QTest::mouseClick(add, Qt::LeftButton);
    STEP(retype(console<QSpinBox>("safetyTally1"), QStringLiteral("2")));
    QTest::mouseClick(add, Qt::LeftButton);
    QCOMPARE(m_app->postmortems->tally(retro, CheckKind::Safety).counts, (std::array<int, 5>{4, 1, 1, 1, 1}));
    STEP(checkSlipBoxesEmpty(m_console, CheckKind::Safety));

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
    STEP(checkSlipBoxesEmpty(m_console, CheckKind::Safety));

    // Counted again from the slips.
    STEP(retype(console<QSpinBox>("safetyTally5"), QStringLiteral("3")));
    QTest::mouseClick(add, Qt::LeftButton);
    QCOMPARE(m_app->postmortems->tally(retro, CheckKind::Safety).counts, (std::array<int, 5>{0, 0, 0, 0, 3}));
    QCOMPARE(result->text(), QStringLiteral("3 answers. Distribution: 1: 0, 2: 0, 3: 0, 4: 0, 5: 3"));
}

void TestSessionsArea::safetyAnswersStayHiddenBelowThree()
{
    // Nothing about fewer than 3 answers is on the console: not in the result, not in the paper-slip boxes.
    qint64 retro = 0;
    STEP(openRetroConsole(&retro));
    STEP(answerSafetyOnKiosk({1}));
    STEP(answerSafetyOnKiosk({5}));
    QCOMPARE(m_app->postmortems->tally(retro, CheckKind::Safety).total(), 2);
    const QString result = console<QLabel>("safetyResult")->text();
    QCOMPARE(result, QStringLiteral("2 answers so far. Results appear once at least 3 people have answered."));
    STEP(checkSlipBoxesEmpty(m_console, CheckKind::Safety));
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
    STEP(checkSlipBoxesEmpty(m_console, CheckKind::Safety));
}

void TestSessionsArea::postmortemHasNoSafetyCheck()
{
    // Open a postmortem from the list with Enter: its opening has no safety check.
    STEP(openConsoleFromSessions(*m_app, m_data.checkoutPostmortem, &m_console));
    QCOMPARE(m_console->sessionId(), m_data.checkoutPostmortem);
    QCOMPARE(m_console->windowTitle(), QStringLiteral("Postmortem: Checkout errors after deploy"));
    QVERIFY(!console<QWidget>("safetyKioskButton"));
    QVERIFY(!console<QWidget>("safetyResult"));
    // Opening it again raises the same console.
    QTest::mouseClick(find<QPushButton>(m_app->window.get(), "openSessionButton"), Qt::LeftButton);
    QCOMPARE(m_app->window->findChildren<SessionConsole *>().size(), 1);
}

void TestSessionsArea::deleteSessionAsksFirst()
{
    STEP(showSessionsByShortcut());
    QTableView *view = sessionTable();
    auto *remove = find<QPushButton>(m_app->window.get(), "deleteSessionButton");
    STEP(clickRow(view, rowOfId(view->model(), m_data.supportRetro, SessionTableModel::IdRole)));
    QCOMPARE(find<SessionsArea>(m_app->window.get(), "sessionsArea")->selectedSessionId(), m_data.supportRetro);

    // Cancelled: asked, and nothing is gone.
    MessageBox::clearShown();
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    QTest::mouseClick(remove, Qt::LeftButton);
    QCOMPARE(MessageBox::shown().size(), 1);
    QVERIFY2(MessageBox::shown().constFirst().startsWith(QStringLiteral("Delete the retro “Support retro, March”")),
             qPrintable(MessageBox::shown().constFirst()));
    QVERIFY(m_app->postmortems->session(m_data.supportRetro));
    QCOMPARE(view->model()->rowCount(), 3);
    // Not answered at all (the default button): nothing is gone either.
    QTest::mouseClick(remove, Qt::LeftButton);
    QCOMPARE(MessageBox::shown().size(), 2);
    QVERIFY(m_app->postmortems->session(m_data.supportRetro));

    // The Delete key on the list, confirmed: gone from the list, the database and the action items.
    MessageBox::setNextAnswer(QMessageBox::Yes);
    view->setFocus();
    QTest::keyClick(view, Qt::Key_Delete);
    QCOMPARE(MessageBox::shown().size(), 3);
    QVERIFY(!m_app->postmortems->session(m_data.supportRetro));
    QCOMPARE(columnTexts(view->model(), SessionTableModel::TitleColumn),
             QStringList({QStringLiteral("Checkout errors after deploy"), QStringLiteral("Ticket queue stalled")}));
    QVERIFY(!m_app->postmortems->action(m_data.overdueSupport));
    QCOMPARE(m_app->actionModel->rowOf(m_data.overdueSupport), -1);
    STEP(showAreaByNavigation(*m_app, MainWindow::ActionsPage));
    auto *actionTable = find<QTableView>(m_app->window.get(), "actionTable");
    QVERIFY(actionTable && actionTable->isVisible());
    QCOMPARE(actionTable->model()->rowCount(), 3);
    QCOMPARE(find<QLabel>(m_app->window.get(), "actionCountLabel")->text(),
             QStringLiteral("3 action items, 1 overdue"));

    // A postmortem says the incident stays, and it does.
    STEP(showSessionsByShortcut());
    STEP(clickRow(view, rowOfId(view->model(), m_data.queuePostmortem, SessionTableModel::IdRole)));
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(remove, Qt::LeftButton);
    QVERIFY2(MessageBox::shown().constLast().contains(QLatin1String("The incident stays.")),
             qPrintable(MessageBox::shown().constLast()));
    QVERIFY(!m_app->postmortems->session(m_data.queuePostmortem));
    QCOMPARE(m_app->incidents->count({}), 2);
    QCOMPARE(view->model()->rowCount(), 1);
}

void TestSessionsArea::deleteSessionWithOpenConsole()
{
    // A session deleted while its console is open: the console (and what it projects) goes with it, rather than
    // staying open on a session that no longer exists. Another session's console stays.
    qint64 retro = 0;
    STEP(openRetroConsole(&retro));
    QPointer<SessionConsole> retroConsole = m_console;
    QTest::keyClick(retroConsole.data(), Qt::Key_F5); // View > Present to the room
    QTRY_VERIFY(retroConsole->audienceWindow() && retroConsole->audienceWindow()->isVisible());
    QPointer<AudienceWindow> audience = retroConsole->audienceWindow();

    STEP(activate(m_app->window.get()));
    QPointer<SessionConsole> otherConsole;
    STEP(openConsoleFromSessions(*m_app, m_data.checkoutPostmortem, &otherConsole));
    QTRY_COMPARE(m_app->window->findChildren<SessionConsole *>().size(), 2);
    QVERIFY(otherConsole);
    QVERIFY(QTest::qWaitForWindowExposed(otherConsole.data()));
    QTableView *view = sessionTable();

    // Cancelled: both consoles stay.
    STEP(activate(m_app->window.get()));
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
    QCOMPARE(otherConsole->sessionId(), m_data.checkoutPostmortem);
    QCOMPARE(m_app->window->findChildren<SessionConsole *>().size(), 1);
    // Deleting something else leaves the open console alone.
    STEP(clickRow(view, rowOfId(view->model(), m_data.queuePostmortem, SessionTableModel::IdRole)));
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(remove, Qt::LeftButton);
    QVERIFY(!m_app->postmortems->session(m_data.queuePostmortem));
    QVERIFY(otherConsole && otherConsole->isVisible());
}

// ---- Renamed incidents and teams ----------------------------------------------------------------------------

void TestSessionsArea::renamedIncidentShows()
{
    // Through the incident dialog: Ctrl+1, select the incident, Edit incident…, a new title, OK.
    const QString renamed = QStringLiteral("Checkout 500s after the 2.14 deploy");
    STEP(retitleIncidentInDialog(*m_app, m_data.checkoutIncident, QStringLiteral("Checkout errors after deploy"),
                                 renamed));

    // The Sessions area shows the new title as the postmortem's.
    STEP(showSessionsByShortcut());
    QCOMPARE(sessionCell(m_data.checkoutPostmortem, SessionTableModel::TitleColumn), renamed);
    QCOMPARE(sessionCell(m_data.queuePostmortem, SessionTableModel::TitleColumn),
             QStringLiteral("Ticket queue stalled"));

    // Undone with Ctrl+Z: the old title is back.
    QTest::keyClick(sessionTable(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(m_app->incidents->incident(m_data.checkoutIncident)->title,
             QStringLiteral("Checkout errors after deploy"));
    QCOMPARE(sessionCell(m_data.checkoutPostmortem, SessionTableModel::TitleColumn),
             QStringLiteral("Checkout errors after deploy"));

    // Through the repository while the window is open (as another part of the application would).
    STEP(retitleIncidentInRepository(*m_app->incidents, m_data.queueIncident,
                                     QStringLiteral("Ticket queue stalled for two hours")));
    QCOMPARE(sessionCell(m_data.queuePostmortem, SessionTableModel::TitleColumn),
             QStringLiteral("Ticket queue stalled for two hours"));
}

void TestSessionsArea::renamedTeamShows()
{
    // Through the team dialog: Ctrl+2, select Support, Edit team…, a new name, OK.
    const QString renamed = QStringLiteral("Customer support");
    STEP(renameTeamInDialog(*m_app, m_data.support, QStringLiteral("Support"), renamed));

    // The Sessions area shows it as the team of a postmortem and of the retro.
    STEP(showSessionsByShortcut());
    QCOMPARE(sessionCell(m_data.queuePostmortem, SessionTableModel::TeamColumn), renamed);
    QCOMPARE(sessionCell(m_data.supportRetro, SessionTableModel::TeamColumn), renamed);
    QCOMPARE(sessionCell(m_data.checkoutPostmortem, SessionTableModel::TeamColumn), QStringLiteral("Payments"));

    // Through the repository while the window is open: the sub-team and the department.
    STEP(renameTeamInRepository(*m_app->teams, m_data.payments, QStringLiteral("Payments platform")));
    STEP(renameTeamInRepository(*m_app->teams, m_data.engineering, QStringLiteral("Product engineering")));
    STEP(showSessionsByShortcut());
    QCOMPARE(sessionCell(m_data.checkoutPostmortem, SessionTableModel::TeamColumn),
             QStringLiteral("Payments platform"));
    QCOMPARE(sessionCell(m_data.queuePostmortem, SessionTableModel::TeamColumn), renamed);
}

QTEST_MAIN(TestSessionsArea)
#include "tst_sessionsarea.moc"
