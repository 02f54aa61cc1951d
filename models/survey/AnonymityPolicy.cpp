#include "AnonymityPolicy.h"

#include <algorithm>

namespace candor {

namespace {

// What a viewer can work out is exactly what the shown groups span. Write every group as the set of leaf groups
// (groups without parts) below it: the shown groups are a laminar family, so their span is spanned by disjoint
// "cells", one per shown group: the leaves below it that no shown group further down covers. A viewer learns the
// total of each cell and nothing finer. So nothing leaks when every non-empty cell holds at least the k of the
// withheld groups it is made of, and no withheld group is a union of cells. This is what the header's "solve for
// one unknown, again and again" attacker finds and more: it also catches differences across levels, such as a
// department minus a shown wave of each of two hidden teams leaving the two teams' other small waves together.
//
// A cell lives inside the region of its shown group: the withheld groups reached from it through withheld groups
// only. The shown groups just outside a region (its frontier) are what a repair may withhold to grow the cell.
class Analysis
{
public:
    explicit Analysis(const std::vector<AnonymityPolicy::Group> &groups)
        : m_groups(groups)
        , m_children(groups.size())
        , m_reachable(groups.size(), false)
        , m_withheldLeaves(groups.size(), 0)
        , m_subtreeEnd(groups.size(), 0)
        , m_position(groups.size(), 0)
    {
        const int count = int(groups.size());
        for (int i = 0; i < count; ++i) {
            const int parent = groups[size_t(i)].parent;
            if (parent >= 0 && parent < count && parent != i) {
                m_children[size_t(parent)].push_back(i);
            } else {
                m_roots.push_back(i);
            }
        }
        // Post-order from the roots; groups on a parent cycle are never reached and so never shown (fail closed).
        std::vector<std::pair<int, size_t>> stack;
        for (int root : m_roots) {
            stack.emplace_back(root, 0);
            m_reachable[size_t(root)] = true;
            while (!stack.empty()) {
                auto &[node, next] = stack.back();
                const std::vector<int> &children = m_children[size_t(node)];
                if (next < children.size()) {
                    const int child = children[next++];
                    m_reachable[size_t(child)] = true;
                    stack.emplace_back(child, 0);
                } else {
                    m_postOrder.push_back(node);
                    stack.pop_back();
                }
            }
        }
    }

    // The threshold a group must reach; an empty group never counts as shown, whatever k it was given.
    int effectiveK(int group) const { return std::max(m_groups[size_t(group)].k, 1); }
    qint64 respondents(int group) const { return std::max(m_groups[size_t(group)].respondents, 0); }
    bool isReachable(int group) const { return m_reachable[size_t(group)]; }
    const std::vector<int> &postOrder() const { return m_postOrder; }

    // Looks at the region below the shown group `owner` (-1: the groups no shown group is above, whose totals
    // nobody knows). Returns -1 when nothing leaks there, else the group to withhold next.
    int repairAt(int owner, const std::vector<bool> &visible)
    {
        m_visible = &visible;
        collectRegion(owner);

        // A withheld group covered entirely by shown groups below it is their sum. Deepest first, since a repair
        // below may settle the groups above too.
        for (auto it = m_sequence.rbegin(); it != m_sequence.rend(); ++it) {
            const int group = *it;
            if (!visible[size_t(group)] && m_withheldLeaves[size_t(group)] == 0)
                return fewestRespondents(m_position[size_t(group)] + 1, m_subtreeEnd[size_t(group)], -1, -1);
        }
        if (owner < 0)
            return -1; // no shown group above: these totals are not known, so neither is any part of them

        int cellLeaves = 0;
        qint64 cellRespondents = 0;
        int cellK = 0;
        for (int group : m_sequence) {
            if (visible[size_t(group)])
                continue;
            cellK = std::max(cellK, effectiveK(group));
            if (m_children[size_t(group)].empty()) {
                ++cellLeaves;
                cellRespondents += respondents(group);
            }
        }
        if (cellLeaves == 0)
            return -1;
        const int sequenceEnd = int(m_sequence.size());
        // The cell's total is the owner minus its frontier: too few respondents behind it.
        if (cellRespondents < cellK) {
            const int choice = fewestRespondents(0, sequenceEnd, -1, -1);
            return choice >= 0 ? choice : owner;
        }
        // The cell lies inside one withheld group, which is then the owner minus everything else: take the
        // outermost such group and withhold a shown group outside it.
        for (int group : m_sequence) {
            if (!visible[size_t(group)] && m_withheldLeaves[size_t(group)] == cellLeaves) {
                const int choice =
                    fewestRespondents(0, sequenceEnd, m_position[size_t(group)], m_subtreeEnd[size_t(group)]);
                return choice >= 0 ? choice : owner;
            }
        }
        return -1;
    }

private:
    // Fills m_sequence with the region below `owner` and its frontier in pre-order, each region group followed by
    // its subtree; counts for each region group the withheld leaves reached through withheld groups only.
    void collectRegion(int owner)
    {
        const std::vector<bool> &visible = *m_visible;
        m_sequence.clear();
        std::vector<int> &stack = m_stack;
        stack.clear();
        const std::vector<int> &starts = owner < 0 ? m_roots : m_children[size_t(owner)];
        for (auto it = starts.rbegin(); it != starts.rend(); ++it) {
            // Above the top there is nothing known, so shown roots are neither region nor frontier.
            if (owner >= 0 || !visible[size_t(*it)])
                stack.push_back(*it);
        }
        while (!stack.empty()) {
            const int group = stack.back();
            stack.pop_back();
            m_position[size_t(group)] = int(m_sequence.size());
            m_sequence.push_back(group);
            if (visible[size_t(group)])
                continue; // frontier: known, not looked into
            const std::vector<int> &children = m_children[size_t(group)];
            for (auto it = children.rbegin(); it != children.rend(); ++it)
                stack.push_back(*it);
        }
        for (int at = int(m_sequence.size()) - 1; at >= 0; --at) {
            const int group = m_sequence[size_t(at)];
            int end = at + 1;
            int leaves = 0;
            if (!visible[size_t(group)]) {
                const std::vector<int> &children = m_children[size_t(group)];
                if (children.empty())
                    leaves = 1;
                for (int child : children) {
                    end = std::max(end, m_subtreeEnd[size_t(child)]);
                    if (!visible[size_t(child)])
                        leaves += m_withheldLeaves[size_t(child)];
                }
            }
            m_subtreeEnd[size_t(group)] = end;
            m_withheldLeaves[size_t(group)] = leaves;
        }
    }

