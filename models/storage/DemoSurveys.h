#pragma once

#include "domain/Result.h"

#include <QCoreApplication>
#include <QDate>

namespace candor {

class Database;

// The survey history of the demo organisation: for every team that is not a department, a wave of each built-in
// instrument in every calendar quarter of the last five years, answered by most of the people invited. Each team
// has a climate that drifts from quarter to quarter and its people answer around it; a few teams are small, so
// their figures are withheld and their departments show what complementary suppression does. A few respondents
// leave a comment. The answers are written in bulk (one transaction, BulkInsert, in response id order) because the
// large organisation has about two million of them. The same seed and the same day give the same data.
class DemoSurveys
{
    Q_DECLARE_TR_FUNCTIONS(DemoSurveys)
public:
    struct Summary
    {
        int waves = 0;
        int responses = 0;
        qint64 answers = 0;
    };
    static Result<Summary> create(Database &database, quint32 seed, const QDate &today);
};

} // namespace candor
