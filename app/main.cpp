// candor: the desktop application. This file is the composition root: it opens the database, builds the repositories,
// models and undo stack, and hands them to the main window, which checks the file and takes the daily backup in the
// background once it is on screen; and to restore a backup it takes all of that down and builds it again on the
// restored database.
#include "MainWindow.h"
#include "Translations.h"
#include "common/ConnectDialog.h"
#include "common/Icons.h"
#include "common/MessageBox.h"
#include "common/OpenFailure.h"
#include "common/RestoreBackup.h"
#include "common/Settings.h"
#include "common/Theme.h"
#include "insights/InsightsWindow.h"
#include "item/ActionItemsModel.h"
#include "item/IncidentTableModel.h"
#include "item/MemberTableModel.h"
#include "item/TeamTreeModel.h"
#include "postmortem/BlameLanguageChecker.h"
#include "postmortem/Clock.h"
#include "storage/Backup.h"
#include "storage/Database.h"
#include "storage/IncidentRepository.h"
#include "storage/PostmortemRepository.h"
#include "storage/ServerRoles.h"
#include "storage/SurveyRepository.h"
#include "storage/TeamRepository.h"
#include "undo/Edits.h"
#include "undo/SessionEdits.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QStatusBar>
#include <QTimer>
#include <QUndoStack>

#include <cstdio>
#include <functional>
#include <memory>

using namespace candor;

namespace {

void describeApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("candor"));
    QCoreApplication::setApplicationName(QStringLiteral("candor"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CANDOR_VERSION));
}

QCommandLineOption quitAfterStartupOption()
{
    return QCommandLineOption(
        QStringLiteral("quit-after-startup"),
        QCoreApplication::translate("main", "Diagnostic: start, show the main window, quit once it has painted and "
                                            "is idle (no prompts). For measuring start-up."));
}

void addOptions(QCommandLineParser &parser, const QCommandLineOption &dbOption)
{
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Candor: blameless postmortems and team psychological safety."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption(dbOption);
    parser.addOption(QCommandLineOption(
        QStringLiteral("lang"),
        QCoreApplication::translate("main", "Use the language CODE for this run (%1; default: the one chosen in "
                                            "Preferences, else the system's).")
            .arg(Languages::codeList()),
        QStringLiteral("CODE")));
    parser.addOption(quitAfterStartupOption());
}

// The language for this run: --lang when given, else the one chosen in Preferences (else the system's). False,
// with a line on stderr, for a language Candor does not have.
bool chooseLanguage(int argc, char *argv[], QString *code)
{
    bool given = false;
    const QString requested = Languages::fromArguments(argc, argv, &given);
    if (!given) {
        *code = Settings().language();
        return true;
    }
    if (!Languages::isAvailable(requested)) {
        std::fprintf(stderr, "candor: %s\n", qPrintable(Languages::unknownLanguageMessage(requested)));
        return false;
    }
    *code = requested;
    return true;
}

QCommandLineOption databaseOption()
{
    return QCommandLineOption(
        QStringLiteral("db"),
        QCoreApplication::translate("main", "Use the database file at PATH, or the database on a PostgreSQL server at "
                                            "a postgresql:// URL (default: the shared database chosen in File > "
                                            "Connect to a shared database…, else CANDOR_DB, else %1).")
            .arg(Database::defaultPath()),
        QStringLiteral("PATH"));
}

ActionFilter openActionsOnly()
{
    ActionFilter filter;
    filter.openOnly = true;
    return filter;
}

