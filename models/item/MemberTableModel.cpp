#include "MemberTableModel.h"

#include "storage/TeamRepository.h"

namespace candor {

MemberTableModel::MemberTableModel(TeamRepository &repository, QObject *parent)
    : QAbstractTableModel(parent)
    , m_repository(repository)
{
    connect(&m_repository, &TeamRepository::memberInserted, this, &MemberTableModel::onInserted);
    connect(&m_repository, &TeamRepository::memberUpdated, this, &MemberTableModel::onUpdated);
    connect(&m_repository, &TeamRepository::memberRemoved, this, &MemberTableModel::onRemoved);
    auto rename = [this](const Team &team) {
        m_teamNames.insert(team.id, team.name);
        if (!m_members.isEmpty())
            emit dataChanged(index(0, TeamColumn), index(int(m_members.size()) - 1, TeamColumn));
    };
    connect(&m_repository, &TeamRepository::teamInserted, this, rename);
    connect(&m_repository, &TeamRepository::teamUpdated, this,
            [rename](const Team &, const Team &after) { rename(after); });
    // Nothing is read until someone asks for rows (see read()): 5,000 people are not read at start.
}

void MemberTableModel::setTeams(const QList<qint64> &teamIds)
{
    const QSet<qint64> ids(teamIds.begin(), teamIds.end());
    if (ids == m_teamIds)
        return;
    m_teamIds = ids;
    reload();
}

void MemberTableModel::reload()
{
    beginResetModel();
    read();
    endResetModel();
}

// Until the first question about rows nobody has seen any, so the first read needs no signal to views.
void MemberTableModel::read() const
{
    m_loaded = true;
    m_teamNames.clear();
    for (const Team &team : m_repository.teams())
        m_teamNames.insert(team.id, team.name);
    m_members.clear();
    if (m_teamIds.size() == 1) {
        m_members = m_repository.members(*m_teamIds.begin());
    } else {
        for (const Member &member : m_repository.members()) {
            if (inScope(member))
                m_members.append(member);
        }
    }
}

void MemberTableModel::readOnce() const
{
    if (!m_loaded)
        read();
}

bool MemberTableModel::inScope(const Member &member) const
{
    return m_teamIds.isEmpty() || m_teamIds.contains(member.teamId);
}

int MemberTableModel::rowOf(qint64 memberId) const
{
    for (int row = 0; row < m_members.size(); ++row) {
        if (m_members[row].id == memberId)
            return row;
    }
    return -1;
}

int MemberTableModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    readOnce();
    return int(m_members.size());
}

int MemberTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MemberTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::ParentIsInvalid))
        return {};
    const Member &m = m_members[index.row()];
    if (role == IdRole)
        return m.id;
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole || role == SortRole) {
        switch (index.column()) {
        case NameColumn:
            return m.name;
        case RoleColumn:
            return m.role;
        case TeamColumn:
            return m_teamNames.value(m.teamId);
        case ManagerColumn:
            if (role == SortRole)
                return m.isManager;
            return m.isManager ? tr("Manager") : QString();
        case ActiveColumn:
            if (role == SortRole)
                return m.active;
            return m.active ? tr("Active") : tr("Left the team");
        default:
            return {};
        }
    }
    return {};
}

QVariant MemberTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case RoleColumn:
        return tr("Role");
    case TeamColumn:
        return tr("Team");
    case ManagerColumn:
        return tr("Manages");
    case ActiveColumn:
        return tr("Status", "member");
    default:
        return {};
    }
}

Qt::ItemFlags MemberTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

Member MemberTableModel::memberFromIndex(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this || index.row() >= m_members.size())
        return {};
    return m_members[index.row()];
}

QModelIndex MemberTableModel::indexOfMember(qint64 memberId, int column) const
{
    readOnce();
    const int row = rowOf(memberId);
    return row < 0 ? QModelIndex() : index(row, column);
}

void MemberTableModel::onInserted(const Member &member)
{
    if (!m_loaded || !inScope(member) || rowOf(member.id) >= 0)
        return;
    const int row = int(m_members.size());
    beginInsertRows({}, row, row);
    m_members.append(member);
    endInsertRows();
}

void MemberTableModel::onUpdated(const Member &before, const Member &after)
{
    const int row = rowOf(after.id);
    if (row >= 0 && inScope(after)) {
        m_members[row] = after;
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    } else if (row >= 0) {
        onRemoved(before);
    } else {
        onInserted(after);
    }
}

void MemberTableModel::onRemoved(const Member &member)
{
    const int row = rowOf(member.id);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_members.removeAt(row);
    endRemoveRows();
}

} // namespace candor
