#include "SessionConsole.h"

#include "AudienceWindow.h"
#include "BlameMarks.h"
#include "Drafts.h"
#include "OpeningPage.h"
#include "PhaseStepper.h"
#include "ReportExport.h"
#include "WorkPages.h"
#include "common/Banner.h"
#include "common/ConflictChoice.h"
#include "common/Icons.h"
#include "common/MessageBox.h"
#include "common/Theme.h"
#include "postmortem/AudienceFilter.h"
#include "postmortem/PostmortemSession.h"
#include "storage/ConnectionSpec.h"
#include "storage/PostmortemRepository.h"
#include "undo/SessionEdits.h"

#include <QAction>
#include <QCloseEvent>
#include <QGroupBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QScreen>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QToolButton>
#include <QUndoStack>

namespace candor {

namespace {

// An overrun timer in the theme's warning colour (the timers are restyled every second, so a theme switch shows).
QString overrunStyle(const QPalette &palette)
{
    return QStringLiteral("color: %1;").arg(Theme::warningText(palette).name());
}

} // namespace

SessionConsole::SessionConsole(ConsoleServices services, qint64 sessionId, QWidget *parent)
    : QMainWindow(parent)
    , m_services(services)
{
    setObjectName(QStringLiteral("sessionConsole"));
    setAttribute(Qt::WA_DeleteOnClose);
    m_stack = new QUndoStack(this);
    m_edits = new SessionEdits(*m_stack, services.repository, this);
    // A change that meets another desktop's asks whether to keep theirs or write this one over it.
    ConflictChoice::install(*m_edits, this);
    m_session =
        new PostmortemSession(services.repository, services.teams, services.incidents, services.clock, sessionId, this);
    connect(m_edits, &SessionEdits::failed, this, &SessionConsole::showProblem);
    if (!m_session->isValid())
        return;
    // Deleted (from the Sessions area): nothing is left to edit, so the console and its audience view go too.
    connect(&services.repository, &PostmortemRepository::sessionsChanged, this, [this]() {
        if (!m_services.repository.session(m_session->id()))
            close();
    });
    const bool retro = m_session->kind() == SessionKind::Retro;
    setWindowTitle(retro ? tr("Retro: %1").arg(m_session->title()) : tr("Postmortem: %1").arg(m_session->title()));

    // Top: where we are and how long it has taken.
    m_stepper = new PhaseStepper(this);
    m_stepper->setObjectName(QStringLiteral("consoleStepper"));
    m_stepper->setAccessibleName(tr("Phases"));
    m_phaseTimer = new QLabel(this);
    m_phaseTimer->setObjectName(QStringLiteral("phaseTimerLabel"));
    m_phaseTimer->setAccessibleName(tr("Phase timer"));
    m_phaseTimer->setAccessibleDescription(tr("Time left in this phase, or how far it has run over"));
    QFont timerFont = m_phaseTimer->font();
    timerFont.setPointSizeF(timerFont.pointSizeF() * 1.4);
    timerFont.setBold(true);
    m_phaseTimer->setFont(timerFont);

    // The gate.
    m_banner = new Banner(Banner::Problem, this);
    m_banner->setObjectName(QStringLiteral("consoleBanner"));
    m_confirmedBy = new QLineEdit(this);
    m_confirmedBy->setObjectName(QStringLiteral("confirmedByEdit"));
    m_confirmedBy->setPlaceholderText(tr("Who confirms the group agrees"));
    m_confirmedBy->setAccessibleName(tr("Agreement confirmed by"));
    m_agree = new QPushButton(tr("A&gree and continue"), this);
    m_agree->setIcon(icon(IconName::Agree));
    m_agree->setObjectName(QStringLiteral("agreeButton"));
    m_agree->setToolTip(tr("Records that the group agrees this phase (Ctrl+Enter)"));
    m_agree->setAccessibleDescription(tr("Records that the group agrees this phase, confirmed by the person named"
                                         " beside it, and opens the next phase (Ctrl+Enter)"));
    connect(m_agree, &QPushButton::clicked, this, &SessionConsole::agree);
    connect(m_confirmedBy, &QLineEdit::returnPressed, this, &SessionConsole::agree);
    m_skipReason = new QLineEdit(this);
    m_skipReason->setObjectName(QStringLiteral("skipReasonEdit"));
    keepDraft(m_skipReason, services.repository, m_session->id(), m_skipReason->objectName());
    m_skipReason->setPlaceholderText(tr("Reason to move on without agreement (kept in the record)"));
    m_skipReason->setAccessibleName(tr("Reason to skip the phase"));
    m_skip = new QPushButton(tr("S&kip"), this);
    m_skip->setIcon(icon(IconName::Skip));
    m_skip->setObjectName(QStringLiteral("skipButton"));
    m_skip->setToolTip(tr("Moves on without agreement; the reason is kept in the record (Enter in the reason)"));
    m_skip->setAccessibleDescription(m_skip->toolTip());
    connect(m_skip, &QPushButton::clicked, this, &SessionConsole::skip);
    connect(m_skipReason, &QLineEdit::returnPressed, this, &SessionConsole::skip);
    m_back = new QToolButton(this);
    m_back->setObjectName(QStringLiteral("backButton"));
    m_back->setText(tr("&Back to…"));
    m_back->setPopupMode(QToolButton::InstantPopup);
    m_back->setToolTip(tr("Reopens an earlier phase and every phase after it; the record keeps their agreements"));
    m_back->setAccessibleDescription(m_back->toolTip());
    m_backMenu = new QMenu(m_back);
    m_back->setMenu(m_backMenu);

    auto *top = new QHBoxLayout;
    top->addWidget(m_stepper, 1);
    top->addWidget(m_phaseTimer);
    auto *gate = new QHBoxLayout;
    auto *confirmedByLabel = new QLabel(tr("&Confirmed by:"), this);
    confirmedByLabel->setBuddy(m_confirmedBy);
    gate->addWidget(confirmedByLabel);
    gate->addWidget(m_confirmedBy, 1);
    gate->addWidget(m_agree);
    gate->addSpacing(16);
    gate->addWidget(m_skipReason, 2);
    gate->addWidget(m_skip);
    gate->addSpacing(16);
    gate->addWidget(m_back);

    // Fair turns.
    auto *turns = new QGroupBox(tr("Fair turns"), this);
    m_speaker = new QLabel(turns);
    m_speaker->setObjectName(QStringLiteral("speakerLabel"));
    m_speaker->setTextFormat(Qt::PlainText);
    m_speaker->setWordWrap(true);
    QFont speakerFont = m_speaker->font();
    speakerFont.setPointSizeF(speakerFont.pointSizeF() * 1.3);
    speakerFont.setBold(true);
    m_speaker->setFont(speakerFont);
    m_turnTimer = new QLabel(turns);
    m_turnTimer->setObjectName(QStringLiteral("turnTimerLabel"));
    m_turnTimer->setAccessibleName(tr("Turn timer"));
    m_turnTimer->setAccessibleDescription(tr("Time left in the speaker's turn, or how far it has run over"));
    m_turnTimer->setFont(speakerFont);
    m_round = new QLabel(turns);
    m_round->setObjectName(QStringLiteral("roundLabel"));
    m_queue = new QListWidget(turns);
    m_queue->setObjectName(QStringLiteral("queueList"));
    m_queue->setAccessibleName(tr("Speaking queue"));
    m_queue->setAccessibleDescription(
        tr("Everyone in the room in speaking order: ▶ speaking, ✓ spoke, ↷ passed, • still to speak this round"));
    m_queue->setFocusPolicy(Qt::NoFocus);
    m_startRound = new QPushButton(tr("Start round"), turns);
    m_startRound->setIcon(icon(IconName::Start));
    m_startRound->setObjectName(QStringLiteral("startRoundButton"));
    m_startRound->setToolTip(tr("Starts a round: everyone in the room speaks in turn (F6)"));
    m_next = new QPushButton(tr("Next speaker"), turns);
    m_next->setIcon(icon(IconName::Next));
    m_next->setObjectName(QStringLiteral("nextSpeakerButton"));
    m_next->setToolTip(tr("The speaker has spoken; the next one in the queue speaks (F7)"));
    m_pass = new QPushButton(tr("Pass"), turns);
    m_pass->setObjectName(QStringLiteral("passButton"));
    m_pass->setToolTip(tr("The speaker passes; the next one in the queue speaks (F8)"));
    connect(m_startRound, &QPushButton::clicked, this, &SessionConsole::startRound);
    connect(m_next, &QPushButton::clicked, this, &SessionConsole::nextSpeaker);
    connect(m_pass, &QPushButton::clicked, this, &SessionConsole::passTurn);
    auto *turnButtons = new QHBoxLayout;
    turnButtons->addWidget(m_startRound);
    turnButtons->addWidget(m_next);
    turnButtons->addWidget(m_pass);
    auto *turnsLayout = new QVBoxLayout(turns);
    turnsLayout->addWidget(m_speaker);
    turnsLayout->addWidget(m_turnTimer);
    turnsLayout->addLayout(turnButtons);
    turnsLayout->addWidget(m_round);
    turnsLayout->addWidget(m_queue, 1);
    auto *legend = new QLabel(tr("✓ spoke  ↷ passed  • still to speak this round\nF6 start, F7 next, F8 pass"), turns);
    legend->setWordWrap(true);
    turnsLayout->addWidget(legend);

    // The phase's page.
    const ConsoleContext context{*m_session,     services.repository, *m_edits,
                                 services.teams, services.teamModel,  services.checker};
    m_pages = new QStackedWidget(this);
    m_pages->setObjectName(QStringLiteral("phasePages"));
    m_phasePages = {new OpeningPage(context), new TimelinePage(context), new FactorsPage(context),
                    new ActionsPage(context), new ClosingPage(context)};
    for (PhasePage *page : m_phasePages) {
        connect(page, &PhasePage::problem, this, &SessionConsole::showProblem);
        m_pages->addWidget(page);
    }
    // A postmortem's report, from the closing step and the finished page (a retro has no incident to report on).
    if (!retro) {
        m_reports = new ReportExport(ReportSources{services.incidents, services.repository, services.teams}, this);
        m_reports->setIncident(m_session->session().incidentId);
        static_cast<ClosingPage *>(m_phasePages.last())
            ->addReportActions({m_reports->exportAction(), m_reports->printAction()});
    }
    m_finishedPage = new QWidget(this);
    m_finishedPage->setObjectName(QStringLiteral("finishedPage"));
    auto *finishedText = new QLabel(tr("The session is finished. Everything is saved.\nUse “Back to…” to reopen a "
                                       "phase; the record keeps every agreement."),
                                    m_finishedPage);
    finishedText->setObjectName(QStringLiteral("finishedLabel"));
    finishedText->setAlignment(Qt::AlignCenter);
    auto *finishedLayout = new QVBoxLayout(m_finishedPage);
    finishedLayout->addStretch(1);
    finishedLayout->addWidget(finishedText);
    if (m_reports) {
        auto *reportButtons = new QHBoxLayout;
        reportButtons->addStretch(1);
        for (QAction *action : {m_reports->exportAction(), m_reports->printAction()}) {
            auto *button = new QToolButton(m_finishedPage);
            button->setObjectName(ReportExport::buttonName(QStringLiteral("finished"), action));
            button->setDefaultAction(action);
            button->setToolButtonStyle(Qt::ToolButtonTextOnly);
            reportButtons->addWidget(button);
        }
        reportButtons->addStretch(1);
        finishedLayout->addLayout(reportButtons);
    }
    finishedLayout->addStretch(1);
    m_pages->addWidget(m_finishedPage);

    // Private notes.
    auto *notesBox = new QGroupBox(tr("Private notes (never on the projector)"), this);
    m_notes = new BlameTextEdit(services.checker, {}, false, notesBox);
    m_notes->setObjectName(QStringLiteral("notesEdit"));
    m_notes->setAccessibleName(tr("Private notes"));
    // On a shared server, whoever opens the session on another desktop reads them too.
    m_notes->setPlaceholderText(ConnectionSpec::isServerLocation(m_session->repository().databasePath())
                                    ? tr("Facilitators see these on their desktops; the room never does. Saved as you "
                                         "type.")
                                    : tr("Only you see these. Saved as you type."));
    m_notes->setText(m_session->session().notes);
    connect(m_notes, &QPlainTextEdit::textChanged, this, [this]() {
        if (const Status status = m_session->setNotes(m_notes->text()); !status)
            showProblem(status.error());
    });
    connect(m_notes, &LimitedTextEdit::refused, this, &SessionConsole::showProblem);
    auto *notesLayout = new QVBoxLayout(notesBox);
    notesLayout->addWidget(m_notes);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(turns);
    splitter->addWidget(m_pages);
    splitter->addWidget(notesBox);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 4);
    splitter->setStretchFactor(2, 1);
    splitter->setChildrenCollapsible(false);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->addLayout(top);
    layout->addLayout(gate);
    layout->addWidget(m_banner);
    layout->addWidget(splitter, 1);
    setCentralWidget(central);

