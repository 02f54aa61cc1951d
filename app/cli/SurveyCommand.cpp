// survey create-wave, survey import.
#include "Cli.h"

#include "storage/SurveyRepository.h"
#include "storage/TeamRepository.h"
#include "survey/AnonymityPolicy.h"
#include "survey/SurveyCsv.h"

#include <QFile>
#include <QFileInfo>

namespace candor::cli {

namespace {

const QString createUsage = QStringLiteral(
    "candor-cli survey create-wave --team NAME --instrument KEY --opens YYYY-MM-DD [--closes YYYY-MM-DD] "
    "[--invited N] [--k N] [--comment-k N] [--title TEXT]");
const QString importUsage =
    QStringLiteral("candor-cli survey import --wave ID --columns LIST [--comment-column N] FILE.csv");

bool readDate(const QCommandLineParser &parser, const QString &option, QDate *date, QString *error)
{
    const QString text = parser.value(option);
    *date = QDate::fromString(text, Qt::ISODate);
    if (!date->isValid()) {
        *error = Text::tr("--%1 “%2” is not a date. Write it as YYYY-MM-DD, e.g. 2026-03-02.").arg(option, text);
        return false;
    }
    return true;
}

bool readNumber(const QCommandLineParser &parser, const QString &option, int low, int high, int *number, QString *error)
{
    bool ok = false;
    const QString text = parser.value(option);
    *number = text.toInt(&ok);
    if (!ok || *number < low || *number > high) {
        *error = Text::tr("--%1 “%2” must be a whole number from %3 to %4.").arg(option, text).arg(low).arg(high);
        return false;
    }
    return true;
}

int createWave(QCommandLineParser &parser)
{
    for (const char *required : {"team", "instrument", "opens"}) {
        if (!parser.isSet(QString::fromLatin1(required)))
            return fail(Text::tr("--%1 is required. Use: %2").arg(QString::fromLatin1(required), createUsage), Usage);
    }
    SurveyWave wave;
    QString error;
    if (!readDate(parser, QStringLiteral("opens"), &wave.opens, &error))
        return fail(error, Usage);
    if (parser.isSet(QStringLiteral("closes")) && !readDate(parser, QStringLiteral("closes"), &wave.closes, &error))
        return fail(error, Usage);
    if (parser.isSet(QStringLiteral("invited")) &&
        !readNumber(parser, QStringLiteral("invited"), 0, 1000000, &wave.invited, &error))
        return fail(error, Usage);
    wave.k = AnonymityPolicy::DefaultK;
    if (parser.isSet(QStringLiteral("k")) &&
        !readNumber(parser, QStringLiteral("k"), AnonymityPolicy::MinimumK, AnonymityPolicy::MaximumK, &wave.k, &error))
        return fail(error, Usage);
    wave.commentK = wave.k;
    if (parser.isSet(QStringLiteral("comment-k")) &&
        !readNumber(parser, QStringLiteral("comment-k"), wave.k, AnonymityPolicy::MaximumCommentK, &wave.commentK,
                    &error))
        return fail(error, Usage);
    wave.title = parser.value(QStringLiteral("title"));

    Database database;
    int code = Ok;
    if (!openDatabase(database, parser, &code))
        return code;
    TeamRepository teams(database);
    const Result<Team> team = teams.teamByName(parser.value(QStringLiteral("team")));
    if (!team)
        return fail(team.error());
    wave.teamId = team->id;
    SurveyRepository surveys(database);
    const Result<qint64> id = surveys.createWave(wave, parser.value(QStringLiteral("instrument")));
    if (!id)
        return fail(id.error());
    out() << *id << Qt::endl;
    return Ok;
}

// "2,3,4" as 0-based column indexes.
bool readColumns(const QString &text, std::vector<int> *columns, QString *error)
{
    for (const QString &part : text.split(QLatin1Char(','))) {
        bool ok = false;
        const int column = part.trimmed().toInt(&ok);
        if (!ok || column < 1) {
            *error =
                Text::tr("--columns “%1” must list column numbers from 1, separated by commas, e.g. 2,3,4.").arg(text);
            return false;
        }
        columns->push_back(column - 1);
    }
    return true;
}

QString describe(const std::vector<SurveyCsv::Problem> &problems)
{
    constexpr size_t shown = 10;
    QStringList parts;
    for (size_t i = 0; i < problems.size() && i < shown; ++i)
        parts.append(problems[i].message);
    if (problems.size() > shown)
        parts.append(Text::tr("… and %n more.", nullptr, int(problems.size() - shown)));
    return parts.join(QLatin1Char(' '));
}

int importAnswers(QCommandLineParser &parser)
{
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2)
        return fail(Text::tr("Name one CSV file. Use: %1").arg(importUsage), Usage);
    if (!parser.isSet(QStringLiteral("wave")) || !parser.isSet(QStringLiteral("columns")))
        return fail(Text::tr("--wave and --columns are required. Use: %1").arg(importUsage), Usage);
    bool ok = false;
    const qint64 waveId = parser.value(QStringLiteral("wave")).toLongLong(&ok);
    if (!ok || waveId <= 0)
        return fail(Text::tr("--wave “%1” is not a wave id. candor-cli survey create-wave prints it.")
                        .arg(parser.value(QStringLiteral("wave"))),
                    Usage);
    SurveyCsv::Mapping mapping;
    QString error;
    int code = Ok;
    if (!readColumns(parser.value(QStringLiteral("columns")), &mapping.itemColumns, &error))
        return fail(error, Usage);
    if (parser.isSet(QStringLiteral("comment-column"))) {
        int column = 0;
        if (!readNumber(parser, QStringLiteral("comment-column"), 1, 100000, &column, &error))
            return fail(error, Usage);
        mapping.commentColumn = column - 1;
    }

