// AnonymityPolicy: primary and complementary suppression on hand-made organisations, and a property test over
// thousands of random ones, checked by two attackers written here independently of AnonymityPolicy::leaks(): one
// who solves "whole = sum of parts" for one unknown again and again, and one who does exact linear algebra over
// every equation at once (any combination of sums and differences) on the small ones.
#include "survey/AnonymityPolicy.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTest>

#include <algorithm>
#include <numeric>

using namespace candor;

using Groups = std::vector<AnonymityPolicy::Group>;
Q_DECLARE_METATYPE(Groups)

namespace {

// "S" for a shown group, "-" for a withheld one, in index order: readable in a failed QCOMPARE.
QString pattern(const std::vector<bool> &visible)
{
    QString text;
    for (bool shown : visible)
        text += shown ? QLatin1Char('S') : QLatin1Char('-');
    return text;
}

// The organisation as code that rebuilds it, to paste into a hand-made row when a random case fails.
QString describe(const Groups &groups)
{
    QStringList parts;
    for (const AnonymityPolicy::Group &group : groups)
        parts << QStringLiteral("{%1, %2, %3}").arg(group.parent).arg(group.respondents).arg(group.k);
    return QStringLiteral("Groups{%1}").arg(parts.join(QStringLiteral(", ")));
}

std::vector<std::vector<int>> partsOf(const Groups &groups)
{
    std::vector<std::vector<int>> parts(groups.size());
    for (size_t i = 0; i < groups.size(); ++i) {
        if (groups[i].parent >= 0)
            parts[size_t(groups[i].parent)].push_back(int(i));
    }
    return parts;
}

QString shownBelowK(const Groups &groups, const std::vector<bool> &visible)
{
    for (size_t i = 0; i < groups.size(); ++i) {
        if (visible[i] && (groups[i].respondents < groups[i].k || groups[i].respondents == 0))
            return QStringLiteral("group %1 is shown with %2 respondents below k %3")
                .arg(i)
                .arg(groups[i].respondents)
                .arg(groups[i].k);
    }
    return {};
}

// PRODUCT.md's attacker: knows every shown group and, for any whole whose terms are all known but one, works out
// the missing one; again and again. Returns what it found, or an empty string.
QString closureAttack(const Groups &groups, const std::vector<bool> &visible)
{
    const std::vector<std::vector<int>> parts = partsOf(groups);
    std::vector<bool> known = visible;
    for (bool changed = true; changed;) {
        changed = false;
        for (size_t whole = 0; whole < groups.size(); ++whole) {
            if (parts[whole].empty())
                continue;
            std::vector<int> unknown;
            if (!known[whole])
                unknown.push_back(int(whole));
            for (int part : parts[whole]) {
                if (!known[size_t(part)])
                    unknown.push_back(part);
            }
            if (unknown.size() == 1) {
                known[size_t(unknown.front())] = true;
                changed = true;
            }
        }
    }
    for (size_t i = 0; i < groups.size(); ++i) {
        if (!visible[i] && known[i])
            return QStringLiteral("withheld group %1 (%2 respondents) can be worked out")
                .arg(i)
                .arg(groups[i].respondents);
    }
    for (size_t whole = 0; whole < groups.size(); ++whole) {
        if (!known[whole] || parts[whole].empty())
            continue;
        int respondents = 0;
        int k = 0;
        for (int part : parts[whole]) {
            if (!known[size_t(part)]) {
                respondents += groups[size_t(part)].respondents;
                k = std::max(k, groups[size_t(part)].k);
            }
        }
        if (k > 0 && respondents < k)
            return QStringLiteral("the withheld parts of group %1 add up to %2 respondents, below k %3")
                .arg(whole)
                .arg(respondents)
                .arg(k);
    }
    return {};
}

// An exact fraction, for elimination without rounding.
struct Rational
{
    qint64 num = 0;
    qint64 den = 1;

