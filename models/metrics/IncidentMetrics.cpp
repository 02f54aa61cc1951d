#include "IncidentMetrics.h"

#include <QLocale>

#include <algorithm>
#include <limits>
#include <utility>

namespace candor {

namespace {

QString roundedDuration(const std::optional<double> &seconds)
{
    return IncidentMetrics::formatDuration(qRound64(seconds.value_or(0)));
}

} // namespace

std::optional<qint64> IncidentMetrics::secondsBetween(const QDateTime &from, const QDateTime &to)
{
    if (!from.isValid() || !to.isValid())
        return std::nullopt;
    return from.secsTo(to);
}

DurationSummary IncidentMetrics::summarize(const QList<std::optional<qint64>> &durations)
{
    DurationSummary summary;
    QList<qint64> known;
    known.reserve(durations.size());
    for (const std::optional<qint64> &duration : durations) {
        if (duration)
            known.append(*duration);
        else
            ++summary.excluded;
    }
    summary.counted = int(known.size());
    if (known.isEmpty())
        return summary;
    double sum = 0;
    for (qint64 seconds : std::as_const(known))
        sum += double(seconds);
    summary.meanSeconds = sum / double(known.size());
    std::sort(known.begin(), known.end());
    const qsizetype middle = known.size() / 2;
    summary.medianSeconds = known.size() % 2 == 1 ? double(known.at(middle))
                                                  : (double(known.at(middle - 1)) + double(known.at(middle))) / 2;
    return summary;
}

std::optional<double> IncidentMetrics::meanTimeBetween(const QList<QDateTime> &starts)
{
    // The gaps between consecutive starts add up to last - first, whatever the order they come in.
    qint64 first = std::numeric_limits<qint64>::max();
    qint64 last = std::numeric_limits<qint64>::min();
    int count = 0;
    for (const QDateTime &start : starts) {
        if (!start.isValid())
            continue;
        const qint64 at = start.toSecsSinceEpoch();
        first = std::min(first, at);
        last = std::max(last, at);
        ++count;
    }
    if (count < 2)
        return std::nullopt;
    return double(last - first) / double(count - 1);
}

ActionCounts IncidentMetrics::countActions(const QList<ActionFact> &actions, const QDate &today)
{
    ActionCounts counts;
    for (const ActionFact &fact : actions) {
        ++counts.total;
        switch (fact.status) {
        case ActionStatus::Done:
            // Due dates are calendar days where the person is; a done time that was not recorded shows no delay.
            if (!fact.due.isValid() || !fact.done.isValid() || fact.done.toLocalTime().date() <= fact.due)
                ++counts.doneOnTime;
            else
                ++counts.doneLate;
            break;
        case ActionStatus::Dropped:
            ++counts.dropped;
            break;
        case ActionStatus::Open:
        case ActionStatus::InProgress: {
            // The same rule as the action lists, so both always agree on what is overdue.
            ActionItem item;
            item.status = fact.status;
            item.due = fact.due;
            if (item.isOverdue(today))
                ++counts.overdue;
            else
                ++counts.open;
            break;
        }
        }
    }
    return counts;
}

TeamMetrics IncidentMetrics::team(const PeriodFacts &facts, const QDate &today)
{
    TeamMetrics metrics;
    metrics.incidents = int(facts.incidents.size());
    QList<std::optional<qint64>> toDetect;
    QList<std::optional<qint64>> toResolve;
    QList<QDateTime> starts;
    toDetect.reserve(facts.incidents.size());
    toResolve.reserve(facts.incidents.size());
    starts.reserve(facts.incidents.size());
    for (const IncidentTimes &incident : facts.incidents) {
        const int severity = static_cast<int>(incident.severity);
        if (severity >= 1 && severity <= int(metrics.bySeverity.size()))
            ++metrics.bySeverity[size_t(severity - 1)];
        toDetect.append(timeToDetect(incident));
        toResolve.append(timeToResolve(incident));
        starts.append(incident.started);
    }
    metrics.timeToDetect = summarize(toDetect);
    metrics.timeToResolve = summarize(toResolve);
    metrics.meanSecondsBetweenFailures = meanTimeBetween(starts);
    metrics.completedPostmortems = facts.completedPostmortems;
    if (metrics.incidents > 0)
        metrics.completedPostmortemShare = double(facts.completedPostmortems) / double(metrics.incidents);
    metrics.actions = countActions(facts.actions, today);
    return metrics;
}

QString IncidentMetrics::formatDuration(qint64 seconds)
{
    const QLocale locale;
    if (seconds < 0)
        return locale.negativeSign() + formatDuration(seconds == std::numeric_limits<qint64>::min()
                                                          ? std::numeric_limits<qint64>::max()
                                                          : -seconds);
    if (seconds < 60)
        return tr("%Ln s", "duration in seconds", int(seconds));
    // Rounded to the smallest unit shown, half up; a value that rounds up to the next unit is shown in that unit.
    const qint64 minutes = seconds / 60 + (seconds % 60 >= 30 ? 1 : 0);
    if (minutes < 60)
        return tr("%Ln min", "duration in minutes", int(minutes));
    if (minutes < 24 * 60) {
        const qint64 rest = minutes % 60;
        const QString restText = rest < 10 ? locale.zeroDigit() + locale.toString(rest) : locale.toString(rest);
        return tr("%1 h %2 min", "duration in hours and minutes").arg(locale.toString(minutes / 60), restText);
    }
    const qint64 hours = seconds / 3600 + (seconds % 3600 >= 1800 ? 1 : 0);
    return tr("%1 d %2 h", "duration in days and hours").arg(locale.toString(hours / 24), locale.toString(hours % 24));
}

QList<MetricLine> IncidentMetrics::describe(const TeamMetrics &metrics)
{
    const QLocale locale;
    const QString separator = QStringLiteral(" · ");
    QList<MetricLine> lines;

    QStringList bySeverity;
    for (Severity severity : {Severity::Sev1, Severity::Sev2, Severity::Sev3, Severity::Sev4})
        bySeverity.append(tr("%1 %2", "severity code and how many incidents had it")
                              .arg(IncidentText::severityCode(severity), locale.toString(metrics.count(severity))));
    lines.append({tr("Incidents"), tr("%1 (%2)", "incident count (counts by severity)")
                                       .arg(locale.toString(metrics.incidents), bySeverity.join(separator))});

    // "mean 3 h 10 min · median 2 h 05 min · 2 not resolved yet, not counted"
    auto summary = [&](const DurationSummary &s, const QString &nothingCounted, const QString &excluded) {
        if (s.counted == 0)
            return nothingCounted;
        QStringList parts{tr("mean %1").arg(roundedDuration(s.meanSeconds)),
                          tr("median %1").arg(roundedDuration(s.medianSeconds))};
        if (s.excluded > 0)
            parts.append(excluded);
        return parts.join(separator);
    };
    lines.append({tr("Time to detect (MTTD)"),
                  summary(metrics.timeToDetect, tr("no detection time known yet"),
                          tr("%Ln without a detection time, not counted", nullptr, metrics.timeToDetect.excluded))});
    lines.append({tr("Time to resolve (MTTR)"),
                  summary(metrics.timeToResolve, tr("none resolved yet"),
                          tr("%Ln not resolved yet, not counted", nullptr, metrics.timeToResolve.excluded))});
    lines.append({tr("Time between incidents (MTBF)"),
                  metrics.meanSecondsBetweenFailures
                      ? tr("mean %1").arg(roundedDuration(metrics.meanSecondsBetweenFailures))
                      : tr("needs at least two incidents")});

    const QString share =
        metrics.completedPostmortemShare
            ? tr("%1%", "a percentage").arg(locale.toString(qRound(*metrics.completedPostmortemShare * 100)))
            : QStringLiteral("–");
    lines.append({tr("Completed postmortems"),
                  tr("%1 of %2 (%3)", "completed postmortems of incidents (share)")
                      .arg(locale.toString(metrics.completedPostmortems), locale.toString(metrics.incidents), share)});

    const ActionCounts &actions = metrics.actions;
    if (actions.total == 0) {
        lines.append({tr("Action items"), tr("none yet")});
    } else {
        // Plural messages, so languages that agree with the count can ("1 hecha", "2 hechas").
        QStringList parts{tr("%Ln done on time", "action items", actions.doneOnTime),
                          tr("%Ln overdue", "action items", actions.overdue)};
        if (actions.doneLate > 0)
            parts.append(tr("%Ln done late", "action items", actions.doneLate));
        if (actions.open > 0)
            parts.append(tr("%Ln open, not due yet", "action items", actions.open));
        if (actions.dropped > 0)
            parts.append(tr("%Ln dropped", "action items", actions.dropped));
        lines.append({tr("Action items"), tr("%1 (of %2)", "action item counts (of the total)")
                                              .arg(parts.join(separator), locale.toString(actions.total))});
    }
    return lines;
}

} // namespace candor
