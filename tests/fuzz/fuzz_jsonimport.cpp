// fuzz_jsonimport: the JSON import into an empty database (see FuzzTargets.h). The import checks the whole document
// before it writes, and then writes into a real (temporary) database: most inputs stop in the check, and the write
// path runs for every input that passes it.
#include "FuzzTargets.h"
#include "ScratchDatabase.h"

#include "storage/DataTransfer.h"

#include <memory>

namespace candor::fuzz {

namespace {

struct Fixture
{
    ScratchDatabase target;    // what the input is imported into
    ScratchDatabase roundTrip; // what its export is imported into again
};

Fixture &fixture()
{
    static Fixture f;
    return f;
}

QString describe(const DataTransfer::Counts &c)
{
    return QStringLiteral("teams %1, members %2, incidents %3, sessions %4, instruments %5, waves %6, responses %7, "
                          "answers %8, comments %9")
        .arg(c.teams)
        .arg(c.members)
        .arg(c.incidents)
        .arg(c.sessions)
        .arg(c.instruments)
        .arg(c.waves)
        .arg(c.responses)
        .arg(c.answers)
        .arg(c.comments);
}

void requireEmpty(const Database &database, const char *what)
{
    const Result<bool> holds = DataTransfer::holdsData(database);
    require(bool(holds), "the database can be read after an import", holds.error());
    require(!*holds, what);
}

} // namespace

int jsonImport(const std::uint8_t *data, std::size_t size)
{
    Fixture &f = fixture();
    const QByteArray json(reinterpret_cast<const char *>(data), qsizetype(size));
    const Result<DataTransfer::Counts> counts = DataTransfer::importJson(f.target.database(), json);
    if (!counts) {
        require(!counts.error().isEmpty(), "a refused file says why");
        requireEmpty(f.target.database(), "a failed import leaves the database empty");
        return 0;
    }

    // What was imported exports again, and that export imports into another empty database, with the same counts.
    const QDateTime exportedAt(QDate(2026, 1, 5), QTime(9, 0), Qt::UTC);
    const Result<QByteArray> exported = DataTransfer::exportJson(f.target.database(), exportedAt);
    require(bool(exported), "an imported database exports", exported.error());
    const Result<DataTransfer::Counts> again = DataTransfer::importJson(f.roundTrip.database(), *exported);
    require(bool(again), "an export of an imported file imports", again.error());
    require(describe(*again) == describe(*counts), "the export holds what was imported",
            describe(*counts) + QStringLiteral(" became ") + describe(*again));

    f.target.reset();
    f.roundTrip.reset();
    return 0;
}

} // namespace candor::fuzz

CANDOR_LIBFUZZER_TARGET(jsonImport)
