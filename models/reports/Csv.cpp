#include "Csv.h"

namespace candor::csv {

QString record(const QStringList &fields)
{
    QStringList quoted;
    quoted.reserve(fields.size());
    for (const QString &field : fields) {
        const bool needsQuotes = field.contains(QLatin1Char(',')) || field.contains(QLatin1Char('"')) ||
                                 field.contains(QLatin1Char('\n')) || field.contains(QLatin1Char('\r'));
        if (needsQuotes) {
            QString escaped = field;
            escaped.replace(QLatin1Char('"'), QLatin1String("\"\""));
            quoted.append(QLatin1Char('"') + escaped + QLatin1Char('"'));
        } else {
            quoted.append(field);
        }
    }
    return quoted.join(QLatin1Char(',')) + QLatin1String("\r\n");
}

} // namespace candor::csv
