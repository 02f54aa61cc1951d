#pragma once

#include <QString>
#include <QStringList>

namespace candor::csv {

// One RFC 4180 record: fields with a comma, a quote or a line break are quoted, quotes doubled; ends in CRLF.
QString record(const QStringList &fields);
// The same, field by field into a growing text: appendField for each field, then endRecord. For long exports.
void appendField(QString &text, const QString &field, bool first);
void endRecord(QString &text);

} // namespace candor::csv
