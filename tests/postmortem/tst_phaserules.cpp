// PhaseRules: the gates between phases (agree, skip, go back) over plain facts, and what agreeing, skipping and
// going back do to a session's phase and records. No database: the rules are pure functions.
#include "domain/Validation.h"
#include "postmortem/PhaseRules.h"

#include <QTest>

using namespace candor;

Q_DECLARE_METATYPE(candor::SessionFacts)
Q_DECLARE_METATYPE(candor::Phase)

namespace {

const Phase allPhases[] = {Phase::Opening, Phase::Timeline, Phase::Factors,
                           Phase::Actions, Phase::Closing,  Phase::Finished};

QByteArray key(Phase phase)
{
    return PostmortemText::phaseKey(phase).toUtf8();
}

QDateTime at(int minutes)
{
    return QDateTime(QDate(2024, 3, 1), QTime(9, 0), Qt::UTC).addSecs(qint64(minutes) * 60);
}

// Facts with every gate of `phase` satisfied: a facilitator without conflict, people in the room, and something
// in every phase's list.
SessionFacts ready(Phase phase)
{
    SessionFacts facts;
    facts.phase = phase;
    facts.hasFacilitator = true;
    facts.participants = 4;
    facts.events = 6;
    facts.factors = 2;
    facts.actions = 3;
    return facts;
}

// Nothing at all: no facilitator, nobody in the room, empty lists.
SessionFacts empty(Phase phase)
{
    SessionFacts facts;
    facts.phase = phase;
    return facts;
}

// A session standing at `phase`: every earlier phase closed (agreed, except the factors, which were skipped),
// `phase` open since minute 100, and somebody speaking.
Session sessionAt(Phase phase)
{
    Session session;
    session.id = 7;
    session.facilitator = QStringLiteral("Sam Rivers");
    for (int p = 0; p < static_cast<int>(phase) && p < PhaseCount; ++p) {
        PhaseRecord &record = session.phases[static_cast<size_t>(p)];
        record.started = at(10 * p);
        if (static_cast<Phase>(p) == Phase::Factors) {
            record.skipReason = QStringLiteral("Out of time; factors by mail");
        } else {
            record.agreed = at(10 * p + 9);
            record.agreedBy = QStringLiteral("Sam Rivers");
        }
    }
    session.phase = phase;
    if (phase != Phase::Finished)
        session.record(phase).started = at(100);
    session.speakerId = 42;
    session.turnStarted = at(101);
    return session;
}

} // namespace

class TestPhaseRules : public QObject
{
    Q_OBJECT

private slots:
    void next_data();
    void next();
    void agreeBlocker_data();
    void agreeBlocker();
    void skipBlocker_data();
    void skipBlocker();
    void backBlocker_data();
    void backBlocker();
    void applyAgree_data();
    void applyAgree();
    void applySkip_data();
    void applySkip();
    void applyBack_data();
    void applyBack();
    void enteringClearsStaleRecord();
    void agreeThroughEveryPhase();
};

void TestPhaseRules::next_data()
{
    QTest::addColumn<Phase>("phase");
    QTest::addColumn<Phase>("expected");

    QTest::newRow("opening leads to the timeline") << Phase::Opening << Phase::Timeline;
    QTest::newRow("timeline leads to the factors") << Phase::Timeline << Phase::Factors;
    QTest::newRow("factors lead to the actions") << Phase::Factors << Phase::Actions;
    QTest::newRow("actions lead to the closing") << Phase::Actions << Phase::Closing;
    QTest::newRow("closing finishes the session") << Phase::Closing << Phase::Finished;
    QTest::newRow("finished stays finished") << Phase::Finished << Phase::Finished;
}

void TestPhaseRules::next()
{
    QFETCH(Phase, phase);
    QFETCH(Phase, expected);
    QCOMPARE(PhaseRules::next(phase), expected);
}

