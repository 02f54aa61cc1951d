// IncidentMetrics: per-incident durations, mean and median with unknown times left out and counted, MTBF,
// action items on time and overdue, a team's figures, and the duration formatter in several locales.
#include "domain/IncidentQuery.h"
#include "metrics/IncidentMetrics.h"

#include <QLocale>
#include <QTest>

#include <optional>

using namespace candor;

Q_DECLARE_METATYPE(candor::ActionStatus)
Q_DECLARE_METATYPE(candor::IncidentTimes)

namespace {

const QDateTime start = QDateTime(QDate(2024, 3, 1), QTime(10, 0), Qt::UTC);

// A duration as the tests write it: -1 for "not known yet".
std::optional<qint64> duration(qint64 seconds)
{
    return seconds < 0 ? std::nullopt : std::optional<qint64>(seconds);
}

QDateTime after(qint64 seconds)
{
    return seconds < 0 ? QDateTime() : start.addSecs(seconds);
}

// An optional value as a QVariant for QCOMPARE: invalid when unset.
template <typename T>
QVariant variant(const std::optional<T> &value)
{
    return value ? QVariant::fromValue(*value) : QVariant();
}

IncidentTimes incident(Severity severity, qint64 startOffset, qint64 toDetect, qint64 toResolve)
{
    IncidentTimes times;
    times.severity = severity;
    times.started = start.addSecs(startOffset);
    if (toDetect >= 0)
        times.detected = times.started.addSecs(toDetect);
    if (toResolve >= 0)
        times.resolved = times.mitigated = times.started.addSecs(toResolve);
    return times;
}

ActionFact action(ActionStatus status, const QDate &due = {}, const QDateTime &done = {})
{
    return {status, due, done};
}

// Local time, so the expected calendar day does not depend on the machine's time zone.
QDateTime localTime(const QDate &date, int hour, int minute = 0)
{
    return QDateTime(date, QTime(hour, minute), Qt::LocalTime);
}

} // namespace

class TestIncidentMetrics : public QObject
{
    Q_OBJECT

private slots:
    void cleanup();

    void perIncidentDurations_data();
    void perIncidentDurations();
    void summarize_data();
    void summarize();
    void meanTimeBetween_data();
    void meanTimeBetween();
    void countActions_data();
    void countActions();
    void team_data();
    void team();
    void formatDuration_data();
    void formatDuration();
    void describe_data();
    void describe();
};

void TestIncidentMetrics::cleanup()
{
    QLocale::setDefault(QLocale::c());
}

void TestIncidentMetrics::perIncidentDurations_data()
{
    // Offsets from the start in seconds; -1: the time is not known yet.
    QTest::addColumn<qint64>("detected");
    QTest::addColumn<qint64>("mitigated");
    QTest::addColumn<qint64>("resolved");

    QTest::newRow("every time known") << qint64(300) << qint64(1800) << qint64(7200);
    QTest::newRow("detected at the very start: zero, not unknown") << qint64(0) << qint64(60) << qint64(120);
    QTest::newRow("open: only detected") << qint64(600) << qint64(-1) << qint64(-1);
    QTest::newRow("mitigated, not resolved") << qint64(60) << qint64(900) << qint64(-1);
    QTest::newRow("detection time never recorded") << qint64(-1) << qint64(900) << qint64(3600);
    QTest::newRow("nothing known but the start") << qint64(-1) << qint64(-1) << qint64(-1);
    QTest::newRow("resolved after days") << qint64(3600) << qint64(86400) << qint64(3 * 86400 + 4 * 3600);
}

void TestIncidentMetrics::perIncidentDurations()
{
    QFETCH(qint64, detected);
    QFETCH(qint64, mitigated);
    QFETCH(qint64, resolved);

    Incident full;
    full.started = start;
    full.detected = after(detected);
    full.mitigated = after(mitigated);
    full.resolved = after(resolved);
    QCOMPARE(variant(IncidentMetrics::timeToDetect(full)), variant(duration(detected)));
    QCOMPARE(variant(IncidentMetrics::timeToMitigate(full)), variant(duration(mitigated)));
    QCOMPARE(variant(IncidentMetrics::timeToResolve(full)), variant(duration(resolved)));

    // The list's row and the metrics' own type give the same answers.
    const IncidentRow row = IncidentRow::from(full, QStringLiteral("Payments"));
    QCOMPARE(variant(IncidentMetrics::timeToDetect(row)), variant(duration(detected)));
    QCOMPARE(variant(IncidentMetrics::timeToMitigate(row)), variant(duration(mitigated)));
    QCOMPARE(variant(IncidentMetrics::timeToResolve(row)), variant(duration(resolved)));
    const IncidentTimes times{Severity::Sev2, full.started, full.detected, full.mitigated, full.resolved};
    QCOMPARE(variant(IncidentMetrics::timeToResolve(times)), variant(duration(resolved)));

    // Without a start nothing can be measured.
    QVERIFY(!IncidentMetrics::secondsBetween(QDateTime(), start));
}

