#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QSplitter;
class QTableView;
class QTreeView;

namespace candor {

class Edits;
class MemberTableModel;
class TeamTreeModel;

// The Teams area: the team tree on the left (filterable), the selected team's members on the right.
class TeamsArea : public QWidget
{
    Q_OBJECT
public:
    TeamsArea(TeamTreeModel &teams, MemberTableModel &members, Edits &edits, QWidget *parent = nullptr);

    qint64 selectedTeamId() const;
    qint64 selectedMemberId() const;
    QByteArray splitterState() const;
    void restoreSplitterState(const QByteArray &state);

public slots:
    void newTeam();
    void newSubTeam();
    void editTeam();
    void deleteTeam();
    void newMember();
    void editMember();
    void deleteMember();

private:
    void onTeamSelectionChanged();
    void updateButtons();
    void selectTeam(qint64 teamId);
    void openTeamDialog(qint64 parentId);

    TeamTreeModel &m_teams;
    MemberTableModel &m_members;
    Edits &m_edits;
    QSortFilterProxyModel *m_teamProxy;
    QSortFilterProxyModel *m_memberProxy;
    QLineEdit *m_teamFilter;
    QTreeView *m_teamView;
    QTableView *m_memberView;
    QLabel *m_membersTitle;
    QSplitter *m_splitter;
    QPushButton *m_addSubTeam;
    QPushButton *m_editTeam;
    QPushButton *m_deleteTeam;
    QPushButton *m_editMember;
    QPushButton *m_deleteMember;
};

} // namespace candor
