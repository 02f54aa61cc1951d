#pragma once

#include <QMainWindow>
#include <QPointer>

class QLabel;
class QLineEdit;
class QListWidget;
class QMenu;
class QPushButton;
class QStackedWidget;
class QTimer;
class QToolButton;
class QUndoStack;

namespace candor {

class AudienceWindow;
class Banner;
class BlameLanguageChecker;
class BlameTextEdit;
class Clock;
class IncidentRepository;
class PhasePage;
class PhaseStepper;
class PostmortemRepository;
class PostmortemSession;
class ReportExport;
class SessionEdits;
class TeamRepository;
class TeamTreeModel;

// What a console needs from the application.
struct ConsoleServices
{
    PostmortemRepository &repository;
    TeamRepository &teams;
    IncidentRepository &incidents;
    TeamTreeModel &teamModel;
    const Clock &clock;
    const BlameLanguageChecker &checker;
};

// The facilitator's console for one postmortem or retro: the phase stepper and timers, the agreement gate
// (agree and continue, skip with a reason, go back), fair turns, the phase's page, and private notes. It drives
// the audience window on the projector, which shows only what the privacy filter lets through.
class SessionConsole : public QMainWindow
{
    Q_OBJECT
public:
    SessionConsole(ConsoleServices services, qint64 sessionId, QWidget *parent = nullptr);
    ~SessionConsole() override;

    bool isValid() const;
    QString loadError() const;
    qint64 sessionId() const;
    PostmortemSession &session() const { return *m_session; }
    QUndoStack &undoStack() const { return *m_stack; }
    AudienceWindow *audienceWindow() const;
    // The postmortem report's export and print actions; null for a retro, which has no incident.
    ReportExport *reports() const { return m_reports; }

public slots:
    void agree();
    void skip();
    void goBack(int phase);
    void togglePresentation();
    void presentOn(int screenIndex);
    void startRound();
    void nextSpeaker();
    void passTurn();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void refresh();
    void refreshQueue();
    void tick();
    void showProblem(const QString &message);
    void fillScreensMenu();

    ConsoleServices m_services;
    QUndoStack *m_stack;
    SessionEdits *m_edits;
    PostmortemSession *m_session;
    QPointer<AudienceWindow> m_audience;
    PhaseStepper *m_stepper;
    QLabel *m_phaseTimer;
    Banner *m_banner;
    QLineEdit *m_confirmedBy;
    QLineEdit *m_skipReason;
    QPushButton *m_agree;
    QPushButton *m_skip;
    QToolButton *m_back;
    QMenu *m_backMenu;
    QStackedWidget *m_pages;
    QList<PhasePage *> m_phasePages;
    QWidget *m_finishedPage;
    QLabel *m_speaker;
    QLabel *m_turnTimer;
    QLabel *m_round;
    QListWidget *m_queue;
    QPushButton *m_startRound;
    QPushButton *m_next;
    QPushButton *m_pass;
    BlameTextEdit *m_notes;
    QMenu *m_screensMenu;
    QAction *m_presentAction;
    QTimer *m_ticker;
    ReportExport *m_reports = nullptr;
    int m_shownPhase = -1;
};

} // namespace candor