void TestIncidentMetrics::summarize_data()
{
    // Durations in seconds; -1: not known yet (an open or unresolved incident).
    QTest::addColumn<QList<qint64>>("durations");
    QTest::addColumn<int>("counted");
    QTest::addColumn<int>("excluded");
    QTest::addColumn<QVariant>("mean");
    QTest::addColumn<QVariant>("median");

    QTest::newRow("no incidents: no mean, no median") << QList<qint64>{} << 0 << 0 << QVariant() << QVariant();
    QTest::newRow("one incident") << QList<qint64>{600} << 1 << 0 << QVariant(600.0) << QVariant(600.0);
    QTest::newRow("odd count: the middle value")
        << QList<qint64>{60, 600, 120} << 3 << 0 << QVariant(260.0) << QVariant(120.0);
    QTest::newRow("even count: the mean of the middle two")
        << QList<qint64>{60, 600, 120, 3000} << 4 << 0 << QVariant(945.0) << QVariant(360.0);
    QTest::newRow("even count, middle two an odd second apart")
        << QList<qint64>{10, 11} << 2 << 0 << QVariant(10.5) << QVariant(10.5);
    QTest::newRow("one long outlier moves the mean, not the median")
        << QList<qint64>{300, 300, 300, 300, 86400} << 5 << 0 << QVariant(17520.0) << QVariant(300.0);
    QTest::newRow("open incidents excluded and counted")
        << QList<qint64>{-1, 3600, -1, 7200, 1800} << 3 << 2 << QVariant(4200.0) << QVariant(3600.0);
    QTest::newRow("every incident open: nothing to measure")
        << QList<qint64>{-1, -1} << 0 << 2 << QVariant() << QVariant();
    QTest::newRow("zero durations count as zero")
        << QList<qint64>{0, 0, 90} << 3 << 0 << QVariant(30.0) << QVariant(0.0);
}

void TestIncidentMetrics::summarize()
{
    QFETCH(QList<qint64>, durations);
    QFETCH(int, counted);
    QFETCH(int, excluded);
    QFETCH(QVariant, mean);
    QFETCH(QVariant, median);

    QList<std::optional<qint64>> input;
    for (qint64 seconds : std::as_const(durations))
        input.append(duration(seconds));
    const DurationSummary summary = IncidentMetrics::summarize(input);
    QCOMPARE(summary.counted, counted);
    QCOMPARE(summary.excluded, excluded);
    QCOMPARE(variant(summary.meanSeconds), mean);
    QCOMPARE(variant(summary.medianSeconds), median);
}

void TestIncidentMetrics::meanTimeBetween_data()
{
    // Start offsets in hours.
    QTest::addColumn<QList<int>>("starts");
    QTest::addColumn<QVariant>("expected");

    QTest::newRow("no incidents: unknown") << QList<int>{} << QVariant();
    QTest::newRow("one incident: unknown") << QList<int>{5} << QVariant();
    QTest::newRow("two incidents: their gap") << QList<int>{0, 30} << QVariant(30.0 * 3600);
    QTest::newRow("three, unevenly spaced: mean gap") << QList<int>{0, 10, 40} << QVariant(20.0 * 3600);
    QTest::newRow("any order: consecutive in time") << QList<int>{40, 0, 10} << QVariant(20.0 * 3600);
    QTest::newRow("two at the same moment") << QList<int>{7, 7} << QVariant(0.0);
    QTest::newRow("five, one burst") << QList<int>{0, 1, 2, 3, 100} << QVariant(25.0 * 3600);
}

void TestIncidentMetrics::meanTimeBetween()
{
    QFETCH(QList<int>, starts);
    QFETCH(QVariant, expected);

    QList<QDateTime> times;
    for (int hours : std::as_const(starts))
        times.append(start.addSecs(qint64(hours) * 3600));
    QCOMPARE(variant(IncidentMetrics::meanTimeBetween(times)), expected);
}

