// postmortem show: the whole record of an incident's postmortem, as Markdown or JSON.
#include "Cli.h"

#include "domain/Postmortem.h"
#include "storage/IncidentRepository.h"
#include "storage/PostmortemRepository.h"
#include "storage/TeamRepository.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>

#include <cmath>

namespace candor::cli {

namespace {

// Everything `show` prints, read once.
struct Record
{
    Incident incident;
    Session session;
    QString teamName;
    QList<Participant> participants;
    QList<PhaseLogEntry> log;
    QList<TimelineEvent> events;
    QList<ContributingFactor> factors;
    QList<Learning> learnings;
    QList<ActionItem> actions;
    QHash<qint64, QString> teamNames;
    CheckTally closing;
    QDate today;

    QDateTime eventTime(qint64 eventId) const
    {
        for (const TimelineEvent &e : events) {
            if (e.id == eventId)
                return e.time;
        }
        return {};
    }
    QString factorText(qint64 factorId) const
    {
        for (const ContributingFactor &f : factors) {
            if (f.id == factorId)
                return f.text;
        }
        return {};
    }
};

// Where a phase stands, with its stable key for JSON.
enum class PhaseState { Agreed, Skipped, Current, NotReached };

PhaseState stateOf(const Session &session, Phase phase)
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

QList<Phase> recordedPhases()
{
    return {Phase::Opening, Phase::Timeline, Phase::Factors, Phase::Actions, Phase::Closing};
}

// Factors in the order of the categories, each category's in the order they were added.
QList<ContributingFactor> byCategory(const QList<ContributingFactor> &factors)
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

// ---- Markdown -------------------------------------------------------------------------------------------------

// User text as one line of CommonMark inline content that reads as typed: characters that could start emphasis,
// code, links, raw HTML, entities, headings or table cells are backslash-escaped, and so is a start that would
// open a block (a list item, a numbered list, a thematic break).
QString md(const QString &text)
{
    const QString line = text.simplified();
    QString escaped;
    escaped.reserve(line.size() + 8);
    for (const QChar c : line) {
        switch (c.unicode()) {
        case '\\':
        case '`':
        case '*':
        case '_':
        case '[':
        case ']':
        case '<':
        case '>':
        case '&':
        case '!':
        case '~':
        case '|':
        case '#':
            escaped += QLatin1Char('\\');
            break;
        default:
            break;
        }
        escaped += c;
    }
    if (escaped.startsWith(QLatin1Char('-')) || escaped.startsWith(QLatin1Char('+')) ||
        escaped.startsWith(QLatin1Char('='))) {
        escaped.prepend(QLatin1Char('\\'));
    } else {
        // "1." or "1)" at the start is an ordered list.
        qsizetype digits = 0;
        while (digits < escaped.size() && digits < 10 && escaped.at(digits).isDigit() &&
               escaped.at(digits).unicode() < 128)
            ++digits;
        if (digits > 0 && digits < escaped.size() &&
            (escaped.at(digits) == QLatin1Char('.') || escaped.at(digits) == QLatin1Char(')')))
            escaped.insert(digits, QLatin1Char('\\'));
    }
    return escaped;
}

// Paragraphs of user text, separated by blank lines in the source.
QString mdParagraphs(const QString &text)
{
    QStringList paragraphs;
    for (const QString &p : text.split(QRegularExpression(QStringLiteral("\\n\\s*\\n")))) {
        if (!p.trimmed().isEmpty())
            paragraphs.append(md(p));
    }
    return paragraphs.join(QStringLiteral("\n\n"));
}

class Markdown
{
public:
    QString text;

