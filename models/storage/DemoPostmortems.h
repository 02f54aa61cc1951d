#pragma once

#include "domain/Result.h"

#include <QCoreApplication>
#include <QDate>

namespace candor {

class Database;

// The postmortems and retros of the demo organisation: finished postmortems with every phase agreed, action items
// of which some are done and some open and overdue, two sessions in progress (one in the contributing factors, one
// in the actions with open actions from an earlier incident of the same team) and a finished team retro. Every
// session is driven through PostmortemSession with a manual clock, so demo data passes the same phase gates as a
// live session. The stories are written for the demo; the incidents they are about get matching titles and
// summaries. The same seed and the same day give the same data.
class DemoPostmortems
{
    Q_DECLARE_TR_FUNCTIONS(DemoPostmortems)
public:
    struct Summary
    {
        int postmortems = 0; // finished and in progress
        int retros = 0;
        int actions = 0;
    };

    // Adds the sessions to a database that holds a freshly written demo organisation. Each write is its own
    // transaction, as in a live session; with too few resolved incidents it adds fewer sessions.
    static Result<Summary> create(Database &database, quint32 seed, const QDate &today);
};

} // namespace candor
