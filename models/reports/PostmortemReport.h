#pragma once

#include "ReportDocument.h"
#include "domain/Incident.h"
#include "domain/Postmortem.h"
#include "domain/Result.h"
#include "storage/PostmortemRepository.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>

namespace candor {

class IncidentRepository;
class TeamRepository;

// Everything an incident's postmortem report shows, read once through the repositories.
struct PostmortemContent
{
    Incident incident;
    Session session;
    QString teamName;
    QList<Participant> participants;
    QList<PhaseLogEntry> log;
    QList<TimelineEvent> events; // in time order
    QList<ContributingFactor> factors;
    QList<Learning> learnings;
    QList<ActionItem> actions;
    QHash<qint64, QString> teamNames; // every team, for the action items' owners
    CheckTally closing;

    QDateTime eventTime(qint64 eventId) const;
    QString factorText(qint64 factorId) const;
};

// Where a phase stands in the record.
enum class PhaseState { Agreed, Skipped, Current, NotReached };

// The postmortem report of one incident: read, then built once as a ReportDocument that renders as Markdown,
// HTML, PDF and on the printer. `candor-cli postmortem show`, `candor-cli report` and the views all use it.
class PostmortemReport
{
    Q_DECLARE_TR_FUNCTIONS(PostmortemReport)
public:
    enum class Problem { None, NoIncident, NoPostmortem, Unreadable };

    // Reads the incident, its postmortem and everything said in it. Fails when the incident does not exist or has
    // no postmortem yet (the message says how to start one); *problem says which.
    static Result<PostmortemContent> read(IncidentRepository &incidents, PostmortemRepository &postmortems,
                                          TeamRepository &teams, qint64 incidentId, Problem *problem = nullptr);
    // The report: title, summary, customer impact, incident metrics, participants, the agreed timeline,
    // contributing factors by category, learnings, action items, phases, phase log and closing check. Times are
    // local and formatted with the default QLocale; `today` decides which action items are overdue.
    static ReportDocument build(const PostmortemContent &content, const QDate &today);
    // read() then build() with today's date.
    static Result<ReportDocument> create(IncidentRepository &incidents, PostmortemRepository &postmortems,
                                         TeamRepository &teams, qint64 incidentId, Problem *problem = nullptr);

    static PhaseState phaseState(const Session &session, Phase phase);
    // The phases that keep a record, Opening to Closing.
    static QList<Phase> recordedPhases();
    // Factors in the order of the categories, each category's in the order they were added.
    static QList<ContributingFactor> byCategory(const QList<ContributingFactor> &factors);
    // A file name to suggest: "postmortem-12-checkout-errors-after-deploy" (no extension).
    static QString fileBaseName(const Incident &incident);
};

} // namespace candor
