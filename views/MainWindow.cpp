#include "MainWindow.h"

#include "Translations.h"
#include "actions/ActionItemsArea.h"
#include "common/Banner.h"
#include "common/ConflictChoice.h"
#include "common/ConnectDialog.h"
#include "common/ExportActions.h"
#include "common/Icons.h"
#include "common/MessageBox.h"
#include "common/Preferences.h"
#include "common/RestoreBackup.h"
#include "common/Settings.h"
#include "incidents/IncidentsArea.h"
#include "insights/InsightsArea.h"
#include "item/ActionItemsModel.h"
#include "item/IncidentTableModel.h"
#include "item/MemberTableModel.h"
#include "item/TeamTreeModel.h"
#include "postmortem/AudienceWindow.h"
#include "postmortem/BlameLanguageChecker.h"
#include "postmortem/ReportExport.h"
#include "postmortem/SessionConsole.h"
#include "postmortem/SessionsArea.h"
#include "storage/BackgroundReads.h"
#include "storage/Backup.h"
#include "storage/ChangeFeed.h"
#include "storage/ConnectionWatchdog.h"
#include "storage/Database.h"
#include "storage/DemoOrganisation.h"
#include "storage/IncidentRepository.h"
#include "storage/PostmortemRepository.h"
#include "storage/SurveyRepository.h"
#include "storage/TeamRepository.h"
#include "surveys/KioskWindow.h"
#include "surveys/SurveysArea.h"
#include "teams/TeamsArea.h"
#include "undo/Edits.h"
#include "undo/SessionEdits.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMenuBar>
#include <QScreen>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QToolBar>
#include <QUndoStack>
#include <QVBoxLayout>

namespace candor {

MainWindow::MainWindow(AppContext context, QWidget *parent)
    : QMainWindow(parent)
    , m_context(context)
    , m_navigation(new QListWidget(this))
    , m_pages(new QStackedWidget(this))
    , m_databaseProblem(new Banner(Banner::Problem, this))
    , m_connectionProblem(new Banner(Banner::Problem, this))
    , m_statusCounts(new QLabel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Candor"));
    setWindowIcon(applicationIcon());

    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setAccessibleName(tr("Areas"));
    m_navigation->setAccessibleDescription(tr("Ctrl+1 to Ctrl+6 switch between the areas."));
    for (const IconName name : {IconName::Incident, IconName::Team, IconName::Session, IconName::ActionItem,
                                IconName::Survey, IconName::Insights})
        m_navigation->addItem(new QListWidgetItem(icon(name), QString()));
    m_navigation->setIconSize(QSize(22, 22));
    setNavigationTexts();
    QFont navFont = m_navigation->font();
    navFont.setPointSizeF(navFont.pointSizeF() * 1.15);
    m_navigation->setFont(navFont);
    m_navigation->setSpacing(4);
    m_navigation->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    fitNavigationWidth();
    // An empty page stands for each area until it is first shown (see area()).
    for (int page = IncidentsPage; page <= InsightsPage; ++page)
        m_pages->addWidget(new QWidget(m_pages));
    connect(m_navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < IncidentsPage || row > InsightsPage)
            return;
        m_pages->setCurrentWidget(area(static_cast<Area>(row)));
    });
    // Session and action lists name incidents and teams: a renamed one shows there at once.
    connect(&m_context.incidents, &IncidentRepository::updated, &m_context.sessionModel, &SessionTableModel::reload);
    connect(&m_context.teams, &TeamRepository::teamUpdated, &m_context.sessionModel, &SessionTableModel::reload);
    connect(&m_context.incidents, &IncidentRepository::updated, &m_context.actionModel, &ActionItemsModel::reload);
    connect(&m_context.teams, &TeamRepository::teamUpdated, &m_context.actionModel, &ActionItemsModel::reload);

    m_databaseProblem->setObjectName(QStringLiteral("databaseProblemBanner"));
    auto *central = new QWidget(this);
    auto *outer = new QVBoxLayout(central);
    outer->addWidget(m_databaseProblem);
    m_connectionProblem->setObjectName(QStringLiteral("connectionProblemBanner"));
    outer->addWidget(m_connectionProblem);
    auto *layout = new QHBoxLayout;
    layout->addWidget(m_navigation);
    layout->addWidget(m_pages, 1);
    outer->addLayout(layout, 1);
    setCentralWidget(central);

    createActions();

    m_statusCounts->setObjectName(QStringLiteral("statusCounts"));
    statusBar()->addPermanentWidget(m_statusCounts);
    m_pathLabel = new QLabel(tr("Database: %1").arg(QDir::toNativeSeparators(m_context.database.path())), this);
    m_pathLabel->setObjectName(QStringLiteral("databasePath"));
    m_pathLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    statusBar()->addWidget(m_pathLabel, 1);
    for (QAbstractItemModel *model : {static_cast<QAbstractItemModel *>(&m_context.teamModel),
                                      static_cast<QAbstractItemModel *>(&m_context.incidentModel),
                                      static_cast<QAbstractItemModel *>(&m_context.memberModel)}) {
        connect(model, &QAbstractItemModel::rowsInserted, this, &MainWindow::updateStatus);
        connect(model, &QAbstractItemModel::rowsRemoved, this, &MainWindow::updateStatus);
        connect(model, &QAbstractItemModel::modelReset, this, &MainWindow::updateStatus);
    }
    connect(&m_context.edits, &Edits::failed, this,
            [this](const QString &message) { MessageBox::warning(this, tr("The change could not be made"), message); });
    // Someone on another desktop changed the same item first: the person chooses whose version stays.
    ConflictChoice::install(m_context.edits, this);
    ConflictChoice::install(m_context.sessionEdits, this);
    updateStatus();
    updatePostmortemAction();

    Settings settings;
    if (!restoreGeometry(settings.mainWindowGeometry())) {
        const QRect available = screen() ? screen()->availableGeometry() : QRect(0, 0, 1280, 800);
        resize(available.size() * 0.8);
    }
    restoreState(settings.mainWindowState());
    const int remembered = settings.currentArea();
    showArea(remembered >= IncidentsPage && remembered <= InsightsPage ? static_cast<Area>(remembered) : IncidentsPage);
}

