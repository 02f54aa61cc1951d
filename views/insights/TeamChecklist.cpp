#include "TeamChecklist.h"

#include "domain/Names.h"
#include "item/TeamTreeModel.h"

#include <QCollator>
#include <QSignalBlocker>

#include <algorithm>
#include <functional>

namespace candor {

TeamChecklist::TeamChecklist(const TeamTreeModel &teams, Kind kind, QWidget *parent)
    : QListWidget(parent)
    , m_teams(teams)
    , m_kind(kind)
{
    // Every row is one line with a check box: 500 teams are laid out without measuring each.
    setUniformItemSizes(true);
    refill();
    connect(this, &QListWidget::itemChanged, this, &TeamChecklist::checkedChanged);
    connect(&m_teams, &QAbstractItemModel::rowsInserted, this, &TeamChecklist::refill);
    connect(&m_teams, &QAbstractItemModel::rowsRemoved, this, &TeamChecklist::refill);
    connect(&m_teams, &QAbstractItemModel::rowsMoved, this, &TeamChecklist::refill);
    connect(&m_teams, &QAbstractItemModel::modelReset, this, &TeamChecklist::refill);
    connect(&m_teams, &QAbstractItemModel::dataChanged, this, [this](const QModelIndex &topLeft) {
        if (topLeft.column() == TeamTreeModel::NameColumn)
            refill();
    });
}

QList<qint64> TeamChecklist::checkedTeamIds() const
{
    QList<qint64> ids;
    for (int row = 0; row < count(); ++row) {
        if (item(row)->checkState() == Qt::Checked)
            ids.append(item(row)->data(Qt::UserRole).toLongLong());
    }
    return ids;
}

void TeamChecklist::check(const QList<qint64> &teamIds)
{
    const QSignalBlocker blocker(this);
    for (int row = 0; row < count(); ++row) {
        if (teamIds.contains(item(row)->data(Qt::UserRole).toLongLong()))
            item(row)->setCheckState(Qt::Checked);
    }
}

void TeamChecklist::setFilterText(const QString &text)
{
    m_filter = text;
    for (int row = 0; row < count(); ++row)
        item(row)->setHidden(!text.isEmpty() && !item(row)->toolTip().contains(text, Qt::CaseInsensitive));
}

void TeamChecklist::refill()
{
    const QList<qint64> checked = checkedTeamIds();
    const qint64 current = currentItem() ? currentItem()->data(Qt::UserRole).toLongLong() : 0;
    {
        const QSignalBlocker blocker(this);
        clear();
        QCollator collator;
        collator.setNumericMode(true);
        collator.setCaseSensitivity(Qt::CaseInsensitive);
        // Depth-first, siblings in alphabetical order, as the team pickers show the tree.
        std::function<void(const QModelIndex &, int)> walk = [&](const QModelIndex &parent, int depth) {
            QList<QModelIndex> children;
            for (int row = 0; row < m_teams.rowCount(parent); ++row)
                children.append(m_teams.index(row, TeamTreeModel::NameColumn, parent));
            std::sort(children.begin(), children.end(), [&](const QModelIndex &a, const QModelIndex &b) {
                return collator.compare(a.data().toString(), b.data().toString()) < 0;
            });
            for (const QModelIndex &child : std::as_const(children)) {
                const qint64 id = child.data(TeamTreeModel::IdRole).toLongLong();
                if (m_kind == AllTeams || m_teams.rowCount(child) > 0) {
                    auto *entry = new QListWidgetItem(QString(depth * 4, QLatin1Char(' ')) +
                                                      shortName(child.data().toString(), 80));
                    entry->setData(Qt::UserRole, id);
                    entry->setToolTip(m_teams.pathOf(id));
                    entry->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
                    entry->setCheckState(checked.contains(id) ? Qt::Checked : Qt::Unchecked);
                    addItem(entry);
                    if (id == current)
                        setCurrentItem(entry);
                }
                walk(child, depth + 1);
            }
        };
        walk({}, 0);
    }
    setFilterText(m_filter);
    if (checkedTeamIds() != checked)
        emit checkedChanged();
}

} // namespace candor
