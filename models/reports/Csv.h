#pragma once

#include <QString>
#include <QStringList>

namespace candor::csv {

// One RFC 4180 record: fields with a comma, a quote or a line break are quoted, quotes doubled; ends in CRLF.
QString record(const QStringList &fields);

} // namespace candor::csv