    // The shown group in m_sequence[from, to), outside [skipFrom, skipTo), with the fewest respondents (ties: the
    // lowest index, so results are deterministic); -1 for none.
    int fewestRespondents(int from, int to, int skipFrom, int skipTo) const
    {
        int best = -1;
        for (int at = from; at < to; ++at) {
            if (at >= skipFrom && at < skipTo)
                continue;
            const int group = m_sequence[size_t(at)];
            if (!(*m_visible)[size_t(group)])
                continue;
            if (best < 0 || respondents(group) < respondents(best) ||
                (respondents(group) == respondents(best) && group < best))
                best = group;
        }
        return best;
    }

    const std::vector<AnonymityPolicy::Group> &m_groups;
    std::vector<std::vector<int>> m_children;
    std::vector<int> m_roots;
    std::vector<bool> m_reachable;
    std::vector<int> m_postOrder;
    // The last region looked at.
    const std::vector<bool> *m_visible = nullptr;
    std::vector<int> m_sequence;
    std::vector<int> m_stack;
    std::vector<int> m_withheldLeaves;
    std::vector<int> m_subtreeEnd;
    std::vector<int> m_position;
};

} // namespace

std::vector<bool> AnonymityPolicy::visibility(const std::vector<Group> &groups)
{
    Analysis analysis(groups);
    std::vector<bool> visible(groups.size(), false);
    for (size_t i = 0; i < groups.size(); ++i)
        visible[i] = analysis.isReachable(int(i)) && analysis.respondents(int(i)) >= analysis.effectiveK(int(i));

    // Children before parents: a region only ever grows upwards, so once a shown group's region is safe, later
    // repairs higher up cannot undo that.
    for (int owner : analysis.postOrder()) {
        while (visible[size_t(owner)]) {
            const int withhold = analysis.repairAt(owner, visible);
            if (withhold < 0)
                break;
            visible[size_t(withhold)] = false;
        }
    }
    for (int withhold = analysis.repairAt(-1, visible); withhold >= 0; withhold = analysis.repairAt(-1, visible))
        visible[size_t(withhold)] = false;
    return visible;
}

bool AnonymityPolicy::leaks(const std::vector<Group> &groups, const std::vector<bool> &visible)
{
    if (visible.size() != groups.size())
        return true;
    Analysis analysis(groups);
    for (size_t i = 0; i < groups.size(); ++i) {
        if (visible[i] && (!analysis.isReachable(int(i)) || analysis.respondents(int(i)) < analysis.effectiveK(int(i))))
            return true;
    }
    for (int owner : analysis.postOrder()) {
        if (visible[size_t(owner)] && analysis.repairAt(owner, visible) >= 0)
            return true;
    }
    return analysis.repairAt(-1, visible) >= 0;
}

QString AnonymityPolicy::withheldText(int k)
{
    return tr("Withheld (k = %1)", "withheld survey figure").arg(k);
}

QString AnonymityPolicy::withheldExplanation(int k)
{
    return tr("Withheld: fewer than %n responses, or held back so that a smaller group cannot be worked out from "
              "the figures shown.",
              nullptr, k);
}

} // namespace candor
