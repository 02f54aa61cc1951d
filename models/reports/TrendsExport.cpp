#include "TrendsExport.h"

#include "Csv.h"

#include <QCollator>
#include <QJsonObject>

#include <algorithm>
#include <array>
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

    const QString teamScope = QStringLiteral("team");
    const QString rollupScope = QStringLiteral("rollup");
    std::unordered_map<int, QString> periodTexts; // "2026-Q1" built once per quarter, not once per row
    // Rows sort by instrument key, team rank, team before rollup, quarter: compared as numbers, not strings.
    std::vector<QString> instruments;
    for (const Figure &figure : figures) {
        if (std::find(instruments.begin(), instruments.end(), figure.instrumentKey) == instruments.end())
            instruments.push_back(figure.instrumentKey);
    }
    std::sort(instruments.begin(), instruments.end());
    struct Ranked
    {
        std::array<int, 4> key;
        TrendRow row;
    };
    std::vector<Ranked> ranked;
    ranked.reserve(figures.size());
    for (const Figure &figure : figures) {
        if (figure.scope == FigureScope::Wave)
            continue;
        if (!wanted.empty() && !wanted.count(figure.teamId))
            continue;
        const auto team = byId.find(figure.teamId);
        if (team == byId.end())
            continue;
        TrendRow row;
        row.scope = figure.scope == FigureScope::Rollup ? rollupScope : teamScope;
        row.team = team->second->name;
        if (const auto parent = byId.find(team->second->parentId); parent != byId.end())
            row.parent = parent->second->name;
        row.instrument = figure.instrumentKey;
        auto period = periodTexts.find(figure.period.index());
        if (period == periodTexts.end())
            period = periodTexts.emplace(figure.period.index(), figure.period.text()).first;
        row.period = period->second;
        row.suppressed = figure.suppressed;
        if (!figure.suppressed) {
            row.respondents = figure.respondents;
            row.score = figure.summary.mean;
        }
        const int instrument =
            int(std::lower_bound(instruments.begin(), instruments.end(), figure.instrumentKey) - instruments.begin());
        ranked.push_back(
            {{instrument, rank.at(figure.teamId), figure.scope == FigureScope::Rollup ? 1 : 0, figure.period.index()},
             std::move(row)});
    }
    // Sorted through the keys alone; the rows move once, into place.
    std::vector<int> order(ranked.size());
    for (size_t i = 0; i < order.size(); ++i)
        order[i] = int(i);
    std::stable_sort(order.begin(), order.end(),
                     [&ranked](int a, int b) { return ranked[size_t(a)].key < ranked[size_t(b)].key; });
    std::vector<TrendRow> result;
    result.reserve(ranked.size());
    for (int i : order)
        result.push_back(std::move(ranked[size_t(i)].row));
    return result;
}

QString csv(const std::vector<TrendRow> &rows)
{
    QString text = csv::record({QStringLiteral("scope"), QStringLiteral("team"), QStringLiteral("parent"),
                                QStringLiteral("instrument"), QStringLiteral("period"), QStringLiteral("respondents"),
                                QStringLiteral("score"), QStringLiteral("suppressed")});
    // About 60 characters a row; one allocation instead of thousands.
    text.reserve(text.size() + qsizetype(rows.size()) * 80);
    const QString yes = QStringLiteral("true");
    const QString no = QStringLiteral("false");
    for (const TrendRow &row : rows) {
        // Machine formats are not localised: a dot for decimals, true/false.
        csv::appendField(text, row.scope, true);
        csv::appendField(text, row.team, false);
        csv::appendField(text, row.parent, false);
        csv::appendField(text, row.instrument, false);
        csv::appendField(text, row.period, false);
        csv::appendField(text, row.suppressed ? QString() : QString::number(row.respondents), false);
        csv::appendField(text, row.suppressed ? QString() : QString::number(roundedScore(row.score), 'f', 2), false);
        csv::appendField(text, row.suppressed ? yes : no, false);
        csv::endRecord(text);
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
