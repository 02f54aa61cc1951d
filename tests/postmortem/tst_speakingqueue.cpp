// SpeakingQueue: fair round-robin turns in queue order, passing as a turn that is not speaking, rounds that advance
// once everyone had a turn, wrapping around, people who left, and an empty room.
#include "postmortem/SpeakingQueue.h"

#include <QTest>

using namespace candor;

Q_DECLARE_METATYPE(candor::Turn)

namespace {

Turn spoke(qint64 participantId)
{
    return {participantId, Phase::Timeline, TurnOutcome::Spoke};
}

Turn passed(qint64 participantId)
{
    return {participantId, Phase::Timeline, TurnOutcome::Passed};
}

} // namespace

class TestSpeakingQueue : public QObject
{
    Q_OBJECT

private slots:
    void state_data();
    void state();
    void passingIsATurnButNotSpeaking();
    void roundsFollowQueueOrder();
    void emptyQueue();
    void leaverIsIgnored();
};

void TestSpeakingQueue::state_data()
{
    QTest::addColumn<QList<qint64>>("order");
    QTest::addColumn<QList<Turn>>("turns");
    QTest::addColumn<qint64>("previous");
    QTest::addColumn<qint64>("expectedNext");
    QTest::addColumn<int>("expectedRound");
    QTest::addColumn<QList<qint64>>("expectedWaiting");

    const QList<qint64> abc = {11, 12, 13};

    QTest::newRow("nobody had a turn: the top of the queue starts")
        << abc << QList<Turn>() << qint64(0) << qint64(11) << 1 << abc;
    QTest::newRow("after the first speaker comes the second")
        << abc << QList<Turn>{spoke(11)} << qint64(11) << qint64(12) << 1 << QList<qint64>{12, 13};
    QTest::newRow("a pass moves the queue on like a turn")
        << abc << QList<Turn>{passed(11)} << qint64(11) << qint64(12) << 1 << QList<qint64>{12, 13};
    QTest::newRow("last of the round") << abc << QList<Turn>{spoke(11), passed(12)} << qint64(12) << qint64(13) << 1
                                       << QList<qint64>{13};
    QTest::newRow("everyone had a turn: round two starts at the top, wrapping around")
        << abc << QList<Turn>{spoke(11), passed(12), spoke(13)} << qint64(13) << qint64(11) << 2 << abc;
    QTest::newRow("round two continues after the previous speaker")
        << abc << QList<Turn>{spoke(11), spoke(12), spoke(13), spoke(11)} << qint64(11) << qint64(12) << 2
        << QList<qint64>{12, 13};
    QTest::newRow("someone who already had their turn is skipped")
        << abc << QList<Turn>{spoke(12)} << qint64(12) << qint64(13) << 1 << QList<qint64>{11, 13};
    QTest::newRow("wraps around to someone still waiting at the top")
        << abc << QList<Turn>{spoke(12), spoke(13)} << qint64(13) << qint64(11) << 1 << QList<qint64>{11};
    QTest::newRow("started out of order: the one still waiting before the previous")
        << abc << QList<Turn>{spoke(13), spoke(12)} << qint64(12) << qint64(11) << 1 << QList<qint64>{11};
    QTest::newRow("three rounds done") << abc << QList<Turn>{spoke(11),  spoke(12), spoke(13),  passed(11), passed(12),
                                                             passed(13), spoke(11), passed(12), spoke(13)}
                                       << qint64(13) << qint64(11) << 4 << abc;
    QTest::newRow("unknown previous starts at the top")
        << abc << QList<Turn>{spoke(11)} << qint64(999) << qint64(12) << 1 << QList<qint64>{12, 13};
    QTest::newRow("turns of someone who left do not count") << abc << QList<Turn>{spoke(77), spoke(77), spoke(11)}
                                                            << qint64(11) << qint64(12) << 1 << QList<qint64>{12, 13};
    QTest::newRow("someone who left was speaking: the next one waiting from the top")
        << abc << QList<Turn>{spoke(11), spoke(77)} << qint64(77) << qint64(12) << 1 << QList<qint64>{12, 13};
    QTest::newRow("a newcomer holds the round open until their turn")
        << QList<qint64>{11, 12, 13, 14} << QList<Turn>{spoke(11), spoke(12), spoke(13), spoke(11)} << qint64(11)
        << qint64(14) << 1 << QList<qint64>{14};
    QTest::newRow("queue order, not id order") << QList<qint64>{30, 10, 20} << QList<Turn>{spoke(30)} << qint64(30)
                                               << qint64(10) << 1 << QList<qint64>{10, 20};
    QTest::newRow("alone in the room speaks again in the next round")
        << QList<qint64>{5} << QList<Turn>{spoke(5)} << qint64(5) << qint64(5) << 2 << QList<qint64>{5};
}

