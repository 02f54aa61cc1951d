// SurveyFigures: quarters as periods, and every figure built from waves and the team tree, with what the
// AnonymityPolicy withholds carrying no numbers at all; on random organisations an attacker who subtracts shown
// figures from each other (teams from departments, waves from teams) learns nothing about a withheld one.
#include "survey/AnonymityPolicy.h"
#include "survey/SurveyFigures.h"

#include <QRandomGenerator>
#include <QTest>

#include <algorithm>
#include <map>
#include <set>
#include <tuple>

using namespace candor;

Q_DECLARE_METATYPE(candor::Period)

namespace {

const QString safety = QStringLiteral("psych-safety");

// A wave whose moments are easy to add up by hand: every respondent scores 5 (sum 5n) with one item.
WaveMoments wave(qint64 waveId, qint64 teamId, int respondents, const QDate &opens, int k = 5, int invited = 0)
{
    WaveMoments moments;
    moments.waveId = waveId;
    moments.teamId = teamId;
    moments.instrumentKey = safety;
    moments.scalePoints = 7;
    moments.opens = opens;
    moments.k = k;
    moments.commentK = k;
    moments.invited = invited;
    moments.moments.respondents = respondents;
    moments.moments.sum = 5.0 * respondents;
    moments.moments.sumSquares = 25.0 * respondents;
    moments.moments.itemSums = {5.0 * respondents};
    moments.moments.favourable = respondents;
    return moments;
}

TeamNode team(qint64 id, qint64 parentId = 0)
{
    return {id, parentId, QStringLiteral("Team %1").arg(id)};
}

const QDate january(2026, 1, 15);
const QDate february(2026, 2, 20);
const QDate april(2026, 4, 2);

// The figure of a scope, team and wave in the first quarter of 2026, or null when there is none.
const Figure *find(const std::vector<Figure> &figures, FigureScope scope, qint64 teamId, qint64 waveId = 0,
                   Period period = {2026, 1}, int scalePoints = 7)
{
    const auto it = std::find_if(figures.begin(), figures.end(), [&](const Figure &figure) {
        return figure.scope == scope && figure.teamId == teamId && figure.waveId == waveId && figure.period == period &&
               figure.scalePoints == scalePoints;
    });
    return it == figures.end() ? nullptr : &*it;
}

const QString withheld = QStringLiteral("withheld");
const QString missing = QStringLiteral("missing");

// What a viewer learns of a figure: its respondents when shown, else that it is withheld, or that there is none.
QString shown(const std::vector<Figure> &figures, FigureScope scope, qint64 teamId, qint64 waveId = 0,
              Period period = {2026, 1})
{
    const Figure *figure = find(figures, scope, teamId, waveId, period);
    return !figure ? missing : figure->suppressed ? withheld : QString::number(figure->respondents);
}

// A withheld figure says which group it is and nothing about it.
QString numbersInWithheld(const Figure &figure)
{
    if (!figure.suppressed)
        return {};
    const ScoreMoments &m = figure.moments;
    const ScoreSummary &s = figure.summary;
    const bool empty = figure.respondents == 0 && m.respondents == 0 && m.sum == 0 && m.sumSquares == 0 &&
                       m.itemSums.empty() && m.unfavourable == 0 && m.neutral == 0 && m.favourable == 0 &&
                       s.respondents == 0 && s.mean == 0 && s.ciLow == 0 && s.ciHigh == 0 && s.itemMeans.empty() &&
                       s.distribution.favourable == 0 && s.distribution.neutral == 0 &&
                       s.distribution.unfavourable == 0 && !s.alpha && !figure.responseRate;
    return empty ? QString()
                 : QStringLiteral("withheld figure of team %1 wave %2 carries numbers")
                       .arg(figure.teamId)
                       .arg(figure.waveId);
}

auto sortKey(const Figure &figure)
{
    return std::make_tuple(figure.instrumentKey, figure.period.index(), int(figure.scope), figure.teamId,
                           figure.waveId);
}

// A random organisation: a tree of up to 16 teams, 1..4 levels, and waves of two instruments (one of them at two
// scale lengths) over two quarters, with many waves close to k.
struct Organisation
{
    std::vector<TeamNode> teams;
    std::vector<WaveMoments> waves;
};

Organisation randomOrganisation(QRandomGenerator &random)
{
    Organisation organisation;
    const int teamCount = random.bounded(1, 17);
    std::vector<int> depth;
    for (int i = 0; i < teamCount; ++i) {
        qint64 parent = 0;
        if (i > 0 && random.bounded(5) != 0) {
            const int candidate = random.bounded(i);
            if (depth[size_t(candidate)] < 3)
                parent = candidate + 1;
        }
        depth.push_back(parent == 0 ? 0 : depth[size_t(parent - 1)] + 1);
        organisation.teams.push_back(team(i + 1, parent));
    }
    qint64 waveId = 100;
    for (int i = 0; i < teamCount; ++i) {
        const int waves = random.bounded(4);
        for (int w = 0; w < waves; ++w) {
            const int draw = random.bounded(10);
            const int respondents =
                draw < 5 ? random.bounded(3, 7) : (draw < 7 ? random.bounded(0, 3) : random.bounded(0, 16));
            const QDate opens = random.bounded(3) == 0 ? april : january.addDays(random.bounded(60));
            const int k = random.bounded(2) == 0 ? 5 : random.bounded(3, 11);
            const int invited = random.bounded(3) == 0 ? 0 : respondents + random.bounded(5);
            WaveMoments moments = wave(++waveId, i + 1, respondents, opens, k, invited);
            if (random.bounded(5) == 0)
                moments.instrumentKey = QStringLiteral("westrum");
            else if (random.bounded(8) == 0)
                moments.scalePoints = 5;
            organisation.waves.push_back(moments);
        }
    }
    return organisation;
}

// Solves "whole = sum of parts" for one unknown again and again over the shown figures, then checks that no
// withheld figure became known and that no known whole's unknown parts hold fewer respondents than their k.
QString subtractionAttack(const Organisation &organisation, const std::vector<Figure> &figures)
{
    std::map<qint64, qint64> parentOf;
    std::set<qint64> hasChildren;
    for (const TeamNode &node : organisation.teams) {
        parentOf[node.id] = node.parentId;
        if (node.parentId != 0)
            hasChildren.insert(node.parentId);
    }
    // The true respondents and k behind every figure, from the waves.
    std::map<std::tuple<QString, int, int, int, qint64, qint64>, std::pair<int, int>> truth;
    const auto keyOf = [](const QString &instrument, int scale, int period, FigureScope scope, qint64 teamId,
                          qint64 waveId) {
        return std::make_tuple(instrument, scale, period, int(scope), teamId, waveId);
    };
    for (const WaveMoments &w : organisation.waves) {
        const int period = Period::of(w.opens).index();
        std::vector<std::tuple<QString, int, int, int, qint64, qint64>> keys{
            keyOf(w.instrumentKey, w.scalePoints, period, FigureScope::Wave, w.teamId, w.waveId),
            keyOf(w.instrumentKey, w.scalePoints, period, FigureScope::Team, w.teamId, 0)};
        if (hasChildren.count(w.teamId))
            keys.push_back(keyOf(w.instrumentKey, w.scalePoints, period, FigureScope::Rollup, w.teamId, 0));
        for (qint64 at = parentOf[w.teamId]; at != 0; at = parentOf[at])
            keys.push_back(keyOf(w.instrumentKey, w.scalePoints, period, FigureScope::Rollup, at, 0));
        for (const auto &key : keys) {
            auto &[respondents, k] = truth[key];
            respondents += w.moments.respondents;
            k = std::max(k, w.k);
        }
    }
    std::map<std::tuple<QString, int, int, int, qint64, qint64>, int> indexOf;
    for (size_t i = 0; i < figures.size(); ++i) {
        const Figure &f = figures[i];
        indexOf[keyOf(f.instrumentKey, f.scalePoints, f.period.index(), f.scope, f.teamId, f.waveId)] = int(i);
    }
    if (indexOf.size() != truth.size())
        return QStringLiteral("%1 figures, expected %2").arg(indexOf.size()).arg(truth.size());

    // Equations: a team's quarter is its waves; a department is its own quarter and its children's figures.
    std::map<int, std::vector<int>> parts;
    for (const auto &[key, index] : indexOf) {
        const auto &[instrument, scale, period, scope, teamId, waveId] = key;
        const auto partIndex = [&, instrument = instrument, scale = scale, period = period](FigureScope s, qint64 t) {
            const auto it = indexOf.find(keyOf(instrument, scale, period, s, t, 0));
            return it == indexOf.end() ? -1 : it->second;
        };
        int whole = -1;
        if (scope == int(FigureScope::Wave))
            whole = partIndex(FigureScope::Team, teamId);
        else if (scope == int(FigureScope::Team) && hasChildren.count(teamId))
            whole = partIndex(FigureScope::Rollup, teamId);
        else if (parentOf[teamId] != 0)
            whole = partIndex(FigureScope::Rollup, parentOf[teamId]);
        else
            continue; // a top-level figure
        if (whole < 0)
            return QStringLiteral("no figure for the whole above team %1").arg(teamId);
        parts[whole].push_back(index);
    }
    std::vector<int> respondents(figures.size());
    std::vector<int> k(figures.size());
    for (const auto &[key, index] : indexOf) {
        respondents[size_t(index)] = truth[key].first;
        k[size_t(index)] = truth[key].second;
        const Figure &f = figures[size_t(index)];
        if (!f.suppressed && f.respondents != truth[key].first)
            return QStringLiteral("figure of team %1 shows %2, not %3")
                .arg(f.teamId)
                .arg(f.respondents)
                .arg(truth[key].first);
        if (!f.suppressed && f.respondents < std::max(k[size_t(index)], 1))
            return QStringLiteral("figure of team %1 shown below k").arg(f.teamId);
    }

    std::vector<bool> known(figures.size());
    for (size_t i = 0; i < figures.size(); ++i)
        known[i] = !figures[i].suppressed;
    for (bool changed = true; changed;) {
        changed = false;
        for (const auto &[whole, members] : parts) {
            std::vector<int> unknown;
            if (!known[size_t(whole)])
                unknown.push_back(whole);
            for (int part : members) {
                if (!known[size_t(part)])
                    unknown.push_back(part);
            }
            if (unknown.size() == 1) {
                known[size_t(unknown.front())] = true;
                changed = true;
            }
        }
    }
    for (size_t i = 0; i < figures.size(); ++i) {
        if (figures[i].suppressed && known[i])
            return QStringLiteral("withheld figure of team %1 wave %2 follows from the shown ones")
                .arg(figures[i].teamId)
                .arg(figures[i].waveId);
    }
    for (const auto &[whole, members] : parts) {
        if (!known[size_t(whole)])
            continue;
        int hidden = 0;
        int strictest = 0;
        for (int part : members) {
            if (!known[size_t(part)]) {
                hidden += respondents[size_t(part)];
                strictest = std::max(strictest, k[size_t(part)]);
            }
        }
        if (strictest > 0 && hidden < strictest)
            return QStringLiteral("the withheld parts of team %1's figure hold %2 respondents together")
                .arg(figures[size_t(whole)].teamId)
                .arg(hidden);
    }
    return {};
}

} // namespace