void TestIncidentMetrics::countActions_data()
{
    QTest::addColumn<ActionStatus>("status");
    QTest::addColumn<QDate>("due");
    QTest::addColumn<QDateTime>("done");
    QTest::addColumn<QString>("bucket");

    const QDate due(2024, 3, 10);
    QTest::newRow("done days before the due date")
        << ActionStatus::Done << due << localTime(QDate(2024, 3, 4), 9) << QStringLiteral("on time");
    QTest::newRow("done late on the due day is on time")
        << ActionStatus::Done << due << localTime(due, 23, 59) << QStringLiteral("on time");
    QTest::newRow("done just after midnight of the next day is late")
        << ActionStatus::Done << due << localTime(due.addDays(1), 0, 1) << QStringLiteral("late");
    QTest::newRow("done without a due date is on time")
        << ActionStatus::Done << QDate() << localTime(QDate(2024, 5, 1), 12) << QStringLiteral("on time");
    QTest::newRow("done with no recorded time shows no delay")
        << ActionStatus::Done << due << QDateTime() << QStringLiteral("on time");
    QTest::newRow("open, due yesterday: overdue")
        << ActionStatus::Open << QDate(2024, 3, 14) << QDateTime() << QStringLiteral("overdue");
    QTest::newRow("open, due today: not overdue yet")
        << ActionStatus::Open << QDate(2024, 3, 15) << QDateTime() << QStringLiteral("open");
    QTest::newRow("in progress, past due: overdue")
        << ActionStatus::InProgress << due << QDateTime() << QStringLiteral("overdue");
    QTest::newRow("open without a due date is never overdue")
        << ActionStatus::Open << QDate() << QDateTime() << QStringLiteral("open");
    QTest::newRow("dropped past due is not overdue")
        << ActionStatus::Dropped << due << QDateTime() << QStringLiteral("dropped");
}

void TestIncidentMetrics::countActions()
{
    QFETCH(ActionStatus, status);
    QFETCH(QDate, due);
    QFETCH(QDateTime, done);
    QFETCH(QString, bucket);

    const QDate today(2024, 3, 15);
    const ActionCounts counts = IncidentMetrics::countActions({action(status, due, done)}, today);
    QCOMPARE(counts.total, 1);
    QCOMPARE(counts.doneOnTime, bucket == QLatin1String("on time") ? 1 : 0);
    QCOMPARE(counts.doneLate, bucket == QLatin1String("late") ? 1 : 0);
    QCOMPARE(counts.overdue, bucket == QLatin1String("overdue") ? 1 : 0);
    QCOMPARE(counts.open, bucket == QLatin1String("open") ? 1 : 0);
    QCOMPARE(counts.dropped, bucket == QLatin1String("dropped") ? 1 : 0);

    // The same rule as the action lists.
    ActionItem item;
    item.status = status;
    item.due = due;
    QCOMPARE(counts.overdue == 1, item.isOverdue(today));
}

void TestIncidentMetrics::team_data()
{
    QTest::addColumn<QList<IncidentTimes>>("incidents");
    QTest::addColumn<int>("completedPostmortems");
    QTest::addColumn<QList<int>>("bySeverity");
    QTest::addColumn<QVariant>("mttd");
    QTest::addColumn<QVariant>("mttr");
    QTest::addColumn<int>("unresolved");
    QTest::addColumn<QVariant>("mtbf");
    QTest::addColumn<QVariant>("postmortemShare");

    QTest::newRow("no incidents: counts zero, nothing measured")
        << QList<IncidentTimes>{} << 0 << QList<int>{0, 0, 0, 0} << QVariant() << QVariant() << 0 << QVariant()
        << QVariant();
    QTest::newRow("one open incident: no MTTR, no MTBF")
        << QList<IncidentTimes>{incident(Severity::Sev1, 0, 300, -1)} << 0 << QList<int>{1, 0, 0, 0} << QVariant(300.0)
        << QVariant() << 1 << QVariant() << QVariant(0.0);
    QTest::newRow("three incidents, one open, one postmortem completed")
        << QList<IncidentTimes>{incident(Severity::Sev2, 0, 300, 3600), incident(Severity::Sev2, 86400, 900, 10800),
                                incident(Severity::Sev4, 3 * 86400, -1, -1)}
        << 1 << QList<int>{0, 2, 0, 1} << QVariant(600.0) << QVariant(7200.0) << 1 << QVariant(1.5 * 86400)
        << QVariant(1.0 / 3);
    QTest::newRow("every postmortem completed")
        << QList<IncidentTimes>{incident(Severity::Sev3, 0, 60, 120), incident(Severity::Sev3, 600, 60, 240)} << 2
        << QList<int>{0, 0, 2, 0} << QVariant(60.0) << QVariant(180.0) << 0 << QVariant(600.0) << QVariant(1.0);
}