    createActions();
    m_ticker = new QTimer(this);
    m_ticker->setInterval(1000);
    connect(m_ticker, &QTimer::timeout, this, &SessionConsole::tick);
    m_ticker->start();
    connect(m_session, &PostmortemSession::changed, this, &SessionConsole::refresh);
    connect(m_session, &PostmortemSession::participantsChanged, this, &SessionConsole::refreshQueue);
    connect(m_session, &PostmortemSession::turnsChanged, this, &SessionConsole::refreshQueue);
    // Anything the room sees may have changed.
    const auto push = [this]() {
        tick();
    };
    connect(&services.repository, &PostmortemRepository::eventsChanged, this, push);
    connect(&services.repository, &PostmortemRepository::factorsChanged, this, push);
    connect(&services.repository, &PostmortemRepository::learningsChanged, this, push);
    connect(&services.repository, &PostmortemRepository::actionsChanged, this, push);
    connect(m_session, &PostmortemSession::tallyChanged, this, push);
    connect(m_session, &PostmortemSession::participantsChanged, this, push);
    // Fit the laptop screen the console opens on.
    const QRect available = screen() ? screen()->availableGeometry() : QRect(0, 0, 1400, 860);
    resize(std::min(1760, available.width() * 9 / 10), std::min(1000, available.height() * 9 / 10));
    refresh();
}

