#include "HeatmapModel.h"

#include "item/FigureStore.h"
#include "survey/AnonymityPolicy.h"
#include "survey/Instruments.h"

#include <QCollator>
#include <QFont>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace candor {

namespace {

// The ends and the middle of the scale: orange and blue stay apart for every common colour vision deficiency.
const QColor unfavourableEnd(0xe6, 0x61, 0x01);
const QColor neutralMiddle(0xf7, 0xf7, 0xf7);
const QColor favourableEnd(0x21, 0x66, 0xac);

QColor mix(const QColor &from, const QColor &to, double t)
{
    return QColor::fromRgbF(float(from.redF() + (to.redF() - from.redF()) * t),
                            float(from.greenF() + (to.greenF() - from.greenF()) * t),
                            float(from.blueF() + (to.blueF() - from.blueF()) * t));
}

// Relative luminance as WCAG defines it.
double luminance(const QColor &colour)
{
    const auto channel = [](double c) {
        return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF());
}

} // namespace

HeatmapModel::HeatmapModel(FigureStore &store, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
{
    connect(&m_store, &FigureStore::reloaded, this, &HeatmapModel::rebuild);
    connect(&m_store, &FigureStore::namesChanged, this, &HeatmapModel::rebuild);
    rebuild();
}

QColor HeatmapModel::colourFor(double mean, int scalePoints)
{
    if (scalePoints < 2)
        return neutralMiddle;
    const double middle = (scalePoints + 1) / 2.0;
    const double t = std::clamp((mean - middle) / (middle - 1.0), -1.0, 1.0);
    return t < 0 ? mix(neutralMiddle, unfavourableEnd, -t) : mix(neutralMiddle, favourableEnd, t);
}

QColor HeatmapModel::textColourOn(const QColor &background)
{
    const double l = luminance(background);
    const double onBlack = (l + 0.05) / 0.05;
    const double onWhite = 1.05 / (l + 0.05);
    return onBlack >= onWhite ? QColor(Qt::black) : QColor(Qt::white);
}

std::vector<HeatmapModel::Row> HeatmapModel::rowsOf(Period period) const
{
    std::vector<Row> rows;
    for (const Figure &figure : m_store.figures()) {
        if (figure.scope == FigureScope::Team && figure.period == period)
            rows.push_back({figure.teamId, m_store.teamPath(figure.teamId), figure});
    }
    QCollator collator;
    collator.setNumericMode(true);
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::sort(rows.begin(), rows.end(),
              [&collator](const Row &a, const Row &b) { return collator.compare(a.name, b.name) < 0; });
    return rows;
}

void HeatmapModel::rebuild()
{
    QList<Period> periods;
    for (const Figure &figure : m_store.figures()) {
        if (figure.scope == FigureScope::Team && !periods.contains(figure.period))
            periods.append(figure.period);
    }
    std::sort(periods.begin(), periods.end());
    QStringList constructs;
    if (const std::optional<Instrument> &instrument = m_store.instrument()) {
        for (const SurveyItem &item : instrument->items) {
            const QString construct = Instruments::displayConstruct(*instrument, item);
            constructs.append(construct.isEmpty() ? tr("Item %1").arg(constructs.size() + 1) : construct);
        }
    }
    const Period period = periods.contains(m_period) ? m_period : periods.isEmpty() ? Period() : periods.constLast();
    std::vector<Row> rows = rowsOf(period);

    const bool periodsDiffer = periods != m_periods;
    const bool sameShape = period == m_period && constructs == m_constructs && rows.size() == m_rows.size() &&
                           std::equal(rows.begin(), rows.end(), m_rows.begin(),
                                      [](const Row &a, const Row &b) { return a.teamId == b.teamId; });
    m_periods = periods;
    if (sameShape && !rows.empty()) {
        m_rows = std::move(rows);
        m_scalePoints = m_store.scalePoints();
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
    } else {
        beginResetModel();
        m_period = period;
        m_constructs = constructs;
        m_scalePoints = m_store.scalePoints();
        m_rows = std::move(rows);
        endResetModel();
    }
    if (periodsDiffer)
        emit periodsChanged();
}

void HeatmapModel::setPeriod(Period period)
{
    if (!m_periods.contains(period))
        period = m_periods.isEmpty() ? Period() : m_periods.constLast();
    if (period == m_period)
        return;
    std::vector<Row> rows = rowsOf(period);
    beginResetModel();
    m_period = period;
    m_rows = std::move(rows);
    endResetModel();
}

qint64 HeatmapModel::teamIdAt(int row) const
{
    return row >= 0 && row < rowCount() ? m_rows[size_t(row)].teamId : 0;
}

const Figure *HeatmapModel::figureAt(int row) const
{
    return row >= 0 && row < rowCount() ? &m_rows[size_t(row)].figure : nullptr;
}

QString HeatmapModel::constructName(int column) const
{
    if (column == OverallColumn)
        return tr("Overall");
    const int item = column - FirstConstructColumn;
    return item >= 0 && item < m_constructs.size() ? m_constructs.at(item) : QString();
}

int HeatmapModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int HeatmapModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : FirstConstructColumn + int(m_constructs.size());
}