void TestPhaseRules::agreeBlocker_data()
{
    QTest::addColumn<SessionFacts>("facts");
    QTest::addColumn<QString>("confirmedBy");
    // Empty: the agreement is allowed. Otherwise a word the blocker must contain, naming what stands in the way.
    QTest::addColumn<QString>("mentions");

    const QString sam = QStringLiteral("Sam Rivers");

    // Opening: facilitator, people in the room, and an accepted conflict.
    QTest::newRow("opening with facilitator and people") << ready(Phase::Opening) << sam << QString();
    SessionFacts noFacilitator = ready(Phase::Opening);
    noFacilitator.hasFacilitator = false;
    QTest::newRow("opening without facilitator") << noFacilitator << sam << QStringLiteral("facilitator");
    SessionFacts nobody = ready(Phase::Opening);
    nobody.participants = 0;
    QTest::newRow("opening with nobody in the room") << nobody << sam << QStringLiteral("people in the room");
    QTest::newRow("opening with nothing at all") << empty(Phase::Opening) << sam << QStringLiteral("facilitator");
    SessionFacts conflict = ready(Phase::Opening);
    conflict.facilitatorConflict = true;
    QTest::newRow("opening with a conflict not accepted") << conflict << sam << QStringLiteral("close to the team");
    SessionFacts accepted = conflict;
    accepted.conflictAccepted = true;
    QTest::newRow("opening with a conflict the group accepted") << accepted << sam << QString();
    SessionFacts acceptedWithout = ready(Phase::Opening);
    acceptedWithout.conflictAccepted = true;
    QTest::newRow("opening with acceptance but no conflict") << acceptedWithout << sam << QString();
    SessionFacts emptyLists = ready(Phase::Opening);
    emptyLists.events = 0;
    emptyLists.factors = 0;
    emptyLists.actions = 0;
    QTest::newRow("opening does not need events, factors or actions") << emptyLists << sam << QString();

    // Timeline, factors, actions: an empty list blocks; only the phase's own list counts.
    QTest::newRow("timeline with events") << ready(Phase::Timeline) << sam << QString();
    SessionFacts noEvents = ready(Phase::Timeline);
    noEvents.events = 0;
    QTest::newRow("timeline empty") << noEvents << sam << QStringLiteral("timeline is empty");
    SessionFacts onlyEvents = empty(Phase::Timeline);
    onlyEvents.events = 1;
    QTest::newRow("timeline ignores the opening's facts") << onlyEvents << sam << QString();
    QTest::newRow("factors present") << ready(Phase::Factors) << sam << QString();
    SessionFacts noFactors = ready(Phase::Factors);
    noFactors.factors = 0;
    QTest::newRow("factors empty") << noFactors << sam << QStringLiteral("contributing factors");
    SessionFacts factorsWithoutEvents = ready(Phase::Factors);
    factorsWithoutEvents.events = 0;
    QTest::newRow("factors ignore an empty timeline") << factorsWithoutEvents << sam << QString();
    QTest::newRow("actions present") << ready(Phase::Actions) << sam << QString();
    SessionFacts noActions = ready(Phase::Actions);
    noActions.actions = 0;
    QTest::newRow("actions empty") << noActions << sam << QStringLiteral("action items");
    SessionFacts actionsWithoutFactors = ready(Phase::Actions);
    actionsWithoutFactors.factors = 0;
    QTest::newRow("actions ignore missing factors") << actionsWithoutFactors << sam << QString();

    // Closing and finished.
    QTest::newRow("closing needs nothing listed") << empty(Phase::Closing) << sam << QString();
    QTest::newRow("finished cannot be agreed") << ready(Phase::Finished) << sam << QStringLiteral("finished");

    // Who confirmed.
    QTest::newRow("nobody confirmed") << ready(Phase::Timeline) << QString() << QStringLiteral("confirmed");
    QTest::newRow("confirmed by spaces only")
        << ready(Phase::Timeline) << QStringLiteral("  \t ") << QStringLiteral("confirmed");
    QTest::newRow("confirmer's name too long")
        << ready(Phase::Timeline) << QString(Limits::NameLength + 1, QLatin1Char('x')) << QStringLiteral("too long");
    QTest::newRow("confirmer's name at the limit")
        << ready(Phase::Timeline) << QString(Limits::NameLength, QLatin1Char('x')) << QString();
    QTest::newRow("nobody confirmed an empty opening")
        << empty(Phase::Opening) << QString() << QStringLiteral("confirmed");
}

