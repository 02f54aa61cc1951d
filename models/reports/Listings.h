#pragma once

#include "domain/IncidentQuery.h"
#include "domain/Result.h"
#include "reports/TrendsExport.h"

#include <QJsonArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <vector>

namespace candor {

class IncidentRepository;
class PostmortemRepository;
class SurveyRepository;
class TeamRepository;
struct ActionFilter;

// What `candor-cli list` prints and File > Export saves: column keys (the CSV header, the JSON names) and rows of
// values, one definition for both. A null QVariant is a value that is not there (an empty cell, JSON null); times
// (QDateTime) and dates (QDate) stay values until they are written, in ISO 8601 (UTC) for machines.
struct Listing
{
    QStringList columns;
    QList<QVariantList> rows;
};

namespace listings {

// Teams: id, name, parent, description. teamId: only that team and every team below it (0: every team).
Listing teams(const TeamRepository &teams, qint64 teamId = 0);
// Members: id, name, role, team, manager, active. teamId as for teams().
Listing members(const TeamRepository &teams, qint64 teamId = 0);
// Incidents matching the filter, in the given order: id, started, severity, status, team, service, title,
// detected, mitigated, resolved. Fails when the database cannot be read.
Result<Listing> incidents(const IncidentRepository &incidents, const IncidentFilter &filter,
                          const IncidentOrder &order);
// Action items matching the filter, soonest due first (undated last): id, due, overdue, status, kind, owner_team,
// owner_person, text, factor, source, incident_id. "overdue" is measured against filter.today (today when unset).
Listing actions(const PostmortemRepository &postmortems, const ActionFilter &filter);

// Survey trend rows as `candor-cli trends` has them: every team and wave of the instrument (all instruments when
// empty) goes through the anonymity policy, whichever teams are kept (onlyTeams; all when empty).
std::vector<TrendRow> trendRows(const SurveyRepository &surveys, const QString &instrument = QString(),
                                const std::vector<qint64> &onlyTeams = {});

// A value as machines get it: times in ISO 8601 UTC ("2026-03-01T09:30:00Z"), dates in ISO 8601 ("2026-03-01"),
// booleans "yes" or "no", an empty string for null or invalid values, anything else as QVariant::toString().
QString machineText(const QVariant &value);
// RFC 4180: the header row, then one record per row, each ending in CRLF; fields with a comma, a quote or a line
// break are quoted. Encode with SaveFile::utf8() (with a byte-order mark when asked).
QString csv(const Listing &listing);
// One JSON object per row keyed by column; missing values are null, times and dates ISO 8601 strings.
QJsonArray json(const Listing &listing);

} // namespace listings

} // namespace candor