void TestSpeakingQueue::state()
{
    QFETCH(QList<qint64>, order);
    QFETCH(QList<Turn>, turns);
    QFETCH(qint64, previous);
    QFETCH(qint64, expectedNext);
    QFETCH(int, expectedRound);
    QFETCH(QList<qint64>, expectedWaiting);

    const SpeakingQueue queue(order, turns);
    QCOMPARE(queue.order(), order);
    QCOMPARE(queue.next(previous), expectedNext);
    QCOMPARE(queue.round(), expectedRound);
    QCOMPARE(queue.waiting(), expectedWaiting);
    QVERIFY(queue.waiting().contains(expectedNext));
}

void TestSpeakingQueue::passingIsATurnButNotSpeaking()
{
    const SpeakingQueue queue({1, 2, 3}, {spoke(1), passed(2), passed(3), passed(1), spoke(3)});
    QCOMPARE(queue.turnsOf(1), 2);
    QCOMPARE(queue.turnsOf(2), 1);
    QCOMPARE(queue.turnsOf(3), 2);
    QVERIFY(queue.hasSpoken(1));
    QVERIFY(!queue.hasSpoken(2));
    QVERIFY(queue.hasSpoken(3));
    QCOMPARE(queue.notYetSpoken(), QList<qint64>{2});
    // Everyone had a turn in round one, so round two is on; 2 is the one still waiting in it.
    QCOMPARE(queue.round(), 2);
    QCOMPARE(queue.waiting(), QList<qint64>{2});

    const SpeakingQueue onlyPasses({1, 2}, {passed(1), passed(2)});
    QCOMPARE(onlyPasses.round(), 2);
    QCOMPARE(onlyPasses.notYetSpoken(), (QList<qint64>{1, 2}));
    QVERIFY(!onlyPasses.hasSpoken(1));
    QCOMPARE(onlyPasses.turnsOf(1), 1);
}

void TestSpeakingQueue::roundsFollowQueueOrder()
{
    // Play three rounds the way the session does: each turn is recorded, then next() picks who follows.
    const QList<qint64> order = {40, 10, 30, 20};
    QList<Turn> turns;
    QList<qint64> speakers;
    qint64 current = SpeakingQueue(order, turns).next(0);
    for (int turn = 0; turn < 12; ++turn) {
        speakers.append(current);
        turns.append(turn % 3 == 1 ? passed(current) : spoke(current));
        const SpeakingQueue queue(order, turns);
        QCOMPARE(queue.round(), (turn + 1) / 4 + 1);
        current = queue.next(current);
    }
    QCOMPARE(speakers, (QList<qint64>{40, 10, 30, 20, 40, 10, 30, 20, 40, 10, 30, 20}));
    QCOMPARE(current, qint64(40));

    const SpeakingQueue done(order, turns);
    for (qint64 id : order)
        QCOMPARE(done.turnsOf(id), 3);
    QCOMPARE(done.round(), 4);
    QCOMPARE(done.waiting(), order);
    // Turns 1, 4, 7 and 10 were passes, one for each participant; everyone also spoke twice.
    QVERIFY(done.notYetSpoken().isEmpty());
    for (qint64 id : order)
        QVERIFY(done.hasSpoken(id));
}

void TestSpeakingQueue::emptyQueue()
{
    const SpeakingQueue queue({}, {});
    QVERIFY(queue.order().isEmpty());
    QCOMPARE(queue.next(0), qint64(0));
    QCOMPARE(queue.next(5), qint64(0));
    QCOMPARE(queue.round(), 1);
    QVERIFY(queue.waiting().isEmpty());
    QVERIFY(queue.notYetSpoken().isEmpty());
    QCOMPARE(queue.turnsOf(5), 0);
    QVERIFY(!queue.hasSpoken(5));

    // Everyone left: their old turns count for nothing.
    const SpeakingQueue deserted({}, {spoke(1), passed(2)});
    QCOMPARE(deserted.next(1), qint64(0));
    QCOMPARE(deserted.round(), 1);
    QCOMPARE(deserted.turnsOf(1), 0);
    QVERIFY(!deserted.hasSpoken(1));
}

void TestSpeakingQueue::leaverIsIgnored()
{
    // 2 spoke twice and then left; the others are in round one and two as if 2 had never been there.
    const SpeakingQueue queue({1, 3}, {spoke(2), spoke(1), spoke(2), spoke(3), spoke(1)});
    QCOMPARE(queue.turnsOf(2), 0);
    QVERIFY(!queue.hasSpoken(2));
    QVERIFY(!queue.waiting().contains(2));
    QVERIFY(!queue.notYetSpoken().contains(2));
    QCOMPARE(queue.round(), 2);
    QCOMPARE(queue.waiting(), QList<qint64>{3});
    QCOMPARE(queue.next(1), qint64(3));
    QCOMPARE(queue.next(2), qint64(3));
}

QTEST_APPLESS_MAIN(TestSpeakingQueue)
#include "tst_speakingqueue.moc"