SessionConsole::~SessionConsole()
{
    delete m_audience; // a top-level window of its own
}

bool SessionConsole::isValid() const
{
    return m_session->isValid();
}

QString SessionConsole::loadError() const
{
    return m_session->loadError();
}

AudienceWindow *SessionConsole::audienceWindow() const
{
    return m_audience;
}

qint64 SessionConsole::sessionId() const
{
    return m_session->id();
}

void SessionConsole::createActions()
{
    QMenu *sessionMenu = menuBar()->addMenu(tr("&Session"));
    QAction *agreeAction = sessionMenu->addAction(tr("&Agree and continue"), this, &SessionConsole::agree);
    agreeAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    sessionMenu->addAction(tr("&Skip with the reason given"), this, &SessionConsole::skip);
    sessionMenu->addSeparator();
    QAction *start = sessionMenu->addAction(tr("S&tart a speaking round"), this, &SessionConsole::startRound);
    start->setShortcut(QKeySequence(Qt::Key_F6));
    QAction *next = sessionMenu->addAction(tr("&Next speaker"), this, &SessionConsole::nextSpeaker);
    next->setShortcut(QKeySequence(Qt::Key_F7));
    QAction *pass = sessionMenu->addAction(tr("&Pass"), this, &SessionConsole::passTurn);
    pass->setShortcut(QKeySequence(Qt::Key_F8));
    sessionMenu->addSeparator();
    if (m_reports) {
        sessionMenu->addAction(m_reports->exportAction());
        sessionMenu->addAction(m_reports->printAction());
        sessionMenu->addSeparator();
    }
    sessionMenu->addAction(tr("&Close console"), QKeySequence::Close, this, &QWidget::close);

    QMenu *editMenu = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_stack->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_stack->createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    editMenu->addAction(undo);
    editMenu->addAction(redo);

    QMenu *viewMenu = menuBar()->addMenu(tr("&View"));
    m_presentAction = viewMenu->addAction(tr("&Present to the room"), this, &SessionConsole::togglePresentation);
    m_presentAction->setIcon(icon(IconName::AudienceView));
    m_presentAction->setShortcut(QKeySequence(Qt::Key_F5));
    m_presentAction->setCheckable(true);
    m_screensMenu = viewMenu->addMenu(tr("Present &on"));
    connect(m_screensMenu, &QMenu::aboutToShow, this, &SessionConsole::fillScreensMenu);
    fillScreensMenu();
    // The room's text size, from the console: the audience window on the projector never has the keyboard.
    viewMenu->addSeparator();
    QAction *larger = viewMenu->addAction(tr("Audience text &larger"), this, []() { AudienceWindow::zoomAllIn(); });
    larger->setObjectName(QStringLiteral("audienceLargerAction"));
    larger->setShortcuts({QKeySequence(tr("Ctrl++")), QKeySequence(tr("Ctrl+="))});
    QAction *smaller = viewMenu->addAction(tr("Audience text s&maller"), this, []() { AudienceWindow::zoomAllOut(); });
    smaller->setObjectName(QStringLiteral("audienceSmallerAction"));
    smaller->setShortcut(QKeySequence(tr("Ctrl+-")));
}

