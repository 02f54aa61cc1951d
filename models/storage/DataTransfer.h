#pragma once

#include "domain/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace candor {

class Database;

// The whole database as one JSON document, to move an organisation's data to another machine (docs/json-format.md
// describes the format for people). Every table is there with its ids, so references hold; survey responses have
// no id and no order in the file, as in the database they carry no identity.
//
// Export reads one consistent snapshot (a read transaction), so it is safe while Candor writes. Import reads and
// checks the whole file first (syntax, format and version, every field's type and range, references between
// sections, uniqueness) and names the place of the first problem, such as
// `$.incidents[12].severity: "SEV9" is not one of SEV1, SEV2, SEV3, SEV4`; only then does it write everything in
// one transaction, into an empty database only. A failure leaves the database as it was.
class DataTransfer
{
    Q_DECLARE_TR_FUNCTIONS(DataTransfer)
public:
    // What the file says it is: "format" and "format_version". Files of a newer version are refused.
    static QString formatName();
    static constexpr int FormatVersion = 1;
    // Larger files are refused before they are read: import holds the parsed file in memory, about six times its
    // size at the peak. The large demo organisation (50,000 incidents, 2.1 million survey answers) exports to 53 MB.
    static constexpr qint64 MaximumFileSize = qint64(512) << 20; // 512 MB

    // What an import wrote.
    struct Counts
    {
        int teams = 0;
        int members = 0;
        int incidents = 0;
        int sessions = 0; // postmortems and retros
        int instruments = 0;
        int waves = 0;
        qint64 responses = 0;
        qint64 answers = 0;
        qint64 comments = 0;
    };

    // The whole database as UTF-8 JSON. exportedAt is recorded in the file (invalid: now).
    static Result<QByteArray> exportJson(const Database &database, const QDateTime &exportedAt = {});

    // True when the database holds anything an import would have to overwrite. The built-in survey instruments
    // Candor stores by itself on first use do not count (import replaces them with the file's).
    static Result<bool> holdsData(const Database &database);

    // Checks the whole document, then writes it into the (empty) database in one transaction. Move the text in to
    // let it be freed once it is parsed.
    static Result<Counts> importJson(const Database &database, QByteArray json);
    // The same from a file (at most MaximumFileSize bytes); errors start with the file's name.
    static Result<Counts> importFile(const Database &database, const QString &path);
};

} // namespace candor
