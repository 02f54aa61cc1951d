#pragma once

#include "survey/SurveyFigures.h"

#include <QJsonArray>
#include <QString>

#include <vector>

namespace candor {

// Survey trends as rows for machines: one row per team and per department rollup, per instrument and quarter.
// Built only from SurveyFigures, so a withheld figure is a row that says so and carries no numbers.
struct TrendRow
{
    QString scope; // "team" or "rollup"
    QString team;
    QString parent; // the team's parent team, empty at the top
    QString instrument;
    QString period; // "2026-Q1"
    bool suppressed = true;
    int respondents = 0; // only when not suppressed
    double score = 0;    // mean scale score, only when not suppressed
};

namespace trends {

// The rows of the given teams (all when empty), ordered by instrument, team name, scope and period.
std::vector<TrendRow> rows(const std::vector<Figure> &figures, const std::vector<TeamNode> &teams,
                           const std::vector<qint64> &onlyTeams = {});
// CSV with the header scope,team,parent,instrument,period,respondents,score,suppressed (RFC 4180, CRLF). The score
// has two decimals, rounded half up; suppressed rows leave respondents and score empty.
QString csv(const std::vector<TrendRow> &rows);
// The same fields as JSON objects; respondents and score are null when suppressed.
QJsonArray json(const std::vector<TrendRow> &rows);

} // namespace trends

} // namespace candor