void SessionConsole::fillScreensMenu()
{
    m_screensMenu->clear();
    const QList<QScreen *> screens = QGuiApplication::screens();
    for (int i = 0; i < screens.size(); ++i) {
        const QScreen *screen = screens.at(i);
        const QString name = screen->name().isEmpty() ? tr("Screen %1").arg(i + 1) : screen->name();
        QAction *action = m_screensMenu->addAction(
            tr("%1 (%2 × %3)").arg(name).arg(screen->geometry().width()).arg(screen->geometry().height()));
        action->setObjectName(QStringLiteral("presentOnScreen%1").arg(i));
        connect(action, &QAction::triggered, this, [this, i]() { presentOn(i); });
    }
}

void SessionConsole::presentOn(int screenIndex)
{
    const QList<QScreen *> screens = QGuiApplication::screens();
    if (screens.isEmpty())
        return;
    QScreen *screen = screens.value(screenIndex, screens.first());
    if (!m_audience) {
        m_audience = new AudienceWindow;
        connect(m_audience, &AudienceWindow::endRequested, this, &SessionConsole::togglePresentation);
    }
    m_audience->setSnapshot(AudienceFilter::snapshot(*m_session));
    m_audience->presentOn(screen);
    m_presentAction->setChecked(true);
    // With one screen the audience view takes it over; F5 or Esc there returns to the console.
    if (screens.size() > 1)
        activateWindow();
}

