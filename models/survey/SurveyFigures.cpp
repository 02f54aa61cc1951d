#include "SurveyFigures.h"

#include "survey/AnonymityPolicy.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <limits>
#include <map>
#include <tuple>

namespace candor {

Period Period::of(const QDate &date)
{
    if (!date.isValid())
        return {};
    return {date.year(), (date.month() - 1) / 3 + 1};
}

std::optional<Period> Period::parse(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})-[Qq]([1-4])$"));
    const QRegularExpressionMatch match = pattern.match(text.trimmed());
    if (!match.hasMatch())
        return std::nullopt;
    const Period period{match.captured(1).toInt(), match.captured(2).toInt()};
    if (period.year < 1) // QDate has no year 0
        return std::nullopt;
    return period;
}

QString Period::text() const
{
    if (!isValid())
        return {};
    return QStringLiteral("%1-Q%2").arg(year, 4, 10, QLatin1Char('0')).arg(quarter);
}

QDate Period::firstDay() const
{
    return isValid() ? QDate(year, (quarter - 1) * 3 + 1, 1) : QDate();
}

QDate Period::lastDay() const
{
    return isValid() ? firstDay().addMonths(3).addDays(-1) : QDate();
}

Period Period::fromIndex(int index)
{
    // Floor division, so that indexes before year 0 still map to quarters 1..4.
    const int year = index >= 0 ? index / 4 : -((-index + 3) / 4);
    return {year, index - year * 4 + 1};
}

namespace {

// The team tree as the figures need it: a parent that is not in the tree makes a team top level, and a parent
// cycle (a caller bug) is cut, so every walk upwards ends.
class TeamTree
{
public:
    explicit TeamTree(const std::vector<TeamNode> &teams)
    {
        for (const TeamNode &team : teams) {
            if (!m_parent.contains(team.id))
                m_parent.insert(team.id, team.parentId);
        }
        QList<qint64> ids = m_parent.keys();
        std::sort(ids.begin(), ids.end());
        for (qint64 id : std::as_const(ids)) {
            QSet<qint64> seen{id};
            for (qint64 at = id; parentOf(at) != 0; at = parentOf(at)) {
                if (seen.contains(parentOf(at))) {
                    m_parent[at] = 0;
                    break;
                }
                seen.insert(parentOf(at));
            }
        }
        for (auto it = m_parent.cbegin(); it != m_parent.cend(); ++it) {
            if (parentOf(it.key()) != 0)
                m_withChildren.insert(it.value());
        }
    }

    // 0 for a top-level team or one the tree does not know.
    qint64 parentOf(qint64 id) const
    {
        const qint64 parent = m_parent.value(id, 0);
        return m_parent.contains(parent) ? parent : 0;
    }
    bool hasChildren(qint64 id) const { return m_withChildren.contains(id); }

private:
    QHash<qint64, qint64> m_parent;
    QSet<qint64> m_withChildren;
};

// One line of figures: an instrument at one scale length, in one quarter.
struct SeriesKey
{
    QString instrumentKey;
    int scalePoints = 0;
    int period = 0; // Period::index()

    friend bool operator<(const SeriesKey &a, const SeriesKey &b)
    {
        return std::tie(a.instrumentKey, a.scalePoints, a.period) < std::tie(b.instrumentKey, b.scalePoints, b.period);
    }
};

struct GroupInfo
{
    FigureScope scope = FigureScope::Wave;
    qint64 teamId = 0;
    qint64 waveId = 0;
    qint64 invited = 0;
    bool invitedKnown = true; // for every wave behind the group
};

// Builds the groups of one series and quarter, runs them through the policy and appends their figures.
void appendFigures(const SeriesKey &key, std::vector<const WaveMoments *> waves, const TeamTree &tree,
                   std::vector<Figure> &figures)
{
    std::sort(waves.begin(), waves.end(), [](const WaveMoments *a, const WaveMoments *b) {
        return std::tie(a->teamId, a->waveId) < std::tie(b->teamId, b->waveId);
    });

    // Teams with waves of their own, and teams with waves anywhere in their subtree.
    std::map<qint64, int> teamGroup;
    QSet<qint64> withData;
    for (const WaveMoments *wave : waves) {
        teamGroup.emplace(wave->teamId, -1);
        for (qint64 at = wave->teamId; at != 0 && !withData.contains(at); at = tree.parentOf(at))
            withData.insert(at);
    }
    std::map<qint64, int> rollupGroup;
    for (qint64 id : std::as_const(withData)) {
        if (tree.hasChildren(id))
            rollupGroup.emplace(id, -1);
    }

    // Indexes: waves, then teams, then departments, each by id; the policy breaks ties by index.
    std::vector<GroupInfo> infos;
    infos.reserve(waves.size() + teamGroup.size() + rollupGroup.size());
    for (const WaveMoments *wave : waves)
        infos.push_back({FigureScope::Wave, wave->teamId, wave->waveId});
    for (auto &[id, index] : teamGroup) {
        index = int(infos.size());
        infos.push_back({FigureScope::Team, id, 0});
    }
    for (auto &[id, index] : rollupGroup) {
        index = int(infos.size());
        infos.push_back({FigureScope::Rollup, id, 0});
    }

    // A team's own waves are part of its department figure when it has teams below it, else of its parent's.
    const auto rollupOf = [&](qint64 teamId) {
        const auto it = rollupGroup.find(teamId);
        return it == rollupGroup.end() ? -1 : it->second;
    };
    std::vector<AnonymityPolicy::Group> groups(infos.size());
    for (size_t i = 0; i < infos.size(); ++i) {
        const GroupInfo &info = infos[i];
        switch (info.scope) {
        case FigureScope::Wave:
            groups[i].parent = teamGroup.at(info.teamId);
            break;
        case FigureScope::Team:
            groups[i].parent =
                tree.hasChildren(info.teamId) ? rollupOf(info.teamId) : rollupOf(tree.parentOf(info.teamId));
            break;
        case FigureScope::Rollup:
            groups[i].parent = rollupOf(tree.parentOf(info.teamId));
            break;
        }
        groups[i].respondents = 0;
        groups[i].k = 0;
    }
    // Every wave counts in each group above it.
    for (size_t w = 0; w < waves.size(); ++w) {
        const WaveMoments &wave = *waves[w];
        const int k = std::max(wave.k, AnonymityPolicy::MinimumK); // never looser than the product allows
        for (int at = int(w); at >= 0; at = groups[size_t(at)].parent) {
            groups[size_t(at)].respondents += std::max(wave.moments.respondents, 0);
            groups[size_t(at)].k = std::max(groups[size_t(at)].k, k);
            infos[size_t(at)].invited += wave.invited;
            infos[size_t(at)].invitedKnown = infos[size_t(at)].invitedKnown && wave.invited > 0;
        }
    }

    const std::vector<bool> visible = AnonymityPolicy::visibility(groups);

    // Moments only for the groups that are shown: nothing else is even added up.
    std::vector<ScoreMoments> moments(groups.size());
    for (size_t w = 0; w < waves.size(); ++w) {
        for (int at = int(w); at >= 0; at = groups[size_t(at)].parent) {
            if (visible[size_t(at)])
                moments[size_t(at)].add(waves[w]->moments);
        }
    }

    const Period period = Period::fromIndex(key.period);
    for (size_t i = 0; i < groups.size(); ++i) {
        Figure figure;
        figure.scope = infos[i].scope;
        figure.teamId = infos[i].teamId;
        figure.waveId = infos[i].waveId;
        figure.instrumentKey = key.instrumentKey;
        figure.scalePoints = key.scalePoints;
        figure.period = period;
        figure.k = groups[i].k;
        figure.suppressed = !visible[i];
        if (visible[i]) {
            figure.respondents = groups[i].respondents;
            figure.moments = std::move(moments[i]);
            figure.summary = scoring::summarize(figure.moments);
            const int invited = int(std::min<qint64>(infos[i].invited, std::numeric_limits<int>::max()));
            if (infos[i].invitedKnown && AnonymityPolicy::mayShowResponseRate(invited, figure.k))
                figure.responseRate = scoring::responseRate(figure.respondents, invited);
        }
        figures.push_back(std::move(figure));
    }
}

} // namespace

