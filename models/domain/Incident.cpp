#include "Incident.h"

namespace candor {

QString IncidentText::severityCode(Severity severity)
{
    return QStringLiteral("SEV%1").arg(static_cast<int>(severity));
}

QString IncidentText::severityDescription(Severity severity)
{
    switch (severity) {
    case Severity::Sev1:
        return tr("SEV1: critical, customers broadly affected");
    case Severity::Sev2:
        return tr("SEV2: major, a key function degraded");
    case Severity::Sev3:
        return tr("SEV3: minor, limited impact");
    case Severity::Sev4:
        return tr("SEV4: low, no customer impact");
    }
    return {};
}

QString IncidentText::statusName(IncidentStatus status)
{
    switch (status) {
    case IncidentStatus::Open:
        return tr("Open", "incident status");
    case IncidentStatus::Mitigated:
        return tr("Mitigated", "incident status");
    case IncidentStatus::Resolved:
        return tr("Resolved", "incident status");
    }
    return {};
}

QString IncidentText::statusKey(IncidentStatus status)
{
    switch (status) {
    case IncidentStatus::Open:
        return QStringLiteral("open");
    case IncidentStatus::Mitigated:
        return QStringLiteral("mitigated");
    case IncidentStatus::Resolved:
        return QStringLiteral("resolved");
    }
    return {};
}

bool IncidentText::parseSeverity(const QString &text, Severity *severity)
{
    const QString t = text.trimmed().toUpper();
    for (int n = 1; n <= 4; ++n) {
        if (t == QStringLiteral("SEV%1").arg(n) || t == QString::number(n)) {
            *severity = static_cast<Severity>(n);
            return true;
        }
    }
    return false;
}

bool IncidentText::parseStatus(const QString &text, IncidentStatus *status)
{
    const QString t = text.trimmed().toLower();
    for (auto s : {IncidentStatus::Open, IncidentStatus::Mitigated, IncidentStatus::Resolved}) {
        if (t == statusKey(s)) {
            *status = s;
            return true;
        }
    }
    return false;
}

} // namespace candor
