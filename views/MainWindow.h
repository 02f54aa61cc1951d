#pragma once

#include <QHash>
#include <QMainWindow>
#include <QPointer>

class QLabel;
class QMenu;
class QListWidget;
class QStackedWidget;
class QToolBar;
class QUndoStack;

namespace candor {

class ActionItemsArea;
class ActionItemsModel;
class BackgroundReads;
class Banner;
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
    BlameLanguageChecker &checker; // replaced when the language changes (see applyLanguage())
};

// Navigation between the areas, menus, toolbar and status bar. The areas do the work. An area is built (and its
// models asked for their data) when it is first shown: at start only the remembered one, so the start does not grow
// with the database.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    enum Area { IncidentsPage, TeamsPage, SessionsPage, ActionsPage, SurveysPage, InsightsPage };

    explicit MainWindow(AppContext context, QWidget *parent = nullptr);
    ~MainWindow() override;

    void showArea(Area area);
    // The area, or null while it has not been shown yet.
    QWidget *builtArea(Area area) const;
    // Checks the whole database file and takes the daily backup, each with its own connection off the GUI thread
    // (the composition root asks once the window has painted). A damaged file shows a banner above the areas that
    // points to File > Restore backup; a failed backup says why in a message box.
    void checkInBackground();
    // On an empty database, asks whether to load the demo organisation.
    void offerDemoIfEmpty();
    // Opens the facilitator console of a postmortem or retro (or raises it when open already).
    SessionConsole *openSession(qint64 sessionId);
    // Opens the selected incident's postmortem, starting one when it has none.
    void startPostmortem();

    // A console open in this window, and the screen its audience view is presented on (-1: not presented).
    struct OpenConsole
    {
        qint64 sessionId = 0;
        int audienceScreen = -1;
    };
    QList<OpenConsole> openConsoles() const;
    // Opens the consoles again, presenting their audience views where they were.
    void reopenConsoles(const QList<OpenConsole> &consoles);
    void showPreferences();
    // Switches Candor to a language ("" for the system's) while it runs: translations, dates and numbers, and the
    // blame-language rules. This window's menus, toolbar and areas are built again in the new language (the area,
    // columns and undo history kept); open consoles close, saving as they always do, and open again in it. Refused,
    // with a message, while a survey kiosk is running, since someone may be answering.
    bool applyLanguage(const QString &code);

signals:
    // checkInBackground() has shown what it found.
    void backgroundChecksFinished();
    // File > Restore backup… was confirmed; the composition root restores and rebuilds everything.
    void restoreRequested(const QString &backupFile);
    // File > Connect to a shared database… was accepted (location: the server URL, without password), or File > Use
    // the local database was chosen (location empty); the composition root reopens and rebuilds everything on it.
    void databaseChangeRequested(const QString &location);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    QWidget *area(Area area);
    QWidget *buildArea(Area area);
    SurveysArea *surveysArea();
    InsightsArea *insightsArea();
    void createActions();
    // Everything this window shows in words, built again after a language change.
    void retranslate();
    void setNavigationTexts();
    void fitNavigationWidth();
    // Remembers the built areas' column and splitter states.
    void saveAreaStates();
    void loadDemo();
    // File > Connect to a shared database…: the dialog, filled in from the server in use or the last one used.
    void connectToSharedDatabase();
    // The window's own models read again (teams, members and the incident lists).
    void reloadModels();
    // Every model reads again, the survey waves too: after bulk writes, or when a lost server connection is back.
    void reloadEverything();
    // The incidents and what shows them (sessions, action items, the insights' counts), read again.
    void reloadIncidentLists();
    // On a server database: says when the connection drops and when it is back (ConnectionWatchdog), and follows
    // what other desktops change (ChangeFeed).
    void watchConnection();
    void updateStatus();
    void about();
    void updatePostmortemAction();

    AppContext m_context;
    QListWidget *m_navigation;
    QStackedWidget *m_pages;
    Banner *m_databaseProblem;
    Banner *m_connectionProblem;
    // Null until first shown.
    IncidentsArea *m_incidentsArea = nullptr;
    TeamsArea *m_teamsArea = nullptr;
    SessionsArea *m_sessionsArea = nullptr;
    ActionItemsArea *m_actionsArea = nullptr;
    SurveysArea *m_surveysArea = nullptr;
    InsightsArea *m_insightsArea = nullptr;
    QLabel *m_statusCounts;
    QMenu *m_sessionMenu = nullptr;
    BackgroundReads *m_background = nullptr;
    QMenu *m_exportMenu = nullptr;
    QAction *m_loadDemoAction = nullptr;
    QAction *m_postmortemAction = nullptr;
    // The menus, the toolbar and the objects behind their actions, replaced as a whole by retranslate().
    QList<QMenu *> m_menus;
    QToolBar *m_toolBar = nullptr;
    QObject *m_actionOwner = nullptr;
    QLabel *m_pathLabel = nullptr;
    QHash<qint64, QPointer<SessionConsole>> m_consoles;
};

} // namespace candor
