#pragma once

#include <QWidget>

class QComboBox;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTextBrowser;
class QTimer;

namespace candor {

class Edits;
class IncidentRepository;
class IncidentTableModel;
class PostmortemRepository;
class ReportExport;
class TeamComboBox;
class TeamRepository;
class TeamTreeModel;

// The Incidents area: filters (text, team, severity, status), the paged list, and the selected incident's
// details. Filtering and sorting happen in SQL through IncidentTableModel.
class IncidentsArea : public QWidget
{
    Q_OBJECT
public:
    IncidentsArea(IncidentTableModel &model, IncidentRepository &incidents, TeamTreeModel &teams, Edits &edits,
                  QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }
    qint64 selectedIncidentId() const;
    QByteArray headerState() const;
    void restoreHeaderState(const QByteArray &state);
    // Adds "Export report…" and "Print report…" for the selected incident's postmortem.
    void enableReports(PostmortemRepository &postmortems, TeamRepository &teams);
    ReportExport *reports() const { return m_reports; }

public slots:
    void newIncident();
    void editIncident();
    void deleteIncident();

private:
    void applyFilter();
    void showDetails();
    void updateCount();
    void select(qint64 incidentId);

    IncidentTableModel &m_model;
    IncidentRepository &m_incidents;
    TeamTreeModel &m_teams;
    Edits &m_edits;
    QLineEdit *m_search;
    TeamComboBox *m_team;
    QComboBox *m_severity;
    QComboBox *m_status;
    QLabel *m_count;
    QTableView *m_view;
    qint64 m_selectedBeforeReset = 0;
    QTextBrowser *m_details;
    QPushButton *m_edit;
    QPushButton *m_delete;
    QTimer *m_searchDelay;
    QHBoxLayout *m_buttons;
    ReportExport *m_reports = nullptr;
};

} // namespace candor
