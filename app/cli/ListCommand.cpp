#include "Cli.h"

#include "domain/Postmortem.h"
#include "reports/Listings.h"
#include "reports/SaveFile.h"
#include "storage/IncidentRepository.h"
#include "storage/PostmortemRepository.h"
#include "storage/TeamRepository.h"

#include <QJsonDocument>
#include <QLocale>

namespace candor::cli {

namespace {

// A value as the table shows it: through the locale, times in local time.
QString humanText(const QVariant &value)
{
    if (value.isNull())
        return QString();
    switch (value.typeId()) {
    case QMetaType::Bool:
        return value.toBool() ? Text::tr("yes") : Text::tr("no");
    case QMetaType::QDateTime: {
        const QDateTime time = value.toDateTime();
        return time.isValid() ? QLocale().toString(time.toLocalTime(), QLocale::ShortFormat) : QString();
    }
    case QMetaType::QDate: {
        const QDate date = value.toDate();
        return date.isValid() ? QLocale().toString(date, QLocale::ShortFormat) : QString();
    }
    default:
        return value.toString();
    }
}

// Aligned columns for people at a terminal; long cells are cut with an ellipsis.
QString table(const Listing &listing)
{
    QList<QStringList> lines{listing.columns};
    for (const QVariantList &row : listing.rows) {
        QStringList cells;
        for (const QVariant &value : row)
            cells.append(tableCell(humanText(value)));
        lines.append(cells);
    }
    return alignedTable(lines);
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
    parser.addOption(
        {QStringLiteral("bom"),
         Text::tr("csv only: start with a UTF-8 byte-order mark, for spreadsheet programs that need one.")});
    addOutputOption(parser);
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
    const bool csvFormat = format == QLatin1String("csv");
    if (parser.isSet(QStringLiteral("bom")) && !csvFormat)
        return fail(Text::tr("--bom applies only to --format csv."), Usage);
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
    if (!openDatabase(database, parser, &code, readingOptions()))
        return code;
    TeamRepository teams(database);

    // --team: the team and every team below it.
    qint64 teamId = 0;
    if (parser.isSet(QStringLiteral("team"))) {
        const Result<Team> team = teams.teamByName(parser.value(QStringLiteral("team")));
        if (!team)
            return fail(team.error());
        teamId = team->id;
    }

    Listing listing;
    if (what == QLatin1String("teams")) {
        listing = listings::teams(teams, teamId);
    } else if (what == QLatin1String("members")) {
        listing = listings::members(teams, teamId);
    } else if (actions) {
        ActionFilter filter;
        filter.teamId = teamId;
        filter.status = status;
        filter.overdueOnly = parser.isSet(QStringLiteral("overdue"));
        filter.today = QDate::currentDate();
        const PostmortemRepository postmortems(database);
        listing = listings::actions(postmortems, filter);
    } else {
        IncidentFilter filter;
        filter.teamId = teamId;
        const IncidentRepository incidents(database);
        const Result<Listing> listed =
            listings::incidents(incidents, filter, IncidentOrder{IncidentSortKey::Started, false});
        if (!listed)
            return fail(listed.error());
        listing = *listed;
    }
    QByteArray bytes;
    if (csvFormat)
        bytes = SaveFile::utf8(listings::csv(listing), parser.isSet(QStringLiteral("bom")));
    else if (format == QLatin1String("json"))
        bytes = QJsonDocument(listings::json(listing)).toJson(QJsonDocument::Indented);
    else
        bytes = table(listing).toUtf8();
    if (!writeOutput(parser, bytes, &code))
        return code;
    return Ok;
}

} // namespace candor::cli