MainWindow::~MainWindow()
{
    // The background work reports to this window: it ends (or is waited for) before anything it reports to goes.
    delete m_background;
    m_background = nullptr;
}

QWidget *MainWindow::builtArea(Area area) const
{
    switch (area) {
    case IncidentsPage:
        return m_incidentsArea;
    case TeamsPage:
        return m_teamsArea;
    case SessionsPage:
        return m_sessionsArea;
    case ActionsPage:
        return m_actionsArea;
    case SurveysPage:
        return m_surveysArea;
    case InsightsPage:
        return m_insightsArea;
    }
    return nullptr;
}

QWidget *MainWindow::area(Area area)
{
    if (QWidget *built = builtArea(area))
        return built;
    QWidget *page = buildArea(area);
    QWidget *placeholder = m_pages->widget(area);
    const bool wasCurrent = m_pages->currentWidget() == placeholder;
    m_pages->insertWidget(area, page);
    m_pages->removeWidget(placeholder);
    delete placeholder;
    if (wasCurrent)
        m_pages->setCurrentWidget(page);
    return page;
}

QWidget *MainWindow::buildArea(Area area)
{
    Settings settings;
    switch (area) {
    case IncidentsPage:
        m_incidentsArea = new IncidentsArea(m_context.incidentModel, m_context.incidents, m_context.teamModel,
                                            m_context.edits, m_pages);
        // The selected incident's postmortem report: buttons on the incident page, entries in the Postmortem menu.
        m_incidentsArea->enableReports(m_context.postmortems, m_context.teams);
        m_sessionMenu->addSeparator();
        m_sessionMenu->addAction(m_incidentsArea->reports()->exportAction());
        m_sessionMenu->addAction(m_incidentsArea->reports()->printAction());
        connect(m_incidentsArea->view()->selectionModel(), &QItemSelectionModel::selectionChanged, this,
                &MainWindow::updatePostmortemAction);
        m_incidentsArea->restoreHeaderState(settings.incidentHeaderState());
        updatePostmortemAction();
        return m_incidentsArea;
    case TeamsPage:
        m_teamsArea = new TeamsArea(m_context.teamModel, m_context.memberModel, m_context.edits, m_pages);
        m_teamsArea->restoreSplitterState(settings.teamsSplitterState());
        return m_teamsArea;
    case SessionsPage:
        m_sessionsArea = new SessionsArea(m_context.sessionModel, m_context.postmortems, m_context.teamModel, m_pages);
        connect(m_sessionsArea, &SessionsArea::openSessionRequested, this, &MainWindow::openSession);
        return m_sessionsArea;
    case ActionsPage:
        m_actionsArea =
            new ActionItemsArea(m_context.actionModel, m_context.teamModel, m_context.sessionEdits, m_pages);
        connect(m_actionsArea, &ActionItemsArea::openIncidentRequested, this, [this](qint64 incidentId) {
            if (const std::optional<qint64> session = m_context.postmortems.sessionForIncident(incidentId))
                openSession(*session);
        });
        return m_actionsArea;
    case SurveysPage:
        m_surveysArea = new SurveysArea(m_context.surveys, m_context.teamModel, m_pages);
        return m_surveysArea;
    case InsightsPage:
        m_insightsArea = new InsightsArea(m_context.surveys, m_context.incidents, m_context.teamModel, m_pages);
        return m_insightsArea;
    }
    Q_UNREACHABLE();
    return nullptr;
}

