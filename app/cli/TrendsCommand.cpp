// trends: survey trends per team, department rollup and quarter, through the anonymity policy.
#include "Cli.h"

#include "reports/Listings.h"
#include "reports/SaveFile.h"
#include "reports/TrendsExport.h"
#include "storage/SurveyRepository.h"
#include "storage/TeamRepository.h"

#include <QJsonDocument>

namespace candor::cli {

int trendsCommand(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("team"), Text::tr("Only this team, or this department with every team below it."),
                      QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("all"), Text::tr("Every team and department (the default).")});
    parser.addOption({QStringLiteral("instrument"),
                      Text::tr("Only this instrument: psych-safety, westrum, health-check or a custom key."),
                      QStringLiteral("KEY")});
    parser.addOption({QStringLiteral("format"), Text::tr("csv (default) or json."), QStringLiteral("FORMAT"),
                      QStringLiteral("csv")});
    parser.addOption(
        {QStringLiteral("bom"),
         Text::tr("csv only: start with a UTF-8 byte-order mark, for spreadsheet programs that need one.")});
    addOutputOption(parser);
    int code = Ok;
    if (!parse(parser, args,
               Text::tr("Survey trends: one row per team and per department rollup, per instrument and quarter. A "
                        "figure resting on fewer responses than its wave's anonymity threshold, or one that would let "
                        "such a figure be worked out, is withheld: its row says suppressed and has no numbers."),
               &code))
        return code;
    if (!parser.positionalArguments().isEmpty())
        return fail(Text::tr("trends takes no arguments, only options. Run: candor-cli trends --help"), Usage);
    if (parser.isSet(QStringLiteral("team")) && parser.isSet(QStringLiteral("all")))
        return fail(Text::tr("Use either --team NAME or --all, not both."), Usage);
    const QString format = parser.value(QStringLiteral("format"));
    if (format != QLatin1String("csv") && format != QLatin1String("json"))
        return fail(Text::tr("Unknown format “%1”. Use --format csv or json.").arg(format), Usage);
    if (parser.isSet(QStringLiteral("bom")) && format != QLatin1String("csv"))
        return fail(Text::tr("--bom applies only to --format csv."), Usage);

    Database database;
    if (!openDatabase(database, parser, &code, readingOptions(), Needs::Insights))
        return code;
    SurveyRepository surveys(database);
    const QString instrument = parser.value(QStringLiteral("instrument"));
    if (!instrument.isEmpty()) {
        if (const Result<Instrument> known = surveys.latestInstrument(instrument); !known)
            return fail(known.error());
    }
    std::vector<qint64> onlyTeams;
    if (parser.isSet(QStringLiteral("team"))) {
        TeamRepository teams(database);
        const Result<Team> team = teams.teamByName(parser.value(QStringLiteral("team")));
        if (!team)
            return fail(team.error());
        const QList<qint64> subtree = teams.subtreeIds(team->id);
        onlyTeams.assign(subtree.begin(), subtree.end());
    }

    const std::vector<TrendRow> rows = listings::trendRows(surveys, instrument, onlyTeams);
    const QByteArray bytes = format == QLatin1String("json")
                                 ? QJsonDocument(trends::json(rows)).toJson(QJsonDocument::Indented)
                                 : SaveFile::utf8(trends::csv(rows), parser.isSet(QStringLiteral("bom")));
    if (!writeOutput(parser, bytes, &code))
        return code;
    return Ok;
}

} // namespace candor::cli
