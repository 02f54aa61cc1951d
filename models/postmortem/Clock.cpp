#include "Clock.h"

namespace candor {

QString Timebox::text(const QDateTime &now) const
{
    const qint64 left = remaining(now);
    const qint64 shown = left < 0 ? -left : left;
    const qint64 hours = shown / 3600;
    const qint64 minutes = (shown % 3600) / 60;
    const qint64 secs = shown % 60;
    QString t = hours > 0 ? QStringLiteral("%1:%2:%3")
                                .arg(hours)
                                .arg(minutes, 2, 10, QLatin1Char('0'))
                                .arg(secs, 2, 10, QLatin1Char('0'))
                          : QStringLiteral("%1:%2").arg(minutes).arg(secs, 2, 10, QLatin1Char('0'));
    return left < 0 ? QLatin1Char('+') + t : t;
}

} // namespace candor
