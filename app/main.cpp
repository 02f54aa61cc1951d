// candor: the desktop application. This file is the composition root: it opens the database, builds the
// repositories, models and undo stack, and hands them to the main window.
#include "MainWindow.h"
#include "Translations.h"
#include "common/MessageBox.h"
#include "item/ActionItemsModel.h"
#include "item/IncidentTableModel.h"
#include "item/MemberTableModel.h"
#include "item/TeamTreeModel.h"
#include "postmortem/BlameLanguageChecker.h"
#include "postmortem/Clock.h"
#include "storage/Database.h"
#include "storage/IncidentRepository.h"
#include "storage/PostmortemRepository.h"
#include "storage/SurveyRepository.h"
#include "storage/TeamRepository.h"
#include "undo/Edits.h"
#include "undo/SessionEdits.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTimer>
#include <QUndoStack>

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

    TeamRepository teams(database);
    IncidentRepository incidents(database);
    TeamTreeModel teamModel(teams);
    MemberTableModel memberModel(teams);
    IncidentTableModel incidentModel(incidents, teams);
    QUndoStack undoStack;
    Edits edits(undoStack, teams, incidents);
    PostmortemRepository postmortems(database);
    SessionEdits sessionEdits(undoStack, postmortems);
    SessionTableModel sessionModel(postmortems);
    ActionFilter openActions;
    openActions.openOnly = true;
    ActionItemsModel actionModel(postmortems, sessionEdits, openActions);
    SurveyRepository surveys(database);
    SystemClock clock;
    const BlameLanguageChecker checker = BlameLanguageChecker::forLanguage(QLocale().name().left(2));

    MainWindow window(AppContext{database, teams, incidents, teamModel, memberModel, incidentModel, undoStack, edits,
                                 postmortems, sessionEdits, sessionModel, actionModel, surveys, clock, checker});
    window.show();
    QTimer::singleShot(0, &window, &MainWindow::offerDemoIfEmpty);
    return app.exec();
}
