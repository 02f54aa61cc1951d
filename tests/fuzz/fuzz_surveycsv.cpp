// fuzz_surveycsv: the CSV survey import (see FuzzTargets.h).
#include "FuzzTargets.h"
#include "ScratchDatabase.h"

#include "domain/Team.h"
#include "storage/SurveyRepository.h"
#include "storage/TeamRepository.h"
#include "survey/Instruments.h"
#include "survey/SurveyCsv.h"

#include <map>
#include <memory>

namespace candor::fuzz {

namespace {

// A custom instrument of `points` points, to reach the ends of the scales built-ins do not use.
Instrument customScale(int points, int items)
{
    Instrument instrument;
    instrument.key = QStringLiteral("custom-scale-%1").arg(points);
    instrument.name = QStringLiteral("Scale of %1").arg(points);
    instrument.scalePoints = points;
    for (int i = 0; i < items; ++i)
        instrument.items.push_back(SurveyItem{QString(), QStringLiteral("Statement %1 comment").arg(i + 1), i == 0});
    return instrument;
}

struct Fixture
{
    std::vector<Instrument> instruments; // the built-ins first, then the custom scales
    std::map<QString, qint64> waves;     // a wave of the scratch database per built-in instrument
    std::unique_ptr<ScratchDatabase> scratch;
    int importsSinceReset = 0;

    Fixture()
    {
        instruments = Instruments::builtIn();
        require(!instruments.empty(), "Candor has built-in instruments");
        instruments.push_back(customScale(Instruments::MinScalePoints, 3));
        instruments.push_back(customScale(Instruments::MaxScalePoints, 2));
        scratch = std::make_unique<ScratchDatabase>([this](Database &database) {
            TeamRepository teams(database);
            Team team;
            team.name = QStringLiteral("Fuzzing");
            const Result<qint64> teamId = teams.insertTeam(team);
            require(bool(teamId), "the fixture's team", teamId.error());
            SurveyRepository surveys(database);
            for (const Instrument &instrument : Instruments::builtIn()) {
                SurveyWave wave;
                wave.teamId = *teamId;
                wave.opens = QDate(2026, 1, 5);
                const Result<qint64> waveId = surveys.createWave(wave, instrument.key);
                require(bool(waveId), "the fixture's wave", waveId.error());
                waves[instrument.key] = *waveId;
            }
        });
    }
};

Fixture &fixture()
{
    static Fixture f;
    return f;
}

void checkTable(const SurveyCsv::Table &table)
{
    require(table.rows.size() == table.rowLines.size(), "one start line per row");
    int previous = 1; // the header's line at least
    for (int line : table.rowLines) {
        require(line > previous, "rows start on increasing lines, below the header", QString::number(line));
        previous = line;
    }
}

// What SurveyCsv::read promises, whatever the file.
void checkImport(const SurveyCsv::Table &table, const Instrument &instrument, const SurveyCsv::Import &import)
{
    require(import.problems.empty() || import.responses.empty(), "nothing is handed back from a file with problems");
    for (const SurveyCsv::Problem &problem : import.problems) {
        require(!problem.message.isEmpty(), "every problem says what is wrong");
        require(problem.row >= 0 && problem.row <= int(table.rows.size()), "a problem's row is in the file",
                QString::number(problem.row));
        require((problem.row == 0) == (problem.line == 0), "a row problem has a line, a file problem none");
    }
    for (const SurveyAnswers &answers : import.responses) {
        require(int(answers.values.size()) == instrument.itemCount(), "one value per item");
        for (int value : answers.values)
            require(value >= 1 && value <= instrument.scalePoints, "values on the instrument's scale",
                    QString::number(value));
        require(answers.trends.empty(), "form exports carry no trends");
        require(answers.comment == answers.comment.trimmed(), "comments are trimmed");
    }
}

} // namespace

int surveyCsv(const std::uint8_t *data, std::size_t size)
{
    Fixture &f = fixture();
    const Result<SurveyCsv::Table> table =
        SurveyCsv::parse(QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size)));
    if (!table) {
        require(!table.error().isEmpty(), "a refused file says why");
        return 0;
    }
    checkTable(*table);

    for (const Instrument &instrument : f.instruments) {
        // What the import dialog proposes, and what a person types on the command line (--columns 1,2,3
        // --comment-column 4, and the same shifted by one column with the comment first).
        std::vector<SurveyCsv::Mapping> mappings{SurveyCsv::guessMapping(table->header, instrument)};
        for (const SurveyCsv::Mapping &guessed : mappings) {
            require(guessed.itemColumns.size() == instrument.items.size(), "a guess for every item");
            for (int column : guessed.itemColumns)
                require(column >= -1 && column < table->header.size(), "a guessed column is in the header");
        }
        SurveyCsv::Mapping byPosition;
        SurveyCsv::Mapping shifted;
        for (int item = 0; item < instrument.itemCount(); ++item) {
            byPosition.itemColumns.push_back(item);
            shifted.itemColumns.push_back(item + 1);
        }
        byPosition.commentColumn = instrument.itemCount();
        shifted.commentColumn = 0;
        mappings.push_back(byPosition);
        mappings.push_back(shifted);

        for (const SurveyCsv::Mapping &mapping : mappings) {
            const SurveyCsv::Import import = SurveyCsv::read(*table, mapping, instrument);
            checkImport(*table, instrument, import);
            const auto wave = f.waves.find(instrument.key);
            if (import.responses.empty() || wave == f.waves.end())
                continue;
            // What read() accepts, the repository must store (all of it, in one transaction).
            SurveyRepository surveys(f.scratch->database());
            const Status imported = surveys.importResponses(wave->second, import.responses);
            require(bool(imported), "a clean file imports", imported.error());
            // The database only grows; start again from the template now and then.
            if (++f.importsSinceReset >= 500) {
                f.scratch->reset();
                f.importsSinceReset = 0;
            }
        }
    }
    return 0;
}

} // namespace candor::fuzz

CANDOR_LIBFUZZER_TARGET(surveyCsv)
