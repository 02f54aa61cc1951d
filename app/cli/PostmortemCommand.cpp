// postmortem show: the whole record of an incident's postmortem, as Markdown (the postmortem report) or JSON.
#include "Cli.h"

#include "domain/Postmortem.h"
#include "reports/PostmortemReport.h"
#include "storage/IncidentRepository.h"
#include "storage/PostmortemRepository.h"
#include "storage/TeamRepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace candor::cli {

namespace {

QString stateKey(PhaseState state)
{
    switch (state) {
    case PhaseState::Agreed:
        return QStringLiteral("agreed");
    case PhaseState::Skipped:
        return QStringLiteral("skipped");
    case PhaseState::Current:
        return QStringLiteral("current");
    case PhaseState::NotReached:
        return QStringLiteral("not-reached");
    }
    return {};
}

QString logKey(PhaseLogEntry::What what)
{
    switch (what) {
    case PhaseLogEntry::Agreed:
        return QStringLiteral("agreed");
    case PhaseLogEntry::Skipped:
        return QStringLiteral("skipped");
    case PhaseLogEntry::Reopened:
        return QStringLiteral("reopened");
    }
    return {};
}

// ---- JSON -----------------------------------------------------------------------------------------------------

QJsonValue iso(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(time.toUTC().toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QJsonValue iso(const QDate &date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QJsonValue textOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QJsonObject json(const PostmortemContent &r, const QDate &today)
{
    const Session &s = r.session;
    QJsonObject root;
    root.insert(QStringLiteral("session_id"), s.id);
    root.insert(QStringLiteral("title"), r.incident.title);
    root.insert(QStringLiteral("incident"),
                QJsonObject{{QStringLiteral("id"), r.incident.id},
                            {QStringLiteral("title"), r.incident.title},
                            {QStringLiteral("severity"), IncidentText::severityCode(r.incident.severity)},
                            {QStringLiteral("status"), IncidentText::statusKey(r.incident.status)},
                            {QStringLiteral("service"), r.incident.service},
                            {QStringLiteral("started"), iso(r.incident.started)},
                            {QStringLiteral("detected"), iso(r.incident.detected)},
                            {QStringLiteral("mitigated"), iso(r.incident.mitigated)},
                            {QStringLiteral("resolved"), iso(r.incident.resolved)}});
    root.insert(QStringLiteral("team"), r.teamName);
    root.insert(QStringLiteral("facilitator"), textOrNull(s.facilitator.trimmed()));
    root.insert(QStringLiteral("facilitator_conflict_accepted"), s.facilitatorConflictAccepted);
    root.insert(QStringLiteral("created"), iso(s.created));
    root.insert(QStringLiteral("phase"), PostmortemText::phaseKey(s.phase));
    root.insert(QStringLiteral("summary"), s.summary);

    QJsonArray participants;
    for (const Participant &p : r.participants)
        participants.append(QJsonObject{{QStringLiteral("name"), p.name}, {QStringLiteral("role"), p.role}});
    root.insert(QStringLiteral("participants"), participants);

    QJsonArray phases;
    for (Phase phase : PostmortemReport::recordedPhases()) {
        const PhaseRecord &record = s.record(phase);
        phases.append(QJsonObject{{QStringLiteral("phase"), PostmortemText::phaseKey(phase)},
                                  {QStringLiteral("state"), stateKey(PostmortemReport::phaseState(s, phase))},
                                  {QStringLiteral("started"), iso(record.started)},
                                  {QStringLiteral("agreed"), iso(record.agreed)},
                                  {QStringLiteral("agreed_by"), textOrNull(record.agreedBy)},
                                  {QStringLiteral("skip_reason"), textOrNull(record.skipReason)}});
    }
    root.insert(QStringLiteral("phases"), phases);

    QJsonArray log;
    for (const PhaseLogEntry &e : r.log) {
        log.append(QJsonObject{{QStringLiteral("at"), iso(e.at)},
                               {QStringLiteral("phase"), PostmortemText::phaseKey(e.phase)},
                               {QStringLiteral("what"), logKey(e.what)},
                               {QStringLiteral("who"), textOrNull(e.who)},
                               {QStringLiteral("reason"), textOrNull(e.reason)}});
    }
    root.insert(QStringLiteral("phase_log"), log);

    QJsonArray timeline;
    for (const TimelineEvent &e : r.events) {
        timeline.append(QJsonObject{{QStringLiteral("id"), e.id},
                                    {QStringLiteral("time"), iso(e.time)},
                                    {QStringLiteral("kind"), PostmortemText::eventKindKey(e.kind)},
                                    {QStringLiteral("text"), e.text}});
    }
    root.insert(QStringLiteral("timeline"), timeline);

    QJsonArray factors;
    for (const ContributingFactor &f : PostmortemReport::byCategory(r.factors)) {
        QJsonArray events;
        for (qint64 id : f.eventIds) {
            if (const QDateTime time = r.eventTime(id); time.isValid())
                events.append(QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("time"), iso(time)}});
        }
        factors.append(QJsonObject{{QStringLiteral("id"), f.id},
                                   {QStringLiteral("category"), PostmortemText::categoryKey(f.category)},
                                   {QStringLiteral("text"), f.text},
                                   {QStringLiteral("events"), events}});
    }
    root.insert(QStringLiteral("factors"), factors);

    QJsonObject learnings;
    for (LearningKind kind : PostmortemText::learningKinds()) {
        QJsonArray texts;
        for (const Learning &l : r.learnings) {
            if (l.kind == kind)
                texts.append(l.text);
        }
        learnings.insert(PostmortemText::learningKey(kind), texts);
    }
    root.insert(QStringLiteral("learnings"), learnings);

    QJsonArray actions;
    for (const ActionItem &a : r.actions) {
        actions.append(QJsonObject{
            {QStringLiteral("id"), a.id},
            {QStringLiteral("kind"), PostmortemText::actionKindKey(a.kind)},
            {QStringLiteral("text"), a.text},
            {QStringLiteral("owner_team"), r.teamNames.value(a.ownerTeamId)},
            {QStringLiteral("owner_person"), textOrNull(a.ownerPerson)},
            {QStringLiteral("due"), iso(a.due)},
            {QStringLiteral("status"), PostmortemText::actionStatusKey(a.status)},
            {QStringLiteral("overdue"), a.isOverdue(today)},
            {QStringLiteral("done"), iso(a.done)},
            {QStringLiteral("factor_id"), a.factorId > 0 ? QJsonValue(a.factorId) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("factor"), textOrNull(r.factorText(a.factorId))}});
    }
    root.insert(QStringLiteral("actions"), actions);

    QJsonObject check{{QStringLiteral("shown"), r.closing.canShow()},
                      {QStringLiteral("minimum_answers"), CheckTally::MinimumAnswers}};
    if (r.closing.canShow()) {
        check.insert(QStringLiteral("answers"), r.closing.total());
        check.insert(QStringLiteral("mean"), std::round(r.closing.mean() * 100.0) / 100.0);
    }
    root.insert(QStringLiteral("closing_check"), check);
    return root;
}

QString helpText()
{
    return Text::tr(
        "Show the whole record of an incident's postmortem: facilitator, participants, each phase and how it "
        "closed, the phase log, the timeline, contributing factors, learnings, action items and, once at least 3 "
        "people answered, the closing check as an average.\n"
        "\n"
        "--format md (default) prints the postmortem report in CommonMark, as candor-cli report INCIDENT_ID "
        "--format md does, with times in local time. --format json prints one object with "
        "times in ISO 8601 UTC, dates as YYYY-MM-DD, and null where a value is unknown:\n"
        "  session_id, title, team, facilitator, facilitator_conflict_accepted, created, summary\n"
        "  phase: opening|timeline|factors|actions|closing|finished\n"
        "  incident: {id, title, severity (SEV1..SEV4), status (open|mitigated|resolved), service, started,\n"
        "    detected, mitigated, resolved}\n"
        "  participants: [{name, role}]\n"
        "  phases: [{phase, state (agreed|skipped|current|not-reached), started, agreed, agreed_by, skip_reason}]\n"
        "  phase_log: [{at, phase, what (agreed|skipped|reopened), who, reason}]\n"
        "  timeline: [{id, time, kind (detection|diagnosis|repair|key-moment|communication|other), text}]\n"
        "  factors: [{id, category (people|process|technology|environment|organisation), text,\n"
        "    events: [{id, time}]}], in category order\n"
        "  learnings: {went-well: [text], lucky: [text], learned: [text], question: [text]}\n"
        "  actions: [{id, kind (prevent|detect-sooner|mitigate-faster|respond-better|learn-and-share), text,\n"
        "    owner_team, owner_person, due, status (open|in-progress|done|dropped), overdue, done, factor_id,\n"
        "    factor}]\n"
        "  closing_check: {shown, minimum_answers, and when shown: answers, mean}");
}

} // namespace

int postmortemCommand(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("show"), Text::tr("The action: show."));
    parser.addPositionalArgument(QStringLiteral("INCIDENT_ID"),
                                 Text::tr("The incident's id, as candor-cli list incidents shows it."));
    parser.addOption({QStringLiteral("format"), Text::tr("md (Markdown, the default) or json."),
                      QStringLiteral("FORMAT"), QStringLiteral("md")});
    int code = Ok;
    if (!parse(parser, args, helpText(), &code))
        return code;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2 || positional[0] != QLatin1String("show"))
        return fail(Text::tr("Use: candor-cli postmortem show INCIDENT_ID [--format md|json]"), Usage);
    bool idOk = false;
    const qint64 incidentId = positional[1].toLongLong(&idOk);
    if (!idOk || incidentId <= 0)
        return fail(Text::tr("“%1” is not an incident id. Use the number that candor-cli list incidents shows.")
                        .arg(positional[1]),
                    Usage);
    const QString format = parser.value(QStringLiteral("format"));
    if (format != QLatin1String("md") && format != QLatin1String("json"))
        return fail(Text::tr("Unknown format “%1”. Use --format md or json.").arg(format), Usage);

    Database database;
    if (!openDatabase(database, parser, &code, readingOptions()))
        return code;
    IncidentRepository incidents(database);
    TeamRepository teams(database);
    PostmortemRepository postmortems(database);
    PostmortemReport::Problem problem = PostmortemReport::Problem::None;
    const Result<PostmortemContent> content =
        PostmortemReport::read(incidents, postmortems, teams, incidentId, &problem);
    if (!content) {
        if (problem == PostmortemReport::Problem::NoIncident)
            return fail(Text::tr("%1 See the ids with: candor-cli list incidents").arg(content.error()));
        return fail(content.error());
    }

    // Markdown is exactly the postmortem report's (candor-cli report INCIDENT_ID --format md).
    const QDate today = QDate::currentDate();
    if (format == QLatin1String("json"))
        out() << QString::fromUtf8(QJsonDocument(json(*content, today)).toJson(QJsonDocument::Indented));
    else
        out() << PostmortemReport::build(*content, today).toMarkdown();
    out().flush();
    return Ok;
}

} // namespace candor::cli