class TestSurveyFigures : public QObject
{
    Q_OBJECT

private slots:
    void periodOf_data();
    void periodOf();
    void periodParse_data();
    void periodParse();
    void periodDays_data();
    void periodDays();
    void periodIndex();

    void wavesOfOneQuarterCountTogether();
    void smallTeamShowsNothing();
    void departmentStructure();
    void scaleLengthsNeverShareASeries();
    void teamTreeWithACycle();
    void responseRate_data();
    void responseRate();
    void outputIsSorted();
    void randomOrganisations();
};

void TestSurveyFigures::periodOf_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QString>("text");

    QTest::newRow("first day of the year") << QDate(2026, 1, 1) << QStringLiteral("2026-Q1");
    QTest::newRow("last day of March") << QDate(2026, 3, 31) << QStringLiteral("2026-Q1");
    QTest::newRow("first day of April") << QDate(2026, 4, 1) << QStringLiteral("2026-Q2");
    QTest::newRow("end of June") << QDate(2026, 6, 30) << QStringLiteral("2026-Q2");
    QTest::newRow("July") << QDate(2026, 7, 1) << QStringLiteral("2026-Q3");
    QTest::newRow("New Year's Eve") << QDate(2025, 12, 31) << QStringLiteral("2025-Q4");
    QTest::newRow("leap day") << QDate(2024, 2, 29) << QStringLiteral("2024-Q1");
    QTest::newRow("no date: no quarter") << QDate() << QString();
}

