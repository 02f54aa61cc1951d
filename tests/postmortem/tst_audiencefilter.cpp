// AudienceFilter: what the room's screen may show. Every string of the snapshot is serialised and searched for the
// facilitator's notes, skip reasons and individual check answers, in every phase of postmortems and retros; the
// sections of each phase and the header (phase, speaker, timers, queue) are checked against the session. While the
// kiosk collects the closing check, its section says so and shows nothing about the answers.
#include "common/PostmortemData.h"
#include "postmortem/AudienceFilter.h"
#include "postmortem/PostmortemSession.h"
#include "storage/PostmortemRepository.h"

#include <QLocale>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace candor;
using namespace candor::testdata;

Q_DECLARE_METATYPE(candor::Phase)
Q_DECLARE_METATYPE(candor::SessionKind)

namespace {

// Private texts, each with a marker that must never reach the room. The notes name a person who is neither in the
// room nor on the team, so their name has no other way onto the screen.
const QString privateNotes = QStringLiteral("PRIVATE-NOTE: Quentin Marlowe blames himself; talk to him after.");
const QString timelineSkipReason = QStringLiteral("SKIP-REASON-TIMELINE: Quentin asked us not to go through it");
const QString actionsSkipReason = QStringLiteral("SKIP-REASON-ACTIONS: the budget is not public yet");
const QStringList privateMarkers = {QStringLiteral("PRIVATE-NOTE"), QStringLiteral("Quentin"),
                                    QStringLiteral("Marlowe"), QStringLiteral("SKIP-REASON"), QStringLiteral("budget")};

// Every string the audience window could show, one per line.
QString serialise(const AudienceSnapshot &s)
{
    QStringList all = {s.title, s.speaker, s.turnTime, s.phaseTime};
    all += s.phases;
    all += s.waiting;
    for (const AudienceSnapshot::Section &section : s.sections) {
        all += section.heading;
        all += section.emptyText;
        for (const AudienceSnapshot::Item &item : section.items) {
            all += item.label;
            all += item.text;
        }
    }
    return all.join(QLatin1Char('\n'));
}

QStringList headingsOf(const AudienceSnapshot &s)
{
    QStringList headings;
    for (const AudienceSnapshot::Section &section : s.sections)
        headings.append(section.heading);
    return headings;
}

QStringList itemTextsOf(const AudienceSnapshot &s)
{
    QStringList texts;
    for (const AudienceSnapshot::Section &section : s.sections) {
        for (const AudienceSnapshot::Item &item : section.items)
            texts.append(item.text);
    }
    return texts;
}

const AudienceSnapshot::Section *sectionNamed(const AudienceSnapshot &s, const QString &heading)
{
    for (const AudienceSnapshot::Section &section : s.sections) {
        if (section.heading == heading)
            return &section;
    }
    return nullptr;
}

QByteArray key(Phase phase)
{
    return PostmortemText::phaseKey(phase).toUtf8();
}

} // namespace

class TestAudienceFilter : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void privateTextNeverShown_data();
    void privateTextNeverShown();
    void checkAnswers_data();
    void checkAnswers();
    void collectingHidesTheResult_data();
    void collectingHidesTheResult();
    void collectingTheSafetyCheckChangesNothing();
    void sectionsPerPhase_data();
    void sectionsPerPhase();
    void header();

private:
    PostmortemRepository &repo() { return m_store->postmortems; }
    // A session of the given kind on the Payments team, created at hour 100.
    std::unique_ptr<PostmortemSession> openSession(SessionKind kind);
    void addContent(qint64 sessionId);
    // Agrees every phase from the opening up to `target`.
    void agreeUpTo(PostmortemSession &session, Phase target);

    QTemporaryDir m_dir;
    int m_files = 0;
    ManualClock m_clock;
    std::unique_ptr<PostmortemStore> m_store;
    qint64 m_team = 0;
};

void TestAudienceFilter::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale::c());
    QVERIFY2(m_dir.isValid(), qPrintable(m_dir.errorString()));
}

