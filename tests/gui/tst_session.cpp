// A whole postmortem run through the facilitator console's real widgets: started from the main window on a selected
// incident, driven by typed keys and clicks (widgets found by objectName), checked in the widgets, the console's item
// models and the database, and resumed after the application was closed and opened again on the same file.
#include "MainWindow.h"
#include "common/MessageBox.h"
#include "common/TeamComboBox.h"
#include "common/TestData.h"
#include "gui/AppFixture.h"
#include "gui/GuiHelpers.h"
#include "incidents/IncidentsArea.h"
#include "item/ActionItemsModel.h"
#include "item/FactorModel.h"
#include "item/TimelineModel.h"
#include "postmortem/BlameLanguageChecker.h"
#include "postmortem/PostmortemSession.h"
#include "postmortem/SessionConsole.h"
#include "storage/PostmortemRepository.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeEdit>
#include <QUndoStack>

#include <memory>
#include <vector>

using namespace candor;
using namespace candor::testgui;

class TestSession : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void wholePostmortem();
    void resumesAfterRestart();

private:
    // Selects the incident in the Incidents area and starts (or opens) its postmortem from the main window.
    void openFromIncident(qint64 incidentId, const QString &expectedActionText);
    void clickAgree();
    void addEvent(const QTime &time, EventKind kind, const QString &text);
    void watchModels();

    void opening();
    void timeline();
    void speakingRound();
    void factors();
    void actions();
    void closing();
    void goBackAndSkip();
    void finish();

    template <typename T>
    T *console(const char *name) const
    {
        return find<T>(m_console.data(), name);
    }
    QString banner() const;
    Phase phase() const { return m_console->session().phase(); }

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    std::unique_ptr<App> m_app;
    QPointer<SessionConsole> m_console;
    std::vector<std::unique_ptr<QAbstractItemModelTester>> m_testers;

    qint64 m_payments = 0;
    qint64 m_platform = 0;
    qint64 m_facilitatorMember = 0;
    qint64 m_incident = 0;
    qint64 m_earlierSession = 0;
    qint64 m_earlierOpenAction = 0;
    qint64 m_sessionId = 0;
    // Timeline event ids by what they are.
    qint64 m_pagerEvent = 0;
    qint64 m_rollbackEvent = 0;
    qint64 m_blameEvent = 0;
    qint64 m_factor = 0;
};

void TestSession::initTestCase()
{
    initGuiTestCase();
}

void TestSession::init()
{
    STEP(newTestFolder(&m_dir, &m_path));

    // Teams, people and incidents written through the repositories before the application opens the file, plus
    // an earlier postmortem of the same team with one action still open and one done.
    testdata::Store store(m_path);
    QVERIFY2(store.status, qPrintable(store.status.error()));
    STEP(insertPaymentsTeam(store, &m_payments, &m_facilitatorMember));
    const Result<qint64> platform = store.teams.insertTeam(testdata::makeTeam(QStringLiteral("Platform")));
    QVERIFY(platform);
    m_platform = *platform;
    QVERIFY(store.teams.insertMember(testdata::makeMember(m_platform, QStringLiteral("Lars Nilsen"))));

    const Result<qint64> earlierIncident =
        store.incidents.insert(testdata::makeIncident(m_payments, QStringLiteral("Card payments declined"), 3));
    const Result<qint64> incident =
        store.incidents.insert(testdata::makeIncident(m_payments, QStringLiteral("Checkout errors after deploy")));
    QVERIFY(earlierIncident && incident);
    m_incident = *incident;

    PostmortemRepository postmortems(store.database);
    STEP(keepId(postmortems.insertSession(
                    makePostmortem(*earlierIncident, m_payments, QDateTime::currentDateTimeUtc().addDays(-30))),
                &m_earlierSession));
    ActionItem open = makeAction(m_earlierSession, m_payments, QStringLiteral("Alert on the rate of declined payments"),
                                 ActionStatus::Open, 7);
    open.kind = ActionKind::DetectSooner;
    STEP(keepId(postmortems.insertAction(open), &m_earlierOpenAction));
    ActionItem done = open;
    done.text = QStringLiteral("Document the card network contacts");
    done.status = ActionStatus::Done;
    done.done = QDateTime::currentDateTimeUtc().addDays(-2);
    QVERIFY(postmortems.insertAction(done));

    STEP(startApp(&m_app, m_path));
}

void TestSession::cleanup()
{
    reportMessageBoxes();
    m_testers.clear();
    m_app.reset();
    m_dir.reset();
}

void TestSession::openFromIncident(qint64 incidentId, const QString &expectedActionText)
{
    STEP(showAreaByNavigation(*m_app, MainWindow::IncidentsPage));
    auto *area = find<IncidentsArea>(m_app->window.get(), "incidentsArea");
    auto *table = find<QTableView>(m_app->window.get(), "incidentTable");
    auto *action = find<QAction>(m_app->window.get(), "postmortemAction");
    QVERIFY(area && table && action);
    STEP(clickRow(table, rowOfId(table->model(), incidentId, IncidentTableModel::IdRole), {},
                  IncidentTableModel::TitleColumn));
    QTRY_COMPARE(area->selectedIncidentId(), incidentId);
    QVERIFY(action->isEnabled());
    QCOMPARE(action->text(), expectedActionText);

    action->trigger();
    QTRY_VERIFY(m_app->window->findChild<SessionConsole *>(QStringLiteral("sessionConsole")));
    m_console = m_app->window->findChild<SessionConsole *>(QStringLiteral("sessionConsole"));
    QVERIFY(m_console->isValid());
    QVERIFY(QTest::qWaitForWindowExposed(m_console.data()));
    STEP(activate(m_console.data()));
    const std::optional<qint64> stored = m_app->postmortems->sessionForIncident(incidentId);
    QVERIFY(stored);
    QCOMPARE(m_console->sessionId(), *stored);
    m_sessionId = *stored;
    QCOMPARE(m_console->windowTitle(), QStringLiteral("Postmortem: Checkout errors after deploy"));
    // Starting again opens the same session rather than a second one.
    action->trigger();
    QCOMPARE(m_app->window->findChildren<SessionConsole *>().size(), 1);
    QCOMPARE(m_app->postmortems->sessions().size(), 2);
    STEP(watchModels());
}

