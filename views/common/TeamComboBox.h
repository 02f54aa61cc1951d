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
    qint64 currentTeamId() const;
    void setCurrentTeamId(qint64 teamId);
};

} // namespace candor