void TestSurveyFigures::periodOf()
{
    QFETCH(QDate, date);
    QFETCH(QString, text);

    const Period period = Period::of(date);
    QCOMPARE(period.text(), text);
    QCOMPARE(period.isValid(), date.isValid());
    if (date.isValid()) {
        QVERIFY(period.firstDay() <= date);
        QVERIFY(date <= period.lastDay());
    }
}

void TestSurveyFigures::periodParse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<Period>("period");

    QTest::newRow("first quarter") << QStringLiteral("2026-Q1") << true << Period{2026, 1};
    QTest::newRow("fourth quarter") << QStringLiteral("1999-Q4") << true << Period{1999, 4};
    QTest::newRow("lower-case q and spaces") << QStringLiteral(" 2026-q3 ") << true << Period{2026, 3};
    QTest::newRow("quarter 0") << QStringLiteral("2026-Q0") << false << Period{};
    QTest::newRow("quarter 5") << QStringLiteral("2026-Q5") << false << Period{};
    QTest::newRow("no dash") << QStringLiteral("2026Q1") << false << Period{};
    QTest::newRow("two-digit year") << QStringLiteral("26-Q1") << false << Period{};
    QTest::newRow("year 0") << QStringLiteral("0000-Q1") << false << Period{};
    QTest::newRow("a month, not a quarter") << QStringLiteral("2026-03") << false << Period{};
    QTest::newRow("empty") << QString() << false << Period{};
}