SurveysArea *MainWindow::surveysArea()
{
    area(SurveysPage);
    return m_surveysArea;
}

InsightsArea *MainWindow::insightsArea()
{
    area(InsightsPage);
    return m_insightsArea;
}

void MainWindow::checkInBackground()
{
    if (m_background)
        return;
    // A shared server database: nothing to check or back up here, but its connection can drop at any time.
    if (m_context.database.isServer()) {
        m_background = new BackgroundReads(m_context.database.path());
        watchConnection();
        emit backgroundChecksFinished();
        return;
    }
    m_background = new BackgroundReads(m_context.database.path());
    // First the whole file (PRAGMA quick_check, about 1.5 s on a large database), then the daily backup, which
    // would only copy a damaged file.
    m_background->run<QString>(
        [](Database &database) -> Result<QString> { return Database::verify(database.path()); }, this,
        [this](const Result<QString> &checked) {
            const QString problem = checked ? *checked : checked.error();
            if (!problem.isEmpty()) {
                m_databaseProblem->showMessage(
                    tr("%1 Choose File > Restore backup… to go back to the last good copy; until then some "
                       "lists may fail to show.")
                        .arg(problem));
                emit backgroundChecksFinished();
                return;
            }
            // The daily backup: at most one a day, the last seven kept, in the backups folder beside the database.
            // The backup API reads one committed state through this connection while the window writes.
            m_background->run<QString>(
                [](Database &database) -> Result<QString> { return Backup::takeDaily(database); }, this,
                [this](const Result<QString> &daily) {
                    if (!daily)
                        MessageBox::warning(this, tr("The daily backup failed"), daily.error());
                    emit backgroundChecksFinished();
                });
        });
}

void MainWindow::setNavigationTexts()
{
    const QStringList names{tr("Incidents"),    tr("Teams"),   tr("Sessions"),
                            tr("Action items"), tr("Surveys"), tr("Insights")};
    for (int row = 0; row < names.size(); ++row)
        m_navigation->item(row)->setText(names.at(row));
    fitNavigationWidth();
}

void MainWindow::fitNavigationWidth()
{
    // As wide as the longest area name in this language, with its icon, and never narrower than it was in English.
    const QFontMetrics metrics(m_navigation->font());
    int widest = metrics.horizontalAdvance(QLatin1Char('M')) * 8;
    for (int row = 0; row < m_navigation->count(); ++row)
        widest = std::max(widest, metrics.horizontalAdvance(m_navigation->item(row)->text()));
    const int chrome = m_navigation->iconSize().width() + 4 * m_navigation->spacing() + 2 * m_navigation->frameWidth() +
                       metrics.horizontalAdvance(QLatin1Char('M')) * 2;
    m_navigation->setFixedWidth(widest + chrome);
}

