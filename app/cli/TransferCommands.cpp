#include "Cli.h"

#include "storage/DataTransfer.h"

#include <QDir>
#include <QLocale>

namespace candor::cli {

int exportCommand(const QStringList &args)
{
    QCommandLineParser parser;
    addOutputOption(parser);
    int code = Ok;
    if (!parse(parser, args,
               Text::tr("Write the whole database as JSON: teams, members, incidents, postmortems and retros with "
                        "everything recorded in them, survey instruments, waves, their anonymous responses and "
                        "comments. Ids are kept; responses carry no id and no order. Times are ISO 8601 (UTC). "
                        "docs/json-format.md describes the format. Load the file into a new database with: "
                        "candor-cli --db NEW.sqlite import FILE.json"),
               &code))
        return code;
    if (!parser.positionalArguments().isEmpty())
        return fail(Text::tr("export takes no arguments; name the file with -o FILE.json. Run: candor-cli export "
                             "--help"),
                    Usage);

    Database database;
    if (!openDatabase(database, parser, &code))
        return code;
    const Result<QByteArray> json = DataTransfer::exportJson(database);
    if (!json)
        return fail(json.error());
    if (!writeOutput(parser, *json, &code))
        return code;
    return Ok;
}

int importCommand(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("file"), Text::tr("A JSON export of Candor."), QStringLiteral("FILE"));
    int code = Ok;
    if (!parse(parser, args,
               Text::tr("Load a JSON export (candor-cli export) into a new, empty database. The whole file is "
                        "checked first and written in one transaction: a file with any problem changes nothing, and "
                        "the message names the place in the file, such as $.incidents[12].severity. Files of up to "
                        "512 MB are read."),
               &code))
        return code;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return fail(Text::tr("import needs one file: candor-cli --db NEW.sqlite import FILE.json"), Usage);

    Database database;
    if (!openDatabase(database, parser, &code))
        return code;
    // Refused before the file is read: a large file takes a while, and the answer does not depend on it.
    const Result<bool> holds = DataTransfer::holdsData(database);
    if (!holds)
        return fail(holds.error());
    if (*holds)
        return fail(Text::tr("“%1” already holds data; an import would mix two organisations. Import into a new "
                             "database: candor-cli --db NEW.sqlite import %2")
                        .arg(QDir::toNativeSeparators(database.path()), positional.first()));

    const Result<DataTransfer::Counts> counts = DataTransfer::importFile(database, positional.first());
    if (!counts)
        return fail(counts.error());
    const QLocale locale;
    // Labels before the numbers: one line without plural forms to get wrong.
    out() << Text::tr("Imported teams: %1, members: %2, incidents: %3, postmortems and retros: %4, survey "
                      "instruments: %5, survey waves: %6, responses: %7, comments: %8.")
                 .arg(locale.toString(counts->teams), locale.toString(counts->members),
                      locale.toString(counts->incidents), locale.toString(counts->sessions),
                      locale.toString(counts->instruments), locale.toString(counts->waves),
                      locale.toString(counts->responses), locale.toString(counts->comments))
          << Qt::endl;
    return Ok;
}

} // namespace candor::cli