void TestSession::watchModels()
{
    m_testers.clear();
    for (const char *name : {"timelineView", "factorView", "actionView", "earlierActionsView"}) {
        auto *view = console<QAbstractItemView>(name);
        QVERIFY2(view && view->model(), name);
        m_testers.push_back(std::make_unique<QAbstractItemModelTester>(
            view->model(), QAbstractItemModelTester::FailureReportingMode::QtTest));
    }
}

QString TestSession::banner() const
{
    auto *label = console<QLabel>("consoleBanner");
    return label && label->isVisible() ? label->text() : QString();
}

void TestSession::clickAgree()
{
    auto *agree = console<QPushButton>("agreeButton");
    QVERIFY(agree);
    QVERIFY(agree->isEnabled());
    QTest::mouseClick(agree, Qt::LeftButton);
}

void TestSession::addEvent(const QTime &time, EventKind kind, const QString &text)
{
    auto *timeEdit = console<QTimeEdit>("eventTime");
    auto *kindCombo = console<QComboBox>("eventKind");
    auto *textEdit = console<QPlainTextEdit>("eventText");
    QVERIFY(timeEdit && kindCombo && textEdit);
    STEP(typeTime(timeEdit, time));
    STEP(chooseByKeys(kindCombo, int(kind)));
    textEdit->setFocus();
    QTest::keyClicks(textEdit, text);
    QCOMPARE(textEdit->toPlainText(), text);
    QTest::keyClick(textEdit, Qt::Key_Return);
    QCOMPARE(banner(), QString());
    QCOMPARE(textEdit->toPlainText(), QString()); // ready for the next event
    QCOMPARE(timeEdit->time(), time);             // the time stays
}

// ---- The phases -----------------------------------------------------------------------------------------------

void TestSession::opening()
{
    QCOMPARE(phase(), Phase::Opening);
    QCOMPARE(console<QStackedWidget>("phasePages")->currentWidget(), console<QWidget>("openingPage"));
    auto *facilitator = console<QLineEdit>("facilitatorEdit");
    auto *warning = console<QLabel>("facilitatorWarning");
    auto *keep = console<QCheckBox>("keepFacilitatorCheck");
    auto *confirmedBy = console<QLineEdit>("confirmedByEdit");
    QVERIFY(facilitator && warning && keep && confirmedBy);
    QVERIFY(!warning->isVisible());
    QVERIFY(!keep->isVisible());
    QVERIFY(!console<QPushButton>("skipButton")->isEnabled()); // the opening cannot be skipped
    QVERIFY(!console<QWidget>("backButton")->isEnabled());

    // Nothing set up yet: agreeing is refused and the banner says what is missing.
    QTest::mouseClick(console<QPushButton>("agreeButton"), Qt::LeftButton);
    QCOMPARE(phase(), Phase::Opening);
    QVERIFY2(banner().contains(QLatin1String("Name who confirmed")), qPrintable(banner()));

    // A facilitator from the incident's own team: warned, and recorded as that member.
    facilitator->setFocus();
    QTest::keyClicks(facilitator, QStringLiteral("amara okafor"));
    QTest::keyClick(facilitator, Qt::Key_Return);
    QCOMPARE(m_console->session().session().facilitator, QStringLiteral("Amara Okafor"));
    QCOMPARE(m_console->session().session().facilitatorMemberId, m_facilitatorMember);
    QTRY_VERIFY(warning->isVisible());
    QVERIFY2(warning->text().contains(QLatin1String("Amara Okafor belongs to the team whose incident this is.")),
             qPrintable(warning->text()));
    QVERIFY(keep->isVisible());
    QVERIFY(!keep->isChecked());
    // The confirmer defaults to the facilitator.
    QCOMPARE(confirmedBy->text(), QStringLiteral("Amara Okafor"));

    // Nobody in the room yet.
    clickAgree();
    QCOMPARE(phase(), Phase::Opening);
    QVERIFY2(banner().contains(QLatin1String("Add the people in the room")), qPrintable(banner()));

    // Members by name (any case) and a guest; Enter in either field adds, as does the button.
    STEP(addParticipant(m_console, QStringLiteral("Jonas Weber"), QStringLiteral("On call"), Submit::EnterInRole));
    STEP(addParticipant(m_console, QStringLiteral("Hana Ueda"), QStringLiteral("Incident lead"), Submit::EnterInName));
    STEP(addParticipant(m_console, QStringLiteral("Priya Raman"), QStringLiteral("Database expert"), Submit::Button));
    const QList<Participant> &people = m_console->session().participants();
    QVERIFY(people.at(0).memberId > 0);
    QVERIFY(people.at(1).memberId > 0);
    QCOMPARE(people.at(2).memberId, 0); // a guest
    auto *table = console<QTableWidget>("participantsTable");
    QVERIFY(table);
    QCOMPARE(table->rowCount(), 3);
    QCOMPARE(table->item(2, 0)->text(), QStringLiteral("Priya Raman"));
    QCOMPARE(table->item(2, 1)->text(), QStringLiteral("Database expert"));
    // The same person twice is refused.
    QTest::keyClicks(console<QLineEdit>("participantNameEdit"), QStringLiteral("jonas weber"));
    QTest::keyClick(console<QLineEdit>("participantNameEdit"), Qt::Key_Return);
    QVERIFY2(banner().contains(QLatin1String("Jonas Weber is already in the room")), qPrintable(banner()));
    QCOMPARE(m_console->session().participants().size(), 3);
    retype(console<QLineEdit>("participantNameEdit"), QString());
    QTest::keyClick(console<QLineEdit>("participantNameEdit"), Qt::Key_Backspace);

    // The conflict still stands in the way, and the banner says so and what to do.
    clickAgree();
    QCOMPARE(phase(), Phase::Opening);
    QVERIFY2(banner().contains(QLatin1String("The facilitator is close to the team")), qPrintable(banner()));
    QVERIFY2(banner().contains(QLatin1String("record that the group keeps this facilitator")), qPrintable(banner()));
    QVERIFY(m_app->postmortems->phaseLog(m_sessionId).isEmpty());

    // The group keeps the facilitator; someone else confirms the agreement.
    clickCheckBox(keep);
    QVERIFY(keep->isChecked());
    QVERIFY(m_app->postmortems->session(m_sessionId)->facilitatorConflictAccepted);
    retype(confirmedBy, QStringLiteral("Hana Ueda"));
    STEP(clickAgree());
    QCOMPARE(banner(), QString());
    QCOMPARE(phase(), Phase::Timeline);
    QCOMPARE(console<QStackedWidget>("phasePages")->currentWidget(), console<QWidget>("timelinePage"));
    const QList<PhaseLogEntry> log = m_app->postmortems->phaseLog(m_sessionId);
    QCOMPARE(log.size(), 1);
    QCOMPARE(log.at(0).phase, Phase::Opening);
    QCOMPARE(log.at(0).what, PhaseLogEntry::Agreed);
    QCOMPARE(log.at(0).who, QStringLiteral("Hana Ueda"));
    QCOMPARE(m_app->postmortems->session(m_sessionId)->record(Phase::Opening).agreedBy, QStringLiteral("Hana Ueda"));
    // Opening is done: it can be gone back to, and the phase timer runs.
    QVERIFY(console<QWidget>("backButton")->isEnabled());
    QVERIFY(console<QAction>("backTo0"));
    QCOMPARE(console<QLabel>("phaseTimerLabel")->text(), QStringLiteral("Phase: 20:00 left"));
}