void MainWindow::createActions()
{
    m_actionOwner = new QObject(this);
    QMenu *file = menuBar()->addMenu(tr("&File"));
    // Actions that work on an area show it (which builds it when it is first shown) before they ask anything.
    QAction *newIncident = file->addAction(tr("New &incident…"), this, [this]() {
        showArea(IncidentsPage);
        m_incidentsArea->newIncident();
    });
    newIncident->setObjectName(QStringLiteral("newIncidentAction"));
    newIncident->setIcon(icon(IconName::Incident));
    newIncident->setShortcut(QKeySequence::New);
    QAction *newTeam = file->addAction(tr("New &team…"), this, [this]() {
        showArea(TeamsPage);
        m_teamsArea->newTeam();
    });
    newTeam->setObjectName(QStringLiteral("newTeamAction"));
    newTeam->setIcon(icon(IconName::Team));
    newTeam->setShortcut(QKeySequence(tr("Ctrl+Shift+T")));
    QAction *newMember = file->addAction(tr("New &member…"), this, [this]() {
        showArea(TeamsPage);
        m_teamsArea->newMember();
    });
    newMember->setObjectName(QStringLiteral("newMemberAction"));
    newMember->setIcon(icon(IconName::Member));
    newMember->setShortcut(QKeySequence(tr("Ctrl+Shift+M")));
    file->addSeparator();
    m_exportMenu = file->addMenu(tr("&Export"));
    m_exportMenu->setObjectName(QStringLiteral("exportMenu"));
    m_exportMenu->setIcon(icon(IconName::Export));
    auto *exports = new ExportActions(ExportSources{m_context.incidents, m_context.incidentModel, m_context.postmortems,
                                                    m_context.actionModel, m_context.surveys},
                                      m_exportMenu, this);
    exports->setParent(m_actionOwner);
    m_exportMenu->addSeparator();
    QAction *insightsReport =
        m_exportMenu->addAction(tr("Insights &report (PDF)…"), this, [this]() { insightsArea()->exportReport(); });
    insightsReport->setObjectName(QStringLiteral("insightsReportAction"));
    insightsReport->setStatusTip(tr("Save the survey insights as a PDF for HR: the team shown in Insights with the "
                                    "teams below it, or the whole organisation"));
    file->addSeparator();
    // The composition root (app/main.cpp) answers its restoreRequested(): restoring rebuilds the whole window.
    // A server database is backed up by its administrator: no backup files to restore here.
    if (!m_context.database.isServer()) {
        auto *restore = new RestoreBackupAction(m_context.database.path(), this);
        restore->setParent(m_actionOwner);
        restore->setIcon(icon(IconName::Restore));
        connect(restore, &RestoreBackupAction::restoreRequested, this, &MainWindow::restoreRequested);
        file->addAction(restore);
        file->addSeparator();
    }
    // Another database: the composition root answers databaseChangeRequested() by building the window again on it.
    QAction *connectShared =
        file->addAction(tr("&Connect to a shared database…"), this, &MainWindow::connectToSharedDatabase);
    connectShared->setObjectName(QStringLiteral("connectSharedAction"));
    connectShared->setStatusTip(tr("Work on a Candor database on a PostgreSQL server that your team shares"));
    if (m_context.database.isServer()) {
        QAction *useLocal =
            file->addAction(tr("Use the &local database"), this, [this]() { emit databaseChangeRequested(QString()); });
        useLocal->setObjectName(QStringLiteral("useLocalAction"));
        useLocal->setStatusTip(tr("Stop using the shared database and open the database file on this computer"));
    }
    file->addSeparator();
    m_loadDemoAction = file->addAction(tr("Load &demo organisation"), this, &MainWindow::loadDemo);
    m_loadDemoAction->setObjectName(QStringLiteral("loadDemoAction"));
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setIcon(icon(IconName::Close));
    quit->setMenuRole(QAction::QuitRole);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    // The stack's actions name what they will undo or redo ("Undo Add team “Payments”").
    QAction *undo = m_context.undoStack.createUndoAction(m_actionOwner, tr("&Undo"));
    undo->setObjectName(QStringLiteral("undoAction"));
    undo->setIcon(icon(IconName::Undo));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_context.undoStack.createRedoAction(m_actionOwner, tr("&Redo"));
    redo->setObjectName(QStringLiteral("redoAction"));
    redo->setIcon(icon(IconName::Redo));
    redo->setShortcuts({QKeySequence(tr("Ctrl+Shift+Z")), QKeySequence(tr("Ctrl+Y"))});
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    QAction *preferences = edit->addAction(tr("Pr&eferences…"), this, &MainWindow::showPreferences);
    preferences->setObjectName(QStringLiteral("preferencesAction"));
    preferences->setMenuRole(QAction::PreferencesRole);
    preferences->setIcon(icon(IconName::Preferences));
    // The platform's own key where it has one, and Ctrl+comma everywhere.
    QList<QKeySequence> preferenceKeys = QKeySequence::keyBindings(QKeySequence::Preferences);
    if (!preferenceKeys.contains(QKeySequence(tr("Ctrl+,"))))
        preferenceKeys.append(QKeySequence(tr("Ctrl+,")));
    preferences->setShortcuts(preferenceKeys);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *showIncidents = view->addAction(tr("&Incidents"), this, [this]() { showArea(IncidentsPage); });
    showIncidents->setShortcut(QKeySequence(tr("Ctrl+1")));
    QAction *showTeams = view->addAction(tr("&Teams"), this, [this]() { showArea(TeamsPage); });
    showTeams->setShortcut(QKeySequence(tr("Ctrl+2")));
    QAction *showSessions = view->addAction(tr("&Sessions"), this, [this]() { showArea(SessionsPage); });
    showSessions->setShortcut(QKeySequence(tr("Ctrl+3")));
    QAction *showActions = view->addAction(tr("&Action items"), this, [this]() { showArea(ActionsPage); });
    showActions->setShortcut(QKeySequence(tr("Ctrl+4")));
    QAction *showSurveys = view->addAction(tr("Su&rveys"), this, [this]() { showArea(SurveysPage); });
    showSurveys->setShortcut(QKeySequence(tr("Ctrl+5")));
    QAction *showInsights = view->addAction(tr("I&nsights"), this, [this]() { showArea(InsightsPage); });
    showInsights->setShortcut(QKeySequence(tr("Ctrl+6")));

    QMenu *sessionMenu = menuBar()->addMenu(tr("&Postmortem"));
    m_sessionMenu = sessionMenu;
    m_postmortemAction = sessionMenu->addAction(tr("Start &postmortem"), this, &MainWindow::startPostmortem);
    m_postmortemAction->setObjectName(QStringLiteral("postmortemAction"));
    m_postmortemAction->setIcon(icon(IconName::Session));
    m_postmortemAction->setShortcut(QKeySequence(tr("Ctrl+P")));
    QAction *newRetro = sessionMenu->addAction(tr("New &retro…"), this, [this]() {
        showArea(SessionsPage);
        m_sessionsArea->newRetro();
    });
    newRetro->setObjectName(QStringLiteral("newRetroAction"));
    // The selected incident's report actions join this menu with the Incidents area (see buildArea()).
    connect(&m_context.postmortems, &PostmortemRepository::sessionsChanged, this, &MainWindow::updatePostmortemAction);

    // Survey actions work on the Surveys area (its selected wave), so they show it first.
    QMenu *surveyMenu = menuBar()->addMenu(tr("S&urvey"));
    const auto addSurveyAction = [this, surveyMenu](const QString &text, const char *name, void (SurveysArea::*slot)(),
                                                    const QKeySequence &shortcut = {}) {
        QAction *action = surveyMenu->addAction(text, this, [this, slot]() {
            showArea(SurveysPage);
            (surveysArea()->*slot)();
        });
        action->setObjectName(QString::fromLatin1(name));
        action->setShortcut(shortcut);
    };
    addSurveyAction(tr("New &wave…"), "newWaveAction", &SurveysArea::newWave, QKeySequence(tr("Ctrl+Shift+W")));
    addSurveyAction(tr("Run in &kiosk mode…"), "runKioskAction", &SurveysArea::runKiosk,
                    QKeySequence(tr("Ctrl+Shift+K")));
    addSurveyAction(tr("&Import answers from CSV…"), "importCsvAction", &SurveysArea::importCsv);
    addSurveyAction(tr("I&nstruments…"), "instrumentsAction", &SurveysArea::editInstruments);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *aboutAction = help->addAction(tr("&About Candor"), this, &MainWindow::about);
    aboutAction->setMenuRole(QAction::AboutRole);
    aboutAction->setIcon(icon(IconName::About));

    m_menus = {file, edit, view, sessionMenu, surveyMenu, help};
    QToolBar *tools = addToolBar(tr("Main"));
    m_toolBar = tools;
    tools->setObjectName(QStringLiteral("mainToolBar"));
    tools->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    tools->setMovable(false);
    tools->addAction(newIncident);
    tools->addAction(newTeam);
    tools->addAction(newMember);
    tools->addSeparator();
    tools->addAction(m_postmortemAction);
    tools->addSeparator();
    tools->addAction(undo);
    tools->addAction(redo);
}

