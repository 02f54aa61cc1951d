#pragma once

#include "domain/Result.h"
#include "metrics/IncidentMetrics.h"
#include "survey/SurveyFigures.h"

#include <QAbstractTableModel>

#include <vector>

namespace candor {

class IncidentRepository;

// A team's incident metrics by calendar quarter (the team and its sub-teams, as the incident metrics count them):
// incidents by severity, MTTR and how many open incidents it leaves out. Insights shows it beside a survey trend
// over the same quarters; its chart markers, its MTTR chart and its table all watch this model.
class QuarterIncidentsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        Sev1Column,
        Sev2Column,
        Sev3Column,
        Sev4Column,
        TotalColumn,
        MttrColumn,     // mean time to resolve of the resolved incidents
        ExcludedColumn, // incidents left out of MTTR because they are not resolved yet
        ColumnCount
    };
    enum Role {
        ValueRole = Qt::UserRole, // a count, or MTTR in seconds (double); invalid when there is none
        PeriodRole,               // Period::index() of the row
    };

    explicit QuarterIncidentsModel(IncidentRepository &repository, QObject *parent = nullptr);

    // The quarters first..last of a team (0: none, an empty model).
    void setScope(qint64 teamId, Period first, Period last);
    qint64 teamId() const { return m_teamId; }
    Period periodAt(int row) const;
    const TeamMetrics *metricsAt(int row) const;
    // The most incidents of one severity in any quarter.
    int largestSeverityCount() const;
    // Why the last reload failed; empty when it did not.
    QString error() const { return m_error; }
    // The metrics of one team and quarter, straight from the repository (for a team this model does not show).
    static Result<TeamMetrics> metricsOf(const IncidentRepository &repository, qint64 teamId, Period period);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

public slots:
    void reload();

signals:
    void loadFailed(const QString &message);

private:
    bool isValidIndex(const QModelIndex &index) const;

    IncidentRepository &m_repository;
    qint64 m_teamId = 0;
    Period m_first;
    Period m_last;
    std::vector<TeamMetrics> m_rows;
    QString m_error;
};

} // namespace candor
