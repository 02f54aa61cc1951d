#pragma once

#include <QListWidget>

namespace candor {

class TeamTreeModel;

// A list of teams to check (every team, or only departments: teams with sub-teams), indented as the team tree. It
// follows the tree (teams added, renamed, moved or removed) and keeps what is checked by team id; Space checks the
// current team. Each item's Qt::UserRole holds its team id.
class TeamChecklist : public QListWidget
{
    Q_OBJECT
public:
    enum Kind { AllTeams, DepartmentsOnly };

    TeamChecklist(const TeamTreeModel &teams, Kind kind, QWidget *parent = nullptr);

    // In list order.
    QList<qint64> checkedTeamIds() const;
    // Checks teams without announcing it (the caller acts on the new state itself).
    void check(const QList<qint64> &teamIds);
    // Shows only the teams whose path ("Department / Team") contains the text.
    void setFilterText(const QString &text);

signals:
    // A person checked or unchecked a team, or a checked team is gone.
    void checkedChanged();

private:
    void refill();

    const TeamTreeModel &m_teams;
    Kind m_kind;
    QString m_filter;
};

} // namespace candor