void MainWindow::showArea(Area area)
{
    m_navigation->setCurrentRow(area);
}

void MainWindow::updatePostmortemAction()
{
    const qint64 incidentId = m_incidentsArea ? m_incidentsArea->selectedIncidentId() : 0;
    m_postmortemAction->setEnabled(incidentId > 0);
    const bool exists = incidentId > 0 && m_context.postmortems.sessionForIncident(incidentId).has_value();
    m_postmortemAction->setText(exists ? tr("Open &postmortem") : tr("Start &postmortem"));
}

void MainWindow::startPostmortem()
{
    const qint64 incidentId = m_incidentsArea ? m_incidentsArea->selectedIncidentId() : 0;
    if (incidentId <= 0) {
        MessageBox::warning(this, tr("No incident selected"),
                            tr("Select the incident in the Incidents list, then start its postmortem."));
        return;
    }
    if (const std::optional<qint64> existing = m_context.postmortems.sessionForIncident(incidentId)) {
        openSession(*existing);
        return;
    }
    const Result<Incident> incident = m_context.incidents.incident(incidentId);
    if (!incident) {
        MessageBox::warning(this, tr("Cannot start the postmortem"), incident.error());
        return;
    }
    Session session;
    session.kind = SessionKind::Postmortem;
    session.incidentId = incidentId;
    session.teamId = incident->teamId;
    const Result<qint64> id = m_context.postmortems.insertSession(session);
    if (!id) {
        MessageBox::warning(this, tr("Cannot start the postmortem"), id.error());
        return;
    }
    openSession(*id);
}

