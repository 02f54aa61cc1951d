#pragma once

#include <QHash>
#include <QMainWindow>
#include <QPointer>

class QLabel;
class QMenu;
class QListWidget;
class QStackedWidget;
class QUndoStack;

namespace candor {

class ActionItemsArea;
class ActionItemsModel;
class BlameLanguageChecker;
class Clock;
class Database;
class Edits;
class PostmortemRepository;
class SessionConsole;
class SessionEdits;
class SessionTableModel;
class SessionsArea;
class SurveyRepository;
class SurveysArea;
class InsightsArea;
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
    PostmortemRepository &postmortems;
    SessionEdits &sessionEdits; // action items changed outside a session, on the main undo stack
    SessionTableModel &sessionModel;
    ActionItemsModel &actionModel;
    SurveyRepository &surveys;
    const Clock &clock;
    const BlameLanguageChecker &checker;
};

// Navigation between the areas, menus, toolbar and status bar. The areas do the work.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    enum Area { IncidentsPage, TeamsPage, SessionsPage, ActionsPage, SurveysPage, InsightsPage };

    explicit MainWindow(AppContext context, QWidget *parent = nullptr);

    void showArea(Area area);
    // On an empty database, asks whether to load the demo organisation.
    void offerDemoIfEmpty();
    // Opens the facilitator console of a postmortem or retro (or raises it when open already).
    SessionConsole *openSession(qint64 sessionId);
    // Opens the selected incident's postmortem, starting one when it has none.
    void startPostmortem();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void loadDemo();
    void updateStatus();
    void about();
    void updatePostmortemAction();

    AppContext m_context;
    QListWidget *m_navigation;
    QStackedWidget *m_pages;
    IncidentsArea *m_incidentsArea;
    TeamsArea *m_teamsArea;
    SessionsArea *m_sessionsArea;
    ActionItemsArea *m_actionsArea;
    SurveysArea *m_surveysArea;
    InsightsArea *m_insightsArea;
    QLabel *m_statusCounts;
    QMenu *m_exportMenu = nullptr;
    QAction *m_loadDemoAction = nullptr;
    QAction *m_postmortemAction = nullptr;
    QHash<qint64, QPointer<SessionConsole>> m_consoles;
};

} // namespace candor
