#pragma once

#include "survey/SurveyFigures.h"

#include <QAbstractTableModel>
#include <QList>

#include <optional>
#include <vector>

namespace candor {

class FigureStore;

// One line of a trend: a team's own waves (Team) or a department's whole subtree (Rollup).
struct TrendSeries
{
    qint64 teamId = 0;
    FigureScope scope = FigureScope::Team;

    friend bool operator==(const TrendSeries &a, const TrendSeries &b)
    {
        return a.teamId == b.teamId && a.scope == b.scope;
    }
    friend bool operator!=(const TrendSeries &a, const TrendSeries &b) { return !(a == b); }
};

// Survey trends by calendar quarter for one instrument (the store's): rows are the quarters from the first to the
// last with a figure in any chosen series, with none skipped; columns are the chosen series. A cell shows the mean
// of a figure the AnonymityPolicy lets be shown, the withheld text where it does not (and no number in any role),
// and nothing where there was no wave. The trend chart and its table both watch this model.
class TrendModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role {
        MeanRole = Qt::UserRole, // double, or invalid when withheld or absent (what a chart draws)
        RespondentsRole,         // int, only when shown
        CiLowRole,               // 95% confidence interval of the mean, only when shown
        CiHighRole,
        SuppressedRole, // true when a figure exists and is withheld
        PeriodRole,     // Period::index() of the row (cells and vertical header)
        TeamIdRole,     // the series' team (cells and horizontal header)
        ScopeRole,      // the series' FigureScope as int (cells and horizontal header)
    };

    explicit TrendModel(FigureStore &store, QObject *parent = nullptr);

    void setSeries(const QList<TrendSeries> &series);
    const QList<TrendSeries> &series() const { return m_series; }
    // The series' name: the team, or the department with "all teams".
    QString seriesName(int column) const;
    int scalePoints() const;

    Period periodAt(int row) const;
    int rowOf(Period period) const; // -1 when not shown
    // The figure behind a cell (shown or withheld), or null where there was no wave.
    const Figure *figureAt(int row, int column) const;
    // True when any cell is withheld.
    bool hasWithheld() const;
    // The strictest threshold among the withheld cells (0 when none).
    int strictestWithheldK() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    void rebuild();
    std::vector<std::vector<std::optional<Figure>>> computeCells(const QList<TrendSeries> &series,
                                                                 Period *firstPeriod) const;
    bool isValidIndex(const QModelIndex &index) const;
    QString cellDescription(int row, int column) const;

    FigureStore &m_store;
    QList<TrendSeries> m_series;
    Period m_first;                                          // the first row's quarter
    std::vector<std::vector<std::optional<Figure>>> m_cells; // [row][column], copies of the store's figures
};

} // namespace candor
