#pragma once

#include "domain/Incident.h"
#include "domain/Postmortem.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <array>
#include <optional>

namespace candor {

// What the team metrics need of one incident.
struct IncidentTimes
{
    Severity severity = Severity::Sev3;
    QDateTime started;   // always set
    QDateTime detected;  // invalid while unknown
    QDateTime mitigated; // invalid while not mitigated
    QDateTime resolved;  // invalid while not resolved
};

// What the team metrics need of one action item: its state now and, when done, whether it kept its due date.
struct ActionFact
{
    ActionStatus status = ActionStatus::Open;
    QDate due;      // invalid when there is none
    QDateTime done; // when it was marked done
};

// What the database knows of a team over a period, beyond the incidents' own times.
struct PeriodFacts
{
    QList<IncidentTimes> incidents; // the incidents that started in the period
    int completedPostmortems = 0;   // how many of them have a postmortem that reached Phase::Finished
    QList<ActionFact> actions;      // the action items of those incidents' postmortems
};

// Mean and median of one duration over a set of incidents. Incidents whose time is not known yet (not detected,
// not resolved) cannot be measured: they are left out and counted in `excluded`, so a figure is never silently
// flattered by the incidents that are still running.
struct DurationSummary
{
    int counted = 0;
    int excluded = 0;
    std::optional<double> meanSeconds;   // unset when nothing was counted
    std::optional<double> medianSeconds; // the mean of the middle two for an even count
};

// Action items by where they stand today. Every item is in exactly one bucket; a done item without a due date
// promised nothing, so it counts as on time.
struct ActionCounts
{
    int total = 0;
    int doneOnTime = 0; // done on or before the due date (the local date of `done`)
    int doneLate = 0;
    int overdue = 0; // open or in progress, due before today
    int open = 0;    // open or in progress, not overdue
    int dropped = 0;
};

// A team's incident metrics over a period.
struct TeamMetrics
{
    int incidents = 0;
    std::array<int, 4> bySeverity{}; // SEV1..SEV4
    DurationSummary timeToDetect;    // MTTD and its median
    DurationSummary timeToResolve;   // MTTR and its median
    // MTBF: the mean gap between the starts of consecutive incidents; needs at least two incidents.
    std::optional<double> meanSecondsBetweenFailures;
    int completedPostmortems = 0;
    std::optional<double> completedPostmortemShare; // 0..1; unset without incidents
    ActionCounts actions;

    int count(Severity severity) const { return bySeverity[static_cast<size_t>(severity) - 1]; }
};

// One figure for people: what it is ("Time to resolve (MTTR)") and its value ("mean 3 h 10 min · median ...").
struct MetricLine
{
    QString label;
    QString value;
};

// Incident metrics as pure functions over plain values: no database, no widgets. Durations are whole seconds.
class IncidentMetrics
{
    Q_DECLARE_TR_FUNCTIONS(IncidentMetrics)
public:
    // Seconds from `from` to `to`; unset when either time is unknown.
    static std::optional<qint64> secondsBetween(const QDateTime &from, const QDateTime &to);

    // Per incident: for Incident, IncidentRow and IncidentTimes alike (anything with the four times).
    template <typename T>
    static std::optional<qint64> timeToDetect(const T &incident)
    {
        return secondsBetween(incident.started, incident.detected);
    }
    template <typename T>
    static std::optional<qint64> timeToMitigate(const T &incident)
    {
        return secondsBetween(incident.started, incident.mitigated);
    }
    template <typename T>
    static std::optional<qint64> timeToResolve(const T &incident)
    {
        return secondsBetween(incident.started, incident.resolved);
    }

    static DurationSummary summarize(const QList<std::optional<qint64>> &durations);
    // The mean gap between consecutive starts, in any order; unset for fewer than two.
    static std::optional<double> meanTimeBetween(const QList<QDateTime> &starts);
    static ActionCounts countActions(const QList<ActionFact> &actions, const QDate &today);
    static TeamMetrics team(const PeriodFacts &facts, const QDate &today);

    // A duration for people: "45 min", "2 h 05 min", "3 d 4 h" (below a minute: "40 s"), rounded to its
    // smallest unit. Numbers follow the default QLocale (as %Ln does); unit texts are translatable.
    static QString formatDuration(qint64 seconds);
    // A team's figures as lines of text, in the order the product describes them.
    static QList<MetricLine> describe(const TeamMetrics &metrics);
};

} // namespace candor
