#include "TeamTreeModel.h"

#include "storage/TeamRepository.h"

#include <QLocale>

#include <algorithm>

namespace candor {

struct TeamTreeModel::Node
{
    Team team;
    Node *parent = nullptr;
    std::vector<std::unique_ptr<Node>> children;
    int memberCount = 0;

    int subtreeMemberCount() const
    {
        int total = memberCount;
        for (const auto &child : children)
            total += child->subtreeMemberCount();
        return total;
    }

    int row() const
    {
        if (!parent)
            return 0;
        const auto &siblings = parent->children;
        const auto it =
            std::find_if(siblings.begin(), siblings.end(), [this](const auto &n) { return n.get() == this; });
        return int(it - siblings.begin());
    }
};

TeamTreeModel::TeamTreeModel(TeamRepository &repository, Members members, QObject *parent)
    : QAbstractItemModel(parent)
    , m_repository(repository)
    , m_members(members)
    , m_root(std::make_unique<Node>())
{
    connect(&m_repository, &TeamRepository::teamInserted, this, &TeamTreeModel::onTeamInserted);
    connect(&m_repository, &TeamRepository::teamUpdated, this, &TeamTreeModel::onTeamUpdated);
    connect(&m_repository, &TeamRepository::teamRemoved, this, &TeamTreeModel::onTeamRemoved);
    connect(&m_repository, &TeamRepository::memberInserted, this,
            [this](const Member &m) { changeMemberCount(m.teamId, 1); });
    connect(&m_repository, &TeamRepository::memberRemoved, this,
            [this](const Member &m) { changeMemberCount(m.teamId, -1); });
    connect(&m_repository, &TeamRepository::memberUpdated, this, [this](const Member &before, const Member &after) {
        if (before.teamId != after.teamId) {
            changeMemberCount(before.teamId, -1);
            changeMemberCount(after.teamId, 1);
        }
    });
    reload();
}

TeamTreeModel::~TeamTreeModel() = default;

void TeamTreeModel::reload()
{
    beginResetModel();
    m_root = std::make_unique<Node>();
    m_nodes.clear();
    const QList<Team> teams = m_repository.teams();
    for (const Team &team : teams) {
        auto node = std::make_unique<Node>();
        node->team = team;
        m_nodes.insert(team.id, node.release());
    }
    // Attach in load order; a team whose parent is missing is shown at the top level.
    for (const Team &team : teams) {
        Node *node = m_nodes.value(team.id);
        Node *parentNode = m_nodes.value(team.parentId, m_root.get());
        node->parent = parentNode;
        parentNode->children.emplace_back(node);
    }
    const QHash<qint64, int> counts =
        m_members == Members::Counted ? m_repository.memberCountsByTeam() : QHash<qint64, int>();
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (Node *node = m_nodes.value(it.key()))
            node->memberCount = it.value();
    }
    endResetModel();
}

TeamTreeModel::Node *TeamTreeModel::nodeFromIndex(const QModelIndex &index) const
{
    if (!index.isValid())
        return m_root.get();
    return static_cast<Node *>(index.internalPointer());
}

QModelIndex TeamTreeModel::indexOfNode(const Node *node, int column) const
{
    if (!node || node == m_root.get())
        return {};
    return createIndex(node->row(), column, const_cast<Node *>(node));
}

QModelIndex TeamTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column < 0 || column >= ColumnCount || (parent.isValid() && parent.column() != NameColumn))
        return {};
    const Node *parentNode = nodeFromIndex(parent);
    if (row < 0 || row >= int(parentNode->children.size()))
        return {};
    return createIndex(row, column, parentNode->children[size_t(row)].get());
}

QModelIndex TeamTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    return indexOfNode(nodeFromIndex(child)->parent, NameColumn);
}

int TeamTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != NameColumn)
        return 0;
    return int(nodeFromIndex(parent)->children.size());
}

int TeamTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant TeamTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index))
        return {};
    const Node *node = nodeFromIndex(index);
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == NameColumn)
            return node->team.name;
        return QLocale().toString(node->subtreeMemberCount());
    case Qt::ToolTipRole:
        if (index.column() == NameColumn)
            return node->team.description.isEmpty() ? node->team.name : node->team.description;
        return node->children.empty() ? tr("%Ln member(s)", nullptr, node->memberCount)
                                      : tr("%Ln member(s) here and in sub-teams", nullptr, node->subtreeMemberCount());
    case Qt::TextAlignmentRole:
        if (index.column() == MembersColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case IdRole:
        return node->team.id;
    case ParentIdRole:
        return node->team.parentId;
    case SortRole:
        if (index.column() == NameColumn)
            return node->team.name;
        return node->subtreeMemberCount();
    case OwnMembersRole:
        return node->memberCount;
    default:
        return {};
    }
}