void TestSession::timeline()
{
    auto *view = console<QTableView>("timelineView");
    auto *date = console<QDateEdit>("eventDate");
    auto *hint = console<QLabel>("eventTextHint");
    QVERIFY(view && date && hint);
    // New events start on the incident's day.
    const QDate day = testdata::at(10).toLocalTime().date();
    QCOMPARE(date->date(), day);
    const auto utc = [day](int hours, int minutes) {
        return QDateTime(day, QTime(hours, minutes)).toUTC();
    };
    QAbstractItemModel *model = view->model();

    // Agreeing on an empty timeline is refused.
    clickAgree();
    QCOMPARE(phase(), Phase::Timeline);
    QVERIFY2(banner().contains(QLatin1String("The timeline is empty")), qPrintable(banner()));
    // So is an event without text.
    QTest::keyClick(console<QWidget>("eventText"), Qt::Key_Return);
    QVERIFY2(banner().contains(QLatin1String("Type what happened")), qPrintable(banner()));

    // Typed out of order, shown in time order.
    STEP(addEvent(QTime(10, 30), EventKind::Repair, QStringLiteral("Rolled back the deploy")));
    STEP(addEvent(QTime(10, 5), EventKind::Detection, QStringLiteral("Pager fired for checkout errors")));
    QCOMPARE(
        columnTexts(model, TimelineModel::TextColumn),
        QStringList({QStringLiteral("Pager fired for checkout errors"), QStringLiteral("Rolled back the deploy")}));
    QCOMPARE(model->index(0, TimelineModel::KindColumn).data().toString(), QStringLiteral("Detection"));
    QCOMPARE(model->index(1, TimelineModel::KindColumn).data().toString(), QStringLiteral("Repair"));
    QList<TimelineEvent> stored = m_app->postmortems->events(m_sessionId);
    QCOMPARE(stored.size(), 2);
    QCOMPARE(stored.at(0).time, utc(10, 5));
    QCOMPARE(stored.at(1).time, utc(10, 30));
    m_pagerEvent = stored.at(0).id;
    m_rollbackEvent = stored.at(1).id;

    // Blame language gets a hint while typing, but the event is added exactly as written.
    const QString blame = QStringLiteral("Someone should have checked the canary");
    auto *text = console<QPlainTextEdit>("eventText");
    STEP(typeTime(console<QTimeEdit>("eventTime"), QTime(10, 20)));
    text->setFocus();
    QTest::keyClicks(text, blame);
    QCOMPARE(hint->text(), hintFor(QStringLiteral("should have"), BlameLanguageChecker::Kind::Hindsight));
    QVERIFY(hint->isVisible());
    QTest::keyClick(text, Qt::Key_Return);
    QCOMPARE(hint->text(), QString());
    QCOMPARE(columnTexts(model, TimelineModel::TextColumn),
             QStringList(
                 {QStringLiteral("Pager fired for checkout errors"), blame, QStringLiteral("Rolled back the deploy")}));
    stored = m_app->postmortems->events(m_sessionId);
    QCOMPARE(stored.at(1).text, blame);
    m_blameEvent = stored.at(1).id;

    // Edit a cell in place: F2, type, Enter.
    const QModelIndex rollback = model->index(2, TimelineModel::TextColumn);
    view->setFocus();
    view->setCurrentIndex(rollback);
    QTest::keyClick(view, Qt::Key_F2);
    auto *editor = qobject_cast<QLineEdit *>(view->indexWidget(rollback));
    QVERIFY(editor);
    retype(editor, QStringLiteral("Rolled back the deploy to 4.2.0"));
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_VERIFY(!view->indexWidget(rollback));
    QCOMPARE(m_app->postmortems->event(m_rollbackEvent)->text, QStringLiteral("Rolled back the deploy to 4.2.0"));
    QCOMPARE(model->index(2, TimelineModel::TextColumn).data().toString(),
             QStringLiteral("Rolled back the deploy to 4.2.0"));
    // A time edited through the model moves the row to its place.
    QVERIFY(model->setData(model->index(2, TimelineModel::TimeColumn), QDateTime(day, QTime(10, 1))));
    QCOMPARE(model->index(0, TimelineModel::TextColumn).data().toString(),
             QStringLiteral("Rolled back the deploy to 4.2.0"));
    QCOMPARE(model->index(0, 0).data(TimelineModel::IdRole).toLongLong(), m_rollbackEvent);
    QCOMPARE(m_app->postmortems->event(m_rollbackEvent)->time, utc(10, 1));
    // ...and back.
    m_console->undoStack().undo();
    QCOMPARE(m_app->postmortems->event(m_rollbackEvent)->time, utc(10, 30));
    QCOMPARE(model->index(2, 0).data(TimelineModel::IdRole).toLongLong(), m_rollbackEvent);

    // Delete removes the selected event; Ctrl+Z brings it back under its id.
    const int undoBefore = m_console->undoStack().index();
    view->setFocus();
    view->setCurrentIndex(model->index(0, TimelineModel::TextColumn));
    QTest::keyClick(view, Qt::Key_Delete);
    QCOMPARE(model->rowCount(), 2);
    QVERIFY(!m_app->postmortems->event(m_pagerEvent));
    QCOMPARE(m_console->undoStack().index(), undoBefore + 1);
    QCOMPARE(m_console->undoStack().undoText(),
             QStringLiteral("Delete timeline event “Pager fired for checkout errors”"));
    QTest::keyClick(view, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(m_console->undoStack().index(), undoBefore);
    QCOMPARE(model->rowCount(), 3);
    QCOMPARE(m_app->postmortems->event(m_pagerEvent)->text, QStringLiteral("Pager fired for checkout errors"));
    QCOMPARE(model->index(0, 0).data(TimelineModel::IdRole).toLongLong(), m_pagerEvent);
    QCOMPARE(banner(), QString());
}

void TestSession::speakingRound()
{
    auto *start = console<QPushButton>("startRoundButton");
    auto *next = console<QPushButton>("nextSpeakerButton");
    auto *pass = console<QPushButton>("passButton");
    auto *queue = console<QListWidget>("queueList");
    auto *speaker = console<QLabel>("speakerLabel");
    auto *turnTimer = console<QLabel>("turnTimerLabel");
    QVERIFY(start && next && pass && queue && speaker && turnTimer);
    QCOMPARE(speaker->text(), QStringLiteral("Nobody is speaking"));
    QCOMPARE(itemTexts(queue), QStringList({QStringLiteral("•  Jonas Weber"), QStringLiteral("•  Hana Ueda"),
                                            QStringLiteral("•  Priya Raman")}));
    QVERIFY(!pass->isEnabled());
    QCOMPARE(turnTimer->text(), QString());

    QTest::mouseClick(start, Qt::LeftButton);
    QCOMPARE(speaker->text(), QStringLiteral("Speaking: Jonas Weber"));
    QCOMPARE(itemTexts(queue), QStringList({QStringLiteral("▶  Jonas Weber"), QStringLiteral("•  Hana Ueda"),
                                            QStringLiteral("•  Priya Raman")}));
    QVERIFY(queue->item(0)->font().bold());
    QVERIFY(!start->isEnabled()); // a round is running
    QCOMPARE(turnTimer->text(), QStringLiteral("2:00 left"));

    QTest::mouseClick(next, Qt::LeftButton);
    QCOMPARE(speaker->text(), QStringLiteral("Speaking: Hana Ueda"));
    QCOMPARE(itemTexts(queue), QStringList({QStringLiteral("✓  Jonas Weber"), QStringLiteral("▶  Hana Ueda"),
                                            QStringLiteral("•  Priya Raman")}));

    QTest::mouseClick(pass, Qt::LeftButton);
    QCOMPARE(speaker->text(), QStringLiteral("Speaking: Priya Raman"));
    QCOMPARE(itemTexts(queue), QStringList({QStringLiteral("✓  Jonas Weber"), QStringLiteral("↷  Hana Ueda"),
                                            QStringLiteral("▶  Priya Raman")}));
    QCOMPARE(console<QLabel>("roundLabel")->text(), QStringLiteral("Round 1 · 1 still to speak"));

    // The turn runs over: the console's one-second tick shows it.
    QCOMPARE(turnTimer->text(), QStringLiteral("2:00 left"));
    m_app->clock.advance(m_console->session().session().turnSeconds + 5);
    QTRY_COMPARE(turnTimer->text(), QStringLiteral("Over by 0:05"));
    QCOMPARE(console<QLabel>("phaseTimerLabel")->text(), QStringLiteral("Phase: 17:55 left"));
    QCOMPARE(banner(), QString());
}

void TestSession::factors()
{
    QCOMPARE(console<QStackedWidget>("phasePages")->currentWidget(), console<QWidget>("factorsPage"));
    // A new phase: nobody is speaking, the round starts over.
    QCOMPARE(console<QLabel>("speakerLabel")->text(), QStringLiteral("Nobody is speaking"));
    QCOMPARE(console<QLabel>("turnTimerLabel")->text(), QString());
    QCOMPARE(itemTexts(console<QListWidget>("queueList")),
             QStringList(
                 {QStringLiteral("•  Jonas Weber"), QStringLiteral("•  Hana Ueda"), QStringLiteral("•  Priya Raman")}));

    auto *category = console<QComboBox>("factorCategory");
    auto *text = console<QPlainTextEdit>("factorText");
    auto *view = console<QTableView>("factorView");
    auto *events = console<QListWidget>("factorEvents");
    QVERIFY(category && text && view && events);
    // Without a factor selected, the events cannot be ticked.
    QCOMPARE(events->count(), 3);
    QVERIFY(!(events->item(0)->flags() & Qt::ItemIsUserCheckable));

    STEP(chooseByKeys(category, int(FactorCategory::Technology)));
    text->setFocus();
    const QString factorText = QStringLiteral("Canary checks were not part of the deploy pipeline");
    QTest::keyClicks(text, factorText);
    QCOMPARE(console<QLabel>("factorTextHint")->text(), QString());
    QTest::keyClick(text, Qt::Key_Return);
    QCOMPARE(banner(), QString());
    QCOMPARE(view->model()->rowCount(), 1);
    QCOMPARE(view->model()->index(0, FactorModel::TextColumn).data().toString(), factorText);
    QCOMPARE(view->model()->index(0, FactorModel::CategoryColumn).data().toString(), QStringLiteral("Technology"));
    QCOMPARE(view->currentIndex().row(), 0); // selected, so its events can be ticked at once
    m_factor = view->model()->index(0, 0).data(FactorModel::IdRole).toLongLong();
    QVERIFY(m_factor > 0);

    // Tick the events it explains with the keyboard (Space on the current item).
    QCOMPARE(events->count(), 3);
    QVERIFY(events->item(0)->flags() & Qt::ItemIsUserCheckable);
    for (int row : {0, 1}) {
        events->setFocus();
        events->setCurrentRow(row);
        QTest::keyClick(events->viewport(), Qt::Key_Space);
        QTRY_COMPARE(events->item(row)->checkState(), Qt::Checked);
    }
    QCOMPARE(m_app->postmortems->factor(m_factor)->eventIds, QList<qint64>({m_pagerEvent, m_blameEvent}));
    QCOMPARE(events->item(2)->checkState(), Qt::Unchecked);
    // Untick one.
    events->setCurrentRow(1);
    QTest::keyClick(events->viewport(), Qt::Key_Space);
    QTRY_COMPARE(events->item(1)->checkState(), Qt::Unchecked);
    QCOMPARE(m_app->postmortems->factor(m_factor)->eventIds, QList<qint64>({m_pagerEvent}));
    QCOMPARE(banner(), QString());

    // The four lists: type, Enter.
    const QList<std::pair<const char *, QString>> lists = {
        {"went-well", QStringLiteral("The rollback took two minutes")},
        {"lucky", QStringLiteral("It happened outside the sales peak")},
        {"learned", QStringLiteral("Canary metrics lag by five minutes")},
        {"question", QStringLiteral("Who owns the deploy pipeline?")},
    };
    for (const auto &[key, entryText] : lists) {
        auto *entry = m_console->findChild<QPlainTextEdit *>(QStringLiteral("learningEntry_") + QLatin1String(key));
        auto *list = m_console->findChild<QListView *>(QStringLiteral("learningView_") + QLatin1String(key));
        QVERIFY2(entry && list, key);
        entry->setFocus();
        QTest::keyClicks(entry, entryText);
        QTest::keyClick(entry, Qt::Key_Return);
        QCOMPARE(entry->toPlainText(), QString());
        QCOMPARE(list->model()->rowCount(), 1);
        QCOMPARE(list->model()->index(0, 0).data().toString(), entryText);
    }
    const QList<Learning> learnings = m_app->postmortems->learnings(m_sessionId);
    QCOMPARE(learnings.size(), 4);
    QCOMPARE(learnings.at(0).kind, LearningKind::WentWell);
    QCOMPARE(learnings.at(3).kind, LearningKind::Question);
    QCOMPARE(learnings.at(3).text, QStringLiteral("Who owns the deploy pipeline?"));
}

void TestSession::actions()
{
    QCOMPARE(console<QStackedWidget>("phasePages")->currentWidget(), console<QWidget>("actionsPage"));
    // Did our fixes hold? The earlier postmortem's open action is listed, its done one is not.
    auto *earlier = console<QTableView>("earlierActionsView");
    QVERIFY(earlier);
    QVERIFY(earlier->isVisible());
    QCOMPARE(columnTexts(earlier->model(), ActionItemsModel::TextColumn),
             QStringList({QStringLiteral("Alert on the rate of declined payments")}));
    QCOMPARE(earlier->model()->index(0, 0).data(ActionItemsModel::IdRole).toLongLong(), m_earlierOpenAction);

    clickAgree();
    QCOMPARE(phase(), Phase::Actions);
    QVERIFY2(banner().contains(QLatin1String("No action items yet")), qPrintable(banner()));

    auto *text = console<QPlainTextEdit>("actionText");
    auto *kind = console<QComboBox>("actionKind");
    auto *owner = console<TeamComboBox>("actionOwner");
    auto *person = console<QLineEdit>("actionPerson");
    auto *due = console<QDateEdit>("actionDue");
    auto *factor = console<QComboBox>("actionFactor");
    auto *view = console<QTableView>("actionView");
    QVERIFY(text && kind && owner && person && due && factor && view);
    QCOMPARE(owner->currentTeamId(), m_payments); // the incident's team by default
    QCOMPARE(factor->count(), 2);                 // none, and the one factor
    QCOMPARE(factor->currentData().toLongLong(), 0);

    text->setFocus();
    const QString actionText = QStringLiteral("Run canary checks in the deploy pipeline");
    QTest::keyClicks(text, actionText);
    STEP(chooseByKeys(kind, int(ActionKind::Prevent)));
    STEP(chooseByKeys(owner, m_platform));
    QCOMPARE(owner->currentTeamId(), m_platform);
    due->setFocus();
    // A year later: stepping the year section changes the date whatever today is (a month section stops at December).
    due->setCurrentSection(QDateTimeEdit::YearSection);
    QTest::keyClick(due, Qt::Key_Up);
    const QDate dueDate = due->date();
    QVERIFY(dueDate > QDate::currentDate().addDays(14));
    STEP(chooseByKeys(factor, m_factor));
    person->setFocus();
    QTest::keyClicks(person, QStringLiteral("Lars Nilsen"));
    QTest::keyClick(person, Qt::Key_Return); // Enter in the person field adds too
    QCOMPARE(banner(), QString());
    QCOMPARE(text->toPlainText(), QString());
    QCOMPARE(person->text(), QString());

    QCOMPARE(view->model()->rowCount(), 1);
    QCOMPARE(view->model()->index(0, ActionItemsModel::TextColumn).data().toString(), actionText);
    QCOMPARE(view->model()->index(0, ActionItemsModel::OwnerColumn).data().toString(), QStringLiteral("Platform"));
    const QList<ActionItem> stored = m_app->postmortems->actions(m_sessionId);
    QCOMPARE(stored.size(), 1);
    QCOMPARE(stored.at(0).text, actionText);
    QCOMPARE(stored.at(0).kind, ActionKind::Prevent);
    QCOMPARE(stored.at(0).ownerTeamId, m_platform);
    QCOMPARE(stored.at(0).ownerPerson, QStringLiteral("Lars Nilsen"));
    QCOMPARE(stored.at(0).due, dueDate);
    QCOMPARE(stored.at(0).factorId, m_factor);
    QCOMPARE(stored.at(0).status, ActionStatus::Open);
    // The earlier list is about earlier sessions only.
    QCOMPARE(earlier->model()->rowCount(), 1);
}

void TestSession::closing()
{
    QCOMPARE(console<QStackedWidget>("phasePages")->currentWidget(), console<QWidget>("closingPage"));
    QCOMPARE(console<QPushButton>("agreeButton")->text(), QStringLiteral("Finish the session"));

    // The summary is saved as it is typed, exactly.
    auto *summary = console<QPlainTextEdit>("summaryEdit");
    QVERIFY(summary);
    summary->setFocus();
    QTest::keyClicks(summary, QStringLiteral("Rolled back within 25 minutes."));
    QTest::keyClick(summary, Qt::Key_Return);
    QTest::keyClicks(summary, QStringLiteral("Canary checks will gate every deploy.  "));
    const QString typed = QStringLiteral("Rolled back within 25 minutes.\nCanary checks will gate every deploy.  ");
    QCOMPARE(summary->toPlainText(), typed);
    {
        PostmortemRepository fresh(m_app->database);
        QCOMPARE(fresh.session(m_sessionId)->summary, typed);
    }

    // Two kiosk answers: counted, but nothing about them is shown yet.
    auto *result = console<QLabel>("closingResult");
    QVERIFY(result);
    STEP(answerOnKiosk(m_console, CheckKind::Closing, {4, 2}));
    QCOMPARE(m_app->postmortems->tally(m_sessionId, CheckKind::Closing).total(), 2);
    QVERIFY2(result->text().startsWith(QLatin1String("2 answers so far.")), qPrintable(result->text()));
    QVERIFY2(!result->text().contains(QLatin1String("average")), qPrintable(result->text()));
    // A third answer: the count and the average.
    STEP(answerOnKiosk(m_console, CheckKind::Closing, {3}));
    QCOMPARE(result->text(), QStringLiteral("3 answers, average 3.0 out of 5."));
    // The paper-slip boxes are for slips to add: they never show what the kiosk collected.
    STEP(checkSlipBoxesEmpty(m_console, CheckKind::Closing));

    // Two paper slips answering 5, added to the kiosk's answers.
    auto *fives = console<QSpinBox>("closingTally5");
    QVERIFY(fives);
    retype(fives, QStringLiteral("2"));
    QCOMPARE(fives->value(), 2);
    QTest::mouseClick(console<QPushButton>("closingSaveTallyButton"), Qt::LeftButton);
    QCOMPARE(m_app->postmortems->tally(m_sessionId, CheckKind::Closing).counts, (std::array<int, 5>{0, 1, 1, 1, 2}));
    QCOMPARE(result->text(), QStringLiteral("5 answers, average 3.8 out of 5."));
    QCOMPARE(fives->value(), 0);
    QCOMPARE(banner(), QString());
}

void TestSession::goBackAndSkip()
{
    const Session before = *m_app->postmortems->session(m_sessionId);
    QVERIFY(before.record(Phase::Factors).agreed.isValid());
    QVERIFY(before.record(Phase::Actions).agreed.isValid());
    const qsizetype logBefore = m_app->postmortems->phaseLog(m_sessionId).size();

    // Cancelled: nothing changes.
    auto *backToFactors = console<QAction>("backTo2");
    QVERIFY(backToFactors);
    MessageBox::clearShown();
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    backToFactors->trigger();
    QCOMPARE(MessageBox::shown().size(), 1);
    QVERIFY2(MessageBox::shown().constFirst().contains(QLatin1String("Contributing factors")),
             qPrintable(MessageBox::shown().constFirst()));
    QCOMPARE(phase(), Phase::Closing);
    QCOMPARE(m_app->postmortems->phaseLog(m_sessionId).size(), logBefore);

    // Confirmed: Contributing factors and every later phase are open again; the log keeps what was agreed.
    MessageBox::setNextAnswer(QMessageBox::Yes);
    console<QAction>("backTo2")->trigger();
    QCOMPARE(phase(), Phase::Factors);
    QCOMPARE(console<QStackedWidget>("phasePages")->currentWidget(), console<QWidget>("factorsPage"));
    const Session reopened = *m_app->postmortems->session(m_sessionId);
    QVERIFY(reopened.record(Phase::Opening).agreed.isValid());
    QVERIFY(reopened.record(Phase::Timeline).agreed.isValid());
    QVERIFY(!reopened.record(Phase::Factors).isClosed());
    QVERIFY(!reopened.record(Phase::Actions).isClosed());
    QVERIFY(!reopened.record(Phase::Actions).started.isValid());
    QVERIFY(!reopened.record(Phase::Closing).started.isValid());
    const QList<PhaseLogEntry> log = m_app->postmortems->phaseLog(m_sessionId);
    QCOMPARE(log.size(), logBefore + 1);
    QCOMPARE(log.constLast().what, PhaseLogEntry::Reopened);
    QCOMPARE(log.constLast().phase, Phase::Factors);
    QCOMPARE(log.at(2).what, PhaseLogEntry::Agreed); // the earlier agreement is still in the record
    QCOMPARE(log.at(2).phase, Phase::Factors);
    // Nothing typed was lost.
    QCOMPARE(m_app->postmortems->factors(m_sessionId).size(), 1);
    QCOMPARE(m_app->postmortems->session(m_sessionId)->summary, before.summary);
    QVERIFY(!console<QAction>("backTo3")); // Actions is not behind us any more

    // Skipping needs a reason.
    auto *reason = console<QLineEdit>("skipReasonEdit");
    auto *skip = console<QPushButton>("skipButton");
    QVERIFY(reason && skip && skip->isEnabled());
    QTest::mouseClick(skip, Qt::LeftButton);
    QCOMPARE(phase(), Phase::Factors);
    QVERIFY2(banner().contains(QLatin1String("Write why the group moves on without agreement")), qPrintable(banner()));
    const QString why = QStringLiteral("Out of time; factors continue in the follow-up");
    reason->setFocus();
    QTest::keyClicks(reason, why);
    QTest::keyClick(reason, Qt::Key_Return);
    QCOMPARE(phase(), Phase::Actions);
    QCOMPARE(banner(), QString());
    QCOMPARE(reason->text(), QString());
    QCOMPARE(m_app->postmortems->session(m_sessionId)->record(Phase::Factors).skipReason, why);
    QCOMPARE(m_app->postmortems->phaseLog(m_sessionId).constLast().what, PhaseLogEntry::Skipped);
    QCOMPARE(m_app->postmortems->phaseLog(m_sessionId).constLast().reason, why);

    STEP(clickAgree());
    QCOMPARE(phase(), Phase::Closing);
    QCOMPARE(banner(), QString());
    // The summary and the tally are still there.
    QCOMPARE(console<QPlainTextEdit>("summaryEdit")->toPlainText(), before.summary);
    QCOMPARE(console<QLabel>("closingResult")->text(), QStringLiteral("5 answers, average 3.8 out of 5."));
}

void TestSession::finish()
{
    auto *record = console<QLabel>("phaseRecord");
    QVERIFY(record);
    STEP(clickAgree());
    QCOMPARE(phase(), Phase::Finished);
    QCOMPARE(console<QStackedWidget>("phasePages")->currentWidget(), console<QWidget>("finishedPage"));
    QVERIFY(!console<QPushButton>("agreeButton")->isEnabled());
    QVERIFY(!console<QPushButton>("skipButton")->isEnabled());
    QVERIFY(!console<QPushButton>("startRoundButton")->isEnabled());
    QCOMPARE(console<QLabel>("phaseTimerLabel")->text(), QString());

    // The record lists every decision in order, with who confirmed it and the skip reason.
    const QStringList lines = record->text().split(QLatin1Char('\n'));
    const QStringList starts = {
        QStringLiteral("Opening: agreed"),
        QStringLiteral("Timeline: agreed"),
        QStringLiteral("Contributing factors: agreed"),
        QStringLiteral("Actions: agreed"),
        QStringLiteral("Contributing factors: reopened"),
        QStringLiteral("Contributing factors: moved on without agreement"),
        QStringLiteral("Actions: agreed"),
        QStringLiteral("Closing: agreed"),
    };
    QCOMPARE(lines.size(), starts.size());
    for (int i = 0; i < starts.size(); ++i)
        QVERIFY2(lines.at(i).startsWith(starts.at(i)), qPrintable(lines.at(i)));
    QVERIFY2(lines.at(0).endsWith(QLatin1String("confirmed by Hana Ueda")), qPrintable(lines.at(0)));
    QVERIFY2(lines.at(5).endsWith(QLatin1String("Reason: Out of time; factors continue in the follow-up")),
             qPrintable(lines.at(5)));

    const QList<PhaseLogEntry> log = m_app->postmortems->phaseLog(m_sessionId);
    QCOMPARE(log.size(), starts.size());
    QCOMPARE(log.constLast().phase, Phase::Closing);
    QCOMPARE(log.constLast().what, PhaseLogEntry::Agreed);
    QCOMPARE(m_app->postmortems->session(m_sessionId)->phase, Phase::Finished);
}

void TestSession::wholePostmortem()
{
    STEP(openFromIncident(m_incident, QStringLiteral("Start &postmortem")));
    STEP(opening());
    STEP(timeline());
    STEP(speakingRound());
    // The phase's agreement, confirmed by the facilitator typed in again.
    retype(console<QLineEdit>("confirmedByEdit"), QStringLiteral("Amara Okafor"));
    STEP(clickAgree());
    QCOMPARE(phase(), Phase::Factors);
    STEP(factors());
    STEP(clickAgree());
    QCOMPARE(phase(), Phase::Actions);
    STEP(actions());
    STEP(clickAgree());
    QCOMPARE(phase(), Phase::Closing);
    STEP(closing());
    STEP(goBackAndSkip());
    STEP(finish());
    QCOMPARE(m_app->postmortems->phaseLog(m_sessionId).at(1).who, QStringLiteral("Amara Okafor"));
}

void TestSession::resumesAfterRestart()
{
    STEP(openFromIncident(m_incident, QStringLiteral("Start &postmortem")));
    // An outside facilitator: no warning, nothing to accept.
    auto *facilitator = console<QLineEdit>("facilitatorEdit");
    facilitator->setFocus();
    QTest::keyClicks(facilitator, QStringLiteral("Sam Outsider"));
    QTest::keyClick(facilitator, Qt::Key_Return);
    QCOMPARE(m_console->session().session().facilitatorMemberId, 0);
    QVERIFY(!console<QLabel>("facilitatorWarning")->isVisible());
    STEP(addParticipant(m_console, QStringLiteral("Jonas Weber"), QStringLiteral("On call"), Submit::EnterInRole));
    STEP(addParticipant(m_console, QStringLiteral("Hana Ueda"), QStringLiteral("Incident lead"), Submit::EnterInRole));
    STEP(addParticipant(m_console, QStringLiteral("Priya Raman"), QStringLiteral("Database expert"),
                        Submit::EnterInRole));
    STEP(clickAgree());
    QCOMPARE(phase(), Phase::Timeline);
    QCOMPARE(m_app->postmortems->phaseLog(m_sessionId).constFirst().who, QStringLiteral("Sam Outsider"));
    STEP(addEvent(QTime(10, 5), EventKind::Detection, QStringLiteral("Pager fired for checkout errors")));
    STEP(addEvent(QTime(10, 30), EventKind::Repair, QStringLiteral("Rolled back the deploy")));
    QTest::mouseClick(console<QPushButton>("startRoundButton"), Qt::LeftButton);
    QTest::mouseClick(console<QPushButton>("passButton"), Qt::LeftButton);
    QTest::mouseClick(console<QPushButton>("nextSpeakerButton"), Qt::LeftButton);
    const QStringList queue = {QStringLiteral("↷  Jonas Weber"), QStringLiteral("✓  Hana Ueda"),
                               QStringLiteral("▶  Priya Raman")};
    QCOMPARE(itemTexts(console<QListWidget>("queueList")), queue);
    // Private notes and a half-typed event, never submitted.
    auto *notes = console<QPlainTextEdit>("notesEdit");
    notes->setFocus();
    QTest::keyClicks(notes, QStringLiteral("Hana seemed tired; check in after."));
    auto *draft = console<QPlainTextEdit>("eventText");
    draft->setFocus();
    QTest::keyClicks(draft, QStringLiteral("Status page upd"));
    // Half-typed one-line fields are drafts too: a skip reason and the person owning an action.
    auto *reason = console<QLineEdit>("skipReasonEdit");
    reason->setFocus();
    QTest::keyClicks(reason, QStringLiteral("Out of ti"));
    auto *person = console<QLineEdit>("actionPerson");
    person->setFocus();
    QTest::keyClicks(person, QStringLiteral("Lars Nil"));
    const QDateTime turnStarted = m_app->postmortems->session(m_sessionId)->turnStarted;
    QVERIFY(turnStarted.isValid());

    // Close everything; open the same file in a new application.
    m_app->window->close();
    m_testers.clear();
    m_app.reset();
    QVERIFY(m_console.isNull());
    STEP(startApp(&m_app, m_path));
    STEP(openFromIncident(m_incident, QStringLiteral("Open &postmortem")));

    QCOMPARE(phase(), Phase::Timeline);
    QCOMPARE(console<QStackedWidget>("phasePages")->currentWidget(), console<QWidget>("timelinePage"));
    QCOMPARE(itemTexts(console<QListWidget>("queueList")), queue);
    QCOMPARE(console<QLabel>("speakerLabel")->text(), QStringLiteral("Speaking: Priya Raman"));
    QCOMPARE(m_app->postmortems->session(m_sessionId)->turnStarted, turnStarted);
    QVERIFY(!console<QLabel>("turnTimerLabel")->text().isEmpty());
    QCOMPARE(
        columnTexts(console<QTableView>("timelineView")->model(), TimelineModel::TextColumn),
        QStringList({QStringLiteral("Pager fired for checkout errors"), QStringLiteral("Rolled back the deploy")}));
    QCOMPARE(console<QPlainTextEdit>("notesEdit")->toPlainText(), QStringLiteral("Hana seemed tired; check in after."));
    QCOMPARE(console<QPlainTextEdit>("eventText")->toPlainText(), QStringLiteral("Status page upd"));
    QCOMPARE(console<QLineEdit>("skipReasonEdit")->text(), QStringLiteral("Out of ti"));
    QCOMPARE(console<QLineEdit>("actionPerson")->text(), QStringLiteral("Lars Nil"));
    QCOMPARE(console<QLineEdit>("facilitatorEdit")->text(), QStringLiteral("Sam Outsider"));
    QCOMPARE(console<QTableWidget>("participantsTable")->rowCount(), 3);
    // The round carries on where it stopped.
    QTest::mouseClick(console<QPushButton>("nextSpeakerButton"), Qt::LeftButton);
    QCOMPARE(console<QLabel>("speakerLabel")->text(), QStringLiteral("Speaking: Jonas Weber"));
}

QTEST_MAIN(TestSession)
#include "tst_session.moc"
