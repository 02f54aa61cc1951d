// Scoring: reverse scoring, respondent scores, bands on odd and even scales, moments and their merging, Student's t,
// wave summaries with confidence intervals, item means, distributions, Cronbach's alpha and the response rate.
// Every expectation is worked out by hand; the arithmetic is in the row or the comment beside it.
#include "survey/Instruments.h"
#include "survey/Scoring.h"

#include <QList>
#include <QTest>

#include <cmath>
#include <optional>
#include <vector>

using namespace candor;

Q_DECLARE_METATYPE(candor::ScoreMoments)
Q_DECLARE_METATYPE(candor::Instrument)

using Answers = std::vector<int>;
using Responses = std::vector<std::vector<int>>;

// Floating-point results checked against hand-computed literals, with the tolerance the literal was written to.
#define COMPARE_NEAR(actual, expected, tolerance)                                                                      \
    QVERIFY2(std::abs((actual) - (expected)) <= (tolerance), qPrintable(QStringLiteral("%1 is not within %2 of %3")    \
                                                                            .arg(actual, 0, 'g', 17)                   \
                                                                            .arg(tolerance)                            \
                                                                            .arg(expected, 0, 'g', 17)))

namespace {

constexpr double exact = 1e-12; // literals written to full double precision
constexpr double tableTolerance = 0.002;

Instrument psychSafety()
{
    return *Instruments::builtInByKey(QStringLiteral("psych-safety"));
}

Instrument healthCheck()
{
    return *Instruments::builtInByKey(QStringLiteral("health-check"));
}

// A custom instrument with one item per flag; true marks a reversed item.
Instrument custom(int scalePoints, const QList<bool> &reversed)
{
    Instrument instrument;
    instrument.key = QStringLiteral("custom-test");
    instrument.scalePoints = scalePoints;
    for (bool isReversed : reversed)
        instrument.items.push_back(SurveyItem{QString(), QStringLiteral("Item"), isReversed});
    return instrument;
}

ScoreMoments momentsOf(int respondents, double sum, double sumSquares, const std::vector<double> &itemSums,
                       qint64 unfavourable, qint64 neutral, qint64 favourable)
{
    ScoreMoments moments;
    moments.respondents = respondents;
    moments.sum = sum;
    moments.sumSquares = sumSquares;
    moments.itemSums = itemSums;
    moments.unfavourable = unfavourable;
    moments.neutral = neutral;
    moments.favourable = favourable;
    return moments;
}

QList<double> list(const std::vector<double> &values)
{
    return QList<double>(values.begin(), values.end());
}

// Ten respondents on a 5-point, 3-item instrument whose third item is reversed. Scored values and totals:
//   5 4 5 =14 | 4 4 4 =12 | 3 3 4 =10 | 2 2 1 =5 | 5 5 4 =14 | 1 2 2 =5 | 3 4 3 =10 | 4 3 4 =11 | 2 1 2 =5 | 4 5 5 =14
// The third item is answered raw as 6 - scored.
Responses alphaExample()
{
    return {{5, 4, 1}, {4, 4, 2}, {3, 3, 2}, {2, 2, 5}, {5, 5, 2},
            {1, 2, 4}, {3, 4, 3}, {4, 3, 2}, {2, 1, 4}, {4, 5, 1}};
}

Instrument alphaInstrument()
{
    return custom(5, {false, false, true});
}

} // namespace

class TestScoring : public QObject
{
    Q_OBJECT

private slots:
    void scored_data();
    void scored();
    void respondentScore_data();
    void respondentScore();
    void band_data();
    void band();
    void momentsOfOneRespondent_data();
    void momentsOfOneRespondent();
    void momentsOfManyRespondents();
    void add_data();
    void add();
    void studentT975_data();
    void studentT975();
    void studentT975ShrinksTowardTheNormal();
    void studentT975UndefinedBelowOne();
    void summarizeMoments_data();
    void summarizeMoments();
    void summarizeResponses_data();
    void summarizeResponses();
    void oneRespondentHasNoInterval_data();
    void oneRespondentHasNoInterval();
    void itemMeansAndDistribution_data();
    void itemMeansAndDistribution();
    void cronbachAlpha_data();
    void cronbachAlpha();
    void responseRate_data();
    void responseRate();
};

