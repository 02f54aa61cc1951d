#include "Clock.h"

#include <QCoreApplication>

namespace candor {

QString Timebox::text(const QDateTime &now) const
{
    const qint64 left = remaining(now);
    const qint64 shown = left < 0 ? -left : left;
    if (shown >= 24 * 3600) {
        // A session resumed another day: the minutes no longer matter.
        const QString days = QCoreApplication::translate("Timebox", "%1 d %2 h", "a long time: days and hours")
                                 .arg(shown / 86400)
                                 .arg((shown % 86400) / 3600);
        return left < 0 ? QLatin1Char('+') + days : days;
    }
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
