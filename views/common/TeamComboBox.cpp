#include "TeamComboBox.h"

#include "domain/Names.h"
#include "item/TeamTreeModel.h"

#include <QCollator>
#include <QSignalBlocker>

#include <algorithm>
#include <functional>

namespace candor {

TeamComboBox::TeamComboBox(QWidget *parent)
    : QComboBox(parent)
{
    setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    setMinimumContentsLength(24);
}

void TeamComboBox::populate(const TeamTreeModel &teams, const QString &noneText, const QList<qint64> &excluded)
{
    const qint64 previous = currentTeamId();
    clear();
    if (!noneText.isNull())
        addItem(noneText, qint64(0));
    QCollator collator;
    collator.setNumericMode(true);
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    // Depth-first, siblings in alphabetical order, indented by depth.
    std::function<void(const QModelIndex &, int)> addChildren = [&](const QModelIndex &parent, int depth) {
        QList<QModelIndex> children;
        for (int row = 0; row < teams.rowCount(parent); ++row)
            children.append(teams.index(row, TeamTreeModel::NameColumn, parent));
        std::sort(children.begin(), children.end(), [&](const QModelIndex &a, const QModelIndex &b) {
            return collator.compare(a.data().toString(), b.data().toString()) < 0;
        });
        for (const QModelIndex &child : children) {
            const qint64 id = child.data(TeamTreeModel::IdRole).toLongLong();
            if (excluded.contains(id))
                continue;
            addItem(QString(depth * 4, QLatin1Char(' ')) + shortName(child.data().toString(), 80), id);
            addChildren(child, depth + 1);
        }
    };
    addChildren({}, 0);
    setCurrentTeamId(previous);
}

void TeamComboBox::follow(const TeamTreeModel &teams, const QString &noneText)
{
    const auto refresh = [this, &teams, noneText]() {
        const qint64 chosen = currentTeamId();
        {
            const QSignalBlocker blocker(this);
            populate(teams, noneText);
        }
        if (currentTeamId() != chosen)
            emit currentTeamGone();
    };
    refresh();
    connect(&teams, &QAbstractItemModel::rowsInserted, this, refresh);
    connect(&teams, &QAbstractItemModel::rowsRemoved, this, refresh);
    connect(&teams, &QAbstractItemModel::rowsMoved, this, refresh);
    connect(&teams, &QAbstractItemModel::dataChanged, this, refresh);
    connect(&teams, &QAbstractItemModel::modelReset, this, refresh);
}

qint64 TeamComboBox::currentTeamId() const
{
    return currentIndex() < 0 ? 0 : currentData().toLongLong();
}

void TeamComboBox::setCurrentTeamId(qint64 teamId)
{
    const int index = findData(teamId);
    if (index >= 0)
        setCurrentIndex(index);
}

void TeamComboBox::chooseTeam(qint64 teamId)
{
    setCurrentTeamId(teamId);
    if (currentTeamId() == 0 && count() == 2)
        setCurrentIndex(1);
}

} // namespace candor
