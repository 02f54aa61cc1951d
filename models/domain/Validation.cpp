#include "Validation.h"

#include <QLocale>
#include <QStringList>

namespace candor {

namespace {

void checkName(FieldErrors &errors, const QString &field, const QString &label, const QString &value)
{
    if (value.trimmed().isEmpty()) {
        errors.append({field, Validation::tr("%1 is empty. Fill it in.").arg(label)});
    } else if (value.size() > Limits::NameLength) {
        errors.append(
            {field, Validation::tr("%1 is too long (%2 characters). Shorten it to at most %3.")
                        .arg(label, QLocale().toString(value.size()), QLocale().toString(Limits::NameLength))});
    }
}

void checkLength(FieldErrors &errors, const QString &field, const QString &label, const QString &value, int max)
{
    if (value.size() > max) {
        errors.append({field, Validation::tr("%1 is too long (%2 characters). Shorten it to at most %3.")
                                  .arg(label, QLocale().toString(value.size()), QLocale().toString(max))});
    }
}

// A time that must not lie before another one (both optional but the reference).
void checkNotBefore(FieldErrors &errors, const QString &field, const QString &label, const QDateTime &value,
                    const QString &referenceLabel, const QDateTime &reference)
{
    if (value.isValid() && reference.isValid() && value < reference) {
        errors.append(
            {field, Validation::tr("%1 is before %2. Correct one of the two times.").arg(label, referenceLabel)});
    }
}

} // namespace

FieldErrors Validation::team(const Team &team)
{
    FieldErrors errors;
    checkName(errors, QStringLiteral("name"), tr("Team name"), team.name);
    checkLength(errors, QStringLiteral("description"), tr("Description"), team.description, Limits::TextLength);
    if (team.id != 0 && team.parentId == team.id)
        errors.append({QStringLiteral("parent"), tr("A team cannot be its own parent. Choose another parent team.")});
    return errors;
}

FieldErrors Validation::member(const Member &member)
{
    FieldErrors errors;
    checkName(errors, QStringLiteral("name"), tr("Member name"), member.name);
    checkLength(errors, QStringLiteral("role"), tr("Role"), member.role, Limits::RoleLength);
    if (member.teamId <= 0)
        errors.append({QStringLiteral("team"), tr("No team is chosen. Choose the member's team.")});
    return errors;
}

FieldErrors Validation::incident(const Incident &incident)
{
    FieldErrors errors;
    checkName(errors, QStringLiteral("title"), tr("Title"), incident.title);
    if (incident.teamId <= 0)
        errors.append({QStringLiteral("team"), tr("No team is chosen. Choose the team that owns the incident.")});
    const int severity = static_cast<int>(incident.severity);
    if (severity < 1 || severity > 4)
        errors.append({QStringLiteral("severity"), tr("Severity must be SEV1, SEV2, SEV3 or SEV4.")});
    checkLength(errors, QStringLiteral("service"), tr("Service"), incident.service, Limits::RoleLength);
    checkLength(errors, QStringLiteral("summary"), tr("Summary"), incident.summary, Limits::TextLength);
    checkLength(errors, QStringLiteral("customerImpact"), tr("Customer impact"), incident.customerImpact,
                Limits::TextLength);

    if (!incident.started.isValid()) {
        errors.append({QStringLiteral("started"), tr("Started time is missing. Enter when the incident began.")});
    } else {
        checkNotBefore(errors, QStringLiteral("detected"), tr("Detected time"), incident.detected, tr("started time"),
                       incident.started);
        checkNotBefore(errors, QStringLiteral("mitigated"), tr("Mitigated time"), incident.mitigated,
                       tr("started time"), incident.started);
        checkNotBefore(errors, QStringLiteral("resolved"), tr("Resolved time"), incident.resolved, tr("started time"),
                       incident.started);
    }
    checkNotBefore(errors, QStringLiteral("resolved"), tr("Resolved time"), incident.resolved, tr("mitigated time"),
                   incident.mitigated);

    if (incident.status == IncidentStatus::Mitigated && !incident.mitigated.isValid()) {
        errors.append({QStringLiteral("mitigated"),
                       tr("Status is Mitigated but the mitigated time is missing. Enter when it was mitigated.")});
    }
    if (incident.status == IncidentStatus::Resolved && !incident.resolved.isValid()) {
        errors.append({QStringLiteral("resolved"),
                       tr("Status is Resolved but the resolved time is missing. Enter when it was resolved.")});
    }
    if (incident.status != IncidentStatus::Resolved && incident.resolved.isValid()) {
        errors.append({QStringLiteral("status"),
                       tr("A resolved time is set but the status is %1. Set the status to Resolved or clear the "
                          "resolved time.")
                           .arg(IncidentText::statusName(incident.status))});
    }
    return errors;
}

QString Validation::summary(const FieldErrors &errors)
{
    QStringList messages;
    for (const FieldError &e : errors)
        messages.append(e.message);
    return messages.join(QLatin1Char(' '));
}

} // namespace candor
