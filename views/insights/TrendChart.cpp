#include "TrendChart.h"

#include <QEvent>

#include "domain/Incident.h"
#include "item/QuarterIncidentsModel.h"
#include "item/TrendModel.h"

#include <QCategoryAxis>
#include <QGraphicsLayout>
#include <QLegendMarker>
#include <QLineSeries>
#include <QScatterSeries>
#include <QValueAxis>

#include <algorithm>
#include <array>

namespace candor {

namespace {

// Okabe and Ito's palette: told apart with every common colour vision deficiency (yellow left out: too pale).
constexpr std::array<QRgb, 7> seriesPalette = {0x0072b2, 0xe69f00, 0x009e73, 0xcc79a7, 0x56b4e9, 0xd55e00, 0x000000};

struct SeverityMark
{
    QScatterSeries::MarkerShape shape;
    QRgb colour;
    qreal size;
};

// SEV1 to SEV4: shape and size tell them apart without colour.
constexpr std::array<SeverityMark, 4> severityMarks = {{
    {QScatterSeries::MarkerShapeStar, 0xb2182b, 16},
    {QScatterSeries::MarkerShapeTriangle, 0xd55e00, 13},
    {QScatterSeries::MarkerShapeRotatedRectangle, 0x6a3d9a, 11},
    {QScatterSeries::MarkerShapeCircle, 0x636363, 9},
}};

} // namespace

TrendChart::TrendChart(QWidget *parent)
    // Given its chart at construction: QChartView(parent) makes a default chart, which setChart() would let go of
    // without deleting it (a leak). The view owns the chart.
    : QChartView(new QChart, parent)
    , m_chart(chart())
    , m_quarterAxis(new QCategoryAxis(m_chart))
    , m_scoreAxis(new QValueAxis(m_chart))
    , m_incidentAxis(new QValueAxis(m_chart))
{
    setRenderHint(QPainter::Antialiasing);
    setAccessibleName(tr("Survey trend chart"));
    setAccessibleDescription(tr("Mean score by quarter. The table beside it shows the same figures."));
    setMinimumHeight(240);
    m_chart->setAnimationOptions(QChart::NoAnimation);
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_chart->layout()->setContentsMargins(0, 0, 0, 0);

    m_quarterAxis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    m_quarterAxis->setTitleText(tr("Quarter"));
    m_scoreAxis->setLabelFormat(QStringLiteral("%d"));
    m_incidentAxis->setLabelFormat(QStringLiteral("%d"));
    m_incidentAxis->setTitleText(tr("Incidents in the quarter"));
    m_incidentAxis->setGridLineVisible(false);
    m_chart->addAxis(m_quarterAxis, Qt::AlignBottom);
    m_chart->addAxis(m_scoreAxis, Qt::AlignLeft);
    m_chart->addAxis(m_incidentAxis, Qt::AlignRight);
    m_incidentAxis->hide();
    // Wider or narrower, the quarter labels are thinned to what fits.
    connect(m_chart, &QChart::plotAreaChanged, this,
            [this](const QRectF &area) { labelQuarters(m_quarterAxis, m_quarterLabels, area.width()); });
    applyPalette(m_chart, palette());
    rebuild();
}

void TrendChart::applyPalette(QChart *chart, const QPalette &palette)
{
    const QColor text = palette.color(QPalette::Text);
    QColor grid = text;
    grid.setAlphaF(0.18f);
    QColor line = text;
    line.setAlphaF(0.55f);
    chart->setBackgroundBrush(palette.color(QPalette::Base));
    chart->setBackgroundPen(Qt::NoPen);
    chart->setTitleBrush(text);
    chart->legend()->setLabelColor(text);
    for (QAbstractAxis *axis : chart->axes()) {
        axis->setLabelsColor(text);
        axis->setTitleBrush(text);
        axis->setLinePenColor(line);
        axis->setGridLineColor(grid);
        axis->setMinorGridLineColor(grid);
    }
}

void TrendChart::changeEvent(QEvent *event)
{
    QChartView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        applyPalette(m_chart, palette());
        updateHighlight();
    }
}

void TrendChart::labelQuarters(QCategoryAxis *axis, const QStringList &labels, qreal width)
{
    // As many labels as fit (about 80 pixels each); every quarter still has its point.
    const int fit = width > 0 ? std::max(2, int(width / 80)) : 12;
    const int rows = int(labels.size());
    const int step = std::max(1, (rows + fit - 1) / fit);
    QStringList wanted;
    for (int row = 0; row < rows; row += step)
        wanted.append(labels.at(row));
    if (axis->categoriesLabels() != wanted) {
        const QStringList old = axis->categoriesLabels();
        for (const QString &label : old)
            axis->remove(label);
        axis->setStartValue(-0.5);
        for (int row = 0; row < rows; row += step)
            axis->append(labels.at(row), row);
    }
    axis->setRange(-0.5, std::max(rows, 1) - 0.5);
}

