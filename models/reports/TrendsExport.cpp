#include "TrendsExport.h"

#include "Csv.h"

#include <QCollator>
#include <QJsonObject>

#include <algorithm>
#include <cmath>
#include <unordered_map>
#include <unordered_set>

namespace candor::trends {

namespace {

// Two decimals, rounded half up on the mean itself: 1.075 (43 / 40) prints 1.08 as anyone checking by hand would
// round it, although the nearest double lies just below. The tolerance is far below the distance of any other mean
// of whole-point answers from a tie, and far above the error of adding the respondents' scores up. CSV and JSON
// both print this value, so they never disagree.
double roundedScore(double score)
{
    return std::floor(score * 100.0 + 0.5 + 1e-7) / 100.0;
}

} // namespace

std::vector<TrendRow> rows(const std::vector<Figure> &figures, const std::vector<TeamNode> &teams,
                           const std::vector<qint64> &onlyTeams)
{
    std::unordered_map<qint64, const TeamNode *> byId;
    for (const TeamNode &team : teams)
        byId.emplace(team.id, &team);
    const std::unordered_set<qint64> wanted(onlyTeams.begin(), onlyTeams.end());

    // Teams in the reader's order, ranked once: collating names for every comparison of two rows was a sizeable
    // share of the time a large organisation's trends take.
    std::vector<const TeamNode *> ordered;
    ordered.reserve(teams.size());
    for (const TeamNode &team : teams)
        ordered.push_back(&team);
    QCollator collator;
    collator.setNumericMode(true);
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::stable_sort(ordered.begin(), ordered.end(), [&collator](const TeamNode *a, const TeamNode *b) {
        return collator.compare(a->name, b->name) < 0;
    });
    std::unordered_map<qint64, int> rank;
    for (size_t i = 0; i < ordered.size(); ++i)
        rank.emplace(ordered[i]->id, int(i));

    std::vector<std::pair<int, TrendRow>> ranked;
    for (const Figure &figure : figures) {
        if (figure.scope == FigureScope::Wave)
            continue;
        if (!wanted.empty() && !wanted.count(figure.teamId))
            continue;
        const auto team = byId.find(figure.teamId);
        if (team == byId.end())
            continue;
        TrendRow row;
        row.scope = figure.scope == FigureScope::Rollup ? QStringLiteral("rollup") : QStringLiteral("team");
        row.team = team->second->name;
        if (const auto parent = byId.find(team->second->parentId); parent != byId.end())
            row.parent = parent->second->name;
        row.instrument = figure.instrumentKey;
        row.period = figure.period.text();
        row.suppressed = figure.suppressed;
        if (!figure.suppressed) {
            row.respondents = figure.respondents;
            row.score = figure.summary.mean;
        }
        ranked.emplace_back(rank.at(figure.teamId), std::move(row));
    }
    std::stable_sort(ranked.begin(), ranked.end(), [](const auto &a, const auto &b) {
        if (a.second.instrument != b.second.instrument)
            return a.second.instrument < b.second.instrument;
        if (a.first != b.first)
            return a.first < b.first;
        if (a.second.scope != b.second.scope)
            return a.second.scope == QLatin1String("team");
        return a.second.period < b.second.period;
    });
    std::vector<TrendRow> result;
    result.reserve(ranked.size());
    for (auto &[teamRank, row] : ranked)
        result.push_back(std::move(row));
    return result;
}

QString csv(const std::vector<TrendRow> &rows)
{
    QString text = csv::record({QStringLiteral("scope"), QStringLiteral("team"), QStringLiteral("parent"),
                                QStringLiteral("instrument"), QStringLiteral("period"), QStringLiteral("respondents"),
                                QStringLiteral("score"), QStringLiteral("suppressed")});
    for (const TrendRow &row : rows) {
        // Machine formats are not localised: a dot for decimals, true/false.
        text += csv::record({row.scope, row.team, row.parent, row.instrument, row.period,
                             row.suppressed ? QString() : QString::number(row.respondents),
                             row.suppressed ? QString() : QString::number(roundedScore(row.score), 'f', 2),
                             row.suppressed ? QStringLiteral("true") : QStringLiteral("false")});
    }
    return text;
}

QJsonArray json(const std::vector<TrendRow> &rows)
{
    QJsonArray array;
    for (const TrendRow &row : rows) {
        QJsonObject object;
        object.insert(QStringLiteral("scope"), row.scope);
        object.insert(QStringLiteral("team"), row.team);
        object.insert(QStringLiteral("parent"), row.parent);
        object.insert(QStringLiteral("instrument"), row.instrument);
        object.insert(QStringLiteral("period"), row.period);
        object.insert(QStringLiteral("respondents"), row.suppressed ? QJsonValue() : QJsonValue(row.respondents));
        object.insert(QStringLiteral("score"), row.suppressed ? QJsonValue() : QJsonValue(roundedScore(row.score)));
        object.insert(QStringLiteral("suppressed"), row.suppressed);
        array.append(object);
    }
    return array;
}

} // namespace candor::trends