    Rational(qint64 n = 0, qint64 d = 1)
        : num(n)
        , den(d)
    {
        if (den < 0) {
            num = -num;
            den = -den;
        }
        const qint64 divisor = std::gcd(num < 0 ? -num : num, den);
        if (divisor > 1) {
            num /= divisor;
            den /= divisor;
        }
    }
    bool isZero() const { return num == 0; }
    friend Rational operator-(Rational a, Rational b) { return {a.num * b.den - b.num * a.den, a.den * b.den}; }
    friend Rational operator*(Rational a, Rational b) { return {a.num * b.num, a.den * b.den}; }
    friend Rational operator/(Rational a, Rational b) { return {a.num * b.den, a.den * b.num}; }
};

// The vectors orthogonal to every row, scaled to integers: a vector lies in the rows' span exactly when each of
// these is orthogonal to it.
std::vector<std::vector<qint64>> nullSpace(std::vector<std::vector<Rational>> rows, int columns)
{
    std::vector<int> pivotColumn;
    size_t rank = 0;
    for (int column = 0; column < columns && rank < rows.size(); ++column) {
        size_t pivot = rank;
        while (pivot < rows.size() && rows[pivot][size_t(column)].isZero())
            ++pivot;
        if (pivot == rows.size())
            continue;
        std::swap(rows[rank], rows[pivot]);
        const Rational lead = rows[rank][size_t(column)];
        for (Rational &value : rows[rank])
            value = value / lead;
        for (size_t row = 0; row < rows.size(); ++row) {
            const Rational factor = rows[row][size_t(column)];
            if (row == rank || factor.isZero())
                continue;
            for (int c = 0; c < columns; ++c)
                rows[row][size_t(c)] = rows[row][size_t(c)] - factor * rows[rank][size_t(c)];
        }
        pivotColumn.push_back(column);
        ++rank;
    }
    std::vector<std::vector<qint64>> basis;
    for (int freeColumn = 0; freeColumn < columns; ++freeColumn) {
        if (std::find(pivotColumn.begin(), pivotColumn.end(), freeColumn) != pivotColumn.end())
            continue;
        std::vector<Rational> solution(static_cast<size_t>(columns), Rational(0));
        solution[size_t(freeColumn)] = 1;
        for (size_t row = 0; row < rank; ++row)
            solution[size_t(pivotColumn[row])] = Rational(0) - rows[row][size_t(freeColumn)];
        qint64 scale = 1;
        for (const Rational &value : solution)
            scale = std::lcm(scale, value.den);
        std::vector<qint64> integers;
        for (const Rational &value : solution)
            integers.push_back(value.num * (scale / value.den));
        basis.push_back(integers);
    }
    return basis;
}

// The strongest attacker: every group is an unknown, every shown group a known value, every whole an equation
// "whole - parts = 0", and any linear combination of them may be taken. No withheld group may lie in their span,
// nor may any sum of withheld, non-overlapping groups that holds fewer respondents than the strictest k among them.
QString linearAttack(const Groups &groups, const std::vector<bool> &visible)
{
    const int count = int(groups.size());
    std::vector<std::vector<Rational>> rows;
    for (int i = 0; i < count; ++i) {
        if (visible[size_t(i)]) {
            rows.emplace_back(size_t(count));
            rows.back()[size_t(i)] = 1;
        }
    }
    const std::vector<std::vector<int>> parts = partsOf(groups);
    for (int whole = 0; whole < count; ++whole) {
        if (parts[size_t(whole)].empty())
            continue;
        rows.emplace_back(size_t(count));
        rows.back()[size_t(whole)] = 1;
        for (int part : parts[size_t(whole)])
            rows.back()[size_t(part)] = -1;
    }
    const std::vector<std::vector<qint64>> orthogonal = nullSpace(rows, count);

    std::vector<int> withheld;
    for (int i = 0; i < count; ++i) {
        if (!visible[size_t(i)])
            withheld.push_back(i);
    }
    // For each withheld group, which other withheld groups are above it (so cannot be added to it).
    std::vector<quint32> above(withheld.size(), 0);
    for (size_t a = 0; a < withheld.size(); ++a) {
        for (size_t b = 0; b < withheld.size(); ++b) {
            int up = groups[size_t(withheld[a])].parent;
            for (int steps = 0; up >= 0 && steps < count; ++steps, up = groups[size_t(up)].parent) {
                if (up == withheld[b])
                    above[a] |= 1u << b;
            }
        }
    }
    for (quint32 set = 1; set < (1u << withheld.size()); ++set) {
        bool disjoint = true;
        int respondents = 0;
        int k = 0;
        for (size_t a = 0; a < withheld.size() && disjoint; ++a) {
            if (!(set & (1u << a)))
                continue;
            disjoint = !(above[a] & set);
            respondents += groups[size_t(withheld[a])].respondents;
            k = std::max(k, groups[size_t(withheld[a])].k);
        }
        const bool single = (set & (set - 1)) == 0;
        if (!disjoint || (!single && respondents >= k))
            continue;
        const bool inSpan = std::all_of(orthogonal.begin(), orthogonal.end(), [&](const std::vector<qint64> &v) {
            qint64 dot = 0;
            for (size_t a = 0; a < withheld.size(); ++a) {
                if (set & (1u << a))
                    dot += v[size_t(withheld[a])];
            }
            return dot == 0;
        });
        if (inSpan) {
            QStringList members;
            for (size_t a = 0; a < withheld.size(); ++a) {
                if (set & (1u << a))
                    members << QString::number(withheld[a]);
            }
            return QStringLiteral("withheld {%1} (%2 respondents, k %3) follows from the shown groups")
                .arg(members.join(QLatin1Char(',')))
                .arg(respondents)
                .arg(k);
        }
    }
    return {};
}

// How an organisation is drawn at random.
struct Shape
{
    int maxDepth = 4;    // levels of the tree, 1..4
    int maxParts = 4;    // parts per whole
    bool mixedK = false; // a whole's k drawn on its own instead of the strictest k of its parts
    bool tiny = false;   // mostly groups of 0..6 respondents
};

int randomRespondents(QRandomGenerator &random, bool tiny)
{
    const int draw = random.bounded(10);
    if (draw < (tiny ? 6 : 4))
        return random.bounded(3, 7); // around k: where suppression decisions are made
    if (draw < (tiny ? 9 : 6))
        return random.bounded(0, 3);
    return random.bounded(0, 31);
}

// Adds a group and its parts below `parent`; returns its index. Wholes hold exactly the sum of their parts.
int addRandomGroup(Groups &groups, QRandomGenerator &random, const Shape &shape, int parent, int levelsLeft)
{
    const int index = int(groups.size());
    groups.push_back({parent, 0, 0});
    const bool leaf = levelsLeft <= 1 || (parent >= 0 && random.bounded(4) == 0);
    if (leaf) {
        groups[size_t(index)].respondents = randomRespondents(random, shape.tiny);
        groups[size_t(index)].k = random.bounded(AnonymityPolicy::MinimumK, AnonymityPolicy::MaximumK + 1);
        return index;
    }
    const int parts = random.bounded(1, shape.maxParts + 1);
    int respondents = 0;
    int k = 0;
    for (int p = 0; p < parts; ++p) {
        const int part = addRandomGroup(groups, random, shape, index, levelsLeft - 1);
        respondents += groups[size_t(part)].respondents;
        k = std::max(k, groups[size_t(part)].k);
    }
    groups[size_t(index)].respondents = respondents;
    groups[size_t(index)].k =
        shape.mixedK ? random.bounded(AnonymityPolicy::MinimumK, AnonymityPolicy::MaximumK + 1) : k;
    return index;
}

// One or two separate organisations (a forest), 1..maxDepth levels deep.
Groups randomOrganisation(QRandomGenerator &random, const Shape &shape)
{
    Groups groups;
    const int trees = random.bounded(4) == 0 ? 2 : 1;
    for (int t = 0; t < trees; ++t)
        addRandomGroup(groups, random, shape, -1, random.bounded(1, shape.maxDepth + 1));
    return groups;
}

} // namespace

