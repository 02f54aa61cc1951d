// Timebox and ManualClock: elapsed and remaining time, overrun, the text shown on the timer ("2:00", "+0:12",
// "1:02:03"), and a timebox that is not running. Times come from a manual clock; nothing waits.
#include "postmortem/Clock.h"

#include <QTest>

using namespace candor;

class TestTimebox : public QObject
{
    Q_OBJECT

private slots:
    void running_data();
    void running();
    void notRunning_data();
    void notRunning();
    void manualClock();
    void followsManualClock();
};

void TestTimebox::running_data()
{
    QTest::addColumn<qint64>("seconds");
    QTest::addColumn<qint64>("after"); // seconds between the start and now; negative: now is before the start
    QTest::addColumn<qint64>("elapsed");
    QTest::addColumn<qint64>("remaining");
    QTest::addColumn<bool>("overrun");
    QTest::addColumn<QString>("text");

    QTest::newRow("two minutes, just started")
        << qint64(120) << qint64(0) << qint64(0) << qint64(120) << false << QStringLiteral("2:00");
    QTest::newRow("two minutes, one second in")
        << qint64(120) << qint64(1) << qint64(1) << qint64(119) << false << QStringLiteral("1:59");
    QTest::newRow("five seconds left") << qint64(120) << qint64(115) << qint64(115) << qint64(5) << false
                                       << QStringLiteral("0:05");
    QTest::newRow("exactly at the limit is not over")
        << qint64(120) << qint64(120) << qint64(120) << qint64(0) << false << QStringLiteral("0:00");
    QTest::newRow("one second over") << qint64(120) << qint64(121) << qint64(121) << qint64(-1) << true
                                     << QStringLiteral("+0:01");
    QTest::newRow("twelve seconds over") << qint64(120) << qint64(132) << qint64(132) << qint64(-12) << true
                                         << QStringLiteral("+0:12");
    QTest::newRow("minutes over") << qint64(60) << qint64(60 + 754) << qint64(814) << qint64(-754) << true
                                  << QStringLiteral("+12:34");
    QTest::newRow("twenty-minute phase") << qint64(1200) << qint64(0) << qint64(0) << qint64(1200) << false
                                         << QStringLiteral("20:00");
    QTest::newRow("hours left") << qint64(3723) << qint64(0) << qint64(0) << qint64(3723) << false
                                << QStringLiteral("1:02:03");
    QTest::newRow("exactly one hour left")
        << qint64(3600) << qint64(0) << qint64(0) << qint64(3600) << false << QStringLiteral("1:00:00");
    QTest::newRow("one second under an hour left")
        << qint64(3600) << qint64(1) << qint64(1) << qint64(3599) << false << QStringLiteral("59:59");
    QTest::newRow("over by more than an hour")
        << qint64(60) << qint64(60 + 3723) << qint64(3783) << qint64(-3723) << true << QStringLiteral("+1:02:03");
    QTest::newRow("eight-hour phase, ten hours in") << qint64(8 * 3600) << qint64(10 * 3600) << qint64(10 * 3600)
                                                    << qint64(-2 * 3600) << true << QStringLiteral("+2:00:00");
    QTest::newRow("resumed four weeks later")
        << qint64(1200) << qint64(28 * 86400 + 3 * 3600 + 1200 + 59) << qint64(28 * 86400 + 3 * 3600 + 1200 + 59)
        << qint64(-(28 * 86400 + 3 * 3600 + 59)) << true << QStringLiteral("+28 d 3 h");
    QTest::newRow("just under a day over")
        << qint64(0) << qint64(86399) << qint64(86399) << qint64(-86399) << true << QStringLiteral("+23:59:59");
    QTest::newRow("clock behind the start counts as not started")
        << qint64(120) << qint64(-30) << qint64(0) << qint64(120) << false << QStringLiteral("2:00");
    QTest::newRow("zero-length timebox at its start")
        << qint64(0) << qint64(0) << qint64(0) << qint64(0) << false << QStringLiteral("0:00");
    QTest::newRow("zero-length timebox after a second")
        << qint64(0) << qint64(1) << qint64(1) << qint64(-1) << true << QStringLiteral("+0:01");
}