void TestSurveyFigures::periodParse()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QFETCH(Period, period);

    const std::optional<Period> parsed = Period::parse(text);
    QCOMPARE(parsed.has_value(), valid);
    if (valid) {
        QCOMPARE(parsed->year, period.year);
        QCOMPARE(parsed->quarter, period.quarter);
        QCOMPARE(Period::parse(parsed->text())->index(), period.index()); // text and parse round-trip
    }
}

void TestSurveyFigures::periodDays_data()
{
    QTest::addColumn<Period>("period");
    QTest::addColumn<QDate>("first");
    QTest::addColumn<QDate>("last");

    QTest::newRow("Q1 of a leap year") << Period{2024, 1} << QDate(2024, 1, 1) << QDate(2024, 3, 31);
    QTest::newRow("Q2") << Period{2026, 2} << QDate(2026, 4, 1) << QDate(2026, 6, 30);
    QTest::newRow("Q3") << Period{2026, 3} << QDate(2026, 7, 1) << QDate(2026, 9, 30);
    QTest::newRow("Q4") << Period{2026, 4} << QDate(2026, 10, 1) << QDate(2026, 12, 31);
    QTest::newRow("invalid") << Period{} << QDate() << QDate();
}

void TestSurveyFigures::periodDays()
{
    QFETCH(Period, period);
    QFETCH(QDate, first);
    QFETCH(QDate, last);

    QCOMPARE(period.firstDay(), first);
    QCOMPARE(period.lastDay(), last);
    if (period.isValid()) {
        QCOMPARE(Period::of(first), period);
        QCOMPARE(Period::of(last), period);
        QCOMPARE(Period::of(last.addDays(1)).index(), period.index() + 1);
    }
}

void TestSurveyFigures::periodIndex()
{
    // Consecutive quarters have consecutive indexes, across year ends, and index and fromIndex round-trip.
    Period period{2023, 1};
    for (int step = 0; step < 16; ++step) {
        const Period next = Period::of(period.lastDay().addDays(1));
        QCOMPARE(next.index(), period.index() + 1);
        QCOMPARE(Period::fromIndex(period.index()), period);
        QVERIFY(period < next);
        QVERIFY(period != next);
        period = next;
    }
    QCOMPARE(period, (Period{2027, 1}));
    QCOMPARE(Period::fromIndex(2026 * 4 + 3), (Period{2026, 4}));
    QCOMPARE(Period::fromIndex(-1), (Period{-1, 4}));
}

