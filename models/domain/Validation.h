#pragma once

#include "Incident.h"
#include "Team.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace candor {

// Limits on what people type. Names are short by nature but must survive pasted text; prose fields are long.
namespace Limits {
constexpr int NameLength = 10000;
constexpr int RoleLength = 1000;
constexpr int TextLength = 100000;
// Searches are a few words; a longer text is a paste gone wrong, and thousands of words would take seconds to match.
constexpr int SearchLength = 1000;
} // namespace Limits

// One problem with one field: key is stable (for code and tests), message is translated and names the field.
struct FieldError
{
    QString field;
    QString message;
};
using FieldErrors = QList<FieldError>;

// Rules that need no database. Repositories run them again before every write.
class Validation
{
    Q_DECLARE_TR_FUNCTIONS(Validation)
public:
    static FieldErrors team(const Team &team);
    static FieldErrors member(const Member &member);
    static FieldErrors incident(const Incident &incident);

    // All messages joined into one line, for the CLI and for error results.
    static QString summary(const FieldErrors &errors);
};

} // namespace candor