void TestTimebox::running()
{
    QFETCH(qint64, seconds);
    QFETCH(qint64, after);
    QFETCH(qint64, elapsed);
    QFETCH(qint64, remaining);
    QFETCH(bool, overrun);
    QFETCH(QString, text);

    const ManualClock clock;
    const Timebox box{clock.now(), seconds};
    const QDateTime now = clock.now().addSecs(after);
    QVERIFY(box.isRunning());
    QCOMPARE(box.elapsed(now), elapsed);
    QCOMPARE(box.remaining(now), remaining);
    QCOMPARE(box.isOverrun(now), overrun);
    QCOMPARE(box.text(now), text);
}

void TestTimebox::notRunning_data()
{
    QTest::addColumn<qint64>("seconds");
    QTest::addColumn<QString>("text");

    QTest::newRow("two minutes, never started") << qint64(120) << QStringLiteral("2:00");
    QTest::newRow("one hour, never started") << qint64(3600) << QStringLiteral("1:00:00");
    QTest::newRow("empty timebox") << qint64(0) << QStringLiteral("0:00");
}

void TestTimebox::notRunning()
{
    QFETCH(qint64, seconds);
    QFETCH(QString, text);

    const Timebox box{QDateTime(), seconds};
    QVERIFY(!box.isRunning());
    // However late it gets, a timebox that never started has used nothing and is never over.
    const ManualClock clock;
    for (qint64 later : {qint64(0), qint64(59), qint64(seconds + 1), qint64(86400 * 3)}) {
        const QDateTime now = clock.now().addSecs(later);
        QCOMPARE(box.elapsed(now), qint64(0));
        QCOMPARE(box.remaining(now), seconds);
        QVERIFY(!box.isOverrun(now));
        QCOMPARE(box.text(now), text);
    }
    const Timebox defaulted;
    QVERIFY(!defaulted.isRunning());
    QCOMPARE(defaulted.seconds, qint64(0));
    QVERIFY(!defaulted.isOverrun(clock.now().addSecs(5)));
}

void TestTimebox::manualClock()
{
    ManualClock clock;
    const QDateTime start = QDateTime::fromSecsSinceEpoch(1'700'000'000, Qt::UTC);
    QCOMPARE(clock.now(), start);
    QCOMPARE(clock.now(), start); // does not move by itself
    clock.advance(90);
    QCOMPARE(clock.now(), start.addSecs(90));
    clock.advance(-30);
    QCOMPARE(clock.now(), start.addSecs(60));
    const QDateTime morning(QDate(2024, 3, 1), QTime(9, 30), Qt::UTC);
    clock.set(morning);
    QCOMPARE(clock.now(), morning);

    const ManualClock given(morning);
    QCOMPARE(given.now(), morning);
    // Through the interface, as the session reads it.
    const Clock &asClock = given;
    QCOMPARE(asClock.now(), morning);
}

void TestTimebox::followsManualClock()
{
    // A two-minute speaking turn watched second by second as the clock moves.
    ManualClock clock(QDateTime(QDate(2024, 3, 1), QTime(14, 0), Qt::UTC));
    const Timebox turn{clock.now(), 120};
    QCOMPARE(turn.text(clock.now()), QStringLiteral("2:00"));
    clock.advance(55);
    QCOMPARE(turn.text(clock.now()), QStringLiteral("1:05"));
    QCOMPARE(turn.remaining(clock.now()), qint64(65));
    clock.advance(65);
    QCOMPARE(turn.text(clock.now()), QStringLiteral("0:00"));
    QVERIFY(!turn.isOverrun(clock.now()));
    clock.advance(12);
    QCOMPARE(turn.text(clock.now()), QStringLiteral("+0:12"));
    QVERIFY(turn.isOverrun(clock.now()));
    QCOMPARE(turn.elapsed(clock.now()), qint64(132));
    clock.set(QDateTime(QDate(2024, 3, 1), QTime(15, 2, 3), Qt::UTC).addSecs(120));
    QCOMPARE(turn.text(clock.now()), QStringLiteral("+1:02:03"));
}

QTEST_APPLESS_MAIN(TestTimebox)
#include "tst_timebox.moc"