void TestScoring::scored_data()
{
    QTest::addColumn<int>("value");
    QTest::addColumn<int>("scalePoints");
    QTest::addColumn<bool>("reversed");
    QTest::addColumn<int>("expected");

    QTest::newRow("7-point reversed 1 becomes 7") << 1 << 7 << true << 7;
    QTest::newRow("7-point reversed 2 becomes 6") << 2 << 7 << true << 6;
    QTest::newRow("7-point reversed midpoint 4 stays 4") << 4 << 7 << true << 4;
    QTest::newRow("7-point reversed 7 becomes 1") << 7 << 7 << true << 1;
    QTest::newRow("7-point plain 2 stays 2") << 2 << 7 << false << 2;
    QTest::newRow("5-point reversed 1 becomes 5") << 1 << 5 << true << 5;
    QTest::newRow("5-point reversed 2 becomes 4") << 2 << 5 << true << 4;
    QTest::newRow("5-point reversed midpoint 3 stays 3") << 3 << 5 << true << 3;
    QTest::newRow("5-point reversed 5 becomes 1") << 5 << 5 << true << 1;
    QTest::newRow("5-point plain 4 stays 4") << 4 << 5 << false << 4;
    QTest::newRow("3-point reversed 1 becomes 3") << 1 << 3 << true << 3;
    QTest::newRow("3-point reversed midpoint 2 stays 2") << 2 << 3 << true << 2;
    QTest::newRow("3-point reversed 3 becomes 1") << 3 << 3 << true << 1;
    QTest::newRow("3-point plain 3 stays 3") << 3 << 3 << false << 3;
}

void TestScoring::scored()
{
    QFETCH(int, value);
    QFETCH(int, scalePoints);
    QFETCH(bool, reversed);
    QFETCH(int, expected);

    QCOMPARE(scoring::scored(value, scalePoints, reversed), expected);
}

void TestScoring::respondentScore_data()
{
    QTest::addColumn<Answers>("values");
    QTest::addColumn<double>("expected");

    // Items 1, 3 and 5 are reversed: on the 7-point scale they score 8 - value.
    QTest::newRow("all 7: 1+7+1+7+1+7+7 = 31, / 7") << Answers{7, 7, 7, 7, 7, 7, 7} << 4.428571428571429;
    QTest::newRow("all 1: 7+1+7+1+7+1+1 = 25, / 7") << Answers{1, 1, 1, 1, 1, 1, 1} << 3.5714285714285716;
    QTest::newRow("all 4: the midpoint either way") << Answers{4, 4, 4, 4, 4, 4, 4} << 4.0;
    QTest::newRow("most favourable answers score 7") << Answers{1, 7, 1, 7, 1, 7, 7} << 7.0;
    QTest::newRow("least favourable answers score 1") << Answers{7, 1, 7, 1, 7, 1, 1} << 1.0;
    QTest::newRow("mixed: 6+6+5+5+7+4+6 = 39, / 7") << Answers{2, 6, 3, 5, 1, 4, 6} << 5.571428571428571;
    QTest::newRow("mixed: 3+3+2+2+4+7+1 = 22, / 7") << Answers{5, 3, 6, 2, 4, 7, 1} << 3.142857142857143;
    QTest::newRow("too few values score 0") << Answers{4, 4, 4, 4, 4, 4} << 0.0;
    QTest::newRow("too many values score 0") << Answers{4, 4, 4, 4, 4, 4, 4, 4} << 0.0;
    QTest::newRow("no values score 0") << Answers{} << 0.0;
}

void TestScoring::respondentScore()
{
    QFETCH(Answers, values);
    QFETCH(double, expected);

    COMPARE_NEAR(scoring::respondentScore(psychSafety(), values), expected, exact);
}