void TestIncidentMetrics::team()
{
    QFETCH(QList<IncidentTimes>, incidents);
    QFETCH(int, completedPostmortems);
    QFETCH(QList<int>, bySeverity);
    QFETCH(QVariant, mttd);
    QFETCH(QVariant, mttr);
    QFETCH(int, unresolved);
    QFETCH(QVariant, mtbf);
    QFETCH(QVariant, postmortemShare);

    PeriodFacts facts;
    facts.incidents = incidents;
    facts.completedPostmortems = completedPostmortems;
    facts.actions = {action(ActionStatus::Done, QDate(2024, 3, 10), localTime(QDate(2024, 3, 9), 12)),
                     action(ActionStatus::Open, QDate(2024, 3, 1))};
    const TeamMetrics metrics = IncidentMetrics::team(facts, QDate(2024, 3, 15));
    QCOMPARE(metrics.incidents, int(incidents.size()));
    const Severity severities[] = {Severity::Sev1, Severity::Sev2, Severity::Sev3, Severity::Sev4};
    for (int n = 0; n < 4; ++n)
        QCOMPARE(metrics.count(severities[n]), bySeverity.at(n));
    QCOMPARE(variant(metrics.timeToDetect.meanSeconds), mttd);
    QCOMPARE(variant(metrics.timeToResolve.meanSeconds), mttr);
    QCOMPARE(metrics.timeToResolve.excluded, unresolved);
    QCOMPARE(metrics.timeToResolve.counted + metrics.timeToResolve.excluded, metrics.incidents);
    QCOMPARE(variant(metrics.meanSecondsBetweenFailures), mtbf);
    QCOMPARE(metrics.completedPostmortems, completedPostmortems);
    QCOMPARE(variant(metrics.completedPostmortemShare), postmortemShare);
    QCOMPARE(metrics.actions.total, 2);
    QCOMPARE(metrics.actions.doneOnTime, 1);
    QCOMPARE(metrics.actions.overdue, 1);
}

void TestIncidentMetrics::formatDuration_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<qint64>("seconds");
    QTest::addColumn<QString>("expected");

    const QString english = QStringLiteral("en_US");
    QTest::newRow("zero") << english << qint64(0) << QStringLiteral("0 s");
    QTest::newRow("under a minute: seconds") << english << qint64(40) << QStringLiteral("40 s");
    QTest::newRow("one minute") << english << qint64(60) << QStringLiteral("1 min");
    QTest::newRow("89 s rounds down to a minute") << english << qint64(89) << QStringLiteral("1 min");
    QTest::newRow("90 s rounds up to two minutes") << english << qint64(90) << QStringLiteral("2 min");
    QTest::newRow("45 min") << english << qint64(45 * 60) << QStringLiteral("45 min");
    QTest::newRow("59 min 30 s rounds up into hours") << english << qint64(3570) << QStringLiteral("1 h 00 min");
    QTest::newRow("hours: minutes padded") << english << qint64(2 * 3600 + 5 * 60) << QStringLiteral("2 h 05 min");
    QTest::newRow("just under a day") << english << qint64(23 * 3600 + 59 * 60) << QStringLiteral("23 h 59 min");
    QTest::newRow("one day") << english << qint64(86400) << QStringLiteral("1 d 0 h");
    QTest::newRow("days and hours") << english << qint64(3 * 86400 + 4 * 3600) << QStringLiteral("3 d 4 h");
    QTest::newRow("days: 29 min rounds down")
        << english << qint64(3 * 86400 + 4 * 3600 + 29 * 60) << QStringLiteral("3 d 4 h");
    QTest::newRow("days: 30 min rounds up")
        << english << qint64(3 * 86400 + 4 * 3600 + 30 * 60) << QStringLiteral("3 d 5 h");
    QTest::newRow("thousands of days: grouped") << english << qint64(1234) * 86400 << QStringLiteral("1,234 d 0 h");
    QTest::newRow("negative: a sign in front") << english << qint64(-300) << QStringLiteral("-5 min");

    const QString german = QStringLiteral("de_DE");
    QTest::newRow("German: group separator") << german << qint64(1234) * 86400 << QStringLiteral("1.234 d 0 h");
    QTest::newRow("German: hours and minutes") << german << qint64(2 * 3600 + 5 * 60) << QStringLiteral("2 h 05 min");

    // Arabic (Egypt) writes Arabic-Indic digits, including the padding zero.
    const QLocale arabic(QLocale::Arabic, QLocale::Egypt);
    QTest::newRow("Arabic digits: minutes")
        << arabic.name() << qint64(45 * 60) << arabic.toString(45) + QStringLiteral(" min");
    QTest::newRow("Arabic digits: padded minutes")
        << arabic.name() << qint64(2 * 3600 + 5 * 60)
        << QStringLiteral("%1 h %2 min").arg(arabic.toString(2), arabic.zeroDigit() + arabic.toString(5));
}

