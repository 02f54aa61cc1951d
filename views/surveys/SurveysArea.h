#pragma once

#include <QHash>
#include <QPointer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QScreen;
class QSortFilterProxyModel;
class QSplitter;
class QTableView;

namespace candor {

class KioskWindow;
class SurveyRepository;
class SurveyWaveModel;
class TeamComboBox;
class TeamTreeModel;
class WaveDetails;

// The Surveys area: survey waves per team, run in kiosk mode or filled from a form tool's CSV export, and the
// custom instruments. Every figure it shows comes through SurveyFigures (the anonymity policy).
class SurveysArea : public QWidget
{
    Q_OBJECT
public:
    SurveysArea(SurveyRepository &surveys, TeamTreeModel &teams, QWidget *parent = nullptr);
    ~SurveysArea() override;

    QTableView *view() const { return m_view; }
    SurveyWaveModel &model() const { return *m_model; }
    qint64 selectedWaveId() const;
    // The open kiosk of a wave, or null.
    KioskWindow *kioskOf(qint64 waveId) const;

public slots:
    // Opens the dialog for a new wave; once created, the wave is selected.
    void newWave();
    // Runs the selected wave full screen on the chosen screen, one respondent at a time.
    void runKiosk();
    // Imports the selected wave's answers from a form tool's CSV export.
    void importCsv();
    // The instruments: built-in ones to read, custom ones to make and change.
    void editInstruments();
    // Deletes the selected wave with its answers and comments, after asking.
    void deleteWave();

private:
    void applyFilter();
    void updateState();
    void select(qint64 waveId);
    void fillScreens();
    QScreen *kioskScreen() const;

    SurveyRepository &m_surveys;
    TeamTreeModel &m_teams;
    SurveyWaveModel *m_model;
    QSortFilterProxyModel *m_proxy;
    TeamComboBox *m_team;
    QCheckBox *m_subTeams;
    QTableView *m_view;
    QLabel *m_emptyHint;
    WaveDetails *m_details;
    QSplitter *m_splitter;
    QComboBox *m_screen;
    QLabel *m_screenLabel;
    QPushButton *m_kiosk;
    QPushButton *m_import;
    QPushButton *m_delete;
    qint64 m_pendingSelection = 0; // a wave to select once the list read in the background is in
    QHash<qint64, QPointer<KioskWindow>> m_kiosks;
};

} // namespace candor
