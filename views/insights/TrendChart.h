#pragma once

#include <QChartView>
#include <QList>
#include <QPointer>

class QAbstractItemModel;
class QCategoryAxis;
class QLineSeries;
class QScatterSeries;
class QValueAxis;

namespace candor {

class QuarterIncidentsModel;
class TrendModel;

// The survey trend as lines by calendar quarter, one per series of a TrendModel. A withheld or missing quarter is a
// gap: each series is split into segments of consecutive quarters (same colour, one legend entry), each filled with
// replace(). The score axis is the instrument's scale 1..n, always. For one team, its incidents stand beside the
// line as markers per severity on a second axis (how many in the quarter). The chart redraws whenever a model it
// watches changes; a click on a point or marker says which quarter and series it was.
class TrendChart : public QChartView
{
    Q_OBJECT
public:
    explicit TrendChart(QWidget *parent = nullptr);

    void setModel(TrendModel *model);
    // The incidents of the one team shown (null: none).
    void setIncidents(QuarterIncidentsModel *model);
    // Rings one point (the table's current cell); a row of -1 rings none.
    void setHighlight(int row, int column);

    // What is drawn, for the area and tests.
    QList<QLineSeries *> segments(int column) const { return m_segments.value(column); }
    QList<QScatterSeries *> incidentMarkers() const { return m_markers; }
    bool hasGaps() const { return !m_gapNote.isEmpty(); }
    // "Gaps: fewer than 5 responses..." when a line has a gap, else empty.
    QString gapNote() const { return m_gapNote; }
    static QColor seriesColour(int column);
    // Puts quarter labels (one per row) on an axis at the rows' positions, thinned to what fits in `width` pixels.
    static void labelQuarters(QCategoryAxis *axis, const QStringList &labels, qreal width);
    // Background, texts, axes and grid in the widget palette's colours, so a chart reads on the dark and
    // high-contrast themes too (the PDF report styles its charts for paper instead).
    static void applyPalette(QChart *chart, const QPalette &palette);

signals:
    void pointClicked(int row, int column);
    void redrawn();

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    void addSeriesLines(int column);
    void addIncidentMarkers();
    void updateHighlight();
    void updateGapNote();
    void watch(QAbstractItemModel *model);

    QChart *m_chart;
    QCategoryAxis *m_quarterAxis;
    QValueAxis *m_scoreAxis;
    QValueAxis *m_incidentAxis;
    QPointer<TrendModel> m_model;
    QPointer<QuarterIncidentsModel> m_incidents;
    QList<QList<QLineSeries *>> m_segments; // per column
    QList<QScatterSeries *> m_markers;
    QScatterSeries *m_highlight = nullptr;
    int m_highlightRow = -1;
    int m_highlightColumn = -1;
    QString m_gapNote;
    QStringList m_quarterLabels;
};

} // namespace candor
