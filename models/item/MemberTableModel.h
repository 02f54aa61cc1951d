#pragma once

#include "domain/Team.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QSet>

namespace candor {

class TeamRepository;

// Members of one team and its sub-teams (or of everyone). Read-only; follows the repository's change signals.
// Building it reads nothing: the members are read when rows are first asked for (or on reload()).
class MemberTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, RoleColumn, TeamColumn, ManagerColumn, ActiveColumn, ColumnCount };
    enum Role { IdRole = Qt::UserRole, SortRole };

    explicit MemberTableModel(TeamRepository &repository, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    Member memberFromIndex(const QModelIndex &index) const;
    QModelIndex indexOfMember(qint64 memberId, int column = NameColumn) const;
    // Shows the members of these teams; an empty list shows everyone.
    void setTeams(const QList<qint64> &teamIds);

public slots:
    void reload();

private:
    void read() const;
    void readOnce() const;
    bool inScope(const Member &member) const;
    int rowOf(qint64 memberId) const;
    void onInserted(const Member &member);
    void onUpdated(const Member &before, const Member &after);
    void onRemoved(const Member &member);

    TeamRepository &m_repository;
    // Filled by read(), which the const questions about rows may call first.
    mutable QList<Member> m_members;
    QSet<qint64> m_teamIds;
    mutable QHash<qint64, QString> m_teamNames;
    mutable bool m_loaded = false;
};

} // namespace candor
