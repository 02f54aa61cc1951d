#include "Cli.h"

#include "domain/Postmortem.h"
#include "reports/Csv.h"
#include "storage/IncidentRepository.h"
#include "storage/PostmortemRepository.h"
#include "storage/TeamRepository.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSet>

#include <functional>

namespace candor::cli {

namespace {

// A listing: column keys (CSV and JSON names) and rows of values. Times (QDateTime) and dates (QDate) are written
// in ISO 8601 (UTC) to CSV and JSON, and through the locale to the table.
struct Listing
{
    QStringList columns;
    QList<QVariantList> rows;
};

// A value as the table shows it (human) or as CSV has it (machine).
QString cellText(const QVariant &value, bool human)
{
    if (value.isNull())
        return QString();
    switch (value.typeId()) {
    case QMetaType::Bool:
        if (human)
            return value.toBool() ? Text::tr("yes") : Text::tr("no");
        return value.toBool() ? QStringLiteral("yes") : QStringLiteral("no");
    case QMetaType::QDateTime: {
        const QDateTime time = value.toDateTime();
        if (!time.isValid())
            return QString();
        return human ? QLocale().toString(time.toLocalTime(), QLocale::ShortFormat)
                     : time.toUTC().toString(Qt::ISODate);
    }
    case QMetaType::QDate: {
        const QDate date = value.toDate();
        if (!date.isValid())
            return QString();
        return human ? QLocale().toString(date, QLocale::ShortFormat) : date.toString(Qt::ISODate);
    }
    default:
        return value.toString();
    }
}

QJsonValue jsonValue(const QVariant &value)
{
    if (value.isNull())
        return QJsonValue(QJsonValue::Null);
    switch (value.typeId()) {
    case QMetaType::QDateTime:
    case QMetaType::QDate: {
        const QString text = cellText(value, false);
        return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
    }
    default:
        return QJsonValue::fromVariant(value);
    }
}

void printTable(const Listing &listing)
{
    constexpr int maxWidth = 48;
    auto clip = [](const QString &text) {
        const QString line = text.simplified();
        return line.size() > maxWidth ? line.left(maxWidth - 1) + QChar(0x2026) : line;
    };
    QList<int> widths;
    for (const QString &column : listing.columns)
        widths.append(int(column.size()));
    for (const QVariantList &row : listing.rows) {
        for (int c = 0; c < row.size(); ++c)
            widths[c] = std::max(widths[c], int(clip(cellText(row[c], true)).size()));
    }
    auto print = [&](const QStringList &cells) {
        QString line;
        for (int c = 0; c < cells.size(); ++c) {
            if (c > 0)
                line += QLatin1String("  ");
            line += c + 1 < cells.size() ? cells[c].leftJustified(widths[c]) : cells[c];
        }
        out() << line << '\n';
    };
    print(listing.columns);
    for (const QVariantList &row : listing.rows) {
        QStringList cells;
        for (const QVariant &value : row)
            cells.append(clip(cellText(value, true)));
        print(cells);
    }
}

void printCsv(const Listing &listing)
{
    out() << csv::record(listing.columns);
    for (const QVariantList &row : listing.rows) {
        QStringList cells;
        for (const QVariant &value : row)
            cells.append(cellText(value, false));
        out() << csv::record(cells);
    }
}

void printJson(const Listing &listing)
{
    QJsonArray array;
    for (const QVariantList &row : listing.rows) {
        QJsonObject object;
        for (int c = 0; c < row.size(); ++c)
            object.insert(listing.columns[c], jsonValue(row[c]));
        array.append(object);
    }
    out() << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
}

QVariant timeValue(const QDateTime &value)
{
    return value.isValid() ? QVariant(value) : QVariant();
}

QVariant dateValue(const QDate &value)
{
    return value.isValid() ? QVariant(value) : QVariant();
}

QVariant textValue(const QString &value)
{
    return value.isEmpty() ? QVariant() : QVariant(value);
}

} // namespace

int list(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("what"), Text::tr("teams, members, incidents or actions."));
    parser.addOption({QStringLiteral("team"),
                      Text::tr("Only this team and its sub-teams (for actions: the owning team)."),
                      QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("overdue"), Text::tr("actions only: only open items due before today.")});
    parser.addOption({QStringLiteral("status"), Text::tr("actions only: open, in-progress, done or dropped."),
                      QStringLiteral("STATUS")});
    parser.addOption({QStringLiteral("format"), Text::tr("table (default), csv or json."), QStringLiteral("FORMAT"),
                      QStringLiteral("table")});
    int code = Ok;
    if (!parse(parser, args,
               Text::tr("List teams, members, incidents or the action items of every postmortem and retro. Times "
                        "and dates are ISO 8601 (UTC) in CSV and JSON. Action items are listed overdue and soonest "
                        "due first; their \"overdue\" column says whether an open item was due before today."),
               &code))
        return code;
    const QStringList positional = parser.positionalArguments();
    const QString what = positional.value(0);
    if (positional.size() != 1 || !QStringList{QStringLiteral("teams"), QStringLiteral("members"),
                                               QStringLiteral("incidents"), QStringLiteral("actions")}
                                       .contains(what))
        return fail(Text::tr("Say what to list: candor-cli list teams|members|incidents|actions"), Usage);
    const QString format = parser.value(QStringLiteral("format"));
    if (!QStringList{QStringLiteral("table"), QStringLiteral("csv"), QStringLiteral("json")}.contains(format))
        return fail(Text::tr("Unknown format “%1”. Use --format table, csv or json.").arg(format), Usage);
    const bool actions = what == QLatin1String("actions");
    if (!actions && (parser.isSet(QStringLiteral("overdue")) || parser.isSet(QStringLiteral("status"))))
        return fail(Text::tr("--overdue and --status apply only to: candor-cli list actions"), Usage);
    std::optional<ActionStatus> status;
    if (parser.isSet(QStringLiteral("status"))) {
        ActionStatus parsed = ActionStatus::Open;
        if (!PostmortemText::parseActionStatus(parser.value(QStringLiteral("status")), &parsed))
            return fail(Text::tr("Unknown status “%1”. Use --status open, in-progress, done or dropped.")
                            .arg(parser.value(QStringLiteral("status"))),
                        Usage);
        status = parsed;
    }