Q_DECLARE_METATYPE(Shape)

class TestAnonymityPolicy : public QObject
{
    Q_OBJECT

private slots:
    void visibility_data();
    void visibility();
    void leaks_data();
    void leaks();
    void nothingWithheldWhenEveryGroupReachesK();
    void attackersFindKnownLeaks();
    void randomOrganisations_data();
    void randomOrganisations();
    void exhaustiveLinearAttack_data();
    void exhaustiveLinearAttack();
    void largeOrganisations_data();
    void largeOrganisations();
    void thresholds();
    void withheldText();
};

void TestAnonymityPolicy::visibility_data()
{
    // Groups as {parent, respondents, k}; the expected pattern has "S" for shown and "-" for withheld.
    QTest::addColumn<Groups>("groups");
    QTest::addColumn<QString>("expected");

    QTest::newRow("no groups") << Groups{} << QString();
    QTest::newRow("a single group of 4 with k 5 is withheld") << Groups{{-1, 4, 5}} << QStringLiteral("-");
    QTest::newRow("a single group of 5 with k 5 is shown") << Groups{{-1, 5, 5}} << QStringLiteral("S");
    QTest::newRow("an empty group is withheld whatever its k") << Groups{{-1, 0, 0}} << QStringLiteral("-");
    QTest::newRow("three teams, one with 4: the next-smallest sibling too")
        << Groups{{-1, 18, 5}, {0, 4, 5}, {0, 6, 5}, {0, 8, 5}} << QStringLiteral("S--S");
    QTest::newRow("equally small siblings: the lower index goes")
        << Groups{{-1, 16, 5}, {0, 4, 5}, {0, 6, 5}, {0, 6, 5}} << QStringLiteral("S--S");
    QTest::newRow("two hidden teams that reach k together protect each other")
        << Groups{{-1, 16, 5}, {0, 3, 5}, {0, 3, 5}, {0, 10, 5}} << QStringLiteral("S--S");
    QTest::newRow("two hidden teams below k together: one more sibling")
        << Groups{{-1, 26, 5}, {0, 2, 5}, {0, 2, 5}, {0, 12, 5}, {0, 10, 5}} << QStringLiteral("S--S-");
    QTest::newRow("a department whose only team is hidden") << Groups{{-1, 4, 5}, {0, 4, 5}} << QStringLiteral("--");
    QTest::newRow("a department whose only team is hidden under a stricter k")
        << Groups{{-1, 6, 3}, {0, 6, 8}} << QStringLiteral("--");
    QTest::newRow("a department's own waves and its one hidden team")
        << Groups{{-1, 14, 5}, {0, 10, 5}, {0, 4, 5}} << QStringLiteral("S--");
    QTest::newRow("a whole with one part shows the same figure twice")
        << Groups{{-1, 6, 5}, {0, 6, 5}} << QStringLiteral("SS");
    QTest::newRow("every team hidden: their sum is the department")
        << Groups{{-1, 8, 5}, {0, 4, 5}, {0, 4, 5}} << QStringLiteral("S--");
    QTest::newRow("nested departments: the small team's sibling, not the division")
        << Groups{{-1, 28, 5}, {0, 12, 5}, {1, 4, 5}, {1, 8, 5}, {0, 16, 5}, {4, 7, 5}, {4, 9, 5}}
        << QStringLiteral("SS--SSS");
    // The hidden department follows from the division minus its sibling, so the sibling goes; that sibling in
    // turn would be the sum of its shown teams, so the smaller of them goes too.
    QTest::newRow("nested departments: a hidden department under a shown division")
        << Groups{{-1, 20, 5}, {0, 4, 5}, {1, 4, 5}, {0, 16, 5}, {3, 7, 5}, {3, 9, 5}} << QStringLiteral("S----S");
    QTest::newRow("k differs: a team of 8 under k 10 beside one of 10 under k 5")
        << Groups{{-1, 18, 10}, {0, 8, 10}, {0, 10, 5}} << QStringLiteral("S--");
    QTest::newRow("k differs: the hidden part's k decides how much must hide with it")
        << Groups{{-1, 18, 10}, {0, 8, 5}, {0, 4, 3}, {0, 6, 10}} << QStringLiteral("SS--");
    // Each of two withheld teams (k 10) shows a wave of 5 under k 3 and hides a wave of 3 under k 10: the division
    // minus the two shown waves is the two small waves together, 6 respondents, though neither team follows from
    // anything by one-unknown steps. One shown wave goes so that the remainder reaches 11.
    QTest::newRow("difference across levels: two hidden teams' small waves")
        << Groups{{-1, 16, 10}, {0, 8, 10}, {1, 5, 3}, {1, 3, 10}, {0, 8, 10}, {4, 5, 3}, {4, 3, 10}}
        << QStringLiteral("S----S-");
    QTest::newRow("a wave and its team: an empty wave beside a full one")
        << Groups{{-1, 10, 5}, {0, 10, 5}, {0, 0, 5}} << QStringLiteral("S--");
    QTest::newRow("two separate organisations do not affect each other")
        << Groups{{-1, 18, 5}, {0, 4, 5}, {0, 6, 5}, {0, 8, 5}, {-1, 20, 5}, {4, 10, 5}, {4, 10, 5}}
        << QStringLiteral("S--SSSS");
    QTest::newRow("a parent cycle (a caller bug) shows nothing on it")
        << Groups{{1, 10, 5}, {0, 10, 5}, {-1, 10, 5}} << QStringLiteral("--S");
}

