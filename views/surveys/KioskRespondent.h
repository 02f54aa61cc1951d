#pragma once

#include "domain/Survey.h"

#include <QWidget>

#include <vector>

class QButtonGroup;
class QLabel;
class QPushButton;
class QStackedWidget;

namespace candor {

class LimitedTextEdit;

class Banner;

// One respondent's pass through a survey in the kiosk: one question per screen with the scale as large buttons
// (keys 1 to n answer and move on; B, S and W give a health check's trend), Back within this person's answers, and
// a last screen with an optional comment and Submit. It holds this person's answers and nothing else; the kiosk
// destroys it after every respondent and builds a new one, so nothing of one person is left for the next.
class KioskRespondent : public QWidget
{
    Q_OBJECT
public:
    KioskRespondent(const Instrument &instrument, int commentK, QWidget *parent = nullptr);

    // Shows the first question, with nothing answered yet.
    void begin();
    // The answers once every question has one.
    bool isComplete() const;
    SurveyAnswers answers() const;
    int currentQuestion() const { return m_current; } // -1 on the comment screen
    // A failed submit: the message shows above Submit and every answer stays.
    void showError(const QString &message);
    void setSubmitting(bool submitting);

signals:
    void submitRequested();
    void discardRequested();

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void showQuestion(int index);
    void showComment();
    void chooseValue(int value);
    void chooseTrend(int trend);
    void advanceIfAnswered();
    void back();
    void next();
    static void setChecked(QButtonGroup *group, int id);

    Instrument m_instrument;
    std::vector<int> m_values; // 0: not answered
    std::vector<int> m_trends; // NoTrend: not answered
    int m_current = 0;

    QStackedWidget *m_pages;
    QWidget *m_questionPage;
    QLabel *m_progress;
    QLabel *m_statement;
    QButtonGroup *m_scale;
    QButtonGroup *m_trend = nullptr;
    QPushButton *m_back;
    QPushButton *m_next;
    QWidget *m_commentPage;
    LimitedTextEdit *m_comment;
    Banner *m_error;
    QPushButton *m_submit;
};

} // namespace candor