void TestScoring::band_data()
{
    QTest::addColumn<int>("scoredValue");
    QTest::addColumn<int>("scalePoints");
    QTest::addColumn<int>("expected");

    QTest::newRow("7-point 1 is unfavourable") << 1 << 7 << -1;
    QTest::newRow("7-point 3 is unfavourable") << 3 << 7 << -1;
    QTest::newRow("7-point 4 is neutral") << 4 << 7 << 0;
    QTest::newRow("7-point 5 is favourable") << 5 << 7 << 1;
    QTest::newRow("7-point 7 is favourable") << 7 << 7 << 1;
    QTest::newRow("5-point 2 is unfavourable") << 2 << 5 << -1;
    QTest::newRow("5-point 3 is neutral") << 3 << 5 << 0;
    QTest::newRow("5-point 4 is favourable") << 4 << 5 << 1;
    QTest::newRow("3-point 1 is unfavourable") << 1 << 3 << -1;
    QTest::newRow("3-point 2 is neutral") << 2 << 3 << 0;
    QTest::newRow("3-point 3 is favourable") << 3 << 3 << 1;
    QTest::newRow("4-point 1 is unfavourable") << 1 << 4 << -1;
    QTest::newRow("4-point 2 is unfavourable, no neutral") << 2 << 4 << -1;
    QTest::newRow("4-point 3 is favourable, no neutral") << 3 << 4 << 1;
    QTest::newRow("4-point 4 is favourable") << 4 << 4 << 1;
    QTest::newRow("6-point 3 is unfavourable, no neutral") << 3 << 6 << -1;
    QTest::newRow("6-point 4 is favourable, no neutral") << 4 << 6 << 1;
    QTest::newRow("2-point 1 is unfavourable") << 1 << 2 << -1;
    QTest::newRow("2-point 2 is favourable") << 2 << 2 << 1;
}

void TestScoring::band()
{
    QFETCH(int, scoredValue);
    QFETCH(int, scalePoints);
    QFETCH(int, expected);

    QCOMPARE(scoring::band(scoredValue, scalePoints), expected);
}

void TestScoring::momentsOfOneRespondent_data()
{
    QTest::addColumn<Answers>("values");
    QTest::addColumn<ScoreMoments>("expected");

    // Scored 6 6 5 5 7 4 6: score 39/7, squared 1521/49; the 4 is neutral, the rest favourable.
    QTest::newRow("mostly favourable") << Answers{2, 6, 3, 5, 1, 4, 6}
                                       << momentsOf(1, 5.571428571428571, 31.040816326530614, {6, 6, 5, 5, 7, 4, 6}, 0,
                                                    1, 6);
    // Scored 3 3 2 2 4 7 1: score 22/7, squared 484/49; five below 4, one 4, one 7.
    QTest::newRow("mostly unfavourable") << Answers{5, 3, 6, 2, 4, 7, 1}
                                         << momentsOf(1, 3.142857142857143, 9.877551020408163, {3, 3, 2, 2, 4, 7, 1}, 5,
                                                      1, 1);
    QTest::newRow("wrong number of values counts nobody") << Answers{4, 4, 4} << ScoreMoments();
}

void TestScoring::momentsOfOneRespondent()
{
    QFETCH(Answers, values);
    QFETCH(ScoreMoments, expected);

    const ScoreMoments actual = scoring::moments(psychSafety(), values);
    QCOMPARE(actual.respondents, expected.respondents);
    COMPARE_NEAR(actual.sum, expected.sum, exact);
    COMPARE_NEAR(actual.sumSquares, expected.sumSquares, exact);
    QCOMPARE(list(actual.itemSums), list(expected.itemSums));
    QCOMPARE(actual.unfavourable, expected.unfavourable);
    QCOMPARE(actual.neutral, expected.neutral);
    QCOMPARE(actual.favourable, expected.favourable);
}

