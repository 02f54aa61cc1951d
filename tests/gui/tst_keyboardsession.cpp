// A whole postmortem run with the keyboard only, as a facilitator without a mouse runs one: every key goes to the
// widget that has the focus (or the active window), no mouse event is sent and no slot is called. From the main
// window: Ctrl+1, Tab to the incident list, arrows to the incident, Ctrl+P; in the console the opening, the timeline,
// contributing factors linked to events, action items and the closing, each agreed with Ctrl+Enter. What was typed
// is then read back from the repositories.
#include "MainWindow.h"
#include "common/TeamComboBox.h"
#include "gui/AppFixture.h"
#include "gui/GuiHelpers.h"
#include "incidents/IncidentsArea.h"
#include "postmortem/AudienceWindow.h"
#include "postmortem/SessionConsole.h"
#include "storage/PostmortemRepository.h"

#include <QApplication>
#include <QComboBox>
#include <QListWidget>
#include <QPointer>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace candor;
using namespace candor::testgui;

class TestKeyboardSession : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void wholePostmortemWithoutAMouse();

private:
    // A key to the widget with the focus, or to the active window when none has it.
    void press(int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier);
    // Text typed into the widget with the focus.
    void type(const QString &text);
    // Tab (or Shift+Tab) until the widget named `name` has the focus; fails listing where Tab went.
    void tabTo(const char *name, bool backwards = false);
    // Checks the widget with the focus is the one named `name`.
    void focusIs(const char *name);
    static QString focusName();

    void fromTheMainWindow();
    void opening();
    void timeline();
    void factors();
    void actions();
    void closing();
    Phase phase() const { return m_console->session().phase(); }

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    std::unique_ptr<App> m_app;
    QPointer<SessionConsole> m_console;
    qint64 m_payments = 0;
    qint64 m_amara = 0;
    qint64 m_platform = 0;
    qint64 m_incident = 0;
    qint64 m_sessionId = 0;
};

void TestKeyboardSession::initTestCase()
{
    initGuiTestCase();
}

void TestKeyboardSession::init()
{
    STEP(newTestFolder(&m_dir, &m_path));
    testdata::Store store(m_path);
    QVERIFY2(store.status, qPrintable(store.status.error()));
    STEP(insertPaymentsTeam(store, &m_payments, &m_amara));
    STEP(keepId(store.teams.insertTeam(testdata::makeTeam(QStringLiteral("Platform"))), &m_platform));
    // Three incidents: the arrows have to find the right one.
    QVERIFY(store.incidents.insert(testdata::makeIncident(m_payments, QStringLiteral("Card payments declined"), 3)));
    STEP(keepId(
        store.incidents.insert(testdata::makeIncident(m_payments, QStringLiteral("Checkout errors after deploy"))),
        &m_incident));
    QVERIFY(store.incidents.insert(testdata::makeIncident(m_platform, QStringLiteral("Build cache corrupted"), 5)));
    STEP(startApp(&m_app, m_path));
}

void TestKeyboardSession::cleanup()
{
    reportMessageBoxes();
    m_app.reset();
    m_dir.reset();
}

QString TestKeyboardSession::focusName()
{
    const QWidget *focus = QApplication::focusWidget();
    if (!focus)
        return QStringLiteral("(nothing)");
    return focus->objectName().isEmpty() ? QString::fromLatin1(focus->metaObject()->className()) : focus->objectName();
}

void TestKeyboardSession::press(int key, Qt::KeyboardModifiers modifiers)
{
    QWidget *target = QApplication::focusWidget();
    if (!target)
        target = QApplication::activeWindow();
    QVERIFY2(target, "no window is active");
    QTest::keyClick(target, Qt::Key(key), modifiers);
}

void TestKeyboardSession::type(const QString &text)
{
    QWidget *target = QApplication::focusWidget();
    QVERIFY2(target, "nothing has the focus");
    QTest::keyClicks(target, text);
}

void TestKeyboardSession::tabTo(const char *name, bool backwards)
{
    QStringList path;
    for (int i = 0; i < 40; ++i) {
        if (QApplication::focusWidget() && QApplication::focusWidget()->objectName() == QLatin1String(name))
            return;
        path.append(focusName());
        STEP(press(backwards ? Qt::Key_Backtab : Qt::Key_Tab, backwards ? Qt::ShiftModifier : Qt::NoModifier));
    }
    QFAIL(qPrintable(
        QStringLiteral("Tab never reached %1; it went %2").arg(QLatin1String(name), path.join(QStringLiteral(" → ")))));
}

