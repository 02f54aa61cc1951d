#pragma once

#include "domain/Team.h"

#include <QAbstractItemModel>
#include <QHash>

#include <memory>
#include <vector>

namespace candor {

class TeamRepository;

// The team tree (departments are teams with children) with member counts. Read-only: edits go through the undo
// facade, and the model follows the repository's change signals with precise insert/remove/move/dataChanged.
// Children are kept in load order; views sort and filter through a QSortFilterProxyModel.
class TeamTreeModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, MembersColumn, ColumnCount };
    enum Role { IdRole = Qt::UserRole, ParentIdRole, SortRole, OwnMembersRole };
    // MembersColumn shows the people in the team and all its sub-teams; OwnMembersRole gives the team's own.

    // NotCounted for a login that may read the teams but not their members (HR reading the survey views): the
    // member counts are then not asked for and show as 0.
    enum class Members { Counted, NotCounted };

    explicit TeamTreeModel(TeamRepository &repository, QObject *parent = nullptr)
        : TeamTreeModel(repository, Members::Counted, parent)
    {}
    TeamTreeModel(TeamRepository &repository, Members members, QObject *parent = nullptr);
    ~TeamTreeModel() override;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    Team teamFromIndex(const QModelIndex &index) const;
    QModelIndex indexOfTeam(qint64 teamId, int column = NameColumn) const;
    // The team and every team below it.
    QList<qint64> subtreeIds(qint64 teamId) const;
    // "Department / Team" path for display in pickers.
    QString pathOf(qint64 teamId) const;

public slots:
    void reload();

private:
    struct Node;
    Node *nodeFromIndex(const QModelIndex &index) const;
    QModelIndex indexOfNode(const Node *node, int column) const;
    void onTeamInserted(const Team &team);
    void onTeamUpdated(const Team &before, const Team &after);
    void onTeamRemoved(const Team &team);
    void changeMemberCount(qint64 teamId, int delta);
    void emitTotalsChanged(const Node *node);

    TeamRepository &m_repository;
    Members m_members;
    std::unique_ptr<Node> m_root;
    QHash<qint64, Node *> m_nodes;
};

} // namespace candor