void TestScoring::momentsOfManyRespondents()
{
    // The two respondents above plus a malformed row, which is left out.
    const Responses responses = {{2, 6, 3, 5, 1, 4, 6}, {5, 3, 6, 2, 4, 7, 1}, {4, 4}};
    const ScoreMoments actual = scoring::moments(psychSafety(), responses);

    QCOMPARE(actual.respondents, 2);
    COMPARE_NEAR(actual.sum, 8.714285714285714, exact);        // (39 + 22) / 7
    COMPARE_NEAR(actual.sumSquares, 40.91836734693877, exact); // (1521 + 484) / 49
    QCOMPARE(list(actual.itemSums), QList<double>({9, 9, 7, 7, 11, 11, 7}));
    QCOMPARE(actual.unfavourable, qint64(5));
    QCOMPARE(actual.neutral, qint64(2));
    QCOMPARE(actual.favourable, qint64(7));
}

void TestScoring::add_data()
{
    QTest::addColumn<ScoreMoments>("left");
    QTest::addColumn<ScoreMoments>("right");
    QTest::addColumn<ScoreMoments>("expected");

    const ScoreMoments one = momentsOf(1, 5, 25, {5, 5}, 0, 1, 1);
    QTest::newRow("empty plus one respondent takes its item sums") << ScoreMoments() << one << one;
    QTest::newRow("one respondent plus empty keeps its item sums") << one << ScoreMoments() << one;
    QTest::newRow("two groups add up, item sums elementwise")
        << momentsOf(2, 9, 41, {8, 10}, 1, 1, 2) << momentsOf(3, 12, 50, {12, 12}, 0, 2, 4)
        << momentsOf(5, 21, 91, {20, 22}, 1, 3, 6);
    QTest::newRow("unknown item sums on one side take the other's")
        << momentsOf(2, 9, 41, {8, 10}, 1, 1, 2) << momentsOf(1, 4, 16, {}, 0, 1, 1)
        << momentsOf(3, 13, 57, {8, 10}, 1, 2, 3);
    QTest::newRow("item sums of different lengths become unknown")
        << momentsOf(1, 4, 16, {4, 4}, 0, 2, 0) << momentsOf(1, 3, 9, {3, 3, 3}, 0, 3, 0)
        << momentsOf(2, 7, 25, {}, 0, 5, 0);
}

void TestScoring::add()
{
    QFETCH(ScoreMoments, left);
    QFETCH(ScoreMoments, right);
    QFETCH(ScoreMoments, expected);

    left.add(right);
    QCOMPARE(left.respondents, expected.respondents);
    QCOMPARE(left.sum, expected.sum);
    QCOMPARE(left.sumSquares, expected.sumSquares);
    QCOMPARE(list(left.itemSums), list(expected.itemSums));
    QCOMPARE(left.unfavourable, expected.unfavourable);
    QCOMPARE(left.neutral, expected.neutral);
    QCOMPARE(left.favourable, expected.favourable);
}

void TestScoring::studentT975_data()
{
    QTest::addColumn<int>("degreesOfFreedom");
    QTest::addColumn<double>("expected");

    // Printed tables of two-sided 95% critical values.
    QTest::newRow("df 1") << 1 << 12.706;
    QTest::newRow("df 2") << 2 << 4.303;
    QTest::newRow("df 3") << 3 << 3.182;
    QTest::newRow("df 5") << 5 << 2.571;
    QTest::newRow("df 10") << 10 << 2.228;
    QTest::newRow("df 20") << 20 << 2.086;
    QTest::newRow("df 29") << 29 << 2.045;
    QTest::newRow("df 30, last table row") << 30 << 2.042;
    QTest::newRow("df 31, first from the series") << 31 << 2.040;
    QTest::newRow("df 40") << 40 << 2.021;
    QTest::newRow("df 60") << 60 << 2.000;
    QTest::newRow("df 100") << 100 << 1.984;
    QTest::newRow("df 120") << 120 << 1.980;
    QTest::newRow("df 1000") << 1000 << 1.962;
    QTest::newRow("df one million is the normal 1.96") << 1000000 << 1.960;
}