void TestSurveyFigures::wavesOfOneQuarterCountTogether()
{
    // Two small pulses in one quarter: neither shows, the quarter does. A third wave in April is another period.
    const std::vector<WaveMoments> waves{wave(1, 7, 3, january), wave(2, 7, 4, february), wave(3, 7, 6, april)};
    const std::vector<Figure> figures = SurveyFigures::compute({team(7)}, waves);
    QCOMPARE(figures.size(), size_t(5));

    const Figure *quarter = find(figures, FigureScope::Team, 7);
    QVERIFY(quarter);
    QVERIFY(!quarter->suppressed);
    QCOMPARE(quarter->respondents, 7);
    QCOMPARE(quarter->moments.respondents, 7);
    QCOMPARE(quarter->moments.sum, 35.0);
    QCOMPARE(quarter->summary.respondents, 7);
    QCOMPARE(quarter->summary.mean, 5.0);
    QCOMPARE(quarter->instrumentKey, safety);
    QCOMPARE(quarter->period.text(), QStringLiteral("2026-Q1"));
    QCOMPARE(shown(figures, FigureScope::Wave, 7, 1), withheld);
    QCOMPARE(shown(figures, FigureScope::Wave, 7, 2), withheld);

    const Figure *spring = find(figures, FigureScope::Team, 7, 0, Period{2026, 2});
    QVERIFY(spring);
    QCOMPARE(spring->respondents, 6);
    QVERIFY(!spring->suppressed);
    QCOMPARE(shown(figures, FigureScope::Wave, 7, 3, Period{2026, 2}), QStringLiteral("6"));
    QCOMPARE(shown(figures, FigureScope::Rollup, 7), missing); // no teams below it
}

void TestSurveyFigures::smallTeamShowsNothing()
{
    // A department (1) of three teams; team 3 had 4 responses.
    const std::vector<TeamNode> teams{team(1), team(2, 1), team(3, 1), team(4, 1)};
    const std::vector<WaveMoments> waves{wave(21, 2, 10, january), wave(31, 3, 4, january), wave(41, 4, 7, february)};
    const std::vector<Figure> figures = SurveyFigures::compute(teams, waves);

    for (const Figure &figure : figures)
        QCOMPARE(numbersInWithheld(figure), QString());
    QCOMPARE(shown(figures, FigureScope::Team, 3), withheld);
    QCOMPARE(shown(figures, FigureScope::Wave, 3, 31), withheld);
    // The department shows, so the next-smallest team (with its one wave, the same figure) hides with it...
    const Figure *department = find(figures, FigureScope::Rollup, 1);
    QVERIFY(department);
    QVERIFY(!department->suppressed);
    QCOMPARE(department->respondents, 21);
    QCOMPARE(department->moments.sum, 105.0);
    QCOMPARE(shown(figures, FigureScope::Team, 4), withheld);
    QCOMPARE(shown(figures, FigureScope::Wave, 4, 41), withheld);
    QCOMPARE(shown(figures, FigureScope::Team, 2), QStringLiteral("10"));
    // ...and the department minus the visible teams leaves both together, not team 3 alone.
    int visibleTeams = 0;
    for (const Figure &figure : figures) {
        if (figure.scope == FigureScope::Team && !figure.suppressed)
            visibleTeams += figure.respondents;
    }
    QCOMPARE(department->respondents - visibleTeams, 11);
    QCOMPARE(subtractionAttack({teams, waves}, figures), QString());
}

