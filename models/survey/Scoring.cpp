#include "Scoring.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <functional>
#include <limits>
#include <numeric>

namespace candor {

namespace {

// Two-sided 95% quantiles of Student's t for 1..30 degrees of freedom (the standard table, to 9 decimals). Small
// samples are where the interval matters most and where the asymptotic series below is least accurate.
constexpr std::array<double, 30> t975Table = {
    12.706204736, 4.302652730, 3.182446305, 2.776445105, 2.570581836, 2.446911851, 2.364624252, 2.306004135,
    2.262157163,  2.228138852, 2.200985160, 2.178812830, 2.160368656, 2.144786688, 2.131449546, 2.119905299,
    2.109815578,  2.100922040, 2.093024054, 2.085963447, 2.079613845, 2.073873068, 2.068657610, 2.063898562,
    2.059538553,  2.055529439, 2.051830516, 2.048407142, 2.045229642, 2.042272456,
};

// The 97.5% quantile of the standard normal distribution.
constexpr double z975 = 1.959963984540054;

// Cornish-Fisher expansion of t around the normal quantile in powers of 1/df (Abramowitz & Stegun 26.7.5). Beyond
// 30 degrees of freedom its first four terms are accurate to better than 1e-7, far below what an interval shows.
double cornishFisherT(double z, double df)
{
    const double z2 = z * z;
    const double g1 = (z2 + 1) * z / 4;
    const double g2 = ((5 * z2 + 16) * z2 + 3) * z / 96;
    const double g3 = (((3 * z2 + 19) * z2 + 17) * z2 - 15) * z / 384;
    const double g4 = ((((79 * z2 + 776) * z2 + 1482) * z2 - 1920) * z2 - 945) * z / 92160;
    return z + (g1 + (g2 + (g3 + g4 / df) / df) / df) / df;
}

// Sums of integer answers (or totals) whose squared deviations come out in exact integers, times n:
// n * sum(x^2) - (sum x)^2. Cronbach's alpha is a ratio of such variances, so the common 1 / (n (n - 1)) cancels
// and a constant total is detected exactly rather than as a rounding residue.
struct IntegerMoments
{
    qint64 sum = 0;
    qint64 sumSquares = 0;

