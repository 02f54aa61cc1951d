#pragma once

#include "common/EditDialog.h"
#include "domain/Incident.h"

#include <functional>

class QComboBox;
class QDateTimeEdit;
class QLineEdit;

namespace candor {

class LimitedTextEdit;

class OptionalDateTimeEdit;
class TeamComboBox;
class TeamTreeModel;

// Creates or edits an incident. Times are edited in local time and stored in UTC.
class IncidentDialog : public EditDialog
{
    Q_OBJECT
public:
    using Saver = std::function<Status(const Incident &)>;
    IncidentDialog(const TeamTreeModel &teams, const Incident &incident, Saver saver, QWidget *parent = nullptr);

    Incident incident() const;

protected:
    FieldErrors validate() const override;
    Status save() override;

private:
    Incident m_incident;
    Saver m_saver;
    QLineEdit *m_title;
    TeamComboBox *m_team;
    QComboBox *m_severity;
    QComboBox *m_status;
    QLineEdit *m_service;
    QDateTimeEdit *m_started;
    OptionalDateTimeEdit *m_detected;
    OptionalDateTimeEdit *m_mitigated;
    OptionalDateTimeEdit *m_resolved;
    LimitedTextEdit *m_summary;
    LimitedTextEdit *m_impact;
};

} // namespace candor
