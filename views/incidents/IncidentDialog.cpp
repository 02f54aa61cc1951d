#include "IncidentDialog.h"
#include "common/TextLimits.h"

#include "common/OptionalDateTimeEdit.h"
#include "common/TeamComboBox.h"
#include "item/TeamTreeModel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QFormLayout>
#include <QLineEdit>
#include <QLocale>

namespace candor {

IncidentDialog::IncidentDialog(const TeamTreeModel &teams, const Incident &incident, Saver saver, QWidget *parent)
    : EditDialog(parent)
    , m_incident(incident)
    , m_saver(std::move(saver))
    , m_title(new QLineEdit(incident.title, this))
    , m_team(new TeamComboBox(this))
    , m_severity(new QComboBox(this))
    , m_status(new QComboBox(this))
    , m_service(new QLineEdit(incident.service, this))
    , m_started(new QDateTimeEdit(this))
    , m_detected(new OptionalDateTimeEdit(tr("Known"), this))
    , m_mitigated(new OptionalDateTimeEdit(tr("Known"), this))
    , m_resolved(new OptionalDateTimeEdit(tr("Known"), this))
    , m_summary(new LimitedTextEdit(incident.summary, this))
    , m_impact(new LimitedTextEdit(incident.customerImpact, this))
{
    setWindowTitle(incident.id == 0 ? tr("New incident") : tr("Edit incident"));
    m_title->setObjectName(QStringLiteral("incidentTitleEdit"));
    m_title->setMaxLength(Limits::NameLength);
    m_title->setPlaceholderText(tr("What customers or colleagues noticed, in a few words"));
    m_team->setObjectName(QStringLiteral("incidentTeamCombo"));
    m_team->populate(teams);
    m_team->setCurrentTeamId(incident.teamId);
    m_severity->setObjectName(QStringLiteral("incidentSeverityCombo"));
    for (Severity s : {Severity::Sev1, Severity::Sev2, Severity::Sev3, Severity::Sev4})
        m_severity->addItem(IncidentText::severityDescription(s), static_cast<int>(s));
    m_severity->setCurrentIndex(m_severity->findData(static_cast<int>(incident.severity)));
    m_status->setObjectName(QStringLiteral("incidentStatusCombo"));
    for (IncidentStatus s : {IncidentStatus::Open, IncidentStatus::Mitigated, IncidentStatus::Resolved})
        m_status->addItem(IncidentText::statusName(s), static_cast<int>(s));
    m_status->setCurrentIndex(m_status->findData(static_cast<int>(incident.status)));
    m_service->setObjectName(QStringLiteral("incidentServiceEdit"));
    m_service->setPlaceholderText(tr("For example: checkout-api"));

    const QDateTime started = incident.started.isValid() ? incident.started : QDateTime::currentDateTime();
    m_started->setObjectName(QStringLiteral("incidentStartedEdit"));
    m_started->setCalendarPopup(true);
    m_started->setDisplayFormat(QLocale().dateTimeFormat(QLocale::ShortFormat));
    m_started->setDateTime(started.toLocalTime());
    m_detected->setObjectName(QStringLiteral("incidentDetectedEdit"));
    m_detected->setDateTime(incident.detected, started);
    m_detected->setFieldName(tr("Detected"));
    m_mitigated->setObjectName(QStringLiteral("incidentMitigatedEdit"));
    m_mitigated->setDateTime(incident.mitigated, started);
    m_mitigated->setFieldName(tr("Mitigated"));
    m_resolved->setObjectName(QStringLiteral("incidentResolvedEdit"));
    m_resolved->setDateTime(incident.resolved, started);
    m_resolved->setFieldName(tr("Resolved"));
    // Setting a later phase's time moves the status along; the person can still change it.
    connect(m_mitigated->checkBox(), &QCheckBox::toggled, this, [this](bool on) {
        if (on && m_status->currentData().toInt() == static_cast<int>(IncidentStatus::Open))
            m_status->setCurrentIndex(m_status->findData(static_cast<int>(IncidentStatus::Mitigated)));
    });
    connect(m_resolved->checkBox(), &QCheckBox::toggled, this, [this](bool on) {
        if (on)
            m_status->setCurrentIndex(m_status->findData(static_cast<int>(IncidentStatus::Resolved)));
    });

    m_summary->setObjectName(QStringLiteral("incidentSummaryEdit"));
    m_summary->setTabChangesFocus(true);
    m_summary->setPlaceholderText(
        tr("What happened, in a few sentences. Describe the situation, not who is to blame."));
    m_impact->setObjectName(QStringLiteral("incidentImpactEdit"));
    m_impact->setTabChangesFocus(true);
    m_impact->setMaximumHeight(90);

    addField(QStringLiteral("title"), tr("&Title:"), m_title);
    addField(QStringLiteral("team"), tr("T&eam:"), m_team);
    addField(QStringLiteral("severity"), tr("Se&verity:"), m_severity);
    addField(QStringLiteral("status"), tr("St&atus:"), m_status);
    addField(QStringLiteral("service"), tr("Serv&ice:"), m_service);
    addField(QStringLiteral("started"), tr("&Started:"), m_started);
    addField(QStringLiteral("detected"), tr("&Detected:"), m_detected);
    addField(QStringLiteral("mitigated"), tr("&Mitigated:"), m_mitigated);
    addField(QStringLiteral("resolved"), tr("&Resolved:"), m_resolved);
    addField(QStringLiteral("summary"), tr("S&ummary:"), m_summary);
    addField(QStringLiteral("customerImpact"), tr("&Customer impact:"), m_impact);
    setMinimumWidth(620);
}

Incident IncidentDialog::incident() const
{
    Incident i = m_incident;
    i.title = m_title->text().trimmed();
    i.teamId = m_team->currentTeamId();
    i.severity = static_cast<Severity>(m_severity->currentData().toInt());
    i.status = static_cast<IncidentStatus>(m_status->currentData().toInt());
    i.service = m_service->text().trimmed();
    // Whole seconds, as stored, so an unchanged dialog compares equal to what it was given.
    auto seconds = [](const QDateTime &t) {
        return t.isValid() ? QDateTime::fromSecsSinceEpoch(t.toSecsSinceEpoch(), Qt::UTC) : QDateTime();
    };
    i.started = seconds(m_started->dateTime());
    i.detected = seconds(m_detected->dateTime());
    i.mitigated = seconds(m_mitigated->dateTime());
    i.resolved = seconds(m_resolved->dateTime());
    i.summary = m_summary->toPlainText();
    i.customerImpact = m_impact->toPlainText();
    return i;
}

FieldErrors IncidentDialog::validate() const
{
    return Validation::incident(incident());
}

Status IncidentDialog::save()
{
    return m_saver(incident());
}

} // namespace candor
