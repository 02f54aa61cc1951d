#include "IncidentTableModel.h"

#include "metrics/IncidentMetrics.h"
#include "storage/IncidentRepository.h"
#include "storage/TeamRepository.h"

#include <QColor>
#include <QLocale>

#include <algorithm>
#include <optional>

namespace candor {

namespace {

IncidentSortKey keyForColumn(int column)
{
    switch (column) {
    case IncidentTableModel::SeverityColumn:
        return IncidentSortKey::Severity;
    case IncidentTableModel::StatusColumn:
        return IncidentSortKey::Status;
    case IncidentTableModel::TitleColumn:
        return IncidentSortKey::Title;
    case IncidentTableModel::TeamColumn:
        return IncidentSortKey::Team;
    case IncidentTableModel::ServiceColumn:
        return IncidentSortKey::Service;
    case IncidentTableModel::TimeToDetectColumn:
        return IncidentSortKey::TimeToDetect;
    case IncidentTableModel::TimeToResolveColumn:
        return IncidentSortKey::TimeToResolve;
    default:
        return IncidentSortKey::Started;
    }
}

std::optional<qint64> durationOf(const IncidentRow &row, int column)
{
    return column == IncidentTableModel::TimeToDetectColumn ? IncidentMetrics::timeToDetect(row)
                                                            : IncidentMetrics::timeToResolve(row);
}

QColor severityColor(Severity severity)
{
    switch (severity) {
    case Severity::Sev1:
        return QColor(0xc6, 0x28, 0x28);
    case Severity::Sev2:
        return QColor(0xef, 0x6c, 0x00);
    case Severity::Sev3:
        return QColor(0xf9, 0xa8, 0x25);
    case Severity::Sev4:
        return QColor(0x78, 0x90, 0x9c);
    }
    return {};
}

} // namespace

IncidentTableModel::IncidentTableModel(IncidentRepository &incidents, TeamRepository &teams, QObject *parent)
    : QAbstractTableModel(parent)
    , m_incidents(incidents)
    , m_teams(teams)
{
    connect(&m_incidents, &IncidentRepository::inserted, this, &IncidentTableModel::onInserted);
    connect(&m_incidents, &IncidentRepository::updated, this, &IncidentTableModel::onUpdated);
    connect(&m_incidents, &IncidentRepository::removed, this, &IncidentTableModel::onRemoved);
    // A renamed or moved team changes the team column and possibly the order and the team filter's scope.
    connect(&m_teams, &TeamRepository::teamUpdated, this, &IncidentTableModel::reload);
    reload();
}

void IncidentTableModel::reload()
{
    beginResetModel();
    clearCache();
    m_total = m_incidents.count(m_filter);
    endResetModel();
}

void IncidentTableModel::clearCache()
{
    m_pages.clear();
    m_recentPages.clear();
    m_bounds.clear();
}

void IncidentTableModel::setFilter(const IncidentFilter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    reload();
}

void IncidentTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        return;
    const IncidentOrder wanted{keyForColumn(column), order == Qt::DescendingOrder};
    if (wanted.key == m_order.key && wanted.descending == m_order.descending)
        return;
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    // Rows are identified by id after the change; remap persistent indexes by asking SQL for each new row.
    const QModelIndexList persistent = persistentIndexList();
    QList<qint64> ids;
    ids.reserve(persistent.size());
    for (const QModelIndex &index : persistent)
        ids.append(idAt(index.row()));
    m_order = wanted;
    clearCache();
    QModelIndexList moved;
    moved.reserve(persistent.size());
    for (int i = 0; i < persistent.size(); ++i) {
        const int row = rowOfIncident(ids[i]);
        moved.append(row < 0 ? QModelIndex() : index(row, persistent[i].column()));
    }
    changePersistentIndexList(persistent, moved);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

int IncidentTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_total;
}

int IncidentTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const IncidentRow *IncidentTableModel::rowAt(int shownRow) const
{
    if (shownRow < 0 || shownRow >= m_total)
        return nullptr;
    const int row = storedRow(shownRow);
    if (row < 0)
        return &m_pending.removed;
    const int page = row / PageSize;
    if (!m_pages.contains(page))
        loadPage(page);
    m_recentPages.removeOne(page);
    m_recentPages.append(page);
    const QList<IncidentRow> &rows = m_pages[page];
    const int offset = row - page * PageSize;
    return offset < rows.size() ? &rows[offset] : nullptr;
}

void IncidentTableModel::loadPage(int page) const
{
    const int total = m_pending.kind == Pending::None ? m_total : m_storedTotal;
    const int first = page * PageSize;
    const int count = std::min(PageSize, total - first);
    QList<IncidentRow> rows;
    if (m_bounds.contains(page - 1)) {
        rows = m_incidents.rows(m_filter, m_order, m_bounds[page - 1].last, 0, count);
    } else if (m_bounds.contains(page + 1)) {
        rows = m_incidents.rows(m_filter, m_order, m_bounds[page + 1].first, 0, count, true);
    } else if (first <= total - (first + count)) {
        rows = m_incidents.rows(m_filter, m_order, std::nullopt, first, count);
    } else {
        rows = m_incidents.rows(m_filter, m_order, std::nullopt, total - first - count, count, true);
    }
    if (!rows.isEmpty())
        m_bounds.insert(page, {rows.first(), rows.last()});
    m_pages.insert(page, rows);
    m_recentPages.append(page);
    while (m_pages.size() > MaxCachedPages && !m_recentPages.isEmpty())
        m_pages.remove(m_recentPages.takeFirst());
}

int IncidentTableModel::cachedRowCount() const
{
    int rows = 0;
    for (const QList<IncidentRow> &page : std::as_const(m_pages))
        rows += int(page.size());
    return rows;
}

qint64 IncidentTableModel::idAt(int row) const
{
    const IncidentRow *r = rowAt(row);
    return r ? r->id : 0;
}

int IncidentTableModel::rowOfIncident(qint64 id) const
{
    const Result<Incident> incident = m_incidents.incident(id);
    if (!incident || !m_incidents.matches(m_filter, *incident))
        return -1;
    return m_incidents.position(m_filter, m_order, *incident);
}

QVariant IncidentTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::ParentIsInvalid))
        return {};
    const IncidentRow *row = rowAt(index.row());
    if (!row)
        return {};
    if (role == IdRole)
        return row->id;
    const int column = index.column();
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (column) {
        case StartedColumn:
            return QLocale().toString(row->started.toLocalTime(), QLocale::ShortFormat);
        case SeverityColumn:
            return role == Qt::ToolTipRole ? IncidentText::severityDescription(row->severity)
                                           : IncidentText::severityCode(row->severity);
        case StatusColumn:
            return IncidentText::statusName(row->status);
        case TitleColumn:
            return row->title;
        case TeamColumn:
            return row->teamName;
        case ServiceColumn:
            return row->service;
        case TimeToDetectColumn:
        case TimeToResolveColumn:
            if (const std::optional<qint64> seconds = durationOf(*row, column))
                return IncidentMetrics::formatDuration(*seconds);
            if (role == Qt::DisplayRole)
                return QString();
            return column == TimeToDetectColumn ? tr("The detection time is not known yet") : tr("Not resolved yet");
        default:
            return {};
        }
    }
    if (role == SortRole) {
        switch (column) {
        case StartedColumn:
            return row->started;
        case SeverityColumn:
            return static_cast<int>(row->severity);
        case StatusColumn:
            return static_cast<int>(row->status);
        case TitleColumn:
            return row->title;
        case TeamColumn:
            return row->teamName;
        case ServiceColumn:
            return row->service;
        case TimeToDetectColumn:
        case TimeToResolveColumn:
            if (const std::optional<qint64> seconds = durationOf(*row, column))
                return *seconds;
            return {}; // unknown: invalid, which proxies sort last, as the SQL order does
        default:
            return {};
        }
    }
    if (role == Qt::TextAlignmentRole && (column == TimeToDetectColumn || column == TimeToResolveColumn))
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::DecorationRole && column == SeverityColumn)
        return severityColor(row->severity);
    return {};
}