SessionConsole *MainWindow::openSession(qint64 sessionId)
{
    if (SessionConsole *open = m_consoles.value(sessionId)) {
        open->show();
        open->raise();
        open->activateWindow();
        return open;
    }
    auto *console = new SessionConsole(ConsoleServices{m_context.postmortems, m_context.teams, m_context.incidents,
                                                       m_context.teamModel, m_context.clock, m_context.checker},
                                       sessionId, this);
    if (!console->isValid()) {
        MessageBox::warning(this, tr("Cannot open the session"), console->loadError());
        delete console;
        return nullptr;
    }
    m_consoles.insert(sessionId, console);
    console->show();
    // Keys go to the new console at once, also where the window manager holds back new windows.
    console->raise();
    console->activateWindow();
    return console;
}

void MainWindow::showPreferences()
{
    auto *dialog = new PreferencesDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // Queued: the dialog announces the language while it closes.
    connect(
        dialog, &PreferencesDialog::languageChosen, this, [this](const QString &code) { applyLanguage(code); },
        Qt::QueuedConnection);
    dialog->open();
}

QList<MainWindow::OpenConsole> MainWindow::openConsoles() const
{
    QList<OpenConsole> open;
    for (const QPointer<SessionConsole> &console : m_consoles) {
        if (!console || !console->isVisible())
            continue;
        OpenConsole entry;
        entry.sessionId = console->sessionId();
        if (const AudienceWindow *audience = console->audienceWindow(); audience && audience->isVisible())
            entry.audienceScreen = int(QGuiApplication::screens().indexOf(audience->screen()));
        open.append(entry);
    }
    return open;
}

void MainWindow::reopenConsoles(const QList<OpenConsole> &consoles)
{
    for (const OpenConsole &entry : consoles) {
        SessionConsole *console = openSession(entry.sessionId);
        if (console && entry.audienceScreen >= 0)
            console->presentOn(entry.audienceScreen);
    }
}

void MainWindow::updateStatus()
{
    const int teams = m_context.teams.teamCount();
    const int members = m_context.teams.memberCount();
    const int incidents = m_context.incidents.count({});
    m_statusCounts->setText(tr("%1 · %2 · %3")
                                .arg(tr("%Ln team(s)", nullptr, teams), tr("%Ln member(s)", nullptr, members),
                                     tr("%Ln incident(s)", nullptr, incidents)));
    if (m_loadDemoAction)
        m_loadDemoAction->setEnabled(teams == 0 && incidents == 0);
}