    void heading(int level, const QString &title)
    {
        if (!text.isEmpty() && !text.endsWith(QLatin1String("\n\n")))
            text += QLatin1Char('\n');
        text += QString(level, QLatin1Char('#')) + QLatin1Char(' ') + md(title) + QLatin1String("\n\n");
    }
    void field(const QString &label, const QString &markdownValue)
    {
        text += QLatin1String("- **") + md(label) + QLatin1String(":** ") + markdownValue + QLatin1Char('\n');
    }
    void item(const QString &markdown, int depth = 0)
    {
        text += QString(depth * 2, QLatin1Char(' ')) + QLatin1String("- ") + markdown + QLatin1Char('\n');
    }
    void paragraph(const QString &markdown) { text += markdown + QLatin1Char('\n'); }
};

QString humanTime(const QDateTime &time)
{
    return time.isValid() ? QLocale().toString(time.toLocalTime(), QLocale::ShortFormat) : QString();
}

QString humanDate(const QDate &date)
{
    return QLocale().toString(date, QLocale::ShortFormat);
}

QString markdown(const Record &r)
{
    const QLocale locale;
    const Session &s = r.session;
    Markdown m;
    m.heading(1, Text::tr("Postmortem: %1").arg(r.incident.title));

    m.field(Text::tr("Incident"),
            md(Text::tr("%1 (%2, %3)"))
                .arg(md(locale.toString(r.incident.id)), md(IncidentText::severityCode(r.incident.severity)),
                     md(IncidentText::statusName(r.incident.status))));
    if (!r.incident.service.isEmpty())
        m.field(Text::tr("Service"), md(r.incident.service));
    m.field(Text::tr("Incident started"), md(humanTime(r.incident.started)));
    m.field(Text::tr("Team"), md(r.teamName));
    QString facilitator = s.facilitator.trimmed().isEmpty() ? md(Text::tr("not named yet")) : md(s.facilitator);
    if (s.facilitatorConflictAccepted)
        facilitator = md(Text::tr("%1 (the group kept this facilitator after the conflict warning)")).arg(facilitator);
    m.field(Text::tr("Facilitator"), facilitator);
    m.field(Text::tr("Session started"), md(humanTime(s.created)));
    m.field(Text::tr("Phase"), md(PostmortemText::phaseName(s.phase, s.kind)));
    m.field(Text::tr("Times"),
            md(Text::tr("local time (%1)").arg(QDateTime::currentDateTime().timeZoneAbbreviation())));

    m.heading(2, Text::tr("Summary"));
    m.paragraph(s.summary.trimmed().isEmpty() ? md(Text::tr("No summary yet.")) : mdParagraphs(s.summary));

    m.heading(2, Text::tr("Participants"));
    if (r.participants.isEmpty())
        m.paragraph(md(Text::tr("Nobody has been added yet.")));
    for (const Participant &p : r.participants) {
        if (p.role.trimmed().isEmpty())
            m.item(md(p.name));
        else
            m.item(md(Text::tr("%1 (%2)", "participant (role)")).arg(md(p.name), md(p.role)));
    }

    m.heading(2, Text::tr("Phases"));
    for (Phase phase : recordedPhases()) {
        const PhaseRecord &record = s.record(phase);
        QString state;
        switch (stateOf(s, phase)) {
        case PhaseState::Agreed:
            state =
                record.agreedBy.isEmpty()
                    ? md(Text::tr("agreed %1")).arg(md(humanTime(record.agreed)))
                    : md(Text::tr("agreed %1, confirmed by %2")).arg(md(humanTime(record.agreed)), md(record.agreedBy));
            break;
        case PhaseState::Skipped:
            state = md(Text::tr("skipped: %1")).arg(md(record.skipReason));
            break;
        case PhaseState::Current:
            state = md(Text::tr("in progress since %1")).arg(md(humanTime(record.started)));
            break;
        case PhaseState::NotReached:
            state = md(Text::tr("not reached"));
            break;
        }
        m.field(PostmortemText::phaseName(phase, s.kind), state);
    }

    m.heading(2, Text::tr("Phase log"));
    if (r.log.isEmpty())
        m.paragraph(md(Text::tr("No phase has been closed yet.")));
    for (const PhaseLogEntry &e : r.log) {
        const QString when = md(humanTime(e.at));
        const QString phase = md(PostmortemText::phaseName(e.phase, s.kind));
        const QString who = md(e.who);
        switch (e.what) {
        case PhaseLogEntry::Agreed:
            m.item(e.who.isEmpty() ? md(Text::tr("%1: %2 agreed")).arg(when, phase)
                                   : md(Text::tr("%1: %2 agreed, confirmed by %3")).arg(when, phase, who));
            break;
        case PhaseLogEntry::Skipped:
            m.item(md(Text::tr("%1: %2 skipped. Reason: %3")).arg(when, phase, md(e.reason)));
            break;
        case PhaseLogEntry::Reopened:
            m.item(e.who.isEmpty() ? md(Text::tr("%1: %2 reopened")).arg(when, phase)
                                   : md(Text::tr("%1: %2 reopened by %3")).arg(when, phase, who));
            break;
        }
    }

    m.heading(2, PostmortemText::phaseName(Phase::Timeline, s.kind));
    if (r.events.isEmpty())
        m.paragraph(md(Text::tr("No events yet.")));
    for (const TimelineEvent &e : r.events) {
        m.item(md(Text::tr("%1 (%2): %3", "time (event kind): text"))
                   .arg(md(humanTime(e.time)), md(PostmortemText::eventKindName(e.kind)), md(e.text)));
    }

    m.heading(2, PostmortemText::phaseName(Phase::Factors, s.kind));
    if (r.factors.isEmpty())
        m.paragraph(md(Text::tr("No contributing factors yet.")));
    for (FactorCategory category : PostmortemText::categories()) {
        bool headed = false;
        for (const ContributingFactor &f : r.factors) {
            if (f.category != category)
                continue;
            if (!headed) {
                m.heading(3, PostmortemText::categoryName(category));
                headed = true;
            }
            m.item(md(f.text));
            QStringList times;
            for (qint64 id : f.eventIds) {
                if (const QDateTime time = r.eventTime(id); time.isValid())
                    times.append(md(humanTime(time)));
            }
            if (times.isEmpty())
                m.item(md(Text::tr("Not linked to a timeline event.")), 1);
            else
                m.item(md(Text::tr("Explains the events at %1")).arg(times.join(QStringLiteral("; "))), 1);
        }
    }

    m.heading(2, Text::tr("Learnings"));
    for (LearningKind kind : PostmortemText::learningKinds()) {
        m.heading(3, PostmortemText::learningName(kind));
        bool any = false;
        for (const Learning &l : r.learnings) {
            if (l.kind == kind) {
                m.item(md(l.text));
                any = true;
            }
        }
        if (!any)
            m.paragraph(md(Text::tr("None recorded.")));
    }

    m.heading(2, Text::tr("Action items"));
    if (r.actions.isEmpty())
        m.paragraph(md(Text::tr("No action items yet.")));
    for (const ActionItem &a : r.actions) {
        m.item(QLatin1String("**") + md(PostmortemText::actionKindName(a.kind)) + QLatin1String(":** ") + md(a.text));
        const QString team = md(r.teamNames.value(a.ownerTeamId));
        m.item(a.ownerPerson.trimmed().isEmpty()
                   ? md(Text::tr("Owner: %1")).arg(team)
                   : md(Text::tr("Owner: %1, %2", "owner team, person")).arg(team, md(a.ownerPerson)),
               1);
        if (!a.due.isValid())
            m.item(md(Text::tr("Due: no date")), 1);
        else if (a.isOverdue(r.today))
            m.item(md(Text::tr("Due: %1 (overdue)")).arg(md(humanDate(a.due))), 1);
        else
            m.item(md(Text::tr("Due: %1")).arg(md(humanDate(a.due))), 1);
        if (a.status == ActionStatus::Done && a.done.isValid())
            m.item(md(Text::tr("Status: %1 on %2"))
                       .arg(md(PostmortemText::actionStatusName(a.status)), md(humanDate(a.done.toLocalTime().date()))),
                   1);
        else
            m.item(md(Text::tr("Status: %1")).arg(md(PostmortemText::actionStatusName(a.status))), 1);
        const QString factor = r.factorText(a.factorId);
        m.item(factor.isEmpty() ? md(Text::tr("Addresses no particular factor"))
                                : md(Text::tr("Addresses: %1")).arg(md(factor)),
               1);
    }

    m.heading(2, Text::tr("Closing check"));
    if (static_cast<int>(s.phase) < static_cast<int>(Phase::Closing))
        m.paragraph(md(Text::tr("The closing check comes at the end of the session.")));
    else if (!r.closing.canShow())
        m.paragraph(md(Text::tr("Fewer than %1 people answered, so the result is not shown.")
                           .arg(locale.toString(CheckTally::MinimumAnswers))));
    else
        m.paragraph(md(Text::tr("Answers: %1. Average: %2 out of 5.")
                           .arg(locale.toString(r.closing.total()), locale.toString(r.closing.mean(), 'f', 1))));
    return m.text;
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

QJsonObject json(const Record &r)
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
    for (Phase phase : recordedPhases()) {
        const PhaseRecord &record = s.record(phase);
        phases.append(QJsonObject{{QStringLiteral("phase"), PostmortemText::phaseKey(phase)},
                                  {QStringLiteral("state"), stateKey(stateOf(s, phase))},
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
    for (const ContributingFactor &f : byCategory(r.factors)) {
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
            {QStringLiteral("overdue"), a.isOverdue(r.today)},
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
        "--format md (default) prints CommonMark with times in local time. --format json prints one object with "
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
    if (!openDatabase(database, parser, &code))
        return code;
    IncidentRepository incidents(database);
    TeamRepository teams(database);
    PostmortemRepository postmortems(database);

    Record r;
    const Result<Incident> incident = incidents.incident(incidentId);
    if (!incident)
        return fail(Text::tr("%1 See the ids with: candor-cli list incidents").arg(incident.error()));
    r.incident = *incident;
    const std::optional<qint64> sessionId = postmortems.sessionForIncident(incidentId);
    if (!sessionId)
        return fail(
            Text::tr("Incident %1 has no postmortem yet. Start one from the incident in Candor.").arg(incidentId));
    const Result<Session> session = postmortems.session(*sessionId);
    if (!session)
        return fail(session.error());
    r.session = *session;
    for (const Team &t : teams.teams())
        r.teamNames.insert(t.id, t.name);
    r.teamName = r.teamNames.value(r.session.teamId);
    r.participants = postmortems.participants(*sessionId);
    r.log = postmortems.phaseLog(*sessionId);
    r.events = postmortems.events(*sessionId);
    r.factors = postmortems.factors(*sessionId);
    r.learnings = postmortems.learnings(*sessionId);
    r.actions = postmortems.actions(*sessionId);
    r.closing = postmortems.tally(*sessionId, CheckKind::Closing);
    r.today = QDate::currentDate();

    if (format == QLatin1String("json"))
        out() << QString::fromUtf8(QJsonDocument(json(r)).toJson(QJsonDocument::Indented));
    else
        out() << markdown(r);
    out().flush();
    return Ok;
}

} // namespace candor::cli