void TestKeyboardSession::focusIs(const char *name)
{
    QTRY_COMPARE(focusName(), QString::fromLatin1(name));
}

// ---- The steps ------------------------------------------------------------------------------------------------

void TestKeyboardSession::fromTheMainWindow()
{
    STEP(press(Qt::Key_1, Qt::ControlModifier));
    auto *area = find<IncidentsArea>(m_app->window.get(), "incidentsArea");
    QTRY_VERIFY(area && area->isVisible());
    STEP(tabTo("incidentTable"));
    // Ctrl+Home and Space select the top row; Down moves the selection until it is on the incident.
    STEP(press(Qt::Key_Home, Qt::ControlModifier));
    STEP(press(Qt::Key_Space));
    for (int i = 0; i < 5 && area->selectedIncidentId() != m_incident; ++i)
        STEP(press(Qt::Key_Down));
    QCOMPARE(area->selectedIncidentId(), m_incident);
    // Ctrl+P: Postmortem > Start postmortem; the console opens and takes the keyboard.
    STEP(press(Qt::Key_P, Qt::ControlModifier));
    QTRY_VERIFY(m_app->window->findChild<SessionConsole *>(QStringLiteral("sessionConsole")));
    m_console = m_app->window->findChild<SessionConsole *>(QStringLiteral("sessionConsole"));
    QVERIFY(QTest::qWaitForWindowExposed(m_console.data()));
    QTRY_COMPARE(QApplication::activeWindow(), static_cast<QWidget *>(m_console.data()));
    m_sessionId = m_console->sessionId();
    QCOMPARE(m_app->postmortems->sessionForIncident(m_incident), std::optional<qint64>(m_sessionId));
}

void TestKeyboardSession::opening()
{
    QCOMPARE(phase(), Phase::Opening);
    // The facilitator's name first, then the people in the room: name, Tab, role, Enter.
    STEP(focusIs("facilitatorEdit"));
    STEP(type(QStringLiteral("Sam Outsider")));
    STEP(tabTo("participantNameEdit"));
    for (const auto &[name, role] : {std::pair{QStringLiteral("Jonas Weber"), QStringLiteral("On call")},
                                     std::pair{QStringLiteral("Hana Ueda"), QStringLiteral("Incident lead")},
                                     std::pair{QStringLiteral("Lars Nilsen"), QStringLiteral("Not here today")}}) {
        STEP(focusIs("participantNameEdit"));
        STEP(type(name));
        STEP(press(Qt::Key_Tab));
        STEP(focusIs("participantRoleEdit"));
        STEP(type(role));
        STEP(press(Qt::Key_Return));
    }
    QCOMPARE(m_console->session().participants().size(), 3);
    // One added by mistake: Tab to the list of people, Ctrl+End to the last, Delete.
    STEP(tabTo("participantsTable"));
    STEP(press(Qt::Key_End, Qt::ControlModifier));
    STEP(press(Qt::Key_Delete));
    QCOMPARE(m_console->session().participants().size(), 2);
    QCOMPARE(m_console->session().participants().constLast().name, QStringLiteral("Hana Ueda"));
    QCOMPARE(m_console->session().session().facilitator, QStringLiteral("Sam Outsider"));
    // Ctrl+Enter: Agree and continue, confirmed by the facilitator.
    STEP(press(Qt::Key_Return, Qt::ControlModifier));
    QCOMPARE(phase(), Phase::Timeline);
}