void TestAudienceFilter::init()
{
    m_store = std::make_unique<PostmortemStore>(m_dir.filePath(QStringLiteral("audience-%1.sqlite").arg(++m_files)));
    QVERIFY2(m_store->status.ok(), qPrintable(m_store->status.error()));
    m_clock.set(at(100));
    m_team = addTeam(m_store->teams, QStringLiteral("Payments"));
    QVERIFY(m_team > 0);
}

void TestAudienceFilter::cleanup()
{
    m_store.reset();
}

std::unique_ptr<PostmortemSession> TestAudienceFilter::openSession(SessionKind kind)
{
    Session session;
    if (kind == SessionKind::Postmortem) {
        const qint64 incident = addIncident(m_store->incidents, m_team, QStringLiteral("Card payments failing"));
        session = makePostmortem(incident, m_team, m_clock.now(), QStringLiteral("Sam Outside"));
    } else {
        session = makeRetro(m_team, QStringLiteral("February retro"), m_clock.now());
        session.facilitator = QStringLiteral("Sam Outside");
    }
    const qint64 id = addSession(repo(), session);
    if (id == 0)
        return nullptr;
    return std::make_unique<PostmortemSession>(repo(), m_store->teams, m_store->incidents, m_clock, id);
}

void TestAudienceFilter::addContent(qint64 sessionId)
{
    for (const QString &name : {QStringLiteral("Ana"), QStringLiteral("Ben")})
        QVERIFY(repo().insertParticipant(makeParticipant(sessionId, name)).ok());
    const qint64 alert =
        repo().insertEvent(makeEvent(sessionId, at(10), QStringLiteral("Alert fired"), EventKind::Detection)).value();
    QVERIFY(
        repo().insertEvent(makeEvent(sessionId, at(10, 30), QStringLiteral("Rolled back"), EventKind::Repair)).ok());
    QVERIFY(repo().insertFactor(makeFactor(sessionId, QStringLiteral("No canary"), {alert})).ok());
    QVERIFY(repo()
                .insertLearning(makeLearning(sessionId, LearningKind::Question, QStringLiteral("Who owns canaries?")))
                .ok());
    QVERIFY(
        repo().insertLearning(makeLearning(sessionId, LearningKind::WentWell, QStringLiteral("Fast rollback"))).ok());
    ActionItem action = makeAction(sessionId, m_team, QStringLiteral("Add a canary"), QDate(2024, 4, 1));
    action.kind = ActionKind::Prevent;
    action.ownerPerson = QStringLiteral("Ana");
    QVERIFY(repo().insertAction(action).ok());
}

void TestAudienceFilter::agreeUpTo(PostmortemSession &session, Phase target)
{
    while (session.phase() != target) {
        const Status agreed = session.agree(QStringLiteral("Sam Outside"));
        QVERIFY2(agreed.ok(), qPrintable(agreed.error()));
    }
}

void TestAudienceFilter::privateTextNeverShown_data()
{
    QTest::addColumn<SessionKind>("kind");
    QTest::addColumn<Phase>("phase");

    for (SessionKind kind : {SessionKind::Postmortem, SessionKind::Retro}) {
        for (Phase phase :
             {Phase::Opening, Phase::Timeline, Phase::Factors, Phase::Actions, Phase::Closing, Phase::Finished}) {
            QTest::addRow("%s, %s", kind == SessionKind::Retro ? "retro" : "postmortem", key(phase).constData())
                << kind << phase;
        }
    }
}

