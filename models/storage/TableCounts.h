#pragma once

#include "domain/Result.h"

#include <QList>
#include <QStringList>

namespace candor {

class Database;

// What holds a database's data, counted: how `candor-cli migrate` checks that a copy onto a server is complete.
namespace TableCounts {

// The tables of a Candor SQLite file that hold its data: all but SQLite's own, the full-text index (a virtual table)
// and the tables SQLite keeps for it. The server builds its search index from the data. Fails with the driver's words.
Result<QStringList> dataTables(const Database &file);

// count(*) of each table, in the order given. On failure, the driver's words, with *failedTable set to the table.
Result<QList<qint64>> rowCounts(const Database &database, const QStringList &tables, QString *failedTable = nullptr);

// Fresh statistics for the query planner after a bulk copy. A login that may not analyse the tables only gets the
// server's warnings; autovacuum does it later in any case.
void analyze(const Database &database);

} // namespace TableCounts

} // namespace candor