QVariant IncidentTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case StartedColumn:
        return tr("Started");
    case SeverityColumn:
        return tr("Severity");
    case StatusColumn:
        return tr("Status", "incident");
    case TitleColumn:
        return tr("Title");
    case TeamColumn:
        return tr("Team");
    case ServiceColumn:
        return tr("Service");
    case TimeToDetectColumn:
        return tr("Time to detect");
    case TimeToResolveColumn:
        return tr("Time to resolve");
    default:
        return {};
    }
}

Qt::ItemFlags IncidentTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

void IncidentTableModel::onInserted(const Incident &incident)
{
    if (!m_incidents.matches(m_filter, incident))
        return;
    const int row = m_incidents.position(m_filter, m_order, incident);
    startChange({Pending::Insert, row, row, {}}, m_total + 1);
    beginInsertRows({}, row, row);
    m_total = m_storedTotal;
    m_pending = {};
    endInsertRows();
}

void IncidentTableModel::onRemoved(const Incident &incident)
{
    if (!m_incidents.matches(m_filter, incident))
        return;
    const int row = m_incidents.position(m_filter, m_order, incident);
    startChange({Pending::Remove, row, row, rowFrom(incident)}, m_total - 1);
    beginRemoveRows({}, row, row);
    m_total = m_storedTotal;
    m_pending = {};
    endRemoveRows();
}

void IncidentTableModel::onUpdated(const Incident &before, const Incident &after)
{
    const bool wasShown = m_incidents.matches(m_filter, before);
    const bool isShown = m_incidents.matches(m_filter, after);
    if (!wasShown && !isShown)
        return;
    if (!wasShown) {
        onInserted(after);
        return;
    }
    if (!isShown) {
        onRemoved(before);
        return;
    }
    // Other rows did not change, so counting the rows before each key gives the old and the new position.
    const int from = m_incidents.position(m_filter, m_order, before);
    const int to = m_incidents.position(m_filter, m_order, after);
    if (from == to) {
        clearCache();
        emit dataChanged(index(from, 0), index(from, ColumnCount - 1));
        return;
    }
    startChange({Pending::Move, from, to, {}}, m_total);
    if (beginMoveRows({}, from, from, {}, to > from ? to + 1 : to))
        endMoveRows();
    m_pending = {};
}

void IncidentTableModel::startChange(const Pending &pending, int storedTotal)
{
    // The database already holds the new state; until the change is announced, rows are served in the old
    // numbering by mapping them onto the new one (see storedRow()).
    clearCache();
    m_pending = pending;
    m_storedTotal = storedTotal;
}

int IncidentTableModel::storedRow(int row) const
{
    switch (m_pending.kind) {
    case Pending::None:
        return row;
    case Pending::Insert:
        return row < m_pending.from ? row : row + 1;
    case Pending::Remove:
        return row < m_pending.from ? row : row == m_pending.from ? -1 : row - 1;
    case Pending::Move:
        if (row == m_pending.from)
            return m_pending.to;
        if (m_pending.from < m_pending.to && row > m_pending.from && row <= m_pending.to)
            return row - 1;
        if (m_pending.from > m_pending.to && row >= m_pending.to && row < m_pending.from)
            return row + 1;
        return row;
    }
    return row;
}

IncidentRow IncidentTableModel::rowFrom(const Incident &incident) const
{
    const Result<Team> team = m_teams.team(incident.teamId);
    return IncidentRow::from(incident, team ? team->name : QString());
}

} // namespace candor