void TestAudienceFilter::privateTextNeverShown()
{
    QFETCH(SessionKind, kind);
    QFETCH(Phase, phase);

    const auto session = openSession(kind);
    QVERIFY(session);
    addContent(session->id());
    QVERIFY(session->setNotes(privateNotes).ok());
    // Two closing answers (too few to show) and three safety answers (never shown to the room).
    for (int value : {1, 5})
        QVERIFY(session->addAnswer(CheckKind::Closing, value).ok());
    for (int value : {1, 1, 2})
        QVERIFY(session->addAnswer(CheckKind::Safety, value).ok());

    // Skip the timeline with a private reason; go back for the phases before the factors, so the reason is only
    // in the log; for later phases it stays in the records too. The actions are skipped with another reason.
    QVERIFY(session->agree(QStringLiteral("Sam Outside")).ok());
    QVERIFY(session->skip(timelineSkipReason).ok());
    if (phase == Phase::Opening || phase == Phase::Timeline) {
        QVERIFY(session->goBack(phase).ok());
    } else if (phase != Phase::Factors) {
        QVERIFY(session->agree(QStringLiteral("Sam Outside")).ok());
        if (phase != Phase::Actions) {
            QVERIFY(session->skip(actionsSkipReason).ok());
            QVERIFY(session->setSummary(QStringLiteral("A config push without a canary.")).ok());
            if (phase == Phase::Finished)
                QVERIFY(session->agree(QStringLiteral("Sam Outside")).ok());
        }
    }
    QCOMPARE(session->phase(), phase);
    if (phase != Phase::Finished) {
        QVERIFY(session->startRound().ok()); // someone speaks, so the header shows a speaker and the queue
        m_clock.advance(200);                // and the turn has run over
    }
    // The private texts are really there to leak.
    QCOMPARE(session->session().notes, privateNotes);
    bool reasonLogged = false;
    for (const PhaseLogEntry &entry : repo().phaseLog(session->id()))
        reasonLogged = reasonLogged || entry.reason == timelineSkipReason;
    QVERIFY(reasonLogged);

    const AudienceSnapshot snapshot = AudienceFilter::snapshot(*session);
    QCOMPARE(snapshot.currentPhase, static_cast<int>(phase));
    QVERIFY(!snapshot.sections.isEmpty());
    const QString shown = serialise(snapshot);
    // The serialisation does carry what the room sees: the title, and the speaker while someone speaks.
    QVERIFY(shown.contains(snapshot.title));
    if (phase != Phase::Finished)
        QVERIFY2(shown.contains(QStringLiteral("Ana")), qPrintable(shown));
    for (const QString &marker : privateMarkers)
        QVERIFY2(!shown.contains(marker, Qt::CaseInsensitive), qPrintable(marker + QStringLiteral(" in:\n") + shown));
    // Two closing answers are too few, and safety answers are never shown: nothing about any answer.
    QVERIFY2(!shown.contains(QStringLiteral("Average")), qPrintable(shown));
    QVERIFY2(!shown.contains(QStringLiteral("answer(s)")), qPrintable(shown));
    // Who owns an action item is not on the screen either: only the owning team.
    if (phase == Phase::Actions)
        QVERIFY2(shown.contains(QStringLiteral("Add a canary")) && shown.contains(QStringLiteral("Payments")),
                 qPrintable(shown));
}

void TestAudienceFilter::checkAnswers_data()
{
    QTest::addColumn<Phase>("phase");
    QTest::addColumn<QList<int>>("answers");
    QTest::addColumn<QString>("label"); // empty: nothing about the answers is shown
    QTest::addColumn<QString>("text");

    for (Phase phase : {Phase::Closing, Phase::Finished}) {
        const QByteArray phaseKey = key(phase);
        const char *name = phaseKey.constData();
        QTest::addRow("%s, no answers", name) << phase << QList<int>() << QString() << QString();
        QTest::addRow("%s, one answer", name) << phase << QList<int>{2} << QString() << QString();
        QTest::addRow("%s, two answers", name) << phase << QList<int>{1, 5} << QString() << QString();
        QTest::addRow("%s, two identical answers", name) << phase << QList<int>{3, 3} << QString() << QString();
        QTest::addRow("%s, three answers: count and average", name)
            << phase << QList<int>{1, 2, 5} << QStringLiteral("3 answer(s)") << QStringLiteral("Average 2.7 out of 5");
        QTest::addRow("%s, five answers", name) << phase << QList<int>{4, 4, 4, 5, 3} << QStringLiteral("5 answer(s)")
                                                << QStringLiteral("Average 4.0 out of 5");
    }
}