bool HeatmapModel::isValidIndex(const QModelIndex &index) const
{
    return index.isValid() && index.model() == this && !index.parent().isValid() && index.row() < rowCount() &&
           index.column() < columnCount();
}

std::optional<double> HeatmapModel::valueAt(const Row &row, int column) const
{
    if (row.figure.suppressed || column == TeamColumn)
        return std::nullopt;
    if (column == OverallColumn)
        return row.figure.summary.mean;
    const size_t item = size_t(column - FirstConstructColumn);
    if (item < row.figure.summary.itemMeans.size())
        return row.figure.summary.itemMeans[item];
    return std::nullopt;
}

QVariant HeatmapModel::data(const QModelIndex &index, int role) const
{
    if (!isValidIndex(index))
        return {};
    const Row &row = m_rows[size_t(index.row())];
    const int column = index.column();
    const bool withheld = row.figure.suppressed;
    const std::optional<double> value = valueAt(row, column);
    switch (role) {
    case Qt::DisplayRole:
        if (column == TeamColumn)
            return row.name;
        if (withheld)
            return AnonymityPolicy::withheldText(row.figure.k);
        return value ? FigureStore::formatScore(*value) : QString();
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole:
        if (column == TeamColumn)
            return row.name;
        if (withheld)
            return tr("%1: %2", "team, then why nothing is shown")
                .arg(row.name, AnonymityPolicy::withheldExplanation(row.figure.k));
        if (!value)
            return tr("%1, %2: no answers", "team, construct").arg(row.name, constructName(column));
        return tr("%1, %2: %3 (%Ln response(s))", "team, construct, mean", row.figure.respondents)
            .arg(row.name, constructName(column), FigureStore::formatScore(*value));
    case Qt::BackgroundRole:
        if (value)
            return colourFor(*value, m_scalePoints);
        return {};
    case Qt::ForegroundRole:
        if (value)
            return textColourOn(colourFor(*value, m_scalePoints));
        return {};
    case Qt::FontRole:
        if (withheld && column != TeamColumn) {
            QFont italic;
            italic.setItalic(true);
            return italic;
        }
        return {};
    case Qt::TextAlignmentRole:
        if (column == TeamColumn)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignLeft | Qt::AlignVCenter));
        return QVariant::fromValue(Qt::Alignment(Qt::AlignCenter));
    case MeanRole:
        return value ? QVariant(*value) : QVariant();
    case RespondentsRole:
        return withheld ? QVariant() : QVariant(row.figure.respondents);
    case SuppressedRole:
        return withheld;
    case TeamIdRole:
        return row.teamId;
    case SortRole:
        if (column == TeamColumn)
            return row.name;
        return value ? *value : -1.0;
    default:
        return {};
    }
}

QVariant HeatmapModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal) {
        if (section < 0 || section >= columnCount())
            return {};
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
            return section == TeamColumn ? tr("Team") : constructName(section);
        return {};
    }
    if (section < 0 || section >= rowCount())
        return {};
    if (role == Qt::DisplayRole)
        return QLocale().toString(section + 1);
    if (role == TeamIdRole)
        return m_rows[size_t(section)].teamId;
    return {};
}

Qt::ItemFlags HeatmapModel::flags(const QModelIndex &index) const
{
    if (!isValidIndex(index))
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}

} // namespace candor
