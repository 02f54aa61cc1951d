#include "TrendModel.h"

#include "item/FigureStore.h"
#include "survey/AnonymityPolicy.h"

#include <QFont>

#include <algorithm>
#include <limits>

namespace candor {

TrendModel::TrendModel(FigureStore &store, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
{
    connect(&m_store, &FigureStore::reloaded, this, &TrendModel::rebuild);
    connect(&m_store, &FigureStore::namesChanged, this, [this]() {
        if (!m_series.isEmpty())
            emit headerDataChanged(Qt::Horizontal, 0, int(m_series.size()) - 1);
        if (rowCount() > 0)
            emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1),
                             {Qt::ToolTipRole, Qt::AccessibleTextRole});
    });
    rebuild();
}

void TrendModel::setSeries(const QList<TrendSeries> &series)
{
    if (series == m_series)
        return;
    Period first;
    auto cells = computeCells(series, &first);
    beginResetModel();
    m_series = series;
    m_first = first;
    m_cells = std::move(cells);
    endResetModel();
}

void TrendModel::rebuild()
{
    Period firstPeriod;
    auto cells = computeCells(m_series, &firstPeriod);
    // The same quarters: the cells change in place, so the current cell and the selection stay.
    if (firstPeriod == m_first && cells.size() == m_cells.size() && !cells.empty()) {
        m_cells = std::move(cells);
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
        return;
    }
    beginResetModel();
    m_first = firstPeriod;
    m_cells = std::move(cells);
    endResetModel();
}

std::vector<std::vector<std::optional<Figure>>> TrendModel::computeCells(const QList<TrendSeries> &series,
                                                                         Period *firstPeriod) const
{
    // The quarters of every chosen series, from the first to the last, none skipped.
    int first = std::numeric_limits<int>::max();
    int last = std::numeric_limits<int>::min();
    for (const Figure &figure : m_store.figures()) {
        if (figure.scope == FigureScope::Wave)
            continue;
        for (const TrendSeries &s : series) {
            if (s.teamId == figure.teamId && s.scope == figure.scope) {
                first = std::min(first, figure.period.index());
                last = std::max(last, figure.period.index());
            }
        }
    }
    std::vector<std::vector<std::optional<Figure>>> cells;
    *firstPeriod = {};
    if (first <= last) {
        *firstPeriod = Period::fromIndex(first);
        cells.resize(size_t(last - first + 1));
        for (int i = first; i <= last; ++i) {
            auto &row = cells[size_t(i - first)];
            row.reserve(size_t(series.size()));
            for (const TrendSeries &s : series) {
                const Figure *figure = m_store.find(s.scope, s.teamId, Period::fromIndex(i));
                row.push_back(figure ? std::optional<Figure>(*figure) : std::nullopt);
            }
        }
    }
    return cells;
}

QString TrendModel::seriesName(int column) const
{
    if (column < 0 || column >= m_series.size())
        return {};
    const TrendSeries &s = m_series.at(column);
    const QString name = m_store.teamName(s.teamId);
    if (s.scope == FigureScope::Rollup)
        return tr("%1, all teams", "a department's figure over its whole subtree").arg(name);
    return name;
}

int TrendModel::scalePoints() const
{
    return m_store.scalePoints();
}

Period TrendModel::periodAt(int row) const
{
    if (row < 0 || row >= rowCount())
        return {};
    return Period::fromIndex(m_first.index() + row);
}

int TrendModel::rowOf(Period period) const
{
    if (!period.isValid() || m_cells.empty())
        return -1;
    const int row = period.index() - m_first.index();
    return row >= 0 && row < rowCount() ? row : -1;
}

const Figure *TrendModel::figureAt(int row, int column) const
{
    if (row < 0 || row >= rowCount() || column < 0 || column >= columnCount())
        return nullptr;
    const std::optional<Figure> &cell = m_cells[size_t(row)][size_t(column)];
    return cell ? &*cell : nullptr;
}

bool TrendModel::hasWithheld() const
{
    return strictestWithheldK() > 0;
}

int TrendModel::strictestWithheldK() const
{
    int k = 0;
    for (const auto &row : m_cells) {
        for (const std::optional<Figure> &cell : row) {
            if (cell && cell->suppressed)
                k = std::max(k, cell->k);
        }
    }
    return k;
}

int TrendModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_cells.size());
}

int TrendModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_series.size());
}

bool TrendModel::isValidIndex(const QModelIndex &index) const
{
    return index.isValid() && index.model() == this && !index.parent().isValid() && index.row() < rowCount() &&
           index.column() < columnCount();
}

QString TrendModel::cellDescription(int row, int column) const
{
    const QString where =
        tr("%1, %2", "series, quarter").arg(seriesName(column), FigureStore::periodLabel(periodAt(row)));
    const Figure *figure = figureAt(row, column);
    if (!figure)
        return tr("%1: no survey in this quarter").arg(where);
    if (figure->suppressed)
        return tr("%1: %2", "where, then why nothing is shown")
            .arg(where, AnonymityPolicy::withheldExplanation(figure->k));
    return tr("%1: mean %2 (95% CI %3 to %4), %Ln response(s)", nullptr, figure->respondents)
        .arg(where, FigureStore::formatScore(figure->summary.mean), FigureStore::formatScore(figure->summary.ciLow),
             FigureStore::formatScore(figure->summary.ciHigh));
}

QVariant TrendModel::data(const QModelIndex &index, int role) const
{
    if (!isValidIndex(index))
        return {};
    const Figure *figure = figureAt(index.row(), index.column());
    const bool shown = figure && !figure->suppressed;
    switch (role) {
    case Qt::DisplayRole:
        if (!figure)
            return QString();
        return shown ? FigureStore::formatScore(figure->summary.mean) : AnonymityPolicy::withheldText(figure->k);
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole:
        return cellDescription(index.row(), index.column());
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::Alignment(shown ? Qt::AlignRight | Qt::AlignVCenter : Qt::AlignCenter));
    case Qt::FontRole:
        if (figure && figure->suppressed) {
            QFont italic;
            italic.setItalic(true);
            return italic;
        }
        return {};
    case MeanRole:
        return shown ? QVariant(figure->summary.mean) : QVariant();
    case RespondentsRole:
        return shown ? QVariant(figure->respondents) : QVariant();
    case CiLowRole:
        return shown ? QVariant(figure->summary.ciLow) : QVariant();
    case CiHighRole:
        return shown ? QVariant(figure->summary.ciHigh) : QVariant();
    case SuppressedRole:
        return figure && figure->suppressed;
    case PeriodRole:
        return periodAt(index.row()).index();
    case TeamIdRole:
        return m_series.at(index.column()).teamId;
    case ScopeRole:
        return int(m_series.at(index.column()).scope);
    default:
        return {};
    }
}

QVariant TrendModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal) {
        if (section < 0 || section >= columnCount())
            return {};
        switch (role) {
        case Qt::DisplayRole:
        case Qt::ToolTipRole:
            return seriesName(section);
        case TeamIdRole:
            return m_series.at(section).teamId;
        case ScopeRole:
            return int(m_series.at(section).scope);
        default:
            return {};
        }
    }
    if (section < 0 || section >= rowCount())
        return {};
    if (role == Qt::DisplayRole)
        return FigureStore::periodLabel(periodAt(section));
    if (role == PeriodRole)
        return periodAt(section).index();
    return {};
}

Qt::ItemFlags TrendModel::flags(const QModelIndex &index) const
{
    if (!isValidIndex(index))
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}

} // namespace candor