void TestAnonymityPolicy::visibility()
{
    QFETCH(Groups, groups);
    QFETCH(QString, expected);

    const std::vector<bool> visible = AnonymityPolicy::visibility(groups);
    QCOMPARE(pattern(visible), expected);
    QVERIFY(!AnonymityPolicy::leaks(groups, visible));
    QCOMPARE(shownBelowK(groups, visible), QString());
    QCOMPARE(closureAttack(groups, visible), QString());
    QCOMPARE(linearAttack(groups, visible), QString());
}

void TestAnonymityPolicy::leaks_data()
{
    QTest::addColumn<Groups>("groups");
    QTest::addColumn<QString>("shown");
    QTest::addColumn<bool>("leaks");

    const Groups department{{-1, 18, 5}, {0, 4, 5}, {0, 6, 5}, {0, 8, 5}};
    QTest::newRow("nothing shown") << department << QStringLiteral("----") << false;
    QTest::newRow("a small team shown") << department << QStringLiteral("-S--") << true;
    QTest::newRow("department minus its shown teams") << department << QStringLiteral("S-SS") << true;
    QTest::newRow("department and one team of three") << department << QStringLiteral("S--S") << false;
    QTest::newRow("every team shown but the small one, no department") << department << QStringLiteral("--SS") << false;
    QTest::newRow("a group missing from the visibility") << department << QStringLiteral("S--") << true;
    const Groups covered{{-1, 20, 5}, {0, 10, 5}, {0, 10, 5}};
    QTest::newRow("a withheld whole that is the sum of its shown parts") << covered << QStringLiteral("-SS") << true;
    QTest::newRow("a withheld part of a withheld whole") << covered << QStringLiteral("--S") << false;
    const Groups acrossLevels{{-1, 16, 10}, {0, 8, 10}, {1, 5, 3}, {1, 3, 10}, {0, 8, 10}, {4, 5, 3}, {4, 3, 10}};
    QTest::newRow("difference across levels") << acrossLevels << QStringLiteral("S-S--S-") << true;
}