void TestAudienceFilter::checkAnswers()
{
    QFETCH(Phase, phase);
    QFETCH(QList<int>, answers);
    QFETCH(QString, label);
    QFETCH(QString, text);

    const auto session = openSession(SessionKind::Postmortem);
    QVERIFY(session);
    addContent(session->id());
    agreeUpTo(*session, phase);
    for (int value : std::as_const(answers))
        QVERIFY(session->addAnswer(CheckKind::Closing, value).ok());
    // Safety answers with another average must never show up, whatever the closing check shows.
    for (int value : {1, 1, 1, 1})
        QVERIFY(session->addAnswer(CheckKind::Safety, value).ok());
    QCOMPARE(session->tally(CheckKind::Closing).total(), int(answers.size()));

    const AudienceSnapshot snapshot = AudienceFilter::snapshot(*session);
    const AudienceSnapshot::Section *check = sectionNamed(snapshot, QStringLiteral("How we are doing"));
    QVERIFY(check);
    QVERIFY(!check->emptyText.isEmpty());
    const QString shown = serialise(snapshot);
    QVERIFY2(!shown.contains(QStringLiteral("1.0")), qPrintable(shown));
    if (label.isEmpty()) {
        QVERIFY(check->items.isEmpty());
        QVERIFY(check->emptyText.contains(QString::number(CheckTally::MinimumAnswers)));
        QVERIFY2(!shown.contains(QStringLiteral("Average")), qPrintable(shown));
        QVERIFY2(!shown.contains(QStringLiteral("answer(s)")), qPrintable(shown));
    } else {
        // Only the count and the average: one item, no answer by value.
        QCOMPARE(check->items.size(), 1);
        QCOMPARE(check->items.first().label, label);
        QCOMPARE(check->items.first().text, text);
        QCOMPARE(shown.count(QStringLiteral("Average")), 1);
        QCOMPARE(shown.count(QStringLiteral("answer(s)")), 1);
    }
}

void TestAudienceFilter::collectingHidesTheResult_data()
{
    QTest::addColumn<Phase>("phase");
    QTest::addColumn<QList<int>>("answers");
    QTest::addColumn<QString>("label"); // after collecting; empty: nothing about the answers is shown
    QTest::addColumn<QString>("text");

    for (Phase phase : {Phase::Closing, Phase::Finished}) {
        const QByteArray phaseKey = key(phase);
        const char *name = phaseKey.constData();
        QTest::addRow("%s, no answers yet", name) << phase << QList<int>() << QString() << QString();
        QTest::addRow("%s, two answers", name) << phase << QList<int>{1, 5} << QString() << QString();
        QTest::addRow("%s, three answers", name)
            << phase << QList<int>{1, 2, 5} << QStringLiteral("3 answer(s)") << QStringLiteral("Average 2.7 out of 5");
        QTest::addRow("%s, five identical answers", name)
            << phase << QList<int>{4, 4, 4, 4, 4} << QStringLiteral("5 answer(s)")
            << QStringLiteral("Average 4.0 out of 5");
    }
}