void TestKeyboardSession::timeline()
{
    // The page opens on the time of a new event: hour, ":" to the minutes; Tab to the kind, arrows; Tab to the text.
    STEP(focusIs("eventTime"));
    STEP(type(QStringLiteral("10:05")));
    STEP(tabTo("eventKind"));
    auto *kind = find<QComboBox>(m_console.data(), "eventKind");
    QVERIFY(kind);
    STEP(press(Qt::Key_Home)); // Detection, the first kind
    QCOMPARE(kind->currentData().toInt(), int(EventKind::Detection));
    STEP(tabTo("eventText"));
    STEP(type(QStringLiteral("Pager fired for checkout errors")));
    STEP(press(Qt::Key_Return));
    // Ready for the next: back to the minutes with Shift+Tab, the kind one down.
    STEP(focusIs("eventText"));
    STEP(tabTo("eventTime", true));
    STEP(type(QStringLiteral("30")));
    STEP(tabTo("eventKind"));
    STEP(press(Qt::Key_Down));
    STEP(tabTo("eventText"));
    STEP(type(QStringLiteral("Rolled back the deploy")));
    STEP(press(Qt::Key_Return));
    QCOMPARE(m_app->postmortems->events(m_sessionId).size(), 2);

    // A speaking round: F6 starts it, F7 hands on.
    STEP(press(Qt::Key_F6));
    QVERIFY(m_console->session().speakerId() > 0);
    STEP(press(Qt::Key_F7));
    QCOMPARE(m_console->session().participantName(m_console->session().speakerId()), QStringLiteral("Hana Ueda"));

    // F5 shows the audience view; Esc there returns to the console.
    STEP(press(Qt::Key_F5));
    QTRY_VERIFY(m_console->audienceWindow() && m_console->audienceWindow()->isVisible());
    QTRY_VERIFY(QApplication::activeWindow());
    if (QApplication::activeWindow() == m_console->audienceWindow())
        STEP(press(Qt::Key_Escape));
    else
        STEP(press(Qt::Key_F5));
    QTRY_VERIFY(!m_console->audienceWindow()->isVisible());
    QTRY_COMPARE(QApplication::activeWindow(), static_cast<QWidget *>(m_console.data()));

    STEP(press(Qt::Key_Return, Qt::ControlModifier));
    QCOMPARE(phase(), Phase::Factors);
}

void TestKeyboardSession::factors()
{
    STEP(focusIs("factorText"));
    // The category first: Shift+Tab back to it, arrows, Tab to the text again.
    STEP(tabTo("factorCategory", true));
    auto *category = find<QComboBox>(m_console.data(), "factorCategory");
    QVERIFY(category);
    STEP(press(Qt::Key_Home));
    while (category->currentData().toInt() != int(FactorCategory::Process) &&
           category->currentIndex() < category->count() - 1)
        STEP(press(Qt::Key_Down));
    QCOMPARE(category->currentData().toInt(), int(FactorCategory::Process));
    STEP(tabTo("factorText"));
    STEP(type(QStringLiteral("Canary checks were not part of the deploy pipeline")));
    STEP(press(Qt::Key_Return));
    QCOMPARE(m_app->postmortems->factors(m_sessionId).size(), 1);
    // The events it explains: Tab to the list beside, Home, Space ticks; Down, Space.
    STEP(tabTo("factorEvents"));
    auto *events = find<QListWidget>(m_console.data(), "factorEvents");
    QVERIFY(events);
    STEP(press(Qt::Key_Home));
    STEP(press(Qt::Key_Space));
    STEP(press(Qt::Key_Down));
    STEP(press(Qt::Key_Space));
    QTRY_COMPARE(m_app->postmortems->factors(m_sessionId).constFirst().eventIds.size(), 2);

    // What went well: Tab on to its entry.
    STEP(tabTo("learningEntry_went-well"));
    STEP(type(QStringLiteral("The rollback took two minutes")));
    STEP(press(Qt::Key_Return));
    QCOMPARE(m_app->postmortems->learnings(m_sessionId).size(), 1);

    STEP(press(Qt::Key_Return, Qt::ControlModifier));
    QCOMPARE(phase(), Phase::Actions);
}

void TestKeyboardSession::actions()
{
    STEP(focusIs("actionText"));
    STEP(type(QStringLiteral("Run canary checks in the deploy pipeline")));
    // Owner: Platform, with the arrows; the person; the factor it addresses; then Tab to Add, Space.
    STEP(tabTo("actionOwner"));
    auto *owner = find<TeamComboBox>(m_console.data(), "actionOwner");
    QVERIFY(owner);
    STEP(press(Qt::Key_Home));
    for (int i = 0; i < owner->count() && owner->currentTeamId() != m_platform; ++i)
        STEP(press(Qt::Key_Down));
    QCOMPARE(owner->currentTeamId(), m_platform);
    STEP(tabTo("actionPerson"));
    STEP(type(QStringLiteral("Lars Nilsen")));
    STEP(tabTo("actionFactor"));
    STEP(press(Qt::Key_End)); // the one factor, after "addresses no single factor"
    STEP(tabTo("addActionButton"));
    STEP(press(Qt::Key_Space));
    QCOMPARE(m_app->postmortems->actions(m_sessionId).size(), 1);
    STEP(focusIs("actionText")); // ready for the next
    STEP(press(Qt::Key_Return, Qt::ControlModifier));
    QCOMPARE(phase(), Phase::Closing);
}

