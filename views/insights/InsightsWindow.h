#pragma once

#include <QMainWindow>

class QLabel;

namespace candor {

class Banner;
class ChangeFeed;
class Database;
class InsightsArea;
class SurveyRepository;
class TeamTreeModel;

// Candor's window for a login that may read only the survey views of a shared server's schema candor_hr (a member
// of candor_hr, docs/postgresql.md): the Insights area with the survey figures alone, which the server has already
// cut down to waves with at least k responses. Nothing in it reads or changes incidents, postmortems, members or
// waves, so it offers nothing of the kind: its menus hold the insights report, the choice of database, reading the
// figures again and About. It says when the server connection drops and when it is back, and follows the teams and
// waves other desktops add or rename.
class InsightsWindow : public QMainWindow
{
    Q_OBJECT
public:
    InsightsWindow(Database &database, SurveyRepository &surveys, TeamTreeModel &teams, QWidget *parent = nullptr);

    InsightsArea *insightsArea() const { return m_area; }

signals:
    // As MainWindow::databaseChangeRequested: the composition root reopens everything on `location` (empty: the
    // local file).
    void databaseChangeRequested(const QString &location);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createMenus();
    // Teams and waves read again; the figures follow.
    void readAgain();
    void watchConnection();
    void about();

    Database &m_database;
    SurveyRepository &m_surveys;
    TeamTreeModel &m_teams;
    Banner *m_connectionProblem;
    InsightsArea *m_area;
};

} // namespace candor