// Calls `then` once, when the window has painted for the first time and the event loop has gone idle after it:
// from then on the window answers the person at once.
class FirstPaint : public QObject
{
public:
    FirstPaint(QWidget *window, std::function<void()> then)
        : QObject(window)
        , m_then(std::move(then))
    {
        window->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (!m_seen && (event->type() == QEvent::Paint || event->type() == QEvent::UpdateRequest)) {
            m_seen = true;
            watched->removeEventFilter(this);
            // Zero timeout: runs after the paint is done and the events waiting behind it are handled.
            QTimer::singleShot(0, this, [this]() { m_then(); });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    std::function<void()> m_then;
    bool m_seen = false;
};

// Everything built on the open database, in the order it is built; destroyed in reverse order, the window first.
struct Workspace
{
    Workspace(Database &database, const Clock &clock, BlameLanguageChecker &checker)
        : teams(database)
        , incidents(database)
        , teamModel(teams)
        , memberModel(teams)
        , incidentModel(incidents, teams)
        , edits(undoStack, teams, incidents)
        , postmortems(database)
        , sessionEdits(undoStack, postmortems)
        , sessionModel(postmortems, SessionTableModel::Loading::WhenAsked)
        , actionModel(postmortems, sessionEdits, openActionsOnly())
        , surveys(database)
        , window(AppContext{database, teams, incidents, teamModel, memberModel, incidentModel, undoStack, edits,
                            postmortems, sessionEdits, sessionModel, actionModel, surveys, clock, checker})
    {}

    TeamRepository teams;
    IncidentRepository incidents;
    TeamTreeModel teamModel;
    MemberTableModel memberModel;
    IncidentTableModel incidentModel;
    QUndoStack undoStack;
    Edits edits;
    PostmortemRepository postmortems;
    SessionEdits sessionEdits;
    SessionTableModel sessionModel;
    ActionItemsModel actionModel;
    SurveyRepository surveys;
    MainWindow window;
};

// What a login that may read only the survey views of a shared server gets (an HR member of candor_hr,
// docs/postgresql.md): the teams for the pickers, without their members, the survey figures and the window that
// shows them. Nothing here reads or writes incidents, postmortems, members or waves.
struct InsightsWorkspace
{
    explicit InsightsWorkspace(Database &database)
        : teams(database)
        , teamModel(teams, TeamTreeModel::Members::NotCounted)
        , surveys(database)
        , window(database, surveys, teamModel)
    {}

    TeamRepository teams;
    TeamTreeModel teamModel;
    SurveyRepository surveys;
    InsightsWindow window;
};

// The open database and the workspace on it. A restore takes the whole workspace down, so the database has no
// other connection and nothing that showed the old data survives (models, caches, undo history, open consoles),
// restores, reopens the database (which updates an older backup's schema) and builds a new workspace. The blame
// rules live here too, so a language change in the window (MainWindow::applyLanguage()) can replace them.
class Shell
{
public:
    Shell(Database &database, Database::Options options, const Clock &clock, const QString &language)
        : m_database(database)
        , m_options(options)
        , m_clock(clock)
        , m_checker(BlameLanguageChecker::forLanguage(language))
    {}

    QMainWindow &window()
    {
        if (m_workspace)
            return m_workspace->window;
        return m_insights->window;
    }
    // Null while the login may read only the survey views.
    MainWindow *mainWindow() { return m_workspace ? &m_workspace->window : nullptr; }

    // The workspace the database's login may use: everything, or the survey insights alone for an HR login (which
    // the server would refuse every other read). Should the server not say, the main window is built, and says what
    // it cannot read where it is shown.
    void build()
    {
        const Result<ServerRoles::Access> access = ServerRoles::detect(m_database.connection());
        if (access && *access == ServerRoles::Access::HrInsights)
            m_insights = std::make_unique<InsightsWorkspace>(m_database);
        else
            m_workspace = std::make_unique<Workspace>(m_database, m_clock, m_checker);
        connectWindow();
    }

    void takeDown()
    {
        m_workspace.reset();
        m_insights.reset();
    }

    // Takes the workspace down, opens the database at `location` (a server URL, or empty for the local file) and
    // builds the workspace again on it. The window closes as when Candor quits, so its settings are saved and the
    // consoles' drafts are kept. The new database was tried already (ConnectDialog); should it fail now after all,
    // Candor goes back to the one it had, says why, and the settings are unchanged.
    void switchTo(const QString &requested)
    {
        const QString location = requested.isEmpty() ? Database::resolvePath(QString()) : requested;
        const QString previous = m_database.path();
        if (location == previous) {
            window().statusBar()->showMessage(
                QApplication::translate("main", "Candor is already on %1.").arg(QDir::toNativeSeparators(location)),
                8000);
            return;
        }
        QApplication::setQuitOnLastWindowClosed(false);
        window().close();
        takeDown();
        m_database.close();

        const Status opened = openAskingPassword(m_database, location, m_options);
        if (!opened) {
            m_database.close();
            if (const Status back = openAskingPassword(m_database, previous, m_options); !back) {
                MessageBox::critical(nullptr, QApplication::translate("main", "Candor cannot open its database"),
                                     opened.error() + QLatin1Char(' ') + back.error());
                QApplication::exit(2);
                return;
            }
            build();
            QApplication::setQuitOnLastWindowClosed(true);
            MessageBox::warning(&window(), QApplication::translate("main", "Cannot change the database"),
                                QApplication::translate("main", "%1 Candor stays on %2.")
                                    .arg(opened.error(), QDir::toNativeSeparators(previous)));
            return;
        }
        Settings settings;
        if (m_database.isServer())
            settings.setSharedDatabase(m_database.path());
        else
            settings.forgetSharedDatabase();
        build();
        QApplication::setQuitOnLastWindowClosed(true);
        window().statusBar()->showMessage(
            QApplication::translate("main", "Opened %1.").arg(QDir::toNativeSeparators(m_database.path())), 8000);
        // As at start: the local file is checked and backed up in the background.
        if (MainWindow *main = mainWindow())
            main->checkInBackground();
    }

    void restore(const QString &backupFile)
    {
        // Closing saves the window's settings and closes the session consoles (their drafts are saved as typed).
        QApplication::setQuitOnLastWindowClosed(false);
        window().close();
        takeDown();

        const Result<QString> kept = Backup::restore(m_database, backupFile);
        const QString path = m_database.path();
        m_database.close();
        if (const Status reopened = m_database.open(path); !reopened) {
            QString message = reopened.error();
            if (kept && !kept->isEmpty())
                message += QLatin1Char(' ') + QApplication::translate("main", "The replaced database is in “%1”.")
                                                  .arg(QDir::toNativeSeparators(*kept));
            MessageBox::critical(nullptr, QApplication::translate("main", "Candor cannot open its database"), message);
            QApplication::exit(2);
            return;
        }
        build();
        QApplication::setQuitOnLastWindowClosed(true);
        if (!kept) {
            MessageBox::warning(&window(), QApplication::translate("main", "Cannot restore the backup"), kept.error());
            return;
        }
        const QString restored =
            QApplication::translate("main", "Restored “%1”.").arg(QDir::toNativeSeparators(backupFile));
        window().statusBar()->showMessage(
            kept->isEmpty() ? restored
                            : restored + QLatin1Char(' ') +
                                  QApplication::translate("main", "The replaced database is kept as “%1”.")
                                      .arg(QDir::toNativeSeparators(*kept)),
            30000);
    }

private:
    void connectWindow()
    {
        // Queued: the restore and the switch destroy the window whose action asks for them.
        const auto switchDatabase = [this](const QString &location) {
            switchTo(location);
        };
        if (MainWindow *main = mainWindow()) {
            QObject::connect(
                main, &MainWindow::restoreRequested, &m_context,
                [this](const QString &backupFile) { restore(backupFile); }, Qt::QueuedConnection);
            QObject::connect(main, &MainWindow::databaseChangeRequested, &m_context, switchDatabase,
                             Qt::QueuedConnection);
        } else {
            QObject::connect(&m_insights->window, &InsightsWindow::databaseChangeRequested, &m_context, switchDatabase,
                             Qt::QueuedConnection);
        }
        window().show();
    }

    Database &m_database;
    Database::Options m_options;
    const Clock &m_clock;
    BlameLanguageChecker m_checker;
    QObject m_context;                      // receives the restore requests, outliving every window
    std::unique_ptr<Workspace> m_workspace; // one of these two is built
    std::unique_ptr<InsightsWorkspace> m_insights;
};

} // namespace

int main(int argc, char *argv[])
{
    // --help and --version need no display: answer them before any window system is touched.
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "-h" || arg == "--help" || arg == "-v" || arg == "--version" || arg == "--help-all") {
            QCoreApplication app(argc, argv);
            describeApplication();
            QString language;
            if (!chooseLanguage(argc, argv, &language))
                return 64;
            Languages::apply(language);
            QCommandLineParser parser;
            addOptions(parser, databaseOption());
            parser.process(app);
            return 0;
        }
    }

    QApplication app(argc, argv);
    describeApplication();
    QApplication::setApplicationDisplayName(QStringLiteral("Candor"));
    // Wayland matches windows to the menu entry (resources/desktop/) by this name.
    QGuiApplication::setDesktopFileName(QStringLiteral("org.candorapp.Candor"));
    QApplication::setWindowIcon(applicationIcon());
    QString language;
    if (!chooseLanguage(argc, argv, &language))
        return 64;
    Languages::apply(language);
    // The system's look unless Preferences chose one of Candor's themes.
    Theme::captureSystem();
    if (const Theme::Choice theme = Theme::fromKey(Settings().theme()); theme != Theme::System)
        Theme::apply(theme);

    QCommandLineParser parser;
    const QCommandLineOption dbOption = databaseOption();
    addOptions(parser, dbOption);
    parser.process(app);
    // A diagnostic for benchmarks: nothing may wait for a person, so problems go to stderr instead of a prompt.
    const bool quitAfterStartup = parser.isSet(quitAfterStartupOption());

    Database database;
    // --db when given; else the shared database chosen in File > Connect to a shared database…; else the local file.
    const QString remembered = parser.isSet(dbOption) ? QString() : Settings().sharedDatabase();
    QString path = remembered.isEmpty() ? Database::resolvePath(parser.value(dbOption)) : remembered;
    // Without the whole-file check (seconds on a large database): the window checks the file in the background
    // once it is up, and takes the daily backup then (MainWindow::checkInBackground()).
    Database::Options options;
    options.quickCheck = false;
    // A damaged file with a good backup: the person may go back to the backup (the damaged file is kept aside).
    QString keptAside;
    // A server that wants a password PGPASSWORD and ~/.pgpass did not give: asked until it is accepted or the person
    // cancels (never for the diagnostic). The password stays in this process's memory, never in the settings.
    const auto openDatabase = [&]() {
        return quitAfterStartup ? database.open(path, options) : openAskingPassword(database, path, options);
    };
    Status opened = openDatabase();
    // The remembered server is away: the person may try again, or work on the local file instead.
    while (!opened && !remembered.isEmpty() && path == remembered && !quitAfterStartup) {
        const OpenFailureDialog::ServerChoice choice =
            OpenFailureDialog::offerLocal(QDir::toNativeSeparators(remembered), opened.error());
        if (choice == OpenFailureDialog::ServerChoice::Quit)
            return 2;
        if (choice == OpenFailureDialog::ServerChoice::OpenLocal) {
            Settings().forgetSharedDatabase();
            path = Database::resolvePath(QString());
        }
        database.close();
        opened = openDatabase();
    }
    if (const Status status = opened; !status) {
        const QString title = QApplication::translate("main", "Candor cannot open its database");
        if (quitAfterStartup) {
            std::fprintf(stderr, "%s\n", qPrintable(title + QLatin1String(": ") + status.error()));
            return 2;
        }
        if (!OpenFailureDialog::offerRestore(database, path, status.error(), options, &keptAside))
            return 2;
    }

    SystemClock clock;
    Shell shell(database, options, clock, Languages::current());
    shell.build();
    if (!keptAside.isEmpty())
        shell.window().statusBar()->showMessage(
            QApplication::translate("main", "Restored the latest backup. The damaged file is kept as “%1”.")
                .arg(QDir::toNativeSeparators(keptAside)),
            30000);
    // Once the window is painted and idle: the diagnostic quits there (the background work belongs to a session
    // after that moment, and no prompt may wait for anyone); otherwise the checks start, and an empty database
    // offers the demo.
    new FirstPaint(&shell.window(), [&shell, quitAfterStartup]() {
        if (quitAfterStartup) {
            QApplication::quit();
            return;
        }
        if (MainWindow *main = shell.mainWindow()) {
            main->checkInBackground();
            main->offerDemoIfEmpty();
        }
    });
    return app.exec();
}