void TestAudienceFilter::collectingHidesTheResult()
{
    QFETCH(Phase, phase);
    QFETCH(QList<int>, answers);
    QFETCH(QString, label);
    QFETCH(QString, text);

    const auto session = openSession(SessionKind::Postmortem);
    QVERIFY(session);
    addContent(session->id());
    agreeUpTo(*session, phase);
    QVERIFY(session->setSummary(QStringLiteral("Rolled back in 25 minutes.")).ok());
    const QString collecting =
        QStringLiteral("Answers are being collected. The result appears when everyone has answered.");
    static const QRegularExpression figure(QStringLiteral("\\d"));

    // The kiosk opens, and each answer comes in: the section says answers are being collected, nothing more.
    session->setCollecting(CheckKind::Closing, true);
    for (qsizetype i = 0; i <= answers.size(); ++i) {
        if (i > 0)
            QVERIFY(session->addAnswer(CheckKind::Closing, answers.at(i - 1)).ok());
        const AudienceSnapshot snapshot = AudienceFilter::snapshot(*session);
        const AudienceSnapshot::Section *check = sectionNamed(snapshot, QStringLiteral("How we are doing"));
        QVERIFY(check);
        QVERIFY(check->items.isEmpty());
        QCOMPARE(check->emptyText, collecting);
        QVERIFY2(!check->emptyText.contains(figure), qPrintable(check->emptyText));
        const QString shown = serialise(snapshot);
        QVERIFY2(!shown.contains(QStringLiteral("Average")), qPrintable(shown));
        QVERIFY2(!shown.contains(QStringLiteral("answer(s)")), qPrintable(shown));
        QVERIFY2(!shown.contains(QStringLiteral("at least")), qPrintable(shown)); // not even how far from 3
        // The rest of the phase is there as usual.
        QCOMPARE(headingsOf(snapshot), QStringList({QStringLiteral("Summary"), QStringLiteral("How we are doing")}));
        QVERIFY(itemTextsOf(snapshot).contains(QStringLiteral("Rolled back in 25 minutes.")));
    }
    QCOMPARE(session->tally(CheckKind::Closing).total(), int(answers.size()));

    // Finished collecting: the result as without the kiosk.
    session->setCollecting(CheckKind::Closing, false);
    const AudienceSnapshot snapshot = AudienceFilter::snapshot(*session);
    const AudienceSnapshot::Section *check = sectionNamed(snapshot, QStringLiteral("How we are doing"));
    QVERIFY(check);
    QVERIFY(!serialise(snapshot).contains(collecting));
    if (label.isEmpty()) {
        QVERIFY(check->items.isEmpty());
        QCOMPARE(check->emptyText, QStringLiteral("Shown once at least 3 people have answered."));
    } else {
        QCOMPARE(check->items.size(), 1);
        QCOMPARE(check->items.first().label, label);
        QCOMPARE(check->items.first().text, text);
    }
}

void TestAudienceFilter::collectingTheSafetyCheckChangesNothing()
{
    // The safety check is never on the room's screen; collecting it leaves the closing check's result alone.
    const auto session = openSession(SessionKind::Retro);
    QVERIFY(session);
    addContent(session->id());
    agreeUpTo(*session, Phase::Closing);
    for (int value : {2, 3, 4})
        QVERIFY(session->addAnswer(CheckKind::Closing, value).ok());
    const AudienceSnapshot before = AudienceFilter::snapshot(*session);
    session->setCollecting(CheckKind::Safety, true);
    QVERIFY(session->addAnswer(CheckKind::Safety, 1).ok());
    const AudienceSnapshot during = AudienceFilter::snapshot(*session);
    QCOMPARE(serialise(during), serialise(before));
    const AudienceSnapshot::Section *check = sectionNamed(during, QStringLiteral("How we are doing"));
    QVERIFY(check);
    QCOMPARE(check->items.size(), 1);
    QCOMPARE(check->items.first().text, QStringLiteral("Average 3.0 out of 5"));
}

