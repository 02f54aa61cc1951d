#pragma once

#include <QChartView>
#include <QPointer>

class QCategoryAxis;
class QBarSeries;
class QBarSet;
class QValueAxis;

namespace candor {

class QuarterIncidentsModel;

// Mean time to resolve per quarter of a QuarterIncidentsModel, as bars: the small chart below a team's survey trend
// (its table is the model's own view). Quarters without a resolved incident have no bar; the table says why.
class MttrChart : public QChartView
{
    Q_OBJECT
public:
    explicit MttrChart(QWidget *parent = nullptr);

    void setModel(QuarterIncidentsModel *model);
    // The bar heights drawn, in the unit of the value axis (hours or days), for tests.
    QList<qreal> values() const;
    QString unitText() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();

    QChart *m_chart;
    QBarSeries *m_series;
    QBarSet *m_set;
    QCategoryAxis *m_quarterAxis;
    QValueAxis *m_valueAxis;
    QPointer<QuarterIncidentsModel> m_model;
    QStringList m_labels;
};

} // namespace candor