void TestSurveyFigures::departmentStructure()
{
    // 1 has its own waves and a child team 2; 3 is a division without waves above departments 4 and 5; 6 is a
    // department whose teams had no survey this quarter; 9 is a team the tree does not know.
    const std::vector<TeamNode> teams{team(1),    team(2, 1), team(3), team(4, 3), team(5, 3),
                                      team(7, 4), team(8, 5), team(6), team(10, 6)};
    const std::vector<WaveMoments> waves{wave(11, 1, 10, january), wave(21, 2, 8, january),  wave(71, 7, 6, january),
                                         wave(81, 8, 9, february), wave(82, 8, 5, february), wave(91, 9, 12, january),
                                         wave(101, 10, 9, april)};
    const std::vector<Figure> figures = SurveyFigures::compute(teams, waves);

    // Department 1: its own quarter and its child's, together in its rollup.
    QCOMPARE(shown(figures, FigureScope::Team, 1), QStringLiteral("10"));
    QCOMPARE(shown(figures, FigureScope::Team, 2), QStringLiteral("8"));
    QCOMPARE(shown(figures, FigureScope::Rollup, 1), QStringLiteral("18"));
    QCOMPARE(shown(figures, FigureScope::Rollup, 2), missing);
    // Division 3 has no waves of its own, so no team figure, but rollups for it and both departments.
    QCOMPARE(shown(figures, FigureScope::Team, 3), missing);
    QCOMPARE(shown(figures, FigureScope::Rollup, 4), QStringLiteral("6"));
    QCOMPARE(shown(figures, FigureScope::Rollup, 5), QStringLiteral("14"));
    QCOMPARE(shown(figures, FigureScope::Rollup, 3), QStringLiteral("20"));
    const Figure *division = find(figures, FigureScope::Rollup, 3);
    QVERIFY(division);
    QCOMPARE(division->moments.sum, 100.0);
    QCOMPARE(shown(figures, FigureScope::Team, 8), QStringLiteral("14"));
    // Department 4's one team is the same figure as department 4: both show, nothing is hidden by it.
    QCOMPARE(shown(figures, FigureScope::Team, 7), QStringLiteral("6"));
    // Department 6 only had data in the next quarter.
    QCOMPARE(shown(figures, FigureScope::Rollup, 6), missing);
    QCOMPARE(shown(figures, FigureScope::Rollup, 6, 0, Period{2026, 2}), QStringLiteral("9"));
    // A team outside the tree still counts on its own.
    QCOMPARE(shown(figures, FigureScope::Team, 9), QStringLiteral("12"));
    QCOMPARE(shown(figures, FigureScope::Wave, 9, 91), QStringLiteral("12"));

    for (const Figure &figure : figures) {
        QCOMPARE(numbersInWithheld(figure), QString());
        QCOMPARE(figure.k, 5);
    }
    QCOMPARE(subtractionAttack({teams, waves}, figures), QString());
}

void TestSurveyFigures::scaleLengthsNeverShareASeries()
{
    // The same custom instrument at 5 and 7 points, and another instrument, in one team and quarter.
    WaveMoments fivePoint = wave(1, 7, 6, january);
    fivePoint.instrumentKey = QStringLiteral("custom-pulse");
    fivePoint.scalePoints = 5;
    WaveMoments sevenPoint = wave(2, 7, 6, february);
    sevenPoint.instrumentKey = QStringLiteral("custom-pulse");
    WaveMoments other = wave(3, 7, 6, february);
    const std::vector<Figure> figures = SurveyFigures::compute({team(7)}, {fivePoint, sevenPoint, other});

    QCOMPARE(figures.size(), size_t(6));
    int teamFigures = 0;
    for (const Figure &figure : figures) {
        if (figure.scope != FigureScope::Team)
            continue;
        ++teamFigures;
        QCOMPARE(figure.respondents, 6);
    }
    QCOMPARE(teamFigures, 3);
    const Figure *fivePoints = find(figures, FigureScope::Team, 7, 0, Period{2026, 1}, 5);
    QVERIFY(fivePoints);
    QCOMPARE(fivePoints->instrumentKey, QStringLiteral("custom-pulse"));
}

void TestSurveyFigures::teamTreeWithACycle()
{
    // A caller bug: 1 and 2 name each other as parent. The cycle is cut, the figures still add up.
    const std::vector<TeamNode> teams{team(1, 2), team(2, 1), team(3, 2)};
    const std::vector<Figure> figures =
        SurveyFigures::compute(teams, {wave(1, 1, 6, january), wave(2, 2, 4, january), wave(3, 3, 9, january)});
    for (const Figure &figure : figures) {
        QCOMPARE(numbersInWithheld(figure), QString());
        QVERIFY(figure.suppressed || figure.respondents >= figure.k);
    }
    QCOMPARE(shown(figures, FigureScope::Team, 2), withheld);
    QCOMPARE(shown(figures, FigureScope::Wave, 2, 2), withheld);
}