void SessionConsole::togglePresentation()
{
    if (m_audience && m_audience->isVisible()) {
        m_audience->hide();
        m_presentAction->setChecked(false);
        activateWindow();
        return;
    }
    // Prefer a screen other than the console's: that is the projector.
    const QList<QScreen *> screens = QGuiApplication::screens();
    QScreen *mine = screen();
    int index = 0;
    for (int i = 0; i < screens.size(); ++i) {
        if (screens.at(i) != mine) {
            index = i;
            break;
        }
    }
    presentOn(index);
}

void SessionConsole::showProblem(const QString &message)
{
    m_banner->showMessage(message);
}

void SessionConsole::agree()
{
    const Status status = m_session->agree(m_confirmedBy->text());
    showProblem(status ? QString() : status.error());
}

void SessionConsole::skip()
{
    const Status status = m_session->skip(m_skipReason->text());
    showProblem(status ? QString() : status.error());
    if (status)
        m_skipReason->clear();
}

void SessionConsole::goBack(int phase)
{
    const auto target = static_cast<Phase>(phase);
    const QString name = PostmortemText::phaseName(target, m_session->kind());
    const auto answer = MessageBox::question(
        this, tr("Go back"),
        tr("Go back to “%1”? Its agreement and those of every later phase are reopened; the record keeps them.")
            .arg(name),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    const Status status = m_session->goBack(target);
    showProblem(status ? QString() : status.error());
}

void SessionConsole::startRound()
{
    const Status status = m_session->startRound();
    showProblem(status ? QString() : status.error());
}

void SessionConsole::nextSpeaker()
{
    const Status status = m_session->nextSpeaker();
    showProblem(status ? QString() : status.error());
}

void SessionConsole::passTurn()
{
    const Status status = m_session->passTurn();
    showProblem(status ? QString() : status.error());
}

void SessionConsole::refresh()
{
    const Session &s = m_session->session();
    QStringList names;
    for (int p = 0; p < PhaseCount; ++p)
        names.append(PostmortemText::phaseName(static_cast<Phase>(p), s.kind));
    m_stepper->setPhases(names, static_cast<int>(s.phase));
    if (m_confirmedBy->text().isEmpty() && !m_confirmedBy->hasFocus())
        m_confirmedBy->setText(s.facilitator);
    const bool finished = s.phase == Phase::Finished;
    m_agree->setText(s.phase == Phase::Closing ? tr("Finish the session") : tr("A&gree and continue"));
    m_agree->setEnabled(!finished);
    m_skip->setEnabled(!finished && s.phase != Phase::Opening);
    m_skipReason->setEnabled(!finished && s.phase != Phase::Opening);
    m_backMenu->clear();
    for (int p = 0; p < static_cast<int>(s.phase) && p < PhaseCount; ++p) {
        QAction *action = m_backMenu->addAction(PostmortemText::phaseName(static_cast<Phase>(p), s.kind));
        action->setObjectName(QStringLiteral("backTo%1").arg(p));
        connect(action, &QAction::triggered, this, [this, p]() { goBack(p); });
    }
    m_back->setEnabled(!m_backMenu->isEmpty());
    if (!m_notes->hasFocus())
        m_notes->setText(s.notes);

    const int page = static_cast<int>(s.phase);
    if (page != m_shownPhase) {
        m_shownPhase = page;
        m_pages->setCurrentIndex(page);
        if (page < m_phasePages.size())
            m_phasePages.at(page)->focusEntry();
        showProblem({});
    }
    refreshQueue();
    tick();
}

void SessionConsole::refreshQueue()
{
    const SpeakingQueue queue = m_session->queue();
    const QList<qint64> waiting = queue.waiting();
    const qint64 speaker = m_session->speakerId();
    m_queue->clear();
    for (const Participant &p : m_session->participants()) {
        QString mark = QStringLiteral("•");
        if (p.id == speaker)
            mark = QStringLiteral("▶");
        else if (!waiting.contains(p.id))
            mark = queue.hasSpoken(p.id) ? QStringLiteral("✓") : QStringLiteral("↷");
        auto *item = new QListWidgetItem(mark + QStringLiteral("  ") + p.name, m_queue);
        if (p.id == speaker) {
            QFont bold = item->font();
            bold.setBold(true);
            item->setFont(bold);
        }
        if (!queue.hasSpoken(p.id))
            item->setToolTip(tr("Has not spoken yet in this phase"));
    }
    m_round->setText(tr("Round %1 · %n still to speak", nullptr, int(waiting.size())).arg(queue.round()));
    m_speaker->setText(speaker > 0 ? tr("Speaking: %1").arg(m_session->participantName(speaker))
                                   : tr("Nobody is speaking"));
    const bool hasPeople = !m_session->participants().isEmpty();
    const bool open = m_session->phase() != Phase::Finished;
    m_startRound->setEnabled(hasPeople && open && speaker <= 0);
    m_next->setEnabled(hasPeople && open);
    m_pass->setEnabled(speaker > 0);
}

void SessionConsole::tick()
{
    const QDateTime now = m_services.clock.now();
    const Timebox phase = m_session->phaseTimer();
    if (phase.isRunning()) {
        m_phaseTimer->setText(phase.isOverrun(now) ? tr("Phase over by %1").arg(phase.text(now).mid(1))
                                                   : tr("Phase: %1 left").arg(phase.text(now)));
        m_phaseTimer->setStyleSheet(phase.isOverrun(now) ? overrunStyle(palette()) : QString());
    } else {
        m_phaseTimer->clear();
    }
    const Timebox turn = m_session->turnTimer();
    if (turn.isRunning()) {
        m_turnTimer->setText(turn.isOverrun(now) ? tr("Over by %1").arg(turn.text(now).mid(1))
                                                 : tr("%1 left").arg(turn.text(now)));
        m_turnTimer->setStyleSheet(turn.isOverrun(now) ? overrunStyle(palette()) : QString());
    } else {
        m_turnTimer->clear();
    }
    if (m_audience && m_audience->isVisible())
        m_audience->setSnapshot(AudienceFilter::snapshot(*m_session));
}

void SessionConsole::closeEvent(QCloseEvent *event)
{
    // Everything is already saved; the audience view goes with the console.
    if (m_audience)
        m_audience->close();
    event->accept();
}

} // namespace candor