void TestIncidentMetrics::formatDuration()
{
    QFETCH(QString, locale);
    QFETCH(qint64, seconds);
    QFETCH(QString, expected);

    QLocale::setDefault(QLocale(locale));
    QCOMPARE(IncidentMetrics::formatDuration(seconds), expected);
}

void TestIncidentMetrics::describe_data()
{
    QTest::addColumn<QList<IncidentTimes>>("incidents");
    QTest::addColumn<QString>("label");
    QTest::addColumn<QString>("expected");

    const QList<IncidentTimes> three = {incident(Severity::Sev2, 0, 300, 3600),
                                        incident(Severity::Sev2, 86400, 900, 10800),
                                        incident(Severity::Sev4, 3 * 86400, -1, -1)};
    QTest::newRow("counts by severity") << three << QStringLiteral("Incidents")
                                        << QStringLiteral("3 (SEV1 0 · SEV2 2 · SEV3 0 · SEV4 1)");
    QTest::newRow("MTTD with the incident without a detection time")
        << three << QStringLiteral("Time to detect (MTTD)")
        << QStringLiteral("mean 10 min · median 10 min · 1 without a detection time, not counted");
    QTest::newRow("MTTR with the open incident excluded")
        << three << QStringLiteral("Time to resolve (MTTR)")
        << QStringLiteral("mean 2 h 00 min · median 2 h 00 min · 1 not resolved yet, not counted");
    QTest::newRow("MTTR when nothing is resolved")
        << QList<IncidentTimes>{incident(Severity::Sev1, 0, 60, -1)} << QStringLiteral("Time to resolve (MTTR)")
        << QStringLiteral("none resolved yet");
    QTest::newRow("MTBF") << three << QStringLiteral("Time between incidents (MTBF)")
                          << QStringLiteral("mean 1 d 12 h");
    QTest::newRow("MTBF with one incident")
        << QList<IncidentTimes>{incident(Severity::Sev1, 0, 60, 120)} << QStringLiteral("Time between incidents (MTBF)")
        << QStringLiteral("needs at least two incidents");
    QTest::newRow("completed postmortems")
        << three << QStringLiteral("Completed postmortems") << QStringLiteral("1 of 3 (33%)");
    QTest::newRow("action items") << three << QStringLiteral("Action items")
                                  << QStringLiteral("1 done on time · 1 overdue · 1 done late · 1 dropped (of 4)");
}

void TestIncidentMetrics::describe()
{
    QFETCH(QList<IncidentTimes>, incidents);
    QFETCH(QString, label);
    QFETCH(QString, expected);

    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    PeriodFacts facts;
    facts.incidents = incidents;
    facts.completedPostmortems = 1;
    const QDate due(2024, 3, 10);
    facts.actions = {action(ActionStatus::Done, due, localTime(due, 12)), action(ActionStatus::Open, due),
                     action(ActionStatus::Done, due, localTime(due.addDays(2), 12)), action(ActionStatus::Dropped)};
    const QList<MetricLine> lines = IncidentMetrics::describe(IncidentMetrics::team(facts, QDate(2024, 3, 15)));
    QCOMPARE(lines.size(), 6);
    for (const MetricLine &line : lines) {
        if (line.label == label) {
            QCOMPARE(line.value, expected);
            return;
        }
    }
    QFAIL(qPrintable(QStringLiteral("no line labelled %1").arg(label)));
}

QTEST_GUILESS_MAIN(TestIncidentMetrics)
#include "tst_incidentmetrics.moc"