    void add(qint64 value)
    {
        sum += value;
        sumSquares += value * value;
    }
    qint64 scaledDeviations(qint64 n) const { return n * sumSquares - sum * sum; }
};

std::vector<int> scoredValues(const Instrument &instrument, const std::vector<int> &values)
{
    std::vector<int> scoredAnswers;
    scoredAnswers.reserve(values.size());
    for (std::size_t i = 0; i < values.size(); ++i)
        scoredAnswers.push_back(scoring::scored(values[i], instrument.scalePoints, instrument.items[i].reversed));
    return scoredAnswers;
}

bool fits(const Instrument &instrument, const std::vector<int> &values)
{
    return !values.empty() && values.size() == instrument.items.size();
}

} // namespace

void ScoreMoments::add(const ScoreMoments &other)
{
    respondents += other.respondents;
    sum += other.sum;
    sumSquares += other.sumSquares;
    unfavourable += other.unfavourable;
    neutral += other.neutral;
    favourable += other.favourable;
    // An empty side (typically a fresh accumulator) contributes nothing per item. Sums of different lengths come
    // from different instrument versions and cannot be lined up, so the item sums become unknown instead.
    if (other.itemSums.empty())
        return;
    if (itemSums.empty()) {
        itemSums = other.itemSums;
    } else if (itemSums.size() == other.itemSums.size()) {
        std::transform(itemSums.begin(), itemSums.end(), other.itemSums.begin(), itemSums.begin(), std::plus<>());
    } else {
        itemSums.clear();
    }
}

namespace scoring {

int scored(int value, int scalePoints, bool reversed)
{
    return reversed ? scalePoints + 1 - value : value;
}

// Returns 0 when the values do not match the items one for one (or there are none): callers validate answers
// before scoring, so this only keeps a malformed row from reading memory it does not own.
double respondentScore(const Instrument &instrument, const std::vector<int> &values)
{
    if (!fits(instrument, values))
        return 0;
    const std::vector<int> scoredAnswers = scoredValues(instrument, values);
    const double total = std::accumulate(scoredAnswers.begin(), scoredAnswers.end(), 0.0);
    return total / double(scoredAnswers.size());
}

int band(int scoredValue, int scalePoints)
{
    // Compare twice the value with n + 1 (twice the midpoint) to stay in integers; an even scale has no midpoint
    // value, so it never answers neutral.
    const int doubled = 2 * scoredValue;
    if (doubled < scalePoints + 1)
        return -1;
    return doubled == scalePoints + 1 ? 0 : 1;
}

// A malformed row (see respondentScore) contributes nothing, not even a respondent.
ScoreMoments moments(const Instrument &instrument, const std::vector<int> &values)
{
    ScoreMoments result;
    if (!fits(instrument, values))
        return result;
    const double score = respondentScore(instrument, values);
    result.respondents = 1;
    result.sum = score;
    result.sumSquares = score * score;
    for (int value : scoredValues(instrument, values)) {
        result.itemSums.push_back(value);
        const int where = band(value, instrument.scalePoints);
        ++(where < 0 ? result.unfavourable : where == 0 ? result.neutral : result.favourable);
    }
    return result;
}

ScoreMoments moments(const Instrument &instrument, const std::vector<std::vector<int>> &responses)
{
    ScoreMoments result;
    for (const std::vector<int> &values : responses)
        result.add(moments(instrument, values));
    return result;
}

// A table for small samples plus an asymptotic series beyond: both exact to far more digits than an interval is
// shown with, and simpler to check than inverting the incomplete beta function. NaN below one degree of freedom,
// where the quantile is undefined.
double studentT975(int degreesOfFreedom)
{
    if (degreesOfFreedom < 1)
        return std::numeric_limits<double>::quiet_NaN();
    if (degreesOfFreedom <= int(t975Table.size()))
        return t975Table[std::size_t(degreesOfFreedom - 1)];
    return cornishFisherT(z975, degreesOfFreedom);
}

ScoreSummary summarize(const ScoreMoments &moments)
{
    ScoreSummary summary;
    summary.respondents = moments.respondents;
    if (moments.respondents <= 0)
        return summary;
    const double n = moments.respondents;
    summary.mean = moments.sum / n;
    summary.ciLow = summary.ciHigh = summary.mean;
    if (moments.respondents > 1) {
        // Rounding can leave a tiny negative variance when every score is the same.
        const double variance = std::max(0.0, (moments.sumSquares - moments.sum * moments.sum / n) / (n - 1));
        const double halfWidth = studentT975(moments.respondents - 1) * std::sqrt(variance / n);
        summary.ciLow = summary.mean - halfWidth;
        summary.ciHigh = summary.mean + halfWidth;
    }
    for (double itemSum : moments.itemSums)
        summary.itemMeans.push_back(itemSum / n);
    const double answers = double(moments.unfavourable + moments.neutral + moments.favourable);
    if (answers > 0)
        summary.distribution = {moments.unfavourable / answers, moments.neutral / answers,
                                moments.favourable / answers};
    return summary;
}

ScoreSummary summarize(const Instrument &instrument, const std::vector<std::vector<int>> &responses)
{
    ScoreSummary summary = summarize(moments(instrument, responses));
    summary.alpha = cronbachAlpha(instrument, responses);
    return summary;
}

// alpha = k / (k - 1) * (1 - sum of item variances / variance of the totals), over the well-formed responses only,
// like the other figures. Below MinimumForAlpha respondents the estimate swings too much to mean anything.
std::optional<double> cronbachAlpha(const Instrument &instrument, const std::vector<std::vector<int>> &responses)
{
    const int k = instrument.itemCount();
    if (k < 2)
        return std::nullopt;
    std::vector<IntegerMoments> items(static_cast<std::size_t>(k));
    IntegerMoments totals;
    qint64 n = 0;
    for (const std::vector<int> &values : responses) {
        if (!fits(instrument, values))
            continue;
        const std::vector<int> scoredAnswers = scoredValues(instrument, values);
        for (std::size_t i = 0; i < scoredAnswers.size(); ++i)
            items[i].add(scoredAnswers[i]);
        totals.add(std::accumulate(scoredAnswers.begin(), scoredAnswers.end(), qint64(0)));
        ++n;
    }
    const qint64 totalDeviations = totals.scaledDeviations(n);
    if (n < MinimumForAlpha || totalDeviations == 0)
        return std::nullopt;
    qint64 itemDeviations = 0;
    for (const IntegerMoments &item : items)
        itemDeviations += item.scaledDeviations(n);
    return double(k) / (k - 1) * (1.0 - double(itemDeviations) / double(totalDeviations));
}

std::optional<double> responseRate(int respondents, int invited)
{
    if (invited <= 0)
        return std::nullopt;
    // An invited count that fell behind (more answers than invitations) reads as everyone, not as over 100%.
    return std::clamp(double(respondents) / invited, 0.0, 1.0);
}

} // namespace scoring

} // namespace candor