void TestPhaseRules::agreeBlocker()
{
    QFETCH(SessionFacts, facts);
    QFETCH(QString, confirmedBy);
    QFETCH(QString, mentions);

    const QString blocker = PhaseRules::agreeBlocker(facts, confirmedBy);
    if (mentions.isEmpty()) {
        QVERIFY2(blocker.isEmpty(), qPrintable(blocker));
    } else {
        QVERIFY(!blocker.isEmpty());
        QVERIFY2(blocker.contains(mentions, Qt::CaseInsensitive), qPrintable(blocker));
    }
}

void TestPhaseRules::skipBlocker_data()
{
    QTest::addColumn<SessionFacts>("facts");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QString>("mentions");

    const QString reason = QStringLiteral("Out of time; we continue by mail");
    QTest::newRow("opening cannot be skipped") << ready(Phase::Opening) << reason << QStringLiteral("opening");
    QTest::newRow("finished cannot be skipped") << ready(Phase::Finished) << reason << QStringLiteral("finished");
    QTest::newRow("timeline with a reason") << ready(Phase::Timeline) << reason << QString();
    QTest::newRow("empty timeline with a reason") << empty(Phase::Timeline) << reason << QString();
    QTest::newRow("factors with a reason") << empty(Phase::Factors) << reason << QString();
    QTest::newRow("actions with a reason") << empty(Phase::Actions) << reason << QString();
    QTest::newRow("closing with a reason") << empty(Phase::Closing) << reason << QString();
    QTest::newRow("no reason") << ready(Phase::Timeline) << QString() << QStringLiteral("why");
    QTest::newRow("reason of spaces only") << ready(Phase::Factors) << QStringLiteral(" \n ") << QStringLiteral("why");
    QTest::newRow("reason too long") << ready(Phase::Actions) << QString(Limits::TextLength + 1, QLatin1Char('r'))
                                     << QStringLiteral("too long");
    QTest::newRow("reason at the limit") << ready(Phase::Actions) << QString(Limits::TextLength, QLatin1Char('r'))
                                         << QString();
    QTest::newRow("opening refused even without a reason")
        << ready(Phase::Opening) << QString() << QStringLiteral("opening");
}

void TestPhaseRules::skipBlocker()
{
    QFETCH(SessionFacts, facts);
    QFETCH(QString, reason);
    QFETCH(QString, mentions);

    const QString blocker = PhaseRules::skipBlocker(facts, reason);
    if (mentions.isEmpty()) {
        QVERIFY2(blocker.isEmpty(), qPrintable(blocker));
    } else {
        QVERIFY(!blocker.isEmpty());
        QVERIFY2(blocker.contains(mentions, Qt::CaseInsensitive), qPrintable(blocker));
    }
}

void TestPhaseRules::backBlocker_data()
{
    QTest::addColumn<Phase>("phase");
    QTest::addColumn<Phase>("target");
    QTest::addColumn<bool>("allowed");

    for (Phase phase : allPhases) {
        for (Phase target : allPhases) {
            // Only to an earlier phase that has a record; never to the same or a later one, never to "finished".
            const bool allowed = static_cast<int>(target) < static_cast<int>(phase) && target != Phase::Finished;
            QTest::addRow("from %s back to %s", key(phase).constData(), key(target).constData())
                << phase << target << allowed;
        }
    }
}

void TestPhaseRules::backBlocker()
{
    QFETCH(Phase, phase);
    QFETCH(Phase, target);
    QFETCH(bool, allowed);

    // The facts other than the phase play no part: an empty session and a full one give the same answer.
    for (const SessionFacts &facts : {ready(phase), empty(phase)}) {
        const QString blocker = PhaseRules::backBlocker(facts, target);
        QCOMPARE(blocker.isEmpty(), allowed);
        if (!allowed)
            QVERIFY2(blocker.contains(QStringLiteral("earlier phase")), qPrintable(blocker));
    }
}

void TestPhaseRules::applyAgree_data()
{
    QTest::addColumn<Phase>("phase");
    QTest::addColumn<Phase>("expectedNext");

    for (Phase phase : {Phase::Opening, Phase::Timeline, Phase::Factors, Phase::Actions, Phase::Closing})
        QTest::addRow("agree %s", key(phase).constData()) << phase << PhaseRules::next(phase);
}