QColor TrendChart::seriesColour(int column)
{
    return QColor(seriesPalette[size_t(column) % seriesPalette.size()]);
}

void TrendChart::watch(QAbstractItemModel *model)
{
    // Every change redraws: the quarters, the series and their figures are few, and a redraw is one replace() per
    // segment.
    connect(model, &QAbstractItemModel::modelReset, this, &TrendChart::rebuild);
    connect(model, &QAbstractItemModel::dataChanged, this, &TrendChart::rebuild);
    connect(model, &QAbstractItemModel::headerDataChanged, this, &TrendChart::rebuild);
    connect(model, &QAbstractItemModel::layoutChanged, this, &TrendChart::rebuild);
    connect(model, &QAbstractItemModel::rowsInserted, this, &TrendChart::rebuild);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &TrendChart::rebuild);
    connect(model, &QAbstractItemModel::columnsInserted, this, &TrendChart::rebuild);
    connect(model, &QAbstractItemModel::columnsRemoved, this, &TrendChart::rebuild);
}

void TrendChart::setModel(TrendModel *model)
{
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    if (m_model)
        watch(m_model);
    rebuild();
}

void TrendChart::setIncidents(QuarterIncidentsModel *model)
{
    if (m_incidents == model)
        return;
    if (m_incidents)
        disconnect(m_incidents, nullptr, this, nullptr);
    m_incidents = model;
    if (m_incidents)
        watch(m_incidents);
    rebuild();
}

void TrendChart::setHighlight(int row, int column)
{
    m_highlightRow = row;
    m_highlightColumn = column;
    updateHighlight();
}

void TrendChart::rebuild()
{
    m_chart->removeAllSeries(); // deletes them
    m_segments.clear();
    m_markers.clear();
    m_highlight = nullptr;

    const int rows = m_model ? m_model->rowCount() : 0;
    const int columns = m_model ? m_model->columnCount() : 0;

    m_quarterLabels.clear();
    for (int row = 0; row < rows; ++row)
        m_quarterLabels.append(m_model->headerData(row, Qt::Vertical).toString());
    labelQuarters(m_quarterAxis, m_quarterLabels, m_chart->plotArea().width());

    // The instrument's whole scale, whatever the figures: a trend near the top must not look like a crisis.
    const int points = m_model && m_model->scalePoints() >= 2 ? m_model->scalePoints() : 7;
    m_scoreAxis->setRange(1, points);
    m_scoreAxis->setTickCount(points);
    m_scoreAxis->setTitleText(tr("Mean score (1 to %1)").arg(points));

    // Many series: a legend down the side, where every name has room.
    m_chart->legend()->setAlignment(columns > 4 ? Qt::AlignRight : Qt::AlignBottom);
    for (int column = 0; column < columns; ++column)
        addSeriesLines(column);
    addIncidentMarkers();

    m_highlight = new QScatterSeries;
    m_highlight->setMarkerShape(QScatterSeries::MarkerShapeCircle);
    m_highlight->setMarkerSize(20);
    m_highlight->setBrush(Qt::NoBrush);
    m_highlight->setPen(QPen(palette().color(QPalette::WindowText), 2));
    m_chart->addSeries(m_highlight);
    m_highlight->attachAxis(m_quarterAxis);
    m_highlight->attachAxis(m_scoreAxis);
    for (QLegendMarker *marker : m_chart->legend()->markers(m_highlight))
        marker->setVisible(false);
    updateHighlight();
    updateGapNote();
    emit redrawn();
}

