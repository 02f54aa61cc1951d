#include "Cli.h"

#include "domain/Validation.h"
#include "reports/Listings.h"
#include "reports/SaveFile.h"
#include "storage/IncidentRepository.h"
#include "storage/TeamRepository.h"

#include <QJsonDocument>
#include <QLocale>

namespace candor::cli {

namespace {

// The place names machines get (CSV and JSON); the table shows them translated.
QString placeKey(SearchPlace place)
{
    switch (place) {
    case SearchPlace::Title:
        return QStringLiteral("title");
    case SearchPlace::Service:
        return QStringLiteral("service");
    case SearchPlace::Summary:
        return QStringLiteral("summary");
    case SearchPlace::Timeline:
        return QStringLiteral("timeline");
    case SearchPlace::Factor:
        return QStringLiteral("factor");
    }
    return QString();
}

QString placeName(SearchPlace place)
{
    switch (place) {
    case SearchPlace::Title:
        return Text::tr("title");
    case SearchPlace::Service:
        return Text::tr("service");
    case SearchPlace::Summary:
        return Text::tr("summary");
    case SearchPlace::Timeline:
        return Text::tr("timeline");
    case SearchPlace::Factor:
        return Text::tr("factor");
    }
    return QString();
}

// Aligned columns for people at a terminal: times in local time through the locale; long cells are cut with an
// ellipsis; the last column (the excerpt) is never cut.
QString table(const QList<IncidentSearchHit> &hits)
{
    QList<QStringList> lines = {{Text::tr("id"), Text::tr("started"), Text::tr("team"), Text::tr("title"),
                                 Text::tr("matched in"), Text::tr("excerpt")}};
    const QLocale locale;
    for (const IncidentSearchHit &hit : hits) {
        lines.append({QString::number(hit.row.id), locale.toString(hit.row.started.toLocalTime(), QLocale::ShortFormat),
                      tableCell(hit.row.teamName), tableCell(hit.row.title), placeName(hit.place),
                      hit.snippet.simplified()});
    }
    return alignedTable(lines);
}

// The same hits for machines: one column definition for CSV and JSON, times ISO 8601 (UTC).
Listing listing(const QList<IncidentSearchHit> &hits)
{
    Listing result;
    result.columns = {QStringLiteral("id"),    QStringLiteral("started"),    QStringLiteral("team"),
                      QStringLiteral("title"), QStringLiteral("matched_in"), QStringLiteral("snippet")};
    for (const IncidentSearchHit &hit : hits) {
        result.rows.append(
            {hit.row.id, hit.row.started, hit.row.teamName, hit.row.title, placeKey(hit.place), hit.snippet});
    }
    return result;
}

} // namespace

int searchCommand(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("text"), Text::tr("The words to look for."), QStringLiteral("TEXT"));
    parser.addOption(
        {QStringLiteral("team"), Text::tr("Only incidents of this team and its sub-teams."), QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("limit"), Text::tr("At most this many incidents (default 20)."),
                      QStringLiteral("N"), QStringLiteral("20")});
    parser.addOption({QStringLiteral("format"), Text::tr("table (default), csv or json."), QStringLiteral("FORMAT"),
                      QStringLiteral("table")});
    addOutputOption(parser);
    int code = Ok;
    if (!parse(
            parser, args,
            Text::tr("Search the incidents' titles, services and summaries and their postmortems' timelines and "
                     "contributing factors. Every word must start a word of the same text (case and accents are "
                     "ignored); the best match comes first, a title match before the rest (when a word is in thousands "
                     "of texts: title, service, summary, then timeline and factor matches, newest first). Each "
                     "incident shows where it matched and an excerpt with the matched words in [brackets]. Times "
                     "are ISO 8601 (UTC) in CSV and JSON."),
            &code))
        return code;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return fail(Text::tr("Give the text to search for as one argument (quote it when it has spaces): candor-cli "
                             "search \"disk full\""),
                    Usage);
    const QString text = positional.first();
    if (text.trimmed().isEmpty())
        return fail(Text::tr("The search text is empty. Give at least one word to look for."), Usage);
    if (text.size() > Limits::SearchLength)
        return fail(IncidentRepository::tooLongSearch(text), Usage);
    bool limitOk = false;
    const int limit = parser.value(QStringLiteral("limit")).toInt(&limitOk);
    if (!limitOk || limit < 1 || limit > 10000)
        return fail(Text::tr("--limit must be a whole number from 1 to 10000, not “%1”.")
                        .arg(parser.value(QStringLiteral("limit"))),
                    Usage);
    const QString format = parser.value(QStringLiteral("format"));
    if (!QStringList{QStringLiteral("table"), QStringLiteral("csv"), QStringLiteral("json")}.contains(format))
        return fail(Text::tr("Unknown format “%1”. Use --format table, csv or json.").arg(format), Usage);

    Database database;
    if (!openDatabase(database, parser, &code, readingOptions()))
        return code;

    qint64 teamId = 0;
    if (parser.isSet(QStringLiteral("team"))) {
        const TeamRepository teams(database);
        const Result<Team> team = teams.teamByName(parser.value(QStringLiteral("team")));
        if (!team)
            return fail(team.error());
        teamId = team->id;
    }

    const IncidentRepository incidents(database);
    const Result<QList<IncidentSearchHit>> hits = incidents.search(text, teamId, limit);
    if (!hits)
        return fail(hits.error());

    QByteArray bytes;
    if (format == QLatin1String("csv"))
        bytes = SaveFile::utf8(listings::csv(listing(*hits)), false);
    else if (format == QLatin1String("json"))
        bytes = QJsonDocument(listings::json(listing(*hits))).toJson(QJsonDocument::Indented);
    else if (hits->isEmpty())
        bytes = (Text::tr("No incident matches “%1”.").arg(text) + QLatin1Char('\n')).toUtf8();
    else
        bytes = table(*hits).toUtf8();
    if (!writeOutput(parser, bytes, &code))
        return code;
    return Ok;
}

} // namespace candor::cli