void TestScoring::studentT975()
{
    QFETCH(int, degreesOfFreedom);
    QFETCH(double, expected);

    COMPARE_NEAR(scoring::studentT975(degreesOfFreedom), expected, tableTolerance);
}

void TestScoring::studentT975ShrinksTowardTheNormal()
{
    // Also guards the seam between the table and the series: no step back up at 31.
    for (int df = 2; df <= 500; ++df)
        QVERIFY2(scoring::studentT975(df) < scoring::studentT975(df - 1), qPrintable(QString::number(df)));
    QVERIFY(scoring::studentT975(500) > 1.959963984540054);
}

void TestScoring::studentT975UndefinedBelowOne()
{
    QVERIFY(std::isnan(scoring::studentT975(0)));
    QVERIFY(std::isnan(scoring::studentT975(-3)));
}

void TestScoring::summarizeMoments_data()
{
    QTest::addColumn<ScoreMoments>("moments");
    QTest::addColumn<int>("respondents");
    QTest::addColumn<double>("mean");
    QTest::addColumn<double>("ciLow");
    QTest::addColumn<double>("ciHigh");
    QTest::addColumn<QList<double>>("itemMeans");
    QTest::addColumn<QList<double>>("shares"); // unfavourable, neutral, favourable

    QTest::newRow("nobody") << ScoreMoments() << 0 << 0.0 << 0.0 << 0.0 << QList<double>() << QList<double>{0, 0, 0};
    QTest::newRow("one respondent has no interval") << momentsOf(1, 5, 25, {5, 5}, 0, 1, 1) << 1 << 5.0 << 5.0 << 5.0
                                                    << QList<double>{5, 5} << QList<double>{0, 0.5, 0.5};
    // Scores 4 and 6: mean 5, s^2 = (52 - 100/2) / 1 = 2, s / sqrt(2) = 1, t(1) = 12.706204736.
    QTest::newRow("two respondents") << momentsOf(2, 10, 52, {8, 12}, 1, 1, 2) << 2 << 5.0 << -7.706204736
                                     << 17.706204736 << QList<double>{4, 6} << QList<double>{0.25, 0.25, 0.5};
    // Scores 3, 4 and 8: mean 5, s^2 = (89 - 225/3) / 2 = 7, s / sqrt(3) = sqrt(7/3) = 1.5275252317,
    // t(2) = 4.302652730, half width 6.5724106081.
    QTest::newRow("three respondents") << momentsOf(3, 15, 89, {15, 12, 18}, 2, 1, 3) << 3 << 5.0 << -1.5724106081
                                       << 11.5724106081 << QList<double>{5, 4, 6}
                                       << QList<double>{2.0 / 6, 1.0 / 6, 3.0 / 6};
    // Scores 2, 3, 3, 4 and 5: mean 3.4, s^2 = (63 - 289/5) / 4 = 1.3, s / sqrt(5) = sqrt(0.26) = 0.5099019514,
    // t(4) = 2.776445105, half width 1.4157147769.
    QTest::newRow("five respondents") << momentsOf(5, 17, 63, {15, 20}, 3, 2, 5) << 5 << 3.4 << 1.9842852231
                                      << 4.8157147769 << QList<double>{3, 4} << QList<double>{0.3, 0.2, 0.5};
    QTest::newRow("identical scores have no width")
        << momentsOf(4, 20, 100, {}, 0, 0, 8) << 4 << 5.0 << 5.0 << 5.0 << QList<double>() << QList<double>{0, 0, 1};
}

void TestScoring::summarizeMoments()
{
    QFETCH(ScoreMoments, moments);
    QFETCH(int, respondents);
    QFETCH(double, mean);
    QFETCH(double, ciLow);
    QFETCH(double, ciHigh);
    QFETCH(QList<double>, itemMeans);
    QFETCH(QList<double>, shares);

    const ScoreSummary summary = scoring::summarize(moments);
    QCOMPARE(summary.respondents, respondents);
    COMPARE_NEAR(summary.mean, mean, exact);
    COMPARE_NEAR(summary.ciLow, ciLow, 1e-9);
    COMPARE_NEAR(summary.ciHigh, ciHigh, 1e-9);
    QCOMPARE(list(summary.itemMeans), itemMeans);
    COMPARE_NEAR(summary.distribution.unfavourable, shares.at(0), exact);
    COMPARE_NEAR(summary.distribution.neutral, shares.at(1), exact);
    COMPARE_NEAR(summary.distribution.favourable, shares.at(2), exact);
    QVERIFY(!summary.alpha); // moments carry no answers to compute it from
}