void TestPhaseRules::applyAgree()
{
    QFETCH(Phase, phase);
    QFETCH(Phase, expectedNext);

    const Session before = sessionAt(phase);
    Session session = before;
    const QDateTime now = at(130);
    PhaseRules::applyAgree(session, QStringLiteral("  Dana Okafor "), now);

    const PhaseRecord &left = session.record(phase);
    QCOMPARE(left.started, at(100));
    QCOMPARE(left.agreed, now);
    QCOMPARE(left.agreedBy, QStringLiteral("Dana Okafor"));
    QVERIFY(left.skipReason.isEmpty());
    QVERIFY(left.isClosed());

    QCOMPARE(session.phase, expectedNext);
    if (expectedNext != Phase::Finished) {
        const PhaseRecord &entered = session.record(expectedNext);
        QCOMPARE(entered.started, now);
        QVERIFY(!entered.agreed.isValid());
        QVERIFY(entered.agreedBy.isEmpty());
        QVERIFY(entered.skipReason.isEmpty());
        QVERIFY(!entered.isClosed());
    }
    // Nobody speaks in the new phase yet.
    QCOMPARE(session.speakerId, 0);
    QVERIFY(!session.turnStarted.isValid());
    // Earlier phases and everything else stay as they were.
    for (int p = 0; p < static_cast<int>(phase); ++p)
        QCOMPARE(session.phases[static_cast<size_t>(p)], before.phases[static_cast<size_t>(p)]);
    QCOMPARE(session.id, before.id);
    QCOMPARE(session.facilitator, before.facilitator);
}

void TestPhaseRules::applySkip_data()
{
    QTest::addColumn<Phase>("phase");
    QTest::addColumn<Phase>("expectedNext");

    for (Phase phase : {Phase::Timeline, Phase::Factors, Phase::Actions, Phase::Closing})
        QTest::addRow("skip %s", key(phase).constData()) << phase << PhaseRules::next(phase);
}

void TestPhaseRules::applySkip()
{
    QFETCH(Phase, phase);
    QFETCH(Phase, expectedNext);

    const Session before = sessionAt(phase);
    Session session = before;
    const QDateTime now = at(125);
    PhaseRules::applySkip(session, QStringLiteral("\tThe vendor has not answered yet. "), now);

    const PhaseRecord &left = session.record(phase);
    QCOMPARE(left.started, at(100));
    QVERIFY(!left.agreed.isValid());
    QVERIFY(left.agreedBy.isEmpty());
    QCOMPARE(left.skipReason, QStringLiteral("The vendor has not answered yet."));
    QVERIFY(left.isClosed());

    QCOMPARE(session.phase, expectedNext);
    if (expectedNext != Phase::Finished) {
        QCOMPARE(session.record(expectedNext).started, now);
        QVERIFY(!session.record(expectedNext).isClosed());
    }
    QCOMPARE(session.speakerId, 0);
    QVERIFY(!session.turnStarted.isValid());
    for (int p = 0; p < static_cast<int>(phase); ++p)
        QCOMPARE(session.phases[static_cast<size_t>(p)], before.phases[static_cast<size_t>(p)]);
}

void TestPhaseRules::applyBack_data()
{
    QTest::addColumn<Phase>("phase");
    QTest::addColumn<Phase>("target");

    for (Phase phase : allPhases) {
        for (Phase target : allPhases) {
            if (PhaseRules::backBlocker(ready(phase), target).isEmpty())
                QTest::addRow("from %s back to %s", key(phase).constData(), key(target).constData()) << phase << target;
        }
    }
}