void TestKeyboardSession::closing()
{
    STEP(focusIs("summaryEdit"));
    STEP(type(QStringLiteral("Rolled back within 25 minutes.")));
    STEP(press(Qt::Key_Return));
    STEP(type(QStringLiteral("Canary checks will gate every deploy.")));
    // Ctrl+Enter on the closing finishes the session.
    STEP(press(Qt::Key_Return, Qt::ControlModifier));
    QCOMPARE(phase(), Phase::Finished);
}

void TestKeyboardSession::wholePostmortemWithoutAMouse()
{
    STEP(fromTheMainWindow());
    STEP(opening());
    STEP(timeline());
    STEP(factors());
    STEP(actions());
    STEP(closing());

    // Everything typed is stored, and the session is finished.
    PostmortemRepository &stored = *m_app->postmortems;
    const Session session = *stored.session(m_sessionId);
    QCOMPARE(session.phase, Phase::Finished);
    QCOMPARE(session.facilitator, QStringLiteral("Sam Outsider"));
    QCOMPARE(session.summary, QStringLiteral("Rolled back within 25 minutes.\nCanary checks will gate every deploy."));
    const QList<Participant> people = stored.participants(m_sessionId);
    QCOMPARE(people.size(), 2);
    QCOMPARE(people.at(0).name, QStringLiteral("Jonas Weber"));
    QCOMPARE(people.at(0).role, QStringLiteral("On call"));
    QCOMPARE(people.at(1).name, QStringLiteral("Hana Ueda"));
    QCOMPARE(people.at(1).role, QStringLiteral("Incident lead"));

    const QList<TimelineEvent> events = stored.events(m_sessionId);
    QCOMPARE(events.size(), 2);
    QCOMPARE(events.at(0).text, QStringLiteral("Pager fired for checkout errors"));
    QCOMPARE(events.at(0).kind, EventKind::Detection);
    QCOMPARE(events.at(0).time.toLocalTime().time(), QTime(10, 5));
    QCOMPARE(events.at(1).text, QStringLiteral("Rolled back the deploy"));
    QCOMPARE(events.at(1).time.toLocalTime().time(), QTime(10, 30));
    QVERIFY(events.at(1).kind != EventKind::Detection);

    const QList<ContributingFactor> factors = stored.factors(m_sessionId);
    QCOMPARE(factors.size(), 1);
    QCOMPARE(factors.at(0).text, QStringLiteral("Canary checks were not part of the deploy pipeline"));
    QCOMPARE(factors.at(0).category, FactorCategory::Process);
    QCOMPARE(factors.at(0).eventIds, QList<qint64>({events.at(0).id, events.at(1).id}));
    const QList<Learning> learnings = stored.learnings(m_sessionId);
    QCOMPARE(learnings.size(), 1);
    QCOMPARE(learnings.at(0).kind, LearningKind::WentWell);
    QCOMPARE(learnings.at(0).text, QStringLiteral("The rollback took two minutes"));

    const QList<ActionItem> actions = stored.actions(m_sessionId);
    QCOMPARE(actions.size(), 1);
    QCOMPARE(actions.at(0).text, QStringLiteral("Run canary checks in the deploy pipeline"));
    QCOMPARE(actions.at(0).ownerTeamId, m_platform);
    QCOMPARE(actions.at(0).ownerPerson, QStringLiteral("Lars Nilsen"));
    QCOMPARE(actions.at(0).factorId, factors.at(0).id);

    // Every phase agreed, each confirmed by the facilitator.
    const QList<PhaseLogEntry> log = stored.phaseLog(m_sessionId);
    QCOMPARE(log.size(), 5);
    for (const PhaseLogEntry &entry : log) {
        QCOMPARE(entry.what, PhaseLogEntry::Agreed);
        QCOMPARE(entry.who, QStringLiteral("Sam Outsider"));
    }
}

QTEST_MAIN(TestKeyboardSession)
#include "tst_keyboardsession.moc"