void TestScoring::summarizeResponses_data()
{
    QTest::addColumn<Instrument>("instrument");
    QTest::addColumn<Responses>("responses");
    QTest::addColumn<int>("respondents");
    QTest::addColumn<double>("mean");
    QTest::addColumn<double>("ciLow");
    QTest::addColumn<double>("ciHigh");
    QTest::addColumn<double>("alpha"); // -1: none

    // Scores 39/7 and 22/7: mean 61/14, s / sqrt(2) = |39/7 - 22/7| / 2 = 17/14, t(1) = 12.706204736,
    // half width 15.4289628937.
    QTest::newRow("psych-safety, two respondents")
        << psychSafety() << Responses{{2, 6, 3, 5, 1, 4, 6}, {5, 3, 6, 2, 4, 7, 1}} << 2 << 4.357142857142857
        << -11.0718200366 << 19.7861057509 << -1.0;
    // Totals 14 12 10 5 14 5 10 11 5 14 over three items: mean 100/30 = 10/3; the variance of the scores is the
    // totals' (1128 - 100^2/10) / 9 = 128/9 divided by 3^2, so s / sqrt(10) = sqrt(128/810) = 0.3975231959,
    // t(9) = 2.262157163, half width 0.8992599453. Alpha as in cronbachAlpha().
    QTest::newRow("ten respondents with alpha") << alphaInstrument() << alphaExample() << 10 << 3.3333333333333335
                                                << 2.4340733880 << 4.2325932786 << 0.93046875;
}

void TestScoring::summarizeResponses()
{
    QFETCH(Instrument, instrument);
    QFETCH(Responses, responses);
    QFETCH(int, respondents);
    QFETCH(double, mean);
    QFETCH(double, ciLow);
    QFETCH(double, ciHigh);
    QFETCH(double, alpha);

    const ScoreSummary summary = scoring::summarize(instrument, responses);
    QCOMPARE(summary.respondents, respondents);
    COMPARE_NEAR(summary.mean, mean, exact);
    COMPARE_NEAR(summary.ciLow, ciLow, 1e-9);
    COMPARE_NEAR(summary.ciHigh, ciHigh, 1e-9);
    QCOMPARE(summary.alpha.has_value(), alpha >= 0);
    if (alpha >= 0)
        COMPARE_NEAR(*summary.alpha, alpha, exact);
}

void TestScoring::oneRespondentHasNoInterval_data()
{
    QTest::addColumn<Instrument>("instrument");
    QTest::addColumn<Answers>("values");
    QTest::addColumn<double>("mean");

    QTest::newRow("psych-safety: 39 / 7") << psychSafety() << Answers{2, 6, 3, 5, 1, 4, 6} << 5.571428571428571;
    QTest::newRow("health check: (3+3+3+2+2+1+3+2+1+3) / 10")
        << healthCheck() << Answers{3, 3, 3, 2, 2, 1, 3, 2, 1, 3} << 2.3;
}

void TestScoring::oneRespondentHasNoInterval()
{
    QFETCH(Instrument, instrument);
    QFETCH(Answers, values);
    QFETCH(double, mean);

    const ScoreSummary summary = scoring::summarize(instrument, Responses{values});
    QCOMPARE(summary.respondents, 1);
    COMPARE_NEAR(summary.mean, mean, exact);
    QCOMPARE(summary.ciLow, summary.mean);
    QCOMPARE(summary.ciHigh, summary.mean);
}

