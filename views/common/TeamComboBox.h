#pragma once

#include <QComboBox>

namespace candor {

class TeamTreeModel;

// A team picker showing the tree as indented names, each item carrying its team id.
class TeamComboBox : public QComboBox
{
    Q_OBJECT
public:
    explicit TeamComboBox(QWidget *parent = nullptr);

    // noneText: an extra first item with id 0 ("No parent", "All teams"); excluded: teams not offered.
    void populate(const TeamTreeModel &teams, const QString &noneText = {}, const QList<qint64> &excluded = {});
    // Populates the box and keeps it in step with the tree (teams added, renamed, moved or removed) without a
    // change of selection being announced, except when the chosen team is gone: then the box falls back to its
    // first item and emits currentTeamGone().
    void follow(const TeamTreeModel &teams, const QString &noneText = {});
    qint64 currentTeamId() const;
    void setCurrentTeamId(qint64 teamId);
    // For a "choose a team" box (populated with a none item first): selects the team, or, when none is given and
    // there is only one team to choose, that one.
    void chooseTeam(qint64 teamId);

signals:
    void currentTeamGone();
};

} // namespace candor
