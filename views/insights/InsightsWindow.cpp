#include "InsightsWindow.h"

#include "common/Banner.h"
#include "common/ConnectDialog.h"
#include "common/Icons.h"
#include "common/Settings.h"
#include "insights/InsightsArea.h"
#include "item/TeamTreeModel.h"
#include "storage/ChangeFeed.h"
#include "storage/ConnectionWatchdog.h"
#include "storage/Database.h"
#include "storage/SurveyRepository.h"

#include <QAction>
#include <QCloseEvent>
#include <QDir>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QStatusBar>
#include <QVBoxLayout>

namespace candor {

InsightsWindow::InsightsWindow(Database &database, SurveyRepository &surveys, TeamTreeModel &teams, QWidget *parent)
    : QMainWindow(parent)
    , m_database(database)
    , m_surveys(surveys)
    , m_teams(teams)
    , m_connectionProblem(new Banner(Banner::Problem, this))
    , m_area(new InsightsArea(surveys, teams, this))
{
    setObjectName(QStringLiteral("insightsWindow"));
    setWindowTitle(tr("Survey insights"));
    setWindowIcon(applicationIcon());

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    m_connectionProblem->setObjectName(QStringLiteral("connectionProblemBanner"));
    layout->addWidget(m_connectionProblem);
    layout->addWidget(m_area, 1);
    setCentralWidget(central);

    createMenus();

    auto *path = new QLabel(tr("Database: %1").arg(QDir::toNativeSeparators(m_database.path())), this);
    path->setObjectName(QStringLiteral("databasePath"));
    path->setTextInteractionFlags(Qt::TextSelectableByMouse);
    statusBar()->addWidget(path, 1);
    // What this login is, where everyone looks for it: why there are no incidents, postmortems or waves to open.
    auto *access = new QLabel(tr("Survey insights only: this login reads anonymity-safe survey figures and changes "
                                 "nothing."),
                              this);
    access->setObjectName(QStringLiteral("accessLabel"));
    statusBar()->addPermanentWidget(access);

    // Where Candor's window was last (this window or the main one: the same person at the same desk).
    if (!restoreGeometry(Settings().mainWindowGeometry())) {
        const QRect available = screen() ? screen()->availableGeometry() : QRect(0, 0, 1280, 800);
        resize(available.size() * 0.8);
    }

    if (m_database.isServer())
        watchConnection();
}

void InsightsWindow::closeEvent(QCloseEvent *event)
{
    Settings().setMainWindowGeometry(saveGeometry());
    QMainWindow::closeEvent(event);
}

void InsightsWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *report = file->addAction(tr("E&xport insights report (PDF)…"), m_area, &InsightsArea::exportReport);
    report->setObjectName(QStringLiteral("exportInsightsReportAction"));
    report->setStatusTip(tr("Save the survey insights as a PDF: the team shown in the team trend, else the whole "
                            "organisation."));
    file->addSeparator();
    QAction *connectAction = file->addAction(tr("&Connect to a shared database…"), this, [this]() {
        auto *dialog =
            new ConnectDialog(m_database.isServer() ? m_database.path() : Settings().lastSharedDatabase(), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QDialog::accepted, this,
                [this, dialog]() { emit databaseChangeRequested(dialog->location()); });
        dialog->open();
    });
    connectAction->setObjectName(QStringLiteral("connectAction"));
    QAction *local =
        file->addAction(tr("Use the &local database"), this, [this]() { emit databaseChangeRequested(QString()); });
    local->setObjectName(QStringLiteral("useLocalDatabaseAction"));
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *again = view->addAction(tr("&Read again"), this, &InsightsWindow::readAgain);
    again->setObjectName(QStringLiteral("readAgainAction"));
    again->setShortcut(QKeySequence::Refresh);
    again->setStatusTip(tr("Read the teams and survey figures again: a wave that reached enough responses since "
                           "shows then."));

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Candor"), this, &InsightsWindow::about);
}

void InsightsWindow::readAgain()
{
    m_teams.reload();
    // Everything that shows survey waves reads them again on this signal.
    emit m_surveys.wavesChanged();
    statusBar()->showMessage(tr("The teams and survey figures were read again."), 5000);
}

void InsightsWindow::watchConnection()
{
    auto *watchdog = new ConnectionWatchdog(m_database, this);
    connect(watchdog, &ConnectionWatchdog::connectionLost, this, [this](const QString &why) {
        m_connectionProblem->showMessage(tr("The connection to %1 was lost (%2). Candor is reconnecting; the figures "
                                            "shown may be out of date until it is back.")
                                             .arg(m_database.path(), why));
        statusBar()->showMessage(tr("Connection lost; reconnecting…"));
    });
    // Teams and waves added or renamed on other desktops. A wave's responses are not announced (they would tell
    // whoever watches who answered when), so a wave that reaches k shows on "Read again" or the next start.
    auto *feed = new ChangeFeed(m_database, m_surveys, this);
    const auto listen = [this, feed]() {
        if (QString error; !feed->subscribe(&error))
            statusBar()->showMessage(
                tr("Changes made on other desktops will show only after View > Read again: %1").arg(error), 15000);
    };
    listen();
    connect(feed, &ChangeFeed::teamsChanged, &m_teams, &TeamTreeModel::reload);
    connect(feed, &ChangeFeed::reloadNeeded, this, &InsightsWindow::readAgain);
    connect(watchdog, &ConnectionWatchdog::reconnected, this, [this, listen]() {
        m_connectionProblem->showMessage(QString());
        listen();
        readAgain();
        statusBar()->showMessage(tr("Reconnected; the figures shown were read again."), 8000);
    });
}

void InsightsWindow::about()
{
    QMessageBox::about(
        this, tr("About Candor"),
        tr("<h3>Candor %1</h3><p>Blameless postmortems and team psychological safety, on your desktop.</p><p>This "
           "login reads the survey insights of the shared database %2: figures of waves with enough responses to "
           "keep every answer anonymous, never an answer or a comment.</p>")
            .arg(QStringLiteral(CANDOR_VERSION), QDir::toNativeSeparators(m_database.path()).toHtmlEscaped()));
}

} // namespace candor
