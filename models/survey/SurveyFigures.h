#pragma once

#include "survey/Scoring.h"

#include <QDate>
#include <QString>

#include <vector>

namespace candor {

// A calendar quarter: the period of trends, rollups and comparisons. Waves of a team in one quarter count together.
struct Period
{
    int year = 0;
    int quarter = 0; // 1..4

    static Period of(const QDate &date);
    static std::optional<Period> parse(const QString &text); // "2026-Q1"
    QString text() const;                                    // "2026-Q1" (not translated: a stable key)
    QDate firstDay() const;
    QDate lastDay() const;
    bool isValid() const { return quarter >= 1 && quarter <= 4; }
    int index() const { return year * 4 + quarter - 1; } // consecutive quarters have consecutive indexes
    static Period fromIndex(int index);
    friend bool operator==(Period a, Period b) { return a.year == b.year && a.quarter == b.quarter; }
    friend bool operator!=(Period a, Period b) { return !(a == b); }
    friend bool operator<(Period a, Period b) { return a.index() < b.index(); }
};

// What the repository knows about one wave, aggregated in SQL. Never shown as it is: SurveyFigures decides.
struct WaveMoments
{
    qint64 waveId = 0;
    qint64 teamId = 0;
    QString instrumentKey;
    int scalePoints = 7;
    QDate opens;
    int k = 5;
    int commentK = 5;
    int invited = 0; // 0: unknown
    ScoreMoments moments;
};

struct TeamNode
{
    qint64 id = 0;
    qint64 parentId = 0; // 0: top level
    QString name;
};

enum class FigureScope { Wave, Team, Rollup };

// One figure a viewer may ask for: a wave, a team's own waves in a quarter, or a department's whole subtree (its
// own waves and every team below it) in a quarter. Withheld figures carry no numbers at all.
struct Figure
{
    FigureScope scope = FigureScope::Team;
    qint64 teamId = 0;
    qint64 waveId = 0; // Wave scope only
    QString instrumentKey;
    int scalePoints = 7;
    Period period;
    int k = 5; // the strictest threshold of the waves behind it
    bool suppressed = true;
    // Only when shown:
    int respondents = 0;
    ScoreMoments moments;
    ScoreSummary summary;
    std::optional<double> responseRate; // also needs AnonymityPolicy::mayShowResponseRate
};

// Builds every survey figure from the waves' moments and the team tree, and runs them through AnonymityPolicy in
// one pass, so that the waves, teams and departments of each instrument and quarter are protected together
// (a wave and its quarter overlap; a department and its teams overlap). Series are keyed by instrument and scale
// length, so scales of different length never share a line.
class SurveyFigures
{
public:
    static std::vector<Figure> compute(const std::vector<TeamNode> &teams, const std::vector<WaveMoments> &waves);
};

} // namespace candor
