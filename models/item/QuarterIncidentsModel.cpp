#include "QuarterIncidentsModel.h"

#include "item/FigureStore.h"
#include "storage/IncidentRepository.h"

#include <QLocale>

#include <algorithm>

namespace candor {

QuarterIncidentsModel::QuarterIncidentsModel(IncidentRepository &repository, QObject *parent)
    : QAbstractTableModel(parent)
    , m_repository(repository)
{
    // Any incident may belong to the team or one of its sub-teams, or have just moved out of it.
    connect(&m_repository, &IncidentRepository::inserted, this, &QuarterIncidentsModel::reload);
    connect(&m_repository, &IncidentRepository::updated, this, &QuarterIncidentsModel::reload);
    connect(&m_repository, &IncidentRepository::removed, this, &QuarterIncidentsModel::reload);
}

void QuarterIncidentsModel::setScope(qint64 teamId, Period first, Period last)
{
    if (teamId == m_teamId && first == m_first && last == m_last)
        return;
    m_teamId = teamId;
    m_first = first;
    m_last = last;
    beginResetModel();
    m_rows.clear();
    endResetModel();
    reload();
}

Result<TeamMetrics> QuarterIncidentsModel::metricsOf(const IncidentRepository &repository, qint64 teamId, Period period)
{
    // Quarters are local calendar quarters, as the survey waves' opening days are.
    const QDateTime from(period.firstDay(), QTime(0, 0));
    const QDateTime to(period.lastDay().addDays(1), QTime(0, 0));
    const Result<PeriodFacts> facts = repository.periodFacts(teamId, from, to);
    if (!facts)
        return Result<TeamMetrics>::failure(facts.error());
    return IncidentMetrics::team(*facts, QDate::currentDate());
}

void QuarterIncidentsModel::reload()
{
    std::vector<TeamMetrics> rows;
    QString error;
    if (m_teamId > 0 && m_first.isValid() && m_last.isValid() && !(m_last < m_first)) {
        for (int i = m_first.index(); i <= m_last.index() && error.isEmpty(); ++i) {
            const Result<TeamMetrics> metrics = metricsOf(m_repository, m_teamId, Period::fromIndex(i));
            if (metrics)
                rows.push_back(*metrics);
            else
                error = metrics.error();
        }
    }
    if (!error.isEmpty())
        rows.clear();
    m_error = error;
    if (!rows.empty() && rows.size() == m_rows.size()) {
        m_rows = std::move(rows);
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    } else {
        beginResetModel();
        m_rows = std::move(rows);
        endResetModel();
    }
    if (!error.isEmpty())
        emit loadFailed(tr("The incidents beside the trend could not be read: %1").arg(error));
}

Period QuarterIncidentsModel::periodAt(int row) const
{
    return row >= 0 && row < rowCount() ? Period::fromIndex(m_first.index() + row) : Period();
}

const TeamMetrics *QuarterIncidentsModel::metricsAt(int row) const
{
    return row >= 0 && row < rowCount() ? &m_rows[size_t(row)] : nullptr;
}

int QuarterIncidentsModel::largestSeverityCount() const
{
    int largest = 0;
    for (const TeamMetrics &metrics : m_rows)
        largest = std::max(largest, *std::max_element(metrics.bySeverity.begin(), metrics.bySeverity.end()));
    return largest;
}

int QuarterIncidentsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int QuarterIncidentsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool QuarterIncidentsModel::isValidIndex(const QModelIndex &index) const
{
    return index.isValid() && index.model() == this && !index.parent().isValid() && index.row() < rowCount() &&
           index.column() < columnCount();
}

QVariant QuarterIncidentsModel::data(const QModelIndex &index, int role) const
{
    if (!isValidIndex(index))
        return {};
    const TeamMetrics &metrics = m_rows[size_t(index.row())];
    QVariant value;
    switch (index.column()) {
    case Sev1Column:
    case Sev2Column:
    case Sev3Column:
    case Sev4Column:
        value = metrics.bySeverity[size_t(index.column() - Sev1Column)];
        break;
    case TotalColumn:
        value = metrics.incidents;
        break;
    case MttrColumn:
        if (metrics.timeToResolve.meanSeconds)
            value = *metrics.timeToResolve.meanSeconds;
        break;
    case ExcludedColumn:
        value = metrics.timeToResolve.excluded;
        break;
    default:
        break;
    }
    switch (role) {
    case Qt::DisplayRole:
        if (!value.isValid())
            return QString();
        if (index.column() == MttrColumn)
            return IncidentMetrics::formatDuration(qint64(value.toDouble()));
        return QLocale().toString(value.toInt());
    case Qt::ToolTipRole:
        if (index.column() == MttrColumn && !value.isValid())
            return tr("No incident of this quarter is resolved yet");
        return {};
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
    case ValueRole:
        return value;
    case PeriodRole:
        return periodAt(index.row()).index();
    default:
        return {};
    }
}

QVariant QuarterIncidentsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical) {
        if (section < 0 || section >= rowCount())
            return {};
        if (role == Qt::DisplayRole)
            return FigureStore::periodLabel(periodAt(section));
        if (role == PeriodRole)
            return periodAt(section).index();
        return {};
    }
    if (section < 0 || section >= ColumnCount)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case Sev1Column:
        case Sev2Column:
        case Sev3Column:
        case Sev4Column:
            return IncidentText::severityCode(static_cast<Severity>(section - Sev1Column + 1));
        case TotalColumn:
            return tr("Incidents");
        case MttrColumn:
            return tr("MTTR");
        case ExcludedColumn:
            return tr("Unresolved");
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case MttrColumn:
            return tr("Mean time to resolve of the quarter's resolved incidents");
        case ExcludedColumn:
            return tr("Incidents of the quarter not resolved yet, left out of MTTR");
        default:
            return {};
        }
    }
    return {};
}

Qt::ItemFlags QuarterIncidentsModel::flags(const QModelIndex &index) const
{
    if (!isValidIndex(index))
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}

} // namespace candor
