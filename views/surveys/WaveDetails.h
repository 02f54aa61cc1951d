#pragma once

#include <QWidget>

class QGroupBox;
class QLabel;
class QListWidget;
class QTableWidget;

namespace candor {

class SurveyRepository;

// What may be said about one survey wave: its facts (team, instrument, days, thresholds) always; its figures only
// when SurveyFigures shows the wave (respondents, mean with its 95% interval, item means, the distribution, the
// response rate when the policy allows it, Cronbach's alpha when there are enough answers); its comments only from
// the comment threshold. A withheld wave says so and shows nothing else.
class WaveDetails : public QWidget
{
    Q_OBJECT
public:
    explicit WaveDetails(SurveyRepository &surveys, QWidget *parent = nullptr);

    // 0: no wave. A wave whose kiosk is collecting shows no figures until the kiosk session ends.
    void showWave(qint64 waveId, bool collecting);
    qint64 waveId() const { return m_waveId; }

public slots:
    void refresh();

private:
    void clearFigures();

    SurveyRepository &m_surveys;
    qint64 m_waveId = 0;
    bool m_collecting = false;
    QLabel *m_placeholder;
    QWidget *m_content;
    QLabel *m_title;
    QLabel *m_team;
    QLabel *m_instrument;
    QLabel *m_dates;
    QLabel *m_invited;
    QLabel *m_thresholds;
    QGroupBox *m_figures;
    QLabel *m_note;
    QWidget *m_numbers;
    QLabel *m_respondents;
    QLabel *m_mean;
    QLabel *m_distribution;
    QLabel *m_responseRateLabel;
    QLabel *m_responseRate;
    QLabel *m_alphaLabel;
    QLabel *m_alpha;
    QTableWidget *m_items;
    QGroupBox *m_commentsBox;
    QLabel *m_commentsNote;
    QListWidget *m_comments;
};

} // namespace candor
