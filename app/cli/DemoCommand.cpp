#include "Cli.h"

#include "storage/DemoOrganisation.h"

#include <QElapsedTimer>
#include <QLocale>

namespace candor::cli {

int demo(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("scale"), Text::tr("small (about 120 incidents) or large (50,000)."),
                      QStringLiteral("small|large"), QStringLiteral("small")});
    parser.addOption({QStringLiteral("seed"), Text::tr("Seed for the generator; the same seed gives the same data."),
                      QStringLiteral("N"), QStringLiteral("1")});
    int code = Ok;
    if (!parse(parser, args,
               Text::tr("Fill an empty database with a realistic demo organisation: departments, teams, members, "
                        "incidents, postmortems and a team retro with their action items, and five years of quarterly "
                        "survey waves."),
               &code))
        return code;
    if (!parser.positionalArguments().isEmpty())
        return fail(Text::tr("demo takes no arguments, only --scale and --seed. Run: candor-cli demo --help"), Usage);

    DemoOrganisation::Options options;
    if (!DemoOrganisation::parseScale(parser.value(QStringLiteral("scale")), &options.scale))
        return fail(Text::tr("Unknown scale “%1”. Use --scale small or --scale large.")
                        .arg(parser.value(QStringLiteral("scale"))),
                    Usage);
    bool seedOk = false;
    options.seed = parser.value(QStringLiteral("seed")).toUInt(&seedOk);
    if (!seedOk)
        return fail(Text::tr("The seed “%1” is not a whole number from 0 to 4294967295.")
                        .arg(parser.value(QStringLiteral("seed"))),
                    Usage);

    Database database;
    if (!openDatabase(database, parser, &code))
        return code;
    QElapsedTimer timer;
    timer.start();
    const Result<DemoOrganisation::Summary> summary = DemoOrganisation::create(database, options);
    if (!summary)
        return fail(summary.error());
    const QLocale locale;
    out() << Text::tr("Created %1 departments, %2 teams in all, %3 members and %4 incidents in %5 s.")
                 .arg(locale.toString(summary->departments), locale.toString(summary->teams),
                      locale.toString(summary->members), locale.toString(summary->incidents),
                      locale.toString(timer.elapsed() / 1000.0, 'f', 1))
          << Qt::endl;
    out() << Text::tr("Postmortems: %1 (finished and in progress). Team retros: %2.")
                 .arg(locale.toString(summary->postmortems), locale.toString(summary->retros))
          << Qt::endl;
    out() << Text::tr("Survey waves: %1, with %2 answers.")
                 .arg(locale.toString(summary->waves), locale.toString(summary->surveyAnswers))
          << Qt::endl;
    return Ok;
}

} // namespace candor::cli