    Database database;
    if (!openDatabase(database, parser, &code))
        return code;
    TeamRepository teams(database);
    const QList<Team> allTeams = teams.teams();
    QHash<qint64, QString> teamNames;
    for (const Team &t : allTeams)
        teamNames.insert(t.id, t.name);

    // --team: the team and every team below it.
    qint64 teamId = 0;
    QSet<qint64> scope;
    if (parser.isSet(QStringLiteral("team"))) {
        const Result<Team> team = teams.teamByName(parser.value(QStringLiteral("team")));
        if (!team)
            return fail(team.error());
        teamId = team->id;
        const QList<qint64> ids = teams.subtreeIds(teamId);
        scope = QSet<qint64>(ids.begin(), ids.end());
    }

    Listing listing;
    if (what == QLatin1String("teams")) {
        listing.columns = {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("parent"),
                           QStringLiteral("description")};
        for (const Team &t : allTeams) {
            if (scope.isEmpty() || scope.contains(t.id))
                listing.rows.append({t.id, t.name, teamNames.value(t.parentId), t.description});
        }
    } else if (what == QLatin1String("members")) {
        listing.columns = {QStringLiteral("id"),   QStringLiteral("name"),    QStringLiteral("role"),
                           QStringLiteral("team"), QStringLiteral("manager"), QStringLiteral("active")};
        for (const Member &m : teams.members()) {
            if (scope.isEmpty() || scope.contains(m.teamId))
                listing.rows.append({m.id, m.name, m.role, teamNames.value(m.teamId), m.isManager, m.active});
        }
    } else if (actions) {
        listing.columns = {QStringLiteral("id"),           QStringLiteral("due"),        QStringLiteral("overdue"),
                           QStringLiteral("status"),       QStringLiteral("kind"),       QStringLiteral("owner_team"),
                           QStringLiteral("owner_person"), QStringLiteral("text"),       QStringLiteral("factor"),
                           QStringLiteral("source"),       QStringLiteral("incident_id")};
        const QDate today = QDate::currentDate();
        ActionFilter filter;
        filter.teamId = teamId;
        filter.status = status;
        filter.overdueOnly = parser.isSet(QStringLiteral("overdue"));
        filter.today = today;
        PostmortemRepository postmortems(database);
        for (const ActionRow &r : postmortems.actionRows(filter)) {
            const ActionItem &a = r.item;
            listing.rows.append({a.id, dateValue(a.due), a.isOverdue(today), PostmortemText::actionStatusKey(a.status),
                                 PostmortemText::actionKindKey(a.kind), r.ownerTeamName, textValue(a.ownerPerson),
                                 a.text, textValue(r.factorText), r.source,
                                 r.incidentId > 0 ? QVariant(r.incidentId) : QVariant()});
        }
    } else {
        listing.columns = {QStringLiteral("id"),      QStringLiteral("started"),  QStringLiteral("severity"),
                           QStringLiteral("status"),  QStringLiteral("team"),     QStringLiteral("service"),
                           QStringLiteral("title"),   QStringLiteral("detected"), QStringLiteral("mitigated"),
                           QStringLiteral("resolved")};
        IncidentRepository incidents(database);
        IncidentFilter filter;
        filter.teamId = teamId;
        const IncidentOrder order{IncidentSortKey::Started, false};
        const Status listed = incidents.forEach(filter, order, [&](const IncidentRow &r) {
            listing.rows.append({r.id, timeValue(r.started), IncidentText::severityCode(r.severity),
                                 IncidentText::statusKey(r.status), r.teamName, r.service, r.title,
                                 timeValue(r.detected), timeValue(r.mitigated), timeValue(r.resolved)});
        });
        if (!listed)
            return fail(listed.error());
    }
    if (format == QLatin1String("csv"))
        printCsv(listing);
    else if (format == QLatin1String("json"))
        printJson(listing);
    else
        printTable(listing);
    out().flush();
    return Ok;
}

} // namespace candor::cli
