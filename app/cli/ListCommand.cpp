#include "Cli.h"

#include "reports/Csv.h"
#include "storage/IncidentRepository.h"
#include "storage/TeamRepository.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <functional>

namespace candor::cli {

namespace {

// A listing: column keys (CSV and JSON names) and rows of values.
struct Listing
{
    QStringList columns;
    QList<QVariantList> rows;
};

QString cellText(const QVariant &value)
{
    if (value.isNull())
        return QString();
    if (value.typeId() == QMetaType::Bool)
        return value.toBool() ? QStringLiteral("yes") : QStringLiteral("no");
    return value.toString();
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
            widths[c] = std::max(widths[c], int(clip(cellText(row[c])).size()));
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
            cells.append(clip(cellText(value)));
        print(cells);
    }
}

void printCsv(const Listing &listing)
{
    out() << csv::record(listing.columns);
    for (const QVariantList &row : listing.rows) {
        QStringList cells;
        for (const QVariant &value : row)
            cells.append(cellText(value));
        out() << csv::record(cells);
    }
}

void printJson(const Listing &listing)
{
    QJsonArray array;
    for (const QVariantList &row : listing.rows) {
        QJsonObject object;
        for (int c = 0; c < row.size(); ++c)
            object.insert(listing.columns[c], QJsonValue::fromVariant(row[c]));
        array.append(object);
    }
    out() << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
}

QVariant isoTime(const QDateTime &time)
{
    return time.isValid() ? QVariant(time.toUTC().toString(Qt::ISODate)) : QVariant();
}

} // namespace

int list(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("what"), Text::tr("teams, members or incidents."));
    parser.addOption({QStringLiteral("team"), Text::tr("Only this team and its sub-teams."), QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("format"), Text::tr("table (default), csv or json."), QStringLiteral("FORMAT"),
                      QStringLiteral("table")});
    int code = Ok;
    if (!parse(parser, args, Text::tr("List teams, members or incidents."), &code))
        return code;
    const QStringList positional = parser.positionalArguments();
    const QString what = positional.value(0);
    if (positional.size() != 1 ||
        !QStringList{QStringLiteral("teams"), QStringLiteral("members"), QStringLiteral("incidents")}.contains(what))
        return fail(Text::tr("Say what to list: candor-cli list teams|members|incidents"), Usage);
    const QString format = parser.value(QStringLiteral("format"));
    if (!QStringList{QStringLiteral("table"), QStringLiteral("csv"), QStringLiteral("json")}.contains(format))
        return fail(Text::tr("Unknown format “%1”. Use --format table, csv or json.").arg(format), Usage);

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
    } else {
        listing.columns = {QStringLiteral("id"),      QStringLiteral("started"),  QStringLiteral("severity"),
                           QStringLiteral("status"),  QStringLiteral("team"),     QStringLiteral("service"),
                           QStringLiteral("title"),   QStringLiteral("detected"), QStringLiteral("mitigated"),
                           QStringLiteral("resolved")};
        IncidentRepository incidents(database);
        IncidentFilter filter;
        filter.teamId = teamId;
        const IncidentOrder order{IncidentSortKey::Started, false};
        const Status status = incidents.forEach(filter, order, [&](const IncidentRow &r) {
            listing.rows.append({r.id, isoTime(r.started), IncidentText::severityCode(r.severity),
                                 IncidentText::statusKey(r.status), r.teamName, r.service, r.title, isoTime(r.detected),
                                 isoTime(r.mitigated), isoTime(r.resolved)});
        });
        if (!status)
            return fail(status.error());
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
