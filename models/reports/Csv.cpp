#include "Csv.h"

#include <algorithm>

namespace candor::csv {

void appendField(QString &text, const QString &field, bool first)
{
    if (!first)
        text += QLatin1Char(',');
    // One pass over the field (four searches cost more on the short fields of long exports).
    const bool needsQuotes = std::any_of(field.cbegin(), field.cend(), [](QChar c) {
        return c == QLatin1Char(',') || c == QLatin1Char('"') || c == QLatin1Char('\n') || c == QLatin1Char('\r');
    });
    if (!needsQuotes) {
        text += field;
        return;
    }
    QString escaped = field;
    escaped.replace(QLatin1Char('"'), QLatin1String("\"\""));
    text += QLatin1Char('"') + escaped + QLatin1Char('"');
}

void endRecord(QString &text)
{
    text += QLatin1String("\r\n");
}

QString record(const QStringList &fields)
{
    QString text;
    for (qsizetype i = 0; i < fields.size(); ++i)
        appendField(text, fields.at(i), i == 0);
    endRecord(text);
    return text;
}

} // namespace candor::csv
