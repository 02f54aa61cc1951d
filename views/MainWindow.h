#pragma once

#include <QMainWindow>

class QLabel;
class QListWidget;
class QStackedWidget;
class QUndoStack;

namespace candor {

class Database;
class Edits;
class IncidentRepository;
class IncidentTableModel;
class IncidentsArea;
class MemberTableModel;
class TeamRepository;
class TeamTreeModel;
class TeamsArea;

// Everything the main window shows and changes, built by the composition root (app/main.cpp).
struct AppContext
{
    Database &database;
    TeamRepository &teams;
    IncidentRepository &incidents;
    TeamTreeModel &teamModel;
    MemberTableModel &memberModel;
    IncidentTableModel &incidentModel;
    QUndoStack &undoStack;
    Edits &edits;
};

// Navigation between the areas, menus, toolbar and status bar. The areas do the work.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    enum Area { IncidentsPage, TeamsPage };

    explicit MainWindow(AppContext context, QWidget *parent = nullptr);

    void showArea(Area area);
    // On an empty database, asks whether to load the demo organisation.
    void offerDemoIfEmpty();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void loadDemo();
    void updateStatus();
    void about();

    AppContext m_context;
    QListWidget *m_navigation;
    QStackedWidget *m_pages;
    IncidentsArea *m_incidentsArea;
    TeamsArea *m_teamsArea;
    QLabel *m_statusCounts;
    QAction *m_loadDemoAction = nullptr;
};

} // namespace candor