void TestScoring::itemMeansAndDistribution_data()
{
    QTest::addColumn<Instrument>("instrument");
    QTest::addColumn<Responses>("responses");
    QTest::addColumn<QList<double>>("itemMeans");
    QTest::addColumn<QList<double>>("shares"); // unfavourable, neutral, favourable

    // Scored 6 6 5 5 7 4 6 and 3 3 2 2 4 7 1: 5 of 14 answers below 4, 2 at 4, 7 above.
    QTest::newRow("psych-safety, reversed items")
        << psychSafety() << Responses{{2, 6, 3, 5, 1, 4, 6}, {5, 3, 6, 2, 4, 7, 1}}
        << QList<double>{4.5, 4.5, 3.5, 3.5, 5.5, 5.5, 3.5} << QList<double>{5.0 / 14, 2.0 / 14, 7.0 / 14};
    // Item 2 reversed (6 - value): items score 1 4 3 | 4 1 5 | 2 5 4, means 7/3, 10/3, 12/3.
    // Answers 1, 1, 2 are unfavourable, one 3 is neutral, 4, 4, 5, 5, 4 favourable: 3, 1 and 5 of 9.
    QTest::newRow("custom 5-point, second item reversed")
        << custom(5, {false, true, false}) << Responses{{1, 2, 3}, {4, 5, 5}, {2, 1, 4}}
        << QList<double>{2.3333333333333335, 3.3333333333333335, 4.0} << QList<double>{3.0 / 9, 1.0 / 9, 5.0 / 9};
    // Item sums 4 4 5 4 5 4 6 5 3 4 over two; 1s: 2 + 3, 2s: 3 + 3, 3s: 5 + 4 of 20 answers.
    QTest::newRow("health check 3-point")
        << healthCheck() << Responses{{3, 3, 3, 2, 2, 1, 3, 2, 1, 3}, {1, 1, 2, 2, 3, 3, 3, 3, 2, 1}}
        << QList<double>{2, 2, 2.5, 2, 2.5, 2, 3, 2.5, 1.5, 2} << QList<double>{0.25, 0.3, 0.45};
    // No neutral on an even scale: 1 and 2 unfavourable, 3 and 4 favourable.
    QTest::newRow("custom 4-point has no neutral")
        << custom(4, {false, true}) << Responses{{1, 1}, {2, 3}, {4, 2}, {3, 4}} << QList<double>{2.5, 2.5}
        << QList<double>{0.5, 0, 0.5};
}

void TestScoring::itemMeansAndDistribution()
{
    QFETCH(Instrument, instrument);
    QFETCH(Responses, responses);
    QFETCH(QList<double>, itemMeans);
    QFETCH(QList<double>, shares);

    const ScoreSummary summary = scoring::summarize(instrument, responses);
    QCOMPARE(int(summary.itemMeans.size()), int(itemMeans.size()));
    for (int i = 0; i < itemMeans.size(); ++i)
        COMPARE_NEAR(summary.itemMeans.at(std::size_t(i)), itemMeans.at(i), exact);
    COMPARE_NEAR(summary.distribution.unfavourable, shares.at(0), exact);
    COMPARE_NEAR(summary.distribution.neutral, shares.at(1), exact);
    COMPARE_NEAR(summary.distribution.favourable, shares.at(2), exact);
}

