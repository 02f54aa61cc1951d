#pragma once

#include "domain/Result.h"

#include <QCoreApplication>
#include <QDate>

namespace candor {

class Database;

// Years of finished postmortems for the large demo organisation: most resolved incidents that have no session yet
// get one (about one SEV4 in five and a few others are left without), held a few days after the incident, that looks
// exactly like a session finished in the facilitator console: every phase agreed by the facilitator (phase records and
// the phase log), a facilitator from another team, three to six people of the incident's team in the room with one
// round of turns, about ten timeline events between the incident's start and its resolution, two or three contributing
// factors linked to the events they explain, learnings, two or three action items (most old ones done, some open, in
// progress, overdue or dropped), a summary and the anonymous closing check. Texts come from templates with the
// incident's service. Everything is written in one transaction with BulkInsert (about two million rows for 45,000
// postmortems), after the story sessions of DemoPostmortems; timeline events and contributing factors, which the
// full-text triggers index, go through StagingTable with the links and action items that refer to them. The same
// seed, day and organisation give the same rows.
class DemoHistory
{
    Q_DECLARE_TR_FUNCTIONS(DemoHistory)
public:
    struct Options
    {
        quint32 seed = 1;
        QDate today;     // sessions are held before this day; invalid: the current date (UTC)
        int maximum = 0; // at most this many postmortems, oldest incidents first; 0: no limit
    };
    struct Summary
    {
        int postmortems = 0;
        qint64 events = 0;
        qint64 factors = 0;
        qint64 actions = 0;
        qint64 learnings = 0;
    };

    // Adds the sessions to a database holding a demo organisation (teams, members, resolved incidents).
    static Result<Summary> create(Database &database, const Options &options);
};

} // namespace candor
