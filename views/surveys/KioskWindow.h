#pragma once

#include "domain/Survey.h"

#include <QPointer>
#include <QTimer>
#include <QWidget>

class QLabel;
class QPushButton;
class QScreen;
class QStackedWidget;

namespace candor {

class KioskRespondent;
class SurveyRepository;

// A survey wave run on a shared screen, one respondent at a time: an intro with the anonymity promise (k and the
// comment threshold), one question per screen, an optional comment, Submit, "Thank you", and back to the intro for
// the next person. After every submit (and every discarded respondent) the respondent's widgets are destroyed and
// built anew, so nothing of one person stays in any widget: no checked answer, no text, no undo history, no Back.
// It shows no result and no count. Escape asks to end the session on the intro, and to discard the answers of the
// person answering otherwise.
class KioskWindow : public QWidget
{
    Q_OBJECT
public:
    // Loads the wave and its frozen instrument; when that fails, isValid() is false and errorText() says why.
    KioskWindow(SurveyRepository &surveys, qint64 waveId, QWidget *parent = nullptr);

    bool isValid() const { return m_errorText.isEmpty(); }
    QString errorText() const { return m_errorText; }
    qint64 waveId() const { return m_waveId; }
    // Shows the kiosk full screen on `screen` (the primary screen when null).
    void showOn(QScreen *screen);
    // How long "Thank you" stays before the intro returns (the Next person button returns at once).
    void setThanksDuration(int milliseconds);
    static constexpr int DefaultThanksMilliseconds = 6000;

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    QWidget *makeIntroPage(const SurveyWaveRow &wave);
    QWidget *makeThanksPage();
    void newRespondent();
    void start();
    void submit();
    void showIntro();
    void askToEnd();
    void askToDiscard();

    SurveyRepository &m_surveys;
    qint64 m_waveId;
    Instrument m_instrument;
    int m_commentK = 0;
    QString m_errorText;
    QStackedWidget *m_pages = nullptr;
    QWidget *m_intro = nullptr;
    QWidget *m_thanks = nullptr;
    QPushButton *m_start = nullptr;
    QPushButton *m_nextPerson = nullptr;
    QPointer<KioskRespondent> m_respondent;
    QTimer m_thanksTimer;
    bool m_submitting = false;
    bool m_endConfirmed = false;
};

} // namespace candor