void TestAnonymityPolicy::leaks()
{
    QFETCH(Groups, groups);
    QFETCH(QString, shown);
    QFETCH(bool, leaks);

    std::vector<bool> visible;
    for (QChar c : shown)
        visible.push_back(c == QLatin1Char('S'));
    QCOMPARE(AnonymityPolicy::leaks(groups, visible), leaks);
}

void TestAnonymityPolicy::nothingWithheldWhenEveryGroupReachesK()
{
    QRandomGenerator random(7);
    for (int i = 0; i < 200; ++i) {
        Groups groups = randomOrganisation(random, Shape{});
        for (AnonymityPolicy::Group &group : groups) {
            group.respondents = 0;
            group.k = AnonymityPolicy::DefaultK;
        }
        // Every leaf at least k; wholes are their sums.
        for (size_t g = groups.size(); g-- > 0;) {
            if (groups[g].respondents == 0)
                groups[g].respondents = int(random.bounded(5, 20));
            if (groups[g].parent >= 0)
                groups[size_t(groups[g].parent)].respondents += groups[g].respondents;
        }
        const std::vector<bool> visible = AnonymityPolicy::visibility(groups);
        QVERIFY2(std::all_of(visible.begin(), visible.end(), [](bool shown) { return shown; }),
                 qPrintable(describe(groups)));
    }
}