void TestAudienceFilter::sectionsPerPhase_data()
{
    QTest::addColumn<SessionKind>("kind");
    QTest::addColumn<Phase>("phase");
    QTest::addColumn<QStringList>("headings");
    QTest::addColumn<QStringList>("texts"); // every item's text, in order

    const QStringList inTheRoom =
        PostmortemText::groundRules() + QStringList{QStringLiteral("Ana"), QStringLiteral("Ben")};
    const QStringList timeline = {QStringLiteral("Alert fired"), QStringLiteral("Rolled back")};
    const QStringList factors = {QStringLiteral("No canary"), QStringLiteral("Fast rollback"),
                                 QStringLiteral("Who owns canaries?")};
    const QStringList actions = {QStringLiteral("Rotate the keys"), QStringLiteral("Add a canary")};
    const QStringList closing = {QStringLiteral("A config push without a canary.")};
    const QStringList actionHeadings = {QStringLiteral("Still open from earlier: did our fixes hold?"),
                                        QStringLiteral("What we will do")};
    const QStringList closingHeadings = {QStringLiteral("Summary"), QStringLiteral("How we are doing")};

    for (SessionKind kind : {SessionKind::Postmortem, SessionKind::Retro}) {
        const bool retro = kind == SessionKind::Retro;
        const char *name = retro ? "retro" : "postmortem";
        QTest::addRow("%s, opening: ground rules and who is in the room", name)
            << kind << Phase::Opening << QStringList{QStringLiteral("Ground rules"), QStringLiteral("In the room")}
            << inTheRoom;
        QTest::addRow("%s, timeline: the events in time order", name)
            << kind << Phase::Timeline
            << QStringList{retro ? QStringLiteral("Notable events") : QStringLiteral("What happened, in order")}
            << timeline;
        QTest::addRow("%s, factors: factors and the learnings that exist", name)
            << kind << Phase::Factors
            << QStringList{retro ? QStringLiteral("What hindered us") : QStringLiteral("Contributing factors"),
                           retro ? QStringLiteral("What helped us") : QStringLiteral("What went well"),
                           QStringLiteral("Open questions")}
            << factors;
        QTest::addRow("%s, actions: earlier open items, then this session's", name)
            << kind << Phase::Actions << actionHeadings << actions;
        QTest::addRow("%s, closing: summary and the check", name)
            << kind << Phase::Closing << closingHeadings << closing;
        QTest::addRow("%s, finished: as the closing", name) << kind << Phase::Finished << closingHeadings << closing;
    }
}

void TestAudienceFilter::sectionsPerPhase()
{
    QFETCH(SessionKind, kind);
    QFETCH(Phase, phase);
    QFETCH(QStringList, headings);
    QFETCH(QStringList, texts);

    // An earlier retro of the same team left an item open.
    Session earlier;
    earlier.kind = SessionKind::Retro;
    earlier.teamId = m_team;
    earlier.title = QStringLiteral("January retro");
    earlier.created = at(50);
    const qint64 earlierId = repo().insertSession(earlier).value();
    ActionItem open;
    open.sessionId = earlierId;
    open.text = QStringLiteral("Rotate the keys");
    open.ownerTeamId = m_team;
    QVERIFY(repo().insertAction(open).ok());

    const auto session = openSession(kind);
    QVERIFY(session);
    addContent(session->id());
    QVERIFY(session->setSummary(QStringLiteral("  A config push without a canary. ")).ok());
    agreeUpTo(*session, phase);

    const AudienceSnapshot snapshot = AudienceFilter::snapshot(*session);
    QCOMPARE(headingsOf(snapshot), headings);
    QCOMPARE(itemTextsOf(snapshot), texts);
    QCOMPARE(snapshot.currentPhase, static_cast<int>(phase));
    QCOMPARE(snapshot.title,
             kind == SessionKind::Retro ? QStringLiteral("February retro") : QStringLiteral("Card payments failing"));

    if (phase == Phase::Opening) {
        const AudienceSnapshot::Section *room = sectionNamed(snapshot, QStringLiteral("In the room"));
        QVERIFY(room);
        QCOMPARE(room->items.first().label, QStringLiteral("On call"));
    } else if (phase == Phase::Timeline) {
        QVERIFY(snapshot.sections.first().items.first().label.contains(QStringLiteral("Detection")));
    } else if (phase == Phase::Factors) {
        // The factor's label names its category and the time of the event it explains.
        const QString factorLabel = snapshot.sections.first().items.first().label;
        QVERIFY2(factorLabel.startsWith(PostmortemText::categoryName(FactorCategory::Technology)),
                 qPrintable(factorLabel));
        const QString alertTime = QLocale().toString(at(10).toLocalTime().time(), QLocale::ShortFormat);
        QVERIFY2(factorLabel.contains(alertTime), qPrintable(factorLabel));
    } else if (phase == Phase::Actions) {
        const QString agreedLabel = snapshot.sections.last().items.first().label;
        QVERIFY2(agreedLabel.contains(QStringLiteral("Payments")), qPrintable(agreedLabel));
        QVERIFY2(agreedLabel.contains(QStringLiteral("due")), qPrintable(agreedLabel));
    }
}