void TestSurveyFigures::responseRate_data()
{
    QTest::addColumn<int>("respondents");
    QTest::addColumn<int>("invited");
    QTest::addColumn<int>("k");
    QTest::addColumn<QVariant>("rate");

    QTest::newRow("a quarter of those invited") << 5 << 20 << 5 << QVariant(0.25);
    QTest::newRow("invited exactly k") << 5 << 5 << 5 << QVariant(1.0);
    QTest::newRow("invited below k (a stale count)") << 6 << 4 << 5 << QVariant();
    QTest::newRow("invited not known") << 6 << 0 << 5 << QVariant();
    QTest::newRow("k 3 and 3 of 4 invited") << 3 << 4 << 3 << QVariant(0.75);
    QTest::newRow("figure withheld: no rate either") << 4 << 40 << 5 << QVariant();
}

void TestSurveyFigures::responseRate()
{
    QFETCH(int, respondents);
    QFETCH(int, invited);
    QFETCH(int, k);
    QFETCH(QVariant, rate);

    const std::vector<Figure> figures =
        SurveyFigures::compute({team(7)}, {wave(1, 7, respondents, january, k, invited)});
    for (FigureScope scope : {FigureScope::Wave, FigureScope::Team}) {
        const Figure *figure = find(figures, scope, 7, scope == FigureScope::Wave ? 1 : 0);
        QVERIFY(figure);
        QCOMPARE(figure->responseRate ? QVariant(*figure->responseRate) : QVariant(), rate);
    }
}

void TestSurveyFigures::outputIsSorted()
{
    QRandomGenerator random(5);
    const Organisation organisation = randomOrganisation(random);
    std::vector<Figure> figures = SurveyFigures::compute(organisation.teams, organisation.waves);
    QVERIFY(std::is_sorted(figures.begin(), figures.end(),
                           [](const Figure &a, const Figure &b) { return sortKey(a) < sortKey(b); }));

    // The order of the input does not matter.
    Organisation shuffled = organisation;
    std::reverse(shuffled.teams.begin(), shuffled.teams.end());
    std::reverse(shuffled.waves.begin(), shuffled.waves.end());
    const std::vector<Figure> again = SurveyFigures::compute(shuffled.teams, shuffled.waves);
    QCOMPARE(again.size(), figures.size());
    for (size_t i = 0; i < figures.size(); ++i) {
        QCOMPARE(again[i].teamId, figures[i].teamId);
        QCOMPARE(again[i].waveId, figures[i].waveId);
        QCOMPARE(again[i].suppressed, figures[i].suppressed);
        QCOMPARE(again[i].respondents, figures[i].respondents);
    }
}

void TestSurveyFigures::randomOrganisations()
{
    QRandomGenerator random(2026);
    int withheld = 0;
    int shown = 0;
    for (int i = 0; i < 500; ++i) {
        const Organisation organisation = randomOrganisation(random);
        const std::vector<Figure> figures = SurveyFigures::compute(organisation.teams, organisation.waves);
        for (const Figure &figure : figures) {
            QCOMPARE(numbersInWithheld(figure), QString());
            if (figure.responseRate)
                QVERIFY(!figure.suppressed);
            (figure.suppressed ? withheld : shown) += 1;
        }
        // Waves nobody answered say nothing about anyone: they are withheld and stay out of every sum, so the
        // attack runs on the answered waves and the figures built on them.
        Organisation answered = organisation;
        std::set<qint64> emptyWaves;
        answered.waves.clear();
        for (const WaveMoments &wave : organisation.waves) {
            if (wave.moments.respondents > 0)
                answered.waves.push_back(wave);
            else
                emptyWaves.insert(wave.waveId);
        }
        std::vector<Figure> attacked;
        for (const Figure &figure : figures) {
            if (figure.scope == FigureScope::Wave && emptyWaves.count(figure.waveId))
                QVERIFY(figure.suppressed);
            else
                attacked.push_back(figure);
        }
        const QString found = subtractionAttack(answered, attacked);
        QVERIFY2(found.isEmpty(), qPrintable(QStringLiteral("organisation %1: %2").arg(i).arg(found)));
    }
    QVERIFY(withheld > 1000);
    QVERIFY(shown > 1000);
}

QTEST_GUILESS_MAIN(TestSurveyFigures)
#include "tst_surveyfigures.moc"
