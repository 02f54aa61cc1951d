#include "KioskWindow.h"

#include "KioskRespondent.h"
#include "common/MessageBox.h"
#include "storage/SurveyRepository.h"
#include "survey/Instruments.h"

#include <QApplication>
#include <QCloseEvent>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScreen>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace candor {

namespace {

QLabel *makeLabel(const QString &text, const QString &name, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
}

// High contrast, readable from arm's length and beyond; a chosen answer is unmistakable. The sizes live here rather
// than in setFont(): widgets styled by a style sheet do not inherit their parent's font. %1 is the base size in
// points; headings, the statement and small print scale from it.
const char *const kioskStyle = R"(
* { font-size: %1pt; }
QLabel { color: #111111; }
QLabel#kioskTeam { font-size: %2pt; font-weight: bold; }
QLabel#kioskInstrument, QLabel#kioskStatement, QLabel#kioskCommentTitle, QLabel#kioskThanks {
    font-size: %3pt; font-weight: bold; }
QLabel#kioskPromise { font-weight: bold; }
QLabel#kioskKeysHint, QPushButton#kioskEndButton, QPushButton#kioskDiscardButton,
QPushButton#kioskCommentDiscardButton { font-size: %4pt; }
QPushButton { color: #111111; background: #f1f3f5; border: 2px solid #343a40; border-radius: 10px;
              padding: 10px 24px; min-height: 1.6em; min-width: 3em; }
QPushButton:hover { background: #e7f0ff; }
QPushButton:focus { border: 4px solid #e8590c; }
QPushButton:checked { color: #ffffff; background: #1c4fd8; border-color: #1c4fd8; }
QPushButton:disabled { color: #adb5bd; border-color: #dee2e6; }
QPushButton[kioskScale="words"] { text-align: left; padding: 4px 24px 4px 1em; min-height: 1.4em; }
QPushButton#kioskTrendBetter, QPushButton#kioskTrendSame, QPushButton#kioskTrendWorse { padding: 10px 8px; }
QPushButton#kioskStartButton { font-size: %2pt; font-weight: bold; min-height: 2.2em; min-width: 7em; }
QPushButton#kioskNextPersonButton, QPushButton#kioskSubmitButton { font-weight: bold; min-width: 7em; }
QPlainTextEdit { color: #111111; background: #ffffff; border: 2px solid #343a40; border-radius: 6px;
                 min-height: 4em; }
)";

} // namespace

KioskWindow::KioskWindow(SurveyRepository &surveys, qint64 waveId, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_surveys(surveys)
    , m_waveId(waveId)
{
    setObjectName(QStringLiteral("kioskWindow"));
    setAttribute(Qt::WA_DeleteOnClose);
    // The application ends with its main window, kiosk or not; an unfinished respondent is lost, never kept.
    setAttribute(Qt::WA_QuitOnClose, false);
    setWindowTitle(tr("Candor survey"));
    setAccessibleName(tr("Anonymous survey"));

    const Result<SurveyWaveRow> wave = m_surveys.wave(waveId);
    if (!wave) {
        m_errorText = wave.error();
        return;
    }
    const Result<Instrument> instrument = m_surveys.instrument(wave->wave.instrumentId);
    if (!instrument) {
        m_errorText = instrument.error();
        return;
    }
    if (instrument->items.empty()) {
        m_errorText = tr("The wave's instrument asks no questions.");
        return;
    }
    m_instrument = *instrument;
    m_commentK = wave->wave.commentK;

    // Twice the desktop's size (at least 24 points), for reading at arm's length.
    const int base = qRound(std::max(12.0, QApplication::font().pointSizeF()) * 2.0);
    QFont big = font();
    big.setPointSize(base);
    setFont(big);
    QPalette colours = palette();
    colours.setColor(QPalette::Window, Qt::white);
    colours.setColor(QPalette::WindowText, QColor(0x11, 0x11, 0x11));
    setPalette(colours);
    setAutoFillBackground(true);
    setStyleSheet(QString::fromUtf8(kioskStyle)
                      .arg(base)
                      .arg(qRound(base * 1.5))
                      .arg(qRound(base * 1.3))
                      .arg(qRound(base * 0.6)));

    m_pages = new QStackedWidget(this);
    m_intro = makeIntroPage(*wave);
    m_thanks = makeThanksPage();
    m_pages->addWidget(m_intro);
    m_pages->addWidget(m_thanks);
    newRespondent();

    // Readable line lengths on a wide screen: the content keeps to the middle.
    m_pages->setMaximumWidth(QFontMetrics(big).averageCharWidth() * 64);
    auto *middle = new QHBoxLayout;
    middle->addStretch(1);
    middle->addWidget(m_pages, 100);
    middle->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    const int margin = QFontMetrics(big).height();
    layout->setContentsMargins(margin, margin, margin, margin);
    layout->addLayout(middle, 1);

    m_thanksTimer.setSingleShot(true);
    m_thanksTimer.setInterval(DefaultThanksMilliseconds);
    connect(&m_thanksTimer, &QTimer::timeout, this, &KioskWindow::showIntro);
    showIntro();
}

QWidget *KioskWindow::makeIntroPage(const SurveyWaveRow &wave)
{
    auto *page = new QWidget;
    page->setObjectName(QStringLiteral("kioskIntroPage"));
    const QString heading = wave.wave.title.isEmpty()
                                ? wave.teamName
                                : tr("%1: %2", "team: wave title").arg(wave.teamName, wave.wave.title);
    QLabel *team = makeLabel(heading, QStringLiteral("kioskTeam"), page);
    QLabel *name = makeLabel(Instruments::displayName(m_instrument), QStringLiteral("kioskInstrument"), page);
    QLabel *description =
        makeLabel(Instruments::displayDescription(m_instrument), QStringLiteral("kioskDescription"), page);
    const QLocale locale;
    QLabel *promise =
        makeLabel(tr("Your answers are anonymous. Results are shown only when at least %1 people have answered; "
                     "comments only when at least %2 have.")
                      .arg(locale.toString(wave.wave.k), locale.toString(wave.wave.commentK)),
                  QStringLiteral("kioskPromise"), page);
    QLabel *how = makeLabel(tr("%n question(s), one per screen. Nothing records who answered or when, and the "
                               "screen clears as soon as you submit.",
                               nullptr, m_instrument.itemCount()),
                            QStringLiteral("kioskHow"), page);

    m_start = new QPushButton(tr("Start"), page);
    m_start->setObjectName(QStringLiteral("kioskStartButton"));
    m_start->setAccessibleName(tr("Start the survey"));
    m_start->setAutoDefault(false);
    connect(m_start, &QPushButton::clicked, this, &KioskWindow::start);

    auto *end = new QPushButton(tr("End kiosk mode"), page);
    end->setObjectName(QStringLiteral("kioskEndButton"));
    end->setAutoDefault(false);
    end->setToolTip(tr("For the facilitator: end the session (Esc)"));
    connect(end, &QPushButton::clicked, this, &KioskWindow::askToEnd);

    auto *layout = new QVBoxLayout(page);
    layout->addStretch(1);
    layout->addWidget(team);
    layout->addWidget(name);
    layout->addWidget(description);
    layout->addSpacing(font().pointSize());
    layout->addWidget(promise);
    layout->addWidget(how);
    layout->addSpacing(font().pointSize() * 2);
    layout->addWidget(m_start, 0, Qt::AlignCenter);
    layout->addStretch(2);
    layout->addWidget(end, 0, Qt::AlignRight);
    return page;
}

QWidget *KioskWindow::makeThanksPage()
{
    auto *page = new QWidget;
    page->setObjectName(QStringLiteral("kioskThanksPage"));
    QLabel *thanks = makeLabel(tr("Thank you. Your answers are saved and no longer on screen.\nPlease pass the "
                                  "screen on."),
                               QStringLiteral("kioskThanks"), page);
    thanks->setAlignment(Qt::AlignCenter);
    m_nextPerson = new QPushButton(tr("Next person"), page);
    m_nextPerson->setObjectName(QStringLiteral("kioskNextPersonButton"));
    m_nextPerson->setAutoDefault(false);
    connect(m_nextPerson, &QPushButton::clicked, this, &KioskWindow::showIntro);
    auto *layout = new QVBoxLayout(page);
    layout->addStretch(1);
    layout->addWidget(thanks);
    layout->addSpacing(font().pointSize() * 2);
    layout->addWidget(m_nextPerson, 0, Qt::AlignCenter);
    layout->addStretch(1);
    return page;
}

void KioskWindow::showOn(QScreen *screen)
{
    if (!screen)
        screen = QGuiApplication::primaryScreen();
    if (screen) {
        setScreen(screen);
        setGeometry(screen->geometry());
    }
    showFullScreen();
    raise();
    activateWindow();
}

void KioskWindow::setThanksDuration(int milliseconds)
{
    m_thanksTimer.setInterval(milliseconds);
}

void KioskWindow::newRespondent()
{
    // Called from the event loop only (never from inside the respondent's own handlers), so it can go at once.
    if (m_respondent) {
        m_pages->removeWidget(m_respondent);
        delete m_respondent;
    }
    m_respondent = new KioskRespondent(m_instrument, m_commentK, m_pages);
    m_pages->addWidget(m_respondent);
    connect(m_respondent, &KioskRespondent::submitRequested, this, &KioskWindow::submit, Qt::QueuedConnection);
    connect(m_respondent, &KioskRespondent::discardRequested, this, &KioskWindow::askToDiscard, Qt::QueuedConnection);
}

void KioskWindow::start()
{
    if (!m_respondent)
        return;
    m_thanksTimer.stop();
    m_pages->setCurrentWidget(m_respondent);
    m_respondent->begin();
}

void KioskWindow::submit()
{
    if (!m_respondent || m_submitting || m_pages->currentWidget() != m_respondent || !m_respondent->isComplete())
        return;
    m_submitting = true;
    m_respondent->setSubmitting(true);
    const Status status = m_surveys.submitResponse(m_waveId, m_respondent->answers());
    m_submitting = false;
    if (!status) {
        m_respondent->setSubmitting(false);
        m_respondent->showError(tr("Your answers could not be saved: %1 They stay on screen; ask the facilitator for "
                                   "help.")
                                    .arg(status.error()));
        return;
    }
    // Nothing of this person survives: the widgets that held the answers are destroyed, fresh ones wait.
    newRespondent();
    m_pages->setCurrentWidget(m_thanks);
    m_nextPerson->setFocus(Qt::OtherFocusReason);
    m_thanksTimer.start();
}

void KioskWindow::showIntro()
{
    m_thanksTimer.stop();
    if (!m_pages)
        return;
    m_pages->setCurrentWidget(m_intro);
    m_start->setFocus(Qt::OtherFocusReason);
}

void KioskWindow::askToEnd()
{
    const bool answering = m_pages && m_pages->currentWidget() == m_respondent;
    const QString question =
        answering ? tr("End kiosk mode? The answers of the person answering now are discarded; answers already "
                       "submitted are saved.")
                  : tr("End kiosk mode for this wave? Answers already submitted are saved.");
    if (MessageBox::question(this, tr("End kiosk mode"), question, QMessageBox::Yes | QMessageBox::No,
                             QMessageBox::No) != QMessageBox::Yes)
        return;
    m_endConfirmed = true;
    close();
}

void KioskWindow::askToDiscard()
{
    if (!m_respondent || m_pages->currentWidget() != m_respondent)
        return;
    if (MessageBox::question(this, tr("Discard answers"),
                             tr("Discard this person's answers and go back to the start? Nothing of them is saved."),
                             QMessageBox::Yes | QMessageBox::No, QMessageBox::No) != QMessageBox::Yes)
        return;
    newRespondent();
    showIntro();
}

void KioskWindow::keyPressEvent(QKeyEvent *event)
{
    if (!m_pages) {
        QWidget::keyPressEvent(event);
        return;
    }
    const bool enter = event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
    if (enter && m_pages->currentWidget() == m_intro) {
        start();
        return;
    }
    if (enter && m_pages->currentWidget() == m_thanks) {
        showIntro();
        return;
    }
    if (event->key() != Qt::Key_Escape) {
        QWidget::keyPressEvent(event);
        return;
    }
    // Asked from the event loop, after the key has left the widget that had it (which may be discarded).
    if (m_pages->currentWidget() == m_intro)
        QMetaObject::invokeMethod(this, &KioskWindow::askToEnd, Qt::QueuedConnection);
    else if (m_pages->currentWidget() == m_thanks)
        showIntro();
    else
        QMetaObject::invokeMethod(this, &KioskWindow::askToDiscard, Qt::QueuedConnection);
}

void KioskWindow::closeEvent(QCloseEvent *event)
{
    if (m_endConfirmed || !isValid()) {
        event->accept();
        return;
    }
    // Closed by the window manager: the same question as Escape on the intro.
    event->ignore();
    QMetaObject::invokeMethod(this, &KioskWindow::askToEnd, Qt::QueuedConnection);
}

} // namespace candor
