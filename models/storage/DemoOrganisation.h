#pragma once

#include "domain/Result.h"

#include <QCoreApplication>
#include <QDate>

namespace candor {

class Database;

// Writes a realistic, deterministic demo organisation into an empty database: departments, teams, people with
// roles and managers, incidents with plausible services, severities and times, then postmortems and a team retro
// (see DemoPostmortems), at the large scale years of finished postmortems behind them (see DemoHistory), and five years
// of quarterly survey waves (see DemoSurveys). The same seed and the same day give the same data. The organisation is
// written directly in bulk (one transaction, BulkInsert) because the large scale is 50,000 incidents; the story
// sessions follow through the postmortem repository. The large scale ends with ANALYZE, so the planner knows the
// tables' sizes. Item models should be reloaded afterwards.
class DemoOrganisation
{
    Q_DECLARE_TR_FUNCTIONS(DemoOrganisation)
public:
    enum class Scale { Small, Large };
    struct Options
    {
        Scale scale = Scale::Small;
        quint32 seed = 1;
        QDate today; // incidents end here; invalid: the current date (UTC)
        // Tests that need only the organisation and its incidents leave out the slow parts: the large scale's
        // postmortem history (DemoHistory) and the survey waves (DemoSurveys, about two million answers there).
        bool withHistory = true;
        bool withSurveys = true;
    };
    struct Summary
    {
        int departments = 0;
        int teams = 0; // including departments
        int members = 0;
        int incidents = 0;
        int postmortems = 0; // finished and in progress
        int retros = 0;
        int waves = 0;
        qint64 surveyAnswers = 0;
    };

    static Result<Summary> create(Database &database, const Options &options);
    static bool parseScale(const QString &text, Scale *scale);
};

} // namespace candor
