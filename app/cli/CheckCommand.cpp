#include "Cli.h"

namespace candor::cli {

int check(const QStringList &args)
{
    QCommandLineParser parser;
    int code = Ok;
    if (!parse(parser, args,
               Text::tr("Check the database's integrity and schema version. Exit 0: healthy; 1: problems found "
                        "(listed); 2: the database cannot be opened."),
               &code))
        return code;
    if (!parser.positionalArguments().isEmpty())
        return fail(Text::tr("check takes no arguments. Run: candor-cli check --help"), Usage);

    // Open without changing anything: no migration, and the full check below instead of the quick one.
    Database database;
    Database::Options options;
    options.migrate = false;
    options.quickCheck = false;
    if (!openDatabase(database, parser, &code, options))
        return code;

    out() << Text::tr("Database: %1").arg(database.path()) << Qt::endl;
    const int version = database.schemaVersion();
    if (version == Database::latestSchemaVersion())
        out() << Text::tr("Schema version: %1 (current)").arg(version) << Qt::endl;
    else
        out() << Text::tr("Schema version: %1 (Candor updates it to %2 the next time it opens the file)")
                     .arg(version)
                     .arg(Database::latestSchemaVersion())
              << Qt::endl;

    const QStringList problems = database.integrityProblems();
    if (problems.isEmpty()) {
        out() << Text::tr("Integrity: ok") << Qt::endl;
        return Ok;
    }
    out() << Text::tr("Problems found: %n", nullptr, int(problems.size())) << Qt::endl;
    for (const QString &problem : problems)
        out() << "  " << problem << Qt::endl;
    return Failed;
}

} // namespace candor::cli