// The attackers in this test must find the leaks they are written for, or their silence proves nothing.
void TestAnonymityPolicy::attackersFindKnownLeaks()
{
    const Groups department{{-1, 18, 5}, {0, 4, 5}, {0, 6, 5}, {0, 8, 5}};
    const std::vector<bool> primaryOnly{true, false, true, true};
    QVERIFY(!closureAttack(department, primaryOnly).isEmpty());
    QVERIFY(!linearAttack(department, primaryOnly).isEmpty());

    const Groups twoSmall{{-1, 24, 5}, {0, 2, 5}, {0, 2, 5}, {0, 20, 5}};
    const std::vector<bool> smallSum{true, false, false, true};
    QVERIFY(!closureAttack(twoSmall, smallSum).isEmpty());
    QVERIFY(!linearAttack(twoSmall, smallSum).isEmpty());

    // What one-unknown steps miss and the linear attacker finds.
    const Groups acrossLevels{{-1, 16, 10}, {0, 8, 10}, {1, 5, 3}, {1, 3, 10}, {0, 8, 10}, {4, 5, 3}, {4, 3, 10}};
    const std::vector<bool> leaky{true, false, true, false, false, true, false};
    QCOMPARE(closureAttack(acrossLevels, leaky), QString());
    QVERIFY(!linearAttack(acrossLevels, leaky).isEmpty());
}

void TestAnonymityPolicy::randomOrganisations_data()
{
    QTest::addColumn<Shape>("shape");
    QTest::addColumn<int>("seed");
    QTest::addColumn<int>("cases");

    QTest::newRow("up to 4 levels, k of a whole the strictest of its parts") << Shape{4, 4, false, false} << 1 << 2000;
    QTest::newRow("up to 4 levels, mostly tiny groups") << Shape{4, 4, false, true} << 2 << 2000;
    QTest::newRow("up to 4 levels, k of a whole drawn on its own") << Shape{4, 4, true, false} << 3 << 2000;
    QTest::newRow("wide: up to 8 parts per whole") << Shape{3, 8, false, true} << 4 << 1000;
}

void TestAnonymityPolicy::randomOrganisations()
{
    QFETCH(Shape, shape);
    QFETCH(int, seed);
    QFETCH(int, cases);

    QRandomGenerator random(static_cast<quint32>(seed));
    int withheld = 0;
    int complementary = 0;
    for (int i = 0; i < cases; ++i) {
        const Groups groups = randomOrganisation(random, shape);
        const std::vector<bool> visible = AnonymityPolicy::visibility(groups);
        QCOMPARE(visible.size(), groups.size());
        const QString where = QStringLiteral("case %1: %2: ").arg(i).arg(describe(groups));
        const QString belowK = shownBelowK(groups, visible);
        QVERIFY2(belowK.isEmpty(), qPrintable(where + belowK));
        const QString found = closureAttack(groups, visible);
        QVERIFY2(found.isEmpty(), qPrintable(where + found));
        QVERIFY2(!AnonymityPolicy::leaks(groups, visible), qPrintable(where));
        QCOMPARE(pattern(AnonymityPolicy::visibility(groups)), pattern(visible));
        for (size_t g = 0; g < groups.size(); ++g) {
            withheld += visible[g] ? 0 : 1;
            complementary += !visible[g] && groups[g].respondents >= groups[g].k ? 1 : 0;
        }
    }
    // The organisations are drawn so that both kinds of suppression happen a lot.
    QVERIFY(withheld > cases);
    QVERIFY(complementary > cases / 10);
}

void TestAnonymityPolicy::exhaustiveLinearAttack_data()
{
    QTest::addColumn<Shape>("shape");
    QTest::addColumn<int>("seed");
    QTest::addColumn<int>("cases");

    // Organisations of 5 to 16 groups are kept; about a third of those drawn.
    QTest::newRow("small, k of a whole the strictest of its parts") << Shape{3, 4, false, false} << 11 << 3000;
    QTest::newRow("small, mostly tiny groups") << Shape{3, 4, false, true} << 12 << 3000;
    QTest::newRow("small, k of a whole drawn on its own") << Shape{3, 4, true, true} << 13 << 3000;
    QTest::newRow("small and deep") << Shape{4, 2, false, true} << 14 << 3000;
}