void TestAudienceFilter::header()
{
    const auto session = openSession(SessionKind::Retro);
    QVERIFY(session);
    addContent(session->id());
    Participant chen;
    chen.sessionId = session->id();
    chen.name = QStringLiteral("Chen");
    chen.position = -1;
    QVERIFY(repo().insertParticipant(chen).ok());

    AudienceSnapshot s = AudienceFilter::snapshot(*session);
    QCOMPARE(s.title, QStringLiteral("February retro"));
    QStringList phases;
    for (int p = 0; p < PhaseCount; ++p)
        phases.append(PostmortemText::phaseName(static_cast<Phase>(p), SessionKind::Retro));
    QCOMPARE(s.phases, phases);
    QCOMPARE(s.phases.at(1), QStringLiteral("Notable events"));
    QCOMPARE(s.currentPhase, 0);
    QCOMPARE(s.agreedUpTo, 0);
    QVERIFY(s.speaker.isEmpty());
    QVERIFY(s.turnTime.isEmpty());
    QVERIFY(!s.turnOverrun);
    QCOMPARE(s.phaseTime, QStringLiteral("20:00"));
    QVERIFY(!s.phaseOverrun);
    QCOMPARE(s.waiting, (QStringList{QStringLiteral("Ana"), QStringLiteral("Ben"), QStringLiteral("Chen")}));

    // Ana speaks: she is not in the waiting list; her turn and the phase run on the clock.
    QVERIFY(session->startRound().ok());
    m_clock.advance(125);
    s = AudienceFilter::snapshot(*session);
    QCOMPARE(s.speaker, QStringLiteral("Ana"));
    QCOMPARE(s.turnTime, QStringLiteral("+0:05"));
    QVERIFY(s.turnOverrun);
    QCOMPARE(s.phaseTime, QStringLiteral("17:55"));
    QVERIFY(!s.phaseOverrun);
    QCOMPARE(s.waiting, (QStringList{QStringLiteral("Ben"), QStringLiteral("Chen")}));
    QVERIFY(session->passTurn().ok());
    s = AudienceFilter::snapshot(*session);
    QCOMPARE(s.speaker, QStringLiteral("Ben"));
    QCOMPARE(s.turnTime, QStringLiteral("2:00"));
    QCOMPARE(s.waiting, QStringList{QStringLiteral("Chen")});

    m_clock.advance(20 * 60);
    s = AudienceFilter::snapshot(*session);
    QVERIFY(s.phaseOverrun);
    QCOMPARE(s.phaseTime, QStringLiteral("+2:05"));

    // Agreed up to the closing; once finished there are no timers and no queue.
    agreeUpTo(*session, Phase::Closing);
    s = AudienceFilter::snapshot(*session);
    QCOMPARE(s.currentPhase, static_cast<int>(Phase::Closing));
    QCOMPARE(s.agreedUpTo, static_cast<int>(Phase::Closing));
    QVERIFY(s.speaker.isEmpty());
    QCOMPARE(s.phaseTime, QStringLiteral("20:00"));
    agreeUpTo(*session, Phase::Finished);
    s = AudienceFilter::snapshot(*session);
    QCOMPARE(s.currentPhase, static_cast<int>(Phase::Finished));
    QVERIFY(s.phaseTime.isEmpty());
    QVERIFY(!s.phaseOverrun);
    QVERIFY(s.waiting.isEmpty());
    QVERIFY(s.speaker.isEmpty());
}

QTEST_GUILESS_MAIN(TestAudienceFilter)
#include "tst_audiencefilter.moc"
