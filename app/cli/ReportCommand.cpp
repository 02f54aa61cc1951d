// report: an incident's postmortem report as Markdown, standalone HTML or PDF.
#include "Cli.h"

#include "reports/PostmortemReport.h"
#include "reports/SaveFile.h"
#include "storage/IncidentRepository.h"
#include "storage/PostmortemRepository.h"
#include "storage/TeamRepository.h"

#include <QGuiApplication>
#include <QLocale>

namespace candor::cli {

namespace {

QString helpText()
{
    return Text::tr(
        "Write the postmortem report of an incident: title, summary, customer impact, incident metrics, "
        "participants, the agreed timeline, contributing factors by category with the events each explains, "
        "learnings, action items (owner team, due date, status), the phases, the phase log and the closing check.\n"
        "\n"
        "--format md prints CommonMark (exactly what candor-cli postmortem show prints), --format html a standalone "
        "HTML page; both go to standard output unless -o FILE is given. --format pdf needs -o FILE; its page size "
        "is --page a4 or --page letter, by default Letter in the United States, Canada and other countries that "
        "use it, and A4 elsewhere. Times are local time. A file is written completely or not at all.");
}

} // namespace

int report(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("INCIDENT_ID"),
                                 Text::tr("The incident's id, as candor-cli list incidents shows it."));
    parser.addOption({QStringLiteral("format"), Text::tr("md (Markdown), html or pdf."), QStringLiteral("FORMAT")});
    parser.addOption({QStringLiteral("page"), Text::tr("The PDF's page size: a4 or letter (default: from the locale)."),
                      QStringLiteral("SIZE")});
    addOutputOption(parser);
    int code = Ok;
    if (!parse(parser, args, helpText(), &code))
        return code;

    const QString usage =
        Text::tr("Use: candor-cli report INCIDENT_ID --format md|html|pdf [--page a4|letter] [-o FILE]");
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return fail(usage, Usage);
    bool idOk = false;
    const qint64 incidentId = positional[0].toLongLong(&idOk);
    if (!idOk || incidentId <= 0)
        return fail(Text::tr("“%1” is not an incident id. Use the number that candor-cli list incidents shows.")
                        .arg(positional[0]),
                    Usage);
    if (!parser.isSet(QStringLiteral("format")))
        return fail(Text::tr("Say which format: --format md, html or pdf."), Usage);
    const QString format = parser.value(QStringLiteral("format"));
    if (format != QLatin1String("md") && format != QLatin1String("html") && format != QLatin1String("pdf"))
        return fail(Text::tr("Unknown format “%1”. Use --format md, html or pdf.").arg(format), Usage);
    const bool pdf = format == QLatin1String("pdf");
    if (pdf && !parser.isSet(QStringLiteral("output")))
        return fail(Text::tr("A PDF cannot go to standard output. Name the file with -o FILE.pdf."), Usage);
    QPageSize::PageSizeId pageSize = ReportDocument::defaultPageSize(QLocale());
    if (parser.isSet(QStringLiteral("page"))) {
        const QString page = parser.value(QStringLiteral("page")).toLower();
        if (page == QLatin1String("a4"))
            pageSize = QPageSize::A4;
        else if (page == QLatin1String("letter"))
            pageSize = QPageSize::Letter;
        else
            return fail(Text::tr("Unknown page size “%1”. Use --page a4 or --page letter.")
                            .arg(parser.value(QStringLiteral("page"))),
                        Usage);
        if (!pdf)
            return fail(Text::tr("--page is for PDF only. Use it with --format pdf."), Usage);
    }
    Database database;
    if (!openDatabase(database, parser, &code, readingOptions()))
        return code;
    IncidentRepository incidents(database);
    TeamRepository teams(database);
    PostmortemRepository postmortems(database);
    PostmortemReport::Problem problem = PostmortemReport::Problem::None;
    const Result<ReportDocument> document =
        PostmortemReport::create(incidents, postmortems, teams, incidentId, &problem);
    if (!document) {
        if (problem == PostmortemReport::Problem::NoIncident)
            return fail(Text::tr("%1 See the ids with: candor-cli list incidents").arg(document.error()));
        return fail(document.error());
    }

    if (!pdf) {
        const QString text = format == QLatin1String("md") ? document->toMarkdown() : document->toHtml();
        return writeOutput(parser, text.toUtf8(), &code) ? Ok : code;
    }
    // Drawing a PDF needs fonts, which need a GUI application object (offscreen is enough; see main.cpp).
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return fail(Text::tr("This candor-cli cannot draw PDF files here. Use --format html and print that page to "
                             "PDF instead."));
    const Status saved = SaveFile::write(parser.value(QStringLiteral("output")),
                                         [&document, pageSize](QIODevice &device, QString *error) {
                                             return document->writePdf(device, pageSize, error);
                                         });
    if (!saved)
        return fail(saved.error());
    return Ok;
}

} // namespace candor::cli