void TestScoring::cronbachAlpha_data()
{
    QTest::addColumn<Instrument>("instrument");
    QTest::addColumn<Responses>("responses");
    QTest::addColumn<bool>("known");
    QTest::addColumn<double>("alpha");

    // Item sums of squared deviations 125 - 33^2/10 = 16.1, 16.1 and 132 - 34^2/10 = 16.4 (together 48.6); totals
    // 1128 - 100^2/10 = 128. The (n - 1) cancels: alpha = 3/2 * (1 - 48.6/128) = 1.5 * 0.6203125 = 0.93046875.
    QTest::newRow("ten respondents, third item reversed") << alphaInstrument() << alphaExample() << true << 0.93046875;
    // Items 1 2 3 4 5 1 2 3 4 5 and 2 2 3 3 4 4 5 5 1 1: each 110 - 90 = 20; totals 390 - 360 = 30.
    // alpha = 2/1 * (1 - 40/30) = -2/3: items that pull apart.
    const Responses apart = {{1, 2}, {2, 2}, {3, 3}, {4, 3}, {5, 4}, {1, 4}, {2, 5}, {3, 5}, {4, 1}, {5, 1}};
    QTest::newRow("items pulling apart give a negative alpha")
        << custom(5, {false, false}) << apart << true << -0.6666666666666666;
    // Every respondent answers the reversed items 1, 3, 5 as 8 minus the others: after reversing all items agree,
    // so the item variances sum to 1/k of the total's and alpha = 7/6 * (1 - 1/7) = 1.
    Responses consistent;
    for (int level : {7, 6, 5, 4, 3, 2, 1, 7, 6, 5})
        consistent.push_back({8 - level, level, 8 - level, level, 8 - level, level, level});
    QTest::newRow("psych-safety, consistent once reversed") << psychSafety() << consistent << true << 1.0;

    const Responses ten = alphaExample();
    const Responses nine(ten.begin(), ten.begin() + 9);
    QTest::newRow("nine respondents are too few") << alphaInstrument() << nine << false << 0.0;
    Responses oneMalformed = ten;
    oneMalformed.back() = {4, 5};
    QTest::newRow("a malformed row leaves nine") << alphaInstrument() << oneMalformed << false << 0.0;
    const Responses single = {{1}, {2}, {3}, {4}, {5}, {1}, {2}, {3}, {4}, {5}};
    QTest::newRow("one item has no alpha") << custom(5, {false}) << single << false << 0.0;
    const Responses same(10, {3, 3, 3});
    QTest::newRow("identical answers: no variance") << custom(5, {false, false, false}) << same << false << 0.0;
    // The items vary but every total is 9.
    const Responses constantTotal = {{1, 5, 3}, {5, 1, 3}, {2, 4, 3}, {4, 2, 3}, {3, 3, 3},
                                     {1, 3, 5}, {5, 3, 1}, {3, 1, 5}, {3, 5, 1}, {2, 2, 5}};
    QTest::newRow("constant totals: no variance") << custom(5, {false, false, false}) << constantTotal << false << 0.0;
}

void TestScoring::cronbachAlpha()
{
    QFETCH(Instrument, instrument);
    QFETCH(Responses, responses);
    QFETCH(bool, known);
    QFETCH(double, alpha);

    const std::optional<double> actual = scoring::cronbachAlpha(instrument, responses);
    QCOMPARE(actual.has_value(), known);
    if (known)
        COMPARE_NEAR(*actual, alpha, exact);
}

void TestScoring::responseRate_data()
{
    QTest::addColumn<int>("respondents");
    QTest::addColumn<int>("invited");
    QTest::addColumn<bool>("known");
    QTest::addColumn<double>("rate");

    QTest::newRow("invited unknown") << 5 << 0 << false << 0.0;
    QTest::newRow("invited negative is unknown too") << 5 << -1 << false << 0.0;
    QTest::newRow("nobody answered") << 0 << 12 << true << 0.0;
    QTest::newRow("7 of 10") << 7 << 10 << true << 0.7;
    QTest::newRow("5 of 8") << 5 << 8 << true << 0.625;
    QTest::newRow("everyone") << 10 << 10 << true << 1.0;
    QTest::newRow("more answers than invitations reads as everyone") << 12 << 10 << true << 1.0;
}

void TestScoring::responseRate()
{
    QFETCH(int, respondents);
    QFETCH(int, invited);
    QFETCH(bool, known);
    QFETCH(double, rate);

    const std::optional<double> actual = scoring::responseRate(respondents, invited);
    QCOMPARE(actual.has_value(), known);
    if (known)
        COMPARE_NEAR(*actual, rate, exact);
}

QTEST_GUILESS_MAIN(TestScoring)
#include "tst_scoring.moc"
