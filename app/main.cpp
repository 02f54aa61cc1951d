// candor: the desktop application. This file is the composition root: it opens the database, takes the daily
// backup, builds the repositories, models and undo stack, and hands them to the main window; and to restore a backup
// it takes all of that down and builds it again on the restored database.
#include "MainWindow.h"
#include "Translations.h"
#include "common/MessageBox.h"
#include "common/RestoreBackup.h"
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

#include <memory>

using namespace candor;

namespace {

void describeApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("candor"));
    QCoreApplication::setApplicationName(QStringLiteral("candor"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CANDOR_VERSION));
}

void addOptions(QCommandLineParser &parser, const QCommandLineOption &dbOption)
{
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Candor: blameless postmortems and team psychological safety."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption(dbOption);
}

QCommandLineOption databaseOption()
{
    return QCommandLineOption(
        QStringLiteral("db"),
        QCoreApplication::translate("main", "Use the database file at PATH (default: CANDOR_DB, or %1).")
            .arg(Database::defaultPath()),
        QStringLiteral("PATH"));
}

ActionFilter openActionsOnly()
{
    ActionFilter filter;
    filter.openOnly = true;
    return filter;
}

// Everything built on the open database, in the order it is built; destroyed in reverse order, the window first.
struct Workspace
{
    Workspace(Database &database, const Clock &clock, const BlameLanguageChecker &checker)
        : teams(database)
        , incidents(database)
        , teamModel(teams)
        , memberModel(teams)
        , incidentModel(incidents, teams)
        , edits(undoStack, teams, incidents)
        , postmortems(database)
        , sessionEdits(undoStack, postmortems)
        , sessionModel(postmortems)
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

// The open database and the workspace on it. A restore takes the whole workspace down, so the database has no
// other connection and nothing that showed the old data survives (models, caches, undo history, open consoles),
// restores, reopens the database (which updates an older backup's schema) and builds a new workspace.
class Shell
{
public:
    Shell(Database &database, const Clock &clock, const BlameLanguageChecker &checker)
        : m_database(database)
        , m_clock(clock)
        , m_checker(checker)
    {}

    MainWindow &window() { return m_workspace->window; }

    void build()
    {
        m_workspace = std::make_unique<Workspace>(m_database, m_clock, m_checker);
        // Queued: the restore destroys the window whose action asks for it.
        if (auto *action = m_workspace->window.findChild<RestoreBackupAction *>())
            QObject::connect(
                action, &RestoreBackupAction::restoreRequested, &m_context,
                [this](const QString &backupFile) { restore(backupFile); }, Qt::QueuedConnection);
        m_workspace->window.show();
    }

    void restore(const QString &backupFile)
    {
        // Closing saves the window's settings and closes the session consoles (their drafts are saved as typed).
        QApplication::setQuitOnLastWindowClosed(false);
        m_workspace->window.close();
        m_workspace.reset();

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
    Database &m_database;
    const Clock &m_clock;
    const BlameLanguageChecker &m_checker;
    QObject m_context; // receives the restore requests, outliving every window
    std::unique_ptr<Workspace> m_workspace;
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
            installTranslations(app);
            QCommandLineParser parser;
            addOptions(parser, databaseOption());
            parser.process(app);
            return 0;
        }
    }

    QApplication app(argc, argv);
    describeApplication();
    QApplication::setApplicationDisplayName(QStringLiteral("Candor"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/candor.svg")));
    installTranslations(app);

    QCommandLineParser parser;
    const QCommandLineOption dbOption = databaseOption();
    addOptions(parser, dbOption);
    parser.process(app);

    Database database;
    const QString path = Database::resolvePath(parser.value(dbOption));
    if (const Status status = database.open(path); !status) {
        MessageBox::critical(nullptr, QApplication::translate("main", "Candor cannot open its database"),
                             status.error());
        return 2;
    }

    // The daily backup belongs to the application's start, not to candor-cli: at most one a day, the last seven
    // kept, in the backups folder beside the database.
    const Result<QString> daily = Backup::takeDaily(database);

    SystemClock clock;
    const BlameLanguageChecker checker = BlameLanguageChecker::forLanguage(QLocale().name().left(2));
    Shell shell(database, clock, checker);
    shell.build();
    if (!daily)
        MessageBox::warning(&shell.window(), QApplication::translate("main", "The daily backup failed"), daily.error());
    QTimer::singleShot(0, &shell.window(), &MainWindow::offerDemoIfEmpty);
    return app.exec();
}