QVariant TeamTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Team");
    case MembersColumn:
        return tr("Members");
    default:
        return {};
    }
}

Qt::ItemFlags TeamTreeModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}

Team TeamTreeModel::teamFromIndex(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this)
        return {};
    return nodeFromIndex(index)->team;
}

QModelIndex TeamTreeModel::indexOfTeam(qint64 teamId, int column) const
{
    return indexOfNode(m_nodes.value(teamId), column);
}

QList<qint64> TeamTreeModel::subtreeIds(qint64 teamId) const
{
    QList<qint64> ids;
    const Node *start = m_nodes.value(teamId);
    if (!start)
        return ids;
    QList<const Node *> pending{start};
    while (!pending.isEmpty()) {
        const Node *node = pending.takeLast();
        ids.append(node->team.id);
        for (const auto &child : node->children)
            pending.append(child.get());
    }
    return ids;
}

QString TeamTreeModel::pathOf(qint64 teamId) const
{
    QStringList parts;
    for (const Node *node = m_nodes.value(teamId); node && node != m_root.get(); node = node->parent)
        parts.prepend(node->team.name);
    return parts.join(QStringLiteral(" / "));
}

void TeamTreeModel::onTeamInserted(const Team &team)
{
    if (m_nodes.contains(team.id))
        return;
    Node *parentNode = m_nodes.value(team.parentId, m_root.get());
    const int row = int(parentNode->children.size());
    beginInsertRows(indexOfNode(parentNode, NameColumn), row, row);
    auto node = std::make_unique<Node>();
    node->team = team;
    node->parent = parentNode;
    m_nodes.insert(team.id, node.get());
    parentNode->children.push_back(std::move(node));
    endInsertRows();
    emitTotalsChanged(parentNode);
}

void TeamTreeModel::onTeamUpdated(const Team &before, const Team &after)
{
    Node *node = m_nodes.value(after.id);
    if (!node)
        return;
    if (before.parentId != after.parentId) {
        Node *from = node->parent;
        Node *to = m_nodes.value(after.parentId, m_root.get());
        const int row = node->row();
        const int destination = int(to->children.size());
        if (beginMoveRows(indexOfNode(from, NameColumn), row, row, indexOfNode(to, NameColumn), destination)) {
            auto owned = std::move(from->children[size_t(row)]);
            from->children.erase(from->children.begin() + row);
            owned->parent = to;
            to->children.push_back(std::move(owned));
            endMoveRows();
            emitTotalsChanged(from);
            emitTotalsChanged(to);
        }
    }
    node->team = after;
    emit dataChanged(indexOfNode(node, NameColumn), indexOfNode(node, MembersColumn));
}

void TeamTreeModel::onTeamRemoved(const Team &team)
{
    Node *node = m_nodes.value(team.id);
    if (!node)
        return;
    Node *parentNode = node->parent;
    const int row = node->row();
    beginRemoveRows(indexOfNode(parentNode, NameColumn), row, row);
    // Children cannot exist (the repository refuses), but never leave dangling pointers.
    for (qint64 id : subtreeIds(team.id))
        m_nodes.remove(id);
    parentNode->children.erase(parentNode->children.begin() + row);
    endRemoveRows();
    emitTotalsChanged(parentNode);
}

void TeamTreeModel::changeMemberCount(qint64 teamId, int delta)
{
    Node *node = m_nodes.value(teamId);
    if (!node)
        return;
    node->memberCount += delta;
    emitTotalsChanged(node);
}

void TeamTreeModel::emitTotalsChanged(const Node *node)
{
    // Totals include sub-teams, so every ancestor's figure changes too.
    for (const Node *n = node; n && n != m_root.get(); n = n->parent) {
        const QModelIndex index = indexOfNode(n, MembersColumn);
        emit dataChanged(index, index, {Qt::DisplayRole, Qt::ToolTipRole, SortRole});
    }
}

} // namespace candor
