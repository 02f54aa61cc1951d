// insights-report: the HR insights report as a PDF (trend charts, heatmap, what was withheld and why).
#include "Cli.h"

#include "insights/InsightsReport.h"
#include "storage/SurveyRepository.h"
#include "storage/TeamRepository.h"

namespace candor::cli {

int insightsReport(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("team"), Text::tr("Only this team, or this department with every team below it."),
                      QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("all"), Text::tr("The whole organisation (the default).")});
    parser.addOption({QStringLiteral("page"), Text::tr("Paper size: a4 or letter (default: what the locale uses)."),
                      QStringLiteral("SIZE")});
    addOutputOption(parser);
    int code = Ok;
    if (!parse(parser, args,
               Text::tr("The survey insights report for HR as a PDF: for every instrument the trend charts of the "
                        "teams and departments by quarter, a heatmap of teams by quarter, and a note on what was "
                        "withheld and why. A figure resting on fewer responses than its wave's anonymity threshold, "
                        "or one that would let such a figure be worked out, is withheld and carries no number."),
               &code))
        return code;
    if (!parser.positionalArguments().isEmpty())
        return fail(
            Text::tr("insights-report takes no arguments, only options. Run: candor-cli insights-report --help"),
            Usage);
    if (parser.isSet(QStringLiteral("team")) && parser.isSet(QStringLiteral("all")))
        return fail(Text::tr("Use either --team NAME or --all, not both."), Usage);
    if (!parser.isSet(QStringLiteral("output")))
        return fail(Text::tr("insights-report needs -o FILE.pdf: a PDF is not written to standard output."), Usage);

    InsightsReport::Options options;
    options.pageSize = InsightsReport::defaultPageSize();
    if (parser.isSet(QStringLiteral("page"))) {
        const QString page = parser.value(QStringLiteral("page")).toLower();
        if (page == QLatin1String("a4"))
            options.pageSize = QPageSize::A4;
        else if (page == QLatin1String("letter"))
            options.pageSize = QPageSize::Letter;
        else
            return fail(
                Text::tr("Unknown page size “%1”. Use --page a4 or letter.").arg(parser.value(QStringLiteral("page"))),
                Usage);
    }

    Database database;
    if (!openDatabase(database, parser, &code, readingOptions(), Needs::Insights))
        return code;
    if (parser.isSet(QStringLiteral("team"))) {
        TeamRepository teams(database);
        const Result<Team> team = teams.teamByName(parser.value(QStringLiteral("team")));
        if (!team)
            return fail(team.error());
        options.teamId = team->id;
    }
    SurveyRepository surveys(database);
    // Through SaveFile: the PDF is complete or not written at all.
    if (const Status saved = InsightsReport::save(surveys, options, parser.value(QStringLiteral("output"))); !saved)
        return fail(saved.error());
    return Ok;
}

} // namespace candor::cli
