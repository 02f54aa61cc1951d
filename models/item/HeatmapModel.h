#pragma once

#include "survey/SurveyFigures.h"

#include <QAbstractTableModel>
#include <QColor>
#include <QList>

#include <optional>
#include <vector>

namespace candor {

class FigureStore;

// Teams by construct for one instrument (the store's) in one calendar quarter: a row per team with a figure of its
// own waves in that quarter (withheld teams too, showing the withheld text and no number); columns for the team,
// its overall score and each construct's item mean. The background runs from orange (unfavourable) through a pale
// neutral to blue (favourable), a colour-blind-safe diverging scale, with the text in black or white to stay
// readable; the value is always written in the cell, so nothing rests on colour alone.
class HeatmapModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { TeamColumn, OverallColumn, FirstConstructColumn };
    enum Role {
        MeanRole = Qt::UserRole, // double, only when shown
        RespondentsRole,         // int, only when shown
        SuppressedRole,          // bool
        TeamIdRole,              // cells and vertical header
        SortRole,                // the name, the mean, or below any score when withheld
    };

    explicit HeatmapModel(FigureStore &store, QObject *parent = nullptr);

    // The quarters with a team figure, oldest first.
    const QList<Period> &periods() const { return m_periods; }
    Period period() const { return m_period; }
    // Shows another quarter; an unknown one shows the latest with data.
    void setPeriod(Period period);

    qint64 teamIdAt(int row) const;
    const Figure *figureAt(int row) const;
    QString constructName(int column) const;

    // The scale's colour for a mean on 1..scalePoints, and a text colour readable on it.
    static QColor colourFor(double mean, int scalePoints);
    static QColor textColourOn(const QColor &background);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

signals:
    void periodsChanged();

private:
    struct Row
    {
        qint64 teamId = 0;
        QString name;
        Figure figure;
    };
    void rebuild();
    std::vector<Row> rowsOf(Period period) const;
    bool isValidIndex(const QModelIndex &index) const;
    std::optional<double> valueAt(const Row &row, int column) const;

    FigureStore &m_store;
    QList<Period> m_periods;
    Period m_period;
    QStringList m_constructs;
    int m_scalePoints = 0;
    std::vector<Row> m_rows;
};

} // namespace candor