void TestPhaseRules::applyBack()
{
    QFETCH(Phase, phase);
    QFETCH(Phase, target);

    const Session before = sessionAt(phase);
    Session session = before;
    const QDateTime now = at(140);
    PhaseRules::applyBack(session, target, now);

    QCOMPARE(session.phase, target);
    // The target opens again: started now, its agreement or skip reason gone.
    const PhaseRecord &reopened = session.record(target);
    QCOMPARE(reopened.started, now);
    QVERIFY(!reopened.agreed.isValid());
    QVERIFY(reopened.agreedBy.isEmpty());
    QVERIFY(reopened.skipReason.isEmpty());
    // Every later phase is not started again, with nothing recorded.
    for (int p = static_cast<int>(target) + 1; p < PhaseCount; ++p) {
        const PhaseRecord &later = session.phases[static_cast<size_t>(p)];
        QVERIFY2(!later.started.isValid(), qPrintable(PostmortemText::phaseKey(static_cast<Phase>(p))));
        QVERIFY(!later.agreed.isValid());
        QVERIFY(later.agreedBy.isEmpty());
        QVERIFY(later.skipReason.isEmpty());
        QVERIFY(!later.isClosed());
    }
    // Earlier phases keep their agreements and skip reasons.
    for (int p = 0; p < static_cast<int>(target); ++p)
        QCOMPARE(session.phases[static_cast<size_t>(p)], before.phases[static_cast<size_t>(p)]);
    QCOMPARE(session.speakerId, 0);
    QVERIFY(!session.turnStarted.isValid());
}

void TestPhaseRules::enteringClearsStaleRecord()
{
    // A record left over in the next phase (for example restored from an old file) is reset on entry.
    Session session = sessionAt(Phase::Timeline);
    PhaseRecord &stale = session.record(Phase::Factors);
    stale.started = at(1);
    stale.agreed = at(2);
    stale.agreedBy = QStringLiteral("Someone earlier");
    stale.skipReason = QStringLiteral("An old reason");

    PhaseRules::applyAgree(session, QStringLiteral("Sam Rivers"), at(150));
    QCOMPARE(session.phase, Phase::Factors);
    PhaseRecord expected;
    expected.started = at(150);
    QCOMPARE(session.record(Phase::Factors), expected);

    // Agreeing a phase that had been skipped replaces the skip reason.
    Session skipped = sessionAt(Phase::Actions);
    skipped.record(Phase::Actions).skipReason = QStringLiteral("left over");
    PhaseRules::applyAgree(skipped, QStringLiteral("Sam Rivers"), at(160));
    QVERIFY(skipped.record(Phase::Actions).skipReason.isEmpty());
    QCOMPARE(skipped.record(Phase::Actions).agreed, at(160));
}

void TestPhaseRules::agreeThroughEveryPhase()
{
    // Gates and effects together: a new session agreed from the opening to the end, then reopened at the timeline.
    Session session;
    session.record(Phase::Opening).started = at(0);
    int minute = 0;
    while (session.phase != Phase::Finished) {
        QVERIFY(PhaseRules::agreeBlocker(ready(session.phase), QStringLiteral("Sam")).isEmpty());
        PhaseRules::applyAgree(session, QStringLiteral("Sam"), at(minute += 15));
    }
    QCOMPARE(minute, 15 * PhaseCount);
    for (int p = 0; p < PhaseCount; ++p) {
        const PhaseRecord &record = session.phases[static_cast<size_t>(p)];
        QCOMPARE(record.started, at(15 * p));
        QCOMPARE(record.agreed, at(15 * (p + 1)));
        QCOMPARE(record.agreedBy, QStringLiteral("Sam"));
    }
    QVERIFY(!PhaseRules::agreeBlocker(ready(session.phase), QStringLiteral("Sam")).isEmpty());
    QVERIFY(!PhaseRules::skipBlocker(ready(session.phase), QStringLiteral("because")).isEmpty());

    QVERIFY(PhaseRules::backBlocker(ready(session.phase), Phase::Timeline).isEmpty());
    PhaseRules::applyBack(session, Phase::Timeline, at(200));
    QCOMPARE(session.phase, Phase::Timeline);
    QCOMPARE(session.record(Phase::Opening).agreed, at(15));
    QCOMPARE(session.record(Phase::Timeline).started, at(200));
    QVERIFY(!session.record(Phase::Timeline).isClosed());
    QCOMPARE(session.record(Phase::Closing), PhaseRecord());
}

QTEST_GUILESS_MAIN(TestPhaseRules)
#include "tst_phaserules.moc"