void MainWindow::offerDemoIfEmpty()
{
    // A shared database is the organisation's: a demo there would show up on every desktop.
    if (m_context.database.isServer() || m_context.teams.teamCount() > 0 || m_context.incidents.count({}) > 0)
        return;
    const auto answer = MessageBox::question(
        this, tr("Welcome to Candor"),
        tr("This database is empty. Load a small demo organisation (3 departments, 10 teams, 60 people and 120 "
           "incidents, with five years of survey waves) to look around? You can also start with your own teams."),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
    if (answer == QMessageBox::Yes)
        loadDemo();
}

void MainWindow::watchConnection()
{
    auto *watchdog = new ConnectionWatchdog(m_context.database, this);
    connect(watchdog, &ConnectionWatchdog::connectionLost, this, [this](const QString &why) {
        m_connectionProblem->showMessage(tr("The connection to %1 was lost (%2). Candor is reconnecting; changes "
                                            "cannot be saved until it is back.")
                                             .arg(m_context.database.path(), why));
        statusBar()->showMessage(tr("Connection lost; reconnecting…"));
        // A facilitator working in a console sees it there too: nothing typed now can be saved.
        for (const QPointer<SessionConsole> &console : std::as_const(m_consoles)) {
            if (console)
                console->statusBar()->showMessage(
                    tr("The connection to the server was lost; Candor is reconnecting. What you type now cannot be "
                       "saved."));
        }
    });
    // Edits made on other desktops, as they happen.
    auto *feed = new ChangeFeed(m_context.database, m_context.postmortems, m_context.surveys, this);
    const auto listen = [this, feed]() {
        if (QString error; !feed->subscribe(&error))
            statusBar()->showMessage(tr("Changes made on other desktops will show only after a restart: %1").arg(error),
                                     15000);
    };
    listen();
    connect(feed, &ChangeFeed::teamsChanged, this, &MainWindow::reloadModels);
    connect(feed, &ChangeFeed::incidentsChanged, this, &MainWindow::reloadIncidentLists);
    connect(feed, &ChangeFeed::reloadNeeded, this, [this]() {
        reloadEverything();
        statusBar()->showMessage(tr("Another desktop changed many records at once; everything shown was read again."),
                                 8000);
    });
    connect(watchdog, &ConnectionWatchdog::reconnected, this, [this, listen]() {
        m_connectionProblem->showMessage(QString());
        // The server forgot this desktop's subscription with the old connection.
        listen();
        reloadEverything();
        statusBar()->showMessage(tr("Reconnected; everything shown was read again."), 8000);
        for (const QPointer<SessionConsole> &console : std::as_const(m_consoles)) {
            if (console)
                console->statusBar()->showMessage(tr("Reconnected; everything shown was read again."), 8000);
        }
    });
}

void MainWindow::reloadIncidentLists()
{
    m_context.incidentModel.reload();
    m_context.sessionModel.reload();
    m_context.actionModel.reload();
    if (m_insightsArea)
        m_insightsArea->reloadIncidents();
}

void MainWindow::reloadModels()
{
    m_context.teamModel.reload();
    m_context.memberModel.reload();
    reloadIncidentLists();
}

void MainWindow::reloadEverything()
{
    reloadModels();
    // The survey waves: everything that shows them reloads on this signal.
    emit m_context.surveys.wavesChanged();
    // Open consoles read their session again, whatever part of it changed meanwhile.
    PostmortemRepository &postmortems = m_context.postmortems;
    emit postmortems.sessionsChanged();
    for (const qint64 sessionId : m_consoles.keys()) {
        for (const auto signal : {&PostmortemRepository::sessionChanged, &PostmortemRepository::participantsChanged,
                                  &PostmortemRepository::turnsChanged, &PostmortemRepository::eventsChanged,
                                  &PostmortemRepository::factorsChanged, &PostmortemRepository::learningsChanged,
                                  &PostmortemRepository::actionsChanged})
            emit(postmortems.*signal)(sessionId);
    }
    updateStatus();
}

void MainWindow::loadDemo()
{
    DemoOrganisation::Options options;
    const Result<DemoOrganisation::Summary> summary = DemoOrganisation::create(m_context.database, options);
    if (!summary) {
        MessageBox::warning(this, tr("Cannot load the demo organisation"), summary.error());
        return;
    }
    // Bulk data bypasses the undo history; what was there before cannot be undone into it.
    m_context.undoStack.clear();
    reloadEverything();
    statusBar()->showMessage(tr("Loaded the demo organisation: %n incident(s).", nullptr, summary->incidents), 8000);
}

void MainWindow::connectToSharedDatabase()
{
    const QString current = m_context.database.isServer() ? m_context.database.path() : Settings().lastSharedDatabase();
    auto *dialog = new ConnectDialog(current, this);
    connect(dialog, &QDialog::accepted, this, [this, dialog]() { emit databaseChangeRequested(dialog->location()); });
    dialog->open();
}

void MainWindow::about()
{
    const QString where = QDir::toNativeSeparators(m_context.database.path()).toHtmlEscaped();
    QMessageBox::about(this, tr("About Candor"),
                       (m_context.database.isServer()
                            ? tr("<h3>Candor %1</h3><p>Blameless postmortems and team psychological safety, on your "
                                 "desktop.</p><p>Your data is in the shared database %2</p>")
                            : tr("<h3>Candor %1</h3><p>Blameless postmortems and team psychological safety, on your "
                                 "desktop.</p><p>Your data stays in one file: %2</p>"))
                           .arg(QStringLiteral(CANDOR_VERSION), where));
}

void MainWindow::saveAreaStates()
{
    Settings settings;
    settings.setCurrentArea(m_pages->currentIndex());
    // An area never shown keeps what was remembered for it.
    if (m_incidentsArea)
        settings.setIncidentHeaderState(m_incidentsArea->headerState());
    if (m_teamsArea)
        settings.setTeamsSplitterState(m_teamsArea->splitterState());
}

bool MainWindow::applyLanguage(const QString &code)
{
    for (const KioskWindow *kiosk : findChildren<KioskWindow *>()) {
        if (kiosk->isVisible()) {
            MessageBox::warning(this, tr("The survey kiosk is running"),
                                tr("Candor changes its language once the kiosk is closed: someone may be "
                                   "answering. Close the kiosk, then choose the language again in Preferences."));
            return false;
        }
    }
    const QList<OpenConsole> consoles = openConsoles();
    // Everything typed in a console is saved as it is typed; closing it loses nothing.
    for (const QPointer<SessionConsole> &console : std::as_const(m_consoles)) {
        if (console)
            console->close();
    }
    for (const QPointer<SessionConsole> &console : std::as_const(m_consoles))
        delete console.data();
    m_consoles.clear();

    const QString language = Languages::apply(code);
    m_context.checker = BlameLanguageChecker::forLanguage(language);
    retranslate();
    reopenConsoles(consoles);
    return true;
}

void MainWindow::retranslate()
{
    saveAreaStates();
    const QByteArray state = saveState();
    const int current = m_pages->currentIndex();

    // The areas: each built again when it is next shown, as at start; the current one at once.
    for (int page = IncidentsPage; page <= InsightsPage; ++page) {
        if (QWidget *built = builtArea(static_cast<Area>(page))) {
            m_pages->insertWidget(page, new QWidget(m_pages));
            m_pages->removeWidget(built);
            delete built;
        }
    }
    m_incidentsArea = nullptr;
    m_teamsArea = nullptr;
    m_sessionsArea = nullptr;
    m_actionsArea = nullptr;
    m_surveysArea = nullptr;
    m_insightsArea = nullptr;

    // Menus and toolbar, and what stands behind their actions.
    removeToolBar(m_toolBar);
    delete m_toolBar;
    menuBar()->clear();
    qDeleteAll(m_menus);
    m_menus.clear();
    delete m_actionOwner;
    m_sessionMenu = nullptr;
    m_exportMenu = nullptr;
    m_loadDemoAction = nullptr;
    m_postmortemAction = nullptr;
    createActions();
    restoreState(state);

    // Models hold column titles and some texts: they read again in the new language.
    reloadModels();

    setWindowTitle(tr("Candor"));
    setNavigationTexts();
    m_pathLabel->setText(tr("Database: %1").arg(QDir::toNativeSeparators(m_context.database.path())));
    m_pages->setCurrentWidget(area(static_cast<Area>(current)));
    updateStatus();
    updatePostmortemAction();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    Settings settings;
    settings.setMainWindowGeometry(saveGeometry());
    settings.setMainWindowState(saveState());
    saveAreaStates();
    for (const QPointer<SessionConsole> &console : std::as_const(m_consoles)) {
        if (console)
            console->close();
    }
    event->accept();
}

} // namespace candor