void TrendChart::addSeriesLines(int column)
{
    const int rows = m_model->rowCount();
    const QString name = m_model->headerData(column, Qt::Horizontal).toString();
    QPen pen(seriesColour(column), 2.5);
    // Past the palette, lines are dashed too, so no two look the same.
    if (column >= int(seriesPalette.size()))
        pen.setStyle(column / int(seriesPalette.size()) % 2 ? Qt::DashLine : Qt::DotLine);

    // Consecutive quarters with a shown mean make one segment; the first segment carries the legend entry, even
    // when it is empty (every quarter withheld).
    QList<QList<QPointF>> runs{{}};
    for (int row = 0; row < rows; ++row) {
        const QVariant mean = m_model->index(row, column).data(TrendModel::MeanRole);
        if (mean.isValid())
            runs.last().append(QPointF(row, mean.toDouble()));
        else if (!runs.last().isEmpty())
            runs.append(QList<QPointF>());
    }
    if (runs.size() > 1 && runs.last().isEmpty())
        runs.removeLast();

    QList<QLineSeries *> segments;
    for (const QList<QPointF> &run : std::as_const(runs)) {
        auto *line = new QLineSeries;
        line->setName(name);
        line->setPen(pen);
        line->setPointsVisible(true); // a quarter alone between two gaps is still a point
        m_chart->addSeries(line);
        line->attachAxis(m_quarterAxis);
        line->attachAxis(m_scoreAxis);
        // All its points in one call, on the chart: one pointsReplaced, never a signal per point.
        line->replace(run);
        if (!segments.isEmpty()) {
            for (QLegendMarker *marker : m_chart->legend()->markers(line))
                marker->setVisible(false);
        }
        connect(line, &QXYSeries::clicked, this,
                [this, column](const QPointF &point) { emit pointClicked(qRound(point.x()), column); });
        segments.append(line);
    }
    m_segments.append(segments);
}

void TrendChart::addIncidentMarkers()
{
    const bool shown = m_incidents && m_model && m_model->columnCount() == 1 && m_incidents->rowCount() > 0;
    m_incidentAxis->setVisible(shown);
    if (!shown)
        return;
    const int largest = std::max(1, m_incidents->largestSeverityCount());
    m_incidentAxis->setRange(0, largest + 1);
    m_incidentAxis->setTickCount(std::min(largest + 2, 6));
    if (largest + 2 > 6)
        m_incidentAxis->applyNiceNumbers();

    // Side by side within the quarter, SEV1 leftmost, at the height of how many there were.
    for (int s = 0; s < 4; ++s) {
        QList<QPointF> points;
        for (int row = 0; row < m_incidents->rowCount(); ++row) {
            const int x = m_model->rowOf(m_incidents->periodAt(row));
            const int count = m_incidents->index(row, QuarterIncidentsModel::Sev1Column + s)
                                  .data(QuarterIncidentsModel::ValueRole)
                                  .toInt();
            if (x >= 0 && count > 0)
                points.append(QPointF(x - 0.21 + 0.14 * s, count));
        }
        if (points.isEmpty())
            continue;
        auto *markers = new QScatterSeries;
        markers->setName(tr("%1 incidents", "severity code, e.g. SEV1 incidents")
                             .arg(IncidentText::severityCode(static_cast<Severity>(s + 1))));
        markers->setMarkerShape(severityMarks[size_t(s)].shape);
        markers->setMarkerSize(severityMarks[size_t(s)].size);
        markers->setColor(QColor(severityMarks[size_t(s)].colour));
        markers->setBorderColor(Qt::white);
        m_chart->addSeries(markers);
        markers->attachAxis(m_quarterAxis);
        markers->attachAxis(m_incidentAxis);
        markers->replace(points);
        connect(markers, &QXYSeries::clicked, this,
                [this](const QPointF &point) { emit pointClicked(qRound(point.x()), 0); });
        m_markers.append(markers);
    }
}

void TrendChart::updateHighlight()
{
    if (!m_highlight)
        return;
    QList<QPointF> points;
    if (m_model && m_highlightRow >= 0) {
        const QVariant mean = m_model->index(m_highlightRow, m_highlightColumn).data(TrendModel::MeanRole);
        if (mean.isValid())
            points.append(QPointF(m_highlightRow, mean.toDouble()));
    }
    m_highlight->replace(points);
}

void TrendChart::updateGapNote()
{
    QStringList notes;
    if (m_model) {
        if (const int k = m_model->strictestWithheldK(); k > 0)
            notes.append(tr("Gaps: fewer than %n responses, or held back so that a smaller group cannot be worked "
                            "out.",
                            nullptr, k));
        // A quarter without a wave between two with figures.
        bool missing = false;
        for (int column = 0; column < m_model->columnCount() && !missing; ++column) {
            int first = -1;
            int last = -1;
            for (int row = 0; row < m_model->rowCount(); ++row) {
                if (m_model->index(row, column).data(TrendModel::MeanRole).isValid()) {
                    first = first < 0 ? row : first;
                    last = row;
                }
            }
            for (int row = std::max(first, 0); row < last && !missing; ++row)
                missing = !m_model->figureAt(row, column);
        }
        if (missing)
            notes.append(tr("Gaps: no survey in that quarter."));
    }
    m_gapNote = notes.join(QLatin1Char(' '));
}

} // namespace candor
