#include "PostmortemReport.h"

#include "metrics/IncidentMetrics.h"
#include "storage/IncidentRepository.h"
#include "storage/TeamRepository.h"

#include <QLocale>
#include <QRegularExpression>

namespace candor {

QDateTime PostmortemContent::eventTime(qint64 eventId) const
{
    for (const TimelineEvent &e : events) {
        if (e.id == eventId)
            return e.time;
    }
    return {};
}

QString PostmortemContent::factorText(qint64 factorId) const
{
    for (const ContributingFactor &f : factors) {
        if (f.id == factorId)
            return f.text;
    }
    return {};
}

namespace {

QString humanTime(const QDateTime &time)
{
    return time.isValid() ? QLocale().toString(time.toLocalTime(), QLocale::ShortFormat) : QString();
}

QString humanDate(const QDate &date)
{
    return QLocale().toString(date, QLocale::ShortFormat);
}

ReportText compose(const QString &pattern, const QList<ReportText> &args)
{
    return ReportText::compose(pattern, args);
}

ReportField field(const QString &label, const ReportText &value)
{
    return ReportField{ReportText(label), value};
}

} // namespace

Result<PostmortemContent> PostmortemReport::read(IncidentRepository &incidents, PostmortemRepository &postmortems,
                                                 TeamRepository &teams, qint64 incidentId, Problem *problem)
{
    const auto failed = [problem](Problem p, const QString &message) {
        if (problem)
            *problem = p;
        return Result<PostmortemContent>::failure(message);
    };
    if (problem)
        *problem = Problem::None;
    PostmortemContent c;
    const Result<Incident> incident = incidents.incident(incidentId);
    if (!incident)
        return failed(Problem::NoIncident, incident.error());
    c.incident = *incident;
    const std::optional<qint64> sessionId = postmortems.sessionForIncident(incidentId);
    if (!sessionId) {
        return failed(Problem::NoPostmortem,
                      tr("Incident %1 has no postmortem yet, so there is no report. Start one in Candor: select the "
                         "incident and choose Postmortem > Start postmortem.")
                          .arg(incidentId));
    }
    const Result<Session> session = postmortems.session(*sessionId);
    if (!session)
        return failed(Problem::Unreadable, session.error());
    c.session = *session;
    for (const Team &t : teams.teams())
        c.teamNames.insert(t.id, t.name);
    c.teamName = c.teamNames.value(c.session.teamId);
    c.participants = postmortems.participants(*sessionId);
    c.log = postmortems.phaseLog(*sessionId);
    c.events = postmortems.events(*sessionId);
    c.factors = postmortems.factors(*sessionId);
    c.learnings = postmortems.learnings(*sessionId);
    c.actions = postmortems.actions(*sessionId);
    c.closing = postmortems.tally(*sessionId, CheckKind::Closing);
    return c;
}

Result<ReportDocument> PostmortemReport::create(IncidentRepository &incidents, PostmortemRepository &postmortems,
                                                TeamRepository &teams, qint64 incidentId, Problem *problem)
{
    const Result<PostmortemContent> content = read(incidents, postmortems, teams, incidentId, problem);
    if (!content)
        return Result<ReportDocument>::failure(content.error());
    return build(*content, QDate::currentDate());
}

PhaseState PostmortemReport::phaseState(const Session &session, Phase phase)
{
    const PhaseRecord &r = session.record(phase);
    if (r.agreed.isValid())
        return PhaseState::Agreed;
    if (!r.skipReason.isEmpty())
        return PhaseState::Skipped;
    if (session.phase == phase)
        return PhaseState::Current;
    return PhaseState::NotReached;
}

QList<Phase> PostmortemReport::recordedPhases()
{
    return {Phase::Opening, Phase::Timeline, Phase::Factors, Phase::Actions, Phase::Closing};
}

QList<ContributingFactor> PostmortemReport::byCategory(const QList<ContributingFactor> &factors)
{
    QList<ContributingFactor> sorted;
    for (FactorCategory category : PostmortemText::categories()) {
        for (const ContributingFactor &f : factors) {
            if (f.category == category)
                sorted.append(f);
        }
    }
    return sorted;
}

QString PostmortemReport::fileBaseName(const Incident &incident)
{
    // Letters and digits of any script; everything else becomes one hyphen.
    QString slug = incident.title.toLower();
    slug.replace(QRegularExpression(QStringLiteral("[^\\p{L}\\p{N}]+")), QStringLiteral("-"));
    slug = slug.left(60);
    while (slug.startsWith(QLatin1Char('-')))
        slug.remove(0, 1);
    while (slug.endsWith(QLatin1Char('-')))
        slug.chop(1);
    const QString base = QStringLiteral("postmortem-%1").arg(incident.id);
    return slug.isEmpty() ? base : base + QLatin1Char('-') + slug;
}

ReportDocument PostmortemReport::build(const PostmortemContent &c, const QDate &today)
{
    const QLocale locale;
    const Session &s = c.session;
    const Incident &incident = c.incident;
    ReportDocument doc(tr("Postmortem: %1").arg(incident.title));
    doc.setSubject(tr("Blameless postmortem of incident %1").arg(locale.toString(incident.id)));

    // ---- Who, what, when
    QList<ReportField> header;
    header.append(
        field(tr("Incident"), compose(tr("%1 (%2, %3)", "incident id (severity, status)"),
                                      {locale.toString(incident.id), IncidentText::severityCode(incident.severity),
                                       IncidentText::statusName(incident.status)})));
    if (!incident.service.isEmpty())
        header.append(field(tr("Service"), incident.service));
    header.append(field(tr("Team"), c.teamName));
    ReportText facilitator = s.facilitator.trimmed().isEmpty() ? ReportText(tr("not named yet")) : s.facilitator;
    if (s.facilitatorConflictAccepted)
        facilitator = compose(tr("%1 (the group kept this facilitator after the conflict warning)"), {facilitator});
    header.append(field(tr("Facilitator"), facilitator));
    header.append(field(tr("Session started"), humanTime(s.created)));
    header.append(field(tr("Phase"), PostmortemText::phaseName(s.phase, s.kind)));
    header.append(field(tr("Times"), tr("local time (%1)").arg(QDateTime::currentDateTime().timeZoneAbbreviation())));
    doc.addFields(header);

    doc.addHeading(2, tr("Summary"));
    if (s.summary.trimmed().isEmpty())
        doc.addParagraph(tr("No summary yet."));
    else
        doc.addParagraphs(s.summary);

    if (!incident.summary.trimmed().isEmpty()) {
        doc.addHeading(2, tr("Incident summary"));
        doc.addParagraphs(incident.summary);
    }

    doc.addHeading(2, tr("Customer impact"));
    if (incident.customerImpact.trimmed().isEmpty())
        doc.addParagraph(tr("No customer impact was recorded for this incident."));
    else
        doc.addParagraphs(incident.customerImpact);

    // ---- Incident metrics: how long it took from the start to each milestone.
    doc.addHeading(2, tr("Incident metrics"));
    const auto milestone = [&](const QString &label, const std::optional<qint64> &seconds, const QString &at,
                               const QDateTime &time, const QString &notYet) {
        if (!time.isValid())
            return field(label, notYet);
        if (!seconds)
            return field(label, compose(at, {humanTime(time)}));
        return field(label, compose(tr("%1 (%2)", "duration (when)"),
                                    {IncidentMetrics::formatDuration(*seconds), compose(at, {humanTime(time)})}));
    };
    doc.addFields({field(tr("Started"), humanTime(incident.started)),
                   milestone(tr("Time to detect"), IncidentMetrics::timeToDetect(incident), tr("detected %1"),
                             incident.detected, tr("not detected yet")),
                   milestone(tr("Time to mitigate"), IncidentMetrics::timeToMitigate(incident), tr("mitigated %1"),
                             incident.mitigated, tr("not mitigated yet")),
                   milestone(tr("Time to resolve"), IncidentMetrics::timeToResolve(incident), tr("resolved %1"),
                             incident.resolved, tr("not resolved yet"))});

    doc.addHeading(2, tr("Participants"));
    if (c.participants.isEmpty())
        doc.addParagraph(tr("Nobody has been added yet."));
    QList<ReportListItem> people;
    for (const Participant &p : c.participants) {
        people.append({p.role.trimmed().isEmpty() ? ReportText(p.name)
                                                  : compose(tr("%1 (%2)", "participant (role)"), {p.name, p.role}),
                       {}});
    }
    if (!people.isEmpty())
        doc.addList(people);

    // ---- The timeline, and when the group agreed it.
    doc.addHeading(2, PostmortemText::phaseName(Phase::Timeline, s.kind));
    const PhaseRecord &timeline = s.record(Phase::Timeline);
    switch (phaseState(s, Phase::Timeline)) {
    case PhaseState::Agreed:
        doc.addParagraph(timeline.agreedBy.isEmpty()
                             ? compose(tr("The group agreed this timeline on %1."), {humanTime(timeline.agreed)})
                             : compose(tr("The group agreed this timeline on %1 (confirmed by %2)."),
                                       {humanTime(timeline.agreed), timeline.agreedBy}));
        break;
    case PhaseState::Skipped:
        doc.addParagraph(
            compose(tr("The group moved on without agreeing this timeline. Reason: %1"), {timeline.skipReason}));
        break;
    case PhaseState::Current:
        doc.addParagraph(tr("The group is still writing this timeline; it has not been agreed yet."));
        break;
    case PhaseState::NotReached:
        doc.addParagraph(tr("The timeline has not been started yet."));
        break;
    }
    if (c.events.isEmpty()) {
        doc.addParagraph(tr("No events yet."));
    } else {
        ReportTable events;
        events.headers = QStringList{tr("Time"), tr("Kind"), tr("What happened")};
        events.columnPercents = {21, 18, 61};
        events.listPattern = tr("%1 (%2): %3", "time (event kind): text");
        for (const TimelineEvent &e : c.events)
            events.rows.append({humanTime(e.time), PostmortemText::eventKindName(e.kind), e.text});
        doc.addTable(events);
    }

    // ---- Contributing factors by category, each with the events it explains.
    doc.addHeading(2, PostmortemText::phaseName(Phase::Factors, s.kind));
    if (c.factors.isEmpty())
        doc.addParagraph(tr("No contributing factors yet."));
    for (FactorCategory category : PostmortemText::categories()) {
        QList<ReportListItem> items;
        for (const ContributingFactor &f : c.factors) {
            if (f.category != category)
                continue;
            QStringList times;
            for (qint64 id : f.eventIds) {
                if (const QDateTime time = c.eventTime(id); time.isValid())
                    times.append(humanTime(time));
            }
            const ReportText explains =
                times.isEmpty() ? ReportText(tr("Not linked to a timeline event."))
                                : compose(tr("Explains the events at %1"), {times.join(QStringLiteral("; "))});
            items.append({f.text, {{explains, {}}}});
        }
        if (items.isEmpty())
            continue;
        doc.addHeading(3, PostmortemText::categoryName(category));
        doc.addList(items);
    }

    // ---- What went well, where we got lucky, what we learned, open questions.
    doc.addHeading(2, tr("Learnings"));
    for (LearningKind kind : PostmortemText::learningKinds()) {
        doc.addHeading(3, PostmortemText::learningName(kind));
        QList<ReportListItem> items;
        for (const Learning &l : c.learnings) {
            if (l.kind == kind)
                items.append({l.text, {}});
        }
        if (items.isEmpty())
            doc.addParagraph(tr("None recorded."));
        else
            doc.addList(items);
    }

    // ---- Action items: what, who, when, where it stands, and the factor it addresses.
    doc.addHeading(2, tr("Action items"));
    if (c.actions.isEmpty()) {
        doc.addParagraph(tr("No action items yet."));
    } else {
        ReportTable actions;
        actions.headers = QStringList{tr("Action"), tr("Owner"), tr("Due"), tr("Status"), tr("Addresses")};
        actions.columnPercents = {36, 15, 13, 13, 23};
        for (const ActionItem &a : c.actions) {
            const ReportText what =
                ReportText::strong(tr("%1:", "action kind before its text").arg(PostmortemText::actionKindName(a.kind)))
                    .append(ReportText(QStringLiteral(" ")))
                    .append(ReportText(a.text));
            const QString team = c.teamNames.value(a.ownerTeamId);
            const ReportText owner = a.ownerPerson.trimmed().isEmpty()
                                         ? ReportText(team)
                                         : compose(tr("%1, %2", "owner team, person"), {team, a.ownerPerson});
            ReportText due(tr("no date"));
            if (a.due.isValid())
                due = a.isOverdue(today) ? compose(tr("%1 (overdue)"), {humanDate(a.due)}) : humanDate(a.due);
            const ReportText status =
                a.status == ActionStatus::Done && a.done.isValid()
                    ? compose(tr("%1 on %2", "status on date"),
                              {PostmortemText::actionStatusName(a.status), humanDate(a.done.toLocalTime().date())})
                    : ReportText(PostmortemText::actionStatusName(a.status));
            const QString factor = c.factorText(a.factorId);
            actions.rows.append(
                {what, owner, due, status, factor.isEmpty() ? ReportText(tr("no particular factor")) : factor});
        }
        doc.addTable(actions);
    }

    // ---- The record: each phase and how it closed, and the log of every decision.
    doc.addHeading(2, tr("Phases"));
    QList<ReportField> phases;
    for (Phase phase : recordedPhases()) {
        const PhaseRecord &record = s.record(phase);
        ReportText state;
        switch (phaseState(s, phase)) {
        case PhaseState::Agreed:
            state = record.agreedBy.isEmpty()
                        ? compose(tr("agreed %1"), {humanTime(record.agreed)})
                        : compose(tr("agreed %1, confirmed by %2"), {humanTime(record.agreed), record.agreedBy});
            break;
        case PhaseState::Skipped:
            state = compose(tr("skipped: %1"), {record.skipReason});
            break;
        case PhaseState::Current:
            state = compose(tr("in progress since %1"), {humanTime(record.started)});
            break;
        case PhaseState::NotReached:
            state = ReportText(tr("not reached"));
            break;
        }
        phases.append(field(PostmortemText::phaseName(phase, s.kind), state));
    }
    doc.addFields(phases);

    doc.addHeading(2, tr("Phase log"));
    if (c.log.isEmpty())
        doc.addParagraph(tr("No phase has been closed yet."));
    QList<ReportListItem> log;
    for (const PhaseLogEntry &e : c.log) {
        const ReportText when(humanTime(e.at));
        const ReportText phase(PostmortemText::phaseName(e.phase, s.kind));
        switch (e.what) {
        case PhaseLogEntry::Agreed:
            log.append({e.who.isEmpty() ? compose(tr("%1: %2 agreed"), {when, phase})
                                        : compose(tr("%1: %2 agreed, confirmed by %3"), {when, phase, e.who}),
                        {}});
            break;
        case PhaseLogEntry::Skipped:
            log.append({compose(tr("%1: %2 skipped. Reason: %3"), {when, phase, e.reason}), {}});
            break;
        case PhaseLogEntry::Reopened:
            log.append({e.who.isEmpty() ? compose(tr("%1: %2 reopened"), {when, phase})
                                        : compose(tr("%1: %2 reopened by %3"), {when, phase, e.who}),
                        {}});
            break;
        }
    }
    if (!log.isEmpty())
        doc.addList(log);

    // ---- The anonymous closing check: an average from enough answers, never the counts.
    doc.addHeading(2, tr("Closing check"));
    if (static_cast<int>(s.phase) < static_cast<int>(Phase::Closing))
        doc.addParagraph(tr("The closing check comes at the end of the session."));
    else if (!c.closing.canShow())
        doc.addParagraph(tr("Fewer than %1 people answered, so the result is not shown.")
                             .arg(locale.toString(CheckTally::MinimumAnswers)));
    else
        doc.addParagraph(tr("Answers: %1. Average: %2 out of 5.")
                             .arg(locale.toString(c.closing.total()), locale.toString(c.closing.mean(), 'f', 1)));
    return doc;
}

} // namespace candor
