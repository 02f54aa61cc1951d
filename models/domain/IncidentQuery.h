#pragma once

#include "Incident.h"

#include <QString>

#include <optional>

namespace candor {

// What the incident list shows: a filter and an order, applied in SQL so the list can page through any size.
struct IncidentFilter
{
    qint64 teamId = 0; // 0: every team; otherwise the team and all its sub-teams
    std::optional<Severity> severity;
    std::optional<IncidentStatus> status;
    // What a person typed in the search box: every word must start a word of the incident's title, service or
    // summary, or of its postmortem's timeline or contributing factors (full-text search; case and accents are
    // ignored). Empty: no search. IncidentRepository::searchExpression() turns it into the index's query.
    QString text;

    friend bool operator==(const IncidentFilter &a, const IncidentFilter &b)
    {
        return a.teamId == b.teamId && a.severity == b.severity && a.status == b.status && a.text == b.text;
    }
    friend bool operator!=(const IncidentFilter &a, const IncidentFilter &b) { return !(a == b); }
};

// TimeToDetect and TimeToResolve sort by the seconds since the start; an unknown time (not detected, not resolved
// yet) sorts after every known one, so it comes last in ascending order and first in descending order.
enum class IncidentSortKey { Started, Title, Team, Severity, Status, Service, TimeToDetect, TimeToResolve };

struct IncidentOrder
{
    IncidentSortKey key = IncidentSortKey::Started;
    bool descending = true;
};

// One line of the incident list: what the list needs, without the long texts.
struct IncidentRow
{
    qint64 id = 0;
    qint64 teamId = 0;
    QString teamName;
    QString title;
    Severity severity = Severity::Sev3;
    IncidentStatus status = IncidentStatus::Open;
    QString service;
    QDateTime started;
    QDateTime detected;
    QDateTime mitigated;
    QDateTime resolved;

    static IncidentRow from(const Incident &incident, const QString &teamName)
    {
        return {incident.id,       incident.teamId,    teamName,         incident.title,
                incident.severity, incident.status,    incident.service, incident.started,
                incident.detected, incident.mitigated, incident.resolved};
    }
};

// Where a search matched an incident.
enum class SearchPlace { Title, Service, Summary, Timeline, Factor };

// One incident a search found: its best-ranked match and a short excerpt around it, the matched words between the
// marks the caller asked for.
struct IncidentSearchHit
{
    IncidentRow row;
    SearchPlace place = SearchPlace::Title;
    QString snippet;
};

} // namespace candor