void TestAnonymityPolicy::exhaustiveLinearAttack()
{
    QFETCH(Shape, shape);
    QFETCH(int, seed);
    QFETCH(int, cases);

    QRandomGenerator random(static_cast<quint32>(seed));
    int checked = 0;
    for (int i = 0; i < cases; ++i) {
        const Groups groups = randomOrganisation(random, shape);
        if (groups.size() < 5 || groups.size() > 16)
            continue; // every subset of withheld groups is tried: small, but not trivial
        const std::vector<bool> visible = AnonymityPolicy::visibility(groups);
        const QString found = linearAttack(groups, visible);
        QVERIFY2(found.isEmpty(), qPrintable(QStringLiteral("case %1: %2: %3").arg(i).arg(describe(groups), found)));
        ++checked;
    }
    QVERIFY2(checked > cases / 5, qPrintable(QString::number(checked)));
}

void TestAnonymityPolicy::largeOrganisations_data()
{
    QTest::addColumn<int>("levels");
    QTest::addColumn<int>("parts");

    QTest::newRow("deep: 5 levels of 7 (19608 groups)") << 5 << 7;
    QTest::newRow("flat: one department of 10000 teams") << 1 << 10000;
    QTest::newRow("2 levels of 100 (10101 groups)") << 2 << 100;
}

// About 10,000 groups per call must stay quick (this is a debug build, so the bound is generous).
void TestAnonymityPolicy::largeOrganisations()
{
    QFETCH(int, levels);
    QFETCH(int, parts);

    QRandomGenerator random(99);
    Groups groups{{-1, 0, 0}};
    std::vector<int> level{0};
    for (int l = 0; l < levels; ++l) {
        std::vector<int> next;
        for (int whole : level) {
            for (int p = 0; p < parts; ++p) {
                next.push_back(int(groups.size()));
                groups.push_back({whole, 0, 0});
            }
        }
        level = next;
    }
    for (size_t g = groups.size(); g-- > 0;) {
        if (groups[g].k == 0) {
            groups[g].respondents = randomRespondents(random, true);
            groups[g].k = random.bounded(AnonymityPolicy::MinimumK, AnonymityPolicy::MaximumK + 1);
        }
        if (groups[g].parent >= 0) {
            AnonymityPolicy::Group &whole = groups[size_t(groups[g].parent)];
            whole.respondents += groups[g].respondents;
            whole.k = std::max(whole.k, groups[g].k);
        }
    }

    QElapsedTimer timer;
    timer.start();
    const std::vector<bool> visible = AnonymityPolicy::visibility(groups);
    const qint64 elapsed = timer.elapsed();
    QVERIFY2(elapsed < 3000, qPrintable(QStringLiteral("%1 ms").arg(elapsed)));
    QCOMPARE(shownBelowK(groups, visible), QString());
    QVERIFY(!AnonymityPolicy::leaks(groups, visible));
    QVERIFY(std::count(visible.begin(), visible.end(), true) > 0);
}

void TestAnonymityPolicy::thresholds()
{
    QVERIFY(AnonymityPolicy::isValidK(AnonymityPolicy::DefaultK));
    QVERIFY(AnonymityPolicy::isValidK(3));
    QVERIFY(AnonymityPolicy::isValidK(10));
    QVERIFY(!AnonymityPolicy::isValidK(2));
    QVERIFY(!AnonymityPolicy::isValidK(11));
    QVERIFY(AnonymityPolicy::isValidCommentK(5, 5));
    QVERIFY(AnonymityPolicy::isValidCommentK(5, 50));
    QVERIFY(!AnonymityPolicy::isValidCommentK(5, 4));
    QVERIFY(!AnonymityPolicy::isValidCommentK(5, 51));
    QVERIFY(AnonymityPolicy::mayShowResponseRate(5, 5));
    QVERIFY(!AnonymityPolicy::mayShowResponseRate(4, 5));
    QVERIFY(AnonymityPolicy::mayShowComments(true, 8, 8));
    QVERIFY(!AnonymityPolicy::mayShowComments(true, 7, 8));
    QVERIFY(!AnonymityPolicy::mayShowComments(false, 20, 8));
}

void TestAnonymityPolicy::withheldText()
{
    QCOMPARE(AnonymityPolicy::withheldText(5), QStringLiteral("Withheld (k = 5)"));
    QCOMPARE(AnonymityPolicy::withheldText(10), QStringLiteral("Withheld (k = 10)"));
}

QTEST_GUILESS_MAIN(TestAnonymityPolicy)
#include "tst_anonymitypolicy.moc"
