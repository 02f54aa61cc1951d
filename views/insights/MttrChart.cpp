#include "MttrChart.h"

#include <QEvent>

#include "TrendChart.h"
#include "item/QuarterIncidentsModel.h"

#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QGraphicsLayout>
#include <QValueAxis>

#include <algorithm>

namespace candor {

namespace {

// Neutral bars that stand out from the background of light and dark themes alike.
QColor barColour(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightnessF() < 0.5 ? QColor(0xa8, 0xaf, 0xb8) : QColor(0x55, 0x55, 0x55);
}

} // namespace

MttrChart::MttrChart(QWidget *parent)
    // Given its chart at construction: QChartView(parent) makes a default chart, which setChart() would let go of
    // without deleting it (a leak). The view owns the chart.
    : QChartView(new QChart, parent)
    , m_chart(chart())
    , m_series(new QBarSeries(m_chart))
    , m_set(new QBarSet(tr("Time to resolve (MTTR)")))
    , m_quarterAxis(new QCategoryAxis(m_chart))
    , m_valueAxis(new QValueAxis(m_chart))
{
    setRenderHint(QPainter::Antialiasing);
    setAccessibleName(tr("Time to resolve per quarter"));
    setAccessibleDescription(tr("Mean time to resolve of each quarter's resolved incidents. The Incidents table "
                                "shows the same figures."));
    setMinimumHeight(150);
    m_chart->setAnimationOptions(QChart::NoAnimation);
    m_chart->legend()->hide();
    m_chart->setTitle(tr("Time to resolve (MTTR) per quarter; open incidents are left out"));
    m_chart->layout()->setContentsMargins(0, 0, 0, 0);
    m_set->setColor(barColour(palette()));
    m_series->append(m_set);
    m_chart->addSeries(m_series);
    m_chart->addAxis(m_quarterAxis, Qt::AlignBottom);
    m_chart->addAxis(m_valueAxis, Qt::AlignLeft);
    m_series->attachAxis(m_quarterAxis);
    m_series->attachAxis(m_valueAxis);
    m_valueAxis->setLabelFormat(QStringLiteral("%.0f"));
    // Quarters labelled as on the trend chart above it: at most about a dozen.
    m_quarterAxis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    connect(m_chart, &QChart::plotAreaChanged, this,
            [this](const QRectF &area) { TrendChart::labelQuarters(m_quarterAxis, m_labels, area.width()); });
    TrendChart::applyPalette(m_chart, palette());
    rebuild();
}

void MttrChart::changeEvent(QEvent *event)
{
    QChartView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        TrendChart::applyPalette(m_chart, palette());
        m_set->setColor(barColour(palette()));
    }
}

void MttrChart::setModel(QuarterIncidentsModel *model)
{
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    if (m_model) {
        connect(m_model, &QAbstractItemModel::modelReset, this, &MttrChart::rebuild);
        connect(m_model, &QAbstractItemModel::dataChanged, this, &MttrChart::rebuild);
    }
    rebuild();
}

QList<qreal> MttrChart::values() const
{
    QList<qreal> result;
    for (int i = 0; i < m_set->count(); ++i)
        result.append(m_set->at(i));
    return result;
}

QString MttrChart::unitText() const
{
    return m_valueAxis->titleText();
}

void MttrChart::rebuild()
{
    const int rows = m_model ? m_model->rowCount() : 0;
    QList<double> seconds;
    QStringList labels;
    double largest = 0;
    for (int row = 0; row < rows; ++row) {
        const QVariant mttr =
            m_model->index(row, QuarterIncidentsModel::MttrColumn).data(QuarterIncidentsModel::ValueRole);
        seconds.append(mttr.isValid() ? mttr.toDouble() : 0.0);
        largest = std::max(largest, seconds.last());
        labels.append(m_model->headerData(row, Qt::Vertical).toString());
    }
    // Hours, or days once recovery takes longer than three days.
    const bool inDays = largest > 3 * 86400.0;
    const double unit = inDays ? 86400.0 : 3600.0;
    QList<qreal> heights;
    for (double s : std::as_const(seconds))
        heights.append(s / unit);

    m_labels = labels;
    TrendChart::labelQuarters(m_quarterAxis, m_labels, m_chart->plotArea().width());
    m_valueAxis->setTitleText(inDays ? tr("Days") : tr("Hours"));
    m_valueAxis->setRange(0, std::max(1.0, largest / unit * 1.1));
    m_valueAxis->applyNiceNumbers();
    // The whole list at once.
    m_set->remove(0, m_set->count());
    m_set->append(heights);
}

} // namespace candor
