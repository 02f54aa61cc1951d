#pragma once

#include "common/EditDialog.h"
#include "domain/Survey.h"

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace candor {

class SurveyRepository;
class TeamComboBox;
class TeamTreeModel;

// Starts a survey wave for a team: the instrument (its newest version is frozen with the wave), a title, the days it
// is open, how many people were invited, and the anonymity threshold k and the comment threshold, which are frozen
// too and shown to every respondent. Creation errors from the repository stay in the dialog.
class WaveDialog : public EditDialog
{
    Q_OBJECT
public:
    WaveDialog(SurveyRepository &surveys, const TeamTreeModel &teams, qint64 teamId, const QDate &today,
               QWidget *parent = nullptr);

    SurveyWave wave() const;
    QString instrumentKey() const;
    // The new wave's id once OK succeeded; 0 before.
    qint64 createdId() const { return m_createdId; }

protected:
    FieldErrors validate() const override;
    Status save() override;

private:
    void fillInstruments();
    void showDescription();

    SurveyRepository &m_surveys;
    TeamComboBox *m_team;
    QComboBox *m_instrument;
    QLabel *m_description;
    QLineEdit *m_title;
    QDateEdit *m_opens;
    QCheckBox *m_hasClose;
    QDateEdit *m_closes;
    QSpinBox *m_invited;
    QSpinBox *m_k;
    QSpinBox *m_commentK;
    bool m_commentKChosen = false;
    qint64 m_createdId = 0;
};

} // namespace candor
