#pragma once

#include "domain/Survey.h"

#include <optional>
#include <vector>

namespace candor {

// The additive moments of a group of respondents' scale scores: enough to merge groups (waves into a quarter,
// teams into a department) and to compute a mean with its confidence interval without the answers themselves.
struct ScoreMoments
{
    int respondents = 0;
    double sum = 0;               // of respondent scale scores
    double sumSquares = 0;        // of respondent scale scores squared
    std::vector<double> itemSums; // per item position, of reverse-scored values (empty when not known)
    // Answers (reverse-scored) per item that were unfavourable, neutral and favourable, summed over items.
    qint64 unfavourable = 0;
    qint64 neutral = 0;
    qint64 favourable = 0;

    void add(const ScoreMoments &other);
};

struct Distribution
{
    double unfavourable = 0; // shares 0..1 of all answers; they sum to 1 when there are answers
    double neutral = 0;
    double favourable = 0;
};

// What a group's responses say. Only ever shown for groups the AnonymityPolicy allows.
struct ScoreSummary
{
    int respondents = 0;
    double mean = 0;  // mean scale score (1..scalePoints)
    double ciLow = 0; // 95% confidence interval of the mean (Student's t); equal to mean for one respondent
    double ciHigh = 0;
    std::vector<double> itemMeans; // reverse-scored, per item position
    Distribution distribution;
    std::optional<double> alpha; // Cronbach's alpha: only from raw answers and enough respondents
};

// Scoring of survey answers, as PRODUCT.md defines it. Pure functions; no database, no anonymity (the callers
// pass every result through AnonymityPolicy before it reaches anyone).
namespace scoring {

// On a 1..n scale a reversed item scores n + 1 - value.
int scored(int value, int scalePoints, bool reversed);
// A respondent's scale score: the mean of the reverse-scored answers.
double respondentScore(const Instrument &instrument, const std::vector<int> &values);
// Where a reverse-scored answer falls: -1 unfavourable (below the midpoint), 0 neutral (the midpoint of an odd
// scale), 1 favourable (above it).
int band(int scoredValue, int scalePoints);

// The moments of one respondent (to store or to add up) and of many.
ScoreMoments moments(const Instrument &instrument, const std::vector<int> &values);
ScoreMoments moments(const Instrument &instrument, const std::vector<std::vector<int>> &responses);

// The two-sided 95% quantile of Student's t with the given degrees of freedom (>= 1).
double studentT975(int degreesOfFreedom);

// Mean, interval, item means and distribution from moments.
ScoreSummary summarize(const ScoreMoments &moments);
// The same from raw answers, with Cronbach's alpha when there are at least MinimumForAlpha respondents and two or
// more items (and the total score varies).
ScoreSummary summarize(const Instrument &instrument, const std::vector<std::vector<int>> &responses);
std::optional<double> cronbachAlpha(const Instrument &instrument, const std::vector<std::vector<int>> &responses);
constexpr int MinimumForAlpha = 10;

// Share of invited people who answered, 0..1; nullopt when the invited count is unknown (0).
std::optional<double> responseRate(int respondents, int invited);

} // namespace scoring

} // namespace candor