    // The fuzzer's parse-only runs stop before the file is read.
    if (stopBeforeFiles(&code))
        return code;
    const QString path = positional[1];
    QFile file(path);
    if (QFileInfo(path).isDir() || !file.open(QIODevice::ReadOnly))
        return fail(Text::tr("Cannot read “%1”: %2")
                        .arg(path, QFileInfo(path).isDir() ? Text::tr("it is a folder") : file.errorString()));
    if (file.size() > SurveyCsv::MaximumBytes)
        return fail(Text::tr("“%1” is larger than %2 MB, more than any survey export. Check the file.")
                        .arg(path)
                        .arg(SurveyCsv::MaximumBytes / (1024 * 1024)));
    const Result<SurveyCsv::Table> table = SurveyCsv::parse(file.readAll());
    if (!table)
        return fail(Text::tr("Nothing was imported from “%1”: %2").arg(path, table.error()));

    Database database;
    if (!openDatabase(database, parser, &code))
        return code;
    SurveyRepository surveys(database);
    const Result<SurveyWaveRow> wave = surveys.wave(waveId);
    if (!wave)
        return fail(wave.error());
    const Result<Instrument> instrument = surveys.instrument(wave->wave.instrumentId);
    if (!instrument)
        return fail(instrument.error());
    if (int(mapping.itemColumns.size()) != instrument->itemCount())
        return fail(Text::tr("--columns lists %1 columns, but wave %2 asks %3 questions. List one column per "
                             "question, in question order.")
                        .arg(mapping.itemColumns.size())
                        .arg(waveId)
                        .arg(instrument->itemCount()),
                    Usage);
    const SurveyCsv::Import read = SurveyCsv::read(*table, mapping, *instrument);
    if (!read.problems.empty())
        return fail(Text::tr("Nothing was imported from “%1”: %n problem(s). %2", nullptr, int(read.problems.size()))
                        .arg(path, describe(read.problems)));
    if (read.responses.empty())
        return fail(Text::tr("“%1” holds no answers below its header row; nothing was imported.").arg(path));
    if (const Status status = surveys.importResponses(waveId, read.responses); !status)
        return fail(Text::tr("Nothing was imported: %1").arg(status.error()));
    out() << Text::tr("Imported %n response(s) into wave %1.", nullptr, int(read.responses.size())).arg(waveId)
          << Qt::endl;
    return Ok;
}

} // namespace

int surveyCommand(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("action"), Text::tr("create-wave or import."));
    parser.addOption({QStringLiteral("team"), Text::tr("create-wave: the team surveyed."), QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("instrument"),
                      Text::tr("create-wave: psych-safety, westrum, health-check or a custom instrument's key."),
                      QStringLiteral("KEY")});
    parser.addOption(
        {QStringLiteral("opens"), Text::tr("create-wave: the day the wave opens."), QStringLiteral("YYYY-MM-DD")});
    parser.addOption({QStringLiteral("closes"), Text::tr("create-wave: the day it closes (optional)."),
                      QStringLiteral("YYYY-MM-DD")});
    parser.addOption(
        {QStringLiteral("invited"), Text::tr("create-wave: how many people are invited."), QStringLiteral("N")});
    parser.addOption({QStringLiteral("k"),
                      Text::tr("create-wave: the anonymity threshold, 3 to 10 (default 5): no figure rests on fewer "
                               "responses."),
                      QStringLiteral("N")});
    parser.addOption({QStringLiteral("comment-k"),
                      Text::tr("create-wave: comments are shown from this many responses (default: k)."),
                      QStringLiteral("N")});
    parser.addOption(
        {QStringLiteral("title"), Text::tr("create-wave: a title, e.g. \"Spring pulse\"."), QStringLiteral("TEXT")});
    parser.addOption({QStringLiteral("wave"), Text::tr("import: the wave's id."), QStringLiteral("ID")});
    parser.addOption({QStringLiteral("columns"),
                      Text::tr("import: the CSV column numbers (from 1) of the questions, in question order."),
                      QStringLiteral("LIST")});
    parser.addOption({QStringLiteral("comment-column"), Text::tr("import: the CSV column number of a comment."),
                      QStringLiteral("N")});
    int code = Ok;
    if (!parse(parser, args,
               Text::tr("Survey waves. Usage:\n  %1\n  %2\nThe CSV file has a header row; answers are numbers or "
                        "the scale's labels in English, German, French or Spanish. Nothing is imported unless every "
                        "row is clean.")
                   .arg(createUsage, importUsage),
               &code))
        return code;
    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0);
    if (action == QLatin1String("create-wave")) {
        if (positional.size() != 1)
            return fail(Text::tr("create-wave takes no arguments, only options. Use: %1").arg(createUsage), Usage);
        return createWave(parser);
    }
    if (action == QLatin1String("import"))
        return importAnswers(parser);
    return fail(Text::tr("Use: candor-cli survey create-wave ... or candor-cli survey import .... Run: candor-cli "
                         "survey --help"),
                Usage);
}

} // namespace candor::cli