std::vector<Figure> SurveyFigures::compute(const std::vector<TeamNode> &teams, const std::vector<WaveMoments> &waves)
{
    const TeamTree tree(teams);
    std::map<SeriesKey, std::vector<const WaveMoments *>> series;
    std::vector<Figure> figures;
    // Every wave, a team figure for most of them, and the departments' rollups.
    figures.reserve(waves.size() * 9 / 4 + 16);
    for (const WaveMoments &wave : waves) {
        const Period period = Period::of(wave.opens);
        if (!period.isValid())
            continue; // without an opening date a wave has no quarter to count in
        if (wave.moments.respondents <= 0) {
            // A wave nobody has answered yet adds nothing to any sum and says nothing about anyone, so it stays
            // out of the groups (where, as an empty group, it would force its team's other waves to be withheld).
            Figure empty;
            empty.scope = FigureScope::Wave;
            empty.teamId = wave.teamId;
            empty.waveId = wave.waveId;
            empty.instrumentKey = wave.instrumentKey;
            empty.scalePoints = wave.scalePoints;
            empty.period = period;
            empty.k = std::max(wave.k, AnonymityPolicy::MinimumK);
            figures.push_back(empty);
            continue;
        }
        series[{wave.instrumentKey, wave.scalePoints, period.index()}].push_back(&wave);
    }

    for (const auto &[key, members] : series)
        appendFigures(key, members, tree, figures);

    // Sorted through plain keys: a Figure is large, and comparing strings for every pair was a third of the time.
    std::vector<QString> keys;
    for (const Figure &figure : figures) {
        if (std::find(keys.begin(), keys.end(), figure.instrumentKey) == keys.end())
            keys.push_back(figure.instrumentKey);
    }
    std::sort(keys.begin(), keys.end());
    struct SortKey
    {
        std::tuple<int, int, int, qint64, qint64, int> key;
        int index;
    };
    std::vector<SortKey> order;
    order.reserve(figures.size());
    int lastKey = -1;
    for (size_t i = 0; i < figures.size(); ++i) {
        const Figure &f = figures[i];
        // Figures come in runs of one instrument: look the key up only when it changes.
        if (lastKey < 0 || keys[size_t(lastKey)] != f.instrumentKey)
            lastKey = int(std::lower_bound(keys.begin(), keys.end(), f.instrumentKey) - keys.begin());
        order.push_back({{lastKey, f.period.index(), int(f.scope), f.teamId, f.waveId, f.scalePoints}, int(i)});
    }
    std::sort(order.begin(), order.end(), [](const SortKey &a, const SortKey &b) { return a.key < b.key; });
    // Moved into place along the permutation's cycles: a second vector of figures would double the memory this
    // touches (fresh pages cost more than the moves).
    std::vector<bool> placed(figures.size(), false);
    for (size_t start = 0; start < figures.size(); ++start) {
        if (placed[start])
            continue;
        Figure held = std::move(figures[start]);
        size_t current = start;
        for (;;) {
            placed[current] = true;
            const size_t next = size_t(order[current].index); // the figure that belongs at `current`
            if (next == start) {
                figures[current] = std::move(held);
                break;
            }
            figures[current] = std::move(figures[next]);
            current = next;
        }
    }
    return figures;
}

} // namespace candor
