#pragma once

#include "survey/SurveyFigures.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTabWidget;
class QTableView;

namespace candor {

class Banner;
class FigureStore;
class HeatmapModel;
class IncidentRepository;
class MttrChart;
class NumbersPanel;
class QuarterIncidentsModel;
class SurveyRepository;
class TeamChecklist;
class TeamComboBox;
class TeamTreeModel;
class TrendChart;
class TrendModel;

// The Insights area: survey trends (Qt Charts) per team and department by quarter, with withheld quarters as gaps,
// comparisons, a heatmap of teams by construct, and the team's incidents and MTTR beside its trend. The figures of
// the chosen instrument are computed once per change (FigureStore) while the area is on screen; the chart and its
// table watch the same TrendModel, the heatmap its HeatmapModel. "Export report…" saves the HR insights report
// (InsightsReport) of the team shown in the team trend, or of the whole organisation in the other views.
class InsightsArea : public QWidget
{
    Q_OBJECT
public:
    enum Mode { TeamTrend, CompareTeams, Departments, Heatmap };

    InsightsArea(SurveyRepository &surveys, IncidentRepository &incidents, TeamTreeModel &teams,
                 QWidget *parent = nullptr)
        : InsightsArea(surveys, &incidents, teams, parent)
    {}
    // The survey figures alone, for a login that may read the survey views but no incident (InsightsWindow): no
    // incident counts, MTTR or incidents per point, and nothing points to Surveys, where such a login cannot go.
    InsightsArea(SurveyRepository &surveys, TeamTreeModel &teams, QWidget *parent = nullptr)
        : InsightsArea(surveys, nullptr, teams, parent)
    {}

    Mode mode() const;
    TrendModel &trendModel() const { return *m_trendModel; }
    HeatmapModel &heatmapModel() const { return *m_heatmapModel; }
    // Null when the area shows survey figures alone.
    QuarterIncidentsModel *incidentModel() const { return m_incidentModel; }
    TrendChart *trendChart() const { return m_chart; }
    // The figures behind the models (computed on a thread of their own while the area is shown).
    const FigureStore &figureStore() const { return *m_store; }
    // The team of the insights report: the team shown in the team trend, else 0 for the whole organisation.
    qint64 reportTeamId() const;

public slots:
    // Asks where to save and writes the insights report (PDF) of the area's current scope.
    void exportReport();
    // The incident counts per quarter read again (another desktop changed incidents).
    void reloadIncidents();

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    InsightsArea(SurveyRepository &surveys, IncidentRepository *incidents, TeamTreeModel &teams, QWidget *parent);
    void fillInstruments();
    void chooseFirstInstrument();
    void onModeChanged();
    void applySeries();
    void onFiguresReloaded();
    void updateIncidentScope();
    void updatePage();
    void updateReportButton();
    void fillQuarters();
    void showTrendCell(const QModelIndex &index);
    void showHeatmapRow(const QModelIndex &index);
    void showNumbers(qint64 teamId, const QString &name, Period period, const Figure *figure);
    void selectTrendPoint(int row, int column);
    QStringList constructs() const;

    SurveyRepository &m_surveys;
    IncidentRepository *m_incidents; // null: survey figures alone
    TeamTreeModel &m_teams;
    FigureStore *m_store;
    TrendModel *m_trendModel;
    HeatmapModel *m_heatmapModel;
    QuarterIncidentsModel *m_incidentModel; // null with m_incidents
    bool m_instrumentChosen = false;
    bool m_anyWaves = false;

    QComboBox *m_instrument;
    QComboBox *m_mode;
    TeamComboBox *m_team;
    QCheckBox *m_wholeDepartment;
    QComboBox *m_quarter;
    QPushButton *m_exportReport;
    QLabel *m_teamLabel;
    QLabel *m_quarterLabel;
    QWidget *m_sidebar;
    QLineEdit *m_listFilter;
    TeamChecklist *m_compareList;
    TeamChecklist *m_departmentList;
    Banner *m_problem;
    QStackedWidget *m_pages;
    QLabel *m_empty;
    TrendChart *m_chart;
    QLabel *m_gapNote;
    MttrChart *m_mttr; // null with m_incidents
    QTabWidget *m_tables;
    QTableView *m_trendTable;
    QTableView *m_incidentTable; // null with m_incidents
    QTableView *m_heatmapTable;
    NumbersPanel *m_numbers;
};

} // namespace candor
