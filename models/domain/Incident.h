#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QMetaType>
#include <QString>

namespace candor {

// Severity from most (SEV1) to least (SEV4) severe; stored as its number.
enum class Severity { Sev1 = 1, Sev2 = 2, Sev3 = 3, Sev4 = 4 };
enum class IncidentStatus { Open = 0, Mitigated = 1, Resolved = 2 };

struct Incident
{
    qint64 id = 0;
    qint64 teamId = 0;
    QString title;
    Severity severity = Severity::Sev3;
    IncidentStatus status = IncidentStatus::Open;
    QString service;
    QDateTime started;   // always set
    QDateTime detected;  // invalid when not known yet
    QDateTime mitigated; // invalid when not mitigated yet
    QDateTime resolved;  // invalid when not resolved yet
    QString summary;
    QString customerImpact;
    // The row_version this was read at (optimistic concurrency); 0: not read, so a write is unconditional. Not part
    // of ==, which compares content.
    qint64 rowVersion = 0;

    friend bool operator==(const Incident &a, const Incident &b)
    {
        return a.id == b.id && a.teamId == b.teamId && a.title == b.title && a.severity == b.severity &&
               a.status == b.status && a.service == b.service && a.started == b.started && a.detected == b.detected &&
               a.mitigated == b.mitigated && a.resolved == b.resolved && a.summary == b.summary &&
               a.customerImpact == b.customerImpact;
    }
    friend bool operator!=(const Incident &a, const Incident &b) { return !(a == b); }
};

// Display names; the code (SEV1...) is the same in every language, the status is translated.
class IncidentText
{
    Q_DECLARE_TR_FUNCTIONS(IncidentText)
public:
    static QString severityCode(Severity severity);
    static QString severityDescription(Severity severity);
    static QString statusName(IncidentStatus status);
    static QString statusKey(IncidentStatus status); // stable, untranslated: open, mitigated, resolved
    static bool parseSeverity(const QString &text, Severity *severity);
    static bool parseStatus(const QString &text, IncidentStatus *status);
};

} // namespace candor

Q_DECLARE_METATYPE(candor::Incident)
